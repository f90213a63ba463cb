"""personal_data: the post identifies a private individual or exposes their details.

Raises on direct identifiers (personal email, personal phone number, National
Insurance, NHS, Centrelink CRN, SSN and SIN numbers, passport, NDIS, UCI, tax, health,
bank and similar labelled numbers in English or French, UK number plates about a
vehicle, dates of birth), a home address (house number and street, a French "rue"
address, a named farm or cottage after a private person), a case or claim reference
next to a named person or addressed to "your", and a named private person (Mrs Sheila
Pryce, Mme Sylvie Brassard, claimant Sarah Whitlock, "a bloke in Mackay, Jarrod
Pickett", "Jim, 58") with health, benefit, criminal, immigration, HR, social-care or
specially protected details in the sentences about them; an untitled full name tied to
a condition by he/she/his/her/who ("Gary Pilbeam ... back at his desk after six months
of chemo") or said to have been arrested, sacked or sanctioned; a first name made a
private person by a job, a relation or a town ("our ward clerk Denise", "your mum
Margaret", "Ray from Hexham") with such details; a child by first name with their school
year ("Sam in Y8"); a numbered flat in a named block ("Flat 6 Ashcroft House"); also a
public reply that goes through the reader's own case ("@jo your claim has been
approved", "I've checked your journal"). Lets pass published contact routes (an inbox
on an official or linked domain or the author's organisation's own, a freephone or 03
number, a number presented as a helpline or switchboard), public figures in their
public role (by title, or by a role said before or after the name), venue addresses for
events, talk about kinds of data ("don't post your NI number"), conditions as topics
("cancer screening"), publication IDs, and fictional people in examples marked with an
explicit tag ("Example:").

Speed: every pattern that runs over a whole post starts with a literal or a character
class; the words that lead to a name (roles, ranks, possessives, health verbs,
conditions, birth labels) are found in one trie-shaped pass over the lower-cased text,
and the numbers in one pass shared by identifiers, addresses, ages and plates.
"""
from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Mapping
from functools import partial
from itertools import pairwise
from typing import Any

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

from .base import Finding, Post, finding
from .text import fold, host_matches, url_host, urls

NAME = "personal_data"
PRINCIPLE = "protect-personal-data"
DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "severity": "fail",
    # The learned signal (learned.py): when the rules find nothing, warn if the model's
    # probability reaches the threshold. Higher thresholds raise fewer posts.
    "learned_signal": True,
    "learned_threshold": 0.5,
    # Regions whose national formats a phone number is read in (07700 900123,
    # (219) 555-0147, 0491 570 156, 021 555 0123); Canada shares the US plan.
    "phone_regions": ["GB", "US", "AU", "NZ"],
    "phone_min_digits": 9,
    "phone_max_digits": 13,
    # Numbers that are services by their nature: freephone, 03/0345 non-geographic,
    # Australian 13/1300/1800, North American toll-free.
    # Mobile ranges (UK 07, Australia 04, New Zealand 021/022/027) belong to people.
    "mobile_prefixes": ["07", "04", "021", "022", "027"],
    # Characters around a number or inbox in which a cue counts.
    "cue_window": 60,
    # Ages up to this after a name ("Jim, 58,") single a person out.
    "max_age": 110,
    # Explicit tags marking fictional people in published examples or training material.
    "example_tags": ["#example", "[example]", "(example)", "example:", "fictional",
                     "not a real person", "fictitious", "made-up"],
    # Prefixes HMRC never issues for National Insurance numbers.
    "ni_invalid_prefixes": ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"],
    "service_number_prefixes": [
        "0800", "0808", "0300", "0303", "0330", "0333", "0343", "0344", "0345", "0370",
        "0371", "0372", "0800", "0845", "0870", "0508", "1300", "1800", "13",
        "1800", "1888", "1877", "1866", "1855", "1844", "1833", "800", "888", "877",
        "866", "855", "844", "833",
    ],
    # Words in the sentence that present a number or inbox as an official route.
    "official_contact_cues": [
        "helpline", "help line", "hotline", "advice line", "claim line", "information line",
        "enquiry line", "enquiries line", "crisis line", "support line", r"[A-Z]\w*line",
        "switchboard", r"contact cent(?:re|er)", r"call cent(?:re|er)", r"customer services?",
        "freephone", "free phone", "toll[- ]free", "textphone", "text relay", "relay service",
        "enquiries", "reception", "front desk", r"(?:call|ring|phone|email|contact|text) us",
        r"(?:our|my) (?:\w+ )?(?:office|team|line|number|inbox|service|desk)", r"we(?:'ll| will)",
        r"(?:the|your) (?:\w+ )?(?:team|office|service|department|council|agency)",
        r"(?:call|ring|phone|contact|text) (?:the [A-Z][\w&]*|[A-Z]{2,6}\b)",
        "get in touch", "find out more", "for more information", "to hear more", "for details",
        "office hours", r"mon(?:day)?\s*[-–]\s*fri(?:day)?", "opening hours", "lines are open",
    ],
    # Words next to a number or inbox that make it someone's own.
    "personal_contact_cues": [
        r"(?:her|his|their|my|your) (?:\w+ )?(?:number|mobile|phone|cell|landline|email|e-mail"
        r"|address)",
        r"(?:son|daughter|mum|mom|mother|dad|father|wife|husband|partner|sister|brother|"
        r"neighbou?r|nan|gran|grandma|grandad|uncle|aunt|auntie|friend)(?:'s|’s)? "
        r"(?:\w+ )?(?:on|number|mobile|phone|cell|email)",
        r"(?:number|mobile|phone)(?:'s|’s| is)", r"(?:call|ring|text|phone|contact|reach) "
        r"(?:him|her|them|me|you)", r"\bmobile\b", r"\bcell\b", r"personal (?:number|phone|email)",
        r"home (?:number|phone)", r"private (?:number|email)", r"call ?back", r"ring back",
    ],
    # Webmail providers: an address there belongs to a person, not an office.
    "personal_email_domains": [
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "outlook.com",
        "live.com", "live.co.uk", "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.ca",
        "yahoo.com.au", "icloud.com", "me.com", "mac.com", "aol.com", "btinternet.com",
        "sky.com", "virginmedia.com", "talktalk.net", "ntlworld.com", "protonmail.com",
        "proton.me", "gmx.com", "mail.com", "bigpond.com", "bigpond.net.au", "xtra.co.nz",
        "shaw.ca", "rogers.com", "sympatico.ca", "comcast.net", "verizon.net",
    ],
    # Local parts of shared inboxes.
    "role_inbox_names": [
        "info", "information", "enquiries", "enquiry", "inquiries", "contact", "contactus",
        "help", "helpdesk", "support", "press", "pressoffice", "media", "news", "newsdesk",
        "admin", "office", "hello", "team", "service", "services", "customerservice",
        "customerservices", "complaints", "feedback", "foi", "dpo", "privacy", "webmaster",
        "communications", "comms", "events", "jobs", "careers", "recruitment", "licensing",
        "planning", "reception", "noreply", "no-reply", "general", "mail", "public",
        # Where scams and abuse are reported.
        "phishing", "fraud", "scams", "scam", "abuse", "security", "report", "reports",
    ],
    # Labels whose number identifies a person wherever it appears.
    "personal_id_labels": [
        "passport", r"driv(?:ing|er'?s) licen[cs]e", "licen[cs]e", r"prison(?:er)?", "inmate",
        "NHS", "hospital", "MRN", "medical record", "medicare", "TFN", "tax file", "IRD",
        "UTR", "NINO", "national insurance", "NI", "SSN", "social security", "SIN",
        "social insurance", "CRN", "customer reference", "student", "pupil", "alien",
        "A-number", "health card", "OHIP", "patient",
        # National, health, tax and immigration numbers of other countries, and their
        # French names in Canada.
        "UCI", "client ID", "NDIS", "Medicaid", "NHI", "CHI", "HCN", "PHN", "ITIN",
        "green card", "USCIS", "health number", "tax number", "service number",
        "passeport", "NAS", "assurance sociale", "assurance maladie", "RAMQ",
        "permis de conduire", "IUC",
        # Singapore's NRIC and FIN, India's Aadhaar and PAN, a driver number.
        "NRIC", "FIN", "IC", "Aadhaar", "Aadhar", "PAN", "driver number",
        # Northern Ireland's Health and Care Number.
        "H&C", "health and care number",
        "driver licen[cs]e number",
        # Staff, bank and vehicle numbers.
        "staff number", "staff ID", "employee number", "employee ID", "payroll number",
        "sort code", "BSB", "IBAN", "bank account", "card number", "credit card",
        "debit card", "card ending", "account ending", "number plate", "licen[cs]e plate",
        "rego", "VIN",
    ],
    # Labels of a case file: personal once tied to a named person or to "your".
    "case_labels": [
        "case", "claim", "file", "ref", "reference", "application", "appeal", "account",
        "complaint", "ticket", "holding", "CPH", "tenancy", "policy", "booking",
    ],
    # Titles of a private individual; a name after one is a person.
    "private_titles": ["Mr", "Mrs", "Ms", "Miss", "Mx", "Master", "Mme", "Mlle", "Madame",
                       "Monsieur", r"M\."],
    # Service ranks name a serving or former service member, not a public office.
    "rank_titles": [
        "Pte", "Pvt", "PFC", "Spc", "LCpl", "Cpl", "Sgt", "SSgt", "SFC", "MSgt", "GySgt",
        "Airman", "Seaman", "Private", "Corporal", "Sergeant", "Staff Sergeant", "Gunner",
    ],
    # Before a name these nouns say the person is a member of the public in a case.
    "case_role_nouns": [
        "resident", "tenant", "taxpayer", "passenger", "traveller", "landowner", "farmer",
        "pupil", "student", "constituent", "veteran", "carer", "widow", "neighbour",
        "neighbor", "householder", "homeowner", "parent", "mum", "dad", "visitor", "caller",
        "user", "borrower", "leaseholder", "occupant", "occupier", "landlord", "owner",
        "motorist", "driver", "cyclist", "pedestrian", "survivor", "participant",
        "jobseeker", "employee", "pensioner", "victim", "witness", "complainant",
        "voyageur", "voyageuse", "passager", "passagère", "locataire", "contribuable",
        "résident", "résidente", "cliente",
        # Ordinary words for a member of the public ("a bloke in Mackay, Jarrod Pickett").
        "bloke", "lady", "gentleman", "woman", "man", "guy", "fella", "chap", "mother",
        "father", "grandmother", "grandfather", "widower", "teenager", "homme", "femme",
    ],
    # In a public reply, "your <case word>" with a status or an amount discusses that
    # person's own case ("your claim has been approved", "your refund of £642").
    "case_words": [
        "claim", "application", "appeal", "case", "payment", "payments", "refund", "benefit",
        "benefits", "pension", "allowance", "PIP", "UC", "Universal Credit", "tax return",
        "tax bill", "tax code", "debt", "arrears", "award", "visa", "record", "file",
        "account", "assessment", "reconsideration", "sanction", "tribunal", "hearing",
        "rebate", "overpayment", "entitlement", "EI", "CRB", "JobSeeker", "rating",
        # The Universal Credit journal is the claimant's own case record.
        "journal",
        # Health and immigration casework.
        "referral", "appointment", "prescription", "results", "care package", "BRP",
        "residence permit",
    ],
    # Said only in a reply to someone's handle, these also tell that person's own case.
    # (Not a system back up: "your payment site is back online".)
    "reply_case_statuses": [r"back(?!\s+(?:up|online|on|to))", "normal", "clear"],
    "case_statuses": [
        "approved", "refused", "rejected", "stopped", "processed", "sanctioned", "reduced",
        "suspended", "cancelled", "canceled", "overpaid", "underpaid", "paid", "granted",
        "closed", "escalated", "flagged", "withdrawn", "denied", "backdated", "reviewed",
        "put on hold", "on hold", "delayed", "received", "lost", "found", "updated",
        "changed", "corrected", "amended", "overturned", "reinstated", "lifted", "upheld",
    ],
    # After "NN-year-old" these nouns make it a person.
    "person_nouns": [
        "boy", "girl", "man", "woman", "child", "son", "daughter", "pupil", "student",
        "patient", "victim", "resident", "mum", "mother", "dad", "father", "lad", "teenager",
        "teen", "grandmother", "grandfather", "gran", "grandad", "baby", "toddler", "driver",
        "cyclist", "pedestrian", "claimant", "pensioner", "veteran", "carer", "widow",
        "widower", "suspect", "offender", "youngster", "schoolboy", "schoolgirl", "brother",
        "sister",
    ],
    # Before a name these nouns disclose the person's status by themselves.
    "status_role_nouns": [
        "claimant", "patient", "applicant", "offender", "prisoner", "inmate", "detainee",
        "defendant", "suspect", "asylum seeker", "service user", "customer", "client",
        "beneficiary", "recipient", "debtor", "demandeur", "demandeuse", "requérant",
        "requérante", "prestataire", "bénéficiaire", "détenu", "détenue",
    ],
    # Titles and roles that make a named person a public figure speaking in role.
    "public_titles": [
        "Cllr", "Councillor", "Council Member", "Minister", "Secretary", "Senator", "Sen",
        "Rep", "Representative", "Congressman", "Congresswoman", "MP", "MSP", "MLA", "MPP",
        "Mayor", "Lord", "Lady", "Baroness", "Baron", "Sir", "Dame", "Dr", "Prof",
        "Professor", "President", "Premier", "Commissioner", "Judge", "Justice", "Governor",
        "Gov", "Chancellor", "Ambassador", "Sheriff", "Chief", "Director", "Deputy", "Hon",
        "Rt Hon", "King", "Queen", "Prince", "Princess", "Bishop", "Reverend", "Rev",
        "Superintendent", "Inspector", "Commander", "General", "Admiral", "Colonel",
        "Ministre", "Député", "Députée", "Maire", "Sénateur", "Sénatrice",
        # Clergy, named in their office.
        "Father", "Fr", "Rabbi", "Imam", "Pastor", "Canon", "Vicar",
    ],
    "public_role_words": [
        "minister", "secretary", "member", "councillor", "director", "chief", "chair",
        "chairman", "chairwoman", "head", "commissioner", "spokesperson", "spokesman",
        "spokeswoman", "MP", "senator", "mayor", "officer", "adviser", "advisor",
        "executive", "president", "CEO", "leader", "deputy", "governor", "representative",
        "ambassador", "lead", "chancellor", "registrar", "inspector", "permanent secretary",
        "author", "presenter", "speaker", "keynote", "panel", "panellist", "professor",
        "founder", "appointed", "appointment", "ministre", "maire", "député", "députée",
        "porte-parole", "directeur", "directrice", "président", "présidente",
    ],
    # Details that are sensitive once tied to a named person, by family.
    "sensitive_terms": {
        "health": [
            "patient", "ward", "A&E", "ICU", "hospital", "hospice", "trolley",
            "diagnosed", "diagnosis", "cancer", "chemo", "chemotherapy", "tumou?r", "stroke",
            "heart attack", "dementia", "Alzheimer's", "MS", "multiple sclerosis", "PTSD",
            "depression", "anxiety", "mental[- ]health", "suicide", "suicidal", "self-harm",
            "overdose", "addiction", "rehab", "HIV", "disability", "disabled", "injury",
            "injured", "surgery", "operation", "pregnant", "pregnancy", "miscarriage",
            "blood lead", "tested positive", "illness", "terminally", "terminal", "palliative",
            "wheelchair", "autism", "autistic", "ADHD", "fit note", "sick note", "care package",
            "care needs", "critical condition", "pelvis", "bed \\d+", "bay \\d+",
            "broken (?:leg|arm|hip|back)", "seizure", "epilepsy", "diabetes", "dialysis",
            "radiotherapy", "insulin", "kidney disease", "hospitalis(?:ed|ée?)",
            "hospitaliz(?:ed)?", "maladie", "enceinte",
            # Someone's own health said outright, and common long-term and notifiable
            # conditions.
            "(?:her|his) health", "stress", "meds", "medication", "arthritis", "asthma",
            "COPD", "long covid", "bipolar", "schizophrenia", "OCD", "eating disorder",
            "anorexia", "bulimia", "Parkinson's", "motor neurone disease", "MND",
            "cerebral palsy", "fibromyalgia", "chronic pain", "chronic fatigue", "measles",
            "mumps", "whooping cough", "tuberculosis", "TB", "hepatitis", "sepsis",
            "meningitis", "scarlet fever",
            # Treatment that says what someone is being treated for.
            "antibiotics", "UTI", "discharged from hospital",
            # Surgery and loss said in everyday words: "her hip op", "lost her baby".
            "(?:hip|knee|heart|back|bypass) (?:op|operation|replacement|surgery)",
            "lost (?:her|their|the) baby", "stillbirth", "stillborn",
            "hysterectomy", "mastectomy", "transplant", "(?:hip|knee) replacement",
            # Long-term conditions, medicines that name a condition, and recovery.
            "Crohn's", "colitis", "coeliac", "lupus", "leukaemia", "leukemia", "lymphoma",
            "cystic fibrosis", "sickle cell", "lithium", "methadone", "antidepressants",
            "antipsychotics", "sober", "sobriety", "relapsed?",
            # Time off for burnout or a bad back: "off with his back again".
            "burn-?out", "off with (?:his|her|their) (?:back|knee|hip|neck|shoulder|nerves)",
            "bad back",
            # Sight and hearing.
            "registered blind", "partially sighted", "sight loss", "visually impaired",
            "sight impaired", "deaf", "hearing loss", "hearing aids?", "cochlear implant",
            # Fertility treatment and pregnancy said in everyday words ("expecting twins").
            "IVF", "fertility treatment", "egg collection", "embryo transfer",
            "expecting (?:a baby|twins|triplets|(?:her|their|his) (?:first|second|third))",
            # The heart and circulation in clinical words.
            "cardiac arrest", "heart failure", "blood pressure",
        ],
        "benefit": [
            "benefits?", "claim", "pension", "allowance", "PIP", "ESA", "JSA", "tax credits?",
            "Universal Credit", "Carer Payment", "Age Pension", "JobSeeker", "Centrelink",
            "Pension Credit", "Housing Benefit", "Child Benefit", "Attendance Allowance",
            "Carer's Allowance", "DLA", "Council Tax Reduction", "Child Tax Credit",
            "Working Tax Credit", "Winter Fuel Payment",
            "EI", "employment insurance", "disability rating", "sanction(?:ed)?", "UC",
            "overpayment", "debts?", "arrears", "refund", "tax bill", "tax return", "payments?",
            "owes", "owed", "owing",
            "evicted", "eviction", "homeless", "B&B", "food bank", "award stopped",
            # Housing need and rent owed.
            "(?:emergency|temporary|temp) accommodation", "rough sleeping", "sleeping rough",
            "back rent", "rent arrears",
            "waiting \\d+ (?:weeks|months)", "housing list", "foreclos\\w*",
            "repossess\\w*", r"(?:payments?|months?) behind", "behind on (?:rent|payments)",
            "dette", "prestations?", "assurance-emploi",
        ],
        "legal": [
            "convicted", "convictions?", "arrested", "charged", "offender", "prison", "jail",
            "custody", "on licence", "probation", "parole", "sentenced", "allegation",
            "accused", "fraud", "smuggl\\w*", "undeclared", "stabbed", "assaulted", "victim",
            "dumping", "fly-?tipping", "investigation", "asylum", "refugee", "visa",
            "deport\\w*", "scammed",
            "appeal hearing", "immigration", "removal", "overstay\\w*", "enforcement",
            "prosecut\\w*", "fined", "penalty notice", "summons", "court order", "seized",
            "amende", "fraude", "non déclarée?s?", "casier judiciaire", "condamnée?",
            # Prisons, release and family courts.
            "HMP", "HMYOI", "out of prison", "released from prison", "divorce",
            "custody hearing", "family court", "tax evasion", "evasion",
            # Offences said of someone: "the shoplifting at the Asda has to stop".
            "shoplifting", "shoplifted", "shoplifter", "theft", "thefts", "burgled",
            "burglary", "burglaries", "burglar",
            # Sentences a court gives short of prison, youth ones too.
            "referral order", "community order", "suspended sentence", "youth offending",
        ],
        "HR": [
            "sick leave", "off sick", r"off (?:long[- ]term|work) sick", "signed off",
            "disciplinary", "grievance", "dismissed",
            "sacked", "suspended", "capability", "redundan\\w*", "mental[- ]health leave",
            "stress leave", "medical leave", "compassionate leave", "maternity leave",
            "paternity leave", "parental leave", "adoption leave",
            "congé de maladie", "arrêt maladie", "off work",
        ],
        "social care": [
            "EHCP", "SEND", "special educational needs", "free school meals",
            "looked[- ]after", "foster care", "child protection", "safeguarding",
            "care leaver",
        ],
        "special category": [
            "came out", "gay", "lesbian", "bisexual", "transgender", "transitioning",
            "union rep", "trade union member",
            # Religion or belief.
            "Catholic", "Protestant", "Muslim", "Jewish", "Hindu", "Sikh", "Buddhist",
            "atheist", "converted to",
        ],
        "age": [
            r"aged \d{1,3}", r"\d{1,3}[- ]years?[- ]old", r"(?:he|she)(?:'s|’s| is) \d{2,3}",
            r"turns? \d{2,3}", r"born in (?:19|20)\d\d",
        ],
    },
    # Sensitive terms that are as often a topic of work as a person's own matter: about
    # a person named without a title they count only possessed ("her claim").
    "topic_prone_terms": [
        "benefit", "benefits", "claim", "pension", "allowance", "payment", "payments",
        "refund", "debt", "tax bill", "tax return", "EI", "patient", "ward", "hospital",
        "A&E", "ICU", "investigation", "enforcement", "victim", "disability", "disabled",
        "injury", "operation", "removal", "appeal hearing", "visa", "capability",
        "safeguarding", "SEND", "allegation", "fraud", "dumping", "custody",
    ],
    # Possessed by a named person ("after her mental-health leave", "his PIP"), these
    # are health, HR, benefit or legal matters about that person.
    "possessive_personal_terms": [
        "mental[- ]health", "mental[- ]health leave", "illness", "sickness",
        "sickness absence", "sick leave", "stress leave", "medical leave", "cancer", "diagnosis",
        "surgery", "operation", "treatment", "chemo", "chemotherapy", "stroke", "leave",
        "breakdown", "depression", "anxiety", "condition", "disability", "miscarriage",
        "pregnancy", "disciplinary", "dismissal", "suspension", "grievance", "recovery",
        "health scare", "heart attack", "rehab", "PTSD", "dementia", "benefits?", "claim",
        "(?<!photo )op", "meds", "medication", "care package",
        "pension", "allowance", "PIP", "Universal Credit", "Pension Credit", "tax credits?",
        "refund", "arrears", "debts?", "sanction", "visa", "asylum claim", "convictions?",
        "sentence", "tenancy", "eviction", "payment", "overpayment", "mortgage arrears",
        "rent arrears", "divorce", "bereavement", "late husband", "late wife", "complaint",
        "tribunal", "court case", "parole", "probation", "immigration status",
        "visa application", "housing benefit", "council tax", "tax bill", "tax debt",
    ],
    # After a possessive term these make it about a policy, not a person ("his pension reforms").
    "policy_nouns": [
        "reforms?", "polic(?:y|ies)", "plans?", "strategy", "bill", "review", "scheme",
        "announcement", "changes", "proposals?", "programme", "program", "agenda", "work",
        "team", "portfolio", "speech", "statement", "report", "campaign", "research",
    ],
    "personal_health_verbs": [
        "off sick", r"off (?:long[- ]term|work) sick", "signed off sick", "signed off work",
        "signed off with", "been signed off",
        "diagnosed with", "in hospital",
        "admitted to hospital", "attempted suicide", "on sick leave", "on medical leave",
        "on stress leave", "on mental[- ]health leave", "back from sick leave",
        "back from medical leave", "recovering from surgery", "recovering from an operation",
        "recovering from cancer", "recovering from a stroke", "recovering from a heart attack",
        "had a stroke", "had a heart attack", "had a breakdown", "had a miscarriage",
    ],
    # Labels before a full date that make it someone's date of birth (patterns).
    "birth_labels": [
        "DOB", r"D\.O\.B\.?", "[Dd]ate of [Bb]irth", r"[Bb]orn(?: on)?", "[Nn]ée? le",
        "[Dd]ate de naissance", "DDN",
    ],
    # Words at least one of which each birth label contains, lower-cased: only the text
    # around them is read for a date of birth.
    "birth_words": ["dob", r"d\.o\.b", "birth", "born", "née", "né", "naissance", "ddn"],
    # A named house after a private person ("Mr Tamworth at Holly Farm") is their home.
    "house_name_types": [
        "Farm", "Farmhouse", "Cottage", "Cottages", "Lodge", "Barn", "Manor", "Grange",
        "Croft", "Bungalow", "Villa", "Homestead", "Ranch", "Station",
    ],
    # Conditions and treatments that, tied to a named person by he/she/his/her, are that
    # person's health ("Gary Pilbeam ... back at his desk after six months of chemo").
    "personal_conditions": [
        "chemo", "chemotherapy", "radiotherapy", "dialysis", "cancer", "tumou?r", "stroke",
        "heart attack", "miscarriage", "breakdown", "dementia", "surgery", "sick leave",
        "sickness absence", "illness", "diagnosis", "rehab", "PTSD", "depression",
        "mental[- ]health leave", "stress leave", "overdose", "seizures?", "injuries",
        "kidney disease", "terminal", "terminally ill", "IVF",
        "registered blind", "partially sighted", "visually impaired", "sight loss",
    ],
    # Said of a named person in the passive ("Jane Doe was arrested", "has been
    # sanctioned"), these disclose a legal, HR, benefit or health matter about them.
    "personal_passives": [
        "arrested", "charged", "convicted", "sentenced", "jailed", "imprisoned", "cautioned",
        "detained", "deported", "prosecuted", "fined", "evicted", "sanctioned", "dismissed",
        "sacked", "suspended", "disciplined", "diagnosed", "hospitalised", "hospitalized",
        "sectioned", "refused asylum", "made homeless",
        "signed off",
    ],
    # After a condition these make it a service or a topic, not someone's health
    # ("cancer screening", "stroke services").
    "condition_topic_nouns": [
        "services?", "screening", "research", "awareness", "charity", "charities", "unit",
        "units", "ward", "wards", "team", "teams", "strategy", "plans?", "polic(?:y|ies)",
        "programmes?", "programs?", "pathways?", "nurses?", "specialists?", "prevention",
        "risk", "rates?", "data", "survivors", "patients", "centres?", "centers?",
        "trials?", "drugs?", "medicines?", "vaccines?", "checks?", "tests?", "campaign",
        "month", "week", "day", "fund", "funding", "sector", "workforce", "survival",
        "outcomes", "statistics", "deaths", "diagnoses", "cases", "response",
        # Events about a condition: "the dementia conference", "a diabetes webinar".
        "conferences?", "webinars?", "seminars?", "summit", "workshops?", "training",
        "courses?",
        # After a faith, its institutions ("Catholic schools", "the Muslim chaplain").
        "schools?", "church(?:es)?", "chaplain(?:cy|s)?", "communit(?:y|ies)", "faith",
        "parish(?:es)?", "diocese", "festivals?", "holidays?", "groups?", "leaders?",
        "organisations?", "organizations?", "colleges?", "cemetery",
    ],
    # "colleagues with dementia", "people living with cancer": a condition of a group,
    # not of the person named.
    "group_nouns": [
        "people", "colleagues", "those", "anyone", "everyone", "staff", "children",
        "families", "adults", "patients", "men", "women", "others", "carers", "someone",
        "somebody", "workers", "employees", "residents", "pupils", "students", "veterans",
        "customers", "claimants", "users", "kids", "learners", "parents", "teachers",
        "girls", "boys",
    ],
    # A current UK number plate ("KX19 ABC") in a sentence with one of these words
    # identifies a vehicle's keeper.
    "vehicle_cues": [
        "car", "van", "vehicle", "driver", "drove", "driving", "drives", "reg",
        "registration", "plate", "parked", "parking", "lorry", "truck", "motorbike", "taxi",
        "speeding", "tailgating", "dashcam",
        # Kinds, makes and models of vehicle: "the man in the silver BMW LK19 XEF".
        "SUV", "4x4", "hatchback", "motorhome", "campervan", "minibus", "scooter", "moped",
        "BMW", "Audi", "Mercedes", "Merc", "Vauxhall", "VW", "Volkswagen", "Toyota", "Nissan",
        "Honda", "Hyundai", "Kia", "Peugeot", "Renault", "Citroen", "Citroën", "Skoda",
        "Volvo", "Land Rover", "Range Rover", "Tesla", "Jaguar", "Mazda", "Corsa", "Fiesta",
        "Transit", "Sprinter", "Civic", "Astra", "Qashqai", "Prius",
    ],
    # Street types after a house number make a street address.
    "street_types": [
        "Road", "Rd", "Street", "St", "Lane", "Ln", "Avenue", "Ave", "Av", "Grove", "Close",
        "Drive", "Dr", "Way", "Crescent", "Cres", "Court", "Ct", "Place", "Pl", "Terrace",
        "Gardens", "Row", "Hill", "Boulevard", "Blvd", "Parkway", "Pkwy", "Highway", "Hwy",
        "Circle", "Cir", "Mews", "Square", "Sq", "Walk", "View", "Rise", "Park", "Green",
        "Parade", "Vale", "Wynd", "Croft", "Fold", "Gate", "Chase", "Meadow", "Meadows",
        "Quay", "Wharf", "Boulevard", "Trail", "Pike", "Crossing", "Loop", "Bend", "Esplanade",
        "Promenade", "Terr", "Villas", "Cottages", "Heights", "Ridge", "Glen", "Hollow",
        "Grange",
    ],
    # Street words that come before the name in French addresses ("1200 rue Saint-Denis").
    "street_types_before_name": [
        "[Rr]ue", "[Bb]oulevard", r"[Bb]oul\.", "[Cc]hemin", "[Rr]ang", "[Aa]llée",
        "[Ii]mpasse", "[Mm]ontée", "[Cc]ôte", "avenue", r"av\.", "place", "route",
        # Welsh, Irish and Scottish Gaelic street words ("17 Heol y Coed").
        "Heol", "Ffordd", "Stryd", "Lôn", "Rhodfa", "Cilgant", "Sráid", "Bóthar", "Sràid",
        "Rathad",
    ],
    # Words that make an address a public venue for an event or office.
    "venue_cues": [
        "event", "session", "drop-in", "drop in", "open day", "surgery", "clinic", "venue",
        "library", "hall", "centre", "center", "church", "museum", "office", "offices",
        "HQ", "headquarters", "school", "college", "hub", "stadium", "theatre", "gallery",
        "join us", "come along", "pop in", "pop along", "visit us", "find us", "meeting",
        "consultation", "exhibition", "fair", "workshop", "conference",
        r"\d{1,2}(?::\d\d)?\s?[ap]m",
        "opens", "opening", "reopen\\w*", "hosted", "held at", "takes place", "team",
        "opened", "launch\\w*", "unveil\\w*",
        "roundtable", "visit", "visited", "visiting", "tour",
        # A workplace's storeys and entry: "on the 4th floor at 2 Marsham Street".
        "floor", "pass readers?", "security desk",
    ],
    # Words that make an address a home even where venue words appear.
    "residential_cues": [
        "lives", "living", "live at", "home", "house", "address", "resident", "neighbou?r",
        "moved to", "released to", "staying", "stays",
        # The author's own door: "I'm at 22 Ferndale Road from 6".
        "I['’]m at", "I am at", "round to mine", "come round", "pop round", "my place",
        "my flat", "flat", "bedsit",
    ],
    # A numbered flat or unit in a named block is a home: "Flat 6 Ashcroft House",
    # "Unit 4B at Maple Court".
    "dwelling_labels": ["Flat", "Apartment", "Apt", "Unit"],
    "dwelling_buildings": [
        "House", "Court", "Tower", "Towers", "Mansions", "Building", "Block", "Lodge",
        "Heights", "Point", "Gardens", "Place", "Buildings", "Apartments", "Flats",
    ],
    # Before a first name these words make it a child ("little Amir", "young Zara").
    "child_cues": ["little", "young", "baby", "wee", "toddler", "schoolboy", "schoolgirl"],
    # A place a child is known at: "at St Anne's", "at Oakfield Primary", "Busy Bees nursery".
    "school_words": [
        "school", "primary", "academy", "nursery", "pre-school", "preschool", "playgroup",
        "infants", "juniors", "junior school", "sixth form", "kindergarten", "daycare",
        "day care", "crèche", "creche", "childminder", "after-school club", "breakfast club",
    ],
    # "Ellie in our team", "Raj on my team", "my colleague Sam": a colleague by first name.
    "colleague_units": [
        "team", "office", "unit", "squad", "directorate", "division", "branch", "section",
        "department", "floor", "desk", "group", "crew", "shift", "network",
    ],
    # "Aoife in payroll", "Dev from IT": a colleague placed by the function they work in,
    # said without "our" (the acronyms count only in capitals).
    "colleague_functions": [
        "payroll", "HR", "IT", "ICT", "finance", "comms", "accounts", "procurement",
        "estates", "facilities", "legal", "admin", "human resources", "communications",
    ],
    # Months that are also given names: in "June in our team, who's..." a colleague.
    "month_given_names": ["Jan", "April", "May", "June", "August"],
    "colleague_nouns": [
        "colleague", "colleagues", "teammate", "team-mate", "manager", "line manager",
        "deputy", "boss", "mentee", "direct report", "work friend", "workmate",
        # A colleague by their job: "our ward clerk Denise", "my team leader Jo".
        "team leader", "supervisor", "clerk", "receptionist", "administrator", "porter",
        "cleaner", "caretaker", "apprentice", "trainee", "secretary", "assistant",
        "coordinator", "co-ordinator", "caseworker", "work coach", "healthcare assistant",
    ],
    # Sensitive families read about a colleague named by first name only: their health
    # and HR matters, not the benefits or legal topics of their work.
    "colleague_families": ["health", "HR", "special category"],
    # "your mum Margaret", "her son Tom": a relative named by first name, whose details
    # of every kind are theirs.
    "relation_nouns": [
        "mum", "mam", "mom", "mother", "dad", "father", "son", "daughter", "husband", "wife",
        "partner", "brother", "sister", "nan", "gran", "grandma", "grandad", "grandpa",
        "grandson", "granddaughter", "uncle", "aunt", "auntie", "nephew", "niece",
        "stepson", "stepdaughter", "fiancé", "fiancée", "neighbour", "neighbor",
    ],
    # Words just before a sensitive term that make it a topic of work, not a person's
    # own matter ("her work on cancer", "leads our stress campaign").
    "topic_lead_words": [
        "work on", "works on", "working on", "worked on", "talk on", "talks on",
        "session on", "blog on", "post on", "report on", "research on", "focus on",
        "focused on", "expert on", "lead on", "leads on", "webinar on", "training on",
        "views on", "spoke on", "speaking on", "advice on", "guidance on", "data on",
        "figures on", "statistics on", "stats on", "policy on", "review of", "paper on",
        "article on", "study on", "evidence on", "survey on", "campaign on", "seminar on",
        "workshop on", "course on", "figures for", "podcast on", "event on", "panel on",
        "about", "around", "into", "tackling", "tackle", "reducing", "reduce",
        "preventing", "prevent", "improving", "improve", "supporting", "support", "our",
        "championing", "champion", "raising", "led", "leads", "leading", "researching",
        "research", "covering", "covers", "explaining", "explains", "address", "addressing",
        "new", "national", "local", "latest", "the government's", "reformed",
    ],
    # Capitalised words that are not people's names (function words, dates, places, bodies).
    "not_name_words": [
        "The", "A", "An", "This", "That", "These", "Our", "We", "If", "For", "Please",
        "Thanks", "Thank", "Great", "Good", "Happy", "Congratulations", "Welcome", "Well",
        "Huge", "Big", "Lovely", "Proud", "Shout", "And", "But", "Or", "So", "To", "From",
        "In", "On", "At", "Of", "By", "With", "All", "Every", "Today", "Tonight", "Tomorrow",
        "Yesterday", "Last", "Next", "New", "Old", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Road", "Street", "Lane", "Avenue", "Council", "Department", "Office", "Agency",
        "Service", "Services", "Centre", "Center", "Library", "Hospital", "Trust",
        "University", "School", "College", "Court", "House", "Hall", "Park", "Bank",
        "Credit", "Allowance", "Pension", "Payment", "Benefit", "Act", "Bill", "Government",
        "Ministry", "Minister", "Secretary", "Health", "Care", "Team", "Group", "Board",
        "Committee", "Fund", "Programme", "Program", "Scheme", "Strategy", "Week", "Day",
        "Year", "Month", "Christmas", "Easter", "Eid", "North", "South", "East", "West",
        "Royal", "National", "Federal", "State", "County", "City", "Town", "Borough",
        "District", "Region", "Island", "Valley", "River", "Lake", "Mount", "Ward", "Bed",
        "Bay", "Room", "Page", "Chapter", "Section", "Table", "Figure", "Level", "Stage",
        "Grade", "Phase", "Floor", "Route", "Platform", "Gate", "Terminal", "Flight",
        "Marathon", "Half", "Heath", "Common", "Green", "Station", "Airport", "Universal",
        "Age", "Carer", "Carer's", "Jobcentre", "Plus", "Mental", "General", "Infirmary",
        "Clinic", "Unit", "Police", "Fire", "Army", "Navy", "Force", "Forces", "Tax",
        "Revenue", "Customs", "Home", "Labour", "Conservative", "Conservatives", "Liberal",
        "Democrats", "Democrat", "Republican", "Republicans", "Party", "Parliament",
        "Congress", "Senate", "House", "Assembly", "Cabinet", "Budget", "Census", "Survey",
        "Report", "Review", "Inquiry", "Index", "Rate", "Bureau", "Institute", "Foundation",
        "Association", "Society", "Network", "Partnership", "Authority", "Commission",
        "Agency", "Administration", "Cheers", "Sorry", "Hi", "Hello", "Dear", "Yes", "No",
        "Not", "Just", "Also", "Here", "There", "What", "Why", "How", "When", "Where", "Who",
        "Mum", "Mom", "Dad", "God", "Lord", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Law",
        "Measure", "Order", "Regulations", "Rule", "Rules", "Code", "Charter",
        # Groups and organisations that take "who" like a person.
        "Everyone", "Everybody", "Anyone", "Someone", "Somebody", "Nobody", "Colleagues",
        "Staff", "People", "Friends", "Folks", "Members", "Citizens", "Advice", "Support",
        "Aid", "Action", "Alliance", "Coalition", "Forum", "Partners", "Ltd", "Limited",
        "Housing", "Homes", "Energy", "Water", "Rail", "Media", "News", "Press", "Times",
        "Post", "Mail", "Telegraph", "Mirror", "Express", "Standard", "Herald", "Gazette",
        "Chronicle", "Journal", "Tribune", "Observer", "Tories", "Greens", "Nationals",
        "Liberals", "Lords", "Commons", "Americans", "Canadians", "Australians", "Scots",
        "Brits", "Olympics", "Paralympics", "Games", "Awards", "Baby",
        # Teams and lines people ring or write to ("Maternity Triage", "Patient Experience").
        "Triage", "Experience", "Liaison", "Enquiries", "Bookings", "Admissions",
        "Appointments", "Outpatients", "Helpdesk", "Helpline", "Desk", "Line", "Direct",
        "Connect", "Reception", "Switchboard", "Hub", "Maternity", "Patient", "Patients",
        "Customer", "Customers", "Contact", "Duty", "Safeguarding", "Complaints",
        # The verbs that open a sentence giving a contact ("Ring Maternity Triage on").
        "Call", "Ring", "Phone", "Text", "Email", "Visit", "Book",
        # Public venues, which end a venue's name before its address ("the Air and
        # Space Museum, 600 Independence Ave").
        "Museum", "Gallery", "Theatre", "Theater", "Stadium", "Arena", "Cathedral", "Zoo",
        # Qualifications and courses ("APM Project Management Qualification").
        "Qualification", "Qualifications", "Certificate", "Diploma", "Degree", "Course",
        "Exam", "Exams", "Apprenticeship", "Management", "Project", "Award", "Leadership",
    ],
}

_KINDS_OF_ID = {
    "ni": "a National Insurance number",
    "ppsn": "an Irish Personal Public Service (PPS) number",
    "nhs": "an NHS number",
    "crn": "a Centrelink customer reference number (CRN)",
    "ssn": "a US Social Security number",
    "sin": "a Canadian Social Insurance Number",
    "dob": "a date of birth",
    "labelled": "a personal identification number",
    "licence": "a driving licence number",
}
_FAMILY_WORDS = {
    "social care": "social-care details",
    "special category": "details the law protects specially (sexuality, gender identity, "
                        "union membership)",
    "health": "health details", "benefit": "benefit or money details",
    "legal": "criminal, legal or immigration details", "HR": "HR details",
    "age": "their age",
}
_WHY = ("Posting it breaks data protection law and the duty to keep people's details off "
        "public channels; casework belongs off the public timeline.")

# A capitalised name ("Smith", "McDonald", "O'Brien", "Lloyd-Jones"), written to start
# with its capital so that the regex engine can skip to capitals.
_NAME_TOKEN = (r"[A-Z](?:(?<=M)a?c[A-Z]|(?<=O)['’][A-Z])?[a-zà-öø-ÿ\u0100-\u017f]+"
               r"(?:-[A-Z][a-zà-öø-ÿ\u0100-\u017f]+)?")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
         r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}"
         r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")
_SERVICE_TYPES = (PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN,
                  PhoneNumberType.PREMIUM_RATE)

# Patterns run over a whole post start with a digit or a literal, never with \b or a
# look-behind: Python's regex engine can then skip quickly to where a match could
# begin. Word boundaries are checked in code on the few matches.
_CAPITALISED = re.compile(r"[A-Z][a-z]")
# A run of digit groups: phone numbers, references, ID numbers ("0491 570 156",
# "(219) 555-0147", "HL/2025/0912", "204 117 358K", "NJ 50 73 21 A").
_WORD_CHAR = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w+")
_ACRONYM_BEFORE = re.compile(r"[A-Z]{2,4}\s$")
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)\b")
_AFTER_NUMBER = re.compile(r"\d{1,5}[A-Za-z]?,?\s+(\w[\w.'’]*)")
_NUMBER_START = re.compile(r"(?<!\d)\d")
_AGE_DIGITS = re.compile(r"\d{1,3}(?![\d%]|[.,:]\d)")
_NUMBER_RUN = re.compile(
    r"[0-9][\dA-Z]*(?:(?:[ /.-]|\) ?)[\dA-Z]*\d[\dA-Z]*){0,6}(?: [A-D]\b)?")
_LETTER_PREFIX = re.compile(r"[A-Z]{1,5}[/-]?$")
# A UK driving licence number: surname (padded with 9s), birth date, initials, checks.
_DRIVING_LICENCE = re.compile(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}\b")
_PHONE_PREFIX = re.compile(r"(?:\+\d{0,3}[ .-]?)?\(?$")
# "(02) 9374 ...": a bracket round an area code; "(123 456 782)" only wraps a number.
_AREA_CODE = re.compile(r"\d{1,5}\)")
_NOT_BEFORE_NUMBER = frozenset("/.,:£$€#-_")
_CURRENCY_SIGNS = frozenset("£$€¥₹")
# A name the post speaks to ("Ryan Pattison, if you're reading this", "Jo Bell, you"):
# what follows is said of that person, as "he" or "she" would tie it.
_ADDRESSED_AFTER_NAME = re.compile(r",\s+(?:if\s+|when\s+)?you(?:['’](?:re|ve|ll|d)|\b)")
# A thing as the subject of the verb ("the funding's been signed off", "this plan was
# signed off"): the verb is said of it, not of a person named earlier.
_THING_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|this|that|our|their|its|a)\s+[a-z]+(?:['’]s|\s+(?:has|have|had|was|were|is|"
    r"are|got|been)){1,2}\s+$")
_EMAIL_LOCAL_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_EMAIL_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
_DIGITS = re.compile(r"\D")
_NHS_SHAPE = re.compile(r"[1-9]\d\d \d{3} \d{4}")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|the|to the|near|on)\s+$")
_ARTICLE_AND_WORD_BEFORE = re.compile(r"\b(?i:the|a|an|this|that)\s+[a-z]+\s+$")
# Before a full name in prose: "of" and "on" lead to people too ("proud of Jo Bloggs").
_PLACE_BEFORE_PERSON = re.compile(r"\b(?:in|at|from|the|to the|near)\s+$")
# "Margaret, if you're reading this", "Gary, you know who you are", "Kev, mate,": a
# private person spoken to by name (a family too: "The Haddads, if you're reading").
_READER_BY_NAME = re.compile(
    r"(?<![\w@#/])(?:[Tt]he\s+)?(?P<name>" + _NAME_TOKEN + r"(?:[ -]" + _NAME_TOKEN
    + r")?(?:\s+[A-Z]\.)?(?:\s+" + _NAME_TOKEN + r")?)(?:\s+from\s+" + _NAME_TOKEN
    + r"(?:\s+" + _NAME_TOKEN + r")?)?[,:]\s+(?:if\s+you(?:['’]re|\s+are)\s+reading"
    r"|(?:if|when)\s+you\s+(?:ever\s+)?(?:read|see)\s+this|you\s+know\s+who\s+you\s+are"
    # Spoken to with a familiar word: "Gary, mate, ...", "Shaz, love, ...".
    r"|(?:mate|pal|buddy|love|pet|my\s+friend|fella|lad),)")
# After "Jo in our team": words that go on about a person ("who's", "is", "has").
_SAID_OF_PERSON = re.compile(r",?\s+(?:who|whose|is|has|was)\b|['’]s\b")
# A name taking a plural verb is a group ("Sinn Féin are"), unless joined to another
# name ("Jo Bell and Sam Ray are").
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:are|were|have)\b")
_JOINED_BEFORE = re.compile(r"(?:\band|&|,)\s+$")
# Someone who speaks or presents is named in a work role, not as a private person.
_SPEAKS_IN_ROLE = re.compile(
    r"\b(?:spoke|speaks|speaking|talked|talks? on|presented|presenting|presentation"
    r"|chaired|briefed|represent\w*|on behalf of)\b")
# An attached picture said to show people's details ("[photo: names visible on the
# register]", "screenshot with her address in shot"), unless the words hide them.
_SHOWN_GATES = ("visible", "legible", "readable", "in shot", "on show")
_PICTURE = re.compile(r"photo|\bpic|picture|image|screenshot|video|selfie|📸|📷|📹")
_DETAILS_SHOWN = re.compile(
    r"\b(?:(?:first |full |sur)?names?|faces?|(?:home )?address(?:es)?|phone numbers?"
    r"|number plates?|dates? of birth|(?:nhs|ni|case|reference) numbers?)\b"
    r"(?P<between>[^.\]\n]{0,40}?)\b(?:visible|legible|readable|in shot|on show)\b")
_HIDDEN = re.compile(r"\b(?:no|not|never|without|blurred|blurr?ing|hidden|hide|removed"
                     r"|redacted|covered|cropped|pixellated)\b|n['’]t\b")
# "Ana is 34 and ...": a first name given its age as a sentence of its own.
_NAME_IS_AGE = re.compile(
    r"(?<![\w@#/])(?P<name>" + _NAME_TOKEN + r")\s+is\s+(?P<age>\d{1,3})"
    r"(?=\s+and\b|\s*[,.;!]|\s+years?\b|\s+now\b)")
# Substrings one of which each way of speaking to a reader by name holds.
_READER_GATES = ("reading", "who you are", "read this", "see this", ", mate,", ", pal,",
                 ", buddy,", ", love,", ", pet,", ", my friend,", ", fella,", ", lad,")
_WELCOME_BACK = re.compile(r"\bwelcome back(?: to)?,? $")
_OUR_NAME_SAYS = re.compile(r"(?:['’]s|\s+(?:is|was|has|had))\s")
# "a letter from Jo Hart", "a call from ...": someone writes or rings, no place does.
_MESSAGE_FROM = re.compile(
    r"\b(?i:e-?mails?|letters?|messages?|notes?|cards?|calls?|phone calls?|texts?|DMs?"
    r"|voicemails?|complaints?|visits?|thank[- ]you)\s+from\s+$")
_YOUR = re.compile(r"(?i)\byour\b")
_REPLY_OPENING = re.compile(r"[\s.]*@\w")
_PERSON_LIKE_LOCAL = re.compile(r"[a-z][._][a-z]|[a-z]\d{2,}$")
_ISBN_BEFORE = re.compile(r"(?i)\b(?:isbn|issn|doi)\W*$")
_PERSON_OF = re.compile(r"(?:\b(?:of|at|in)|,)\s*$")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_APPOSITION = re.compile(
    r"\s*(?:[,(–—-]|(?:who\s+)?(?:is|was|will\s+be|has\s+been|becomes|became)\b|as\b)")
_NEXT_WORD = re.compile(r"\w")
_FOLLOWING_WORD = re.compile(r"\s*([A-Za-z]+)")
_NAME_BEFORE_SPACE = re.compile(_NAME_TOKEN + r"\s+$")
_PLATE_AREA = re.compile(r"[A-HJ-PR-Y][A-HJ-PR-Y](?=\d)")
_PLATE_TAIL = re.compile(r" ?[A-HJ-PR-Z]{3}\b")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|got|gets|get)\s+(?:\w+ly\s+|just\s+|now\s+|also\s+)?$")
_LINK_REACH = 160
# Family history: an ancestor (a great-great-grandparent, not a great-aunt who may be
# alive), or a census or register of more than a lifetime ago.
_LONG_DEAD_GATE = re.compile(r"great|ancest|forebear|census|register")
_LONG_DEAD = re.compile(
    r"\bgreat[- ]great[- ](?:great[- ])*(?:gran\w*|grand\w*|aunt\w*|uncle)|\bancestors?\b"
    r"|\bforebears?\b|\b1[89]\d\d (?:census|register)\b|\b(?:census|register) of 1[89]\d\d\b")
_BORN_YEAR = re.compile(r"born(?:\s+in)?\s+((?:19|20)\d\d)\b")
# An Irish Eircode: it locates one building ("D07 XT63").
_EIRCODE = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?=[\d]*[AC-FHKNPRTV-Y])"
                      r"[0-9AC-FHKNPRTV-Y]{4}\b")
# A flat in a Singapore block: "Blk 205 #08-112".
_BLOCK_UNIT = re.compile(r"\b(?:Blk|Block) ?\d{1,4}[A-Z]?\b[^.#\n]{0,40}?#\d{1,3}-\d{1,5}\b")
# A plate after a word that can only mean a vehicle's ("rego 123 ABC", "number plate ...").
# "Plate" alone counts with a car in the sentence ("the grey Civic, plate ABCD 123").
_LABELLED_PLATE = re.compile(
    r"\b(?:rego|(?:number|licen[cs]e|registration) plate|(?P<bare>plate))\s*(?:no\.?|number)?"
    r"\s*[:#(]?\s*"
    r"(?P<plate>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,4})\b",
    re.IGNORECASE)
# Before "plate" alone: it is the vehicle's ("the Civic, plate ...", "a van with plate").
_BARE_PLATE_BEFORE = re.compile(r"(?:[,(:]|\b(?:with|its|the|her|his|their|on))\s*$")
# An inbox, or a web address with a scheme, "www." or a path ("trust.scot/contact").
_PUBLISHED_ROUTE = re.compile(
    r"[\w.+-]@(?P<domain>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})"
    r"|(?:https?://|www\.)[^\s]|\b(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/[^\s]")
# What the learned signal needs to see someone (learned_may_raise).
_HANDLE_OR_CODE = re.compile(r"(?<!\w)@\w|\d{4}|[A-Z]\d{3}|\d{3}[A-Z]")
_FAMILY_BY_NAME = re.compile(r"\b[Tt]he " + _NAME_TOKEN + r" family\b")
_NAME_RUN = re.compile(r"(?<![\w@#/.])" + _NAME_TOKEN + r"(?:['’]s)?(?:[ -]+" + _NAME_TOKEN
                       + r"(?:['’]s)?)*\b(?![\w'’])")
_NAME_SPLIT = re.compile(r"[ -]+")
_MID_SENTENCE = ",;(&'’–—-"
_NAME_POSSESSIVE = re.compile(r"['’]s\b")
_OWNER_REACH = 30
_FOLLOWING_SENTENCES = 2
_FRAGMENT_WORDS = 3
_FUNCTION_WORDS = frozenset(
    ("who", "whose", "was", "is", "has", "had", "from", "in", "at", "on", "and", "with", "of",
     "to", "for"))
# "The 15-year-old hurt ...": past participles that do not end in -ed.
_IRREGULAR_PARTICIPLES = frozenset(
    ("hurt", "hit", "shot", "found", "held", "seen", "known", "taken", "left", "struck",
     "caught", "cut", "bitten", "beaten", "thrown", "stolen", "run", "hid", "hidden"))
_SIN_LABEL = re.compile(r"\bsin\b|social insurance")
_SSN_LABEL = re.compile(r"ssn|social security")
_PUBLICATION_VALUE = re.compile(r"(?:19|20)\d\d(?:/\d{1,4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_SENTENCE_REACH = 300
_DOB_BEFORE = 20  # "date of birth": the label starts before its birth word
_DOB_AFTER = 40
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
_MEMO_SIZE = 512
_SENTENCE_MARGIN = 64
# Up to this length a post's sensitive terms are found in one pass and shared.
_READ_WHOLE_POST = 600
# After this many questions about one post, its sentences are split once instead.
_LOCAL_SENTENCE_CALLS = 12
# "[.!?](\s+)|\n+", led by one character class so that the engine skips to candidates.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])(\s+)|(?<=\n)\n*)")
# _SENTENCE_END one ending character at a time, each led by its literal so that the
# regex engine skips to it instead of testing every character against the class;
# group 1 is the separator in each.
_SENTENCE_ENDERS = (
    (".", re.compile(r"\.(\s+)")), ("!", re.compile(r"!(\s+)")), ("?", re.compile(r"\?(\s+)")),
    ("\n", re.compile(r"(\n+)")))
_ABBREVIATION_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|St|Sgt|SSgt|Cpl|Pte|Prof|Rev|Hon|No|Ret|Cllr|Sen|Rep|Gov|Jr|Sr"
    r"|[A-Z])\.$")


def _alternation(phrases: list[str]) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


def _case_sensitive_alternation(phrases: list[str]) -> str:
    """Phrases matched ignoring case, except short all-caps ones ("NI", "MS", "EI"),
    which are ordinary words in lower case."""
    upper = [p for p in phrases if p.isupper() and len(p) <= 4]
    other = [p for p in phrases if p not in upper]
    parts = []
    if other:
        parts.append("(?i:" + _alternation(other) + ")")
    if upper:
        parts.append(_alternation(upper))
    return "|".join(parts)


def _string_list(config: Mapping[str, Any], key: str) -> list[str]:
    value = config.get(key, DEFAULTS[key])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"'{key}' must be a list of non-empty phrases.")
    return value


def _positive_int(config: Mapping[str, Any], key: str) -> int:
    value = config.get(key, DEFAULTS[key])
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"'{key}' must be a positive whole number.")
    return value


def _lower_pattern(phrase: str) -> str:
    """A phrase pattern lower-cased for reading lower-cased text; escapes (\\D, \\S)
    keep their case."""
    out, escaped = [], False
    for char in phrase:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


class _Words:
    """Phrases matched as whole words, as `(?<![\\w])(?:...)(?![\\w])` would, but led
    by the phrases themselves so that the regex engine can skip to where one could
    start (and without the slow ignore-case matching): phrases in any case are
    lower-cased and read in the lower-cased text, and the boundary before a match is
    checked on the match. With caps_as_written, short all-caps phrases ("MS", "EI")
    are read as written, since in lower case they are ordinary words."""

    def __init__(self, phrases: list[str], ignore_case: bool = True,
                 caps_as_written: bool = False) -> None:
        caps = [p for p in phrases if caps_as_written and p.isupper() and len(p) <= 4]
        rest = [p for p in phrases if p not in caps]
        self.ignore_case = ignore_case
        if ignore_case:
            rest = [_lower_pattern(p) for p in rest]
        # A pattern that starts with a class or a group ("\\d{1,3} years old") would keep
        # the engine from skipping ahead to the letters the others start with, so those
        # are looked for separately.
        rest = [d for p in rest for d in _distribute(p)]
        led = [p for p in rest if _spellings(p) is not None or _literal_led(p)]
        other = [p for p in rest if p not in led]
        self.rest = re.compile("(?:" + _trie(led) + r")(?![\w])") if led else None
        # Each on its own: together they would give the engine no first character.
        self.other = [re.compile("(?:" + p + r")(?![\w])")
                      for p in sorted(other, key=len, reverse=True)]
        self.caps = re.compile("(?:" + _alternation(caps) + r")(?![\w])") if caps else None

    @staticmethod
    def _first(pattern: re.Pattern[str], text: str, pos: int, endpos: int):
        return _search_word(pattern, text, pos, endpos)

    def search(self, text: str, lower: str | None = None, pos: int = 0,
               endpos: int | None = None) -> re.Match[str] | None:
        """The first whole-word phrase in text[pos:endpos]; lower is text lower-cased
        (same length), made here when not given."""
        endpos = len(text) if endpos is None else endpos
        found = None
        if self.rest or self.other:
            if self.ignore_case and lower is None:
                lower = text.lower()
                lower = lower if len(lower) == len(text) else fold(text)
            source = lower if self.ignore_case else text
            if self.rest:
                found = self._first(self.rest, source, pos, endpos)
            for pattern in self.other:
                other = self._first(pattern, source, pos, endpos)
                if other and (found is None or other.start() < found.start()):
                    found = other
        if self.caps:
            caps = self._first(self.caps, text, pos, endpos)
            if caps and (found is None or caps.start() < found.start()):
                found = caps
        return found

    def finditer(self, text: str, lower: str | None, pos: int, endpos: int):
        """The matches in order, without overlaps, as one pattern's finditer gives them.
        Each pattern's next match is kept until a match before it is given out."""
        if self.ignore_case and lower is None:
            lower = text.lower()
            lower = lower if len(lower) == len(text) else fold(text)
        source = lower if self.ignore_case else text
        sources = [(pattern, s) for pattern, s in (
            (self.rest, source), *((o, source) for o in self.other), (self.caps, text))
            if pattern]
        upcoming = [self._first(pattern, s, pos, endpos) for pattern, s in sources]
        while True:
            m = None
            for candidate in upcoming:
                if candidate and (m is None or candidate.start() < m.start()):
                    m = candidate
            if m is None:
                return
            yield m
            pos = max(m.end(), m.start() + 1)
            for i, candidate in enumerate(upcoming):
                if candidate and candidate.start() < pos:
                    upcoming[i] = self._first(sources[i][0], sources[i][1], pos, endpos)


class _EveryWord(frozenset):
    """Contains every word: a street may start with any (a pattern we cannot read)."""

    def __contains__(self, _word: object) -> bool:
        return True


_EVERY_WORD = _EveryWord()


_ANYWHERE = re.compile("")  # a gate that always opens


def _gate(phrases: list[str]) -> re.Pattern[str]:
    """A pattern that finds every phrase as a whole word in lower-cased text (with
    _search_word), and perhaps more, never less; one that always matches when a
    phrase is not in the simple subset _spellings reads."""
    spelt = [_spellings(_lower_pattern(p)) for p in phrases]
    if not phrases or not all(spelt):
        return _ANYWHERE
    texts = [t.lower() for spellings in spelt for t in spellings]
    if not all(_WORD_CHAR.match(t) and _WORD_CHAR.match(t[-1]) for t in texts):
        return _ANYWHERE  # "\\b" around a phrase that starts or ends with a sign differs
    return re.compile("(?:" + _trie(texts) + r")(?![\w])")


def _distribute(pattern: str) -> list[str]:
    """A pattern that opens with a group of plain alternatives, as one pattern per
    alternative ("(?:her|his) number" -> "her number", "his number"), so that each
    starts with a letter the regex engine can skip to; any other pattern as it is."""
    if not pattern.startswith("(?:"):
        return [pattern]
    depth, i, cuts, in_class = 0, 0, [], False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                break
        elif char == "|" and depth == 1:
            cuts.append(i)
        i += 1
    else:
        return [pattern]
    rest = pattern[i + 1:]
    if rest[:1] in ("?", "*", "+", "{"):
        return [pattern]
    bounds = [2, *cuts, i]
    alternatives = [pattern[a + 1:b] for a, b in pairwise(bounds)]
    if not all(_literal_led(a) for a in alternatives):
        return [pattern]
    return [a + rest for a in alternatives]


def _label_at_end(pattern: re.Pattern[str], gate: re.Pattern[str], before: str,
                  lower: str) -> re.Match[str] | None:
    """pattern.search(before) for a label pattern (an optional acronym, a label, a tail
    to the end), tried only where the gate finds a label word and just before it, in
    order, instead of at every place: the same first match."""
    if gate is _ANYWHERE:
        return pattern.search(before)
    pos = 0
    while True:
        hit = _search_word(gate, lower, pos, len(lower))
        if not hit:
            return None
        at = hit.start()
        acronym = _ACRONYM_BEFORE.search(before, max(0, at - 5), at)
        if acronym:
            m = pattern.match(before, acronym.start())
            if m:
                return m
        m = pattern.match(before, at)
        if m:
            return m
        pos = at + 1


def _literal_led(pattern: str) -> bool:
    """True when a pattern starts with a plain character ("smuggl\\w*")."""
    return bool(pattern) and pattern[0] not in "\\[(.^$|?*+{" and (
        pattern[1:2] not in ("?", "*", "{"))


def _words(phrases: list[str], ignore_case: bool = True) -> _Words | None:
    return _Words(phrases, ignore_case) if phrases else None


_MAX_SPELLINGS = 32


def _spellings(phrase: str) -> list[str] | None:
    """Every text a phrase written in a small regex subset can match ("tumou?r" ->
    tumour, tumor; "mental[- ]health" -> two; "(?:weeks|months)"), or None when it uses
    anything else (\\d, *, +, ranges) or spells more than _MAX_SPELLINGS texts."""
    pos = 0

    def alternatives() -> list[str] | None:
        nonlocal pos
        options = sequence()
        while options is not None and pos < len(phrase) and phrase[pos] == "|":
            pos += 1
            more = sequence()
            options = None if more is None else options + more
        return options

    def sequence() -> list[str] | None:
        nonlocal pos
        texts = [""]
        while pos < len(phrase) and phrase[pos] not in "|)":
            atom = single()
            if atom is None:
                return None
            if pos < len(phrase) and phrase[pos] == "?":
                pos += 1
                atom = [*atom, ""]
            texts = [t + a for t in texts for a in atom]
            if len(texts) > _MAX_SPELLINGS:
                return None
        return texts

    def single() -> list[str] | None:
        nonlocal pos
        char = phrase[pos]
        pos += 1
        if char == "\\":
            if pos >= len(phrase) or phrase[pos].isalnum():
                return None  # \\d, \\w, \\b: not a literal
            pos += 1
            return [phrase[pos - 1]]
        if char == "[":
            end = phrase.find("]", pos)
            chars = phrase[pos:end] if end > pos else ""
            if not chars or "\\" in chars or "^" in chars or re.search(r".-.", chars):
                return None
            pos = end + 1
            return list(dict.fromkeys(chars))
        if char == "(":
            if not phrase.startswith("?:", pos):
                return None
            pos += 2
            inner = alternatives()
            if inner is None or pos >= len(phrase) or phrase[pos] != ")":
                return None
            pos += 1
            return inner
        if char in ".*+{}^$)|?":
            return None
        return [char]

    texts = alternatives()
    if texts is None or pos != len(phrase) or len(texts) > _MAX_SPELLINGS:
        return None
    return list(dict.fromkeys(texts))


def _trie_pattern(phrases: list[str], after_space: bool = False) -> re.Pattern[str] | None:
    """Lower-case phrases as one whole-word pattern shaped like a trie (see _trie)."""
    if not phrases:
        return None
    return re.compile((" " if after_space else "") + "(?:" + _trie(phrases) + r")(?![\w])")


def _trie(phrases: list[str]) -> str:
    """Phrases as one alternation shaped like a trie, so that each position of the text
    costs one character test rather than one test per phrase; at a position the
    longest phrase wins, as with an alternation sorted longest first. Phrases in a
    small regex subset ("tumou?r", "mental[- ]health") go in as each of their
    spellings; other patterns are tried after the trie, longest first."""
    tree: dict[str, dict] = {}
    patterns = []
    for pattern in phrases:
        spellings = _spellings(pattern)
        if spellings is None:
            patterns.append(pattern)
            continue
        for phrase in spellings:
            node = tree
            for char in phrase:
                node = node.setdefault(char, {})
            node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    # The root's branches stand at the top level, each led by its letter, so that the
    # regex engine can skip to the places one of those letters appears.
    root = [re.escape(c) + build(child) for c, child in sorted(tree.items()) if c]
    return "|".join(root + sorted(patterns, key=len, reverse=True))


class _PhraseSet:
    """Lower-case phrases, plain ones in a set and the rest as one pattern, to tell
    which list a word found by the shared trie came from."""

    def __init__(self, phrases) -> None:
        phrases = list(phrases)
        spelt = {p: _spellings(p) for p in phrases}
        self.plain = frozenset(t for p in phrases for t in spelt[p] or ())
        patterns = [p for p in phrases if spelt[p] is None]
        self.pattern = re.compile(_alternation(patterns)) if patterns else None

    def __contains__(self, phrase: str) -> bool:
        return phrase in self.plain or bool(self.pattern and self.pattern.fullmatch(phrase))


def _email_local_start(text: str, at: int) -> int:
    """Where the local part before the "@" at `at` starts: the longest run of up to 64
    word characters, dots, pluses and hyphens that starts with a letter or digit
    (-1 if there is none). A backward walk, not a search from each of 64 places."""
    start, low = at, max(0, at - 64)
    while start > low and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
        start -= 1
    while start < at and text[start] not in _EMAIL_LOCAL_FIRST:
        start += 1
    return start if start < at else -1


def _thing_signed_off(text: str, lower: str, floor: int, start: int) -> bool:
    """True when "signed off" at start is said of a thing ("the funding's been signed
    off", "this budget was signed off"): approved, where a person is signed off sick.
    Only "signed off": "the patient was diagnosed with" is still a person's."""
    at = start + 5 if lower.startswith("been ", start) else start
    return lower.startswith("signed off", at) and not lower.startswith(
        (" sick", " work", " with"), at + 10) and bool(_THING_SUBJECT_BEFORE.search(
            text, max(floor, start - 40), start))


def _word_starts_at(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


_LIVES_WORDS = ["lives", "living", "resides", "residing", "moved"]
_YEAR_WORDS = ["year", "yr", "grade", "primary"]
# "the Pattersons on ...": a plural name before a place word, worth reading for families.
_FAMILY_THEN_PLACE = re.compile(
    r"he [A-Z][a-z]+s['’]? (?:on|of|at|in|up|off|down|near) [A-Z]")
_STAFF_AFTER_YEAR = re.compile(
    r"\s+(?:teachers?|lead|leads|leader|tutor|head|coordinator|co-ordinator|team|staff"
    r"|assistant|TA|SENCO|manager|class teacher)\b")
_PPS_SHAPE = re.compile(r"\d{7}[A-W][A-IW]?")
_PPS_LABEL = re.compile(r"\bpps(?:n|\s+(?:no|number))?\b|personal public service")
_PPS_LABEL_BEFORE = re.compile(r"(?:\bpps(?:n|\s+(?:no|number))?|personal public service"
                               r"(?:\s+number)?)\W{0,3}$")


def pps_number_is_valid(value: str) -> bool:
    """The Irish PPS number check letter: the digits weighted 8 to 2, a second letter
    weighted 9 (A=1 ... W=0), modulo 23, spelt W, A, B, ... V."""
    if not _PPS_SHAPE.fullmatch(value):
        return False
    total = sum(int(d) * (8 - i) for i, d in enumerate(value[:7]))
    if len(value) == 9:
        total += 9 * (0 if value[8] == "W" else ord(value[8]) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == value[7]


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number modulus-11 check."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _load_phone_metadata(regions: list[str]) -> None:
    """Have the phone library load its metadata for the regions (and the regions
    sharing their country codes) now, once, rather than while checking a post."""
    for region in regions:
        formatted = phonenumbers.format_number(
            phonenumbers.example_number(region), phonenumbers.PhoneNumberFormat.NATIONAL)
        for _ in PhoneNumberMatcher(formatted, region, leniency=Leniency.POSSIBLE):
            pass
        # Telling a number's type reads the patterns of every region that shares its
        # country code (Canada's under +1): have them read now.
        code = phonenumbers.country_code_for_region(region)
        for sharing in phonenumbers.region_codes_for_country_code(code):
            for example in (phonenumbers.example_number(sharing),
                            phonenumbers.invalid_example_number(sharing)):
                if example is not None:
                    phonenumbers.number_type(example)


def _national_digits(digits: str, number) -> str:
    """The number as dialled at home, with its trunk 0 where the country uses one."""
    national = str(number.national_number)
    if number.country_code in (44, 61, 64) or digits.startswith("0"):
        return "0" + national
    return national


def _sentence_bounds(text: str, enders: list[re.Pattern[str]]) -> list[tuple[int, int]]:
    """Sentence spans, as text.sentences splits them, not broken after a title or
    initial ("Mr. Tyrone Jackson"); enders as for _separators."""
    merged: list[tuple[int, int]] = []
    start = 0
    for sep_start, sep_end in [*_separators(text, 0, len(text), enders),
                               (len(text), len(text))]:
        if sep_start > start:
            if merged and text[merged[-1][1] - 1] == "." and _ABBREVIATION_END.search(
                    text, max(0, merged[-1][1] - 6), merged[-1][1]):
                merged[-1] = (merged[-1][0], sep_start)
            else:
                merged.append((start, sep_start))
        start = sep_end
    return merged or [(0, len(text))]


def _sentence_enders(text: str) -> list[re.Pattern[str]]:
    """The patterns of _SENTENCE_ENDERS whose character the text holds."""
    return [pattern for char, pattern in _SENTENCE_ENDERS if char in text]


def _separators(text: str, lo: int, hi: int,
                enders: list[re.Pattern[str]]) -> list[tuple[int, int]]:
    """(start, end) of the whitespace that ends each sentence in text[lo:hi], as
    _SENTENCE_END.finditer gives them; enders is _sentence_enders(text).

    Each ending character's matches are found on their own and merged in order. A
    match that starts inside an earlier one is dropped, as finditer would never
    reach it: only newlines can, inside the whitespace after a full stop, and they
    end there too."""
    if len(enders) == 1:
        return [sep.span(1) for sep in enders[0].finditer(text, lo, hi)]
    separators, last_end = [], lo
    for sep in sorted((sep for pattern in enders for sep in pattern.finditer(text, lo, hi)),
                      key=re.Match.start):
        if sep.start() >= last_end:
            separators.append(sep.span(1))
            last_end = sep.end()
    return separators


def _word_list(words: str) -> re.Pattern[str]:
    """Words in any of their listed forms, led by their letters (search them with
    _search_word, which checks the boundary before)."""
    return re.compile("(?:" + _trie(words.split()) + r")\b")


_FIRST_PERSON = _word_list("I I'm I’m I've I’ve me my")
_I_SUBJECT = _word_list("I I'm I’m I've I’ve I'd I’d")
_PRONOUN = _word_list("he she they his her him their them He She They His Her Him Their Them")
_GROUP_LINK_ENDS = (" with", " from", " have", " had", " by")
_ARTICLE_AT_END = re.compile(r"\b(?:the|our|a|an|this|their|its)$")
_HE_OR_SHE = _word_list("he she his her him he's she's He She His Her Him")
_LINK_TO_NAME = _word_list("he she his her him He She His Her Him who whose who's who’s")


def _search_word(pattern: re.Pattern[str], text: str, pos: int, endpos: int):
    """pattern's first match in text[pos:endpos] that starts a word."""
    while True:
        m = pattern.search(text, pos, endpos)
        if not m or not m.start() or not _WORD_CHAR.match(text, m.start() - 1):
            return m
        pos = m.start() + 1


# Every byte below 0x80: deleted from UTF-8, they leave the other characters whole.
_ASCII_BYTES = bytes(range(128))
# UTF-8 continuation bytes: deleted, they leave one byte per character.
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
# Each byte of a character made "0" for an ASCII digit and "." for anything else.
_DIGIT_MASK = bytes(b"0"[0] if chr(b).isdigit() and b < 0x80 else b"."[0] for b in range(256))


def _lower(text: str, raw: bytes) -> str:
    """text.lower(), or fold(text) where lower-casing would change the length; raw is
    text in UTF-8 (surrogates passed through).

    str.lower reads every character of a non-ASCII string through the Unicode tables,
    which costs more than the rest of reading a long post. When the non-ASCII
    characters have no lower case of their own (curly quotes, dashes, "é"), only the
    ASCII letters change, and lower-casing the UTF-8 bytes, which leaves every byte
    of a multi-byte character alone, gives the same text several times faster."""
    if not text.isascii():
        others = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        if others.lower() == others:
            return raw.lower().decode("utf-8", "surrogatepass")
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else fold(text)


def _number_runs(text: str, raw: bytes) -> tuple[list[re.Match[str]], bool]:
    """_NUMBER_RUN.finditer(text) as a list, and whether a run is four characters or
    longer; raw is text in UTF-8.

    Each run starts at an ASCII digit. The regex engine's search would test every
    character for one through a function call; instead the text is mapped, one byte
    per character, to "0" for a digit and "." for anything else, and bytes.find skips
    to each next digit at memchr speed."""
    digits = raw.translate(_DIGIT_MASK, _CONTINUATION_BYTES)
    runs = []
    long_run = False
    at = digits.find(b"0")
    while at >= 0:
        run = _NUMBER_RUN.match(text, at)
        runs.append(run)
        end = run.end()
        if end - at >= 4:
            long_run = True
        at = digits.find(b"0", end)
    return runs, long_run


class _Post:
    """One post being checked: its text, lower-cased copy, sentences and findings."""

    def __init__(self, post: Post) -> None:
        self.post = post
        self.text = text = post.text
        self.utf8 = text.encode("utf-8", "surrogatepass")
        self.lower = _lower(text, self.utf8)
        # Whitespace and "(" made plain spaces and one space in front, so that every word
        # follows a space (offsets are one more than in text).
        self.spaced = " " + self.lower.replace("\n", " ").replace("\t", " ").replace(
            "\r", " ").replace("(", " ")
        self.findings: list[Finding] = []
        self._claimed: set[int] = set()
        self.names_someone: bool | None = None
        self._runs: list[re.Match[str]] | None = None
        self.long_run = False
        self._digit_starts: list[int] | None = None
        self._cues: list[tuple[int, int, str]] | None = None
        # The kinds among the cues, so that a step with none of its kinds is skipped.
        self.cue_kinds: set[str] = set()
        self.people: list[tuple[int, int, str]] | None = None
        self.prose_terms: list[tuple[int, int, str, bool]] | None = None
        self.topical: dict[int, bool] = {}
        self.sensitive: list[tuple[int, int, str]] | None = None
        self.number_words: tuple[list[int], list[tuple]] | None = None
        self._separators: list[tuple[int, int]] | None = None
        self._enders: list[re.Pattern[str]] | None = None
        self._sentence_calls = 0
        self._bounds: list[tuple[int, int]] | None = None
        self._starts: list[int] = []

    def number_runs(self) -> list[re.Match[str]]:
        if self._runs is None:
            self._runs, self.long_run = _number_runs(self.text, self.utf8)
        return self._runs

    def cues(self, check: Check) -> list[tuple[int, int, str]]:
        """(start, end, kind) of the words that lead to a person: role nouns, ranks,
        health verbs, possessive pronouns, conditions, passives and birth labels, from
        one pass of the check's trie over p.spaced."""
        if self._cues is None:
            cues = []
            # A long post is read for the person cues only: the sensitive terms, and the
            # words that lead to children, homes and streets, would cost a fifth more;
            # there the cues that are themselves health or legal details (conditions,
            # health verbs, passives) stand in for the terms.
            trie = check.cue_word if len(self.text) <= _READ_WHOLE_POST else (
                check.cue_word_long)
            terms = []
            if trie:
                kinds, spaced, lower, text = check.cue_kinds, self.spaced, self.lower, self.text
                prose, add = check.prose_family, self.cue_kinds.add
                for m in trie.finditer(spaced):
                    start, end = m.span()
                    word = spaced[start + 1:end]
                    kind = kinds.get(word)
                    if kind is None:
                        kind = check.cue_kind_of_pattern(word)
                    end -= 1
                    cues.append((start, end, kind))
                    add(kind)
                    # The sensitive terms among them, for private people named in prose;
                    # "her" + " health" from the possessive cue.
                    family = prose.get(word)
                    if kind == "lead" and lower.startswith(" health", end) and (
                            end + 7 == len(lower) or not lower[end + 7].isalnum()):
                        end, family = end + 7, "health"
                    if family is not None and not (word in check.prose_caps
                                                   and not text[start:end].isupper()):
                        terms.append((start, end, family, word in check.topic_prone
                                      or text[start:end] in check.topic_prone))
            self.prose_terms = terms
            self._cues = cues
        return self._cues

    def digit_starts(self) -> list[int]:
        """Where a number starts a word: the places an address or an age can start."""
        if self._digit_starts is None:
            text, starts = self.text, []
            for run in self.number_runs():
                start = run.start()
                if run.group().isdigit():  # one plain number: it starts where the run does
                    if not start or not text[start - 1].isalnum():
                        starts.append(start)
                    continue
                for digit in _NUMBER_START.finditer(text, start, run.end()):
                    if _word_starts_at(text, digit.start()):
                        starts.append(digit.start())
            self._digit_starts = starts
        return self._digit_starts

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around pos, cut to _SENTENCE_REACH characters either side so
        that work per signal stays bounded in text without full stops.

        Only the separators near pos are read, so that a long post costs no more than
        a short one; a whitespace run wider than the margin is the only place this can
        differ from splitting the whole text."""
        text, n = self.text, len(self.text)
        # A short post is one window whatever pos is: split it once.
        if (self._bounds is not None or n <= _SENTENCE_REACH + _SENTENCE_MARGIN
                or self._sentence_calls >= _LOCAL_SENTENCE_CALLS):
            return self._sentence_from_bounds(pos)
        self._sentence_calls += 1
        lo = max(0, pos - _SENTENCE_REACH - _SENTENCE_MARGIN)
        hi = min(n, pos + _SENTENCE_REACH + _SENTENCE_MARGIN)
        if lo == 0 and hi == n:
            # The window is the whole post: its separators are read once.
            if self._separators is None:
                self._separators = _separators(text, 0, n, self.enders())
            separators = self._separators
        else:
            separators = _separators(text, lo, hi, self.enders())
        start = lo
        for sep_start, sep_end in separators:
            if sep_start <= start:
                start = sep_end  # whitespace before the first sentence
                continue
            if sep_end < n and text[sep_start - 1] == "." and _ABBREVIATION_END.search(
                    text, max(0, sep_start - 6), sep_start):
                continue  # "Mr. Jackson": the sentence goes on
            if pos < sep_start:
                break
            if pos < sep_end:
                return pos, min(n, pos + 1)
            start = sep_end
        else:
            sep_start = hi
        if pos < start:
            return pos, min(n, pos + 1)
        return max(start, pos - _SENTENCE_REACH), min(sep_start, pos + _SENTENCE_REACH)

    def enders(self) -> list[re.Pattern[str]]:
        if self._enders is None:
            self._enders = _sentence_enders(self.text)
        return self._enders

    def _sentence_from_bounds(self, pos: int) -> tuple[int, int]:
        """The same answer from every sentence of the post, split once: cheaper than
        reading around each place when a long post asks many times."""
        if self._bounds is None:
            self._bounds = _sentence_bounds(self.text, self.enders())
            self._starts = [b[0] for b in self._bounds]
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self._bounds[i][0] <= pos < self._bounds[i][1]:
            start, end = self._bounds[i]
            return max(start, pos - _SENTENCE_REACH), min(end, pos + _SENTENCE_REACH)
        return pos, min(len(self.text), pos + 1)

    def taken(self, start: int, end: int) -> bool:
        return not self._claimed.isdisjoint(range(start, end))

    def add(self, start: int, end: int, message: str) -> None:
        # The first signal to claim some words keeps them: one finding per identifier.
        if not self.taken(start, end):
            self._claimed.update(range(start, end))
            self.findings.append(finding(self.text, start, end, message))


class Check:
    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None:
        self.regions = _string_list(config, "phone_regions")
        bad = [r for r in self.regions if r not in phonenumbers.SUPPORTED_REGIONS]
        if bad:
            raise ValueError(f"'phone_regions' has unknown region codes: {', '.join(bad)}.")
        self.min_digits = _positive_int(config, "phone_min_digits")
        self._numbers_seen: dict[str, Any] = {}
        self._number_types: dict[tuple[int, int], Any] = {}
        _load_phone_metadata(self.regions)
        self.max_digits = _positive_int(config, "phone_max_digits")
        if self.min_digits > self.max_digits:
            raise ValueError("'phone_min_digits' must not be more than 'phone_max_digits'.")
        self.cue_window = _positive_int(config, "cue_window")
        self.this_year = datetime.datetime.now(datetime.UTC).year
        self.max_age = _positive_int(config, "max_age")
        self.example_tags = tuple(t.lower() for t in _string_list(config, "example_tags"))
        # Most tags contain "example": one scan for it stands in for theirs.
        self.example_gates = tuple(dict.fromkeys(
            "example" if "example" in t else t for t in self.example_tags))
        bad_prefixes = _string_list(config, "ni_invalid_prefixes")
        if not all(re.fullmatch(r"[A-Z]{2}", b) for b in bad_prefixes):
            raise ValueError("'ni_invalid_prefixes' must be pairs of capital letters.")
        self.service_prefixes = tuple(_string_list(config, "service_number_prefixes"))
        self.mobile_prefixes = tuple(_string_list(config, "mobile_prefixes"))
        self.official_domains = tuple(d.lower() for d in shared.get("official_domains", ()))
        self.personal_email_domains = frozenset(
            d.lower() for d in _string_list(config, "personal_email_domains"))
        self.role_inboxes = frozenset(n.lower() for n in _string_list(config, "role_inbox_names"))
        official = _string_list(config, "official_contact_cues")
        # Lower-case cues match in any case; cues with capitals ("call the [A-Z]...") as written.
        self.official_cue = _words([c for c in official if not c.islower()], False)
        self.official_cue_any_case = _words([c for c in official if c.islower()])
        self.personal_cue = _words(_string_list(config, "personal_contact_cues"))
        self.venue_cue = _words(_string_list(config, "venue_cues"))
        self.residential_cue = _words(_string_list(config, "residential_cues"))
        self.vehicle_cue = _words(_string_list(config, "vehicle_cues"))
        self.not_name = frozenset(_string_list(config, "not_name_words"))
        self.private_title_words = frozenset(
            t for t in _string_list(config, "private_titles") if t.isalpha())

        # "SSN ending 4471", "NAS no 123", "passeport n° HK48".
        label_tail = (r"\.?\s*(?:card\s*)?(?:no\b\.?|num\b\.?|number|#|n[°º]|numéro)?\s*"
                      r"(?:is\s+|was\s+|(?<=ending)\s+in\s+|ending(?:\s+in)?\s+|ends\s+in\s+"
                      r"|last\s+(?:4|four)(?:\s+digits)?(?:\s+of)?\s+)?(?:[:#–-]|\(\s*#?)?\s*$")
        id_labels = _string_list(config, "personal_id_labels")
        case_labels = _string_list(config, "case_labels")
        self.id_label_end = self._label_pattern(id_labels, label_tail)
        self.case_label_end = self._label_pattern(case_labels, label_tail)
        # Searching for a label ending at a number tries every place before it; a quick
        # look for any label word first (lower-cased, led by its letters) spares that
        # for most numbers.
        self.id_label_gate = _gate(id_labels)
        self.case_label_gate = _gate(case_labels)
        # National Insurance (valid prefixes only), Centrelink CRN and US SSN shapes.
        self.national_id = re.compile(
            r"(?:(?P<ni>" + (r"(?!" + "|".join(bad_prefixes) + r")" if bad_prefixes else "")
            + r"[A-CEGHJ-PR-TW-Z]"
            r"[A-CEGHJ-NPR-TW-Z](?P<sep> ?)\d\d(?P=sep)\d\d(?P=sep)\d\d(?P=sep)[A-D])"
            r"|(?P<crn>\d{3} ?\d{3} ?\d{3}[A-Z])"
            r"|(?P<ssn>(?!000|666|9\d\d)\d{3}(?P<ssep>[- ])(?!00)\d\d(?P=ssep)(?!0000)\d{4}))\b")
        birth_labels = _string_list(config, "birth_labels")
        self.date_of_birth = re.compile(
            r"(?:" + _alternation(birth_labels) + r")\s*[:\-–]?\s*(?P<value>" + _DATE + ")")
        self.phone_shape = re.compile(
            r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d(?:[\d.-]| (?=\d)){6,18}\d"
            r"(?![\w/:%£$€]|[.,]\d|-\d)")

        street_types = _string_list(config, "street_types")
        street_word = (r"(?:" + _NAME_TOKEN + r"|St\.?|Te|de|la|le|du|van|von|[NSEW]|[NS][EW]"
                       r"|\d{1,3}(?:st|nd|rd|th))")
        postcode = r"[A-Z]{1,2}\d[A-Z\d]?(?:\s?\d[A-Z]{2})?"
        town = r"(?:,\s*" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")?(?=[\s,.;)]|$))?"
        types_before = _string_list(config, "street_types_before_name")
        # Lower-case words a street line can start with after its number.
        spelt_types = [_spellings(t) for t in types_before]
        self.street_lead_words = frozenset(
            ["Te", "de", "la", "le", "du", "van", "von"]
            + [w for spellings in spelt_types for t in spellings or () for w in (
                t, t.rstrip("."))]) if all(spelt_types) else _EVERY_WORD
        # A numbered street line: "12 Mill Lane", "4812 Magoun Ave", "1200 rue Saint-Denis",
        # or any named street ("32 Kingsway") when a full postcode follows it.
        self.address = re.compile(
            r"\d\d{0,4}[A-Za-z]?,?\s+(?:"
            + (r"(?:" + _alternation(types_before) + r")\s+(?:(?:de\s+la|de\s+l['’]|du|des|de"
               r"|yr|y|na|an|d['’])\s*)?" + _NAME_TOKEN + r"(?:[\s-]+" + _NAME_TOKEN + r")?"
               + town + "|"
               if types_before else "")
            + (r"(?:" + street_word + r"\s+){1,3}(?:" + _alternation(street_types) + r")\b"
               + town + r"(?:,?\s+" + postcode + r"\b)?|" if street_types else "")
            + r"(?:" + street_word + r"\s+){0,2}" + _NAME_TOKEN + town
            + r",?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)")

        names = _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,2}"
        full_name = _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){1,2}"
        titles = _alternation(_string_list(config, "private_titles"))
        ranks = _string_list(config, "rank_titles")
        self.titled_name = re.compile(
            r"(?:" + titles + r")\.?\s+(?:and\s+(?:" + titles + r")\.?\s+)?"
            r"(?:[A-Z]\.\s?){0,3}(?P<name>" + names + ")") if titles else None
        self.ranked_name = re.compile(
            r"(?:" + _alternation(ranks) + r")\.?(?:\s*\(Ret(?:\.|d\.?|ired)?\))?\s+(?P<name>"
            + full_name + ")") if ranks else None
        status_nouns = _string_list(config, "status_role_nouns")
        role_nouns = status_nouns + _string_list(config, "case_role_nouns")
        self.status_nouns = frozenset(n.lower() for n in status_nouns)
        # Role nouns, ranks, possessives and health verbs are found in one pass over
        # p.spaced, as whole words after a space (a literal space lets the regex engine
        # skip fast); the name is then read from the original text after or before them.
        self.roles = _PhraseSet(n.lower() for n in role_nouns)
        self.ranks = _PhraseSet(r.lower() for r in ranks)
        self.rank_forms = frozenset(ranks)
        health_verbs = [v.lower() for v in _string_list(config, "personal_health_verbs")]
        self.health_verbs = _PhraseSet(health_verbs)
        # "claimant Sarah Whitlock", "Patient: Mr Alan Pearce", "bloke in Mackay, Jarrod
        # Pickett" (a place between the noun and the name).
        self.name_after_role = re.compile(
            r"[,:]?\s+(?:(?:in|from|near|at|of|on|out at)\s+" + _NAME_TOKEN + r"(?:\s+"
            + _NAME_TOKEN + r")?,\s+)?(?:(?:" + titles + r")\.?\s+)?(?P<name>" + full_name + ")")
        self.full_name = re.compile(full_name + r"\b")
        self.name_token = re.compile(_NAME_TOKEN + r"\b")
        # "Jim, 58, ...", "Mrs Doreen Fitch (87)", "Sam Ellery, aged 42".
        self.age_follows = re.compile(
            r"\s*(?:,|\)|\?|\s[–—-]\s|\s+(?:from|who|whose|has|is|was|and)\b)")
        self.name_before = re.compile(  # search with _search_word, for the \b before
            _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,2}(?=,?\s*$)")
        self.person_nouns = frozenset(n.lower() for n in _string_list(config, "person_nouns"))
        self.year_old = re.compile(r"\d{1,3}[- ]year[- ]old\b")

        public_titles = _string_list(config, "public_titles")
        # Led by the titles' first letters rather than \b, so that the engine tries only
        # the capitals; the word boundary is checked on the few matches.
        self.public_title_before = (re.compile(
            r"(?:" + _alternation(public_titles) + r")\.?\s+(?:" + _NAME_TOKEN + r"\s+)?$")
            if public_titles else None)
        self.public_title_words = frozenset(public_titles)
        public_roles = _string_list(config, "public_role_words")
        self.public_role_after = _words(public_roles)
        role_spellings = [_spellings(_lower_pattern(r)) for r in public_roles]
        self.public_role_words = frozenset(
            _WORD_RUN.match(t).group() for spellings in role_spellings for t in spellings or ()
        ) if all(role_spellings) and all(
            _WORD_RUN.match(t) for spellings in role_spellings for t in spellings) else None
        # "Our new Chief Executive, Mark Evans": the role said just before the name
        # ("family member" and "appointed" say nothing about an office there).
        roles_before = [_lower_pattern(r) for r in public_roles
                        if r.lower() not in ("member", "appointed", "appointment")]
        # Read backwards from the name: the window reversed, the roles spelt backwards,
        # so that one anchored match replaces a search from every place in the window.
        spelt = [_spellings(r) for r in roles_before]
        backwards = (r"(?:" + _trie([t[::-1] for spellings in spelt for t in spellings])
                     + r")(?![\w])") if roles_before and all(spelt) else None
        self.public_role_before = re.compile(r"\s*[,:]?\s*" + backwards) if backwards else None
        # "Director of Digital, Jo Bloggs"
        self.public_role_of_before = re.compile(
            r"\s*[,:]?\s*[\w\s]{1,30}?\s+fo\s+" + backwards) if backwards else None

        terms = config.get("sensitive_terms", DEFAULTS["sensitive_terms"])
        if not isinstance(terms, Mapping):
            raise ValueError("'sensitive_terms' must map a family name to a list of phrases.")
        self.sensitive: list[tuple[str, _Words]] = []
        for family, phrases in terms.items():
            if not isinstance(phrases, list) or not all(isinstance(p, str) and p for p in phrases):
                raise ValueError(f"'sensitive_terms' → '{family}' must be a list of phrases.")
            if phrases:
                self.sensitive.append((str(family), _Words(phrases, caps_as_written=True)))
        # All families in one pattern, so a sentence is read once; each match is then
        # told to its family by its spelling.
        every = [phrase for phrases in terms.values() for phrase in phrases]
        self.sensitive_any = _Words(every, caps_as_written=True) if every else None
        self.sensitive_family: dict[str, str] = {}
        for family, phrases in reversed(list(terms.items())):
            for phrase in phrases:
                caps = phrase.isupper() and len(phrase) <= 4
                for spelling in _spellings(phrase) or ():
                    self.sensitive_family[spelling if caps else spelling.lower()] = str(family)

        possessive = [p.lower() for p in _string_list(config, "possessive_personal_terms")]
        policy = [p.lower() for p in _string_list(config, "policy_nouns")]
        not_policy = r"(?!\s+(?:" + _alternation(policy) + r")\b)" if policy else ""
        # Both read the lower-cased text.
        self.possessive_detail = re.compile(
            r" (?:her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _alternation(possessive) + r")\b"
            + not_policy) if possessive else None
        case_words = _string_list(config, "case_words")
        statuses = _string_list(config, "case_statuses")
        # "your claim has been approved", "your refund of £642"; "your £310 tax bill":
        # an amount owned by the reader and told with its case word.
        def casework(statuses: list[str]) -> re.Pattern[str]:
            return re.compile(
                r"(?i:your)\s+(?:[£$€]\s?\d[\d,]*(?:\.\d\d)?k?\s+(?:[\w'’-]+\s+){0,2}?(?:"
                + _case_sensitive_alternation(case_words) + r")\b|(?:[\w'’-]+\s+){0,3}?(?:"
                + _case_sensitive_alternation(case_words)
                + r")\b[^.!?\n]{0,60}?(?:[£$€]\s?\d[\d,]*(?:\.\d\d)?|(?:\b(?:has|have|had|was"
                r"|were|is|are|isn['’]t|wasn['’]t|hasn['’]t|haven['’]t)|['’]s)\s+(?:now\s+"
                r"|just\s+|finally\s+|already\s+|not\s+)?(?:been\s+|being\s+)?(?i:"
                + _alternation(statuses) + r")\b))")

        self.casework_reply = casework(statuses) if case_words and statuses else None
        # In a reply to a handle, "your results are back", "...are normal" are that
        # person's own; in a post to everyone they are advice.
        reply_statuses = statuses + _string_list(config, "reply_case_statuses")
        self.casework_reply_to_handle = casework(reply_statuses) if (
            case_words and reply_statuses) else None
        # "I've checked your claim", "we have now processed your application".
        self.casework_action = re.compile(
            r"\b(?:I|[Ww]e)(?:['’]ve|\s+have)?\s+(?:now\s+|just\s+|already\s+)?(?:checked"
            r"|looked at|looked into|found|pulled up|can see|could see|approved|processed"
            r"|escalated|reviewed|updated|amended|corrected|cancelled|canceled|refunded"
            r"|reopened|closed|received)\s+(?i:your)\s+(?:[\w'’-]+\s+){0,2}?(?:"
            + _case_sensitive_alternation(case_words) + r")\b") if case_words else None
        self.possessive_leads = _PhraseSet(("her", "his", "their") if possessive else ())
        conditions = [c.lower() for c in _string_list(config, "personal_conditions")]
        self.conditions = _PhraseSet(conditions)
        passives = [c.lower() for c in _string_list(config, "personal_passives")]
        self.passives = _PhraseSet(passives)
        birth_words = [w.lower() for w in _string_list(config, "birth_words")]
        self.birth_words = _PhraseSet(birth_words)
        topics = [t.lower() for t in _string_list(config, "condition_topic_nouns")]
        self.condition_topic = re.compile(
            r"[\s-]+(?:" + _alternation(topics) + r")\b") if topics else None
        cue_words = ([n.lower() for n in role_nouns] + [r.lower() for r in ranks] + health_verbs
                     + list(self.possessive_leads.plain) + conditions + passives + birth_words)
        house_types = _string_list(config, "house_name_types")
        # "Mr Geoffrey Tamworth at Holly Farm, Stanton Drew": the house and its place.
        self.home_after_name = re.compile(
            r"(?:\s*\(\d{1,3}\))?,?\s+(?:of|at|from)\s+(?P<home>(?P<house>(?:" + _NAME_TOKEN
            + r"\s+){1,3})(?:" + _alternation(house_types) + r")\b(?:,\s*" + _NAME_TOKEN
            + r"(?:\s+" + _NAME_TOKEN + r")?(?=[\s,.;)]|$))?)") if house_types else None

        # -- private people named in prose, without a title --
        # "Raymond Tulley of Maldon –": a name placed by the town they live in.
        self.of_place = re.compile(
            r"\s+of\s+(?P<place>" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")?)"
            r"(?=\s*(?:[,.;:!?)]|[–—-]\s|$))")
        child_cues = [c.lower() for c in _string_list(config, "child_cues")]
        self.child_name = re.compile(r"\s+(?P<name>" + _NAME_TOKEN + r")\b(?!\s+[A-Z])")
        school_words = _string_list(config, "school_words")
        school = r"(?i:" + _alternation(school_words) + r")\b"
        self.school_place = re.compile(
            r"\b(?:at|from|in|of|to)\s+(?:the\s+)?(?:St\.?\s+" + _NAME_TOKEN + r"['’]s\b|(?:(?:"
            + _NAME_TOKEN + r"|St\.?|['’]s)\s+){1,4}" + school + r")") if school_words else None
        units = [u.lower() for u in _string_list(config, "colleague_units")]
        nouns = [n.lower() for n in _string_list(config, "colleague_nouns")]
        functions = _string_list(config, "colleague_functions")
        # Read in the original text: "Dev from IT", never "put it in it".
        self.colleague_after = re.compile(
            r" (?:(?:in|on|from) (?i:my|our|the) (?:[\w-]+ ){0,2}?(?i:" + _alternation(units)
            + r")|(?:in|from) (?:" + _case_sensitive_alternation(functions) + r"))\b"
        ) if units or functions else None
        self.month_names = frozenset(_string_list(config, "month_given_names"))
        # "our amazing ward clerk Losa": up to two words before the noun.
        self.colleague_before_end = re.compile(
            r"\b(?:my|our) (?:[\w-]+ ){0,2}?(?:" + _alternation(nouns) + r")s?,? $"
        ) if nouns else None
        self.colleague_last_words = frozenset(n.split()[-1].rstrip("s") for n in nouns)
        relations = [n.lower() for n in _string_list(config, "relation_nouns")]
        self.relation_before_end = re.compile(
            r"\b(?:my|your|her|his|their|our|a|the) (?:" + _alternation(relations)
            + r")(?:['’]s)?,? $") if relations else None
        self.relation_last_words = frozenset(relations)
        dwelling_labels = _string_list(config, "dwelling_labels")
        buildings = _string_list(config, "dwelling_buildings")
        self.dwelling_gates = tuple(dwelling_labels)
        self.dwelling = re.compile(
            r"\b(?:" + _alternation(dwelling_labels) + r")\.?\s+\d{1,4}[A-Z]?,?\s+"
            r"(?:(?:at|in|of)\s+)?(?P<name>(?:" + _NAME_TOKEN + r"\s+){1,3})(?:"
            + _alternation(buildings) + r")\b") if dwelling_labels and buildings else None
        # "a young lad called Reece", "a 19-year-old from Gateshead called Shannon": a
        # private person introduced by their first name.
        introduced = sorted({n.lower() for n in _string_list(config, "person_nouns")
                             + _string_list(config, "case_role_nouns")
                             + _string_list(config, "status_role_nouns") + relations}
                            | {"lad", "lass", "gent", "kid", "youngster", r"\d{1,3}[- ]year[- ]old",
                               r"\d{1,3}yo"}, key=len, reverse=True)
        # "a mum of three", "a young lad": a private person brought in by a noun.
        self.person_introduced = re.compile(
            r"\b(?i:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?i:" + "|".join(introduced) + r")\b"
        ) if introduced else None
        self.called_person = re.compile(
            r"\b(?i:a|an|one)\s+(?:[\w'’-]+\s+){0,4}?(?i:" + "|".join(introduced)
            + r")(?:\s+(?:from|in|of)\s+" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN
            + r")?)?,?\s+(?:called|named)\s+(?P<name>" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN
            + r")?)\b") if introduced else None
        # "Ray from Hexham", "Doreen Halloran from Harehills": a person placed by the town
        # they come from, the place ending the phrase.
        self.from_place = re.compile(
            r"\s+from\s+(?P<place>" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")?)"
            r"(?=\s*(?:[,.;:!?)]|[–—-]\s|$)|\s+(?:who|whose|was|is|has|had)\b)")
        self.colleague_families = frozenset(_string_list(config, "colleague_families"))
        leads = [_lower_pattern(w) for w in _string_list(config, "topic_lead_words")]
        self.topic_lead = re.compile(
            r"(?:" + _trie([w[::-1] for w in leads]) + r")\b") if leads and all(
                _spellings(w) for w in leads) else None
        groups = [g.lower() for g in _string_list(config, "group_nouns")]
        self.group_with = re.compile(
            r"(?:" + _alternation(groups) + r")\s+(?:[\w-]+\s+)?(?:with|from|who have|who"
            r" had|affected by|living with|diagnosed with)\s+$") if groups else None
        self.topic_prone = frozenset(
            t if t.isupper() and len(t) <= 4 else t.lower()
            for t in _string_list(config, "topic_prone_terms"))
        street_after = (r"\s+(?:on|of|at|in|up|off|down|near)\s+(?P<street>(?:" + _NAME_TOKEN
                        + r"\s+){1,2}(?:" + _alternation(street_types) + r")\b\.?)")
        # "the Okafors on Wharton St": a family's street.
        self.street_after = re.compile(street_after) if street_types else None
        # "Daniel Okoro, lives up Broad Lane": a named person's street.
        self.lives_on = re.compile(
            r",?\s+(?:who\s+)?(?:lives|living|resides|residing|moved)" + street_after
        ) if street_types else None
        # "Year 3 student Lily Chen", "Ellie Robertson (P6, ...)": a pupil by class.
        self.year_marker_before = re.compile(
            r"(?:\b(?:Year|Yr|Grade|Primary)\s?|(?<![\w])[PSY])$")
        self.pupil_after_year = re.compile(
            r"\d{1,2}\s+(?:(?:student|pupil|learner|child|girl|boy)\s+)?(?P<name>" + full_name
            + r")\b")
        # "Ellie Robertson (P6", "Grace (Year 6", "Sam in Y8", "Jayden in my Year 10":
        # children are named by first name, perhaps with an initial ("Zara K").
        # A first name alone needs "(" or "in": "Anyway, Year 9" names no one.
        self.pupil_before_year = re.compile(
            r"(?:(?P<name>" + full_name + r")\s*,|(?P<first>" + _NAME_TOKEN
            + r"(?:\s+" + _NAME_TOKEN + r"){0,2}(?:\s+[A-Z]\b\.?)?)\s*(?:\(|\s+in(?:\s+my)?))\s*$")
        self.group_words = frozenset(groups)
        self.family_name = re.compile(
            r"[Tt]he (?P<name>" + _NAME_TOKEN + r")(?:(?<=s)['’]?| family\b)")
        # The sensitive terms that can be said of a person in prose, found by the same
        # one pass of the cue trie: each spelling with its family (the first family
        # that lists it), and the short all-caps ones ("TB", "PIP"), which count only
        # as written.
        self.prose_family: dict[str, str] = {}
        self.prose_caps: set[str] = set()
        for family, phrases in terms.items():
            if family == "age":
                continue
            for phrase in phrases:
                for spelling in _spellings(phrase) or ():
                    low = spelling.lower()
                    if low.startswith(("her ", "his ", "their ")):
                        continue  # read from the possessive cue ("her" + " health")
                    if low in self.topic_prone or spelling in self.topic_prone:
                        continue  # as often a topic: not worth reading every post for
                    if phrase.isupper() and len(phrase) <= 4:
                        self.prose_caps.add(low)
                    self.prose_family.setdefault(low, str(family))
        for verb in health_verbs:
            for spelling in _spellings(verb) or ():
                self.prose_family.setdefault(spelling, "health")
        house_words = [h.lower() for h in house_types]
        self.cue_word = _trie_pattern(
            cue_words + list(self.prose_family) + child_cues + house_words + _LIVES_WORDS
            + _YEAR_WORDS, after_space=True)
        self.cue_word_long = _trie_pattern(cue_words, after_space=True)

        # The kind of each word the trie can find: the first list that has it wins.
        self.cue_families = (
            ("role", self.roles), ("rank", self.ranks), ("health", self.health_verbs),
            ("lead", self.possessive_leads), ("condition", self.conditions),
            ("passive", self.passives), ("birth", self.birth_words))
        self.cue_kinds: dict[str, str] = dict.fromkeys(house_words, "house")
        self.cue_kinds.update(dict.fromkeys(_LIVES_WORDS, "lives"))
        self.cue_kinds.update(dict.fromkeys(_YEAR_WORDS, "year"))
        self.cue_kinds.update(dict.fromkeys(child_cues, "child"))
        self.cue_kinds.update(dict.fromkeys(self.prose_family, "sensitive"))
        for kind, family in reversed(self.cue_families):
            self.cue_kinds.update(dict.fromkeys(family.plain, kind))

    def cue_kind_of_pattern(self, word: str) -> str:
        """The kind of a word the trie found through one of its pattern phrases."""
        return next((kind for kind, family in self.cue_families if word in family), "")

    @staticmethod
    def _label_pattern(labels: list[str], tail: str) -> re.Pattern[str] | None:
        if not labels:
            return None
        return re.compile(r"\b(?:[A-Z]{2,4}\s)?(?:" + _case_sensitive_alternation(labels) + r")\b"
                          + tail)

    # -- shared judgements ---------------------------------------------------

    def _is_public_figure(self, text: str, start: int, end: int, sentence_end: int) -> bool:
        """A name after a public title (Cllr, Minister, Dr) or followed by a public role.
        A full-name match can take the title in with it ("Professor Mark Ellis")."""
        if text[start:end].split(None, 1)[0].rstrip(".") in self.public_title_words:
            return True
        before = text[max(0, start - 40):start]
        if self.public_role_before:
            backwards = before.lower()[::-1]
            if self.public_role_before.match(backwards) or (
                    "fo" in backwards and self.public_role_of_before.match(backwards)):
                return True
        if self.public_title_before:
            m = self.public_title_before.search(before)
            while m and m.start() and _WORD_CHAR.match(before, m.start() - 1):
                m = self.public_title_before.search(before, m.start() + 1)
            if m:
                return True
        # The role has to be said of the person: "Jo Bloggs, Executive Member ...",
        # "... (spokesperson)", "... will be the new Chief Executive".
        after = text[end:min(sentence_end, end + 70)]
        return bool(self.public_role_after and _APPOSITION.match(after)
                    and self.public_role_after.search(after))

    def _role_in_name(self, name: str) -> bool:
        """A public role among the words taken for a name ("Mr Speaker")."""
        if not self.public_role_after:
            return False
        if self.public_role_words is not None and self.public_role_words.isdisjoint(
                _WORD_RUN.findall(name.lower())):
            return False  # none of the roles' first words: no need to search
        return bool(self.public_role_after.search(name))

    def _name_ok(self, name: str) -> bool:
        return not any(token in self.not_name for token in name.split())

    def _names_someone(self, p: _Post) -> bool:
        """True when the post names someone by first and last name (not a public figure)."""
        if p.names_someone is None:
            p.names_someone = False
            for m in self.full_name.finditer(p.text):
                if not _word_starts_at(p.text, m.start()) or not self._name_ok(m.group()):
                    continue
                if _PLACE_BEFORE_PERSON.search(p.text, max(0, m.start() - 8), m.start()) and (
                        not _MESSAGE_FROM.search(p.text, max(0, m.start() - 20), m.start())):
                    continue  # "at Saint Mary's", "in Mount Pleasant": a place
                if not self._is_public_figure(p.text, m.start(), m.end(),
                                              p.sentence(m.start())[1]):
                    p.names_someone = True
                    break
        return p.names_someone

    def _family_named(self, p: _Post) -> bool:
        """True when the post names a household by its surname ("the Okafor family")."""
        return any(self._name_ok(m.group()[4:-7]) for m in _FAMILY_BY_NAME.finditer(p.text))

    def _presented_as_official(self, p: _Post, start: int, end: int) -> bool:
        """True when the words around a contact present it as the organisation's own route."""
        text = p.text
        s0, s1 = p.sentence(start)
        around = text[max(s0, start - self.cue_window):min(s1, end + 25)]
        if (self.official_cue and self.official_cue.search(around)) or (
                self.official_cue_any_case and self.official_cue_any_case.search(
                    around, p.lower[max(s0, start - self.cue_window):min(s1, end + 25)])):
            return True
        whole = text[s0:s1]
        # A published inbox or page of an official body in the same sentence.
        for _, _, url in urls(whole):
            host = url_host(url.split("@")[-1])
            if host and host_matches(host, self.official_domains):
                return True
        author = p.post.author
        return any(len(org) > 1 and org in around
                   for org in (author.department, author.department_short)
                   ) or self._beside_published_route(p, s0, s1, (start, end))

    def _beside_published_route(self, p: _Post, s0: int, s1: int,
                                contact: tuple[int, int] = (0, 0)) -> bool:
        """True when the sentence also gives an organisation's inbox or web page ("email
        planning@council.ie or call ...", "... or trust.scot/contact"): a number offered
        beside them is the organisation's too. A webmail inbox is someone's own."""
        text = p.text
        if "@" not in text and "/" not in text and "www." not in p.lower:
            return False
        for m in _PUBLISHED_ROUTE.finditer(text, s0, s1):
            if m.start() < contact[1] and contact[0] < m.end():
                continue  # the inbox being judged
            domain = m.group("domain")
            if domain is None or domain.lower() not in self.personal_email_domains:
                return True
        return False

    def _owned(self, p: _Post, start: int) -> bool:
        """A possessive or personal cue just before a contact ("her mobile", "ring him on")."""
        s0, _ = p.sentence(start)
        return bool(self.personal_cue and self.personal_cue.search(
            p.text, p.lower, max(s0, start - 40), start))

    # -- numbers: identifiers and phones ---------------------------------------

    def _numbers(self, p: _Post) -> None:
        text = p.text
        for run in p.number_runs():
            start, end = run.start(), run.end()
            if end - start < 4:
                continue  # fewer than four digits: no identifier or phone number
            before = text[start - 1] if start else " "
            joined = before.isalnum() or before in "-/"
            if not joined and end - start == 4 and run.group()[:2] in ("19", "20") and (
                    run.group().isdigit()):
                continue  # a year on its own ("in 2024", "(2019)")
            if not joined and end - start in (8, 9) and _PPS_SHAPE.fullmatch(run.group()) and ((
                    not run.group().startswith("1234567") and (
                        pps_number_is_valid(run.group()) or _PPS_LABEL.search(
                            p.lower, *p.sentence(start))))
                    # The guidance's sample number, given as someone's: "PPSN 1234567T".
                    or _PPS_LABEL_BEFORE.search(p.lower, max(0, start - 30), start)):
                self._report_id(p, start, end, "ppsn")  # Ireland's PPS number
                continue
            if joined:
                # Letters joined to the digits: "JT482913C", "ASC-204417", "HL/2025/0912".
                prefix = _LETTER_PREFIX.search(text, max(0, start - 6), start)
                if not prefix or not _word_starts_at(text, prefix.start()):
                    continue  # inside a word ("abc123") or a range ("2019-2020")
                start = prefix.start()
                if _DRIVING_LICENCE.match(text, start):
                    self._report_id(p, start, start + 16, "licence")
                    continue
            elif before == " " and start >= 3 and _word_starts_at(text, start - 3):
                # An NI number's letters stand apart: "NJ 50 73 21 A".
                national = self.national_id.match(text, start - 3)
                if national and national.group("ni"):
                    self._report_id(p, national.start(), national.end(), "ni")
                    continue
            elif before == "+" or (before == "(" and _AREA_CODE.match(text, start)):
                prefix = _PHONE_PREFIX.search(text, max(0, start - 5), start)
                start = prefix.start() if prefix else start
            elif before in _NOT_BEFORE_NUMBER:
                continue
            value = text[start:end].rstrip(" -/.)")
            end = start + len(value)
            digits = _DIGITS.sub("", value)
            if len(digits) < 4:
                continue
            national = self.national_id.match(text, start)
            if national:
                kind = next(k for k in ("ni", "crn", "ssn") if national.group(k))
                self._report_id(p, national.start(), national.end(), kind)
                continue
            if "(" in value or "+" in value or "." in value:
                self._phone(p, start, end, value, digits)
                continue
            if _PUBLICATION_VALUE.fullmatch(value):
                continue
            before = text[max(0, start - 45):start]
            before_lower = p.lower[max(0, start - 45):start]
            label = self.id_label_end and _label_at_end(
                self.id_label_end, self.id_label_gate, before, before_lower)
            if label:
                said = label.group().lower()
                kind = ("nhs" if "nhs" in said and nhs_number_is_valid(digits)
                        else "sin" if _SIN_LABEL.search(said)
                        else "ssn" if _SSN_LABEL.search(said) else "labelled")
                self._report_id(p, start, end, kind)
                continue
            label = self.case_label_end and _label_at_end(
                self.case_label_end, self.case_label_gate, before, before_lower)
            if label:
                self._case_reference(p, start - len(before) + label.start(), end)
                continue
            # Ten digits spaced 3-3-4 that pass the modulus-11 check read as an NHS number.
            if _NHS_SHAPE.fullmatch(value) and nhs_number_is_valid(digits):
                self._report_id(p, start, end, "nhs")
                continue
            self._phone(p, start, end, value, digits)

    def _report_id(self, p: _Post, start: int, end: int, kind: str) -> None:
        p.add(start, end, (
            f"‘{p.text[start:end]}’ is {_KINDS_OF_ID[kind]}. It identifies one person and "
            f"must never be posted publicly. {_WHY} Remove it, and ask the person to use a "
            "secure official contact route for their case."))

    def _case_reference(self, p: _Post, start: int, end: int) -> None:
        s0, _ = p.sentence(start)
        yours = _YOUR.search(p.text, max(s0, start - 30), start)
        # A public reply ("@jo_b application HX-2291 is with ...") is addressed to the
        # person by their handle, as "your" would be.
        reply = not yours and _REPLY_OPENING.match(p.text)
        # A household named by its surname ("the Okafor family's appeal") is named too.
        if not (yours or reply or self._named_people(p) or self._names_someone(p)
                or self._family_named(p)):
            return
        whose = "addressed to the person it belongs to" if yours or reply else (
            "in a post that names the person")
        p.add(start, end, (
            f"‘{p.text[start:end]}’ is a case reference {whose}. Together they expose "
            f"someone's case in public. {_WHY} Remove the reference and the name, and deal "
            "with the case through a secure official contact route."))

    def _phone(self, p: _Post, start: int, end: int, value: str, digits: str) -> None:
        if not self.min_digits <= len(digits) <= self.max_digits:
            return
        text = p.text
        shape = self.phone_shape.match(text, start)
        if not shape:
            return
        raw = shape.group()
        # Domestic numbers start 0, international ones +; North American ones have ten
        # digits (eleven with the 1). Other bare digit runs are reference numbers.
        if not (raw.startswith(("0", "+", "(")) or (len(digits) == 10 and digits[0] in "23456789")
                or (len(digits) == 11 and digits[0] == "1")
                or digits.startswith(self.service_prefixes)):
            return
        if _ISBN_BEFORE.search(text, max(0, start - 12), start):
            return
        owned = None
        if not raw.startswith("+") and len(digits) > 1 and digits[0] == "0" and (
                digits[1] != "0"):
            # Written the domestic way ("0113 496 0827"), the digits themselves say
            # whether it is a mobile or a service line: the slow phone library is needed
            # only for a number that might be raised.
            owned = self._owned(p, start)
            if not owned and not digits.startswith(self.mobile_prefixes) and (
                    digits.startswith(self.service_prefixes)
                    or self._presented_as_official(p, start, shape.end())
                    or not (self._named_people(p) or self._names_someone(p))):
                return
        number = self._possible_number(raw, digits)
        if number is None:
            return
        if owned is None:
            owned = self._owned(p, start)
        mobile = _national_digits(digits, number).startswith(self.mobile_prefixes)
        if not owned and mobile and self._beside_published_route(p, *p.sentence(start)):
            return  # a mobile-shaped number (or Cork's 021) given with an inbox or page
        if not owned and not mobile:
            if self._is_service_number(digits, number):
                return
            if self._presented_as_official(p, start, shape.end()):
                return
            # A landline nobody is said to own, in a post naming no one, reads as a
            # published number ("To book, call 01632 960000").
            if not (self._named_people(p) or self._names_someone(p)):
                return
        what = "a personal mobile number" if mobile else "a personal phone number"
        p.add(start, shape.end(), (
            f"‘{raw}’ looks like {what}. {_WHY} Remove it; arrange any call back through a "
            "secure official route, and give the public only published helpline or "
            "switchboard numbers."))

    def _possible_number(self, raw: str, digits: str):
        """The number raw spells if it is possible in one of the regions, read in the
        region its shape suggests first (North American ten digits in the US)."""
        # Helplines and switchboards recur across posts; the library is slow to parse.
        if raw in self._numbers_seen:
            return self._numbers_seen[raw]
        return self._remember(self._numbers_seen, raw, self._parse_number(raw, digits))

    @staticmethod
    def _remember(memo: dict, key, value):
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[key] = value
        return value

    def _parse_number(self, raw: str, digits: str):
        regions = self.regions
        if len(digits) in (10, 11) and not raw.startswith(("0", "+")) and "US" in regions:
            regions = ["US"] + [r for r in regions if r != "US"]
        for region in regions:
            # Parsing the whole number is several times faster than the library's
            # matcher, which is left for the shapes a plain parse cannot read.
            try:
                number = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                number = None
            if number is not None and len(digits) >= self.min_digits and (
                    phonenumbers.is_possible_number(number)):
                return number
            for match in PhoneNumberMatcher(raw, region, leniency=Leniency.POSSIBLE):
                if len(_DIGITS.sub("", match.raw_string)) >= self.min_digits:
                    return match.number
        return None

    def _is_service_number(self, digits: str, number) -> bool:
        national = _national_digits(digits, number)
        if national.startswith(self.service_prefixes) or digits.startswith(
                self.service_prefixes):
            return True
        key = (number.country_code, number.national_number)
        kind = self._number_types.get(key)
        if kind is None:
            kind = self._remember(self._number_types, key, phonenumbers.number_type(number))
        return kind in _SERVICE_TYPES

    def _dates_of_birth(self, p: _Post) -> None:
        """A labelled date of birth ("DOB 03/05/1951", "(born 4 Nov 1979)"), read around
        the birth words the shared trie found."""
        text = p.text
        this_year = self.this_year
        for cue_start, cue_end, kind in p.cues(self):
            if kind != "birth":
                continue
            start, end = max(0, cue_start - _DOB_BEFORE), min(len(text), cue_end + _DOB_AFTER)
            for m in self.date_of_birth.finditer(text, start, end):
                if not _word_starts_at(text, m.start()):
                    continue
                # A year of birth more than a lifetime ago is history, not personal data.
                year = _YEAR.search(m.group("value"))
                if year and not 0 <= this_year - int(year.group()) <= self.max_age:
                    continue
                self._report_id(p, m.start("value"), m.end("value"), "dob")
            if p.lower.startswith("born", cue_start):
                self._year_of_birth(p, cue_start)

    def _year_of_birth(self, p: _Post, born: int) -> None:
        """A full name with the year its owner was born ("Ona Petrauskienė, born 1991")."""
        text = p.text
        year = _BORN_YEAR.match(text, born)
        if not year or not 0 <= self.this_year - int(year.group(1)) <= self.max_age:
            return
        name = _search_word(self.name_before, text, max(0, born - 45), born)
        if not name or len(name.group().split()) < 2 or not self._name_ok(name.group()):
            return
        if p.taken(name.start(), year.end()) or self._is_public_figure(
                text, name.start(), name.end(), p.sentence(name.start())[1]):
            return
        p.add(name.start(), year.end(), (
            f"‘{text[name.start():year.end()]}’ names a private individual with their year "
            f"of birth. {_WHY} Remove the name or the year."))

    # -- email and addresses ---------------------------------------------------

    def _emails(self, p: _Post) -> None:
        text = p.text
        hosts: list[set[str]] = []  # read from the post's links only when needed
        at = text.find("@")
        while at != -1:
            # The domain first: most "@"s are handles, with no domain after them.
            domain = _EMAIL_DOMAIN.match(text, at + 1)
            start = _email_local_start(text, at) if domain else -1
            # "@sam@social.example" is a fediverse handle (user and server), not an inbox.
            if start >= 0 and _word_starts_at(text, start) and (
                    text[start - 1:start] not in (".", "+", "-", "@")):
                self._email(p, start, domain.end(), text[start:at].lower(),
                            domain.group().lower(), hosts)
            at = text.find("@", at + 1)

    def _link_hosts(self, text: str, hosts: list[set[str]]) -> set[str]:
        if not hosts:
            hosts.append({url_host(u) for start, _, u in urls(text)
                          if "@" not in u and text[start - 1:start] != "@"}
                         - self.personal_email_domains)
        return hosts[0]

    def _email(self, p: _Post, start: int, end: int, local: str, domain: str,
               hosts: list[set[str]]) -> None:
        owned = self._owned(p, start)
        if not owned:
            # The cheap tests first: the post's links are read only when they decide.
            if host_matches(domain, self.official_domains) or self._own_domain(p, domain):
                return
            if domain not in self.personal_email_domains and local.replace("-", "").replace(
                    "_", "") in self.role_inboxes:
                return
            if any(host_matches(h, (domain,)) or host_matches(domain, (h,))
                   for h in self._link_hosts(p.text, hosts)):
                return
            # A work address offered as a contact ("get in touch: j.bloggs@uni.ac.uk") is
            # published by its owner's organisation; a webmail one never is.
            if domain not in self.personal_email_domains and self._presented_as_official(
                    p, start, end):
                return
        what = ("a personal email address" if owned or domain in self.personal_email_domains
                or _PERSON_LIKE_LOCAL.search(local) else "an individual's email address")
        p.add(start, end, (
            f"‘{p.text[start:end]}’ looks like {what}. {_WHY} Remove it, and point people to "
            "the organisation's published inbox or contact page instead."))

    @staticmethod
    def _own_domain(p: _Post, domain: str) -> bool:
        """True when the inbox's domain is the author's organisation's own: its short
        name ("revenue.ie" for Revenue) or its name run together as a domain label."""
        author = p.post.author
        labels = set(domain.split(".")[:-1])
        names = {author.department_short.lower(), "".join(
            w for w in _WORD_RUN.findall(author.department.lower()))}
        return any(len(name) >= 3 and name in labels for name in names)

    def _person_just_before(self, text: str, sentence_start: int, start: int) -> bool:
        """A private person's name just before an address ("Gary Millward of 7 ...");
        a councillor or minister visiting somewhere is not one."""
        offset = max(sentence_start, start - 45)
        window = text[offset:start]
        for m in self.full_name.finditer(window):
            if self._name_ok(m.group()) and not window[m.end():].strip(" ,").startswith(
                    ("office", "team")) and not self._is_public_figure(
                        text, offset + m.start(), offset + m.end(), start):
                return True
        return bool(self.titled_name and self.titled_name.search(window))

    def _plates(self, p: _Post) -> None:
        """A UK number plate (two letters, two digits, three letters) about a vehicle."""
        if not self.vehicle_cue:
            return
        text = p.text
        for run in p.number_runs():
            start, end = run.span()
            if end - start != 2 or start < 2 or not _word_starts_at(text, start - 2) or not (
                    _PLATE_AREA.match(text, start - 2)):
                continue
            tail = _PLATE_TAIL.match(text, end)
            if not tail:
                continue
            s0, s1 = p.sentence(start)
            if not self.vehicle_cue.search(text, p.lower, s0, s1):
                continue
            p.add(start - 2, tail.end(), (
                f"‘{text[start - 2:tail.end()]}’ looks like a vehicle registration. With the "
                f"vehicle it identifies its keeper. {_WHY} Remove it."))

    def _addresses(self, p: _Post) -> None:
        text = p.text
        last_end = 0
        for start in self._number_words(p)[0]:
            if start < last_end:
                continue
            if start and text[start - 1] in _CURRENCY_SIGNS:
                continue  # "the £22m Harbour Road scheme": a sum, not a house number
            m = self.address.match(text, start)
            if not m:
                continue
            last_end = m.end()
            if p.taken(m.start(), m.end()):
                continue  # already raised as something else
            s0, s1 = p.sentence(m.start())
            sentence = text[s0:s1]
            lower = p.lower[s0:s1]
            venue = self.venue_cue and self.venue_cue.search(sentence, lower)
            residential = venue and self.residential_cue and self.residential_cue.search(
                sentence, lower)
            # Event venues and offices are public; a home stays personal even beside an
            # event when a person's name leads into it ("Mrs Evans of 9 Bryn Road").
            if venue and not residential and not (
                    _PERSON_OF.search(text, max(s0, m.start() - 6), m.start())
                    and self._person_just_before(text, s0, m.start())):
                continue
            p.add(m.start(), m.end(), (
                f"‘{m.group()}’ looks like someone's home address. {_WHY} Remove it; share "
                "addresses only for public venues and offices."))
        if self.dwelling and any(gate in text for gate in self.dwelling_gates):
            for m in self.dwelling.finditer(text):
                if p.taken(m.start(), m.end()) or not self._name_ok(m.group("name")):
                    continue
                if self._reads_as_venue(p, m.start()):
                    continue  # "Unit 4, Riverside Court: the drop-in opens at 10"
                p.add(m.start(), m.end(), (
                    f"‘{m.group()}’ looks like someone's home address. {_WHY} Remove it; "
                    "share addresses only for public venues and offices."))

    def _codes_of_homes(self, p: _Post) -> None:
        """Codes that locate one home: an Eircode said of a house or addressed to "your"
        ("outside your house (D07 XT63)"), a flat in a Singapore block ("Blk 205
        #08-112"), unless the sentence makes it a venue; and a plate after a word that
        only vehicles have ("rego 123 ABC")."""
        text = p.text
        # An Eircode's routing key is a capital and two digits: read only at the
        # number runs that follow a capital starting a word.
        eircodes = [m for m in (_EIRCODE.match(text, run.start() - 1) for run in p.number_runs()
                                if run.start() and text[run.start() - 1].isupper())
                    if m and _word_starts_at(text, m.start())]
        for m in eircodes:
            s0, s1 = p.sentence(m.start())
            if p.taken(m.start(), m.end()) or self._reads_as_venue(p, m.start()):
                continue
            if (self.residential_cue and self.residential_cue.search(
                    text[s0:s1], p.lower[s0:s1])) or _YOUR.search(text, s0, s1):
                p.add(m.start(), m.end(), (
                    f"‘{m.group()}’ is an Eircode, which locates one home. {_WHY} Remove it; "
                    "share addresses only for public venues and offices."))
        if "#" in text:
            for m in _BLOCK_UNIT.finditer(text):
                if not p.taken(m.start(), m.end()) and not self._reads_as_venue(p, m.start()):
                    p.add(m.start(), m.end(), (
                        f"‘{m.group()}’ looks like someone's home address. {_WHY} Remove "
                        "it; share addresses only for public venues and offices."))
        if "rego" in p.lower or "plate" in p.lower:
            for m in _LABELLED_PLATE.finditer(text):
                plate = m.group("plate")
                if m.group("bare") and not (_BARE_PLATE_BEFORE.search(
                        text, max(0, m.start() - 8), m.start()) and self.vehicle_cue
                        and self.vehicle_cue.search(text, p.lower, *p.sentence(m.start()))):
                    continue  # not "the van's hot plate HP220": a plate of its own
                if plate.isupper() and not p.taken(m.start("plate"), m.end("plate")):
                    p.add(m.start("plate"), m.end("plate"), (
                        f"‘{plate}’ looks like a vehicle registration. With the vehicle it "
                        f"identifies its keeper. {_WHY} Remove it."))

    def _reads_as_venue(self, p: _Post, pos: int) -> bool:
        """True when the sentence at pos presents a place as a venue or office and
        nothing in it says someone lives there."""
        s0, s1 = p.sentence(pos)
        sentence, lower = p.text[s0:s1], p.lower[s0:s1]
        return bool(self.venue_cue and self.venue_cue.search(sentence, lower)) and not (
            self.residential_cue and self.residential_cue.search(sentence, lower))

    # -- named people and their details ----------------------------------------

    def _named_people(self, p: _Post) -> list[tuple[int, int, str]]:
        """(start, end, kind) of private people named by title, rank or case role."""
        if p.people is not None:
            return p.people
        text, people = p.text, []
        titled = list(self.titled_name.finditer(text)) if self.titled_name else []
        cues = p.cues(self)
        ranked = [self.ranked_name.match(text, start) for start, end, kind in cues
                  if kind == "rank" and text[start:end] in self.rank_forms
                  ] if "rank" in p.cue_kinds else []
        for matches, kind in ((titled, "titled"), (ranked, "ranked")):
            for m in matches:
                if not m or not _word_starts_at(text, m.start()):
                    continue
                if self._role_in_name(m.group("name")):
                    continue  # "Mr. President", "Mr Speaker"
                if not self._is_public_figure(text, m.start(), m.end("name"),
                                              p.sentence(m.start())[1]):
                    people.append((m.start(), m.end("name"), kind))
        for role_start, role_end, kind in cues if "role" in p.cue_kinds else ():
            if kind != "role":
                continue
            m = self.name_after_role.match(text, role_end)
            # A title-case heading ("Recipients Can Look Forward To") or an office
            # ("Tenant Farming Commissioner") is not a person.
            if not m or not self._name_ok(m.group("name")) or _CAPITALISED_NEXT.match(
                    text, m.end()):
                continue
            if self._role_in_name(m.group("name")):
                continue
            if self._is_public_figure(text, m.start("name"), m.end("name"),
                                      p.sentence(role_start)[1]):
                continue
            kind = "status" if p.lower[role_start:role_end] in self.status_nouns else "role"
            people.append((role_start, m.end("name"), kind))
        p.people = people
        return people

    def _detail_window(self, p: _Post, start: int) -> tuple[int, int]:
        """The name's sentence, and the ones after it that go on about the person: each
        refers back with a pronoun (he, her, their...) or is a fragment ("Third time.")."""
        text = p.text
        s0, s1 = p.sentence(start)
        for _ in range(_FOLLOWING_SENTENCES):
            following = _NEXT_WORD.search(text, s1, min(len(text), s1 + 20))
            if not following:
                break
            n0, n1 = p.sentence(following.start())
            if n0 < s1 or not (_search_word(_PRONOUN, text, n0, n1)
                               or len(text[n0:n1].split()) <= _FRAGMENT_WORDS):
                break
            s1 = n1
        return s0, s1

    def _family_of(self, matched: str) -> str:
        """The family of a sensitive term found through one of its pattern phrases."""
        for family, words in self.sensitive:
            for pattern in (words.rest, *words.other, words.caps):
                if pattern and pattern.fullmatch(matched):
                    return family
        return ""

    def _sensitive_in(self, p: _Post, s0: int, s1: int):
        """(start, end, family) of the sensitive terms in text[s0:s1], in order. A short
        post is read once for all its names; a long one only around each."""
        if not self.sensitive_any:
            return ()
        text = p.text
        if len(text) > _READ_WHOLE_POST:
            return ((m.start(), m.end(), self._family(m.group()))
                    for m in self.sensitive_any.finditer(text, p.lower, s0, s1))
        if p.sensitive is None:
            p.sensitive = [(m.start(), m.end(), self._family(m.group()))
                           for m in self.sensitive_any.finditer(text, p.lower, 0, len(text))]
        return (t for t in p.sensitive if s0 <= t[0] and t[1] <= s1)

    def _family(self, matched: str) -> str:
        return self.sensitive_family.get(matched) or self._family_of(matched)

    def _details_of_named(self, p: _Post) -> None:
        text = p.text
        for start, end, kind in self._named_people(p):
            who = text[start:end]
            if kind == "status":
                p.add(start, end, (
                    f"‘{who}’ names a member of the public together with their part in a "
                    f"case. {_WHY} Remove the name; describe the case only in general terms, "
                    "and handle it through a secure official route."))
                continue
            if p.taken(start, end):
                continue  # any finding here would cover the name, which is already raised
            s0, s1 = self._detail_window(p, start)
            firsts: dict[str, tuple[int, int]] = {}
            for m_start, m_end, family in self._sensitive_in(p, s0, s1):
                if start <= m_start < end:
                    continue
                firsts.setdefault(family, (m_start, m_end))
                if len(firsts) == len(self.sensitive):
                    break
            detail = None
            for family, _ in self.sensitive:  # the nearest; on a tie, the earlier family
                m = firsts.get(family)
                if m and (detail is None or abs(m[0] - start) < abs(detail[0] - start)):
                    detail = (m[0], m[1], family)
            if detail is None:
                if kind == "titled":
                    self._titled_and_placed(p, start, end)
                continue
            lo, hi = min(start, detail[0]), max(end, detail[1])
            what = _FAMILY_WORDS.get(detail[2], f"{detail[2]} details")
            p.add(lo, hi, (
                f"‘{who}’ is named here with {what} (‘{text[detail[0]:detail[1]]}’). {_WHY} "
                "Remove the name or the details; talk about the case only in general terms, "
                "and point the person to a secure official contact route."))

    def _titled_and_placed(self, p: _Post, start: int, end: int) -> None:
        """A private person by title and name, placed by the town or district they live
        in ("Mrs Olive Brandon of Shipley,"): name and home area single them out."""
        text = p.text
        if self.home_after_name and self.home_after_name.match(text, end):
            return  # "of Brook Cottage": a named house, which _named_homes raises
        placed = self.of_place.match(text, end) or (
            self.from_place and self.from_place.match(text, end))
        if not placed or not self._name_ok(placed.group("place")) or (
                self._reads_as_venue(p, start)) or _SPEAKS_IN_ROLE.search(
                p.lower, *p.sentence(start)):
            return  # an event, or someone speaking for a firm ("Ms Lee of Arup spoke on")
        lo, hi = start, placed.end("place")
        p.add(lo, hi, (
            f"‘{text[lo:hi]}’ names a private individual with where they live. {_WHY} "
            "Remove the name, or the place; talk about people only in general terms."))

    def _number_words(self, p: _Post) -> tuple[list[int], list[tuple]]:
        """One pass over the numbers that start a word, for the two signals that start
        there: the places a street address could start, and the ages
        (start, end, opening, aged, age, closed) of "Jim, 58", "Fitch (87)" and
        "aged 42", those after "," or "(" first, then any "aged NN"."""
        if p.number_words is not None:
            return p.number_words
        text = p.text
        streets, opened, aged_only = [], [], []
        after_number, lead_words = _AFTER_NUMBER.match, self.street_lead_words
        for start in p.digit_starts():
            # The word after the number has to be able to start a street ("Mill",
            # "rue", "de"): "3 months" is skipped without trying the long pattern.
            after = after_number(text, start)
            if after:
                word = after[1]
                first = word[0]
                if first.isupper():
                    # A name ("Mill", "McKay", "O'Hara"), St, Te or a compass point.
                    if len(word) <= 2 or word[1].islower() or word[1] in "'’":
                        streets.append(start)
                elif first.isdigit():
                    if _ORDINAL.match(word):  # "3rd Avenue"
                        streets.append(start)
                elif word in lead_words or word.rstrip(".") in lead_words:
                    streets.append(start)
            if not start or text[start - 1] not in " \t,(":
                continue  # "£40", "#3": not after a space, comma or bracket
            before = start
            while before and text[before - 1] in " \t":
                before -= 1
            if not before or (text[before - 1] not in ",(" and (
                    before == start or text[before - 4:before] != "aged")):
                continue
            digits = _AGE_DIGITS.match(text, start)
            if not digits:
                continue
            end = digits.end()
            age = int(digits.group())
            close = text[end:end + 1] == ")"
            if before and text[before - 1] in ",(":
                opening = text[before - 1]
                opened.append((before - 1, end + close, opening, False, age, close))
            elif before < start and text[before - 4:before] == "aged":
                aged_at = before - 4
                while aged_at and text[aged_at - 1] in " \t":
                    aged_at -= 1
                if aged_at and text[aged_at - 1] in ",(":
                    opened.append((aged_at - 1, end + close, text[aged_at - 1], True, age,
                                   close))
                if _word_starts_at(text, before - 4):
                    aged_only.append((before - 4, end, "", True, age, False))
        p.number_words = (streets, opened + aged_only)
        return p.number_words

    def _ages(self, p: _Post) -> None:
        text = p.text
        for m_start, m_end, opening, aged, age, closed in self._number_words(p)[1]:
            close = opening == "(" and closed
            comma = opening == "," and not aged and self.age_follows.match(text, m_end)
            if not (close or comma or aged) or not 1 <= age <= self.max_age or p.taken(
                    m_start, m_end):
                continue
            # A name ends in a letter just before the comma or bracket ("Jim, 58").
            last = m_start
            while last and text[last - 1] in " \t\n\r,":
                last -= 1
            if not last or not text[last - 1].isalpha():
                continue
            name = _search_word(self.name_before, text, max(0, m_start - 45), m_start)
            if not name:
                continue
            tokens = name.group().split()
            while tokens and tokens[0] in self.not_name:
                tokens.pop(0)
            # A first name alone needs the tight "Jim, 58," or "Jim (58)" form.
            if not tokens or (len(tokens) == 1 and aged) or not self._name_ok(" ".join(tokens)):
                continue
            first = name.end() - len(" ".join(tokens))
            if text[first:name.end()] != " ".join(tokens):
                first = name.start()
            if self._is_public_figure(text, first, name.end(), p.sentence(first)[1]):
                continue
            p.add(first, m_end, (
                f"‘{text[first:m_end]}’ gives a named person's age. With a name, an age "
                f"identifies a private individual. {_WHY} Remove the name or the age."))
        # "16-year-old" starts with a number that starts a word.
        if "year-old" in p.lower or "year old" in p.lower:
            year_olds = [m for m in map(partial(self.year_old.match, p.lower),
                                        p.digit_starts()) if m]
            if year_olds:
                self._year_olds(p, year_olds)

    def _named_ages(self, p: _Post) -> None:
        """A first name given its age ("Ana is 34 and scared") in a sentence about a
        person's sensitive matter, or after one that tells it of "she" or "he" ("...told
        she has MS. Ana is 34"): the name, the age and the matter single them out."""
        text = p.text
        for m in _NAME_IS_AGE.finditer(text):
            start, end = m.span("name")
            if not 1 <= int(m.group("age")) <= self.max_age or not self._name_ok(
                    m.group("name")) or p.taken(start, m.end()):
                continue
            s0, s1 = self._detail_window(p, start)
            last = len(text[:s0].rstrip()) - 1  # the end of the sentence before
            if last > 0:
                b0, b1 = p.sentence(last)
                if _search_word(_HE_OR_SHE, text, b0, b1) or (
                        self.person_introduced and self.person_introduced.search(text, b0, b1)):
                    s0 = b0
            terms = [t for t in self._prose_terms(p) if s0 <= t[0] < s1 and not (
                self._topical_term(p, t[0], t[1]))]
            if not terms or self._is_public_figure(text, start, end, s1):
                continue
            t0, t1, family, _prone = min(terms, key=lambda t: abs(t[0] - start))
            self._raise_prose(p, start, m.end(), (t0, t1, family))

    def _year_olds(self, p: _Post, matches: list[re.Match[str]]) -> None:
        text = p.text
        for m in matches:
            if not _word_starts_at(text, m.start()) or not self._year_old_is_a_person(
                    text, m.end()):
                continue
            s0, s1 = p.sentence(m.start())
            for n in self.full_name.finditer(text, s0, s1):
                if n.start() == s0 or not _word_starts_at(text, n.start()) or not (
                        self._name_ok(n.group())):
                    continue
                if self._is_public_figure(text, n.start(), n.end(), s1):
                    continue
                lo, hi = min(m.start(), n.start()), max(m.end(), n.end())
                p.add(lo, hi, (
                    f"‘{text[lo:hi]}’ names a private individual with their age. {_WHY} "
                    "Remove the name."))
                break

    def _year_old_is_a_person(self, text: str, end: int) -> bool:
        """"The 16-year-old stabbed", "a 9-year-old girl", not "a 100-year-old caution"."""
        following = _FOLLOWING_WORD.match(text[end:end + 30])
        if not following:
            return True
        word = following.group(1)
        return (word.lower() in self.person_nouns or word.lower() in _FUNCTION_WORDS
                or word in _IRREGULAR_PARTICIPLES
                or (word.endswith(("ed", "ly")) and not word[0].isupper()))

    def _possessive_details(self, p: _Post) -> None:
        """A named person followed by their own health, HR, benefit or legal matter."""
        text = p.text
        possessed, verbs, taken_to = [], [], 0
        for start, end, kind in p.cues(self):
            if kind == "health":
                verbs.append((start, end))
            elif kind == "lead" and start >= taken_to:
                # p.spaced is one longer: the match starts at the space before the word
                m = self.possessive_detail.match(p.spaced, start)
                # "his work on cancer screening": a topic, not his health.
                if m and not (self.condition_topic
                              and self.condition_topic.match(p.lower, m.end() - 1)):
                    possessed.append((start, m.end() - 1))
                    taken_to = m.end() - 1
        spans = possessed + verbs
        for detail_start, detail_end in spans:
            if p.taken(detail_start, detail_end):
                continue  # a finding here would overlap one already made
            if p.lower.startswith("on ", detail_start) and self._topical(
                    p, detail_start + 3, detail_end):
                continue  # "the figures on sick leave": a topic of work
            s0, s1 = p.sentence(detail_start)
            if (detail_start, detail_end) in verbs and _thing_signed_off(
                    text, p.lower, s0, detail_start):
                continue
            window_start = max(s0, detail_start - self.cue_window - 30)
            for n in reversed(list(self.name_token.finditer(text, window_start, detail_start))):
                if detail_start - n.end() > self.cue_window:
                    break
                if (n.start() == s0 or not _word_starts_at(text, n.start())
                        or n.group() in self.not_name or text[n.start() - 1] in ".@#/"):
                    continue
                # "in Leeds", "the Newport office": places and teams, not people.
                if _PLACE_BEFORE.search(text, max(s0, n.start() - 8), n.start()):
                    continue
                if p.taken(n.start(), detail_end):
                    break  # whatever follows, its finding would overlap one already made
                if _search_word(_FIRST_PERSON, text, n.end(), detail_start):
                    break  # the author's own matter ("thanks to Emma while I was off sick")
                if self._is_public_figure(text, n.start(), n.end(), s1):
                    break
                start = n.start()
                previous = _NAME_BEFORE_SPACE.search(text[max(s0, start - 25):start])
                if previous and previous.group().split()[0] not in self.not_name:
                    start -= len(previous.group())
                if _ARTICLE_AND_WORD_BEFORE.search(text, max(s0, start - 20), start):
                    continue  # "the new Cardiff-Ebbw Vale timetable": a thing, not a person
                p.add(start, detail_end, (
                    f"‘{text[start:detail_end]}’ shares health, HR or benefit details about a "
                    f"named person. {_WHY} Colleagues' sickness, leave and HR matters, and "
                    "anyone's health or benefits, are theirs to share: remove the details, or "
                    "send the message privately."))
                break

    def _linked_conditions(self, p: _Post) -> None:
        """A full name tied to a condition or treatment by he/she/his/her, who/whose or
        its own "'s" ("Gary Pilbeam ... back at his desk today after six months of chemo",
        "Dave Kirkby's chemo"), or said of the person in the passive ("Jane Doe, 34, was
        arrested"), in one sentence."""
        text = p.text
        for start, end, kind in p.cues(self):
            if kind == "condition":
                if self.condition_topic and self.condition_topic.match(p.lower, end):
                    continue  # "cancer screening"
                link = _LINK_TO_NAME
            elif kind == "passive":
                if not _PASSIVE_BEFORE.search(text, max(0, start - 20), start) or (
                        _thing_signed_off(text, p.lower, 0, start)):
                    continue
                link = None
            else:
                continue
            if p.taken(start, end):
                continue
            s0, s1 = p.sentence(start)
            # "Dave Kirkby's chemo": the name's own possessive, a few words before.
            owner = link and _NAME_POSSESSIVE.search(text, max(s0, start - _OWNER_REACH), start)
            if link and not owner and not _search_word(link, text, s0, start):
                continue
            for n in reversed(list(self.full_name.finditer(
                    text, max(s0, start - _LINK_REACH), start))):
                if not _word_starts_at(text, n.start()) or not self._name_ok(n.group()):
                    continue
                if p.taken(n.start(), end):
                    break  # this and any earlier name would overlap a finding already made
                if _search_word(_FIRST_PERSON, text, n.end(), start):
                    break  # the author's own matter
                owns = owner and owner.start() == n.end()
                if (link and not owns and not _search_word(link, text, n.end(), start)) or (
                        _PLACE_BEFORE.search(text, max(s0, n.start() - 8), n.start())):
                    continue
                if any(word in self.prose_family for word in n.group().lower().split()):
                    continue  # "Breast Cancer Awareness": a campaign, not a person
                if self._is_public_figure(text, n.start(), n.end(), s1) or (
                        kind == "condition" and self._topical(p, start, end)):
                    break  # a public figure; "those who live with cancer": a topic
                p.add(n.start(), end, (
                    f"‘{text[n.start():end]}’ shares health, legal or HR details about a named "
                    f"person. {_WHY} These are theirs to share: remove the name or the "
                    "details, or send the message privately."))
                break

    # -- private people named in prose, without a title ------------------------

    def _topical(self, p: _Post, start: int, end: int) -> bool:
        """A sensitive term used as a topic of work ("cancer screening", "our work on
        stress", "colleagues with dementia"), not someone's own matter."""
        if self.condition_topic and self.condition_topic.match(p.lower, end):
            return True
        before = p.lower[max(0, start - 40):start]
        if self.group_with and before.rstrip().endswith(_GROUP_LINK_ENDS) and _search_word(
                self.group_with, before, 0, len(before)):
            return True
        if self.topic_lead:
            before = before.rstrip()
            article = _ARTICLE_AT_END.search(before)
            if article:
                before = before[:article.start()].rstrip()
            m = self.topic_lead.match(before[::-1])
            if m and _word_starts_at(before, len(before) - m.end()):
                return True
        return False

    def _prose_terms(self, p: _Post) -> list[tuple[int, int, str, bool]]:
        """(start, end, family, topic_prone) of the sensitive terms the cue trie found,
        in order (read with the cues)."""
        if p.prose_terms is None:
            p.cues(self)
        return p.prose_terms

    def _topical_term(self, p: _Post, start: int, end: int) -> bool:
        """_topical for a term of _prose_terms, read once per term: "figures on sick
        leave" is read after its "on"."""
        known = p.topical.get(start)
        if known is None:
            known = self._topical(p, start, end) or (
                p.lower.startswith("on ", start) and self._topical(p, start + 3, end))
            p.topical[start] = known
        return known

    def _prose_detail(self, p: _Post, after: int, s1: int,
                      families: frozenset[str] | None = None, untitled: bool = False):
        """The first sensitive term about a person after their name (from `after`, up to
        s1 and within reach): not a topic of work, and not past the author's own "I"."""
        terms = self._prose_terms(p)
        i = bisect.bisect_left(terms, (after,))
        for m_start, m_end, family, prone in terms[i:]:
            if m_start >= s1 or m_start - after > _LINK_REACH:
                return None
            if (families is not None and family not in families) or (untitled and prone):
                continue
            if self._topical_term(p, m_start, m_end):
                continue
            if _search_word(_FIRST_PERSON, p.text, after, m_start):
                return None  # the author's own matter ("while I was off sick")
            return m_start, m_end, family
        return None

    def _before_terms(self, p: _Post, families: frozenset[str] | None = None,
                      untitled: bool = False) -> list[tuple[int, int]]:
        """The stretches of text a name must be in to have a term in reach after it,
        merged: only they are read for names."""
        spans: list[tuple[int, int]] = []
        for start, _end, family, prone in self._prose_terms(p):
            if (families is not None and family not in families) or (untitled and prone):
                continue
            lo = max(0, start - _LINK_REACH - 40)
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], start)
            else:
                spans.append((lo, start))
        return spans

    def _raise_prose(self, p: _Post, start: int, end: int, detail) -> None:
        text = p.text
        d0, d1, family = detail
        lo, hi = min(start, d0), max(end, d1)
        if p.taken(lo, hi):
            return
        what = _FAMILY_WORDS.get(family, f"{family} details")
        p.add(lo, hi, (
            f"‘{text[start:end]}’ is named here with {what} (‘{text[d0:d1]}’). {_WHY} "
            "Remove the name or the details; talk about people only in general terms, or "
            "send the message privately."))

    def _people_in_prose(self, p: _Post) -> None:
        """Private people named in prose near a sensitive term, in one pass over the
        capitalised words before the terms: a full name without a title, a family by
        its surname ("the Hendricks"), a colleague by first name ("Ellie in our team")."""
        text, lower = p.text, p.lower
        author = (p.post.author.name or "").strip()
        last_full = -1
        for lo, hi in self._before_terms(p, untitled=True):
            for tok in self.name_token.finditer(text, lo, hi):
                start = tok.start()
                if start and text[start - 1].isalnum():
                    continue
                before = text[max(0, start - 4):start]
                if before in ("the ", "The "):
                    family = self.family_name.match(text, start - 4)
                    if family:
                        self._family_by_surname(p, family)
                    continue
                if self.colleague_after and lower.startswith((" in ", " on ", " from "),
                                                             tok.end()):
                    colleague = self.colleague_after.match(text, tok.end())
                    if colleague:
                        # A month is a name only when the words go on about a person:
                        # "May in our team, who's off", not "from March to May in our team".
                        month = tok.group() in self.month_names and bool(
                            _SAID_OF_PERSON.match(text, colleague.end()))
                        self._colleague(p, start, tok.end(), colleague.end(), month)
                        continue
                if _WELCOME_BACK.search(lower, max(0, start - 20), start) or (
                        lower.endswith("our ", max(0, start - 4), start)
                        and (start < 5 or not lower[start - 5].isalnum())
                        and _OUR_NAME_SAYS.match(text, tok.end())):
                    # "Welcome back to Denise after her chemo": a colleague returning;
                    # "Our Tom's off with his back again": one of us, named the homely way.
                    self._colleague(p, start, tok.end(), tok.end())
                    continue
                last_word = lower[max(0, start - 16):start].rstrip(" ,").rsplit(" ", 1)[-1]
                if self.colleague_before_end and last_word.rstrip(
                        "s") in self.colleague_last_words and (
                        self.colleague_before_end.search(lower, max(0, start - 40), start)):
                    self._colleague(p, start, tok.end(), tok.end())
                    continue
                if self.relation_before_end and last_word.removesuffix("'s").removesuffix(
                        "’s") in self.relation_last_words and (
                        self.relation_before_end.search(lower, max(0, start - 30), start)):
                    self._relative(p, start, tok.end())
                    continue
                if start > last_full:
                    full = self.full_name.match(text, start)
                    if full:
                        last_full = full.end()
                        self._untitled_person(p, full, author)
                    elif self.from_place and lower.startswith(" from ", tok.end()):
                        self._untitled_person(p, tok, author, first_name_only=True)

    def _untitled_person(self, p: _Post, n: re.Match[str], author: str,
                         first_name_only: bool = False) -> None:
        """A full name, or a first name placed by a town ("Ray from Hexham"), tied to a
        sensitive term by he/she/his/her/who or by the place."""
        text = p.text
        start, end = n.span()
        if not _word_starts_at(text, start) or text[start - 1:start] in ("@", "#", "/"):
            return
        if not self._name_ok(n.group()) or n.group() == author or p.taken(start, end):
            return
        from_place = self.from_place and self.from_place.match(text, end)
        if first_name_only and not (from_place and self._name_ok(from_place.group("place"))):
            return
        if (_PLACE_BEFORE_PERSON.search(text, max(0, start - 8), start) and not (
                _MESSAGE_FROM.search(text, max(0, start - 20), start))) or (
                text[end:end + 1] == ")"):
            return  # "in Leeds", "(Jo Bloggs)": a place, a source cited
        if _PLURAL_VERB_AFTER.match(text, end) and not _JOINED_BEFORE.search(
                text, max(0, start - 6), start):
            return  # "Plaid Cymru are...": a party, band or firm, not one person
        # The cheap tests first: a term within reach, and a word tying it to the name.
        detail = self._prose_detail(p, end, len(text), untitled=True)
        if not detail:
            return
        placed = self.of_place.match(text, end) or from_place
        if placed and not self._name_ok(placed.group("place")):
            placed = None
        addressed = _ADDRESSED_AFTER_NAME.match(text, end)
        if not (placed or addressed or text[end:end + 2] in ("'s", "’s") or _search_word(
                _LINK_TO_NAME, text, end, min(len(text), detail[1] + 80))):
            return
        if any(word in self.prose_family or word in self.topic_prone
               for word in n.group().lower().split()):
            return  # "Breast Cancer Awareness": a campaign, not a person
        s0, s1 = self._detail_window(p, start)
        if detail[0] >= s1 or (s0 > start - 8 and _PLACE_BEFORE_PERSON.search(
                text, s0, start) and not _MESSAGE_FROM.search(text, s0, start)):
            return
        if not (placed or addressed or text[end:end + 2] in ("'s", "’s")
                or _search_word(_LINK_TO_NAME, text, end, s1)):
            return
        if self._is_public_figure(text, start, end, p.sentence(start)[1]):
            return
        self._raise_prose(p, start, end, detail)

    def _untitled_homes(self, p: _Post) -> None:
        """A named house or farm right after a private person's full name ("Bev Hartley
        at Low Moor Farm"), unless the sentence makes it a venue."""
        text = p.text
        matches = []
        for start, end, kind in p.cues(self):
            if kind == "house" and text[start].isupper():
                # The house name, a few words before its type, follows "of", "at", "from".
                for m in self.home_after_name.finditer(
                        text, max(0, start - 60), min(len(text), end + 60)):
                    if m.start("home") <= start < m.end("home"):
                        matches.append(m)
        for m in matches:
            if not self._name_ok(m.group("house")) or p.taken(m.start("home"), m.end("home")):
                continue
            name = _NAME_BEFORE_SPACE.search(text, max(0, m.start() - 30), m.start() + 1)
            full = name and self.full_name.search(text, max(0, name.start() - 25), m.start())
            while full and full.end() < m.start():
                full = self.full_name.search(text, full.end(), m.start())
            if not full or not _word_starts_at(text, full.start()) or not self._name_ok(
                    full.group()) or _PLACE_BEFORE.search(text, max(0, full.start() - 8),
                                                          full.start()):
                continue
            s1 = p.sentence(full.start())[1]
            if self._is_public_figure(text, full.start(), full.end(), s1):
                continue
            if self._reads_as_venue(p, full.start()):
                continue
            p.add(m.start("home"), m.end("home"), (
                f"‘{m.group('home')}’ looks like someone's home address. {_WHY} "
                "Remove it; share addresses only for public venues and offices."))

    def _family_by_surname(self, p: _Post, m: re.Match[str]) -> None:
        """A family by its surname ("the Hendricks from Ashford – he's on dialysis",
        "the Carters' divorce" beside "Mr Carter"), with their details."""
        text = p.text
        name = m.group("name")
        if name in self.not_name or p.taken(m.start(), m.end()):
            return
        surname = name[:-1] if name.endswith("s") and not m.group().endswith(
            "family") else name
        if surname in self.public_title_words or name in self.public_title_words:
            return  # "the Senators", "the Ministers"
        _, s1 = self._detail_window(p, m.start())
        detail = self._prose_detail(p, m.end("name"), s1)
        if not detail:
            return
        titled = self.titled_name and any(
            t.group("name").split()[-1] in (surname, name)
            for t in self.titled_name.finditer(text))
        # "the Quinns (dad's a wheelchair user)": a bracket straight after the name
        # describes them.
        described = text.startswith(" (", m.end()) and detail[0] < text.find(")", m.end())
        if titled or described or m.group().endswith("family") or _search_word(
                _HE_OR_SHE, text, m.end(), s1):
            self._raise_prose(p, m.start("name"), m.end("name"), detail)

    def _family_street(self, p: _Post, m: re.Match[str]) -> bool:
        """ "the Okafors on Wharton St": a family placed on their street."""
        name = m.group("name")
        street = self.street_after and self.street_after.match(p.text, m.end())
        if not street or name in self.not_name or not name.endswith("s") or (
                name in self.public_title_words or name[:-1] in self.public_title_words):
            return False
        p.add(m.start("name"), street.end(), (
            f"‘{p.text[m.start('name'):street.end()]}’ names a family with their street. "
            f"{_WHY} Remove the name or the street."))
        return True

    def _homes_in_prose(self, p: _Post) -> None:
        """A family or named person placed on their street without a house number ("the
        Okafors on Wharton St", "Daniel Okoro, lives up Broad Lane")."""
        text = p.text
        # Led by the literal "he ", so that the engine skips to each "the"/"The".
        for m in _FAMILY_THEN_PLACE.finditer(text):
            family = self.family_name.match(text, m.start() - 1)
            if family and _word_starts_at(text, family.start()) and not p.taken(
                    family.start(), family.end()):
                self._family_street(p, family)
        if not self.lives_on or "lives" not in p.cue_kinds:
            return
        for at, _end, kind in p.cues(self):
            if kind != "lives":
                continue
            for n in self.full_name.finditer(text, max(0, at - 60), at):
                lives = self.lives_on.match(text, n.end())
                if not lives or not _word_starts_at(text, n.start()) or not (
                        self._name_ok(n.group())) or p.taken(n.start(), lives.end()):
                    continue
                if self._is_public_figure(text, n.start(), n.end(), p.sentence(n.start())[1]):
                    continue
                p.add(n.start(), lives.end(), (
                    f"‘{text[n.start():lives.end()]}’ says where a named person lives. "
                    f"{_WHY} Remove the name or the street."))

    def _called_people(self, p: _Post) -> None:
        """A private person introduced by name ("a dad called Kieran", "a 19-year-old
        from Gateshead called Shannon") with sensitive details in the sentences about
        them, after the name or before it ("Hard one in the family court today: a dad
        called Kieran...")."""
        text = p.text
        for m in self.called_person.finditer(text):
            start, end = m.span("name")
            if not self._name_ok(m.group("name")) or p.taken(start, end):
                continue
            s0, s1 = self._detail_window(p, start)
            detail = self._prose_detail(p, end, s1)
            # Before the name, only where the author is not the subject ("I was off
            # sick, then met a bloke called Owen").
            if not detail and not _search_word(_I_SUBJECT, text, s0, m.start()):
                for t0, t1, family, _prone in reversed(self._prose_terms(p)):
                    if t0 < s0:
                        break
                    if t1 <= m.start() and not self._topical_term(p, t0, t1):
                        detail = t0, t1, family
                        break
            if detail:
                self._raise_prose(p, start, end, detail)

    def _addressed_readers(self, p: _Post) -> None:
        """A private person spoken to by name ("Margaret, if you're reading this") in a
        short post that gives sensitive details: the whole post is about them."""
        text = p.text
        for m in _READER_BY_NAME.finditer(text):
            start, end = m.span("name")
            if not self._name_ok(m.group("name")) or p.taken(start, end):
                continue
            if self._is_public_figure(text, start, end, p.sentence(start)[1]):
                continue
            terms = [t for t in self._prose_terms(p) if not self._topical_term(p, t[0], t[1])]
            if terms:
                t0, t1, family, _prone = min(terms, key=lambda t: abs(t[0] - start))
                self._raise_prose(p, start, end, (t0, t1, family))

    def _pupils(self, p: _Post) -> None:
        """A pupil named with their class ("Year 3 student Lily Chen", "Ellie Robertson
        (P6, Kinglassie Primary)"): a child identified by school year."""
        text = p.text
        for run in p.number_runs():
            start = run.start()
            if run.end() - start > 2 or not start:
                continue
            before = text[start - 1]
            if before == " ":
                if not text.endswith(("Year", "Yr", "Grade", "Primary"), 0, start - 1):
                    continue
            elif before not in "PSY" or (start > 1 and text[start - 2].isalnum()):
                continue
            if not self.year_marker_before.search(text, max(0, start - 8), start):
                continue
            marker = self.year_marker_before.search(text, max(0, start - 8), start)
            if _STAFF_AFTER_YEAR.match(text, run.end()):
                continue  # "Year 6 teacher", "(Year 3 lead)": a member of staff
            name = self.pupil_after_year.match(text, start)
            if name:
                lo, hi = marker.start(), name.end("name")
                group = "name"
            else:
                name = self.pupil_before_year.search(text, max(0, marker.start() - 40),
                                                     marker.start())
                if not name or not _word_starts_at(text, name.start()):
                    continue
                group = "name" if name.group("name") else "first"
                if name.group(group).split()[0].lower() in self.group_words:
                    continue  # "Pupils in Year 7": a group, not a child
                lo, hi = name.start(), run.end()
            if not self._name_ok(name.group(group)) or p.taken(lo, hi) or (
                    self._is_public_figure(text, name.start(group), name.end(group),
                                           p.sentence(lo)[1])):
                continue
            p.add(lo, hi, (
                f"‘{text[lo:hi]}’ names a child with their school year. {_WHY} Children's "
                "details need the most care: remove the name."))

    def _children(self, p: _Post) -> None:
        """A child by first name ("little Amir", "young Zara") with their school or
        nursery, or with health, social-care or other sensitive details."""
        text = p.text
        for cue_start, cue_end, kind in p.cues(self):
            if kind != "child":
                continue
            m = self.child_name.match(text, cue_end)
            if not m:
                continue
            name = m.group("name")
            if name in self.not_name or p.taken(m.start("name"), m.end("name")):
                continue
            s0, s1 = self._detail_window(p, cue_start)
            if _PLACE_BEFORE.search(text, max(s0, cue_start - 8), cue_start) or (
                    self.school_place and self.school_place.match(text, m.start())):
                continue  # "at Little Acorns nursery": the school itself
            school = self.school_place and self.school_place.search(text, m.end(), s1)
            if school:
                p.add(cue_start, school.end(), (
                    f"‘{text[cue_start:school.end()]}’ identifies a child by name and "
                    f"school. {_WHY} Children's details need the most care: remove the name "
                    "or the school."))
                continue
            detail = self._prose_detail(p, m.end(), s1)
            if detail:
                self._raise_prose(p, cue_start, m.end(), detail)

    def _relative(self, p: _Post, start: int, end: int) -> None:
        """A relative by first name ("your mum Margaret", "her son Tom") with their
        health, benefit, legal or other sensitive details."""
        if p.text[start:end] in self.not_name or p.taken(start, end):
            return
        _, s1 = self._detail_window(p, start)
        detail = self._prose_detail(p, end, s1)
        if detail:
            self._raise_prose(p, start, end, detail)

    def _colleague(self, p: _Post, start: int, end: int, after: int,
                   month: bool = False) -> None:
        """A colleague by first name ("Ellie in our team", "my colleague Sam") with their
        health or HR matters; a month's name only when `month` says it is one."""
        if (p.text[start:end] in self.not_name and not month) or p.taken(start, end):
            return
        _, s1 = self._detail_window(p, start)
        detail = self._prose_detail(p, after, s1, self.colleague_families)
        if detail:
            self._raise_prose(p, start, end, detail)

    def _named_homes(self, p: _Post) -> None:
        """A named house or farm right after a private person's name."""
        if not self.home_after_name:
            return
        text = p.text
        for _start, end, _kind in self._named_people(p):
            m = self.home_after_name.match(text, end)
            if not m or not self._name_ok(m.group("house")):
                continue
            # A farm open to visitors is a venue, as with street addresses.
            if self._reads_as_venue(p, end):
                continue
            home = m.group("home")
            p.add(m.start("home"), m.end("home"), (
                f"‘{home}’ looks like someone's home address. {_WHY} Remove it; share "
                "addresses only for public venues and offices."))

    def _casework_replies(self, p: _Post) -> None:
        """A public reply that goes through the reader's own case ("@jo your claim has been
        approved", "your refund of £642.17")."""
        # Called only for a post that opens with a handle: a reply.
        reply = self.casework_reply_to_handle or self.casework_reply
        matches = list(reply.finditer(p.text)) if reply else []
        if self.casework_action:
            matches += self.casework_action.finditer(p.text)
        for m in matches:
            p.add(m.start(), m.end(), (
                f"‘{m.group()}’ discusses a member of the public's own case in a public "
                f"reply. {_WHY} Reply only in general terms here, and move the conversation "
                "to a secure official contact route (a direct message is not enough for "
                "case details)."))

    def _details_in_pictures(self, p: _Post) -> None:
        """A picture with the post said to show people's names, faces or other details
        ("[photo: the queue, names visible on their lanyards]")."""
        lower = p.lower
        if not _PICTURE.search(lower):
            return
        for m in _DETAILS_SHOWN.finditer(lower):
            s0, _ = p.sentence(m.start())
            if _HIDDEN.search(lower, max(s0, m.start() - 20), m.end()) or p.taken(
                    m.start(), m.end()):
                continue
            p.add(m.start(), m.end(), (
                f"‘{p.text[m.start():m.end()]}’: the picture shows people's details. "
                f"{_WHY} Crop or blur them before posting, or use a picture without them."))

    # -- where the learned signal may raise -------------------------------------

    def learned_may_raise(self, post: Post) -> bool:
        """True when the post points at someone the reader could identify: an @handle,
        a number or code, or a capitalised name that is not a place ("in Kirkby") or a
        lone word opening a sentence ("Mate finally got his licence back").

        The model weighs words of sensitive matters; with nobody named ("the genius who
        rang 999", "they cared for my dad") it cannot be anybody's personal data. The
        model still learns from every post: the gate is for raising only."""
        text = post.text
        if _HANDLE_OR_CODE.search(text) or _FAMILY_BY_NAME.search(text):
            return True
        for m in _NAME_RUN.finditer(text):
            names = [t for t in _NAME_SPLIT.split(m.group()) if t and t.removesuffix(
                "'s").removesuffix("’s") not in self.not_name]
            if not names or _PLACE_BEFORE_PERSON.search(text, max(0, m.start() - 8), m.start()):
                continue
            before = m.start()
            while before and text[before - 1].isspace():
                before -= 1
            opens_sentence = not before or not (
                text[before - 1].isalnum() or text[before - 1] in _MID_SENTENCE)
            if len(names) > 1 or not opens_sentence or not self.private_title_words.isdisjoint(
                    m.group().split()):
                return True  # "Mrs Bentley, I'm so sorry": a title makes it a name
        return False

    # -- entry point ---------------------------------------------------------

    def _marked_as_example(self, lowered: str) -> bool:
        """A tag anywhere ("[example]", "#example"), or a label ending in ":" that opens
        the post or a line ("Example: ...")."""
        if not any(gate in lowered for gate in self.example_gates):
            return False
        for tag in self.example_tags:
            if tag.endswith(":"):
                if lowered.lstrip().startswith(tag) or ("\n" + tag) in lowered:
                    return True
            elif tag in lowered:
                return True
        return False

    def find(self, post: Post) -> list[Finding]:
        text = post.text
        if not text:
            return []
        has_capital = bool(_CAPITALISED.search(text))
        p = _Post(post)
        runs = p.number_runs()
        if not (runs or has_capital or "@" in text):
            return []
        has_digit = bool(runs)
        # Identifiers, phone numbers and dates of birth need a run of four characters.
        if p.long_run:
            p.cues(self)
            if "birth" in p.cue_kinds:
                self._dates_of_birth(p)
            self._numbers(p)
        if "@" in text:
            self._emails(p)
            if text.lstrip(" .").startswith("@") and "your" in p.lower:
                self._casework_replies(p)
        if has_digit and has_capital:
            self._plates(p)
            self._codes_of_homes(p)
            self._addresses(p)
            self._ages(p)
            if " is " in text and has_capital and self._prose_terms(p):
                self._named_ages(p)
        if has_capital:
            if self._named_people(p):
                self._details_of_named(p)
                self._named_homes(p)
            # Each step below reads only cues of its own kinds.
            kinds = p.cue_kinds
            if "health" in kinds or "lead" in kinds:
                self._possessive_details(p)
            if "condition" in kinds or "passive" in kinds:
                self._linked_conditions(p)
            # Private people named in prose, read only near the sensitive terms that
            # are about someone rather than a topic of work.
            if self._prose_terms(p):
                self._people_in_prose(p)
            if "child" in kinds:
                self._children(p)
            # Short posts only (their cues are read for them): a school year ("Year 3",
            # "Grade 4", "Primary 6" are cues; "(P6" and ", S4" are looked for), and
            # families and people placed on their street.
            if len(text) <= _READ_WHOLE_POST:
                if has_digit and ("year" in kinds or "(P" in text or ", P" in text
                                  or "(S" in text or ", S" in text or "(Y" in text
                                  or " in Y" in text):
                    self._pupils(p)
                if self.street_after:
                    self._homes_in_prose(p)
                if self.called_person and (" called " in text or " named " in text):
                    self._called_people(p)
                if any(gate in p.lower for gate in _READER_GATES):
                    self._addressed_readers(p)
            if "house" in kinds and self.home_after_name:
                self._untitled_homes(p)
        if any(gate in p.lower for gate in _SHOWN_GATES):
            self._details_in_pictures(p)
        # Read last, as only a post that raised something needs it.
        if p.findings and self.example_tags and self._marked_as_example(p.lower):
            return []  # a marked fictional example, as in training material
        if p.findings and _LONG_DEAD_GATE.search(p.lower) and _LONG_DEAD.search(p.lower):
            return []  # an ancestor in an old record: nobody living
        return sorted(p.findings, key=lambda f: (f.start, f.end))

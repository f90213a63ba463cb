"""personal_data: the post identifies a private individual or exposes their details.

Raises on direct identifiers (personal email, personal phone number, National
Insurance, NHS, Centrelink CRN, SSN and SIN numbers, passport and similar
labelled numbers, dates of birth), a home address (house number and street,
with any town and postcode after it), a case or claim reference next to a named
person or addressed to "your", and a named private person (Mrs Sheila Pryce,
claimant Sarah Whitlock, "Jim, 58") with health, benefit, criminal, immigration
or HR details; also a public reply that goes through the reader's own case ("@jo
your claim has been approved"). Lets pass published contact routes (an inbox on an official or
linked domain, a freephone or 03 number, a number presented as a helpline or
switchboard), public figures in their public role, venue addresses for events,
talk about kinds of data ("don't post your NI number"), publication IDs, and
fictional people in examples marked with an explicit tag ("Example:").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from typing import Any

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

from .base import Finding, Post, finding
from .text import fold, host_matches, sentences, url_host, urls

NAME = "personal_data"
PRINCIPLE = "protect-personal-data"
DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "severity": "fail",
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
    "example_tags": ["#example", "[example]", "(example)", "example:", "fictional example",
                     "not a real person", "fictitious"],
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
    ],
    # Labels whose number identifies a person wherever it appears.
    "personal_id_labels": [
        "passport", r"driv(?:ing|er'?s) licen[cs]e", "licen[cs]e", r"prison(?:er)?", "inmate",
        "NHS", "hospital", "MRN", "medical record", "medicare", "TFN", "tax file", "IRD",
        "UTR", "NINO", "national insurance", "NI", "SSN", "social security", "SIN",
        "social insurance", "CRN", "customer reference", "student", "pupil", "alien",
        "A-number", "health card", "OHIP", "patient",
    ],
    # Labels of a case file: personal once tied to a named person or to "your".
    "case_labels": [
        "case", "claim", "file", "ref", "reference", "application", "appeal", "account",
        "complaint", "ticket", "holding", "CPH", "tenancy", "policy", "booking",
    ],
    # Titles of a private individual; a name after one is a person.
    "private_titles": ["Mr", "Mrs", "Ms", "Miss", "Mx", "Master"],
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
        "user",
    ],
    # In a public reply, "your <case word>" with a status or an amount discusses that
    # person's own case ("your claim has been approved", "your refund of £642").
    "case_words": [
        "claim", "application", "appeal", "case", "payment", "payments", "refund", "benefit",
        "benefits", "pension", "allowance", "PIP", "UC", "Universal Credit", "tax return",
        "tax bill", "tax code", "debt", "arrears", "award", "visa", "record", "file",
        "account", "assessment", "reconsideration", "sanction", "tribunal", "hearing",
        "rebate", "overpayment", "entitlement", "EI", "CRB", "JobSeeker", "rating",
    ],
    "case_statuses": [
        "approved", "refused", "rejected", "stopped", "processed", "sanctioned", "reduced",
        "suspended", "cancelled", "canceled", "overpaid", "underpaid", "paid", "granted",
        "closed", "escalated", "flagged", "withdrawn", "denied", "backdated", "reviewed",
        "put on hold", "on hold", "delayed", "received", "lost", "found", "updated",
        "changed", "corrected", "amended",
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
        "beneficiary", "recipient", "debtor",
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
    ],
    "public_role_words": [
        "minister", "secretary", "member", "councillor", "director", "chief", "chair",
        "chairman", "chairwoman", "head", "commissioner", "spokesperson", "spokesman",
        "spokeswoman", "MP", "senator", "mayor", "officer", "adviser", "advisor",
        "executive", "president", "CEO", "leader", "deputy", "governor", "representative",
        "ambassador", "lead", "chancellor", "registrar", "inspector", "permanent secretary",
        "author", "presenter", "speaker", "keynote", "panel", "panellist", "professor",
        "founder", "appointed", "appointment",
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
        ],
        "benefit": [
            "benefits?", "claim", "pension", "allowance", "PIP", "ESA", "JSA", "tax credits?",
            "Universal Credit", "Carer Payment", "Age Pension", "JobSeeker", "Centrelink",
            "EI", "employment insurance", "disability rating", "sanction(?:ed)?",
            "overpayment", "debt", "arrears", "refund", "tax bill", "tax return", "payments?",
            "owes", "owed", "owing",
            "evicted", "eviction", "homeless", "B&B", "food bank", "award stopped",
            "waiting \\d+ (?:weeks|months)", "housing list",
        ],
        "legal": [
            "convicted", "convictions?", "arrested", "charged", "offender", "prison", "jail",
            "custody", "on licence", "probation", "parole", "sentenced", "allegation",
            "accused", "fraud", "smuggl\\w*", "undeclared", "stabbed", "assaulted", "victim",
            "dumping", "investigation", "asylum", "refugee", "visa", "deport\\w*",
            "appeal hearing", "immigration", "removal", "overstay\\w*",
        ],
        "HR": [
            "sick leave", "off sick", "signed off", "disciplinary", "grievance", "dismissed",
            "sacked", "suspended", "capability", "redundan\\w*", "mental[- ]health leave",
            "stress leave", "medical leave", "compassionate leave", "maternity leave",
        ],
        "age": [
            r"aged \d{1,3}", r"\d{1,3}[- ]years?[- ]old", r"(?:he|she)(?:'s|’s| is) \d{2,3}",
            r"turns? \d{2,3}", r"born in (?:19|20)\d\d",
        ],
    },
    # Possessed by a named person ("after her mental-health leave", "his PIP"), these
    # are health, HR, benefit or legal matters about that person.
    "possessive_personal_terms": [
        "mental[- ]health", "mental[- ]health leave", "illness", "sickness",
        "sickness absence", "sick leave", "stress leave", "medical leave", "cancer", "diagnosis",
        "surgery", "operation", "treatment", "chemo", "chemotherapy", "stroke", "leave",
        "breakdown", "depression", "anxiety", "condition", "disability", "miscarriage",
        "pregnancy", "disciplinary", "dismissal", "suspension", "grievance", "recovery",
        "health scare", "heart attack", "rehab", "PTSD", "dementia", "benefits?", "claim",
        "pension", "allowance", "PIP", "Universal Credit", "Pension Credit", "tax credits?",
        "refund", "arrears", "debts?", "sanction", "visa", "asylum claim", "convictions?",
        "sentence", "tenancy", "eviction", "payment",
    ],
    # After a possessive term these make it about a policy, not a person ("his pension reforms").
    "policy_nouns": [
        "reforms?", "polic(?:y|ies)", "plans?", "strategy", "bill", "review", "scheme",
        "announcement", "changes", "proposals?", "programme", "program", "agenda", "work",
        "team", "portfolio", "speech", "statement", "report", "campaign", "research",
    ],
    "personal_health_verbs": [
        "off sick", "signed off sick", "signed off work", "signed off with", "been signed off",
        "diagnosed with", "in hospital",
        "admitted to hospital", "attempted suicide", "on sick leave", "on medical leave",
        "on stress leave", "on mental[- ]health leave", "back from sick leave",
        "back from medical leave", "recovering from surgery", "recovering from an operation",
        "recovering from cancer", "recovering from a stroke", "recovering from a heart attack",
        "had a stroke", "had a heart attack", "had a breakdown", "had a miscarriage",
    ],
    # Street types after a house number make a street address.
    "street_types": [
        "Road", "Rd", "Street", "St", "Lane", "Ln", "Avenue", "Ave", "Av", "Grove", "Close",
        "Drive", "Dr", "Way", "Crescent", "Cres", "Court", "Ct", "Place", "Pl", "Terrace",
        "Gardens", "Row", "Hill", "Boulevard", "Blvd", "Parkway", "Pkwy", "Highway", "Hwy",
        "Circle", "Cir", "Mews", "Square", "Sq", "Walk", "View", "Rise", "Park", "Green",
        "Parade", "Vale", "Wynd", "Croft", "Fold", "Gate", "Chase", "Meadow", "Meadows",
        "Quay", "Wharf", "Boulevard", "Trail", "Pike", "Crossing", "Loop", "Bend", "Esplanade",
        "Promenade", "Terr",
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
    ],
    # Words that make an address a home even where venue words appear.
    "residential_cues": [
        "lives", "living", "live at", "home", "house", "address", "resident", "neighbou?r",
        "moved to", "released to", "staying", "stays",
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
    ],
}

_KINDS_OF_ID = {
    "ni": "a National Insurance number",
    "nhs": "an NHS number",
    "crn": "a Centrelink customer reference number (CRN)",
    "ssn": "a US Social Security number",
    "sin": "a Canadian Social Insurance Number",
    "dob": "a date of birth",
    "labelled": "a personal identification number",
}
_FAMILY_WORDS = {
    "health": "health details", "benefit": "benefit or money details",
    "legal": "criminal, legal or immigration details", "HR": "HR details",
    "age": "their age",
}
_WHY = ("Posting it breaks data protection law and the duty to keep people's details off "
        "public channels; casework belongs off the public timeline.")

_NAME_TOKEN = r"(?:Mc|Mac|O['’])?[A-Z][a-zà-öø-ÿāēīōūŋ]+(?:-[A-Z][a-zà-öø-ÿāēīōūŋ]+)?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
         r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}"
         r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")
_SERVICE_TYPES = (PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN,
                  PhoneNumberType.PREMIUM_RATE)

# Patterns run over a whole post start with a digit or a literal, never with \b or a
# look-behind: Python's regex engine can then skip quickly to where a match could
# begin. Word boundaries are checked in code on the few matches.
_ANY_DIGIT = re.compile(r"\d")
_CAPITALISED = re.compile(r"[A-Z][a-z]")
_LONG_NUMBER = re.compile(r"\d[ /.-]?\d[ /.-]?\d[ /.-]?\d")
# A run of digit groups: phone numbers, references, ID numbers ("0491 570 156",
# "(219) 555-0147", "HL/2025/0912", "204 117 358K", "NJ 50 73 21 A").
_NUMBER_RUN = re.compile(
    r"\d[\dA-Z]*(?:(?:[ /.-]|\) ?)[\dA-Z]*\d[\dA-Z]*){0,6}(?: [A-D]\b)?")
_LETTER_PREFIX = re.compile(r"[A-Z]{1,4}[/-]?$")
_PHONE_PREFIX = re.compile(r"(?:\+\d{0,3}[ .-]?)?\(?$")
_NOT_BEFORE_NUMBER = frozenset("/.,:£$€#-_")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9][\w.+-]{0,63}$")
_EMAIL_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
_DIGITS = re.compile(r"\D")
_NHS_SHAPE = re.compile(r"[1-9]\d\d \d{3} \d{4}")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|the|to the|near|on)\s+$")
_YOUR = re.compile(r"(?i)\byour\b")
_PERSON_LIKE_LOCAL = re.compile(r"[a-z][._][a-z]|[a-z]\d{2,}$")
_ISBN_BEFORE = re.compile(r"(?i)\b(?:isbn|issn|doi)\W*$")
_PERSON_OF = re.compile(r"(?:\b(?:of|at|in)|,)\s*$")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_APPOSITION = re.compile(
    r"\s*(?:[,(–—-]|(?:who\s+)?(?:is|was|will\s+be|has\s+been|becomes|became)\b|as\b)")
_PRONOUN_NEXT = re.compile(r"\s*(?:He|She|They|His|Her|Their)\b")
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


def _words_pattern(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile(r"(?<![\w])(?:" + _alternation(phrases) + r")(?![\w])", flags)


def _trie_pattern(phrases: list[str], after_space: bool = False) -> re.Pattern[str] | None:
    """Lower-case phrases as one pattern shaped like a trie, so that each position of
    the text costs one character test rather than one test per phrase. Phrases that
    are themselves patterns ("mental[- ]health") are tried after the plain ones."""
    if not phrases:
        return None
    tree: dict[str, dict] = {}
    patterns = []
    for phrase in phrases:
        if re.escape(phrase) != phrase.replace(" ", "\\ ").replace("-", "\\-"):
            patterns.append(phrase)
            continue
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

    alternatives = ([build(tree)] if tree else []) + patterns
    return re.compile((" " if after_space else "") + "(?:" + "|".join(alternatives)
                      + r")(?![\w])")


def _word_starts_at(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number modulus-11 check."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _national_digits(digits: str, number) -> str:
    """The number as dialled at home, with its trunk 0 where the country uses one."""
    national = str(number.national_number)
    if number.country_code in (44, 61, 64) or digits.startswith("0"):
        return "0" + national
    return national


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence spans, not broken after a title or initial ("Mr. Tyrone Jackson")."""
    merged: list[tuple[int, int]] = []
    for start, end in sentences(text):
        if merged and _ABBREVIATION_END.search(text, max(0, merged[-1][1] - 6), merged[-1][1]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged or [(0, len(text))]


class _Post:
    """One post being checked: its text, lower-cased copy, sentences and findings."""

    def __init__(self, post: Post) -> None:
        self.post = post
        self.text = text = post.text
        lowered = text.lower()
        self.lower = lowered if len(lowered) == len(text) else fold(text)
        # Whitespace made plain spaces and one space in front, so that every word
        # follows a space (offsets are one more than in text).
        self.spaced = " " + self.lower.replace("\n", " ").replace("\t", " ").replace("\r", " ")
        self.findings: list[Finding] = []
        self._claimed: set[int] = set()
        self._starts: list[int] = []
        self._bounds: list[tuple[int, int]] = []
        self.names_someone: bool | None = None

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around pos, cut to _SENTENCE_REACH characters either side so
        that work per signal stays bounded in text without full stops."""
        if not self._bounds:
            self._bounds = _sentence_bounds(self.text)
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
        self.max_digits = _positive_int(config, "phone_max_digits")
        if self.min_digits > self.max_digits:
            raise ValueError("'phone_min_digits' must not be more than 'phone_max_digits'.")
        self.cue_window = _positive_int(config, "cue_window")
        self.max_age = _positive_int(config, "max_age")
        self.example_tags = tuple(t.lower() for t in _string_list(config, "example_tags"))
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
        self.official_cue = _words_pattern([c for c in official if not c.islower()], 0)
        self.official_cue_any_case = _words_pattern([c for c in official if c.islower()])
        self.personal_cue = _words_pattern(_string_list(config, "personal_contact_cues"))
        self.venue_cue = _words_pattern(_string_list(config, "venue_cues"))
        self.residential_cue = _words_pattern(_string_list(config, "residential_cues"))
        self.not_name = frozenset(_string_list(config, "not_name_words"))

        label_tail = (r"\.?\s*(?:card\s*)?(?:no\b\.?|num\b\.?|number|#)?\s*(?:is\s+|was\s+)?"
                      r"[:#–-]?\s*$")
        self.id_label_end = self._label_pattern(_string_list(config, "personal_id_labels"),
                                                label_tail)
        self.case_label_end = self._label_pattern(_string_list(config, "case_labels"), label_tail)
        # National Insurance (valid prefixes only), Centrelink CRN and US SSN shapes.
        self.national_id = re.compile(
            r"(?:(?P<ni>" + (r"(?!" + "|".join(bad_prefixes) + r")" if bad_prefixes else "")
            + r"[A-CEGHJ-PR-TW-Z]"
            r"[A-CEGHJ-NPR-TW-Z](?P<sep> ?)\d\d(?P=sep)\d\d(?P=sep)\d\d(?P=sep)[A-D])"
            r"|(?P<crn>\d{3} ?\d{3} ?\d{3}[A-Z])"
            r"|(?P<ssn>(?!000|666|9\d\d)\d{3}-(?!00)\d\d-(?!0000)\d{4}))\b")
        self.date_of_birth = re.compile(
            r"(?:DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth)\s*[:\-–]?\s*(?P<value>" + _DATE + ")")
        self.phone_shape = re.compile(
            r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d(?:[\d.-]| (?=\d)){6,18}\d"
            r"(?![\w/:%£$€]|[.,]\d|-\d)")

        street_types = _string_list(config, "street_types")
        street_word = (r"(?:" + _NAME_TOKEN + r"|St\.?|Te|de|la|le|du|van|von|[NSEW]|[NS][EW]"
                       r"|\d{1,3}(?:st|nd|rd|th))")
        postcode = r"[A-Z]{1,2}\d[A-Z\d]?(?:\s?\d[A-Z]{2})?"
        town = r"(?:,\s*" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")?(?=[\s,.;)]|$))?"
        # A numbered street line: "12 Mill Lane", "4812 Magoun Ave", or any named street
        # ("32 Kingsway") when a full postcode follows it.
        self.address = re.compile(
            r"\d{1,5}[A-Za-z]?,?\s+(?:"
            + (r"(?:" + street_word + r"\s+){1,3}(?:" + _alternation(street_types) + r")\b"
               + town + r"(?:,?\s+" + postcode + r"\b)?|" if street_types else "")
            + r"(?:" + street_word + r"\s+){0,2}" + _NAME_TOKEN + town
            + r",?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)")

        names = _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,2}"
        full_name = _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){1,2}"
        titles = _alternation(_string_list(config, "private_titles"))
        ranks = _string_list(config, "rank_titles")
        self.titled_name = re.compile(
            r"(?:" + titles + r")\.?\s+(?:and\s+(?:" + titles + r")\.?\s+)?(?P<name>"
            + names + ")") if titles else None
        self.ranked_name = re.compile(
            r"(?:" + _alternation(ranks) + r")\.?(?:\s*\(Ret(?:\.|d\.?|ired)?\))?\s+(?P<name>"
            + full_name + ")") if ranks else None
        status_nouns = _string_list(config, "status_role_nouns")
        role_nouns = status_nouns + _string_list(config, "case_role_nouns")
        self.status_nouns = frozenset(n.lower() for n in status_nouns)
        # Found in the lower-cased text, then the name is read from the original after it.
        # Role nouns, possessives and health verbs are looked for as whole words in
        # p.spaced, after a space: a literal space lets the regex engine skip fast.
        self.role_noun = _trie_pattern([n.lower() for n in role_nouns], after_space=True)
        self.name_after_role = re.compile(
            r",?\s+(?:(?:" + titles + r")\.?\s+)?(?P<name>" + full_name + ")")
        self.full_name = re.compile(full_name + r"\b")
        self.name_token = re.compile(_NAME_TOKEN + r"\b")
        # "Jim, 58, ...", "Mrs Doreen Fitch (87)", "Sam Ellery, aged 42".
        self.age = re.compile(
            r"(?P<open>[,(])[ \t]*(?P<aged>aged[ \t]+)?(?P<age>\d{1,3})(?![\d%]|[.,:]\d)"
            r"(?P<close>\))?")
        self.aged = re.compile(
            r"(?P<open>)(?P<aged>aged[ \t]+)(?P<age>\d{1,3})(?![\d%]|[.,:]\d)(?P<close>)")
        self.age_follows = re.compile(
            r"\s*(?:,|\)|\s[–—-]\s|\s+(?:from|who|whose|has|is|was|and)\b)")
        self.name_before = re.compile(
            r"\b" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,2}(?=,?\s*$)")
        self.person_nouns = frozenset(n.lower() for n in _string_list(config, "person_nouns"))
        self.year_old = re.compile(r"\d{1,3}[- ]year[- ]old\b")

        public_titles = _string_list(config, "public_titles")
        self.public_title_before = (re.compile(
            r"\b(?:" + _alternation(public_titles) + r")\.?\s+(?:" + _NAME_TOKEN + r"\s+)?$")
            if public_titles else None)
        self.public_role_after = _words_pattern(_string_list(config, "public_role_words"))

        terms = config.get("sensitive_terms", DEFAULTS["sensitive_terms"])
        if not isinstance(terms, Mapping):
            raise ValueError("'sensitive_terms' must map a family name to a list of phrases.")
        self.sensitive: list[tuple[str, re.Pattern[str]]] = []
        for family, phrases in terms.items():
            if not isinstance(phrases, list) or not all(isinstance(p, str) and p for p in phrases):
                raise ValueError(f"'sensitive_terms' → '{family}' must be a list of phrases.")
            if phrases:
                self.sensitive.append((str(family), re.compile(
                    r"(?<![\w])(?:" + _case_sensitive_alternation(phrases) + r")(?![\w])")))

        possessive = [p.lower() for p in _string_list(config, "possessive_personal_terms")]
        policy = [p.lower() for p in _string_list(config, "policy_nouns")]
        not_policy = r"(?!\s+(?:" + _alternation(policy) + r")\b)" if policy else ""
        # Both read the lower-cased text.
        self.possessive_detail = re.compile(
            r" (?:her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _alternation(possessive) + r")\b"
            + not_policy) if possessive else None
        case_words = _string_list(config, "case_words")
        statuses = _string_list(config, "case_statuses")
        self.casework_reply = re.compile(
            r"(?i:your)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _case_sensitive_alternation(case_words)
            + r")\b[^.!?\n]{0,60}?(?:[£$€]\s?\d[\d,]*(?:\.\d\d)?|\b(?:has|have|had|was|were|is"
            r"|are)\s+(?:now\s+|just\s+|finally\s+)?(?:been\s+|being\s+)?(?i:"
            + _alternation(statuses) + r")\b)") if case_words and statuses else None
        self.health_verb = _trie_pattern(
            [v.lower() for v in _string_list(config, "personal_health_verbs")], after_space=True)

    @staticmethod
    def _label_pattern(labels: list[str], tail: str) -> re.Pattern[str] | None:
        if not labels:
            return None
        return re.compile(r"\b(?:[A-Z]{2,4}\s)?(?:" + _case_sensitive_alternation(labels) + r")\b"
                          + tail)

    # -- shared judgements ---------------------------------------------------

    def _is_public_figure(self, text: str, start: int, end: int, sentence_end: int) -> bool:
        """A name after a public title (Cllr, Minister, Dr) or followed by a public role."""
        before = text[max(0, start - 40):start]
        if self.public_title_before and self.public_title_before.search(before):
            return True
        # The role has to be said of the person: "Jo Bloggs, Executive Member ...",
        # "... (spokesperson)", "... will be the new Chief Executive".
        after = text[end:min(sentence_end, end + 70)]
        return bool(self.public_role_after and _APPOSITION.match(after)
                    and self.public_role_after.search(after))

    def _name_ok(self, name: str) -> bool:
        return not any(token in self.not_name for token in name.split())

    def _names_someone(self, p: _Post) -> bool:
        """True when the post names someone by first and last name (not a public figure)."""
        if p.names_someone is None:
            p.names_someone = False
            for m in self.full_name.finditer(p.text):
                if not _word_starts_at(p.text, m.start()) or not self._name_ok(m.group()):
                    continue
                if not self._is_public_figure(p.text, m.start(), m.end(),
                                              p.sentence(m.start())[1]):
                    p.names_someone = True
                    break
        return p.names_someone

    def _presented_as_official(self, p: _Post, start: int, end: int) -> bool:
        """True when the words around a contact present it as the organisation's own route."""
        text = p.text
        s0, s1 = p.sentence(start)
        around = text[max(s0, start - self.cue_window):min(s1, end + 25)]
        if (self.official_cue and self.official_cue.search(around)) or (
                self.official_cue_any_case and self.official_cue_any_case.search(around)):
            return True
        whole = text[s0:s1]
        # A published inbox or page of an official body in the same sentence.
        for _, _, url in urls(whole):
            host = url_host(url.split("@")[-1])
            if host and host_matches(host, self.official_domains):
                return True
        author = p.post.author
        return any(len(org) > 1 and org in around
                   for org in (author.department, author.department_short))

    def _owned(self, p: _Post, start: int) -> bool:
        """A possessive or personal cue just before a contact ("her mobile", "ring him on")."""
        s0, _ = p.sentence(start)
        return bool(self.personal_cue and self.personal_cue.search(
            p.text, max(s0, start - 40), start))

    # -- numbers: identifiers and phones ---------------------------------------

    def _numbers(self, p: _Post) -> None:
        text = p.text
        for run in _NUMBER_RUN.finditer(text):
            start, end = run.start(), run.end()
            before = text[start - 1] if start else " "
            if before.isalnum() or before in "-/":
                # Letters joined to the digits: "JT482913C", "ASC-204417", "HL/2025/0912".
                prefix = _LETTER_PREFIX.search(text, max(0, start - 5), start)
                if not prefix or not _word_starts_at(text, prefix.start()):
                    continue  # inside a word ("abc123") or a range ("2019-2020")
                start = prefix.start()
            elif before == " " and start >= 3 and _word_starts_at(text, start - 3):
                # An NI number's letters stand apart: "NJ 50 73 21 A".
                national = self.national_id.match(text, start - 3)
                if national and national.group("ni"):
                    self._report_id(p, national.start(), national.end(), "ni")
                    continue
            elif before in "+(":
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
            label = self.id_label_end and self.id_label_end.search(before)
            if label:
                said = label.group().lower()
                kind = ("nhs" if "nhs" in said and nhs_number_is_valid(digits)
                        else "sin" if _SIN_LABEL.search(said)
                        else "ssn" if _SSN_LABEL.search(said) else "labelled")
                self._report_id(p, start, end, kind)
                continue
            label = self.case_label_end and self.case_label_end.search(before)
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
        if not (yours or self._named_people(p) or self._names_someone(p)):
            return
        whose = "addressed to the person it belongs to" if yours else (
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
        number = self._possible_number(raw, digits)
        if number is None:
            return
        owned = self._owned(p, start)
        mobile = _national_digits(digits, number).startswith(self.mobile_prefixes)
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
        regions = self.regions
        if len(digits) in (10, 11) and not raw.startswith(("0", "+")) and "US" in regions:
            regions = ["US"] + [r for r in regions if r != "US"]
        for region in regions:
            for match in PhoneNumberMatcher(raw, region, leniency=Leniency.POSSIBLE):
                if len(_DIGITS.sub("", match.raw_string)) >= self.min_digits:
                    return match.number
        return None

    def _is_service_number(self, digits: str, number) -> bool:
        if phonenumbers.number_type(number) in _SERVICE_TYPES:
            return True
        national = _national_digits(digits, number)
        return national.startswith(self.service_prefixes) or digits.startswith(
            self.service_prefixes)

    def _dates_of_birth(self, p: _Post) -> None:
        lowered = p.lower
        if "dob" not in lowered and "birth" not in lowered and "d.o.b" not in lowered:
            return
        for m in self.date_of_birth.finditer(p.text):
            if _word_starts_at(p.text, m.start()):
                self._report_id(p, m.start("value"), m.end("value"), "dob")

    # -- email and addresses ---------------------------------------------------

    def _emails(self, p: _Post) -> None:
        text = p.text
        hosts = {url_host(u) for start, _, u in urls(text)
                 if "@" not in u and text[start - 1:start] != "@"} - self.personal_email_domains
        at = text.find("@")
        while at != -1:
            local = _EMAIL_LOCAL.search(text, max(0, at - 64), at)
            domain = _EMAIL_DOMAIN.match(text, at + 1)
            if local and domain and _word_starts_at(text, local.start()) and (
                    text[local.start() - 1:local.start()] not in (".", "+", "-")):
                self._email(p, local.start(), domain.end(), local.group().lower(),
                            domain.group().lower(), hosts)
            at = text.find("@", at + 1)

    def _email(self, p: _Post, start: int, end: int, local: str, domain: str, hosts) -> None:
        owned = self._owned(p, start)
        if not owned:
            if host_matches(domain, self.official_domains) or any(
                    host_matches(h, (domain,)) or host_matches(domain, (h,)) for h in hosts):
                return
            # A work address offered as a contact ("get in touch: j.bloggs@uni.ac.uk") is
            # published by its owner's organisation; a webmail one never is.
            if domain not in self.personal_email_domains:
                if local.replace("-", "").replace("_", "") in self.role_inboxes:
                    return
                if self._presented_as_official(p, start, end):
                    return
        what = ("a personal email address" if owned or domain in self.personal_email_domains
                or _PERSON_LIKE_LOCAL.search(local) else "an individual's email address")
        p.add(start, end, (
            f"‘{p.text[start:end]}’ looks like {what}. {_WHY} Remove it, and point people to "
            "the organisation's published inbox or contact page instead."))

    def _person_just_before(self, text: str, sentence_start: int, start: int) -> bool:
        """A person's name just before an address ("Gary Millward of 7 ...")."""
        window = text[max(sentence_start, start - 45):start]
        for m in self.full_name.finditer(window):
            if self._name_ok(m.group()) and not window[m.end():].strip(" ,").startswith(
                    ("office", "team")):
                return True
        return bool(self.titled_name and self.titled_name.search(window))

    def _addresses(self, p: _Post) -> None:
        text = p.text
        for m in self.address.finditer(text):
            if not _word_starts_at(text, m.start()):
                continue
            s0, s1 = p.sentence(m.start())
            sentence = text[s0:s1]
            residential = self.residential_cue and self.residential_cue.search(sentence)
            venue = self.venue_cue and self.venue_cue.search(sentence)
            # Event venues and offices are public; a home stays personal even beside an
            # event when a person's name leads into it ("Mrs Evans of 9 Bryn Road").
            if venue and not residential and not (
                    _PERSON_OF.search(text, max(s0, m.start() - 6), m.start())
                    and self._person_just_before(text, s0, m.start())):
                continue
            p.add(m.start(), m.end(), (
                f"‘{m.group()}’ looks like someone's home address. {_WHY} Remove it; share "
                "addresses only for public venues and offices."))

    # -- named people and their details ----------------------------------------

    def _named_people(self, p: _Post) -> list[tuple[int, int, str]]:
        """(start, end, kind) of private people named by title, rank or case role."""
        cached = getattr(p, "people", None)
        if cached is not None:
            return cached
        text, people = p.text, []
        for pattern, kind in ((self.titled_name, "titled"), (self.ranked_name, "ranked")):
            for m in pattern.finditer(text) if pattern else ():
                if not _word_starts_at(text, m.start()):
                    continue
                if self.public_role_after and self.public_role_after.search(m.group("name")):
                    continue  # "Mr. President", "Mr Speaker"
                if not self._is_public_figure(text, m.start(), m.end("name"),
                                              p.sentence(m.start())[1]):
                    people.append((m.start(), m.end("name"), kind))
        for role in self.role_noun.finditer(p.spaced) if self.role_noun else ():
            role_start, role_end = role.start(), role.end() - 1  # p.spaced is one longer
            m = self.name_after_role.match(text, role_end)
            # A title-case heading ("Recipients Can Look Forward To") or an office
            # ("Tenant Farming Commissioner") is not a person.
            if not m or not self._name_ok(m.group("name")) or _CAPITALISED_NEXT.match(
                    text, m.end()):
                continue
            if self.public_role_after and self.public_role_after.search(m.group("name")):
                continue
            if self._is_public_figure(text, m.start("name"), m.end("name"),
                                      p.sentence(role_start)[1]):
                continue
            kind = "status" if role.group()[1:] in self.status_nouns else "role"
            people.append((role_start, m.end("name"), kind))
        p.people = people
        return people

    def _detail_window(self, p: _Post, start: int) -> tuple[int, int]:
        """The name's sentence, and the next one when it goes on about the person (He/She)."""
        s0, s1 = p.sentence(start)
        if s1 < len(p.text) and _PRONOUN_NEXT.match(p.text, s1):
            s1 = p.sentence(_PRONOUN_NEXT.match(p.text, s1).end() - 1)[1]
        return s0, s1

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
            s0, s1 = self._detail_window(p, start)
            detail = None
            for family, pattern in self.sensitive:
                for m in pattern.finditer(text, s0, s1):
                    if start <= m.start() < end:
                        continue
                    if detail is None or abs(m.start() - start) < abs(detail[0] - start):
                        detail = (m.start(), m.end(), family)
                    break
            if detail is None:
                continue
            lo, hi = min(start, detail[0]), max(end, detail[1])
            what = _FAMILY_WORDS.get(detail[2], f"{detail[2]} details")
            p.add(lo, hi, (
                f"‘{who}’ is named here with {what} (‘{text[detail[0]:detail[1]]}’). {_WHY} "
                "Remove the name or the details; talk about the case only in general terms, "
                "and point the person to a secure official contact route."))

    def _ages(self, p: _Post) -> None:
        text = p.text
        matches = list(self.age.finditer(text))
        if "aged" in p.lower:
            matches += [m for m in self.aged.finditer(text) if _word_starts_at(text, m.start())]
        for m in matches:
            age = int(m.group("age"))
            aged = bool(m.group("aged"))
            close = m.group("open") == "(" and m.group("close")
            comma = m.group("open") == "," and not aged and self.age_follows.match(text, m.end())
            if not (close or comma or aged) or not 1 <= age <= self.max_age:
                continue
            name = self.name_before.search(text, max(0, m.start() - 45), m.start())
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
            p.add(first, m.end(), (
                f"‘{text[first:m.end()]}’ gives a named person's age. With a name, an age "
                f"identifies a private individual. {_WHY} Remove the name or the age."))
        if "year-old" in p.lower or "year old" in p.lower:
            self._year_olds(p)

    def _year_olds(self, p: _Post) -> None:
        text = p.text
        for m in self.year_old.finditer(p.lower):
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
        following = re.match(r"\s*([A-Za-z]+)", text[end:end + 30])
        if not following:
            return True
        word = following.group(1)
        return (word.lower() in self.person_nouns or word.lower() in _FUNCTION_WORDS
                or word in _IRREGULAR_PARTICIPLES
                or (word.endswith(("ed", "ly")) and not word[0].isupper()))

    def _possessive_details(self, p: _Post) -> None:
        """A named person followed by their own health, HR, benefit or legal matter."""
        text = p.text
        spans = []
        for pattern in (self.possessive_detail, self.health_verb):
            if pattern:  # p.spaced is one longer: its match starts at the space before
                spans += [(m.start(), m.end() - 1) for m in pattern.finditer(p.spaced)]
        for detail_start, detail_end in spans:
            s0, s1 = p.sentence(detail_start)
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
                if _FIRST_PERSON.search(text, n.end(), detail_start):
                    break  # the author's own matter ("thanks to Emma while I was off sick")
                if self._is_public_figure(text, n.start(), n.end(), s1):
                    break
                start = n.start()
                previous = re.search(_NAME_TOKEN + r"\s+$", text[max(s0, start - 25):start])
                if previous and previous.group().split()[0] not in self.not_name:
                    start -= len(previous.group())
                p.add(start, detail_end, (
                    f"‘{text[start:detail_end]}’ shares health, HR or benefit details about a "
                    f"named person. {_WHY} Colleagues' sickness, leave and HR matters, and "
                    "anyone's health or benefits, are theirs to share: remove the details, or "
                    "send the message privately."))
                break

    def _casework_replies(self, p: _Post) -> None:
        """A public reply that goes through the reader's own case ("@jo your claim has been
        approved", "your refund of £642.17")."""
        for m in self.casework_reply.finditer(p.text):
            p.add(m.start(), m.end(), (
                f"‘{m.group()}’ discusses a member of the public's own case in a public "
                f"reply. {_WHY} Reply only in general terms here, and move the conversation "
                "to a secure official contact route (a direct message is not enough for "
                "case details)."))

    # -- entry point ---------------------------------------------------------

    def _marked_as_example(self, lowered: str) -> bool:
        """A tag anywhere ("[example]", "#example"), or a label ending in ":" that opens
        the post or a line ("Example: ...")."""
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
        has_digit = bool(_ANY_DIGIT.search(text))
        has_capital = bool(_CAPITALISED.search(text))
        if not (has_digit or has_capital or "@" in text):
            return []
        p = _Post(post)
        if self.example_tags and self._marked_as_example(p.lower):
            return []  # a marked fictional example, as in training material
        if has_digit and _LONG_NUMBER.search(text):
            self._dates_of_birth(p)
            self._numbers(p)
        if "@" in text:
            self._emails(p)
            if self.casework_reply and text.lstrip(" .").startswith("@") and "your" in p.lower:
                self._casework_replies(p)
        if has_digit and has_capital:
            self._addresses(p)
            self._ages(p)
        if has_capital:
            if self._named_people(p):
                self._details_of_named(p)
            self._possessive_details(p)
        return sorted(p.findings, key=lambda f: (f.start, f.end))

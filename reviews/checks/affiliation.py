"""affiliation: a post about the author's own work must say who they work for.

Raises when a post is about the author's work, department or policy area and
neither the post nor the account profile names the employer and the capacity
the author speaks in. A post counts as being about work when its evidence adds
up to ``work_threshold`` points: the author's policy areas (any word form, the
area's acronym, or a telling word of a multiword area), words of their job
title and of their department's remit, the department's own name ("the
council" when they work for one), work framing ("my team", "colleagues", "in
my role", casework), insider claims ("you didn't hear it from me", "having
sat in those rooms"), acts only the job does, told as the author's own day
("inspected a takeaway today", "rehoused a family this week"), and the
organisation's voice ("we publish the methodology").

Lets pass: a profile or post that names the employer ("Policy adviser, DfT",
"@ukhomeoffice", "I work at the Environment Agency", the name cut short: "Scot
Gov", "Riverton Parks & Rec", a handle of the place and the council's initials:
"@FenwickCoCo", or either of an employer's two names), official organisational
accounts, and personal posts (hobbies, family, commutes) that touch no work
topic. "Views my own", "civil servant", "public servant" or "NHS" alone name no
employer, so they disclose nothing; nor does a profession ("Nurse, RGN") or the
town a council is named after standing alone ("Croydon.") or said as a home or a
club ("Croydon born and bred", "Croydon Athletic fan"). A post discloses when
it places the author at the employer in the first person ("we ran the numbers at
Teagasc") or introduces them there ("I work at the Environment Agency").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .base import Author, Finding, Post, finding

NAME = "affiliation"
PRINCIPLE = "say-who-you-are"
DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "severity": "warn",
    # The learned signal (learned.py): when the rules find nothing and nobody says who
    # the author works for, warn if the model's probability that the post is about the
    # author's work reaches the threshold. Higher thresholds raise fewer posts.
    "learned_signal": True,
    "learned_threshold": 0.5,
    # Points a post needs before it counts as being about the author's work.
    "work_threshold": 2,
    # At most this many highlighted passages per post.
    "max_findings": 3,
    # Points per kind of evidence; each kind counts once however often it appears.
    # The three policy-area kinds count as the strongest one found, plus one point
    # when a second, different area term appears.
    "weights": {
        "policy_area": 2,         # a whole policy area, or its acronym
        "policy_area_word": 2,    # one telling word of a multiword area
        "everyday_area": 1,       # an area that is also an everyday word ("parks")
        "role_word": 1,           # a telling word of the author's job title
        "remit_word": 1,          # the department's remit ("Department for Education")
        "department": 2,          # the author's own organisation, by name or "the council"
        "department_initials": 1,  # two-letter initials of it ("SA" is also South Australia)
        "work_framing": 2,        # "my team's", "colleagues", "in my role", casework
        "work_act": 3,            # "inspected a takeaway today": only the job does that
        "work_mention": 1,        # "the team", "my boss": work, or a sports team, in passing
        "insider_claim": 2,       # "you didn't hear it from me"
        "organisation_voice": 2,  # "we publish the methodology"
        "service_voice": 1,       # "so we can reach you", "contact us on"
        "personal_life": -1,      # family, hobbies: a personal post
    },
    # Words of a policy area, job title or department name too general to show,
    # alone, that a post is about the author's work. They still count as part of
    # a whole multiword area ("rail reform").
    "generic_words": [
        "policy", "policies", "reform", "reforms", "data", "service", "services", "support",
        "strategy", "management", "performance", "development", "quality", "risk", "net",
        "gain", "list", "lists", "waiting", "pay", "supply", "local", "national", "community",
        "communities", "engagement", "public", "general", "market", "plan", "programme",
        "program", "programs", "scheme", "return", "level", "levels", "budget", "rules",
        "integrity", "recovery", "care", "health", "matching", "location", "digital",
        "online", "platform", "platforms", "spending", "household", "first", "great",
        "british", "new", "social", "adult", "youth", "air", "water", "lead", "security",
        "food", "animal", "street", "cleaning", "trading", "night", "late-night", "train",
        "operators", "drinking", "drink", "driving", "speed", "limits", "road", "safety",
        "experience", "work", "home", "office", "cabinet", "partnerships", "partners",
        "protection", "analysis", "environmental", "state", "age", "time", "people",
        "affairs", "rural", "self", "tax", "funding", "grants", "payments", "training",
        "skills", "parks", "cycling", "flu", "complaints", "workforce", "appointments",
        "senior", "uptake", "standards", "benefits", "customs", "modernization",
        "modernisation", "involvement", "justice", "hm", "australia", "australian",
        "canada", "canadian", "england", "scotland", "wales", "uk", "us", "u.s.", "nz",
        "year", "month", "week", "day", "hour",
        # Pastimes that are also a service's business ("reading" for a library).
        "reading", "events", "books", "music", "sport", "sports", "arts", "culture",
        "walking", "swimming", "running", "gardening", "cooking", "travel", "games",
        "fitness", "film", "films", "heritage", "nature", "outdoors", "leisure",
        "city", "county", "borough", "district", "region", "regional", "international",
        "act", "early", "release", "force", "survey", "assessment", "credit", "accommodation",
        "auto", "nations", "united", "federal",
        # Party names double as topic words ("Labour" in "labour market").
        "labour", "conservative", "conservatives", "liberal", "liberals", "green", "greens",
        "democrat", "democrats", "democratic", "republican", "republicans",
    ],
    # Job-title words that say nothing about the topic of the job.
    "role_words_to_ignore": [
        "senior", "junior", "principal", "chief", "head", "deputy", "assistant", "director",
        "manager", "lead", "leader", "officer", "adviser", "advisor", "analyst", "specialist",
        "coordinator", "co-ordinator", "scientist", "consultant", "executive", "associate",
        "administrator", "project", "team", "policy", "group", "staff", "member", "business",
    ],
    # Small words a multiword area may contain; matched inside an area, never alone.
    "stop_words": ["and", "of", "for", "the", "in", "on", "at", "to", "a", "an", "&", "with"],
    # Acronyms made from a multiword area's initials must be at least this long ("PC"
    # from "Pension Credit" is a computer more often than a benefit).
    "min_acronym_length": 3,
    # Area and role words shorter than this only count as part of a whole area.
    "min_word_length": 3,
    # Nouns that head an organisation's name: "the council" means the author's
    # employer when they work for one. "Office" is left out: "the office" is anyone's.
    "organisation_nouns": [
        "department", "ministry", "agency", "council", "bureau", "authority", "commission",
        "trust", "directorate", "inspectorate", "administration", "treasury", "board",
    ],
    # Phrases that frame a post as being about the author's job. Each is a regular
    # expression matched against the lower-cased post; starting each with a plain
    # letter keeps the scan fast.
    "work_framing": [
        r"my(?:\s+(?:own|new|old|wider|current|lovely|amazing|brilliant))?\s+"
        r"(?:department|ministry|agency|directorate|division|unit|organi[sz]ation|employer|"
        r"colleagues|workplace|caseload|casework|job|"
        r"role|work(?:stream)?s?|policy\s+area|team's|staff|customers|claimants|clients|"
        r"stakeholders|caseworkers|minister|director|patients|pupils|learners)",
        r"our(?:\s+(?:own|new|old|wider|current|lovely|amazing|brilliant))?\s+"
        r"(?:department|ministry|agency|directorate|division|unit|organi[sz]ation|employer|"
        r"colleagues|workplace|caseload|casework|policy|policies|consultation|guidance|"
        r"programmes?|programs?|services?|strategy|review|response|figures|numbers|"
        r"statistics|stats|modelling|analysis|survey|study|report|draft|budget|ministers?|"
        r"secretary\s+of\s+state|permanent\s+secretary|director\s+general|chief\s+executive|"
        r"staff|customers|claimants|clients|stakeholders|caseworkers|frontline|team's|"
        r"work|website|helpline|phone\s+lines|contact\s+centre|offices|inbox|systems|"
        r"processing\s+times|backlog)",
        r"our\s+[\w-]+(?:\s+[\w-]+)?\s+(?:consultation|guidance|strategy|programme|program|"
        r"review|figures|statistics|modelling|draft|response|service)",
        r"colleagues", r"colleague\s+of\s+(?:mine|ours)\b",
        r"in\s+my\s+(?:role|job|day\s+job|post)",
        r"as\s+part\s+of\s+my\s+(?:job|role|work)", r"this\s+job",
        # The author's own days at work: "long shift at work", "ten years in the job".
        r"(?:days?|weeks?|shifts?|nights?)\s+at\s+work",
        r"(?:days?|weeks?|months?|years?)\s+in\s+the\s+job(?!\s+(?:market|hunt|search))",
        r"i\s+(?:lead|manage|run)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:team|unit|service|programme|"
        r"program|project|office)",
        r"i\s+(?:get\s+to\s+)?help\s+(?:to\s+)?(?:fund|run|deliver|manage|design|write|"
        r"process|assess|administer|draft|shape|set)",
        r"i(?:'ve|\s+have)\s+(?:ever\s+)?worked\s+on",
        r"i(?:'ve|\s+have)?\s+been\s+(?:working\s+)?on\s+(?:this|it|that)\b",
        r"we(?:'ve|\s+have)?\s+been\s+(?:working\s+)?on\s+(?:this|it|that)\b",
        r"we(?:'re|\s+are)\s+working\s+on", r"i(?:'m|\s+am)\s+working\s+on\s+(?:the|our)",
        r"people\s+(?:doing|who\s+do)\s+(?:the|this)\s+(?:work|job)",
        r"(?:people|staff|colleagues)\s+who\s+work\s+on\s+(?:this|the|our)\b",
        r"working\s+on\s+(?:(?!my\b)[\w-]+\s+){0,3}(?:policy|policies|reforms?|strateg(?:y|ies)|"
        r"programmes?|programs?|legislation|bill)",
        r"(?:joined|accompanied|briefed|briefing|supporting)\s+(?:for\s+)?the\s+(?:[\w-]+\s+)?"
        r"(?:minister|sofs|secretary\s+of\s+state|permanent\s+secretary|secretary)",
        r"staff\s+(?:doing|who\s+do)\s+(?:the|this)\s+(?:work|job)",
        r"all[\s-]staff\s+(?:call|meeting|email|briefing)",
        r"team\s+(?:call|meeting|huddle|briefing|away\s*day)", r"away\s*day", r"weeknotes?",
        r"show[\s-]and[\s-]tell",
        # Meetings only staff sit in: "told at staff briefing", "in this morning's staff
        # huddle"; and the meetings professionals hold about a case: "multi-agency
        # meeting", "case conference". A school's closure for one is a parent's news.
        r"(?:at|in|during|after)\s+(?:(?:the|our|today's|this\s+(?:morning|afternoon|"
        r"week)'s|morning|weekly)\s+)?staff\s+(?:briefing|meeting|huddle)s?\b",
        r"multi[\s-]?agency\s+(?:meeting|panel|conference|call|visit|strategy\s+meeting)s?\b",
        r"(?:case|child\s+protection|core\s+group)\s+(?:conference|meeting)s?\b",
        # A teacher's own pupils, named by their school year or exam: "my Year 10s",
        # "my GCSE group", "two of my Junior Cert class". "My Year 6 son" is a parent's.
        r"my\s+(?:year\s*\d{1,2}|y\d{1,2}|gcse|a[\s-]?level|as[\s-]level|leaving\s+cert|"
        r"junior\s+cert|higher|advanced\s+higher|national\s+5|hsc|vce|ncea|ib|btec|"
        r"sixth[\s-]form|grade\s+\d{1,2})\s+(?:[\w-]+\s+)?(?:class|classes|group|groups|set|"
        r"sets|form|students|pupils|lads|lot|cohort|tutees)\b",
        r"my\s+(?:year\s*|y)\d{1,2}s\b",
        # Work arriving, and the work itself as the author's: "cases that land on my
        # desk", "the best bit of the job", "the data I work with", "I work on this".
        r"(?:lands?|landed|landing|cross(?:es|ed)?)\s+(?:on\s+|across\s+)?my\s+desk",
        # The organisation's front-line staff as the author's: "our crews", "our nurses".
        r"our\s+(?:nurses|doctors|midwives|paramedics|officers|crews|firefighters|rangers|"
        r"inspectors|engineers|porters|wardens|social\s+workers|call\s+handlers|"
        r"work\s+coaches)",
        # Visits made to people at home, which health and social workers count: "three
        # home visits before lunch". One received is a patient's: "a home visit from".
        r"home\s+visits?(?!\s+(?:from|by)\b)",
        # An emergency the author was sent to: "attended a crash on the bypass".
        # The emergency ends the phrase: "attended a fire safety talk" is a course.
        r"attended\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:call|call-out|callout|shout|incident|"
        r"fire|rtc|rta|collision|crash|scene|cardiac\s+arrest|overdose|sudden\s+death|"
        r"domestic|burglary|break-in)s?(?![\w-]|\s+[a-z]+(?<!\son)(?<!\sin)(?<!\sat)"
        r"(?<!\snear)(?<!\soff)(?<!\sby)(?<!\sthis)(?<!\stoday)(?<!\stonight)"
        r"(?<!\syesterday)(?<!\slast)(?<!\swith)(?<!\swhere)(?<!\sand)(?<!\searlier)"
        r"(?<!\sovernight)\b)",
        # Work going through the organisation's own systems: "logged on our system".
        r"(?:through|on|onto)\s+our\s+systems?(?!\s+of\b)",
        r"across\s+my\s+desk",
        r"(?:part|parts|bit|bits|side|sides)\s+of\s+the\s+job",
        r"i\s+work\s+(?:with|on)\b",
        # Casework handled: a file closed, a licence revoked, others on the same case.
        r"(?:closed|opened|reopened|reviewed|took\s+on|picked\s+up|handed\s+over)\s+"
        r"(?:the|a|an)\s+(?:file|case|enquiry|inquiry|investigation)\s+(?:on|of|for|into)\b",
        # A member of the public's own file, looked at by the author in a reply: "just
        # checked your claim", "I've pulled up your records".
        r"(?:looked\s+(?:at|into|over)|checked|pulled\s+up|reviewed|gone\s+through|"
        r"went\s+through|been\s+through)\s+your\s+(?:[\w-]+\s+)?(?:file|claim|case|"
        r"application|records?|journal|pcn|penalty|appeal|tax\s+return|paperwork|"
        r"registration|referral|complaint|enquiry)",
        r"(?:had\s+to|i|we)\s+(?:revok|refus|reject|suspend|sanction|approv|grant|declin)"
        r"(?:e|ed|es|s)?\s+(?:a|an|the|his|her|their|someone's)\s+(?:[\w-]+\s+)?"
        r"(?:licence|license|permit|claim|application|visa|passport|appeal|benefit)",
        r"(?:anyone|everyone|colleagues|whoever)\s+(?:else\s+)?(?:(?:who's|who\s+is|is|"
        r"working)\s+)?on\s+the\s+"
        r"[\w-]+\s+(?:case|file|claim|account)",
        # Casework: a member of the public the author deals with at work.
        r"a\s+(?:mr|mrs|ms|miss|mx)\.?\s+[a-z]+",
        r"(?:claimant|customer|applicant|client|taxpayer|patient|resident|service\s+user|"
        r"landowner|offender|passenger)(?:\s+(?:file|record|case))?\s*[,:(]?\s*(?:mr|mrs|ms|miss|mx|dr|"
        r"ssgt|sgt)\b",
        r"(?:applicant|claimant|case|customer)\s+(?:file|record)",
        r"(?:case|file|ref|reference)\s*(?:no\.?|number)?\s*:?\s*[a-z]{0,4}[-/]?\d{4,}",
        r"had\s+a\s+(?:call|meeting|visit)\s+(?:today\s+|this\s+\w+\s+)?with\s+(?:a\s+)?"
        r"(?:mr|mrs|ms|miss|dr)\b",
        # Someone served today: "a claimant today", "donor on my session this morning",
        # "defendant in court 3 today". Nouns a customer of a shop would not use of
        # themselves; "my landlord today" is the author's own life.
        r"(?:claimant|patient|donor|defendant|applicant|client|customer|jobseeker|detainee|"
        r"prisoner|offender|complainant|caller|pupil|learner|service\s+user)s?\s+"
        r"(?:(?:on|in|at)\s+(?:my|our)\s+[\w-]+\s+|in\s+court(?:\s+\d+)?\s+|"
        r"on\s+the\s+(?:phone|ward|wing|desk|counter|line)\s+)?"
        r"(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening))",
        # The author's own shift: "night shift done", "12-hour shift", "another late
        # shift". "Shift work" as a topic, or a wind that will shift, is not. Each
        # starts at "shift", a rare word, and looks back for the kind of shift.
        r"shift(?:" + "|".join(rf"(?<={kind}\sshift)" for kind in (
            "day", "late", "early", "long", "double", "split", "weekend",
            "airport", "ward", "bank", "extra", "morning", "evening")) + r")\s+"
        r"(?:done|over|finished|today|tonight|again|this\s+(?:morning|afternoon|evening))",
        # "night shift" is also a passing mention, which would take the words first.
        r"night\s+shift\s+"
        r"(?:done|over|finished|today|tonight|again|this\s+(?:morning|afternoon|evening))",
        r"shift(?:(?<=hour\sshift)|(?<=hr\sshift)|(?<=\dh\sshift))s?",
        r"another\s+(?:[\w-]+\s+)?shift(?!\s+(?:in(?!\s+a\s+row)|towards?|to|from|away|of)\b)",
        # Shifts counted: "third night shift in a row", "my last shift before leave".
        # A shift in policy is a change, not a shift worked.
        r"(?:first|second|third|fourth|fifth|sixth|seventh|last|final)\s+(?:[\w-]+\s+)?"
        r"shift(?!\s+(?:in(?!\s+a\s+row)|towards?|to|from|away|of)\b)",
        # Starts at "in a row": "night shifts" is a passing mention, which takes the words first.
        r"in\s+a\s+row(?<=shifts\sin\sa\srow)",
        # The author's managers, telling them what to do: "management wants us to".
        r"management\s+(?:wants?|told|tells|asked|asks|expects?|expected|keeps?\s+telling)\s+"
        r"(?:us|me)\b",
        # The whole organisation's meeting, as a noun: "at today's all-staff".
        r"all-staff\b",
        # Days spent on a piece of work: "spent all week on the business case".
        r"spent\s+(?:all|the|most\s+of\s+the|the\s+whole)\s+(?:day|week|weekend|morning|"
        r"afternoon|evening|night)\s+(?:on|writing|drafting|checking|redrafting|crunching|"
        r"rewriting|finishing|fixing)\s+(?!my\b)(?:(?:the|a|an|our)\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:numbers|figures|business\s+case|submission|briefing|brief|draft|report|paper|"
        r"analysis|modelling|modeling|spreadsheets?|slides|costings|scorecard|bid|tender)\b",
        # Papers of the machinery of government the author wrote: "drafted the brief for
        # Thursday", "clearing the submission". A letter or a speech may be anyone's.
        r"(?:drafted|drafting|redrafted|redrafting|cleared|clearing|signed\s+off|"
        r"signing\s+off)\s+(?:(?:the|a|an|our|this|today's|tomorrow's)\s+)?"
        r"(?:[\w'-]+\s+){0,2}(?:briefing|brief|submission|press\s+lines|lines\s+to\s+take|"
        r"options\s+paper|business\s+case|guidance)s?\b",
        # A programme or policy the author built: "every scheme I've spent years running".
        r"(?:programmes?|programs?|polic(?:y|ies)|schemes?|services?|strateg(?:y|ies)|"
        r"guidance|legislation|regulations)\s+(?:that\s+)?i(?:'ve|\s+have)\s+"
        r"(?:spent\s+(?:[\w-]+\s+){1,3}|been\s+)?(?:built|building|designed|designing|"
        r"delivered|delivering|run|running|managed|managing|written|writing|drafted|drafting|"
        r"worked\s+on|working\s+on)\b",
        # With a minister on official business: "off to Brize with the SofS party".
        r"with\s+the\s+(?:[\w-]+\s+)?(?:minister|sofs|secretary\s+of\s+state)(?:'s)?\s+"
        r"(?:party|delegation|visit|trip|team)\b",
    ],
    # Casework: someone the author deals with at work, named in full ("tenant Jo
    # Bloggs", "Borrower Dale Smith"). Matched in lower case; the two words after
    # the noun must then be capitalised, and be the whole name.
    "casework_nouns": [
        "tenant", "landlord", "borrower", "claimant", "customer", "applicant", "client",
        "taxpayer", "patient", "resident", r"service\s+user", "landowner", "offender",
        "passenger", "pupil", "student", "complainant", "defendant", "detainee",
        "prisoner", "inmate", "veteran", "beneficiary", "recipient", "householder",
        "homeowner", "jobseeker", "learner", "constituent", "caller", "policyholder",
        "licensee", r"licence\s+holder", r"permit\s+holder", "employer", "trader",
    ],
    # A title and a full name ("Mrs Pat Jones") is someone private more often than
    # not, but public figures are named so too: it counts as a passing mention.
    "honorifics": ["mr", "mrs", "ms", "miss", "mx", "mister"],
    # Passing mentions of a workplace: "the team" is a football team as often as a
    # work one, and "my boss" may be talking about anything.
    "work_mentions": [r"my\s+team", r"our\s+team", r"the\s+team", r"great\s+team",
                      r"the\s+[\w-]+\s+team", r"my\s+boss", r"my\s+(?:line\s+)?manager",
                      r"at\s+work", r"my\s+colleague", r"my\s+shift", r"on\s+shift",
                      r"night\s+shifts?", r"on\s+call", r"on\s+nights",
                      r"our\s+(?:hospital|ward|wing|clinic|station|depot|jobcentre|office|site|ed|a&e|icu|"
                      r"theatres?|custody\s+suite)",
                      # The machinery of government, which a public servant works in.
                      r"the\s+minister", r"the\s+secretary\s+of\s+state", r"the\s+sofs",
                      r"ministerial\s+submissions?", r"press\s+office", r"press\s+lines?",
                      r"business\s+case",
                      r"spending\s+review", r"the\s+civil\s+service", r"civil\s+servants",
                      r"whitehall", r"stakeholders", r"policy\s+team", r"comms\s+team",
                      r"cabinet\s+member", r"portfolio\s+holder",
                      # The organisation's leadership as the author's: "our next Chief
                      # Nurse" (a club has chairs too, so it counts only in passing).
                      r"our\s+(?:new|next|incoming|outgoing|interim|acting)\s+"
                      r"(?:chief|director|ceo|chair)\b",
                      # A workplace's places, tools and people.
                      r"our\s+[\w-]+\s+(?:office|site|depot|branch|team)",
                      r"(?:the|our)\s+(?:trade\s+)?unions?",
                      r"shared\s+(?:inbox|mailbox|drive)", r"the\s+intranet"],
    # Acts of the job done by the author, told as their own day: these outweigh a
    # personal word nearby ("inspected a takeaway today", "rehoused a family... new flat").
    "work_acts": [
        # An official act the author did, told as their own day: "Inspected a takeaway
        # today", "we rehoused two families this week". Only the job does these to
        # someone; "police arrested a man" has another subject, so the act must open
        # the sentence or follow "I" or "we".
        # Each starts at the verb, a rare word, and looks back for its subject.
        *(rf"{act}(?:(?<![\w,]\s{act})|(?<=\bi\s{act})|(?<=\bwe\s{act}))\s+"
          r"(?!my\b|our\b|me\b|us\b)(?:a|an|the|two|three|four|\d+|this|that|one|another)\s+"
          r"(?:[\w-]+\s+){0,3}?(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening"
          r"|week))\b"
          for act in ("inspected", "rehoused", "re-housed", "arrested", "cautioned", "ticketed",
                      "sectioned", "triaged", "evicted", "prosecuted")),
        # Members of the public met where the author works: "a guy at my booth today".
        r"at\s+my\s+(?:booth|desk|counter|checkpoint|kiosk|window)\s+(?:today|tonight|"
        r"yesterday|this\s+(?:morning|afternoon|evening))",
    ],
    # Claims of inside knowledge: the reader is asked to trust the author's position.
    "insider_claims": [
        r"as\s+someone\s+who\s+(?:knows|works|has\s+worked|sees|deals)",
        # Having been in the room where it is decided: "having sat in those rooms".
        r"(?:having|i've|i\s+have|as\s+someone\s+who's)\s+(?:sat|been)\s+in\s+(?:those|these|"
        r"the|that)\s+(?:rooms?|meetings?)\b",
        r"from\s+the\s+inside", r"trust\s+me", r"ignore\s+the\s+rumou?rs",
        r"you\s+didn't\s+hear\s+(?:it|this|that)\s+from\s+me",
        r"remember\s+where\s+you\s+heard\s+it",
        r"not\s+(?:yet\s+)?public", r"isn't\s+public", r"is\s+not\s+public",
        r"keep\s+(?:it|this)\s+quiet",
        r"don't\s+(?:share|rt|retweet|repost)", r"do\s+not\s+(?:share|rt|retweet|repost)",
        r"pls\s+don't\s+(?:share|rt)", r"please\s+don't\s+(?:share|rt|retweet|repost)",
        r"internal(?:ly|\s+only)",
        r"internal\s+(?:figures?|modelling|planning|survey|pulse|data|numbers|papers?|memo|"
        r"dashboard|report|review|briefing|email|guidance|analysis)",
        r"i(?:'ve|\s+have)\s+seen\s+the\s+(?:draft|drafting|paper|papers|figures|numbers|"
        r"submission|options|briefing)",
        r"saw\s+the\s+(?:options\s+)?(?:paper|draft|submission|briefing)",
        r"we\s+were\s+told", r"not\s+cleared", r"off\s+the\s+record",
        r"not\s+for\s+(?:publication|circulation|attribution)",
        r"between\s+you\s+and\s+me", r"just\s+between\s+us",
        r"can't\s+say\s+(?:(?:too|very|all\s+that|that)\s+)?(?:much|more)",
        # Details held back until a release: "can't share the details until Thursday",
        # "can't say a word till it's out". Without the release it may be tact.
        r"can't\s+(?:say|share|reveal|give|go\s+into)\s+(?:a\s+word|a\s+thing|anything|"
        r"(?:the|any|more)\s+details?|specifics|the\s+specifics)\s+(?:yet|until|till|before)\b",
        r"can't\s+tell\s+you\s+(?:much|more|yet)", r"not\s+allowed\s+to\s+say",
        r"shouldn't\s+(?:really\s+)?(?:say|be\s+saying)",
        r"i\s+can\s+(?:confirm|tell\s+you|reveal)",
        # Confirming what the organisation will do: "can confirm we're closing it".
        r"can\s+confirm\s+(?:that\s+)?we(?:'re|'ll|'ve|\s+are|\s+will|\s+have)\b",
        r"how\s+(?:these|the|this|our)\s+(?:decisions?|system|process)\s+"
        r"(?:gets?\s+made|are\s+made|is\s+made|works?)",
        # Knowing what has been decided but not yet announced.
        r"(?:is|are|being|been)\s+(?:held\s+back|kept\s+back|sat\s+on)\s+(?:for|until)",
        r"embargo(?:ed)?", r"under\s+wraps",
        r"(?:not|isn't|hasn't\s+been|haven't\s+been)\s+(?:yet\s+|officially\s+)?announced",
        r"before\s+(?:it's|it\s+is|it\s+gets|they're|they\s+are)\s+(?:officially\s+)?"
        r"announced",
        r"ahead\s+of\s+the\s+(?:official\s+)?announcement",
        # News from above that the author's colleagues have not had yet.
        r"word\s+(?:from|at)\s+the\s+top", r"word\s+from\s+(?:above|upstairs|on\s+high)",
        r"heard\s+from\s+(?:above|upstairs|the\s+top)",
        r"(?:nobody|no\s+one|no-one)(?:'s|\s+has)\s+(?:yet\s+)?told\s+(?:the|our|them)",
        r"(?:nobody|no\s+one|no-one)(?:'s|\s+has|\s+have)\s+(?:yet\s+)?been\s+told\b",
        # Instructions from management: "we're told to focus on the client experience".
        r"we(?:'re|\s+are|'ve\s+been|\s+have\s+been)\s+(?:being\s+)?told\s+to\b",
        # Protective markings are seen only on the inside.
        r"official[\s-]sensitive",
        r"marked\s+(?:as\s+)?(?:official|secret|top\s+secret|restricted)",
    ],
    # The first person plural speaking as an institution.
    "organisation_voice": [
        r"we(?:'ve|\s+have|'ll|\s+will|'re|\s+are)?\s+(?:now\s+)?(?:be\s+)?(?:publish(?:ed|ing)?|"
        r"fund(?:ed|ing)?|commission(?:ed|ing)?|regulat(?:e|ed|ing)|inspect(?:ed|ing)?|"
        r"enforc(?:e|ed|ing)|administer(?:ed|ing)?|consult(?:ed|ing)|"
        r"process(?:ed|ing)?\s+(?:claims|applications|cases)|"
        r"assess(?:ed|ing)?\s+(?:claims|applications|cases))",
        # Powers the organisation is given by law: "we're getting new powers to".
        r"we(?:'re|\s+are|'ve|\s+have|'ll|\s+will)\s+(?:now\s+|soon\s+)?(?:be\s+)?"
        r"(?:getting|gaining|been\s+given|being\s+given|given|got)\s+"
        r"(?:(?:new|more|extra|wider|stronger|tougher|legal|statutory)\s+)*powers\b",
        # Operational changes the organisation is making.
        r"we(?:'re|\s+are|'ll|\s+will|'ve|\s+have)\s+(?:now\s+|also\s+|just\s+)?"
        r"(?:be\s+|been\s+)?(?:trialling|trialing|piloting|rolling\s+out|phasing\s+(?:in|out))",
        # What the organisation never does, told to warn of scams: "we will never text
        # you", "we never ask for bank details by email".
        r"we\s+(?:will\s+)?never\s+(?:ask|send|text|email|call|phone|contact|request)\s+"
        r"(?:you\b|(?:[\w-]+\s+){0,4}by\s+(?:text|email|phone|sms))",
        # Scammers impersonating the author's organisation: "people pretending to be us".
        r"(?:pretending|claiming|purporting)\s+to\s+be\s+(?:from\s+)?us\b",
        r"posing\s+as\s+us\b",
    ],
    # The service speaking to the public ("so we can reach you", "contact us on"):
    # the department's voice, but also any shop's or charity's, so it counts less.
    "service_voice": [
        r"we(?:'ll|\s+will|\s+can|\s+may|'d|\s+would)\s+(?:then\s+|also\s+)?(?:contact|reach|"
        r"call|email|write\s+to|text|help|support|let|remind|pay|refund)\s+you",
        r"we(?:'ll|\s+will|\s+can)\s+(?:work\s+(?:out|through)|go\s+through)\s+"
        r"(?:a|the|your|it)",
        r"(?:contact|email|call|phone|message)\s+us\s+(?:on|at|via|by|through|if|before|"
        r"first|directly)",
        r"get\s+in\s+touch\s+with\s+us", r"let\s+us\s+know\s+(?:if|when|about|as\s+soon)",
        r"here's\s+what\s+(?:this|it|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+means\s+for\s+you",
    ],
    # Signs that the post is about the author's private life.
    "personal_life": [
        r"my\s+(?:great[\s-]+)*(?:mum|mam|mom|dad|son|daughter|kids?|children|wife|husband|partner|family|"
        r"nan|gran|grandma|grandad|auntie|aunt|uncle|niece|nephew|dog|cat|puppy|garden|"
        r"allotment|bike|knees?|legs|youngest|eldest|toddler|baby|little\s+ones?|in-laws)",
        r"the\s+in-laws",
        r"school\s+run", r"bedtime", r"(?:my|our|new)\s+(?:kitchen|bathroom|flat|house|car)",
        r"takeaway", r"the\s+kids", r"date\s+night", r"lazy\s+(?:sunday|saturday|day)",
        r"our\s+(?:kids|children|family|house|dog|cat|garden)",
        r"family\s+tree", r"parkrun", r"half\s+marathon", r"marathon", r"recipe",
        r"sourdough", r"jigsaw", r"knitting", r"this\s+weekend", r"at\s+the\s+weekend",
        r"on\s+holiday", r"my\s+holiday", r"our\s+holiday", r"my\s+commute", r"commute",
        r"my\s+birthday", r"day\s+off",
    ],
    # Capitalised words after a job title that describe the person, not where they
    # work: "Nurse, Mum", "Engineer, Runner".
    "profile_personal_words": [
        "mum", "mam", "mom", "dad", "mother", "father", "parent", "wife", "husband",
        "partner", "grandparent", "granny", "grandad", "runner", "reader", "writer",
        "cyclist", "swimmer", "walker", "hiker", "climber", "baker", "cook", "gardener",
        "geek", "nerd", "fan", "lover", "person", "human", "dog", "cat", "knitter",
        "musician", "photographer", "golfer", "gamer", "traveller", "foodie", "coach",
        "volunteer", "student", "learner", "mentor", "speaker",
    ],
    # Words beside the place an employer is named after that say the author comes from
    # or lives there ("Dunmore born and raised", "Port Avon local", "a Dunmore lass"),
    # or follows a club of it ("Dunmore Athletic season ticket", "Dunmore GAA"): the
    # place then says nothing of who employs them. A club word that is part of the
    # employer's own name ("Dunmore County Council") is left alone.
    "home_place_words": [
        "born", "bred", "raised", "reared", "native", "local", "lad", "lass", "girl", "boy",
        "bairn", "exile", "expat", "fan", "supporter",
    ],
    "club_words": [
        "county", "city", "united", "town", "rovers", "wanderers", "athletic", "albion",
        "fc", "afc", "rfc", "gaa",
    ],
    # Kinds of workplace: a job title, then one of them and a place, says where the
    # author works ("Chemistry teacher at a state high school in Perth", "Head of a
    # village school in Co. Kerry"), as "History teacher, Cardiff" does.
    "workplace_nouns": [
        "school", "comp", "comprehensive", "academy", "college", "university", "kura",
        "kindergarten", "nursery", "practice", "surgery", "clinic", "hospital", "hospice",
        "pharmacy", "ward", "unit", "station", "prison", "court", "library", "museum",
        "centre", "center", "depot", "jobcentre", "lab", "laboratory", "council", "trust",
    ],
    # Capitalised nouns that name an employer when they are part of a name
    # ("Leeds City Council", "Ministry for the Environment").
    "employer_nouns": [
        "Department", "Ministry", "Agency", "Council", "Office", "Bureau", "Authority",
        "Commission", "Service", "Services", "Government", "Trust", "Directorate",
        "Administration", "Inspectorate", "Treasury", "Executive", "Board", "Force",
        "Police", "Parliament", "Assembly", "Institute", "Registry", "Tribunal", "Hospital",
        "University", "College", "School", "Court", "Museum", "Library", "Dept",
    ],
    # Organisation nouns that come before the name: French ("Ministère des Finances",
    # "au ministère de la Santé"), Welsh ("Llywodraeth Cymru", "Cyngor Caerdydd") and
    # te reo Māori ("Te Tari Taake", "Manatū Hauora").
    "employer_nouns_before_name": [
        "ministère", "agence", "gouvernement", "bureau", "commission", "conseil", "office",
        "service", "direction", "secrétariat", "administration", "tribunal", "cour",
        "llywodraeth", "cyngor", "adran", "asiantaeth", "senedd", "comisiwn", "awdurdod",
        "te tari", "te manatū", "manatū", "te whatu", "te puni", "te kāhui", "ara poutama",
        # Welsh schools, colleges, universities, hospitals and police forces ("Ysgol
        # Gynradd ...", "Coleg Gwent", "Ysbyty Gwynedd", "Heddlu Gogledd Cymru").
        "ysgol", "coleg", "prifysgol", "ysbyty", "heddlu", "bwrdd",
    ],
    # Names that sound like an employer but only say "a public servant somewhere".
    "vague_employers": ["civil service", "public service", "civil servant", "public servant"],
    # Initials of a whole sector of separate employers: "NHS manager" names no trust,
    # board or practice, so it discloses nothing; "NHS Lothian" or "NHS 111" does.
    "sector_initials": ["NHS"],
    # Parts of an @handle that mark an organisation's account ("@DHSCgovuk", "@ESDC_GC").
    "employer_handle_markers": [
        "gov", "govt", "_gc", "nhs", "council", "gouv", "_nz", "_au", "dept", "ministry",
        "agency", "police",
    ],
    # Job-title nouns: "<title> at <Name>", "<title> @<handle>" or "<title>, <Name>"
    # names an employer.
    "job_titles": [
        "officer", "adviser", "advisor", "analyst", "manager", "director", "lead", "head",
        "scientist", "statistician", "economist", "nurse", "doctor", "engineer", "designer",
        "researcher", "specialist", "coordinator", "caseworker", "inspector", "coach",
        "developer", "consultant", "secretary", "clerk", "planner", "architect", "worker",
        "leader", "assistant", "counsellor", "technician", "administrator", "delivery",
        "agent", "policy", "team", "auditor", "examiner", "investigator", "ranger",
        "biologist", "ecologist", "paralegal", "lawyer", "solicitor", "attorney",
        "accountant", "librarian", "teacher", "social worker", "paramedic", "firefighter",
        "constable", "warden", "registrar", "surveyor", "controller", "dispatcher",
        "supervisor", "governor", "chaplain", "midwife", "receptionist", "pharmacist",
        "diplomat", "ambassador", "consul", "sergeant", "representative", "employee",
        # French, Welsh and te reo Māori titles of Canadian, Welsh and NZ public servants.
        "analyste", "agente?", "conseill(?:er|ère)", "gestionnaire", "direct(?:eur|rice)",
        "inspect(?:eur|rice)", "économiste", "swyddog", "cynghorydd", "rheolwr",
        "kaitohutohu", "kaiwhakahaere", "kaitātari",
    ],
    # Letters after a name that are qualifications, not an employer: "Nurse, RGN" and
    # "Economist, PhD" give a profession and say nothing of who employs the author.
    "qualifications": [
        "RGN", "RMN", "RN", "RM", "RNLD", "PhD", "DPhil", "MD", "MBA", "MSc", "BSc", "MA",
        "BA", "MPH", "MRCP", "FRCP", "MRCGP", "FRCS", "CIPD", "ACA", "ACCA", "CPA", "CFA",
        "KC", "QC", "OBE", "MBE", "CBE", "FRSA", "CEng", "CPFA", "PGCE", "QTS", "LLB", "LLM",
    ],
    # Posts that name a country's foreign service: a nationality before these titles
    # ("British diplomat", "Canadian consul") says whose service the author is in.
    "national_service_titles": ["diplomat", "ambassador", "consul", r"high\s+commissioner"],
    # In a post, these say who the author works for on their own ("I work at ...").
    "self_identification": [
        r"i\s+work\s+(?:at|in|for|within)\b", r"i'm\s+working\s+(?:at|in|for)\b",
        r"i\s+am\s+working\s+(?:at|in|for)\b", r"where\s+i\s+work",
        r"my\s+employer", r"i'm\s+employed\s+by", r"i\s+am\s+employed\s+by",
    ],
    # These introduce the author, and disclose when an employer's name follows
    # ("as a policy adviser at the Department for Education").
    "self_introductions": [
        r"i'm\s+(?:a|an|the|one\s+of\s+the)\b", r"i\s+am\s+(?:a|an|the|one\s+of\s+the)\b",
        r"as\s+(?:a|an|the|one\s+of\s+the)\b",
        # "my role as", "started a new role as", "taking up the role as", "I've started
        # a new job: analyst at ...".
        r"role\s+as",
        r"(?:start(?:ed|ing)?|took\s+up|tak(?:e|ing)\s+up)\s+(?:a|my|the)\s+(?:new\s+)?"
        r"(?:role|job|post|position)\b",
        r"speaking\s+as", r"speaking\s+for\s+myself", r"work(?:s|ed|ing)?\s+(?:at|for|with|on)\b",
        # "I lead DVLA's online team": the employer may come as a possessive.
        r"i\s+(?:lead|run|manage)\b", r"i\s+joined\b",
    ],
    # Words for staff that, just before "here" or "speaking", end a self-description
    # whose first words may name the employer: "FEMA employee here", "Leeds City
    # Council officer speaking". "Civil servant here" alone names nobody.
    "self_labels": [
        "employee", "staffer", r"staff\s+member", "worker", r"civil\s+servant",
        r"public\s+servant", "officer", "official", "insider",
    ],
    # What may follow "I work in/at/for" without naming anyone: "I work on this
    # stuff", "I work in government" say there is a job, not where it is.
    "vague_workplaces": [
        "this", "that", "it", "these", "those", "stuff", "things", "government",
        "the government", "the civil service", "civil service", "the public sector",
        "public sector", "public service", "the public service", "policy", "a department",
        "a government department", "an agency", "a ministry", "an office", "the office",
        "an organisation", "an organization", "a team", "the team",
    ],
    # How many characters after a self-introduction the employer's name may follow.
    "self_identification_window": 80,
    # An account run by the organisation itself speaks for it by definition.
    "official_account": [
        r"official\s+(?:account|channel|page|feed)", r"press\s+office", r"news\s+(?:team|desk)",
        r"media\s+(?:office|officer|team|relations)", r"communications\s+team",
        r"corporate\s+account", r"departmental\s+account",
    ],
}

_WEIGHT_KINDS = tuple(DEFAULTS["weights"])
_AREA_KINDS = frozenset({"policy_area", "policy_area_word", "everyday_area"})
# Kinds that may name the same words as a policy area: counted once with it.
_ECHO_KINDS = frozenset({"role_word", "remit_word"})
_SHARED_FAMILIES = {"work_framing": "work_framing", "work_acts": "work_act",
                    "work_mentions": "work_mention",
                    "insider_claims": "insider_claim",
                    "organisation_voice": "organisation_voice",
                    "service_voice": "service_voice",
                    "personal_life": "personal_life"}
_SUFFIX_RULES = (
    ("isations", ("ise",)), ("izations", ("ize",)), ("isation", ("ise",)),
    ("ization", ("ize",)), ("ations", ("ate", "e", "")), ("ation", ("ate", "e", "")),
    ("icians", ("ics", "ic")), ("ician", ("ics", "ic")), ("ships", ("",)), ("ship", ("",)),
    ("ments", ("",)), ("ment", ("",)), ("nesses", ("",)), ("ness", ("",)),
    ("ers", ("", "e")), ("er", ("", "e")),
    # An adjective of office names its holder: 'ministerial' -> 'minister'.
    ("ial", ("",)),
)
_VOWELS = frozenset("aeiou")
_AREA_WORD_RE = re.compile(r"[^\s,/]+")
_ROLE_WORD_RE = re.compile(r"[A-Za-z][\w'’&-]*")
_HANDLE_RE = re.compile(r"@\s?([A-Za-z0-9_]{2,30})")
_GAP_RE = re.compile(r"[\s\-–—]+")
# Between the words of a policy area as written in a post: "minister's diary" names
# the area "ministerial diary".
_AREA_GAP_RE = re.compile(r"(?:['\u2019]s?)?[\s\-–—]+")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
# "at HMT", "joined LAA Digital": initials straight after a preposition name an employer.
_ORGANISATION_INITIALS_RE = re.compile(
    r"(?:\b(?:at|with|for|joined|in)|@)\s*(?:the\s+)?[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")
_TOKEN_RE = re.compile(r"\w+")
_REPOST_RE = re.compile(r"\s*(?:RT|Reposting|Repost(?:ed)?)\s+@([A-Za-z0-9_]{2,30})\s*:")
# Placing oneself at the employer named next: "at", "for", "with", "from", "@".
_AT_EMPLOYER_RE = re.compile(r"(?:\b(?:at|for|with|from)\s+(?:the\s+)?|@\s?)\Z",
                             re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:i|we|my|our|us|i'm|i've|we're|we've)\b")
_NEXT_WORD_RE = re.compile(r"[ \t]+(\w+)")
_ID_WORD_RE = re.compile(r"[^\W\d]*\d[\w-]*")
# Compiled here, not left to re's own cache, which the other checks share and
# can fill: a pattern recompiled per author or post costs more than the check.
_NAME_WORDS_RE = re.compile(r"[\w']+")
_REMIT_RE = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(.+)$")
# An employer's name in parts: "Inland Revenue – Te Tari Taake", "Department of
# Education (Ireland)", "Foreign, Commonwealth & Development Office".
_DEPARTMENT_PARTS_RE = re.compile(r"\s[\u2013\u2014-]\s|[(),/|]")
# An employer's names in two languages: "Santé Canada / Health Canada", "Fisheries
# Authority | Te Mana Ika". Either name, written whole, is the employer.
_ALTERNATIVE_NAMES_RE = re.compile(r"[/|]")
_BRACKETED_RE = re.compile(r"\([^()]*\)")
_NAME_PART_RE = re.compile(r"[^\W\d_][\w'\u2019]*|&")
# What follows a self-label: "DWP employee here", "council officer speaking".
_LABEL_TAILS = (" here", " speaking")
# The pieces of a profile: "Croydon. Trains. Views mine." is three.
_PROFILE_PARTS_RE = re.compile(r"[.,;|/\n\u2022\u00b7]")
# The sentences of a profile, whose commas may join a job to its place.
_PROFILE_SENTENCES_RE = re.compile(r"[.;|!?\n\u2022\u00b7]")
_PROFILE_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")
# Where a job title's qualifiers start: "Teacher of chemistry", "Adviser, local roads".
_ROLE_QUALIFIER_RE = re.compile(r",|\s+(?:of|in|for|at|with|to|on)\s+|\s[-\u2013\u2014]\s")
# "Educator @cityhealth": a handle straight after the title.
_HANDLE_AFTER_TITLE_RE = re.compile(r"\s*@\s?[A-Za-z0-9_]{2,}")
# "Teacher, Cardiff", "Teacher in Cardiff", "Assessor at the Shire".
_WHERE_JOIN_RE = re.compile(r"\s*,\s*|\s+(?:in|at)\s+(?:the\s+)?")
_WHERE_MAX = 60
# Small words inside a name: English, and the "of" of te reo Māori ("Te Whare o
# Awa"), French ("Lycée de la Mer"), Welsh ("Ysgol y Graig") and Irish ("Scoil na mBráithre").
_NAME_JOINERS = frozenset({"and", "of", "the", "&", "upon", "on", "o", "de", "du", "des",
                           "la", "le", "y", "yr", "na"})
# Bodies named after a place, whose short name may be only the place.
_PLACE_BODY_NOUNS = frozenset({"council", "borough", "city", "county", "district",
                               "municipality", "shire", "town", "parish", "region"})
_NOT_BEFORE_WORD = frozenset("@'\u2019")
# Two or more capitalised words, joined perhaps by "and", "of" or "&": a unit's name.
_CAPITALISED_NAME_RE = re.compile(
    r"\b[A-Z][a-z]+(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][a-z]+)+\b")


def _is_acronym(word: str) -> bool:
    """'SEND', 'PFAS', 'A&E', 'DfE': matched with their capitals, never as 'send'."""
    if word.islower() or word[1:].islower():
        return False
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return len(letters) >= 2 and capitals >= 2 and not word[1:].islower()


def _inflections(base: str) -> set[str]:
    root = base[:-1] if base.endswith("e") else base
    forms = {base, base + "s", root + "ing", root + "ed", root + "er", root + "ers"}
    if base.endswith(("s", "x", "ch", "sh")):
        forms.add(base + "es")
    if base.endswith("y") and len(base) > 3 and base[-2] not in _VOWELS:
        forms.update((base[:-1] + "ies", base[:-1] + "ied"))
    if (3 <= len(base) <= 4 and base[-1] not in _VOWELS | {"w", "x", "y"}
            and base[-2] in _VOWELS and base[-3] not in _VOWELS):
        forms.update(base + base[-1] + ending for ending in ("ing", "ed", "er", "ers"))
    return forms


def _swap_ending(form: str, old: str, new: str) -> str:
    """'licence' -> 'license', also before a final 's' or 'd'."""
    for tail in ("", "s", "d"):
        if form.endswith(old + tail):
            return form[: len(form) - len(old) - len(tail)] + new + tail
    return form


def _swap_first(form: str, old: str, new: str) -> str:
    """The first 'is' before 'e', 'ing' or 'ation' as 'iz' ('organise' -> 'organize')."""
    position = form.find(old)
    while position != -1:
        if form.startswith(("e", "ing", "ation"), position + 2):
            return form[:position] + new + form[position + 2:]
        position = form.find(old, position + 1)
    return form


def word_forms(word: str) -> set[str]:
    """Inflected forms of an English word: 'pensions' gives pension, pensioners, ..."""
    return set(_word_forms(word.lower()))


@lru_cache(maxsize=4096)
def _word_forms(lowered: str) -> frozenset[str]:
    # Many authors share words ("policy", "housing"); working out forms is the
    # costly part of learning a new author, so each word is done once.
    bases = {lowered}
    if lowered.endswith("ies") and len(lowered) > 5:
        bases.add(lowered[:-3] + "y")
    elif lowered.endswith(("ches", "shes", "xes")):
        bases.add(lowered[:-2])
    elif lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")) and len(lowered) > 4:
        bases.add(lowered[:-1])
    forms: set[str] = set()
    for candidate in list(bases):
        for suffix, replacements in _SUFFIX_RULES:
            if candidate.endswith(suffix) and len(candidate) - len(suffix) >= 4:
                stem = candidate[: -len(suffix)]
                bases.update(stem + replacement for replacement in replacements)
                break
        if candidate.endswith("ing") and len(candidate) >= 7:
            # An activity ('farming', 'housing') only brings in who does it
            # ('farmer'): its verb often means something else ('house').
            stem = candidate[:-3]
            if stem[-1] == stem[-2] and stem[-1] not in "lsz":
                forms.update((stem + "er", stem + "ers"))
                stem = stem[:-1]
            forms.update((stem + "er", stem + "ers", stem + "ings"))
            if stem[-1] not in _VOWELS:
                forms.update((stem + "er", stem + "ers", stem + "ings"))
    for base in bases:
        forms |= _inflections(base)
    # British and American spellings: licence/license, defence/defense, -ise/-ize.
    forms.update(_swap_ending(f, "ence", "ense") for f in list(forms))
    forms.update(_swap_ending(f, "ense", "ence") for f in list(forms))
    forms.update(_swap_first(f, "is", "iz") for f in list(forms))
    forms.update(_swap_first(f, "iz", "is") for f in list(forms))
    return frozenset(forms)


def trie_pattern(tails: Iterable[str] | Mapping[str, str]) -> str:
    """One regular expression matching any of the strings, longest first, as a trie.

    Sharing prefixes lets the regex engine reject a position after one comparison
    instead of one per string. Given a mapping, each key is plain text and its
    value a regular expression that must follow it.
    """
    following = tails if isinstance(tails, Mapping) else dict.fromkeys(tails, "")
    trie: dict[str, Any] = {}
    for string, after in following.items():
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = after

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items())
                    if char]
        if "" in node:
            if not node[""]:
                if not branches:
                    return ""
                body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
                return f"(?:{body})?"
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie) if trie else ""


# Before a match: not a letter, digit, '@' (someone else's handle) or apostrophe.
# Scanning text padded with one space and consuming this character keeps the
# regex engine's fast first-character search, which a lookbehind would lose.
# The class lists ranges rather than \w because sre tests a range far faster than a
# Unicode category, and this test runs at almost every character of a long post:
# letters of other scripts count as word characters, general punctuation, symbols
# and emoji as breaks.
_WORD_START = "[^a-zA-Z0-9_@'\u00c0-\u1fff\u2c00-\ufaff]"
_WORD_END = r"(?![\w])"


def _in_url(text: str, start: int, end: int) -> bool:
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right_space = [i for i in (text.find(" ", end), text.find("\n", end)) if i != -1]
    chunk = text[left: min(right_space) if right_space else len(text)]
    return "://" in chunk or chunk.startswith("www.") or ("/" in chunk and "." in chunk)


def _scan(pattern: re.Pattern[str] | None, padded: str, has_links: bool,
          scanned: str | None = None) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(start, end, match) of each match in the original text (padded[1:]).

    scanned, when given, is padded with breaks made spaces (see _spaced).
    """
    if pattern is None:
        return
    for match in pattern.finditer(padded if scanned is None else scanned):
        start, end = match.start(), match.end() - 1
        if has_links and _in_url(padded, start + 1, end + 1):
            continue
        yield start, end, match


def _vocabulary_matches(facts: _AuthorFacts, padded: str, has_links: bool
                        ) -> list[tuple[int, int]]:
    """Spans (in padded[1:]) of the author's words and phrases, leftmost-longest and
    not overlapping, as one regular expression of them all would find them.

    Learning an author must stay cheap (most posts come from an author not seen
    before), so nothing is compiled per author: the post's words are looked up in
    the author's sets and only the words found are located.
    """
    if not facts.words and not facts.phrases:
        return []
    # Splitting a post into words costs about as much as a few dozen substring
    # tests on a short post, so a small vocabulary is tested word by word.
    if len(facts.words) + len(facts.phrases) * 2 < len(padded) // 4:
        hits = [(key, key in facts.plural_ok) for key in facts.words if key in padded]
        hits += [(phrase, phrase in facts.plural_ok) for phrase, _ in facts.phrases
                 if phrase in padded]
    else:
        tokens = set(_TOKEN_RE.findall(padded))
        hits = [(key, key in facts.plural_ok) for key in facts.words & tokens]
        hits += [(phrase, phrase in facts.plural_ok) for phrase, first in facts.phrases
                 if first in tokens]
    candidates: list[tuple[int, int]] = []
    for key, plural in hits:
        size = len(key)
        position = padded.find(key, 1)
        while position != -1:
            before = padded[position - 1]
            end = position + size
            if plural and padded[end: end + 1] == "s":
                end += 1
            if not (before.isalnum() or before == "_" or before in _NOT_BEFORE_WORD) and not (
                    end < len(padded) and (padded[end].isalnum() or padded[end] == "_")):
                if not (has_links and _in_url(padded, position, end)):
                    candidates.append((position - 1, end - 1))
            elif plural and end != position + size:
                end = position + size
                if not (end < len(padded) and (padded[end].isalnum() or padded[end] == "_")) \
                        and not (before.isalnum() or before == "_" or before in _NOT_BEFORE_WORD) \
                        and not (has_links and _in_url(padded, position, end)):
                    candidates.append((position - 1, end - 1))
            position = padded.find(key, position + 1)
    candidates.sort(key=lambda span: (span[0], -span[1]))
    chosen: list[tuple[int, int]] = []
    last_end = -1
    for start, end in candidates:
        if start >= last_end:
            chosen.append((start, end))
            last_end = end
    return chosen


# Characters that may come straight before a phrase. Making them spaces lets a
# phrase pattern start with a literal space, which the regex engine finds with a
# fast string search instead of testing a character class at every position: on a
# long post that is most of the cost of this check.
_BREAK_CHARS = "\n\t\r(\"\u201c\u201d\u2018#*\u2022\u2026[{<>|\u00a0\u2013\u2014"
_PHRASE_START = " "


def _spaced(padded: str) -> str:
    """padded with every break character a space (same length, same offsets)."""
    for char in _BREAK_CHARS:
        padded = padded.replace(char, " ")
    return padded


def _compile_words(tails: Iterable[str] | Mapping[str, str], flags: int = 0
                   ) -> re.Pattern[str] | None:
    body = trie_pattern(tails)
    return re.compile(_WORD_START + f"(?:{body})" + _WORD_END, flags) if body else None


_METACHARACTERS = frozenset("\\()[]{}?*+|.^$")


def literal_prefix(phrase: str) -> str:
    """The plain text every match of a phrase starts with ('my' in 'my\\s+team')."""
    for i, char in enumerate(phrase):
        if char in _METACHARACTERS:
            # A quantifier makes the character before it optional.
            return phrase[: i - 1] if char in "?*{" and i else phrase[:i]
    return phrase


def _split_top_level(text: str) -> list[str]:
    parts, depth, current = [], 0, []
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def expand_leading_group(phrase: str) -> list[str]:
    """'(?:claimant|customer)\\s+file' as 'claimant\\s+file' and 'customer\\s+file'."""
    if not phrase.startswith("(?:"):
        return [phrase]
    depth, escaped = 0, False
    for i, char in enumerate(phrase):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                rest = phrase[i + 1:]
                if rest[:1] in ("?", "*", "+", "{"):
                    return [phrase]
                alternatives = _split_top_level(phrase[3:i])
                return [alternative + rest for alternative in alternatives]
    return [phrase]


class PhraseSet:
    """Phrases (regular expressions) found in lower-cased text, each tagged with a kind.

    The phrases are merged into one pattern shaped as a trie of the plain text they
    start with, so the whole list costs about as much as one phrase.
    """

    def __init__(self, tagged: Iterable[tuple[str, str]]) -> None:
        by_prefix: dict[str, list[tuple[str, str]]] = {}
        for kind, phrase in tagged:
            for expanded in expand_leading_group(phrase):
                by_prefix.setdefault(literal_prefix(expanded), []).append((kind, expanded))
        self.unprefixed = [
            (kind, re.compile(_PHRASE_START + f"(?:{phrase})" + _WORD_END))
            for kind, phrase in by_prefix.pop("", [])]
        # Which phrase matched is worked out afterwards from the words matched: named
        # groups in the pattern would slow every position of the scan, and matches
        # are rare. Candidates are looked up by first character, longest prefix first.
        self.by_first: dict[str, list[tuple[str, list[tuple[str, re.Pattern[str]]]]]] = {}
        tails = {}
        for prefix, members in sorted(by_prefix.items(), key=lambda item: -len(item[0])):
            compiled = [(kind, re.compile(f"(?:{phrase}){_WORD_END}")) for kind, phrase in members]
            self.by_first.setdefault(prefix[0], []).append((prefix, compiled))
            tails[prefix] = "(?:" + "|".join(phrase[len(prefix):] for _, phrase in members) + ")"
        body = trie_pattern(tails)
        self.pattern = re.compile(f"{_PHRASE_START}(?:{body}){_WORD_END}") if body else None

    def finditer(self, padded: str, has_links: bool, scanned: str | None = None
                 ) -> Iterator[tuple[str, int, int]]:
        """(kind, start, end) of each phrase in the original text (padded[1:]).

        scanned is _spaced(padded), when the caller has it already.
        """
        if scanned is None:
            scanned = _spaced(padded)
        for start, end, _ in _scan(self.pattern, padded, has_links, scanned):
            words = padded[start + 1: end + 1]
            # Matched in place, not on a slice, so a phrase may look back past its
            # first word ("shift" after "night").
            kind = next((kind for prefix, members in self.by_first.get(words[:1], ())
                         if words.startswith(prefix)
                         for kind, pattern in members
                         if pattern.fullmatch(scanned, start + 1, end + 1)), None)
            if kind is not None:
                yield kind, start, end
        for kind, pattern in self.unprefixed:
            for start, end, _ in _scan(pattern, padded, has_links, scanned):
                yield kind, start, end


def _as_list(config: Mapping[str, Any], key: str) -> list[str]:
    value = config.get(key, DEFAULTS[key])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' must be a list of text values.")
    return value


def _as_count(config: Mapping[str, Any], key: str, minimum: int) -> int:
    value = config.get(key, DEFAULTS[key])
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"'{key}' must be a whole number of at least {minimum}.")
    return value


def _lower_keeping_offsets(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # str.replace is far quicker than str.translate on long non-ASCII text.
    if "\u2019" in lowered:
        lowered = lowered.replace("\u2019", "'")
    if "\u2018" in lowered:
        lowered = lowered.replace("\u2018", "'")
    return lowered


@dataclass(frozen=True)
class _Signal:
    kind: str
    start: int
    end: int
    detail: str = ""


@dataclass
class _Vocabulary:
    """One author's work words, worked out once: what each word form is evidence of."""

    word_kinds: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    exact_kinds: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    phrase_kinds: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    # area index -> its words' form sets, to find a whole multiword area
    areas: list[tuple[str, list[set[str]]]] = field(default_factory=list)
    form_positions: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # lower-cased acronym -> how it must be written ("send" -> {"SEND"})
    acronyms: dict[str, set[str]] = field(default_factory=dict)

    def add_word(self, form: str, kind: str | None, source: str) -> None:
        entry = self.word_kinds.setdefault(form, set())
        if kind:
            entry.add((kind, source))


@dataclass
class _AuthorFacts:
    disclosed: bool
    # Lower-cased single words to look for, and longer phrases ("department for
    # education", "a&e") with the first word each needs; a trailing 's' is allowed
    # on those in plural_ok (acronyms: "SSSIs").
    words: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, str], ...] = ()
    plural_ok: frozenset[str] = frozenset()
    vocabulary: _Vocabulary = field(default_factory=_Vocabulary)
    # The employer's name, lower-cased with single spaces, and its initials as
    # written: matched by string search, since compiling a pattern for each new
    # author would cost more than checking their post.
    department: str = ""
    department_short: str = ""
    topic: str = ""

    def named_in(self, text: str) -> bool:
        """True when text names the author's employer."""
        if self.department and _has_word(_GAP_RE.sub(" ", text.lower()), self.department):
            return True
        return bool(self.department_short) and _has_word(text, self.department_short)



_NOT_PERSON_TITLES = frozenset({"policy", "team", "delivery", "lead", "head", "leader"})
_NAME_WORD = r"\s+[a-z][a-z'-]+\s+[a-z][a-z'-]+"
_NAMED_KINDS = {"casework_name": "work_framing", "named_person": "work_mention"}


class Check:
    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None:
        self.threshold = _as_count(config, "work_threshold", 1)
        self.max_findings = _as_count(config, "max_findings", 1)
        self.min_acronym = _as_count(config, "min_acronym_length", 2)
        self.min_word = _as_count(config, "min_word_length", 1)
        self.window = _as_count(config, "self_identification_window", 1)
        self.vague_workplaces = [" ".join(w.lower().split())
                                 for w in _as_list(config, "vague_workplaces")]
        weights = config.get("weights", DEFAULTS["weights"])
        if not isinstance(weights, Mapping):
            raise ValueError("'weights' must map each kind of evidence to a number of points.")
        self.weights = dict(DEFAULTS["weights"])
        for kind, points in weights.items():
            if kind not in _WEIGHT_KINDS:
                raise ValueError(f"'weights' has an unknown kind of evidence: {kind!r}.")
            if isinstance(points, bool) or not isinstance(points, int):
                raise ValueError(f"the weight of {kind!r} must be a whole number.")
            self.weights[kind] = points

        self.generic = {w.lower() for w in _as_list(config, "generic_words")}
        self.generic |= {w[:-1] for w in self.generic if w.endswith("s")}
        self.role_ignored = {w.lower() for w in _as_list(config, "role_words_to_ignore")}
        self.stop_words = {w.lower() for w in _as_list(config, "stop_words")}
        self.organisation_nouns = [w.lower() for w in _as_list(config, "organisation_nouns")]
        self.employer_nouns = _as_list(config, "employer_nouns")
        self._employer_noun_set = {n.lower() for n in self.employer_nouns}
        self.vague_employers = [" ".join(w.lower().split())
                                for w in _as_list(config, "vague_employers")]
        self.handle_markers = [w.lower() for w in _as_list(config, "employer_handle_markers")]
        self.personal_words = {w.lower() for w in _as_list(config, "profile_personal_words")}
        self.home_place_words = "|".join(
            re.escape(w.lower()) for w in _as_list(config, "home_place_words"))
        self.club_words = {w.lower() for w in _as_list(config, "club_words")}
        workplaces = "|".join(re.escape(w.lower()) for w in _as_list(config, "workplace_nouns"))
        # "at a state high school in": a kind of workplace, then where it is.
        self.workplace_join = (
            re.compile(r"\s+(?:at|of|in|for|with)\s+an?\s+(?:[a-z][\w'-]*\s+){0,3}?"
                       rf"(?:{workplaces})s?\s+(?:in|at)\s+(?:the\s+)?")
            if workplaces else None)

        named = [("casework_name", noun + _NAME_WORD)
                 for noun in _as_list(config, "casework_nouns")]
        named += [("named_person", title + r"\.?" + _NAME_WORD)
                  for title in _as_list(config, "honorifics")]
        self.shared_phrases = PhraseSet(
            [(kind, phrase) for family, kind in _SHARED_FAMILIES.items()
             for phrase in _as_list(config, family)] + named)
        self.self_phrases = PhraseSet(
            [("statement", phrase) for phrase in _as_list(config, "self_identification")]
            + [("introduction", phrase) for phrase in _as_list(config, "self_introductions")])
        labels = "|".join(_as_list(config, "self_labels"))
        # Tried only where "here" or "speaking" follows, which str.find locates far
        # faster than a pattern scan of a long post.
        self.self_label_pattern = (re.compile(rf"(?<![\w'])(?:{labels})\s+\Z")
                                   if labels else None)
        official = _as_list(config, "official_account")
        self.official_pattern = (re.compile(r"\b(?:" + "|".join(official) + ")", re.IGNORECASE)
                                 if official else None)
        before_name = "|".join(re.escape(n) for n in _as_list(config, "employer_nouns_before_name"))
        self.noun_first_name_pattern = (
            re.compile(rf"(?<![\w])(?i:{before_name})\s+(?:(?:de|du|des|de\s+la|d'|l')\s*)?"
                       r"[A-Z\u00c0-\u00dd\u0100-\u017f][\w\u0100-\u017f'-]+")
            if before_name else None)
        title_list = _as_list(config, "job_titles")
        titles = "|".join(title_list)
        # "UK policy nerd", "EU team player": after initials, only a word for a
        # person doing a job says who employs them.
        person_titles = "|".join(t for t in title_list if t not in _NOT_PERSON_TITLES)
        qualifications = "|".join(re.escape(q) for q in _as_list(config, "qualifications"))
        # Initials that may name an employer: not a qualification ("Nurse, RGN").
        sectors = "|".join(re.escape(q) for q in _as_list(config, "sector_initials"))
        not_employers = "|".join(part for part in (qualifications, sectors) if part)
        initials = (rf"(?!(?:{not_employers})\b)" if not_employers else "") + (
            r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")
        self.initials_pattern = re.compile(r"\b" + initials)
        self.sector_initials_pattern = re.compile(sectors or r"(?!)")
        # "Policy adviser, DfT", "Head of Prices @ONS": a job title, then an acronym
        # or a handle, names the employer; "Team leader, Saturday football" does not.
        self.title_at_name_pattern = (
            re.compile(rf"\b(?i:{titles})s?\b[^.;|\n]{{0,40}}?(?:(?:\b(?:at|with|for)\b|,)"
                       rf"\s*(?:the\s+)?(?:{initials}|@\s?\w{{2,}})|@\s?\w{{2,}})"
                       # "Claims specialist at a Social Security field office": after
                       # "at", a capitalised name is an employer; after a comma it may
                       # be a hobby ("Team leader, Saturday football"), unless the
                       # name ends in initials ("Midwife, Cardiff and Vale UHB").
                       rf"|\b(?i:{titles})s?\b[^.;|\n,]{{0,40}}?\b(?:at|for|with|au|à|chez|"
                       r"yn|gyda|ki|i)\s+(?:(?:the|a|an|la|le|l')\s*)?"
                       r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+"
                       rf"|\b(?i:{titles})s?\b[^.;|\n]{{0,40}}?,\s*(?:the\s+)?"
                       rf"(?:[A-Z][\w'-]+\s+(?:(?:and|&|of)\s+)?){{1,4}}{initials}"
                       # "IRS revenue agent", "DWP work coach": initials, then a title.
                       rf"|\b{initials}\s+(?:[\w-]+\s+){{0,2}}"
                       rf"(?i:{person_titles})s?\b")
            if titles else None)
        self.employer_name_pattern = self._employer_name_pattern(sectors, titles)
        # "British diplomat", "Canadian consul": a nationality names the foreign
        # service; "Career diplomat" does not.
        national = "|".join(_as_list(config, "national_service_titles"))
        self.national_service_pattern = (
            re.compile(rf"\b[A-Z][a-z]+(?:ish|ian|an|ese|ch|i)\s+(?i:{national})s?\b")
            if national else None)
        self._authors: dict[Author, _AuthorFacts] = {}
        self._role_words: dict[str, frozenset[str] | None] = {}
        self._shapes: dict[tuple[Any, ...], _AuthorFacts] = {}

    # -- who the author works for ---------------------------------------------------

    def _employer_name_pattern(self, sectors: str, titles: str) -> re.Pattern[str] | None:
        """A capitalised organisation name: 'Leeds City Council', 'Ministry of Justice'."""
        if not self.employer_nouns:
            return None
        # Plurals name employers too ("Sherwood Forest Hospitals", "City Libraries").
        nouns = "(?:" + "|".join(
            re.escape(n[:-1]) + "(?:y|ies)" if n.endswith("y") else re.escape(n) + "s?"
            for n in self.employer_nouns) + ")"
        # A sector's initials with a name after them: "NHS Lothian", "NHS 111", not
        # "NHS manager".
        not_title = rf"(?!(?i:{titles})s?\b)" if titles else ""
        sector = (rf"|\b(?:{sectors})\s+{not_title}[A-Z0-9][\w&'-]*" if sectors else "")
        # A capitalised word; a full stop belongs to it only after a capital
        # ("U.S."), so "Cats. Court." is two words, not a name.
        capitalised = r"[A-Z](?:[\w&'’-]|\.(?=\w))*(?:(?<=\b[A-Z])\.)?"
        return re.compile(
            rf"\b{capitalised}\s+(?:(?:{capitalised}|of|for|and|&|the)\s+){{0,4}}"
            rf"{nouns}\b"
            rf"|\b{nouns}\.?\s+(?:of|for)\s+(?:the\s+)?{capitalised}"
            rf"|(?:\b(?:at|with|for)|@)\s*(?:the\s+)?{nouns}\b" + sector)

    def _is_vague(self, name: str) -> bool:
        lowered = " ".join(name.lower().split())
        return any(lowered == v or lowered.endswith(" " + v) for v in self.vague_employers)

    def _names_employer(self, text: str, author: Author) -> bool:
        """True when text names an organisation, not just 'a civil servant'."""
        if not text.strip():
            return False
        text = self._without_home_place(text, author)
        if self._mentions_own_organisation(text, author):
            return True
        for match in _HANDLE_RE.finditer(text):
            handle = match.group(1).lower()
            if any(marker in handle for marker in self.handle_markers):
                return True
        for pattern in (self.employer_name_pattern, self.title_at_name_pattern,
                        self.noun_first_name_pattern, self.national_service_pattern):
            if pattern and any(not self._is_vague(m.group()) for m in pattern.finditer(text)):
                return True
        return self._gives_own_job_and_where(text, author)

    def _without_home_place(self, text: str, author: Author) -> str:
        """The profile with the place the employer is named after blanked out where it
        says where the author comes from or which club they follow: 'Dunmore born and
        raised', 'Port Avon local', 'Dunmore Athletic season ticket', 'born and bred in
        Dunmore'. 'Dunmore social services' and 'Teacher in a Dunmore comp' keep it."""
        places = self._employer_places(author)
        if not places:
            return text
        lowered = text.lower()
        found = [p for p in places if p.lower() in lowered]
        if not found:
            return text
        names = "|".join(re.escape(p) for p in found)
        employer_words = set(_TOKEN_RE.findall(author.department.lower()))
        clubs = "|".join(re.escape(c) for c in self.club_words - employer_words)
        after = "|".join(part for part in (self.home_place_words, clubs) if part)
        if not after:
            return text
        pattern = re.compile(
            rf"(?<![\w'’@])({names})(?=[\s-]+(?i:{after})\b)"
            rf"|\b(?i:born|bred|raised|reared)\s+(?i:in)\s+({names})\b")
        spans = [match.span(1) if match.group(1) else match.span(2)
                 for match in pattern.finditer(text)]
        for start, end in spans:
            text = text[:start] + " " * (end - start) + text[end:]
        return text

    def _employer_places(self, author: Author) -> list[str]:
        """The place the employer is named after, as written: 'Dunmore' of 'Dunmore
        Borough Council' (also when given as its short name), 'Port Avon' of 'City of
        Port Avon'; none for 'Department for Education'."""
        places = []
        short = author.department_short.strip()
        if short and self._is_place_name(short, author.department):
            places.append(short)
        first = self._employer_place(author.department)
        if first:
            words = _NAME_PART_RE.findall(_BRACKETED_RE.sub(" ", author.department))
            at = words.index(first)
            place = [first]
            for word in words[at + 1:]:
                lowered = word.lower()
                if (not word[:1].isupper() or _is_acronym(word)
                        or _singular(lowered) in self._employer_noun_set
                        or lowered in _PLACE_BODY_NOUNS or self._is_generic(word)):
                    break
                place.append(word)
            places.append(" ".join(place))
        return places

    def _gives_own_job_and_where(self, text: str, author: Author) -> bool:
        """True when a piece of the profile gives the author's own job title, then where
        or for whom they do it: 'History teacher, Cardiff', 'GP partner in Hackney',
        'Assessor at Qld Health', 'Educator @cityhealth', 'Sergeant, Limerick'; or a job
        title that carries the employer's own name ('Probation officer' of 'the
        Probation Service'). A title alone ('Paramedic. Views mine.'), a title then
        other facts ('Nurse. Belfast.', 'Social worker, netball coach') or a title then
        family or pastimes ('Nurse, Mum') say what the author does, not where."""
        heads = self._role_heads(author.role)
        if not heads:
            return False
        names = self._distinctive_name_words(author.department)
        for part in _PROFILE_SENTENCES_RE.split(text):
            # The words of the title so far: a comma ends a title ("Kestrel RFC fan,
            # inspector of pies" is no Kestrel inspector).
            title: list[str] = []
            end = 0
            for word in _PROFILE_WORD_RE.finditer(part):
                if "," in part[end:word.start()]:
                    title = []
                end = word.end()
                lowered = word.group().lower()
                if (lowered in heads or lowered.removesuffix("s") in heads) and (
                        names & set(title[-3:]) or self._where_follows(part[end:])):
                    return True
                title.append(lowered)
        return False

    def _role_heads(self, role: str) -> set[str]:
        """The nouns that head the author's job titles: 'teacher' of 'History teacher',
        'officer' of 'Road safety officer, schools', 'head' of 'Deputy Head of Mission'."""
        heads = set()
        for title in _ALTERNATIVE_NAMES_RE.split(role):
            title = _ROLE_QUALIFIER_RE.split(_BRACKETED_RE.sub(" ", title))[0]
            words = [w for w in _NAME_PART_RE.findall(title) if w != "&"]
            if words and len(words[-1]) >= self.min_word:
                heads.add(words[-1].lower())
        return heads

    def _distinctive_name_words(self, department: str) -> set[str]:
        """Words of the employer's name that only it has: 'probation' of 'The Probation
        Service', 'garda' of 'An Garda Síochána'; not 'public' or 'health' of 'Public
        Health Agency', nor 'council' or 'service'."""
        return {w for w in (w.lower() for w in _NAME_PART_RE.findall(
                    _BRACKETED_RE.sub(" ", department)))
                if len(w) >= 4 and w not in self.stop_words and not self._is_generic(w)
                and w.removesuffix("s") not in self._employer_noun_set
                and w not in _PLACE_BODY_NOUNS}

    def _where_follows(self, rest: str) -> bool:
        """True when what follows a job title says where or for whom: a handle, or
        ', <Name>' or 'in/at <Name>' (also after a kind of workplace: 'at a state high
        school in <Name>'), a name that ends the piece or comes before a comma, and
        is not a person or a pastime ('Mum', 'Runner')."""
        if _HANDLE_AFTER_TITLE_RE.match(rest):
            return True
        return any(joined and self._names_where(rest[joined.end():])
                   for joined in (_WHERE_JOIN_RE.match(rest),
                                  self.workplace_join and self.workplace_join.match(rest)))

    def _names_where(self, rest: str) -> bool:
        """True when rest starts with a place's or an employer's name."""
        # A place or an employer's name is short; reading no further keeps a long
        # profile with many titles in it cheap.
        name = rest[:_WHERE_MAX + 1].split(",", 1)[0]
        if len(name) > _WHERE_MAX:
            return False
        words = name.split()
        if not words or not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words):
            return False
        if not (words[0][:1].isupper() and words[-1][:1].isupper()):
            return False
        return any(_PROFILE_WORD_RE.fullmatch(w) and w.lower() not in self.personal_words
                   and not self._is_generic(w) for w in words)

    def _mentions_own_organisation(self, text: str, author: Author) -> bool:
        names = [_normalise_name(author.department)]
        if _ALTERNATIVE_NAMES_RE.search(author.department):
            # Each name of two words or more: "Canada" alone may be where they live.
            names += [name for name in map(_normalise_name,
                                           _ALTERNATIVE_NAMES_RE.split(author.department))
                      if " " in name]
        written = f" {_normalise_name(text)} "
        if any(name and f" {name} " in written for name in names):
            return True
        if self._names_part_of(author.department, text):
            return True
        if self._shortens_name(author.department, text):
            return True
        if any(self._abbreviates(handle.group(1).lower(), author.department)
               for handle in _HANDLE_RE.finditer(text)):
            return True
        if self._names_service(text, author.policy_areas):
            return True
        if self._names_place_of_employer(text, author):
            return True
        short = author.department_short.strip()
        if not short:
            return False
        if self._is_place_name(short, author.department):
            # "Croydon. Trains." is where the author lives; "City of Croydon" and
            # "Croydon, parking" say where they work.
            if any(_normalise_name(part) != short.lower() and _has_word(part, short)
                   for part in _PROFILE_PARTS_RE.split(text)):
                return True
        elif _has_word(text.lower() if len(short) >= 4 else text,
                       short.lower() if len(short) >= 4 else short):
            return True
        if len(short) >= 3 and _has_word(text, short.upper()):
            return True
        return any(short.lower() in m.group(1).lower() for m in _HANDLE_RE.finditer(text)
                   if len(short) >= 2)

    def _names_service(self, text: str, areas: Iterable[str]) -> bool:
        """True when a piece of the profile is, alone, a service the author works on
        that is a proper name of two or more words, or its initials ('UKVI, Croydon'
        of 'UK Visas and Immigration'): a place of work, where a topic would come
        with other words. One word may be a place ('Cornwall') as well as a topic."""
        services = set()
        for area in areas:
            words = _NAME_PART_RE.findall(area)
            content = [w for w in words if w.lower() not in self.stop_words]
            if len(content) >= 2 and all(w[:1].isupper() for w in content):
                services.add(" ".join(words))
                services.add("".join(w if _is_acronym(w) else w[0] for w in content))
        return bool(services) and any(
            " ".join(_NAME_PART_RE.findall(part)) in services
            for part in _PROFILE_PARTS_RE.split(text))

    def _names_place_of_employer(self, text: str, author: Author) -> bool:
        """True when a piece of the profile gives the place the employer is named after
        with a body or service of it ('Tollbridge BC', 'Eastvale FRS', 'Fenwick
        schools', 'Fenwick adult social care'), or the author's job there ('GP partner
        in Tamebridge', 'Nurse in rural Alberta'). The place alone, or with other words
        ('Tamebridge born'), may be where they live."""
        place = self._employer_place(author.department)
        if not place:
            return False
        role_words = {w.lower() for w in _NAME_PART_RE.findall(author.role)
                      if w.lower() not in self.stop_words and not self._is_generic(w)}
        area_starts = {area.split()[0].lower() for area in author.policy_areas if area.split()}
        # Initials stand for the body only when they are its own ('BC' of 'Borough
        # Council') or an area the author works in ('CID'): 'Mayo GAA' is a club.
        rest = [w for w in _NAME_PART_RE.findall(author.department)[1:]
                if w.lower() not in self.stop_words]
        own_initials = {"".join(w[0].upper() for w in rest[i:]) for i in range(len(rest))}
        own_initials |= {area for area in author.policy_areas if _is_acronym(area)}
        for part in _PROFILE_PARTS_RE.split(text):
            # "311 Riverton", "Riverton 311": the place and a service the author works
            # on, and nothing else.
            pair = part.split()
            if len(pair) == 2 and place in pair:
                other = pair[1] if pair[0] == place else pair[0]
                if other.lower() in area_starts or other in own_initials:
                    return True
            words = _NAME_PART_RE.findall(part)
            for at in (i for i, word in enumerate(words) if word == place):
                after = words[at + 1] if at + 1 < len(words) else ""
                if after and (after in own_initials
                              or _singular(after.lower()) in self._employer_noun_set
                              or after.lower() in area_starts):
                    return True
                before = [w.lower() for w in words[:at]]
                # "in Tamebridge", "in rural Alberta": one lower-case word may come between.
                preposition = (len(before) - 1 if before and before[-1] in ("in", "at") else
                               len(before) - 2 if len(before) >= 2 and words[at - 1].islower()
                               and before[-2] in ("in", "at") else None)
                if preposition and role_words & set(before[:preposition]):
                    return True
        return False

    def _employer_place(self, department: str) -> str:
        """The word an employer's name starts with when it is a place or a name of its
        own ('Tollbridge' of 'Tollbridge Borough Council', 'Cornwall' of 'NHS Cornwall
        and Isles of Scilly ICB'), as written; empty when the name starts with a
        generic word ('Home Office') or an organisation noun."""
        words = _NAME_PART_RE.findall(_BRACKETED_RE.sub(" ", department))
        while words and (self.sector_initials_pattern.fullmatch(words[0])
                         or words[0].lower() == "the"):
            words = words[1:]
        if len(words) < 2:
            return ""
        if len(words) >= 3 and words[0].lower() in _PLACE_BODY_NOUNS and words[1] == "of":
            # "City of Riverton": the place comes after the kind of body.
            words = words[2:]
        first = words[0]
        if (len(first) < 4 or not first[:1].isupper() or _is_acronym(first)
                or first.lower() in self._employer_noun_set or self._is_generic(first)
                or first.lower() in self.stop_words):
            return ""
        return first

    def _abbreviates(self, handle: str, department: str) -> bool:
        """True when a handle is made of the starts of the employer's words, in order:
        'britgeosurvey' of 'British Geological Survey'. At least two words, and at
        least half of them, must start a part of the handle."""
        words = [w for w in _NAME_WORDS_RE.findall(department.lower())
                 if w not in self.stop_words]
        position = found = 0
        for word in words:
            for size in range(len(word), 2, -1):
                at = handle.find(word[:size], position)
                if at != -1:
                    found += 1
                    position = at + size
                    break
        return (found >= 2 and found * 2 >= len(words)) or self._abbreviates_place_body(
            handle, department)

    def _abbreviates_place_body(self, handle: str, department: str) -> bool:
        """True when a handle is the place the employer is named after, then the rest of
        its name cut to the starts of its words: 'FenwickCoCo' or 'FenwickCC' of
        'Fenwick County Council', 'TamebridgeBC', 'DerbysCC' of 'Derbyshire County Council'.
        The place needs four letters at least, and when cut short may keep one letter
        of its own ('Lincs'); the rest needs two letters at least, so 'FenwickGAA' and
        'Fenwick' alone are not the council."""
        place = self._employer_place(department).lower()
        if len(place) < 4:
            return False
        words = [w.lower() for w in _NAME_PART_RE.findall(_BRACKETED_RE.sub(" ", department))]
        rest = [w for w in words[words.index(place) + 1:] if w not in self.stop_words]
        handle = handle.replace("_", "")
        shared = 0
        while shared < min(len(handle), len(place)) and handle[shared] == place[shared]:
            shared += 1
        # A place cut short may keep one letter of its own: "Lincs", "Wilts".
        starts = (shared,) if shared == len(place) else (shared, shared + 1)
        return shared >= 4 and any(
            len(handle) - start >= 2 and _starts_of(handle[start:], rest) for start in starts)

    def _names_part_of(self, department: str, text: str) -> bool:
        """True when text names the employer by the start or the heart of its name,
        capitalised: 'Sherwood Forest Hospitals' of 'Sherwood Forest Hospitals NHS
        FT', 'Work and Pensions' of 'Department for Work and Pensions'. The part needs
        two words and one that is neither an organisation noun nor an everyday word,
        and must not end in an everyday word ('Manchester City' is a football club),
        unless it is the whole remit after the organisation noun ('Home Affairs' of
        'Department of Home Affairs')."""
        # "Manx Care (Isle of Man)": a place in brackets says where, not who; "NHS 111
        # (South Central Ambulance Service)" names the employer there.
        department = _BRACKETED_RE.sub(
            lambda part: part.group() if any(
                word.lower().removesuffix("s") in self._employer_noun_set
                for word in _NAME_PART_RE.findall(part.group())) else " ", department)
        names = [words for words in (_NAME_PART_RE.findall(part)
                                     for part in _DEPARTMENT_PARTS_RE.split(department))
                 if len(words) >= 2]
        if not names:
            return False
        written = _NAME_PART_RE.findall(text)
        lowered = [w.lower() for w in written]
        for words in names:
            wanted = [w.lower() for w in words]
            remit_start = self._remit_start(wanted)
            for first in range(len(wanted) - 1):
                for start in (i for i, w in enumerate(lowered) if w == wanted[first]):
                    length = 0
                    while (first + length < len(wanted) and start + length < len(lowered)
                           and lowered[start + length] == wanted[first + length]):
                        length += 1
                    if length >= 2 and self._telling_name_part(
                            written[start:start + length],
                            whole_remit=first == remit_start and first + length == len(wanted)):
                        return True
        return False

    def _shortens_name(self, department: str, text: str) -> bool:
        """True when a piece of the profile is the employer's name cut short, from its
        first word to its last: 'Scot Gov' of 'Scottish Government', 'Hampshire
        Constabulary' of 'Hampshire and Isle of Wight Constabulary'. Each word written
        starts a word of the name, in order and capitalised; one must be telling. Small
        words are passed over ('Parks & Rec' of 'Parks and Recreation'), and so is the
        kind of place a name starts with ('Riverton Parks' of 'City of Riverton Parks').
        Capitals may stand for a run of the name's words: 'Sport NZ' of 'Sport New
        Zealand'. Each of an employer's names counts ('Sport New Zealand | Ihi Aotearoa')."""
        names = []
        for name in _ALTERNATIVE_NAMES_RE.split(_BRACKETED_RE.sub(" ", department)):
            words = [w.lower() for w in _NAME_PART_RE.findall(name)]
            names.append([w for w in words if w not in self.stop_words])
            if len(words) > 2 and words[0] in _PLACE_BODY_NOUNS and words[1] == "of":
                names.append(names[-1][1:])
        parts = [[w for w in _NAME_PART_RE.findall(part) if w.lower() not in self.stop_words]
                 for part in _PROFILE_PARTS_RE.split(text)]
        return any(self._starts_name(written, wanted) for wanted in names if len(wanted) >= 2
                   for written in parts)

    def _starts_name(self, written: list[str], wanted: list[str]) -> bool:
        """True when a run of the capitalised words written starts the words wanted, in
        order, from the first wanted to the last."""
        for start in range(len(written) - 1):
            at, matched = 0, []
            for word in written[start:]:
                low = word.lower()
                if matched and _is_acronym(word) and word.isalpha() and len(word) <= 4 and (
                        "".join(w[0] for w in wanted[at:at + len(low)]) == low):
                    # Capitals for the next words of the name: "NZ" of "New Zealand".
                    matched += wanted[at:at + len(low)]
                    at += len(low)
                    if at == len(wanted):
                        break
                    continue
                if not word[:1].isupper() or len(low) < 3:
                    break
                while at < len(wanted) and not wanted[at].startswith(low):
                    if not matched:
                        at = len(wanted)
                        break
                    at += 1
                if at == len(wanted):
                    break
                matched.append(wanted[at])
                at += 1
                if at == len(wanted):
                    break
            if (len(matched) >= 2 and matched[0] == wanted[0]
                    and matched[-1] == wanted[-1]
                    and any(w not in self._employer_noun_set and not self._is_generic(w)
                            for w in matched)):
                return True
        return False

    def _remit_start(self, words: list[str]) -> int | None:
        """Where the remit starts in 'department of (the) home affairs', if it does."""
        if len(words) < 3 or words[0] not in self._employer_noun_set or words[1] not in (
                "of", "for"):
            return None
        return 3 if words[2] == "the" else 2

    def _telling_name_part(self, words: list[str], whole_remit: bool = False) -> bool:
        content = [w for w in words if w.lower() not in self.stop_words]
        if len(content) < 2 or not all(w[:1].isupper() for w in content):
            return False
        if whole_remit:
            return True
        nouns = self._employer_noun_set
        return not self._is_generic(content[-1]) and any(
            not self._is_generic(w) and w.lower() not in nouns
            and w.lower().removesuffix("s") not in nouns for w in content)

    @staticmethod
    def _is_place_name(short: str, department: str) -> bool:
        """True when the short name is the place a council or city is named after
        ('Croydon' of 'London Borough of Croydon'), not an acronym or a name."""
        if _is_acronym(short) or " " in short:
            return False
        words = set(_NAME_WORDS_RE.findall(department.lower()))
        return short.lower() in words and bool(words & _PLACE_BODY_NOUNS)

    def _is_official_account(self, author: Author) -> bool:
        name = author.name.strip().lower()
        if name and name in {author.department.strip().lower(),
                             author.department_short.strip().lower()}:
            return True
        return bool(self.official_pattern) and any(
            self.official_pattern.search(text)
            for text in (author.name, author.role, author.profile))

    # -- what the author's work is ------------------------------------------------------

    def _facts(self, author: Author) -> _AuthorFacts:
        facts = self._authors.get(author)
        if facts is not None:
            return facts
        if len(self._authors) >= 1024:
            self._authors.clear()
        if self._is_official_account(author):
            facts = _AuthorFacts(disclosed=True)
        else:
            # Authors who differ only by name or by an ID in the job title ("bioguide
            # M001143") share their facts: most posts come from authors not seen
            # before, and many of them hold the same kind of job.
            shape = (_ID_WORD_RE.sub("", author.role), author.department,
                     author.department_short, author.policy_areas, author.profile)
            facts = self._shapes.get(shape)
            if facts is None:
                if len(self._shapes) >= 1024:
                    self._shapes.clear()
                if self._names_employer(author.profile, author):
                    facts = _AuthorFacts(disclosed=True)
                else:
                    facts = self._work_vocabulary(author)
                self._shapes[shape] = facts
        self._authors[author] = facts
        return facts

    def _work_vocabulary(self, author: Author) -> _AuthorFacts:
        vocabulary = _Vocabulary()
        exact: set[str] = set()
        phrases: set[str] = set()
        self._add_areas(author, vocabulary, exact)
        self._add_role_and_remit(author, vocabulary, exact)
        self._add_department(author, vocabulary, exact, phrases)
        # Acronyms join the same lower-case scan; their capitals are checked after.
        keys = set(vocabulary.word_kinds) | phrases
        plural_ok = set()
        for word in exact:
            lowered = word.lower()
            keys.add(lowered)
            plural_ok.add(lowered)
            vocabulary.acronyms.setdefault(lowered, set()).add(word)
        single, longer = set(), []
        for key in keys:
            if key.isalnum():
                single.add(key)
                if key in plural_ok:
                    single.add(key + "s")
                continue
            tokens = _TOKEN_RE.findall(key)
            if len(tokens) == 1 and tokens[0] == key:
                single.add(key)
                if key in plural_ok:
                    single.add(key + "s")
            elif tokens:
                longer.append((key, tokens[0]))
        topic = next((a for a in author.policy_areas if a.strip()), "")
        return _AuthorFacts(False, frozenset(single), tuple(sorted(longer)),
                            frozenset(plural_ok), vocabulary,
                            _GAP_RE.sub(" ", author.department.lower()).strip(),
                            author.department_short.strip(), topic)

    def _add_areas(self, author: Author, vocabulary: _Vocabulary, exact: set[str]) -> None:
        for area in author.policy_areas:
            words = _AREA_WORD_RE.findall(area.replace("-", " "))
            if not words:
                continue
            telling = [w for w in words if w.lower() not in self.stop_words]
            if len(words) == 1:
                word = words[0]
                if _is_acronym(word):
                    self._add_exact(vocabulary, exact, word, "policy_area", area)
                    continue
                if len(word) < self.min_word:
                    continue
                everyday = self._is_generic(word)
                for form in word_forms(word):
                    vocabulary.add_word(form, "everyday_area" if everyday else "policy_area",
                                        area)
                continue
            form_sets = []
            for word in words:
                if _is_acronym(word):
                    # An acronym inside an area ("PACT Act", "A&E performance") names it.
                    self._add_exact(vocabulary, exact, word, "policy_area", area)
                    form_sets.append({word})
                    continue
                lowered = word.lower()
                is_telling = (not self._is_generic(word) and lowered not in self.stop_words
                              and len(lowered) >= self.min_word)
                forms = {lowered} if lowered in self.stop_words else word_forms(word)
                for form in forms:
                    vocabulary.add_word(form, "policy_area_word" if is_telling else None, area)
                form_sets.append(forms)
            # Any two or more neighbouring words of a longer area name it too
            # ("social care" of "adult social care").
            lowered_words = [w.lower() for w in words]
            for first in range(len(words)):
                for last in range(first + 2, len(words) + 1):
                    if (last - first == len(words) or lowered_words[first] in self.stop_words
                            or lowered_words[last - 1] in self.stop_words):
                        continue
                    self._add_area_sequence(vocabulary, area, form_sets[first:last])
            self._add_area_sequence(vocabulary, area, form_sets)
            initials = "".join(w[0] for w in telling if w[0].isalpha()).upper()
            if len(initials) >= self.min_acronym:
                self._add_exact(vocabulary, exact, initials, "policy_area", area)

    @staticmethod
    def _add_area_sequence(vocabulary: _Vocabulary, area: str, form_sets: list[set[str]]
                           ) -> None:
        index = len(vocabulary.areas)
        vocabulary.areas.append((area, form_sets))
        for position, forms in enumerate(form_sets):
            for form in forms:
                vocabulary.form_positions.setdefault(form, set()).add((index, position))

    def _is_generic(self, word: str) -> bool:
        lowered = word.lower()
        return lowered in self.generic or (lowered.endswith("s") and lowered[:-1] in self.generic)

    def _add_exact(self, vocabulary: _Vocabulary, exact: set[str], word: str,
                   kind: str, source: str) -> None:
        exact.add(word)
        vocabulary.exact_kinds.setdefault(word, set()).add((kind, source))
        # An area written as a plural acronym ("SSSIs", "GPs") is one of them too.
        if word.endswith("s") and len(word) > 2 and _is_acronym(word[:-1]):
            self._add_exact(vocabulary, exact, word[:-1], kind, source)

    def _role_word_use(self, word: str) -> frozenset[str] | None:
        """A job-title word's forms; empty for an acronym, None when it says nothing.

        Job titles repeat words ("policy", "officer", "member") across many authors,
        so each word is judged once.
        """
        use = self._role_words.get(word, False)
        if use is not False:
            return use
        lowered = word.lower()
        if (lowered in self.role_ignored or self._is_generic(word) or lowered in self.stop_words
                # "bioguide M001143": a word with digits is an identifier, not a topic.
                or any(c.isdigit() for c in word)):
            use = None
        elif _is_acronym(word):
            use = frozenset()
        elif len(lowered) >= max(self.min_word, 4):
            use = _word_forms(lowered)
        else:
            use = None
        if len(self._role_words) >= 4096:
            self._role_words.clear()
        self._role_words[word] = use
        return use

    def _add_role_and_remit(self, author: Author, vocabulary: _Vocabulary,
                            exact: set[str]) -> None:
        word_kinds = vocabulary.word_kinds
        entry = ("role_word", author.role)
        for word in _ROLE_WORD_RE.findall(author.role):
            use = self._role_word_use(word)
            if use is None:
                continue
            if use:
                for form in use:
                    kinds = word_kinds.get(form)
                    if kinds is None:
                        word_kinds[form] = {entry}
                    else:
                        kinds.add(entry)
            else:
                self._add_exact(vocabulary, exact, word, "role_word", author.role)
        # A named unit in the job title goes by its initials at work ("Decision maker,
        # Child Maintenance Service": "CMS").
        for name in _CAPITALISED_NAME_RE.finditer(author.role):
            initials = "".join(w[0] for w in name.group().split()
                               if w[0].isupper()).upper()
            if len(initials) >= self.min_acronym:
                self._add_exact(vocabulary, exact, initials, "role_word", author.role)
        if not author.department:
            return
        remit = _REMIT_RE.search(author.department)
        remit_words = _ROLE_WORD_RE.findall(remit.group(1)) if remit else []
        # Acronyms inside a name ("NHS England") say what the organisation does.
        remit_words += [w for w in _ROLE_WORD_RE.findall(author.department) if _is_acronym(w)]
        for word in remit_words:
            lowered = word.lower()
            if (self._is_generic(word) or lowered in self.stop_words
                    or word in self.employer_nouns):
                continue
            if _is_acronym(word):
                self._add_exact(vocabulary, exact, word, "remit_word", author.department)
            elif len(lowered) >= 4:
                for form in word_forms(word):
                    vocabulary.add_word(form, "remit_word", author.department)

    def _add_department(self, author: Author, vocabulary: _Vocabulary, exact: set[str],
                        phrases: set[str]) -> None:
        department = " ".join(author.department.lower().split())
        department_words = set(_TOKEN_RE.findall(department))
        if department:
            for name in {department, department.replace("&", "and")}:
                phrases.add(name)
                vocabulary.phrase_kinds.setdefault(name, set()).add(
                    ("department", author.department))
            for noun in self.organisation_nouns:
                if noun in department_words:
                    for owner in ("the", "my", "our"):
                        phrase = f"{owner} {noun}"
                        phrases.add(phrase)
                        vocabulary.phrase_kinds.setdefault(phrase, set()).add(
                            ("department", author.department))
        short = author.department_short.strip()
        if short:
            # Two-letter initials ("SA", "EA") often mean something else.
            kind = "department" if len(short) >= 3 else "department_initials"
            for spelling in {short, short.upper()}:
                exact.add(spelling)
                vocabulary.exact_kinds.setdefault(spelling, set()).add(
                    (kind, author.department or short))

    # -- the check --------------------------------------------------------------------------

    def _author_signals(self, padded_text: str, padded_lower: str, has_links: bool,
                        facts: _AuthorFacts) -> list[_Signal]:
        vocabulary = facts.vocabulary
        signals: list[_Signal] = []
        word_matches: list[tuple[int, int, str]] = []
        for start, end in _vocabulary_matches(facts, padded_lower, has_links):
            form = padded_lower[start + 1: end + 1]
            for kind, source in sorted(vocabulary.word_kinds.get(form, ())):
                signals.append(_Signal(kind, start, end, source))
            for kind, source in sorted(vocabulary.phrase_kinds.get(form, ())):
                signals.append(_Signal(kind, start, end, source))
            if form in vocabulary.form_positions:
                word_matches.append((start, end, form))
            written = padded_text[start + 1: end + 1]
            for spelling in (written, written[:-1]):
                if spelling in vocabulary.acronyms.get(spelling.lower(), ()):
                    for kind, source in sorted(vocabulary.exact_kinds[spelling]):
                        signals.append(_Signal(kind, start, end, source))
                    break
        if word_matches:
            signals.extend(self._whole_areas(padded_text[1:], word_matches, vocabulary))
        return signals

    @staticmethod
    def _whole_areas(text: str, word_matches: list[tuple[int, int, str]],
                     vocabulary: _Vocabulary) -> Iterator[_Signal]:
        """Multiword areas whose words all appear, in order, next to each other."""
        for i, (start, _, form) in enumerate(word_matches):
            for index, position in vocabulary.form_positions[form]:
                if position:
                    continue
                area, form_sets = vocabulary.areas[index]
                end, ok = word_matches[i][1], True
                for offset in range(1, len(form_sets)):
                    if i + offset >= len(word_matches):
                        ok = False
                        break
                    next_start, next_end, next_form = word_matches[i + offset]
                    if (next_form not in form_sets[offset]
                            or not _AREA_GAP_RE.fullmatch(text[end:next_start])):
                        ok = False
                        break
                    end = next_end
                if ok:
                    yield _Signal("policy_area", start, end, area)

    def _post_discloses(self, text: str, padded_lower: str, scanned: str, has_links: bool,
                        facts: _AuthorFacts) -> bool:
        """True when the post itself says who the author works for."""
        if self._places_self_at_employer(text, facts):
            return True
        for start in self._self_labels(padded_lower):
            # "FEMA employee here": the employer comes before the label.
            before = _SENTENCE_END_RE.split(text[max(0, start - self.window): start])[-1]
            if facts.named_in(before) or self._names_employer_in_post(before):
                return True
        for kind, _, end in self.self_phrases.finditer(padded_lower, has_links, scanned):
            following = _SENTENCE_END_RE.split(text[end: end + self.window], maxsplit=1)[0]
            if kind == "statement" and not self._is_vague_workplace(following):
                return True
            if facts.named_in(following):
                return True
            if self.employer_name_pattern and any(
                    not self._is_vague(name.group())
                    for name in self.employer_name_pattern.finditer(following)):
                return True
            if _ORGANISATION_INITIALS_RE.search(following):
                return True
        return False

    @staticmethod
    def _places_self_at_employer(text: str, facts: _AuthorFacts) -> bool:
        """'We've run the numbers at Teagasc', 'I audit firms for the ATO': the
        author's own employer, after 'at', 'for', 'with' or 'from', in a sentence
        in the first person."""
        lowered = text.lower()
        names = [(lowered, facts.department)] if len(facts.department) >= 3 else []
        if len(facts.department_short) >= 2:
            names.append((text, facts.department_short))
        for haystack, name in names:
            position = haystack.find(name)
            while position != -1:
                end = position + len(name)
                if (_AT_EMPLOYER_RE.search(text, max(0, position - 12), position)
                        and not (end < len(text) and text[end].isalnum())):
                    sentence_start = max(text.rfind(c, 0, position) for c in ".!?\n") + 1
                    sentence_end = min((i for i in (text.find(c, end) for c in ".!?\n")
                                        if i != -1), default=len(text))
                    if _FIRST_PERSON_RE.search(lowered, sentence_start, sentence_end):
                        return True
                position = haystack.find(name, position + 1)
        return False

    def _self_labels(self, padded_lower: str) -> Iterator[int]:
        """Where (in the original text) each 'employee here' label starts."""
        if self.self_label_pattern is None:
            return
        for tail in _LABEL_TAILS:
            position = padded_lower.find(tail)
            while position != -1:
                after = position + len(tail)
                if after == len(padded_lower) or not (padded_lower[after].isalnum()
                                                      or padded_lower[after] == "_"):
                    label = self.self_label_pattern.search(
                        padded_lower, max(0, position - 40), position + 1)
                    if label:
                        yield label.start() - 1
                position = padded_lower.find(tail, after)

    def _names_employer_in_post(self, words: str) -> bool:
        return bool(self.initials_pattern.search(words)) or (bool(
            self.employer_name_pattern) and any(
            not self._is_vague(name.group())
            for name in self.employer_name_pattern.finditer(words)))

    def _is_vague_workplace(self, following: str) -> bool:
        """True when the words after "I work in" name no workplace ("this stuff")."""
        words = following.strip().lower()
        return any(words == vague or (words.startswith(vague)
                                      and not (words[len(vague)].isalnum()
                                               or words[len(vague)] == "_"))
                   for vague in self.vague_workplaces)

    def _is_plain_repost(self, text: str, author: Author) -> bool:
        """True when the whole post is an organisation's own post shared with no word of
        the author's ('RT @FenwickCouncil: ...'): its words are the organisation's,
        which needs no disclosure. A comment on a line of its own may follow a
        quotation, so only a post of one line counts."""
        match = _REPOST_RE.match(text)
        if not match or "\n" in text:
            return False
        handle = match.group(1).lower()
        return (any(marker in handle for marker in self.handle_markers)
                or self._abbreviates(handle, author.department))

    def learned_applies(self, post: Post) -> bool:
        """True when neither the profile nor the post says who the author works for.

        The learned signal reads whether a post is about the author's work; whether
        they said who they work for is the rules' to judge, so it may only raise here.
        """
        facts = self._facts(post.author)
        if facts.disclosed or self._is_plain_repost(post.text, post.author):
            return False
        text = post.text
        padded_lower = " " + _lower_keeping_offsets(text)
        return not self._post_discloses(text, padded_lower, _spaced(padded_lower),
                                        "/" in text or "www." in text, facts)

    def find(self, post: Post) -> list[Finding]:
        text = post.text
        if not text or text.isspace():
            return []
        facts = self._facts(post.author)
        if facts.disclosed or self._is_plain_repost(text, post.author):
            return []
        padded_text = " " + text
        padded_lower = " " + _lower_keeping_offsets(text)
        has_links = "/" in text or "www." in text
        scanned = _spaced(padded_lower)
        signals = self._author_signals(padded_text, padded_lower, has_links, facts)
        for kind, start, end in self.shared_phrases.finditer(padded_lower, has_links, scanned):
            if kind in _NAMED_KINDS:
                if not self._is_full_name(text, start, end):
                    continue
                kind = _NAMED_KINDS[kind]
            signals.append(_Signal(kind, start, end))
        if not signals:
            return []
        score = self._score(signals, text)
        if score < self.threshold or self._post_discloses(text, padded_lower, scanned,
                                                           has_links, facts):
            return []
        return self._findings(text, signals, post.author, facts)

    def _is_full_name(self, text: str, start: int, end: int) -> bool:
        """True when the last two words of text[start:end] are a person's name:
        capitalised, not part of a longer capitalised name ("Student Loans Company"),
        and not an organisation word."""
        words = text[start:end].split()
        if len(words) < 3:
            return False
        # A capitalised noun mid-sentence starts a name ("Resident Space Objects").
        if words[0][:1].isupper() and text[:start].rstrip()[-1:] not in ("", ".", "!", "?",
                                                                        ":", "-", "\u2013"):
            return False
        first, last = words[-2], words[-1]
        if not (first[:1].isupper() and last[:1].isupper()) or last in self.employer_nouns:
            return False
        following = _NEXT_WORD_RE.match(text, end)
        return not (following and following.group(1)[:1].isupper())

    def _score(self, signals: list[_Signal], text: str) -> int:
        """Points for the kinds of evidence found. Policy-area words count as the
        strongest of them, plus one when a second, different area term appears."""
        area = [s for s in signals if s.kind in _AREA_KINDS]
        # A word that is both a policy area and in the job title ("school" for a
        # school funding adviser) is one piece of evidence, not two.
        area_spans = {(s.start, s.end) for s in area}
        score = sum(self.weights.get(kind, 0)
                    for kind in {s.kind for s in signals
                                 if not (s.kind in _ECHO_KINDS
                                         and (s.start, s.end) in area_spans)}
                    if kind not in _AREA_KINDS)
        if area:
            best = max(area, key=lambda s: (self.weights[s.kind], s.end - s.start))
            score += self.weights[best.kind]
            best_words = text[best.start:best.end].lower()
            if any(s.end <= best.start or s.start >= best.end for s in area
                   if text[s.start:s.end].lower() != best_words):
                score += 1
        return score

    def _findings(self, text: str, signals: list[_Signal], author: Author,
                  facts: _AuthorFacts) -> list[Finding]:
        ranked = sorted((s for s in signals if self.weights.get(s.kind, 0) > 0),
                        key=lambda s: (-self.weights[s.kind], s.start, s.start - s.end))
        chosen: list[_Signal] = []
        for signal in ranked:
            if any(signal.start < c.end and c.start < signal.end for c in chosen):
                continue
            chosen.append(signal)
            if len(chosen) == self.max_findings:
                break
        return [finding(text, s.start, s.end, _message(s, text[s.start:s.end], author,
                                                      facts.topic))
                for s in sorted(chosen, key=lambda s: s.start)]


def _singular(word: str) -> str:
    """'libraries' -> 'library', 'schools' -> 'school'."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word.removesuffix("s")


def _has_word(text: str, word: str) -> bool:
    """True when word appears in text with no word character either side."""
    position = text.find(word)
    while position != -1:
        end = position + len(word)
        if not (position and (text[position - 1].isalnum() or text[position - 1] == "_")) \
                and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            return True
        position = text.find(word, position + 1)
    return False


def _starts_of(letters: str, words: list[str]) -> bool:
    """True when letters are the start of each word, in order: 'coco' and 'cc' of
    'county council'."""
    if not words:
        return not letters
    return any(letters.startswith(words[0][:size]) and _starts_of(letters[size:], words[1:])
               for size in range(1, min(len(words[0]), len(letters)) + 1))


def _normalise_name(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("’", "'")
    return " ".join(_NAME_WORDS_RE.findall(text))


def _fix_suggestion(author: Author, topic: str) -> str:
    organisation = author.department_short or author.department or "your organisation"
    subject = topic or "this"
    return (f"Add it to the post or to your profile, for example \u2018I work on {subject} "
            f"at {organisation}\u2019, and say whether you are posting personally or "
            "officially.")


_WHY = ("Readers must be able to tell who you work for and in what capacity you are "
        "speaking, and neither this post nor your profile says so.")

_LEADS: dict[str, Callable[[str, str], str]] = {
    "policy_area": lambda quoted, detail: (
        f"{quoted} is one of your policy areas ({detail}), so this post reads as coming "
        "from someone who works on it."),
    "policy_area_word": lambda quoted, detail: (
        f"{quoted} belongs to your policy area ({detail}), so this post reads as coming "
        "from someone who works on it."),
    "role_word": lambda quoted, detail: f"{quoted} is what your job ({detail}) is about.",
    "remit_word": lambda quoted, detail: (
        f"{quoted} is what your organisation ({detail}) is responsible for."),
    "department": lambda quoted, detail: (
        f"{quoted} refers to your own organisation ({detail})."),
    "insider_claim": lambda quoted, detail: (
        f"{quoted} claims inside knowledge, which only makes sense from someone who "
        "works there."),
    "organisation_voice": lambda quoted, detail: (
        f"{quoted} speaks in your organisation's voice."),
    "service_voice": lambda quoted, detail: (
        f"{quoted} speaks to the public as your organisation would."),
}
_LEADS["everyday_area"] = _LEADS["policy_area"]
_LEADS["department_initials"] = _LEADS["department"]


def _message(signal: _Signal, words: str, author: Author, topic: str) -> str:
    quoted = f"\u2018{words}\u2019"
    lead = _LEADS.get(signal.kind)
    # Facts are shared by authors whose job titles differ only by an ID, so the
    # title quoted is this author's own.
    detail = author.role if signal.kind == "role_word" else signal.detail
    text = lead(quoted, detail) if lead else (
        f"{quoted} shows you are talking about your own work.")
    subject = signal.detail if signal.kind in _AREA_KINDS else topic
    return f"{text} {_WHY} {_fix_suggestion(author, subject)}"

"""political: the post takes a party-political side.

Raises: partisan or campaign hashtags (#ToriesOut, #VoteGreen, #RamirezForOhio) and
party slogans; telling people how to vote for or against a party or politician
("vote Labour", "put the Liberals last", "vote them out", "Vote 1 Okonkwo",
"number one Fine Gael"); campaign activity (canvassing, joining a party, donation
links such as ActBlue or a party's site, money for someone's election);
opinion language (an insult, a condemnation, an endorsement, a strongly negative
word of the VADER lexicon) in the same or the next sentence as a party, a
politician, a minister or the government; and a party, or a party leader named
without their office, in a sentence that is not plainly neutral. Unseen
politicians are found by title ("Senator Ruiz", "Jane Smith MP", "@RepKim") and
office ("the Health Secretary", "Luxon's government"). Also acting for publicity ("binned
for a headline"), what a politician's opponents "would do to" a service, a party's plans
called "the most credible", handing out how-to-votes, "riding with" someone in a primary,
and the money an election campaign needs ("the mayoral campaign needs £2k").

Lets pass: ordinary senses of party words ("labour market", "conservative
estimate", "Liberal use of", "green energy", "reform of", "National" in an
organisation's name, "party" as a celebration, a public-health "campaign"), warm
but neutral mentions of ministers and councillors at official engagements,
parliamentary facts, non-partisan reminders to register or vote, votes in award
competitions, words quoted or reported from someone else, historical references,
even-handed remarks ("whoever is in power"), praise shared across parties, and places
named like a party ("across Arranmore and Tory" on island fieldwork).
Every phrase list is matched through trigger words worked out from the phrases
themselves, so a post pays only for the phrases it could contain.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from .base import Finding, Post, finding
from .phrases import Hit
from .text import fold, host_matches, url_host, urls

NAME = "political"
PRINCIPLE = "political-impartiality"

DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "severity": "warn",
    # The learned signal (learned.py): when the rules find nothing, warn if the model's
    # probability reaches the threshold. Higher thresholds raise fewer posts.
    "learned_signal": True,
    "learned_threshold": 0.5,
    # Party names that mean a party in any letter case (regular expressions).
    "parties": [
        r"tor(?:y(?!\s+(?:Island|Channel)\b)|ies)", r"lib ?dems?", r"liberal democrats?", r"snp",
        r"plaid cymru",
        r"green party", r"reform uk", r"reform party", r"dup", r"democratic unionists?",
        r"sinn f[eé]in", r"sdlp", r"uup", r"alliance party", r"ukip", r"alba party",
        r"conservative party", r"scottish conservatives", r"labour party", r"welsh labour",
        r"scottish labour", r"new labour", r"labor party", r"alp", r"liberal party",
        r"ndp", r"bloc qu[eé]b[eé]cois", r"parti qu[eé]b[eé]cois",
        r"progressive conservatives?", r"national party", r"nz first",
        r"new zealand first", r"act party", r"te p[aā]ti m[aā]ori", r"m[aā]ori party",
        r"democratic party", r"dems", r"gop", r"republican party", r"maga",
        r"dnc", r"rnc",
        # Ireland, Singapore, South Africa, India, Canada's provinces, Australia, the EU.
        r"fine gael", r"fianna f[aá]il", r"social democrats", r"soc ?dems", r"people before profit",
        r"aont[uú]", r"people'?s action party", r"workers'? party", r"progress singapore party",
        r"african national congress", r"economic freedom fighters", r"inkatha freedom party",
        r"bharatiya janata party", r"indian national congress", r"aam aadmi party",
        r"united conservative party", r"people'?s party of canada", r"liberal national party",
        r"european people'?s party",
    ],
    # Places named like a party (Tory Island off Donegal), with the words near them
    # (within "party_place_reach" characters, on the same line) that make them the place
    # when the name follows a word of place or a list ("across Arranmore and Tory", "the
    # ferry to Tory"), not "Typical Tory nonsense from the island's MP".
    "party_places": {"Tory": r"islands?|islanders?|Donegal|ferry|Gaeltacht"},
    "party_place_before": r"(?:to|on|from|off|across|around|visit(?:ed|ing|s)?|reach(?:ed)?|and"
                          r"|of|at|in|,)\s*$",
    "party_place_reach": 120,
    # Words that name a party only when capitalised, with the neighbouring words
    # that turn them back into ordinary words ("Labour market", "Conservative
    # estimate"), or, for "only_followed_by", the only words that make them a party.
    "capitalised_parties": {
        "Labour": {"unless_followed_by": [
            "market", "markets", "force", "Force", "Market", "costs?", "shortages?",
            "supply", "demand", "statistics", "law", "rights", "relations", "productivity",
            "mobility", "migration", "exploitation", "Day", "day", "standards",
            "economics", "share", "income", "intensive", "inspectorate", "ward"],
            "unless_preceded_by": ["International", "Child", "Forced", "Modern", "Organised",
                                   "Organized", "Skilled", "Unskilled", "of"]},
        "Labor": {"unless_followed_by": [
            "market", "markets", "force", "Force", "Day", "Department", "Statistics",
            "Relations", "Board", "Standards", "costs?", "shortages?", "supply", "law",
            "rights", "union", "unions"],
            "unless_preceded_by": ["of", "Organized", "Child", "Forced", "International"]},
        "Conservatives?": {"unless_followed_by": [
            "estimates?", "approach", "assumptions?", "figures?", "forecasts?",
            "scenarios?", "view", "measures?", "treatment", "management", "side", "end",
            "guess", "projections?", "Judaism"]},
        "Liberals?": {"unless_followed_by": [
            "use", "arts", "Arts", "democracy", "Democracy", "studies", "education",
            "interpretation", "amounts?", "application", "approach", "quantities",
            "Judaism", "Democrats?"]},
        "Democrats?": {"unless_followed_by": []},
        "Democratic": {"only_followed_by": [
            "Party", "senators?", "Senators?", "lawmakers", "leaders?", "leadership",
            "candidates?", "nominees?", "governors?", "caucus", "majority", "primary",
            "congressm[ae]n", "congresswom[ae]n", "[Aa]dministrations?", "side",
            "voters", "members", "colleagues", "National Committee", "Unionists?"]},
        "Republicans?": {"unless_followed_by": []},
        "Greens": {"unless_followed_by": ["and", "Lane"]},
        "Green": {"only_followed_by": [
            "Party", "candidates?", "councill?ors?", "MPs?", "MSPs?", "MLAs?", "peers?",
            "leaders?", "councils?", "voters"]},
        "Reform": {"only_followed_by": [
            "UK", "Party", "['’]s", "are", "is", "was", "were", "has", "have", "had",
            "would", "will", "won", "wants?", "says?", "said", "MPs?", "voters",
            "councill?ors?", "candidates?", "leader",
            # (a party's fortunes: "the Reform surge", "if Reform get in")
            "get", "surge", "vote", "win", "victory", "landslide", "gains", "supporters"]},
        "Nationals": {"unless_preceded_by": ["EU", "UK", "Foreign", "Overseas", "British"]},
        "Plaid": {"only_followed_by": [
            "Cymru", "MSs?", "MPs?", "MSPs?", "councill?ors?", "candidates?", "leader",
            "group", "voters", "members", "won", "gains?", "are", "were", "have", "get",
            "surge", "vote", "win", "victory", "supporters", "['’]s\\s+(?:manifesto|plan|"
            "plans|policy|policies|leader|candidates?|MSs?|MPs?)"]},
        "Nats": {},
        "One Nation": {},
        "National": {"only_followed_by": [
            "Party", "MPs?", "-led", "['’]s", "candidates?", "voters", "leader"]},
        "Coalition": {"unless_followed_by": ["for", "of", "to", "on", "against", "Avenir"],
                      "unless_preceded_by": ["the\\s+\\w+"]},
        "Bloc": {"only_followed_by": ["Qu[eé]b[eé]cois", "MPs?", "['’]s", "leader"]},
        # Party acronyms written in capitals (in lower case most are other words).
        "BJP": {}, "PAP": {}, "ANC": {}, "UCP": {}, "LNP": {}, "CPC": {}, "SDP": {},
    },
    # Endings that make any of the words above a party ("Reform-run councils",
    # "a Green-led motion"), and a word addressed on its own after a comma
    # ("Keep going, National.") names the party too.
    "party_compounds": ["-run", "-led", "-controlled", "-held", "-backed", "-dominated",
                        "-supporting", "-voting", "-aligned"],
    # Prominent recent party leaders and politicians (world knowledge, not fitted
    # to any post). Surnames only where the surname alone is distinctive.
    "politicians": [
        # UK
        "Starmer", "Keir Starmer", "Sunak", "Rishi", "Badenoch", "Farage", "Truss",
        "Boris Johnson", "BoJo", "Ed Davey", "Swinney", "Sturgeon", "Yousaf", "Corbyn",
        "Rachel Reeves", "Angela Rayner", "Wes Streeting", "Yvette Cooper", "David Lammy",
        "Ed Miliband", "Braverman", "Jenrick", "Cleverly", "Jeremy Hunt", "Gove",
        "Rees-Mogg", "Gething", "Eluned Morgan", "Rhun ap Iorwerth", "Carla Denyer",
        "Adrian Ramsay", "Zack Polanski", "Anas Sarwar", "Michelle O'Neill",
        "Bridget Phillipson", "Andy Burnham", "Sadiq Khan", "Shabana Mahmood", "Lisa Nandy",
        "Liz Kendall", "Pat McFadden", "Priti Patel", "Mel Stride", "Suella Braverman",
        # Ireland
        "Micheál Martin", "Micheal Martin", "Simon Harris", "Mary Lou McDonald", "Varadkar",
        "Holly Cairns", "Ivana Bacik",
        # India, South Africa, Singapore, Europe
        "Modi", "Rahul Gandhi", "Kejriwal", "Amit Shah", "Ramaphosa", "Malema", "Steenhuisen",
        "Lawrence Wong", "Pritam Singh", "von der Leyen", "Meloni", "Macron", "Marine Le Pen",
        "Orbán",
        # Canada
        "Trudeau", "Poilievre", "Mark Carney", "Jagmeet Singh", "Blanchet", "Doug Ford",
        "Danielle Smith", "Legault", "Freeland", "Elizabeth May", "Eby",
        # Australia
        "Albanese", "Albo", "Dutton", "ScoMo", "Scott Morrison", "Bandt", "Pauline Hanson",
        "Littleproud", "Sussan Ley", "Jim Chalmers", "Turnbull",
        # New Zealand
        "Luxon", "Hipkins", "Chippy", "Ardern", "David Seymour", "Winston Peters",
        "Nicola Willis", "Chlöe Swarbrick",
        # United States
        "Trump", "Biden", "Kamala Harris", "Obama", "Pelosi", "McConnell", "Schumer",
        "DeSantis", "JD Vance", "J\\.D\\. Vance", "Walz", "AOC", "Ocasio-Cortez",
        "Bernie Sanders", "Newsom", "Nikki Haley", "Hakeem Jeffries", "Mike Johnson",
        "Marjorie Taylor Greene", "Ted Cruz",
    ],
    # Titles that, before a capitalised name, make it a politician ("Senator Ruiz").
    "titles_before_name": [
        "Senator", "Sen\\.", "Rep\\.", "Representative", "Congressman", "Congresswoman",
        "Congressmember", "Governor", "Gov\\.", "Cllr\\.?", "Councillor", "Councilor",
        "Councilmember", "Council Member", "Mayor", "Premier", "President", "Prime Minister",
        "PM", "Minister", "Chancellor", "Speaker", "Assemblymember", "Alderman", "MP", "MPP",
        "MLA", "MSP",
    ],
    # Letters after a name that make it a politician ("Jane Smith MP").
    "titles_after_name": ["MP", "MSP", "MS", "MLA", "MPP", "MNA", "MHA", "MHR"],
    # Capitalised words after a title that are not a person ("Premier League").
    "not_names": [
        "League", "Inn", "Division", "Foods", "Cup", "Sports", "Oil", "Award", "Awards",
        "Office", "Offices", "Team", "Teams", "Question", "Questions", "Fund", "Scheme",
        "Programme", "Programs?", "Visit", "For", "Of", "And", "The", "Today", "Tomorrow",
    ],
    # Office holders and political institutions referred to by role (regular
    # expressions, matched case-sensitively so "the minister" of a church and a
    # company "president" stay out).
    "political_roles": [
        r"Ministers?(?:\s+(?:for|of)\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?)?", r"ministers",
        r"Secretary(?:\s+of\s+State)?", r"PM", r"Premier",
        r"Chancellor(?!\s+of\s+the\s+University)",
        r"President(?!\s+of\s+the\s+(?!United\s+States))",
        r"Treasurer", r"Attorney[- ]General", r"MPs", r"MSPs", r"MLAs", r"politicians",
        r"[Ss]enators", r"congressmen", r"lawmakers", r"[Cc]ongress(?:wo)?man",
        r"[Cc]ongressmember", r"senator",
        # (in lower case after "a" or "the", unless a church's: "the minister at St Mary's")
        r"minister(?:(?<=a\sminister)|(?<=the\sminister))(?!\s+(?:of\s+(?:religion|St\b|Saint|"
        r"the\s+(?:church|parish|kirk))|at\b))", r"Westminster(?!\s+[A-Z])",
        r"Downing\s+Street",
        r"White\s+House", r"Congress", r"[Cc]ouncill?ors", r"Cabinet", r"Mayor",
        r"Opposition(?:\s+[Ll]eader)?", r"Leader\s+of\s+the\s+Opposition",
        # (in lower case after "the", unless it is opposition to something, or a sports side)
        r"opposition(?:(?<=the\sopposition))(?!\s+(?:to|from|against|team|teams|side|sides|"
        r"players?|fans|goal|research|groups?|was|were|grew|mounted)\b)",
        r"[Cc]ouncil\s+[Ll]eader", r"[Ll]eader\s+of\s+the\s+[Cc]ouncil",
        r"[Ss]hadow\s+(?:[A-Z][a-z]+\s+)?(?:[Mm]inister|[Ss]ecretary|[Cc]hancellor|[Cc]abinet)",
    ],
    # Titles of civil servants and officials that contain a political role's word.
    "not_political_roles": [
        "Permanent Secretary", "Cabinet Secretary", "Private Secretary", "Press Secretary",
        "Company Secretary", "General Secretary", "Honorary Secretary", "Assistant Secretary",
        "Club Secretary", "Minister of Religion", "Vice President of", "President of the Royal",
        "Cabinet Office", "Lord Mayor", "Lady Mayoress", "Mayor's Office",
    ],
    # Accounts of politicians, by the title in their handle (@SenKim, @JaneSmithMP).
    "politician_handles": r"@(?:Sen|Senator|Rep|Cllr|Councillor|Gov|Mayor|Premier|PM|Minister|"
                          r"MP|MSP|MLA|MPP)[A-Z_]\w*|@[A-Za-z]{0,8}(?:Sen|Senate|Gov|House|"
                          r"Congress|Mayor|Council)Candidate\w*"
                          r"|@\w+(?:MP|MSP|MLA|MPP)\b",
    # "<Name> for Mayor": someone standing for an office.
    "standing_for_office": r"(?:for|4)\s+(?:[Mm]ayor|Congress|Senate|[Gg]overnor|President|"
                           r"[Cc]ouncil|Parliament|PM|Prime\s+Minister|MP)\b",
    "standing_for_office_before": r"\b[A-Z][a-z]+\s+$",
    # "the government", "this government", "Luxon's government" (not "the
    # government website" or "local government"): the word, then what must precede it.
    "government_pattern": (
        r"(?:[Gg]overnment|[Aa]dministration)(?:['’]s)?\b(?!\s+(?:of\b|website|digital|"
        r"department|guidance|data|services?|funding|grants?|officials|bod(?:y|ies)|"
        r"agenc(?:y|ies)|estate|buildings|contracts|jobs|work|statistics|figures|"
        r"communications|comms|accounts?|employees|staff|lawyers|science|scientists|"
        r"departments|organisations))"
    ),
    "government_before": (
        r"(?:\b(?i:the|this|that|their|our|your|any|every)|[A-Z][\w’'-]*['’]s?)\s+"
        r"(?:(?:current|new|last|previous|[A-Z][a-z]+)\s+)?$"
    ),
    # A candidate in an election, not a job applicant or a candidate vaccine: the
    # word, then the words before or after it that make it electoral.
    "candidate_pattern": r"candidates?\b(?!\s+(?:vaccines?|genes?|drugs?|pack|packs|list|pool))",
    "candidate_before": (
        r"\b(?:presidential|mayoral|parliamentary|congressional|council|local|party|independent|"
        r"by-?election|election|opposition|Senate|House|[A-Z][a-z]+)\s+$"
    ),
    "candidate_after": r"\s+(?:(?:for|in)\s+(?:the\s+)?[A-Z]|standing\b|running\b)",
    # Capitalised words before "candidate" that are not about elections.
    "not_electoral_before_candidate": [
        "Stream", "Graduate", "Apprentice", "Job", "PhD", "Vaccine", "Trial", "Strong",
        "Great", "Good", "Our", "The", "All", "Best", "Shortlisted", "Successful",
    ],
    # Campaign and protest hashtags (matched against the whole tag, any case).
    "partisan_hashtags": [
        r"GTTO", r"ToriesOut", r"ToryOut", r"MAGA", r"KAG", r"Resist", r"VoteBlue\w*",
        r"VoteRed\w*", r"BlueWave", r"RedWave", r"BlueNoMatterWho", r"FBPE", r"GetBrexitDone",
        r"StopTheBoats", r"AxeTheTax", r"ClearPlanBoldAction", r"ChangeBegins",
        r"LetsGoBrandon", r"DrainTheSwamp", r"BuildBackBetter", r"LockHerUp",
        r"(?:Vote|Voting|Elect|ReElect|ReElection|Reelect|BothVotes)[A-Z]\w*",
    ],
    # Election-season hashtags: political context, not a side by themselves.
    "election_hashtags": [
        r"GE\d{2,4}", r"GeneralElection\w*", r"Election\d*\w*", r"elxn\d*", r"LocalElections?\w*",
        r"ausvotes\w*", r"auspol", r"cdnpoli", r"polcan", r"onpoli", r"bcpoli", r"abpoli",
        r"qldpol", r"nswpol", r"nzpol", r"ukpol\w*", r"scotpol", r"uspoli\w*", r"[A-Z]{2}Sen",
        r"[A-Z]{2}Gov", r"[A-Z]{2}\d{2}", r"\w*[Pp]olitics",
    ],
    # Places a "#<Name>For<Place>" campaign tag is for.
    "campaign_places": [
        "America", "Congress", "Senate", "Governor", "Mayor", "President", "Council",
        "Parliament", "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
        "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois",
        "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
        "Nebraska", "Nevada", "NewHampshire", "NewJersey", "NewMexico", "NewYork",
        "NorthCarolina", "NorthDakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "RhodeIsland", "SouthCarolina", "SouthDakota", "Tennessee", "Texas", "Utah",
        "Vermont", "Virginia", "Washington", "WestVirginia", "Wisconsin", "Wyoming",
        "London", "Scotland", "Wales", "England", "Ontario", "Quebec", "Alberta",
        "BC", "Manitoba", "Saskatchewan", "NovaScotia", "Victoria", "NSW", "Queensland",
        "Tasmania", "Auckland", "Wellington", "PM", "PrimeMinister", "Leader",
    ],
    # Hashtag endings that attack a named party or politician (#SunakOut).
    "ouster_hashtag_endings": ["Out", "MustGo", "MustResign", "Resign", "Lied", "Lies",
                               "Failed", "Fail"],
    # Slogans of party campaigns, as words in the post.
    "slogans": [
        r"get brexit done", r"axe the tax", r"make america great again",
        r"drain the swamp", r"lock (?:her|him) up", r"let'?s go brandon",
        r"get the tories out", r"tories out", r"clear plan,? bold action",
        r"drill,? baby,? drill", r"vote blue no matter who", r"blue no matter who",
        r"many,? not the few", r"coalition of chaos", r"bollocks to brexit",
    ],
    # Verbs and phrases that tell someone how to vote or campaign.
    "vote_verbs": r"vot(?:e|es|ed|ing)|re-elect(?:ed|ing)?|reelect(?:ed|ing)?|elect",
    # Words after "vote" that are not a party or person ("Vote Now").
    "vote_object_stopwords": [
        "Now", "Today", "Tomorrow", "Here", "Early", "Online", "Yes", "No", "Now!", "Smart",
        "Safely", "Safe", "Local", "By", "In", "On", "At", "If", "Before", "And", "Or",
        "Everyone", "Please", "Us", "Me", "Your", "Our", "The", "This", "Whoever", "Who",
        "Count", "Every", "Open", "Opens", "Closes", "Results", "Counting",
    ],
    # Words that mean a vote is for an award or a competition, not an election.
    "award_context": r"awards?|prize|competition|contest|people'?s choice|shortlist(?:ed)?|"
                     r"favourite|favorite|nominees?|finalists?|entries|photo of the",
    # Campaigning or standing for election: partisan on its own.
    "campaign_activity": [
        r"canvass(?:ing|ed)?(?!\s+(?:views|opinions?|feedback|ideas|input|staff|colleagues|"
        r"stakeholders|the\s+sector|members|partners|businesses|residents['’]?\s+views))",
        r"door-?knocking",
        # (the cards a party's volunteers hand out at polling places)
        r"how-to-votes\b", r"how[- ]to[- ]vote\s+(?:cards?|flyers?|leaflets?)",
        # Backing someone in a race: "riding with Councilmember Ortiz in the primary".
        r"(?:riding|rolling|all[- ]in)\s+(?:with|for)\s+(?:[\w.'’-]+\s+){1,4}?(?:in|for)\s+"
        r"(?:the|this|next|her|his|their)\s+(?:[\w-]+\s+)?(?:primary|election|race|caucus|"
        r"run-?off)\b",
        # Money an election campaign needs: "the mayoral campaign needs £2k".
        r"(?:mayoral|election|re-?election|congressional|senate|parliamentary|by-?election|"
        r"presidential|primary|gubernatorial)\s+campaign\s+(?:needs|"
        r"is\s+raising|needs\s+to\s+raise|is\s+trying\s+to\s+raise|has\s+raised|is\s+short"
        r"(?:\s+of|\s+by)?)\s+(?:another\s+|just\s+|only\s+|a\s+further\s+)?[£$€]\s?\d[\d,.]*(?:k|m|bn)?",
        r"my\s+(?:election\s+)?(?:opponent|challenger)s?",
        r"(?:support|join|donate\s+to|chip\s+in\s+to)\s+my\s+(?:re-?election\s+)?campaign",
        r"on\s+the\s+campaign\s+trail",
        r"stuff(?:ing)?\s+envelopes\s+for", r"get\s+out\s+the\s+vote",

        r"my\s+name\s+(?:will\s+be|is|['’]ll\s+be|is\s+going\s+to\s+be)\s+on\s+the\s+ballot",
        # ("my party membership", found from "party": a look back, so the rarer word leads)
        r"party(?:(?<=my\sparty)|(?<=our\sparty)|(?<=my\slocal\sparty)|(?<=our\slocal\sparty))"
        r"\s+(?:membership|card|branch|leaflets?|activists?)",
        # doors knocked or leaflets delivered for someone named ("for Priya")
        r"(?:knock(?:ing|ed)?\s+(?:on\s+)?doors|door-?knocking|canvass(?:ing|ed)|"
        r"leaflet(?:t?ing|t?ed|s))\s+for\s+(?!(?-i:Census|Age|"
        r"Local|Charity|Red|British|National|NHS)\b)(?-i:[A-Z][a-z]+)\b",
        r"(?:selected|adopted|chosen|nominated)\s+as\s+(?:the|a|an|their|our)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:prospective|parliamentary|council|mayoral|by-?election|general\s+election|"
        r"local\s+election|assembly|Senedd|Holyrood)\s+candidate",
        r"(?:leaflet(?:t?ing|t?ed)?|canvass(?:ing|ed)?|campaign(?:ing|ed)?|door-?knocking|"
        r"knock(?:ing|ed)?\s+(?:on\s+)?doors|phone-?bank(?:ing)?|"
        r"volunteer(?:ing|ed)?)\s+for\s+(?:our|my|the|a)\s+(?:local\s+|great\s+|"
        r"brilliant\s+|fantastic\s+)?(?:candidate|party|MP|MSP|councill?or|campaign\s+team)\b",
    ],
    # Standing for election oneself (someone else "standing for election" is news):
    # the words, where what follows must be an election ("standing for hours" and
    # "running as a volunteer" are not), then what must come just before them.
    "standing_for_election": (
        r"(?:standing|running)\s+(?:as(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:candidate|"
        r"independent|councill?or|MP|MSP|MS|nominee)\b)|for(?=\s+(?:re-?election|election|"
        r"(?:the\s+)?(?:council|parliament|office|mayor|MP|councill?or|Congress|Senate|governor|"
        r"seat|\w+\s+(?:ward|seat|division|constituency)))\b)|in(?=\s+(?:the\s+)?(?:[\w-]+\s+)"
        r"{0,3}?(?:elections?|by-?elections?|ward|constituency|seat|race|primary)\b))"
        r"|(?:selected|re-selected|reselected|nominated)\s+as\b"
    ),
    "standing_before": (
        r"(?:I['’]m|I\s+am|I['’]ll\s+be|I\s+will\s+be|I['’]ve\s+been|I\s+was|I\s+have\s+been|"
        r"to\s+be)\s+(?:officially\s+|definitely\s+|now\s+|also\s+)?$"
    ),
    # Campaigning words that are partisan when a party, politician or candidate is
    # named in the same sentence ("volunteering for the campaign" of a flu jab is not).
    "campaign_with_target": [
        r"campaign(?:ing|ed)?\s+(?:for|with)", r"volunteer(?:ing|ed)?\s+(?:for|on|with)",
        r"joined\s+the", r"knock(?:ing|ed)?\s+(?:on\s+)?doors",
        r"leaflet(?:t?ing|t?ed)", r"phone[- ]?bank(?:ing|ers?)?", r"deliver(?:ing|ed)\s+leaflets",
        r"(?:my|our)\s+(?:[\w ]{1,25}?\s+)?(?:party\s+)?(?:membership|membership\s+card)",
        r"(?:I['’]m|I\s+am|proud)\s+(?:to\s+be\s+)?an?\s+(?:proud\s+|lifelong\s+)?"
        r"[\w ]{1,25}?\s+(?:member|supporter|activist|voter)",
        r"sign\s+up\s+to\s+(?:volunteer|help)", r"need\s+your\s+(?:help|support|vote)",
        r"hand(?:ing|ed|s)?\s+out\s+(?:\w+\s+){0,2}?(?:stickers|leaflets|flyers|badges|cards)",
        r"(?:got|get|gets|was|were|been)\s+(?:elected|re-elected|reelected)",
        r"(?:I['’]m|we['’]re|I\s+am|we\s+are)\s+(?:backing|supporting|endorsing|rooting\s+for)",
    ],
    # Fundraising words that are partisan next to a party, politician or campaign.
    "fundraising": r"donat(?:e|ed|ing|ion|ions)|chip(?:ped|ping)?\s+in|contribut(?:e|ed|ion)|"
                   r"fundrais\w*|crowdfund\w*",
    # Fundraising platforms of parties and candidates, and parties' own sites.
    "donation_domains": ["actblue.com", "winred.com", "crowdpac.com", "anedot.com"],
    "party_domains": [
        "conservatives.com", "labour.org.uk", "libdems.org.uk", "snp.org", "greenparty.org.uk",
        "reformparty.uk", "partyof.wales", "democrats.org", "gop.com", "liberal.ca",
        "conservative.ca", "ndp.ca", "blocquebecois.org", "greenparty.ca", "alp.org.au",
        "liberal.org.au", "greens.org.au", "nationals.org.au", "onenation.org.au",
        "labour.org.nz", "national.org.nz", "act.org.nz", "greens.org.nz", "nzfirst.nz",
    ],
    # Words that judge a person or a party whatever follows them: insults,
    # incompetence, deceit, cowardice, dismissive speech, partisan labels.
    "insults": [
        r"spineless", r"gutless", r"cowards?", r"cowardly", r"lost\s+(?:their|his|her|its)\s+nerve",
        r"bottled\s+it", r"cav(?:e|ed|es)\s+(?:in|to)", r"caving", r"u-turns?", r"liars?",
        r"lying", r"lied", r"dishonest", r"corrupt(?:ion)?", r"crook(?:s|ed)?", r"sleaz(?:e|y)",
        r"hypocri(?:te|tes|tical|sy)", r"betray(?:al|ed|s|ing)?", r"sold\s+(?:us\s+)?out",
        r"spin(?:ning)?", r"spun", r"gimmicks?", r"stunts?", r"nonsense", r"rubbish", r"garbage",
        r"drivel", r"(?:a|total|complete|absolute)\s+joke", r"laughable", r"clowns?", r"idiots?",
        r"idiotic", r"morons?", r"moronic", r"muppets?", r"fools?", r"foolish", r"grifters?",
        r"chancers?", r"charlatans?", r"frauds", r"bunch\s+of", r"cranks?", r"zealots?",
        r"incompeten(?:t|ce)", r"useless", r"hopeless", r"clueless", r"inept", r"incapable",
        r"no\s+idea", r"(?:haven['’]?t|hasn['’]?t|not)\s+(?:got\s+)?a\s+clue", r"botch(?:ed|ing)?",
        r"bungl(?:ed|ing)", r"omnishambles", r"shambles", r"shambolic",
        r"out\s+of\s+(?:their|his|her|its)\s+depth", r"not\s+up\s+to\s+the\s+job",
        r"(?:another|a|total|complete|absolute|utter)\s+mess", r"made\s+a\s+mess",
        r"can['’]?t\s+be\s+trusted", r"cannot\s+be\s+trusted", r"not\s+to\s+be\s+trusted",
        r"untrustworthy", r"not\s+fit\s+(?:for\s+office|to\s+govern|to\s+lead)",
        r"out\s+of\s+touch", r"no\s+plan", r"war\s+on", r"peddl(?:e|es|ed|ing)", r"grow\s+up",
        r"sick\s+(?:and\s+tired\s+)?of", r"fed\s+up\s+(?:with|of)", r"banging\s+on",
        r"whin(?:e|es|ing)", r"moan(?:s|ing)?", r"bleat(?:s|ing)?", r"muttering", r"ranting",
        r"crony\w*", r"kleptocra\w*", r"traitors?", r"treacherous", r"lunatics?", r"extremists?",
        r"(?:far|hard|loony|radical|extreme)[- ](?:left|right)", r"woke\s+(?:agenda|mob|"
        r"ideology|nonsense|brigade)", r"insult(?:ing)?\s+to", r"an\s+insult",
        r"(?:should|ought\s+to)\s+be\s+ashamed", r"shame\s+on", r"shameless", r"disgrace(?:ful)?",
        r"disgusting", r"pathetic", r"(?:this|that)\s+lot",
        r"the\s+lot\s+of\s+them", r"playing\s+politics", r"chooses?\s+politics\s+over",
        r"putting\s+politics\s+(?:before|over|ahead\s+of)", r"ignoring",
        r"abus(?:e|es|ed|ing)\s+(?:his|her|their)\s+power", r"in\s+lockstep\s+with",
        r"ram(?:med|ming|s)?\s+through", r"should\s+never\s+have",
        r"can['’]?t\s+believe\s+anyone\s+(?:still\s+)?(?:trusts|believes|votes)",
        r"(?:to|will|would|['’]ll|going\s+to)\s+gut", r"hammering", r"too\s+extreme",
        r"most\s+(?:radical|extreme|dangerous|corrupt|incompetent)", r"typical",
        r"(?:does|did|do|done|doing)\s+nothing\s+(?:for|to|about)",
        r"hard\s+to\s+take\s+(?:\S+\s+){0,4}?seriously",
        r"(?:can['’]?t|cannot)\s+take\s+(?:them|him|her|\S+)\s+seriously",
        r"contradict(?:ed|ing|s)\s+(?:himself|herself|themselves|itself)",
        r"(?:clearly|obviously)\s+(?:hasn['’]t|haven['’]t|doesn['’]t|don['’]t|didn['’]t|"
        r"can['’]?t|has\s+no|have\s+no)", r"run\s+(?:\S+\s+){0,3}?into\s+the\s+ground",
        r"cost\s+lives", r"say\s+goodbye\s+to", r"lost\s+the\s+plot",
        # Judgements that only ever describe people, plans and decisions.
        r"reckless", r"heartless", r"callous", r"outrageous", r"scandalous", r"shameful",
        r"ridiculous", r"absurd", r"woeful", r"abysmal", r"ill-advised", r"misguided",
        r"vandalism", r"contempt", r"unforgivable", r"inexcusable", r"cynical", r"excuses",
        r"kiss\s+(?:\S+\s+){1,3}goodbye", r"thanks\s+for\s+nothing", r"cav(?:ed|ing)",
        r"caves\s+in", r"slash(?:ing|ed|es)?", r"butcher(?:ing|ed|s)?", r"decimat(?:e|ed|es|ing)",
        r"(?:don['’]?t|do\s+not)\s+be\s+fooled", r"opens?\s+(?:his|her|their)\s+mouths?",
        r"lose\s+(?:a\s+little\s+)?(?:more\s+)?faith", r"wiped\s+the\s+floor",
        r"ran\s+rings\s+(?:round|around)", r"rattled", r"(?:won|lost)\s+the\s+debate",
        # How politicians are disparaged for their conduct.
        r"squabbl(?:e|es|ed|ing)", r"bicker(?:ing|ed|s)?", r"grandstand(?:ing|ed|s)?",
        r"posturing", r"point-?scoring", r"dither(?:ing|ed|s)?", r"flip-?flop(?:ping|ped|s)?",
        r"vandals", r"infighting", r"navel-?gazing",
        # Sarcastic openers and asides: they turn a remark about someone into a jibe.
        r"funny\s+(?:how|that)", r"strange\s+how", r"wild\s+that", r"weird,\s+that",
        r"imagine\s+being\s+(?:a|an|the)", r"(?:but|and|oh)\s+sure,",
        r"couldn['’]?t\s+make\s+it\s+up",
        # Mockery: "going to make the opposition look very silly".
        r"(?:make|makes|making|made)\s+(?:\S+\s+){1,3}?look\s+(?:very\s+|really\s+|so\s+|"
        r"pretty\s+|a\s+bit\s+)?(?:silly|stupid|foolish|daft|ridiculous|idiotic|clueless|"
        r"incompetent|(?:like\s+)?(?:fools|idiots|clowns|amateurs))",
        r"I['’]m\s+sure\s+this\s+(?:one\s+)?will\s+be\s+different",
        # Acting for publicity: "binned for a headline", "chasing soundbites".
        r"(?:for|chasing|to\s+(?:grab|chase|get))\s+(?:a\s+|the\s+|some\s+)?(?:cheap\s+|easy\s+)?"
        r"(?:headlines?|soundbites?|photo[- ]ops?|clicks)(?=\s*(?:[^\w\s]|$|(?:and|or|rather|"
        r"instead|not|again|every)\b))", r"headline-?(?:grabbing|chasing)",
        # A warning about a politician's rivals: "what her opponents would do to childcare".
        r"(?:opponents?|rivals?|challengers?|the\s+other\s+side)\s+(?:would|will|['’]d|['’]ll|"
        r"want\s+to|plan\s+to|(?:are|is)\s+(?:going|planning)\s+to)\s+do\s+to\b",
        # Markers that what follows is the author's opinion.
        r"hot\s+take", r"unpopular\s+opinion", r"make\s+no\s+mistake", r"plain\s+and\s+simple",
        r"frankly", r"let['’]?s\s+be\s+honest", r"surprise,?\s+surprise", r"cringe",
        r"every\s+single\s+time", r"what\s+a\s+joke", r"full\s+stop", r"end\s+of\s+story",
        r"asleep\s+at\s+the\s+wheel", r"crash(?:ed|ing)?\s+the\s+economy",
        r"can['’]?t\s+stand",
        r"could(?:n['’]?t|\s+not)\s+(?:run|organi[sz]e|manage)\s+a",
        r"(?:never|won['’]?t|will\s+not)\s+forgive", r"broken\s+promises?",
        r"(?:break|broke|broken)\s+(?:it|them|every|their|its|his|her)\s+(?:\w+\s+)?promises?",
        r"on\s+(?:its|their|our)\s+knees", r"abandon(?:ed|ing|s)?",
        r"(?:is|was|are|were|got\s+it)\s+(?:dead\s+|completely\s+|totally\s+|exactly\s+|"
        r"absolutely\s+|so\s+)?(?:right|wrong)",
        r"look\s+where\s+(?:it|that|this)\s+(?:has\s+)?got\s+us",
        r"(?:worst|weakest)\s+"
        r"(?:[A-Z][a-z]+\s+){0,2}(?:Secretary|Minister|Chancellor|PM|Prime\s+Minister|"
        r"President|Premier|Treasurer|[Mm]ayor|MP|MSP|MS|MLA|[Cc]ouncill?or|leader|government)",
    ],
    # Judgement words that may describe events rather than people ("terrible
    # floods", "disaster recovery"): they count as opinion only when nothing or a
    # function word follows them ("would be a disaster for"), or a word in
    # "judged_nouns" does ("reckless decision").
    "judgements": [
        r"disasters?", r"disastrous", r"chaos", r"chaotic", r"cruel(?:ty)?", r"dangerous",
        r"awful", r"terrible", r"dreadful", r"appall?ing", r"shocking", r"worst", r"damaging",
        r"fail(?:ed|ing|ure|ures)(?!\s+to\b)", r"wreck(?:ing|ed|s)?", r"destroy(?:ing|ed|s)?",
        r"ruin(?:ing|ed|s)?", r"poison(?:ing|ed|s)?", r"radical", r"extreme", r"tired",
        r"unbelievable", r"incredible", r"heartbreaking", r"scandal",
        # ("embarrassing mistakes" of the author's own are no verdict on anyone)
        r"embarrass(?:ing|ment)",
    ],
    "judged_nouns": [
        "decision", "decisions", "policy", "policies", "plan", "plans", "cuts", "answer",
        "response", "record", "handling", "leadership", "government", "governments", "budget",
        "speech", "idea", "ideas", "bill", "law", "move", "choice", "approach", "agenda",
        "proposal", "proposals", "changes", "reforms", "promises", "promise", "pledge",
        "pledges", "manifesto", "performance", "tenure", "administration", "regime",
        "statement", "comments", "remarks", "rhetoric", "claims", "scheme", "strategy", "deal",
        "politicians", "ministers", "minister", "leaders", "leader", "party", "parties",
        "candidate", "candidates", "cabinet", "MPs", "senators", "councillors", "council",
        "lot", "people", "man", "woman", "bunch", "crew", "gang", "mob", "opposition",
    ],
    # Any strongly negative word of the VADER sentiment lexicon (a general English
    # list, score -4 to +4) in a sentence naming a party, politician or candidate
    # counts as a judgement of them, unless it names a subject rather than judges
    # ("crime", "crisis") or an event follows it ("badly affected").
    "use_sentiment_lexicon": True,
    "sentiment_threshold": -1.5,
    "sentiment_subject_words": [
        "crime", "crimes", "criminal", "criminals", "cancer", "disease", "diseases", "death",
        "deaths", "dead", "died", "die", "killed", "kill", "killing", "victim", "victims",
        "violence", "violent", "abuse", "poverty", "emergency", "emergencies", "risk", "risks",
        "problem", "problems", "debt", "debts", "unemployment", "unemployed", "waste", "pain",
        "war", "wars", "terror", "terrorism", "terrorist", "flood", "floods", "fire", "fires",
        "lose", "lost", "loss", "losses", "argument", "arguments", "fight", "fighting",
        "against", "attack", "attacks", "stop", "stopped", "cut", "cuts", "tax", "taxes",
        "sick", "illness", "ill", "injury", "injured", "hurt", "harm", "danger", "threat",
        "threats", "fear", "fears", "worry", "worried", "concern", "concerns", "concerned",
        "difficult", "hard", "struggle", "struggling", "poor", "homeless", "homelessness",
        "lonely", "loneliness", "isolated", "isolation", "grief", "sad", "sorry", "mourn",
        "tragedy", "tragic", "no", "not", "never", "cancelled", "delay", "delayed", "delays",
        "crisis", "crises", "shortage", "shortages", "fraud", "scam", "scams", "illegal",
        "weapons", "gun", "guns", "knife", "bomb", "prison", "jail", "arrested", "guilty",
        "accident", "accidents", "collision", "storm", "storms", "drought", "smoking",
        "addiction", "overdose", "suicide", "depression", "anxiety", "stress", "dementia",
        "blocked", "blocking", "dirty", "broke", "bad",
        # Reporting verbs say what someone did, not what the author thinks of it.
        "argue", "argued", "argues", "disagree", "disagreed", "disagrees", "reject",
        "rejected", "rejects", "refuse", "refused", "refuses", "refusing", "deny", "denied",
        "denies", "oppose", "opposed", "opposes", "criticised", "criticized", "criticise",
        "criticize", "questioned", "challenged", "warned", "warns", "demanded", "complained",
        "objected", "dismissed", "vetoed", "defeated", "resigned", "declined", "rejection",
    ],
    # Words after a judgement word that leave it an opinion ("a disaster for").
    "function_words": [
        "for", "on", "in", "of", "to", "and", "or", "but", "that", "which", "who", "from",
        "with", "at", "by", "as", "than", "is", "are", "was", "were", "be", "been", "it", "its",
        "this", "these", "those", "the", "a", "an", "our", "their", "his", "her", "my", "your",
        "every", "all", "any", "so", "too", "very", "again", "now", "then", "here", "there",
        "yet", "still", "even", "just", "not", "if", "when", "while", "because", "since",
        "after", "before", "ever", "across", "whole", "entire", "up", "down", "out", "off",
        "we", "you", "they", "he", "she", "us", "them", "him", "me", "i", "years", "decades",
        "lives", "communities", "families", "jobs", "economy", "country", "nation", "progress",
    ],
    # Endorsement of a party or politician.
    "endorsement": [
        r"proud\s+to\s+(?:support|back|endorse|stand\s+with|campaign\s+for|vote\s+for)",
        r"proud\s+to\s+have\s+(?:voted|volunteered|campaigned|supported|backed)",
        r"(?:the\s+)?only\s+(?:one\s+)?(?:party|ones?|candidate|person|leader|government|"
        r"politician|MP|councill?or)\s+(?:(?:round|around)\s+here\s+)?"
        r"(?:in\s+this\s+(?:race|election)\s+)?(?:who|that|fighting|to|with|standing|[\w'’]+ll)",
        r"most\s+(?:competent|capable|honest|trustworthy|effective|successful|credible|"
        r"believable|realistic|responsible|coherent|convincing)",
        r"best\s+(?:government|prime\s+minister|president|leader|premier|chancellor|party)",
        # "the best Education Secretary we've had", "finest Home Secretary in decades"
        r"(?:best|finest|greatest|strongest)\s+"
        r"(?:[A-Z][a-z]+\s+){0,2}(?:Secretary|Minister|Chancellor|PM|Prime\s+Minister|"
        r"President|Premier|Treasurer|[Mm]ayor|MP|MSP|MS|MLA|[Cc]ouncill?or|leader)"
        r"(?![\w\s]{0,40}?\b(?:visits?|events?|engagements?)\b)",
        r"only\s+(?:adult|grown-?up|serious\s+(?:one|person|voice|politician)|"
        r"sensible\s+(?:one|person|voice|politician))s?\s+(?:in|at|around|left)\b",
        r"(?:nailed|smashed|aced)\s+it",
        r"best\s+(?:\w+\s+)?(?:we['’]ve|we\s+have|this\s+country\s+has|the\s+country\s+has|"
        r"Britain\s+has)\s+(?:ever\s+)?had",
        r"talk(?:s|ing)?\s+(?:more\s+|a\s+lot\s+of\s+|real\s+|such\s+)?(?:common\s+)?sense",
        r"(?:actually|finally|really|genuinely)\s+gets?\s+it",
        r"deserves?\s+(?:your|my|our)\s+vote", r"fighting\s+for\s+(?:you|us|our|working)",
        r"(?:a|our)\s+(?:real|proper|true)\s+(?:local\s+)?champion", r"safe\s+pair\s+of\s+hands",
        r"the\s+real\s+deal", r"(?:they|he|she)['’]ll\s+get\s+my\s+vote",
        r"(?:the\s+)?only\s+adult\s+in\s+the\s+room",
        r"the\s+best\s+thing\s+(?:to\s+happen|that\s+(?:has\s+|ever\s+)?happened)",
        r"(?:has|have|gets?|got|earned|won)\s+my\s+(?:party\s+|first\s+)?vote",
        r"give\s+(?:them|him|her)\s+your\s+(?:first\s+|number\s+one\s+)?(?:vote|preference)",
        r"my\s+vote\s+goes\s+to",
        r"congrat\w*\s+(?:to\s+\S+(?:\s+\S+)?\s+)?on\s+(?:a|an|your|her|his|their)?\s*"
        r"(?:[\w-]+\s+)?(?:win|victory|election|re-?election|landslide)",
        r"(?:endorsed|nominated|selected)\s+by", r"four\s+more\s+years",
        r"(?:has|have|had)\s+done\s+more\s+for\s+(?:\S+\s+){1,6}?than\s+(?:anyone|anybody|"
        r"any\s+other|the\s+rest)",
        r"need\s+(?:more\s+)?(?:MPs|MSPs|MLAs|politicians|leaders|councill?ors|ministers|senators|"
        r"people)\s+like\s+(?:her|him|them|that|this)\b",
        r"only\s+(?:serious|credible|costed|grown-?up)\s+(?:[\w-]+\s+)?(?:offer|plan|manifesto|"
        r"vision|choice|option|alternative|one)s?\b",
        r"finally,?\s+(?:someone|somebody)\s+(?:with\s+(?:an?\s+)?(?:actual|real|proper|credible)\s+"
        r"plan|who\s+(?:actually\s+)?(?:gets\s+it|listens|cares|understands))",
    ],
    # Feelings about a party's or candidate's fortunes.
    "reactions": [
        r"gutted", r"devastated", r"heartbroken", r"relieved", r"ecstatic", r"overjoyed",
        r"dismayed", r"horrified", r"elated", r"over\s+the\s+moon", r"buzzing", r"chuffed",
        r"(?:can['’]?t|cannot)\s+come\s+(?:soon|quick|fast)\s+enough",
    ],
    # Absolutes and asides that make a sentence about a party or a named politician
    # a verdict ("The Tories have never cared", "Typical Labour 🙄").
    "partisan_markers": [
        r"never", r"always", r"yet\s+again", r"as\s+usual", r"of\s+course", r"again",
        r"🙄", r"🤡", r"😡", r"🤬", r"🤦(?:‍♂️|‍♀️)?", r"💩",
    ],
    # Plain praise: partisan about a party or a candidate, or when it describes a
    # politician as a politician ("a fantastic president").
    "praise": [
        r"great", r"brilliant", r"fantastic", r"amazing", r"excellent", r"wonderful",
        r"delighted", r"thrilled", r"proud", r"superb", r"outstanding", r"love", r"best",
        r"legend", r"hero", r"heroes", r"genius", r"inspiring", r"inspirational", r"visionary",
        r"on\s+top\s+form", r"thank\s+you", r"kudos", r"hats\s+off", r"spot\s+on",
        r"bang\s+on", r"(?:huge|massive|big|real|total|full|great|much|deep|utmost)\s+"
        r"(?:respect|credit)\b", r"credit\s+where\s+(?:it['’]?s|credit['’]?s?)\s+due",
    ],
    # Words of an official engagement: praise of a named politician next to them
    # ("great to see the Minister open the clinic") is about the occasion.
    "engagement_words": [
        "visit", "visits", "visited", "visiting", "open", "opens", "opened", "opening", "met",
        "meet", "meeting", "joined", "join", "joining", "welcome", "welcomed", "welcoming",
        "host", "hosted", "hosting", "tour", "toured", "touring", "spoke", "speaking", "speech",
        "launch", "launched", "launching", "event", "ceremony", "roundtable", "attend",
        "attended", "attending", "thanks", "thank", "see", "seeing", "hear", "hearing",
        "presented", "presenting", "unveiled", "chaired", "announced", "statement",
    ],
    "political_people": [
        "president", "prime minister", "pm", "premier", "leader", "minister", "mp", "senator",
        "governor", "mayor", "councillor", "councilor", "candidate", "government", "party",
        "representative", "congressman", "congresswoman", "chancellor", "treasurer",
    ],
    # Wanting a party or government gone.
    "ousting": [
        r"good\s+riddance", r"(?:see|seeing)\s+the\s+back\s+of",
        r"(?i:vote|voting|kick|kicking|boot|booting|throw|throwing|turf|get|getting)\s+"
        r"(?:them|him|her|this\s+lot|that\s+lot|the\s+lot\s+of\s+them|[A-Z]\w+)\s+out",
        # ("your time's up", found from "time": a look back, so the rarer word leads)
        r"time(?:(?<=your\stime)|(?<=their\stime)|(?<=his\stime)|(?<=her\stime))['’]?s\s+up",
        r"send\s+(?:them|him|her)\s+packing",
        r"(?:must|should)\s+(?:go|resign)\b",
        r"roll\s+on\s+(?:the\s+)?(?:next\s+|general\s+)*(?:election|polling\s+day|election\s+day)",
        r"time\s+for\s+(?:them|him|her|this\s+lot|that\s+lot|the\s+lot\s+of\s+them)\s+to\s+"
        r"(?:go|leave|pack|step\s+aside|step\s+down)",
        r"time\s+for\s+(?:a\s+)?change", r"time\s+for\s+(?:someone|somebody|something)\s+new",
        r"(?i:don['’]?t|do\s+not)\s+let\s+(?:them|him|her)",
        r"(?i:remember)\s+(?:this|that|it|(?:their|his|her)\s+names?)\s+(?:in|on|at|when)\s+"
        r"(?:November|May|the\s+(?:election|polls|ballot\s+box|next\s+election|locals|local\s+"
        r"elections|midterms)|polling\s+day|election\s+day|you\s+vote)",
        r"(?i:must|need\s+to|have\s+to)\s+stop\s+(?:them|him|her)",
        r"(?:be|get|got|gets|getting)\s+(?:voted|booted|kicked|turfed|thrown|chucked|swept)\s+out",
        r"never\s+(?:again|forget)",
        r"vote\s+(?:every\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|['’]em)|all\s+of\s+them)\s+out",
        r"(?i:don['’]?t|do\s+not|never)\s+(?i:give|hand)\s+(?:them|him|her|(?i:the\s+)?[A-Z]\w+)\s+"
        r"(?i:another|a\s+(?:second|third|fourth))\s+(?i:go|term|chance|crack|shot)\b",
        r"(?:don['’]?t|do\s+not|never)\s+give\s+(?:them|him|her|this\s+lot|that\s+lot)\s+"
        r"(?:your|a|another|my)\s+vote",
        r"get\s+rid\s+of\s+(?:them|him|her|this|that|the\s+lot|the\s+[A-Z]\w+)",
        r"(?i:time)\s+(?:they|he|she)\s+(?:went|were\s+gone|was\s+gone|"
        r"resigned|stepped\s+down)",
        r"(?i:if)\s+(?:the\s+)?(?:they|he|she|[A-Z][\w’'-]+)\s+(?:wins?|takes?\s+(?:the\s+)?"
        r"(?:[A-Z]\w+|power|control|office)|gets?\s+in|(?:is|are)\s+"
        r"(?:re-?)?elected|forms?\s+(?:the\s+)?(?:next\s+)?government|gets?\s+back\s+in)",
    ],
    # Accusing a party of acting for votes.
    "electoral_motive": [
        r"(?:swing|marginal|target|key)\s+seats?",
        r"seats?\s+(?:that\s+)?(?:\w+\s+){1,2}needs?\s+to\s+(?:hold|win|keep|take|defend)",
        r"(?:pay|paid)\s+for\s+(?:it|this|that)\s+at\s+the\s+(?:ballot\s+box|polls|election)",
        r"at\s+the\s+ballot\s+box", r"vote-?winners?", r"vote-?grab\w*", r"pork[- ]barrel\w*",
        r"bribes?\s+(?:for|to)\s+voters", r"electioneering",
        r"(?:need|needs)\s+(?:just\s+|only\s+)?[\d,]+\s+(?:more\s+)?votes", r"votes\s+to\s+win",
    ],
    # Phrases that take a side on who should govern with no party named: warning
    # that voters will punish a policy, "finally a government that...", "the lot in
    # charge".
    "partisan_phrases": [
        # Steering a vote while disclaiming it: "not telling anyone how to vote, but...";
        # "remember that in November."; backing someone for office: "deserves another
        # term", "they've got my vote".
        r"(?i:not\s+(?:telling|saying|going\s+to\s+tell)\s+(?:anyone|anybody|you|people|folks|"
        r"y['’]all)?\s*(?:how|who)\s+to\s+vote(?:\s+for)?(?:\s+(?:on|in|at|this|next)\s+\w+)?"
        r"[.,;:\s–—-]+(?:but|just)\b)",
        r"(?i:remember)\s+(?:that|this|it|them|who\s+\w+\s+\w+|(?:their|his|her)\s+names?)\s+"
        r"(?:in|on|come|at)\s+"
        r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)|(?i:polling\s+day|election\s+day|the\s+(?:election|polls|ballot\s+box)))"
        # ...closing the sentence: "Remember this in March: the clocks go forward" is no wink.
        r"(?=\s*(?:$|[^\w\s,;:'\"(]))",
        r"(?i:deserves?|earned)\s+(?:(?:another|a\s+(?:second|third|fourth|fresh))\s+term|"
        r"re-?election|(?:four|five)\s+more\s+years)",
        r"(?i:(?:got|gets|get|has|have|earned|won|win)\s+my\s+vote)(?!\s+(?:for|as|in)\s+"
        r"(?i:(?:the\s+)?(?:best|favourite|favorite|top|most|this\s+year['’]s)))",
        # Steering a vote with no party named: "think about that before you mark your
        # ballot".
        r"(?i:think\s+about|remember)\s+(?:that|this|it)\s+(?:when|before)\s+(?:you(?:['’]re|"
        r"\s+are)?\s+)?(?:vote|voting|go\s+to\s+the\s+polls|in\s+the\s+polling\s+(?:booth|"
        r"station)|mark\s+your\s+ballot|at\s+the\s+ballot\s+box)",
        r"(?:remember(?:ing)?|forget(?:ting)?|forgive)\s+(?:exactly\s+|precisely\s+)?(?:who|which\s+"
        r"(?:party|parties|government|MPs?|councill?ors|politicians|ministers|senators|members))\s+(?:\w+\s+)?(?:voted|brought|introduced|imposed|cut|"
        r"scrapped|axed|raised|hiked|closed|sold|passed|wrecked|broke|abandoned|betrayed|"
        r"slashed|froze|taxed)\b(?!\s+(?:me|us|you|him|her|them)\b)",
        r"only\s+(?:one|real)\s+(?:choice|option)\s+(?:in|on|at|this)\s+(?:May|Thursday|"
        r"November|polling\s+day|election\s+day|the\s+(?:election|ballot\s+box|polls))",
        r"finally\s+(?:(?:have|having|got|get|getting)\s+)?(?:a|an|some)\s+(?:government|prime\s+minister|PM|chancellor|minister|"
        r"leader|president|premier|MP|council)\s+(?:that|who|which)\b",
        r"(?:lot(?<=this\slot)|lot(?<=that\slot)|lot(?<=the\slot))\s+(?:in\s+(?:charge|power|government|Westminster|Downing\s+Street|Number\s+10|"
        r"No\.?\s*10|Holyrood)|running\s+the\s+country)\b(?!\s+(?:bills?|costs?|cuts?|"
        r"stations?|supply|outages?))",
        r"vote\s+accordingly",
        # Longing for an election ("November can't come soon enough") or a better government.
        r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|polling\s+day|election\s+day|"
        r"the\s+(?:next\s+)?(?:general\s+|federal\s+|local\s+|state\s+)?election)\s+(?:can['’]?t|"
        r"cannot)\s+come\s+(?:soon|quick|fast)\s+enough)",
        r"(?:grown-?up|competent|decent|sensible|serious|functioning|honest)\s+government\s+"
        r"(?:again|for\s+once|at\s+last)\b",
    ],
    # Wanting a change of government: the words, then what must come just before
    # ("the country needs a change of government") or just after ("... now").
    # (found from the word "government", which leads the search: the words before
    # it must want a change, or the words after it must)
    "change_of_government": r"(?:government|administration|regime)\b",
    "change_wanted_before": (
        r"(?:need|needs|needed|want|wants|deserve|deserves|roll\s+on|bring\s+on|time\s+for|"
        r"overdue|desperate\s+for|crying\s+out\s+for|can['’]?t\s+wait\s+for|praying\s+for|"
        r"hope\s+for|vote\s+for|campaign(?:ing)?\s+for)\s+(?:(?:is|was)\s+)?(?:a\s+|the\s+|some\s+)?"
        r"(?:(?:real|proper|genuine|urgent)\s+)?(?:change\s+(?:of|in)|new)\s+$"
    ),
    "change_before": r"change\s+of\s+$",
    "change_wanted_after": r"\s+(?:now|is\s+(?:long\s+)?overdue|can['’]?t\s+come|please)\b",
    # "This lot" said of those in power: a dismissive name for a government when the
    # post is about politics (it names someone political, or one of these words).
    "dismissive_government": r"(?:this|that|the\s+current|the\s+last)\s+lot\b(?!\s+of\b)",
    # A party left unnamed but singled out by its record or its standing: "the party that
    # crashed the economy", "a certain party", "only one party" (not "the party that we
    # threw", "the party went on").
    "described_party": (
        # (the party doing the governing, not the one someone threw: "the party that Ali
        # organised", "that we had", "that went on till two")
        r"(?<!\bat\s)(?:the|a)\s+party\s+(?:that|who|which)\b(?!\s+(?:(?-i:[A-Z])|(?:we|you|he|she|"
        r"they|my|our|his|her|their|the|everyone|was|were|is|are|went|goes|started|ended|lasted|"
        r"kicked|ran|night|evening|weekend)\b))|(?:a|one|that)\s+certain\s+party|(?:only|exactly|just|least)\s+one"
        r"\s+party\b|that\s+party(?=\s+(?:seriously|again|in\s+(?:power|government|charge)))"
    ),
    "dismissive_government_context": (
        r"government|elections?|NHS|country|Britain|Westminster|tax|taxes|power|in\s+charge|"
        r"manifesto|promises?|ministers?|MPs|parliament|polls|voters|economy|Downing|"
        r"Holyrood|Senedd|"
        # (elected: "every time this lot get in")
        r"(?:get|gets|got|getting)\s+(?:back\s+)?in\b"
    ),
    # Reposts and quotes ("RT @LibDems: ...") of a party's or politician's account:
    # the words that mark a repost, and the party names an account's handle may
    # be made of (with "UK", "the" or a nation before or after).
    "repost_markers": r"(?:RT|QT|MT|[Rr]epost(?:ed|ing)?(?:\s+from)?|[Qq]uot(?:e|ed|ing)|via|h/t)",
    "party_handle_names": [
        "Labour", "Conservatives", "Tories", "LibDems?", "LibDemPress", "SNP", "Plaid_?Cymru",
        "Plaid", "GreenParty", "Greens", "ReformUK", "Reform_?Party", "DUP", "SinnFein",
        "Alba_?Party", "GOP", "Democrats", "DNC", "RNC", "HouseGOP", "HouseDemocrats",
        "NDP", "Liberal_?Party", "CPC_HQ", "Conservative_?Party", "ALP", "LiberalAus",
        "NZNationalParty", "NZLabour",
    ],
    # Party names that also name a local or national branch after a place
    # (@LiverpoolLabour, @AustralianLabor, @NYDemocrats).
    "party_branch_handle_names": [
        "Labour", "Labor", "Tories", "Conservatives", "LibDems?", "NDP", "GOP", "Democrats",
        "Republicans", "SNP", "PlaidCymru", "GreenParty",
    ],
    # Hashtags made of a party's name and another word are the party's campaign
    # tags (#LabourDelivers, #ToryChaos), unless the word makes the party word an
    # ordinary one (#LabourMarket: the exceptions above also count) or names a
    # neutral topic (#LabourConference).
    "party_hashtag_prefixes": [
        "Labour", "Labor", "Tory", "Tories", "Conservatives?", "LibDems?", "SNP", "Plaid",
        "Greens", "GreenParty", "ReformUK", "Democrats?", "Dems", "GOP", "Republicans?",
        "Liberals?", "NDP", "Nationals",
    ],
    "party_hashtag_nations": ["NZ", "UK", "Aus", "Cdn", "Can", "Scot", "Scottish", "Welsh",
                              "US", "Irish", "NI",
                              # provinces and states (#ONNDP, #BCNDP, #QldLabor)
                              "ON", "Ont", "BC", "AB", "Alta", "SK", "MB", "NS", "NB", "QC",
                              "PEI", "NL", "Qld", "NSW", "Vic", "WA", "SA", "Tas", "NT",
                              "ACT"],
    "neutral_hashtag_endings": [
        "Conference", "Conf", "Manifesto", "Leadership", "Party", "HQ", "Press", "Group",
        "History", "Archive", "Museum",
    ],
    # Protest and referendum-campaign hashtags, by their shape.
    "protest_hashtags": [
        r"NotMy(?:PM|PrimeMinister|President|Premier|Government|Chancellor|King)",
        r"(?:Scrap|Axe|Ditch|Repeal|Reverse|Stop)(?:The)?(?:[A-Z][a-z]*)*?(?:Tax|Cap|Limit|Cuts?|"
        r"Levy|Act|Bill|Law|Ban|Policy|Rise|Hike|Freeze|Plan|Plans)",
        r"Yes(?:Scotland|Cymru|Wales|2|ForScotland|ForWales|ForIndependence|Indy)\w*",
        r"Indy(?:Ref\d*|Scot\w*|Cymru|Wales|Now|Live)", r"ScotRef\w*", r"IndyRef2?",
        r"(?:Scottish|Scots|Welsh|Catalan)?Independence(?:Now)?",
        r"(?:Annibyniaeth|IndyCymru)\w*",
        r"BetterTogether", r"SaveTheUnion", r"UnionStrong", r"DissolveTheUnion",
        r"StrongerIn", r"LeaveMeansLeave", r"Rejoin(?:EU)?", r"StopBrexit", r"BrexitBetrayal",
        r"PeoplesVote",
        # (written in any case: #indyref2, #yesscotland)
        r"(?i:IndyRef2?|ScotRef\w*|YesScotland|YesCymru)",
    ],
    # A referendum side: independence for a nation (Scotland, Wales, ...) named in a
    # sentence is the campaign's cause, and a Yes or No vote in a post about a
    # referendum or independence takes a side.
    "independence_cause": (
        r"(?:(?:Scottish|Scots|Welsh|Catalan|Quebec|Québec|Cornish)\s+[Ii]ndependence"
        r"|[Ii]ndependence\s+for\s+(?:Scotland|Wales|Cymru|Catalonia|Quebec|Québec|Cornwall)"
        r"|[Ii]ndependent\s+(?:Scotland|Wales|Cymru|Catalonia|Quebec|Québec)(?!\s+[A-Z])"
        r"|(?:Scotland|Wales|Cymru)\s+(?:should|must|will|to|can|could|would|deserves?|needs?|"
        r"wants?)\s+(?:(?:be|become|go)\s+independent|(?:its\s+|her\s+)?independence)"
        r"|Yes\s+(?:Scotland|Cymru)\b|(?i:yes|no)\s+to\s+[Ii]ndependence|(?i:indy\s*ref\s*2?|annibyniaeth|Cymru\s+annibynnol))"
    ),
    # The words one of which any cause above holds: it is looked for only around them.
    "independence_anchors": ["independen", "indy", "annibyn", "yes"],
    "referendum_vote": (
        r"vot(?:e|es|ed|ing)\s+(?:yes|no|aye|leave|remain|(?:for|against)\s+independence)\b"
    ),
    "referendum_context": r"referend\w*|independen\w*|indy\w*|union|brexit|scotland|wales",
    # "Vote for" in Welsh: Pleidleisiwch / Pleidleisia dros (for) or yn erbyn
    # (against) a named party or person, or Ie / Na (Yes / No) in a referendum.
    "welsh_vote": (
        r"(?i:pleidleisiwch|pleidleisia|fotiwch)\s+(?:(?i:dros|yn\s+erbyn)\s+(?i:yr?\s+)?(?:[A-Z]\w+|"
        r"(?i:annibyniaeth|llafur|lafur|plaid|blaid|ceidwadwyr|geidwadwyr|gwyrddion|newid))"
        r"|(?i:ie|na)\b)"
    ),
    # Taking part in a party's conference ("speaking at a Labour fringe", "see you
    # at SNP conference"), when a party is named in the sentence; conference
    # logistics ("road closures") pass.
    "party_event_participation": [
        r"fringe", r"as\s+(?:a|an|our|their)\s+(?:[\w-]+\s+)?delegate",
        r"(?:our|my)\s+(?:stand|stall)",
        r"(?:see|meet|catch)\s+(?:you|everyone)\s+at",
        r"come\s+(?:and|to)\s+(?:say\s+hello|find|see|join)",
        r"(?:speaking|speak|attending|attend|heading|travelling|going|off|exhibiting)\s+"
        r"(?:\w+\s+){0,2}?(?:at|to)\s+(?:this\s+year['’]s\s+|the\s+)?(?:\w+\s+){0,2}?conference",
    ],
    # Election vocabulary: context for the ousting phrases.
    "election_context": [
        r"elections?", r"by-elections?", r"byelections?", r"polling\s+day",
        r"ballot\s+box", r"manifesto", r"hustings", r"voters", r"the\s+polls", r"midterms?",
    ],
    # A party, or a party leader named without their office, is rarely mentioned in a
    # civil servant's post except to comment on them: such a mention is raised unless
    # the sentence is plainly neutral (history, parliamentary business, several
    # parties at once, an official engagement, or words quoted from someone else).
    "raise_party_mentions": True,
    "neutral_context_words": [
        # parliamentary and official business
        "committee", "committees", "inquiry", "submission", "submissions", "hansard",
        "question", "questions", "answer", "answered", "spokesperson", "spokesman",
        "spokeswoman", "tabled", "debate", "debated", "assembly", "senedd", "commons", "lords",
        "parliament", "parliamentary", "legislature", "bill", "act", "motion", "amendment",
        "published", "publishes", "announced", "announces", "confirmed", "statement",
        "appointed", "sworn", "testimony", "hearing", "briefing", "consultation", "said",
        "says", "told", "wrote", "issued", "enacted",
        # several parties, or parties in general
        "parties", "all-party", "cross-party", "bipartisan", "coalition", "members",
        # events and logistics
        "conference", "closures", "closed", "diversions", "roadworks", "traffic",
        "visited", "visit", "visits", "visiting", "opened", "opening", "open", "opens", "met",
        "meet", "meets", "meeting", "joined", "joins", "welcomed", "welcome", "welcomes",
        "hosted", "toured", "tour", "tours", "spoke", "attended", "chaired", "launched",
        "launch", "launches",
        # history
        "history", "historic", "historical", "archive", "archives", "founded", "formed",
        "museum", "exhibition", "display", "anniversary", "century", "previous", "formerly",
        # civic information
        "register", "registered", "polling", "ballot", "returning", "results", "declared",
    ],
    # Words that say the author does not mind which party governs ("whoever is in
    # power", "no matter which party"): a sentence holding one is even-handed, so the
    # parties and office holders it names are not the target of its opinion words.
    "impartial_markers": [
        r"whoever", r"whichever", r"no\s+matter\s+(?:who|which|what\s+party)",
        r"(?:doesn['’]?t|does\s+not|didn['’]?t|won['’]?t|wouldn['’]?t|never)\s+matter(?:ed|s)?\s+"
        r"(?:who|which)",
        r"regardless\s+of\s+(?:who|which|party|political)", r"irrespective\s+of",
        r"(?:all|any|every)\s+(?:political\s+)?part(?:y|ies)", r"of\s+all\s+(?:political\s+)?"
        r"(?:stripes|colours|colors|persuasions)", r"across\s+the\s+political\s+spectrum",
    ],
    # Sentences that mention a year before this are treated as history.
    "historical_before_year": 2000,
    # Words that place a sentence in the past as surely as an old year does ("the
    # post-war Labour government").
    "historical_markers": [
        r"post-?war", r"pre-?war", r"inter-?war", r"war-?time", r"Victorian", r"Edwardian",
        r"Tudor", r"medieval", r"(?:1[0-9]|[2-9])(?:st|nd|rd|th)[- ]century",
    ],
    # How far apart (characters) opinion words and the party or politician may be
    # when they sit in neighbouring sentences.
    "stance_window": 160,
    # A coy steer towards a party left unnamed, in a post set in an election (an election
    # word, a party conference, a political hashtag or a ballot box emoji): "you know the
    # one", "that's all I'll say", a seat "turning yellow", a party's colour as an emoji.
    # Outside an election these are other people's secrets or plain decoration.
    "coy_steers": [
        r"you\s+know\s+(?:the\s+one|which\s+(?:one|party|side)|who\s+I\s+mean)",
        r"that['’]s\s+all\s+I['’]?(?:ll|\s+will|m|\s+am)\s+say(?:ing)?",
        r"only\s+one\s+(?:party|manifesto|candidate|side)\b",
        r"(?:turn|turns|turned|turning|go|goes|went|going|keep|keeps|keeping|kept|paint|painting)"
        r"\s+(?:(?:it|the\s+\w+|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\s+)?(?:blue|red|yellow|"
        r"orange|green|teal|purple)\b",
    ],
    "steer_context": [r"party\s+conferences?", r"campaign\s+trail"],
    "ballot_symbols": ["🗳"],
    "party_colour_symbols": ["🌹", "🔴", "🔵", "🔶", "🟠", "🟡", "🟢", "🟣", "🟥", "🟦", "🟧",
                             "🟨", "🟩", "🟪"],
}

_ABBREVIATIONS = frozenset({
    "rep", "sen", "gov", "dr", "mr", "mrs", "ms", "st", "cllr", "hon", "pres", "no", "jr",
    "sr", "vs", "lt", "gen", "col", "capt", "u.s", "d.c", "j.d", "e.g", "i.e", "etc",
})
# A full stop after more letters than the longest abbreviation has ends a sentence.
_ABBREVIATION_REACH = max(map(len, _ABBREVIATIONS)) + 1

# Sentence ends, line breaks, a spaced dash before a capital, and the emoji that
# close a remark. The characters that may begin a break are found with str.find,
# which skips through a post with memchr: a regex character class that holds
# emoji is tested character by character, at many times the cost.
_BREAK_CHARS = ".!?…\n–—🙃😡🤬"
_ASCII_BREAK_CHARS = "".join(c for c in _BREAK_CHARS if c.isascii())
_BREAK_RE = re.compile(r"[.!?…]+[\"'’”)]*\s+|\n+|[–—]\s+(?=[A-Z])|[🙃😡🤬]\s*")
# An opening quotation mark not after a letter or an apostrophe. The mark comes
# first and the look back second ("(?<![\w'’].)" spans the character before it and
# the mark), so the regex engine skips from mark to mark instead of testing the look
# back at every character.
_QUOTE_RE = re.compile(r"['‘\"“](?<![\w'’].)([^'‘’\"“”\n]{1,300}?)['’\"”](?![\w])")
_REPORTED_RE = re.compile(r"(?:said|says|added|commented|stated|told\s+\w+)\s*:\s*"
                          r"[^\n]*(?:\n\s*[^\n]+)?")
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_HASHTAG_RE = re.compile(r"(?<![\w#&])#(\w+)")
# Lower-case words in quotation marks just after a possessive ("'s 'growth plan'").
_SCARE_QUOTE_RE = re.compile(r"\s+['‘\"“]([a-z][a-z -]{0,40}?)['’\"”](?!\w)")
_HANDLE_RE = re.compile(r"\w+")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)\W*$")
_NEXT_WORD_RE = re.compile(r"[\s,]*([^\W\d_][\w'’-]*)?")
_TITLE_CASE_NAME_RE = re.compile(r"\s+(?:Act|Bill|Programme|Program|Board|Unit|Team|Plan|Group|"
                                 r"Agenda|Fund|Network|Commission|Review|Strategy|Awards?)\b")
_REGEX_SYNTAX_RE = re.compile(r"\(\?[^)]*\)|[\\?()\[\]|*+{}.,:]")

_PARTY, _POLITICIAN, _OFFICIAL, _CANDIDATE = "party", "politician", "official", "candidate"
_CONTEXT = "political hashtag"
_CAUSE = "referendum cause"
_PARTISAN_KINDS = (_PARTY, _POLITICIAN, _CANDIDATE, _CAUSE)
_ALL_KINDS = (_PARTY, _POLITICIAN, _OFFICIAL, _CANDIDATE, _CONTEXT, _CAUSE)

IMPARTIAL = ("Civil servants must stay politically impartial, so that they can serve "
             "a government of any party and keep the public's trust.")
FIX = ("Remove the opinion; if the subject matters, stick to the facts about the policy and "
       "link the official source.")


def _alternation(fragments: Any, what: str) -> str:
    if not isinstance(fragments, list) or not all(isinstance(f, str) and f for f in fragments):
        raise ValueError(f"'{what}' must be a list of non-empty phrases.")
    return "|".join(sorted(fragments, key=len, reverse=True))


def _string_list(config: Mapping[str, Any], key: str) -> list[str]:
    value = config.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' must be a list of phrases.")
    return [v for v in value if v]


def _text_value(config: Mapping[str, Any], key: str) -> str:
    value = config.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"'{key}' must be a regular expression.")
    return value


def _plain_names(fragments: list[str]) -> list[str]:
    """Fragments as they would be written inside a hashtag ("Lib Dems" -> "LibDems")."""
    names = {_REGEX_SYNTAX_RE.sub("", f).replace(" ", "").replace("'", "") for f in fragments}
    return sorted((n for n in names if n.isalnum()), key=len, reverse=True)


def _without_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """The findings in order, keeping the longest of any that overlap."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and f.start < kept[-1].end:
            if f.end - f.start > kept[-1].end - kept[-1].start:
                kept[-1] = f
            continue
        kept.append(f)
    return kept


# ---- trigger words ------------------------------------------------------------
# Big alternations cost tens of microseconds per post, so each pattern carries the
# beginnings of the words one of which any match must contain, worked out from the
# pattern itself; a pattern runs only when the post has a word that begins so.
# (A candidate for text.py: any check with long phrase lists could use it.)

_WORD_RE = re.compile(r"[^\W_]+")
# Words are keyed by their first letters: long enough to tell "conservative" from
# "consultation", short enough to cover "vote", "votes", "voting".
_KEY_LENGTH = 5


_COMMON_WORDS = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "they", "them", "their", "there",
    "then", "than", "he", "she", "him", "her", "his", "its", "it", "we", "us", "our", "you",
    "your", "my", "me", "i", "to", "of", "in", "on", "at", "is", "are", "was", "were", "be",
    "been", "by", "if", "or", "as", "and", "but", "not", "no", "so", "do", "does", "did",
    "done", "up", "out", "for", "from", "with", "into", "over", "about", "again", "just",
    "only", "also", "very", "all", "any", "every", "more", "most", "some", "what", "when",
    "where", "which", "who", "whom", "why", "how", "will", "would", "could", "should", "can",
    "has", "have", "had", "get", "got", "gets", "new", "now", "one", "time", "year", "years",
    "day", "today", "way", "make", "made",
))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


# A small reader for the part of regular-expression syntax the phrase lists use.
# It only has to say which words a match must contain; anything it does not
# understand makes the phrase run on every post, which is slower but never wrong.
# (The standard library's own parser is private and changes between versions.)
#
# Nodes: ("char", c) one character (lower case); ("class", word, other) a set of
# characters that may hold word characters and/or other ones; ("zero", kind) a
# zero-width test, kind "end" when it means a word ends there; ("group", [seq, ...])
# alternatives; ("repeat", low, high, seq).

class _Unsupported(Exception):
    pass


_ESCAPE_CLASSES = {"s": (False, True), "S": (True, True), "w": (True, False),
                   "W": (False, True), "d": (True, False), "D": (True, True)}


class _RegexReader:
    def __init__(self, source: str) -> None:
        self.source, self.at = source, 0

    def parse(self) -> list[Any]:
        seq = self._alternation()
        if self.at != len(self.source):
            raise _Unsupported
        return seq

    def _peek(self, ahead: int = 0) -> str:
        index = self.at + ahead
        return self.source[index] if index < len(self.source) else ""

    def _alternation(self) -> list[Any]:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.at += 1
            branches.append(self._sequence())
        return branches[0] if len(branches) == 1 else [("group", branches)]

    def _sequence(self) -> list[Any]:
        items: list[Any] = []
        while self._peek() not in ("", "|", ")"):
            atom = self._atom()
            if atom is None:
                continue
            items.append(self._quantified(atom))
        return items

    def _quantified(self, atom: Any) -> Any:
        char = self._peek()
        bounds = None
        if char and char in "?*+":
            self.at += 1
            bounds = {"?": (0, 1), "*": (0, None), "+": (1, None)}[char]
        elif char == "{":
            found = re.match(r"\{(\d*)(,?)(\d*)\}", self.source[self.at:])
            if found:
                self.at += found.end()
                low = int(found.group(1) or 0)
                high = int(found.group(3)) if found.group(3) else (
                    None if found.group(2) else low)
                bounds = (low, high)
        if bounds is None:
            return atom
        if self._peek() in ("?", "+"):
            self.at += 1  # lazy or possessive: the same characters either way
        if atom[0] == "zero":
            return atom
        return ("repeat", bounds[0], bounds[1], [atom])

    def _atom(self) -> Any:
        char = self._peek()
        self.at += 1
        if char == "(":
            return self._group()
        if char == "[":
            return self._class()
        if char == "\\":
            return self._escape()
        if char == ".":
            return ("class", True, True)
        if char == "^":
            return ("zero", "start")
        if char == "$":
            return ("zero", "end")
        if char in "*+?{":
            raise _Unsupported
        return ("char", char.lower())

    def _group(self) -> Any:
        kind = "plain"
        if self._peek() == "?":
            rest = self.source[self.at + 1:]
            if rest[:1] == ":":
                self.at += 2
            elif rest[:2] in ("P<",):
                end = self.source.find(">", self.at)
                if end < 0:
                    raise _Unsupported
                self.at = end + 1
            elif rest[:1] in ("=", "!"):
                kind = "ahead" if rest[0] == "=" else "not_ahead"
                self.at += 2
            elif rest[:2] in ("<=", "<!"):
                kind = "behind"
                self.at += 3
            else:
                flags = re.match(r"[aiLmsux]*(?:-[imsx]+)?([:)])", rest)
                if not flags:
                    raise _Unsupported  # back-references, conditionals, comments
                self.at += 1 + flags.end()
                if flags.group(1) == ")":
                    return None  # "(?i)" for the whole pattern
        body = self._alternation()
        if self._peek() != ")":
            raise _Unsupported
        self.at += 1
        if kind == "plain":
            return ("group", [body])
        if kind == "not_ahead" and len(body) == 1 and body[0][0] == "class" and \
                body[0][1] and not body[0][2]:
            return ("zero", "end")  # "(?!\w)": a word ends here
        return ("zero", "look")

    def _class(self) -> Any:
        negated = self._peek() == "^"
        if negated:
            self.at += 1
        chars: set[str] = set()
        word = other = named = False
        first = True
        while True:
            char = self._peek()
            if not char:
                raise _Unsupported
            if char == "]" and not first:
                self.at += 1
                break
            first = False
            self.at += 1
            if char == "\\":
                escaped = self._peek()
                self.at += 1
                if escaped in _ESCAPE_CLASSES:
                    w, o = _ESCAPE_CLASSES[escaped]
                    word, other, named = word or w, other or o, True
                    continue
                if escaped.isalnum():
                    raise _Unsupported
                char = escaped
            if self._peek() == "-" and self._peek(1) not in ("]", ""):
                low, high = char, self._peek(1)
                self.at += 2
                if high == "\\":
                    raise _Unsupported
                members = [chr(c) for c in range(ord(low), ord(high) + 1)]
                word = word or any(_is_word_char(c) for c in members)
                other = other or not all(_is_word_char(c) for c in members)
                chars.update(members)
                continue
            chars.add(char.lower())
            if _is_word_char(char):
                word = True
            else:
                other = True
        if negated:
            return ("class", True, True)
        if len(chars) == 1 and not named:
            return ("char", chars.pop())  # "[Gg]" is one letter in the lower-cased post
        return ("class", word, other)

    def _escape(self) -> Any:
        char = self._peek()
        self.at += 1
        if char in _ESCAPE_CLASSES:
            return ("class", *_ESCAPE_CLASSES[char])
        if char == "b":
            return ("zero", "end")
        if char in ("A", "Z"):
            return ("zero", "start" if char == "A" else "end")
        if char in ("n", "t", "r", "f", "v"):
            return ("class", False, True)
        if not char or char.isalnum():
            raise _Unsupported  # back-references, \B, \x.. and friends
        return ("char", char)


def _ends_word(item: Any) -> bool:
    """True when an item always matches characters that end a word."""
    kind = item[0]
    if kind == "char":
        return not _is_word_char(item[1])
    if kind == "class":
        return not item[1] and item[2]
    if kind == "group":
        return all(branch and _ends_word(branch[-1]) for branch in
                   ([i for i in b if i[0] != "zero"] for b in item[1]))
    if kind == "repeat":
        return item[1] >= 1 and bool(item[3]) and all(_ends_word(i) for i in item[3])
    return False


def _word_end_follows(items: list[Any], index: int, at_end: bool) -> bool:
    """True when a word always ends just before items[index] (or the end)."""
    if index >= len(items):
        return at_end
    item = items[index]
    if item[0] == "zero":
        return item[1] == "end"
    return _ends_word(item)


def _letter(item: Any) -> str | None:
    return item[1] if item[0] == "char" and _is_word_char(item[1]) else None


def _spellings(items: list[Any], index: int, so_far: str, at_end: bool,
               budget: list[int]) -> set[tuple[str, bool]]:
    """The ways the word that has begun with so_far goes on, as (first letters, whether
    the word ends there), following optional letters and alternatives."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unsupported
    if len(so_far) >= _LONG_WORD:
        return {(so_far, False)}
    if index >= len(items):
        return {(so_far, at_end)}
    item = items[index]
    letter = _letter(item)
    if letter:
        return _spellings(items, index + 1, so_far + letter, at_end, budget)
    kind = item[0]
    if kind == "group":
        found: set[tuple[str, bool]] = set()
        for branch in item[1]:
            found |= _spellings(branch + items[index + 1:], 0, so_far, at_end, budget)
        return found
    if kind == "repeat" and item[2] == 1:
        skipped = _spellings(items, index + 1, so_far, at_end, budget)
        return skipped | (_spellings(item[3] + items[index + 1:], 0, so_far, at_end, budget)
                          if item[1] == 0 else set())
    if kind == "zero" and item[1] == "look":
        return _spellings(items, index + 1, so_far, at_end, budget)
    return {(so_far, _word_end_follows(items, index, at_end))}


# Spellings are followed this far: a longer literal is a rarer, so better, trigger.
_LONG_WORD = 24


def _key(spelling: str, whole: bool, full: bool = False) -> tuple[int, str] | None:
    # A common word is a poor trigger: it would wake the phrase up in most posts.
    # full: the whole literal the key comes from, instead of the key.
    score = 1 if spelling in _COMMON_WORDS else len(spelling)
    if whole and 2 <= len(spelling) < _KEY_LENGTH:
        return score, spelling if full else spelling + "$"
    if len(spelling) < 3:
        return None
    return score, spelling if full else spelling[:_KEY_LENGTH]


def _word_starts(items: list[Any], at_start: bool,
                 at_end: bool, full: bool = False) -> tuple[int, set[str]] | None:
    """Keys one of which every match contains, with the length of the shortest
    literal they come from (longer is rarer, so a better trigger). A key is the
    first letters of a word, or a short whole word marked with a final "$"; with
    full, the whole literal instead (the letters the match has from there on)."""
    best: tuple[int, set[str]] | None = None

    def consider(found: tuple[int, set[str]] | None) -> None:
        nonlocal best
        if found and (best is None or found[0] > best[0]):
            best = found

    def union(parts: list[tuple[int, set[str]] | None]) -> tuple[int, set[str]] | None:
        if not parts or not all(parts):
            return None
        return min(p[0] for p in parts if p), set().union(*(p[1] for p in parts if p))

    index = 0
    while index < len(items):
        item = items[index]
        kind = item[0]
        if _letter(item):
            if at_start:
                spellings = _spellings(items, index, "", at_end, [200])
                consider(union([(k[0], {k[1]}) if (k := _key(s, whole, full)) else None
                                for s, whole in spellings]))
            while index < len(items) and _letter(items[index]):
                index += 1
            at_start = False
            continue
        then_ends = _word_end_follows(items, index + 1, at_end)
        if kind == "zero":
            if item[1] == "start":
                at_start = True
        elif kind == "group":
            consider(union([_word_starts(branch, at_start, then_ends, full)
                            for branch in item[1]]))
            at_start = _ends_word(item)
        elif kind == "repeat":
            low, high, body = item[1], item[2], item[3]
            ends_body = bool(body) and all(_ends_word(i) for i in body)
            if low >= 1:
                consider(_word_starts(body, at_start, then_ends and high == 1, full))
                at_start = ends_body
            else:
                at_start = at_start and ends_body
        else:
            at_start = _ends_word(item)
        index += 1
    return best


def _leading_words(fragment: str, whole_words: bool = False) -> tuple[str, ...] | None:
    """The first letters (lower case) one of which every match begins with, or None
    when a match may begin otherwise."""
    try:
        items = _RegexReader(fragment).parse()
        if not items or not (_letter(items[0]) or items[0][0] == "group"):
            return None
        spellings = _spellings(items, 0, "", whole_words, [200])
    except (_Unsupported, RecursionError, ValueError):
        return None
    if any(len(spelling) < 2 for spelling, _ in spellings):
        return None
    return tuple(sorted({spelling[:_KEY_LENGTH] for spelling, _ in spellings}))


@lru_cache(maxsize=16)
def _positions_index(lowered: str) -> dict[str, list[int]]:
    """Where each word looked for in a post begins, filled in as words are asked for:
    several phrases, and the sentences searched one by one, share a word's search."""
    return {}


def _word_positions(lowered: str, word: str) -> list[int]:
    """The offsets, in order, where word begins a word of lowered (anywhere in it, so
    overlapping ones too), found once per post."""
    index = _positions_index(lowered)
    found = index.get(word)
    if found is None:
        found = []
        at = lowered.find(word)
        while at >= 0:
            if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] == "_"):
                found.append(at)
            at = lowered.find(word, at + 1)
        index[word] = found
    return found


def _anchored(pattern: re.Pattern[str], target: str, lowered: str,
              words: tuple[str, ...] | None, start: int, end: int) -> Iterator[re.Match[str]]:
    """pattern.finditer(target, start, end), for a pattern whose matches all begin
    with one of words at the start of a word: on a long post, trying the pattern
    only where those words are (found by fast literal search) costs a fraction of
    scanning every character with the regex engine."""
    if words is None:
        yield from pattern.finditer(target, start, end)
        return
    positions = set()
    whole = start == 0 and end >= len(lowered)
    for word in words:
        found = _word_positions(lowered, word)
        if whole:
            positions.update(found)
        elif found:
            positions.update(found[bisect_left(found, start):
                                   bisect_right(found, end - len(word))])
    reached = -1
    for at in sorted(positions):
        if at < reached:
            continue
        m = pattern.match(target, at, end)
        if m:
            reached = max(m.end(), at + 1)
            yield m


def _triggers(fragment: str, whole_words: bool = False) -> frozenset[str] | None:
    """The keys one of which any match of fragment contains, or None when the
    fragment could match without any (it then always runs). whole_words: the
    fragment is only matched where a word ends after it."""
    try:
        found = _word_starts(_RegexReader(fragment).parse(), True, whole_words)
    except (_Unsupported, RecursionError, ValueError):
        return None
    return frozenset(found[1]) if found else None


def _required(fragment: str, whole_words: bool = False) -> tuple[str, ...] | None:
    """Literals (lower case) one of which any match of fragment contains: the
    whole words its trigger keys are cut from. A post without any of them has no
    match, so a pattern that must otherwise be scanned over every character of the
    post is skipped. None when there are none, or when a literal is not plain ASCII
    (the test below would then not be exact)."""
    try:
        found = _word_starts(_RegexReader(fragment).parse(), True, whole_words, True)
    except (_Unsupported, RecursionError, ValueError):
        return None
    if not found or not all(word.isascii() for word in found[1]):
        return None
    return tuple(sorted(found[1], key=len))


# The characters that a case-blind pattern matches to an ASCII letter but that do
# not lower-case to it ("ſ" matches "s"); a post holding one is always scanned.
_CASE_BLIND_ODDITIES = ("\u0130", "\u0131", "\u017f")


def _lacks(lowered: str, text: str, required: tuple[str, ...] | None) -> bool:
    """True when lowered has none of the required literals, so that a pattern that
    needs one cannot match text (matched as it is, or with case ignored)."""
    if required is None or any(odd in text for odd in _CASE_BLIND_ODDITIES):
        return False
    return not any(word in lowered for word in required)


def _trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many words, shaped as a tree of shared beginnings
    so that the regex engine tries only a letter or two at each position."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [(r"(?!\w)" if char == "$" else re.escape(char)) + build(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


_WORD_OPENERS = ("[\\n\\t\\r\\f\\v(\\[{\"'/#@*.,;:!?&+=<>|~^%$\\-\u00a0-\u00bf\u2000-\u2bff"
                 "\u3000-\u303f\ufe0f\U0001f000-\U0001faff]")


class _Keys:
    """Finds which trigger words a post contains, in one pass of one pattern."""

    __slots__ = ("expand", "first", "lengths", "pattern", "spaced", "triggers")

    def __init__(self, triggers: set[str]) -> None:
        self.triggers = frozenset(triggers)
        self.lengths = tuple(sorted({len(t) for t in triggers if not t.endswith("$")}))
        trie = _trie_pattern(triggers)
        # A word starts after a space or after another non-word character. Led by a
        # literal space, the regex engine jumps from space to space instead of
        # testing for a word boundary at every character, which halves the cost on
        # long posts; the other characters that begin words (punctuation, symbols
        # and emoji) get a pattern of their own.
        self.spaced = re.compile(" (" + trie + ")") if triggers else None
        self.pattern = re.compile(_WORD_OPENERS + "(" + trie + ")") if triggers else None
        self.first = re.compile("(" + trie + ")") if triggers else None
        # What the pattern can find is a trigger's letters, so the keys each finding
        # stands for are worked out here rather than for every word of every post.
        self.expand = {found: self._keys_of(found) for found in
                       {t.removesuffix("$") for t in self.triggers}}

    def _keys_of(self, found: str) -> frozenset[str]:
        # The longest trigger at a word start; shorter triggers it begins with
        # ("vote" in "voter") count too.
        keys = {found[:n] for n in self.lengths if found[:n] in self.triggers}
        if found + "$" in self.triggers:
            keys.add(found + "$")
        return frozenset(keys)

    def of(self, text: str) -> set[str]:
        keys: set[str] = set()
        if not self.pattern or not self.spaced or not self.first:
            return keys
        lowered = _lowered(text)
        words = set(self.spaced.findall(lowered))
        words.update(self.pattern.findall(lowered))
        opening = self.first.match(lowered)
        if opening:
            words.add(opening.group(1))
        expand = self.expand
        for found in words:
            keys |= expand[found] if found in expand else self._keys_of(found)
        return keys




def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


class _Rule:
    """One compiled pattern that runs only when the post has one of its trigger words."""

    __slots__ = ("pattern", "triggers")

    def __init__(self, pattern: str, flags: int = 0, trigger_source: str | None = None) -> None:
        self.pattern = re.compile(pattern, flags)
        self.triggers = _triggers(trigger_source if trigger_source is not None else pattern)

    def live(self, keys: set[str]) -> bool:
        return self.triggers is None or not self.triggers.isdisjoint(keys)

    def finditer(self, text: str, keys: set[str], start: int = 0,
                 end: int | None = None) -> Iterator[re.Match[str]]:
        if not self.live(keys):
            return iter(())
        return self.pattern.finditer(text, start, len(text) if end is None else end)


@lru_cache(maxsize=1)
def _sentiment_lexicon() -> dict[str, float]:
    """VADER's word list with scores (loaded once, offline)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


@lru_cache(maxsize=16)
def _holds_any(text: str, words: tuple[str, ...] | None) -> bool:
    """Whether the lower-cased text holds one of words (always, for None): worked out
    once per post however many sentences ask."""
    return words is None or any(odd in text for odd in _CASE_BLIND_ODDITIES) or any(
        word in _lowered(text) for word in words)


@lru_cache(maxsize=16)
def _lowered(text: str) -> str:
    """text in lower case with its length kept, so offsets still point into text."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else fold(text)


class _Phrases:
    """A list of phrases matched as whole words, each compiled on its own so that a
    post only pays for the phrases whose trigger words it contains."""

    __slots__ = ("always", "by_key", "keys", "leading", "lowered", "patterns", "required")

    def __init__(self, fragments: list[str], flags: int) -> None:
        # No leading look-behind: it would stop the regex engine skipping ahead to
        # the phrase's first letters; the start of the word is checked afterwards.
        # A case-blind phrase written in lower case runs faster as a case-sensitive
        # pattern over the lower-cased post.
        self.patterns = []
        self.lowered = []
        for f in fragments:
            lower_case = bool(flags & re.IGNORECASE) and f == f.lower()
            self.patterns.append(re.compile(r"(?:" + f + r")(?![\w])",
                                            flags & ~re.IGNORECASE if lower_case else flags))
            self.lowered.append(lower_case)
        self.leading = [_leading_words(f, whole_words=True) for f in fragments]
        self.required = [_required(f, whole_words=True) if words is None else None
                         for f, words in zip(fragments, self.leading, strict=True)]
        self.by_key: dict[str, list[int]] = {}
        self.always: list[int] = []
        for index, fragment in enumerate(fragments):
            triggers = _triggers(fragment, whole_words=True)
            if triggers is None:
                self.always.append(index)
            else:
                for key in triggers:
                    self.by_key.setdefault(key, []).append(index)
        self.keys = frozenset(self.by_key)

    def live(self, keys: set[str]) -> bool:
        return bool(self.always) or not self.keys.isdisjoint(keys)

    def finditer(self, text: str, keys: set[str], start: int = 0,
                 end: int | None = None) -> Iterable[re.Match[str] | Hit]:
        live = self.keys & keys
        if not live and not self.always:
            return ()
        chosen = set(self.always)
        for key in live:
            chosen.update(self.by_key[key])
        return self._matches(text, sorted(chosen), start, len(text) if end is None else end)

    def _matches(self, text: str, chosen: list[int], start: int,
                 end: int) -> Iterator[re.Match[str] | Hit]:
        lowered = _lowered(text)
        for index in chosen:
            if self.leading[index] is None and _lacks(lowered, text, self.required[index]):
                continue
            target = lowered if self.lowered[index] else text
            for m in _anchored(self.patterns[index], target, lowered, self.leading[index],
                               start, end):
                if _starts_word(text, m.start()):
                    yield Hit(text, m.start(), m.end()) if target is lowered else m


def _words_rule(fragments: list[str], flags: int = re.IGNORECASE) -> _Phrases | None:
    """Phrases matched as whole words, or None for an empty list."""
    return _Phrases(fragments, flags) if fragments else None


class _Sentences:
    """The sentence spans of a post, worked out only if some signal needs them."""

    __slots__ = ("_spans", "_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = _sentence_spans(self.text)
        return self._spans

    def of(self, position: int) -> tuple[int, int]:
        spans = self.spans
        if self._starts is None:
            self._starts = [start for start, _ in spans]
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and position < spans[index][1]:
            return spans[index]
        return position, position + 1


def _break_candidates(text: str) -> list[int]:
    """The offsets, in order, of the characters that may begin a sentence break."""
    candidates = []
    for char in _ASCII_BREAK_CHARS if text.isascii() else _BREAK_CHARS:
        if char not in text:
            continue  # "in" is a memchr; a find() call costs several times more
        at = text.find(char)
        while at >= 0:
            candidates.append(at)
            at = text.find(char, at + 1)
    candidates.sort()
    return candidates


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences and lines; a spaced dash before a capital and a closing emoji also
    end one. (The break characters are found first: one small pattern is faster.)"""
    spans = []
    start = position = 0
    for at in _break_candidates(text):
        if at < position:
            continue  # inside the break just taken ("!!! ")
        position = at + 1
        char = text[at]
        if char in "–—":
            if not (at and text[at - 1].isspace()):
                continue  # a dash inside a word ("7am–10pm")
        elif char in ".!?…" and text[at + 1:at + 2].isalnum():
            continue  # "gov.uk", "3.5": the break pattern needs a space next
        if char == "\n":
            found_end = at + 1  # what _BREAK_RE matches here: the run of line breaks
            while found_end < len(text) and text[found_end] == "\n":
                found_end += 1
        else:
            found = _BREAK_RE.match(text, at)
            if not found:
                continue
            found_end = found.end()
        if char == "." and not (at >= _ABBREVIATION_REACH and
                                text[at - _ABBREVIATION_REACH:at].isalnum()):
            # (After a longer word than any abbreviation, nothing to look up.)
            before = _WORD_BEFORE_RE.search(text, max(0, at - 8), at + 1)
            if before and before.group(1).rstrip(".").lower() in _ABBREVIATIONS:
                continue  # "Sen. Ruiz" does not end a sentence
        end = at - 1 if char in "–—" else at
        # Not blank (a sentence nearly always opens with a letter, so the slice is
        # rarely made).
        if (start < end and not text[start].isspace()) or text[start:end].strip():
            spans.append((start, end))
        start = position = found_end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _around(spans: list[tuple[int, int]], positions: list[int],
            reach: int) -> list[tuple[int, int]]:
    """The stretches of text made of the sentences holding positions and the reach
    sentences either side of each."""
    starts = [start for start, _ in spans]
    last = len(spans) - 1
    wanted = sorted({max(0, bisect_right(starts, p) - 1) for p in positions})
    stretches: list[tuple[int, int]] = []
    for index in wanted:
        start = spans[max(0, index - reach)][0]
        end = spans[min(last, index + reach)][1]
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(end, stretches[-1][1]))
        else:
            stretches.append((start, end))
    return stretches


def _domain_search(domains: list[str]) -> re.Pattern[str]:
    """A pattern found wherever one of domains is: led by the full stop that every
    domain has, and checking the whole domain by looking back from its end, so the
    regex engine jumps from full stop to full stop instead of trying every domain at
    every character."""
    if not all("." in d for d in domains):
        return re.compile("|".join(map(re.escape, domains)))
    by_rest: dict[str, list[str]] = {}
    for domain in domains:
        by_rest.setdefault(domain.split(".", 1)[1], []).append(domain)
    return re.compile(r"\.(?:" + "|".join(
        re.escape(rest) + "(?:" + "|".join("(?<=" + re.escape(d) + ")" for d in group) + ")"
        for rest, group in by_rest.items()) + ")")


def _party_key(label: str) -> str:
    """One spelling per party ("the DUP", "DUP"; "Labour Party", "Labour")."""
    key = fold(label).removeprefix("the ").strip()
    for ending in (" party", "s"):
        key = key.removesuffix(ending)
    return key


def _by_sentence(entities: list[_Entity], starts: list[int]) -> dict[int, list[_Entity]]:
    """Entities grouped by the index of the sentence they start in."""
    buckets: dict[int, list[_Entity]] = {}
    for e in entities:
        buckets.setdefault(max(0, bisect_right(starts, e.start) - 1), []).append(e)
    return buckets


class _Quoted:
    """Spans of words quoted or reported from someone else ("The Minister said:
    ..."), whose opinions are not the author's; found only if something asks."""

    __slots__ = ("_spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: list[tuple[int, int]] | None = None

    def inside(self, start: int, end: int) -> bool:
        """True when start..end lies in a quotation."""
        if self._spans is None:
            text, spans = self.text, []
            if any(q in text for q in "'\"‘“"):
                spans = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]
            if ":" in text:
                spans += [(m.start(), m.end()) for m in _REPORTED_RE.finditer(text)]
            self._spans = sorted(spans)
        spans = self._spans
        index = bisect_right(spans, (start, float("inf"))) - 1
        return any(s <= start and end <= e for s, e in spans[max(0, index - 2):index + 1])


class _Entity:
    """A party, politician, office holder or candidate named in the post."""

    __slots__ = ("end", "kind", "label", "start")

    def __init__(self, start: int, end: int, kind: str, label: str) -> None:
        self.start, self.end, self.kind, self.label = start, end, kind, label

    def described(self) -> str:
        if self.kind == _PARTY:
            return f"a party ({self.label})"
        if self.kind == _POLITICIAN:
            return f"a politician ({self.label})"
        if self.kind == _CANDIDATE:
            return f"a candidate ({self.label})"
        if self.kind == _CONTEXT:
            return f"politics (you tagged it {self.label})"
        if self.kind == _CAUSE:
            return f"a referendum campaign's cause ({self.label})"
        return self.label


Add = Callable[[int, int, str], None]


class Check:
    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None:
        ci = re.IGNORECASE
        self.window = config.get("stance_window", 160)
        if not isinstance(self.window, int) or isinstance(self.window, bool) or self.window < 0:
            raise ValueError("'stance_window' must be a whole number of characters, 0 or more.")
        year = config.get("historical_before_year", 2000)
        if not isinstance(year, int) or isinstance(year, bool) or not 1000 <= year <= 3000:
            raise ValueError("'historical_before_year' must be a year such as 2000.")
        self.historical_before_year = year
        markers = _string_list(config, "historical_markers")
        marker_source = _alternation(markers, "historical_markers") if markers else ""
        self.historical_re = re.compile(r"\b(?:" + marker_source + r")\b", re.IGNORECASE) \
            if markers else None
        # Literals one of which any marker holds: a post without them is not searched.
        self.historical_required = _required(marker_source.lower()) if markers else None

        # Parties.
        parties = _string_list(config, "parties")
        self.party = _words_rule(parties)
        places = config.get("party_places", {})
        if not isinstance(places, Mapping) or not all(
                isinstance(v, str) for v in places.values()):
            raise ValueError("'party_places' must map a party's name to the words that make "
                             "it a place.")
        self.party_places = {name: re.compile(r"\b(?:" + near + r")\b", ci)
                             for name, near in places.items()}
        self.place_before = re.compile(_text_value(config, "party_place_before"), ci)
        self.place_reach = config.get("party_place_reach", 120)
        if not isinstance(self.place_reach, int) or isinstance(self.place_reach, bool) \
                or self.place_reach < 0:
            raise ValueError("'party_place_reach' must be a whole number of characters, 0 or "
                             "more.")
        compounds = _string_list(config, "party_compounds")
        capitalised = config.get("capitalised_parties", {})
        if not isinstance(capitalised, Mapping):
            raise ValueError("'capitalised_parties' must map each word to its exceptions.")
        self.capitalised: list[tuple[_Rule, re.Pattern[str] | None]] = []
        for word, rules in capitalised.items():
            if not isinstance(rules, Mapping):
                raise ValueError(f"'capitalised_parties': the exceptions for '{word}' must be "
                                 "an object.")
            body = r"(?:" + word + r")(?![\w])"
            only = rules.get("only_followed_by")
            after = rules.get("unless_followed_by", [])
            before = rules.get("unless_preceded_by", [])
            if only is not None:
                body = (r"(?:" + body + r"(?=\s*(?:" + _alternation(
                    list(only) + compounds, f"{word}: only_followed_by") + r")(?!\w))"
                    r"|(?<=,\s)(?:" + word + r")(?=[.!?]))")
            elif after:
                exceptions = _alternation(after, f"{word}: unless_followed_by")
                body += r"(?!\s*(?:" + exceptions + r")(?!\w))"
            before_re = re.compile(r"(?:^|\W)(?:" + _alternation(before, f"{word}: "
                                   "unless_preceded_by") + r")\W*$") if before else None
            self.capitalised.append((_Rule(body, 0, word), before_re))

        # Politicians, by name, by title, by office or by account.
        politicians = _string_list(config, "politicians")
        self.politician = _words_rule(politicians, 0)
        self.politician_names = {p.replace("\\", "") for p in politicians}
        not_names = "|".join(_string_list(config, "not_names")) or "(?!)"
        name = r"(?:[A-Z]\.\s?)?(?!(?:" + not_names + r")\b)[A-Z][\w’'-]+"
        titles = _string_list(config, "titles_before_name")
        self.title_words = {t.replace("\\", "").split()[0] for t in titles}
        self.titled = _Rule(
            r"(?:" + _alternation(titles, "titles_before_name") + r")\s+" + name
            + r"(?:\s+(?!(?:" + not_names + r")\b)[A-Z][\w’'-]+)?") if titles else None
        after_titles = _string_list(config, "titles_after_name")
        self.post_nominal = _Rule(
            r"(?:" + _alternation(after_titles, "titles_after_name") + r")\b"
        ) if after_titles else None
        self.roles = _words_rule(_string_list(config, "political_roles"), 0)
        self.not_roles = tuple(_string_list(config, "not_political_roles"))
        self.government = _Rule(_text_value(config, "government_pattern"))
        self.candidate = _Rule(_text_value(config, "candidate_pattern"))
        self.cause = re.compile(_text_value(config, "independence_cause"))
        anchors = [a.lower() for a in _string_list(config, "independence_anchors")]
        # Each anchor with its trigger keys, and a rule only for those keys: a post
        # without one has no cause.
        self.cause_anchors = [(a, _triggers(re.escape(a)) or frozenset()) for a in anchors]
        self.cause_trigger = _Rule("|".join(map(re.escape, anchors))) if anchors else None
        self.dismissive = _Rule(_text_value(config, "dismissive_government"), ci)
        self.described_party = _Rule(_text_value(config, "described_party"), ci)
        # (plain patterns, not rules: searched only once a "this lot" or a Yes vote is
        # found, so their words need not be looked for in every post)
        self.dismissive_context = re.compile(r"\b(?:" + _text_value(
            config, "dismissive_government_context") + r")\b", ci)
        self.handle_re = re.compile(_text_value(config, "politician_handles"))
        self.standing = _Rule(_text_value(config, "standing_for_office"))
        self.not_electoral = set(_string_list(config, "not_electoral_before_candidate"))
        name_before = re.compile(r"\b[A-Z][a-z][\w’'-]*\s+$")
        # Each rule: kind, what must come just before the match (the entity then
        # starts there), and what may come just after it instead.
        single_rules: list[tuple[_Rule, str, re.Pattern[str] | None, re.Pattern[str] | None]]
        single_rules = [(rule, kind, before, after) for rule, kind, before, after in (
            (self.titled, _POLITICIAN, None, None),
            (self.post_nominal, _POLITICIAN, name_before, None),
            (self.government, _OFFICIAL,
             re.compile(_text_value(config, "government_before")), None),
            (self.standing, _CANDIDATE,
             re.compile(_text_value(config, "standing_for_office_before")), None),
            (self.candidate, _CANDIDATE, re.compile(_text_value(config, "candidate_before")),
             re.compile(_text_value(config, "candidate_after")))) if rule]
        single_rules += [(rule, _PARTY, None, None) for rule, _ in self.capitalised]
        self.entity_rules = single_rules
        self.entity_leading = [_leading_words(rule.pattern.pattern) for rule, *_ in single_rules]
        self.entity_required = [
            _required(rule.pattern.pattern) if words is None else None
            for (rule, *_), words in zip(single_rules, self.entity_leading, strict=True)]
        self.entity_rules_by_key: dict[str, list[int]] = {}
        self.entity_rules_always: list[int] = []
        for index, (rule, *_) in enumerate(single_rules):
            if rule.triggers is None:
                self.entity_rules_always.append(index)
            else:
                for key in rule.triggers:
                    self.entity_rules_by_key.setdefault(key, []).append(index)
        self.entity_keys = frozenset(self.entity_rules_by_key)
        self.before_rules = {id(rule): before for rule, before in self.capitalised}

        # Hashtags.
        partisan_tags = _string_list(config, "partisan_hashtags")
        election_tags = _string_list(config, "election_hashtags")
        self.election_tag_re = re.compile(
            "(?:" + _alternation(election_tags, "election_hashtags") + ")"
        ) if election_tags else None
        named = _plain_names(politicians + parties + list(capitalised))
        party_names = _plain_names(parties)
        places = _string_list(config, "campaign_places")
        endings = _string_list(config, "ouster_hashtag_endings")
        pieces = []
        if named:
            names = "|".join(named)
            if endings:
                pieces.append(r"(?:" + names + r")(?:" + "|".join(endings) + r")")
            pieces.append(r"(?:Team|I?Stand[Ww]ith|Back|Backing|BothVotes)?(?:" + names
                          + r")(?:20\d\d|4\w+)?")
        if places:
            pieces.append(r"[A-Z][a-z]+(?:For|4)(?:" + "|".join(places) + r")(?:20\d\d)?")
        if party_names:
            pieces.append(r"(?i:" + "|".join(party_names) + r")")
        self.named_tag_re = re.compile("(?:" + "|".join(pieces) + ")") if pieces else None
        self.slogan = _words_rule(_string_list(config, "slogans"))

        # Telling people how to vote.
        stop = "|".join(_string_list(config, "vote_object_stopwords")) or "(?!)"
        vote_party = "|".join(sorted(parties + list(capitalised), key=len, reverse=True))
        # A name of up to three words ("Vote Ramirez", "voting for Jim Kostas").
        person = (r"(?:[A-Z]\.\s?)?(?!(?:" + stop + r")\b)(?:[A-Z][a-z][\w’'-]*(?:\s+(?!(?:Act|"
                  r"Bill|Amendment|Resolution|Awards?|Prize|Week|Day|Month)\b)[A-Z][a-z]"
                  r"[\w’'-]*){0,2}|[A-Z]{2,5}(?![\w]))")
        vote_verbs = _text_value(config, "vote_verbs")
        self.vote = _Rule(
            r"(?P<verb>(?i:" + vote_verbs + r"))\s+"
            # ("Vote 1 Harrison": the first preference on a ranked ballot)
            r"(?:(?i:for|against)\s+)?(?:(?:1|\[1\]|#1)\s+)?(?:(?i:the)\s+)?"
            r"(?:(?P<party>(?i:" + vote_party + r"))(?!\w)"
            r"|(?P<pronoun>them|him|her|this\s+lot|that\s+lot)\b"
            r"|(?P<person>" + person + r")(?!\w))", 0, vote_verbs)
        # A preference order: "number one Labour, number two the Soc Dems".
        self.preference = _Rule(
            r"(?i:number)\s+(?i:one|two|three|1|2|3)\s+(?:(?i:the)\s+)?(?:(?i:"
            + "|".join(parties) + r")|" + "|".join(capitalised) + r")(?!\w)", 0, "number")
        self.put_last = _Rule(r"(?i:put)\s+(?:(?i:the)\s+)?(?P<object>[A-Z][\w’'-]+"
                              r"(?:\s+[A-Z][\w’'-]+)?|them|him|her)\s+(?i:last)\b", 0, "put")
        self.vote_word_re = re.compile(r"\b(?:" + _text_value(config, "vote_verbs") + r")\b", ci)
        self.award_re = re.compile(r"\b(?:" + _text_value(config, "award_context") + r")\b", ci)
        self.not_a_name_after = re.compile(r"\s+(?:Act|Bill|Amendment|Resolution|Awards?|Prize|"
                                           r"Week|Day|Month)\b")
        self.phrase_end = re.compile(r"\s*(?:[!.,;:)]|$|\s+(?:on|in|for|this|next|today|"
                                     r"tomorrow|#))")

        # Campaigning, donations and party sites.
        self.campaign = _words_rule(_string_list(config, "campaign_activity"))
        self.standing_words = _words_rule([_text_value(config, "standing_for_election")])
        self.standing_before = re.compile(_text_value(config, "standing_before"), ci)
        self.campaign_target = _words_rule(_string_list(config, "campaign_with_target")
                                           + _string_list(config, "party_event_participation"))
        fundraising = _text_value(config, "fundraising")
        self.fundraising = _Rule(r"\b(?:" + fundraising + r")\b", ci, fundraising)
        # Money for someone's election, named or not: "chipped in to Ann's crowdfunder
        # for the by-election".
        self.election_fund = _Rule(
            r"\b(?:" + fundraising + r")\b[^.!?\n]{0,80}?\b(?:for\s+(?:the\s+|a\s+|an\s+|"
            r"their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}?(?:by-?|re-?)?election"
            r"(?:\s+(?:campaign|bid|fund))?\b(?!\s+(?:count|counts|staff|officers?|officials?"
            r"|workers?|volunteers?))"
            # ("chipped in to Sam's campaign for the Wirral seat")
            r"|campaign\s+for\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){1,2}(?:seat|constituency|"
            r"mayoralty)\b(?!\s+(?:(?-i:[A-Z])|scheme|safety|belts?|covers?)))", ci, fundraising)
        self.donation_domains = [d.lower() for d in _string_list(config, "donation_domains")]
        self.party_domains = [d.lower() for d in _string_list(config, "party_domains")]
        domains = self.donation_domains + self.party_domains
        # Matched in the lower-cased post, and only when it has a domain's first word.
        self.link = _Rule("|".join(map(re.escape, domains))) if domains else None
        self.link_search = _domain_search(domains) if domains else None

        # Opinion words.
        self.insult = _words_rule(_string_list(config, "insults"))
        self.judgement = _words_rule(_string_list(config, "judgements"))
        self.judged_nouns = {w.lower() for w in _string_list(config, "judged_nouns")}
        self.function_words = {w.lower() for w in _string_list(config, "function_words")}
        self.endorsement = _words_rule(_string_list(config, "endorsement"))
        self.praise = _words_rule(_string_list(config, "praise"))
        self.engagement = {w.lower() for w in _string_list(config, "engagement_words")}
        raise_mentions = config.get("raise_party_mentions", True)
        if not isinstance(raise_mentions, bool):
            raise ValueError("'raise_party_mentions' must be true or false.")
        self.raise_mentions = raise_mentions
        self.neutral_words = {w.lower() for w in _string_list(config, "neutral_context_words")}
        self.reaction = _words_rule(_string_list(config, "reactions"))
        self.markers = _words_rule([m for m in _string_list(config, "partisan_markers")
                                    if m[:1].isalnum() or m[:1] == "\\"])
        self.marker_symbols = tuple(m for m in _string_list(config, "partisan_markers")
                                    if not (m[:1].isalnum() or m[:1] == "\\"))
        people = _string_list(config, "political_people")
        self.sentiment = self._sentiment_words(config)
        self.political_person_re = re.compile(
            r"\s+(?:(?:local|real|true|great|new|\w+ly)\s+)?(?:" + _alternation(
                people, "political_people") + r")\b", ci) if people else None
        ousting = _string_list(config, "ousting")
        # Phrases that name someone ("kick Starmer out") are matched case-sensitively
        # and count only when the name is a politician's.
        self.ousting = [(rule, names) for rule, names in (
            (_words_rule([o for o in ousting if "[A-Z]" not in o]), False),
            (_words_rule([o for o in ousting if "[A-Z]" in o], 0), True)) if rule]
        self.motive = _words_rule(_string_list(config, "electoral_motive"))
        self.election = _words_rule(_string_list(config, "election_context"))
        self.impartial = _words_rule(_string_list(config, "impartial_markers"))

        # Sides taken without a name, reposts of party accounts, referendums.
        self.sides = _words_rule(_string_list(config, "partisan_phrases"))
        self.change = _words_rule([_text_value(config, "change_of_government")])
        self.change_before = re.compile(_text_value(config, "change_wanted_before"), ci)
        self.change_after = re.compile(_text_value(config, "change_wanted_after"), ci)
        self.change_plain = re.compile(_text_value(config, "change_before"), ci)
        # Matched backwards from each "@": the marker ends just before the handle.
        self.repost_before = re.compile(r"(?<![\w@])" + _text_value(config, "repost_markers")
                                        + r"\s*:?\s*$")
        handles = _string_list(config, "party_handle_names")
        self.party_handle_re = re.compile(
            r"(?:the|uk|welsh|scottish|scot|team)?_?(?:" + _alternation(
                [h.lower() for h in handles], "party_handle_names")
            + r")(?:_?uk|_?hq|press)?") if handles else None
        branches = _string_list(config, "party_branch_handle_names")
        self.party_branch_handle_re = re.compile(
            r"[a-z]{2,20}_?(?:" + _alternation([h.lower() for h in branches],
                                                 "party_branch_handle_names")
            + r")(?:_?uk|_?hq|press)?") if branches else None
        handle_names = {_REGEX_SYNTAX_RE.sub("", p).replace(" ", "").lower() for p in politicians}
        self.politician_handle_re = re.compile("|".join(
            map(re.escape, sorted(handle_names - {""}, key=len, reverse=True)))) \
            if handle_names - {""} else None
        prefixes = _string_list(config, "party_hashtag_prefixes")
        self.party_tag_exceptions = [
            (re.compile(word), re.compile("(?i:" + _alternation(
                list(rules["unless_followed_by"]), word) + ")"))
            for word, rules in capitalised.items() if rules.get("unless_followed_by")]
        self.party_tag_before = [(re.compile(word), set(rules["unless_preceded_by"]))
                                 for word, rules in capitalised.items()
                                 if rules.get("unless_preceded_by")]
        neutral_endings = _string_list(config, "neutral_hashtag_endings")
        self.neutral_tag_endings = re.compile(
            "(?i:" + _alternation(neutral_endings, "neutral_hashtag_endings") + ")"
        ) if neutral_endings else None
        protest = _string_list(config, "protest_hashtags")
        # One pattern tells the kinds of hashtag apart, so that each hashtag is matched
        # once, the first kind that fits winning: partisan, a party's or politician's
        # name (alone, or with a word), a protest, an election.
        kinds_of_tag = []
        if partisan_tags:
            kinds_of_tag.append("(?P<partisan>(?i:" + _alternation(
                partisan_tags, "partisan_hashtags") + "))")
        if self.named_tag_re:
            kinds_of_tag.append("(?P<named>" + self.named_tag_re.pattern + ")")
        if prefixes:
            # (a nation may come first: #NZLabour, #ScotTories)
            kinds_of_tag.append("(?P<party>(?P<nation>" + _alternation(
                _string_list(config, "party_hashtag_nations") or ["(?!)"],
                "party_hashtag_nations") + ")?(?P<prefix>" + _alternation(
                prefixes, "party_hashtag_prefixes") + r")(?:(?P<rest>[A-Z0-9][a-z0-9]*)\w*)?)")
        if protest:
            kinds_of_tag.append("(?P<protest>" + _alternation(protest, "protest_hashtags") + ")")
        if self.election_tag_re:
            kinds_of_tag.append("(?P<election>" + self.election_tag_re.pattern + ")")
        self.tag_re = re.compile("|".join(kinds_of_tag)) if kinds_of_tag else None
        self.referendum_vote = _words_rule([_text_value(config, "referendum_vote")])
        self.referendum_context = re.compile(_text_value(config, "referendum_context"), ci)
        self.welsh_vote = _Rule(_text_value(config, "welsh_vote"))
        self.coy = _words_rule(_string_list(config, "coy_steers"))
        self.steer_context = _words_rule(_string_list(config, "steer_context"))
        self.ballot_symbols = tuple(_string_list(config, "ballot_symbols"))
        self.colour_symbols = tuple(_string_list(config, "party_colour_symbols"))
        self.keys = _Keys(self._triggers())

    @staticmethod
    def _sentiment_words(config: Mapping[str, Any]) -> frozenset[str]:
        """The negative judgement words of the sentiment lexicon, if it is used."""
        use = config.get("use_sentiment_lexicon", True)
        if not isinstance(use, bool):
            raise ValueError("'use_sentiment_lexicon' must be true or false.")
        threshold = config.get("sentiment_threshold", -1.5)
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or \
                not -4 <= threshold < 0:
            raise ValueError("'sentiment_threshold' must be a number from -4 up to (not "
                             "including) 0; lower means only stronger words count.")
        if not use:
            return frozenset()
        subjects = {w.lower() for w in _string_list(config, "sentiment_subject_words")}
        return frozenset(w for w, score in _sentiment_lexicon().items()
                         if score <= threshold and w.isalpha() and w not in subjects)

    def _triggers(self) -> set[str]:
        """Every trigger word of every rule."""
        triggers: set[str] = set()
        for value in vars(self).values():
            for item in value if isinstance(value, list) else [value]:
                # marker_symbols is empty when every partisan marker is a word.
                if isinstance(item, tuple):
                    item = item[0] if item else None
                if isinstance(item, _Rule) and item.triggers:
                    triggers |= item.triggers
                elif isinstance(item, _Phrases):
                    triggers |= item.keys
        return triggers

    # ---- what the post names -------------------------------------------------

    def _entities(self, text: str, keys: set[str]) -> list[_Entity]:
        found: list[_Entity] = []
        for phrases, kind in ((self.party, _PARTY), (self.politician, _POLITICIAN)):
            if phrases:
                found.extend(_Entity(m.start(), m.end(), kind, m.group())
                             for m in phrases.finditer(text, keys)
                             if kind != _PARTY or not self._place(text, m))
        if self.roles:
            for m in self.roles.finditer(text, keys):
                around = text[max(0, m.start() - 25):m.end() + 25]
                if any(title in around for title in self.not_roles):
                    continue  # "Permanent Secretary" is a civil servant
                found.append(_Entity(m.start(), m.end(), _OFFICIAL, m.group()))
        chosen = set(self.entity_rules_always)
        for key in self.entity_keys & keys:
            chosen.update(self.entity_rules_by_key[key])
        lowered = _lowered(text)
        for index in sorted(chosen):
            rule, kind, before, after = self.entity_rules[index]
            if self.entity_leading[index] is None and \
                    _lacks(lowered, text, self.entity_required[index]):
                continue
            for m in _anchored(rule.pattern, text, lowered, self.entity_leading[index], 0,
                               len(text)):
                start = m.start()
                if start and (text[start - 1].isalnum() or text[start - 1] in "_'’#@"):
                    continue  # inside a word, a hashtag or a handle
                if before:
                    preceding = before.search(text, max(0, start - 60), start)
                    if preceding and rule is self.candidate and \
                            preceding.group().split()[0] in self.not_electoral:
                        preceding = None
                    if preceding:
                        start = preceding.start()
                        if rule is self.candidate:
                            start = m.start()
                    elif not (after and after.match(text, m.end())):
                        continue
                if kind == _PARTY:
                    exception = self.before_rules.get(id(rule))
                    if exception and exception.search(text, max(0, start - 40), start):
                        continue
                    if _TITLE_CASE_NAME_RE.match(text, m.end()):
                        continue  # "the Welfare Reform Act"
                found.append(_Entity(start, m.end(), kind, text[start:m.end()]))
        if "@" in text:
            found.extend(_Entity(m.start(), m.end(), _POLITICIAN, m.group())
                         for m in self.handle_re.finditer(text))
        if self.cause_trigger and self.cause_trigger.live(keys):
            causes: dict[tuple[int, int], str] = {}
            for anchor, anchor_keys in self.cause_anchors:
                if anchor_keys.isdisjoint(keys):
                    continue
                for at in _word_positions(lowered, anchor):
                    for m in self.cause.finditer(text, max(0, at - 45), at + 45):
                        causes[m.span()] = m.group()
            found.extend(_Entity(start, end, _CAUSE, label)
                         for (start, end), label in causes.items())
        if self.described_party.live(keys):
            found.extend(_Entity(m.start(), m.end(), _PARTY, m.group())
                         for m in self.described_party.finditer(text, keys)
                         if not m.start() or not text[m.start() - 1].isalnum())
        if self.dismissive.live(keys):
            # Tried only just before each "lot": a scan of a long post costs more.
            lots = [m for at in _word_positions(lowered, "lot")
                    for m in self.dismissive.pattern.finditer(text, max(0, at - 16), at + 12)
                    if m.end() > at]
            if lots and (found or self.dismissive_context.search(text)):
                found.extend(_Entity(m.start(), m.end(), _OFFICIAL, m.group()) for m in lots)
        # "Dems" inside "Lib Dems" is the same party: keep the longer name.
        found.sort(key=lambda e: (e.start, e.start - e.end))
        kept: list[_Entity] = []
        for e in found:
            if kept and e.end <= kept[-1].end and e.kind == kept[-1].kind:
                continue
            kept.append(e)
        return kept

    def _place(self, text: str, m: re.Match[str] | Hit) -> bool:
        """A party's name that is a place here: "Arranmore and Tory" on island fieldwork."""
        near = self.party_places.get(m.group())
        if near is None or not self.place_before.search(text, max(0, m.start() - 12),
                                                        m.start()):
            return False
        start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - self.place_reach)
        end = text.find("\n", m.end())
        end = min(len(text) if end < 0 else end, m.end() + self.place_reach)
        return near.search(text, start, end) is not None

    def _tag_kinds(self, text: str) -> list[tuple[re.Match[str], re.Match[str] | None]]:
        """Each hashtag, with its match of tag_re (whose lastgroup names its kind)."""
        if "#" not in text or not self.tag_re:
            return []
        return [(m, self.tag_re.fullmatch(m.group(1))) for m in _HASHTAG_RE.finditer(text)]

    def _political_hashtags(self, tags: list[tuple[re.Match[str], re.Match[str] | None]]
                            ) -> list[_Entity]:
        """Hashtags that mark a post as political commentary (#auspol, #GE2024)."""
        if not self.election_tag_re:
            return []
        return [_Entity(m.start(), m.end(), _CONTEXT, m.group()) for m, kind in tags
                if kind and (kind.lastgroup == "election"
                             or self.election_tag_re.fullmatch(m.group(1)))]

    def _historical(self, text: str, start: int, end: int) -> bool:
        return any(int(y) < self.historical_before_year
                   for y in _YEAR_RE.findall(text, start, end))

    def _historical_words(self, text: str, start: int, end: int) -> bool:
        """True when words place the sentence in the past ("the post-war government").
        (Asked only before a bare mention is raised: opinion words in such a sentence
        are rare, and asking for every sentence costs more.)"""
        return bool(self.historical_re and _holds_any(text, self.historical_required)
                    and self.historical_re.search(text, start, end))


    @staticmethod
    def _employer_note(post: Post) -> str:
        author = post.author
        profile = fold(author.profile)
        named = [n for n in (author.department_short, author.department) if n]
        if any(fold(n) in profile for n in named) or "@" in author.profile:
            return (" Your profile says where you work, so readers may take this as your "
                    "department's view.")
        return ""

    # ---- find ----------------------------------------------------------------

    def learned_applies(self, post: Post) -> bool:
        """False for a post that talks of voting beside an award, a poll or a competition
        ("vote for your favourite mural") and names no party, politician, election or
        political hashtag: the model reads any "vote for" as politics."""
        text = post.text
        if not text or not (self.vote_word_re.search(text) and self.award_re.search(text)):
            return True
        keys = self.keys.of(text)
        return bool(self._entities(text, keys)
                    or (self.election and self.election.live(keys))
                    or ("#" in text and self._political_hashtags(self._tag_kinds(text))))

    def find(self, post: Post) -> list[Finding]:
        text = post.text
        if not text:
            return []
        keys = self.keys.of(text)
        if not keys and "#" not in text and "@" not in text and "." not in text:
            return []
        entities = self._entities(text, keys)
        tag_kinds = self._tag_kinds(text)
        tags = self._political_hashtags(tag_kinds)
        has_link = "." in text and self.link is not None and self.link.live(keys) and \
            self.link_search.search(_lowered(text)) is not None
        live = [rule for rule in (self.vote, self.put_last, self.campaign, self.slogan,
                                  self.standing_words, self.welsh_vote, self.election_fund)
                if rule and rule.live(keys)]
        reposts = self._repost_spans(text) if "@" in text else []
        # Phrases that need no one named: a post with none of them, and nothing else
        # political, stops here. (Wanting someone gone needs no name when an election
        # is mentioned.)
        sides = self._side_matches(text, keys) if (self.sides and self.sides.live(keys)) or (
            self.change and self.change.live(keys)) else []
        steers = self._coy_steers(text, keys, tag_kinds)
        if not (entities or "#" in text or live or has_link or reposts or sides or steers) and not (
                self.election and self.election.live(keys)
                and any(rule.live(keys) for rule, _ in self.ousting)):
            return []

        findings: dict[tuple[int, int], Finding] = {}
        note: list[str] = []

        def add(start: int, end: int, message: str) -> None:
            if end > start and (start, end) not in findings:
                if not note:
                    note.append(self._employer_note(post))
                findings[(start, end)] = finding(text, start, end, message + note[0])

        def raised(start: int, end: int) -> bool:
            return any(start <= f_start < end or f_start <= start < f_end
                       for f_start, f_end in findings)

        sentences = _Sentences(text)
        quoted = _Quoted(text)
        self._hashtags(text, tag_kinds, add)
        self._slogans(text, keys, add)
        self._votes(text, keys, entities, sentences, add)
        self._campaigning(text, keys, entities, sentences, add)
        self._sides(sides, quoted, add)
        if reposts:
            self._reposts(reposts, text, add)
        if has_link:
            self._links(text, add)
        election = [m.start() for m in self.election.finditer(text, keys)] \
            if self.election else []
        self._ousting(text, keys, entities, tags, election, sentences, quoted, add)
        if entities or tags:
            self._opinions(text, keys, entities, tags, sentences, quoted, add, raised)
            self._motives(text, keys, entities, add)
        self._steers(steers, text, add)
        if entities:
            self._election_praise(text, keys, entities, election, sentences, add)
            self._scare_quotes(text, entities, add)
            self._sneers(text, entities, sentences, add)
        return _without_overlaps(findings.values())

    # ---- signals ---------------------------------------------------------------

    def _hashtags(self, text: str, tags: list[tuple[re.Match[str], re.Match[str] | None]],
                  add: Add) -> None:
        for m, kind in tags:
            group = kind.lastgroup if kind else None
            if group is None or group == "election":
                continue
            if group == "partisan":
                add(m.start(), m.end(), f"‘{m.group()}’ is a party-political campaign or "
                    f"protest hashtag, so the post takes a side. {IMPARTIAL} Remove the hashtag "
                    "and any opinion about parties; if the topic matters, stick to the facts "
                    "about the policy.")
            elif group == "named" or (group == "party" and kind is not None and self._party_tag(
                    kind.group("prefix"), kind.group("rest"), kind.group("nation"))):
                add(m.start(), m.end(), f"‘{m.group()}’ is a hashtag for a party, politician or "
                    f"campaign, and using it lines you up with one side. {IMPARTIAL} Remove "
                    "it, and link the official source for any policy facts instead.")
            elif group == "protest":
                add(m.start(), m.end(), f"‘{m.group()}’ is a protest or referendum-campaign "
                    f"hashtag, so the post takes a side. {IMPARTIAL} Remove the hashtag; if "
                    "the topic matters, stick to the facts about the policy.")

    def _party_tag(self, party: str, rest: str | None, nation: str | None) -> bool:
        """True for a party's name joined to another word (#LabourDelivers) or after a
        nation (#NZLabour), unless the words make the party word ordinary
        (#LabourMarket, #UKNationals) or a neutral topic."""
        if nation and any(word.fullmatch(party) and nation in before
                          for word, before in self.party_tag_before):
            return False
        if rest is None:
            return bool(nation)
        if self.neutral_tag_endings and self.neutral_tag_endings.fullmatch(rest):
            return False
        return not any(word.fullmatch(party) and exceptions.fullmatch(rest)
                       for word, exceptions in self.party_tag_exceptions)

    def _slogans(self, text: str, keys: set[str], add: Add) -> None:
        if self.slogan:
            for m in self.slogan.finditer(text, keys):
                add(m.start(), m.end(), f"‘{m.group()}’ is a party campaign slogan; repeating "
                    f"it, for or against, brings party politics into the post. {IMPARTIAL} "
                    "Remove the slogan and describe the policy in neutral, factual terms.")

    def _votes(self, text: str, keys: set[str], entities: list[_Entity],
               sentences: _Sentences, add: Add) -> None:
        message = (f"tells people how to vote. {IMPARTIAL} Don't urge a vote for or against "
                   "any party or candidate; a neutral reminder to register or to vote, with an "
                   "official link, is fine.")
        partisan = [e for e in entities if e.kind in _PARTISAN_KINDS]
        for m in self.vote.finditer(text, keys):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
                continue
            if m.group("pronoun"):
                if not partisan:
                    continue  # "vote for them" takes a side only when someone is named
            elif m.group("person"):
                start, end = m.span("person")
                if not any(e.start <= start < e.end for e in partisan):
                    # A capitalised word that no list knows is a name when it ends the
                    # phrase ("Vote Ramirez!") and the vote is not for an award.
                    if m.group("verb").lower().startswith("elect"):
                        continue
                    if self.not_a_name_after.match(text, end) or not self.phrase_end.match(
                            text, end):
                        continue
                    if self.award_re.search(text, *sentences.of(m.start())):
                        continue
            add(m.start(), m.end(), f"‘{m.group()}’ {message}")
        if self.welsh_vote.live(keys):
            for m in self.welsh_vote.finditer(text, keys):
                add(m.start(), m.end(), f"‘{m.group()}’ {message}")
        if self.referendum_vote and self.referendum_vote.live(keys):
            votes = list(self.referendum_vote.finditer(text, keys))
            if not (votes and self.referendum_context.search(text)):
                votes = []
            for m in votes:
                add(m.start(), m.end(), f"‘{m.group()}’ takes a side in a referendum. "
                    f"{IMPARTIAL} Leave the campaigning to the campaigns; a neutral reminder "
                    "to vote, with an official link, is fine.")
        for m in self.preference.finditer(text, keys):
            add(m.start(), m.end(), f"‘{m.group()}’ {message}")
        for m in self.put_last.finditer(text, keys):
            start = m.start("object")
            if (m.group("object") in ("them", "him", "her") and partisan) or any(
                    e.start <= start < e.end for e in partisan):
                add(m.start(), m.end(), f"‘{m.group()}’ {message}")

    def _campaigning(self, text: str, keys: set[str], entities: list[_Entity],
                     sentences: _Sentences, add: Add) -> None:
        message = (f"describes campaigning or standing for a party or candidate. {IMPARTIAL} "
                   "Many civil servants may not take part in party politics at all, and none "
                   "should on an account linked to their work: remove it, and check your "
                   "department's rules on political activity.")
        if self.campaign:
            for m in self.campaign.finditer(text, keys):
                add(m.start(), m.end(), f"‘{m.group()}’ {message}")
        if self.standing_words:
            for m in self.standing_words.finditer(text, keys):
                before = self.standing_before.search(text, max(0, m.start() - 30), m.start())
                if before:
                    add(before.start(), m.end(),
                        f"‘{text[before.start():m.end()]}’ {message}")
        for m in self.election_fund.finditer(text, keys):
            add(m.start(), m.end(), f"‘{m.group()}’ asks for or mentions money for an "
                f"election campaign. {IMPARTIAL} Many public servants may never ask for "
                "political donations: remove it.")
        partisan = [e for e in entities if e.kind in _PARTISAN_KINDS]
        if not partisan:
            return

        def in_partisan_sentence(position: int) -> bool:
            s_start, s_end = sentences.of(position)
            return any(s_start <= e.start < s_end for e in partisan)

        if self.campaign_target:
            for m in self.campaign_target.finditer(text, keys):
                if in_partisan_sentence(m.start()):
                    add(m.start(), m.end(), f"‘{m.group()}’ {message}")
        for m in self.fundraising.finditer(text, keys):
            if in_partisan_sentence(m.start()):
                add(m.start(), m.end(), f"‘{m.group()}’ asks for or mentions money for a party "
                    f"or candidate. {IMPARTIAL} Many public servants may never ask for "
                    "political donations (in the US, not at any time under the Hatch Act): "
                    "remove it.")

    def _side_matches(self, text: str, keys: set[str]) -> list[re.Match[str] | Hit]:
        """Phrases that take a side on who should govern with no party named."""
        matches: list[re.Match[str] | Hit] = []
        lowered = _lowered(text)
        if self.change and self.change.live(keys):
            # (the government rule has found where "government" is already)
            for m in self.change.finditer(text, keys):
                before = lowered[max(0, m.start() - 20):m.start()]
                if "change" not in before and "new" not in before:
                    continue  # neither "a change of government" nor "a new government"
                wanted = self.change_before.search(text, max(0, m.start() - 60), m.start())
                if not wanted and self.change_after.match(text, m.end()):
                    wanted = self.change_plain.search(text, max(0, m.start() - 20), m.start())
                if wanted:
                    matches.append(Hit(text, wanted.start(), m.end()))
        if self.sides:
            matches += self.sides.finditer(text, keys)
        return matches

    def _sides(self, matches: list[re.Match[str] | Hit], quoted: _Quoted, add: Add) -> None:
        for m in matches:
            if quoted.inside(m.start(), m.end()):
                continue
            add(m.start(), m.end(), f"‘{m.group()}’ takes a side on who should govern. "
                f"{IMPARTIAL} Keep views on parties and governments off any account linked "
                "to your work.")

    def _repost_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Each "RT @handle" (or "via @handle", ...): its span and the handle."""
        found = []
        at = text.find("@")
        while at >= 0:
            handle = _HANDLE_RE.match(text, at + 1)
            if handle:
                marker = self.repost_before.search(text, max(0, at - 16), at)
                if marker:
                    found.append((marker.start(), handle.end(), handle.group()))
                elif text.startswith(":", handle.end()):
                    # "@handle: their words" quotes the account
                    found.append((at, handle.end() + 1, handle.group()))
            at = text.find("@", at + 1)
        return found

    def _reposts(self, reposts: list[tuple[int, int, str]], text: str, add: Add) -> None:
        """A repost or quote of a party's or a politician's account."""
        for start, end, handle in reposts:
            plain = handle.replace("_", "").lower()
            if (self.party_handle_re and self.party_handle_re.fullmatch(handle.lower())) or (
                    self.party_branch_handle_re
                    and self.party_branch_handle_re.fullmatch(handle.lower())) or \
                    self.handle_re.fullmatch("@" + handle) or \
                    (self.politician_handle_re and self.politician_handle_re.search(plain)):
                add(start, end, f"‘{text[start:end]}’ reposts or quotes a party's or "
                    f"politician's account, which passes on their message as yours. "
                    f"{IMPARTIAL} Don't share party or campaign content; link the official "
                    "source for any policy facts.")

    def _links(self, text: str, add: Add) -> None:
        for start, end, url in urls(text):
            host = url_host(url)
            if host_matches(host, self.donation_domains):
                add(start, end, f"This links to a political fundraising page ({host}). "
                    f"{IMPARTIAL} Many public servants may never ask for political donations "
                    "(in the US, not at any time under the Hatch Act): remove the link.")
            elif host_matches(host, self.party_domains):
                add(start, end, f"This links to a political party's website ({host}), which "
                    f"promotes the party. {IMPARTIAL} Remove the link; for policy facts, link "
                    "the official government page.")

    def _ousting(self, text: str, keys: set[str], entities: list[_Entity],
                 tags: list[_Entity], election: list[int], sentences: _Sentences,
                 quoted: _Quoted, add: Add) -> None:
        voting = any(key[:3] == "vot" for key in keys)
        if tags or voting:
            stretches = [(0, len(text))]
        elif entities or election:
            # Wanting someone gone is said next to them, or next to the election: in a
            # long post only the sentences around those are searched.
            stretches = _around(sentences.spans, [e.start for e in entities] + election, 2)
        else:
            return
        for rule, names_someone in self.ousting:
            for m in (m for start, end in stretches for m in rule.finditer(text, keys, start, end)):
                if quoted.inside(m.start(), m.end()):
                    continue
                phrase = m.group()
                if not (entities or election or tags or phrase[:3].lower() == "vot"):
                    continue  # "vote them out" needs no one named to take a side
                inside = [e for e in entities if m.start() <= e.start and e.end <= m.end()]
                if names_someone and re.search(r"\s[A-Z]", phrase) and not inside:
                    continue  # "get Covid out", "if England win" name no one political
                if re.match(r"(?i:must|should)\s+(?:go|resign)", phrase) and not any(
                        e.kind != _CANDIDATE and 0 <= m.start() - e.end <= 25 for e in entities):
                    continue
                add(m.start(), m.end(), f"‘{phrase}’ says you want a party, politician or "
                    f"government gone. {IMPARTIAL} Keep views on who should govern off any "
                    "account linked to your work.")

    def _opinions(self, text: str, keys: set[str], entities: list[_Entity],
                  tags: list[_Entity], sentences: _Sentences,
                  quoted: _Quoted, add: Add,
                  raised: Callable[[int, int], bool]) -> None:
        """Opinion words in a sentence that names, or follows one that names, a political
        actor, or anywhere in a post tagged as political commentary."""
        spans = sentences.spans
        starts = [start for start, _ in spans]
        buckets = _by_sentence(entities, starts)
        if self.impartial and buckets:
            for m in self.impartial.finditer(text, keys):
                buckets.pop(max(0, bisect_right(starts, m.start()) - 1), None)
        near_cache: dict[int, list[_Entity]] = {}

        def near(index: int) -> list[_Entity]:
            if index not in near_cache:
                s_start, s_end = spans[index]
                found: list[_Entity] = []
                if not self._historical(text, s_start, s_end):
                    found = list(buckets.get(index, ()))
                    if index > 0 and not self._historical(text, *spans[index - 1]):
                        found += [e for e in buckets.get(index - 1, ())
                                  if s_start - e.end <= self.window]
                near_cache[index] = found + tags[:8]
            return near_cache[index]

        def target(start: int, kinds: tuple[str, ...]) -> _Entity | None:
            index = max(0, bisect_right(starts, start) - 1)
            pool = [e for e in near(index) if e.kind in kinds and not e.start <= start < e.end]
            return min(pool, key=lambda e: abs(e.start - start), default=None)

        def cross_party(e: _Entity) -> bool:
            """True when e sits in a sentence naming two or more parties: praise,
            an "always" or a loosely negative word there is even-handed."""
            index = max(0, bisect_right(starts, e.start) - 1)
            return len({_party_key(p.label) for p in buckets.get(index, ())
                        if p.kind == _PARTY}) > 1

        people = _ALL_KINDS[:4]
        weak = (self.praise, self.reaction, self.markers)
        rules = (
            (self.insult, _ALL_KINDS, "is a judgement about", False),
            (self.judgement, _ALL_KINDS, "is a judgement about", True),
            (self.endorsement, people, "endorses", False),
            (self.reaction, (_PARTY, _CANDIDATE, _CAUSE), "shows how you feel about", False),
            (self.praise, (_PARTY, _CANDIDATE, _CAUSE), "praises", False),
            (self.markers, _PARTISAN_KINDS, "turns what you say into a verdict on", False),
        )
        # Only sentences that name someone, and the ones after them, can hold an
        # opinion about them; a long post is searched in those stretches only.
        if tags:
            stretches = [(0, len(text))]
        else:
            stretches = []
            for index in sorted(buckets):
                start = spans[index][0]
                end = spans[index + 1][1] if index + 1 < len(spans) else spans[index][1]
                if stretches and start <= stretches[-1][1]:
                    stretches[-1] = (stretches[-1][0], max(end, stretches[-1][1]))
                else:
                    stretches.append((start, end))
        for rule, kinds, verb, needs_context in rules:
            if not rule:
                continue
            for m in (m for start, end in stretches for m in rule.finditer(text, keys, start, end)):
                if quoted.inside(m.start(), m.end()):
                    continue
                if needs_context and not self._judges(text, m.end()):
                    continue
                about_kinds = kinds
                if rule is self.praise:
                    if self.political_person_re and self.political_person_re.match(text, m.end()):
                        about_kinds = people  # "a fantastic president" praises the politician
                    elif self._predicative(text, m.end()) and \
                            not self._engagement(text, spans, starts, m.start()):
                        about_kinds = _PARTISAN_KINDS  # "Starmer is brilliant"
                about = target(m.start(), about_kinds)
                if about is None:
                    continue
                if rule is self.praise and about.kind in (_POLITICIAN, _OFFICIAL) and \
                        self._engagement(text, spans, starts, about.start):
                    continue  # "The Minister opened the bridge. The team are proud."
                if rule in weak and cross_party(about):
                    continue  # "Great to see Labour and Green councillors working together"
                add(m.start(), m.end(), f"‘{m.group()}’ {verb} {about.described()}, which "
                    f"reads as a party-political opinion. {IMPARTIAL} {FIX}")
        if self.sentiment:
            self._sentiment(text, buckets, spans, quoted, add, cross_party)
        if self.raise_mentions:
            self._mentions(text, entities, buckets, spans, quoted, add, raised)
        for symbol in self.marker_symbols:
            position = text.find(symbol) if symbol in text else -1
            if position >= 0:
                about = target(position, _PARTISAN_KINDS)
                if about is not None and not cross_party(about):
                    add(position, position + len(symbol), f"‘{symbol}’ turns what you say into "
                        f"a verdict on {about.described()}, which reads as a party-political "
                        f"opinion. {IMPARTIAL} {FIX}")

    def _mentions(self, text: str, entities: list[_Entity],
                  buckets: dict[int, list[_Entity]], spans: list[tuple[int, int]],
                  quoted: _Quoted, add: Add,
                  raised: Callable[[int, int], bool]) -> None:
        """A party or a leader named without their office, in a sentence that is not
        plainly neutral and that nothing else has raised."""
        offices = sorted((e.start, e.end) for e in entities if e.kind == _OFFICIAL or (
            e.kind == _POLITICIAN and e.label.split()[0] in self.title_words))
        office_starts = [start for start, _ in offices]

        def in_office(e: _Entity) -> bool:
            # "Home Secretary James Cleverly", "the Chancellor, Rachel Reeves," and
            # "Rachel Reeves, the Chancellor" name someone in their official role.
            low = bisect_right(office_starts, e.start - 200)
            high = bisect_right(office_starts, e.end + 8)
            return any(o_start <= e.start < o_end or e.start <= o_start < e.end
                       or 0 <= e.start - o_end <= 30 or 0 <= o_start - e.end <= 8
                       for o_start, o_end in offices[low:high])

        def named(e: _Entity) -> bool:
            return (e.kind in (_PARTY, _CAUSE) or (e.kind == _POLITICIAN and
                                                   e.label in self.politician_names
                                                   and not in_office(e))) \
                and text[e.start - 1:e.start] not in ("#", "@")

        for index, (s_start, s_end) in enumerate(spans):
            here = [e for e in buckets.get(index, ()) if named(e)
                    and not quoted.inside(e.start, e.end)]
            if not here or self._historical(text, s_start, s_end) or raised(s_start, s_end) \
                    or self._historical_words(text, s_start, s_end):
                continue
            words = {w.lower() for w in _WORD_RE.findall(text, s_start, s_end)}
            if words & self.neutral_words or len({fold(e.label) for e in here
                                                 if e.kind == _PARTY}) > 1:
                continue
            first = here[0]
            add(first.start, first.end, f"‘{first.label}’ names {first.described()} in a "
                f"post that comments on them, which reads as taking a side. {IMPARTIAL} Take "
                "out the party politics; if the post is about a policy, say what the "
                "government is doing and link the official page.")

    def _sentiment(self, text: str, buckets: dict[int, list[_Entity]],
                   spans: list[tuple[int, int]], quoted: _Quoted,
                   add: Add, cross_party: Callable[[_Entity], bool]) -> None:
        """Strongly negative words in a sentence that names a party, politician or candidate."""
        for index, (s_start, s_end) in enumerate(spans):
            named = [e for e in buckets.get(index, ()) if e.kind in _PARTISAN_KINDS]
            if not named or self._historical(text, s_start, s_end) or cross_party(named[0]):
                continue
            for m in _WORD_RE.finditer(text, s_start, s_end):
                word = m.group().lower()
                if word not in self.sentiment or any(e.start <= m.start() < e.end for e in named):
                    continue
                if quoted.inside(m.start(), m.end()) or not self._judges(text, m.end()):
                    continue
                about = min(named, key=lambda e: abs(e.start - m.start()))
                add(m.start(), m.end(), f"‘{m.group()}’ is a judgement about "
                    f"{about.described()}, which reads as a party-political opinion. "
                    f"{IMPARTIAL} {FIX}")

    def _engagement(self, text: str, spans: list[tuple[int, int]], starts: list[int],
                    position: int) -> bool:
        """True when the sentence at position describes an official engagement."""
        s_start, s_end = spans[max(0, bisect_right(starts, position) - 1)]
        return any(w.lower() in self.engagement for w in _WORD_RE.findall(text, s_start, s_end))

    def _predicative(self, text: str, end: int) -> bool:
        """True when nothing but a function word follows a word ("is brilliant.")."""
        following = _NEXT_WORD_RE.match(text, end)
        word = following.group(1) if following else None
        return not word or word.lower() in self.function_words

    def _judges(self, text: str, end: int) -> bool:
        """True when a judgement word is predicated ("is a disaster.") or judges a
        decision or a politician ("reckless decision"), not an event ("terrible floods")."""
        following = _NEXT_WORD_RE.match(text, end)
        word = following.group(1) if following else None
        if not word:
            return True
        word = word.lower().rstrip("'’")
        return word in self.function_words or word in self.judged_nouns or \
            word.removesuffix("'s").removesuffix("’s") in self.judged_nouns

    def _motives(self, text: str, keys: set[str], entities: list[_Entity], add: Add) -> None:
        if not self.motive:
            return
        political = [e for e in entities if e.kind != _CANDIDATE]
        if not political:
            return
        for m in self.motive.finditer(text, keys):
            add(m.start(), m.end(), f"‘{m.group()}’ comments on the electoral motives or "
                f"prospects of {political[0].described()}. {IMPARTIAL} Remove the comment; "
                "stick to the facts about the policy.")

    def _coy_steers(self, text: str, keys: set[str],
                    tag_kinds: list[tuple[re.Match[str], re.Match[str] | None]]
                    ) -> list[tuple[int, int]]:
        """Coy steers and party colours, when the post is set in an election."""
        live = bool(self.coy and self.coy.live(keys))
        symbols = [] if text.isascii() else [s for s in self.colour_symbols if s in text]
        if not (live or symbols):
            return []
        in_election = (not text.isascii() and any(s in text for s in self.ballot_symbols)) or any(
            rule and rule.live(keys) and next(rule.finditer(text, keys), None)
            for rule in (self.election, self.steer_context)) or bool(
            self._political_hashtags(tag_kinds))
        if not in_election:
            return []
        spans = [m.span() for m in self.coy.finditer(text, keys)] if live else []
        spans += [(at, at + len(s)) for s in symbols for at in (text.find(s),)]
        return spans

    def _steers(self, spans: list[tuple[int, int]], text: str, add: Add) -> None:
        for start, end in spans:
            add(start, end, f"‘{text[start:end]}’ hints at which party to back in an "
                f"election without naming it, which still takes a side. {IMPARTIAL} Keep "
                "hints, winks and party colours about the election off any account linked "
                "to your work.")

    def _election_praise(self, text: str, keys: set[str], entities: list[_Entity],
                         election: list[int], sentences: _Sentences, add: Add) -> None:
        """Praise of a politician in a sentence that brings up the election: thanks for a
        visit turn into backing a candidate ("great to have his support")."""
        if not (election and self.praise):
            return
        for at in election:
            s_start, s_end = sentences.of(at)
            named = [e for e in entities if s_start <= e.start < s_end
                     and e.kind in (_POLITICIAN, _CANDIDATE)]
            if named:
                for m in self.praise.finditer(text, keys, s_start, s_end):
                    add(m.start(), m.end(), f"‘{m.group()}’ praises {named[0].described()} "
                        f"beside the coming election, which reads as backing them. "
                        f"{IMPARTIAL} Keep thanks for a visit apart from the election, or "
                        "leave the election out.")

    def _scare_quotes(self, text: str, entities: list[_Entity], add: Add) -> None:
        """A politician's or party's own words in scare quotes ("the Chancellor's 'growth
        plan'"): lower-case words quoted after a possessive mock them (a plan's name, in
        capitals, is a title)."""
        for e in entities:
            if e.kind == _CANDIDATE or e.kind == _CAUSE:
                continue
            end = e.end
            if text.startswith(("'s", "’s"), end):
                end += 2
            elif not e.label.endswith(("'s", "’s")):
                continue
            m = _SCARE_QUOTE_RE.match(text, end)
            if m:
                add(m.start(1), m.end(1), f"‘{m.group(1)}’ puts the words of "
                    f"{e.described()} in scare quotes, which mocks them. {IMPARTIAL} {FIX}")

    def _sneers(self, text: str, entities: list[_Entity], sentences: _Sentences,
                add: Add) -> None:
        """A mocking emoji (🙄, 🤡) aimed at an office holder or the government: after them
        in the sentence that names them, or standing alone just after it."""
        if text.isascii():
            return
        officials = [e for e in entities if e.kind == _OFFICIAL]
        if not officials:
            return
        for symbol in self.marker_symbols:
            at = text.find(symbol)
            if at < 0:
                continue
            s_start, s_end = sentences.of(at)
            if not text[s_start:s_end].replace(symbol, "").strip(" .!?"):
                index = bisect_right([start for start, _ in sentences.spans], s_start) - 2
                s_start = sentences.spans[index][0] if index >= 0 else s_start
            # (an emoji comments on what came before it)
            about = next((e for e in officials if s_start <= e.start and e.end <= at), None)
            if about is not None:
                add(at, at + len(symbol), f"‘{symbol}’ mocks {about.described()}, which "
                    f"reads as a party-political opinion. {IMPARTIAL} {FIX}")


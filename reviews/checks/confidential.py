"""confidential: confidential, embargoed or not-yet-public material.

Raises on protective markings (OFFICIAL-SENSITIVE, SECRET or RESTRICTED used as a
marking, Protected B, CUI, Cabinet-in-confidence...), embargo wording, handling
instructions ("not for publication", "internal only", "don't share"), insider
sources with what they revealed ("internal modelling says..."), drafts not yet
cleared or whose contents are described ("the draft strategy drops the target"),
statistics before release (pre-release access, or a coy hint at dated figures),
judgments not handed down, procurement outcomes, links into internal systems
(intranet, SharePoint, Teams, GSI) and the movements of ministers, royals or guarded
prisoners, or a planned raid, before they happen. Also: a coy "let's just say" or "you
heard it here first" beside news that is protected until released (statistics, fiscal
and regulatory decisions, inspections, court cases, contracts, exams, operations) or
from an author whose own work is such news; what a closed forum (the exec, a huddle, an
all-staff, a gold command call) or a paper on its way to whoever decides revealed;
news said to be held until a later release ("the bulletin doesn't come out until
Tuesday", "keep it quiet til it's official"); what a report or set of figures finds,
or figures dated ahead will show, before the stated release; what a fiscal event will
do to a tax; a decision of Cabinet, a panel or a minister before its announcement; and
a security control or vulnerability said to be broken, exposed or unpatched. Also
office hearsay ("whispers in the corridor", "word is..."), a bilateral or a meeting with
Number 10 sat in on, and a decision, a regulator's ruling or a senior appointment told
beside a coy cue ("can't say much, but ministers signed it off", a wink, a closing
"Shhh"). Also what protected news holds told beside its later release in more of its
wordings ("the cap will rise by 6%... full details on Tuesday", "we'll be fining a
provider... decision letters go out next week", "officers are recommending... the report
drops Friday"), and news said to come from a team brief, a private briefing, staff told
this morning, or "heard today who" the appointee is. Also a statistic given before its
stated release as a figure after a colon or one said to hold ("performance for last week:
68.9%. Publishes Tuesday"); work on a release dated ahead ("finished the pipeline for
next month's coverage release", not its release notes); a tax-free allowance said to
change before the fiscal event; "in confidence till", "not allowed to say until",
"pretend you never saw this"; what a
closed-door or in-camera meeting, an internal report or a paper called confidential
revealed; hearsay ("hearing the new perm sec is...", "I'm hearing that..."); and a peek
or a hush (👀, 🤫, 🤐, not a wink) beside protected news, as coy as "let's just say"
("Big op planned across Salford next week 👀", a postal vote count "looking interesting").
Also "knowing what's in it and saying nothing" and "you can guess who" beside protected
news; the legal advice the organisation got, a judge telling the parties, a submission
seen ("saw the sub"), and a tip to act before the news ("wouldn't buy just yet") beside an
inside source; and what a recommendation says before its report goes up. Also a marking
named as such ("it's 'secret' with a capital S"), a draft report sent for a factual
accuracy check, a door code or password said to be guessable ("just the old ones
backwards"), "the boss's" movements told by their own private office, a change told while
its decision waits for sign-off ("$100 more a night... once the Minister signs off"), and
who got onto a framework or lot.

Lets pass: public documents (a draft out for consultation), "secret" in its ordinary
sense ("the secret to a good sourdough", "Secret Santa", capitals for emphasis), trade
and arms embargoes as a topic, an embargo lifted or linked, a "confidential
helpline", "official statistics published today", a report "embargoed until 00:01
today" that is "now published", reminders of handling rules, declassified markings and
markings told of the past ("marked SECRET at the time"), a service's own channel ("the
council tax app"), advice to readers about their own details ("please don't share them
online", "if your password is still..."), declining to discuss figures or to
pre-empt a report before release, figures already measured, a verb with a subject of
its own after a report ("the review is published on the 9th, and we've found £5m"),
personal news ("she hasn't told the office yet"), and an own service's news
told first ("bins move to Fridays, you heard it here first"), which is the announcement
check's.

Phrase matching (PhraseBook) and sentence splitting come from phrases.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .base import Finding, Post, finding
from .phrases import (
    LINKISH,
    PhraseBook,
    PostMatches,
    SentenceIndex,
    alternation,
    official_links,
    phrase_list,
    positive_int,
    quick_fold,
    quoted,
    sentence_index,
    spans,
    word_alternation,
)

NAME = "confidential"
PRINCIPLE = "confidential-and-embargoed"

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Panels that decide cases, awards or money: what is heard there is not yet public.
_DECISION_PANEL = (
    r"(?:enforcement|decision|decisions|funding|grant|award|sift|interview|selection"
    r"|assessment|moderation|settlement|appeals?|disciplinary|investment|sanctions) panel")
# Closed internal forums: what is said there is not yet public.
_CLOSED_FORUM = (
    r"(?:exec(?:utive)?(?: team| meeting| board)?|exco|smt|slt|elt|dmt|huddle|all[- ]staff"
    r"|all[- ]hands|stand-?up|team meeting|leadership (?:team|meeting)|town ?hall|away ?day"
    r"|board(?! game)(?: meeting)?|(?:gold|silver|bronze) (?:command|call|group|meeting)"
    r"|command (?:call|meeting)|incident (?:call|meeting)|management (?:meeting|team)"
    r"|directors'? meeting|cobra?|briefing|(?:team |staff |morning )brief|meeting|call)")
# Who a paper goes up to for a decision.
_DECIDER = (
    r"(?:cabinet|ministers?|commissioner|administrator|secretary|chief executive|chief constable"
    r"|director[- ]general|dg|perm sec|permanent secretary|board|exec|executive|committee)")

DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "severity": "warn",
    # The learned signal (learned.py): when the rules find nothing, warn if the model's
    # probability reaches the threshold. Higher thresholds raise fewer posts.
    "learned_signal": True,
    "learned_threshold": 0.5,
    # Regular expressions matched as whole words against the lower-cased post (curly
    # quotes and dashes made plain), except "capital_markings", which must match in
    # capitals as written.
    #
    # Protective markings and classifications of the UK, US, Canada, Australia, NZ.
    "markings": [
        r"official[-: ]+sensitive", r"secret[- ]level", r"(?:top )?secret (?:document|doc|paper"
        r"|briefing|file|report|memo|cable|annex|papers)",
        r"(?:cabinet|commercial(?:ly)?|budget|policy)[- ]in[- ]confidence",
        r"protected [abc](?=\s*[-\u2013\u2014:)\]/,.]|\s*$| (?:\w+ )?(?:documents?|docs?|files?"
        r"|information|info|material|spreadsheets?|reports?|memos?|annex|data|papers?|records?"
        r"|briefing|draft|notes?|deck|slides?|emails?|pack))",
        r"cui", r"controlled unclassified", r"pre-decisional", r"predecisional",
        r"for official use only", r"fouo", r"sensitive but unclassified", r"noforn",
        r"law enforcement sensitive", r"(?:budget|market|commercially)(?:[- ]| - )sensitive",
        r"classified (?:document|doc|briefing|paper|report|information|material|file|cable"
        r"|memo|annex)",
        r"(?:marked|classified as|graded) (?:official|secret|top secret|restricted"
        r"|confidential|sensitive|protected)",
        r"(?:papers?|documents?|report|annex|slides?|pack) (?:is|are) (?:restricted"
        r"|classified|confidential)",
        r"restricted (?:until|till)",
        # Other countries' and international markings: EU, NATO, Germany, France, US
        # dissemination controls, Australian and NZ sensitivity labels.
        r"restreint (?:ue|eu)", r"eu restricted", r"confidentiel (?:ue|eu|d[eé]fense)",
        r"diffusion restreinte", r"vs[- ]nfd", r"nur f[uü]r den dienstgebrauch",
        r"nato (?:restricted|confidential|secret)", r"cosmic top secret",
        r"(?:uk|us|aus|can|nz|canadian|australian|five) eyes only", r"orcon",
        r"limited official use", r"official use only", r"staff[- ]in[- ]confidence",
        r"sensitive: ?(?:legal|personal|cabinet)",
        r"deliberative (?:draft|document|doc|material|information|paper)",
        r"deliberative (?:and|&|/) pre-?decisional",
        r"(?:legally|attorney[- ]client) privileged", r"privileged (?:and|&) confidential",
        r"subject to legal (?:professional )?privilege",
        r"secret d[eé]fense", r"tr[eè]s secret", r"vs[- ]vertraulich", r"streng geheim",
        r"departementaal vertrouwelijk", r"difusi[oó]n limitada", r"riservatissimo",
        r"official \(closed\)",
        # A marking named as such: "it's 'secret' with a capital S".
        r"(?:top secret|secret|confidential|restricted|sensitive|protected)'? with (?:a )?"
        r"(?:capital|big|upper[- ]?case) (?:s|c|r|p|letters?)\b",
        # Papers of a closed board or committee session.
        r"restricted (?:board |committee |cabinet |exec |executive |management |meeting )?"
        r"(?:papers?|documents?|docs?|pack|annex|minutes|briefing|agenda|item|session|slides?)",
        # A marking in brackets labels what it follows: "Board papers (restricted)".
        r"\((?:restricted|confidential|sensitive|official[- ]sensitive|in confidence"
        r"|not for publication|internal|protected)\)",
    ],
    # A marking that heads a post or a line as a label: "Confidential: ...".
    "label_markings": [
        r"confidential", r"private and confidential", r"restricted", r"sensitive",
        r"in confidence", r"protected",
    ],
    # Markings written in capitals; in lower case these are ordinary words.
    "capital_markings": [
        r"TOP SECRET", r"SECRET", r"RESTRICTED", r"CONFIDENTIAL", r"PROTECTED",
        r"SENSITIVE", r"IN[- ]CONFIDENCE", r"OFFICIAL[-: ]+SENSITIVE", r"LIMITE",
        r"RESTREINT", r"UNCLASSIFIED//FOUO", r"VS-NfD", r"SBU",
    ],
    # Handling instructions: the author knows it must not go further.
    "handling": [
        r"not for (?:publication|circulation|distribution|onward \w+|sharing|release)",
        r"internal(?:[- ]use)?[- ]only", r"for internal use", r"eyes only",
        r"strictly confidential", r"in strict(?:est)? confidence",
        r"treat (?:this|it) as (?:sensitive|confidential|private|restricted)",
        r"confidential (?:for now|until|till)", r"in confidence (?:for now|until|till|til|before)",
        # Only an instruction about this post's content: "don't share (it)", never advice
        # such as "don't share your PIN" or "don't share misinformation".
        r"(?:do not|don't|dont|pls don't|please don't|please do not|nobody|no one|no-one)"
        r" (?:share|forward|distribute|circulate|rt|retweet|screenshot|quote|repeat|leak"
        r"|pass (?:it|this) on|spread)(?=\s*(?:[^\w\s]|$|(?:it|this|that|these|them|yet"
        r"|any(?! (?:\w+ )?(?:details|info|information|data|numbers?|passwords?|references?))"
        r"|before|until|till|outside|widely|further|externally|beyond|around|anywhere"
        r"|with anyone)\b))",
        r"(?:please )?hold (?:it |this |off )?(?:until|till)", r"please hold(?! off \w+ing)",
        r"keep (?:it |this |these |them )?(?:in|within) (?:the )?(?:team|building|room"
        r"|department|office|directorate|group)",
        r"not (?:yet )?public(?: yet)?", r"isn't public", r"very much not public",
        r"none of (?:this|it|that) is (?:public|out)(?: yet)?",
        r"nothing(?:'s| is)(?: yet)? (?:public|out|published|announced)(?: yet)?(?: until| till)?",
        # Material meant for staff alone, not a staff-only car park.
        r"(?:staff|team)[- ]only(?=\s*(?:[^\w\s]|$)| (?:material|information|info|emails?"
        r"|briefings?|results|documents?|figures|data|news|calls?|updates?|channel|page|site))",
        r"not (?:been )?made public", r"not in (?:the|any) published",
        r"not (?:yet )?(?:out|published|released|announced) yet",
        # Held back for a stretch: "won't be published for months".
        r"(?:won't|will not|isn't|is not|aren't|are not|not) (?:be )?(?:published|out|released"
        r"|announced|public) for (?:months|weeks|a while|some time|ages|another \w{1,12}"
        r"|a few \w{1,12})",
        r"(?:won't|will not|isn't|is not|aren't|are not|not) (?:be )?(?:published|out|released"
        r"|announced|public) (?:until|till|til|before)",
        # The same said of its going out: "the report doesn't go out until Thursday", "won't
        # be posted publicly til Friday", "the announcement isn't until the 21st".
        r"(?:it|they|this|that|report|bulletin|figures|stats|statistics|data|results|release"
        r"|papers?|notice|statement|announcement|news|details|list|numbers|decision|outcome"
        r"|review|dataset|findings) (?:doesn't|don't|does not|do not|won't|will not|isn't"
        r"|is not|aren't|are not) (?:go|come|get|be) (?:out|public|posted|made public|put out"
        r"|posted publicly|published publicly) (?:until|till|til|before)",
        r"(?:announcement|release|publication|statement|notice|circular|notification)"
        r"(?: isn't| is not|'s not| won't be| will not be) (?:out |published |made |public )?"
        r"(?:until|till|til)",
        # Kept to a circle until then: "keep it quiet til it's official", "keep this within
        # your networks until Thursday", "this one's just for my LinkedIn network".
        r"keep (?:it|this|that|these|them|the news) (?:quiet|to yourselves?|between us"
        r"|under wraps|hush|(?:within|among|to|in) (?:your|our|my|the) (?:\w+ )?(?:networks?"
        r"|circles?|connections|followers|friends|teams?|groups?)) (?:until|till|til|for now)",
        r"(?:just|only|strictly) (?:for|between) (?:my|our|your) (?:\w+ )?(?:network|connections"
        r"|followers|circle|eyes)",
        r"(?:haven't|hasn't|have not|has not) (?:told|informed) (?:\w+ ){0,3}yet",
        r"(?:nobody|no[- ]one)(?:'s| is)? (?:supposed|meant|allowed) to know(?= *(?:[^\w\s]|$"
        r"|yet\b|about (?:it|this|that)\b|so\b))",
        r"nobody(?:'s| has| have)? (?:told|informed|briefed) (?:\w+ ){0,3}yet",
        r"no[- ]one(?:'s| has| have)? (?:told|informed|briefed) (?:\w+ ){0,3}yet",
        r"been (?:told|informed|briefed) (?:\w+ ){0,2}yet",
        # Not "can't say more yet": that is a teaser, the announcement check's business.
        r"(?:can't|cannot|can not) (?:share|tell|reveal|talk about) (?:\w+ ){0,3}(?:till"
        r"|until|before|yet)",
        r"(?:told|shared|said|mentioned|given) (?:\w+ )?in confidence",
        # Not to be said until it is out: "not allowed to say until it's published".
        r"not (?:allowed|supposed|meant|permitted) to (?:say|tell|share|talk about|mention)"
        r" (?:\w+ ){0,3}?(?:until|till|til|before)",
        # Keeping it from the press: "nobody tell the papers".
        r"(?:don't|do not|nobody|no[- ]one|please don't) tell (?:the )?(?:press|papers|media"
        r"|journalists|hacks|telegraph|guardian|times|mail|mirror|express|bbc)",
        r"before (?:it's|it is|they're|they are|it gets|they get) (?:published|out|released"
        r"|announced|public)",
        r"(?:until|till) the (?:official )?(?:stats|statistics|figures|numbers) are out",
    ],
    # Handling words in advice to readers about their own details or posts ("please
    # don't share them online") or beside personal news ("she hasn't told the office yet,
    # she's expecting") keep nothing official back.
    "reader_advice": [
        r"(?:share|post|put) (?:them|it|these|this|that)? ?(?:online|publicly|on social media"
        r"|on here)",
        r"your (?:details|personal|information|data|address|number|reference|account)",
        # Declining to discuss figures before their release keeps them back.
        r"(?:can't|cannot|won't|unable to|not able to) (?:answer|comment on|discuss|respond to"
        r"|take|talk about) (?:any )?(?:questions|queries|requests|enquiries|figures|numbers)",
        # An official account declining to pre-empt its own publication.
        r"(?:can't|cannot|won't|unable to|not able to) (?:comment on|discuss|talk about"
        r"|pre-?empt) (?:an? |the |any |individual )?(?:reports?|inspections?|findings"
        r"|outcomes?|cases?|judgments?|decisions?)",
    ],
    "personal_news": [
        r"little one", r"baby news", r"getting married", r"got engaged",
        r"(?:she|he|they)(?:'s| is| are|'re) (?:pregnant|expecting)",
        r"(?:her|his|their) (?:baby|pregnancy|wedding|engagement)",
    ],
    # Secrecy idioms: ordinary in other talk, so they count only beside a revealed claim.
    "secrecy_idioms": [
        r"keep (?:it|this|that) (?:quiet|to yourselves|under your hats?|between us|hush"
        r"|confidential)",
        r"under your hats?", r"between (?:you and me|ourselves)", r"off the record",
        r"not on the record",
        # A hush as a sentence of its own: "...next spring. Shhh 🤫", not "quiet, shhh!".
        r"(?<=[.!?\u2026] )(?:shh|shhh|shhhh|shhhhh)(?= *(?:[^\w\s]|$))",
        r"(?:just |strictly )?between us(?=\s*[,:\u2013\u2014-])",
        r"you (?:didn't|did not|never) hear (?:it|this|that) from me",
        r"tell no(?:[- ]?one|body)",
        r"(?:don't|do not|nobody|no[- ]one|please don't) tell (?:anyone|anybody|my (?:boss"
        r"|manager|line manager)|the (?:boss|press office|comms team))",
        r"you didn't (?:see|read) (?:it|this|that) here",
        r"pretend (?:you )?(?:never|didn't|did not|haven't|have not) (?:saw|seen|see|read|heard"
        r"|hear) (?:it|this|that|them|these)",
        r"under wraps", r"hush[- ]hush", r"sworn to secrecy",
        r"(?:don't|do not) (?:spread|mention|tweet) (?:it|this|that)",
        # Those who release the news would object: "our comms team would kill me, but...".
        r"(?:comms(?: team)?|press office|press team|private office) (?:would|will|'d|'ll"
        r"|is going to) (?:kill|murder|have my head|not be happy|go mad)",
        r"not (?:allowed|supposed|meant|permitted) to (?:say|tell|share|reveal|talk about)",
    ],
    # Embargo wording. A topic word before it ("arms embargo") or "lifted" after it
    # makes it the ordinary, public sense.
    "embargo": [r"embargo(?:ed|es)?"],
    "embargo_topics": [
        r"arms", r"trade", r"oil", r"weapons?", r"economic", r"military", r"export",
        r"import", r"sanctions?", r"un", r"eu", r"us", r"u\.s\.", r"grain", r"gas",
        r"international", r"total", r"cuba", r"russia", r"iran",
    ],
    "embargo_over": [
        r"lifted", r"(?:is|has|'s) (?:now )?(?:up|over|ended|expired|passed)", r"no longer",
        r"(?:is|are|has been|have been) now (?:published|live|out|public|available)",
        r"act", r"acts", r"law", r"laws", r"regimes?", r"polic(?:y|ies)", r"lists?",
        r"on (?:russian|iranian|cuban|\w+n) \w+", r"against",
    ],
    # Where the author got it: inside sources.
    "insider_sources": [
        r"told (?:us |me )?internally", r"internally today",
        r"internal (?!market\b|affairs\b|medicine\b)(?:\w+ )?(?:reports?|briefing|call"
        r"|email|memo|modelling|modeling|figures|data|dashboard"
        r"|assessment|results|projections|forecasts?"
        r"|workplan|work plan|plan|logs?|tracker|spreadsheet|targets|list"
        r"|planning figure|projection|estimate|numbers|analysis|survey|review|paper|note"
        r"|minutes|slides?|deck|costings?|forecast|evaluation)",
        r"all[- ]staff (?:call|email|meeting|briefing)",
        r"(?:at|in|from) (?:today's|the|this morning's|yesterday's|this week's|our) all[- ]staff",
        # Said to be settled inside only: "it's official (internally, anyway)".
        r"(?:official|confirmed|agreed|decided|announced|circulated|circulating|shared)\W+"
        r"internally",
        r"heard (?:it |this |that )?(?:straight |first-?hand |directly )?(?:in|at|from)"
        r" (?:[\w']+ ){0,3}?" + _CLOSED_FORUM,
        r"(?:told|briefed|informed)(?: (?:us|me|the team|staff|everyone|all of us))? (?:at|in"
        r"|during) (?:[\w']+ ){0,3}?" + _CLOSED_FORUM,
        # Told to staff, said as where the news came from: "Staff were told this morning."
        r"(?:staff|the team|we|everyone|all staff|colleagues) (?:were|was|have been|'ve been"
        r"|got) (?:just )?(?:told|briefed|informed)(?: (?:this morning|this afternoon|today"
        r"|yesterday|earlier|last night))?(?= *(?:[.!]|$))",
        # Hearsay of who or what: "heard this morning who the new head will be".
        r"heard (?:(?:this morning|today|yesterday|last night|earlier|just) )?(?:who|which"
        r"|what|where)",
        r"(?:leadership team|exec(?:utive)? team|exec|smt|slt|elt|dmt|the board|our dg|the dg"
        r"|perm sec|chief executive|director general|town ?hall|all[- ]staff|huddle)"
        r"(?: today| this morning| yesterday)? (?:told|briefed|informed|confirmed to) (?:us|staff"
        r"|the team|everyone|all of us)",
        r"(?:our|the|today's|this morning's) (?:town ?hall|all[- ]staff|huddle|stand-?up)"
        r"(?: today| this morning| yesterday)? (?:confirmed|revealed)",
        # Hearsay about the author's own organisation: "heard we're getting three more".
        r"heard (?:that )?(?:we're|we are|we'll|we will|we've|we have)",
        r"(?:seen|saw|read|got|have) the (?:draft\w*|options paper|papers|submission"
        r"|cabinet paper|minutes|briefing pack|scorecard|(?:budget |costings? )?(?:spread)?sheet"
        r"|memo|business case|costings|projections|modell?ing|allocations|proposals|shortlist"
        r"|longlist)",
        # Lines being written for a minister's announcement.
        r"(?:drafting|drafted|writing|wrote|prepping|preparing|prepared) (?:the |some |our )?"
        r"(?:\w+ )?(?:talking points|speaking notes|(?:minister's|ministerial|secretary's|pm's)"
        r" (?:speech|remarks|statement|briefing))",
        r"(?:i've|i have|we've|we have)(?: just| already)? seen the (?:list|shortlist|results"
        r"|scores|notice|final report|final text|letters|rankings|outcome)",
        # Being in the room: the decisions and discussions of a closed meeting.
        r"(?:sat (?:in on|through|in)|just (?:out of|back from|come out of)|fresh out of"
        r"|(?:came|walked) out of)(?: the| this morning's| this afternoon's| today's"
        r"| yesterday's| last night's| our)?(?: [\w']+){0,2}? (?:board|case conference"
        r"|read-?through|cabinet|sift|moderation|(?:ministerial|minister's|secretary of state's"
        r"|private|closed|internal|pre-?) ?briefing|exec(?! away| offsite| retreat)|exco|smt|slt"
        r"|elt|dmt|huddle"
        r"|(?:gold|silver|bronze) command(?: call| meeting)?|(?:command|incident) call|cobra?)",
        r"(?:perm secs?'?|permanent secretaries'?|ministers'?|board|exec|executive)"
        r" (?:away ?day|offsite|retreat)",
        r"(?:landed|arrived|came|sitting|sat) (?:in|into) my inbox",
        # Cabinet's papers are confidential by convention; not a dated one from the archives.
        r"(?<!\d{4} )cabinet (?:paper|papers|minutes|memo|submission|committee papers?)",
        r"(?:the )?(?:minister|ministers|secretary of state) (?:told|said to) us",
        r"(?:the )?judge (?:just |has just |has )?(?:told|said to|informed) (?:us|the parties"
        r"|counsel)",
        # Advice the organisation took, which is privileged: "the legal advice we got".
        r"(?:the|our) legal advice (?:we|i) (?:got|had|received|'ve had|have had|'ve seen"
        r"|have seen)",
        r"(?:seen|saw|read) the (?:ministerial )?subs?\b",
        # A paper called confidential: "the 'confidential' restructure paper says...".
        r"(?:the|our|this|that|their|its) (?:confidential|'confidential') (?:[\w-]{1,20} ){0,2}?"
        r"(?:paper|papers|report|memo|document|doc|minutes|briefing|annex|slides|deck|pack|plan"
        r"|proposals?|review|email)",
        # Hearsay: "hearing the new perm sec is...", "we're hearing that...".
        r"(?:i'm|i am|we're|we are|am) hearing (?:that|whispers|rumou?rs|murmurs|talk)",
        r"(?<![\w,'] )(?<![\w'])hearing (?:that )?(?:the|our|a|an|it's|they're|we're|we'll)"
        r" (?:[\w-]+ ){0,4}?(?:is|are|will|has|have|gets?|'s)\b",
        r"unpublished (?:figures|data|report|analysis|results|numbers|review|evaluation"
        r"|findings)",
        r"budget pack", r"options paper", r"cabinet confidences?",
        r"(?:spending review|sr|bid|submission|board|cabinet) packs?",
        # Documents of a fiscal event before it is published.
        r"budget (?:book|red book|scorecard|submission|costings|measures list|document)",
        # Management information and operational dashboards: figures for running the
        # service, not published statistics.
        r"(?:this morning's|today's|yesterday's|this week's|latest|weekly|daily|monthly|our"
        r"|internal) (?:mi|management information)", r"management information (?:shows?|says|has)",
        r"(?:ops|operational|performance|management|team) dashboard",
        # Press office lines prepared for colleagues, not for the public.
        r"lines? to take", r"(?:reactive|defensive|holding) lines",
        r"(?:reactive|holding) statement",
        # What a closed session of a board or committee decided.
        r"(?:closed|private|confidential|restricted|in camera|in-camera|part (?:ii|2|b))"
        r" (?:session|items?|briefing)",
        r"(?:closed|closed-door|closed door|confidential|restricted) (?:[\w-]{1,20} )?(?:meeting"
        r"|roundtable|round table|discussion|talks|session|briefing)",
        r"(?:in camera|in-camera) (?:[\w-]{1,20} )?(?:meeting|roundtable|discussion|talks)",
        r"(?:media )?handling plan",
        r"(?:comms|media|announcements?) grid", r"q ?& ?a (?:pack|brief|briefing)",
        r"(?:figures|numbers|data|stats|we're seeing|we are seeing|tracking) internally",
        # Where an unpublished paper sits in the machine.
        r"(?:sitting|sat|stuck|parked|languishing) (?:with|in|on|at) (?:the )?(?:ministers?|no ?10"
        r"|no\. ?10|number 10|downing street|spads?|private office|secretary of state"
        r"|treasury|hmt|pm|centre|cabinet office)",
        r"word from (?:the top|upstairs|on high|above|senior leadership|the board|the (?:dg"
        r"|perm sec|chief executive|ceo|director|minister|leadership team|exec|private office))",
        # A paper or deal still waiting for Cabinet or ministers to agree it.
        r"(?:go|goes|going|gone|been) (?:to|through|before|past) (?:cabinet|ministers)",
        # A paper on its way up to whoever decides: "the list going to the Commissioner".
        r"(?:list|paper|papers|memo|submission|proposals?|options|business case|report|plan"
        r"|recommendations?)(?: [\w-]+){0,2}? (?:go|goes|going|gone|went|heads?|heading)"
        r" (?:up )?(?:to|before) (?:the )?" + _DECIDER,
        r"(?:decision|it|paper|submission|sign-off)(?:'s| is| sits| now sits) (?:now )?with"
        r" (?:the )?(?:ministers?|secretary of state|no ?10|number 10|pm|treasury)",
        r"(?:hasn't|has not|haven't|have not|not yet) (?:been )?(?:to|through|past|before)"
        r" (?:cabinet|ministers|the board)",
        r"survives? (?:cabinet|ministers|the board|clearance|the write-?round)",
        r"(?:rumou?r) (?:is|has it)", r"rumou?r mill", r"on the grapevine",
        # Office hearsay: "whispers in the corridor", "word is they're...".
        r"whisper(?:s|ed|ing)? (?:in|around|along|on|from) the (?:corridors?|building|office"
        r"|floor|canteen|kitchen|department)", r"corridor (?:gossip|talk|chat|whispers?)",
        r"(?:the )?word (?:is|has it)(?= (?:that|they|we|our|the|it|he|she)\b)",
        r"signed off (?:at|by) the (?:very )?top",
        # A closed meeting with the centre, or a panel that decides.
        r"(?:sat (?:in on|through|in)|just (?:out of|back from)|(?:came|walked) out of)"
        r" (?:a |the |today's |our )?(?:[\w-]+ ){0,2}?(?:bilateral|(?:meeting|call|session)"
        r" with (?:no ?10|number 10|downing street|the (?:pm|prime minister|minister"
        r"|secretary of state|chancellor|treasury)|ministers|spads?|treasury|hmt))",
        r"heard (?:it |this |that )?(?:in|at|from) (?:[\w']+ ){0,3}?" + _DECISION_PANEL,
        # Someone senior telling a closed body: "the perm sec has just told the board".
        r"(?:perm sec|permanent secretary|dg|director general|chief executive|ceo|minister"
        r"|secretary of state|chair)(?: has| had)?(?: just)? (?:told|briefed|informed|warned)"
        r" (?:the )?(?:board|exec|executive|directors|staff|smt|slt|leadership team)",
        r"(?:staff|we|everyone|the team|all staff)(?: were| was| have been| has been)?"
        r"(?: just)? (?:told|briefed|informed) (?:at|in|during) (?:the |today's"
        r" |this morning's |a |our )?" + _CLOSED_FORUM,
        # What will happen, told before its dated announcement: "she's going to be the next
        # DG when it's announced on Friday"; not "we will share it when it's announced".
        r"(?:going to|set to|will) (?!share|post|publish|update|let|tell|announce|confirm"
        r"|say|link|be (?:revealed|shared|published|posted|available|online|out))"
        r"(?:[\w'-]+ ){1,8}?when (?:it's|it is|it gets|this is|that's)"
        r" (?:officially |formally )?announced(?= (?:on|next|tomorrow|later|this)\b)",
        r"(?:sat (?:in on|on|through)|just (?:out of|back from|come out of)|(?:came|walked)"
        r" out of) (?:the |today's |this morning's |our )?" + _DECISION_PANEL,
        r"(?:a )?little bird(?:ie)? (?:tells|told|says|said)",
        r"(?:from|at|in|after) (?:the|today's|this morning's|yesterday's)"
        r" (?:pre-brief|prebrief)(?:ing)?",
        r"(?:had|got|seen|saw|have) (?:a |an )?(?:preview|sneak peek|early look|first look"
        r"|advance copy|early copy|early sight|sight of)",
        r"leaked (?:[\w-]+ ){0,2}?(?:memo|email|document|doc|report|paper|draft|figures|data"
        r"|letter|minutes|slides?|deck)",
        r"(?:haven't|hasn't|have not|has not) (?:seen|signed (?:it |this |them )?off"
        r"|cleared|approved) (?:it |this |them |on it )?yet",
        r"not yet (?:signed off|cleared|approved)",
        r"(?:isn't|is not|aren't|are not) (?:yet )?(?:signed off|cleared|approved|finali[sz]ed)",
    ],
    # What an inside source revealed: an amount, a finding, a decision, a date.
    "revealing_claims": [
        r"[£$€]\s?\d[\d,.]*", r"\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)",
        r"\d[\d,.]*\s?(?:million|billion|bn|m|k)\b", r"\d+ (?:in|of|out of) (?:the )?\d+",
        r"\d[\d,]{2,}", r"says", r"shows?", r"finds", r"found", r"suggests", r"recommends",
        r"concludes", r"will", r"going to", r"being", r"decided", r"confirmed", r"gets? cut",
        r"criticis(?:es|ed)", r"blames", r"clears", r"condemns", r"rejects", r"accepts",
        r"about to", r"signed (?:it|this|them) off", r"(?:starts|joins|takes over)",
        r"(?:is|are|'s|'re) coming (?:over |in )?from", r"closures?", r"survives?",
        r"looks? (?:like|deliberate|certain|likely|set)",
        r"(?:bigger|smaller|higher|lower|larger|better|worse|further|tougher|stricter) than",
        # A verdict on what was seen, or where those in the room stand.
        r"sobering", r"(?:eye-watering|eye watering|eyewatering)", r"damning", r"alarming",
        r"(?:is|are|was|were|'s|'re) (?:\w{1,12} )?(?:furious|livid|fuming|split|divided"
        r"|dead set)",
        r"wants? (?:\w+ ){0,3}?to", r"wants? (?:a |an )?(?:bigger|greater|larger|smaller|more"
        r"|less)",
        # A tip to act before the news is out: "maybe don't buy that flat just yet".
        r"(?:don't|do not|wouldn't|would not|i'd not) (?:buy|sell|book|sign|renew|lock in|fix"
        r"|commit)(?: [\w-]{1,20}){0,4}? (?:just )?yet",
        r"worth (?:waiting|holding off|hanging on|holding on)",
        r"gets? (?:a |an )?(?:bigger|smaller|higher|lower|larger)",
        r"back on the table", r"is the winner", r"looks like the winner", r"going with",
        r"option [a-z0-9]", r"set to", r"tomorrow", r"next week",
        r"down to (?:two|three|four|five|\d+|the last \w+|a shortlist)",
        r"(?:is|are|'s|'re) (?:definitely |really |actually )?happening",
        r"to go (?:by|from|in|at|before)", r"at risk", r"axed", r"for the chop",
        r"(?:in|from|by) (?:january|february|march|april|june|july|august|september|october"
        r"|november|december)",
        _WEEKDAY, r"picked", r"chosen", r"chose", r"selected",
        # A date given: "opens on 3 November".
        r"(?:on|from|by) (?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:january|february|march"
        r"|april|june|july|august|september|october|november|december)",
        r"(?:is|are) (?:being )?(?:scrapped|replaced|cut|closed|merged|moved)",
        r"(?:gets?|getting) (?:cut|halved|doubled|scrapped|axed|raised|lowered|frozen|increased"
        r"|reduced|extended|closed|merged|replaced|moved)",
        r"on the table", r"(?:up|down) from", r"double", r"doubled", r"halved", r"agreed to",
        r"(?:up|down|rose|rising|fell|falling|dropped|climbed) (?:to|by) [£$€]?\d[\d,.]*",
        # A change to come: "next spring", "the office closes", "is moving to".
        r"next (?:year|spring|summer|autumn|winter|financial year)",
        r"(?:closes|shuts|moves|merges|relocates)",
        r"(?:is|are|'s|'re) (?:moving|closing|merging|shutting|relocating)",
        r"(?:stays?|staying|remains?|kept) (?:frozen|unchanged|at)", r"frozen",
        r"drops", r"scraps", r"keeps", r"(?:is|are) (?:staying|ending|closing|going ahead)",
        r"(?:was|were|been|is|are) agreed",
        # A picture of the material shows it.
        r"(?:photos?|pictures?|pics?|snaps?|snapshots?|images?) (?:attached|below"
        r"|above|from"
        r"|of (?:the|our|my) (?:whiteboard|slides?|screen|board|notes|flipchart|wall))",
    ],
    # A draft is sensitive only when the post says it is not cleared or not public.
    "draft": [r"draft(?:s|ed|ing)?", r"redraft(?:s|ed|ing)?"],
    # A draft document whose contents the post goes on to describe ("the draft strategy
    # drops the 2030 target") is revealed, cleared or not.
    "draft_documents": [
        r"draft (?:\w+ ){0,2}?(?:strategy|report|plan|bill|budget|guidance|policy|paper"
        r"|memo|memorandum|costings?|tables|deck|slides|annex|cabinet paper|decision"
        r"|framework|review|proposals?|regulations?|rules|statement|white paper|green paper"
        r"|consultation response|business case|submission|impact assessment|spending plans?"
        r"|forecast|estimates?|figures|allocations?|settlement|code|standard|answers|lines"
        r"|briefing|brief|speech|wording|letter|q&a|qs and as|note|minutes|response"
        r"|press release|script|notice|text)",
    ],
    "draft_contents": [
        r"says", r"said", r"recommends?", r"proposes?", r"drops?", r"scraps?", r"cuts?",
        r"rejects?", r"accepts?", r"criticis(?:es|ed)", r"blames",
        r"includes?", r"has (?:a|an|the) (?:\w+ )?(?:chapter|section|line|table|figure)",
        r"sets? out", r"would", r"will", r"shows?", r"finds", r"concludes", r"puts",
        r"commits?", r"(?:has|have|had) (?:\w+ )?(?:at|down as|as)", r"plans?", r"caps?",
        r"removes?", r"adds?", r"moves?", r"allocates?", r"gives?", r"[£$€]\s?\d",
        r"\d+(?:\.\d+)?\s?(?:%|per ?cent)",
    ],
    "draft_uncleared": [
        r"not (?:yet )?(?:cleared|signed[- ]off|approved|agreed|final|published)",
        r"not \w+ yet", r"uncleared", r"for comment", r"came through", r"do not", r"don't",
        r"pending", r"still marked", r"landed", r"leaked", r"internal", r"seen the",
        r"saw the", r"sneak peek", r"first look", r"finalising", r"finalizing",
        r"(?:got|had|have) (?:sight|a copy|an? (?:early|advance) copy)", r"read the",
        r"printer", r"left (?:it |the \w+ )?(?:on|in|at)",
        # Still going round the machine for clearance.
        r"clearance", r"write[- ]round", r"(?:still )?in draft", r"awaiting", r"unsigned",
        r"internally",
        # Sent to the body it is about to check its facts before it goes out.
        r"factual accuracy", r"accuracy check(?:ing|s)?", r"fact[- ]?check(?:ing)?",
        r"(?:came|comes|come|sent|went|landed) (?:over |back |through )?(?:to|with) (?:us|me)",
        r"(?:ahead of|before|pending) (?:the )?(?:\w+ )?(?:sign[- ]off|clearance|approval)",
        r"(?:hasn't|haven't|has not|have not|not yet) (?:been )?(?:to|before) (?:the )?(?:\w+ )?"
        r"(?:board|panel|committee|cabinet|ministers?)",
        r"(?:hasn't|haven't|has not|have not|isn't|is not|not) (?:yet )?(?:been )?(?:through"
        r"|past|signed|cleared|approved|agreed)",
        r"(?:needs?|waiting for|subject to) (?:\w+ )?(?:sign[- ]off|clearance|approval)",
        r"(?:sitting|sat|stuck|parked|waiting|languishing)"
        r" (?:with|in|on|at)", r"(?:with|to|in|at) (?:no ?10|no\. ?10|number 10|downing street"
        r"|spads?|private office)",
    ],
    "draft_public": [
        r"consultation", r"have your say", r"publicly available",
        # Not "until it's published": that is still ahead.
        r"(?<!until it's )(?<!until it is )(?<!till it's )(?<!til it's )(?<!before it's )"
        r"(?<!before it is )(?<!when it's )(?<!once it's )(?<!until they're )(?<!be )"
        r"(?<!until )(?<!before )published",
        r"(?<!not )(?<!n't )(?<!not yet )(?:finally |now )?signed off", r"legislation", r"bill",
        r"now public",
    ],
    # Outcomes under embargo or commercial confidence until announced.
    "pre_release": [
        r"(?:pre-release|prerelease) (?:access|list|copy|figures|numbers|data|briefing|sight)",
        r"early sight of (?:the )?(?:figures|numbers|data|stats|statistics)",
        r"ahead of (?:publication|release|the release)",
        # Working on the release itself: its tables and bulletin before they are out.
        r"(?:my|our) (?:reading|read|look|check) of the (?:final |latest |draft )?(?:tables"
        r"|figures|numbers|data|release|bulletin)",
        r"(?:final|draft) (?:\w+ )?(?:tables|bulletin)",
        r"(?:sit|sitting|sat) on (?:some|the|our|these|this) (?:\w+ ){0,3}?(?:numbers|figures"
        r"|data|stats"
        r"|statistics|results)",
        r"finish(?:ed|ing) (?:the|our) (?:final )?(?:tables|bulletin|release|forecast)",
        r"quality[- ]assur(?:ed|ing) the (?:tables|figures|release|bulletin|numbers)",
        r"qa-?(?:'d|ed|ing) the (?:tables|figures|release|bulletin|numbers)",
        r"sign(?:ed|ing) off the (?:tables|release|bulletin)",
        # What a fiscal event will do to a tax or benefit, before it is delivered.
        r"(?:budget|mtbps|autumn statement|spring statement|spending review|mini-budget"
        r"|fiscal event)(?:'s| is| will|'ll)(?: going to| set to)? (?:freeze|raise|cut|increase"
        r"|scrap|abolish|extend|lower|hike|double|halve|put up|bring in|introduce)"
        r"(?: [\w-]+){0,3}? (?:duty|duties|tax|taxes|vat|levy|rates?|allowance|threshold|relief"
        r"|cap|band|grants?|pensions?|benefits?|credits?)",
        # What figures dated ahead will show: "next week's figures are going to show...".
        r"(?:tomorrow's|tonight's|next (?:week|month|quarter)'s|" + _WEEKDAY + r"'s)"
        r" (?:[\w-]+ ){0,3}?(?:figures|stats|statistics|numbers|data|bulletin|survey|results"
        r"|count|release) (?:are|is|will|'ll|are gonna|is gonna)(?: going to)? (?:show|make"
        r"|reveal|confirm|surprise|shock|be (?:grim|bad|awful|terrible|brutal|ugly|good|great"
        r"|interesting|worse|better|a shock|a surprise))",
        # Work on a release dated ahead: "finished the pipeline for next month's coverage
        # release", not its release notes.
        r"(?:finish(?:ed|ing)?|build(?:ing)?|built|running|ran|check(?:ed|ing)?|writing|wrote"
        r"|prepping|preparing|prepared|drafting|drafted|signing off|signed off)"
        r" (?:the|our|my) (?:[\w-]{1,20} ){0,2}?(?:pipeline|tables|charts|bulletin|dashboard"
        r"|figures|numbers|stats|data|analysis|commentary|headlines) for (?:next (?:week|month"
        r"|quarter)'s|tomorrow's|this (?:week|month)'s|" + _WEEKDAY + r"'s) (?:[\w-]{1,20} ){0,3}?"
        r"(?:release|bulletin|publication|stats|statistics|figures)(?! notes)",
    ],
    # Hints about statistics before their release: a coy cue beside figures that are
    # dated ahead ("can't say much, but next Thursday's figures will surprise 👀").
    "teaser_cues": [
        "\U0001f440", "\U0001f92b", "\U0001f910",
        # A wink or smirk beside news: "Told you it'd happen 😏".
        "\U0001f609", "\U0001f60f",
    ],
    # A peek or a hush: beside protected news (not a wink, which goes with guesses too),
    # as coy as "let's just say" ("Big op planned across Salford next week 👀").
    "secrecy_emoji": ["\U0001f440", "\U0001f92b", "\U0001f910"],
    "statistics": [
        r"figures", r"statistics", r"stats", r"numbers", r"data", r"cpi", r"inflation",
        r"gdp", r"unemployment", r"bulletin", r"labour market", r"jobs report",
    ],
    # The author says they know more than they may say ("let's just say", "without giving
    # too much away"). Ordinary in other talk, so it counts only beside a kind of news
    # that is protected until released, an inside source, or an author whose own work is
    # such news.
    "withholding_cues": [
        r"(?:can't|cannot|can not|won't|couldn't) say (?:much|more|anything|a word|too much)",
        r"that's all i(?:'ll| will| can|'m| am) (?:say|saying|allowed to say)",
        r"all i(?:'ll| will| can) say is", r"let's just say",
        r"without (?:giving|saying|going into) (?:too much|anything|much"
        r"|the details?|details?|specifics|names)(?: away)?",
        r"(?:won't|can't|cannot|not going to|not able to) go into (?:the )?(?:specifics|details?)",
        r"not spoiling anything", r"no spoilers", r"spoiler(?: alert)?",
        r"(?:can|will) neither confirm nor deny", r"(?:don't|do not) quote me",
        r"(?:can't|cannot) name names",
        r"draw your own conclusions", r"(?:my )?lips(?: are)? sealed",
        # Knowing and not telling: "knowing what's in it and saying nothing".
        r"(?:knowing|i know|we know) what's in (?:it|them|there|the [\w']{1,20})",
        r"(?:i'll |i will |so |and |to )?say(?:ing)? nothing",
        # Leaving readers to work it out: "you can probably guess who came second".
        r"(?:you can|you'll|can you|you may|you might)(?: probably)? guess (?:who|which|what)",
        # Holding back the one detail that matters: "won't say who scored highest".
        r"(?:can't|cannot|can not|won't|couldn't) (?:say|tell you|reveal|name) (?:who|which|whose"
        r"|the (?:\w+ )?(?:rating|score|result|outcome|winner|names?|figure|number))",
        r"(?:can't|cannot|can not|won't|couldn't|not allowed to) name (?:them|him|her|anyone"
        r"|the (?:firm|company|business|trader|shop|school|home|agency|suspects?|family))",
        # Not naming the body a decision is about: "won't name the council, but...".
        r"(?:can't|cannot|can not|won't|couldn't|not allowed to) name (?:the )?(?:council"
        r"|authority|department|trust|provider|supplier|force|university|college|charity"
        r"|hospital|practice|operator|bank|insurer|landlord|club|plant|factory|facility|site"
        r"|product|brand|manufacturer|retailer|employer)",
        r"(?:can't|cannot|can not|not able to|unable to) share (?:it|this|that|them)(?! enough)",
        r"not (?:ours|mine|for me|for us) to (?:talk about|say|share|tell|reveal)",
        r"that's all (?:you're|you are|you'll|you will) (?:getting|get)",
        r"no (?:numbers|figures|details) (?:till|until|before)",
        r"(?:i'm|i am|we're|we are) not (?:allowed|supposed|meant|permitted) to say",
        # Telling it first: news ahead of its release, but an own service's news ahead of
        # its letters or press release is the announcement check's; only protected news
        # (figures, fiscal, contracts...) is confidential.
        r"you (?:heard|read|saw) (?:it|this) (?:here )?(?:first|early)",
        r"you(?:'re| are) (?:hearing|reading|seeing|getting) (?:it|this) (?:here )?(?:first"
        r"|early|before (?:anyone|everyone|the rest))",
        r"(?:thought )?you'd (?:want|like) to (?:know|hear) (?:it )?first",
        r"sneak (?:peek|preview)",
    ],
    # Kinds of news protected until their release: official statistics and forecasts,
    # fiscal and market-sensitive decisions, regulatory, inspection and enforcement
    # outcomes, court cases, procurement, exams, and police or military operations.
    "protected_topics": [
        r"figures", r"statistics", r"stats", r"numbers", r"cpi", r"inflation", r"gdp",
        r"unemployment", r"labour market", r"(?:flash )?estimates?", r"forecasts?",
        r"projections", r"surveys?", r"survey results",
        r"budget", r"(?:autumn|spring) statement", r"spending review", r"finance bill",
        r"fiscal event",
        # Not a service's own channel: "the new council tax app".
        r"tax(?:es)?(?! (?:app|apps|website|portal|account|chatbot|web ?chat|online service|page"
        r"|form))",
        r"(?:fuel|excise|alcohol|tobacco) duty",
        r"(?:cash|stocks and shares|lifetime|junior) isas?",
        r"isa (?:limit|allowance|subscription)s?",
        r"(?:personal|tax-free|pension|annual|lifetime|dividend|savings) allowances?",
        r"duty (?:rates?|freeze|rise|cut)", r"levy", r"price cap", r"the cap",
        r"interest rates?", r"(?:bank|policy) rate", r"rate decision", r"monetary policy",
        r"inspections?", r"inspectors?", r"ofsted", r"ratings?", r"reports?(?! cards?)",
        r"reviews?",
        # Regulatory sanctions, decision panels, and business rates and reliefs.
        r"reprimands?", r"panels?", r"business rates", r"(?:rates?|tax) relief",
        r"findings", r"fines", r"fined", r"(?:a|the|our|its|their|biggest|largest|record) fine",
        r"penalt(?:y|ies)", r"enforcement", r"investigations?",
        r"mergers?", r"remedies", r"rulings?", r"judgments?", r"verdicts?", r"trials?",
        r"jury", r"jurors?", r"prosecutions?",
        r"contracts?", r"contractors?", r"suppliers?", r"tenders?", r"bids?", r"bidders?",
        r"exams?", r"exam papers?", r"grade boundaries", r"pass rates?",
        r"postal votes?", r"(?:election|vote|ballot) counts?", r"the count",
        r"(?:fee|fees|tuition|rent|pay) caps?", r"(?:product |food )?recalls?",
        r"(?:draft |final )?determinations?",
        r"(?<!-)(?<!photo )op(?!-)", r"police operation", r"raids?", r"deployments?",
        r"evacuations?", r"arrests?", r"crackdown",
        # Enforcement against a business, and papers of a closed board.
        r"(?:closure|prohibition|improvement) (?:notices?|orders?)",
        r"closed (?:down )?(?:a|an|the) (?:\w+ )?(?:takeaway|restaurant|shop|premises|business"
        r"|bar|pub|cafe|caf\u00e9|salon|kitchen|venue|care home|nursery)",
        r"(?:risk )?assessments?", r"board papers?",
    ],
    # Signs that what the post describes will be released later, so is not out yet.
    "release_later": [
        r"(?:out|published|publishes|release|released|laid|announced|lands?|due|drops?"
        r"|public|handed down)"
        r"(?: officially)? (?:on (?:the )?\d{1,2}(?:st|nd|rd|th)?|on " + _WEEKDAY
        + r"|after (?:half[- ]term|the (?:holidays|break|recess|election))"
        + r"|next (?:week|month|year|" + _WEEKDAY + r")|in (?:a |about |around )?(?:fortnight"
        r"|[\w-]{1,12} weeks?|[\w-]{1,12} months?)|tomorrow|later (?:this|today)"
        r"|this (?:week|month)|before (?:the )?summer|early (?:in )?(?:the )?new year|"
        + _WEEKDAY + r")",
        r"(?:you'll|you will|we'll) (?:read|see|hear) (?:about )?(?:it |this |them )?officially",
        # A paper put up later: "officers' report goes up next week".
        r"(?:report|papers|agenda|bulletin|minutes|notice|results|figures)"
        r" (?:goes|go|going|gets|get|will go|will be put) (?:up|online|live)"
        r" (?:on (?:the )?\d{1,2}|on " + _WEEKDAY + r"|next (?:week|month|" + _WEEKDAY
        + r")|tomorrow|later this week|this week|" + _WEEKDAY + r")",
        # Told to hold on for it: "you might want to wait for Thursday", not "can't wait".
        r"(?<!n't )(?<!cannot )(?<!not )wait (?:for|until|till|til) (?:" + _WEEKDAY
        + r"|tomorrow|next (?:week|month)|the \d{1,2}(?:st|nd|rd|th)?\b)",
        # Heard from whoever announces it, later: "you'll hear it from the minister on
        # Thursday"; full details, or the press release, still to come.
        r"(?:you'll|you will) (?:hear|read|see) (?:it|this|about it) (?:officially |formally )?"
        r"from (?:the |our )?(?:minister|secretary of state|[\w-]+ secretary|secretary|mayor"
        r"|chancellor|premier|pm|prime minister|commissioner|chief executive|leader|council"
        r"|board|department|regulator)",
        r"(?:full |more )?details (?:to follow )?(?:on " + _WEEKDAY + r"|next (?:week|month)"
        r"|tomorrow|later this week)",
        r"(?:press release|announcement|release|publication|statement) (?:is |'s )?"
        r"(?:still )?(?:a few|a couple of|two|three|several|some) (?:days|weeks|months)"
        r" (?:off|away)",
        _WEEKDAY + r"(?:'s| is) results day",
        r"official (?:list|announcement|news|release|comms|version|statement|notice"
        r"|publication|letters?)(?: is| are| will be)? (?:out|to follow|to come|follows"
        r"|will follow|due|goes out|lands)",
        r"(?:comms|announcement|statement|release) (?:is |are |will )?(?:to follow|to come"
        r"|follows?|will follow)",
        r"due to be (?:laid|published|released|announced)",
        r"(?:bulletin|release|figures|stats|statistics|report|data|publication|survey)"
        r" (?:will|'ll|is going to|are going to) (?:show|confirm|have|carry) (?:it|this|that|them)",
        r"(?:minister|secretary of state|premier|pm|chancellor|commission|department)"
        r" (?:will|is going to|is due to) (?:announce|publish|table|unveil)",
        r"publication (?:early|next|in|on|due)",
        r"(?:results|release|publication) day(?: is)?(?: on)? (?:the )?(?:\d|tomorrow|next|"
        + _WEEKDAY + r")",
        r"(?:announcement|release|statement|circular|notification)"
        r"(?: is| will be| goes out| comes out| lands| drops| due)?(?: on)? (?:tomorrow|next"
        r" (?:week|month)|later this week|" + _WEEKDAY + r")",
        r"when (?:it|they|it's|they're) (?:lands?|comes? out|(?:is |are |'s |'re |gets? )?"
        r"(?:out|published|released))",
    ],
    # What a report, review or set of figures finds, said before it is released.
    "findings_subjects": [
        r"reviews?", r"reports?", r"findings", r"forecasts?", r"estimates?", r"projections",
        r"modell?ing", r"headlines?", r"grade boundaries", r"gdp", r"inflation", r"cpi",
        r"unemployment", r"(?:the |our )?(?:\w+ )?rate", r"borrowing", r"figures",
        r"statistics", r"stats", r"numbers", r"results", r"ratings?", r"recommendations?",
        r"performance", r"(?:the|waiting) list",
    ],
    "findings_reveals": [
        r"(?:will |would |is going to |is set to )?recommend(?:s|ing)?",
        # Not "you can find out more".
        r"(?:will |would )?(?:find|finds|found)(?! out)", r"(?:will |would )?concludes?",
        r"(?:basically |essentially )?says",
        r"keeps", r"scraps", r"drops",
        r"(?:will |would )?(?:cut|raise|lower|halve|double)", r"(?:halved|doubled|cuts)",
        r"shows? that",
        r"(?:comes?|came|coming) in at",
        # The figure itself, given after a colon or said to hold: "performance for last
        # week: 68.9%", "the pass rate is holding steady at 77%".
        r"(?<=: )(?:about |around |roughly |just (?:under|over) )?[£$€]?\d[\d,]*(?:\.\d+)?"
        r"\s?(?:%|per ?cent|k\b|m\b|bn\b|million|billion)",
        r"(?:is|are|'s|'re) (?:holding|staying|remaining|steady|flat|unchanged)(?: steady| firm"
        r"| flat)? at",
        r"(?:is|are|was) (?:way |well |much |sharply )?(?:up|down)",
        r"(?:is|are|'s|'re|will be|'ll be) (?:much |far |way |a lot )?(?:bigger|smaller|higher"
        r"|lower|worse|better|larger|sharper) than (?:anyone|most|people|we|you|expected"
        r"|forecast)",
        r"(?:are|is|was|were|look|looks) (?:\w+ )?(?:awful|grim|terrible|dreadful|shocking|brutal"
        r"|the worst|the best|a record)",
        r"(?:has|have) (?:risen|fallen|dropped|gone up|gone down|fallen off)",
        r"(?:rose|fell|jumped|dropped|slipped)", r"is approval", r"is rejection",
        r"(?:have|has|puts?) (?:the |it |us |them )?(?:[\w-]+ ){0,3}?(?:passing|hitting|reaching"
        r"|topping|exceeding|breaching|at) (?:about |around |over |nearly )?[£$€]?\d[\d,.]*",
        r"(?:is|are|'s|'re|will|'ll) (?:going to |set to )?(?:shock|surprise|alarm|worry|stun)",
        r"(?:(?:is|are|'s) going to|will|'ll) (?:be|come in|come out|show) (?:at |around |about )?"
        r"(?:negative|positive|higher|lower|above|below|worse|better|[£$€]?\d[\d,.]*%?)",
        r"(?:rated|graded|judged) (?:as )?(?:an? )?(?:outstanding|good|requires improvement"
        r"|inadequate|special measures)",
        # What a recommendation says: "with a recommendation to refuse".
        r"to (?:refuse|approve|reject|grant|close|scrap|dismiss|uphold|decline)",
    ],
    # A closed collective body (Cabinet, the College of Commissioners, a central bank's
    # council) reported to have decided, before the decision is announced.
    # A decision said to wait for its sign-off ("full details once the Minister signs off"):
    # what it will change, told now, is not agreed, let alone public.
    "awaiting_sign_off": [
        r"(?:once|when|after|until|till|til|as soon as) (?:the )?(?:minister|ministers|secretary of"
        r" state|sos|board|cabinet|chief executive|ceo|council|mayor|treasury|hmt"
        r"|director[- ]general|dg|perm sec|permanent secretary|committee|chancellor|premier|pm"
        r"|commissioner|governor"
        r"|exec|top)(?:'s| has| have)? (?:signs?|signed) (?:it |this |them |that |these )?off",
        r"(?:once|when|after|until|till|til) (?:the )?(?:minister|ministers|secretary of state|sos"
        r"|board|cabinet|council|mayor|treasury|chancellor|premier|pm|commissioner) (?:approves?"
        r"|agrees?|okays?|gives (?:it |us )?the (?:go-ahead|green light|nod))",
        r"(?:once|when|after|until|till|til) (?:it's|it is|it gets|they're|they are|it's been"
        r"|it has been) (?:been )?(?:formally |finally )?signed off",
        r"(?:pending|awaiting|waiting (?:on|for)|still needs) (?:the )?(?:final |formal )?"
        r"(?:ministerial|minister's|ministers'|cabinet|board|treasury|hmt|secretary of state's)"
        r" (?:sign[- ]off|approval|clearance)",
    ],
    "collective_decisions": [
        r"(?:cabinet|cabinet committee|the college|the bureau|executive council|governing"
        r" council|the mpc|the fomc|the panel|the committee|the board|members|the commission)"
        r"(?:'s| has| have)? (?:agreed|signed(?: it| this)? off|approved|decided|endorsed"
        r"|rubber-?stamped|backed|chose|picked|voted|rejected)",
        r"panel (?:voted|agreed|decided|approved|backed|rejected)",
        # One person who decides, the same: "the minister signed it off last night".
        r"(?:the )?(?:minister|secretary of state|sos|chancellor|treasurer|commissioner"
        r"|administrator)(?:'s| has)? (?:signed (?:it |this )?off|approved|agreed|decided"
        r"|rubber-?stamped)",
        r"ministers(?: have)? (?:signed (?:it |this |them )?off|approved|agreed|decided"
        r"|rubber-?stamped|backed|chose|picked)",
        # A regulator's own ruling confirmed early: "yep, we're blocking it".
        r"we(?:'re| are|'ll| will)(?: going to)?(?: be)? (?:blocking|approving|clearing|refusing"
        r"|rejecting|prohibiting|fining|banning|revoking) (?:it|this|that|them|a|an|the|two"
        r"|three|several)\b",
        # What officers advise in a report still to come.
        r"(?:staff|officers|officials) (?:are|'re|will be) recommending",
        # A senior appointment named ahead: "the new chief inspector will be named next week".
        r"(?:new|next) (?:chief [\w-]+(?: officer| adviser)?|permanent (?:under-)?secretary"
        r"|perm sec|director[- ]general|ceo|chair|commissioner|head ?teacher|principal)"
        r" (?:will be|is going to be|is to be|gets) (?:named|announced|confirmed|appointed)",
    ],
    # Security controls said to be broken or exposed: a weakness to report inside.
    "security_controls": [
        r"cctv", r"cameras (?:on|in|at|covering) (?:the )?[\w']+",
        r"alarms?", r"(?:door|gate|entry|entrance) (?:locks?|alarms?|sensors?|system|readers?)",
        r"locks",
        r"scanners?", r"metal detectors?", r"firewall", r"vpn(?: config\w*)?",
        r"(?:pass|card|badge|fob|swipe|security) (?:readers?|gates?|barriers?|turnstiles?)",
        r"passwords?", r"credentials", r"api keys?", r"(?:admin|root) (?:account|access)",
        r"(?:door|gate|entry|entrance|keypad|key ?safe|alarm|building|lock|locker|wi-?fi|network)"
        r" (?:codes?|pins?|passwords?)",
        r"mfa", r"2fa", r"config(?:uration)? files?",
        r"vulnerabilit(?:y|ies)", r"security (?:holes?|flaws?|gaps?|bugs?)", r"exploits?",
    ],
    "security_failures": [
        r"(?:has|have) been (?:out|down|broken|disabled|unlocked|switched off|turned off"
        r"|left open|exposed|bypassed)",
        r"(?:is|are|'s|'re|were|was) (?:still )?(?:broken|bust|disabled|unlocked|not working"
        r"|switched off|turned off|left open|wide open|exposed|out of action|out of order)",
        r"still (?:works?|working|valid|live|open|active|unlocked|unpatched|exposed)",
        r"(?:to|on|in) a public (?:github |git |gitlab )?(?:repo|repository|bucket|site|page"
        r"|drive|folder|channel)",
        r"unpatched",
        # Guessable: "they're just the old ones backwards", "still the factory default".
        r"(?:is|are|'s|'re|was|were) (?:just |only |basically |simply |still |literally )?(?:the )?"
        r"(?:old|same|previous|last|original) (?:ones?|codes?|pins?|passwords?)\b",
        r"(?:is|are|'s|'re|was|were) (?:just |only |basically |simply |still |literally )?(?:the )?"
        r"(?:default|factory(?: default)?|factory settings?)\b",
        r"(?:is|are|'s|'re|was|were) (?:just |still |exactly )?(?:the )?same as the"
        r" (?:old|previous) (?:ones?|codes?|pins?|passwords?)",
        r"(?:haven't|hasn't|have not|has not|never) (?:been )?changed",
        r"(?:still )?(?:isn't|is not|hasn't been|has not been|aren't|are not|haven't been"
        r"|have not been|not yet|never been) (?:been )?(?:patched|fixed|remediated|closed)",
    ],
    "release_times": [
        r"tomorrow(?:'s)?", r"next (?:week|month|quarter|" + _WEEKDAY + r")(?:'s)?",
        _WEEKDAY + r"(?:'s)?", r"later (?:this|today)", r"tonight(?:'s)?",
    ],
    "court": [
        r"draft (?:judgment|ruling)", r"embargoed (?:judgment|ruling)",
        r"(?:judgment|ruling)(?:'s| is| has) (?:in|landed|come through|been circulated)",
        r"(?:until|till|before|not yet|yet to be) (?:it's |it is |it has been |been )?handed"
        r" down",
        r"(?:before|ahead of|until|till|pending) (?:the )?(?:formal )?hand[- ]?down",
        r"hand[- ]?down (?:is |isn't |is not |'s )?(?:not )?(?:until|till|due|on|next|tomorrow)",
    ],
    "procurement": [
        r"preferred (?:bidder|developer|supplier|partner|contractor|provider|operator)",
        r"tender (?:outcome|result|decision)",
        r"(?:winning|successful) (?:bid|bidder|tender)", r"(?:contracts?|tenders?|bids?)"
        r"(?: for(?: \w+){1,4}?)? (?:is |are |'s |'re )?going to(?! (?:be|have|get|need|take"
        r"|cost|run|start|end|last|close|open|change|make|require|mean|happen)\b)",
        r"going to the (?:\w+ )?bidder",
        r"(?:won|wins|is winning) the (?:[\w-]{1,24} ){0,2}(?:contract|tender|bid)",
        r"(?:contracts?|tenders?|frameworks?|bids?)(?: for(?: \w+){1,4}?)? (?:has been |have "
        r"been |is being |are being |is |are |'s )?(?:awarded|given) to",
        r"unsuccessful (?:bidders?|suppliers?|tenderers?)",
        # Who got a place on a framework or lot: "all of the big three made it on".
        r"(?:made it|got|gets|getting) (?:on|onto|on to) (?:(?:the|our|this|that|a)"
        r" (?:[\w-]+ ){0,3}?(?:framework|dynamic purchasing system|approved (?:supplier|provider)"
        r" list)|lot \d+|dps)",
        r"framework(?:s|'s)? (?:[\w',-]+ ){0,16}?(?:made it|got) (?:on|onto|on to)(?= *(?:[^\w\s]|$"
        r"|(?:it|too|as well)\b))",
        # Scoring done, award not yet made.
        r"(?:tender|bid) (?:scores?|scoring|evaluations?|rankings?) (?:are |is )?(?:in|done"
        r"|complete|finished|back)",
    ],
    # Links into internal systems: intranet pages, SharePoint and Teams, GSI addresses.
    "internal_links": [
        r"sharepoint\.com(?:/\S*)?", r"teams\.microsoft\.com/\S+",
        r"slack\.com/archives\S*", r"atlassian\.net/(?:wiki|browse|jira)\S*",
        r"intranet(?:\.[\w-]+)+(?:/\S*)?", r"gsi\.gov\.uk(?:/\S*)?", r"gcsx\.gov\.uk(?:/\S*)?",
        r"(?:intranet|internal) (?:link|page|site)(?=\s*:?\s*(?:https?://|www\.))",
    ],
    # Itineraries of ministers and royals are a security matter until trailed.
    "dignitaries": [
        r"minister(?:'s)?", r"secretary of state(?:'s)?", r"(?:home|foreign|health|education"
        r"|defence|defense|environment|transport|housing|justice|business|culture|energy"
        r"|treasury) secretary(?:'s)?", r"prime minister(?:'s)?", r"pm", r"pm's",
        r"premier(?:'s)?", r"first minister(?:'s)?", r"chancellor(?:'s)?", r"treasurer(?:'s)?",
        r"the king(?:'s)?", r"the queen(?:'s)?", r"prince \w+", r"princess \w+", r"royals?",
        r"royal visit", r"the president(?:'s)?", r"vice president(?:'s)?", r"governor(?:'s)?",
        r"sofs(?:'s)?", r"(?:ministerial|minister's|sofs) party",
        # Prisoners whose escort is planned for security.
        r"(?:high[- ]risk|high[- ]security|category [a-d]|cat [a-d]) (?:prisoner )?"
        r"(?:transfer|escort|move|movement)s?", r"prisoner (?:transfer|escort|movement)s?",
        r"(?:removal|deportation) (?:flight|charter)s?",
        r"sos(?:'s)?", r"the secretary(?:'s)?",
        # A planned police action at a named place: a raid, a search, a warrant.
        r"(?:planned |dawn )?(?:search|raid|warrant|arrest)(?: operation)?s? (?:at|on) (?:an? "
        r"|the )?(?:address|property|house|home|flat|premises)",
    ],
    # The one a private office serves, as its staff speak of them ("the boss's day"):
    # a dignitary only when the author works in such an office ("principal_roles").
    "principals": [r"(?:the|my|our) (?:boss|big boss|gaffer|principal)(?:'s)?"],
    "principal_roles": [
        r"private (?:office|secretary|secretaries)", r"diary (?:secretary|manager|team)",
        r"(?:ministerial|minister's|special) (?:adviser|advisor|aide|office)", r"spad",
        r"parliamentary private secretary", r"pps",
    ],
    "visit_words": [
        r"visit(?:s|ing)?", r"land(?:s|ing)? (?:at|in)", r"fl(?:y|ies|ying) (?:in|into|to)",
        r"travel(?:s|ling|ing)? to",
        r"tour(?:s|ing)?", r"(?:'s|is|will be|are) (?:at|in|down|up|on site"
        r"|coming)", r"coming to", r"arriv(?:es|ing)", r"drop(?:s|ping)? in",
        r"stop(?:s|ping)? (?:at|in)", r"heading to",
        r"pop(?:s|ping)? (?:in|into|by|over|down|up|round)", r"swing(?:s|ing)? by",
        r"call(?:s|ing)? in (?:at|on)",
        r"walk-?(?:around|about|round)s?", r"coming in (?:through|via|by|at)",
        r"(?:at|on) (?:an? |the )?(?:address|property|house|home|flat|premises)", r"on site",
        r"at (?:the|our|a|an) \w+",
        r"trip", r"flights?", r"train", r"itinerary", r"motorcade", r"convoy",
        r"route",
        r"(?:wheels up|departs?|departing|leaves?|leaving|back (?:on|by|to|for)|there by)",
        r"the \w+ leg", r"leg of the (?:trip|tour|visit)",
    ],
    # A visit already made is news, not a movement to protect.
    "visit_past": [
        r"last (?:week|night|month|" + _WEEKDAY + r")", r"yesterday", r"was", r"were",
        r"went", r"visited", r"came", r"earlier", r"ago", r"thanks?", r"thank you",
        r"(?:great|lovely|good|brilliant|a pleasure) to (?:see|have|welcome|host|show)",
    ],
    "visit_times": [
        r"tomorrow", r"tonight", r"this (?:afternoon|evening)", r"next (?:week|" + _WEEKDAY + r")",
        _WEEKDAY, r"\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?",
        r"at \d{1,2}[:.]\d\d", r"\d{1,2}:\d\d",
        # The 24-hour clock ("0600", "1400hrs"), never a year.
        r"0\d[0-5]\d(?: ?(?:hrs?|hours))?", r"(?:1\d|2[0-3])[0-5]\d ?(?:hrs?|hours)",
    ],
    # Passwords, PINs and door codes: a credential word with a value after it.
    "credentials": [
        r"pass(?:word|code|phrase)s?(?:'s)?", r"pins?(?: (?:code|number))?(?:'s)?", r"pw",
        r"pwd",
        r"(?:wi-?fi|network) (?:key|login)", r"logins?(?: details)?",
        r"codes?(?:'s)?",
    ],
    # A bare "code" is a credential only beside a door, gate, keypad or network.
    "access_places": [
        r"doors?", r"entrance", r"entry", r"gates?", r"keypad", r"locks?", r"lockers?",
        r"key ?safe", r"building", r"wi-?fi", r"network", r"cupboard", r"store ?room",
        r"car park", r"lift", r"turnstiles?", r"alarm", r"padlock", r"side", r"back",
        r"access", r"login", r"log-in", r"sign-in", r"guest",
    ],
    # Security advice quotes example credentials; it does not give one away.
    "credential_advice": [
        r"never", r"scams?", r"fraud\w*", r"phishing", r"example", r"e\.g", r"such as",
        r"weak", r"common", r"guess\w*", r"avoid", r"strong(?:er)?", r"hackers?",
        r"(?:don't|do not) (?:use|share|reuse|give)",
        # The reader's own password, not one given away: "if your password is still...".
        r"if your", r"your (?:password|passcode|pin|login)s?",
    ],
    # Hosts that only resolve inside an organisation's network: internal top-level
    # domains, host names with "internal" or "intranet" in them, private addresses.
    # Matched whole against the host of each link-like word (scheme, path and port
    # removed); only the words where one of "internal_host_hints" is found are read.
    "internal_hosts": [
        r"(?:[\w-]+\.)+(?:internal|intranet|intra|corp|local|lan|localdomain|home\.arpa)",
        r"(?:[\w-]+\.)*[\w-]*(?:internal|intranet)[\w-]*\.(?:[\w-]+\.)*(?:com|net|org|uk|gov"
        r"|au|ca|nz|io|int|us|eu|ie|local|corp|internal)",
        r"localhost", r"10(?:\.\d{1,3}){3}", r"192\.168(?:\.\d{1,3}){2}",
        r"172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}",
        # A Windows share: \\server\share.
        r"\\\\[\w.$-]+(?:\\\S*)?",
    ],
    "internal_host_hints": [
        r"(?:internal|intranet|intra|local|localdomain|corp|lan|arpa)(?![^.:/)\]])",
        r"(?:internal|intranet)[\w-]*\.[a-z]", r"localhost",
        r"(?:10|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.\d{1,3}\.\d", r"\\\\[\w.$-]+",
    ],
    # Signs the material is public after all.
    "public_cues": [
        r"published (?:today|yesterday|this (?:morning|afternoon|week)|here|last"
        # "published on GOV.UK", not "when it's published on the 14th".
        r"|on(?! (?:the )?\d| " + _WEEKDAY + r"))",
        r"(?:is|are|was|were|has been|have been) (?:now )?published", r"now (?:live|public|out)",
        r"out (?:now|today)", r"publicly available", r"already public",
        r"handed down (?:this|today|yesterday|earlier|last)", r"on gov\.uk",
        r"(?:on|from) (?:our|the) website",
        r"open for consultation", r"have your say",
        r"(?<!not )(?<!n't )(?<!nothing's )(?<!nothing has )(?:was|were|been) announced",
    ],
    # Talking about handling rules is not breaking them.
    "handling_advice": [
        r"reminder", r"training", r"refresher", r"anything marked", r"everything marked",
        r"(?:shouldn't|should not|must not|mustn't|never) be", r"how to (?:handle|mark)",
        r"security (?:team|training|course)",
    ],
    "max_findings": 3,
}

# Lists found anywhere in a post (through the phrase book), and lists asked about the
# words around a finding (as plain patterns).
_BOOK_KEYS = (
    "markings", "label_markings", "handling", "secrecy_idioms", "embargo", "insider_sources",
    "revealing_claims", "draft", "draft_documents", "internal_links", "pre_release", "court",
    "procurement", "dignitaries", "public_cues", "teaser_cues", "statistics", "credentials",
    "internal_host_hints", "withholding_cues", "release_later", "security_controls",
    "principals", "awaiting_sign_off",
)
_RANGED_KEYS = (
    "embargo_topics", "embargo_over", "draft_uncleared", "draft_public", "draft_contents",
    "visit_words", "visit_times", "handling_advice", "release_times", "visit_past",
    "access_places", "credential_advice", "reader_advice", "personal_news", "findings_reveals",
    "security_failures", "secrecy_emoji", "principal_roles",
    # Asked only once a cue or a later release has been found, so kept out of the
    # phrase book: their common words ("report", "review") would slow every post.
    "protected_topics", "findings_subjects", "collective_decisions",
)

MESSAGES = {
    "marking": (
        "‘{found}’ is a protective marking. Marked material must not be posted or described "
        "on social media, even in outline. Remove it; if the document is published later, "
        "link the published version."
    ),
    "handling": (
        "‘{found}’ says this is not meant to go further. If it should not be shared, it "
        "should not be posted: official information stays inside until it is released. "
        "Delete the post, or wait for publication and link that."
    ),
    "embargo": (
        "‘{found}’ marks embargoed material. An embargo binds until the stated time, and a "
        "post breaks it. Wait until the embargo lifts, then share the published link."
    ),
    "insider": (
        "‘{found}’ shows this comes from inside and is not public. Unpublished internal "
        "figures, papers and discussions are not yours to release. Remove the detail; share "
        "it only once it is officially published."
    ),
    "draft": (
        "‘{found}’ refers to a draft that has not been cleared or published. Drafts stay "
        "inside until they are signed off and released. Wait for the published version."
    ),
    "pre_release": (
        "‘{found}’ points to statistics before their release. Pre-release access is under "
        "embargo and you must not share or hint at the contents. Wait for publication."
    ),
    "court": (
        "‘{found}’ refers to a judgment before it is handed down. Draft judgments are "
        "confidential to the parties until then. Wait for the hand-down and link the "
        "published judgment."
    ),
    "procurement": (
        "‘{found}’ reveals a procurement outcome before it is announced. Contract decisions "
        "are commercially sensitive until the award is published."
    ),
    "internal_link": (
        "‘{found}’ points into an internal system. Intranet, SharePoint and Teams links "
        "reveal internal material and systems and must not be posted publicly. Remove the "
        "link; share the published version if there is one."
    ),
    "credential": (
        "‘{found}’ gives away a password, PIN or door code. Anyone can read a public post, "
        "and credentials to buildings, networks or accounts must never be posted. Remove it, "
        "have it changed, and share it with colleagues through an internal channel."
    ),
    "teaser": (
        "‘{found}’ hints at something you know but may not share yet. A hint at statistics, "
        "a fiscal or regulatory decision, an inspection, a court case, a contract or an "
        "operation before its release gives it away as surely as the detail. Say nothing "
        "until it is published, then link the published version."
    ),
    "findings": (
        "‘{found}’ gives what a report, review or set of figures says before it is "
        "released. Findings stay confidential until publication, and a preview pre-empts "
        "it. Wait for the publication and link it."
    ),
    "unsigned": (
        "‘{found}’ says the decision is not signed off yet, and the post gives what it will "
        "change. Until it is agreed and announced, that is not yours to share. Wait for the "
        "announcement and link it."
    ),
    "collective": (
        "‘{found}’ reports a decision of Cabinet or a similar closed body before it is "
        "announced. Its decisions are confidential until then. Wait for the announcement "
        "and share that."
    ),
    "security": (
        "‘{found}’ describes a security weakness. A public post tells anyone where the gap "
        "is. Delete it and report the weakness to your security team instead."
    ),
    "itinerary": (
        "‘{found}’ gives movements in advance: a minister's, a royal's or a guarded "
        "prisoner's. Itineraries are a security matter until the press office has trailed "
        "the visit. Post after the visit instead."
    ),
}

# A capital marking counts only where the writing around it is not itself in capitals.
_LOWER_LETTER = re.compile(r"[a-z]")
# "declassified" is no marking: the word boundary keeps it out.
_MARKED = re.compile(r"\b(?:marked|classified|graded|classification|stamped)\W*$",
                     re.IGNORECASE)
# A marking written on something: "the SECRET annex", "SECRET across the top", "it's all
# SECRET".
_MARKS_A_THING = re.compile(
    r"\s+(?:version|document|doc|text|papers?|cables?|brief|briefing|emails?|annex|files?"
    r"|report|draft|slides?|deck|pack|material|info|information|system|network|watermark"
    r"|stamp|sticker|header|banner|notes|minutes|memo)\b"
    r"|\s+(?:across|at|on|along) (?:the )?(?:top|bottom|front|header|footer|cover|corner)"
    r"|\s+on (?:every|each) page", re.IGNORECASE)
_SAYS_IT_IS = re.compile(r"(?:\b(?:it|that|this|they|which)(?:'s| is|'re| are)|\b(?:is|are))"
                         r"\s+(?:all\s+)?$", re.IGNORECASE)
# ...said of it at the end of a clause ("it's all SECRET anyway"), not "is SECRET Santa".
_CLAUSE_END = re.compile(r"\s*(?:[^\w\s]|$|(?:anyway|too|though|now|really|btw)\b)",
                         re.IGNORECASE)
# Markings that no longer apply.
_NO_LONGER = re.compile(r"\b(?:declassified|formerly|previously|once|downgraded)\W*$",
                        re.IGNORECASE)
# A marking told of the past: "was marked SECRET at the time" (and is open now).
_BACK_THEN = re.compile(r"\W*(?:at the time|back then|in (?:its|their) day"
                        r"|when (?:it was|they were) (?:written|filed|made|created|sent))\b")
_LABEL_END = re.compile(r"\s*(?:[:/,)\]]|[-\u2013\u2014]\s|$)")
# A label heads a line: nothing but punctuation before it, a colon or dash after it.
_LINE_HEAD = re.compile(r"[^\w\n]*$")
_LABEL_MARK = re.compile(r"\s*[:\u2013\u2014-]")
_OWN_DRAFT = re.compile(r"\b(?:my|i'm|i am|i've|i have|i)\W+(?:\w+\W+){0,2}$")
_UNTIL_AFTER = re.compile(r"\W*(?:until|till|before|to)\b")


class Check:
    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None:
        lists = {key: phrase_list(config, key) for key in _BOOK_KEYS + _RANGED_KEYS}
        self.book = PhraseBook({key: lists[key] for key in _BOOK_KEYS})
        self.ranged = {key: word_alternation(lists[key]) for key in _RANGED_KEYS}
        capitals = phrase_list(config, "capital_markings")
        # Matched on the post as written; no leading assertion, so the engine can skip
        # straight to capital letters. The word boundary before is checked afterwards.
        self.capital_markings = (
            re.compile(r"(?:" + alternation(capitals) + r")(?![\w-])") if capitals else None)
        self.max_findings = positive_int(config, "max_findings")
        domains = shared.get("official_domains", ())
        if not isinstance(domains, list | tuple) or not all(isinstance(d, str) for d in domains):
            raise ValueError("'official_domains' must be a list of web domains.")
        self.official_domains = tuple(d.lower() for d in domains)
        hosts = phrase_list(config, "internal_hosts")
        self.internal_hosts = (
            re.compile(r"(?:" + alternation(hosts) + r")") if hosts else None)

    def find(self, post: Post) -> list[Finding]:
        text = post.text
        if not text or not text.strip():
            return []
        low = quick_fold(text)
        p = self.book.read(low)
        capitals = self._capital_candidates(text)
        hinted = self.internal_hosts is not None and p["internal_host_hints"]
        if not (capitals or p["markings"] or p["label_markings"] or p["handling"]
                or p["embargo"] or p["insider_sources"] or p["secrecy_idioms"] or p["draft"]
                or p["pre_release"] or p["court"] or p["procurement"] or p["dignitaries"]
                or p["principals"] or p["awaiting_sign_off"]
                or p["internal_links"] or p["teaser_cues"] or p["credentials"]
                or p["withholding_cues"] or p["release_later"] or p["security_controls"]
                or hinted):
            return []
        where = sentence_index(low)
        found: list[tuple[int, int, str]] = []
        markings = (spans(p["markings"], low) + self._labels(p, low, where)
                    + self._capital_markings(text, where, capitals))
        found.extend((s, e, "marking") for s, e in markings
                     if not (self._advice(low, where, s) or _BACK_THEN.match(low, e)))
        found.extend(self._handling(p, low, where))
        if p["security_controls"]:
            found.extend(self._security_weaknesses(p, low, where))
        found.extend((s, e, "internal_link") for s, e in spans(p["internal_links"], low))
        if hinted:
            found.extend(self._internal_hosts(p, low))
        if p["credentials"]:
            found.extend(self._credentials(p, text, low, where))
        linked = bool(p["embargo"] and LINKISH.search(text)
                      and official_links(text, self.official_domains))
        found.extend(self._embargoes(p, low, where, linked))
        # A claim that reveals something counts only beside an inside source or a
        # secrecy idiom, so it is looked for only then.
        revealing = bool((p["secrecy_idioms"] or p["insider_sources"])
                         and (p["revealing_claims"] or p["release_later"]
                              or any(_QUOTATION.match(low, e)
                                     for _, e in spans(p["insider_sources"], low))))
        if revealing:
            found.extend((s, e, "handling") for s, e in spans(p["secrecy_idioms"], low))

        later: list[tuple[int, int, str]] = []
        if revealing:
            later.extend((s, e, "insider") for s, e in spans(p["insider_sources"], low))
        later.extend(self._drafts(p, low, where))
        later.extend((s, e, "pre_release") for s, e in spans(p["pre_release"], low))
        teased = []
        if (p["teaser_cues"] or p["withholding_cues"]) and p["statistics"]:
            teased = self._statistics_teased(p, low, where)
        if p["withholding_cues"] and not teased:
            teased = self._withheld(p, low, post, spans(p["withholding_cues"], low))
        if p["teaser_cues"] and not teased:
            # Of the coy emoji, a peek or a hush is as coy as "let's just say".
            hush = spans(self.ranged["secrecy_emoji"], low)
            if hush:
                teased = self._withheld(p, low, post, hush)
        later.extend(teased)
        if p["release_later"]:
            later.extend(self._findings_before_release(low, where))
            later.extend((s, e, "collective")
                         for s, e in spans(self.ranged["collective_decisions"], low))
        elif p["withholding_cues"] or p["secrecy_idioms"] or p["teaser_cues"]:
            # A decision told with a coy cue ("can't say much, but ministers signed it
            # off") is as early as one told before its dated release.
            later.extend((s, e, "collective")
                         for s, e in spans(self.ranged["collective_decisions"], low))

        if p["awaiting_sign_off"] and self._future_figure(low, where):
            later.extend((s, e, "unsigned") for s, e in spans(p["awaiting_sign_off"], low)[:1])
        later.extend((s, e, "court") for s, e in spans(p["court"], low))
        later.extend((s, e, "procurement") for s, e in spans(p["procurement"], low))
        later.extend(self._itineraries(p, low, where, post))
        # These are public once published: ask only when one of them was found.
        if later and not self._public(p, text):
            found.extend(later)
        return self._findings(text, found)

    def _public(self, p: PostMatches, text: str) -> bool:
        if p["public_cues"]:
            return True
        return bool(LINKISH.search(text) and official_links(text, self.official_domains))

    def _labels(self, p: PostMatches, low: str, where: SentenceIndex) -> list[tuple[int, int]]:
        """Label words that head a line or a sentence and are followed by a colon or a
        dash ("... last week. In confidence: it recommends...")."""
        out = []
        for start, end in spans(p["label_markings"], low):
            line_start = max(low.rfind("\n", 0, start) + 1, where.spans[where.index(start)][0])
            if _LINE_HEAD.match(low, line_start, start) and _LABEL_MARK.match(low, end):
                out.append((start, end))
        return out

    def _capital_candidates(self, text: str) -> list[tuple[int, int]]:
        if self.capital_markings is None:
            return []
        return [m.span() for m in self.capital_markings.finditer(text)
                if m.start() == 0 or not (text[m.start() - 1].isalnum()
                                          or text[m.start() - 1] in "_-")]

    def _capital_markings(self, text: str, where: SentenceIndex,
                          candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out = []
        for first, last in candidates:
            start, end = where.spans[where.index(first)]
            before, after = text[start:first], text[last:end]
            # Capitals for emphasis ("our SECRET weapon") or shouting are not a marking;
            # a marking heads a sentence or a label, follows "marked", or is written on
            # a document ("the LIMITE text", "SECRET across the top", "it's all SECRET").
            heads = not before.strip(" \t([*\"'") or _MARKED.search(before)
            labels = _LABEL_END.match(after) is not None
            written = (_MARKS_A_THING.match(after) is not None
                       or (_SAYS_IT_IS.search(before) is not None
                           and _CLAUSE_END.match(after) is not None))
            shouted = not _LOWER_LETTER.search(before + after)
            if _NO_LONGER.search(before):
                continue
            if (heads or labels or written) and not (shouted and not labels):
                out.append((first, last))
        return out

    def _advice(self, low: str, where: SentenceIndex, at: int) -> bool:
        pattern = self.ranged["handling_advice"]
        start, end = where.spans[where.index(at)]
        return bool(pattern and pattern.search(low, start, end))

    def _embargoes(self, p: PostMatches, low: str, where: SentenceIndex,
                   linked: bool) -> list[tuple[int, int, str]]:
        topics, over = self.ranged["embargo_topics"], self.ranged["embargo_over"]
        out = []
        for start, end in spans(p["embargo"], low):
            s_start, s_end = where.spans[where.index(start)]
            if topics and topics.search(low, max(s_start, start - _TOPIC_REACH), start):
                continue
            if over and over.search(low, end, min(s_end, end + _OVER_REACH)):
                continue
            # A link to the published release means the embargo has passed.
            if linked and not _UNTIL_AFTER.match(low, end):
                continue
            out.append((start, end, "embargo"))
        return out

    def _drafts(self, p: PostMatches, low: str,
                where: SentenceIndex) -> list[tuple[int, int, str]]:
        public, uncleared = self.ranged["draft_public"], self.ranged["draft_uncleared"]
        contents = self.ranged["draft_contents"]
        documents = {s: e for s, e in spans(p["draft_documents"], low)}
        out = []
        for start, end in spans(p["draft"], low):
            index = where.index(start)
            s_start, s_end = where.spans[index]
            # Its status is often the next sentence: "Early draft attached. Not signed off."
            status_end = where.spans[min(index + 1, len(where.spans) - 1)][1]
            if public and public.search(low, s_start, status_end):
                continue
            if uncleared and uncleared.search(low, s_start, status_end):
                out.append((start, end, "draft"))
                continue
            # The author's own draft ("my draft speech says...") is theirs to describe.
            document_end = documents.get(start)
            if (document_end and not _OWN_DRAFT.search(low, s_start, start)
                    and ((contents and contents.search(low, document_end, s_end))
                         or _QUOTATION.search(low, document_end))):
                out.append((start, document_end, "draft"))
        return out

    def _statistics_teased(self, p: PostMatches, low: str,
                           where: SentenceIndex) -> list[tuple[int, int, str]]:
        """Figures dated ahead of their release in a post that teases them."""
        times = self.ranged["release_times"]
        if times is None:
            return []
        for start, end in spans(p["statistics"], low):
            s_start, s_end = where.spans[where.index(start)]
            when = times.search(low, s_start, s_end)
            if when:
                return [(min(start, when.start()), max(end, when.end()), "pre_release")]
        return []

    def _handling(self, p: PostMatches, low: str,
                  where: SentenceIndex) -> list[tuple[int, int, str]]:
        """Handling words, except in advice to readers or beside personal news."""
        found = spans(p["handling"], low)
        if not found:
            return []
        news, advice = self.ranged["personal_news"], self.ranged["reader_advice"]
        if news and news.search(low):
            return []
        out = []
        for start, end in found:
            s_start, s_end = where.spans[where.index(start)]
            if not (advice and advice.search(low, s_start, s_end)):
                out.append((start, end, "handling"))
        return out

    def _withheld(self, p: PostMatches, low: str, post: Post,
                  cues: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """A coy "let's just say" about a kind of news protected until its release, about
        what an inside source gave, or from an author whose work is such news."""
        topics = self.ranged["protected_topics"]
        if topics is None:
            return []
        # A long post's "I can't say much about future plans" is far from its topics.
        about = bool(p["insider_sources"]) or any(
            topics.search(low, max(0, start - _TEASER_REACH), end + _TEASER_REACH)
            for start, end in cues)
        # From an author whose work is such news, about something coming soon.
        soon = self.ranged["release_times"]
        if not about and soon and soon.search(low):
            work = " ".join((post.author.role, *post.author.policy_areas)).lower()
            about = topics.search(work) is not None
        if not about:
            return []
        start, end = cues[0]
        return [(start, end, "teaser")]

    def _findings_before_release(self, low: str,
                                 where: SentenceIndex) -> list[tuple[int, int, str]]:
        """What a report, review or set of figures finds, in a post that says it is
        released later."""
        subjects, reveals = self.ranged["findings_subjects"], self.ranged["findings_reveals"]
        if subjects is None or reveals is None:
            return []
        for start, end in spans(subjects, low):
            s_end = where.spans[where.index(start)][1]
            reveal = reveals.search(low, end, min(s_end, end + _REVEAL_REACH))
            # A verb with a subject of its own is not the report's: "the review guidance
            # will be published on 3 March, and we've found an extra £5m".
            if reveal and not _OWN_SUBJECT.search(low, end, reveal.start()):
                return [(start, reveal.end(), "findings")]
        # A figure something is set to change to, told beside protected news and its
        # later release: "the cap will go up by 6%. Full details on Tuesday." A figure
        # already measured ("starts fell 4.7%") is left to the announcement check.
        topics = self.ranged["protected_topics"]
        if not (topics and topics.search(low)):
            return []
        figure = self._future_figure(low, where)
        return [(figure[0], figure[1], "findings")] if figure else []

    @staticmethod
    def _future_figure(low: str, where: SentenceIndex) -> tuple[int, int] | None:
        """The first figure something is set to change to or by: "will pay $100 more"."""
        for figure in _FIGURE.finditer(low):
            s_start = where.spans[where.index(figure.start())][0]
            if _FUTURE.search(low, max(s_start, figure.start() - _FUTURE_REACH), figure.start()):
                return figure.span()
        return None

    def _security_weaknesses(self, p: PostMatches, low: str,
                             where: SentenceIndex) -> list[tuple[int, int, str]]:
        """A security control said to be broken, bypassed or exposed: not advice, and not
        what to do if it ever is ("change it if you think it's exposed")."""
        failures = self.ranged["security_failures"]
        advice = self.ranged["credential_advice"], self.ranged["handling_advice"]
        if failures is None:
            return []
        for start, end in spans(p["security_controls"], low):
            s_start, s_end = where.spans[where.index(start)]
            failure = failures.search(low, end, min(s_end, end + _REVEAL_REACH))
            if (failure and not _HYPOTHETICAL.search(low, s_start, failure.start())
                    and not any(a and a.search(low, s_start, s_end) for a in advice)):
                return [(start, failure.end(), "security")]
        return []

    def _credentials(self, p: PostMatches, text: str, low: str,
                     where: SentenceIndex) -> list[tuple[int, int, str]]:
        """A password, PIN or door code given with its value."""
        places, advice = self.ranged["access_places"], self.ranged["credential_advice"]
        out = []
        for start, end in spans(p["credentials"], low):
            s_start, s_end = where.spans[where.index(start)]
            if advice and advice.search(low, s_start, s_end):
                continue
            word = low[start:end]
            if word.startswith("code") and not (places and places.search(low, s_start, s_end)):
                continue
            value = _secret_value(text, low, end, min(s_end, end + _VALUE_REACH))
            if value:
                out.append((value[0], value[1], "credential"))
        return out

    def _internal_hosts(self, p: PostMatches, low: str) -> list[tuple[int, int, str]]:
        """Links and host names that resolve only inside an organisation: only the words
        with a hint in them are read."""
        if self.internal_hosts is None:
            return []
        out: list[tuple[int, int, str]] = []
        last_end = -1
        for hint_start, _ in spans(p["internal_host_hints"], low):
            if hint_start < last_end:
                continue
            start = hint_start
            while start > last_end + 1 and not low[start - 1].isspace():
                start -= 1
            chunk = _WORD.match(low, start)
            if chunk is None:
                continue
            last_end = chunk.end()
            word = chunk.group().strip(_WRAP_BEFORE + _WRAP_AFTER)
            if word.startswith("\\\\"):
                host = word
            elif "." in word:
                found = _HOST.match(word)
                host = found.group("host") if found else ""
            else:
                continue
            if host and self.internal_hosts.fullmatch(host):
                at = chunk.start() + chunk.group().index(word)
                out.append((at, at + len(word), "internal_link"))
        return out

    def _itineraries(self, p: PostMatches, low: str, where: SentenceIndex,
                     post: Post) -> list[tuple[int, int, str]]:
        words, times = self.ranged["visit_words"], self.ranged["visit_times"]
        if not (words and times):
            return []
        who = spans(p["dignitaries"], low)
        roles = self.ranged["principal_roles"]
        if p["principals"] and roles and roles.search(
                " ".join((post.author.role, post.author.profile)).lower()):
            who = sorted(who + spans(p["principals"], low))
        for start, end in who:
            s_start, s_end = where.spans[where.index(start)]
            past = self.ranged["visit_past"]
            if (words.search(low, start, s_end) and times.search(low, s_start, s_end)
                    and not (past and past.search(low, s_start, s_end))):
                return [(start, end, "itinerary")]
        return []

    def _findings(self, text: str, found: list[tuple[int, int, str]]) -> list[Finding]:
        found.sort()
        results: list[Finding] = []
        last_end = -1
        for start, end, kind in found:
            if start < last_end:
                continue
            message = MESSAGES[kind].format(found=quoted(text[start:end]))
            results.append(finding(text, start, end, message))
            last_end = end
            if len(results) >= self.max_findings:
                break
        return results


# How far before "embargo" a topic word ("arms", "trade") may be, and how far after it
# the embargo may be said to be over.
_TOPIC_REACH = 25
_OVER_REACH = 40


# How far from a coy "let's just say" the protected news it hints at may be.
_TEASER_REACH = 250
# How far after a report, review or security control what it reveals may be.
_REVEAL_REACH = 80
# A person as the subject of the verb that follows: "...and we've found".
_OWN_SUBJECT = re.compile(r"\b(?:we|i|you|they|he|she)(?:'ve|'d|'ll| have| had| will)?\s+$")
# A figure as news: money, a percentage or a count, not a year ("2026/27").
_FUTURE_REACH = 30
_FUTURE = re.compile(r"\b(?:will|going to|set to|is to|are to)\b|'ll\b"
                     r"|\b(?:drops?|rises?|goes|going) (?:up |down )?to\b")
_FIGURE = re.compile(r"[£$€]\s?\d[\d,.]*\d|\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)"
                     r"|\b(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{3,}\b")

# A condition, not a fact: "if it's exposed".
_HYPOTHETICAL = re.compile(r"\b(?:if|in case|whenever|unless|should)\b")

# How far after a credential word its value may be.
_VALUE_REACH = 60
# A word of a post, without the punctuation that wraps it.
_WORD = re.compile(r"\S+")
_WRAP_BEFORE = "([{'\"\u2018\u201c"
_WRAP_AFTER = ".,;:)]}'\"\u2019\u201d?"
# Numbers that are not secrets: ranges, decimals, dates and times, years, ordinals.
_NOT_SECRET = re.compile(
    r"[\d,.\-\u2013/:+]*[,.\-\u2013/:+][\d,.\-\u2013/:+]*|(?:19|20)\d\d(?:s|-\d\d)"
    r"|\d+(?:st|nd|rd|th|am|pm|s|k|m|bn|p|%|x|gb|mb|mins?|hrs?)|[£$€].*")
_UNITS = frozenset((
    "days", "day", "hours", "minutes", "characters", "chars", "digits", "times", "attempts",
    "people", "staff", "weeks", "months", "years", "letters", "words", "numbers"))
_NOT_AFTER = frozenset(("in", "on", "for", "via", "using", "from", "with", "at", "by", "of",
                        "since", "until", "till", "before", "after"))


def _secret_value(text: str, low: str, start: int, end: int) -> tuple[int, int] | None:
    """The first word in text[start:end] that looks like a password or code: letters and
    digits mixed, or four to eight digits, not a date, time, amount, link or count."""
    previous = ""
    for match in _WORD.finditer(text, start, end):
        word, w_start = match.group(), match.start()
        stripped = word.lstrip(_WRAP_BEFORE)
        w_start += len(word) - len(stripped)
        stripped = stripped.rstrip(_WRAP_AFTER)
        candidate = (len(stripped) >= 4 and any(c.isdigit() for c in stripped)
                     and not any(c in stripped for c in "/@")
                     and previous not in _NOT_AFTER
                     and not _NOT_SECRET.fullmatch(stripped.lower()))
        if candidate:
            following = low[match.end():match.end() + 20].split()
            if not (following and following[0].strip(".,;:") in _UNITS):
                return w_start, w_start + len(stripped)
        previous = low[match.start():match.end()].strip(_WRAP_BEFORE + _WRAP_AFTER)
    return None


# The host in a word that may be a link or host name.
_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:[^/@\s]*@)?(?P<host>[\w.-]+?)\.?(?::\d+)?(?:[/?#]|$)")
# A quotation the post gives: after a colon or at the start of a line.
_QUOTATION = re.compile(r"[:\n]\s*['\"]\w[^'\"\n]{12,}")

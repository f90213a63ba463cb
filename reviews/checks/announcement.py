"""announcement: news that is the press office's to release.

Raises when a post makes, pre-empts or leaks an announcement: a release dated ahead
("the press notice goes out Thursday", "next week's CPI"); a change of policy, money or
service stated as settled ("fares will rise 4.6% in March", "every library will offer
wifi from January", "the pool is getting a £4.5m refit", "from next month we're
trialling…", "cuts the weighting to 20% from April", "the routes stop at the end of
August"); something new or changed, told as settled or coming, with a date or an amount
("we're opening a 24-place base in Sept 2026", "the new pool opens 3 May. £2m", "£600k,
works start in August", "parking goes free from July", "fares are going, for good, from
June", "free meals for every pupil from September", "is to bring in a €2 charge"); a
decision ("it's a done deal", "got the go-ahead", "we've agreed terms with the Hub",
"confirmed at 12%") or an appointment before it is announced; news the author presents
as theirs to break ("can finally say", "Can confirm the ATO will", "so pleased to share that …
will", "pleased to say Fenwick will", "thrilled that the Commission will"); a teaser
("big news coming next week 👀", "keep an eye on the headlines"), including a hint behind
a show of holding back ("without saying too much, January will hurt less"); news dated
by when staff are told or when it is tabled, laid or declared, or held back for its
moment; or news with leak framing ("you didn't hear it from me", "internal only", "just
out of the programme board", "a little birdie tells me") when there is news in it:
money, a change, statistics, a date for something, new posts, something starting, not a
tally of the author's own work or the date drinks are planned. Also a journalist briefed
off the record ("@reporter off the record, the numbers are about right").

Lets pass: what is already out (a link to an official domain, "published today", "out
now", "out this morning", press coverage, an embargo that has lifted, a draft out for
consultation or public comment), a rebuttal of a press report ("refutes the claims made in
tonight's report"), a time of day in a clause of what happens whenever something does
("when the crews come out at 3am"), the end of a hold ("a stir when it lands"), a date in
a clause told in the past ("went out on the 2nd"), someone
else's claim, forecast or denial, routines, ongoing work in general terms, the author's
own plans and personal news ("I'm speaking on Thursday"), one person's case ("her appeal
was approved"), open consultations, operational notices (planned maintenance, roadworks,
traffic management), a deadline for applying or booking ("bookings close at the end of
August"), job adverts, hypotheticals ("would open"), terms, years and events that start
as a matter of course, opening hours, work told as undecided ("looking at the options",
"nothing is decided"), news said to be another body's call ("not our call"), figures
about the staff themselves (a staff survey) and their working arrangements (overtime,
rotas), what a contact at another body passed on, a candidate's campaign, one person's
case or prize ("she's getting £900 back"), the day of a hearing, a helpline that is
"free and confidential", a paper said to carry its marking ("header says
OFFICIAL-SENSITIVE"), and hypothetical questions. "GOV.UK" as a name ("the GOV.UK app")
is not a link to anything published.

Its phrase lists are found through phrases.PhraseBook, shared with other checks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
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

NAME = "announcement"
PRINCIPLE = "no-announcements"

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november"
          r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# After "published on" or "published in": no date follows, so it is not still to come.
_NOT_DATED = (r"(?! (?:on |in )?(?:the )?(?:\d|(?:" + _WEEKDAY + r"|" + _MONTH + r"|next|early"
              r"|late|mid|spring|summer|autumn|fall|winter|coming|a few|a couple|due course)\b))")

DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "severity": "warn",
    # The learned signal (learned.py): when the rules find nothing, warn if the model's
    # probability reaches the threshold. Higher thresholds raise fewer posts.
    "learned_signal": True,
    "learned_threshold": 0.5,
    # Each list below holds regular expressions matched as whole words against the
    # lower-cased post, with curly quotes and dashes made plain.
    #
    # Words that point at a time still to come: when a release or a change is due.
    "future_time": [
        r"tomorrow(?:'s)?", r"tonight(?:'s)?", r"(?<!as )soon", r"shortly",
        r"next (?:week|month|year|fiscal|financial year|term|quarter|session|spring|summer"
        r"|autumn|fall|winter|" + _WEEKDAY + r"|" + _MONTH + r")(?:'s)?",
        r"this (?:spring|summer|autumn|fall|winter)", r"to follow",
        r"over the next (?:\w+ )?(?:days|weeks|months|years)",
        r"(?<!last )(?<!since )(?<!yesterday )" + _WEEKDAY + r"(?:'s)?",
        r"(?:later|end of|by the end of) (?:the|this) (?:week|month|year|spring|summer|autumn"
        r"|fall|winter)",
        r"(?:in|by|from|until|till|through|before|after|for|early|late|mid-|mid|end of|starting"
        r"|effective) (?:the )?(?:spring|summer|autumn|fall|winter|new year|easter|christmas)",
        # A season and its year: "construction starts spring 2026".
        r"(?<!since )(?<!of )(?<!last )(?:spring|summer|autumn|fall|winter) 20\d\d",
        r"(?:by|from|until|till|before|starting|effective) (?:the )?(?:" + _DAY + r" )?" + _MONTH,
        r"(?:in|on|for|early|late|mid-|mid|end of) (?:" + _DAY + r" )?" + _MONTH + r"(?! \d{4})",
        _DAY + r" " + _MONTH + r"(?! \d{4})", _MONTH + r" " + _DAY,
        r"(?:by|from|until|through|before|starting|for all of) (?:20\d\d|fy ?\d\d)",
        # The year a date is moved to: "pushed back to 2031", "brought forward to 2027".
        r"(?:back|forward|delayed|deferred|postponed) (?:to|until|till) 20\d\d",
        # The 14th of the month; not "the 30% drop" or "the 12 new posts" (amounts).
        r"the \d{1,2}(?:st|nd|rd|th|(?![\d.,%]|\s?(?:per ?cent|percent)| (?:new|more|extra"
        r"|additional)\b))",
        # Later in the period: "later in the month" (not "later today": the weather).
        r"later in the (?:week|month|year)",
        r"in (?:a|one|two|three|four|five|six|a few|a couple of|\d{1,3}) (?:days?|weeks?|months?"
        r"|fortnight)",
        r"(?:in |over )?the (?:coming|next few) (?:days|weeks|months)",
        r"\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?", r"00:01",
        r"after (?:caucus|cabinet|recess|the budget|the election)",
        # A state extended for a further period ("frozen for another two years").
        r"for (?:another|a further|an extra|a second|a third) (?:\w+ )?(?:days?|weeks?|months?"
        r"|years?|terms?|quarters?|seasons?)",
        # Part of a month: "in the first week of December".
        r"(?:first|second|third|fourth|last|final) (?:week|fortnight|half) of " + _MONTH,
        # Canada publishes in both official languages.
        r"demain", r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
        r"la semaine prochaine", r"le mois prochain",
    ],
    # The act of releasing news. Near a future time it dates a release still to come.
    "release_acts": [
        r"(?:official |formal |public |ministerial |press |media |big )?announcement",
        r"announc(?:e|es|ing)", r"(?:be|being|get|gets|been) announced",
        r"(?:press|news|media) release", r"release(?: date| day)?",
        r"(?:written |ministerial |oral |formal |official |press )?statement",
        r"publish(?:es|ing)?", r"(?:be|being|get|gets) published", r"publication",
        r"(?:press|public) notice",
        # Not the people: "sorry comms team" names a team, not a release.
        r"comms(?! (?:team|colleagues|people|folks?|office|lead|manager|officer|director)s?\b)",
        # Not "the crews are out fixing drains": out at work is not a release.
        r"(?:is|are|goes|go|going|comes?|coming|'s|'re|gets?|will be|should be) out"
        r"(?! and| \w+ing\b)",
        # Not "vote them out next year" or "back out tomorrow": out after an object or
        # "back" is not a release.
        r"(?<!them )(?<!him )(?<!her )(?<!us )(?<!me )(?<!back )out(?= (?:next|on|this coming"
        r"|tomorrow|later|at \d|" + _WEEKDAY + r"|in (?:a|one|two|three|four|a few|\d+)"
        r" (?:days?|weeks?|fortnight|months?)))",
        r"go(?:es)? live", r"launch(?:es|ing)?", r"ships", r"roll(?:s|ing)? out",
        r"unveil(?:s|ing)?",
        # Not a person landing somewhere ("the minister lands in Tallinn"): travel.
        # Nor a paper reaching someone's desk: "lands on the Commissioner's desk".
        r"lands(?! on (?:[\w-]+'s|the|my|our|his|her|their) (?:[\w'-]+ ){0,3}desk)"
        r"(?! (?:in|at) (?!\d|a |an |one |two |three |a few |the (?:next|coming|spring|summer"
        r"|autumn|fall|winter|new year|week|month)|early|late|mid|next|" + _MONTH + r"\b"
        # Landing in a document is a release: "lands in the state budget".
        r"|(?:the|this|next|our) (?:[\w-]+ )?(?:budget|report|plan|strategy|statement|review)\b))",
        r"go(?:es|ing)? public",
        # "land" and "drop" are also nouns and ordinary verbs; a time must follow.
        r"(?:land|drops?)(?= (?:on|next|this|tomorrow|at|in|early|later|before|after|soon"
        r"|shortly)\b)",
        r"make(?:s|ing)? (?:it|this|them|that) (?:official|public)",
        # Declaring a result ("the returning officer declares at 2am"), not an interest.
        r"declar(?:e|es|ing)(?! (?:an?|my|your|any|our|their) interests?)",
        r"(?:be|being|gets?) declared", r"declaration(?! of interests?)",
        r"(?:press|news|media) (?:conference|briefing)",
        r"presser", r"(?:will|'ll|to|to be|officially) confirm(?:ed)?", r"confirms",
        r"(?:should|will|'ll|to|due to|set to) be confirmed",
        r"(?:is|are|'s) (?:coming|arriving|on (?:the|its) way)(?= (?:next|this|in|on|soon"
        r"|shortly|tomorrow|later|early|" + _WEEKDAY + r")\b)",
        r"notice (?:goes|go|is going) (?:up|out)",
        r"letters? (?:go|goes|going) out",
        r"(?:go(?:es|ne)?|going|heads?) (?:up )?to (?:cabinet|parliament|the house|executive board"
        r"|the board|committee|council|ministers|the minister|the secretary of state"
        r"|treasury board|caucus)",
        r"cabinet (?:sees|signs off|approves|decides)",
        r"(?:are|is|being|get) briefed",
        # Telling staff or partners first dates the news too ("staff get told Monday").
        r"(?:be|being|get|gets|been|are|is) (?:told|informed|notified)",
        # Laying before a legislature is a release.
        r"(?:be |being |gets? |to be )?tabled", r"(?:will|'ll|to|shall) table",
        r"(?:be|being|gets?|is|are|to be|'s|'re) laid(?! off)",
        r"lay(?:s|ing)? (?:the |an? |our |its )?(?:si|sis|order|regulations|statutory instruments?"
        r"|draft (?:order|regulations))", r"tabl(?:es|ing)(?= (?:\w+ )?(?:in|before"
        r"|next|on|this|tomorrow|later)\b| (?:the|a|an|its|his|her|their) )",
        r"annonce(?: officielle)?", r"communiqué",
        # Put up on the official site: "the full list goes on GOV.UK later".
        r"(?:goes|go|going|to go|be put|put) (?:up )?on(?:to)? (?:gov\.uk|the website|our website"
        r"|the council website)",
        # A bill's stages in the legislature: "gets its first reading on Wednesday".
        r"(?:first|second|third) reading",
    ],
    # Things that are released on a date: statistics and documents. They count with
    # a future time only when the sentence also looks forward ("going to", "due").
    "release_subjects": [
        r"figures", r"statistics", r"stats", r"numbers", r"data", r"cpi", r"inflation",
        r"gdp", r"unemployment", r"bulletin", r"results", r"report", r"review", r"strategy",
        r"white paper", r"green paper", r"budget", r"spending review", r"fiscal event",
        # Money shared out on a date: "next year's allocations", "the final settlement".
        r"allocations", r"settlements?",
        # What an evaluation or inquiry found: "the draft findings".
        r"findings",
    ],
    "forward_modality": [
        r"will", r"'ll", r"won't", r"will not", r"going to", r"gonna", r"set to",
        r"due(?! to (?!be\b))",
        r"is to", r"are to", r"about to",
    ],
    # A release held back: dated ahead of its time, whatever the tense.
    "pending_release": [
        r"(?:isn't|is not|aren't|are not|won't be|not) (?:out|published|announced|public"
        r"|released) (?:until|till|before)",
        r"(?:publication|announcement|release|it) (?:isn't|is not|not) (?:until|till|due)",
        r"not (?:until|till) (?:next|the)",
        r"not (?:been )?(?:announced|published|released|public|official|out) yet",
        r"(?:won't|will not|isn't|is not|aren't|are not|not) (?:be )?(?:published|out|released"
        r"|announced|public) (?:until|till|before)",
        # A release kept back for its moment.
        r"(?:announcement|publication|release|news|it|this) (?:is |'s |are |being |has been "
        r"|was )*(?:held back|held over|kept back|on hold|being saved)",
        r"(?:holding|saving) (?:back |off )?(?:the |on the )?(?:announcement|news|release)",
        r"sitting on (?:it|this|them|the news|the announcement) (?:until|till)",
        r"(?:haven't|hasn't|have not|has not) (?:been )?(?:told|informed) (?:\w+ ){0,3}yet",
        r"not (?:yet )?official",
        r"(?:won't|will not|isn't|is not) (?:be )?(?:official|public) (?:for|until|till|yet)",
        r"(?:yet to be|not yet|hasn't been|haven't been) (?:announced|published|released"
        r"|made public)",
        r"ahead of (?:the |its |their )?(?:announcement|publication|release)",
        r"before (?:it's|it is|they're|they are|it gets|it's been) (?:announced|published"
        r"|out|released)",
    ],
    # Policy, money and service changes. They raise when stated as settled for the
    # future (a modal, "being", "to be") with an amount or a date.
    "change_verbs": [
        r"rise|rises|rising|risen", r"go(?:es|ing|ne)? (?:up|down)", r"increas(?:e|es|ed|ing)",
        r"decreas(?:e|es|ed|ing)", r"halv(?:e|es|ed|ing)",
        # Not a comparison set off by a comma: "1,400 cases, double what's published".
        r"(?<!, )double|double(?! what)|doubl(?:es|ed|ing)",
        r"cut|cuts|cutting", r"reduc(?:e|es|ed|ing)", r"lower(?:s|ed|ing)",
        r"rais(?:e|es|ed|ing)", r"drop(?:s|ped|ping)?", r"froz(?:en)?", r"freez(?:e|es|ing)",
        r"scrap(?:s|ped|ping)?", r"abolish(?:es|ed|ing)?", r"axe|axes|axed|axing",
        r"ban|bans|banned|banning", r"cap|caps|capped|capping", r"extend(?:s|ed|ing)?",
        r"expand(?:s|ed|ing)?", r"replac(?:e|es|ed|ing)", r"clos(?:e|es|ing)",
        r"merg(?:e|es|ed|ing)", r"mov(?:e|es|ed|ing) to", r"relocat(?:e|es|ed|ing)",
        r"introduc(?:e|es|ed|ing)", r"bring(?:s|ing)? forward", r"brought forward",
        r"delay(?:s|ed|ing)?", r"postpon(?:e|es|ed|ing)", r"water(?:s|ed|ing)? down",
        r"tighten(?:s|ed|ing)?", r"reopen(?:s|ed|ing)?", r"invest(?:s|ed|ing)?",
        r"fund(?:s|ed|ing)?", r"allocat(?:e|es|ed|ing)", r"award(?:s|ed|ing)?",
        r"get(?:s|ting)? (?:an? |\d[\d,]* |(?:two|three|four|five|six|seven|eight|nine|ten|a few"
        r"|several|dozens of|hundreds of) )?(?:extra|additional|new|more|free)", r"fewer",
        r"add|adds|added|adding", r"shut(?:s|ting)?", r"phas(?:e|es|ed|ing) out",
        r"push(?:es|ed|ing)? (?:[\w-]+ ){0,8}back", r"waiv(?:e|es|ed|ing)",
        # A date moved to a later or earlier year; not "moving back to the office".
        r"mov(?:e|es|ed|ing) (?:[\w-]+ ){0,8}(?:back|forward)(?= (?:to|until|till) 20\d\d)",
        r"suspend(?:s|ed|ing)?", r"paus(?:e|es|ed|ing)", r"halt(?:s|ed|ing)?",
        # Not a visit ("the minister will stop by").
        r"stop(?:s|ped|ping)?(?! by| in| off| over| at (?:the|our|my) (?!(?:start|end) of))",
        r"reinstat(?:e|es|ed|ing)", r"restor(?:e|es|ed|ing)", r"resum(?:e|es|ed|ing)",
        r"exempt(?:s|ed|ing)?", r"remov(?:e|es|ed|ing)", r"go(?:es|ing)? to(?= [£$€\d])",
        r"extends? to", r"com(?:e|es|ing) in at", r"land(?:s|ing)? at(?= [£$€\d])",
        # Money coming to a place or a scheme ("the pool is getting a £4.5m refit").
        r"(?:get|gets|getting|receiv(?:e|es|ing)|secur(?:e|es|ing)|bag(?:s|ging)?)(?= (?:an? "
        r"|another |its |their |the )?(?:extra |additional |further |new |whopping |huge "
        r"|massive )?[£$€])",
        r"slip(?:s|ped|ping)?",
        # Put under review, the word often quoted as a euphemism for closure: "the
        # Limerick office is being 'reviewed'".
        r"(?<=being )(?:'|\")?reviewed", r"(?<=being )(?:'|\")?looked at(?= for)",
        r"put(?:s|ting)?(?= (?:an? |another )?(?:extra |additional |further |new )?[£$€]\d)",
        # A new level given as a difference ("will be 12% lower than this year's").
        r"\d+(?:\.\d+)?\s?(?:%|per ?cent) (?:lower|higher|cheaper|dearer|bigger|smaller)",
        # A state kept on ("the closure is staying for another season").
        r"(?:stay|stays|staying|remain|remains|remaining)(?= (?:in place|in force|frozen"
        r"|unchanged|closed|shut|for (?:another|a further)))",
        # Something new provided, opened or brought in ("we're opening a base", "is to
        # bring in a charge", "we'll be recruiting 40 crew", "takes over as manager").
        # Not opening hours, nor a window for applying ("opening applications").
        r"open(?:s|ing)(?! (?:late|early|later|earlier|hours|times|up|applications|bookings"
        r"|registrations?|nominations|entries|enrolments?|(?:a |the |our )?(?:consultation"
        r"|survey|call|ballot|floor|doors))\b)",
        r"bring(?:s|ing)? in",
        # Recruiting as a plan ("we'll be recruiting 40"), not a job advert ("we're
        # recruiting").
        r"(?<!'re )(?<!are )(?<!is )(?<!'s )(?<!am )(?<!'m )(?:recruit(?:s|ing)?|hir(?:e|es|ing))",
        r"switch(?:es|ing)? (?:(?:it|them|this|that) )?(?:on|off)", r"tak(?:e|es|ing) over",
        r"demolish(?:es|ing)?",
        r"(?:pull|knock)(?:s|ing)? down",
        # A new state from a date ("parking goes free", "the station goes fully on-call").
        r"launch(?:es|ing)?", r"roll(?:s|ing)? out",
        # Or a state named by a compound: "goes car-free", "is going pedestrian-only".
        r"go(?:es|ing)? (?:free|[\w]+-(?:free|only)|cashless|paperless"
        r"|digital|online|fully [\w-]+)",
        # Something ended for good or from a date ("peak fares are going, for good").
        r"(?:going|gone|dead)(?=,? for good| (?:from|as of) )",
        # A free service for everyone, even with no verb ("free meals for every pupil").
        r"free (?:[\w-]+ ){1,3}for (?:every|all|each)",
    ],
    # What makes a change read as settled and still to come.
    "future_modality": [
        r"will(?: be)?", r"'ll(?: be)?", r"shall(?: be)?", r"(?:is|are) (?:set |due |going )?to"
        r"(?: be)?", r"to be", r"set to(?: be)?", r"(?:is|are|'s|'re)(?: now)? being", r"being",
        r"going to(?: be)?", r"gonna(?: be)?", r"plans? to", r"intends? to",
        r"(?:is |are |'s |'re )?planning to", r"about to",
        # Agreed with another party: "have agreed with hapū to close the track".
        r"(?:decided|agreed)(?: with(?: [\w'-]+){1,3})? to",
    ],
    # When a commitment takes effect: with a future modality it makes any verb a
    # commitment ("every practice will offer online booking from next January").
    "commencement": [
        r"(?:from|starting|effective|by|in|before) (?:the )?(?:start of |end of )?(?:next )?"
        r"(?:(?:" + _DAY + r" )?" + _MONTH + r"|spring|summer|autumn|fall|winter|new year"
        r"|20\d\d)",
        r"(?:from|starting|by) next (?:year|month|fiscal|financial year|term|quarter)",
        r"(?:from|starting|as of) (?:next |this )?" + _WEEKDAY,
        r"at the (?:start|end) of (?:next )?(?:" + _MONTH + r"|spring|summer|autumn|fall|winter)",
        r"this (?:spring|summer|autumn|fall|winter)", r"next " + _MONTH,
        r"over the next (?:\w+ )?(?:months|years)",
    ],
    # Under way now: settled only with a date, a new level ("rising to £196") or new posts.
    # "'s" is left out: it is as often a possessive ("the council's cuts").
    "ongoing_modality": [r"(?:is|are|'re)(?: now)?", r"get", r"gets", r"getting",
                         r"stays?", r"remains?"],
    # Nouns that make "is to" describe a purpose rather than a decision ("the aim is to cut").
    "purpose_nouns": [
        r"aim", r"goal", r"ambition", r"idea", r"hope", r"intention", r"priority", r"job",
        r"role", r"purpose", r"mission", r"challenge", r"task", r"plan", r"point", r"objective",
    ],
    # Not news to announce: someone else's claim or forecast, a denial, a routine.
    "reported_or_denied": [
        r"never said", r"(?:not|isn't|is not|wasn't) true", r"untrue", r"false",
        r"no plans?", r"no decision", r"rumou?rs?", r"speculation", r"misleading",
        r"(?:reported|reports?|claims?|claimed|suggests?|suggested|suggesting|alleged) that",
        r"(?:story|stories|article|reports?|rumou?rs?|posts?|claims?) (?:\w+ ){0,2}(?:claiming"
        r"|saying|suggesting|alleging)",
        r"(?:headline|article|story|piece) (?:says|said|claims|claimed|suggests)",
        r"(?:has|have|had) not (?:decided|said|agreed)", r"what if", r"would it help",
        # A rebuttal of what others put out: "refutes the claims made in tonight's report".
        r"refut(?:e|es|ed|ing)", r"rebut(?:s|ted|ting)?",
        r"(?:claims?|allegations?|assertions?|suggestions?) (?:made|repeated|printed|aired)"
        r" (?:in|by|on)",
        r"call(?:s|ed|ing)? (?:on|for)", r"urge|urges|urged|urging", r"lobbying for",
        r"according to", r"(?:analysts|experts|economists|forecasters|markets|commentators"
        r"|reports?|studies|study|polls?|the papers?) (?:say|said|says|predict|predicts|expect"
        r"|expects|suggest|suggests|reckon)",
        r"(?:minister|secretary|prime minister|pm|premier|president|government|spokesperson"
        r"|chancellor|mayor|department) (?:has )?(?:said|says|told|confirmed|announced)",
        r"(?<=, )(?:says|said) (?:the|a|an)", r"probably", r"likely", r"forecasts?", r"predicts?",
        r"predicted", r"expected to",
        # Not "every Year 4 pupil": a school year.
        r"every (?:day|week|month|quarter|year|morning|evening|time)(?! \d)",
        # Operational notices: service information already on the website.
        r"planned (?:maintenance|works|outage|closure|downtime)", r"maintenance",
        r"roadworks", r"diversions?", r"(?:opening|office|service) hours", r"bank holiday",
        # Temporary signals at works, not new lights at a junction.
        r"traffic (?:management|restrictions)", r"(?:temporary|portable|(?:2|3|4|two|three|four)"
        r"-way) traffic lights", r"(?:road|lane) closures?",
        r"(?:road|water ?mains?|sewer|gas mains?|resurfacing|engineering|repair|utility) works",
        r"(?:temporarily|temporary) (?:closed|closure|unavailable|suspended)",
        r"(?:unavailable|offline) (?:for|between|from|on|overnight)",
        r"inconvenience", r"weather permitting",
        # A job advert or a window for applying: what is open to all is published.
        r"apply (?:now|here|online|by|before|today|via)", r"closing date",
        r"(?:we're|we are) hiring",
        r"each (?:day|week|month|quarter|year)", r"usually", r"always", r"normally",
        r"(?:in )?the usual way", r"as (?:usual|always|normal|ever)",
        # A release reported in the past tense is already out.
        # Not "until the report is published" or "published on the 14th": still to come.
        r"(?<!be )(?<!being )(?<!get )(?<!gets )(?<!not )(?<!n't )(?<!is )(?<!'s )(?<!are )"
        # Not "haven't been published yet": a negated perfect is still to come.
        r"(?<!n't been )(?<!not been )(?<!never been )(?<!yet been )"
        r"(?:issued|announced|published|unveiled|set out)(?! (?:until|till|before|next"
        r"|tomorrow))" + _NOT_DATED,
    ],
    # No news to tell: work told as undecided (weighing options, nothing settled) or a
    # date that comes round every year. A sentence with one of these holds no news, and
    # the learned signal does not raise a post with one.
    "no_news": [
        r"(?:looking|look) (?:hard |closely |carefully |again )?at (?:the |all the |our |some "
        r"|a range of )?options",
        r"(?:exploring|considering|weighing(?: up)?|working through|scoping) (?:the |all the "
        r"|our |some |a range of )?options",
        r"nothing(?:'s| is| has been)? (?:decided|agreed|settled|signed off|final)(?: yet)?",
        r"no decisions? (?:has |have )?(?:been )?(?:made|taken)(?: yet)?",
        r"not (?:yet )?(?:been )?decided", r"(?:still|yet) to (?:decide|be decided)",
        r"(?:every|each) (?:year|spring|summer|autumn|winter)(?! \d)",
        r"as (?:it does )?every year",
        r"(?:not|hardly|isn't|is not) news",
    ],
    # Figures about the staff themselves (a staff survey): internal matters, not news
    # for the press office, even behind "internal only".
    "staff_matters": [
        r"(?:staff|pulse|people|engagement|employee|wellbeing|culture) survey",
        r"(?:a |the )?(?:great |good |better |best )?place to work", r"(?:feel|felt) valued",
        r"trust (?:senior )?(?:leaders|leadership|management)",
        # Staff working arrangements: overtime, rotas, shifts and leave are instructions
        # to the staff, not news for the public.
        r"overtime", r"(?:shift|duty) (?:swaps?|patterns?|rotas?|allowances?)", r"rotas?",
        r"(?:annual )?leave (?:requests?|bookings?|freeze|embargo)",
    ],
    # The news said to be another body's to make or tell ("not our call, it's Ofgem's").
    "others_call": [
        # Not "not my call": the author disclaiming a decision of their own organisation.
        r"not (?:our|the department's|the council's) (?:call|decision|announcement|news)",
        r"(?:it's|that's|it is|that is) (?:their|\w+'s) (?:call|decision|announcement)",
        # What a contact elsewhere passed on ("a contact at the Commission told me"): the
        # news is the other body's. Not a contact in the author's own office.
        r"(?:contact|friend|mate|source|counterpart|opposite number)s? (?:at|over at|from)"
        r"(?= (?!(?:the )?(?:department|office|team|work|hq|head office)\b|our\b|my\b))",
        # A candidate's campaign is the campaign's to tell, not the organisation's (and
        # political's business): "join her campaign launch".
        r"(?:his|her|their|election|re-?election|leadership) campaign",
    ],
    # Amounts that make a change concrete.
    "quantity": [
        r"[£$€]\s?\d[\d,.]*(?:\s?(?:k|m|bn|b|million|billion|trillion|thousand))?",
        r"\d[\d,.]*\s?(?:million|billion|bn|m|k)\s?(?:\$|dollars|pounds|euros)",
        r"\d[\d,.]*\s?millions? (?:de )?\$",
        r"\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)",
        r"from \d[\d,.]*\S* (?:\w+ )?to \d[\d,.]*",
        r"\d[\d,]*\s+(?:new |more |extra |additional )?(?:staff|jobs|roles|posts|places|sites"
        r"|offices|centres|centers|medical centers|schools|hospitals|homes|houses|beds|officers"
        r"|nurses|teachers|doctors|people|families|providers|organisations|organizations"
        r"|councils|areas|stations|branches|jobcentres|courts|prisons|routes|services"
        r"|apprentices|apprenticeships|hubs|clinics|libraries|units|grants|properties"
        r"|dwellings|vehicles|buses|trains|patients|students|pupils|children|veterans"
        r"|claimants|procedures|operations|appointments)",
        r"\d+ in \d+", r"\d{1,3}(?:,\d{3})+",
        # A count of new things, whatever they are ("40 new on-call crew"), and a size of
        # provision ("a 24-place base", "a 60-bed ward").
        r"\d[\d,]* (?:new|more|extra|additional) [\w-]+",
        r"\d+-(?:place|bed|bedroom|seat|space|home|unit|room|pitch|bay|classroom|storey|lane)",
        r"by (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?"
        r"|months?|years?)",
        r"by (?:a|one|two|three) (?:half|third|quarter|fifth|sixth|tenth)s?",
    ],
    # Decisions taken but not yet announced.
    "decision_phrases": [
        r"decision (?:on (?:\w+ ){1,5})?(?:is |has been |'s )?(?:now )?(?:made|taken|final)",
        r"(?:has|have|'s|'ve) (?:now )?decided",
        r"decided (?:at|in) (?:the|a|an|today's|this morning's|yesterday's) (?:\w+ )?(?:meeting"
        r"|board|call|cabinet|committee)",
        r"decided (?:this morning|yesterday|today|last (?:night|week))", r"signed off",
        r"sign(?:s|ed)? (?:it|this|them|that) off",
        r"green[- ]?lit",
        r"(?:is|are|has been|have been|'s been|was|got|getting) (?:now |finally )?(?:approved"
        r"|rubber[- ]stamped|signed off)",
        r"(?:get|gets|getting|got|given|giving|receives?|received|has|have|'s) the (?:green light"
        r"|go-?ahead|nod|thumbs[- ]up)",
        # Settled in the idiom of the corridor ("it's a done deal", "the money's in the bag").
        r"(?:a )?done deal", r"in the bag", r"signed and sealed",
        r"(?:is|are|'s|'re|has been|have been|'s been) (?:now |finally |all )?(?:settled|agreed"
        r"|confirmed)(?! (?:that|to|by|in|with|on|at) )",
        # Confirmed at a level: "the uplift is confirmed at 12%".
        r"(?:is|are|'s|has been|have been) (?:now |finally )?confirmed at(?= [£$€]?\d)",
        r"(?:is|are|was|were|has been|have been|'s been|got) (?:now |finally )?(?:picked|chosen"
        # Or closing its clause: "the pilot areas are chosen, and...".
        r"|selected)(?= (?:as|to|for|this|last|today|yesterday|by)\b| ?[,;:.!])",
        r"green[- ]?light(?:s|ed)",
        r"confirmed (?:at|on|in) (?:the|our|today's|this morning's|yesterday's)",
        r"(?:back on|off) the table", r"officially dead",
        r"(?:going|gone|went) with (?:option|the)",
        r"(?:they|ministers|cabinet|we|the board|the panel|the minister) (?:have |'ve |has )?"
        r"(?:picked|chose|chosen|selected)",
        # An agreement struck with another party ("we've agreed terms with the Hub").
        r"(?:they|ministers|cabinet|we|the board|the council|the minister)(?: have| has|'ve)"
        r" (?:now |finally |just )?(?:agreed|signed|struck|reached) (?:terms|a deal|the deal"
        r"|heads of terms|a settlement|an agreement)",
        # A policy level settled ("we've landed the intake cap", "ministers have set the
        # new fee"): the figure beside it is the news.
        r"(?:they|ministers|cabinet|we|the board|the council|the minister)(?: have| has|'ve)"
        r" (?:now |finally |just )?(?:landed|finalised|finalized|settled|set|fixed|locked in"
        r"|nailed down) the (?:[\w'-]+ ){0,3}(?:cap|quota|limit|rate|level|threshold|target"
        r"|allocations?|settlement|levy|fees?|tariff|formula|uplift|increase|rise|cut)s?",
        # Outcomes that are announced, not trailed: contract awards and judgments.
        r"preferred bidder", r"(?:contracts?|tenders?|bids?) (?:is |are |'s |'re )?going to",
        # With what the contract is for in between: "the contract for the frigates is going to".
        r"(?:contracts?|tenders?) (?:for|on) (?:[\w-]+ ){1,5}?(?:is|are|'s) going to(?! be\b)",
        r"(?:won|wins|awarded) the (?:\w+ ){0,2}(?:contract|tender)",
        # An incumbent's outcome: "the operator keeps the bus contract", "loses the tender".
        r"(?:keeps?|kept|retains?|retained|loses?) the (?:[\w-]+ ){0,2}(?:contract|tender"
        r"|franchise)",
        r"judgment(?:'s| is) in",
        r"(?:minister|ministers|cabinet|board|secretary of state|chancellor|treasury|panel"
        r"|committee)(?:'s"
        r"| has| have)? (?:now |finally )?(?:agreed|decided|chose|picked|approved)",
    ],
    # A senior post with a name attached, before the appointment is announced.
    "appointment": [
        r"(?:new|next|incoming|interim) (?:\w+ ){0,3}?(?:chief executive|ceo|director general"
        r"|director|dg|chair|chairman|chairperson|head|commissioner|permanent secretary"
        r"|chief \w+(?: officer)?|ambassador|president|governor|registrar|inspector|ombudsman"
        r"|minister|secretary|perm sec|role)",
    ],
    # Hints that news is coming.
    "teasers": [
        r"(?:big|huge|exciting|major) (?:news|announcements?|changes?|things)"
        r"(?: (?:coming|soon|on the way|incoming|ahead|to come))?",
        r"watch this space", r"stay tuned", r"coming soon", r"more (?:details|news|on this"
        r"|to come|to follow) (?:soon|shortly)", r"can't say (?:much|more|too much|anything)",
        r"cannot say (?:much|more|too much|anything)",
        # Sharing held back, then the hint: "can't share anything, but...".
        r"(?:can't|cannot|won't) (?:share|tell you|reveal|give away) (?:much|more|too much"
        r"|anything)(?=,? but\b)",
        r"won't say (?:much|more|too much|anything)", r"sneak peek", r"first look",
        r"keep (?:your )?eyes peeled", r"let's just say", r"something (?:big|exciting)"
        r" (?:is )?(?:coming|happening|on the way)", r"spoiler",
        r"big (?:week|day|month|year) (?:for|ahead|coming)", r"spill(?:ing)? the beans",
        r"(?:can't|cannot|not allowed to|not able to) (?:say|tell|reveal|share|spill|give you)"
        r" (?:\w+ ){0,7}(?:just )?yet",
        r"keep an eye out", r"guess (?:who|what|which|where|when)",
        r"keep(?:ing)? an eye on (?:the )?(?:local )?(?:news|headlines|papers?|press|this space"
        r"|gov\.uk|our (?:website|channels|feed|page|socials))",
        r"watch (?:the|this) (?:news|headlines|papers)",
        # The author holding back while hinting: what follows is the news.
        r"(?:can't|cannot) say a (?:thing|word)",
        r"without (?:giving (?:anything |too much |much )?away|(?:saying|revealing|going into)"
        r" (?:too much|much|anything|(?:the |any )?(?:details?|specifics)))",
        r"(?:won't|can't|cannot|not going to) go into (?:the |any )?(?:specifics|details?)",
        r"all (?:i|we)(?:'ll| will| can|'m allowed to| am allowed to) say is",
        r"i'll say this(?: much)?", r"what i (?:will|can|'ll) say(?: is)?",
        r"trust me on this(?: one)?", r"(?:big|grand) reveal",
        r"that's all i(?:'m| am| can| will|'ll)? (?:say|saying|allowed to say)",
        r"(?:say|said) no more", r"my lips are sealed", r"all will be revealed",
        r"(?:is|are) (?:finally|actually) happening", "\U0001f440", "\U0001f910", "\U0001f92b",
    ],
    # Scoop framing: the author knows it is not theirs to tell.
    "scoop_idioms": [
        r"you (?:read|heard) it here first", r"remember where you (?:read|heard) it",
        r"you didn't (?:hear|see|read) (?:it|this|that) (?:from me|here)",
        r"heard it from me (?:first|before)", r"between you and me",
        # Not the collective "between us, we raised £500".
        r"(?:just |strictly )?between (?:us|ourselves)(?= ?[,:-] (?!we\b|us\b|they\b))",
        r"(?:just |strictly )between (?:us|ourselves)",
        r"don't tell anyone", r"not supposed to (?:say|tell|share)",
        r"shouldn't (?:really )?(?:say|be saying) (?:this|that)",
        r"(?:keep|kept) (?:it|this) (?:quiet|under your hats?|to yourselves|between us)",
        r"under your hats?", r"(?:a )?little (?:bird|birdie|dicky bird) (?:told|tells|says)",
        r"heard (?:it |this )?(?:straight |direct(?:ly)? |first-?hand )?from (?:the )?(?:board"
        r"|top|minister|ministers|cabinet|perm sec|permanent secretary|boss|big boss|chief exec"
        r"|dg|director general)\b",
    ],
    # Briefing a journalist unattributably: media contact is the press office's, and
    # what is said off the record to a reporter is news leaving by the side door. Raised
    # in a reply to a handle or beside a word for the press.
    "media_contact": [
        r"off the record", r"on (?:deep )?background", r"not for attribution", r"unattributabl[ey]",
        r"don't quote me",
    ],
    # The author presenting news as theirs to break ("can finally say", "so pleased to
    # share that", "a bit early"): what the post then says is still to come is news.
    "reveal_cues": [
        r"(?:can|could|able to|allowed to) (?:finally|now|at last|officially) (?:say|share"
        r"|reveal|tell you|confirm|announce|spill|talk about)",
        r"(?:i|we) can (?:reveal|confirm|announce|spill)",
        # Subjectless at the head of a sentence: "Can confirm the ATO will be waiving...".
        r"(?<![\w,'] )can (?:confirm|reveal|announce)",
        r"(?:pleased|delighted|thrilled|excited|proud|happy|chuffed|glad|honoured|over the moon)"
        r" to (?:be able to )?(?:finally )?(?:share|say|announce|confirm|reveal|tell you|let you"
        r" know)(?= that| (?:from|in|next|this|as of)\b|:"
        # Or straight into news with a firm future: "pleased to say Fenwick will pilot".
        r"| (?!(?:i|i'm|i'll|i've|we|we're|we'll|we've|my|you|you'll)\b)[^.!?\n]{0,60}?\b(?:will"
        r"|'ll|is going to|are going to|is set to|are set to)\b)",
        # Joy at news of the organisation's ("thrilled that the Commission will...").
        r"(?:pleased|delighted|thrilled|excited|proud|chuffed|glad|honoured|over the moon)"
        # Without "that" only when a "will" follows in the same sentence.
        r"(?= that\b| ?:| (?:the|every) [^.!?\n]{0,60}?\b(?:will|is going to|are going to"
        r"|is set to|are set to)\b)",
        r"finally (?:say|share|tell you|reveal|confirm|announce)",
        r"(?:a (?:tiny |little )?bit|slightly|a little|a few days|a week|a day) early",
        r"(?:good|great|exciting|some|brilliant) news (?:i|we) can (?:now |finally )?share",
    ],
    # Leak and hold wording: the content is marked or known to be unreleased.
    "leak_cues": [
        # Not an embargo that has lifted: the news is out.
        r"embargo(?:ed)?(?!(?:'s| has| have| is| was)? (?:been )?(?:lift|lifts|lifted|lifting"
        r"|ended|ends|expired)\b"
        # Or lifted on what it held: "the embargo on this week's stats lifted at 9:30".
        r"| (?:on|for) (?:[\w&'-]+ ){1,5}(?:has |have |was |is )?(?:been )?(?:lifted|ended"
        r"|expired)\b)", r"not for (?:publication|circulation|distribution)",
        r"internal only",
        r"internal use only", r"strictly confidential", r"in strict(?:est)? confidence",
        r"eyes only", r"(?:don't|do not) (?:spread|tell anyone)", r"under wraps",
        r"hush[- ]hush", r"keep (?:it|this) hush",
        r"leaked (?:memo|email|document|doc|report|paper|draft|letter|minutes|slides?)",
        r"treat (?:this|it) as (?:sensitive|confidential|private|restricted)",
        r"not (?:allowed|supposed|meant|permitted) to (?:say|tell|share|reveal|talk about)",
        r"\((?:restricted|confidential|sensitive|official[- ]sensitive|in confidence"
        r"|not for publication|internal)\)",
        # A marking, not a service that is "free and confidential: 0800...".
        r"(?<!and )(?<!or )(?<!, )(?<!is )(?<!are )(?<!'s )(?<!free )confidential:",
        r"not (?:yet )?public(?: yet)?", r"very much not public", r"isn't public",
        r"(?:do not|don't|pls don't|please don't|nobody|no one) (?:share|forward|distribute"
        r"|circulate|rt|retweet|screenshot|quote)(?! (?:your|her|his|their|my|personal))",
        r"please hold", r"hold (?:it |this |off )?(?:until|till)",
        r"you(?:'re| are) hearing (?:it|this) (?:here )?(?:first|early)",
        r"(?:told (?:us )?|went a?round |circulated )internally",
        r"internal (?:briefing|call|email|memo|modelling|modeling"
        r"|workplan|work plan|plan|logs?|tracker|spreadsheet|forecast|deck|slides?|minutes"
        r"|figures|data|dashboard|planning figure|projection|estimate|numbers|analysis|survey"
        r"|review|paper|note|assessment|risk assessment|projections?)",
        r"all[- ]staff(?: (?:call|email|meeting|briefing))?",
        r"(?:haven't|hasn't|have not|has not) (?:told|informed|seen it|seen this)",
        r"official[-: ]+sensitive", r"protected [abc]", r"cui", r"pre-decisional", r"predecisional",
        r"(?:cabinet[- ])?in[- ]confidence", r"(?:budget|market)[- ]sensitive",
        r"(?:papers|documents?) (?:are|is) restricted", r"secret[- ]level",
        # Not the imperative "Read the draft plan" of a consultation: someone has read it.
        r"(?:seen|saw) the (?:draft\w*|options paper|papers|submission|cabinet paper)",
        r"(?:i|we|i've|we've|i'd|we'd|has|had|have|just|now|already) read the (?:draft\w*"
        r"|options paper|papers|submission|cabinet paper)",
        r"cabinet confidences?",
        r"(?:landed|arrived) in my inbox",
        r"not (?:yet )?(?:been )?cleared(?: yet)?(?: for (?:release|publication))?", r"uncleared",
        # The negation contracted: "it hasn't been cleared", "isn't cleared yet".
        r"(?:hasn't|haven't|isn't|aren't|wasn't) (?:yet )?(?:been )?cleared",
        r"budget pack", r"do not distribute",
        # Reporting from a meeting held in private ("just out of the programme board").
        # With or without its article ("just out of programme board"); not a committee that
        # sits in public.
        r"(?:heard (?:in|at)|(?:just|fresh|straight) out of|sat in on) (?:(?:today's|the|this"
        r" morning's|yesterday's|a|an|our) )?(?:\w+ ){0,2}(?:meeting|board|call|briefing|all-staff"
        r"|away ?day|session|read-through|panel|bilateral|(?<!select )(?<!accounts )committee)",
        r"(?:private|closed|in-committee) (?:board |cabinet |council )?(?:session|meeting)",
        r"none of (?:this|it) is (?:public|out)(?: yet)?",
        r"(?:nobody|no one)(?:'s| has)? been (?:told|informed)",
        # The news not known outside yet: "not that anyone outside the office knows yet".
        r"(?:not that (?:anyone|anybody)|nobody|no one|none of them) (?:[\w'-]+ ){0,4}knows?"
        r" (?:it |this |that |about it )?yet",
        r"can't (?:share|give you|tell you) (?:\w+ ){0,3}(?:till|until|before)",
    ],
    # A visit's date is an itinerary (the confidential check), not news to announce.
    "visit_words": [
        r"visit(?:s|ing)?", r"royal visit", r"tour(?:s|ing)?", r"coming to", r"drop(?:s|ping)? in",
    ],
    # What a leaked paper is said to show: news, even with no amount or date.
    "findings": [
        r"says", r"shows?", r"finds", r"found that", r"recommends?", r"concludes", r"suggests?",
        # A statistic told as a record: "under 18 weeks for the first time since 2019".
        r"for the first time (?:since|in|ever)",
        r"(?:lowest|highest|best|worst) (?:since|on record)",
        r"record (?:low|high)",
        # Or as the best or worst there has been: "the highest in the trust's history",
        # "our best ever", "the lowest in a decade".
        r"(?:lowest|highest|best|worst|biggest|smallest|fewest)(?: ever| (?:in|for) (?:the |our"
        r" |its |their |a )?(?:[\w'-]+ ){0,2}(?:history|decade|generation))",
    ],
    # Signs that what the post talks about is already out.
    "published_cues": [
        r"(?:published|announced|launched|released|unveiled|laid) (?:today|yesterday"
        r"|this (?:morning|afternoon|week)|last (?:week|month|\w+day)|on gov\.uk|earlier)",
        r"(?:today's|yesterday's|this morning's|this week's|last week's|recent) (?:\w+ )?"
        r"announcement",
        r"(?:following|after|since) (?:the|his|her|our|its|their|today's|yesterday's|this)"
        r" (?:\w+ ){0,3}announcement",
        # Press coverage; not a service's reach ("mobile coverage in Sutherland").
        r"(?<!mobile )(?<!network )(?<!signal )(?<!broadband )(?<!4g )(?<!5g )(?<!dental )"
        r"(?<!health )(?<!insurance )(?<!screening )(?<!vaccine )(?<!childcare )"
        r"coverage(?: today| this morning| yesterday)? (?:of|in|across|on)",
        r"(?:was|were|been) (?:widely )?(?:covered|reported)", r"covered the announcement",
        r"just (?:been )?(?:published|announced|launched|released)",
        r"(?:has|have|was|were) (?:just |now )?(?:been )?(?:published|announced|launched"
        r"|released|laid before)",
        r"(?:is|are|'s|'re|was|were) (?:now )?out (?:now|today|this (?:morning|afternoon|week)"
        r"|yesterday)", r"out now", r"now out",
        # Not staff who "found out today": being told inside is not publication.
        r"(?<!found )(?<!find )(?<!finds )out today",
        r"now live", r"(?:is|are) now (?:live|open|available)", r"went live",
        r"published (?:figures|data|results|tables|guidance|report|strategy|statistics|here)",
        # Not "published on the 14th": a date after it is a publication still to come.
        r"published (?:on|in)" + _NOT_DATED,
        r"already (?:public|published|announced)",
        # An embargo that has lifted: "the embargo on Tuesday's figures lifted at 9am".
        r"embargo(?:'s)? (?:(?:on|for) (?:[\w&'-]+ ){1,5})?(?:has |have |was |is )?(?:been |now )?"
        r"(?:lifted|ended|expired)",
        # Not GOV.UK as part of a product's name ("on GOV.UK Pay").
        # Not "goes on GOV.UK later": a publication still to come.
        r"(?<!goes )(?<!go )(?<!be )(?<!up )(?<!going )"
        r"on (?:gov\.uk(?! (?:one login|pay|notify|forms|chat|app|wallet|verify|design system"
        r"|frontend))|our website|the website|the council website)",
        r"in the federal register",
        r"(?:consultation|survey|call for evidence) (?:is |are )?(?:now )?open",
        # Out for consultation: published as a proposal, with a closing date.
        r"out (?:for|to) (?:a |an )?(?:public |formal |open )?consultation",
        # Out for the public's views: "the draft plan is out for public comment".
        r"out for (?:public |community |resident )?(?:comments?|feedback|views|input"
        r"|engagement)",
        r"have your say",
    ],
    # A clause about the author (or the reader) is personal plans or casework, not
    # organisational news.
    "personal_subjects": [r"i", r"i'm", r"i'll", r"i've", r"i'd", r"my", r"your", r"you're",
                          r"you'll", r"you will", r"you are"],
    # Teasers about home life are personal news.
    "personal_topics": [
        r"baby", r"little one", r"wedding", r"(?:getting )?married", r"engaged", r"pregnan\w*",
        r"birthday", r"holiday", r"marathon", r"born",
        # A pregnancy: "expecting twins", "expecting their first".
        r"expecting (?:a baby|twins|triplets|(?:her|his|their|our) (?:first|second|third))",
        r"new (?:house|home|flat|puppy|kitten|job)", r"my (?:family|partner|wife|husband"
        r"|kids|son|daughter)",
    ],
    # How many findings one post may carry at most.
    "max_findings": 3,
}

_LIST_KEYS = (
    "future_time", "release_acts", "release_subjects", "forward_modality", "pending_release",
    "change_verbs", "future_modality", "ongoing_modality", "purpose_nouns",
    "reported_or_denied", "no_news", "staff_matters", "others_call", "commencement",
    "findings", "visit_words", "quantity",
    "decision_phrases", "appointment", "teasers", "scoop_idioms", "leak_cues", "reveal_cues",
    "media_contact",
    "published_cues", "personal_subjects", "personal_topics",
)

# Lists asked about a clause or a sentence at a time.
_RANGED_KEYS = ("personal_subjects", "forward_modality", "future_modality",
                "ongoing_modality", "purpose_nouns", "visit_words", "reported_or_denied",
                "no_news", "staff_matters", "others_call")

# Lists consulted only once a rule has found something.
_LATE_KEYS = ("published_cues", "personal_topics", "findings")

# Where a clause ends, so that "I" in one clause does not make the next one personal.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014-]\s|\bthat\b|\bbut\b|\band\b"
                           # What the author is pleased to say is a clause of its own.
                           r"|\bto (?:say|share|confirm|report|reveal)\b"
                           # Emoji end a clause in posts as a full stop would.
                           r"|[\u2600-\u27bf\U0001f300-\U0001faff]")


def _group(hits: list[tuple[int, int]], where: SentenceIndex) -> dict[int, list[tuple[int, int]]]:
    grouped: dict[int, list[tuple[int, int]]] = {}
    for span in hits:
        grouped.setdefault(where.index(span[0]), []).append(span)
    return grouped


MESSAGES = {
    "pending": (
        "‘{found}’ dates a release that has not happened yet. Announcing or pre-empting "
        "news is the press office's job: they time it with ministers, Parliament and the "
        "media. Wait until it is published, then share the official link."
    ),
    "leak": (
        "‘{found}’ shares news while saying it is not out yet. Information stays inside "
        "until it is officially released, and releasing it is the press office's job. "
        "Delete the post, or wait for the announcement and share that."
    ),
    "change": (
        "‘{found}’ states a change of policy, money or service as settled before it has "
        "been announced. Announcements belong to the press office and ministers. If it is "
        "already public, link the official page; if not, wait until it is."
    ),
    "decision": (
        "‘{found}’ reveals a decision before it has been announced. Decisions are announced "
        "by ministers and the press office, often to Parliament first. Wait for the official "
        "announcement and share that."
    ),
    "appointment": (
        "‘{found}’ names an appointment before it has been announced. Appointments are "
        "announced officially first. Wait for the announcement, then share or congratulate."
    ),
    "reveal": (
        "‘{found}’ breaks news that has not been announced. However good the news, "
        "announcing it is the press office's job, timed with ministers and Parliament. Wait "
        "until it is published, then share the official link."
    ),
    "media": (
        "‘{found}’ briefs the press unattributably. Talking to journalists about work is the "
        "press office's job and needs authorisation, on or off the record. Point the "
        "reporter to the press office instead."
    ),
    "teaser": (
        "‘{found}’ hints at news that has not been released. Even a teaser pre-empts the "
        "press office and invites questions you cannot answer. Wait for the announcement "
        "and share the official link."
    ),
}

# A date in brackets after "today" is today's date, not a future one.
_TODAY_BEFORE = re.compile(r"(?:today|yesterday|tonight|last night|this morning)'?s?\s*\(?\s*$")
# How far before an amount its verb may be ("rising to £196", "cut by 10%").
_VERB_REACH = 12
# How far before a change verb its modality may start ("is now being quietly cut").
_MODAL_REACH = 40
# How far past a hold phrase its own date may run ("embargoed until 00:01 Thursday").
_HOLD_REACH = 30
# The author as the subject of the news a teaser points at; not the author saying what
# they may tell ("all I'll say is", "I'm not allowed to say").
# Nor the author's access to the news ("I've seen the allocations"): what they saw is
# not theirs.
_FIRST_PERSON = re.compile(r"\b(?:i'm|i am|i'll|i will|i've|i have)\b(?! say\b| (?:not )?(?:allowed"
                           r"|able|meant|supposed|permitted) to\b| (?:just |now |already )?(?:seen"
                           r"|read|heard|been (?:told|shown|briefed)|had (?:a )?(?:look|sight)"
                           r"|looked at)\b)")
# A hint denied before it is given ("none of this is a launch or a big change").
_NEGATED = re.compile(r"(?:\b(?:is|are|was|were) not|\b(?:is|are|was|were)n't|\bnone of (?:this|it"
                      r"|these) (?:is|are)|\bnot (?:a|an|any)|\bno)\s+(?:\w+\s+){0,4}$")
_NEGATION_REACH = 50
_SUBJECTLESS = re.compile(r"\s*(?:should|will|would|could|might|may|can|must)\b")
# A target level or new posts make an ongoing change concrete ("rising to £196",
# "going up by around 20%").
_NEW_LEVEL = re.compile(r"(?:to|by|at|an?|extra|new|additional|getting|receiving|securing)\s+"
                        r"(?:(?:around|about|roughly|nearly|almost|over|some|up to|just over"
                        r"|just under|more than|at least|c\.?)\s+)?$")
# A level the change reaches, after its object ("cuts the fee to £5").
_TO_LEVEL = re.compile(r"\b(?:to|by|at)\s+(?:(?:around|about|roughly|nearly|almost|just|up to)"
                       r"\s+)?$")
# "to" before a verb: an aim or a plan, not a change in the present tense.
_INFINITIVE = re.compile(r"\bto\s+$")
# Advice against an act ("don't launch in June").
_ADVISED_AGAINST = re.compile(r"(?<![\w'])(?:don't|do not|never)\s+$")
# A change verb's new level, just after it ("slips to 2031", "goes up to 70").
_TO_NUMBER = re.compile(r"\s+(?:to|by)\s+[£$€]?\d")
# How far before an amount a change verb with its object between may be.
_OBJECT_REACH = 50
# How far before an amount _NEW_LEVEL may start.
_LEVEL_REACH = 26
# A change reported as done: "has slipped", "have been quietly cut".
_PERFECT = re.compile(r"(?:(?<![\w'])(?:has|have|had)|'s|'ve)\s+(?:been\s+)?(?:\w+ly\s+)?$")
# Something taking effect in the present tense ("the new pilot starts in May").
_STARTS = re.compile(r"\b(?:starts|begins|opens|kicks off|comes into (?:force|effect)"
                     r"|takes effect|goes live)\b")
# A count of things added is a change ("400 more roles"), not a tally.
_ADDED = re.compile(r" (?:new|more|extra|additional) ")
# Words that make an amount money.
_MONEY_WORDS = ("dollar", "pound", "euro", "million", "billion", "bn")
# The present progressive as an arrangement ("we're trialling"); not hopes or aims.
_PROGRESSIVE = re.compile(
    r"(?:(?<![\w'])(?:is|are|am)|'re)\s+(?:\w+ly\s+)?(?!(?:being|going|getting|hoping|aiming|trying"
    r"|looking|thinking|expecting|waiting|wondering|seeing|working)\b)[a-z]{2,}ing\b")
_YEAR_ONLY = re.compile(r"\d{4}")
# A date in a clause told in the simple past is a date gone by: "the letter went out on the
# 2nd", "the report went to the board on Tuesday". Not "will be sent on Tuesday".
_PAST_BEFORE = re.compile(
    r"(?<![\w'])(?<!be )(?<!been )(?<!being )(?<!will )(?<!to )(?<!n't )(?<!not )"
    r"(?:went|came|was|were|did|happened|finished|started|arrived|landed)\s+"
    r"(?:(?!that\b|and\b|but\b|will\b|then\b)[\w']+\s+){0,4}$")
_PAST_REACH = 50
# Times that stay ahead whatever the clause's tense ("the papers came with next year's
# allocations"); "the next week" of a story is not one of them.
_AHEAD = re.compile(r"(?<!the )(?:next|tomorrow)\b")
# Dates that on their own do not mark a commitment ("in May", "before the summer").
_LOOSE_DATE = re.compile(r"(?:in|before)\b")
_FIRM_MODAL = re.compile(r"(?:will|'ll|shall|(?:is|are) (?:set |due |going )to|set to|going to"
                         r"|gonna)(?: be)?")
# A modal in a relative clause describes something ("the stock that will exist in 2050").
_RELATIVE = re.compile(r"(?<![\w'])(?:that|which|who)\s+$")
# A release subject used as a verb after a modal ("we'll review the alert on Friday").
_AS_VERB = re.compile(r"(?:(?<![\w'])(?:will|shall|would|can|could|must|should|to)|'ll)\s+$")
# The author as the subject just before a modality ("I'll", "I'm going to").
_AUTHOR_BEFORE = re.compile(r"(?<![\w'])(?:i|i'm|i am)\s*$")
# The author saying something rather than doing it ("all I'll say is").
_SAYING = re.compile(r"\s+say\b")
# Something said to be on its way, with no date ("something big is landing").
_COMING = re.compile(r"(?<![\w'])(?:is|are|'s|'re)\s+(?:finally\s+|now\s+)?(?:coming|happening"
                     r"|landing|on (?:the|its|their) way|in the (?:pipeline|works))\b"
                     r"|\bin the pipeline\b|\bon the horizon\b")
# A release that ends a hold: "until it's out", "more when it's published".
_HOLD_END = re.compile(r"(?<![\w'])(?:until|till|til|before|when|once)(?:\s+[\w']+){0,3}\s*$")
_HOLD_END_REACH = 30
# "'s" after a noun and before a verb in -ing: "is" ("the council's adding"), not a
# possessive.
_IS_CONTRACTED = re.compile(r"(?<=\w)'s\s+(?:\w+ly\s+){0,2}$")
# What follows a verb in -ing as its object or particle: a determiner, a number, an
# amount, a particle ("adding 400", "cutting the", "extending it to").
_VERB_OBJECT = re.compile(r"\s+(?:[£$€\d]|(?:a|an|the|its|their|our|his|her|it|them|this"
                          r"|these|those|some|all|every|more|another|two|three|four|five|six"
                          r"|seven|eight|nine|ten|dozens|hundreds|up|down|off|out|back|to|by"
                          r"|from)(?![\w']))")
# Rumours the author says they are ending by telling the news.
_PUT_TO_REST = re.compile(r"(?:(?:fed up|sick|tired) (?:of|with)|(?:clear up|end|settle|scotch"
                          r"|squash|put to bed|put an end to|stop)) (?:the |all the |these |all "
                          r"these )?(?:rumou?rs|speculation)$")
_REST_REACH = 40
# A working day forecast after a modality: "going to be a very long day", "be a busy
# weekend for the crews".
_WORKDAY = re.compile(r"\s+be\s+(?:an?\s+)?(?:(?:very|really|proper|seriously|incredibly)\s+)?"
                      r"(?:long|busy|hard|tough|heavy|hectic|late|early)\s+(?:day|night|shift"
                      r"|week|weekend|start|finish)s?\b")
# A hearing or an event just before its day ("the family court tomorrow", "the march
# on Saturday"): the court's business or a public event, no release.
_EVENT_BEFORE = re.compile(r"\b(?:court|hearing|trial|tribunal|inquest|protests?|march|rally"
                           r"|match|game|derby|parade|concert|festival|vigil|walkout|fixture)"
                           r"(?:\s+(?:on|this|next|is|at))?\s+$")
_EVENT_REACH = 40
# A public event after its day ("Saturday's protest", "Sunday's derby").
_EVENT_DAY = re.compile(r"\s+(?:[\w-]+\s+)?(?:protests?|march|marches|rally|rallies|match"
                        r"|game|derby|final|parade|concert|festival|demo|demonstration|vigil"
                        r"|strike|walkout|race|marathon|fixture)\b")
# A hint that points at the news itself needs no other claim ("watch the headlines").
_OUTLET = re.compile(r"(?:keep an eye on|watch) (?:the )?(?:news|headlines|papers|press)\b")
# How far after "says" a marking it quotes may start (a space and a quotation mark).
_MARKING_GAP = 3
# A date a change takes effect from, not one it happens in ("in May") or by.
_TAKES_EFFECT = re.compile(r"(?:from|starting|effective|as of|at the (?:start|end) of)\b")
# What closes on a date as a matter of course: a window for applying, booking or voting.
_DEADLINE = re.compile(r"\b(?:applications?|nominations?|entries|entry|registrations?|bookings?"
                       r"|submissions?|consultations?|surveys?|polls?|voting|ballots?|tickets"
                       r"|offers?|bids?|windows?|calls? for \w+|sign-?ups?|enrolments?)\b")
# A closure with its end date is temporary ("closes from 24 December to 2 January").
_BOUNDED = re.compile(r"(?: \d\S*)? (?:to|until|till|through) (?:the )?(?:\d|" + _MONTH + r"\b|"
                      + _WEEKDAY + r")")
# How far before its date a change in the present simple may be.
_VERB_TO_DATE = 60
# Something starting, in the present simple: "opens", "works start", "kicks off".
# Not "is open Monday to Friday": open as a state is opening hours.
_STARTS_ON = re.compile(r"(?<![\w'])(?<!is )(?<!are )(?<!'s )(?<!'re )(?<!be )(?<!stays )"
                        r"(?<!stay )(?<!remains )"
                        r"(?:starts?|begins?|opens?|kicks? off|goes live|go live"
                        # Not "comes into force": the date a law takes effect is set by law.
                        r"|launch(?:es)?|comes? in)\b"
                        r"(?! (?:up|out|with|by|to|a|an|the|our|its|their|doors)\b)")
# How far after the verb its date may start ("opens on the 1st", "starts in July"), and
# how far when a place comes between ("opens at the Infirmary in March").
_START_GAP = 4
_START_REACH = 50
_PLACE = re.compile(r" (?:at|in|on|across|along|beside|near) (?!\d)")
# What starts as a matter of course (a term, a year, a season, a holiday) or is an
# event rather than a service (a race, a show, a course).
_ROUTINE_START = re.compile(r"\b(?:term|semester|year|season|half-term|holidays?|break|fast"
                            r"|ramadan|lent|advent|festival|match|game|kick-off|shift|school"
                            r"|run|race|\d+k|walk|fair|show|concert|exhibition|sale|webinar"
                            r"|conference|course|class|session|workshop|tour|event)\s+$")
# A conditional just before a verb: a hypothetical ("would open", "could bring in").
_CONDITIONAL = re.compile(r"(?<![\w'])(?:would|could|might|may)\s+(?:\w+ly\s+)?(?:still\s+)?$")
# A time of day: when an event starts, not when a service does.
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m|00:01")
# A clause of what happens whenever something does: "when the crews come out".
_WHENEVER = re.compile(r"\b(?:when|whenever|if|each time|every time|any time)\b")
# A new or free thing as the subject, or a scheme, money or a charge. Not a service
# (a memorial service), a trial (in court) or a ban or rules (often dates set by law).
_NEW_THING = re.compile(r"\b(?:new|free|first|extra|additional|coverage|scheme|programme"
                        r"|program|grant|allowance|charge|levy|fee|fares?|pilot|claims?"
                        r"|entitlement|subsidy|discount)\b")
# A change verb in the present simple, third person, after its date: "goes", "closes".
_PRESENT_AFTER_DATE = re.compile(r"(?:goes|[a-z]+s)\b")
# A change verb's past or progressive form: not the present simple of a timetable.
_NOT_PRESENT = re.compile(r"(?:ed|ing)\b")
_PARAGRAPH = re.compile(r"\n\s*\n")
# A decision denied: "not signed off", "hasn't been approved", "isn't agreed".
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:(?:yet|been|be|now|finally|quite|all|a)"
                         r"\s+)*$")
# A decision on one person's case ("his place is confirmed", "whose grant was approved")
# is casework, not the organisation's news.
_CASEWORK = re.compile(r"(?<![\w'])(?:his|her|whose)\b")
# One person as the subject of a change or commitment: "she's getting £300 back",
# "whose poem will be on the buses this summer". A member of the public's case or
# prize, not the organisation's news.
_SOMEONE = re.compile(r"(?<![\w'])(?:whose|she|he)(?:'s|'ll| is| will)?\b")
# Said of whoever speaks for a body, the same words are its news: "the council leader
# says he's scrapping the charge from April".
_REPORTED = re.compile(r"\b(?:says?|said|confirm(?:s|ed)|announc(?:es|ed)|tells?|told|"
                       r"promis(?:es|ed)|pledg(?:es|ed)|vow(?:s|ed))\b")
# A modality or a release in the present of a timetable a few words before a published
# cue: the place it will be, not where it is ("goes live on our website in May").
_STILL_TO_COME = re.compile(r"(?:(?<![\w'])(?:will|shall|going to|set to|due to|goes live"
                            r"|go live|opens)|'ll)\s+(?:[\w'-]+\s+){0,3}$")
_STILL_REACH = 40
# What is wanted rather than coming: a need, a wish, a call, a hypothetical.
_WANTED = re.compile(r"(?<![\w'])(?:need|needs|needed|want|wants|wanted|ask(?:s|ed|ing)? for"
                     r"|call(?:s|ed|ing)? for|short of|hop(?:e|es|ing)|wish|would|could|should"
                     r"|might|if|without|fight(?:s|ing)? for|campaign(?:s|ing)? for)\b")
# Between an added count and its date, only the rest of the noun: no verb in -ed, no
# modal, no clause break ("40 extra officers by spring", not "40 extra were hired by").
_NOUN_GAP = re.compile(r"(?: (?!(?:was|were|is|are|will|have|has|had|be|been)\b)[\w-]+"
                       r"(?<!ed)){0,3} ")
_ADDED_REACH = 30
# A post addressed to a handle, or a word for the press: who an off-the-record remark is for.
_PRESS = re.compile(r"^\s*@|\b(?:journalists?|reporters?|hacks?|news ?desks?|editors?|the press)\b")
# The contracted verb at the start of a modality ("'re", "'ll").
_CONTRACTION = re.compile(r"'(?:re|ll|s|ve|d|m)\b")
# A new entitlement or ability of the public: "you'll be able to", "you'll no longer".
_NEW_FOR_READERS = re.compile(r"'ll (?:be able|be allowed|be eligible|be entitled|no longer"
                              r"|now|also|soon|get|be getting)\b")


class Check:
    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None:
        lists = {key: phrase_list(config, key) for key in _LIST_KEYS}
        # Lists asked about a clause or a sentence at a time are plain patterns; the
        # rest are found in the whole post through the phrase book.
        self.ranged = {key: word_alternation(lists[key]) for key in _RANGED_KEYS}
        self.book = PhraseBook({k: v for k, v in lists.items() if k not in _RANGED_KEYS},
                               late=_LATE_KEYS)
        self.max_findings = positive_int(config, "max_findings")
        domains = shared.get("official_domains", ())
        if not isinstance(domains, list | tuple) or not all(isinstance(d, str) for d in domains):
            raise ValueError("'official_domains' must be a list of web domains.")
        self.official_domains = tuple(d.lower() for d in domains)
        # A change with what makes it settled in front: modality, up to two adverbs, verb.
        self.settled_change = None
        if lists["change_verbs"] and (lists["future_modality"] or lists["ongoing_modality"]):
            groups = []
            for key, group in (("future_modality", "future"), ("ongoing_modality", "ongoing")):
                if lists[key]:
                    groups.append(f"(?P<{group}>" + alternation(lists[key]) + ")")
            # Matched backwards from each change verb, so only where a verb was found.
            self.settled_change = re.compile(
                r"(?:(?<![\w'])|(?='))(?:" + "|".join(groups) + r")\s+(?:\w+ly\s+){0,2}$")
        # The author alone, not the reader: for news the author presents as theirs to break.
        self.author_subjects = word_alternation(
            [s for s in lists["personal_subjects"] if not s.startswith("you")])
        self.purpose = None
        if lists["purpose_nouns"]:
            self.purpose = re.compile(r"(?:" + alternation(lists["purpose_nouns"]) + r")s?\s+$")

    def find(self, post: Post) -> list[Finding]:
        text = post.text
        if not text or not text.strip():
            return []
        low = quick_fold(text)
        p = self.book.read(low)
        # Cheap first: most posts hold no phrase any rule starts from.
        if not (p["leak_cues"] or p["scoop_idioms"] or p["future_time"] or p["quantity"]
                or p["pending_release"] or p["decision_phrases"] or p["teasers"]
                or p["change_verbs"] or p["reveal_cues"] or p["commencement"]
                or p["media_contact"]):
            return []
        leaks = spans(p["leak_cues"], low) + spans(p["scoop_idioms"], low)
        where = sentence_index(low)
        future = _group([t for t in spans(p["future_time"], low)
                         if not _TODAY_BEFORE.search(low, max(0, t[0] - 20), t[0])
                         and (_AHEAD.match(low, *t)
                              or not _PAST_BEFORE.search(low, max(0, t[0] - _PAST_REACH), t[0]))],
                        where)
        quantities = spans(p["quantity"], low)
        stated = self._stated_changes(p, low)
        changes = self._settled_changes(p, low, where, stated, quantities, future)
        # Not a decision denied: "not signed off yet", "hasn't been approved".
        decisions = [d for d in spans(p["decision_phrases"], low)
                     if not _NOT_BEFORE.search(low, max(0, d[0] - 30), d[0])]
        releases = (_group(spans(p["release_acts"], low), where)
                    if future or leaks or decisions or p["teasers"] else {})
        pending = spans(p["pending_release"], low)
        if (leaks or pending) and p["personal_topics"]:
            # Someone's home life kept quiet ("she hasn't told the office yet") is theirs.
            home = {where.index(m.start()) for m in p["personal_topics"].finditer(low)}
            leaks = [x for x in leaks if not _beside(home, where.index(x[0]))]
            pending = [x for x in pending if not _beside(home, where.index(x[0]))]

        found: list[tuple[int, int, str]] = []
        # Leak framing with something newsworthy stays a leak even beside a link. The
        # hold's own date ("embargoed until Thursday") is not news, nor is the date of
        # a visit ("keep it hush, Friday at 11"): itineraries are the confidential
        # check's business.
        # Nor is the hold's own release ("not cleared for release").
        # Nor the end of the hold ("it'll cause a stir when it lands"): that says a paper
        # is coming out, not what is in it.
        released = any(not any(s <= act[0] < e for s, e in leaks)
                       and not _HOLD_END.search(low, max(0, act[0] - _HOLD_END_REACH), act[0])
                       for acts in releases.values() for act in acts)
        # Figures about the staff themselves are internal matters, not news; news said
        # to be another body's call is theirs to tell.
        staff, others = self.ranged["staff_matters"], self.ranged["others_call"]
        internal = ({where.index(m.start()) for m in staff.finditer(low)}
                    if leaks and staff is not None else set())
        if leaks and others is not None and others.search(low):
            leaks = []
        if leaks and (stated or decisions or released or pending
                      or _findings_beyond_marking(p, low, leaks, where, internal)
                      or self._telling_amounts(
                          p, low, where, [q for q in quantities
                                          if where.index(q[0]) not in internal], future,
                          leaks, released)
                      or self._changes_done(p, low, where)
                      or self._dated_news(p, low, where, leaks, future)):
            found.append((*leaks[0], "leak"))

        if p["media_contact"] and _PRESS.search(low):
            found.append((*p["media_contact"].search(low).span(), "media"))

        news_found: list[tuple[int, int, str]] = []
        news_found.extend((s, e, "pending") for s, e in pending)
        news_found.extend((s, e, "change") for s, e in changes)
        if future:
            news_found.extend(self._releases_due(p, low, where, releases, future))
            news_found.extend(self._subjects_due(p, low, where, future))
            if quantities:
                news_found.extend(self._scheduled_changes(p, low, where, quantities, future))
                news_found.extend(self._added_by_date(p, low, where, quantities, future))
            if p["appointment"]:
                news_found.extend(self._appointments(p, low, where, future))
            news_found.extend(self._starts_dated(p, low, where, quantities, future))
        if decisions:
            # What was decided may be a change stated as still to come, with no amount or
            # date: "agreed it this afternoon: the levy is being extended to milkshakes".
            concrete = [s for s, _ in quantities] + [s for s, _ in changes] + [
                s for group in (releases, future) for spans_ in group.values() for s, _ in spans_
            ] + [span[0] for span, to_come in stated if to_come]
            news_found.extend(self._decisions(p, low, where, decisions, concrete))
        reveal = p["reveal_cues"] and p["reveal_cues"].search(low)
        if p["commencement"] and self.ranged["future_modality"]:
            news_found.extend(self._commitments(p, low, where, bool(reveal)))
        if reveal:
            news_found.extend(self._revealed(p, low, where, reveal, future))
        if p["teasers"]:
            teaser = self._teaser(p, low, where, releases, future, leaks)
            if teaser:
                news_found.append((*teaser, "teaser"))

        # Only now, with something to report, ask whether it is out already or is
        # somebody else's claim: those checks cost more than the rules above.
        if news_found and not self._published(p, text, low, news_found if reveal else None):
            # Asked only of the sentences that hold news: long posts have few of them.
            denied = [m for m in (self.ranged["reported_or_denied"], self.ranged["no_news"],
                                  self.ranged["others_call"]) if m is not None]
            for news in news_found:
                start, end = where.spans[where.index(news[0])]
                if not any(_denies(m, low, start, end) for m in denied):
                    found.append(news)
        return self._findings(text, found)

    def learned_may_raise(self, post: Post) -> bool:
        """False when the post tells its work as undecided ("we're looking hard at the
        options for next year", "nothing is decided"), a date that comes round every
        year, or news it says is another body's call: ongoing work in general terms,
        routines and other bodies' news are not the author's to announce, whatever words
        the model weighs. The model still learns from every post: the gate is for raising
        only."""
        low = quick_fold(post.text)
        return not any(m is not None and m.search(low)
                       for m in (self.ranged["no_news"], self.ranged["others_call"]))

    def _dated_news(self, p: PostMatches, low: str, where: SentenceIndex,
                    leaks: list[tuple[int, int]],
                    future: dict[int, list[tuple[int, int]]]) -> bool:
        """True when a future date outside the hold phrases dates something else."""
        visits = self.ranged["visit_words"]
        for index, times in future.items():
            start, end = where.spans[index]
            if visits is not None and visits.search(low, start, end):
                continue
            if not self._news_words(p, low, start, end):
                continue
            if any(not any(s <= t < e + _HOLD_REACH for s, e in leaks) for t, _ in times):
                return True
        return False

    def _news_words(self, p: PostMatches, low: str, start: int, end: int) -> bool:
        """True when a sentence names something news is made of, not just a plan for
        drinks on Friday."""
        for key in ("release_acts", "release_subjects", "change_verbs", "quantity",
                    "appointment", "decision_phrases"):
            if p[key] and p[key].search(low, start, end):
                return True
        return any(m is not None and m.search(low, start, end)
                   for m in (self.ranged["future_modality"], self.ranged["forward_modality"],
                             _STARTS))

    def _published(self, p: PostMatches, text: str, low: str,
                   news: list[tuple[int, int, str]] | None = None) -> bool:
        """True when the post links an official page or says the news is out.

        Given the news of an author who presents it as theirs to break, a cue counts only
        in the same paragraph: "sign up on GOV.UK" at the end of a blog does not make a
        launch they are "pleased to share" in its middle published.
        """
        cues = p["published_cues"]
        if cues:
            # Not a cue in a clause still to come: "applications will open on our website
            # in March" says where it will be, not that it is out.
            out = [cue.start() for cue in cues.finditer(low)
                   if not _STILL_TO_COME.search(low, max(0, cue.start() - _STILL_REACH),
                                                cue.start())]
            if news is None:
                if out:
                    return True
            else:
                breaks = [m.start() for m in _PARAGRAPH.finditer(low)]
                paragraphs = {bisect_right(breaks, n[0]) for n in news}
                if any(bisect_right(breaks, cue) in paragraphs for cue in out):
                    return True
        return bool(LINKISH.search(text) and official_links(text, self.official_domains))

    def _telling_amounts(self, p: PostMatches, low: str, where: SentenceIndex,
                         quantities: list[tuple[int, int]],
                         future: dict[int, list[tuple[int, int]]],
                         leaks: list[tuple[int, int]], released: bool) -> bool:
        """An amount that tells news beside a leak cue: money, or a number in a sentence
        about statistics, a change or a time to come. A tally of the author's own work
        ("interviews at 61% of target") is not news. Nor is a count read off the internal
        source the leak cue names ("our internal numbers have 812 open cases"): that is
        unpublished data, news only with a release of it to come (a time or a release
        elsewhere in the post)."""
        ahead = released or bool(future)
        for start, end in quantities:
            amount = low[start:end]
            if (amount[:1] in "£$€" or amount.startswith("from ")
                    or any(w in amount for w in _MONEY_WORDS) or _ADDED.search(amount)):
                return True
            index = where.index(start)
            if index in future:
                return True
            s, e = where.spans[index]
            if p["change_verbs"] and p["change_verbs"].search(low, s, e):
                return True
            if p["release_subjects"] and any(
                    ahead or not any(ls <= m.start() < le for ls, le in leaks)
                    for m in p["release_subjects"].finditer(low, s, e)):
                return True
        return False

    def _changes_done(self, p: PostMatches, low: str, where: SentenceIndex) -> bool:
        """A change reported as done inside ("the plan has slipped again") or to a new
        level ("the threshold goes up to 70"), not by the author."""
        if not p["change_verbs"]:
            return False
        for verb in p["change_verbs"].finditer(low):
            if (_PERFECT.search(low, max(0, verb.start() - _MODAL_REACH), verb.start())
                    or _TO_NUMBER.match(low, verb.end())):
                start = where.spans[where.index(verb.start())][0]
                if not self._personal_clause(p, low, start, verb.start()):
                    return True
        return False

    def _revealed(self, p: PostMatches, low: str, where: SentenceIndex, reveal: Any,
                  future: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, str]]:
        """News the author presents as theirs to break: something still to come in the
        cue's sentence or the next one, said of the organisation or the public rather than
        the author ("so pleased to share that from March, people will be able to...")."""
        if p["personal_topics"] and p["personal_topics"].search(low):
            return []
        index = where.index(reveal.start())
        end = where.spans[min(index + 1, len(where.spans) - 1)][1]
        ahead = [m for m in (self.ranged["future_modality"], self.ranged["forward_modality"])
                 if m is not None]
        for pattern in ahead:
            for modal in pattern.finditer(low, reveal.end(), end):
                # Its subject is the word just before: "I'll be speaking" is the author's.
                if not _AUTHOR_BEFORE.search(low, max(0, modal.start() - 6), modal.start()):
                    return [(*_cover(reveal.span(), modal.span()), "reveal")]
        for i in (index, index + 1):
            for t in future.get(i, ()):
                if t[0] > reveal.end() and not self._personal_clause(
                        p, low, where.spans[i][0], t[0], reader=False):
                    return [(*_cover(reveal.span(), t), "reveal")]
        return []

    def _stated_changes(self, p: PostMatches,
                        low: str) -> list[tuple[tuple[int, int], bool]]:
        """Change verbs with a modality before them: (span, whether it is still to come)."""
        out = []
        if self.settled_change is None or not p["change_verbs"]:
            return out
        for verb in p["change_verbs"].finditer(low):
            before = self.settled_change.search(low, max(0, verb.start() - _MODAL_REACH),
                                                verb.start())
            if before:
                out.append(((before.start(), verb.end()), before.group("future") is not None))
            elif verb.group().endswith("ing") and _VERB_OBJECT.match(low, verb.end()):
                # "The city's adding 400 places": "'s" before a verb in -ing with its
                # object is "is"; not "the library's opening event" (a possessive).
                contracted = _IS_CONTRACTED.search(low, max(0, verb.start() - _MODAL_REACH),
                                                   verb.start())
                if contracted:
                    out.append(((contracted.start(), verb.end()), False))
        return out

    def _personal_clause(self, p: PostMatches, low: str, sentence_start: int, at: int,
                         previous: tuple[int, int] | None = None, reader: bool = True) -> bool:
        """True when the clause leading up to offset at is about the author or reader.

        A sentence that starts with its verb ("Should land Friday.") carries the subject
        of the sentence before, so that one is asked too.
        """
        pattern = self.ranged["personal_subjects"] if reader else self.author_subjects
        if pattern is None:
            return False
        # A contracted verb at offset at belongs to its subject ("if you're travelling").
        # Not what the public will newly be able to do ("you'll be able to renew
        # online"): that is a service's news told to its users.
        contraction = _CONTRACTION.match(low, at)
        if contraction and not _NEW_FOR_READERS.match(low, at):
            at = contraction.end()
        if pattern.search(low, _clause_start(low, sentence_start, at), at):
            return True
        if previous and _SUBJECTLESS.match(low, sentence_start):
            return pattern.search(low, *previous) is not None
        return False

    def _releases_due(self, p: PostMatches, low: str, where: SentenceIndex,
                      releases: dict[int, list[tuple[int, int]]],
                      future: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, str]]:
        """An act of release in the same sentence as a future time; not advice against
        one ("don't launch in June")."""
        out = []
        for index, acts in releases.items():
            times = future.get(index)
            acts = [a for a in acts if not _ADVISED_AGAINST.search(low, max(0, a[0] - 10), a[0])]
            if not times or not acts:
                continue
            act = acts[0]
            # "Delighted to announce the arrival of Rosie, born Tuesday": home news.
            if p["personal_topics"] and p["personal_topics"].search(low, *where.spans[index]):
                continue
            # "When the crews come out at 3am": a time of day in a clause of what
            # happens whenever something does is a routine, not a release.
            if (all(_CLOCK.match(low, *t) for t in times)
                    and _WHENEVER.search(low, _clause_start(low, where.spans[index][0], act[0]),
                                         act[0])):
                continue
            previous = where.spans[index - 1] if index else None
            if not self._personal_clause(p, low, where.spans[index][0], act[0], previous):
                out.append((*_cover(act, _nearest(times, act)), "pending"))
        return out

    def _subjects_due(self, p: PostMatches, low: str, where: SentenceIndex,
                      future: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, str]]:
        """Statistics or a document dated in the future with a forward-looking verb, or
        named by their release day ("next week's CPI")."""
        out: list[tuple[int, int, str]] = []
        if not p["release_subjects"]:
            return out
        for index, times in future.items():
            start, end = where.spans[index]
            for subject in p["release_subjects"].finditer(low, start, end):
                if _AS_VERB.search(low, max(start, subject.start() - 8), subject.start()):
                    continue
                dated = any(low[t[0]:t[1]].endswith("'s") and 0 <= subject.start() - t[1] <= 12
                            for t in times)
                forward = (self.ranged["forward_modality"] is not None
                           and self.ranged["forward_modality"].search(low, start, end))
                if (dated or forward) and not self._personal_clause(p, low, start, subject.start()):
                    out.append((*_cover(subject.span(), _nearest(times, subject.span())),
                                "pending"))
                    break
        return out

    def _settled_changes(self, p: PostMatches, low: str, where: SentenceIndex,
                         stated: list[tuple[tuple[int, int], bool]],
                         quantities: list[tuple[int, int]],
                         future: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
        """A change stated as settled, made concrete by an amount or a date."""
        out = []
        for span, to_come in stated:
            index = where.index(span[0])
            start, end = where.spans[index]
            if (self._personal_clause(p, low, start, span[0])
                    or _one_persons_case(low, start, span[0])):
                continue
            if self._purpose(low, start, span[0]):
                continue
            times = future.get(index, [])
            amounts = [q for q in quantities if start <= q[0] < end]
            if not to_come and not times:
                amounts = [q for q in amounts
                           if _NEW_LEVEL.search(low, max(start, q[0] - _LEVEL_REACH), q[0])]
            anchors = amounts + times
            if anchors:
                out.append(_cover(span, _nearest(anchors, span)))
        return out

    def _purpose(self, low: str, sentence_start: int, at: int) -> bool:
        """True when "is to" at offset at follows a purpose noun ("the aim is to cut")."""
        return bool(self.purpose and self.purpose.search(low, max(sentence_start, at - 20), at))

    def _decisions(self, p: PostMatches, low: str, where: SentenceIndex,
                   decisions: list[tuple[int, int]],
                   concrete: list[int]) -> list[tuple[int, int, str]]:
        """A decision next to what was decided (an amount, a change or a date), and not
        the author's own ("I've decided to run a marathon")."""
        near = {where.index(s) for s in concrete}
        out = []
        for start, end in decisions:
            index = where.index(start)
            sentence_start = where.spans[index][0]
            if (_beside(near, index)
                    and not self._personal_clause(p, low, sentence_start, end)
                    and not _CASEWORK.search(low, _clause_start(low, sentence_start, start),
                                             start)):
                out.append((start, end, "decision"))
        return out

    def _scheduled_changes(self, p: PostMatches, low: str, where: SentenceIndex,
                           quantities: list[tuple[int, int]],
                           future: dict[int, list[tuple[int, int]]]
                           ) -> list[tuple[int, int, str]]:
        """A change in the present tense with both an amount and a date to come
        ("the rate goes to £6.50 an hour in September", "the method drops the staffing
        weight to 25% from July")."""
        out: list[tuple[int, int, str]] = []
        verbs = p["change_verbs"]
        if not verbs:
            return out
        for amount in quantities:
            index = where.index(amount[0])
            if index not in future:
                continue
            start = where.spans[index][0]
            # The verb leads straight into the amount: "goes to £6.50", "rises 5%".
            verb = _last(verbs.finditer(low, max(start, amount[0] - _VERB_REACH), amount[0]))
            if verb is None and _TO_LEVEL.search(low, max(start, amount[0] - _LEVEL_REACH),
                                                 amount[0]):
                # Or its object comes between: "cuts the fee to £5", in one clause. Not
                # an aim ("the aim is to cut waits by 20%").
                clause = _clause_start(low, start, amount[0])
                verb = _last(verbs.finditer(low, max(clause, amount[0] - _OBJECT_REACH),
                                            amount[0]))
                if verb and _INFINITIVE.search(low, max(0, verb.start() - 3), verb.start()):
                    verb = None
            if (verb and not self._personal_clause(p, low, start, verb.start())
                    and not _CONDITIONAL.search(low, max(start, verb.start() - 20), verb.start())):
                out.append((*_cover(verb.span(), amount), "change"))
        return out

    def _commitments(self, p: PostMatches, low: str, where: SentenceIndex,
                     reveal: bool = False) -> list[tuple[int, int, str]]:
        """A future modality and a date it takes effect, in a clause not about the author.

        The present progressive counts too when the date is a month or season to come
        ("from next month we're trialling e-gates"). When the author presents the news as
        theirs to break, the reader as subject ("you'll be able to renew") is the public.
        """
        out = []
        for date in p["commencement"].finditer(low):
            start, end = where.spans[where.index(date.start())]
            modal = _last(self.ranged["future_modality"].finditer(low, start, end))
            if modal is None and not _YEAR_ONLY.search(date.group()):
                modal = _last(_PROGRESSIVE.finditer(low, start, end))
            # A modal after the date belongs to another clause ("... and the van is being
            # sold"); a change in the present simple before it is nearer.
            if modal is None or modal.start() > date.end():
                modal = self._present_change(p, low, start, date, end) or modal
            if modal is None or self._purpose(low, start, modal.start()):
                continue
            # "in March" or "before the summer" may be a plan, a forecast or a past
            # month; only a firm "will" about the organisation's business settles it.
            if _LOOSE_DATE.match(date.group()) and (
                    not _FIRM_MODAL.fullmatch(modal.group())
                    or _RELATIVE.search(low, max(start, modal.start() - 7), modal.start())
                    or _CASEWORK.search(low, _clause_start(low, start, modal.start()),
                                        modal.start())):
                continue
            if _one_persons_case(low, start, modal.start()):
                continue
            if not self._personal_clause(p, low, start, modal.start(), reader=not reveal):
                out.append((*_cover(modal.span(), date.span()), "change"))
        return out

    def _present_change(self, p: PostMatches, low: str, sentence_start: int,
                        date: Any, sentence_end: int | None = None) -> Any:
        """A change in the present simple just before the date it takes effect ("the
        routes stop at the end of August", "the office closes from October"), or just
        after it in the same clause ("from May every branch goes cashless"): the tense
        of a timetable, settled."""
        if not p["change_verbs"] or not _TAKES_EFFECT.match(date.group()):
            return None
        clause = _clause_start(low, sentence_start, date.start())
        verb = _last(p["change_verbs"].finditer(low, max(clause, date.start() - _VERB_TO_DATE),
                                                date.start()))
        if verb is None and sentence_end is not None:
            after = _CLAUSE_BREAK.search(low, date.end(), sentence_end)
            stop = min(after.start() if after else sentence_end, date.end() + _VERB_TO_DATE)
            verb = p["change_verbs"].search(low, date.end(), stop)
            if verb is not None and (_PRESENT_AFTER_DATE.match(low, verb.start(), verb.end())
                                     is None or self._personal_clause(p, low, date.end(),
                                                                      verb.start())):
                return None
        if (verb is None or _NOT_PRESENT.search(verb.group().split()[0])
                or _AS_VERB.search(low, max(0, verb.start() - 8), verb.start())
                or _ADVISED_AGAINST.search(low, max(0, verb.start() - 10), verb.start())
                or _PERFECT.search(low, max(0, verb.start() - _MODAL_REACH), verb.start())
                or _DEADLINE.search(low, clause, verb.start())
                or _BOUNDED.match(low, date.end())):
            return None
        return verb

    def _starts_dated(self, p: PostMatches, low: str, where: SentenceIndex,
                      quantities: list[tuple[int, int]],
                      future: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, str]]:
        """Something new starting on a date to come, told in the present simple of a
        timetable, with what makes it news: an amount in the sentence or the next or last
        one, or a new or free thing as its subject ("the new pool opens 3 May", "£600k,
        works start in August"). Not a window for applying or voting, a term or a year
        that starts as a matter of course, nor the author's own start."""
        out: list[tuple[int, int, str]] = []
        for index, times in future.items():
            start, end = where.spans[index]
            for verb in _STARTS_ON.finditer(low, start, end):
                # The date just after the verb, or after a place in the same clause
                # ("opens at the Infirmary in March").
                date = next((t for t in times if 0 <= t[0] - verb.end() <= _START_REACH
                             and (t[0] - verb.end() <= _START_GAP
                                  or (_PLACE.match(low, verb.end())
                                      and not _CLAUSE_BREAK.search(low, verb.end(), t[0])))
                             and not _CLOCK.match(low, *t)), None)
                # A range of days is a timetable: "opens Monday to Friday".
                if date is None or _BOUNDED.match(low, date[1]):
                    continue
                clause = _clause_start(low, start, verb.start())
                if (_DEADLINE.search(low, clause, verb.start())
                        or _CONDITIONAL.search(low, max(start, verb.start() - 20), verb.start())
                        or _ROUTINE_START.search(low, clause, verb.start())
                        or self._personal_clause(p, low, start, verb.start())):
                    continue
                near = range(max(index - 1, 0), index + 2)
                amount = any(where.index(q[0]) in near for q in quantities)
                if amount or _NEW_THING.search(low, clause, verb.start()):
                    out.append((*_cover(verb.span(), date), "change"))
                    break
        return out

    def _added_by_date(self, p: PostMatches, low: str, where: SentenceIndex,
                       quantities: list[tuple[int, int]],
                       future: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, str]]:
        """A count of things added with the date they come by, told as a headline with
        no verb ("60 more nurses from April", "12 new buses on the route by spring").
        Not a need, a wish or a call for them ("we need 20 more staff by winter"), nor
        the author's own."""
        out: list[tuple[int, int, str]] = []
        for amount in quantities:
            index = where.index(amount[0])
            if not _ADDED.search(low, amount[0], amount[1]) or index not in future:
                continue
            start = where.spans[index][0]
            clause = _clause_start(low, start, amount[0])
            if (_WANTED.search(low, clause, amount[0])
                    or self._personal_clause(p, low, start, amount[0])):
                continue
            for t in future[index]:
                if (0 <= t[0] - amount[1] <= _ADDED_REACH and not _CLOCK.match(low, *t)
                        and _NOUN_GAP.fullmatch(low, amount[1], t[0])):
                    out.append((*_cover(amount, t), "change"))
                    break
        return out

    def _appointments(self, p: PostMatches, low: str, where: SentenceIndex,
                      future: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, str]]:
        out = []
        for span in spans(p["appointment"], low):
            index = where.index(span[0])
            times = future.get(index)
            if times and not self._personal_clause(p, low, where.spans[index][0], span[0]):
                out.append((*_cover(span, _nearest(times, span)), "appointment"))
        return out

    def _teaser(self, p: PostMatches, low: str, where: SentenceIndex,
                releases: dict[int, list[tuple[int, int]]],
                future: dict[int, list[tuple[int, int]]],
                leaks: list[tuple[int, int]]) -> tuple[int, int] | None:
        """A hint at news to come, next to what makes it news (a time to come, a release,
        statistics, a forward-looking verb, an appointment), unless the news is the
        author's own ("Big news: I'm joining the team in May!") or about home life. The
        date a hold ends ("can't share anything till Friday") is not such a claim."""
        if not p["teasers"]:
            return None
        if p["personal_topics"] and p["personal_topics"].search(low):
            return None
        for teaser in p["teasers"].finditer(low):
            if self._hints_at_news(p, low, where, teaser.span(), releases, future, leaks):
                return teaser.span()
        return None

    def _hints_at_news(self, p: PostMatches, low: str, where: SentenceIndex,
                       teaser: tuple[int, int],
                       releases: dict[int, list[tuple[int, int]]],
                       future: dict[int, list[tuple[int, int]]],
                       leaks: list[tuple[int, int]]) -> bool:
        # "None of this is a big change" denies the hint.
        if _NEGATED.search(low, max(0, teaser[0] - _NEGATION_REACH), teaser[0]):
            return False
        index = where.index(teaser[0])
        start = where.spans[index][0]
        end = where.spans[min(index + 1, len(where.spans) - 1)][1]
        if _FIRST_PERSON.search(low, start, end):
            return False
        if _OUTLET.match(low, *teaser):
            return True
        near = range(max(index - 1, 0), index + 2)
        # Not the day of a public event ("Saturday's protest"): that is no release.
        if any(not any(s <= t < e + _HOLD_REACH for s, e in leaks)
               and not _EVENT_DAY.match(low, te)
               and not _EVENT_BEFORE.search(low, max(0, t - _EVENT_REACH), t)
               for i in near for t, te in future.get(i, ())):
            return True
        # Not the end of the author's own hold ("can't talk about it until it's out"):
        # that says a paper exists, not what is in it.
        if any(not _HOLD_END.search(low, max(0, act - _HOLD_END_REACH), act)
               for i in near for act, _ in releases.get(i, ())):
            return True
        # Outside the hint itself: "all I'll say is" holds a "will" of its own. Nor the
        # author's own plans ("I'm about to start a new role. Watch this space!").
        # Nor the outlook for a working day ("it's going to be a long day for anyone on
        # shift"): how hard the staff will work is not news for the press office.
        lo = where.spans[near[0]][0]
        return any(pattern is not None and (_said_of_others(pattern, low, lo, teaser[0], workday)
                                            or _said_of_others(pattern, low, teaser[1], end,
                                                               workday))
                   for pattern, workday in ((p["release_subjects"], False),
                                            (self.ranged["forward_modality"], True),
                                            (p["appointment"], False), (_COMING, False)))

    def _findings(self, text: str, found: list[tuple[int, int, str]]) -> list[Finding]:
        # Where findings overlap, the one that starts first and reaches furthest stays.
        found.sort(key=lambda f: (f[0], -f[1]))
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


def _said_of_others(pattern: Any, low: str, start: int, end: int,
                    workday: bool = False) -> bool:
    """True when pattern matches between start and end other than as the author's own
    plan: "I'm about to move" is the author's, "all I'll say is" only frames a hint. With
    workday, not a modality that only forecasts a working day ("going to be a long day")."""
    return any((not _AUTHOR_BEFORE.search(low, max(0, m.start() - 6), m.start())
                or _SAYING.match(low, m.end()))
               and not (workday and _WORKDAY.match(low, m.end()))
               for m in pattern.finditer(low, start, end))


def _findings_beyond_marking(p: PostMatches, low: str, leaks: list[tuple[int, int]],
                             where: SentenceIndex, internal: set[int]) -> bool:
    """True when a paper is said to show something other than its own marking: "the
    header says OFFICIAL-SENSITIVE" quotes the label, not what is inside. Not what the
    staff say of their workplace (sentences in internal)."""
    if not p["findings"]:
        return False
    return any(not any(0 <= s - verb.end() <= _MARKING_GAP for s, _ in leaks)
               and where.index(verb.start()) not in internal
               for verb in p["findings"].finditer(low))


def _denies(pattern: Any, low: str, start: int, end: int) -> bool:
    """True when pattern finds someone else's claim or a denial between start and end;
    not rumours the author says they are putting to rest by telling ("fed up of the
    rumours: from May we're..."), which makes what follows theirs."""
    return any(not _PUT_TO_REST.search(low, max(start, m.start() - _REST_REACH), m.end())
               for m in pattern.finditer(low, start, end))


def _beside(sentences: set[int], index: int) -> bool:
    """True when sentence index is one of sentences or next to one."""
    return bool(sentences & {index - 1, index, index + 1})


def _one_persons_case(low: str, sentence_start: int, at: int) -> bool:
    """Whether the clause up to offset at is about one person ("she's getting £300
    back"), not reported from someone who speaks for a body ("the leader says he's...")."""
    someone = _SOMEONE.search(low, _clause_start(low, sentence_start, at), at + 3)
    return someone is not None and not _REPORTED.search(low, sentence_start, someone.start())


def _clause_start(low: str, sentence_start: int, at: int) -> int:
    """Where the clause holding offset at begins."""
    clause_start = sentence_start
    for match in _CLAUSE_BREAK.finditer(low, sentence_start, at):
        clause_start = match.end()
    return clause_start


def _last(matches: Iterable[Any]) -> Any:
    last = None
    for last in matches:  # noqa: B007
        pass
    return last

def _nearest(candidates: list[tuple[int, int]], anchor: tuple[int, int]) -> tuple[int, int]:
    return min(candidates, key=lambda c: abs(c[0] - anchor[0]))


def _cover(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return min(a[0], b[0]), max(a[1], b[1])

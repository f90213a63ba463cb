"""tone: the post sounds like a courteous person, not a press office or a row.

Raises shouting (words in capitals that are not acronyms, ``!!!``, ``?!``),
formal rebuttal register ("categorically", "wholly inaccurate", "a spokesperson
said", the author's organisation denying things in the third person),
hostility (insults, contempt said of a person, outlet or story, second-person
blame and point-scoring), sarcasm (mocking emoji, sarcastic stock phrases),
templated empathy with no next step, stacked hype words, emoji strings and
hashtag stuffing. The VADER lexicon supplies negative words, used only when
aimed at "you" or at an outlet, story or politician.

Lets pass: polite corrections with a source, warmth and thanks, one
exclamation mark, acronyms and protective-marking headers in capitals, scam
warnings ("fake", "scam"), quoted criticism, sincere grief or hardship,
"myth"/"FAQ" in titles, self-deprecation.

Speed: each phrase is searched only when the words it needs are in the post,
and on long posts only near them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any

from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SentimentIntensityAnalyzer

from .base import Finding, Post, finding
from .text import HASHTAG_RE, fold, sentences

NAME = "tone"
PRINCIPLE = "conversational-tone"

DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "severity": "warn",
    # --- Shouting -------------------------------------------------------
    # Capitalised words shorter than this are never treated as shouting.
    "caps_min_letters": 2,
    # A capitalised word this long, with enough vowels, reads as a word (not an
    # acronym) even when it is not in any word list.
    "caps_long_word_letters": 6,
    "caps_min_vowel_share": 0.3,
    # ...and only when it ends like an English word; long acronyms (NEIFCA,
    # GISAID, EURORDIS) rarely do.
    "caps_word_endings": [
        "ly", "ing", "ed", "ful", "ness", "tion", "tions", "sion", "ment", "ments", "able",
        "ible", "ous", "less", "est", "ity", "ive", "ance", "ence", "ship", "ise", "ize",
        "er", "ers",
    ],
    # Acronyms that are also English words, or look like words.
    "known_acronyms": [
        "ok", "id", "tv", "us", "it", "me", "am", "pm", "he", "fe", "as", "who", "act",
        "send", "stem", "nice", "sage", "pact", "snap", "care", "cares", "ice", "aids",
        "sin", "sad", "covid", "defra", "ofsted", "ofqual", "ofgem", "ofwat", "unicef",
        "unesco", "nato", "nasa", "acas", "cobra", "hope", "safe", "chip", "lol", "omg",
        "fyi", "asap", "maga", "gif", "faq", "faqs", "usa", "vat", "real",
    ],
    # Protective markings and embargo headers are written in capitals by rule.
    # A line that starts with one of them is a header: its capitals run to the
    # end of the sentence ("EMBARGO: NOT FOR PUBLICATION BEFORE 00:01 WED").
    "protective_markings": [
        "official", "official-sensitive", "official sensitive", "sensitive", "secret",
        "top secret", "confidential", "in-confidence", "cabinet-in-confidence", "restricted",
        "protected", "embargo", "embargoed", "not for publication", "unclassified",
        "classified", "cui", "draft", "pre-decisional", "do not distribute", "internal only",
    ],
    # Common English words, so short capitalised words can be told from acronyms.
    "common_words": [
        "a", "about", "after", "again", "all", "also", "always", "am", "an", "and", "another",
        "any", "are", "as", "at", "away", "back", "bad", "be", "because", "been", "before",
        "best", "better", "big", "both", "but", "by", "bye", "can", "can't", "cannot", "come",
        "could", "day", "days", "did", "didn't", "do", "does", "doesn't", "don't", "done",
        "down", "each", "eight", "else", "even", "ever", "every", "fact", "far", "few",
        "find", "first", "five", "for", "four", "from", "get", "give", "go", "going", "good",
        "got", "great", "had", "has", "have", "he", "help", "her", "here", "him", "his",
        "hour", "hours", "how", "i", "if", "in", "into", "is", "isn't", "it", "it's", "its",
        "just", "keep", "know", "last", "less", "let", "like", "look", "made", "make",
        "many", "may", "me", "more", "most", "much", "must", "my", "need", "never", "new",
        "nine", "no", "none", "nor", "not", "now", "of", "off", "oh", "on", "once", "one",
        "only", "or", "other", "our", "out", "over", "own", "people", "please", "real",
        "really", "right", "said", "same", "say", "see", "seven", "she", "should", "six",
        "so", "some", "still", "stop", "such", "sure", "take", "ten", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "thing", "think", "this",
        "those", "three", "time", "times", "to", "too", "two", "under", "up", "us", "very",
        "want", "was", "wasn't", "way", "we", "week", "weeks", "well", "were", "what",
        "when", "where", "which", "while", "who", "whole", "why", "will", "with", "won't",
        "would", "wrong", "year", "years", "yes", "yet", "you", "your", "yours", "month",
        "months", "hundred", "thousand", "million", "billion", "twice", "zero", "whatever",
        "anyone", "anything", "everyone", "everything", "nobody", "nothing", "someone",
        "something", "truly", "totally", "absolutely", "literally", "actually", "seriously",
        "exactly", "again", "enough", "less", "least", "only", "single", "ask", "read",
        "run", "see", "sort", "stay", "tell", "told", "try", "wait", "work", "folks",
        "went", "gone", "goes", "let's", "okay",
    ],
    # A line that starts with up to this many capitalised words and a colon is a
    # label ("UPDATE:", "BREAKING NEWS:"), not shouting.
    "caps_label_max_words": 3,
    # Repeated or mixed marks read as shouting or exasperation; one "!" is fine.
    "punctuation_pattern": r"!{3,}|\?{3,}|[!?]*(?:\?!|!\?)[!?]*|\u203c\ufe0f?",
    # --- Sarcasm and mockery --------------------------------------------
    "mocking_emoji": ["\U0001f644", "\U0001f921", "\U0001f643"],
    # "(?:^|(?<=[.!?,:;] )|(?<=\n))" means "at the start of a sentence or clause": an
    # imperative on its own ("Grow up.") is a put-down, the same words inside a
    # sentence ("where children grow up") are not.
    "sarcasm_phrases": [
        r"living the dream", r"what could (?:possibly )?go wrong", r"said no (?:one|body) ever",
        r"thanks for nothing", r"slow clap", r"just an observation",
        r"(?<!'s )(?<!is )(?<!was )funny how",
        r"just saying(?=\s*[.!]|\s*$)",
        r"oh (?:good|great|joy|wonderful|brilliant|lovely),? (?:another|more|yet)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:because|cos|'cause) (?:that|it|this|the last "
        r"[\w ]{1,25}?) (?:went|worked|goes) (?:so|really|super) well(?=\s*[.!?]|\s*$)",
        r"suddenly (?:the |an |all )?experts?",
        r"(?:thank you|thanks) for your wisdom",
        r"who (?:could|would)(?: have|'ve) (?:guessed|predicted)",
        r"colou?r me (?:surprised|shocked)", r"what a (?:surprise|shock)(?=\s*[.!?])",
        r"(?<=, )the lot of (?:them|you)(?=\s*[.!?]|\s*$)",
        r"love that for (?:us|me|them)", r"(?:^|(?<=[.!?] )|(?<=\n))yeah,? right(?=\s*[.!?]|\s*$)",
        r"(?<=, )genius(?=\s*[.!?]|\s*$)",
    ],
    # --- Hostility and point-scoring -------------------------------------
    # Insults that are hostile wherever they appear (unless aimed at oneself).
    "insults": [
        "idiot", "idiots", "idiotic", "moron", "morons", "moronic", "imbecile", "imbeciles",
        "cretin", "cretins", "dimwit", "dimwits", "halfwit", "halfwits", "numpty", "numpties",
        "brainless", "spineless", "gutless", "dumbest", "stupidest", "pathetic", "scum",
        "liar", "liars", "hypocrites", "cowards", "lowest of the low",
    ],
    # Contempt words: hostile as a one-to-three-word sentence ("Pathetic."), or
    # said of something ("is a disgrace", "are utter rubbish").
    "contempt_words": [
        "disgrace", "disgraceful", "disgusting", "shameful", "shameless", "pathetic",
        "embarrassing", "ridiculous", "laughable", "absurd", "nonsense", "rubbish",
        "garbage", "drivel", "tripe", "shambles", "farce", "joke", "pitiful", "despicable",
        "deplorable", "contemptible", "idiotic", "moronic", "stupid", "dumb", "brainless",
        "spineless", "clueless", "useless", "incompetent", "vultures", "idiots", "clowns",
        "clown", "morons", "cowards", "lies", "lie",
    ],
    # Contempt words that are too often used lightly, or literally ("the queue was
    # ridiculous", "rubbish is collected on Tuesday"), to raise when merely said
    # of something without "utter"/"absolute"; they still raise on their own.
    "contempt_standalone_only": [
        "embarrassing", "ridiculous", "absurd", "stupid", "dumb", "useless", "rubbish",
        "garbage", "tripe",
    ],
    # Words that only intensify a contempt word in a short sentence.
    "intensifiers": [
        "absolute", "absolutely", "utter", "utterly", "complete", "completely", "total",
        "totally", "frankly", "just", "so", "how", "what", "a", "an", "truly", "really",
        "simply", "bloody", "honestly", "quite",
    ],
    "hostile_phrases": [
        r"if you(?:'d| had) (?:actually |even |just )?(?:bothered|read|looked|checked|listened)",
        r"you (?:clearly|obviously) (?:haven't|have not|didn't|did not|don't|do not|can't|"
        r"cannot) (?:read|understand|understood|know|get it|looked|bothered|care)",
        r"(?:and|but) you know it",
        r"did you (?:actually|even|bother to) (?:read|look|check)",
        r"or (?:just|only) (?:read )?the headlines?(?=\s*[?.!]|\s*$)",
        r"(?:^|(?<=[.!?,] )|(?<=\n))it(?:'s| is)(?: really)? not (?:that |exactly )?hard"
        r"(?=\s*[.!]|\s*$)",
        r"do (?:some|your|any) (?:research|homework)(?=\s*[.!?]|\s*$)",
        r"(?<!always )(?<!to )(?<!you )(?<!please )check your facts",
        r"get your facts (?:straight|right)",
        r"read (?:the|it|our|this)(?: actual)?(?: [\w']+){0,4}? before (?:publishing|posting|"
        r"tweeting|commenting|lecturing|you (?:post|publish|tweet|comment))",
        r"read the actual",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))try harder(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))spare me(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))grow up(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))get a (?:grip|life)(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))get over it(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))give it a rest(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))shut up(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))educate yoursel(?:f|ves)(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))do better(?=\s*[.!?,]|\s*$)",
        r"(?:need|needs|should|ought) to learn the difference",
        r"embarrass(?:ing)? yoursel(?:f|ves)",
        r"shame on (?:you|them|him|her)", r"should be ashamed", r"good riddance",
        r"correct your (?:story|article|headline|piece|reporting)",
        r"stop (?:lying|whining|moaning|spreading (?:fear|lies|rumours|rumors|nonsense))",
        r"(?:some people|you|they) (?:clearly|obviously|evidently) (?:can't|cannot) read",
        r"(?:absolutely|utterly|completely|totally) (?:pathetic|disgraceful|shameful|disgusting)",
        r"(?:absolutely|utterly|completely|totally) (?:ridiculous|absurd|laughable)"
        r"(?= that| how| to|\s*[.!?]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:cry more|stay mad|cope harder|touch grass)"
        r"(?=\s*[.!?]|\s*$)",
        r"(?:is|it's|was|isn't|wasn't) (?:not )?our fault", r"stop blaming(?! yoursel)",
        r"(?:haven't got|hasn't got|have no|has no|don't have|doesn't have) (?:a |the faintest |"
        r"the slightest )?(?:clue|idea) what (?:you're|they're|he's|she's|you are|they are) "
        r"(?:talking|on) about",
        r"you (?:haven't|have not|don't|do not) (?:got |have )?(?:a|the (?:faintest|slightest)) "
        r"clue",
        r"(?:is|are|more|pure|total|just|peddling|spreading) fake news",
        r"before lecturing",
        # Dismissing critics as people who have never done the job.
        r"(?:people|someone|somebody|anyone|those|folks|a person|they|he|she) "
        r"who(?:'ve|'s| have| has)? (?:clearly |obviously )?never (?:set foot in|met an?|"
        r"run an?|held an?|opened an?|done an?|spent an? (?:day|hour|shift|night))",
        r"peddl(?:e|es|ed|ing) (?:[\w']+ ){0,3}?(?:lies|nonsense|myths|misinformation|"
        r"rubbish|conspirac\w*)",
        r"(?:can|may) (?:spin|say|shout|claim|complain|moan|argue|bluster|protest|tweet|dress)"
        r"(?: [\w']+){0,4}? all (?:he|she|they|you|we) (?:likes?|wants?)",
        r"(?:absolute|utter|utterly) (?:shambles|farce|joke|disgrace|nonsense|rubbish|"
        r"garbage|drivel|clowns?|idiots?|muppets?)",
        r"what an? (?:absolute |complete |total )?(?:joke|shambles|farce|disgrace|idiot)",
    ],
    # --- Formal rebuttal register ----------------------------------------
    "rebuttal_phrases": [
        r"categorical(?:ly)?", r"refut(?:e|es|ed|ing)", r"rebut(?:s|tal|tals|ted|ting)?",
        r"(?:wholly|entirely|completely|totally|utterly|factually|demonstrably) (?:untrue|"
        r"inaccurate|incorrect|false|wrong|misleading|baseless|unfounded)",
        r"(?:false|inaccurate|incorrect|untrue|wrong) and misleading",
        r"misleading and (?:false|inaccurate|incorrect|untrue|wrong)",
        r"it is (?:untrue|wrong|incorrect|misleading|false|inaccurate) to (?:suggest|claim|say|"
        r"state|report|imply)",
        r"this is (?:simply |entirely |also |just )?(?:not true|untrue|not the case|"
        r"inaccurate|incorrect|false|baseless|unfounded|misleading)"
        r"(?=\s*[.!;:\u2013\u2014-]|\s*$)",
        r"(?:these|such|the|this) (?:claims?|suggestion) (?:is|are) (?:simply |entirely |also "
        r"|just )?(?:not true|untrue|not the case|inaccurate|incorrect|false|baseless|"
        r"unfounded)(?=\s*[.!;:\u2013\u2014-]|\s*$)",
        # Said of particular coverage, not of misleading headlines in general.
        r"(?:inaccurate|misleading) (?:media )?(?:reporting|coverage|claims|reports|stories|"
        r"articles|headlines?) (?:in|from|by|on|about|that|which|suggesting|claiming|today)",
        r"(?:there (?:has|have) been|we have seen|we've seen|recent|today's) (?:some )?"
        r"(?:inaccurate|misleading) (?:media )?(?:reporting|coverage|claims|reports|stories|"
        r"articles|headlines?)",
        r"(?:an?|the) (?:[\w'&]+ ){0,3}?spokes(?:person|man|woman) (?:said|says|added)",
        r"(?:do|does|did) not recognise (?:these|the|this|those) (?:figures|claims|numbers|"
        r"characterisation|description|account)",
        r"(?:request|seek|demand)(?:s|ed|ing)? (?:an? )?(?:immediate |urgent |full |formal "
        r"|public )?retraction",
        r"(?:request|seek|demand|ask)(?:s|ed|ing)? (?:the |an? )?(?:paper|newspaper|outlet|"
        r"publication|editor|journalist|reporter|broadcaster|them) for (?:an? )?(?:immediate "
        r"|urgent |full |formal |public )?(?:correction|retraction|apology)",
        r"(?:we|i)(?:'ll| will| are| am|'re|'m)? (?:be )?complain(?:ing|ed)? to (?:ipso|ofcom|"
        r"the press regulator|the editor|the (?:press )?ombudsman)",
        r"(?:a|pure|complete|total) fabrication", r"fabricated (?:story|claims?|quotes?)",
        r"(?:will|do|does|would) not (?:be )?comment(?:ing)? on (?:speculation|leaks?|leaked)",
        r"(?:this|it|which|that|and|the (?:article|story|report|headline|coverage|piece|"
        r"reporting)) (?:also |completely |badly |seriously |deliberately )?misrepresent(?:s|ed)",
        r"for the avoidance of doubt",
        r"contrary to (?:recent |some |today's |media )*(?:reports|reporting|claims|speculation|"
        r"coverage|suggestions)",
        r"(?:we|i) wish to (?:clarify|make (?:it )?clear|point out|state)",
        r"it is (?:simply |entirely |just )?(?:not true|untrue|false|wrong|incorrect) "
        r"(?:that|to)",
        r"(?:we|the government|ministers|the department) (?:have|has) (?:always |consistently "
        r"|repeatedly )?been (?:very |absolutely |completely )?clear",
        r"set(?:ting)? the record straight",
        r"(?:we|i) (?:have|had) (?:never|not at any point) (?:said|claimed|suggested|stated|"
        r"proposed)",
        r"at no (?:point|stage|time) (?:has|have|did|was)",
    ],
    # Sentence-initial labels of the myth-versus-fact rebuttal format.
    "rebuttal_labels": ["myth", "fact", "false", "true"],
    # Labels that raise however they are written; the others only in capitals.
    "rebuttal_labels_any_case": ["myth"],
    # The institution speaking of itself in the third person, in press-office voice.
    "institution_nouns": [
        "department", "ministry", "government", "agency", "council", "trust", "service",
        "office", "authority", "commission", "board", "administration",
    ],
    "institution_denials": [
        r"(?:has|have|had) (?:not|never|at no point) (?:said|proposed|planned|announced|lost|"
        r"suggested|stated|claimed|cut|scrapped|banned|ruled)",
        r"(?:has|have) made no (?:decision|announcement|plans?|such)",
        r"(?:has|have) no (?:plans?|intention) to", r"(?:does|do|did) not (?:plan|intend)",
        r"is not (?:planning|proposing|considering|scrapping|banning|cutting|closing)",
        r"(?:strongly |firmly )?(?:rejects|denies|disputes|refutes) (?:the|these|this|any|all|"
        r"such|claims|suggestions?|reports?|allegations?)",
    ],
    # Press-office phrasing that is only self-reference when the subject is the
    # author's own organisation or "the Department"; "the BBC notes" is reporting.
    "institution_press_phrases": [
        r"(?:notes|would note|(?:would like|wishes) to (?:clarify|make (?:it )?clear|point out))",
        r"(?:is|has been|remains|has always been) (?:very )?clear (?:that|on|about)",
    ],
    # --- Negative words aimed at someone (VADER lexicon) ----------------
    # A word this negative or worse in the VADER lexicon, said of "you" or of an
    # outlet, story or politician ("you're pathetic", "lazy journalism").
    "vader_negative_threshold": -1.5,
    "target_nouns": [
        "journalism", "journalist", "journalists", "reporter", "reporters", "reporting",
        "hack", "hacks", "headline", "headlines", "article", "articles", "story", "stories",
        "hot take", "hot takes", "think piece", "columnist", "politician", "politicians",
        "ministers", "mps", "councillors", "critics", "commentators", "pundits",
        "so-called experts",
    ],
    # Words that point at particular coverage: "your claim", "these reports".
    "determiners": [
        "your", "the", "this", "that", "these", "those", "such", "recent", "media", "today's",
        "yesterday's",
    ],
    # Things whose quality can be judged: "your claim is false", "the headline is lazy".
    "judged_things": [
        "claim", "claims", "post", "posts", "tweet", "tweets", "piece", "coverage", "reports",
        "allegations", "suggestion",
    ],
    # Before a noun like "story", a negative noun is a topic ("crime story", "abuse
    # reporting"); only a negative adjective ("lazy", "failed", "misleading")
    # judges it. Adjectives are told by their endings.
    "adjective_endings": [
        "ed", "ing", "ous", "ful", "less", "ic", "al", "ive", "ible", "able", "y", "id",
        "ent", "ant", "ish", "ile", "ate", "est",
    ],
    "noun_endings": ["ity", "ty", "ry", "gy", "ny", "ment", "ism", "ist", "tion", "ance", "ence"],
    # Words skipped between "you're" and the word that judges: "you're such an idiot".
    "filler_words": [
        "such", "so", "being", "just", "a", "an", "absolute", "complete", "total", "utter",
        "utterly", "really", "truly", "frankly", "clearly", "simply", "the", "most", "quite",
        "totally", "also", "both", "and", "entirely", "wildly", "deeply", "grossly", "hugely",
        "seriously", "highly", "very", "pretty", "completely",
    ],
    # "If you're struggling": a condition, not a verdict on the reader.
    "conditional_words": [
        "if", "when", "whenever", "whether", "unless", "in case", "while", "as long as",
        "even if", "once",
    ],
    # An insult aimed at oneself is self-deprecation: "I felt like an idiot".
    "self_reference": [
        "i'm", "i am", "i was", "i felt", "i feel", "me", "myself", "i've been", "i look",
    ],
    # "How to spot misleading headlines" talks about a kind of thing, not at anyone.
    "generic_context_words": [
        "spot", "spotting", "avoid", "identify", "recognise", "recognize", "report",
        "reporting", "tackle", "tackling", "combat", "counter", "flag", "about", "against",
        "beware", "ignore", "fight",
    ],
    # Things said of a story, claim or article that deny it outright.
    "rebuttal_words": [
        "false", "untrue", "inaccurate", "misleading", "baseless", "unfounded", "fabricated",
        "nonsense", "rubbish", "garbage", "fiction",
    ],
    # Negative words that describe harm, grief, illness or a scam, not a person's
    # character: "you're not alone", "if you're struggling", "a tragic story".
    "not_insults": [
        "sick", "ill", "sad", "lonely", "alone", "scared", "afraid", "worried", "anxious",
        "depressed", "stressed", "hurt", "tired", "exhausted", "struggling", "grieving",
        "upset", "overwhelmed", "frustrated", "angry", "confused", "unemployed", "homeless",
        "vulnerable", "victim", "victims", "poor", "injured", "bereaved", "isolated",
        "unwell", "pain", "suffering", "tragic", "heartbreaking", "devastating",
        "devastated", "painful", "difficult", "hard", "tough", "terrible", "awful",
        "horrific", "harrowing", "distressing", "upsetting", "grim", "bleak", "sad",
        "saddest", "shocking", "fake", "bogus", "fraudulent", "scam", "scams", "fraud",
        "robbed", "scammed", "abused", "attacked", "bullied", "harassed", "targeted",
        "missing", "dead", "died", "killed", "lost", "losing", "broke", "debt", "crisis",
        "danger", "dangerous", "risk", "worst", "bad", "wrong", "no", "sorry", "killing",
        "horror", "scary", "alarming", "worrying", "negative", "harsh", "critical", "crime",
        "criminal", "abuse", "violence", "violent", "war", "terror", "death", "deaths",
        "murder", "disease", "cancer", "misery", "poverty", "injury", "tragedy", "stuck",
    ],
    # --- Insincerity ------------------------------------------------------
    "empathy_templates": [
        r"(?:we're|we are|i'm|i am) sorry (?:that )?you feel (?:that way|this way|like that)",
        r"your (?:feedback|call|comments?|views?|opinion|custom) (?:is|are) (?:very |really )?"
        r"important to us",
        r"we apologi[sz]e for any inconvenience",
        r"we (?:take|are taking) (?:this|these|your concerns?|such matters|these matters|"
        r"the matter) (?:very |extremely )?seriously",
        r"we (?:understand|appreciate) your frustration",
        r"we (?:note|have noted) your (?:concerns?|comments?|feedback)",
    ],
    # A template is fine when the post also gives a next step.
    "action_cues": [
        r"https?://", r"www\.", r"\.gov", r"we'll", r"we will", r"i'll", r"i will",
        r"we're (?:testing|fixing|working|looking|changing|reviewing|updating)",
        r"next (?:week|month)", r"please (?:call|email|contact|dm|message|ring|get in touch)",
        r"contact us", r"get in touch", r"dm us", r"\d",
    ],
    "hype_words": [
        "world-leading", "world leading", "world-class", "world class", "game-changing",
        "game changing", "game-changer", "game changer", "revolutionary", "revolutionise",
        "revolutionize", "transformational", "transformative", "groundbreaking",
        "ground-breaking", "cutting-edge", "cutting edge", "best-in-class", "next-generation",
        "unprecedented", "once-in-a-generation", "trailblazing", "pioneering",
        "seamless", "unparalleled", "unrivalled", "state-of-the-art", "paradigm shift",
        "turbocharge", "supercharge",
    ],
    # Hype words that raise: this many in one sentence, or this many in the post.
    "hype_per_sentence": 2,
    "hype_per_post": 3,
    # Consecutive emoji that read as decoration (and screen readers read each one).
    "emoji_run_min": 3,
    # More hashtags than this on a platform reads as stuffing.
    "max_hashtags": {
        "x": 3, "bluesky": 3, "threads": 3, "mastodon": 5, "facebook": 3, "linkedin": 5,
        "blog": 10,
    },
}

_LETTER_CAPS_RE = re.compile(r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]*"
                             r"[A-Z\u00c0-\u00de](?![\w&]|\.\w|-?\d)")
_NOT_BEFORE_CAPS = frozenset("&.-#@/_\\'\u2019")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_FOLD_PAIRS = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
               ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " "))
_VOWELS = set("aeiouy")
_EMOJI = (r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
          r"[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*")
_BMP_SYMBOL_RE = re.compile(r"[\u2600-\u27BF\u2B00-\u2BFF]")
_ANY_EMOJI_RE = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")
_YOU_ARE_RE = re.compile(r"you(?:'re| are| were|'ve been| have been)\s+")
_IS_AFTER_RE = re.compile(r"(?:\s+(?:on|about|of|in|from|by|made in|made by|suggesting|"
                          r"claiming|saying|that)\s+[\w'@. -]{1,60}?)?\s+"
                          r"(?:is|are|was|were)\s+")
_LETTER_BYTES = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# Phrases are searched only near the words they need, once a post is this long.
_WINDOW_FROM_LENGTH = 600
_WINDOW_MARGIN = 200
_WORD_RE = re.compile(r"[a-z][a-z'\-]*")
_DEFINED_ACRONYM_RE = re.compile(r"\(([A-Z]{2,})\)")
_CONSONANT_RUN_RE = re.compile(r"[^aeiouy'\-]{4}")
_RUN_GAP_RE = re.compile(r"[ ,]+(?:[AI][ ,]+)?")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")


def _alternation(phrases: list[str]) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


def _words_pattern(words: list[str]) -> str:
    return _alternation([re.escape(w) for w in words])


def _require_list(config: Mapping[str, Any], key: str) -> list[str]:
    value = config[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' must be a list of text values.")
    return value


def _require_int(config: Mapping[str, Any], key: str, minimum: int) -> int:
    value = config[key]
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ValueError(f"'{key}' must be a whole number of at least {minimum}.")
    return value


def _require_number(config: Mapping[str, Any], key: str, low: float, high: float) -> float:
    value = config[key]
    if not isinstance(value, int | float) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"'{key}' must be a number from {low} to {high}.")
    return float(value)


def _lower_regex(pattern: str) -> str:
    """A pattern for lower-cased text: letters lowered, escapes such as \\S kept."""
    return re.sub(r"(?<!\\)[A-Z]", lambda m: m.group().lower(), pattern)


def _anchor_words(pattern: str, common: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Words, one of which is in any text the pattern matches (None when unknown).

    Lets ``find`` skip every phrase whose words are absent from the post, so
    only a handful of phrases are ever run as regular expressions. Words in
    ``common`` are chosen only when nothing rarer is certain to be there.
    """
    parsed = list(_sre_parser.parse(pattern))
    candidates = _sequence_anchors(parsed, True, True, common)
    return _best_anchor(candidates, common) if candidates else None


def _required_word_sets(pattern: str) -> list[frozenset[str]]:
    """Every set of words of which the pattern needs one: all must meet the post."""
    return _sequence_anchors(list(_sre_parser.parse(pattern)), True, True, frozenset())


def _best_anchor(candidates: list[frozenset[str]], common: frozenset[str]) -> frozenset[str]:
    """The anchor set least likely to be in an ordinary post."""
    return max(candidates, key=lambda c: (not c & common, -len(c & common),
                                          min(len(w) for w in c), -len(c)))


def _letters_only(items: list) -> str | None:
    """The text of a sequence of letter literals, or None."""
    if not all(op is _sre.LITERAL and chr(value).isalpha() for op, value in items):
        return None
    return "".join(chr(value) for _, value in items)


def _letter_alternatives(op: Any, value: Any) -> list[str] | None:
    """The strings a small group of plain letters can match ("ly" or nothing...)."""
    if op is _sre.BRANCH:
        options = [_letters_only(list(alt)) for alt in value[1]]
    elif op is _sre.SUBPATTERN:
        options = [_letters_only(list(value[3]))]
    elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] == 0 and value[1] == 1:
        inner = list(value[2])
        if len(inner) == 1 and inner[0][0] in (_sre.BRANCH, _sre.SUBPATTERN):
            options = _letter_alternatives(*inner[0])
        else:
            options = [_letters_only(inner)]
        options = None if options is None or None in options else [*options, ""]
    else:
        return None
    return None if options is None or None in options else options


def _zero_width(op: Any, value: Any) -> bool:
    """True for assertions, and groups made only of assertions ("at a sentence start")."""
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return True
    if op is _sre.BRANCH:
        return all(alt and all(_zero_width(*item) for item in alt) for alt in value[1])
    if op is _sre.SUBPATTERN:
        return bool(value[3]) and all(_zero_width(*item) for item in value[3])
    return False


def _ends_clean(op: Any, value: Any) -> bool:
    """True when a group always ends on a non-letter (a space), or is spaces."""
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        body = list(value[2])
        if body and body[-1][0] is _sre.IN and all(
                kind is _sre.CATEGORY for kind, _ in body[-1][1]):
            return True
        return bool(body) and _ends_clean(*body[-1]) if body[-1][0] is not _sre.LITERAL else (
            not chr(body[-1][1]).isalpha())
    if op is _sre.BRANCH:
        return all(alt and ((alt[-1][0] is _sre.LITERAL and not chr(alt[-1][1]).isalpha())
                            or (alt[-1][0] is not _sre.LITERAL and _ends_clean(*alt[-1])))
                   for alt in (list(a) for a in value[1]))
    if op is _sre.SUBPATTERN:
        body = list(value[3])
        return bool(body) and ((body[-1][0] is _sre.LITERAL and not chr(body[-1][1]).isalpha())
                               or (body[-1][0] is not _sre.LITERAL and _ends_clean(*body[-1])))
    return False


def _sequence_anchors(items: list, left: bool, right: bool,
                      common: frozenset[str]) -> list[frozenset[str]]:
    candidates: list[frozenset[str]] = []
    words: set[str] | None = {""} if left else None

    def close(at_boundary: bool) -> None:
        if words and at_boundary and "" not in words:
            candidates.append(frozenset(words))

    for index, (op, value) in enumerate(items):
        following = next((item for item in items[index + 1:] if not _zero_width(*item)), None)
        next_is_boundary = (following is None and right) or (
            following is not None and following[0] is _sre.LITERAL
            and not chr(following[1]).isalpha())
        if op is _sre.LITERAL and chr(value).isalpha():
            words = {w + chr(value) for w in words} if words is not None else None
            continue
        if op is _sre.LITERAL:
            close(True)
            words = {""}
            continue
        if _zero_width(op, value):
            continue  # the word goes on, or ends, with what follows
        options = _letter_alternatives(op, value)
        if options is not None and words is not None and len(words) * len(options) <= 64:
            words = {w + o for w in words for o in options}
            continue
        starts_clean = words == {""}
        alternatives: list[list] | None = None
        if op is _sre.BRANCH:
            alternatives = [list(alt) for alt in value[1]]
        elif op is _sre.SUBPATTERN:
            alternatives = [list(value[3])]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] >= 1:
            alternatives = [list(value[2])]
        if alternatives:
            found = [_sequence_anchors(alt, starts_clean, next_is_boundary, common)
                     for alt in alternatives]
            if all(found):
                candidates.append(frozenset().union(*(_best_anchor(f, common) for f in found)))
        optional = op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] == 0
        words = {""} if (starts_clean or not optional) and _ends_clean(op, value) else None
    close(right)
    return candidates


def _split_leading_assertions(pattern: str) -> tuple[str, str]:
    """(the zero-width groups a pattern starts with, the rest of it).

    "(?:^|(?<=[.!?] ))grow up" becomes ("(?:^|(?<=[.!?] ))", "grow up"), so the
    rest can be searched fast and the condition checked where it matches.
    """
    condition = ""
    rest = pattern
    while rest.startswith("("):
        end = _group_end(rest)
        if end is None:
            break
        group = rest[:end]
        try:
            items = list(_sre_parser.parse(group))
        except re.error:
            break
        if not items or not all(_zero_width(*item) for item in items):
            break
        condition += group
        rest = rest[end:]
    return (condition, rest) if rest else ("", pattern)


def _group_end(pattern: str) -> int | None:
    """The index just past the group that opens pattern, or None."""
    depth = 0
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1:index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def _quote(text: str) -> str:
    return "\u2018" + " ".join(text.split()) + "\u2019"


class Check:
    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None:
        self.caps_min = _require_int(config, "caps_min_letters", 1)
        self.caps_long = _require_int(config, "caps_long_word_letters", 2)
        self.caps_vowel_share = _require_number(config, "caps_min_vowel_share", 0.0, 1.0)
        self.caps_label_max = _require_int(config, "caps_label_max_words", 0)
        self.caps_endings = tuple(w.lower() for w in _require_list(config, "caps_word_endings"))
        self.acronyms = frozenset(w.lower() for w in _require_list(config, "known_acronyms"))
        self.markings = frozenset(" ".join(w.lower().split())
                                  for w in _require_list(config, "protective_markings"))
        lexicon = SentimentIntensityAnalyzer().lexicon
        # Short VADER entries are mostly chat abbreviations (FYI, NP), so only
        # words of four letters or more count as English words.
        self.dictionary = (frozenset(w.lower() for w in _require_list(config, "common_words"))
                           | {w for w in lexicon if len(w) >= 4 and w.isalpha()}
                           | {w for w in NEGATE if w.isalpha()}
                           | {w for w in BOOSTER_DICT if w.isalpha()})
        self.common = frozenset(w.lower() for w in _require_list(config, "common_words"))
        self._wordlike_cache: dict[str, bool] = {}
        self.threshold = _require_number(config, "vader_negative_threshold", -4.0, 0.0)
        not_insults = frozenset(w.lower() for w in _require_list(config, "not_insults"))
        self.negative = {w for w, v in lexicon.items() if v <= self.threshold and w.isalpha()
                         and w not in not_insults}

        punctuation = config["punctuation_pattern"]
        if not isinstance(punctuation, str):
            raise ValueError("'punctuation_pattern' must be a regular expression.")
        self.punctuation_re = re.compile(punctuation) if punctuation else None

        self.mocking_emoji = [e for e in _require_list(config, "mocking_emoji") if e]
        self.emoji_run_min = _require_int(config, "emoji_run_min", 0)
        self.emoji_run_re = (re.compile(rf"(?:{_EMOJI}\s?){{{self.emoji_run_min},}}")
                             if self.emoji_run_min >= 2 else None)

        self.insult_set = frozenset(w.lower() for w in _require_list(config, "insults"))
        contempt = [w.lower() for w in _require_list(config, "contempt_words")]
        standalone_only = {w.lower() for w in _require_list(config, "contempt_standalone_only")}
        self.contempt = frozenset(contempt)
        self.intensifiers = frozenset(w.lower() for w in _require_list(config, "intensifiers"))
        predicate = [w for w in contempt if w not in standalone_only]
        self.target_nouns = [w.lower() for w in _require_list(config, "target_nouns")]
        judged = [w.lower() for w in _require_list(config, "judged_things")]
        self.target_words = frozenset(_LETTERS_RE.findall(" ".join(self.target_nouns + judged)))
        self.determiners = frozenset(w.lower() for w in _require_list(config, "determiners"))
        self.generic_before = frozenset(
            w.lower() for w in _require_list(config, "generic_context_words"))
        self.adjective_endings = tuple(_require_list(config, "adjective_endings"))
        self.noun_endings = tuple(_require_list(config, "noun_endings"))
        self.fillers = frozenset(w.lower() for w in _require_list(config, "filler_words"))
        conditions = _require_list(config, "conditional_words")
        self.conditional_re = (re.compile(r"\b(?:" + _words_pattern(conditions) + r")\s+$")
                               if conditions else None)
        selves = _require_list(config, "self_reference")
        self.self_re = (re.compile(r"(?<![\w'])(?:" + _words_pattern(selves)
                                   + r")(?![\w'])[\w ,']{0,20}$") if selves else None)
        self.rebuttal_words = frozenset(w.lower() for w in _require_list(config, "rebuttal_words"))

        groups = {
            "rebuttal": _require_list(config, "rebuttal_phrases"),
            "hostile": _require_list(config, "hostile_phrases"),
            "sarcasm": _require_list(config, "sarcasm_phrases"),
            "empathy": _require_list(config, "empathy_templates"),
            # "idiot-proof", "an idiot's guide" are not aimed at anyone.
            "insult": [re.escape(w) + r"(?![-'])" for w in self.insult_set],
            "hype": [re.escape(w.lower()) for w in _require_list(config, "hype_words")],
        }
        if predicate:
            # "is a disgrace", "are utterly pathetic", "it's just nonsense".
            between = (r"(?: (?:" + _words_pattern(sorted(self.intensifiers)) + r"))*"
                       if self.intensifiers else "")
            contempt = between + r" (?:" + _words_pattern(predicate) + ")"
            groups["contempt"] = [verb + contempt for verb in ("is", "are", "was", "were")] + [
                r"(?<=\w)'(?:s|re)" + contempt]
        self.phrases: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = []
        self.phrases_by_word: dict[str, list[int]] = {}
        self.phrase_requirements: list[list[frozenset]] = []
        always: list[int] = []
        for kind, phrases in groups.items():
            for phrase in phrases:
                phrase = _lower_regex(phrase)
                number = len(self.phrases)
                # The left word boundary, and any assertion the phrase starts with
                # ("at a sentence start"), are checked in _phrase_matches: a pattern
                # that starts with a literal lets the regex engine skip ahead quickly.
                condition, rest = _split_leading_assertions(phrase)
                self.phrases.append((kind, re.compile(r"(?:" + rest + r")(?![\w])"),
                                     re.compile(condition) if condition else None))
                anchors = _anchor_words(phrase, self.common)
                self.phrase_requirements.append(
                    [r for r in _required_word_sets(phrase) if r != anchors]
                    if anchors is not None else [])
                if anchors is None:
                    always.append(number)
                for word in anchors or ():
                    self.phrases_by_word.setdefault(word, []).append(number)
        self.always_phrases = frozenset(always)

        labels = _require_list(config, "rebuttal_labels")
        self.labels = frozenset(w.lower() for w in labels)
        self.strong_labels = frozenset(
            w.lower() for w in _require_list(config, "rebuttal_labels_any_case"))
        self.label_re = (re.compile(r"(?m)(?:^|(?<=[.!?]\s))[ \t]*(?:"
                                    + _words_pattern(labels) + r")[ \t]*:", re.IGNORECASE)
                         if labels else None)

        self.institution_nouns = _require_list(config, "institution_nouns")
        denials = _require_list(config, "institution_denials")
        press = _require_list(config, "institution_press_phrases")
        self.acronym_denials = _alternation(denials) if denials else ""
        self.denials = _alternation(denials + press) if denials + press else ""
        self._institution_cache: dict[tuple[str, str], Any] = {}
        self.denial_anchors = (_anchor_words(self.acronym_denials, self.common)
                               if self.acronym_denials else None)
        self.acronym_denial_re = (re.compile(
            r"(?:'s)? (?:" + _lower_regex(self.acronym_denials) + r")(?![\w])")
            if self.acronym_denials else None)

        self.target_set = frozenset(self.target_nouns)
        things = _words_pattern(self.target_nouns + judged) if self.target_nouns + judged else (
            r"(?!x)x")
        self.thing_re = re.compile(r"(?:" + things + r")(?![\w'-])")

        # Words are looked up as bytes when every word the check looks for is ASCII:
        # splitting bytes is twice as fast as finding words with a regex.
        wanted = (set(self.phrases_by_word) | self.labels | self.target_words | self.contempt
                  | self.insult_set | {"you"})
        self.bytes_words = all(w.isascii() for w in wanted)
        self.phrase_keys = {self._key(w): numbers for w, numbers in self.phrases_by_word.items()}
        self.phrase_requirements = [[self._keys(r) for r in requirement]
                                    for requirement in self.phrase_requirements]
        self.phrase_anchor_keys = frozenset(self.phrase_keys)
        self.label_keys = self._keys(self.labels)
        self.target_keys = self._keys(self.target_words)
        self.contempt_keys = self._keys(self.contempt | self.insult_set)
        self.you_key = self._key("you")
        self.denial_keys = (self._keys(self.denial_anchors) if self.denial_anchors is not None
                            and (not self.bytes_words
                                 or all(w.isascii() for w in self.denial_anchors)) else None)

        empathy_cues = _require_list(config, "action_cues")
        self.action_re = (re.compile(_alternation(empathy_cues), re.IGNORECASE)
                          if empathy_cues else None)
        self.hype_per_sentence = _require_int(config, "hype_per_sentence", 1)
        self.hype_per_post = _require_int(config, "hype_per_post", 1)
        limits = config["max_hashtags"]
        if not isinstance(limits, Mapping):
            raise ValueError("'max_hashtags' must map each platform to a number of hashtags.")
        for platform, limit in limits.items():
            if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)
                                      or limit < 0):
                raise ValueError(f"the hashtag limit for {platform} must be a whole number of "
                                 "at least 0.")
        self.max_hashtags = dict(limits)

    def _key(self, word: str) -> Any:
        return word.encode() if self.bytes_words else word

    def _keys(self, words: Any) -> frozenset:
        return frozenset(self._key(w) for w in words)

    # ------------------------------------------------------------------
    def find(self, post: Post) -> list[Finding]:
        text = post.text
        if not text or not text.strip():
            return []
        folded = _fold(text)
        if self.bytes_words:
            words = frozenset(folded.encode("utf-8", "ignore").translate(_LETTER_BYTES).split())
        else:
            words = frozenset(_LETTERS_RE.findall(folded))
        found: list[tuple[int, int, str]] = []
        capitals = self._capitals(text)
        self._shouting(text, capitals, found)
        self._punctuation(text, found)
        self._emoji(text, found)
        self._phrases(post, folded, words, capitals, found)
        self._aimed_negatives(text, folded, words, found)
        self._short_contempt(text, folded, words, found)
        self._hashtags(post, found)
        return _dedupe(text, found)

    # --- Shouting -------------------------------------------------------
    def _in_dictionary(self, token: str) -> bool:
        return _plain(token) in self.dictionary

    def _is_wordlike(self, token: str) -> bool:
        known = self._wordlike_cache.get(token)
        if known is None:
            known = self._wordlike(token)
            if len(self._wordlike_cache) < 4096:
                self._wordlike_cache[token] = known
        return known

    def _wordlike(self, token: str) -> bool:
        word = _plain(token)
        if len(word) < self.caps_min or word in self.acronyms:
            return False
        if word in self.dictionary:
            return True
        letters = [c for c in word if c.isalpha()]
        if len(letters) < self.caps_long:
            return False
        vowels = sum(c in _VOWELS for c in letters)
        return (vowels / len(letters) >= self.caps_vowel_share and word.endswith(
            self.caps_endings) and not _CONSONANT_RUN_RE.search(word))

    @staticmethod
    def _capitals(text: str) -> list[re.Match[str]]:
        """Words of two or more capital letters, standing on their own.

        Capitals inside a handle, hashtag, link or word (#GTTO, @WeArePREVENTS,
        GOV.UK, COVID-19, A&E) are names, not shouting.
        """
        return [t for t in _LETTER_CAPS_RE.finditer(text)
                if not t.start() or (text[t.start() - 1] not in _NOT_BEFORE_CAPS
                                     and not text[t.start() - 1].isalnum())]

    def _shouting(self, text: str, tokens: list[re.Match[str]], found: list) -> None:
        if not tokens:
            return
        runs: list[list[re.Match[str]]] = []
        for token in tokens:
            if runs and _RUN_GAP_RE.fullmatch(text, runs[-1][-1].end(), token.start()):
                runs[-1].append(token)
            else:
                runs.append([token])
        # An acronym spelled out in brackets, "(FAME)", is an acronym all through.
        defined = ({_plain(m.group(1)) for m in _DEFINED_ACRONYM_RE.finditer(text)}
                   if "(" in text else set())
        header_end = -1
        for run in runs:
            if run[0].start() < header_end:
                continue
            if self._starts_header(text, run):
                header_end = _sentence_end(text, run[0].start())
                continue
            if self._is_label_or_marking(text, run):
                continue
            shouted = [t for t in run if self._is_wordlike(t.group())
                       and _plain(t.group()) not in defined]
            if not shouted:
                continue
            # Acronyms that are also words ("KNOW IT") belong to the shouted stretch.
            first = run.index(shouted[0])
            while first > 0 and self._in_dictionary(run[first - 1].group()):
                first -= 1
            last = run.index(shouted[-1])
            while last < len(run) - 1 and self._in_dictionary(run[last + 1].group()):
                last += 1
            start, end = run[first].start(), run[last].end()
            words = text[start:end]
            if len(shouted) >= 6:
                message = (f"Long stretches in capitals ({_quote(words[:40])}\u2026) read as "
                           "shouting. Write the post in normal sentence case; capitals are for "
                           "acronyms.")
            else:
                message = (f"{_quote(words)} in capitals reads as shouting. Write it in normal "
                           "case; if the point matters, let the facts carry the weight, not the "
                           "capitals.")
            found.append((start, end, message))

    def _starts_header(self, text: str, run: list[re.Match[str]]) -> bool:
        """A protective marking or embargo line: its capitals are a header by rule."""
        line_start = text.rfind("\n", 0, run[0].start()) + 1
        if text[line_start:run[0].start()].strip(" \t*-\u2022[("):
            return False
        joined = ""
        for token in run[:4]:  # markings are at most a few words long
            joined = (joined + " " + token.group().lower()).strip()
            if joined in self.markings:
                return True
        return False

    def _is_label_or_marking(self, text: str, run: list[re.Match[str]]) -> bool:
        if len(run) <= 4 and " ".join(t.group().lower() for t in run) in self.markings:
            return True
        line_start = text.rfind("\n", 0, run[0].start()) + 1
        at_line_start = not text[line_start:run[0].start()].strip(" \t*-\u2022")
        return (at_line_start and len(run) <= self.caps_label_max
                and text[run[-1].end():run[-1].end() + 1] in (":", "-", "\u2013"))

    # --- Punctuation and emoji -----------------------------------------------
    def _punctuation(self, text: str, found: list) -> None:
        # The pattern is only tried where two marks meet: one "!" is always fine.
        if self.punctuation_re is None or not ("!!" in text or "?!" in text or "!?" in text
                                               or "??" in text or "\u203c" in text):
            return
        for match in self.punctuation_re.finditer(text):
            start = match.start()
            # Highlight the word the marks hang on: "research!!!".
            while start > 0 and start > match.start() - 30 and not text[start - 1].isspace() \
                    and text[start - 1] not in "!?":
                start -= 1
            message = (f"{_quote(text[start:match.end()])}: repeated or mixed marks like "
                       f"{_quote(match.group())} read as shouting or exasperation. One full "
                       "stop, or at most one exclamation mark for genuine good news, is enough.")
            found.append((start, match.end(), message))

    def _emoji(self, text: str, found: list) -> None:
        if text.isascii() or (len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
                              and not _BMP_SYMBOL_RE.search(text)):
            return
        for emoji in self.mocking_emoji:
            start = text.find(emoji)
            while start != -1:
                found.append((start, start + len(emoji),
                              f"{emoji} reads as mocking or sarcastic. If something is wrong, "
                              "say so plainly and kindly; sarcasm is easily misread and "
                              "sounds dismissive from a public servant."))
                start = text.find(emoji, start + len(emoji))
        if self.emoji_run_re is not None and (first := _ANY_EMOJI_RE.search(text)):
            for match in self.emoji_run_re.finditer(text, first.start()):
                end = match.start() + len(match.group().rstrip())
                found.append((match.start(), end,
                              "A string of emoji reads as hype rather than information, and "
                              "screen readers read out every one. Use one at most, or none."))

    # --- Phrases --------------------------------------------------------
    def _phrases(self, post: Post, folded: str, words: frozenset[str],
                 capitals: list[re.Match[str]], found: list) -> None:
        near: dict[int, list[str]] = {n: [] for n in self.always_phrases}
        for key in self.phrase_anchor_keys.intersection(words):
            anchor = key.decode() if isinstance(key, bytes) else key
            for number in self.phrase_keys[key]:
                near.setdefault(number, []).append(anchor)
        for number in [n for n in near if self.phrase_requirements[n]]:
            if any(required.isdisjoint(words) for required in self.phrase_requirements[number]):
                del near[number]
        if near:
            hype: list[tuple[int, int]] = []
            empathy: list[tuple[int, int]] = []
            # Windows around common words would cover a long post anyway: scan it whole.
            long_post = len(folded) >= _WINDOW_FROM_LENGTH
            matches = [(self.phrases[n][0], match) for n, anchors in near.items()
                       for match in (_windowed_matches(self.phrases[n][1:], folded, anchors)
                                     if long_post and anchors and self.common.isdisjoint(anchors)
                                     else _phrase_matches(self.phrases[n][1:], folded))]
            for kind, match in matches:
                start, end = match.span()
                if kind == "hype":
                    hype.append((start, end))
                elif kind == "empathy":
                    empathy.append((start, end))
                elif kind == "insult":
                    if self.self_re and self.self_re.search(folded[max(0, start - 40):start]):
                        continue
                    found.append((start, end, _INSULT_MESSAGE.format(q=_quote(post.text[
                        start:end]))))
                else:
                    if kind == "contempt" and folded[start] == "'":
                        # "It's shameful": highlight from the start of the word.
                        while start and folded[start - 1].isalpha():
                            start -= 1
                    found.append((start, end, _PHRASE_MESSAGES[kind].format(
                        q=_quote(post.text[start:end]))))
            if hype:
                self._hype(post.text, folded, hype, found)
            if empathy and not (self.action_re and self.action_re.search(folded)):
                for start, end in empathy:
                    found.append((start, end, (
                        f"{_quote(post.text[start:end])} is a stock phrase and, with no next "
                        "step, reads as insincere. Say what you will do, by when, or where "
                        "to get help.")))
        if self.label_re is not None and ":" in folded and not self.label_keys.isdisjoint(words):
            for match in self.label_re.finditer(post.text):
                start = match.start() + len(match.group()) - len(match.group().lstrip())
                label = post.text[start:match.end()].rstrip(" \t:")
                # "Fact:" alone is a friendly format; "FACT:" or a myth/fact pair is a
                # rebuttal sheet.
                if not label.isupper() and label.lower() not in self.strong_labels:
                    continue
                found.append((start, match.end(), (
                    f"{_quote(post.text[start:match.end()])} labels read like a press rebuttal "
                    "sheet. Explain the facts in your own words and link the source.")))
        if capitals and (self.denial_keys is None or not self.denial_keys.isdisjoint(words)):
            self._acronym_denials(post.text, capitals, found)
        institution = self._institution_re(post)
        if institution is not None:
            pattern, anchor_keys, required = institution
            present = ([k.decode() if isinstance(k, bytes) else k for k in anchor_keys & words]
                       if anchor_keys is not None else [])
            if (anchor_keys is not None and not present) or any(
                    r.isdisjoint(words) for r in required):
                return
            for match in (_windowed_matches(pattern, folded, present)
                          if present and len(folded) >= _WINDOW_FROM_LENGTH
                          and self.common.isdisjoint(present)
                          else _phrase_matches(pattern, folded)):
                found.append((match.start(), match.end(), _THIRD_PERSON_MESSAGE.format(
                    q=_quote(post.text[match.start():match.end()]))))

    def _institution_re(self, post: Post) -> Any:
        """(pattern and condition, anchor words or None) for the author's organisation."""
        if not self.denials:
            return None
        author = post.author
        key = (author.department, author.department_short)
        if key not in self._institution_cache:
            names = [re.escape(fold(n)) for n in key if n and len(n) >= 2]
            generic = _words_pattern([n.lower() for n in self.institution_nouns])
            subjects = [r"(?:the|this) (?:" + generic + ")"] if generic else []
            if names:
                subjects.append(r"(?:the (?:" + _alternation(names) + r")|(?:"
                                + _alternation(names) + "))")
            if not subjects:
                self._institution_cache[key] = None
            else:
                subject = "|".join(subjects)
                pattern = (r"(?:(?:nobody|no one) (?:at|in) (?:" + subject + r")|" + subject
                           + r")\s+(?:" + self.denials + r")")
                anchors = _anchor_words(pattern, self.common)
                usable = anchors is not None and (
                    not self.bytes_words or all(w.isascii() for w in anchors))
                required = [self._keys(r) for r in _required_word_sets(pattern)
                            if r != anchors and (not self.bytes_words
                                                 or all(w.isascii() for w in r))]
                self._institution_cache[key] = (
                    (re.compile(r"(?:" + pattern + r")(?![\w])"), None),
                    self._keys(anchors) if usable else None, required)
        return self._institution_cache[key]

    def _acronym_denials(self, text: str, capitals: list[re.Match[str]], found: list) -> None:
        """An organisation named by its acronym denying something: "The CRA does not plan"."""
        if self.acronym_denial_re is None:
            return
        for token in capitals:
            denial = self.acronym_denial_re.match(text, token.end())
            name = token.group()
            if not denial or len(name) > 6 or _plain(name) in self.acronyms or (
                    self._is_wordlike(name)):
                continue
            start = token.start()
            if text[max(0, start - 4):start].lower() == "the ":
                start -= 4
            found.append((start, denial.end(), _THIRD_PERSON_MESSAGE.format(
                q=_quote(text[start:denial.end()]))))

    def _hype(self, text: str, folded: str, hype: list[tuple[int, int]], found: list) -> None:
        distinct = {folded[s:e].replace("-", " ") for s, e in hype}
        raise_all = len(distinct) >= self.hype_per_post
        chosen: list[tuple[int, int]] = list(hype) if raise_all else []
        if not raise_all:
            for s_start, s_end in sentences(folded):
                inside = [(s, e) for s, e in hype if s_start <= s < s_end]
                if len({folded[s:e].replace("-", " ") for s, e in inside}) >= (
                        self.hype_per_sentence):
                    chosen.extend(inside)
        if not chosen:
            return
        names = ", ".join(_quote(text[s:e]) for s, e in chosen[:4])
        for start, end in chosen:
            found.append((start, end, (
                f"Stacked hype words ({names}) make the post sound like an advert and weaken "
                "trust. Say plainly what is new and what it does for people.")))

    # --- Negative words aimed at someone ----------------------------------
    def _aimed_negatives(self, text: str, folded: str, words: frozenset[str],
                         found: list) -> None:
        if self.you_key in words:
            for match in _YOU_ARE_RE.finditer(folded):
                if match.start() and folded[match.start() - 1].isalnum():
                    continue
                if self.conditional_re and self.conditional_re.search(
                        folded[max(0, match.start() - 15):match.start()]):
                    continue
                passive = match.group().strip() in ("you were", "you've been", "you have been")
                word = self._first_negative(folded, match.end(), passive)
                if word:
                    found.append((match.start(), word[1], (
                        f"{_quote(text[match.start():word[1]])} attacks the person rather "
                        "than the point. Even when someone is wrong or rude, reply to the "
                        "substance, calmly, or don't reply.")))
        if self.target_keys.isdisjoint(words):
            return
        for match in self.thing_re.finditer(folded):
            start = match.start()
            if start and (folded[start - 1].isalnum() or folded[start - 1] in "'-"):
                continue
            before = folded[max(0, start - 40):start]
            stripped = before.rstrip()
            if stripped and len(stripped) == len(before):
                continue
            previous = stripped.rsplit(None, 1)[-1] if stripped else ""
            previous_start = start - len(before) + len(stripped) - len(previous)
            # "Claims that ... are false" opening a post or sentence needs no determiner.
            if previous in self.determiners or not previous or previous[-1] in ".!?:":
                if not previous or previous[-1] in ".!?:":
                    previous_start = start
                verb = _IS_AFTER_RE.match(folded, match.end())
                word = verb and self._first_negative(folded, verb.end(), False,
                                                     self.rebuttal_words)
                if word:
                    found.append((previous_start, word[1], (
                        f"{_quote(text[previous_start:word[1]])} is a flat denunciation. If "
                        "the coverage is wrong, say what the correct fact is, politely, and "
                        "link the source.")))
                    continue
            if match.group() not in self.target_set:
                continue
            adjective = previous.lstrip("\"'(")
            previous_start += len(previous) - len(adjective)
            judged = adjective in self.contempt or adjective in self.insult_set or (
                adjective in self.negative and adjective.endswith(self.adjective_endings)
                and not adjective.endswith(self.noun_endings))
            if judged and not self.generic_before.isdisjoint(
                    folded[max(0, previous_start - 25):previous_start].split()[-1:]):
                judged = False
            if judged:
                found.append((previous_start, match.end(), (
                    f"{_quote(text[previous_start:match.end()])} disparages a person or "
                    "outlet. Criticise the claim, not the people, and keep to the facts.")))

    def _first_negative(self, folded: str, position: int, passive: bool,
                        extra: frozenset[str] = frozenset()) -> tuple[str, int] | None:
        for match in _WORD_RE.finditer(folded, position, min(len(folded), position + 60)):
            word = match.group().strip("'-")
            if word in self.fillers:
                continue
            if passive and word.endswith("ed"):
                return None
            if word in self.negative or word in self.contempt or word in extra:
                return word, match.end()
            return None
        return None

    def _short_contempt(self, text: str, folded: str, words: frozenset[str],
                        found: list) -> None:
        if self.contempt_keys.isdisjoint(words):
            return
        for start, end in sentences(folded):
            if end - start > 40:
                continue
            sentence = _WORD_RE.findall(folded, start, end)
            if not 1 <= len(sentence) <= 3:
                continue
            if not any(w in self.contempt or w in self.insult_set for w in sentence):
                continue
            if all(w in self.contempt or w in self.insult_set or w in self.intensifiers
                   for w in sentence):
                span_end = start + len(folded[start:end].rstrip(" .!?\u2026"))
                found.append((start, span_end, (
                    f"{_quote(text[start:span_end])} on its own is a put-down and reads as "
                    "contempt. Say what is wrong and what should happen instead, or leave it "
                    "out.")))

    def _hashtags(self, post: Post, found: list) -> None:
        limit = self.max_hashtags.get(post.platform)
        if limit is None or post.text.count("#") <= limit:
            return
        tags = list(HASHTAG_RE.finditer(post.text))
        if len(tags) <= limit:
            return
        found.append((tags[0].start(), tags[-1].end(), (
            f"{len(tags)} hashtags is hashtag stuffing (more than {limit} on this platform): "
            "it looks like spam and is hard to read with a screen reader. Keep one or two "
            "that people actually follow.")))


def _windowed_matches(pattern: tuple[re.Pattern[str], re.Pattern[str] | None], folded: str,
                      anchors: list[str]) -> list[re.Match[str]]:
    """Matches of pattern near the anchor words it cannot match without."""
    length = len(folded)
    windows: list[tuple[int, int]] = []
    for anchor in anchors:
        index = folded.find(anchor)
        while index != -1:
            windows.append((max(0, index - _WINDOW_MARGIN),
                            min(length, index + len(anchor) + _WINDOW_MARGIN)))
            index = folded.find(anchor, index + 1)
    windows.sort()
    merged: list[list[int]] = []
    for low, high in windows:
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    matches: dict[tuple[int, int], re.Match[str]] = {}
    for low, high in merged:
        for match in _phrase_matches(pattern, folded, low, high):
            # A match that ends at the window's edge may have taken it for the end.
            if high < length and not folded[match.end():high].strip():
                continue
            matches.setdefault(match.span(), match)
    return [matches[span] for span in sorted(matches)]


def _phrase_matches(pattern: tuple[re.Pattern[str], re.Pattern[str] | None], folded: str,
                    low: int = 0, high: int | None = None) -> list[re.Match[str]]:
    """Matches of (pattern, condition at its start) that start at the beginning of a word."""
    body, condition = pattern
    high = len(folded) if high is None else high
    matches = []
    position = low
    while (match := body.search(folded, position, high)) is not None:
        start = match.start()
        if (start and (folded[start - 1].isalnum() or folded[start - 1] == "_")
                and folded[start].isalnum()) or (
                condition is not None and not condition.match(folded, start)):
            position = start + 1
            continue
        matches.append(match)
        position = max(match.end(), start + 1)
    return matches


def _fold(text: str) -> str:
    """Lower-cased text with plain quotes and dashes, keeping every offset."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    if len(lowered) != len(text):
        return fold(text)
    for fancy, plain in _FOLD_PAIRS:
        if fancy in lowered:
            lowered = lowered.replace(fancy, plain)
    return lowered


def _plain(token: str) -> str:
    word = token.lower().replace("\u2019", "'")
    return word[:-2] if word.endswith("'s") else word


def _sentence_end(text: str, position: int) -> int:
    match = _SENTENCE_END_RE.search(text, position)
    return match.start() if match else len(text)


def _dedupe(text: str, found: list[tuple[int, int, str]]) -> list[Finding]:
    """Findings in text order, dropping any that overlap one already kept."""
    kept: list[Finding] = []
    last_end = -1
    for start, end, message in sorted(found, key=lambda f: (f[0], -f[1])):
        if start < last_end or end <= start:
            continue
        kept.append(finding(text, start, end, message))
        last_end = end
    return kept


_THIRD_PERSON_MESSAGE = ("{q} speaks of the organisation in the third person, in press-office "
                         "voice. On social media, say \u2018we\u2019, explain what is actually "
                         "happening, and link the source.")
_INSULT_MESSAGE = ("{q} is an insult. Whatever the provocation, a public servant should not "
                   "call people names: respond to the point, calmly, or don't respond.")
_PHRASE_MESSAGES = {
    "rebuttal": ("{q} reads as a formal press rebuttal. On social media, sound like a person: "
                 "say what is wrong, politely, give the correct fact and link the source."),
    "hostile": ("{q} is point-scoring and reads as hostile. Assume good faith: point people to "
                "the facts or the source without blaming or lecturing them."),
    "sarcasm": ("{q} reads as sarcastic. Sarcasm is easily misread and sounds dismissive from a "
                "public servant: say plainly what the problem is."),
    "contempt": ("{q} is contemptuous. Disagree with the substance in measured words, and give "
                 "the facts that show why."),
}

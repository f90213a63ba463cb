"""tone: the post sounds like a courteous person, not a press office or a row.

Raises shouting (words in capitals that are not acronyms, ``!!!``, ``?!``),
formal rebuttal register ("categorically", "wholly inaccurate", "a spokesperson
said", the author's organisation denying things in the third person),
hostility (insults, swearing, contempt said of a person, outlet or story, one-word
verdicts such as "Vandals.", curt put-downs of someone's work, questioning
someone's sanity, second-person blame, dismissive orders such as "Sit down.",
exasperation at repeating oneself such as "Per my last three replies", giving up on
the person addressed ("We can't make it any simpler", "We trust this resolves your
query"), telling critics to look before they speak, belittling whoever is discussed
("a letter he hadn't even opened"), waving a view away ("Cool story.", "Carry on."),
taunting someone who did wrong, contempt for whoever votes for a party or candidate
("Anyone voting for X hates cyclists"), a light word made a verdict by a qualifier
("was, frankly, embarrassing", "is lazy, one-sided garbage")),
sarcasm (mocking emoji, laughing emoji aimed at someone else or at someone's
comeuppance while speaking to them, a jibe at the reader left unfinished ("Your
navigation, on the other hand..."), mock agreement such
as "Sure, lads.", bad faith imputed ("you're suddenly so worried about...", a closing
"Funny that."), mock concessions ("..., but sure, the sock."), "Nothing says X like"
something bad, being lectured on one's own work, a laugh beside a claim quoted to mock
it ("...reckons it's for 'personal use' 😂"), stock sarcastic phrases ("Cool cool
cool."), the "/s" tag, dry praise closing a grievance such as "...'record investment'.
Truly inspiring stuff." (before any closing emoji or hashtags), a dry verdict after
mocking what someone thinks ("...seem to think X. Bless them."), ironic praise for doing
a job without looking ("impressive to ... without once reading"), mock reassurance with a
token gesture, a penalty called a prize, "Stay classy"),
flippancy about serious harm, templated empathy with no next step ("We hear you.
We value your input.", "We note your frustration"), stonewalling ("has acted
appropriately at all times", "will not be engaging with inaccurate commentary"),
exasperation at someone ("I despair."), an individual author naming themselves in the
third person ("Dr Shah notes"), stacked hype words, emoji strings and hashtag stuffing.
The VADER lexicon supplies negative words, used only when aimed at "you" or at an
outlet, story or politician.

Lets pass: polite corrections with a source, warmth and thanks, one
exclamation mark, acronyms and protective-marking headers in capitals, scam
warnings ("fake", "scam"), quoted criticism, sincere grief or hardship,
"myth"/"FAQ" in titles, self-deprecation, sincere praise ("Brilliant stuff!"),
reassurance that comes with a next step, a joined emoji such as the rainbow flag
counted once, plain talk about voting ("Anyone voting on Thursday needs photo ID"),
banter about what a colleague or relative said ("My colleague reckons the printer is
'haunted' 😂").

Speed: the words each phrase needs are worked out from the phrase by a small
parser of the regex subset used here; a phrase is tried only when those words
(and its longest literal stretch) are in the post, and on long posts only in a
window around them as wide as the phrase can be. Capitals, marks and words are
found in a Latin-1 byte copy of the post by byte tables and byte searches.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SentimentIntensityAnalyzer

from .base import Finding, Post, finding
from .text import HASHTAG_RE, fold

NAME = "tone"
PRINCIPLE = "conversational-tone"

DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "severity": "warn",
    # The learned signal (learned.py): when the rules find nothing, warn if the model's
    # probability reaches the threshold. Higher thresholds raise fewer posts.
    "learned_signal": True,
    "learned_threshold": 0.5,
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
        "for official use only", "fouo", "limited official use", "law enforcement sensitive",
        "sensitive but unclassified", "controlled unclassified information", "cabinet confidence",
        "do not share", "not for circulation", "not for release",
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
    # A word in capitals right after one of these is a name or a ballot option, not
    # shouting: "Op COURAGE", "Operation SHIELD", "vote YES".
    "caps_name_prefixes": ["op", "operation", "exercise", "project", "codename", "vote",
                           "voting", "voted"],
    # A line that starts with up to this many capitalised words and a colon is a
    # label ("UPDATE:", "BREAKING NEWS:"), not shouting.
    "caps_label_max_words": 3,
    # A two-letter word in capitals where only a noun's modifier fits, right after one of
    # these (or after one and a hyphened modifier) and before a word in lower case, is an
    # acronym: "his return-to-work OH assessment", "your GP surgery". No two-letter English
    # word is shouted there; emphasis sits on verbs and adverbs ("we are SO sorry").
    "caps_modifier_determiners": ["a", "an", "the", "his", "her", "their", "our", "my", "your",
                                  "its", "this", "these", "those"],
    # One word in capitals that adds good news to good news ("...off the register AND won
    # the spelling bee", "fine-free on ALL adult materials") is delight, not shouting:
    # raised only when it is the post's one shouted word, the post has a positive word
    # (the VADER lexicon at or above caps_positive_min, or a warmth cue) and no negative one.
    "caps_additive_words": ["and", "all", "both", "plus", "also"],
    "caps_positive_min": 1.0,
    # Repeated or mixed marks read as shouting or exasperation; one "!" is fine.
    "punctuation_pattern": r"!{3,}|\?{3,}|[!?]*(?:\?!|!\?)[!?]*|\u203c\ufe0f?",
    # --- Sarcasm and mockery --------------------------------------------
    # Eye-roll, clown, upside-down face, smirk, unamused face, yawn, cursing face,
    # middle finger: mocking or hostile wherever they appear.
    "mocking_emoji": ["\U0001f644", "\U0001f921", "\U0001f643", "\U0001f612",
                      "\U0001f971", "\U0001f92c", "\U0001f595"],
    # A smirk gloats at someone else: their comeuppance ("Enjoy the ticket 😏"), a
    # taunting question ("On the zigzags again? 😏"). About the author's own doings
    # ("what I just redacted 😏") it is only cheek, and beside a hint at coming news
    # ("watchers will be happy 😏") it is coyness, the confidential and announcement
    # checks' concern.
    "smug_emoji": ["\U0001f60f"],
    "comeuppance_words": [
        "ticket", "tickets", "fine", "fined", "fines", "penalty", "penalties", "points",
        "caught", "banned", "ban", "court", "sanction", "sanctioned", "arrested", "prosecuted",
        "prosecution", "refused", "rejected", "towed", "clamped", "charged", "sentenced",
        "sentence", "audit", "enquiry", "investigation", "busted", "nicked", "karma",
        "arrears", "bailiffs", "enforcement",
    ],
    # A wave after someone's comeuppance is a taunting goodbye ("...bailiffs booked for
    # Monday \U0001f44b"); anywhere else it is a greeting.
    "farewell_emoji": ["\U0001f44b"],
    # A closing sentence of its own that, after someone's comeuppance, gloats: "The fine
    # is on its way. Enjoy." With "!" it is a cheerful sign-off, not raised.
    "gloating_closers": [r"enjoy(?: it| that| (?:your|the) (?:day|weekend|visit))?",
                         r"have fun", r"have a (?:nice|lovely|great|good) (?:day|weekend)",
                         r"bye(?:-?bye)?"],
    # Laughing or face-palming emoji mock someone when the post is about another
    # person ("he", "they", "bloke") and not about the author ("I", "my", "we").
    "laughing_emoji": ["\U0001f602", "\U0001f923", "\U0001f926", "\U0001f606"],
    "third_person_words": [
        "he", "she", "they", "him", "her", "them", "his", "their", "bloke", "guy", "fella",
        "lady", "someone", "somebody", "madame", "monsieur",
    ],
    # A sentence that opens with one of these is about that person; a laughing emoji
    # closing it laughs at them, whoever else the post is about, when the post is about
    # a member of the public (one of public_person_words), not a friend or relative.
    "third_person_subjects": ["he", "she", "they"],
    "public_person_words": [
        "mr", "mrs", "ms", "miss", "mx", "claimant", "customer", "caller", "applicant",
        "resident", "neighbour", "neighbor", "owner", "driver", "taxpayer", "patient", "tenant",
        "landlord", "suspect", "defendant", "offender", "trader", "motorist", "punter",
        "complainant", "client",
    ],
    # Even in a post that says "I", a laughing emoji closing a sentence that speaks to the
    # person at the centre of someone's comeuppance ("if you're reading this: the fine was
    # worth it 😂", "Mate, I ticket it every week 😂") laughs at them.
    "second_person_words": ["you", "your", "yours", "ya"],
    "vocative_words": ["mate", "pal", "buddy", "sir", "madam", "fella", "chief", "sunshine",
                       "son", "lads", "love"],
    "first_person_words": [
        "i", "me", "my", "mine", "myself", "we", "our", "ours", "us", "ourselves",
    ],
    # "(?:^|(?<=[.!?,:;] )|(?<=\n))" means "at the start of a sentence or clause": an
    # imperative on its own ("Grow up.") is a put-down, the same words inside a
    # sentence ("where children grow up") are not.
    "sarcasm_phrases": [
        r"what could (?:possibly )?go wrong",
        r"thanks for nothing", r"slow clap", r"just an observation",
        r"(?:oh|ah) (?:good|great|joy|wonderful|brilliant|lovely|yes),? (?:another|more|yet)",
        # Late to the obvious, with mock thanks: "Nice of the minister to discover..."
        r"nice of (?:the |our |your )?(?:[\w'-]{1,20} ){0,3}?to (?:finally )?(?:discover|notice|"
        r"realise|realize|remember|wake up to|catch up)",
        # A dare to do the job: "Would love to see her try a night shift."
        r"(?:would|i'd) love to see (?:him|her|them|the (?:[\w'-]{1,20} )?(?:minister|secretary|"
        r"chancellor|critics?|commentators?)) (?:try|do|attempt|manage|last)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:because|cos|'cause) (?:that|it|this|the last "
        r"[\w ]{1,25}?) (?:went|worked|goes) (?:so|really|super) well(?=\s*[.!?]|\s*$)",
        r"suddenly (?:the |an |all )?experts?",
        # Opportunism imputed to the people discussed: "you're suddenly so worried about
        # overreach", "people who have suddenly discovered consumer law".
        r"(?:you're|you are|you've|they're|they are|they've|who are|who've|who have|people "
        r"are|people have|he's|she's|has|have) (?:all )?suddenly (?:so |very |now |become |"
        r"got |getting )?(?:worried|concerned|interested|bothered|keen|passionate|fussed|"
        r"discovered|found (?:an? )?(?:interest|conscience)|caring|experts?|an expert)",
        r"(?:thank you|thanks) for your wisdom",
        r"who (?:could|would)(?: have|'ve) (?:guessed|predicted)",
        r"colou?r me (?:surprised|shocked)", r"what a (?:surprise|shock)(?=\s*[.!?,])",
        r"(?<=, )the lot of (?:them|you)(?=\s*[.!?]|\s*$)",
        r"love that for (?:us|me|them)", r"(?:^|(?<=[.!?] )|(?<=\n))yeah,? right(?=\s*[.!?]|\s*$)",
        r"(?<=, )genius(?=\s*[.!?]|\s*$)",
        # Mock agreement: "Sure, lads." "Okay, pal."
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:sure|sure thing|right|okay|ok|yeah|oh sure|yeah,? sure|"
        r"of course),? (?:lads|mate|pal|buddy|champ|chief|sunshine|sweetie|sweetheart|jan)"
        r"(?=\s*[.!?]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:shocker|quelle surprise|surprise,? surprise|"
        r"big surprise(?: there)?)(?=\s*[.!?]|\s*$)",
        r"(?:reason|why) we can't have nice things",
        r"(?:thanks|nice one|well done|good one|great job|cheers|ok|okay|sure|right),? "
        r"(?:einstein|sherlock|genius|geniuses|captain obvious|karen|boomer)(?![\w'])",
        r"captain obvious", r"no shit",
        # Defiance dressed as an apology: "Sorry not sorry."
        r"sorry,? not sorry",
        r"yeah,? because (?:that|this)(?:'ll| will| would) (?:work|help|fix (?:it|things))",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:cry me a river|boo-hoo|boo hoo|boohoo|diddums|"
        r"my heart bleeds)(?=\s*[.!?]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))imagine (?:thinking|believing|being (?:this|so))",
        # Gloating over someone's penalty: "Enjoy your fine."
        r"(?:enjoy|good luck with|have fun with) (?:your|the|that|their|his|her) (?:fines?|"
        r"penalt(?:y|ies)|ban|prosecution|court (?:date|case)|tax bill|points|audit|sentence)",
        r"(?:enjoy|have fun with|good luck with) (?:the|your|their) [\w' -]{1,25}?,? (?:i guess|"
        r"i suppose|lol)(?=\s*[.!?]|\s*$)",
        # Ironic praise: "Gotta love it when...", "Love it when someone says X and then Y."
        r"(?:gotta|got to|have to|you've gotta|don't you just|dontcha just) love it when",
        r"(?:gotta|got to|have to|you've gotta|don't you just|dontcha just) love how",
        # A mock invitation to go on: "But please, do tell us more about your immune system."
        r"(?:but|oh),? (?:please,? )?do (?:tell (?:us|me)|go on)",
        # Mock congratulations on learning the obvious the hard way: "Congratulations,
        # you've discovered why the gate is there."
        r"(?:congratulations|congrats|well done|bravo),? you(?:'ve| have) (?:just |now |finally )?"
        r"(?:discovered|found out|worked out|figured out|learned|learnt|realised|realized) "
        r"(?:why|what|how|that)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:i |we )?(?:just |really |absolutely |always |do )?"
        r"(?:love|adore) (?:it )?(?:when|how) (?:someone|somebody|people|folk|folks|they|he|"
        r"she|critics|journalists|commentators|pundits|the same people|an? (?:journalist|critic|"
        r"pundit|commentator)) (?:[^.!?\n]{0,40}? )?(?:tells?|told|says?|said|complains?|"
        r"complained|moans?|moaned|claims?|claimed|insists?|insisted|whinges?|lectures?|"
        r"lectured|explains?|explained) [^.!?\n]{1,140}? and then",
        # Mocking extrapolation: "Next they'll be telling us..."
        r"next (?:he|she|they|you)(?:'ll| will) be (?:telling|saying|claiming|arguing|insisting)",
        # Someone late to the obvious: "Good to see the council has finally noticed..."
        r"(?:nice|good|great|lovely|glad|pleased) to see (?:that )?[\w@' -]{1,40}? (?:has|have|is|"
        r"are|'s|'re) finally (?:discovered|noticed|realised|realized|woken up|caught up|"
        r"remembered|found out|worked out|figured out|learned|learnt)",
        # Stock mockery: "Cool cool cool." "You honestly couldn't make it up."
        r"(?:^|(?<=[.!?] )|(?<=\n))cool,? cool,? cool(?=\s*\.|\s*$|\s+[^\w\s!])",
        r"(?:you )?(?:honestly |genuinely |literally |really )?"
        r"(?:couldn't|could not|can't|cannot) make (?:it|this|that) up"
        r"(?=\s*[.?;\u2026]|\s*$|\s+[^\w\s!])",
        # Exasperation dressed as a request: "Make it make sense." "Wake me up when someone
        # actually funds it."
        r"(?:^|(?<=[.!?] )|(?<=\n))make it make sense(?=\s*[.!?]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))wake me up when [^.!?\n]{0,60}?(?<![\w'])(?:actually|finally|"
        r"bothers?)(?![\w'])",
        # A mock concession that ends the argument, after a clause: "...and a fire drill,
        # but sure, the sock." "But sure, nobody checks."
        # A few words, none of them the author's: "but sure, we got through it" is sincere.
        r"(?<=[.!?,;:] )(?:but|oh) sure(?:,|\.)(?= (?!(?:we|i|we'll|i'll|we're|i'm|we've|i've|"
        r"us|our|my|me)(?![\w']))[\w'-]+(?:,? [\w'-]+){0,3}\s*(?:[.!?]|$|[^\w\s]))",
        # The sentence-fragment jab: "Which they obviously haven't."
        r"(?:^|(?<=[.!?] )|(?<=\n))which (?:he|she|they|you) (?:clearly|obviously|evidently|"
        r"plainly) (?:didn't|did not|hasn't|has not|haven't|have not|don't|do not|doesn't|"
        r"does not|can't|cannot|won't|isn't|aren't|wasn't)(?=\s*[.!?]|\s*$)",
        # Stock sarcastic sign-off: "Stay classy, Leeds."
        r"stay classy",
        # A euphemism for massaged numbers: "thanks to some creative accounting".
        r"creative (?:accounting|assumptions|bookkeeping|arithmetic|maths|math|counting)",
        # Others' time-wasting turned on oneself: "we clearly have nothing better to do".
        r"(?:we|i|they|you|people|some people) (?:clearly|obviously|evidently|apparently) "
        r"(?:have|'ve got|have got|had) nothing better to do",
        # Ironic praise for doing something without the one thing it needs: "Quite a feat
        # to review the report without once opening it." (not "without once stopping").
        r"(?:impressive|amazing|remarkable|incredible|astonishing|admirable|quite something|"
        r"quite a feat|quite an achievement|some going|a real talent|a rare talent|a skill) "
        r"(?:[\w']+ ){0,2}?(?:to|how|that) [^.!?\n]{1,80}? without (?:once |ever |even )"
        r"(?:looking at|reading|checking|opening|consulting|speaking to|talking to|visiting|"
        r"understanding)(?=[^!?\n]*(?:\.|$))",
        # "Love how every armchair expert...", "Love how everyone's an expert on...".
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:i |we )?(?:just |really |absolutely )?(?:love|adore) how "
        r"(?:everyone(?:'s| is) an expert|(?:every|all (?:the|these|those)|these|those|so many|"
        r"the) (?:online|armchair|keyboard|self-appointed|so-called|internet|twitter|social "
        r"media) (?:experts?|critics?|commentators?|pundits?|warriors?))",
        # Resignation dressed as a trend: "Twelve-hour waits are the new normal, apparently."
        r"(?:is|are) the new (?:black|normal)[,.]? apparently",
        # A penalty presented as a prize: "Your reward is three points and a fine."
        r"(?:your|their|his|her) (?:prize|reward|trophy) (?:is|was|will be) (?:an? |your |their "
        r")?(?:[\w'-]+ ){0,2}?(?:court|fine|ticket|penalty|ban|summons|points|caution|"
        r"prosecution|arrest)",
        # Mock reassurance offering a token gesture for a real grievance: "..., but never
        # fear, staff have been sent a mindfulness poster."
        r"(?<=, )but (?:not to worry|never fear|fear not|don't worry|rest assured),? (?:we|staff|"
        r"the team|everyone|i)(?:'ve| have)(?: all)? been (?:sent|given|offered|handed|emailed)"
        r"[^.!?\n]{0,40}?(?:webinar|poster|leaflet|pizza|biscuits|lanyard|badge|mug|"
        r"mindfulness|yoga|resilience|wellbeing|well-being|survey)",
    ],
    # Sarcastic unless the post thanks or praises someone: being lectured on one's own work
    # ("the same people who failed maths explain grade boundaries to me").
    "sarcasm_unless_warm": [
        # Explaining a job to those who do it: "...to explain rota rules to the nurses who
        # write them."
        r"explain(?:s|ed|ing)? [^.!?\n]{1,50}? to (?:the |us )?(?:[\w'-]+ ){0,2}?(?:who|that) "
        r"(?:actually )?(?:design|designed|build|built|run|write|wrote|teach|make|made|draft|"
        r"drafted|process|invented|maintain|inspect) (?:it|them|this|that|these|those)(?![\w'])",
        # A mock invitation to go on wasting everyone's time: "But please, do keep
        # phoning in." (thanks make it sincere: "Thanks all, and please do keep writing in").
        r"(?:but|oh),? (?:please,? )?do keep (?:writing|emailing|phoning|ringing|calling|"
        r"tweeting|tagging|sending|complaining|objecting|messaging)(?: (?:in|us|them))?"
        r"(?=\s*[.,;]|\s*$)",
        r"(?:people|everyone|everybody|folk|folks|strangers|critics|commentators|pundits|"
        r"randoms|men|blokes|someone|somebody|anyone|they)(?![\w'])[^.!?\n]{0,80}? (?:explain|"
        r"explains|explaining|explained|mansplain|mansplains|mansplaining) (?:my (?:own )?(?:job|"
        r"work|field|research|area|profession|specialism)|[^.!?\n]{1,50}? to me(?: like| as if)"
        r"(?: i| we))",
        r"(?:the same|those|people|folk|folks|someone|somebody) (?:people |folk )?who (?:couldn't|"
        r"can't|could not|cannot|have never|'ve never|never|don't|do not|didn't)(?![\w'])"
        r"[^.!?\n]{1,60}? (?:explain|explains|explaining|explained|lecture|lectures|lecturing) "
        r"[^.!?\n]{1,50}? to me(?![\w'])",
    ],
    # Sarcasm markers that, closing the writer's own words in a warm post (thanks, praise),
    # are a joke at the writer's expense: "I won't miss the 7am rota (said no one ever).
    # Thanks all, it's been a joy." They raise when the sentence speaks of others ("Love
    # being shouted at by councillors, said no one ever") or the post is not warm.
    "sarcasm_unless_own_and_warm": [
        r"said no (?:one|body) ever",
    ],
    # Exasperation at someone over what they said: a form of address as a sentence of its
    # own, after their words in quotation marks ("...his Range Rover is 'a tool of the
    # trade'. Mate. Enquiry stays open."); not "What a shift. Mate. I need a cuppa."
    "retort_phrases": [
        r"(?<=[.!?] )(?:mate|sir|madam|ma'am|buddy|pal|bro|fella|chief)\.(?=\s+\S)",
    ],
    # Sarcastic when what stands for it is bad, unless the post is warm or the sentence ends
    # in "!": "Nothing says spring like a broken boiler." ("Nothing says summer like a 99
    # flake" passes.)
    "wry_phrases": [
        r"nothing says (?:['\"][^'\"\n]{1,40}['\"]|[\w' -]{1,40}?) (?:quite |more |so much )?"
        r"like",
    ],
    # A sentence of its own that closes the post, after another: a one-word verdict
    # ("...emailed again today. Really.") or a taunt ("...instead of patrolling. Happy?").
    "closing_sarcasm": [
        r"(?:sure|really|right|totally|naturally|riiight|suuure)",
        r"(?:are you |you )?(?:happy|satisfied|pleased|content)(?: now)?\?",
        # An insinuation left hanging: "...the week after we fined you. Funny that."
        r"(?:funny|interesting|strange|odd|curious),? (?:that|how that works)",
    ],
    # Dry praise closing a complaint ("...celebrating 'record investment'. Truly inspiring
    # stuff."): sarcastic when it is the last sentence, ends in a full stop, and the post
    # before it shows a grievance (one of these, or a phrase in scare quotes).
    "ironic_praise": [
        r"(?:very |truly |really |most |so )?(?:helpful|productive|impressive|inspiring|"
        r"reassuring|encouraging|useful|excellent|brilliant|marvellous|superb|fantastic|"
        r"wonderful|genius|inspirational|visionary|stellar)(?: (?:plan|stuff|work|job|effort|idea|"
        r"news|leadership|management|planning|thinking))?(?:,? (?:everyone|all|folks|in a way|"
        r"as ever|as always|truly|really|honestly))?",
    ],
    "grievance_markers": [r"yet again", r"apparently",
                          r"for the (?:second|third|fourth|fifth) time"],
    # Someone addressed by a label in scare quotes mocks them: "Many thanks to the 'heritage
    # enthusiast' who wrote in", "To the 'lawyer' in the comments". Matched case-sensitively
    # in the post, so names in quotes ("the 'Friends of Hill Park' who") pass.
    "mocking_label_pattern": r"(?<![\w'])(?:[Tt]o|[Ff]or|[Aa]t) the ('[a-z][a-z -]{1,30}[a-z]') "
                             r"(?=who |in (?:the|my|our) )",
    # Tags that mark a post as sarcastic, as whole words: "Great idea /s".
    "sarcasm_tags": ["/s"],
    # Sarcastic only when the post speaks to someone ("you", an @handle).
    "addressed_sarcasm_phrases": [
        r"just saying(?=\s*[.!]|\s*$)",
        r"just a thought(?=\s*[.!]|\s*$)",
    ],
    # Telling a wrongdoer they have been seen ("You know who you are."): a taunt, unless
    # the post thanks or praises them, where it is a warm nod ("Thanks to all our
    # volunteers. You know who you are.").
    "taunt_phrases": [r"(?:we|you|they|i|everyone|your [\w']{1,12}) knows? (?:exactly |full well "
                      r"|perfectly well )?(?:who you are|(?:it|that)(?: was| is|'s) you)"],
    # Exasperation at someone, as a sentence of its own: "I despair." "Words fail me."
    # Raised when the post is about someone else (a third person, a member of the public,
    # one of exasperation_others) and not warm; "Another sewage spill. I despair." is
    # about a harm.
    "exasperation_phrases": [
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:honestly,? )?i (?:(?:sometimes|genuinely|truly|really|"
        r"just|do) )?despair(?:,? (?:honestly|i really do|i do|sometimes|really))?"
        r"(?=\s*[.!]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))words fail me(?=\s*[.!]|\s*$)",
    ],
    # A verdict of a word or two as a sentence of its own, ending in a full stop, after the
    # writer has mocked what someone believes or done ("...seem to think a petition
    # changes the law. Bless them.", "...and of course the new app logs you out. Genius.");
    # not in a warm post, nor about the writer's own family.
    "exasperation_others": ["people", "man", "woman", "person", "folk", "folks"],
    "dry_verdicts": [r"bless (?:them|him|her|'em)", r"genius", r"who knew"],
    "condescension_markers": [r"seems? to think", r"(?:and|but) of course"],
    "warmth_cues": [r"thanks?", r"thank you", r"shout[- ]?outs?", r"well done", r"congrat\w*",
                    r"kudos", r"lovely", r"proud", r"grateful", r"legends?", r"heroe?s?",
                    r"brilliant", r"amazing", r"happy birthday", r"love"],
    # --- Flippancy about serious harm ------------------------------------
    # Deaths, violence or disaster followed by a shrug ("...died in the fire. Anyway,
    # who's for lunch?") or by laughter: the harm is being brushed aside.
    "serious_harm_words": [
        "stabbing", "stabbings", "stabbed", "shooting", "shootings", "shot dead", "murder",
        "murders", "murdered", "killed", "killing", "killings", "died", "deaths", "dead",
        "fatal", "fatalities", "drowned", "drownings", "overdose", "overdoses", "suicide",
        "suicides", "rape", "rapes", "raped", "sexual assault", "assaulted", "injured",
        "casualties", "bereaved", "evicted", "homeless", "flooded", "wildfire", "wildfires",
        "explosion", "famine", "starving", "abused", "knife crime", "hit-and-run", "pile-up",
        "outbreak", "floods", "flooding", "evacuated", "devastation", "terrible scenes",
        "flood warning", "flood warnings", "measles", "body found", "rough sleepers",
        "dying", "sewage spill", "sewage spills", "raw sewage", "pollution incident",
        "house fire", "house fires", "chip pan fire", "chip pan fires", "kitchen fire",
        # Attacks that take public services down.
        "ransomware", "cyber attack", "cyber attacks", "cyberattack", "cyberattacks",
        "data breach", "data breaches",
        # Illness people catch from food, water or care.
        "salmonella", "listeria", "e. coli", "food poisoning", "legionella", "sepsis",
        "carbon monoxide",
        # Threats that empty a building, and injuries.
        "bomb scare", "bomb scares", "bomb threat", "bomb threats", "suspicious package",
        "injuries", "serious injury", "head injury",
    ],
    # Turns away from the harm that need no mark after them: "Still, at least the
    # market looks nice." "On the bright side, ..."
    "flippant_turns": ["still, at least", "on the bright side", "silver lining",
                       "on a brighter note", "at least the"],
    # Shrugs that open the next sentence, set off by a mark ("Anyway, ...", "Oh well.").
    "flippant_pivots": [
        "anyway", "anyhow", "oh well", "moving on", "never mind", "meh", "whatever",
        "such is life", "c'est la vie", "shrug", "ah well",
    ],
    # Laughter anywhere after the harm.
    # The skull is laughter too ("I'm dead"): said after deaths it makes light of them.
    "laughter_words": ["lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "\U0001f602",
                       "\U0001f923", "\U0001f937", "\U0001f480"],
    # Harm kept score of as a game, anywhere after it: "Two stabbings on one shift.
    # Somebody's going for the record."
    "flippant_scorekeeping": ["going for a record", "going for the record", "new high score"],
    # A pivot followed soon by one of these is turning to help, not away: "Anyway,
    # if you've been affected, support is here."
    "support_words": [
        "help", "support", "call", "contact", "advice", "thoughts", "condolences", "please",
        "safe", "report", "affected", "families", "family", "sympathy", "sympathies", "prayers",
        "rest in peace", "rip", "remember", "thank", "thanks", "grateful", "raising",
        "fundraising", "charity", "donate", "donations", "proud", "tribute", "memory",
        "update", "updates",
    ],
    # --- Hostility and point-scoring -------------------------------------
    # Insults that are hostile wherever they appear (unless aimed at oneself).
    "insults": [
        "idiot", "idiots", "idiotic", "moron", "morons", "moronic", "imbecile", "imbeciles",
        "cretin", "cretins", "dimwit", "dimwits", "halfwit", "halfwits", "numpty", "numpties",
        "brainless", "spineless", "gutless", "dumbest", "stupidest", "pathetic", "scum",
        "liar", "liars", "hypocrites", "cowards", "lowest of the low",
        "hypocrite", "coward", "muppets", "plonkers", "pillocks", "prats", "tossers", "wankers",
        "dickheads", "knobheads", "bellends", "nutters", "nutjobs", "crackpots", "numbskulls",
        "nincompoops", "buffoons", "bozos", "dunces", "dipsticks", "drongos", "eejits",
        "gobshites", "sheeple", "grifters", "shills", "scumbags", "lowlifes", "dimwitted",
        "braindead", "brain-dead", "apologists", "bootlickers", "scroungers", "dunderheads",
        "plonker", "pillock", "prat", "tosser", "wanker", "dickhead", "knobhead", "bellend",
        "nutter", "nutjob", "crackpot", "numbskull", "nincompoop", "buffoon", "bozo", "dunce",
        "drongo", "eejit", "gobshite", "grifter", "shill", "scumbag", "lowlife", "bootlicker",
        "dunderhead", "bottom feeders", "bottom-feeders",
        # French.
        "abrutis", "abruti", "connards", "connard",
    ],
    # Swearing reads as a row wherever it appears.
    "profanity": [
        "fuck", "fucks", "fucking", "fucked", "fucker", "fuckers", "fuckwit", "fuckwits",
        "motherfucker", "motherfuckers", "shit", "shits", "shitty", "shite", "bullshit",
        "horseshit", "bollocks", "crap", "crappy", "piss off", "pissed off", "piss-take",
        "pisstake", "arsehole", "arseholes", "asshole", "assholes", "bastard", "bastards",
        "twat", "twats", "ffs", "wtf", "stfu",
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
        # Labels for people that are a verdict when they make a sentence ("Vandals.").
        "vandals", "thugs", "crooks", "cowboys", "fools", "charlatans", "amateurs",
        "appalling", "outrageous", "inexcusable", "unforgivable", "scandalous", "vile",
        "menace", "menaces",
        # French: "vous êtes ridicules".
        "ridicule", "ridicules", "minable", "minables", "pitoyable", "pitoyables",
    ],
    # Contempt words that are too often used lightly, or literally ("the queue was
    # ridiculous", "rubbish is collected on Tuesday"), to raise when merely said
    # of something without "utter"/"absolute"; they still raise on their own.
    "contempt_standalone_only": [
        "vandals", "thugs", "crooks", "cowboys", "fools", "charlatans", "amateurs", "ridicule",
        "appalling", "outrageous", "inexcusable", "unforgivable", "scandalous", "vile",
        "ridicules", "minable", "minables", "pitoyable", "pitoyables", "menace", "menaces",
        "embarrassing", "ridiculous", "absurd", "stupid", "dumb", "useless", "rubbish",
        "garbage", "tripe",
    ],
    # A short sentence judging someone's work ("Lazy work." "Shoddy standards.") is a
    # put-down: one of these nouns with a negative word (VADER, or the list below).
    "conduct_nouns": [
        "work", "effort", "standards", "journalism", "reporting", "behaviour", "behavior",
        "conduct", "excuse", "excuses", "attitude", "leadership", "management", "take",
        "takes",
    ],
    "judging_words": [
        "sloppy", "shoddy", "abysmal", "atrocious", "woeful", "slapdash", "half-baked",
        "amateurish", "lazy", "dismal", "substandard",
    ],
    # Words that only intensify a contempt word in a short sentence.
    "intensifiers": [
        "absolute", "absolutely", "utter", "utterly", "complete", "completely", "total",
        "totally", "frankly", "just", "so", "how", "what", "a", "an", "truly", "really",
        "simply", "bloody", "honestly", "quite", "genuinely", "seriously", "properly",
        "deeply", "thoroughly",
    ],
    # A contempt word too often used lightly to raise when merely said of something
    # ("the queue was ridiculous") is a verdict when one of these qualifies it, or a
    # negative word stands beside it: "was frankly embarrassing", "is lazy, one-sided
    # garbage".
    "contempt_qualifiers": ["frankly", "utterly", "genuinely", "truly", "honestly",
                            "downright"],
    # The light contempt words that such a qualifier makes a verdict on someone's work:
    # not "ridiculous" or "absurd", said as often of the weather or a queue.
    "contempt_qualified_words": ["embarrassing", "garbage", "rubbish", "tripe", "stupid",
                                 "dumb"],
    # --- Contempt for voters ---------------------------------------------
    # Whoever votes for a party or candidate, judged: "Anyone who votes for them hates
    # buses", "If you're not voting X you're part of the problem", "...deserves whatever
    # they get". A plain call to vote, or a verdict on the party, is political's concern.
    "voter_groups": [
        r"(?:anyone|anybody|everyone|everybody|whoever|people|those|folk|folks)(?: (?:who|that)"
        r"(?:'s| is| are)?)?(?: still)? (?:vote|votes|voting)",
        r"if (?:you|you're|you are|your|ur)(?: still)?(?: not)? (?:vote|voting)",
    ],
    "voter_verdicts": [
        r"deserves? (?:what|whatever|everything|all)",
        r"deserves? the [\w' -]{1,40}? (?:they|you|he|she) (?:get|gets|got)",
        r"part of the problem(?!-)",
    ],
    # --- Laughing at someone's words --------------------------------------
    # A laugh ("lol", or a laughing emoji) in a post that quotes what someone claimed in
    # scare quotes ("...who reckons it's all for 'personal use' 😂") laughs at them;
    # not when the words are a relative's or a colleague's, nor in a post with "!" or thanks.
    "laugh_words": ["lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe"],
    # Before the quoted words in their sentence: what makes them a claim the author doubts.
    "claim_words": [
        "reckons", "reckoned", "claims", "claimed", "claiming", "insists", "insisted",
        "insisting", "swears", "swore", "swearing", "with a straight face", "so-called",
    ],
    "family_words": [
        "son", "daughter", "kid", "kids", "child", "children", "mum", "mom", "dad", "nan",
        "gran", "grandad", "grandma", "wife", "husband", "partner", "toddler", "boy", "girl",
        "niece", "nephew", "mother", "father", "brother", "sister", "little one",
        # Colleagues and friends: banter among one's own people.
        "colleague", "colleagues", "team", "boss", "manager", "friend", "friends", "mate",
        "mates", "pal",
    ],
    "hostile_phrases": [
        r"if you(?:'d| had) (?:actually |even |just )?(?:bothered|read|looked|checked|listened)",
        r"if you(?:'d| would) (?:actually |even |just |only )(?:look|read|check|listen|scroll)",
        r"(?:you|he|she|they) (?:clearly|obviously) (?:haven't|have not|hasn't|has not|didn't|"
        r"did not|don't|do not|doesn't|does not|can't|cannot) (?:even )?(?:read|understand|"
        r"understood|know what|get it|looked|bothered|care)",
        r"(?:and|but) you know it",
        r"did you (?:actually|even|bother to) (?:read|look|check)",
        r"or (?:just|only) (?:read )?the headlines?(?=\s*[?.!]|\s*$)",
        r"(?:^|(?<=[.!?,] )|(?<=\n))it(?:'s| is)(?: really)? not (?:that |exactly )?hard"
        r"(?=\s*[.!]|\s*$)",
        r"(?:^|(?<=[.!?,] )|(?<=\n))it (?:really )?isn't (?:that |exactly )?hard(?=\s*[.!]|\s*$)",
        r"do (?:some|your|any|a bit of|a little) (?:basic |proper |actual |real |simple )?"
        r"(?:research|homework|fact-checking|reading)(?=(?: first)?\s*[.!?]|(?: first)?\s*$| "
        r"before (?:you|publishing|posting|tweeting|commenting|writing|hitting|lecturing))",
        r"(?<!always )(?<!to )(?<!you )(?<!please )check your facts",
        # Critics told off in the third person: "Those claiming otherwise should check
        # their facts before posting."
        r"(?:should|need to|needs to|might want to|ought to|must) (?:first |really )?check "
        r"(?:their|his|her) facts",
        # Belittling whoever is discussed: "a decision they didn't even read".
        r"(?<!i )(?<!we )(?<!i've )(?<!we've )(?:didn't|did not|hadn't|had not|haven't|"
        r"have not|hasn't|has not) even (?:read|opened|looked at|bothered)",
        # Someone's view waved away in a sentence of its own: "Cool story." "Carry on."
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:@\w{1,30} )?cool story"
        r"(?:,? (?:bro|mate|pal))?(?=\s*[.!]|\s*$)",
        r"(?<=[.!?] )(?:carry on|as you were)(?=\.?\s*$)",
        # A jibe left for the reader to finish: "Our maps are accurate. Your navigation, on
        # the other hand..."
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:@\w{1,30} )?your [\w' -]{1,30}?,? (?:on the other hand|"
        r"however|though|meanwhile|not so much),?\s*(?:\u2026|\.\.\.)",
        r"the usual suspects (?:who|are|have|in the comments|on here|lining up|queuing up)",
        r"get your facts (?:straight|right)", r"put up or shut up",
        r"read (?:the|it|our|this)(?: actual)?(?: [\w']{1,20}){0,4}? before (?:publishing|posting|"
        r"tweeting|commenting|lecturing|you (?:post|publish|tweet|comment))",
        r"read the actual",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))try harder(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))spare (?:me|us)(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))grow up(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))get a (?:grip|life|hobby)(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))get over it(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))give it a rest(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))shut up(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))educate yoursel(?:f|ves)(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))do better(?=\s*[.!?,]|\s*$)",
        # A closing brush-off: "...the criteria were published. Next question."
        r"(?:^|(?<=[.!?] )|(?<=\n))next question(?=\s*[.!]?\s*$)",
        # An order to do the obvious "for once": "Check the timetable for once."
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:try )?(?:read|reading|check|checking|look at|looking at|"
        r"open|opening|listen|listening)(?: [\w']{1,15}){0,3}? for once(?=\s*[.!?]|\s*$)",
        # A shrug at what someone got: "Not sure what you expected from a free app."
        r"(?:not sure|no idea|unsure) what (?:exactly |else |more )?(?:you|they|he|she|people) "
        r"(?:expected|were expecting|thought would happen)",
        # A sarcastic pointer closing a reply: "Maybe start there."
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:maybe|perhaps) (?:start|begin) (?:there|with that)"
        r"(?=\s*[.!]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))not (?:that |exactly |very )?(?:hard|difficult|complicated)"
        r"(?=\s*[.!]|\s*$)",
        # Dismissing a critic with an order: "...and should sit down."
        r"(?<!you )(?:should|needs? to|ought to|might want to) (?:just |probably |maybe |really "
        r"|frankly |kindly )?(?:sit|pipe) down(?=\s*[.!]|\s*$)",
        r"(?:need|needs|should|ought) to learn the difference",
        r"embarrass(?:ing)? yoursel(?:f|ves)",
        r"shame on (?:you|them|him|her)", r"good riddance",
        r"correct your (?:story|article|headline|piece|reporting)",
        r"(?:stop|quit) (?:lying|whining|moaning|whingeing|whinging|bleating|lecturing|preaching|"
        r"spreading (?:fear|lies|rumours|rumors|nonsense))",
        # Dismissing a critic with an order: "Sit down." "Calm down, mate."
        r"(?:^|(?<=[.!?,:;] )|(?<=\n))(?:sit down|calm down|pipe down|wind your neck in|jog on|"
        r"get real|get over yourself|get off your high horse|have a word with yoursel(?:f|ves)|"
        r"get lost|on your bike)(?=\s*[.!]|\s*$|,? (?:pal|mate|lads|sunshine|"
        r"son|buddy|chief|champ|sweetie|sweetheart)\s*[.!]?\s*$)",
        # Talking down: "With all due respect, ...", "Bless.", "try doing my job for a day".
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:@\w{1,30} )?with (?:(?:the greatest|all due|all|the utmost|"
        r"the greatest of) )?respect,",
        # Talking down as if to a child: "Here's a crayon." "Do I need to draw you a picture?"
        r"(?:here's|have) a crayon", r"(?:needs?|use|using) crayons", r"crayons? next time",
        r"(?:allowed|trusted|let) (?:anywhere )?near a crayon",
        r"(?:need|have) to draw (?:you|them|him|her) a (?:picture|diagram)",
        # "Bless your hearts \U0001f602": the laugh after it makes it no less a put-down.
        r"(?:^|(?<=[.!?] )|(?<=\n))bless (?:his|her|their|your) (?:little )?hearts?(?=\s*[.!]?\s*"
        r"[\U0001f600-\U0001f64f\U0001f910-\U0001f9ff]+\s*$)",
        r"(?:would|could|might|should) (?:benefit from|do well to try|try|consider) (?:actually|"
        r"at least) (?:understanding|reading|learning|checking|looking|listening|opening)",
        r"(?:^|(?<=[.!?] )|(?<=\n))bless(?: (?:his|her|their|your) (?:little )?(?:heart|cotton "
        r"socks))?(?=\s*[.!]?\s*$)",
        r"should try (?:running|doing|working|managing|living on|sitting in|answering)"
        r"(?: [\w'-]{1,20}){1,5}? for (?:a|one) (?:day|week|month|shift|morning)",
        r"could try (?:running|doing|working|managing|living on|sitting in|answering)"
        r"(?: [\w'-]{1,20}){1,5}? for (?:a|one) (?:day|week|month|shift|morning)",
        r"ought to try (?:running|doing|working|managing|living on|sitting in|answering)"
        r"(?: [\w'-]{1,20}){1,5}? for (?:a|one) (?:day|week|month|shift|morning)",
        r"(?:try|have a go at) doing (?:my|our|the) job",
        r"some of us (?:have|'ve got|have got) (?:actual |real |proper )?(?:jobs|work to do|"
        r"lives|things to do)", r"some of us (?:have to )?work for a living",
        r"(?:i|we) (?:couldn't|could not) care less",
        r"(?:^|(?<=[.!?] )|(?<=\n))no,? (?:i|we) (?:don't|do not) care",
        r"(?:not|isn't|wasn't) (?:that |exactly |very |really )?(?:hard|difficult|complicated)"
        r"(?: to [\w']{2,20}(?: [\w']{1,20})?)?,? (?:is|was) it\?",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:the first|all) (?:[\w-]{1,12} ){0,2}?(?:hundred|thousand|"
        r"million|dozen) times(?=\s*[.!?]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))the first \d{2,} times(?=\s*[.!?]|\s*$)",
        # Mocking people for coming to harm: "a Darwin award", "thinning the herd".
        r"darwin awards?", r"(?:thin|thins|thinning|cleaning|cleans|improving) (?:out )?the "
        r"(?:herd|gene pool)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:lol|lmao|lmfao|rofl),? (?:people|folks|someone|this guy|"
        r"imagine)",
        # The sarcastic retort: "Stop the boats? Stop the lies, more like."
        r"(?<=\w), more like(?=\s*[.!?]|\s*$)",
        r"(?:stop|quit|enough of) (?:the|your|their|these|all the) (?:lies|lying|scaremongering|"
        r"whining|whingeing|moaning|bleating)",
        # Talking down: "Let me spell it out for you." "I'll say it slowly."
        r"(?:let me|i'll|i will|i'm going to) (?:say|type|explain|spell|put|repeat) (?:this|it|"
        r"that)(?: out| again)?(?: for you)? (?:very |really |nice and )?(?:slowly|simply)",
        r"let me spell (?:it|this) out(?: for you)?", r"in words of one syllable",
        r"out of a (?:wet )?paper bag",
        r"(?:^|(?<=[.!?] )|(?<=\n))learn (?:what an? [\w'-]{1,20} (?:is|means)|to read|"
        r"some manners)(?=\s*[.!?]|\s*$)",
        # Questioning someone's sanity or intelligence.
        r"(?:needs?|wants?|ought to have|should have) (?:their|his|her|your) heads? (?:examined|"
        r"examining|looked at|looking at|tested|testing|checked|checking|read)",
        r"off (?:their|his|her|your) (?:rockers?|trolleys?|heads|nuts|meds)",
        r"(?:they|he|she|you)(?:'ve| have|'s| has|'re| are) (?:completely |totally |clearly "
        r"|obviously |utterly )?(?:lost the plot|lost (?:their|his|her|your) minds?|"
        r"away with the fairies)",
        r"brain cells? (?:to rub together|between (?:them|you|the lot))",
        r"not the sharpest (?:tool|knife|pencil|crayon)s?", r"amateur hour",
        r"thick as (?:two short planks|mince|a brick|a plank|pig)",
        r"(?:you|they|he|she|who|the (?:[\w-]{1,20} )?(?:pm|prime minister|chancellor|minister|"
        r"secretary|government|premier|mayor|leader|cabinet|council|boss|board)) "
        r"(?:couldn't|could not|can't|cannot) (?:even )?(?:find "
        r"[\w' -]{1,30}? on a map|organi[sz]e a (?:piss-up|booze-up|bun fight)|run a bath)",
        # Blaming the reader or a group outright.
        r"(?:you're|you are|your|you lot are|you people are) (?:exactly |precisely |clearly )?"
        r"(?:the|part of the) problem(?!-)",
        r"(?:neither|none) of (?:you|them)(?: (?:has|have|had|could|can|even|"
        r"actually|ever)){0,3} (?:read|bothered|looked|checked|listened|understood|understand|"
        r"knows?)",
        r"(?:some people|you|they) (?:clearly|obviously|evidently) (?:can't|cannot) read",
        # Whoever the critic is: "People moaning about the plan clearly haven't read it."
        r"(?<!i )(?<!we )(?:very |so )?(?:clearly|obviously|evidently|plainly) (?:haven't|have not|"
        r"hasn't|has not|didn't|did not) (?:even )?(?:read|looked at|opened|bothered)",
        r"(?:would|'d) (?:know|have known|realise|realize|have seen|see)(?: [\w']{1,15}){0,3}?,? "
        r"had (?:she|he|they|you) (?:actually |even |bothered to |only )?(?:read|looked at|checked|"
        r"opened|listened to|attended)",
        # Critics described by a belittling verb: "Everyone moaning about the roadworks..."
        r"(?<!i'm )(?<!i am )(?<!i was )(?<!i've been )(?<!we're )(?<!we are )(?<!we've been )"
        r"(?<!not )(?:moaning|whinging|whingeing|whining|bleating) (?:on )?(?:about|that|again)",
        r"instead of (?:shouting|yelling|screaming|moaning|whinging|whingeing|whining|ranting|"
        r"bleating|sounding off) (?:at|about|on)",
        r"spread(?:s|ing)? (?:such |this |that |more |your |their )?(?:nonsense|lies|rubbish|"
        r"drivel|garbage|tripe)",
        r"(?:absolutely|utterly|completely|totally) (?:pathetic|disgraceful|shameful|disgusting)",
        r"(?<!i'm )(?<!i am )(?<!i was )(?<!i feel )(?<!i felt )(?<!we're )(?<!we are )"
        r"(?<!we were )(?:absolutely|utterly|completely|totally|hopelessly|entirely) "
        r"(?:clueless|incompetent|"
        r"inept|deluded|spineless|brainless|gormless)",
        # The same verdict as a comparison: "never met a manager as clueless as this one",
        # "a council as inept as ours" (not "I felt as clueless as the new starters").
        r"(?<!i'm )(?<!i am )(?<!i was )(?<!i feel )(?<!i felt )(?<!we're )(?<!we are )"
        r"(?<!we were )(?<!we felt )as (?:clueless|incompetent|inept|deluded|spineless|"
        r"brainless|gormless) as(?= (?!(?:i|we|me|us)(?![\w']))[\w'])",
        # Incompetence idioms: "wouldn't know a spreadsheet if it bit her", "couldn't run
        # a raffle, let alone a department".
        r"(?<!i )(?<!we )(?:wouldn't|would not|couldn't|could not|doesn't|does not|don't|"
        r"do not) (?:even )?(?:know|recogni[sz]e|spot) an? [\w' -]{1,40}? if "
        r"(?:it|one|he|she|they|you) (?:[\w']{1,15} ){0,2}?(?:bit|bite|hit|slapped|smacked|"
        r"kicked|punched|fell|walked|jumped|landed|sat|stood|ran|bumped|came up|introduced|"
        r"knocked|waved|stared|tapped)",
        r"(?:he|she|they|you|this lot|that lot|the (?:[\w-]{1,20} )?(?:chancellor|minister|"
        r"secretary|government|pm|premier|mayor|leader|cabinet|council)) (?:couldn't|could not|"
        r"can't|cannot) (?:even )?(?:run|organi[sz]e|manage) an? [\w'-]{1,20}(?: [\w'-]{1,20})"
        r"{0,3}?,? never mind",
        r"(?:he|she|they|you|this lot|that lot|the (?:[\w-]{1,20} )?(?:chancellor|minister|"
        r"secretary|government|pm|premier|mayor|leader|cabinet|council)) (?:couldn't|could not|"
        r"can't|cannot) (?:even )?(?:run|organi[sz]e|manage) an? [\w'-]{1,20}(?: [\w'-]{1,20})"
        r"{0,3}?,? let alone",
        # A verdict attributed to its source: "Shameful stuff from the council."
        r"(?:embarrassing|pathetic|shameful|disgraceful|dismal|woeful|abysmal|desperate|"
        r"tawdry|cringeworthy|cringe|shoddy|sloppy|lazy) (?:stuff|display|performance|showing|"
        r"behaviou?r|antics|stunt|nonsense|effort|carry-on) (?:from|by) (?!(?:me|us|myself|"
        r"ourselves|my|our)(?![\w']))(?:the |that |this |@)?[\w@][\w'-]*",
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
        # "Whoever's in charge hasn't got a clue." said of someone, closing the clause.
        r"(?:hasn't|has not|doesn't have)(?: got)? (?:a|the (?:faintest|foggiest|slightest)) "
        r"clue(?=\s*[.!?,]|\s*$)",
        r"(?:they|you)(?: (?:clearly|obviously|honestly|simply|just))? (?:haven't|have not|"
        r"don't have)(?: got)? (?:a|the (?:faintest|foggiest|slightest)) clue(?=\s*[.!?,]|\s*$)",
        r"clown (?:show|car|cabinet|government|council)",
        # A public threat to someone: "Pay up or we'll be seeing you in court."
        r"(?:or|otherwise|else),? (?:we|i)(?:'ll| will| shall) (?:be )?(?:see(?:ing)?|"
        r"meet(?:ing)?) you in court",
        # Point-scoring against critics: "unlike certain commentators", "some of us
        # actually have to".
        r"unlike (?:certain|some) (?:people|folk|folks|commentators|critics|journalists|pundits|"
        r"columnists|others|politicians|colleagues)",
        r"(?<=, )unlike (?:some|certain people|others)(?=\s*[.!]|\s*$)",
        # Laughing at whoever is discussed: "Some people genuinely think it's a piggy bank lol".
        r"(?:^|(?<=[.!?] )|(?<=\n))some (?:people|folk|folks|clients|customers|callers|drivers|"
        r"residents|parents|applicants) [^.!?\n]{1,120}? (?:lol|lmao|lmfao|haha)(?![\w'])",
        r"some of us (?:actually|still|really) (?:have to|had to|do|did|work|read|turn up)",
        r"(?:is|are|more|pure|total|just|peddling|spreading) fake news",
        r"before lecturing",
        # Dismissing critics as people who have never done the job.
        r"(?:people|someone|somebody|anyone|those|folks|a person|they|he|she) "
        r"who(?:'ve|'s| have| has)? (?:clearly |obviously )?never (?:set foot in|met an?|"
        r"run an?|held an?|opened an?|done an?|spent an? (?:day|hour|shift|night)|had to (?:use|"
        r"balance|run|do|process|manage|answer|work))",
        r"peddl(?:e|es|ed|ing) (?:[\w']{1,20} ){0,3}?(?:lies|nonsense|myths|misinformation|"
        r"rubbish|conspirac\w{0,6})",
        r"(?:can|may) (?:spin|say|shout|claim|complain|moan|argue|bluster|protest|tweet|dress)"
        r"(?: [\w']{1,20}){0,4}? all (?:he|she|they|you|we) (?:likes?|wants?)",
        r"(?:absolute|utter|utterly) (?:shambles|farce|joke|disgrace|nonsense|rubbish|"
        r"garbage|drivel|clowns?|idiots?|muppets?)",
        r"what an? (?:absolute |complete |total )?(?:joke|shambles|farce|disgrace|idiot)",
        r"(?:absolute |complete |total |utter )?joke of an? [\w'-]{2,20}",
        r"(?:bunch|pack|gang|shower|load) of (?:absolute |complete |total |utter )?(?:clowns|"
        r"amateurs|cowboys|chancers|jokers|wasters|crooks|thugs|vandals|fools|charlatans|"
        r"hypocrites)",
        # Outlets and critics dismissed as a class.
        r"hit[- ]piece|hatchet job|smear (?:campaign|piece|story)|gutter (?:press|journalism)",
        r"so-called (?:journalists?|journalism|reporters?|news|experts?|commentators?|analysts?)",
        r"armchair (?:experts?|critics?|generals?|epidemiologists?|economists?)",
        r"keyboard (?:warriors?|experts?)", r"clickbait (?:headlines?|articles?|journalism)",
        # Exasperation aimed at the reader.
        r"for the (?:hundredth|umpteenth|millionth|thousandth|nth) time",
        # "For the 50th time:" opening a sentence is exasperation, not a count.
        r"(?:^|(?<=[.!?] )|(?<=\n))for the \d{2,}(?:st|nd|rd|th) time(?=\s*[:,!\u2013\u2014-])",
        # Any count of times is exasperation when it follows a form of address: "Madam, for
        # the third time, ..." "Mate, for the 5th time:".
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:mate|pal|buddy|sir|madam|ma'am|fella|chief|folks|"
        r"people|everyone),? for the (?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|"
        r"seventh|eighth|ninth|tenth|last) time(?: today| this (?:morning|afternoon|week|month|"
        r"year))?(?=\s*[:,!\u2013\u2014-])",
        r"how many times do (?:we|i) have to (?:say|tell|explain|repeat)",
        # Telling someone to drop their "nonsense": "Pay it or appeal it, but stop the
        # nonsense." (an imperative opening a clause; not "the nonsense verse workshop").
        r"(?:^|(?<=[.!?,:;] )|(?<=\n)|(?<=but )|(?<=and )|(?<=so ))(?:stop|cut|quit|drop|enough "
        r"of) (?:the|this|your|all this|all the|all your|that) (?:nonsense|drivel|theatrics|"
        r"hysterics|tantrums?)(?![\w'-])",
        r"(?:maybe|perhaps) try (?:actually )?(?:reading|listening|looking)",
        r"(?:only (?:got|have) yoursel(?:f|ves) to blame|your own (?:stupid )?fault|brought "
        r"(?:it|this) on yoursel(?:f|ves))",
        # Blaming the reader for what befell them: "...then that one's on you."
        r"(?:that's|that is|that one's|that one is|which is) (?:all |entirely |squarely )?on "
        r"you(?=\s*[.!?]|\s*$)",
        r"(?:has|have|needs?) to be (?:all |entirely |squarely )?on you(?=\s*[.!?]|\s*$)",
        # A member of the public labelled for complaining: "our most persistent moaner".
        r"(?:most |least )?(?:frequent|regular|persistent|prolific|favourite|favorite|biggest|"
        r"chief|resident|serial) (?:complainers?|moaners?|whingers?|whiners?)",
        # Point-scoring against peers: "Certain other trusts couldn't say the same."
        r"(?:some|certain) other (?:[\w'-]+ ){1,2}?(?:can't|cannot|couldn't|could not) say the "
        r"same",
        # A mock offer of lessons: "Happy to give them remedial training, free of charge."
        r"remedial [^.!?\n]{1,40}?,? (?:no charge|free of charge|on the house|gratis|my treat)"
        r"(?=\s*[.!]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:pay attention|get in the sea|do me a favou?r|"
        r"give me strength|bore off)(?=\s*[.!]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:nobody|no one) (?:asked(?: you)?|cares)(?=\s*[.!?,]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=\n))who asked(?=\s*[.!?]|\s*$)",
        r"what planet (?:are|is|do) (?:you|they|he|she)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:are you (?:serious|kidding me|joking|having a laugh)|"
        r"you can't be serious|you've got to be kidding(?: me)?)(?=\s*[.!?]|\s*$)",
        r"who (?:on earth|the hell|in their right mind) (?:thought|decided|signed|approved)",
        r"(?:nobody|no one|anyone) in (?:their|his|her|your) right minds?",
        r"(?:should|ought to|deserves? to|needs? to) be (?:sacked|fired|strung up)",
        r"(?:needs?|should|ought) (?:to )?get a (?:life|grip)",
        r"deserved? (?:everything|all|whatever) (?:they|he|she|you) (?:get|got|gets)",
        r"(?:never|don't|why) let (?:the )?facts get in the way",
        r"walking (?:disaster|catastrophe|car crash|liability|joke)",
        r"(?:some people|people|they|you lot) (?:will|would) (?:complain|moan|whinge|whine|"
        r"grumble) about anything",
        r"(?:the|this|that|some) (?:genius|bright spark|brainiac|einstein|rocket scientist|"
        r"mastermind) (?:who|at|in|behind|that)",
        r"(?:the|these|those|our|some) (?:geniuses|bright sparks|brainiacs|einsteins|"
        r"rocket scientists) (?:who|at|in|behind|that)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:lol|lmao|lmfao|rofl) at (?:the|these|those|him|her|them|"
        r"people|anyone|everyone|you)",
        r"who (?:exactly |on earth |the hell |actually )?(?:thought|decided) (?:this|that|it) "
        r"was a (?:good|great|smart|clever|bright) idea",
        r"(?:^|(?<=[.!?:] )|(?<=\n))(?:no|zero) sympathy(?: from me| here)?(?=\s*[.!]|\s*$)",
        r"(?:you|they|people|some people) (?:can't|couldn't|cannot) (?:even )?be bothered",
        r"(?<!i )(?<!we )(?:(?:couldn't|could not|can't|cannot) (?:even )?be bothered|(?:didn't|"
        r"did not) even bother) to (?:check|ring|call|ask|read|look|contact|email|phone|google)",
        r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))(?:it's|it is|this is|this isn't|it isn't|it's "
        r"hardly|hardly)"
        r" (?:not )?rocket science(?=\s*[.!]|\s*$)",
        r"(?:explained|answered|repeated)(?: this| it| that)? (?:two|three|four|five|six|"
        r"several|many|multiple|countless|\d+) times(?=\s*[.!?,]|\s*$| (?:already|now|before|"
        r"today|this week))",
        r"told you(?: this| it| that)? (?:two|three|four|five|six|several|many|multiple|"
        r"countless|\d+) times(?=\s*[.!?,]|\s*$| (?:already|now|before|today|this week))",
        r"(?:for|to) (?:the )?(?:people|folks|those|ones) at the back",
        r"which part of (?:['\"\u2018\u201c][^'\"\u2019\u201d\n]{1,25}['\"\u2019\u201d]|"
        r"[^?.!\n]{1,40}? (?:don't|do not|doesn't|does not|didn't) (?:you|they|people|some "
        r"people|he|she) (?:understand|get))",
        r"what part of (?:['\"\u2018\u201c][^'\"\u2019\u201d\n]{1,25}['\"\u2019\u201d]|"
        r"[^?.!\n]{1,40}? (?:don't|do not|doesn't|does not|didn't) (?:you|they|people|some "
        r"people|he|she) (?:understand|get))",
        # Pet names for a member of the public: "Sweetheart, the form is online."
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:@\w{1,30} )?(?:sweetheart|sweetie|darling|hun|honey|"
        r"sunshine|sonny|dearie|pal|buddy),",
        r", (?:sweetheart|sweetie|darling|hun|honey|sunshine|sonny|dearie)(?=\s*[.!?]|\s*$)",
        # Squaring up to someone: "Say it to our faces, big man."
        r"(?<=, )(?:big man|big guy|big lad|tough guy|hard man|hotshot|smart guy|wise guy|"
        r"clever clogs|smartarse|smart-arse|know-it-all)(?=\s*[.!?]|\s*$)",
        r"(?:come and |come |go on,? )?say (?:it|that|this) to (?:my|our) faces?",
        r"(?:absolute |utter |complete |total )?waste of (?:oxygen|skin)",
        r"you (?:absolute |utter |complete |total )?waste of (?:space|air)",
        r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))don't (?:moan|whinge|whine|come crying)(?= when| if|"
        r" about| to us|\s*[.!]|\s*$)",
        # French: "bande d'incompetents".
        r"(?:bande|tas) d'(?:imb[e\u00e9]ciles|idiots|incomp[e\u00e9]tents|abrutis|"
        r"cr[e\u00e9]tins|nuls)",
        # Exasperation at having to repeat oneself: "Per my last three replies...", "As
        # I've explained twice already...", "since it apparently needs saying again".
        r"(?:as )?per (?:my|our) (?:last|previous|earlier) (?:[\w-]{1,10} )?(?:replies|reply|"
        r"emails?|messages?|posts?|tweets?|responses?)",
        # Counting the replies already sent: "as we explained in our last three replies".
        r"in (?:my|our) (?:last|previous) (?:two|three|four|five|six|several|few|\d+) (?:replies|"
        r"responses|messages|emails|letters)",
        r"(?:maybe|perhaps) (?:the )?(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"\d+(?:rd|th)) time(?:'s| is| will be) (?:the charm|lucky)",
        # Giving up on the reader: "We can't make it any simpler." "Not sure what else you
        # want from us." "We trust this resolves your query."
        r"(?:can't|cannot|couldn't|could not) (?:make|put|explain|say) (?:it|this|that) any "
        r"(?:simpler|clearer|plainer|easier|more (?:simply|clearly|plainly))(?=\s*[.!]|\s*$)",
        r"(?:not sure|no idea|don't know|do not know) what (?:else|more) you (?:want|expect) "
        r"(?:from (?:us|me)|(?:us|me) to (?:do|say))",
        r"what (?:else|more) do you (?:want|expect) (?:from (?:us|me)|(?:us|me) to (?:do|say))",
        r"(?:we|i) trust this (?:resolves|answers|addresses|clarifies|settles) (?:your|the|this|"
        r"that) (?:query|question|concern|complaint|enquiry|inquiry|matter)",
        r"(?:i've|i have|we've|we have) (?:already |now )?(?:explained|answered|said|repeated|"
        r"pointed out)(?: this| it| that)? (?:twice|several times|(?:two|three|four|five|many|"
        r"multiple) times)",
        r"(?:since|as) (?:it |this )?(?:apparently|evidently|clearly|obviously) (?:needs|bears) "
        r"(?:saying|repeating|spelling out|stating)",
        r"not sure how (?:much )?(?:clearer|simpler|plainer|easier|more clearly|more simply|more "
        r"plainly) (?:i|we) can (?:make (?:it|this)|put (?:it|this)|say (?:it|this)|be)",
        # Telling critics to look before they speak: "Read properly before you post",
        # "Maybe set foot on a ward before tweeting", "Maybe give us a ring before printing
        # fiction?"; not advice before doing something ("check the forecast before you go").
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:@\w{1,30} )?(?:maybe|perhaps|try|how about you|(?:it )?"
        r"(?:might|may|would) be worth) [^.!?\n]{2,60}? before "
        r"(?:tweeting|printing|commenting|lecturing|pontificating|sounding off|criticising|"
        r"criticizing|posting about|publishing (?:that|this|fiction|nonsense|claims|stories|"
        r"another)|posting(?=\s*[.!?]|\s*$)|tagging (?:us|me)|rushing (?:in)?to print)",
        r"(?:read|reading|look|looking|check|checking|do (?:a|one) (?:shift|day|week))"
        r"(?: [\w']{1,15}){0,3}? before you (?:post|tweet|comment|shout|lecture|criticise|"
        r"criticize|complain|moan|judge|pontificate|sound off)",
        r"before (?:criticising|criticizing|attacking|slagging off|judging|lecturing) (?:us|our|"
        r"me|my)(?![\w'])",
        r"(?:and|then|before you|to) lecture (?:us|me)(?![\w'])",
        r"(?:nerve|cheek|audacity|gall) to lecture", r"lecturing (?:us|me) (?:on|about)",
        r"(?:stop|quit) playing the victim",
        # Taunting someone who did wrong: "Hope it was worth it." "See you in court 👋"
        r"(?:^|(?<=[.!?:] )|(?<=\n))hope (?:it|that) was worth it",
        r"(?:we'll|we will|i'll|i will) see you in court",
        r"throws? the (?:book|full weight of the law) at (?:you|him|her|them)",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:[\w']{2,20}, )?you're welcome(?=\s*[.!]?\s*$)",
        # Mocking people who came to harm as weeded out by nature; not the biology
        # ("natural selection in action: the peppered moth").
        r"natural selection (?:doing its (?:thing|job|work)|remains undefeated|wins(?: again)?"
        r"|strikes(?: again)?)",
    ],
    # --- Censure that is a political point ------------------------------
    # Sarcasm and reproach that, aimed at a party, a government or politicians, is
    # the political check's concern (taking sides), not a discourtesy to anyone: they
    # raise tone only when the sentence names no political target.
    "censure_sarcasm_phrases": [
        # Not the idiom "funny how things turn out".
        r"(?<!'s )(?<!is )(?<!was )funny how(?! (?:things|life|time|it all) )",
    ],
    "censure_hostile_phrases": [
        r"(?<!nobody )(?<!no one )(?<!anyone )(?<!never )should be ashamed",
        r"(?<!nobody )(?<!no one )(?<!anyone )(?<!never )should be (?:embarrassed|mortified)"
        r"(?! to)",
    ],
    "political_targets": [
        "party", "parties", "government", "governments", "govt", "administration", "cabinet",
        "minister", "ministers", "chancellor", "pm", "premier", "mayor", "politician",
        "politicians", "mp", "mps", "msps", "mlas", "councillors", "westminster", "stormont",
        "holyrood", "senedd", "tory", "tories", "labour", "labor", "conservative",
        "conservatives", "liberal", "liberals", "democrat", "democrats", "republican",
        "republicans", "gop", "snp", "dup", "sdlp", "plaid", "ukip", "ndp", "reform", "greens",
        # Office holders: "The Justice Secretary's speech... She should be ashamed."
        "secretary", "secretaries", "senator", "senators", "councillor", "msp", "mla",
        "taoiseach", "tánaiste", "tanaiste", "congressman", "congresswoman",
        "coalition", "opposition", "congress", "senate", "voters", "vote", "voting", "election",
        "ballot", "manifesto",
    ],
    # --- Formal rebuttal register ----------------------------------------
    "rebuttal_phrases": [
        r"(?:the|this|that|these) assertions? (?:that|in)",
        r"(?:fundamental|basic|serious|complete) misreading",
        r"(?:i|we)(?:'d| would) like to (?:respond|reply) to (?:the|these|this|some|recent) "
        r"(?:claims?|reports?|article|piece|story|allegations?|coverage)",
        r"(?:our|the department's|the government's|the ministry's|the agency's|its) position "
        r"(?:is|remains|has been) (?:very |absolutely |entirely )?clear",
        r"categorical(?:ly)?", r"refut(?:e|es|ed|ing)",
        # "the best answer is an explanation, not a rebuttal" speaks of rebuttals.
        r"(?<!not a )(?<!than a )(?<!instead of a )(?<!no )rebut(?:s|tal|tals|ted|ting)?",
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
        r"(?:inaccurate|misleading)(?: and [\w-]{3,20})? (?:media )?(?:reporting|coverage|claims|"
        r"reports|stories|articles|headlines?) (?:in|from|by|on|about|that|which|suggesting|"
        r"claiming|today)",
        r"(?:rejects?|rejected|denies|deny|denied|refutes?|refuted|disputes?|disputed)(?: (?:this|"
        r"these|the|such|that|all) (?:claims?|reports?|allegations?|suggestions?|coverage|story))?"
        r" in the strongest (?:possible )?terms",
        r"(?:there (?:has|have) been|we have seen|we've seen|recent|today's) (?:some )?"
        r"(?:inaccurate|misleading) (?:media )?(?:reporting|coverage|claims|reports|stories|"
        r"articles|headlines?)",
        r"(?:an?|the) (?:[\w'&]{1,20} ){0,3}?spokes(?:person|man|woman) (?:said|says|added)",
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
        r"there is (?:absolutely |simply )?no truth (?:in|to) (?:these|the|this|any|such)",
        r"(?:claims?|reports?|allegations?|suggestions?|story|article|reporting) (?:is|are|was|"
        r"were) (?:wholly |entirely |completely )?without (?:any )?foundation",
        r"(?:reports?|articles?|story|claims?|coverage|piece|headlines?) (?:does|do|did) not "
        r"(?:accurately )?(?:reflect|represent) the (?:facts|reality|position)",
        r"(?:we|i) (?:firmly |strongly |utterly |totally )?(?:reject|deny|dispute) (?:the|these|"
        r"this|any|such|all) (?:claims?|suggestions?|allegations?|assertions?|"
        r"characteri[sz]ation|reports?)",
        r"(?:deeply|grossly|wholly) irresponsible (?:reporting|journalism|claims?|coverage)",
        r"(?:irresponsible and (?:misleading|inaccurate)|misleading and irresponsible)",
        # Stonewalling: "We have nothing further to add." "We do not accept the premise."
        r"(?:we|i)(?:'ve| have) nothing (?:further |more )?to (?:add|say)(?=\s*[.!]|\s*$| on "
        r"(?:this|the|that)| at this (?:time|stage|point))",
        r"(?:we are|we're|the department is|the government is) aware of (?:the )?(?:comments|"
        r"claims|reports|speculation|posts|rumours|rumors|allegations) (?:circulating|being "
        r"shared|on social media|online|in (?:the|today's) (?:press|media))",
        r"(?:we|i) (?:fully |firmly |absolutely )?stand by (?:our|my|the) (?:original )?"
        r"(?:statement|figures|position|reporting|response|methodology|decision)",
        r"(?:we|i)(?:'ll| will) not be (?:commenting|engaging|responding) further",
        r"(?:will not|won't|shall not) (?:be )?(?:engag(?:e|ing)|respond(?:ing)?) (?:with|to) "
        r"(?:inaccurate|misleading|false|ill-informed|uninformed|speculative|such|any further) "
        r"(?:commentary|comments|claims|speculation|posts|reports|reporting|allegations)",
        r"(?:has|have) acted (?:appropriately|properly|correctly|lawfully|reasonably) (?:at all "
        r"times|throughout)",
        r"(?:do|does|did|cannot|can't|don't|doesn't) (?:not )?accept the (?:premise|framing|"
        r"characteri[sz]ation|assertions?|allegations?|suggestion)",
        r"(?:reject|rejects|dispute|disputes) the (?:premise|framing)",
        # "The figures were taken out of context." "It would be inappropriate to comment
        # further."
        r"(?:were|was|have been|has been|had been|being) (?:deliberately |selectively |wilfully "
        r"|completely |entirely )?(?:taken|quoted|used|reported) out of context",
        r"would (?:be )?(?:inappropriate|improper) (?:for (?:me|us|[\w' ]{1,30}?) )?to comment "
        r"(?:any )?further",
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
        # Said back to a complaint: "X remains committed to a world-class service."
        r"(?:remains|continues to be) (?:fully |firmly |absolutely |deeply |wholly )?"
        r"committed to",
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
        "so-called experts", "piece", "op-ed",
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
        "unhappy", "disappointed", "dissatisfied", "annoyed", "displeased",
    ],
    # --- Insincerity ------------------------------------------------------
    "empathy_templates": [
        r"(?:we're|we are|i'm|i am) sorry (?:that )?you feel (?:that way|this way|like that)",
        r"your (?:feedback|call|comments?|views?|opinion|custom|concerns?|input) (?:is|are) "
        r"(?:very |really )?important to us",
        # Reassurance with nothing behind it: "We hear you. We value your input."
        r"(?:^|(?<=[.!?,:] )|(?<=\n))we hear you", r"we(?:'re| are) (?:always )?listening(?! to)",
        r"we value (?:you|your (?:input|feedback|views|comments|patience|custom|concerns)|all "
        r"(?:(?:patient|customer|user|resident|public|service user) )?(?:feedback|input|views|"
        r"comments))"
        r"(?![\w'])",
        r"we apologi[sz]e for any inconvenience",
        r"we (?:take|are taking) (?:this|these|your concerns?|such matters|these matters|"
        r"the matter) (?:very |extremely )?seriously",
        r"we (?:understand|appreciate) your frustration",
        r"we (?:note|have noted) your (?:concerns?|comments?|feedback|frustration|anger|"
        r"disappointment|dissatisfaction|strength of feeling)",
        r"your (?:feedback|comments?|concerns?|views?|complaint|points?|suggestions?),? (?:which "
        r")?(?:has|have) been (?:duly )?(?:noted|logged|recorded)",
        r"(?:has|have) been passed (?:on )?to the (?:relevant|appropriate) (?:team|department|"
        r"area|colleagues)",
        r"(?:we|i) regret (?:that )?you (?:are|were|feel|have been) (?:unhappy|disappointed|"
        r"dissatisfied)",
        r"we remain (?:fully |firmly |absolutely )?committed to (?:providing|delivering|ensuring|"
        r"offering|excellence)",
        r"we (?:always |constantly |continually |continuously )?strive to (?:improve|do better|"
        r"get better|provide|deliver|offer)",
        r"we (?:always|constantly|continually|continuously) (?:aim|endeavour|seek|look|try) to "
        r"improve",
        # Minimising boilerplate: "We recognise that a number of customers may have found..."
        r"we (?:appreciate|understand|recognise|recognize|acknowledge) (?:that )?(?:some|"
        r"a (?:small )?number of|certain|a minority of) (?:of our )?(?:users|customers|people|"
        r"applicants|claimants|members of the public|of you|residents|businesses|taxpayers|"
        r"drivers|parents|patients|service users|callers)(?: (?:may|might|will|could))?"
        r"(?: have)? (?:found|find|experienced|faced|had|felt)",
    ],
    # A template is fine when the post also gives a next step.
    "action_cues": [
        r"https?://", r"www\.", r"\.gov", r"we'll", r"we will", r"i'll", r"i will",
        r"we're (?:testing|fixing|working|looking|changing|reviewing|updating)",
        r"next (?:week|month)", r"please (?:call|email|contact|dm|message|ring|get in touch)",
        r"contact us", r"get in touch", r"dm us", r"\d", r"gov\.uk",
        r"(?:we've|we have|i've|i have) (?:now |just |already )?(?:changed|fixed|updated|"
        r"rewritten|simplified|improved|added|removed|made|extended|reopened|sent|published|"
        r"asked|arranged|booked)",
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
# Capital letters become "A" and the marks inside a capitalised word "'", so the runs
# of capitals are found by a byte search, not a character class tried at every
# position. Characters beyond Latin-1 (encoded "?") end a run.
_CAPS_BYTES = bytes(65 if 65 <= c <= 90 or 192 <= c <= 222 else 39 if c in (39, 45)
                    else 32 for c in range(256))
# A run ends on a capital: an apostrophe or hyphen after it ("UK's") is not inside it.
_CAPS_RUN_RE = re.compile(rb"A'*A(?:'*A)*")
# Shorter capitalised words repeated in normal case are often an acronym and its word
# ("the CAB sent a cab").
_ECHO_MIN_LETTERS = 4
_ECHO_END_RE = re.compile(r"(?:[\s,;:!?)]|\.(?!\w)|$)")
_LABEL_COLON_RE = re.compile(r"[ \t]*:")
_LABEL_ASIDE_RE = re.compile(r"[ \t]*\([^()\n]{1,60}\)[ \t]*")
_NAME_AFTER_RE = re.compile(r" ([A-Z][a-z]{2,})\b")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_FOLD_PAIRS = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
               ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " "))
_VOWELS = set("aeiouy")
# One emoji: a symbol with its variation and skin-tone marks, and any symbols joined to
# it by zero-width joiners (the rainbow flag is one emoji, not three).
_EMOJI = (r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\uFE0F\U0001F3FB-\U0001F3FF]*"
          r"(?:\u200D[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
          r"[\uFE0F\U0001F3FB-\U0001F3FF]*)*")
_BMP_SYMBOL_BYTES_RE = re.compile(rb"\xe2[\x98-\x9e\xac-\xaf]")
_ANY_EMOJI_RE = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")
_YOU_ARE_RE = re.compile(r"you(?:'re| are| were|'ve been| have been)\s+")
_VOUS_ETES_RE = re.compile(r"(?:vous [e\u00ea]tes|tu es|t'es)\s+")
_IS_AFTER_RE = re.compile(r"(?:\s+(?:on|about|of|in|from|by|made in|made by|suggesting|"
                          r"claiming|saying|that)\s+[\w'@. -]{1,60}?)?\s+"
                          r"(?:is|are|was|were)\s+")
_LETTER_BYTES = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# Words from Latin-1 bytes of the original case: ASCII letters lower-cased, all else a gap.
_WORD_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
# str.lower of each Latin-1 character, which is always one Latin-1 character.
_LATIN1_LOWER = bytes(ord(chr(c).lower()) for c in range(256))
# Phrases are searched only near the words they need, once a post is this long.
_WINDOW_FROM_LENGTH = 600
_WINDOW_MARGIN = 200
# Room past a bounded window for the look-ahead that ends a phrase ("Grow up.").
_EDGE_SLACK = 20
# The separators of text.sentences ("(?<=[.!?])\s+|\n+"), led by the mark rather
# than a look-behind so the regex engine can skip ahead to them.
_SEPARATOR_RE = re.compile(r"[.!?](\s+)|\n+")
# Letters that always join a word, however words are split.
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_NOBODY_AT = frozenset({"nobody at ", "nobody in ", "no one at ", "no one in "})
_WORD_RE = re.compile(r"[a-z][a-z'\-]*")
_DEFINED_ACRONYM_RE = re.compile(r"\(([A-Z]{2,})\)")
_CONSONANT_RUN_RE = re.compile(r"[^aeiouy'\-]{4}")
_RUN_GAP_RE = re.compile(r"[ ,]+(?:[AI][ ,]+)?")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")
_HANDLE_RE = re.compile(r"@\w+")
# A clause that starts with these is about the author or their own work.
_FIRST_PERSON_SUBJECTS = ("i", "i'm", "i've", "we", "we're", "we've", "my", "our")
# Words that start a phrase of their own: what follows them is not a verdict on the subject.
_LINKING_WORDS = frozenset({"of", "to", "in", "for", "from", "by", "with", "about", "on", "at",
                            "that", "than", "as", "not", "no", "never"})
# After "anyone voting for": a pronoun or "a party", "that lot".
_VOTED_FOR_RE = re.compile(r"(?:them|him|her|(?:a|that|this|the|any|their) (?:party|lot))(?![\w'])")
# A few words in quotation marks, as said by someone: "his 'tool of the trade'". Not a
# quoted sentence, and not an apostrophe in a word ("it's").
_QUOTED_WORDS_RE = re.compile(r"(?<![\w'\"])(['\"])([A-Za-z][^'\"\n.!?]{0,38}[A-Za-z])\1(?![\w])")
# A phrase held at arm's length in quotes ("'record investment'"); a name in quotes
# starts with a capital.
_SCARE_QUOTE_RE = re.compile(r"(?<![\w'])'[a-z][a-z' -]{0,38}[a-z]'(?![\w])")
# The adjective before another in a list: "lazy, " or "dishonest and " ending at a position.
_ADJECTIVE_LINK_RE = re.compile(r"(?<![\w'-])([a-z][a-z'-]*)(?:,\s*|,?\s+and\s+)$")


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


# Nodes: ("lit", char), ("set", may_be_letter), ("alt", [seq, ...]),
# ("rep", minimum, maximum, seq), ("zero",). A seq is a list of nodes.
_ESCAPED_SETS = {"w": True, "W": True, "S": True, "D": True, "s": False, "d": False}
_ESCAPED_CHARS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}


class _Unsupported(ValueError):
    pass


def _parse(pattern: str) -> list:
    nodes, index = _parse_alternatives(pattern, 0)
    if index != len(pattern):
        raise _Unsupported(pattern)
    return nodes


def _parse_alternatives(pattern: str, index: int) -> tuple[list, int]:
    alternatives = []
    while True:
        sequence, index = _parse_sequence(pattern, index)
        alternatives.append(sequence)
        if index < len(pattern) and pattern[index] == "|":
            index += 1
            continue
        break
    if len(alternatives) == 1:
        return alternatives[0], index
    return [("alt", alternatives)], index


def _parse_sequence(pattern: str, index: int) -> tuple[list, int]:
    sequence: list = []
    while index < len(pattern) and pattern[index] not in "|)":
        node, index = _parse_atom(pattern, index)
        node, index = _parse_quantifier(pattern, index, node)
        sequence.append(node)
    return sequence, index


def _parse_atom(pattern: str, index: int) -> tuple[tuple, int]:
    char = pattern[index]
    if char == "(":
        zero = False
        if pattern.startswith("(?", index):
            head = pattern[index + 2:index + 4]
            if head.startswith(":"):
                index += 3
            elif head.startswith(("=", "!")):
                zero, index = True, index + 3
            elif head in ("<=", "<!"):
                zero, index = True, index + 4
            elif head.startswith("P<"):
                index = pattern.index(">", index) + 1
            else:
                raise _Unsupported(pattern)
        else:
            index += 1
        inner, index = _parse_alternatives(pattern, index)
        if index >= len(pattern) or pattern[index] != ")":
            raise _Unsupported(pattern)
        index += 1
        if zero:
            return ("zero",), index
        return ("alt", [inner] if not (len(inner) == 1 and inner[0][0] == "alt")
                else inner[0][1]), index
    if char == "[":
        return _parse_class(pattern, index)
    if char == ".":
        return ("set", True), index + 1
    if char in "^$":
        return ("zero",), index + 1
    if char == "\\":
        return _parse_escape(pattern, index)
    if char in "*+?{":
        if char == "{" and not _quantifier_at(pattern, index):
            return ("lit", char), index + 1
        raise _Unsupported(pattern)
    return ("lit", char), index + 1


def _parse_escape(pattern: str, index: int) -> tuple[tuple, int]:
    char = pattern[index + 1]
    if char in _ESCAPED_SETS:
        return ("set", _ESCAPED_SETS[char]), index + 2
    if char in "bBAZ":
        return ("zero",), index + 2
    code, end = _escaped_code(pattern, index)
    if code is not None:
        return ("lit", chr(code)), end
    if char.isdigit():
        raise _Unsupported(pattern)  # a back-reference
    return ("lit", _ESCAPED_CHARS.get(char, char)), index + 2


def _escaped_code(pattern: str, index: int) -> tuple[int | None, int]:
    char = pattern[index + 1]
    width = {"x": 2, "u": 4, "U": 8}.get(char)
    if width is None:
        return None, index
    return int(pattern[index + 2:index + 2 + width], 16), index + 2 + width


def _parse_class(pattern: str, index: int) -> tuple[tuple, int]:
    index += 1
    negated = pattern.startswith("^", index)
    index += negated
    may_be_letter = negated
    first = True
    previous: str | None = None
    while index < len(pattern) and (pattern[index] != "]" or first):
        first = False
        char = pattern[index]
        if char == "\\":
            escaped = pattern[index + 1]
            if escaped in _ESCAPED_SETS:
                may_be_letter |= _ESCAPED_SETS[escaped]
                previous, index = None, index + 2
                continue
            code, end = _escaped_code(pattern, index)
            if code is not None:
                char, index = chr(code), end
            else:
                char, index = _ESCAPED_CHARS.get(escaped, escaped), index + 2
        else:
            index += 1
        if char == "-" and previous is not None and index < len(pattern) and (
                pattern[index] != "]"):
            high, index = _class_char(pattern, index)
            low = ord(previous)
            may_be_letter |= high - low > 4096 or any(
                chr(c).isalpha() for c in range(low, high + 1))
            previous = None
            continue
        may_be_letter |= char.isalpha()
        previous = char
    if index >= len(pattern):
        raise _Unsupported(pattern)
    return ("set", may_be_letter), index + 1


def _class_char(pattern: str, index: int) -> tuple[int, int]:
    if pattern[index] != "\\":
        return ord(pattern[index]), index + 1
    code, end = _escaped_code(pattern, index)
    if code is not None:
        return code, end
    return ord(_ESCAPED_CHARS.get(pattern[index + 1], pattern[index + 1])), index + 2


def _quantifier_at(pattern: str, index: int) -> tuple[int, int, int] | None:
    """(minimum, maximum, end) of a {m,n} quantifier starting at index, or None."""
    end = pattern.find("}", index)
    if end == -1:
        return None
    body = pattern[index + 1:end]
    low, comma, high = body.partition(",")
    if not (low.isdigit() or (comma and not low)) or (high and not high.isdigit()):
        return None
    if not comma:
        return int(low), int(low), end + 1
    return int(low or 0), int(high) if high else -1, end + 1


def _parse_quantifier(pattern: str, index: int, node: tuple) -> tuple[tuple, int]:
    while index < len(pattern):
        char = pattern[index]
        if char in "*+?":
            low, high, index = {"*": (0, -1), "+": (1, -1), "?": (0, 1)}[char] + (index + 1,)
        elif char == "{" and (bounds := _quantifier_at(pattern, index)):
            low, high, index = bounds
        else:
            break
        if index < len(pattern) and pattern[index] in "?+":
            index += 1
        node = ("zero",) if node[0] == "zero" else ("rep", low, high, [node])
    return node, index


# --- Which words a match must contain ------------------------------------------------

def _letters(sequence: list) -> str | None:
    """The text of a sequence of letters, or None."""
    if all(node[0] == "lit" and node[1].isalpha() for node in sequence):
        return "".join(node[1] for node in sequence)
    return None


def _letter_options(node: tuple) -> list[str] | None:
    """The strings a small group of plain letters can match ("ly" or nothing...)."""
    if node[0] == "alt":
        options = [_letters(alternative) for alternative in node[1]]
    elif node[0] == "rep" and node[1] == 0 and node[2] == 1:
        inner = node[3]
        options = (_letter_options(inner[0]) if len(inner) == 1 and inner[0][0] == "alt"
                   else [_letters(inner)])
        options = None if options is None or None in options else [*options, ""]
    else:
        return None
    return None if options is None or None in options else options


def _edge(sequence: list, last: bool) -> str:
    """What a match of sequence starts (or ends) with: "sep" for a character that is
    never a letter, "word" when it may be a letter, "empty" when it may be nothing."""
    nodes = [n for n in sequence if not _zero_width(n)]
    for node in reversed(nodes) if last else nodes:
        kind = node[0]
        if kind == "lit":
            return "word" if node[1].isalpha() else "sep"
        if kind == "set":
            return "word" if node[1] else "sep"
        if kind == "alt":
            edges = {_edge(alternative, last) for alternative in node[1]}
        else:
            edges = {_edge(node[3], last)} | ({"empty"} if node[1] == 0 else set())
        if "word" in edges:
            return "word"
        if edges == {"sep"}:
            return "sep"
        return "word"  # may be empty: what lies beyond it is unknown here
    return "empty"


def _candidates(sequence: list, left: bool, right: bool, common: frozenset[str],
                base: float = 0.0) -> list[tuple[frozenset[str], float]]:
    """Sets of words, each of which a match must contain one word of, with the most
    characters that can come before that word in a match (inf when unbounded)."""
    found: list[tuple[frozenset[str], float]] = []
    words: set[str] | None = {""} if left else None
    consumed = 0.0
    word_from = 0.0

    def close() -> None:
        if words and "" not in words:
            found.append((frozenset(words), base + word_from))

    consuming = [n for n in sequence if not _zero_width(n)]
    for position, node in enumerate(consuming):
        following = consuming[position + 1:]
        boundary_after = _edge(following, False) == "sep" or (not following and right)
        kind = node[0]
        width = _sequence_width([node])
        if kind == "lit" and node[1].isalpha():
            words = {w + node[1] for w in words} if words is not None else None
            consumed += 1
            continue
        if kind in ("lit", "set"):
            consumed += 1
            if kind == "lit" or not node[1]:
                close()
                words, word_from = {""}, consumed
            else:
                words = None
            continue
        options = _letter_options(node)
        if options is not None and words is not None and len(words) * len(options) <= 64:
            words = {w + o for w in words for o in options}
            consumed += width
            continue
        at_start = words == {""}
        mandatory = kind == "alt" or node[1] >= 1
        inner_start = _edge([node] if kind == "alt" else node[3], False)
        # The word ends before a group that starts with a separator, when the group
        # must match, or when what follows it starts with a separator too ("yeah,? right").
        if words and inner_start == "sep" and (mandatory or boundary_after):
            close()
            at_start = True
        if kind == "alt" or node[1] >= 1:
            alternatives = node[1] if kind == "alt" else [node[3]]
            inner_right = boundary_after if kind == "alt" or node[2] == 1 else (
                boundary_after and _edge(node[3], False) == "sep")
            results = [_candidates(alternative, at_start, inner_right, common, base + consumed)
                       for alternative in alternatives]
            if all(results):
                chosen = [_best(r, common) for r in results]
                found.append((frozenset().union(*(c[0] for c in chosen)),
                              max(c[1] for c in chosen)))
        consumed += width
        inner_end = _edge([node] if kind == "alt" else node[3], True)
        if inner_end == "sep" and (mandatory or at_start):
            words, word_from = {""}, consumed
        else:
            words = None
    if right:
        close()
    return found


def _best(candidates: list[tuple[frozenset[str], float]],
          common: frozenset[str]) -> tuple[frozenset[str], float]:
    """The set of words least likely to be in an ordinary post."""
    return max(candidates, key=lambda c: (not c[0] & common, -len(c[0] & common),
                                          min(len(w) for w in c[0]), -len(c[0])))


def _required_word_sets(pattern: str, common: frozenset[str] = frozenset()
                        ) -> list[frozenset[str]] | None:
    anchors = _anchors(pattern, common)
    return None if anchors is None else [words for words, _ in anchors]


def _anchors(pattern: str, common: frozenset[str]) -> list[tuple[frozenset[str], float]] | None:
    try:
        return _candidates(_parse(pattern), True, True, common)
    except (_Unsupported, IndexError, ValueError):
        return None


def _anchor_words(pattern: str, common: frozenset[str] = frozenset()) -> frozenset[str] | None:
    return _anchor_and_lead(pattern, common)[0]


def _anchor_and_lead(pattern: str, common: frozenset[str] = frozenset()
                     ) -> tuple[frozenset[str] | None, float]:
    """The best anchor words, and the most characters a match can have before them."""
    candidates = _anchors(pattern, common)
    if not candidates:
        return None, float("inf")
    return _best(candidates, common)


def _required_literal(pattern: str) -> str:
    """The longest run of plain characters every match contains ("" when unknown)."""
    try:
        sequence = _parse(pattern)
    except (_Unsupported, IndexError, ValueError):
        return ""
    best = run = ""
    for node in sequence:
        if node[0] == "lit":
            run += node[1]
        elif node[0] != "zero":
            run = ""
        if len(run) > len(best):
            best = run
    return best


def _max_width(pattern: str) -> float:
    """The most characters a match of pattern can span (inf when unbounded or unknown)."""
    try:
        return _sequence_width(_parse(pattern))
    except (_Unsupported, IndexError, ValueError):
        return float("inf")


def _sequence_width(sequence: list) -> float:
    total = 0.0
    for node in sequence:
        if node[0] in ("lit", "set"):
            total += 1
        elif node[0] == "alt":
            total += max(_sequence_width(alternative) for alternative in node[1])
        elif node[0] == "rep":
            inner = _sequence_width(node[3])
            total += inner * node[2] if node[2] >= 0 else (float("inf") if inner else 0)
    return total


def _is_zero_width(pattern: str) -> bool:
    try:
        nodes = _parse(pattern)
    except (_Unsupported, IndexError, ValueError):
        return False
    return bool(nodes) and all(_zero_width(n) for n in nodes)


def _zero_width(node: tuple) -> bool:
    if node[0] == "zero":
        return True
    if node[0] == "alt":
        return all(alt and all(_zero_width(n) for n in alt) for alt in node[1])
    return False


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
        if not _is_zero_width(group):
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


def _flippant_patterns(config: Mapping[str, Any]) -> tuple[str, str, str] | None:
    """(harm words, harm words after "another day, another", help after a shrug) patterns."""
    harm = [w.lower() for w in _require_list(config, "serious_harm_words") if w.strip()]
    support = [w.lower() for w in _require_list(config, "support_words") if w.strip()]
    if not harm:
        return None
    words = _words_pattern(harm)
    # "Dying's on trend": a harm word may take "'s".
    return (r"(?<![\w'])(?:" + words + r")(?!\w|'(?!s(?!\w)))",
            r"another (?:day|week|weekend|month|year),? another (?:[\w-]+ ){0,2}?(?:" + words
            + r")(?![\w'])",
            (r"[^.!?\n]{0,80}?(?<![\w'])(?:" + _words_pattern(support) + r")(?![\w'])")
            if support else "")


def _whole_words_regex(config: Mapping[str, Any], key: str) -> re.Pattern[str] | None:
    """Any of the config's patterns, as whole words; None when the list is empty."""
    patterns = [c for c in _require_list(config, key) if c.strip()]
    return (re.compile(r"(?<![\w'])(?:" + "|".join(_lower_regex(c) for c in patterns)
                       + r")(?![\w'])") if patterns else None)


def _closing_regex(config: Mapping[str, Any], key: str, mark: str) -> re.Pattern[str] | None:
    """Any of the config's patterns as the post's last sentence, after another one, ending
    with mark; group 1 is the sentence. None when the list is empty."""
    patterns = [c for c in _require_list(config, key) if c.strip()]
    return (re.compile(r"[.!?]\s+(" + "|".join(_lower_regex(c) for c in patterns) + r")"
                       + mark + r"\s*$") if patterns else None)


_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "cllr",
                     "councillor", "sir", "dame"})


def _person_names(name: str) -> set[str]:
    """How an individual author might name themselves in the third person, folded: the
    full name ("aine kavanagh" as written, "dr aine kavanagh") and a title with the surname
    ("dr kavanagh"). A surname alone is too often an ordinary word ("Green", "Baker")."""
    words = fold(name).replace(".", " ").split()
    if not words:
        return set()
    titled = words[0] in _TITLES
    bare = words[1:] if titled else words
    names = set()
    if len(bare) >= 2:
        names.add(" ".join(bare))
        if titled:
            names.add(" ".join(words))
    if titled and bare:
        names.add(words[0] + " " + bare[-1])
    return names


def _quote(text: str) -> str:
    return "\u2018" + " ".join(text.split()) + "\u2019"


class Check:
    def __init__(self, config: Mapping[str, Any], shared: Mapping[str, Any]) -> None:
        self.caps_min = _require_int(config, "caps_min_letters", 1)
        self.caps_long = _require_int(config, "caps_long_word_letters", 2)
        self.caps_vowel_share = _require_number(config, "caps_min_vowel_share", 0.0, 1.0)
        self.caps_label_max = _require_int(config, "caps_label_max_words", 0)
        prefixes = [w.lower() for w in _require_list(config, "caps_name_prefixes") if w.strip()]
        self.caps_name_re = (re.compile(r"(?<![\w'])(?:" + _words_pattern(prefixes)
                                        + r")\.?[ \t]+$", re.IGNORECASE) if prefixes else None)
        self.caps_endings = tuple(w.lower() for w in _require_list(config, "caps_word_endings"))
        self.caps_modifier_determiners = frozenset(
            w.lower() for w in _require_list(config, "caps_modifier_determiners"))
        self.caps_additive = frozenset(
            w.lower() for w in _require_list(config, "caps_additive_words"))
        self.caps_positive_min = _require_number(config, "caps_positive_min", 0.0, 4.0)
        self.acronyms = frozenset(w.lower() for w in _require_list(config, "known_acronyms"))
        markings = [" ".join(w.lower().split())
                    for w in _require_list(config, "protective_markings")]
        # "IN-CONFIDENCE" is also written "IN CONFIDENCE".
        self.markings = frozenset(markings + [m.replace("-", " ") for m in markings])
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
        self.positive = frozenset(w for w, v in lexicon.items()
                                  if v >= self.caps_positive_min and w.isalpha())

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
        self.conduct = frozenset(w.lower() for w in _require_list(config, "conduct_nouns"))
        self.judging_words = frozenset(w.lower() for w in _require_list(config, "judging_words"))
        self.judging = frozenset(
            [w.lower() for w in _require_list(config, "judging_words")]
            + [w for w, v in lexicon.items() if v <= self.threshold and w.isalpha()])
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
        self.political_targets = frozenset(
            w.lower() for w in _require_list(config, "political_targets"))

        groups = {
            "rebuttal": _require_list(config, "rebuttal_phrases"),
            "hostile": _require_list(config, "hostile_phrases"),
            "sarcasm": _require_list(config, "sarcasm_phrases"),
            "addressed": _require_list(config, "addressed_sarcasm_phrases"),
            "taunt": _require_list(config, "taunt_phrases"),
            "wry": _require_list(config, "wry_phrases"),
            "unless_warm": _require_list(config, "sarcasm_unless_warm"),
            "unless_own_warm": _require_list(config, "sarcasm_unless_own_and_warm"),
            "retort": _require_list(config, "retort_phrases"),
            "exasperated": _require_list(config, "exasperation_phrases"),
            "censure:sarcasm": _require_list(config, "censure_sarcasm_phrases"),
            "censure:hostile": _require_list(config, "censure_hostile_phrases"),
            "empathy": _require_list(config, "empathy_templates"),
            # "idiot-proof", "an idiot's guide" are not aimed at anyone.
            "insult": [re.escape(w) + r"(?![-'])" for w in self.insult_set],
            "profanity": [re.escape(w.lower()) for w in _require_list(config, "profanity")],
            "hype": [re.escape(w.lower()) for w in _require_list(config, "hype_words")],
        }
        if predicate:
            # "is a disgrace", "are utterly pathetic", "it's just nonsense".
            between = (r"(?: (?:" + _words_pattern(sorted(self.intensifiers)) + r")){0,4}"
                       if self.intensifiers else "")
            contempt = between + r" (?:" + _words_pattern(predicate) + ")"
            groups["contempt"] = [verb + contempt for verb in ("is", "are", "was", "were")] + [
                r"(?<=\w)'(?:s|re)" + contempt]
        self.qualifiers = frozenset(
            w.lower() for w in _require_list(config, "contempt_qualifiers"))
        light = sorted(w.lower() for w in _require_list(config, "contempt_qualified_words"))
        if light:
            # "was, frankly, embarrassing", "is lazy, one-sided garbage": up to three words
            # between, one of which must qualify (checked in _phrases), and the verdict
            # closes the clause ("was frankly useless for screen readers" describes).
            qualified = (r",?(?: [\w'-]{2,20},?(?: and)?){1,3} (?:" + _words_pattern(light)
                         + r")(?=\s*[.!?,;:\u2026]|\s*$|\s+(?:and|but)\s)")
            groups["qualified"] = [verb + qualified for verb in ("is", "are", "was", "were")] + [
                r"(?<=\w)'(?:s|re)" + qualified]
        self.phrases: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = []
        self.phrases_by_word: dict[str, list[int]] = {}
        self.phrase_widths: list[float] = []
        # A phrase whose words are all in the post is tried only if its longest
        # literal stretch is there too: one fast substring test instead of a regex.
        self.phrase_literals: list[str] = []
        self.phrase_leads: list[float] = []
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
                self.phrase_widths.append(_max_width(rest))
                self.phrase_literals.append(_required_literal(rest))
                self.phrases.append((kind, re.compile(r"(?:" + rest + r")(?![\w])"),
                                     re.compile(condition) if condition else None))
                anchors, lead = _anchor_and_lead(phrase, self.common)
                self.phrase_leads.append(lead)
                self.phrase_requirements.append(
                    [r for r in _required_word_sets(phrase) if r != anchors]
                    if anchors is not None else [])
                if anchors is None:
                    always.append(number)
                for word in anchors or ():
                    self.phrases_by_word.setdefault(word, []).append(number)
        self.always_phrases = frozenset(always)

        # Flippancy is looked for only when a harm word and a shrug or laugh are both
        # in the post: two set tests on the post's words before any regex.
        flippant = _flippant_patterns(config)
        self.harm_re, self.another_harm_re, self.helping_re = (
            [re.compile(pattern) if pattern else None for pattern in flippant]
            if flippant else (None, None, None))
        harm = [w.lower() for w in _require_list(config, "serious_harm_words") if w.strip()]
        pivots = [w.lower() for w in _require_list(config, "flippant_pivots") if w.strip()]
        laughter = [w.lower() for w in _require_list(config, "laughter_words") if w.strip()]
        scorekeeping = [w.lower() for w in _require_list(config, "flippant_scorekeeping")
                        if w.strip()]
        turns = [w.lower() for w in _require_list(config, "flippant_turns") if w.strip()]
        # (cue, where): a shrug opens the next sentence and is set off by a mark ("mark"),
        # a turn opens it ("turn"), laughter and keeping score are anywhere ("any").
        shrug_items = ([(w, "mark") for w in pivots] + [(w, "turn") for w in turns]
                       + [(w, "any") for w in laughter + scorekeeping])

        labels = _require_list(config, "rebuttal_labels")
        self.labels = frozenset(w.lower() for w in labels)
        self.strong_labels = frozenset(
            w.lower() for w in _require_list(config, "rebuttal_labels_any_case"))

        self.institution_nouns = _require_list(config, "institution_nouns")
        denials = _require_list(config, "institution_denials")
        press = _require_list(config, "institution_press_phrases")
        self.acronym_denials = _alternation(denials) if denials else ""
        self.denials = _alternation(denials + press) if denials + press else ""
        # The organisation is found by plain string search and the denial after it
        # with one regex compiled here: nothing is compiled per author.
        self.denial_re = (re.compile(r"\s{1,3}(?:" + _lower_regex(self.denials) + r")(?![\w])")
                          if self.denials else None)
        self._names_cache: dict[tuple[str, str], list[str]] = {}
        self.denial_anchors = (_anchor_words(self.acronym_denials, self.common)
                               if self.acronym_denials else None)
        self.acronym_denial_re = (re.compile(
            r"(?:'s)? (?:" + _lower_regex(self.acronym_denials) + r")(?![\w])")
            if self.acronym_denials else None)

        self.target_set = frozenset(self.target_nouns)

        groups_of_voters = [g for g in _require_list(config, "voter_groups") if g.strip()]
        self.voters_re = (re.compile(r"(?<![\w'])(?:" + _lower_regex(_alternation(
            groups_of_voters)) + r")(?: for)? ") if groups_of_voters else None)
        verdicts = [v for v in _require_list(config, "voter_verdicts") if v.strip()]
        self.voter_verdict_re = (re.compile(r"(?<![\w'])(?:" + _lower_regex(_alternation(
            verdicts)) + r")(?![\w'])") if verdicts else None)
        laughs = [w.lower() for w in _require_list(config, "laugh_words") if w.strip()]
        self.laugh_word_re = (re.compile(r"(?<![\w'])(?:" + _words_pattern(laughs)
                                         + r")(?![\w'])") if laughs else None)
        self.laughs = laughs
        claims = [w.lower() for w in _require_list(config, "claim_words") if w.strip()]
        self.claim_re = (re.compile(r"(?<![\w'])(?:" + _words_pattern(claims) + r")(?![\w'])")
                         if claims else None)
        family = [w.lower() for w in _require_list(config, "family_words") if w.strip()]
        self.family_re = (re.compile(r"(?<![\w'])(?:my|our) (?:" + _words_pattern(family)
                                     + r")(?![\w'])") if family else None)

        # Words are looked up as bytes when every word the check looks for is ASCII:
        # splitting bytes is twice as fast as finding words with a regex.
        self.laughing_emoji = [e for e in _require_list(config, "laughing_emoji") if e]
        self.smug_emoji = [e for e in _require_list(config, "smug_emoji") if e]
        self.farewell_emoji = [e for e in _require_list(config, "farewell_emoji") if e]
        label = config["mocking_label_pattern"]
        if not isinstance(label, str):
            raise ValueError("'mocking_label_pattern' must be a regular expression.")
        self.mocking_label_re = re.compile(label) if label else None
        self.warmth_re = _whole_words_regex(config, "warmth_cues")
        # With "!" a closer is a cheerful sign-off; ironic praise ends in a full stop.
        self.gloating_re = _closing_regex(config, "gloating_closers", r"\.?")
        self.sarcasm_tags = [t for t in _require_list(config, "sarcasm_tags") if t]
        self.ironic_re = _closing_regex(config, "ironic_praise", r"\.")
        self.grievance_re = _whole_words_regex(config, "grievance_markers")
        verdicts = [v for v in _require_list(config, "dry_verdicts") if v.strip()]
        self.dry_verdict_re = (re.compile(r"[.!?]\s+(" + "|".join(_lower_regex(v) for v in verdicts)
                                          + r")\.(?=\s|$)") if verdicts else None)
        # A word each verdict needs, its least common ("knew" in "who knew"): the regex is
        # tried only when one of them is in the post.
        self.dry_verdict_words = sorted({w for v in verdicts for w in max(
            _required_word_sets(_lower_regex(v)), key=lambda ws: min(map(len, ws)))})
        self.condescension_re = _whole_words_regex(config, "condescension_markers")
        self.closing_re = _closing_regex(config, "closing_sarcasm", r"[.!]?")
        closing = [c for c in _require_list(config, "closing_sarcasm") if c.strip()]
        # The words a closing verdict can end with: the regex is tried only when the
        # post's last word is one of them. None: not known, always try it.
        last_words: set[str] | None = set()
        for pattern in closing:
            anchors = _required_word_sets(_lower_regex(pattern))
            if not anchors:
                last_words = None
                break
            last_words |= anchors[-1]
        self.closing_last_words = frozenset(last_words) if last_words is not None else None
        third = [w.lower() for w in _require_list(config, "third_person_words")]
        first = [w.lower() for w in _require_list(config, "first_person_words")]
        wanted = (set(self.phrases_by_word) | self.labels | self.target_words | self.contempt
                  | self.insult_set | {"you", "vous", "tu", "es"} | set(third) | set(first)
                  | {w for n in self.institution_nouns for w in _LETTERS_RE.findall(n.lower())})
        self.bytes_words = all(w.isascii() for w in wanted)
        self.phrase_keys = {self._key(w): numbers for w, numbers in self.phrases_by_word.items()}
        # Bytes words hold only ASCII letters: a requirement naming another letter
        # could never be met, so it is left to the pattern itself.
        self.phrase_requirements = [[self._keys(r) for r in requirement
                                     if not self.bytes_words or all(w.isascii() for w in r)]
                                    for requirement in self.phrase_requirements]
        self.phrase_anchor_keys = frozenset(self.phrase_keys)
        # Per anchor word: each phrase filed under it, with the other word sets it needs
        # (rarest first, so a post that lacks one is turned away soonest) and its
        # longest literal stretch when that is worth a substring search.
        def rarity(keys: frozenset) -> tuple[bool, int]:
            plain = {k.decode() if isinstance(k, bytes) else k for k in keys}
            return (not plain.isdisjoint(self.common), -min(map(len, plain), default=0))
        phrase_items = [
            (number, tuple(sorted(self.phrase_requirements[number], key=rarity)),
             literal if len(literal) >= 4 else "")
            for number, literal in enumerate(self.phrase_literals)]
        self.phrase_key_info = {key: (key.decode() if isinstance(key, bytes) else key,
                                      tuple(phrase_items[n] for n in numbers))
                                for key, numbers in self.phrase_keys.items()}
        self.closing_keys = (self._keys(self.closing_last_words)
                             if self.closing_last_words is not None else None)
        self.label_keys = self._keys(self.labels)
        self.label_items = [(label, self._word_keys(label)) for label in sorted(self.labels)]
        self.institution_items = [(noun, self._word_keys(noun)) for noun in sorted(
            {" ".join(n.lower().split()) for n in self.institution_nouns if n.strip()})]
        self.institution_keys = frozenset().union(*(keys for _, keys in self.institution_items))

        self.thing_items = [(thing, self._word_keys(thing))
                            for thing in sorted(set(self.target_nouns + judged))]
        # Each thing is filed under one of its words, so only the things whose word is
        # in the post are looked at; a thing with no words is always looked for.
        self.things_by_key: dict[Any, list[tuple[str, frozenset]]] = {}
        for thing, keys in self.thing_items:
            self.things_by_key.setdefault(min(keys) if keys else None, []).append((thing, keys))
        self.thing_keys = frozenset(self.things_by_key) - {None}
        self.target_keys = self._keys(self.target_words)
        self.contempt_keys = self._keys(self.contempt | self.insult_set)
        self.short_keys = self._keys(self.contempt | self.insult_set | self.conduct)
        # What a short sentence can be judged by, as the post's words are split: one
        # word of each judging word, and the words of each contempt word or insult
        # that is not a plain word ("brain-dead"). None: not known from the words.
        sentence_words = [w for w in self.judging if _WORD_RE.fullmatch(w)]
        judging_keys = [self._word_keys(w) for w in sentence_words]
        self.judging_keys = (None if not all(judging_keys)
                             else frozenset(min(keys) for keys in judging_keys))
        self.compound_contempt_keys = [
            self._word_keys(w) for w in sorted(self.contempt | self.insult_set)
            if _WORD_RE.fullmatch(w) and not w.isalpha()]
        self.you_key = self._key("you")
        self.laugh_keys = self._keys(self.laughs)
        self.vote_keys = self._keys(["vote", "votes", "voting"])
        self.french_you_keys = self._keys({"vous", "tu", "es"})
        self.third_person_keys = self._keys(third)
        self.subject_pronouns = frozenset(
            w.lower() for w in _require_list(config, "third_person_subjects"))
        self.subject_keys = self._keys(sorted(self.subject_pronouns))
        self.comeuppance_keys = self._keys(
            [w.lower() for w in _require_list(config, "comeuppance_words")])
        self.public_person_keys = self._keys(
            [w.lower() for w in _require_list(config, "public_person_words")])
        self.second_person_keys = self._keys(
            [w.lower() for w in _require_list(config, "second_person_words")])
        self.vocatives = frozenset(w.lower() for w in _require_list(config, "vocative_words"))
        self.first_person_keys = self._keys(first)
        self.denial_keys = (self._keys(self.denial_anchors) if self.denial_anchors is not None
                            and (not self.bytes_words
                                 or all(w.isascii() for w in self.denial_anchors)) else None)

        # Each harm word and shrug is filed under its least common word ("shot dead" under
        # "dead"): only those whose word is in the post are looked at further.
        self.harm_by_key: dict[Any, list[frozenset]] = {}
        for keys in (self._word_keys(w) for w in harm):
            if keys:
                self.harm_by_key.setdefault(self._rarest(keys), []).append(keys)
        self.harm_gate = frozenset(self.harm_by_key)
        # (cue, where it stands, the words it needs in the post) by its least common word.
        self.shrugs_by_key: dict[Any, list[tuple[str, str, frozenset]]] = {}
        for cue, where in shrug_items:
            keys = self._word_keys(cue)
            if keys:
                self.shrugs_by_key.setdefault(self._rarest(keys), []).append((cue, where, keys))
        self.shrug_gate = frozenset(self.shrugs_by_key)
        self.shrug_mark_items = [(cue, where, frozenset()) for cue, where in shrug_items
                                 if not self._word_keys(cue)]
        self.another_key = self._key("another")
        self.others_keys = self._keys(
            [w.lower() for w in _require_list(config, "exasperation_others")])

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

    def _word_keys(self, phrase: str) -> frozenset:
        """The keys of the words in phrase, split as a post's words are."""
        if self.bytes_words:
            return frozenset(phrase.encode("utf-8", "ignore").translate(_LETTER_BYTES).split())
        return frozenset(_LETTERS_RE.findall(phrase))

    def _rarest(self, keys: frozenset) -> Any:
        """The key of the word least likely to be in any post: not a common word, longest."""
        def plain(key: Any) -> str:
            return key.decode() if isinstance(key, bytes) else key
        return max(keys, key=lambda k: (plain(k) not in self.common, len(k), plain(k)))

    def _label_spans(self, folded: str, words: frozenset) -> list[tuple[int, int]]:
        """Spans of "Myth:" or "FACT:" labels that open a line or sentence."""
        spans = []
        for label, keys in self.label_items:
            if not keys <= words:
                continue
            index = folded.find(label)
            while index != -1:
                colon = _LABEL_COLON_RE.match(folded, index + len(label))
                if colon and _opens_sentence(folded, index):
                    spans.append((index, colon.end()))
                index = folded.find(label, index + 1)
        return sorted(spans)

    def _things(self, folded: str, words: frozenset) -> list[tuple[int, int, str]]:
        """Mentions of a target noun or judged thing, longest first where they overlap.

        Each noun is found with a plain string search: one regular expression of
        all of them would be tried at every position of a long post.
        """
        candidates = []
        length = len(folded)
        items = [item for key in self.thing_keys.intersection(words)
                 for item in self.things_by_key[key]] + self.things_by_key.get(None, [])
        for thing, keys in items:
            if not keys <= words:
                continue
            index = folded.find(thing)
            while index != -1:
                end = index + len(thing)
                if end == length or not (folded[end].isalnum() or folded[end] in "_'-"):
                    candidates.append((index, -end, thing))
                index = folded.find(thing, index + 1)
        candidates.sort()
        things = []
        last_end = 0
        for start, negative_end, thing in candidates:
            if start >= last_end:
                things.append((start, -negative_end, thing))
                last_end = -negative_end
        return things

    # ------------------------------------------------------------------
    def find(self, post: Post) -> list[Finding]:
        text = post.text
        if not text or text.isspace():
            return []
        plain = text if text.isascii() else _plain_marks(text)
        # Most posts are Latin-1 once their quotes and dashes are plain: one byte per
        # character, lower-cased and split into words by byte tables.
        wide = False
        if plain.isascii():
            data = plain.encode("ascii")
            folded = plain.lower()
        else:
            try:
                data = plain.encode("latin-1")
                folded = data.translate(_LATIN1_LOWER).decode("latin-1")
            except UnicodeEncodeError:
                wide = True
                data = plain.encode("latin-1", "replace")
                folded = _fold(text, plain)
        if not self.bytes_words:
            words = frozenset(_LETTERS_RE.findall(folded))
        elif wide:
            words = frozenset(folded.encode("utf-8", "ignore").translate(_LETTER_BYTES).split())
        else:
            words = frozenset(data.translate(_WORD_BYTES).split())
        found: list[tuple[int, int, str]] = []
        capitals = self._capitals(text, data)
        if capitals:
            self._shouting(text, capitals, found)
        # One "!" is always fine: the pattern is only tried where two marks meet. The
        # marks are looked for in the str, as a bytes "in" first tries its operand as
        # an integer and raises.
        if self.punctuation_re is not None and (
                (("!!" in plain or "?!" in plain or "!?" in plain) if "!" in plain
                 else "?" in plain and "??" in plain) or (wide and "\u203c" in plain)):
            self._punctuation(text, found)
        if wide:  # every emoji is beyond Latin-1
            self._emoji(text, words, found)
        self._phrases(post, folded, words, capitals, found)
        self._aimed_negatives(text, folded, words, found)
        self._short_contempt(text, folded, words, found)
        if self.voters_re is not None and not self.vote_keys.isdisjoint(words):
            self._voters(text, folded, found)
        if ("'" in plain or '"' in plain) and self.laugh_word_re is not None and (
                wide or not self.laugh_keys.isdisjoint(words)):
            self._laughs_at_quoted(text, plain, folded, words, wide, found)
        if self.harm_re is not None and not self.harm_gate.isdisjoint(words):
            self._flippant(text, folded, words, wide, found)
        if self.closing_re is not None and (self.closing_keys is None or (
                not self.closing_keys.isdisjoint(words) and folded[-24:].rstrip(
                    " \t\n.!?").rpartition(" ")[2] in self.closing_last_words)):
            # The last sentence, with the mark before it: a closing verdict is short.
            tail = max(0, len(folded.rstrip()) - 40)
            closing = self.closing_re.search(folded, tail)
            if closing is not None:
                start, end = closing.span(1)
                found.append((start, end, _PHRASE_MESSAGES["sarcasm"].format(
                    q=_quote(text[start:end]))))
        if self.gloating_re is not None and not self.comeuppance_keys.isdisjoint(words):
            gloat = self.gloating_re.search(folded, max(0, len(folded.rstrip()) - 40))
            if gloat is not None:
                start, end = gloat.span(1)
                found.append((start, end, _PHRASE_MESSAGES["taunt"].format(
                    q=_quote(text[start:end]))))
        if self.mocking_label_re is not None and "the '" in plain:
            for label in self.mocking_label_re.finditer(plain):
                start, end = label.span(1)
                found.append((start, end, _PHRASE_MESSAGES["sarcasm"].format(
                    q=_quote(text[start:end]))))
        if self.ironic_re is not None:
            # The last sentence ends in a full stop, before any closing emoji or hashtags.
            tail = folded.rstrip()
            if tail.endswith("."):
                self._ironic_praise(text, plain, folded, found)
            elif wide or "#" in tail[-80:]:
                core = _before_trailing_tags(folded)
                if folded.endswith(".", 0, core):
                    self._ironic_praise(text, plain, folded[:core], found)
        if self.dry_verdict_re is not None and self.condescension_re is not None and any(
                w in folded for w in self.dry_verdict_words):
            self._dry_verdicts(text, folded, found)
        if "#" in text:
            self._hashtags(post, found)
        for tag in self.sarcasm_tags:
            if tag in text:
                self._sarcasm_tag(text, tag, found)
        return _dedupe(text, found) if found else []

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

    def _echoed(self, text: str, token: str) -> bool:
        """True when a capitalised word is also in the post in normal case ("...he's in
        Hull. HULL."): a word repeated in capitals is shouted, not an acronym."""
        if len(token) < _ECHO_MIN_LETTERS or not token.isalpha() or (
                _plain(token) in self.acronyms):
            return False
        # Only the capitalised form in prose counts: lower-case ones are usually links
        # or handles ("fema.gov"), and hyphened ones names ("Sars-CoV-2").
        form = token.title()
        index = text.find(form)
        while index != -1:
            end = index + len(form)
            if (not index or text[index - 1].isspace()) and _ECHO_END_RE.match(text, end):
                return True
            index = text.find(form, end)
        return False

    @staticmethod
    def _capitals(text: str, data: bytes | None = None) -> list[re.Match[str]]:
        """Words of two or more capital letters, standing on their own.

        Capitals inside a handle, hashtag, link or word (#GTTO, @WeArePREVENTS,
        GOV.UK, COVID-19, A&E) are names, not shouting.
        """
        if data is None:
            data = text.encode("latin-1", "replace")
        caps = data.translate(_CAPS_BYTES)
        # The byte table counts "\u00d7" as a capital; a run holding it may hold two words.
        has_times = "\u00d7" in text
        tokens = []
        for run in _CAPS_RUN_RE.finditer(caps):
            start = run.start()
            # A run of capitals alone (no apostrophe or hyphen inside) holds one word at most.
            if run.group().isalpha() and not (
                    has_times and data.find(b"\xd7", start, run.end()) != -1):
                # Every capital after the first follows a letter, so only the first
                # can start a word.
                if not start or (text[start - 1] not in _NOT_BEFORE_CAPS
                                 and not text[start - 1].isalnum()):
                    token = _LETTER_CAPS_RE.match(text, start)
                    if token is not None:
                        tokens.append(token)
                continue
            end = run.end()
            position = start
            # Capitals after a letter, "#", "@" or "." are inside a name (#GTTO, GOV.UK)
            # and raise nothing; they are matched only if a word could start after them,
            # to know where the name ends.
            inside: list[int] = []
            while start != -1:
                if start >= position:
                    if start and (text[start - 1] in _NOT_BEFORE_CAPS
                                  or text[start - 1].isalnum()):
                        inside.append(start)
                    else:
                        for earlier in inside:
                            if earlier >= position and (
                                    name := _LETTER_CAPS_RE.match(text, earlier)) is not None:
                                position = name.end()
                        inside = []
                        if start >= position and (
                                token := _LETTER_CAPS_RE.match(text, start)) is not None:
                            tokens.append(token)
                            position = token.end()
                start = caps.find(b"A", start + 1, end)
        return tokens

    def _shouting(self, text: str, tokens: list[re.Match[str]], found: list) -> None:
        # Most capitals are acronyms: with no word among them there is nothing to raise.
        known = self._wordlike_cache
        echoes: dict[str, bool] = {}  # an acronym is often repeated: look it up once

        def echoed(word: str) -> bool:
            if word not in echoes:
                echoes[word] = self._echoed(text, word)
            return echoes[word]

        for token in tokens:
            word = token.group()
            if known.get(word) or (word not in known and self._is_wordlike(word)) or (
                    echoed(word)):
                break
        else:
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
        shouted_words: list[str] = []
        raised: list[tuple[int, int, str]] = []
        for run in runs:
            if run[0].start() < header_end:
                continue
            if self._starts_header(text, run):
                header_end = _sentence_end(text, run[0].start())
                continue
            if self._is_label_or_marking(text, run) or self._names_a_body(text, run):
                continue
            if self.caps_name_re is not None and self.caps_name_re.search(
                    text, max(0, run[0].start() - 12), run[0].start()):
                continue
            shouted = [t for t in run if (self._is_wordlike(t.group()) or echoed(t.group()))
                       and _plain(t.group()) not in defined]
            if not shouted or (len(run) == 1 and self._modifier_acronym(text, run[0])):
                continue
            shouted_words.extend(_plain(t.group()) for t in shouted)
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
            raised.append((start, end, message))
        if len(shouted_words) == 1 and shouted_words[0] in self.caps_additive and (
                self._glad(text)):
            return
        found.extend(raised)

    def _modifier_acronym(self, text: str, token: re.Match[str]) -> bool:
        """A two-letter word in capitals between a determiner (and perhaps a hyphened
        modifier) and a word in lower case: a noun's modifier, so an acronym ("his
        return-to-work OH assessment")."""
        if len(token.group()) != 2 or not self.caps_modifier_determiners:
            return False
        after = text[token.end():token.end() + 2]
        if len(after) < 2 or after[0] != " " or not after[1].islower():
            return False
        before = text[max(0, token.start() - 60):token.start()].split()
        if not before:
            return False
        if before[-1].lower() in self.caps_modifier_determiners:
            return True
        # One modifier between: hyphened ("return-to-work") or ending like an adjective
        # ("annual"); "the kids GO back" has a noun there.
        modifier = before[-1]
        if len(before) < 2 or not modifier.islower() or (
                before[-2].lower() not in self.caps_modifier_determiners):
            return False
        return "-" in modifier.strip("-") or (modifier.isalpha() and modifier.endswith(
            self.adjective_endings) and not modifier.endswith(self.noun_endings))

    def _glad(self, text: str) -> bool:
        """True when a post has a positive word (or a warmth cue) and no negative one."""
        words = _WORD_RE.findall(text.lower())
        if any(w in self.negative for w in words):
            return False
        return any(w in self.positive for w in words) or self._warm(_fold(text))

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
        # "BREAKING (well, for statistics fans):" is a label with an aside.
        after = run[-1].end()
        if aside := _LABEL_ASIDE_RE.match(text, after):
            after = aside.end()
        return (at_line_start and len(run) <= self.caps_label_max
                and text[after:after + 1] in (":", "-", "\u2013"))

    def _names_a_body(self, text: str, run: list[re.Match[str]]) -> bool:
        """A short capitalised word before a capitalised name is part of the name:
        "the OR Society", "our IT Helpdesk"."""
        if len(run) != 1 or len(run[0].group()) > 3:
            return False
        name = _NAME_AFTER_RE.match(text, run[0].end())
        return name is not None and name.group(1).lower() not in self.common

    # --- Punctuation and emoji -----------------------------------------------
    def _punctuation(self, text: str, found: list) -> None:
        """Repeated or mixed marks; find() calls this only where two marks meet."""
        for match in self.punctuation_re.finditer(text):  # type: ignore[union-attr]
            start = match.start()
            # Highlight the word the marks hang on: "research!!!".
            while start > 0 and start > match.start() - 30 and not text[start - 1].isspace() \
                    and text[start - 1] not in "!?":
                start -= 1
            message = (f"{_quote(text[start:match.end()])}: repeated or mixed marks like "
                       f"{_quote(match.group())} read as shouting or exasperation. One full "
                       "stop, or at most one exclamation mark for genuine good news, is enough.")
            found.append((start, match.end(), message))

    def _emoji(self, text: str, words: frozenset, found: list) -> None:
        if text.isascii():
            return
        # In UTF-8 every emoji starts with byte F0, or E2 for the symbols block:
        # a byte search is much faster than a character class over a long post.
        data = text.encode("utf-8", "surrogatepass")
        if data.find(b"\xf0") == -1 and not _BMP_SYMBOL_BYTES_RE.search(data):
            return
        for emoji in self.mocking_emoji:
            start = text.find(emoji) if emoji in text else -1
            while start != -1:
                found.append((start, start + len(emoji),
                              f"{emoji} reads as mocking or sarcastic. If something is wrong, "
                              "say so plainly and kindly; sarcasm is easily misread and "
                              "sounds dismissive from a public servant."))
                start = text.find(emoji, start + len(emoji))
        # Aimed at someone: their comeuppance, a third person, or a taunting question.
        if self.smug_emoji and self.first_person_keys.isdisjoint(words) and (
                "?" in text or not self.comeuppance_keys.isdisjoint(words)
                or not self.third_person_keys.isdisjoint(words)):
            for emoji in self.smug_emoji:
                start = text.find(emoji)
                while start != -1:
                    found.append((start, start + len(emoji), (
                        f"{emoji} reads as gloating at someone. If something is wrong, say so "
                        "plainly and kindly; a smirk sounds dismissive from a public servant.")))
                    start = text.find(emoji, start + len(emoji))
        if self.farewell_emoji and self.first_person_keys.isdisjoint(words) and (
                not self.comeuppance_keys.isdisjoint(words)):
            for emoji in self.farewell_emoji:
                start = text.find(emoji)
                while start != -1:
                    found.append((start, start + len(emoji), _PHRASE_MESSAGES["taunt"].format(
                        q=emoji)))
                    start = text.find(emoji, start + len(emoji))
        about_others = self.first_person_keys.isdisjoint(words) and (
            not self.third_person_keys.isdisjoint(words))
        about_public_subject = not (self.subject_keys.isdisjoint(words)
                                    or self.public_person_keys.isdisjoint(words))
        about_comeuppance = not (self.third_person_keys.isdisjoint(words)
                                 or self.comeuppance_keys.isdisjoint(words))
        if self.laughing_emoji and (about_others or about_public_subject or about_comeuppance):
            for emoji in self.laughing_emoji:
                start = text.find(emoji) if emoji in text else -1
                while start != -1:
                    if not (about_others
                            or (about_public_subject and self._laughs_at_subject(text, start))
                            or (about_comeuppance and self._speaks_to_someone(text, start))):
                        start = text.find(emoji, start + len(emoji))
                        continue
                    found.append((start, start + len(emoji), (
                        f"{emoji} here reads as laughing at someone. Whatever they did, "
                        "mocking a member of the public or a colleague is not for a public "
                        "servant's account: say plainly what the issue is, or leave it out.")))
                    start = text.find(emoji, start + len(emoji))
        if self.emoji_run_re is not None and (first := _ANY_EMOJI_RE.search(text)):
            for match in self.emoji_run_re.finditer(text, first.start()):
                end = match.start() + len(match.group().rstrip())
                found.append((match.start(), end,
                              "A string of emoji reads as hype rather than information, and "
                              "screen readers read out every one. Use one at most, or none."))

    def _laughs_at_subject(self, text: str, index: int) -> bool:
        """True when the sentence the emoji at index closes is about someone else:
        "He's been told twice \U0001f602" (in a post that also says "I")."""
        start = max(text.rfind(mark, 0, index) for mark in ".!?\n") + 1
        first = _LETTERS_RE.search(text, start, index)
        return first is not None and first.group().lower() in self.subject_pronouns

    def _speaks_to_someone(self, text: str, index: int) -> bool:
        """True when the sentence the emoji at index closes speaks to someone: it says
        "you", or opens with a form of address ("Mate, I ticket it every week 😂")."""
        start = max(text.rfind(mark, 0, index) for mark in ".!?\n") + 1
        sentence = text[start:index]
        if not self.second_person_keys.isdisjoint(self._word_keys(sentence.lower())):
            return True
        first = _LETTERS_RE.search(sentence)
        return (first is not None and first.group().lower() in self.vocatives
                and sentence[first.end():first.end() + 1] == ",")

    # --- Phrases --------------------------------------------------------
    def _phrases(self, post: Post, folded: str, words: frozenset[str],
                 capitals: list[re.Match[str]], found: list) -> None:
        near: dict[int, list[str]] = (
            {n: [] for n in self.always_phrases} if self.always_phrases else {})
        for key in self.phrase_anchor_keys.intersection(words):
            anchor, items = self.phrase_key_info[key]
            for number, required_sets, literal in items:
                if number in near:
                    near[number].append(anchor)
                    continue
                for required in required_sets:
                    if required.isdisjoint(words):
                        break
                else:
                    if not literal or literal in folded:
                        near[number] = [anchor]
        if near:
            hype: list[tuple[int, int]] = []
            empathy: list[tuple[int, int]] = []
            # Windows around common words would cover a long post anyway: scan it whole.
            long_post = len(folded) >= _WINDOW_FROM_LENGTH
            matches = [(self.phrases[n][0], match) for n, anchors in near.items()
                       for match in (_windowed_matches(self.phrases[n][1:], folded,
                                                       _anchor_positions(folded, anchors),
                                                       self.phrase_widths[n], self.phrase_leads[n])
                                     if long_post and anchors and (
                                         self.phrase_widths[n] <= _WINDOW_MARGIN
                                         or self.common.isdisjoint(anchors))
                                     else _phrase_matches(self.phrases[n][1:], folded))]
            for kind, match in matches:
                start, end = match.span()
                if kind.startswith("censure:"):
                    if self._aimed_at_politics(folded, start, end):
                        continue
                    kind = kind.partition(":")[2]
                if kind == "hype":
                    hype.append((start, end))
                elif kind == "empathy":
                    empathy.append((start, end))
                elif kind == "addressed":
                    if self.you_key in words or "@" in folded:
                        found.append((start, end, _PHRASE_MESSAGES["sarcasm"].format(
                            q=_quote(post.text[start:end]))))
                elif kind == "taunt":
                    if self.warmth_re is None or not self.warmth_re.search(folded):
                        found.append((start, end, _PHRASE_MESSAGES["taunt"].format(
                            q=_quote(post.text[start:end]))))
                elif kind == "wry":
                    # Sarcastic when what stands for it is bad ("like a sanction letter");
                    # "Nothing says summer like a 99 flake" is sincere, and so is anything
                    # said with "!" or in a warm post.
                    stop = _SENTENCE_END_RE.search(folded, end)
                    stop_at = stop.start() if stop is not None else len(folded)
                    if any(w in self.judging for w in _WORD_RE.findall(folded, end, stop_at)
                           ) and not (folded[stop_at:stop_at + 1] == "!" or self._warm(folded)):
                        found.append((start, end, _PHRASE_MESSAGES["sarcasm"].format(
                            q=_quote(post.text[start:end]))))
                elif kind == "unless_own_warm":
                    opening = max(folded.rfind(mark, 0, start) for mark in ".!?\n") + 1
                    subject = folded[opening:start].split()[:1]
                    if not (subject and (subject[0] in _FIRST_PERSON_SUBJECTS
                                         or subject[0].startswith(("i'", "we'")))
                            and self._warm(folded)):
                        found.append((start, end, _PHRASE_MESSAGES["sarcasm"].format(
                            q=_quote(post.text[start:end]))))
                elif kind == "exasperated":
                    if not self._warm(folded) and not (
                            self.third_person_keys.isdisjoint(words)
                            and self.public_person_keys.isdisjoint(words)
                            and self.others_keys.isdisjoint(words)):
                        found.append((start, end, _PHRASE_MESSAGES["hostile"].format(
                            q=_quote(post.text[start:end]))))
                elif kind == "unless_warm":
                    if not self._warm(folded):
                        found.append((start, end, _PHRASE_MESSAGES["sarcasm"].format(
                            q=_quote(post.text[start:end]))))
                elif kind == "retort":
                    if _QUOTED_WORDS_RE.search(folded, 0, start):
                        found.append((start, end, _PHRASE_MESSAGES["hostile"].format(
                            q=_quote(post.text[start:end]))))
                elif kind == "qualified":
                    if folded[start] == "'":
                        while start and folded[start - 1].isalpha():
                            start -= 1
                    between = _WORD_RE.findall(folded, start, end)[1:-1]
                    # "I was frankly useless", "Our first draft was honestly embarrassing" are
                    # self-deprecation.
                    opening = max(folded.rfind(mark, 0, start) for mark in ".!?\n") + 1
                    subject = folded[opening:start].split()[:1]
                    if subject and subject[0] in _FIRST_PERSON_SUBJECTS:
                        continue
                    # Words that qualify the verdict, not a phrase about something else
                    # ("the barrier was fear of cowboys").
                    if any(w in _LINKING_WORDS for w in between):
                        continue
                    if any(w in self.qualifiers or w in self.judging_words or (
                            w in self.negative and w.endswith(self.adjective_endings)
                            and not w.endswith(self.noun_endings)) for w in between
                           ) and folded[start:end].split()[0] not in _FIRST_PERSON_SUBJECTS:
                        found.append((start, end, _PHRASE_MESSAGES["contempt"].format(
                            q=_quote(post.text[start:end]))))
                elif kind == "insult":
                    if self.self_re and self.self_re.search(folded[max(0, start - 40):start]):
                        continue
                    # A quoted insult ("calling participants 'rorters'") reports a word.
                    if start and folded[start - 1] in "'\"" and folded[end:end + 1] in "'\"":
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
            # The digits of an @handle ("@driver77") are no next step.
            if empathy and not (self.action_re and self.action_re.search(
                    _HANDLE_RE.sub(" ", folded) if "@" in folded else folded)):
                for start, end in empathy:
                    found.append((start, end, (
                        f"{_quote(post.text[start:end])} is a stock phrase and, with no next "
                        "step, reads as insincere. Say what you will do, by when, or where "
                        "to get help.")))
        if self.label_items and ":" in folded and not self.label_keys.isdisjoint(words):
            for start, end in self._label_spans(folded, words):
                label = post.text[start:end].rstrip(" \t:")
                # "Fact:" alone is a friendly format; "FACT:" or a myth/fact pair is a
                # rebuttal sheet.
                if not label.isupper() and label.lower() not in self.strong_labels:
                    continue
                found.append((start, end, (
                    f"{_quote(post.text[start:end])} labels read like a press rebuttal "
                    "sheet. Explain the facts in your own words and link the source.")))
        if capitals and (self.denial_keys is None or not self.denial_keys.isdisjoint(words)):
            self._acronym_denials(post.text, capitals, found)
        if self.denial_re is not None:
            self._institution(post, folded, words, found)

    def _aimed_at_politics(self, folded: str, start: int, end: int) -> bool:
        """True when the sentence around folded[start:end], or the one before it (whose
        party "they" may stand for), names a party, a government, politicians or voting."""
        low = max(folded.rfind(mark, 0, start) for mark in ".!?\n")
        low = max(folded.rfind(mark, 0, max(low, 0)) for mark in ".!?\n") + 1
        ends = [i for i in (folded.find(mark, end) for mark in ".!?\n") if i != -1]
        high = min(ends) if ends else len(folded)
        return not self.political_targets.isdisjoint(_LETTERS_RE.findall(folded, low, high))

    def _institution(self, post: Post, folded: str, words: frozenset, found: list) -> None:
        """The author's organisation denying things in the third person: "The Department
        has not said", "Nobody at DfE has proposed", "this agency rejects the claims"."""
        subjects: list[tuple[int, int, int]] = []  # (start, end, preference)
        if self.institution_keys.isdisjoint(words):
            items: list[tuple[str, frozenset]] = []
        else:
            items = [(noun, keys) for noun, keys in self.institution_items if keys <= words]
        for noun, _keys in items:
            # "the department" is looked for whole: the noun alone is common in long posts.
            for subject in ("the " + noun, "this " + noun):
                if subject in folded:
                    index = folded.find(subject)
                    while index != -1:
                        subjects.append((index, index + len(subject), 0))
                        index = folded.find(subject, index + 1)
        for name in self._names(post):
            if name not in folded:
                continue
            index = folded.find(name)
            while index != -1:
                if index >= 4 and folded[index - 4:index] == "the ":
                    subjects.append((index - 4, index + len(name), 1))
                subjects.append((index, index + len(name), 2))
                index = folded.find(name, index + 1)
        if not subjects:
            return
        matches = []
        for start, end, preference in subjects:
            denial = self.denial_re.match(folded, end)
            if denial is None:
                continue
            if folded[max(0, start - 10):start] in _NOBODY_AT:
                start -= 10
            if start and (folded[start - 1].isalnum() or folded[start - 1] == "_") and (
                    folded[start].isalnum()):
                continue
            matches.append((start, preference, denial.end()))
        last_end = -1
        for start, _preference, end in sorted(matches):
            if start < last_end:
                continue
            last_end = end
            found.append((start, end, _THIRD_PERSON_MESSAGE.format(
                q=_quote(post.text[start:end]))))

    def _names(self, post: Post) -> list[str]:
        author = post.author
        key = (author.department, author.department_short, author.name)
        names = self._names_cache.get(key)
        if names is None:
            names = sorted({fold(n) for n in key[:2] if n and len(n) >= 2}
                           | _person_names(author.name), key=len, reverse=True)
            if len(self._names_cache) < 4096:
                self._names_cache[key] = names
        return names

    def _acronym_denials(self, text: str, capitals: list[re.Match[str]], found: list) -> None:
        """An organisation named by its acronym denying something: "The CRA does not plan"."""
        if self.acronym_denial_re is None:
            return
        for token in capitals:
            # The denial is looked for first: few capitals are followed by one.
            end = token.end()
            if text[end:end + 1] not in (" ", "'") or not (
                    denial := self.acronym_denial_re.match(text, end)):
                continue
            name = token.group()
            if len(name) > 6 or _plain(name) in self.acronyms or self._is_wordlike(name):
                continue
            start = token.start()
            if text[max(0, start - 4):start].lower() == "the ":
                start -= 4
            found.append((start, denial.end(), _THIRD_PERSON_MESSAGE.format(
                q=_quote(text[start:denial.end()]))))

    def _hype(self, text: str, folded: str, hype: list[tuple[int, int]], found: list) -> None:
        hype.sort()
        distinct = {folded[s:e].replace("-", " ") for s, e in hype}
        raise_all = len(distinct) >= self.hype_per_post
        chosen: list[tuple[int, int]] = list(hype) if raise_all else []
        if not raise_all:
            # Hype words in one sentence have no sentence break between them.
            groups: list[list[tuple[int, int]]] = []
            for start, end in hype:
                if groups and _SEPARATOR_RE.search(folded, groups[-1][-1][1], start) is None:
                    groups[-1].append((start, end))
                else:
                    groups.append([(start, end)])
            for inside in groups:
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
        you = self.you_key in words
        if you or not self.french_you_keys.isdisjoint(words):
            # Each pattern starts with a literal, so it is found fast in a long post.
            matches = list(_YOU_ARE_RE.finditer(folded)) if you else []
            if not self.french_you_keys.isdisjoint(words):
                matches += _VOUS_ETES_RE.finditer(folded)
            for match in matches:
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
        for start, thing_end, thing in self._things(folded, words):
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
                verb = _IS_AFTER_RE.match(folded, thing_end)
                word = verb and self._first_negative(folded, verb.end(), False,
                                                     self.rebuttal_words)
                if word:
                    found.append((previous_start, word[1], (
                        f"{_quote(text[previous_start:word[1]])} is a flat denunciation. If "
                        "the coverage is wrong, say what the correct fact is, politely, and "
                        "link the source.")))
                    continue
            if thing not in self.target_set:
                continue
            adjective = previous.lstrip("\"'(")
            previous_start += len(previous) - len(adjective)
            judged = self._judges(adjective)
            # A list of adjectives judges the thing when any of them does: "a lazy,
            # ill-informed piece", "dishonest and shoddy reporting".
            for _ in range(2):
                before_adjective = folded[max(0, previous_start - 5):previous_start]
                if not (before_adjective.endswith((", ", " and ")) or before_adjective[-1:] == ","):
                    break
                link = _ADJECTIVE_LINK_RE.search(folded, max(0, previous_start - 30),
                                                 previous_start)
                if link is None:
                    break
                judged = judged or self._judges(link.group(1))
                previous_start = link.start(1)
            if judged and not self.generic_before.isdisjoint(
                    folded[max(0, previous_start - 25):previous_start].split()[-1:]):
                judged = False
            if judged:
                found.append((previous_start, thing_end, (
                    f"{_quote(text[previous_start:thing_end])} disparages a person or "
                    "outlet. Criticise the claim, not the people, and keep to the facts.")))

    def _judges(self, adjective: str) -> bool:
        """True when an adjective before "story" or "journalist" is a verdict on it."""
        return adjective in self.contempt or adjective in self.insult_set or (
            adjective in self.judging_words) or (
            adjective in self.negative and adjective.endswith(self.adjective_endings)
            and not adjective.endswith(self.noun_endings))

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

    def _warm(self, folded: str) -> bool:
        """True when the post thanks or praises someone. "Love" alone is no sign of it: it
        is as often sarcastic ("Love waking up to...", "we'd love to see your modelling")."""
        if self.warmth_re is None:
            return False
        return any(cue.group() != "love" for cue in self.warmth_re.finditer(folded))

    def _voters(self, text: str, folded: str, found: list) -> None:
        """Contempt for whoever votes for a party or candidate: "Anyone voting for Smith
        hates buses", "If you're not voting X you're part of the problem"."""
        # Looked for only just before each "vote": the groups are a few words long.
        groups = []
        index = folded.find("vot")
        while index != -1:
            group = self.voters_re.search(  # type: ignore[union-attr]
                folded, max(0, index - 60), min(len(folded), index + 16))
            if group is not None and (not groups or group.start() != groups[-1].start()):
                groups.append(group)
            index = folded.find("vot", index + 3)
        for group in groups:
            party = group.end()
            # Voting for someone named, for "them", or for "a party": not voting as such
            # ("anyone voting on Thursday").
            if not (text[party:party + 1].isupper() or _VOTED_FOR_RE.match(folded, party)):
                continue
            stop = _SENTENCE_END_RE.search(folded, party)
            end = stop.start() if stop else len(folded)
            verdict_end = None
            for word in _WORD_RE.finditer(folded, party, end):
                token = word.group().strip("'-")
                if token in self.negative or token in self.contempt or token in self.insult_set:
                    verdict_end = word.end()
                    break
            if self.voter_verdict_re is not None and (
                    verdict := self.voter_verdict_re.search(folded, party, end)):
                verdict_end = min(verdict_end or len(folded), verdict.end())
            if verdict_end is not None:
                found.append((group.start(), verdict_end, (
                    f"{_quote(text[group.start():verdict_end])} speaks of voters with "
                    "contempt. Whatever you think of a party or candidate, a public servant "
                    "should not disparage the people who vote for it.")))

    def _laughs_at_quoted(self, text: str, plain: str, folded: str, words: frozenset,
                          wide: bool, found: list) -> None:
        """A laugh in a post that quotes someone's words in scare quotes laughs at them:
        "...says it's all for 'personal use' \U0001f602", "'Just a cold' lol ok"."""
        laughs = ([m.span() for m in self.laugh_word_re.finditer(  # type: ignore[union-attr]
            folded)] if not self.laugh_keys.isdisjoint(words) else [])
        if wide:
            for emoji in self.laughing_emoji:
                index = text.find(emoji)
                while index != -1:
                    laughs.append((index, index + len(emoji)))
                    index = text.find(emoji, index + len(emoji))
        # Laughing along with something lovely someone said is warmth, and "!" good humour.
        if not laughs or "!" in plain or self._warm(folded) or (
                self.family_re is not None and self.family_re.search(folded)):
            return
        for quoted in _QUOTED_WORDS_RE.finditer(plain):
            opening = max(folded.rfind(mark, 0, quoted.start()) for mark in ".!?\n") + 1
            if self.claim_re is not None and self.claim_re.search(folded, opening,
                                                                  quoted.start()):
                break
        else:
            return
        for start, end in laughs:
            found.append((start, end, (
                f"{_quote(text[start:end])} beside someone's words in quotation marks reads "
                "as laughing at them. Whatever they said, mocking a member of the public or "
                "a colleague is not for a public servant's account: answer the point, or "
                "leave it out.")))

    def _short_contempt(self, text: str, folded: str, words: frozenset[str],
                        found: list) -> None:
        present = self.short_keys.intersection(words)
        if not present:
            return
        # "Bad effort." about oneself is self-deprecation, not a put-down.
        judge_conduct = self.first_person_keys.isdisjoint(words)
        if not (judge_conduct and (self.judging_keys is None
                                   or not self.judging_keys.isdisjoint(words))) and not any(
                keys <= words for keys in self.compound_contempt_keys):
            # No sentence can judge someone's work, and every contempt word that can
            # be in one is a word looked for here: the conduct nouns ("work", common
            # in long posts) need not be.
            present = present.intersection(self.contempt_keys)
            if not present:
                return
        for start, end in _short_sentences_around(folded, [
                k.decode() if isinstance(k, bytes) else k for k in present], 40):
            sentence = _WORD_RE.findall(folded, start, end)
            if not 1 <= len(sentence) <= 3:
                continue
            if not any(w in self.contempt or w in self.insult_set for w in sentence):
                if judge_conduct and any(w in self.conduct for w in sentence) and any(
                        w in self.judging for w in sentence) and all(
                        w in self.conduct or w in self.judging or w in self.intensifiers
                        for w in sentence):
                    span_end = start + len(folded[start:end].rstrip(" .!?\u2026"))
                    found.append((start, span_end, (
                        f"{_quote(text[start:span_end])} is a curt put-down of someone's work. "
                        "Say what is wrong and what should happen instead, in measured words.")))
                continue
            if all(w in self.contempt or w in self.insult_set or w in self.intensifiers
                   for w in sentence):
                span_end = start + len(folded[start:end].rstrip(" .!?\u2026"))
                found.append((start, span_end, (
                    f"{_quote(text[start:span_end])} on its own is a put-down and reads as "
                    "contempt. Say what is wrong and what should happen instead, or leave it "
                    "out.")))

    def _flippant(self, text: str, folded: str, words: frozenset, wide: bool,
                  found: list) -> None:
        """Serious harm brushed aside: a shrug opening the next sentence, a laugh, or
        "another day, another stabbing". The shrugs are found by plain string search
        and the harm looked for only in the line before each one."""
        items = [item for key in self.shrug_gate.intersection(words)
                 for item in self.shrugs_by_key[key] if item[2] <= words]
        if wide:
            items += [item for item in self.shrug_mark_items if item[0] in text]
        another = self.another_key in words and self.another_harm_re is not None
        if not (items or another) or not any(
                keys <= words for key in self.harm_gate.intersection(words)
                for keys in self.harm_by_key[key]):
            return
        spans = []
        if another:
            spans += [m.span() for m in self.another_harm_re.finditer(folded)]
        if items:
            for cue, opens, _keys in items:
                if cue not in folded:
                    continue
                index = folded.find(cue)
                while index != -1:
                    end = index + len(cue)
                    lead = self._shrug_lead(folded, index, end, opens)
                    if lead is not None:
                        line_start = folded.rfind("\n", 0, lead) + 1
                        harm = self.harm_re.search(folded, max(line_start, lead - 170), lead)
                        if harm is not None:
                            spans.append((harm.start(), end))
                    index = folded.find(cue, end)
        for start, end in spans:
            found.append((start, end, _PHRASE_MESSAGES["flippant"].format(
                q=_quote(text[start:end]))))

    def _shrug_lead(self, folded: str, index: int, end: int, opens: str) -> int | None:
        """Where the text before a shrug or laugh at index ends, or None when the cue
        is not one here: inside a word, not opening a sentence, or turning to help."""
        cue_is_word = folded[index].isalpha()
        if cue_is_word and ((index and (folded[index - 1].isalnum() or folded[index - 1]
                                        in "'_")) or folded[end:end + 1].isalnum()
                            or folded[end:end + 1] in ("'", "_")):
            return None
        if opens == "any":
            return index
        lead = index
        while lead and folded[lead - 1] in " \t":
            lead -= 1
        if lead and folded[lead - 1] == "\n":
            while lead and folded[lead - 1] in " \t\n":
                lead -= 1
        elif not (lead < index and lead and folded[lead - 1] in ".!?"):
            return None
        else:
            lead -= 1
        rest = folded[end:end + 3].lstrip()
        if opens == "mark" and rest and rest[0] not in ",.!;:\u2026\u2013\u2014-":
            return None
        if self.helping_re is not None and self.helping_re.match(folded, end):
            return None
        return lead

    def _ironic_praise(self, text: str, plain: str, folded: str, found: list) -> None:
        """Dry praise as the last sentence, after a grievance: "Very productive, everyone."."""
        closing = self.ironic_re.search(folded, max(0, len(folded.rstrip()) - 60))
        if closing is None:
            return
        start, end = closing.span(1)
        if ((self.grievance_re is not None and self.grievance_re.search(folded, 0, start))
                or _SCARE_QUOTE_RE.search(plain, 0, start)):
            found.append((start, end, _PHRASE_MESSAGES["sarcasm"].format(
                q=_quote(text[start:end]))))

    def _dry_verdicts(self, text: str, folded: str, found: list) -> None:
        """A one- or two-word verdict after mockery of what someone believes: "...seem to
        think the bins empty themselves. Bless them."."""
        for verdict in self.dry_verdict_re.finditer(folded):
            start, end = verdict.span(1)
            if not self.condescension_re.search(folded, 0, start):
                return
            if self._warm(folded) or (self.family_re is not None
                                      and self.family_re.search(folded)):
                return
            found.append((start, end, _PHRASE_MESSAGES["sarcasm"].format(
                q=_quote(text[start:end]))))

    @staticmethod
    def _sarcasm_tag(text: str, tag: str, found: list) -> None:
        start = text.find(tag)
        while start != -1:
            end = start + len(tag)
            before = text[start - 1:start] if start else " "
            after = text[end:end + 1] or " "
            # Not part of a link or a longer word: "gov.uk/s/form" is no tag.
            if not (before.isalnum() or before in "/._") and not (
                    after.isalnum() or after in "/_"):
                found.append((start, end, _PHRASE_MESSAGES["sarcasm"].format(
                    q=_quote(text[start:end]))))
            start = text.find(tag, end)

    def _hashtags(self, post: Post, found: list) -> None:
        limit = self.max_hashtags.get(post.platform)
        if limit is None or "#" not in post.text or post.text.count("#") <= limit:
            return
        tags = list(HASHTAG_RE.finditer(post.text))
        if len(tags) <= limit:
            return
        found.append((tags[0].start(), tags[-1].end(), (
            f"{len(tags)} hashtags is hashtag stuffing (more than {limit} on this platform): "
            "it looks like spam and is hard to read with a screen reader. Keep one or two "
            "that people actually follow.")))


def _windowed_matches(pattern: tuple[re.Pattern[str], re.Pattern[str] | None], folded: str,
                      positions: list[tuple[int, int]], width: float = float("inf"),
                      lead: float = float("inf")) -> list[re.Match[str]]:
    """Matches of pattern near the anchor words it cannot match without.

    A match no wider than width, with at most lead characters before its anchor,
    lies in a window that small around the anchor; for a pattern of unknown
    width the window is a fixed margin either side.
    """
    if not positions:
        return []
    length = len(folded)
    bounded = width <= _WINDOW_MARGIN
    if bounded:
        before, after = int(min(lead, width)), int(width) + _EDGE_SLACK
        windows = [(max(0, index - before), min(length, index + after))
                   for index, _end in positions]
    else:
        windows = [(max(0, index - _WINDOW_MARGIN), min(length, end + _WINDOW_MARGIN))
                   for index, end in positions]
    if len(windows) == 1:
        return _phrase_matches(pattern, folded, *windows[0], verify_edge=bounded)
    windows.sort()
    merged: list[list[int]] = []
    for low, high in windows:
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    matches: dict[tuple[int, int], re.Match[str]] = {}
    for low, high in merged:
        for match in _phrase_matches(pattern, folded, low, high, verify_edge=bounded):
            matches.setdefault(match.span(), match)
    return [matches[span] for span in sorted(matches)]


def _short_sentences_around(folded: str, anchors: list[str],
                            limit: int) -> list[tuple[int, int]]:
    """The sentences of at most limit characters (as text.sentences splits them)
    that hold one of the anchor words.

    Only a little text either side of each anchor is split: a sentence longer
    than limit is never returned, so its true ends need not be found.
    """
    spans: dict[int, int] = {}
    length = len(folded)
    reach = limit + 8
    for index, end in _anchor_positions(folded, anchors):
        # A short sentence ends close by on both sides: most mentions are in long ones.
        if (index > reach and not folded[index - reach].isspace()
                and not _has_boundary(folded, index - reach, index)) or (
                end + reach < length and not _has_boundary(folded, end, end + reach)):
            continue
        low = max(0, end - reach)
        # Start at the beginning of any run of spaces, so a separator is matched
        # whole, as in a scan of the whole text.
        while low > 0 and folded[low - 1].isspace():
            low -= 1
        high = min(length, index + reach)
        start = low
        for match in _SEPARATOR_RE.finditer(folded, max(0, low - 1), high):
            separator = match.start(1) if match.start(1) != -1 else match.start()
            if separator > start and (start > low or not low):
                spans[start] = separator
            start = match.end()
        # The last piece's end is only known at the end of the text.
        if start < high == length and (start > low or not low):
            spans[start] = high
    return [(start, spans[start]) for start in sorted(spans)
            if spans[start] - start <= limit]


def _has_boundary(folded: str, start: int, end: int) -> bool:
    """True when folded[start:end] holds a mark or line break that can end a sentence."""
    piece = folded[start:end]
    return "." in piece or "!" in piece or "?" in piece or "\n" in piece


def _anchor_positions(folded: str, anchors: list[str]) -> list[tuple[int, int]]:
    """Where the anchor words occur as words (not inside a longer word)."""
    positions = []
    for anchor in anchors:
        index = folded.find(anchor)
        while index != -1:
            end = index + len(anchor)
            if not ((index and folded[index - 1] in _ASCII_LOWER)
                    or folded[end:end + 1] in _ASCII_LOWER):
                positions.append((index, end))
            index = folded.find(anchor, index + 1)
    return positions


def _phrase_matches(pattern: tuple[re.Pattern[str], re.Pattern[str] | None], folded: str,
                    low: int = 0, high: int | None = None,
                    verify_edge: bool = False) -> list[re.Match[str]]:
    """Matches of (pattern, condition at its start) that start at the beginning of a word.

    Inside a window, a match followed only by spaces up to the window's edge may
    have taken the edge for the end of the text: it is checked against the whole
    text (verify_edge) or dropped.
    """
    body, condition = pattern
    length = len(folded)
    high = length if high is None else high
    matches = []
    position = low
    while (match := body.search(folded, position, high)) is not None:
        start = match.start()
        if (start and (folded[start - 1].isalnum() or folded[start - 1] == "_")
                and folded[start].isalnum()) or (
                condition is not None and not condition.match(folded, start)):
            position = start + 1
            continue
        if high < length and not folded[match.end():high].strip():
            whole = body.match(folded, start) if verify_edge else None
            if whole is None:
                position = start + 1
                continue
            match = whole
        matches.append(match)
        position = max(match.end(), start + 1)
    return matches


def _before_trailing_tags(text: str) -> int:
    """Where text ends once trailing spaces, emoji and hashtags are dropped: "...truly.
    🍕 #LocalGov" ends after "truly."."""
    end = len(text)
    while end:
        last = text[end - 1]
        if last.isspace():
            end -= 1
        elif last in ".!?":
            return end
        elif _ANY_EMOJI_RE.match(last) or last in "\ufe0f\u200d" or (
                "\U0001f3fb" <= last <= "\U0001f3ff"):
            end -= 1
        else:
            # A hashtag: the last word starts with "#".
            start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end),
                        text.rfind("\t", 0, end)) + 1
            if text[start] != "#" or start + 1 >= end or text[start + 1] == "#":
                return end
            end = start
    return end


def _plain_marks(text: str) -> str:
    """text with curly quotes, dashes and no-break spaces made plain, keeping offsets.

    Done before lower-casing: a post whose only non-ASCII characters are these
    becomes ASCII, and lower-casing ASCII is several times faster.
    """
    if text.isascii():
        return text
    for fancy, plain in _FOLD_PAIRS:
        if fancy in text:
            text = text.replace(fancy, plain)
    return text


def _fold(text: str, plain: str | None = None) -> str:
    """Lower-cased text with plain quotes and dashes, keeping every offset."""
    plain = _plain_marks(text) if plain is None else plain
    lowered = plain.lower()
    return lowered if len(lowered) == len(text) else fold(text)


def _opens_sentence(text: str, index: int) -> bool:
    """True when index starts a line or a sentence, after any spaces or tabs."""
    while True:
        if not index or text[index - 1] == "\n" or (
                index >= 2 and text[index - 2] in ".!?" and text[index - 1].isspace()):
            return True
        if text[index - 1] not in " \t":
            return False
        index -= 1


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
    "taunt": ("{q} taunts someone over what they did or what is coming to them. Whatever they "
              "did, gloating is not for a public servant's account: state the facts and the "
              "next step, or leave it out."),
    "flippant": ("{q} is flippant about serious harm: people were hurt or killed, and a shrug "
                 "or a laugh beside it reads as not caring. Keep the two apart, or say what "
                 "help there is."),
    "profanity": ("{q} is swearing. However strongly you feel, a public servant's post should "
                  "have none: say what the problem is in plain, measured words."),
}

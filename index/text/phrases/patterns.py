"""The words and patterns the phrase readers read with: reporting verbs, the openers of attributions
(headlines, "according to", passives, statements, sign-offs), the word lists a noun phrase is cut by, and
the limits on how far a speaker may stand from its verb.

Data only, so a rule's words can be found and changed without reading the code that uses them, and every
reader below can share them.
"""

from __future__ import annotations

import re

from index.text.names import DAYS, MONTHS

QUOTE = "QUOTE"

REPORTING = (
    r"said|says|say|added|adds|explained|explains|told|tells|confirmed|confirms|responded|responds|wrote|"
    r"writes|posted|tweeted|stated|states|noted|notes|argued|argues|warned|warns|claimed|claims|insisted|"
    r"insists|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underscored|underscores|declared|declares|"
    r"announced|announces|acknowledged|acknowledges|admitted|admits|conceded|concedes|cautioned|cautions|"
    r"estimated|estimates|predicted|predicts|suggested|suggests|recalled|recalls|remembered|remembers|observed|observes|"
    r"remarked|remarks|reiterated|reiterates|vowed|vows|pledged|pledges|promised|promises|hoped|threatened|"
    r"threatens|spoke of|speaks of|spoke (?:on|last|this|late|early) \w+ of|pressed|presses|"
    r"urged|urges|demanded|demands|called for|calls for|called on|calls on|dismissed|dismisses|"
    r"described|describes|countered|counters|replied|replies|continued|concluded|complained|complains|"
    r"maintained|maintains|contended|contends|asserted|asserts|accused|accuses|denied|denies|rejected|"
    r"rejects|ruled out|rules out|refused|refuses|asked|asks|signall?ed|hinted|boasted|lamented|quipped|"
    r"joked|recounted|elaborated|clarified|affirmed|reaffirmed|repeated|indicated|disclosed|revealed|"
    r"reported|wrote on|told reporters|briefed|proposed|proposes|offered|offers|welcomed|welcomes|"
    r"criticized|criticised|condemned|condemns|praised|praises|commended|commends|hailed|hails|called|calls|"
    r"labell?ed|branded|highlighted|highlights|underlined|underlines|pointed out|points out|shared|mentioned|"
    r"termed|specified|specifies|outlined|outlines|assured that|assures that|"
    r"defended(?=\s+QUOTE)|defends(?=\s+QUOTE)|"
    r"(?:issued|released|made|gave) (?:a|this|the following|the) statement|"
    r"was quoted as saying|were quoted as saying|"
    r"was cited as saying|is quoted as saying|put it|puts it"
)

VERB = re.compile(rf"(?<![\w-])(?:{REPORTING})(?![\w-])")

PARTICIPLE = re.compile(
    r"(?<![\w-])(?:saying|adding|telling|noting|writing|arguing|warning|insisting|stressing|explaining|"
    r"calling|describing|urging|accusing|vowing|declaring|posting|stating|arguing|acknowledging)(?![\w-])"
)

# "Talks ended with Greens leader Ana Ruiz saying …": the one after "with" speaks.
WITH_SAYING = re.compile(
    r"(?<![\w-])with\s+(?P<who>[A-Z][^,.;:“”\"]{1,80}?)\s+(?P<verb>saying|adding|insisting|warning|arguing|"
    r"stressing|noting|telling)(?![\w-])"
)

ACCORDING = re.compile(r"(?<![\w-])[Aa]ccording to\s+")

HEADLINE_AFTER = re.compile(rf"^\s*{QUOTE}\s*[:—–-]\s*(?P<who>[^:]{{2,80}}?)(?:\s+(?:on|about|says|warns|tells)\s.*)?$")

# "“…” - PA" closing British wire copy: the Press Association's sign-off. Its initials are also the Palestinian
# Authority's, so only there, alone after a dash that follows a quote, are they the agency's: no speaker, and
# the quote goes on under whoever opened it.
SIGN_OFF = re.compile(rf"^\s*{QUOTE}\s*[—–-]\s*(?:PA|PA Media)\s*$")

HEADLINE_BEFORE = re.compile(rf"^\s*(?P<who>[^:{QUOTE[0]}]{{2,60}}?)\s*:\s*{QUOTE}\s*$")

# "This was stated by X", "It was announced by the ministry": the passive names its speaker after "by".
PASSIVE = re.compile(
    r"(?<![\w-])(?:was|were|is|are|has been|have been|had been)\s+(?:[a-z]+ly\s+)?(?:stated|said|announced|"
    r"declared|noted|emphasi[sz]ed|stressed|reported|confirmed|voiced|expressed|written|posted|told)\s+by\s+"
)

# "A statement from the White House said", "The grocer's statement in full:": the issuer.
# "Turkey's foreign ministry put out a statement this morning saying …": whoever issued the statement says it.
STATEMENT_SAYING = re.compile(
    r"(?<![\w-])(?:put\s+out|issued|released|published)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|communiqu[eé])\s+(?:[\w-]+\s+){0,4}?saying(?![\w-])"
)
STATEMENT_FROM = re.compile(
    r"(?<![\w-])(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?:statement|letter|communiqu[eé]|"
    r"readout)\s+(?:from|by|issued by|released by)\s+(?P<who>[A-Za-z][^,.;:“”\"]{1,80}?)\s+"
    r"(?P<verb>reads?|said|says|stated|added|noted)\b"
)

# A line that names who a briefing item comes from, and the quote that follows it, as some outlets print
# them: "Source: X, the head of …", "Quote from X: “…”".
SOURCE_LINE = re.compile(r"^\s*Sources?\s*:\s*")

QUOTE_FROM = re.compile(rf"^\s*Quote\s+from\s+(?P<who>[^:{QUOTE[0]}]{{2,80}}?)\s*:\s*{QUOTE}")

QUOTED_AS = re.compile(
    r"(?<![\w-])(?:quoted|cited)\s+(?P<who>[^,;:]{1,120}?)\s+as\s+"
    r"(?:saying|telling|stating)(?![\w-])"
)

# "the statements of X that allegedly “…”", "the claim by X that “…”": the quote is X's words, whoever
# comments on them.
CLAIM_OF = re.compile(
    r"(?<![\w-])(?:statements?|claims?|remarks?|words|assertions?|allegations?|accusations?|comments?)\s+"
    rf"(?:of|by)\s+(?P<who>[A-Z][^,;:.]{{1,120}}?)\s+that\s+(?:[a-z]+ly\s+)?{QUOTE}"
)

NOUN_SOURCE = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:new\s+|recent\s+|latest\s+)?(?P<noun>poll|polling|survey|data|report|study|"
    r"figures|statement)s?\s+(?:from|by|of|released by|published by|conducted by)\s+(?:the\s+)?"
)

INTRO_WORDS = {
    "in",
    "on",
    "at",
    "after",
    "before",
    "while",
    "when",
    "whereas",
    "since",
    "although",
    "though",
    "if",
    "because",
    "unlike",
    "despite",
    "once",
    "until",
    "following",
    "amid",
    "under",
    "over",
    "during",
    "from",
    "ahead",
    "earlier",
    "later",
    "last",
    "meanwhile",
    "however",
    "also",
    "still",
    "instead",
    "according",
    "for",
    "with",
    "without",
    "by",
    "into",
    "through",
    "throughout",
    "like",
    "as",
    "separately",
    "elsewhere",
    "now",
    "then",
    "today",
    "yesterday",
    "who",
    "which",
    "whose",
    "whom",
    "where",
    "outside",
    "inside",
    "near",
    "speaking",
    "asked",
    "standing",
    "briefing",
    "citing",
    "to",
    "not",
    "only",
    "even",
    "nor",
    "indeed",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "yet",
    "so",
    "thus",
    "therefore",
    "accordingly",
    "again",
    "already",
    "just",
    "about",
    "around",
    "against",
    "between",
    "among",
    "across",
    "toward",
    "towards",
    "upon",
    "via",
    "per",
    "within",
    "beyond",
    "behind",
    "alongside",
    "plus",
    "minus",
    "this",
    "next",
    "late",
    "early",
    "overnight",
    "first",
    "finally",
    "privately",
    "publicly",
    "notably",
    "crucially",
    "previously",
    "recently",
    "shortly",
    "soon",
    "both",
}

NOUN_MARKERS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "these",
    "those",
    "such",
    "new",
    "main",
    "key",
    "whose",
    "of",
    "to",
}

QUANTIFIERS = {"any", "some", "no", "many", "several", "two", "three", "four", "few", "more", "other", "all"}

DETERMINERS = {
    "a",
    "an",
    "the",
    "another",
    "one",
    "some",
    "two",
    "three",
    "four",
    "several",
    "many",
    "other",
    "senior",
    "most",
    "few",
    "no",
    "any",
    "each",
    "every",
}

TRAILING = {
    "has",
    "have",
    "had",
    "hasn’t",
    "hasn't",
    "haven’t",
    "haven't",
    "reportedly",
    "also",
    "later",
    "previously",
    "then",
    "repeatedly",
    "once",
    "again",
    "recently",
    "earlier",
    "publicly",
    "privately",
    "was",
    "were",
    "is",
    "are",
    "would",
    "will",
    "never",
    "not",
    "did",
    "didn’t",
    "didn't",
    "does",
    "doesn’t",
    "doesn't",
    "separately",
    "however",
    "too",
    "himself",
    "herself",
    "itself",
    "themselves",
    "first",
    "initially",
    "subsequently",
    "openly",
    "swiftly",
    "promptly",
    "flatly",
    "firmly",
    "simply",
    "only",
    "just",
    "further",
    "already",
    "could",
    "may",
    "might",
    "must",
    "should",
    "can",
    "been",
    "being",
    "immediately",
    "quickly",
    "angrily",
    "bluntly",
    "sharply",
    "directly",
    "personally",
    "herself,",
    "himself,",
}

TIME_WORDS = (
    DAYS
    | MONTHS
    | {
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "weekend",
        "month",
        "year",
        "earlier",
        "later",
        "late",
        "early",
        "last",
        "this",
        "next",
        "on",
        "in",
        "at",
        "overnight",
        "day",
        "days",
        "ago",
    }
)

CUT_WORDS = {
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "from",
    "via",
    "speaking",
    "according",
    "when",
    "while",
    "as",
    "outside",
    "inside",
    "to",
    "with",
    "by",
    "for",
    "standing",
    "told",
    "said",
    "citing",
    "quoted",
}

PARENTHESES = re.compile(r"\([^()]*\)")

# "according to two people who attended", "according to diplomats": who told the reporter, not who spoke.
ANONYMOUS_SOURCES = re.compile(
    r"^(?:(?:a|an|the|two|three|four|five|several|many|some|other|senior|western|"
    r"diplomatic|unnamed|anonymous|informed|\d+)\s+)*(?:people|persons|sources|officials|"
    r"diplomats|delegates|participants|insiders|witnesses|attendees)\b",
    re.IGNORECASE,
)

WORD_CHAR = re.compile(r"\w")

# "…,” the statement said": a document whose issuer the text named when it said "in a statement".
DOCUMENT_NOUNS = {
    "statement",
    "letter",
    "communique",
    "communiqué",
    "readout",
    "memo",
    "declaration",
    "post",
    "proposal",
    "advisory",
}

ISSUED = re.compile(
    r"(?<![\w-])(?:in|issued|released|published|posted|sent|put|made|submitted|tabled|presented)\s+"
    r"(?:a|an|its|their|his|her|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(DOCUMENT_NOUNS) + r")\b",
    re.IGNORECASE,
)

# "S.P. Thamilselvan", "J. Ramos": initials before a name are part of it; "U.S." before one is a place.
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")

PLACE_INITIALS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.S.A.", "N.Y.", "L.A.", "S.F."}

# "“…,” the statement read": a document's text is what its issuer says.
DOCUMENT_READS = re.compile(
    r"(?<![\w-])(?P<document>(?:the|this|that|its)\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r"))\s+(?P<verb>read|reads)(?![\w-])"
)

# "French farmers' union FNSEA said": a sort of organisation, then its name, as the subject.
SORT_THEN_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,3}(?:union|company|firm|federation|"
    r"association|alliance|coalition|carmaker|planemaker|manufacturer|lobby)\s+[A-Z][\w&'’.-]*$"
)

MAX_APPOSED_WORDS = 7

# "his office said", "a statement from her office said": the office of the person a pronoun points to.
OWN_OFFICE = re.compile(
    r"^(?:(?:a|the)\s+(?:statement|spokesman|spokeswoman|spokesperson)\s+(?:from|for|of)\s+)?"
    r"(?P<pronoun>his|her|His|Her)\s+(?:office|spokesman|spokeswoman|spokesperson|aides?)$"
)

# "said 51-year-old Jo Park": an age printed before a name is no part of it.
AGE = re.compile(r"\d{1,3}-years?-old,?")

MAX_NAME_WORDS = 5

MAX_PHRASE_WORDS = 14

MAX_DESCRIPTION_WORDS = 32

# The most words a scan for a body's name reads from one start. A pattern that fails after a run of capitalised
# words is tried again from each of the run's words, so an unbounded run costs the square of its length; the
# longest such run in the real articles read so far is 19 words (an all-capitals headline), the longest name before
# an abbreviation in brackets 9, the longest listed body 10.
MAX_RUN_WORDS = 40


def from_word_start(letters: str, after_non_word: bool = False) -> str:
    """The start of a scan for a capitalised word made of `letters` (a character class's inside): a word's first
    capital, reached from the word's first letter ("eBay", "al-Houthi", "ÖBB" keep the capital inside them), and
    never a capital later in the same word. A pattern whose first word reads every letter of its word fails from
    each capital of a word if it fails from the first, so without this a failed match was tried again from every
    capital of a word thousands of characters long ("AAAA…", "AbcAbc…"), each try reading to the word's end."""
    capital = r"(?<!\w)[A-Z]" if after_non_word else "[A-Z]"  # a pattern that began at a word boundary ("\bX")
    return rf"(?<![{letters}])(?:(?!{capital})[{letters}])*+"


WINDOW = 300  # characters either side of a reporting verb that can hold its speaker


ABBREVIATED = re.compile(
    r"^(?:[A-Z]\.)+$"
    r"|^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Cmdr|Cdr|Sgt|Cpl|Pvt|Adm|Sen|Rep|Gov|Prof|Rev|Msgr|Jr|Sr|Supt|Asst|Assoc|Atty|Insp|Det|Amb|Hon|Assn|Bros|Corp|Dept|Inc|Ltd|Co)\.$"
)

JOINERS = {"of", "for", "the", "and", "&"}
# "National Union of Rail, Maritime and Transport Workers", "Kenya Medical Practitioners, Pharmacists and Dentists
# Union": a name of two or more words whose trades are listed with commas, the last joined by "and" and closed by a
# body's word. Single-word items only, and never "and the", so "Smith, Jones and Brown" and "Ukraine, Russia and
# the United States" stay lists.
LISTED_BODY_TAIL = (
    rf"(?:,[ \t]+[A-Z][\w'-]*){{1,{MAX_RUN_WORDS}}},?[ \t]+(?:and|&)[ \t]+"
    r"(?!(?:African|European|Arab)[ \t]+(?:Union|League))[A-Z][\w'-]*"
    r"[ \t]+(?:Workers|Union|Employees|Association|Federation|Confederation|Guild|Society|Alliance|"
    r"Organisation|Organization)(?![\w-])"
)
LISTED_BODY_NAME = (
    rf"[A-Z][\w'-]*(?:[ \t]+(?:[A-Z][\w'-]*|of|for|the|and)){{0,{MAX_RUN_WORDS}}}?[ \t]+[A-Z][\w'-]*" + LISTED_BODY_TAIL
)
LISTED_BODY = re.compile(rf"(?<![A-Z]){LISTED_BODY_NAME}")
# A listed body found in a text, read from its first word's first capital (the letters before it matched too).
LISTED_BODY_IN_TEXT = re.compile(from_word_start(r"\w'-") + LISTED_BODY_NAME)

"""Reading who a sentence says is speaking: noun phrases, clauses and reporting verbs.

Quotes are masked as QUOTE before a sentence is read. A speaker is the subject of a reporting verb (its
clause's first noun phrase, with intro phrases such as "In Moscow," and interrupters such as ", speaking
in Paris," skipped), the name after an inverted verb (`"…," said X`), or the X of "according to X" and
"quoted X as saying". A noun phrase is read as a person (a capitalised run whose name part stops at the
first title word, day, month or organisation word, the rest being the title), a description ("the
union's president"), an institution, a pronoun, or a credit (a news agency), which is never a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.text.names import (
    CONJUNCTIONS,
    DAYS,
    FUNCTION_WORDS,
    HONORIFICS,
    MONTHS,
    NOT_SPEAKERS,
    ORG_WORDS,
    PARTICLES,
    PERSON_ROLE_NOUNS,
    PRONOUN_GENDER,
    ROLE_GENDER,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TITLE_WORDS,
    given_name_gender,
    is_capitalised,
    is_credit,
    is_name_word,
    plain,
)

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
    r"termed|specified|specifies|outlined|outlines|"
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
    r"(?<![\w-])(?P<document>(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:"
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
WINDOW = 300  # characters either side of a reporting verb that can hold its speaker


@dataclass(frozen=True)
class Mention:
    """The words that name (or point to) a speaker, as a clause prints them."""

    kind: str  # person, pronoun, description, institution, source, document, credit or nobody
    text: str
    name: str | None = None
    title: str | None = None
    role: str | None = None
    gender: str | None = None
    initial: bool = False  # opens its sentence, where a capitalised "He" is the pronoun


# noun phrases ------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


def _strip_trailing(words: list[str]) -> list[str]:
    """Drop auxiliaries, adverbs and time expressions after a subject: "Witkoff also", "Peskov on Monday"."""
    while words and (
        words[-1].lower().strip(",") in TRAILING
        or plain(words[-1]) in TIME_WORDS
        or re.fullmatch(r"\d[\d,.:]*", words[-1].strip(","))
    ):
        words = words[:-1]
    return words


def _is_role_word(word: str) -> bool:
    bare = plain(word)
    return bare in ROLE_NOUNS or bare in ROLE_MODIFIERS or bare in TITLE_WORDS or bare in HONORIFICS


def _possessive(word: str) -> bool:
    return bool(re.search(r"[’']s?$", word)) and len(word) > 2


def _month_surname(words: list[str], i: int) -> bool:
    """ "Theresa May", "Brian May": a capitalised month word last in a run, right after a given name, is a
    surname; "Prime Minister X Thursday" or "in May" has no given name before the month."""
    return (
        i == len(words)
        and i >= 2
        and plain(words[i - 1]) in MONTHS
        and words[i - 1][:1].isupper()
        and given_name_gender(words[i - 2]) is not None
    )


def _surname_like_abbreviation(words: list[str], i: int) -> bool:
    """ "Hun Sen", "Ali Gov": a run's last word spelled like a title's abbreviation but printed without its
    full stop, after a name word, is a surname ("Sen. Ali" keeps the stop and stays a title)."""
    w = words[i - 1].rstrip(",;:")
    return (
        i == len(words)
        and i >= 2
        and not w.endswith(".")
        and plain(w) in HONORIFICS
        and HONORIFICS[plain(w)] is None
        and is_name_word(words[i - 2])
    )


# Somali and Arabic names carry "Sheikh" as a given name after another ("Hassan Sheikh Mohamud", "Sharif
# Sheikh Ahmed", and "Hassan Sheikh" on second reference, after a known given name: "Qatari Sheikh" is
# a description); before a name ("Sheikh Tamim") it stays a title.
NAME_INTERNAL_HONORIFICS = {"sheikh", "sheik", "shaikh"}


def _name_suffix(words: list[str], initial: bool) -> int:
    """Index where the name at the end of a capitalised run starts (len(words) when there is none)."""
    i = len(words)
    while i > 0:
        w = words[i - 1]
        bare = plain(w)
        if (is_name_word(w) or _surname_like_abbreviation(words, i) or _month_surname(words, i)) and not (
            _possessive(w) and i < len(words)
        ):
            titled = i >= 2 and words[i - 2][:1].isupper() and plain(words[i - 2]) in TITLE_WORDS
            if bare in {"he", "she"} and not titled and i == len(words):
                break  # "Premier He" is a surname after a title; a lone "He" is the pronoun
            i -= 1
        elif (
            bare in NAME_INTERNAL_HONORIFICS
            and 2 <= i <= len(words)
            and is_name_word(words[i - 2])
            and not _possessive(words[i - 2])
            and plain(words[i - 2]) not in TITLE_WORDS
            and (i < len(words) or given_name_gender(words[i - 2]) is not None)
        ):
            i -= 1  # "Hassan Sheikh Mohamud": after a given name the honorific is a name word
        elif bare in PARTICLES and i < len(words):
            j = i - 1
            while j > 0 and plain(words[j - 1]) in PARTICLES:
                j -= 1
            i = j
            if j > 0 and not is_name_word(words[j - 1]):
                break
        else:
            break
    while 0 < i < len(words) and INITIALS.fullmatch(words[i - 1]) and words[i - 1] not in PLACE_INITIALS:
        i -= 1
    return _surname_particles_kept(words, i)


def _surname_particles_kept(words: list[str], start: int) -> int:
    """A particle opening a name after a title is the surname's own ("spokesman Abu Obeid", "President von
    der Kamp", "envoy Al Rashed"): without it the name would be a lone word that is no one's surname. A
    particle before a fuller name ("Al Noor Hamid") is not needed to name the person and is left out."""
    i = start
    while 0 < i < len(words) and plain(words[i]) in PARTICLES:
        i += 1
    return start if start > 0 and i == len(words) - 1 else i


def _phrase(words: list[str]) -> str:
    """Words joined as printed, without the sentence's punctuation after the last one."""
    text = " ".join(words).strip(" ,;:")
    if text.endswith(".") and not ABBREVIATED.match(words[-1]):
        text = text[:-1]
    return text


def _description(words: list[str]) -> Mention | None:
    """ "the union's president", "a senior U.S. administration official", "a source in Zelensky's office"."""
    cut = next((i for i, w in enumerate(words) if plain(w) in {"who", "whom", "whose", "which", "that"}), len(words))
    words = words[:cut]
    head = next((i for i, w in enumerate(words) if plain(w) in ROLE_NOUNS), None)
    if head is None or head > 7 or any(_opens_predicate(words, i) for i in range(head + 1, len(words))):
        return None
    words = words[: _head_group_end(words, head) if _verb_after_head(words, head) else len(words)]
    if any(plain(w) in HEAD_INSIDE for w in words[:head]):
        return None  # "The latest statement from the Chilean president": the role noun is no head
    if any(_article_after_a_verb(words, i) for i in range(1, head)):
        return None  # "Many expect a long career in politics": a clause, not a description
    if any(plain(w) in AUXILIARIES for w in words[1:head]):
        return None  # "The bloc is calling on its member (states …)": a clause with its verb before the noun
    named = _titled_name(words)
    if named is not None:
        return named
    text = _phrase(words)
    gender = ROLE_GENDER.get(plain(words[head]))
    return Mention("description", text, gender=gender)


ARTICLES = {"a", "an", "the"}
AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "does", "did"}
# Words an article may follow inside a noun phrase: "one of the negotiators", "the head of the union's team".
BEFORE_ARTICLE = {"of", "for", "to", "at", "in", "with", "from", "on", "by", "and", "&", "or"}


def _article_after_a_verb(words: list[str], i: int) -> bool:
    """An article in the middle of a phrase, after a lower-case word that no noun phrase puts before one:
    the phrase runs on from a verb ("Some see a …")."""
    before = words[i - 1]
    return (
        plain(words[i]) in ARTICLES
        and before.isalpha()
        and before.islower()
        and plain(before) not in BEFORE_ARTICLE | ARTICLES
    )


# Words a noun phrase never holds after its head: a subject pronoun or a subordinator starts a clause of its
# own ("The official declined … because he"), an auxiliary or adverb starts the predicate ("The President
# of Azerbaijan also assessed …", "many union workers still may look …", "The workers didn't"), and so does a
# reporting verb ("The Armenian PM noted").
CLAUSE_WORDS = {"he", "she", "they", "we", "i", "because", "although", "though", "unless", "still"}


PARTICIPLE_PREPOSITIONS = {"on", "about", "by"}
# A preposition before the first role noun puts that noun inside another noun's modifier ("of" stays:
# "one of the negotiators").
HEAD_INSIDE = {"from", "by", "with", "about", "on", "in", "at", "to", "against", "over", "after", "before", "during"}


# Words that may follow a description's head noun: a preposition or a participle opening its modifier
# ("a source close to the talks", "an official briefed on …", "the union representing …").
POST_MODIFIER_STARTS = {
    "of",
    "for",
    "at",
    "in",
    "on",
    "from",
    "with",
    "to",
    "close",
    "familiar",
    "near",
    "inside",
    "within",
    "outside",
    "under",
    "behind",
    "and",
    "&",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "himself",
    "herself",
    "by",
    "about",
    "over",
    "across",
    "responsible",
    "now",
    "currently",
    "formerly",
}


def _head_group_end(words: list[str], head: int) -> int:
    end = head + 1
    while end < len(words) and _is_role_word(words[end]):
        end += 1  # "the union's lead negotiator", "a company spokesman"
    return end


def _verb_after_head(words: list[str], head: int) -> bool:
    """Whether the word right after the head noun starts a predicate ("A French source pushed back on reports"):
    a lower-case word that opens no modifier the description could have."""
    end = _head_group_end(words, head)
    if end >= len(words):
        return False
    word = words[end].strip(",;:")
    bare = plain(word)
    if not word.isalpha() or not word.islower() or bare in POST_MODIFIER_STARTS:
        return False
    following = plain(words[end + 1]) if end + 1 < len(words) else ""
    then = words[end + 2] if end + 2 < len(words) else ""
    if bare.endswith("ed") and following == "to" and then.isalpha() and then.islower() and then not in ARTICLES:
        return True  # "The spokesman declined to confirm …", not "an official accredited to the UN"
    return not bare.endswith("ing") and not (bare.endswith("ed") and following in POST_MODIFIER_STARTS)


# Words of TRAILING that a modifier after the head noun may hold ("an official involved in earlier rounds",
# "the president himself"), unlike an auxiliary or a manner adverb, which start the predicate.
MODIFIER_ADVERBS = {
    "later",
    "previously",
    "then",
    "once",
    "again",
    "recently",
    "earlier",
    "first",
    "initially",
    "subsequently",
    "further",
    "only",
    "himself",
    "herself",
    "itself",
    "themselves",
}


def _opens_predicate(words: list[str], i: int) -> bool:
    bare = words[i].lower().strip(",;:.")
    if bare in CLAUSE_WORDS or bare in TRAILING - MODIFIER_ADVERBS or bare.endswith(("n't", "n’t")):
        return True
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return bool(VERB.fullmatch(bare)) and following not in PARTICIPLE_PREPOSITIONS  # "an official briefed on …"


def _titled_name(words: list[str]) -> Mention | None:
    """ "the EU's chief negotiator Michel Barnier", "the Kremlin spokesman Dmitry Peskov": a description
    that ends in a name, with no comma between them, is that person with the description as title."""
    start = _name_suffix(words, False)
    described = None
    if start > 1 and len(words) - start > 2 and words[start - 1] == "of":
        described = _named_after_description(words, start + 1)
    elif (
        start > 1
        and len(words) - start > 1
        and words[start - 1].isalpha()
        and words[start - 1].islower()
        and plain(words[start - 1]) not in ROLE_NOUNS  # a role noun before the name is read below
        and words[start - 1] not in POST_MODIFIER_STARTS  # "a spokesman for Marlowe Shipyards": whom it serves
    ):
        described = _named_after_description(words, start)
    if described is not None:
        return described
    if not 1 < start < len(words) or words[start - 1].endswith(",") or plain(words[start - 1]) not in ROLE_NOUNS:
        return None
    found = _run(words[1:], False)
    return found if found is not None and found.kind == "person" else None


def _named_after_description(words: list[str], start: int) -> Mention | None:
    """ "assistant to the president of Azerbaijan Hikmet Hajiyev", "the assistant to the head of the republic
    Hikmet Hajiyev", as copy translated from Russian prints a role: a lower-case description ending in a full
    name describes that person (a capitalised word after "of" is the title's place)."""
    title = words[1:start] if plain(words[0]) in DETERMINERS else words[:start]
    if any(w[:1].isupper() and plain(w) in TITLE_WORDS for w in title):
        return None  # "a spokesman for Prime Minister of X Y Z": a capitalised title owns the name after it
    name = _phrase(words[start:])
    gender = next((ROLE_GENDER[plain(w)] for w in title if plain(w) in ROLE_GENDER), None)
    return Mention("person", _phrase(words), name=name, title=_phrase(title), gender=gender)


def _remit_end(words: list[str]) -> int | None:
    """Where the name starts after a printed title's remit with "on" or "of" ("Adviser on the Peace Process X Y",
    "Superintendent of Public Instruction X Y"), when four words or more follow it: the last two capitalised
    words, or three when the first of them is a given name."""
    at = next(
        (i for i in range(1, len(words)) if plain(words[i]) in {"on", "of"} and _capitalised_role(words[i - 1])),
        None,
    )
    if at is None or len(words) - at < 4 or not all(is_name_word(w) for w in words[-2:]):
        return None
    three = len(words) - at > 4 and given_name_gender(words[-3]) is not None
    return len(words) - (3 if three else 2)


def _second_titled_person(title_words: list[str]) -> bool:
    """ "Dr Ana Ruiz and Dr": what stands before a name is a first person and the honorific of a second, so the
    run names two people ("Dr Ana Ruiz and Dr Tom Bell"), not one titled "Dr Ana Ruiz and Dr"; "Mr and Mrs"
    is one couple's title."""
    if len(title_words) < 3 or plain(title_words[-2]) not in {"and", "&"} or plain(title_words[-1]) not in HONORIFICS:
        return False
    first = plain(title_words[-3])
    return first not in HONORIFICS and first not in TITLE_WORDS and is_capitalised(title_words[-3])


def _run(words: list[str], initial: bool) -> Mention | None:
    """A capitalised run with its title: "U.S. Secretary of State Marco Rubio", "Kremlin spokesman Dmitry
    Peskov", "ISW's Barros", "China's Ministry of Commerce", "Umland of SCEES"."""
    org_after = None
    if (
        len(words) >= 3
        and words[-2] == "of"
        and is_capitalised(words[-1])
        and is_name_word(words[-3])
        and (not is_name_word(words[-1]) or (len(words) >= 4 and is_name_word(words[-4])))
    ):
        org_after, words = words[-1].strip(".,;:"), words[:-2]
    else:
        affiliated = _name_of(words)
        if affiliated is not None:
            words, org_after = affiliated
    start = _name_suffix(words, initial)
    while 0 < start < len(words) - 2 and (
        plain(words[start - 1]) in {"of", "for"}
        or (start >= 2 and plain(words[start - 1]) == "to" and plain(words[start - 2]) in PERSON_ROLE_NOUNS)
        or (plain(words[start - 1]) in {"and", "&"} and any(plain(w) in {"of", "for"} for w in words[: start - 1]))
        or (plain(words[start - 1]) == "at" and plain(words[start]) == "large")
    ):
        start += 1  # "President of Azerbaijan Ilham Aliyev", "Ambassador to Norland X Y", "Minister of A and B X",
        # "Ambassador at Large X Y": a roving envoy's title ends in "Large", which no name opens with
    remit = _remit_end(words)
    if remit is not None and start < remit:
        start = remit  # "Presidential Adviser on the Peace Process Ana Ruiz": the remit runs up to the name
    while start < len(words) - 2 and plain(words[start]) in PORTFOLIO_NOUNS and _holds_office(words[:start]):
        start += 1  # "Minister for Intergovernmental Relations X Y": the portfolio runs on past its first word
    name_words = [w if INITIALS.fullmatch(w) else re.sub(r"[’']s$", "", w).strip(",.;:") for w in words[start:]]
    title_words = words[:start]
    if name_words and len([w for w in name_words if plain(w) not in PARTICLES]) <= MAX_NAME_WORDS:
        before = plain(title_words[-1]) if title_words else ""  # "Majed bin Mohammed bin Hassan Al-Ansari"
        office = any(plain(w) in PERSON_ROLE_NOUNS for w in title_words)  # "Minister of Foreign Affairs X"
        if before in {"of", "for", "and", "the"} or (before in ORG_WORDS - TITLE_WORDS and not office):
            return Mention("institution", " ".join(words))
        if _second_titled_person(title_words):
            return Mention("institution", " ".join(words))  # "Dr Ana Ruiz and Dr Tom Bell": two, as untitled
        if (
            title_words
            and len(name_words) == 1
            and not any(plain(w) in PERSON_ROLE_NOUNS or plain(w) in HONORIFICS or _possessive(w) for w in title_words)
        ):
            return Mention("institution", " ".join(words))
        title = " ".join(title_words).strip(" ,") or None
        if title and plain(title) in {"the", "former", "then"}:
            title = None
        if title:
            title = re.sub(r"^(?:The|the)\s+", "", title)
            kept = title.split()
            while kept and plain(kept[-1]) in HONORIFICS and HONORIFICS[plain(kept[-1])]:
                kept.pop()
            title = " ".join(kept) or None
        gender = None
        for w in title_words:
            gender = gender or HONORIFICS.get(plain(w)) or ROLE_GENDER.get(plain(w))
        if name_words[0].lower() in {"he", "she"} and len(name_words) == 1 and initial:
            return Mention("pronoun", words[-1], gender=PRONOUN_GENDER[name_words[0].lower()], initial=True)
        return Mention(
            "person",
            " ".join(words),
            name=" ".join(name_words),
            title=title,
            role=org_after,
            gender=gender,
            initial=initial,
        )
    if not words:
        return None
    last = plain(words[-1])
    if last in PERSON_ROLE_NOUNS:
        return Mention("description", _phrase(words), gender=ROLE_GENDER.get(last))
    return Mention("institution", _phrase(words))


# Capitalised words that name what a ministry is for, so they belong to a title printed before a name.
PORTFOLIO_NOUNS = {
    "affairs", "relations", "policy", "development", "security", "cooperation", "integration", "planning",
    "resources", "industry", "commerce", "infrastructure", "communications", "information", "finance",
    "economy", "justice", "health", "education", "energy", "environment", "agriculture", "transport",
    "defence", "defense", "culture", "tourism", "housing", "labour", "labor", "employment", "welfare",
    "fisheries", "investment", "innovation", "technology", "climate", "interior", "enterprise", "reform",
    "reconstruction", "services", "veterans", "rights", "equality", "regions", "negotiations",
}  # fmt: skip


def _holds_office(title_words: list[str]) -> bool:
    return any(plain(w) in PERSON_ROLE_NOUNS for w in title_words) and any(w in {"of", "for"} for w in title_words)


def _name_then_verb(words: list[str]) -> bool:
    """ "Minister Heydon travelled to …": a title, a name and a lower-case word that is no role is the
    sentence's subject and its verb, not a description of someone."""
    return any(
        is_name_word(words[i]) and words[i + 1][:1].islower() and not _is_role_word(words[i + 1])
        and plain(words[i + 1]) not in PARTICLES | JOINERS
        for i in range(1, len(words) - 1)
    )  # fmt: skip


def _name_of(words: list[str]) -> tuple[list[str], str] | None:
    """ "Nozipho Dlamini of South Africa", "Jo Park of the United Auto Workers": a full name (two name
    words or more) and the country or organisation after its "of", which is the person's affiliation. A
    title before the "of" ("Secretary of State Marco Rubio") is no name, so it is not read so."""
    for k in range(2, len(words) - 1):
        if words[k] != "of":
            continue
        name, after = words[:k], words[k + 1 :]
        if after[:1] == ["the"]:
            after = after[1:]
        if (
            after
            and len(name) <= MAX_NAME_WORDS
            and all(is_name_word(w) or plain(w) in PARTICLES for w in name)
            and is_name_word(name[0])
            and is_name_word(name[-1])
            and is_capitalised(after[0])
            and all(is_capitalised(w) or w in JOINERS for w in after)
            and not any(
                (plain(w) in PERSON_ROLE_NOUNS or plain(w) in HONORIFICS) and is_name_word(nxt)
                for w, nxt in zip(after, after[1:], strict=False)
            )
        ):
            return name, " ".join(after).strip(".,;:")
        return None
    return None


def _portfolio_then_name(words: list[str]) -> Mention | None:
    """ "Minister for health Aled Pryce": a portfolio in lower case ends the title, and the capitalised
    words after it are the person's name, not part of a description."""
    lower = [i for i, w in enumerate(words) if w[:1].islower() and w not in JOINERS and plain(w) not in JOINERS]
    name = words[lower[-1] + 1 :] if lower else []
    if lower and 2 <= len(name) <= 3 and all(is_capitalised(w) and is_name_word(w) for w in name):
        title = " ".join(words[: lower[-1] + 1])
        return Mention("person", " ".join(words), name=" ".join(name), title=title)
    return _description(words)


# "His CDA colleague X", "her party colleague X": a person named by their tie to someone just spoken of.
RELATIONS = {"colleague", "colleagues", "counterpart", "ally", "successor", "predecessor", "rival"}


def _related_by_name(words: list[str], initial: bool, strict: bool) -> Mention | None:
    """ "CDA colleague Wopke Hoekstra" after "his": the name after the relation, titled with the words before it
    (a party or body's name, which then says whose side), when the name has two words or more."""
    k = 0
    while (
        k < len(words) - 1
        and plain(words[k]) not in RELATIONS
        and (is_capitalised(words[k]) or plain(words[k]) == "party")
    ):
        k += 1
    if plain(words[k]) not in RELATIONS or k + 1 >= len(words):
        return None
    named = parse_np(" ".join(words[k + 1 :]), initial, strict)
    if named is None or named.kind != "person" or not named.name or len(named.name.split()) < 2 or named.title:
        return None
    return Mention("person", " ".join(words), name=named.name, title=" ".join(words[: k + 1]), gender=named.gender)


@lru_cache(maxsize=65536)
def parse_np(text: str, initial: bool = False, strict: bool = False) -> Mention | None:
    """What a noun phrase says about a speaker, or None when it is not a noun phrase that can speak.

    `strict` refuses trailing words that a subject can carry ("Witkoff also", "Peskov on Monday")."""
    text = PARENTHESES.sub(" ", text)
    words = [w for w in _words(text) if w != QUOTE and WORD_CHAR.search(w)]
    if 1 < len(words) <= 3 and is_capitalised(words[0]) and re.fullmatch(r"\d{1,5}", words[-1]):
        return Mention("institution", " ".join(words))  # "Number 10", "Local 6500": a place or a body
    if not strict:
        words = _strip_trailing(words)
    if len(words) > 1 and AGE.fullmatch(words[0]):
        words = words[1:]
    if not words:
        return None
    first = plain(words[0])
    describes = first in DETERMINERS or first in PERSON_ROLE_NOUNS or _possessive(words[0])
    if len(words) > (MAX_DESCRIPTION_WORDS if describes else MAX_PHRASE_WORDS):
        return None
    if len(words) <= MAX_APPOSED_WORDS and SORT_THEN_NAME.search(" ".join(words).strip(" ,;:")):
        return Mention("institution", " ".join(words).strip(" ,;:"))  # "French farmers' union FNSEA"
    if OWN_OFFICE.match(" ".join(words).strip(" ,;:")):
        return Mention("description", " ".join(words).strip(" ,;:"))
    if len(words) == 1 and first in PRONOUN_GENDER and first in {"he", "she"}:
        if words[0][0].isupper() and not initial:
            return Mention("person", words[0], name=words[0], initial=initial)
        return Mention("pronoun", words[0], gender=PRONOUN_GENDER[first], initial=initial)
    if first in NOT_SPEAKERS and (len(words) == 1 or first in {"i", "we", "you", "they", "it"}):
        return Mention("nobody", " ".join(words))
    phrase = " ".join(words).strip(" ,;:")
    if is_credit(phrase):
        return Mention("credit", phrase)
    if (
        2 <= len(words) <= 4
        and first in {"the", "this", "that"}
        and words[-1] in DOCUMENT_NOUNS
        and all(w.islower() for w in words[1:])
    ):
        return Mention("document", phrase)
    if first in DETERMINERS:
        described = _description(words)
        if (
            described is None
            and len(words) > 1
            and is_capitalised(words[1])
            and all(is_capitalised(w) or w in JOINERS for w in words[1:])
        ):
            return _run(words[1:], False)
        return described or _titled_name_at_end(words)
    if first in {"his", "her", "their"} and len(words) > 2 and plain(words[1]) in PERSON_ROLE_NOUNS:
        titled = parse_np(" ".join(words[1:]), initial, strict)
        if titled is not None and titled.kind == "person" and titled.name:
            return titled  # "…,” his spokesman Stephane Dujarric told reporters": the spokesman by name
    if first in {"his", "her", "their"} and len(words) > 3:
        related = _related_by_name(words[1:], initial, strict)
        if related is not None:
            return related
    if first == "new" and len(words) > 2 and is_capitalised(words[1]):
        titled = parse_np(" ".join(words[1:]), initial, strict)
        if titled is not None and titled.kind == "person" and titled.title:
            return titled  # "said new Dutch Foreign Minister X": newly in office, not "said (that) new …"
    if (
        first in FUNCTION_WORDS
        and first not in DETERMINERS
        and not _surname_like_month(words)
        and not _ordinal_title(words)
    ):
        return None
    if first in PARTICLES and len(words) > 1 and any(is_capitalised(w) for w in words[1:]):
        run = _run(words, initial)
        if run is not None and run.kind == "person":
            return run
    if words[0][:1].islower() and not (_is_role_word(words[0]) or is_capitalised(words[0])):
        return None
    if plain(words[0]) in PERSON_ROLE_NOUNS and len(words) > 1 and words[1] in {"of", "to", "for", "at", "with"}:
        if not strict:  # "President of X Ilham Aliyev in his remarks at …": the circumstances are no title
            tail = next(
                (i for i in range(3, len(words) - 1) if plain(words[i]) in CUT_WORDS and words[i + 1][:1].islower()),
                None,
            )
            words = words[:tail] if tail else words
        as_run = _run(words, initial) if all(is_capitalised(w) or w in JOINERS for w in words) else None
        return as_run if as_run is not None and as_run.kind == "person" else _portfolio_then_name(words)
    remit = _office_by_remit(words)
    if remit is not None:
        return remit
    if _remit_end(words) is not None:
        titled = _run(words, initial)
        if titled is not None and titled.kind == "person":
            return titled  # "Presidential Adviser on the Peace Process Ana Ruiz": "on" is no cut here
    cut = next((i for i, w in enumerate(words) if i and plain(w) in CUT_WORDS and w[:1].islower()), len(words))
    if cut < len(words):
        titled = _title_at_organisation(words, cut, initial)
        if titled is not None:
            return titled
        if strict:
            return None
        words = words[:cut]
        if len(words) == 1 and words[0].endswith("ing"):
            return None  # "Responding to a question …, X said": a participle, not a person called "Responding"
    if not all(
        is_capitalised(w)
        or _is_role_word(w)
        or plain(w) in PARTICLES | {"of", "for", "and", "the", "&"}
        or (0 < i < len(words) - 1 and re.fullmatch(r"\d{1,5}", w))  # "IAM District 751 President X"
        for i, w in enumerate(words)
    ):
        if words[0][:1].isupper() and plain(words[0]) in ROLE_NOUNS and len(words) <= 3 and not _name_then_verb(words):
            return _description(words)
        return (
            _joined_titles_then_name(words, initial)
            or _name_then_lower_title(words, initial)
            or _titled_name_of_body(words, initial)
        )
    if (
        words[0][:1].isupper()
        and len(words) == 1
        and plain(words[0]).rstrip("s") + "s" == plain(words[0])
        and plain(words[0]) in ROLE_NOUNS
    ):
        return Mention("description", words[0].lower())
    if initial and _group_of_officials(words):
        return Mention("description", " ".join([words[0].lower(), *words[1:]]))
    return _titled_name_of_body(words, initial) or _name_then_description(words, initial) or _run(words, initial)


# "First Minister X", "First Deputy Prime Minister X", "First officer X": an ordinal that opens a title.
ORDINAL_TITLES = {"first", "second", "third"}


def _ordinal_title(words: list[str]) -> bool:
    return (
        len(words) > 2
        and plain(words[0]) in ORDINAL_TITLES
        and words[0][:1].isupper()
        and (plain(words[1]) in PERSON_ROLE_NOUNS or plain(words[1]) in {"deputy", "vice", "lady"})
    )


# "minister in charge of tariff policy X", "official responsible for the file X": a role named by its remit.
REMIT = re.compile(r"^(?:in charge of|responsible for)$")


def _office_by_remit(words: list[str]) -> Mention | None:
    """ "minister in charge of tariff policy Jana Brill": a role noun whose remit follows in lower case and
    ends in a name is that person with the whole run as title, read as "the minister in charge of …" is;
    the "in" or "for" is no place or time that ends the phrase."""
    if len(words) < 5 or plain(words[0]) not in PERSON_ROLE_NOUNS:
        return None
    if not (REMIT.match(" ".join(plain(w) for w in words[1:4])) or REMIT.match(" ".join(plain(w) for w in words[1:3]))):
        return None
    found = _description([words[0].lower(), *words[1:]])
    return found if found is not None and found.kind == "person" and found.name else None


def _surname_like_month(words: list[str]) -> bool:
    """ "May's spokesman": a capitalised possessive before a role noun is a person's name, not the month or
    the modal verb it is spelled like; a month has no spokesman."""
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and _possessive(words[0])
        and plain(words[0]) in MONTHS
        and plain(words[1]) in ROLE_NOUNS
    )


def _joined_titles_then_name(words: list[str], initial: bool) -> Mention | None:
    """ "Green Left leader and likely premier Tamsin Vale", "Dockers Union treasurer and ferry section
    director Ray Cole": two titles joined by "and", the second in lower case with words no title list holds,
    right before a full name, are that person's role; so is one such title of a few words ("trade body
    chief executive Dara Quill")."""
    start = len(words)
    while start > 0 and is_capitalised(words[start - 1]):
        start -= 1
    joined = "and" in words[1 : start - 1]
    if (
        start < 2
        or len(words) - start < 2
        or not words[start - 1].islower()
        or plain(words[start - 1]) not in ROLE_NOUNS
        or not all(w.isalpha() or is_capitalised(w) or "-" in w for w in words[:start])
        or (not joined and (start > 5 or any(plain(w) in FUNCTION_WORDS for w in words[:start])))
    ):
        return None
    found = _run(words[start:], initial)
    if found is None or found.kind != "person" or found.title or len((found.name or "").split()) < 2:
        return None
    return Mention(
        "person", " ".join(words), name=found.name, role=" ".join(words[:start]), gender=found.gender, initial=initial
    )


def _name_then_lower_title(words: list[str], initial: bool) -> Mention | None:
    """ "Jens Rauch director of member relations": a full name, then a lower-case title that opens with its
    role noun, with the appositive's commas dropped as hurried copy drops them."""
    end = 0
    while end < len(words) and is_capitalised(words[end]):
        end += 1
    rest = words[end:]
    if (
        end < 2
        or not 1 <= len(rest) <= 6
        or not rest[0].islower()
        or plain(rest[0]) not in PERSON_ROLE_NOUNS
        or not all(w.isalpha() and w.islower() for w in rest)
    ):
        return None
    found = _run(words[:end], initial)
    if found is None or found.kind != "person" or found.title or len((found.name or "").split()) < 2:
        return None
    return Mention(
        "person", " ".join(words), name=found.name, role=" ".join(rest), gender=found.gender, initial=initial
    )


def _titled_name_at_end(words: list[str]) -> Mention | None:
    """ "The remarks came after Trade Secretary Jo Marsh (told …)": a clause that is no noun phrase
    but ends in a titled full name, right before its verb, has that person as the verb's subject."""
    start = len(words)
    while start > 0 and is_capitalised(words[start - 1]):
        start -= 1
    if start == 0 or start == len(words) or not words[start - 1].isalpha() or not words[start - 1].islower():
        return None
    found = _run(words[start:], False)
    if found is None or found.kind != "person" or not found.name or not found.title or len(found.name.split()) < 2:
        return None
    return found


def _group_of_officials(words: list[str]) -> bool:
    """ "Security officials responded", "Defense officials said": a plural role noun after role words only,
    capitalised because it opens the sentence, is an unnamed group, not a name. A demonym or a place
    before it ("Israeli officials") is no role word, so it stays as written."""
    last = plain(words[-1])
    return (
        1 < len(words) <= 3
        and last.endswith("s")
        and last in ROLE_NOUNS
        and all(_is_role_word(w) and w[:1].isupper() == (i == 0) for i, w in enumerate(words[:-1]))
        and words[-1].islower()
    )


def _titled_name_of_body(words: list[str], initial: bool) -> Mention | None:
    """ "Airline analyst Sara Lindholm of the consultancy Skyline Advisory": a titled name, then the body it
    works for after "of the <sort>"; the body goes with the title, which says whom the person speaks for."""
    at = next((i for i, w in enumerate(words) if i >= 2 and w == "of"), None)
    if at is None or at + 3 > len(words) or words[at + 1] != "the" or not words[at + 2].islower():
        return None
    if not is_capitalised(words[-1]):
        return None
    head = _run(words[:at], initial)
    if head is None or head.kind != "person" or not head.title or len((head.name or "").split()) < 2:
        return None
    title = f"{head.title} of {' '.join(words[at + 1 :])}"
    return Mention("person", " ".join(words), name=head.name, title=title, gender=head.gender, initial=initial)


def _title_at_organisation(words: list[str], cut: int, initial: bool) -> Mention | None:
    """ "Principal Deputy Spokesperson at the State Department Thomas Pigott": a title that names its
    organisation after "at" or "for", then the person, with no comma between them."""
    rest = words[cut + 1 :]
    if plain(words[cut]) not in {"at", "for", "to", "with"} or not rest:
        return None
    if not all(is_capitalised(w) or w in JOINERS or _is_role_word(w) for w in words[:cut] + rest):
        return None
    found = _run(words, initial)
    if found is None or found.kind != "person" or len((found.name or "").split()) < 2 or not found.title:
        return None
    return found


def _name_then_description(words: list[str], initial: bool) -> Mention | None:
    """ "David Frost the UK's chief negotiator": a name with its description after it and no comma between
    them, as hurried copy prints an appositive, is that person with the description as role."""
    at = next((i for i, w in enumerate(words) if w == "the"), None)
    if not at or not all(is_name_word(w) or plain(w) in PARTICLES for w in words[:at]):
        return None
    person, described = _run(words[:at], initial), _description(words[at:])
    if person is None or person.kind != "person" or described is None or described.kind != "description":
        return None
    return Mention(
        "person",
        " ".join(words),
        name=person.name,
        title=person.title,
        role=described.text,
        gender=person.gender or described.gender,
        initial=initial,
    )


def leading_np(text: str, initial: bool = True) -> Mention | None:
    """The noun phrase a clause opens with, if any: the subject of "Witkoff declined…, saying"."""
    words = _words(re.sub(r"\([^()]*\)", " ", text))
    dash = next((i for i, w in enumerate(words[:MAX_NAME_WORDS]) if w in {"-", "–", "—", "--"}), None)
    if dash is not None and all(w.isupper() or not w[:1].isalpha() for w in words[:dash]):
        words = words[dash + 1 :]  # "PARIS - Brazilian President X met …": the dateline is not the subject
    if len(words) > 1 and re.fullmatch(r"[A-Z][\w'’.-]+:", words[0]) and words[1][:1].isupper():
        words = words[1:]  # "JERUSALEM: Israeli Prime Minister X sent …", "Baku: Negotiators from …"
    words = words[:MAX_PHRASE_WORDS]
    for n in range(len(words), 0, -1):
        if n > 1 and plain(words[n - 1]) in DAYS | MONTHS and not _month_surname(words[:n], n):
            continue  # "Prime Minister X Thursday authorized …": the day is no part of the subject
        found = parse_np(" ".join(words[:n]), initial=initial, strict=True)
        if found is not None and found.kind in {"person", "description", "institution", "pronoun"}:
            return found
    return None


# clauses -----------------------------------------------------------------------------------------


# A state's abbreviation after a town, between commas (AP style: "its plant in Wentzville, Mo., …"): part of
# the place, not a clause of its own.
STATE_ABBREVIATION = re.compile(
    r",\s+(?P<state>(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nebr|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|"
    r"W\.Va|D\.C|Ont|Que|B\.C|Alta|Man|Sask)\.),"
)


def _parts(segment: str) -> list[str]:
    segment = STATE_ABBREVIATION.sub(r" \g<state>", re.sub(r"\([^()]*\)", " ", segment))
    return [p.strip() for p in re.split(r",|;|\s[—–]\s|\s--?\s|—|–(?=\s)", segment)]


def _is_intro(part: str) -> bool:
    words = part.split()
    if not words:
        return True
    first = words[0].lower().strip(",.")
    if first in INTRO_WORDS or first.endswith("ing") and first not in {"king", "sing"}:
        return True
    if first.endswith("ly") and len(words) == 1:
        return True
    if len(words) > 2 and first.endswith(("ed", "en")) and words[1].lower() == "by":
        return True  # ", flanked by A and B,", "Asked by reporters,": a participle's agent, not the subject
    return all(plain(w) in TIME_WORDS or re.fullmatch(r"\d[\d,.:]*", w.strip(",")) for w in words)


MAX_APPOSITIVE_LEAD = 3


def appositive_np(part: str) -> Mention | None:
    """A description beside a name that a subject could not be on its own: ", China's ambassador to the
    WTO,", ", Egypt's minister of water resources and irrigation,"."""
    words = [w for w in part.split() if WORD_CHAR.search(w)]
    if words and (_possessive(words[0]) or plain(words[0]) in {"a", "an", "the"}):
        return _description(words)
    org = 0  # "Jeffboat assistant vice president of public affairs": the employer's name before the role
    while org < len(words) - 1 and org < MAX_APPOSITIVE_LEAD and is_capitalised(words[org]):
        org += 1
    lead = words[org:]
    head = next((i for i, w in enumerate(lead[: MAX_APPOSITIVE_LEAD + 1]) if plain(w) in ROLE_NOUNS), None)
    if (
        head is not None
        and all(w.isalpha() and w.islower() for w in lead[: head + 1])
        and not re.search(r"[^s]s$", plain(lead[head]))
    ):
        head += org
        described = _description(words)  # ", chief negotiator for the LTTE,", ", development minister of …"
        if described is not None and described.kind != "description":
            return Mention("description", _phrase(words), gender=ROLE_GENDER.get(plain(words[head])))
        return described
    return None


MAX_ROLE_BEFORE_WORDS = 8
# "the chairman of the opposition group in the upper house of parliament": an office of a body, however long,
# opens with its role noun and "of", which no clause does.
OFFICE_OF = re.compile(r"(?:the|a|an) (?:\w+ )?(?P<noun>\w+) of ", re.IGNORECASE)


def _office_of(text: str) -> bool:
    m = OFFICE_OF.match(text)
    return m is not None and plain(m.group("noun")) in ROLE_NOUNS


def _merge(subject: Mention, other: Mention) -> Mention:
    """A name and the description beside it ("Sharren Haskel, Israel's deputy foreign minister")."""
    if subject.kind == "person" and other.kind == "description":
        role = ", ".join(r for r in (subject.title, other.text) if r) if not subject.role else subject.role
        return Mention(
            "person",
            subject.text,
            name=subject.name,
            title=None,
            role=role,
            gender=subject.gender or other.gender,
            initial=subject.initial,
        )
    if subject.kind == "description" and other.kind == "person":
        if len(subject.text.split()) > MAX_ROLE_BEFORE_WORDS and not _office_of(subject.text):
            return other  # "The two sides reaffirmed the truce and …, Lunde said": a clause, not Lunde's role
        role = ", ".join(r for r in (subject.text, other.title) if r)
        return Mention(
            "person",
            other.text,
            name=other.name,
            title=None,
            role=role,
            gender=other.gender or subject.gender,
            initial=subject.initial,
        )
    return subject


# "Last week X insisted …", "Yesterday X said …": a time phrase printed without its comma before the subject.
TIME_OPENER = re.compile(
    r"^(?:(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?:week|month|year|weekend)"
    r"|Yesterday|Earlier)\s+(?=[A-Z])"
)


PARTICIPLE_OPENING = re.compile(r"^[A-Z][a-z]{3,}ing\s+(?:the|a|an|his|her|their|its|reporters|journalists)\b")


# Adverbs that open a sentence before a comma and link it to the one before.
SENTENCE_ADVERBS = {"nevertheless", "nonetheless", "indeed", "moreover", "furthermore", "however", "meanwhile"}


def subject_before(segment: str, initial: bool) -> Mention | None:
    """The subject of a verb that follows `segment`: the first noun phrase of its clause, with any
    appositive beside it; intro phrases ("In Moscow,") and interrupters (", speaking in Paris,") skipped."""
    subject: Mention | None = None
    interrupted = False  # an interrupter after the subject: "Motegi, speaking to his counterpart, X,"
    after_clause = False  # a whole clause came first: the noun phrase beside the verb is its subject
    parts = _parts(segment)
    for i, part in enumerate(parts):
        words = part.split()
        restart = False
        while words and words[0].lower() in CONJUNCTIONS:
            words, restart = words[1:], True
        if not words:
            continue
        part = TIME_OPENER.sub("", " ".join(words)) if i == 0 else " ".join(words)
        words = part.split()
        last = i == len(parts) - 1
        if last and words[0].lower() == "as" and len(words) > 1:
            part = " ".join(words[1:])
        if i == 0 and not last and len(words) == 1 and plain(words[0]) in SENTENCE_ADVERBS:
            continue  # "Nevertheless, he didn't say …": the adverb is no person called "Nevertheless"
        if i == 0 and not last and PARTICIPLE_OPENING.match(part):
            continue  # "Briefing the UN Security Council, X said": a participle's phrase, not a person "Briefing"
        found = parse_np(part, initial=initial and i == 0 and not restart, strict=not last)
        if (
            subject is not None
            and subject.kind == "person"
            and not restart
            and (found is None or (found.kind == "institution" and part[:1].islower()))
        ):
            found = appositive_np(part) or found
        if found is None and last and _is_intro(part) is False:
            return None
        if found is None and _continues_role(subject, part):
            subject = _extend_role(subject, part)  # ", minister for transport, infrastructure and …,"
            continue
        if found is None:
            if _is_intro(part):
                interrupted = subject is not None and subject.kind == "person"
                continue
            subject, after_clause = None, True
            continue
        if after_clause and last and found.kind in {"description", "institution", "person"}:
            subject = found  # "X met Y, a representative of Z, the prime minister's office said"
            continue
        if last and found.kind == "pronoun" and subject is not None and subject.kind != "person":
            subject = found  # "Asked whether she would lead, or the leader of the largest party, she replied"
            continue
        if (
            last
            and subject is not None
            and subject.kind == "description"
            and found.kind in {"description", "institution"}
        ):
            subject = found  # "Workers at X walked out on Monday, the Y Union said": the clause is what it said
            continue
        if interrupted and not restart and found.kind == "person":
            continue  # the person the interrupter ends on ("… with his counterpart, X,") is not the subject
        bare = subject is not None and subject.kind == "person" and not subject.title and len(subject.text.split()) == 1
        fuller = found.kind == "person" and (found.title or len((found.name or "").split()) > 1)
        if subject is None or restart or subject.kind in {"institution", "nobody", "credit"} or (bare and fuller):
            subject = found
        else:
            subject = _merge(subject, found)
    return subject


FINITE = re.compile(r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)(?![\w-])")


def _continues_role(subject: Mention | None, part: str) -> bool:
    """A lower-case piece after a person's role that has no verb of its own goes on listing the role
    ("…, minister of state for transport, infrastructure and maritime affairs in the regional government,")."""
    return (
        subject is not None
        and subject.kind == "person"
        and bool(subject.role)
        and part[:1].islower()
        and not _is_intro(part)
        and not VERB.search(part)
        and not FINITE.search(part)
    )


def _extend_role(subject: Mention | None, part: str) -> Mention | None:
    if subject is None:
        return None
    return Mention(
        "person",
        subject.text,
        name=subject.name,
        title=subject.title,
        role=f"{subject.role}, {part}",
        gender=subject.gender,
        initial=subject.initial,
    )


def subject_after(text: str) -> Mention | None:
    """The speaker after an inverted verb: `"…," said Olga Tarasenko, a senior fellow at …`."""
    parts = _parts(text)
    if not parts:
        return None
    found = parse_np(parts[0])
    if found is None or found.kind in {"institution", "nobody"} and len(parts[0].split()) > 3:
        return None
    if found.kind == "institution" and all(plain(w) in TIME_WORDS for w in parts[0].split()):
        return None
    if found.kind in {"person", "description"} and len(parts) > 1:
        nxt = parse_np(parts[1])
        if nxt is not None and nxt.kind in {"description", "person"} and nxt.kind != found.kind:
            found = _merge(found, nxt)
    return found


def according_to(text: str) -> Mention | None:
    noun = NOUN_SOURCE.match(text)
    rest = text[noun.end() :] if noun else text
    phrase = re.split(r"[,.;:]|\s(?:which|who|that|published|released)\s", rest, maxsplit=1)[0]
    if noun:
        org = re.sub(r"\s*\([^()]*\)", "", phrase).strip()
        if not org[:1].isupper():
            return None
        if noun.group("noun") == "statement":
            return Mention("institution", org)
        return Mention("source", f"{noun.group('noun')} {org}", name=org)
    earlier = re.match(r"(?:the|this|that)\s+(?:poll|survey|report|study|data|figures)\b", phrase)
    if earlier:
        return Mention("institution", earlier.group(0))
    if phrase.strip().lower() in {"him", "her"}:  # "According to him, “…”": whoever "he" points to
        return Mention("pronoun", phrase.strip(), gender="m" if phrase.strip().lower() == "him" else "f")
    found = parse_np(phrase)
    if found is not None and found.kind == "description" and ANONYMOUS_SOURCES.match(phrase):
        return Mention("credit", found.text)
    return found


def _agent(text: str) -> Mention | None:
    """Who is named right after "by" or "Source:": a name with its appositive, or the longest noun phrase
    the words open with ("French Minister for Europe and Foreign Affairs X during a briefing in Kyiv")."""
    found = subject_after(text) or leading_np(text, initial=False)
    return found if found is not None and found.kind in {"person", "description", "institution"} else None


def _given(mention: Mention) -> bool:
    return bool(mention.name) and given_name_gender((mention.name or "").split()[0]) is not None


@dataclass(frozen=True)
class Candidate:
    position: int
    mention: Mention


SENTENCE_BREAK = re.compile(r"(?P<word>\S+)[.!?][\"”’']?\s+(?=[A-Z\"“‘/])")


def _last_sentence_start(before: str) -> int:
    """Where the sentence a verb stands in begins, so that its subject is not read across a full stop
    ("The talks ended on Friday. Lavrov said …", a dateline "YEREVAN, November 10. /TASS/. X said …");
    an abbreviation's full stop ("U.S. Secretary …", "S.P. Velan") ends no sentence."""
    start = 0
    for m in SENTENCE_BREAK.finditer(before):
        word = m.group("word") + "."
        if not ABBREVIATED.match(word) and not re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?", word):
            start = m.end()
    return start


RELATIVE_WHO = re.compile(
    r",\s+who\s+(?:(?:has|had|have|also|later|earlier|recently|repeatedly|previously|in|on|over|last|this|"
    r"recent|the|past|days|weeks|months|[a-z]+ly)\s+)*$"
)
NAME_AT_END = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+$")


def _relative_antecedent(segment: str) -> Mention | None:
    """ "chaired by Lena Hart, who said …", "than Mr. Oduya, who has repeatedly predicted …": the person named
    right before the relative "who" is the verb's subject."""
    m = RELATIVE_WHO.search(segment)
    name = NAME_AT_END.search(segment[: m.start()]) if m else None
    found = parse_np(name.group(0), strict=True) if name else None
    return found if found is not None and found.kind == "person" and found.name else None


PASSIVE_AUXILIARIES = {"was", "were", "is", "are", "be", "been", "being"}


def attributions(outside: str) -> list[Candidate]:
    """Every speaker a sentence names for its words, with where its verb stands; quotes read QUOTE."""
    found: list[Candidate] = []
    for m in VERB.finditer(outside):
        before = outside[max(0, m.start() - WINDOW) : m.start()]
        previous = before.split()[-1:] if before.strip() else []
        if previous and (re.search(r"[’']s$", previous[0]) or previous[0].lower() in NOUN_MARKERS | QUANTIFIERS):
            continue  # "the union's demands", "any pledges": the verb's spelling used as a noun
        quoted = before.rfind(QUOTE) + len(QUOTE) if QUOTE in before else 0
        sentence = _last_sentence_start(before)
        boundary = max(quoted, before.rfind(":") + 1, sentence)
        segment = before[boundary:]
        initial = (boundary == 0 and m.start() <= WINDOW) or (boundary == sentence > 0)
        subject = _relative_antecedent(segment) or (
            subject_before(segment, initial) if segment.strip(" ,–—-") else None
        )
        if subject is not None and subject.kind == "pronoun":
            subject = _antecedent_in_clause(segment, subject) or subject
        if subject is None and (not segment.strip(" ,–—-") or re.search(r"[,–—-][”\"’']?\s*$", segment)):
            subject = subject_after(outside[m.end() : m.end() + WINDOW])
        if (
            subject is not None
            and subject.kind == "document"
            and previous
            and previous[0].lower() in PASSIVE_AUXILIARIES
        ):
            continue  # "The truce proposal was announced …": a document announced says nothing itself
        if subject is not None and subject.kind == "description" and VERB.match(subject.text):
            continue  # "X, who …, said his party pledged …": the clause of X's verb, reported by X
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    for m in PARTICIPLE.finditer(outside):
        if not re.search(r",\s*$", outside[max(0, m.start() - 3) : m.start()]):
            continue
        subject = _participle_subject(outside[: m.start()], found)
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    for m in WITH_SAYING.finditer(outside):
        subject = parse_np(m.group("who"))
        if subject is not None and subject.kind != "pronoun":
            found.append(Candidate(m.start("verb"), subject))
    headline = HEADLINE_AFTER.match(outside) or HEADLINE_BEFORE.match(outside)
    if headline and not SIGN_OFF.match(outside):
        subject = parse_np(headline.group("who"))
        if subject is not None:
            found.append(Candidate(headline.start("who"), subject))
    for m in DOCUMENT_READS.finditer(outside):
        found.append(Candidate(m.start("verb"), Mention("document", m.group("document"))))
    for m in QUOTED_AS.finditer(outside):
        subject = parse_np(m.group("who"))
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    for m in PASSIVE.finditer(outside):
        subject = _agent(outside[m.end() : m.end() + WINDOW])
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    source = SOURCE_LINE.match(outside)
    subject = _agent(outside[source.end() :]) if source else None
    if (
        source
        and subject is not None
        and (subject.kind != "person" or subject.role or subject.title or _given(subject))
    ):
        found.append(Candidate(source.start(), subject))  # "Source: European Pravda" is an outlet, not a person
    for m in STATEMENT_FROM.finditer(outside):
        subject = parse_np(m.group("who"))
        if subject is not None and subject.kind in {"person", "institution", "description"}:
            found.append(Candidate(m.start("verb"), subject))
    quote_from = QUOTE_FROM.match(outside)
    subject = parse_np(quote_from["who"]) if quote_from else None
    if quote_from and subject is not None:
        found.append(Candidate(quote_from.start(), subject))
    for m in ACCORDING.finditer(outside):
        subject = according_to(outside[m.end() : m.end() + WINDOW])
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    if not found:
        found.extend(_colon_subject(outside))
    return sorted(found, key=lambda c: c.position)


# "The spokesperson was unequivocal: “…”", "Lavrov put it bluntly: “…”": a clause that ends in a colon right
# before a quote introduces its speaker's words, whatever its verb.
COLON_INTRO = re.compile(rf"(?P<clause>[^.!?:]{{3,240}}):\s*{QUOTE}")


def _colon_subject(outside: str) -> list[Candidate]:
    m = COLON_INTRO.search(outside)
    if m is None:
        return []
    clause = m.group("clause").strip()
    subject = subject_of(clause)
    if subject is None or subject.kind not in {"person", "description", "institution", "pronoun"}:
        return []
    if len(clause.split()) < 3:
        return []  # "Key points: “…”" is a label, not a clause with a subject and a verb
    return [Candidate(m.end("clause"), subject)]


SUBORDINATE = re.compile(r"^\s*(?:While|Although|Though|After|When|Since|Before|Once)\s+(?P<clause>[^,]+),")


def _antecedent_in_clause(segment: str, pronoun: Mention) -> Mention | None:
    """ "Though Ms Varga ignored the minister's offer, she stressed …": a "she" (or "he") after an opening
    subordinate clause is that clause's subject, when it is a person known to be of the pronoun's gender
    (a place or an unknown word is not: "If Moscow agreed …, he explained")."""
    opening = SUBORDINATE.match(segment)
    found = leading_np(opening.group("clause"), initial=False) if opening else None
    if found is None or found.kind != "person" or not found.name:
        return None
    gender = found.gender or given_name_gender(found.name.split()[0])
    return found if gender is not None and gender == pronoun.gender else None  # "Mr Zelensky", "Ana Quispe"


def antecedent_in_unit(outside: str, position: int) -> Mention | None:
    """The person an earlier sentence of the same passage is about, for a "he" or "him" at `position`
    ("Later, President X commented that …. He stressed that …"): the nearest sentence before whose subject
    is a person. A sentence about a place or a body in between does not stop the search; the caller checks
    that the pronoun's gender fits."""
    start = _last_sentence_start(outside[:position])
    joined = _joined_clause_subject(outside[start:position])
    if joined is not None:
        return joined
    earlier = outside[:start].strip()
    if not earlier:
        return None
    for sentence in reversed(SENTENCE_SPLIT.split(earlier)):
        found = subject_of(sentence)
        if found is not None and found.kind == "person" and found.name:
            return found
    return None


# ", and he told reporters": a pronoun opening a clause that "and" or "but" joins to the one before it.
JOINED_PRONOUN = re.compile(r",?\s+(?:and|but)\s+(?:(?:he|she)\s+)?$")


def _joined_clause_subject(before: str) -> Mention | None:
    """ "X has been at the Capitol all weekend, and he told reporters …": a "he" opening a clause joined by
    "and" or "but" goes on with the person the sentence opened with, who is nearer than anyone an earlier
    paragraph spoke of; the caller checks that the pronoun's gender fits."""
    joined = JOINED_PRONOUN.search(before)
    if joined is None:
        return None
    found = subject_of(before[: joined.start()].strip())
    return found if found is not None and found.kind == "person" and found.name else None


def _participle_subject(before: str, verbs: list[Candidate]) -> Mention | None:
    """Who ", saying …" / ", adding …" goes on with: the speaker of the reporting verb before it in its
    sentence ("The delegation indicated …, Araghchi said, adding that …"), else the sentence's subject after
    any intro phrase ("Addressing speculation …, Araghchi dismissed the reports, saying …")."""
    start = _last_sentence_start(before)
    said = [c for c in verbs if start <= c.position < len(before) and c.mention.kind not in {"credit", "nobody"}]
    if said:
        return said[-1].mention
    sentence = before[start:].strip()
    return subject_of(sentence) if _is_intro(_parts(sentence)[0]) else leading_np(sentence, initial=True)


def choose(candidates: list[Candidate], outside: str, quoting: bool) -> Mention | None:
    """The speaker of a quote is the one whose verb stands nearest a quote; of a statement, the first."""
    usable = [c for c in candidates if c.mention.kind not in {"credit", "nobody"}]
    if not usable:
        its = [c for c in candidates if c.mention.kind == "nobody" and c.mention.text.casefold() == "it"]
        if its and (quoting or re.match(r"It\s", outside)):
            return its[-1].mention  # "“…,” it said", "It said farmers had one message …": the body that just spoke
        they = [c for c in candidates if c.mention.kind == "nobody" and c.mention.text.casefold() == "they"]
        return they[-1].mention if they and quoting else None  # "“…,” they told the paper": see the resolver
    if not quoting:
        return _closing(usable, outside).mention
    quotes = [m.start() for m in re.finditer(QUOTE, outside)]
    if not quotes:
        return usable[0].mention
    return min(usable, key=lambda c: min(abs(c.position - q) for q in quotes)).mention


TRAILING_CLAUSE_WORDS = 12


def _closing(usable: list[Candidate], outside: str) -> Candidate:
    """A statement's speaker is the first it names, unless the same sentence closes on its own
    attribution ("The government and the rebels reiterated their commitment …, Solheim said."): the
    verbs inside the sentence report what others did, the closing clause says who told it."""
    first = usable[0]
    end = _sentence_end(outside, first.position)
    quoted = _quoted_in_later_sentence(usable, outside, end)
    if quoted is not None:
        return quoted
    for c in reversed(usable[1:]):
        if c.position >= end:
            continue
        comma = outside.rfind(",", 0, c.position)
        clause = outside[comma + 1 : end].strip()
        opens = clause.startswith(c.mention.text) or VERB.match(clause)
        if comma >= 0 and opens and QUOTE not in clause and len(clause.split()) <= TRAILING_CLAUSE_WORDS:
            return c
        break
    return first


def _quoted_in_later_sentence(usable: list[Candidate], outside: str, end: int) -> Candidate | None:
    """ "Holm proposed talks in Oslo. In reply, Dorn said Vestria is “ready to meet,” but …": the words a
    statement quotes are the ones it is told for, so the speaker whose verb shares their sentence speaks,
    not the first person named for what he did."""
    marks = re.compile(r"[\"“]\w")
    mark = marks.search(outside, end)
    if mark is None or marks.search(outside, 0, end):
        return None  # the first speaker's own sentence quotes him: the statement stays his
    start = _last_sentence_start(outside[: mark.start()])
    stop = _sentence_end(outside, mark.start())
    inside = [
        c
        for c in usable
        if start <= c.position < stop and not re.match(r"according\s+to\b", outside[c.position :], re.IGNORECASE)
    ]  # "According to X, the talks were described as “good” by Y": X tells what happened, not the words
    return min(inside, key=lambda c: abs(c.position - mark.start())) if inside else None


def _sentence_end(text: str, start: int) -> int:
    found = re.compile(r"[.!?](?=\s+[A-Z\"“‘']|\s*$)").search(text, start)
    return found.end() if found else len(text)


# "Bogota, Oct 28 (EFE).- ", "Beijing, March 3 (Xinhua) -- ": a wire dateline in title case, with the day's
# date and the agency's credit, before the sentence's own subject.
DATED_CREDIT_DATELINE = re.compile(
    r"^[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+){0,2},\s+(?P<month>[A-Z][a-z]+\.?)\s+\d{1,2}(?:,\s+\d{4})?\s*"
    r"\([^()]{1,40}\)\s*\.?\s*(?:[—–]|--?)\s*(?=[A-Z])"
)


# "19:30: Obama has one eye on …", "6.40pm GMT - The minister …": a live blog's entry time before its subject.
ENTRY_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?(?::|[—–-])\s+(?=[A-Z])")


def without_dateline(sentence: str) -> str:
    """A sentence without the wire dateline or the live blog's entry time printed before its subject."""
    m = DATED_CREDIT_DATELINE.match(sentence)
    if m and plain(m.group("month")) in MONTHS:
        return sentence[m.end() :]
    timed = ENTRY_TIME.match(sentence)
    return sentence[timed.end() :] if timed else sentence


# Where one sentence of a unit ends and the next begins; not after an initialism ("U.S. Trade Representative").
SENTENCE_SPLIT = re.compile(r"(?<!\b[A-Z]\.[A-Z]\.)(?<=[.!?])\s+(?=[A-Z])")


def subject_of(sentence: str) -> Mention | None:
    """Who a sentence is about: its opening noun phrase, after any intro phrase or an agency's dateline."""
    for i, part in enumerate(_parts(without_dateline(sentence))):
        if _is_intro(part) and i < 2:
            continue
        return leading_np(part, initial=i == 0)
    return None


HEADLINE_MIN_WORDS = 4


def _headline_case(sentence: str) -> bool:
    """ "Trump Agreed to Tariff Deal With Japan After 70-Minute Talks": a headline printed in the body
    capitalises every word but the shortest, so its capitals no longer mark a subject's name."""
    words = [w.strip(",;:.!?") for w in sentence.split()]
    long = [w for w in words if len(w) > 3 and w.isalpha()]
    return len(long) >= HEADLINE_MIN_WORDS and all(w[0].isupper() for w in long)


def last_subject(text: str) -> Mention | None:
    """The subject of the last sentence of a unit that opens with a person: who the text is about when
    the next paragraph says "she said". A unit whose sentences open only with "He …" is about whom that
    "he" points to, so a chain of such paragraphs stays with one person."""
    sentences = [s for s in SENTENCE_SPLIT.split(text.strip()) if not _headline_case(s)]
    subjects = [subject_of(s) for s in reversed(sentences)]
    named = next((s for s in subjects if s is not None and s.kind in {"person", "description"}), None)
    return named or next((s for s in subjects if s is not None and s.kind == "pronoun"), None)


# "Talks moved ahead, with Ana Ruiz, the envoy, giving an update": a clause that introduces a person.
WITH_DOING = re.compile(r",\s+with\s+(?P<who>[A-Z][^;:“”\"]{1,120}?),?\s+(?P<verb>[a-z]{3,}ing)(?![\w-])")


def with_clause_person(text: str) -> Mention | None:
    """The person a "…, with X doing …" clause introduces in a sentence about something else: the one a
    later "he" or "she" may mean, since the sentence's own subject ("The talks") can be no "he"."""
    for sentence in reversed(SENTENCE_SPLIT.split(text.strip())):
        own = subject_of(sentence)
        if own is not None and own.kind in {"person", "pronoun"}:
            continue
        for m in reversed(list(WITH_DOING.finditer(sentence))):
            who = parse_np(m.group("who"))
            if who is not None and who.kind == "person" and who.name:
                return who
    return None


# capitalised runs ---------------------------------------------------------------------------------

ABBREVIATED = re.compile(
    r"^(?:[A-Z]\.)+$"
    r"|^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Prof|Rev|Jr|Sr)\.$"
)
JOINERS = {"of", "for", "the", "and", "&"}


def _capitalised_role(word: str) -> bool:
    """ "Ambassador to Norland X", "Special Envoy to the Region X": a printed title's "to" names where the
    post is held, so the place belongs to the title rather than starting the name."""
    return word[:1].isupper() and plain(word) in PERSON_ROLE_NOUNS


def _role_held_at_a_place(current: list[tuple[int, int, str]]) -> bool:
    """ "Ambassador to Norland X", and in lower case after a capitalised word "UN envoy to Yemen X": the
    "to" of a posting joins the place to the title."""
    word = current[-1][2]
    return _capitalised_role(word) or (
        plain(word) in POSTED_ROLES and len(current) > 1 and is_capitalised(current[-2][2])
    )


POSTED_ROLES = {"envoy", "ambassador", "emissary", "representative"}


# Role nouns that are verbs right after a name: "Pablo Beltrán heads the delegation".
LEAD_VERBS = {"heads", "leads", "chairs", "directs"}


def capital_runs(sentence: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words with the title words between them ("White House press secretary Karoline
    Leavitt"), each as (start, end, words); punctuation other than an abbreviation's full stop ends a run."""
    runs: list[tuple[int, int, list[str]]] = []
    current: list[tuple[int, int, str]] = []

    def close() -> None:
        while current and not is_capitalised(current[-1][2]) and plain(current[-1][2]) not in ROLE_NOUNS:
            current.pop()
        while current and (
            (not is_capitalised(current[0][2]) and not _is_role_word(current[0][2]))
            or plain(current[0][2]) in FUNCTION_WORDS - DETERMINERS - {"he", "she"}
        ):
            current.pop(0)
        if current and any(is_capitalised(w) for _, _, w in current):
            runs.append((current[0][0], current[-1][1], [w for _, _, w in current]))
        current.clear()

    for m in re.finditer(r"\S+", sentence):
        raw = m.group(0)
        word = raw.strip('"“”()[]')
        trailing = word[-1:] in {",", ";", ":", "!", "?"} or (word.endswith(".") and not ABBREVIATED.match(word))
        core = word.rstrip(",;:!?") if not ABBREVIATED.match(word) else word
        if core.endswith(".") and not ABBREVIATED.match(core):
            core = core.rstrip(".")
        starts_quote = raw[:1] in '"“(['
        if starts_quote:
            close()
        fits = core and (
            is_capitalised(core)
            or _is_role_word(core)
            or plain(core) in PARTICLES
            or (plain(core) in JOINERS and current)
            or (plain(core) == "to" and current and _role_held_at_a_place(current))
            or (plain(core) == "on" and current and _capitalised_role(current[-1][2]))
            or (plain(core) == "at" and current and plain(current[-1][2]) == "ambassador")  # "Ambassador at Large"
        )
        if fits and core in LEAD_VERBS and current and is_name_word(current[-1][2]):
            fits = False
        if core == QUOTE or not fits:
            close()
            continue
        current.append((m.start(), m.start() + len(core) + (raw.find(core) if core in raw else 0), core))
        if trailing or raw[-1:] in '"”)]':
            close()
    close()
    return runs

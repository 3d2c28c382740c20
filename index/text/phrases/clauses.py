"""The subject of one clause: the noun phrase before a reporting verb (intro phrases such as "In Moscow,"
and interrupters such as ", speaking in Paris," skipped), the one after an inverted verb (`"…," said X`), an
appositive, and the X of "according to X".

Separate from noun_phrases (which reads the phrase once cut out) and from attributions (which finds the
verbs): this is where a clause is cut into parts and its subject chosen.
"""

from __future__ import annotations

import re

from index.text.names import CONJUNCTIONS, ROLE_GENDER, ROLE_NOUNS, is_capitalised, plain
from index.text.phrases.descriptions import description_np
from index.text.phrases.mentions import Mention
from index.text.phrases.noun_phrases import parse_np
from index.text.phrases.patterns import ANONYMOUS_SOURCES, INTRO_WORDS, NOUN_SOURCE, TIME_WORDS, VERB, WORD_CHAR
from index.text.phrases.words import is_possessive, printed_phrase, shield_listed_commas, unshield

# A state's abbreviation after a town, between commas (AP style: "its plant in Wentzville, Mo., …"): part of
# the place, not a clause of its own.
STATE_ABBREVIATION = re.compile(
    r",\s+(?P<state>(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nebr|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|"
    r"W\.Va|D\.C|Ont|Que|B\.C|Alta|Man|Sask)\.),"
)


def clause_parts(segment: str) -> list[str]:
    segment = STATE_ABBREVIATION.sub(r" \g<state>", re.sub(r"\([^()]*\)", " ", segment))
    segment = shield_listed_commas(segment)
    return [unshield(p.strip()) for p in re.split(r",|;|\s[—–]\s|\s--?\s|—|–(?=\s)", segment)]


def is_intro(part: str) -> bool:
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
    if words and (is_possessive(words[0]) or plain(words[0]) in {"a", "an", "the"}):
        return description_np(words)
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
        described = description_np(words)  # ", chief negotiator for the LTTE,", ", development minister of …"
        if described is not None and described.kind != "description":
            return Mention("description", printed_phrase(words), gender=ROLE_GENDER.get(plain(words[head])))
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
    r"|^(?:(?:Late|Early|Earlier|Later)\s+(?:on\s+)?|On\s+)"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
)  # "Late on Friday the association said": the time, not a person called "Late"


PARTICIPLE_OPENING = re.compile(r"^[A-Z][a-z]{3,}ing\s+(?:the|a|an|his|her|their|its|reporters|journalists)\b")


# Adverbs that open a sentence before a comma and link it to the one before.
SENTENCE_ADVERBS = {"nevertheless", "nonetheless", "indeed", "moreover", "furthermore", "however", "meanwhile"}


def subject_before(segment: str, initial: bool) -> Mention | None:
    """The subject of a verb that follows `segment`: the first noun phrase of its clause, with any
    appositive beside it; intro phrases ("In Moscow,") and interrupters (", speaking in Paris,") skipped."""
    subject: Mention | None = None
    interrupted = False  # an interrupter after the subject: "Motegi, speaking to his counterpart, X,"
    after_clause = False  # a whole clause came first: the noun phrase beside the verb is its subject
    parts = clause_parts(segment)
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
        if found is None and last and is_intro(part) is False:
            return None
        if found is None and _continues_role(subject, part):
            subject = _extend_role(subject, part)  # ", minister for transport, infrastructure and …,"
            continue
        if found is None:
            if is_intro(part):
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
        and not is_intro(part)
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
    parts = clause_parts(text)
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


# Where the X of "according to X" stops: not inside "the U.S. president", whose full stops follow initials.
_PHRASE_END = r"[,;:]|(?<!\b[A-Z])\.(?=\s|$)"


def according_to(text: str) -> Mention | None:
    noun = NOUN_SOURCE.match(text)
    rest = text[noun.end() :] if noun else text
    phrase = re.split(rf"{_PHRASE_END}|\s(?:which|who|that|published|released)\s", rest, maxsplit=1)[0]
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

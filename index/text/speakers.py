"""Who said it: the speaker of a quote or a reported statement, and what the text says they are.

News prose names a person once in full with a title or an appositive ("George Barros, who heads … at the
Institute for the Study of War (ISW)") and afterwards by surname, by "ISW's Barros", or by "he". A
document-wide register of people is built first, so that every later mention resolves to the name as
printed in full and to the role the text gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CAP = r"[A-Z][\w’'.\-]*"
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "state", "of", "foreign", "defense", "defence",
    "acting", "former", "u.s.", "us", "russian", "ukrainian", "american", "chancellor", "spokesperson",
    "spokesman", "spokeswoman", "press", "senator", "sen.", "gen.", "general", "ambassador", "envoy",
    "special", "chief", "staff", "deputy", "head", "director", "commander", "mayor", "governor",
    "national", "security", "adviser", "advisor", "kremlin", "white", "house", "the", "then", "top",
    "lt.", "col.", "rep.", "gov.", "dr.", "mr.", "ms.", "mrs.", "prof.",
}
REPORTING = (
    r"said|says|say|added|adds|explained|explains|told|tells|confirmed|confirms|responded|responds|wrote|"
    r"writes|stated|states|noted|notes|argued|argues|warned|warns|claimed|claims|insisted|insists|stressed|"
    r"stresses|emphasized|emphasised|underscored|underscores|declared|announced|acknowledged|admitted|"
    r"replied|continued|called for|called on|urged|demanded|ruled out|refused"
)
VERB = re.compile(rf"\b(?:{REPORTING})\b")
ACCORDING = re.compile(r"\baccording to\s+")
NOT_NAMES = {
    "in", "on", "at", "the", "a", "an", "unlike", "after", "before", "since", "if", "while", "but", "under",
    "for", "last", "earlier", "ahead", "such", "not", "that", "this", "these", "those", "neither", "either",
    "both", "when", "where", "what", "who", "how", "why", "as", "and", "or", "so", "yet", "with", "without",
    "from", "to", "by", "of", "during", "despite", "although", "though", "because", "until", "meanwhile",
    "however", "then", "now", "also", "even", "only", "like", "over", "across", "against", "among",
    "between", "within", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "is", "it", "its", "we", "our", "i", "they", "their", "he", "she",
}
PRONOUNS = {"he", "she", "they", "him", "her"}
AUXILIARIES = {
    "has", "have", "had", "hasn’t", "hasn't", "haven’t", "haven't", "reportedly", "also", "later",
    "previously", "then", "repeatedly", "once", "again", "recently", "earlier", "publicly", "has also",
    "was", "is", "had", "would", "will", "never", "not", "did", "didn’t", "didn't", "does", "doesn’t",
}
ORG = rf"(?:{CAP}(?:\s+(?:for|of|and|the|on|in|&))*\s+)*{CAP}"
APPOSITIVE = re.compile(
    rf"^,\s+(?:who\s+[^,]*?\s+(?:at|of|for|with)\s+(?:the\s+)?(?P<org1>{ORG})"
    rf"|(?:an?|the)\s+(?P<what>[a-z][a-z\s-]*?)\s+(?:at|of|for|with)\s+(?:the\s+)?(?P<org2>{ORG})"
    rf"|(?:the\s+)?(?P<possessive>{ORG}[’']s\s+[a-z][a-z\s-]*?)(?=[.,;)]|\s*$))"
)
NOUN_SOURCE = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:new\s+|recent\s+|latest\s+)?(?P<noun>poll|polling|survey|data|report|study|"
    r"figures|statement)s?\s+(?:from|by|of|released by|published by)\s+(?:the\s+)?"
)


@dataclass
class Person:
    name: str
    role: str | None = None


@dataclass
class Register:
    """The people and organisations a document names, looked up by surname or abbreviation."""

    people: dict[str, Person] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)

    def person(self, name: str) -> Person | None:
        return self.people.get(name.split()[-1]) if name else None

    def expand(self, org: str) -> str:
        return self.abbreviations.get(org, org)


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None
    is_person: bool
    mention: str  # the words that named it, to resolve a later "the poll"


def _strip_possessive(word: str) -> str:
    return re.sub(r"[’']s$", "", word)


def split_title(phrase: str) -> tuple[str | None, str]:
    """("U.S. Secretary of State", "Marco Rubio") from the run of capitalised words before a verb."""
    words = phrase.split()
    while words and words[0].lower() in NOT_NAMES - TITLE_WORDS:
        words.pop(0)
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper() and words[i - 1].lower() not in TITLE_WORDS:
        i -= 1
    title = " ".join(words[:i]).strip() or None
    return title, " ".join(words[i:])


def _looks_like_name(words: list[str], lowercase_words: set[str]) -> bool:
    """Name words are capitalised wherever they occur; "Intelligence sharing" is a sentence start."""
    if not 2 <= len(words) <= 3 or any(w.endswith(".") and len(w) > 2 for w in words[:-1]):
        return False
    bare = [w.rstrip(".,") for w in words]
    return not any(w.isupper() or w.lower() in NOT_NAMES or w.lower() in lowercase_words for w in bare)


def build_register(text: str) -> Register:
    register = Register()
    lowercase_words = set(re.findall(r"\b[a-z][\w’'-]*", text))
    for m in re.finditer(rf"(?P<org>{ORG})\s+\((?P<abbr>[A-Z]{{2,}})\)", text):
        org = re.sub(r"^(?:The|the)\s+", "", m.group("org"))
        register.abbreviations[m.group("abbr")] = org
    for m in re.finditer(rf"(?<![\w’'])(?:{CAP}(?:\s+of)?\s+)*{CAP}", text):
        title, name = split_title(m.group(0))
        words = [_strip_possessive(w) for w in name.split()]
        if not _looks_like_name(words, lowercase_words):
            continue
        full = " ".join(words)
        role = title if title and title.lower() not in {"the", "former"} else None
        if not role:
            role = _appositive_role(text[m.end() : m.end() + 250], register)
        surname = words[-1]
        known = register.people.get(surname)
        if known is None:
            register.people[surname] = Person(full, role)
        elif known.role is None and role and known.name == full:
            known.role = role
    return register


def _appositive_role(after: str, register: Register) -> str | None:
    m = APPOSITIVE.match(after)
    if not m:
        return None
    if m.group("possessive"):
        return m.group("possessive")
    org = register.expand(_trim_org(m.group("org1") or m.group("org2")))
    what = m.group("what")
    return f"{what}, {org}" if what else org


def _trim_org(org: str) -> str:
    return re.sub(r"^(?:The|the)\s+", "", org).strip()


def _clean_phrase(phrase: str) -> str:
    words = phrase.strip(" ,;:—–-").split()
    while words and words[-1].lower() in AUXILIARIES:
        words.pop()
    while words and words[0].lower() in {"and", "but", "while", "as", "so", "yet"}:
        words.pop(0)
    return " ".join(words)


def _is_noun_phrase(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > 8:
        return False
    first = words[0]
    if first.lower() in PRONOUNS:
        return len(words) == 1
    if first.lower() in {"a", "an", "the"}:
        return not any(w.lower() in {"that", "which", "who", "whom", "whose"} for w in words)
    return first[:1].isupper() and all(w[:1].isupper() or w.lower() in {"of", "for", "the", "in", "and"} for w in words)


def _left_phrase(before: str) -> str:
    """The subject just before a reporting verb: the nearest clause that reads as a noun phrase."""
    parts = re.split(r"[,;:—–]|\bQUOTE\b", re.sub(r"\([^()]*\)", "", before))
    for part in reversed(parts):
        phrase = _clean_phrase(part)
        if not phrase:
            continue
        if _is_noun_phrase(phrase):
            return phrase
        if phrase.split()[0].lower() in {"who", "which"}:
            continue
        return ""
    return ""


def _right_phrase(after: str) -> str:
    m = re.match(rf"\s*((?:{CAP}\s+)*{CAP}(?:\s+of\s+[A-Z]{{2,}})?)", after)
    return m.group(1).rstrip(".,") if m else ""


def _according_phrase(after: str) -> str:
    noun = NOUN_SOURCE.match(after)
    rest = after[noun.end() :] if noun else after
    m = re.match(rf"({ORG})", rest)
    if m and noun:
        return f"{noun.group('noun')}:{m.group(1)}"
    if m:
        return m.group(1)
    definite = re.match(r"(the\s+[a-z]+)", after)
    return definite.group(1) if definite else ""


def find_phrase(outside: str) -> str:
    """The words that name the speaker in text whose quotes are replaced by QUOTE; "" when none do."""
    for m in VERB.finditer(outside):
        left = _left_phrase(outside[: m.start()])
        if left:
            return left
        right = _right_phrase(outside[m.end() :])
        if right:
            return right
    for m in ACCORDING.finditer(outside):
        phrase = _according_phrase(outside[m.end() :])
        if phrase:
            return phrase
    return ""


class Resolver:
    """Turns the phrase that names a speaker into a Speaker, remembering who spoke last for "he said"."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.last_person: Speaker | None = None
        self.recent: list[Speaker] = []

    def resolve(self, phrase: str) -> Speaker | None:
        if not phrase:
            return None
        speaker = self._resolve(phrase)
        if speaker is not None:
            self.recent.append(speaker)
            if speaker.is_person:
                self.last_person = speaker
        return speaker

    def _resolve(self, phrase: str) -> Speaker | None:
        lower = phrase.lower()
        if lower in PRONOUNS:
            return self.last_person
        if ":" in phrase:
            noun, org = phrase.split(":", 1)
            return Speaker(self.register.expand(_trim_org(org)), None, False, f"{noun} {org}")
        if lower.startswith("the ") and phrase[4:5].islower():
            noun = lower.split()[-1]
            for earlier in reversed(self.recent):
                if noun in earlier.mention.lower():
                    return earlier
            return None
        if phrase[:1].islower() or lower.split()[0] in {"a", "an"}:
            return Speaker(phrase, None, True, phrase)
        return self._named(phrase)

    def _named(self, phrase: str) -> Speaker:
        org = None
        possessive = re.match(r"^([A-Z]{2,}\w*)[’']s\s+(.+)$", phrase)
        if possessive:
            org, phrase = self.register.expand(possessive.group(1)), possessive.group(2)
        of_org = re.match(r"^(.+?)\s+of\s+([A-Z]{2,}\w*)$", phrase)
        if of_org:
            phrase, org = of_org.group(1), self.register.expand(of_org.group(2))
        phrase = re.sub(r"^(?:The|the)\s+", "", phrase)
        title, name = split_title(phrase)
        if not name:
            return Speaker(self.register.expand(phrase), None, False, phrase)
        person = self.register.person(name)
        if person is None:
            return Speaker(self.register.expand(name), title or org, len(name.split()) > 1, phrase)
        return Speaker(person.name, title or person.role or org, True, phrase)

"""Who said it: the speaker of a quote or a reported statement, and what the text says they are.

News prose names a person once in full with a title or an appositive ("Kremlin spokesman Dmitry
Peskov", "Sharren Haskel, Israel's deputy foreign minister,") and afterwards by surname or by "he" or
"she". A document-wide register of people is built first, so that every later mention resolves to the
name as printed in full, its role and, where the text shows it, its gender (index/text/phrases reads who
each sentence names). A pronoun is resolved only to someone its gender fits, and a definite description
("the official") to the nearest speaker it describes; otherwise the speaker is left unknown rather than
guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from index.text.names import (
    BODY_DESCRIPTION,
    BODY_NOUNS,
    DAYS,
    PARTICLES,
    PERSON_ROLE_NOUNS,
    PRONOUN_GENDER,
    TITLE_WORDS,
    given_name_gender,
    is_thing_plural,
    plain,
)
from index.text.phrases import (
    ANONYMOUS_SOURCES,
    DOCUMENT_NOUNS,
    ISSUED,
    OWN_OFFICE,
    PARENTHESES,
    REPORTING,
    WINDOW,
    Mention,
    appositive_np,
    capital_runs,
    parse_np,
    without_dateline,
)
from index.text.phrases.patterns import from_word_start
from index.text.phrases.words import shield_listed_commas, unshield

RECENT_PARAGRAPHS = 3
# How far back "he" may reach over paragraphs that name no person at all ("…,” he added" after background).
BACKGROUND_PARAGRAPHS = 6

# "ERC sources say", "party insiders": people who speak on condition of not being named, described by whom they
# speak for; the capitalised words are their side, not a name ("Israeli officials" stays the group's label).
UNNAMED_GROUP = re.compile(r"^(?:[A-Z][\w.&’'-]*\s+){1,4}(?:sources|insiders)$")
# "the ministry", "the embassy": a body the text has just had speak under its full name.
REFERRING_BODIES = {"ministry", "department", "embassy", "commission", "office", "agency", "council", "presidency"}
OFFICE_NOUN = re.compile(r"\b(?:office|spokesman|spokeswoman|spokesperson|aides?)$", re.IGNORECASE)
TITLE_OFFICE = re.compile(r"^(?:the|The)\s+(?P<title>(?:[\w-]+\s+){0,2}[\w-]+)['’]s\s+[Oo]ffice$")
HEAD_OF = re.compile(r"\bhead\s+of\s+(?:state|government)$")
# Offices one person holds for a side, so that "the Azerbaijani Foreign Minister" is someone in particular;
# "an EU source", "the Qatari official" may be anyone.
SINGLE_OFFICES = {"minister", "president", "premier", "chancellor", "secretary", "negotiator", "envoy", "ambassador"}
# "the top diplomat", "the country's chief diplomat": a foreign minister; "the diplomat" alone is anyone's.
TOP_DIPLOMAT = re.compile(r"\b(?:top|chief)\s+diplomat$", re.IGNORECASE)
# Offices a later "the top diplomat" may stand for.
DIPLOMATIC = re.compile(
    r"\b(?:foreign minister|foreign secretary|minister of foreign affairs|foreign affairs minister|"
    r"secretary of state|ambassador|envoy)\b",
    re.IGNORECASE,
)
# Nouns a later description may use for anyone in office: "the Qatari official" after the Qatari minister.
GENERAL_NOUNS = {"official", "diplomat", "politician"}
HONORIFIC = r"(?:Sir|Dame|Lord|Lady|Baroness|Mr|Mrs|Ms|Dr)"
# Lawmakers and party members a text describes by constituency or by state: "the Lagan Valley MP".
EPITHET_NOUNS = {
    "mp", "td", "mla", "msp", "mep", "senator", "congressman", "congresswoman", "lawmaker", "legislator",
    "democrat", "republican", "tory", "conservative",
}  # fmt: skip
# "the UN chief", "the IAEA head", "the union boss": the one who holds the body's top office.
TOP_NOUNS = {"chief", "head", "boss"}
TOP_OFFICE = re.compile(
    r"\b(?:secretary[- ]general|director[- ]general|president|chair|chairman|chairwoman|chairperson|"
    r"chief executive|executive director|general secretary)\b",
    re.IGNORECASE,
)
LEADER = re.compile(
    r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader)\b", re.IGNORECASE
)


# Letters that carry no accent to strip but that outlets still print plain: "Wałęsa" as "Walesa".
PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "ð": "d", "þ": "th"})


def name_key(name: str) -> str:
    """A name as looked up: case and accents do not matter, since one article may print "Miroslav Lajčák"
    and then "Lajcak said", or "Vučić" and "Vucic", for one person."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(PLAIN_LETTERS)


@dataclass
class Person:
    name: str
    roles: list[str] = field(default_factory=list)
    gender: str | None = None

    @property
    def role(self) -> str | None:
        """The role that says the most: one naming an affiliation (a capitalised word) if any."""
        for role in self.roles:
            if any(w[:1].isupper() for w in role.split()[1:]) or (
                role.split() and role[:1].isupper() and plain(role.split()[0]) not in TITLE_WORDS
            ):
                return role
        return self.roles[0] if self.roles else None

    def add_role(self, role: str | None) -> None:
        if role and role not in self.roles:
            self.roles.append(role)


# "a Norwegian Foreign Ministry statement", "a White House readout": the issuer is named before the document,
# its body in lower case too ("a Norwegian foreign ministry statement", "an Egyptian government statement").
ISSUER_BEFORE_DOCUMENT = re.compile(
    r"(?<![\w-])(?:a|an)\s+(?P<issuer>(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"(?:(?:foreign|defen[cs]e|interior|finance|trade|economy|health)\s+)?"
    r"(?:(?:ministry|government|presidency|army|military|embassy|department)\s+)?)"
    r"(?P<noun>statement|letter|communiqu[eé]|readout)\b"
)


@dataclass(frozen=True)
class Speaker:
    name: str | None  # None for an institution, whose words are then its role
    role: str | None
    is_person: bool
    mention: str  # the words that named it, to resolve a later "the poll" or "the official"
    gender: str | None = None


@dataclass
class Register:
    """The people a document names, looked up by full name, surname or any name word."""

    people: list[Person] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)
    _full: dict[str, Person] = field(default_factory=dict)
    _last: dict[str, list[Person]] = field(default_factory=dict)
    _token: dict[str, list[Person]] = field(default_factory=dict)
    _roles: dict[str, list[Person]] = field(default_factory=dict)

    def add(self, name: str, role: str | None = None, gender: str | None = None) -> Person:
        key = name_key(name)
        person = self._full.get(key) or self._surname_with_particle(key)
        if person is None:
            person = Person(name, gender=gender or given_name_gender(name.split()[0]))
            self.people.append(person)
            self._full[key] = person
            words = key.split()
            self._last.setdefault(words[-1], []).append(person)
            bare = re.sub(r"^(?:al|el|ad|as|ash|at|az|ar|an)[-’']", "", words[-1])
            if bare != words[-1]:
                self._last.setdefault(bare, []).append(person)
            for w in words:
                self._token.setdefault(w, []).append(person)
        self.add_role(person, role)
        person.gender = person.gender or gender
        return person

    def _surname_with_particle(self, key: str) -> Person | None:
        """ "De Cossio said" after "Carlos Fernandez de Cossio": a surname with its particle, capitalised
        because it opens the sentence, is the one person whose full name ends in it, not a second person."""
        words = key.split()
        if len(words) < 2 or words[0] not in PARTICLES:
            return None
        fuller = {id(p): p for p in self._last.get(words[-1], []) if name_key(p.name).endswith(" " + key)}
        return next(iter(fuller.values())) if len(fuller) == 1 else None

    def add_role(self, person: Person, role: str | None) -> None:
        if role and role not in person.roles:
            person.add_role(role)
            self._roles.setdefault(_role_key(role), []).append(person)

    def find(self, name: str) -> list[Person]:
        """Everyone the words can name: the one person whose full name holds a lone word ("Anwar" is
        Anwar Ibrahim, "Seleshi" Seleshi Bekele, whatever the text said with the lone word alone), or
        opens with all the words given (Somali and Arabic usage shortens "Hassan Sheikh Mohamud" to
        "Hassan Sheikh"), else the full name, else the surname, else any name word."""
        key = name_key(re.sub(r"[’']s$", "", name)).strip(" ,.")
        words = key.split()
        if len(words) == 1:
            fuller = list({id(p): p for p in self._token.get(key, []) if len(p.name.split()) > 1}.values())
            if len(fuller) == 1:
                return fuller
        if len(words) > 1:
            longer = {id(p): p for p in self._token.get(words[0], []) if name_key(p.name).startswith(key + " ")}
            if len(longer) == 1:
                return list(longer.values())  # "Hassan Sheikh" after "Hassan Sheikh Mohamud": his first names
        if key in self._full:
            return [self._full[key]]
        if not words:
            return []
        if len(words) > 1:
            matches = [p for p in self._last.get(words[-1], []) if name_key(p.name).endswith(key)]
            if matches:
                return matches
        return self._last.get(words[-1], []) or self._token.get(words[-1], [])

    def expand(self, org: str) -> str:
        return self.abbreviations.get(org.strip(), org)

    def by_role(self, description: str) -> Person | None:
        """The one person the text gives this role ("Armenia's foreign minister"), if only one; a rank word
        the description leaves out still fits ("the UK's negotiator" is "the UK's chief negotiator")."""
        matches = self._roles.get(_role_key(description), [])
        if not matches:
            wanted = _rankless(_role_key(description))
            matches = [p for key, people in self._roles.items() if _rankless(key) == wanted for p in people]
        return matches[0] if len(set(map(id, matches))) == 1 else None


def _side_word(word: str) -> bool:
    """A capitalised word that is no title ("Saudi" in "the Saudi delegate", not "Prime" in "the Prime
    Minister"): the side a description names."""
    return word[:1].isupper() and plain(word) not in TITLE_WORDS


def _body_or_its_document(words: list[str]) -> bool:
    """ "the ministry", or "the ministry's statement on Telegram": a document a body issued speaks for it."""
    if len(words) == 2:
        return True
    return len(words) > 2 and bool(re.search(r"[’']s$", words[1])) and plain(words[2]) in DOCUMENT_NOUNS


# One office under two names: "the premier added" after "Prime Minister X said" is X.
ROLE_SYNONYMS = {
    "premier": "prime minister",
    "pm": "prime minister",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "czar": "minister",  # "the finance czar said" after "Finance Minister X said": press English for the minister
    "tsar": "minister",
}


def _head_noun(description: str) -> str:
    """The noun a title is about: its last word, or the word before "of" ("the President of Azerbaijan"),
    an abbreviation read as the office it stands for ("the Armenian PM" is a minister)."""
    words = [w for w in description.split() if w]
    of = next((i for i, w in enumerate(words) if i and w == "of"), None)
    head = words[of - 1] if of is not None else words[-1] if words else ""
    return _role_key(plain(head)).split()[-1] if plain(head) else ""


def _role_key(role: str) -> str:
    key = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"[’']", "'", role).casefold()).strip(" .,")
    return " ".join(ROLE_SYNONYMS.get(w, w) for w in key.split())


RANK_WORDS = {"chief", "lead", "top", "main", "senior", "principal", "head"}


def _rankless(key: str) -> str:
    return " ".join(w for w in key.split() if w not in RANK_WORDS)


def _gender_from_pronouns(sentence: str, name_end: int) -> str | None:
    """ "X said his country…": the first personal pronoun after a person who opens the sentence; not "him",
    which is someone else ("X accused him of …")."""
    after = sentence[name_end : name_end + 200]
    m = re.search(r"\b(he|his|himself|she|her|hers|herself)\b", after)
    if m is None or re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", after[: m.start()]):
        return None
    return PRONOUN_GENDER[m.group(1)]


# Verbs a feature headline opens with before the person it introduces: "Meet X, the …".
HEADLINE_VERBS = {"meet", "encounter", "introducing"}


def _people_runs(sentence: str) -> list[tuple[int, int, list[str]]]:
    """Capitalised runs, with "A and B" lists of people split into their members."""
    out = []
    for start, end, words in capital_runs(sentence):
        if start == 0 and len(words) > 2 and plain(words[0]) in HEADLINE_VERBS and given_name_gender(words[1]):
            start, words = start + len(words[0]) + 1, words[1:]  # "Meet X Y, the …": the headline's verb is no name
        if not any(w in {"and", "&"} for w in words):
            out.append((start, end, words))
            continue
        pieces: list[list[str]] = []
        current: list[str] = []
        for w in words + ["and"]:
            if w in {"and", "&"}:
                pieces.append(current)
                current = []
            else:
                current.append(w)
        pieces = _portfolios_joined(pieces)
        position, people, bodies = start, [], False
        for piece in pieces:
            if not piece:
                continue
            at = sentence.find(piece[0], position)
            found = parse_np(" ".join(piece), strict=True)
            if found is not None and found.kind == "person":
                people.append((at, at + len(" ".join(piece)), piece))
            else:
                bodies = True
            position = max(position, at + 1)
        if bodies:  # "the G77 and China, the delegate of Iraq": one word joined to a body is no person either
            people = [p for p in people if len(p[2]) > 1]
        out.extend(people or [(start, end, words)])
    return out


def _portfolios_joined(pieces: list[list[str]]) -> list[list[str]]:
    """ "Minister of Communications and Information Jorge Rodriguez": an "and" inside a title's portfolio
    joins two of its words, not two people, so the piece before it (a title with "of" or "for" that names
    no one) goes with the piece after it; so does a title that ends in its noun ("Civic Union leader and
    candidate for chancellor Oren Pask": one person with two titles)."""
    out: list[list[str]] = []
    for piece in pieces:
        if (
            out
            and out[-1]
            and (any(plain(w) in {"of", "for"} for w in out[-1][1:]) or plain(out[-1][-1]) in PERSON_ROLE_NOUNS)
        ):
            before = parse_np(" ".join(out[-1]), strict=True)
            if before is None or before.kind != "person" or not before.name:
                out[-1] = [*out[-1], "and", *piece]
                continue
        out.append(piece)
    return out


# A lower-case title that is the object of another role's preposition: "assistant to the president of …".
OBJECT_OF_ROLE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bby\s))(?P<lead>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?\s+(?:to|for|of)\s+(?:the\s+)?)$"
)


def _register_sentence(register: Register, sentence: str) -> None:
    sentence = without_dateline(sentence)
    for start, end, words in _people_runs(sentence):
        initial = start == 0
        mention = parse_np(" ".join(words), initial=initial, strict=True)
        before = sentence[max(0, start - WINDOW) : start]
        lead = OBJECT_OF_ROLE.search(before) if words[0][:1].islower() and mention is not None else None
        if lead and mention is not None:  # "assistant to the president of Azerbaijan X": X is the assistant
            fuller = parse_np(f"{lead.group('lead')}{' '.join(words)}", strict=True)
            if fuller is not None and fuller.kind == "person" and fuller.name == mention.name:
                mention = fuller
        if mention is None or mention.kind != "person" or not mention.name:
            continue
        after = sentence[end : end + WINDOW]
        role = f"{mention.title} of {mention.role}" if mention.title and mention.role else mention.title or mention.role
        appositive = re.match(r"\s*,\s*((?:[^,;:.]|\.(?=\S))+?)(?=,|\.\s|\.$|;|:|$)", shield_listed_commas(after))
        if appositive and CLAUSE_VERB.search(appositive.group(1)) and not appositive.group(1).startswith("who "):
            appositive = None
        if appositive and ADDRESSED_QUESTION.match(appositive.group(1)):
            appositive = None  # "David, what do people think?": a question put to the person, not their role
        if appositive:
            desc = parse_np(appositive.group(1))
            if desc is None or desc.kind != "description":
                desc = appositive_np(appositive.group(1)) or desc
            if desc is not None and desc.kind == "description":
                printed = unshield(appositive.group(1).strip())
                role = ", ".join(r for r in (mention.title, appositive_role(register, printed) or printed) if r)
            elif not mention.title:
                role = role or _who_role(unshield(appositive.group(1)), register)
        leads = LEADS.match(after)
        if leads and not role:
            role = f"head of {leads.group('what')}"
        preceding = _clause_before_comma(before)
        if (
            preceding
            and not mention.title
            and len(preceding.split()) <= MAX_PRECEDING_WORDS
            and len(mention.name.split()) > 1  # "the leaders of Ukraine, Poland, France …" is a list of places
        ):
            desc = parse_np(preceding)
            if desc is not None and desc.kind == "description":
                role = desc.text
        words_in_name = mention.name.split()
        if len(words_in_name) == 1 and plain(mention.name) in PRONOUN_GENDER:
            continue  # "Premier He": a surname spelled like the pronoun is found through the full name only
        known = register.find(mention.name)
        if len(words_in_name) == 1 and known:
            register.add_role(known[0], role)
            continue
        if not (
            mention.title
            or role
            or mention.gender
            or given_name_gender(words_in_name[0])
            or (len(words_in_name) > 1 and _reports(before, after))
        ):
            continue
        person = register.add(mention.name, role, mention.gender)
        if initial and person.gender is None:
            person.gender = _gender_from_pronouns(sentence, end)


# "David, what do people who study the island think?": a question put to someone named before its comma.
ADDRESSED_QUESTION = re.compile(r"(?:what|how|why|where|when|which|do|does|did|is|are|was|were|can|could|will|would)\s")
# "The union's lead negotiator, Jo Park, said": a description before a name's comma is its role; a whole
# clause there ("The two sides reaffirmed the truce and …, Park said") is what Park said, not who Park is.
MAX_PRECEDING_WORDS = 8
# "said 51-year-old Jo Park", "Jo Park later told reporters": a name right beside a reporting verb.
VERB_BEFORE = re.compile(rf"(?<![\w-])(?:{REPORTING})\s+(?:\d{{1,3}}-years?-old\s+)?$")
VERB_AFTER = re.compile(rf"^,?\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?(?:{REPORTING})(?![\w-])")


def _reports(before: str, after: str) -> bool:
    """Whether a run stands as the subject of a reporting verb, which makes two name words a person's
    name whatever the given name (one no list of given names holds)."""
    return bool(VERB_BEFORE.search(before) or VERB_AFTER.match(after))


# ", the government says you have…" after a name is a new clause, not an appositive describing them.
CLAUSE_VERB = re.compile(rf"(?<![\w-])(?:{REPORTING}|is|are|was|were|has|have)(?![\w-])")
# "Pablo Beltrán heads the ELN's delegation": the position a sentence gives a person who leads something.
LEADS = re.compile(
    r"^\s+(?:heads|leads|chairs|directs)\s+(?P<what>the\s+[^,.;:]{3,80}?)"
    r"(?=\s+(?:at|in|on|for|since)\s|[,.;:]|$)"
)


def _clause_before_comma(before: str) -> str | None:
    """The words between the previous punctuation mark and a comma that ends `before`, if it ends so."""
    stripped = before.rstrip()
    if not stripped.endswith(","):
        return None
    chunk = stripped[:-1]
    start = max(chunk.rfind(mark) for mark in ",;:.") + 1
    return chunk[start:].strip() or None


def _who_role(appositive: str, register: Register) -> str | None:
    """ ", who heads … at the Institute for the Study of War (ISW)" names the speaker's organisation."""
    m = re.match(
        r"who\s+(?:heads|leads|runs|works|directs|chairs|is|was|serves)\b[^,]*?\s+(?:at|of|for)\s+(?:the\s+)?"
        r"(?P<org>[A-Z][\w’'.\-]*(?:\s+(?:for|of|and|the|on|in|&|[A-Z][\w’'.\-]*))*)",
        appositive,
    )
    if not m:
        return None
    org = re.sub(r"\s+(?:for|of|and|the|on|in|&)$", "", m.group("org").strip())
    return register.expand(org)


ORG_NAME = r"[A-Z][\w’'.\-]*(?:\s+(?:for|of|and|the|on|in|&|[A-Z][\w’'.\-]*)){0,12}"
ORG_START = from_word_start(r"\w’'.\-")


STATED = re.compile(r"(?<![\w-])stated(?![\w-])(?!\s+by\b)")


def build_register(sentences: Iterable[str]) -> Register:
    """The people named across a document's sentences (quotes masked), with their roles and genders."""
    register = Register()
    sentences = list(sentences)
    for sentence in sentences:
        for m in re.finditer(rf"{ORG_START}(?P<org>{ORG_NAME})\s+\((?P<abbr>[A-Z]{{2,}})\)", sentence):
            register.abbreviations[m.group("abbr")] = _spelled_out(m.group("org"))
    for sentence in sentences:
        _register_sentence(register, sentence)
    return register


def _spelled_out(org: str) -> str:
    """What a bracketed acronym stands for, without the words that open its sentence before the name:
    "Today the Coastal Fishers Network (CFN)" spells out "Coastal Fishers Network"."""
    words = org.split()
    while len(words) > 1 and (words[0].casefold() in DAYS | {"on", "the"}):
        words.pop(0)
    return " ".join(words)


def appositive_role(register: Register, description: str) -> str | None:
    """ "an analyst at the Stockholm Center … (SCEES)" as "analyst, Stockholm Center …"."""
    description = " ".join(PARENTHESES.sub(" ", description).split()).strip(" .")
    m = re.match(
        rf"^(?:an?|the)\s+(?P<what>[a-z][a-z\s-]*?)\s+(?:at|of|for|with)\s+(?:the\s+)?(?P<org>{ORG_NAME})$", description
    )
    if m:
        org = re.sub(r"\s+(?:for|of|and|the|on|in|&)$", "", m.group("org"))
        return f"{m.group('what')}, {register.expand(org)}"
    return None


# resolving ---------------------------------------------------------------------------------------


def _one_unnamed_person(who: Speaker) -> bool:
    """ "a treasury official", "the spokesperson for the Foreign Ministry": one person described by a role
    noun, which stands before whatever says whose officer they are."""
    words = re.split(r"\s+(?:for|of|at|from|with)\s", who.name or "", maxsplit=1)[0].split()
    return (
        who.is_person
        and len(words) >= 2
        and words[0].lower() in {"a", "an", "the"}
        and plain(words[-1]) in PERSON_ROLE_NOUNS
        and not words[-1].endswith("s")
    )


def _described(who: Speaker | None) -> bool:
    """ "the official", "a spokesman", and a description with no article that ends in its role noun ("Coastal
    Front leader", as a title printed before a comma reads)."""
    words = (who.name or "").split() if who is not None else []
    return bool(words) and (
        bool(re.match(r"(?:the|a|an)\s", " ".join(words), re.IGNORECASE))
        or (len(words) > 1 and words[-1].islower() and plain(words[-1]) in PERSON_ROLE_NOUNS)
    )


def _a_body(who: Speaker | None) -> bool:
    """An institution, or a description of one ("the Serbian Foreign Ministry", "the district")."""
    if who is None:
        return False
    return not who.is_person or bool(
        who.name and re.match(r"^[Tt]he\s", who.name) and plain(who.name.split()[-1]) in BODY_NOUNS
    )


def _later_first(seen: Seen) -> tuple[Speaker | None, Speaker | None]:
    """A unit's speaker, then its subject; but a named person who is the subject of a later sentence than the
    speaker's ("Rutte spoke of a deal. His CDA colleague Hoekstra is happy. “…,” he said") comes first."""
    subject, speaker = seen.subject, seen.speaker
    if (
        subject is not None
        and speaker is not None
        and subject.is_person
        and subject.name
        and speaker.name
        and subject.name != speaker.name
        and subject.role
    ):
        return subject, speaker
    return speaker, subject


def _named_first(seen: Seen) -> tuple[Speaker | None, Speaker | None]:
    """Who a paragraph was about, then who spoke in it; but a named speaker before the description the
    sentence opened with ("The official spokesperson for the delegation, Mohamed Nour, said …"), since a later
    "he" means the person, not his title."""
    if _described(seen.subject) and seen.speaker is not None and seen.speaker.name and not _described(seen.speaker):
        return seen.speaker, seen.subject
    return seen.subject, seen.speaker


@dataclass
class Seen:
    """One unit as the resolver met it: who spoke there and whom it was about."""

    paragraph: int
    speaker: Speaker | None
    subject: Speaker | None


class Resolver:
    """Turns a mention into a Speaker, remembering who spoke and who was talked about, for "he said"."""

    def __init__(
        self,
        register: Register,
        knows_place: Callable[[str], bool] | None = None,
        affiliation: Callable[[str], str | None] | None = None,
        is_state: Callable[[str], bool] | None = None,
        listed: Callable[[str], str | None] | None = None,
    ) -> None:
        self.register = register
        self.knows_place = knows_place or (lambda name: False)
        self.affiliation = affiliation or (lambda role: None)
        self.is_state = is_state or (lambda party: False)
        self.listed = listed or (lambda name: None)  # the party the gazetteer lists a person under
        self._sides: dict[str, str | None] = {}
        self.history: list[Seen] = []
        self.by_paragraph: dict[int, list[Seen]] = {}
        self.last_seen: dict[int, int] = {}
        self.documents: dict[str, tuple[int, Speaker]] = {}
        self.issuers: dict[str, set[str]] = {}  # every issuer the article gives a document noun, by the noun
        self.headline: Speaker | None = None  # the one person the headline has speak ("…, says X")
        self.printed: dict[int, list[Person]] = {}  # by full name
        self.mentioned: dict[int, list[Person]] = {}  # by surname at least

    def gender(self, speaker: Speaker | None) -> str | None:
        if speaker is None:
            return None
        if speaker.name:
            people = self.register.find(speaker.name)
            if len(people) == 1 and people[0].gender:
                return people[0].gender
        return speaker.gender

    def fits(self, speaker: Speaker | None, gender: str | None) -> bool:
        """Whether "he" or "she" can stand for this speaker: a named person of that gender, or of none known."""
        return self._fits(speaker, gender)

    def _fits(self, speaker: Speaker | None, gender: str | None) -> bool:
        if speaker is None or not speaker.is_person or not speaker.name or speaker.name[:1].islower():
            return False
        if re.match(r"(?:the|a|an)\s", speaker.name, re.IGNORECASE) and not any(
            plain(w) in PERSON_ROLE_NOUNS and not re.search(r"['’]s?$", w) for w in speaker.name.split()
        ):
            return False  # "The government …", "The … People's Party": what a sentence was about, not a "he"
        head = re.split(r"\s+(?:of|from|at|in)\s", speaker.name, maxsplit=1)[0].split()[-1]
        if gender is not None and head.islower() and head.endswith("s") and len(speaker.name.split()) > 1:
            return False  # "Qatari mediators", "The leaders of the G20": a group, never "he" or "she"
        known = self.gender(speaker)
        return gender is None or known is None or known == gender

    def _person(self, people: list[Person]) -> Person:
        return max(people, key=lambda p: self.last_seen.get(id(p), -1))

    def named(self, mention: Mention) -> Speaker | None:
        name = mention.name or mention.text
        possessive = re.match(r"^([A-Z]{2,}\w*)[’']s\s+", mention.text)
        titled = mention.title is not None and len(mention.title.split()) > 1
        org = self.register.expand(possessive.group(1)) if possessive and not titled else None
        if mention.role and re.fullmatch(r"[A-Z]{2,}\w*", mention.role):
            org = self.register.expand(mention.role)
        people = self.register.find(name)
        if name.lower() in {"he", "she"} and not people:
            return None
        if not people:
            if len(name.split()) == 1 and is_thing_plural(name) and not mention.title:
                return None
            if len(name.split()) == 1 and self.knows_place(name) and not mention.title:
                return Speaker(None, name, False, mention.text)
            role = mention.role or mention.title or org
            if len(name.split()) > 1:
                self.register.add(name, role, mention.gender)
            return Speaker(name, role, True, mention.text, mention.gender or given_name_gender(name.split()[0]))
        person = self._person(people)
        self.last_seen[id(person)] = len(self.history)
        if mention.gender and not person.gender:
            person.gender = mention.gender
        role = org or mention.role or mention.title or person.role
        if role and mention.role == role:
            role = appositive_role(self.register, role) or role
        if (
            mention.title
            and not mention.role
            and person.role
            and person.role != mention.title
            and not any(w[:1].isupper() for w in mention.title.split() if plain(w) not in TITLE_WORDS)
        ):
            role = mention.title if person.role.startswith(mention.title) else role
        return Speaker(person.name, role, True, mention.text, person.gender)

    def pronoun(self, gender: str | None, paragraph: int) -> Speaker | None:
        """The speaker "he" or "she" points to: someone in this paragraph, else who the last paragraph was
        about (a quote standing alone in between names nobody, so it is passed over), else the nearest earlier
        speaker whose gender is known to fit, else the one unnamed person who spoke just before ("a senior
        official said …. “…,” he said"); otherwise nobody."""
        for seen in reversed(self.by_paragraph.get(paragraph, [])):
            for who in _later_first(seen):
                if self._fits(who, gender):
                    return who
        earlier = [p for p in range(paragraph - 1, paragraph - 1 - RECENT_PARAGRAPHS, -1) if p in self.by_paragraph]
        about = [p for p in earlier if any(s.speaker or s.subject for s in self.by_paragraph[p])]
        if about:
            for seen in reversed(self.by_paragraph[about[0]]):
                for who in _named_first(seen):
                    if self._fits(who, gender):
                        return who
            other = self._other_of_the_paragraph(about[0], gender)
            if other is not None:
                return other
        for p in earlier:
            for seen in reversed(self.by_paragraph[p]):
                who = seen.speaker
                if who is not None and gender and self.gender(who) == gender and self._fits(who, gender):
                    return who
        return (
            self._one_unnamed_just_heard(paragraph)
            or self._headline_speaker(gender)
            or self._last_person_over_background(gender, paragraph)
        )

    def _last_person_over_background(self, gender: str | None, paragraph: int) -> Speaker | None:
        """ "…, the finance czar said. ¶ The mission has been in the capital since …. ¶ The economy needs …. ¶
        “…,” he added": paragraphs of background that name no person leave "he" with the last person the text
        spoke of, however many there are; the named person that paragraph had speak or was about, if only one.
        What no "he" can stand for ("The lender's team has been …") is background too; a page of it is not read
        as that, so the search stops BACKGROUND_PARAGRAPHS back."""
        for p in range(paragraph - 1, max(-1, paragraph - 1 - BACKGROUND_PARAGRAPHS), -1):
            people = [
                who
                for seen in self.by_paragraph.get(p, [])
                for who in (seen.speaker, seen.subject)
                if who is not None and self._fits(who, gender)
            ]
            if not people and not self.mentioned.get(p):
                continue
            fitting = {who.name: who for who in people}
            if len(fitting) != 1 or any(_described(who) for who in fitting.values()):
                return None
            return next(iter(fitting.values()))
        return None

    def _other_of_the_paragraph(self, paragraph: int, gender: str | None) -> Speaker | None:
        """ "She gave him the chance to confirm it, but Schumer did not. ¶ Instead, he said, “…”": when the
        person a paragraph was about is not of the pronoun's gender, the one other person it names who can
        be is meant; with two such people, nobody can tell."""
        if gender is None:
            return None
        about = [who for seen in self.by_paragraph.get(paragraph, []) for who in (seen.subject, seen.speaker)]
        if not any(who is not None and who.is_person and self.gender(who) not in {None, gender} for who in about):
            return None
        fitting = [p for p in self.mentioned.get(paragraph, []) if p.gender in {None, gender}]
        if len(fitting) != 1:
            return None
        person = fitting[0]
        return Speaker(person.name, person.role, True, person.name, person.gender)

    def _headline_speaker(self, gender: str | None) -> Speaker | None:
        """A capture that opens with the quote ("“…,” he added" with nobody named before it) leaves the
        headline ("Trade deal not a given, says X") to say who "he" is, when the text has spoken of no person
        before; otherwise the pronoun is left unresolved."""
        if self.headline is None or not self._fits(self.headline, gender):
            return None
        if any(who is not None and who.is_person for seen in self.history for who in (seen.speaker, seen.subject)):
            return None
        return self.headline

    def definite(self, mention: Mention, paragraph: int) -> Speaker:
        """ "the official", "the poll": the nearest earlier speaker or subject the noun describes. A title
        with a side ("the Azerbaijani Foreign Minister") that nobody of that side holds in the text is the
        person just spoken of whom the text gives no role ("Jeyhun Bayramov stated …")."""
        words = mention.text.split()
        noun = _head_noun(mention.text)
        if any(w[:1].isupper() for w in words[1:]):
            person = self.register.by_role(mention.text) or self._same_side(mention.text)
            if person is not None:
                return Speaker(person.name, person.role, True, mention.text, person.gender)
            recent = self._recent_of_side(mention.text, paragraph)
            if recent is not None:
                return recent
            if (
                words[0].lower() == "the"
                and noun in SINGLE_OFFICES
                and self._side(mention.text)
                and not self._holders(mention.text)
            ):
                untitled = self._untitled_subject(paragraph)
                if untitled is not None and self._may_hold(untitled, mention.text):
                    return untitled
            if words[0].lower() == "the" and noun in GENERAL_NOUNS and self._side(mention.text):
                lone = self._lone_person_just_heard(mention, paragraph)
                if lone is not None:
                    return lone
        described = " ".join(words[1:]).lower()
        side = self._side(mention.text) if any(_side_word(w) for w in words[1:]) else None
        for seen in reversed(self.history):
            if seen.paragraph < paragraph - RECENT_PARAGRAPHS:
                break
            for who in (seen.speaker, seen.subject):
                if who is not None and (
                    noun in who.mention.lower() or _role_key(described) in _role_key(who.role or "")
                ):
                    if side and self._other_side(who, side):
                        continue  # "the Saudi delegate" after "the delegate of Iraq": another delegate
                    return who
        if len(words) == 2 and words[0].lower() == "the" and noun in GENERAL_NOUNS:
            named = self._one_person_just_named(paragraph)
            if named is not None:
                return named
        if LEADER.fullmatch(_role_key(" ".join(words[1:]))) and not self.register.by_role(mention.text):
            untitled = self._untitled_subject(paragraph)
            if untitled is not None:
                return untitled
        if noun in {"state", "government", "leader", "head"}:
            for seen in reversed(self.by_paragraph.get(paragraph, [])):
                who = seen.speaker
                if who is not None and who.is_person and LEADER.search(f"{who.mention} {who.role or ''}"):
                    return who
            if HEAD_OF.search(mention.text):  # "…,” the head of state added": the leader just quoted or named
                for seen in reversed(self.history):
                    if seen.paragraph < paragraph - 1:
                        break
                    for who in (seen.speaker, seen.subject):
                        if who is not None and who.is_person and LEADER.search(f"{who.mention} {who.role or ''}"):
                            return who
        modifiers = {plain(w) for w in words[1:-1] if w[:1].isupper()}
        for seen in reversed(self.by_paragraph.get(paragraph, [])):
            who = seen.speaker
            if (
                who is not None
                and who.is_person
                and modifiers
                and modifiers <= {plain(w) for w in f"{who.mention} {who.role or ''}".split()}
            ):
                return who
        if TOP_DIPLOMAT.search(mention.text):  # "the top diplomat said" after "Foreign Minister X said"
            for seen in reversed(self.history):
                if seen.paragraph < paragraph - RECENT_PARAGRAPHS:
                    break
                for who in (seen.speaker, seen.subject):
                    if who is not None and who.is_person and DIPLOMATIC.search(f"{who.mention} {who.role or ''}"):
                        return who
        holder = self._sole_titled(mention) or self._sole_top_holder(mention)
        if holder is not None:
            return holder
        return Speaker(mention.text, None, True, mention.text, mention.gender)

    def _sole_top_holder(self, mention: Mention) -> Speaker | None:
        """ "Union boss X said …. “…,” the RMT chief said": "the <Body> chief/boss/head" is the one person the
        article gives a body's top office, when that person's title names no other body ("Union boss" is
        any union's; "Network Rail chief executive" is not the RMT's), under the words that name the body.
        With two holders, nobody can tell."""
        words = mention.text.split()
        if not (3 <= len(words) <= 4 and words[0].lower() == "the" and plain(words[-1]) in TOP_NOUNS):
            return None
        body = {plain(w) for w in words[1:-1]}
        if not all(w[:1].isupper() for w in words[1:-1]):
            return None
        holders = {
            id(p): (p, r)
            for p in self.register.people
            for r in p.roles
            if plain(r.split()[-1]) in TOP_NOUNS or TOP_OFFICE.search(r)
        }
        if len(holders) != 1:
            return None
        person, role = next(iter(holders.values()))
        named = {plain(w) for w in role.split() if w[:1].isupper()} - BODY_NOUNS
        if not named <= body:
            return None
        return Speaker(person.name, " ".join(words[1:]), True, mention.text, person.gender)

    def _sole_titled(self, mention: Mention) -> Speaker | None:
        """ "Finance Minister X … Senator X suggested … “…,” the minister said": a bare "the <title>" with no
        recent holder in sight is the one person the article gave that title to, however long ago; with two
        or none, nobody can tell."""
        words = mention.text.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].islower():
            return None
        noun = plain(words[1])
        if noun not in PERSON_ROLE_NOUNS:
            return None
        found = {id(p): (p, r) for p in self.register.people for r in p.roles if noun in {plain(w) for w in r.split()}}
        if len(found) != 1:
            return None
        person, role = next(iter(found.values()))
        return Speaker(person.name, role, True, mention.text, person.gender)

    def _lone_person_just_heard(self, mention: Mention, paragraph: int) -> Speaker | None:
        """ "X, the talks' lead negotiator, said …. “…,” the Norlandic official told reporters": in an
        article that names one person only, whose titles name no country, a definite "the <nationality>
        official" right after that person spoke is that person (a second official would be introduced, "an
        official"); the description is the role these words are said in."""
        if len(self.register.people) != 1 or self._holders(mention.text):
            return None
        person = self.register.people[0]
        if any(self.is_state(side) for side in (self._side(r) for r in person.roles) if side):
            return None  # "Omani Prime Minister X" is Oman's, so "the Yemeni official" is someone else
        for seen in reversed(self.history):
            if seen.paragraph < paragraph - 1:
                break
            who = seen.speaker
            if who is not None and who.is_person and who.name == person.name:
                return Speaker(person.name, mention.text[4:], True, mention.text, person.gender)
        return None

    def _epithet_of_person_just_named(self, mention: Mention, paragraph: int) -> Speaker | None:
        """ "Sir Jeffrey Donaldson claimed …. The Lagan Valley MP said", "McCarthy said …. The California
        Republican said": a lawmaker described by constituency, or by state and party, in words no role in the
        text holds, is the person the last paragraphs named; news prose varies a name so, and a second lawmaker
        would be introduced by name. A person whose role names another side than the description is not meant."""
        words = mention.text.split()
        if not (3 <= len(words) <= 5 and words[0].lower() == "the" and plain(words[-1]) in EPITHET_NOUNS):
            return None
        modifiers = {plain(w) for w in words[1:-1]}
        if not all(w[:1].isupper() for w in words[1:-1]) or any(
            modifiers & {plain(w) for w in " ".join([p.name, *p.roles]).split()} for p in self.register.people
        ):
            return None
        person = self._person_just_named(paragraph)
        if person is None:
            return None
        side = self._side(mention.text)
        if side and any(own and own != side for own in (self._side(r) for r in person.roles)):
            return None
        return Speaker(person.name, person.role, True, mention.text, person.gender)

    def _person_just_named(self, paragraph: int) -> Person | None:
        """The person this paragraph or the two before last spoke of by full name: the latest speaker or
        subject so named, else the one person a paragraph printed in full inside a clause ("Downing Street
        said … after Sir Jeffrey Donaldson claimed …"); with two such names, nobody can tell."""
        for p in range(paragraph, paragraph - 3, -1):
            for seen in reversed(self.by_paragraph.get(p, [])):
                for who in (seen.speaker, seen.subject):
                    person = self._named_person(who)
                    if person is not None:
                        return person
            printed = self.printed.get(p, [])
            if len(printed) == 1:
                return printed[0]
            if printed:
                return None
        return None

    def note_printed(self, paragraph: int, text: str) -> None:
        """The people a unit prints by full name, whatever part of a sentence holds the name; a person's
        name is two words or more and opens with a given name or follows an honorific ("Sir Jeffrey X")."""
        found = self.printed.setdefault(paragraph, [])
        mentioned = self.mentioned.setdefault(paragraph, [])
        for person in self.register.people:
            words = person.name.split()
            if len(words) < 2 or person in mentioned:
                continue
            if re.search(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", text):
                mentioned.append(person)
            if person in found or person.name not in text:
                continue
            honoured = re.search(rf"\b{HONORIFIC}\.?\s+{re.escape(person.name)}", text)
            if given_name_gender(words[0]) is not None or honoured:
                found.append(person)

    def _named_person(self, who: Speaker | None) -> Person | None:
        """The one registered person a speaker or subject is, when the text printed that person's full name."""
        if who is None or not who.is_person or not who.name or who.name[:1].islower():
            return None
        people = self.register.find(who.name)
        if len(people) != 1 or len(people[0].name.split()) < 2:
            return None
        return people[0]

    def _one_unnamed_just_heard(self, paragraph: int) -> Speaker | None:
        """ "A ministry official has insisted the plan is a draft. ¶ “…,” they told the paper": a singular
        "they" is the one unnamed person this paragraph or the one before was about, not several people."""
        for p in (paragraph, paragraph - 1):
            for seen in reversed(self.by_paragraph.get(p, [])):
                who = seen.speaker or seen.subject
                if who is not None:
                    return who if _one_unnamed_person(who) else None
        return None

    def _one_person_just_named(self, paragraph: int) -> Speaker | None:
        """ "Finance Secretary X told reporters …. ¶ The official also acknowledged …": a bare "the official"
        that no earlier description or role accounts for is the person the last paragraph spoke of, when that
        paragraph names nobody else; news prose varies a name so, and a second official would be introduced
        ("an official", "another official"). Within its own paragraph the description may be someone that
        paragraph introduced without a name ("one EU diplomat said"), so it is left alone there."""
        for seen in reversed(self.history):
            if seen.paragraph < paragraph - 1:
                return None
            if seen.paragraph == paragraph and any(w is not None and w.is_person for w in (seen.speaker, seen.subject)):
                return None
            for who in (seen.speaker, seen.subject):
                if who is None or not who.is_person or not who.name or _described(who):
                    continue
                if len(who.name.split()) < 2:
                    return None
                named = {id(p) for p in self.mentioned.get(seen.paragraph, [])}
                people = self.register.find(who.name)
                return who if len(people) == 1 and named <= {id(people[0])} else None
        return None

    def _may_hold(self, who: Speaker, title: str) -> bool:
        """ "the US president" after "the PM greeted the US President …" is not the prime minister just named: a
        person the gazetteer lists under another side does not hold a title of this one."""
        listed = self.listed(who.name) if who.name else None
        return listed is None or listed == self._side(title)

    def _untitled_subject(self, paragraph: int) -> Speaker | None:
        """ "Keir Starmer said …. Speaking on the flight, the prime minister said": a leader's bare title
        points to the person the text was just about, when the text gives that person no role at all."""
        for seen in reversed(self.history):
            if seen.paragraph < paragraph - 1:
                break
            for who in (seen.subject, seen.speaker):
                if who is not None and who.is_person and who.name and len(who.name.split()) > 1:
                    people = self.register.find(who.name)
                    return who if len(people) == 1 and not people[0].roles and not who.role else None
        return None

    def _side(self, role: str) -> str | None:
        if role not in self._sides:
            self._sides[role] = self.affiliation(role)
        return self._sides[role]

    def _other_side(self, who: Speaker, side: str) -> bool:
        """Whether an earlier speaker is printed as speaking for a side other than this one."""
        theirs = self._side(f"{who.mention} {who.role or ''}".strip())
        return theirs is not None and theirs != side

    def _same_side(self, description: str) -> Person | None:
        """ "the Chilean negotiator" after "Chile's chief negotiator Tomas Reyes": the one person whose role
        has the description's head noun and names the same party, however the text spells that party."""
        found = self._holders(description)
        return found[0] if len(found) == 1 else None

    def _holders(self, description: str) -> list[Person]:
        """The people whose role has the description's head noun and names the same party."""
        party = self._side(description)
        if not party:
            return []
        noun = _head_noun(description)
        found = {
            id(p): p
            for p in self.register.people
            for r in p.roles
            if noun in {_head_noun(w) for w in r.split()} and self._side(r) == party
        }
        return list(found.values())

    def _body_just_heard(self, paragraph: int) -> Speaker | None:
        """ "Hamas said in a statement … “…,” it said": the institution that spoke last, in this paragraph or
        the one before; a person in between, or no institution, leaves the quote without a speaker."""
        for seen in reversed(self.history):
            if seen.paragraph < paragraph - 1:
                break
            who = seen.speaker
            if who is None and _a_body(seen.subject):
                return seen.subject  # "the district had expressed optimism in a post. ¶ “…,” it said"
            if who is None:
                continue
            if not who.is_person:
                return who
            if _a_body(who):
                return who  # "the Serbian Foreign Ministry"
            if (
                who.role
                and BODY_DESCRIPTION.match(who.role)
                and given_name_gender((who.name or "x").split()[0]) is None
            ):
                return who  # "Agrivan, a lobby group representing farmers, said …. It said: “…”"
            if self._named_like_a_body(who):
                return who  # "Maersk said …. “…,” it said": a one-word name that "it" goes on with is a company
            return None
        return None

    def _named_like_a_body(self, who: Speaker) -> bool:
        """A single capitalised word nobody is given a role, a given name or a fuller name by."""
        name = who.name or ""
        if len(name.split()) != 1 or who.role or given_name_gender(name) is not None:
            return False
        people = self.register.find(name)
        return all(len(p.name.split()) == 1 and not p.roles for p in people)

    def _recent_body(self, noun: str, paragraph: int) -> Speaker | None:
        """The institution the last paragraphs had speak whose name ends in the noun ("Ukraine's Foreign
        Ministry said …" before "the ministry said"), or that a description named ("the Iranian Foreign
        Ministry said")."""
        for seen in reversed(self.history):
            if seen.paragraph < paragraph - RECENT_PARAGRAPHS:
                break
            who = seen.speaker
            if who is None:
                continue
            named = who.role if not who.is_person else (who.name if who.name and who.name[:4] == "the " else None)
            if named and plain(named.split()[-1]) == noun:
                return who
        return None

    def _recent_of_side(self, description: str, paragraph: int) -> Speaker | None:
        """ "said the Qatari leader" after "Qatari Prime Minister X said": the nearest person the last
        paragraphs spoke or were about whose role names the description's party, when the description's noun
        is in that role or is a general one ("leader" for a head of government, "official", "diplomat")."""
        party = self._side(description)
        if not party:
            return None
        noun = _head_noun(description)
        for seen in reversed(self.history):
            if seen.paragraph < paragraph - RECENT_PARAGRAPHS:
                break
            for who in (seen.speaker, seen.subject):
                if who is None or not who.is_person or not who.name or not who.role or self._side(who.role) != party:
                    continue
                leader = noun == "leader" or HEAD_OF.search(description)
                fits = (
                    noun in {plain(w) for w in who.role.split()}
                    or (noun in TOP_NOUNS and TOP_OFFICE.search(who.role))
                    or (LEADER.search(who.role) if leader else noun in GENERAL_NOUNS)
                )
                if fits:
                    return who
        return None

    def _office(self, mention: Mention, paragraph: int) -> Speaker | None:
        """ "his office said", "a statement from her office", "the prime minister's office said": an
        office speaks for the person it serves, the one a pronoun or a title points to."""
        text = mention.text
        own = OWN_OFFICE.match(text)
        if own:
            return self.pronoun(PRONOUN_GENDER[own.group("pronoun").lower()], paragraph)
        titled = TITLE_OFFICE.match(text)
        if titled:
            holder = Mention("description", f"the {titled.group('title')}")
            found = self.definite(holder, paragraph)
            return found if found.name and found.name != holder.text else None
        return None

    def own_office(self, mention: Mention, subject: Speaker | None) -> Speaker | None:
        """ "X sent a delegation to Doha, his office said": the office of the sentence's own subject."""
        own = OWN_OFFICE.match(mention.text)
        if own is None or subject is None:
            return None
        return subject if self._fits(subject, PRONOUN_GENDER[own.group("pronoun").lower()]) else None

    def resolve(self, mention: Mention | None, paragraph: int) -> Speaker | None:
        if mention is None:
            return None
        if mention.kind in {"description", "institution", "person"} and OFFICE_NOUN.search(mention.text):
            office = self._office(mention, paragraph)
            if office is not None or OWN_OFFICE.match(mention.text):
                return office  # an office of someone a pronoun cannot find is nobody known
        kind = mention.kind
        if kind == "nobody" and mention.text.casefold() == "it":
            return self._body_just_heard(paragraph)
        if kind == "nobody" and mention.text.casefold() == "they":
            return self._one_unnamed_just_heard(paragraph)
        if kind == "pronoun":
            return self.pronoun(mention.gender, paragraph)
        if kind == "person":
            if mention.name and mention.name.lower() in {"he", "she"}:
                found = self.named(mention)
                return found if found is not None else self.pronoun(PRONOUN_GENDER[mention.name.lower()], paragraph)
            return self.named(mention)
        if kind == "document":
            noun = plain(mention.text.split()[-1])
            issued = self.documents.get(noun)
            if issued and (issued[0] >= paragraph - RECENT_PARAGRAPHS or len(self.issuers.get(noun, ())) == 1):
                return issued[1]  # "Maersk, in an advisory posted Monday …" six paragraphs before "the advisory said"
            return None
        if kind == "source":
            return Speaker(self.register.expand(mention.name or mention.text), None, False, mention.text)
        if kind == "description":
            if ANONYMOUS_SOURCES.match(mention.text):
                return None
            epithet = self._epithet_of_person_just_named(mention, paragraph)
            if epithet is not None:
                return epithet
            words = mention.text.split()
            if (
                words[0].lower() in {"the", "one"}
                and len(words) <= 5
                and any(plain(w) in PERSON_ROLE_NOUNS for w in words[1:])
            ):  # "one official told Reuters" after "Israeli officials said": one of them
                return self.definite(mention, paragraph)
            if words[0].lower() == "the" and plain(words[-1]) in {"poll", "survey", "report", "study", "statement"}:
                return self.definite(mention, paragraph)
            if words[0].lower() == "the" and plain(words[1]) in REFERRING_BODIES and _body_or_its_document(words):
                named = self._recent_body(plain(words[1]), paragraph)  # "“…,” the ministry said"
                if named is not None:
                    return named
            person = self.register.by_role(mention.text)
            if person is not None:
                return Speaker(person.name, mention.text, True, mention.text, person.gender)
            if re.match(r"^[A-Z][\w.-]*[’']s?\s", mention.text) or UNNAMED_GROUP.match(mention.text):
                return Speaker(None, mention.text, True, mention.text, mention.gender)
            return Speaker(mention.text, None, True, mention.text, mention.gender)
        if kind == "institution":
            words = mention.text.split()
            if (
                words
                and words[0].lower() in {"the", "this", "that"}
                and len(words) <= 2
                and plain(words[-1]) in {"poll", "survey", "report", "study", "data", "figures"}
            ):
                return self.definite(mention, paragraph)
            return Speaker(
                None, self.register.expand(re.sub(r"^(?:The|the)\s+", "", mention.text)), False, mention.text
            )
        return None

    def record(self, paragraph: int, speaker: Speaker | None, subject: Speaker | None) -> None:
        seen = Seen(paragraph, speaker, subject)
        self.history.append(seen)
        self.by_paragraph.setdefault(paragraph, []).append(seen)

    def note_documents(self, paragraph: int, speaker: Speaker | None, text: str) -> None:
        """ "the State Department said in a statement": whose statement a later "the statement said" is; "by
        quoting a Norwegian Foreign Ministry statement": the body named before the noun issued it, whoever
        passed it on."""
        for m in ISSUER_BEFORE_DOCUMENT.finditer(text):
            issuer = m.group("issuer").strip()
            self._issued(plain(m.group("noun")), paragraph, Speaker(None, issuer, False, issuer))
        if speaker is None:
            return
        for m in ISSUED.finditer(text):
            self._issued(plain(m.group("noun")), paragraph, speaker)
        if STATED.search(text):
            self._issued("statement", paragraph, speaker)  # "The ministry stated: “…”" issues a statement

    def _issued(self, noun: str, paragraph: int, issuer: Speaker) -> None:
        """A document of that noun the issuer put out: the one a later "the advisory said" means, however far on
        where no one else issued one."""
        self.documents[noun] = (paragraph, issuer)
        self.issuers.setdefault(noun, set()).add(issuer.name or issuer.role or issuer.mention)

    def learn_gender(self, speaker: Speaker | None, gender: str | None) -> None:
        """A pronoun resolved to someone tells their gender for the rest of the document."""
        if speaker is None or not gender or not speaker.name:
            return
        people = self.register.find(speaker.name)
        if len(people) == 1 and people[0].gender is None:
            people[0].gender = gender

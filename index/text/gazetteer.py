"""The names of actors as data: corpus/gazetteer.toml and corpus/parties.toml read into one alias table,
and a matcher that finds those names in text.

The matcher works on word tokens rather than on one regular expression of some 2,500 alternatives: a
table lookup per capitalised token costs nothing to build, where compiling that expression took a
quarter of a second of every `parley ask`. The loaded table is cached per file version.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from index.errors import InputError

GAZETTEER_FILE = "gazetteer.toml"
TOKEN = re.compile(r"\w+|[^\w\s]")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
# Lower-case words that a chat question may use for something other than the actor of the same name.
LOWERCASE_WORDS = {
    "us",
    "un",
    "who",
    "chad",
    "jordan",
    "georgia",
    "guinea",
    "polish",
    "may",
    "nice",
    "male",
    "turk",
    "finn",
    "pole",
    "poles",
    "brit",
    "lao",
    "dane",
    "ap",
    "rt",
    "ria",
    "pew",
    "trend",
    "jersey",
    "guernsey",
    # political parties' shared labels, which in lower case name a leaning, not a party
    "conservatives",
    "conservative party",
    "tories",
    "tory",
    "liberals",
    "liberal party",
    "greens",
    "green party",
    "democrats",
    "democratic party",
    "republicans",
    "socialists",
    "socialist party",
    "social democrats",
    "christian democrats",
    "labour",
    "labour party",
    "labor",
    "labor party",
    "people's party",
    # known people's surnames that are also English words ("is there a truss in the deal")
    "truss",
    "tusk",
    "wiles",
    "fain",
    "miller",
    "fletcher",
    "landau",
    "reeves",
    # listed bodies' and people's names that are also English words ("did they act in unison")
    "unison",
    "sturgeon",
    # listed companies' names that are also English words ("any new intel on the strike")
    "meta",
    "intel",
    "uber",
    "chevron",
    "tesla",
}


@dataclass(frozen=True)
class Alias:
    """One way of naming an actor. `parties` is empty for speakers who hold no position."""

    text: str
    parties: tuple[str, ...]
    form: str  # "name", "demonym", "place", "person", "surname", "ambiguous" or "none"
    kind: str  # "country", "organisation", "party" (from parties.toml) or "none"

    @property
    def party(self) -> str | None:
        return self.parties[0] if len(self.parties) == 1 else None


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    alias: Alias


def normalise(text: str) -> str:
    """Apostrophes and letter forms made uniform, keeping every offset (one character for one)."""
    return text.translate(APOSTROPHES)


def fold_name(text: str) -> str:
    """A person's name as compared: case, accents and apostrophe style do not matter."""
    decomposed = unicodedata.normalize("NFKD", normalise(text))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


def spelled_otherwise(a: str, b: str) -> bool:
    """The same name word in another transliteration ("Araqchi" and "Araghchi", "Zelenskyy" and
    "Zelensky"): at least five letters, the same first letter, most letters shared."""
    return len(b) >= 5 and a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= 0.8


def _key(words: list[str], fold: bool) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words) if fold else tuple(words)


PLAIN = re.compile(r"[^\W_]+(?: [^\W_]+)*")


def _shape(text: str) -> tuple[list[str], tuple[bool, ...]]:
    """An alias's tokens, and for each pair of neighbours whether they are written together."""
    if PLAIN.fullmatch(text):
        words = text.split(" ")
        return words, (False,) * (len(words) - 1)
    spans = list(TOKEN.finditer(normalise(text)))
    glued = tuple(spans[k + 1].start() == spans[k].end() for k in range(len(spans) - 1))
    return [m.group(0) for m in spans], glued


class Matcher:
    """Longest alias first at each token, in text order."""

    def __init__(self, aliases: list[Alias], *, fold: bool) -> None:
        self.fold = fold
        self._by_first: dict[str, dict[tuple[str, ...], tuple[Alias, tuple[bool, ...]]]] = {}
        self._longest: dict[str, int] = {}
        for alias in aliases:
            words, glued = _shape(alias.text)
            if not words:
                continue
            key = _key(words, fold)
            self._by_first.setdefault(key[0], {}).setdefault(key, (alias, glued))
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

    def find(self, text: str) -> list[Match]:
        spans = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(normalise(text))]
        words = [s[0].casefold() for s in spans] if self.fold else [s[0] for s in spans]
        found: list[Match] = []
        i = 0
        while i < len(spans):
            n = self._match_at(spans, words, i)
            if n is None:
                i += 1
                continue
            length, alias = n
            found.append(Match(spans[i][1], spans[i + length - 1][2], alias))
            i += length
        return found

    def _match_at(self, spans: list[tuple[str, int, int]], words: list[str], i: int) -> tuple[int, Alias] | None:
        table = self._by_first.get(words[i])
        if table is None:
            return None
        for n in range(min(self._longest[words[i]], len(spans) - i), 0, -1):
            entry = table.get(tuple(words[i : i + n]))
            if entry is None:
                continue
            alias, glued = entry
            together = [spans[i + k + 1][1] == spans[i + k][2] for k in range(n - 1)]
            if all(t == g for t, g in zip(together, glued, strict=True)):
                return n, alias
        return None


@dataclass
class Table:
    """Every alias, each party's kind, and the order in which the files list the parties."""

    aliases: list[Alias] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    political: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a political party → its countries
    members: dict[str, str] = field(default_factory=dict)  # a party leader's folded name → the party
    state_media: dict[str, str] = field(default_factory=dict)  # a state news agency's name → its state
    companies: set[str] = field(default_factory=set)  # the organisations the gazetteer lists as companies
    capitals_only: set[str] = field(default_factory=set)  # acronyms a question names only in capitals ("UPS")

    def add_party(self, party: str, kind: str, table: dict) -> None:
        self.kinds.setdefault(party, kind)
        self.aliases.append(Alias(party, (party,), "name", kind))
        for form, key in (
            ("name", "names"),
            ("name", "aliases"),
            ("demonym", "demonyms"),
            ("place", "places"),
            ("place", "titles"),  # an office one state alone has names it as its seat of power does
            ("person", "people"),
        ):
            for text in table.get(key, []):
                self.aliases.append(Alias(text, (party,), form, kind))
                if key == "titles" and " of the " in text:
                    # "the Chancellor for the Duchy of Lancaster": news prints an office's "of" as "for" too
                    self.aliases.append(Alias(text.replace(" of the ", " for the ", 1), (party,), form, kind))

    def add_political_parties(self, section: dict) -> None:
        """National parties are organisations, but a label they share with other countries' parties
        ("Greens", "Labour") names none of them until an article tells which (parties/article.py), and their
        leaders stay their state's people except where parties negotiate among themselves."""
        labels: dict[str, list[str]] = {}
        for party, entry in section.items():
            country = entry.get("country", [])
            self.political[party] = tuple([country] if isinstance(country, str) else country)
            shared = entry.get("labels", [])
            if party not in shared:
                self.aliases.append(Alias(party, (party,), "name", "organisation"))
            self.aliases.extend(Alias(text, (party,), "name", "organisation") for text in entry.get("names", []))
            self.kinds[party] = "organisation"
            for text in shared:
                labels.setdefault(text, []).append(party)
            for person in entry.get("people", []):
                self.members.setdefault(fold_name(person), party)
        self.aliases.extend(Alias(text, tuple(owners), "ambiguous", "organisation") for text, owners in labels.items())

    def add_surnames(self, shared: set[str]) -> None:
        """A known person's surname alone names them, when no other known person shares it and the gazetteer
        does not list it among the surnames too common, or too much like a word, a place or a given name, to
        stand for one person ("Hunt", "Hague", "Howard", "Santos")."""
        owners: dict[str, set[str]] = {}
        for a in self.aliases:
            words = a.text.split()
            if a.form == "person" and len(words) > 1:
                owners.setdefault(words[-1], set()).add(a.parties[0])
        taken = {a.text for a in self.aliases}
        for surname, parties in owners.items():
            if (
                len(parties) == 1
                and len(surname) >= 4
                and surname[:1].isupper()
                and surname not in taken
                and surname.casefold() not in shared
            ):
                self.aliases.append(Alias(surname, (parties.pop(),), "surname", "person"))


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise InputError(f"cannot read {path}: {e}; fix the file or restore it from the repository") from e


def _version(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), 0, 0)
    return (str(path), stat.st_mtime_ns, stat.st_size)


def load_table(parties_path: Path) -> Table:
    """The gazetteer beside parties.toml, then parties.toml itself, whose aliases win where both list one."""
    gazetteer = parties_path.parent / GAZETTEER_FILE
    return _cached(_version(parties_path), _version(gazetteer))


@lru_cache(maxsize=8)
def _cached(parties_version: tuple[str, int, int], gazetteer_version: tuple[str, int, int]) -> Table:
    table = Table()
    shared: set[str] = set()
    local = _read(Path(parties_version[0]))
    for party, entry in local.get("parties", {}).items():
        table.add_party(party, "party", entry)
    for alias in local.get("none", {}).get("aliases", []) + local.get("none", {}).get("names", []):
        table.aliases.append(Alias(alias, (), "none", "none"))
    if gazetteer_version[1]:
        data = _read(Path(gazetteer_version[0]))
        for text, parties in data.get("ambiguous", {}).items():
            table.aliases.append(Alias(text, tuple(parties), "ambiguous", "country"))
        sections = (("countries", "country"), ("organisations", "organisation"), ("companies", "organisation"))
        for section, kind in sections:
            for party, entry in data.get(section, {}).items():
                table.add_party(party, kind, entry)
                table.kinds[party] = kind
        table.companies = set(data.get("companies", {}))
        table.add_political_parties(data.get("political_parties", {}))
        for text in data.get("none", {}).get("names", []):
            table.aliases.append(Alias(text, (), "none", "none"))
        table.state_media = {name: state for name, state in data.get("state_media", {}).items() if state in table.kinds}
        shared = {name.casefold() for name in data.get("shared_surnames", {}).get("names", [])}
        table.capitals_only = set(data.get("capitals_only", {}).get("names", []))
    table.add_surnames(shared)
    return table


def fingerprint(parties_path: Path) -> str:
    """Both files' text, so that editing either re-splits the corpus."""
    gazetteer = parties_path.parent / GAZETTEER_FILE
    texts = [parties_path.read_text(encoding="utf-8")]
    if gazetteer.exists():
        texts.append(gazetteer.read_text(encoding="utf-8"))
    return "\x00".join(texts)

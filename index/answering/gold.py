"""Attribution measured against hand-made gold: is each annotated quote a passage, with its speaker and party?

A folder of annotated articles holds `NAME.txt` (+ `NAME.toml`) and `quotes.jsonl`, one line per quoted
stretch: `{"source", "quote", "speaker", "party"}`. The quote is a verbatim piece of the article; the
party is a name, a list of accepted names, or null for someone who speaks for no party. Scoring is
lenient where a reader would be ("Zelenskyy" is "Volodymyr Zelenskyy") and strict where a reader
would not be (a quote given to the wrong person, or to nobody, is a miss).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from index.errors import InputError
from index.sources.corpus import read_source
from index.text.clean import clean, fold
from index.text.parties import Parties
from index.text.passages import split

DESCRIPTION_STARTS = ("a ", "an ", "the ", "another ", "one ")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


class Attributed(Protocol):
    kind: str
    text: str
    speaker: str | None
    party: str | None


@dataclass(frozen=True)
class GoldQuote:
    source: str
    quote: str
    speaker: str | None
    parties: tuple[str, ...] | None  # accepted party names; None for no party


@dataclass(frozen=True)
class Miss:
    gold: GoldQuote
    what: str  # "not found", "speaker" or "party"
    got: str | None
    passage: str | None


@dataclass
class GoldScore:
    total: int = 0
    found: int = 0
    speaker: int = 0
    party: int = 0
    misses: list[Miss] = field(default_factory=list)

    def rate(self, count: int) -> float:
        return count / self.total if self.total else 0.0

    def summary(self) -> str:
        return (
            f"{self.total} quotes: found {self.found} ({self.rate(self.found):.1%}), speaker {self.speaker} "
            f"({self.rate(self.speaker):.1%}), party {self.party} ({self.rate(self.party):.1%})"
        )


def _gold_line(number: int, line: str, path: Path) -> GoldQuote:
    try:
        row = json.loads(line)
        source, quote, speaker, party = row["source"], row["quote"], row["speaker"], row["party"]
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        raise InputError(
            f"{path}, line {number}: expected a JSON object with source, quote, speaker and party ({e})"
        ) from e
    if not isinstance(source, str) or not isinstance(quote, str) or not quote.strip():
        raise InputError(f"{path}, line {number}: source and quote must be non-empty strings")
    if speaker is not None and not isinstance(speaker, str):
        raise InputError(f"{path}, line {number}: speaker must be a name or null")
    if isinstance(party, str):
        party = [party]
    if party is not None and not (isinstance(party, list) and party and all(isinstance(p, str) for p in party)):
        raise InputError(f"{path}, line {number}: party must be a name, a list of names, or null")
    return GoldQuote(source, quote, speaker, tuple(party) if party is not None else None)


def load_gold(folder: Path) -> list[GoldQuote]:
    """The annotated quotes of a folder, in file order."""
    path = folder / "quotes.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path}: put a quotes.jsonl beside the annotated articles") from e
    return [_gold_line(n, line, path) for n, line in enumerate(lines, 1) if line.strip()]


def speaker_matches(gold: str | None, got: str | None) -> bool:
    """A reader's judgement: the same person by full name or surname; for an unnamed speaker, no name."""
    if gold is None:
        return got is None or got[:1].islower() or fold(got).startswith(DESCRIPTION_STARTS)
    if got is None:
        return False
    a, b = _name(gold), _name(got)
    if a == b:
        return True
    return bool(a and b) and (a in b or b in a) and a.split()[-1] == b.split()[-1]


def _name(name: str) -> str:
    """A name as a reader compares it: "John Doe Jr." and "John Doe Jr" and "John Doe" are one person."""
    words = [w.strip(".,") for w in fold(name).split()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return " ".join(words)


def party_matches(gold: tuple[str, ...] | None, got: str | None) -> bool:
    if gold is None:
        return got is None
    return got is not None and any(fold(p) == fold(got) for p in gold)


def _containing(quote: str, passages: Iterable[Attributed]) -> Attributed | None:
    wanted = fold(quote)
    return next((p for p in passages if p.kind == "quote" and wanted in fold(p.text)), None)


def score(gold: Sequence[GoldQuote], passages: Mapping[str, Sequence[Attributed]]) -> GoldScore:
    """Found / speaker / party counts over the gold quotes; `passages` maps a source name to its passages."""
    result = GoldScore(total=len(gold))
    for g in gold:
        passage = _containing(g.quote, passages.get(g.source, ()))
        if passage is None:
            result.misses.append(Miss(g, "not found", None, None))
            continue
        result.found += 1
        if speaker_matches(g.speaker, passage.speaker):
            result.speaker += 1
        else:
            result.misses.append(Miss(g, "speaker", passage.speaker, passage.text))
        if party_matches(g.parties, passage.party):
            result.party += 1
        else:
            result.misses.append(Miss(g, "party", passage.party, passage.text))
    return result


def split_folder(folder: Path, parties: Parties) -> dict[str, list]:
    """Every annotated article of a folder through the real cleaner and splitter, by source name."""
    articles = sorted(folder.glob("*.txt"))
    if not articles:
        raise InputError(f"no articles (*.txt) in {folder}")
    return {path.stem: split(clean(read_source(path).document), parties) for path in articles}

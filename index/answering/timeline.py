"""Positions over time: a topic's passages grouped by party in date order, repeats collapsed, shifts marked.

Two passages of one party are compared by the cosine of their vectors and by their stance
(index.text.stance: firm or open). The embedding alone cannot tell "we will never cede land" from "we
could accept losing land for now" (they share a topic), and the stance words alone cannot tell a
rewording from a new position, so the rule uses both:

- the same thing: cosine ≥ SAME_ABOVE and the same stance, or one text contains the other;
- a shift, between passages of different dates: cosine < SHIFT_BELOW, or cosine < SHIFT_BELOW_OPPOSED
  when one holds firm and the other opens a door.

The thresholds are fitted on tests/data/timeline/shift_pairs_fit.jsonl, 28 invented pairs
(`python -m benchmarks.shift_rule` refits them, says how, and scores shift_pairs_check.jsonl, 16 pairs
not fitted on: 0.93 and 0.69 accurate, no false shift and no shift collapsed in either). Passages are
compared as the store encodes them (led by their speaker, their article's title mixed in), and the pairs
are encoded the same way. The rule is built to be sure rather than complete: a shift it marks is one a member should
read, and a shift it misses still shows as two dated passages in order.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

import numpy as np

from index.answering.answer import Citation, Shift
from index.errors import InputError
from index.records import Passage, Source
from index.text.dates import first_day
from index.text.stance import opposed, stance

SAME_ABOVE = 0.845
SHIFT_BELOW = 0.46
SHIFT_BELOW_OPPOSED = 0.845
ON_TOPIC_RELATIVE = 0.6  # a passage this close to the topic's best passage counts as on the topic
PER_PARTY = 8  # passages per party, the closest to the topic, before they are put in date order
LEAD_TOP = 3  # a party's best cited passages the lead checks for a shift


@dataclass(frozen=True)
class Candidate:
    """A passage on the topic, as retrieval found it."""

    passage: Passage
    source: Source
    similarity: float  # cosine to the topic
    vector: np.ndarray


@dataclass(frozen=True)
class Entry:
    citation: Citation
    repeats: tuple[Citation, ...] = ()  # later passages that say the same thing, collapsed into this one
    shift_from: Citation | None = None  # the party's previous passage this one departs from

    @property
    def shift(self) -> bool:
        return self.shift_from is not None

    def to_dict(self) -> dict:
        return {
            **_citation_dict(self.citation),
            "repeats": [_citation_dict(c) for c in self.repeats],
            "shift": self.shift,
            "shift_from": {"n": self.shift_from.n, "date": self.shift_from.passage.date} if self.shift_from else None,
        }


@dataclass(frozen=True)
class PartyTimeline:
    party: str
    entries: list[Entry]

    def to_dict(self) -> dict:
        return {"party": self.party, "entries": [e.to_dict() for e in self.entries]}


@dataclass(frozen=True)
class Timeline:
    topic: str
    parties: list[PartyTimeline] = field(default_factory=list)
    note: str | None = None  # why there is nothing to show, when there is nothing

    @property
    def citations(self) -> list[Citation]:
        """Every passage shown, in reading order (an entry, then its repeats)."""
        return [c for p in self.parties for e in p.entries for c in (e.citation, *e.repeats)]

    def to_dict(self) -> dict:
        return {"topic": self.topic, "note": self.note, "parties": [p.to_dict() for p in self.parties]}


def _citation_dict(c: Citation) -> dict:
    data = c.to_dict()
    data["when"] = c.passage.when
    data["similarity"] = data.pop("score")
    return data


# comparing two passages ------------------------------------------------------------------------


def _words(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\W+", " ", folded).strip()


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b))


def same_thing(a: str, b: str, similarity: float) -> bool:
    """Two passages that say the same thing: a reprint, or a rewording with the same stance."""
    wa, wb = _words(a), _words(b)
    if wa and wb and (wa in wb or wb in wa):
        return True
    return similarity >= SAME_ABOVE and stance(a) == stance(b)


def shifted(earlier: str, later: str, similarity: float) -> bool:
    """The later passage is far from the earlier one (both being on the topic)."""
    return similarity < (SHIFT_BELOW_OPPOSED if opposed(earlier, later) else SHIFT_BELOW)


def _dated_apart(a: Passage, b: Passage) -> bool:
    return a.date is not None and b.date is not None and a.date != b.date


# the timeline ----------------------------------------------------------------------------------


def _order_key(c: Candidate) -> tuple:
    day = first_day(c.passage.date)
    return (day is None, day or 0, c.source.id, c.passage.paragraph, c.passage.start)


def _on_topic(candidates: Sequence[Candidate]) -> list[Candidate]:
    if not candidates:
        return []
    best = max(c.similarity for c in candidates)
    return [c for c in candidates if c.similarity >= best * ON_TOPIC_RELATIVE]


def _party_runs(candidates: list[Candidate]) -> list[tuple[Candidate, list[Candidate], Candidate | None]]:
    """(first passage, its repeats, the earlier passage it shifts from) for one party in date order."""
    runs: list[tuple[Candidate, list[Candidate], Candidate | None]] = []
    for c in candidates:
        if runs:
            first, repeats, _ = runs[-1]
            last = repeats[-1] if repeats else first
            similarity = cosine(last.vector, c.vector)
            if same_thing(last.passage.text, c.passage.text, similarity):
                repeats.append(c)
                continue
            if _dated_apart(last.passage, c.passage) and shifted(last.passage.text, c.passage.text, similarity):
                runs.append((c, [], last))
                continue
        runs.append((c, [], None))
    return runs


def build(
    topic: str, candidates: Sequence[Candidate], *, party: str | None = None, per_party: int = PER_PARTY
) -> Timeline:
    """The parties' passages on ``topic`` in date order, numbered in reading order."""
    kept = [c for c in _on_topic(candidates) if party is None or c.passage.party == party]
    by_party: dict[str, list[Candidate]] = {}
    for c in sorted(kept, key=lambda c: -c.similarity):
        if not c.passage.party:
            continue
        group = by_party.setdefault(c.passage.party, [])
        if len(group) < per_party:
            group.append(c)
    parties: list[PartyTimeline] = []
    n = 0
    for name, group in by_party.items():
        entries: list[Entry] = []
        for first, repeats, shift_from in _party_runs(sorted(group, key=_order_key)):
            n += 1
            citation = Citation(n, first.passage, first.source, first.similarity)
            cited_repeats = []
            for r in repeats:
                n += 1
                cited_repeats.append(Citation(n, r.passage, r.source, r.similarity))
            origin = _cited_in(entries, shift_from)
            entries.append(Entry(citation, tuple(cited_repeats), origin))
        parties.append(PartyTimeline(name, entries))
    note = (
        None
        if parties
        else (
            f"The sources hold no passage from {party} on this topic."
            if party
            else "No party's passages in the sources are on this topic."
        )
    )
    return Timeline(topic, parties, note)


def _cited_in(entries: list[Entry], candidate: Candidate | None) -> Citation | None:
    if candidate is None:
        return None
    for e in entries:
        for c in (e.citation, *e.repeats):
            if c.passage.id == candidate.passage.id:
                return c
    return None


def contradictions(citations: Sequence[Citation], vectors: Mapping[int, np.ndarray]) -> list[Shift]:
    """For each party, the first pair among its best cited passages that are dated apart and shifted,
    so the lead can say so with both dates rather than show only the newest."""
    shifts: list[Shift] = []
    groups: dict[str, list[Citation]] = {}
    for c in sorted(citations, key=lambda c: -c.score):
        if c.passage.party and c.passage.id in vectors:
            groups.setdefault(c.passage.party, []).append(c)
    for party, group in groups.items():
        top = group[:LEAD_TOP]
        pairs = ((a, b) for i, a in enumerate(top) for b in top[i + 1 :] if _dated_apart(a.passage, b.passage))
        found = next(
            (
                (a, b)
                for a, b in pairs
                if shifted(a.passage.text, b.passage.text, cosine(vectors[a.passage.id], vectors[b.passage.id]))
            ),
            None,
        )
        if found:
            earlier, later = sorted(found, key=lambda c: first_day(c.passage.date) or dt.date.min)
            shifts.append(Shift(party, earlier, later))
    return shifts


class _Scored(Protocol):
    """What a scored hit offers; read-only, as retrieval's frozen Hit is."""

    @property
    def passage(self) -> Passage: ...

    @property
    def dense(self) -> float: ...

    @property
    def score(self) -> float: ...


Scored = TypeVar("Scored", bound=_Scored)


def latest(hits: Sequence[Scored], party: str, relevant_from: float) -> Scored | None:
    """A party's most recently dated passage on the topic (the best scored of that date), for a
    comparison of where each party stands now rather than where it stood closest to the words asked."""
    dated = [h for h in hits if h.passage.party == party and h.dense >= relevant_from and h.passage.date]
    return max(dated, key=lambda h: (first_day(h.passage.date), h.score), default=None)


def candidates(
    hits: Sequence[_Scored], sources: Mapping[int, Source], vectors: Mapping[int, np.ndarray]
) -> list[Candidate]:
    return [
        Candidate(h.passage, sources[h.passage.source_id], h.dense, vectors[h.passage.id])
        for h in hits
        if h.passage.id in vectors and h.passage.source_id in sources
    ]


def party_named(asked: str | None, aliases: Callable[[str], list[str]], present: Iterable[str | None]) -> str | None:
    """The party a member means by ``asked``: an alias from parties.toml ("Kyiv") or a party's own name."""
    if asked is None or not asked.strip():
        return None
    named = aliases(asked) or [p for p in present if p and p.casefold() == asked.strip().casefold()]
    if not named:
        raise InputError(
            f"No party called “{asked.strip()}” speaks in the sources on this; leave party out to see "
            "every party's passages."
        )
    return named[0]

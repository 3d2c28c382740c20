"""What a question returns: plain dataclasses shared by the CLI, the bot and the tests.

Kept free of retrieval logic so that front ends can render an answer without importing the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from index.answering.attribution import attribution
from index.records import Passage, Source
from index.text.quotes import CLOSE, OPEN, STRAIGHT, direct_quotes


@dataclass(frozen=True)
class Citation:
    n: int
    passage: Passage
    source: Source
    score: float

    def to_dict(self) -> dict:
        p = self.passage
        return {
            "n": self.n,
            "passage_id": p.id,
            "text": p.shown_text,
            "speaker": p.speaker,
            "role": p.role,
            "party": p.party,
            "kind": p.kind,
            "section": p.section,
            "paragraph": p.paragraph,
            "date": p.date,
            "date_basis": p.date_basis,
            "score": round(self.score, 4),
            "source": self.source.to_dict(),
        }


@dataclass(frozen=True)
class Shift:
    """Two cited passages of one party, from different dates, that point different ways."""

    party: str
    earlier: Citation
    later: Citation


@dataclass(frozen=True)
class Answer:
    question: str
    abstained: bool
    lead: str
    citations: list[Citation] = field(default_factory=list)
    parties_asked: list[str] = field(default_factory=list)
    seconds: float = 0.0
    shifts: list[Shift] = field(default_factory=list)

    @property
    def census(self) -> str:
        """Who is cited for which party and from how many sources: a footer, not the answer."""
        return compose_census(self.citations)

    def groups(self) -> list[tuple[str | None, list[Citation]]]:
        """Citations grouped by party, parties in order of their best citation, so positions read side by side."""
        order: list[str | None] = []
        by_party: dict[str | None, list[Citation]] = {}
        for c in self.citations:
            if c.passage.party not in by_party:
                order.append(c.passage.party)
                by_party[c.passage.party] = []
            by_party[c.passage.party].append(c)
        return [(p, by_party[p]) for p in order]

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "abstained": self.abstained,
            "answer": self.lead,
            "census": self.census if self.citations else None,
            "parties_asked": self.parties_asked,
            "seconds": round(self.seconds, 4),
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass(frozen=True)
class PartyPosition:
    party: str
    citation: Citation | None  # None: the sources are silent on this party for the topic


@dataclass(frozen=True)
class Comparison:
    topic: str
    positions: list[PartyPosition]
    latest: bool = False  # each party's latest passage on the topic rather than its closest

    def to_dict(self) -> dict:
        return {
            "topic": self.topic,
            "latest": self.latest,
            "positions": [
                {"party": p.party, "citation": p.citation.to_dict() if p.citation else None} for p in self.positions
            ],
        }


NEUTRAL = "Analysts and others"
LEAD_QUOTE_CHARS = 300  # a lead line quotes at most this much; the citation below holds the rest
_BEFORE_STANDALONE = ":,.;—–-"  # a quote after these (or at the start) is a whole utterance, not part of a clause


def _spoken(text: str, kind: str = "quote") -> str | None:
    """The speaker's own words when the passage quotes them whole ("…," Zelensky said); None when a
    quote is only part of a reported clause ("said the bloc would not accept “a short extension…”"),
    where the quote alone could read as the opposite of what was said. A quote passage with no double
    marks comes from an article quoting in single ones, as British copy does ('…,' the minister said)."""
    quotes = direct_quotes(text) or (direct_quotes(text, singles=True) if kind == "quote" else [])
    if not quotes:
        return None
    for q in quotes:
        before = text[: q.start].rstrip()
        if before and before[-1] not in _BEFORE_STANDALONE:
            return None
    words = " … ".join(q.inner(text).rstrip(" ,;:" + OPEN + CLOSE + STRAIGHT) for q in quotes)
    return words if words.endswith((".", "!", "?", "…")) else words + "."


def _clip(text: str, limit: int = LEAD_QUOTE_CHARS) -> str:
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    return head[: head.rfind(" ")].rstrip(" ,;:") + "…" if " " in head else head + "…"


def lead_line(c: Citation) -> str:
    """`Ukraine — Volodymyr Zelensky, President (Nov 2024): "We cannot …" [1]`, in the source's words."""
    p = c.passage
    head = f"{p.party or NEUTRAL} — {attribution(p, c.source)} ({p.when})"
    spoken = _spoken(p.text, p.kind)
    if spoken is not None:
        return f'{head}: "{_clip(spoken)}" [{c.n}]'
    return f"{head}, reported: {_clip(' '.join(p.shown_text.split()))} [{c.n}]"


def _best(citations: list[Citation]) -> Citation:
    return max(citations, key=lambda c: (c.score, -c.n))


def _by_party(citations: list[Citation]) -> dict[str | None, list[Citation]]:
    groups: dict[str | None, list[Citation]] = {}
    for c in citations:
        groups.setdefault(c.passage.party, []).append(c)
    return groups


def reading_order(citations: list[Citation], parties_asked: list[str], per_page: int | None = None) -> list[Citation]:
    """Citations grouped by party (the parties asked about first, then by each party's best passage)
    and numbered 1, 2, 3… in that order, so the numbers read in order down the page.

    With ``per_page``, the best ``per_page`` passages still make the first page and are grouped there,
    and so on: grouping the whole answer would fill the first page with one party's passages."""
    ranked = sorted(citations, key=lambda c: (-c.score, c.n))
    size = per_page or len(ranked) or 1
    flat: list[Citation] = []
    for start in range(0, len(ranked), size):
        groups = _by_party(ranked[start : start + size])
        order = [p for p in parties_asked if p in groups] + [p for p in groups if p not in parties_asked]
        flat.extend(c for party in order for c in groups[party])
    return [Citation(n, c.passage, c.source, c.score) for n, c in enumerate(flat, 1)]


def _shift_line(s: Shift) -> str:
    return (
        f"{s.party}: [{s.earlier.n}] ({s.earlier.passage.when}) and [{s.later.n}] ({s.later.passage.when}) "
        "point different ways; both are quoted below."
    )


def _also_cited(rest: list[Citation]) -> str:
    parts = []
    for party, group in _by_party(rest).items():
        speakers: dict[str, list[int]] = {}
        for c in group:
            speakers.setdefault(attribution(c.passage, c.source, role=False), []).append(c.n)
        names = ", ".join(f"{who} " + "".join(f"[{n}]" for n in ns) for who, ns in speakers.items())
        parts.append(f"{party or NEUTRAL} — {names}")
    return "Also cited: " + "; ".join(parts) + "."


def compose_lead(
    citations: list[Citation],
    parties_asked: list[str],
    *,
    abstained: bool = False,
    missing: list[str] | None = None,
    shifts: list[Shift] | tuple[Shift, ...] = (),
) -> str:
    """The answer's first lines: the best passage for each party asked about (or the best passage of
    all), quoted, then who else is cited. It adds no claim of its own: every line is a passage's words,
    the name of who said them, or the fact that a party has no passage here."""
    if missing:
        names = ", ".join(missing[:-1]) + (" or " if len(missing) > 1 else "") + missing[-1]
        return f"The sources here do not mention {names}, so there is nothing to cite on this question."
    if abstained or not citations:
        return (
            "The sources do not cover this question, so there is nothing to cite. "
            "Try naming a party (Ukraine, Russia, the United States) or a topic the sources discuss."
        )
    groups = _by_party(citations)
    lines: list[str] = []
    led: list[Citation] = []
    asked: Sequence[str | None] = parties_asked or [None]
    for party in asked:
        if not parties_asked:
            led.append(_best(citations))
        elif party in groups:
            led.append(_best(groups[party]))
        else:
            lines.append(f"{party} — no passage cited on this.")
            continue
        lines.append(lead_line(led[-1]))
    cited = {c.n for c in citations}
    lines.extend(_shift_line(s) for s in shifts if {s.earlier.n, s.later.n} <= cited)
    rest = [c for c in sorted(citations, key=lambda c: c.n) if c not in led]
    if rest:
        lines.append(_also_cited(rest))
    return "\n".join(lines)


def compose_census(citations: list[Citation]) -> str:
    """How many passages from how many sources, and who is cited for each party."""
    groups: dict[str, dict[str, list[int]]] = {}
    for c in citations:
        party = c.passage.party or NEUTRAL
        groups.setdefault(party, {}).setdefault(attribution(c.passage, c.source, role=False), []).append(c.n)
    parts = []
    for party, speakers in groups.items():
        names = ", ".join(f"{who} " + "".join(f"[{n}]" for n in ns) for who, ns in speakers.items())
        parts.append(f"{party}: {names}")
    sources = len({c.source.id for c in citations})
    noun = "source" if sources == 1 else "sources"
    passages = f"{len(citations)} passage{'s' if len(citations) != 1 else ''}"
    return f"{passages} from {sources} {noun}. " + "; ".join(parts) + "."

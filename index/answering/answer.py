"""What a question returns: plain dataclasses shared by the CLI, the bot and the tests.

Kept free of retrieval logic so that front ends can render an answer without importing the model.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class SourceRef:
    id: int
    title: str
    publisher: str | None
    url: str | None
    date: str | None


@dataclass(frozen=True)
class Passage:
    id: int
    source_id: int
    paragraph: int
    start: int
    end: int
    section: str | None
    kind: str  # "quote" or "statement"
    speaker: str | None
    role: str | None
    party: str | None  # a party name from corpus/parties.toml, or None for analysts, pollsters…
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Citation:
    n: int
    passage: Passage
    source: SourceRef
    score: float

    def to_dict(self) -> dict:
        p = self.passage
        return {
            "n": self.n,
            "passage_id": p.id,
            "text": p.text,
            "speaker": p.speaker,
            "role": p.role,
            "party": p.party,
            "kind": p.kind,
            "section": p.section,
            "paragraph": p.paragraph,
            "score": round(self.score, 4),
            "source": asdict(self.source),
        }


@dataclass(frozen=True)
class Answer:
    question: str
    abstained: bool
    lead: str
    citations: list[Citation] = field(default_factory=list)
    parties_asked: list[str] = field(default_factory=list)
    seconds: float = 0.0

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

    def to_dict(self) -> dict:
        return {
            "topic": self.topic,
            "positions": [
                {"party": p.party, "citation": p.citation.to_dict() if p.citation else None}
                for p in self.positions
            ],
        }


NEUTRAL = "Analysts and others"


def _who(c: Citation) -> str:
    p = c.passage
    if p.speaker:
        return p.speaker
    return f"reporting by {c.source.publisher}" if c.source.publisher else "the source's own reporting"


def compose_lead(citations: list[Citation], parties_asked: list[str], *, abstained: bool = False,
                 missing: list[str] | None = None) -> str:
    """A lead that only names who is cited, for which party, and where: it adds no claim of its own."""
    if missing:
        names = ", ".join(missing[:-1]) + (" or " if len(missing) > 1 else "") + missing[-1]
        return f"The sources here do not mention {names}, so there is nothing to cite on this question."
    if abstained:
        return ("The sources do not cover this question, so there is nothing to cite. "
                "Try naming a party (Ukraine, Russia, the United States) or a topic the sources discuss.")
    groups: dict[str, dict[str, list[int]]] = {}
    for c in citations:
        party = c.passage.party or NEUTRAL
        groups.setdefault(party, {}).setdefault(_who(c), []).append(c.n)
    parts = []
    for party, speakers in groups.items():
        names = ", ".join(f"{who} " + "".join(f"[{n}]" for n in ns) for who, ns in speakers.items())
        parts.append(f"{party}: {names}")
    sources = len({c.source.id for c in citations})
    noun = "source" if sources == 1 else "sources"
    return f"{len(citations)} passage{'s' if len(citations) != 1 else ''} from {sources} {noun}. " + "; ".join(parts) + "."

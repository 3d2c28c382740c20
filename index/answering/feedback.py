"""What members marked 👎: each answer with a down vote, and the passages it cited, for moderators.

A vote is stored per member and answer with the ids of the passages on the page voted on. Grouping by
answer (a question in a server) and resolving the ids tells moderators which question went unanswered
and what Parley cited instead, so they can add a source or fix an attribution. Passages removed since
are counted, not shown.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from index.answering.answer import Citation
from index.ids import SQLITE_INTEGER_MAX, check_guild_id, check_passage_ids, check_text, check_user_id
from index.records import Passage, Source

if TYPE_CHECKING:
    from index.storage.store import Store


@dataclass(frozen=True)
class Complaint:
    question: str
    guild_id: int | None
    downvotes: int
    upvotes: int
    citations: list[Citation] = field(default_factory=list)
    removed: int = 0  # passages the answer cited that are no longer in the store

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "guild_id": self.guild_id,
            "downvotes": self.downvotes,
            "upvotes": self.upvotes,
            "passages": [c.to_dict() for c in self.citations],
            "removed_passages": self.removed,
        }


def _ids(value: str | Iterable[int] | None) -> list[int]:
    """The ids a vote cited; one no passage can have (kept before votes were checked) cites nothing, rather
    than breaking the query that reads them and every later listing."""
    raw = json.loads(value) if isinstance(value, str) else value
    return [i for i in (int(v) for v in raw or []) if 0 < i <= SQLITE_INTEGER_MAX]


def cited_ids(rows: Iterable[Mapping]) -> set[int]:
    """The passages that down-voted answers cited, to read in one query."""
    return {i for row in rows if row["vote"] < 0 for i in _ids(row["passage_ids"])}


def complaints(
    rows: Iterable[Mapping], passages: Mapping[int, Passage], sources: Mapping[int, Source]
) -> list[Complaint]:
    """Answers with at least one 👎, most down votes first, then the most recently voted."""
    grouped: dict[str, dict] = {}
    for order, row in enumerate(rows):
        entry = grouped.setdefault(
            row["answer_key"],
            {"question": row["question"], "guild_id": row["guild_id"], "down": 0, "up": 0, "ids": [], "last": order},
        )
        entry["last"] = order
        if row["vote"] < 0:
            entry["down"] += 1
            entry["ids"].extend(i for i in _ids(row["passage_ids"]) if i not in entry["ids"])
        else:
            entry["up"] += 1
    found = []
    for entry in sorted(grouped.values(), key=lambda e: (-e["down"], -e["last"])):
        if not entry["down"]:
            continue
        kept = [passages[i] for i in entry["ids"] if i in passages]
        cited = [Citation(n, p, sources[p.source_id], 0.0) for n, p in enumerate(kept, 1) if p.source_id in sources]
        found.append(
            Complaint(
                entry["question"], entry["guild_id"], entry["down"], entry["up"], cited, len(entry["ids"]) - len(cited)
            )
        )
    return found


@dataclass(frozen=True)
class Feedback:
    """Members' votes as the store keeps them: recorded from any thread, read back as complaints."""

    store: Store

    def record(
        self, *, guild_id: int | None, user_id: int, answer_key: str, question: str, passage_ids: list[int], vote: int
    ) -> None:
        """One upsert on this thread's connection: a vote does not queue behind a long upload. Ids and text
        the store cannot hold are refused here: a passage id past SQLite's integers broke every listing after."""
        self.store.record_feedback(
            guild_id=check_guild_id(guild_id),
            user_id=check_user_id(user_id),
            answer_key=str(check_text(answer_key, "answer key")),
            question=str(check_text(question, "question")),
            passage_ids=check_passage_ids(passage_ids),
            vote=vote,
        )

    def complaints(self, guild_id: int | None = None) -> list[Complaint]:
        """Answers members marked 👎 (in one guild, or in all for None), with the passages they cited."""
        rows = [r for r in self.store.feedback_rows() if guild_id is None or r["guild_id"] == guild_id]
        passages = self.store.passages_by_id(cited_ids(rows))
        return complaints(rows, passages, self.store.sources_for(passages.values()))

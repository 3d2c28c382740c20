"""Which parties a comparison sets side by side: the ones the sources in scope hold, not a fixed list.

A topic that names parties ("the EU and the UK on quotas") gets those. Otherwise the parties with a
passage close to the topic come first, in the order of their best passage, then the other main parties
of the same sources, so that a party's silence on the topic is said rather than hidden.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from index.answering.retrieve import Hit
from index.records import Passage

MAX_SIDES = 6
MAIN_PARTY_PASSAGES = 3  # a party this present in the topic's sources is named even when silent on it


def sides(
    hits: Sequence[Hit], passages: dict[int, Passage], relevant_from: float, named: Sequence[str], held: Counter
) -> list[tuple[str, Hit | None]]:
    """(party, its best hit or None), in the order to show them. `relevant_from` is the dense cosine a
    hit needs to count as a position on the topic; `held` counts each party's passages in its sources."""
    best: dict[str, Hit] = {}
    for hit in hits:
        party = passages[hit.passage_id].party if hit.passage_id in passages else None
        if party and hit.dense >= relevant_from:
            best.setdefault(party, hit)
    if named:
        return [(p, best.get(p)) for p in named[:MAX_SIDES]]
    speaking = list(best)  # in the order of each party's best passage, as an answer groups its citations
    silent = [p for p, n in held.most_common() if n >= MAIN_PARTY_PASSAGES and p not in best]
    return [(p, best.get(p)) for p in (speaking + silent)[:MAX_SIDES]]

"""Hybrid retrieval: dense (FAISS) and lexical (FTS5 BM25) candidates, fused, boosted, de-duplicated.

Fusion is a weighted sum rather than reciprocal ranks because the abstention decision needs an absolute
relevance: the dense cosine of the best candidate, calibrated on tests/data/eval.jsonl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from index.answering import coverage
from index.answering.answer import Passage
from index.text.clean import fold
from index.text.parties import Parties
from index.storage.store import Store
from index.storage.vectors import VectorIndex

POOL = 40  # candidates from each retriever
LEXICAL_WEIGHT = 0.2
LEXICAL_HALF = 5.0  # the BM25 score that counts for half the lexical weight
PARTY_BOOST = 0.08  # the question names the passage's party
QUOTE_BOOST = 0.08  # a party's own words beat a reporter's paraphrase of them
DUPLICATE_COSINE = 0.93
ABSTAIN_BELOW = 0.30  # best dense cosine under which the sources are taken not to cover the question


@dataclass(frozen=True)
class Hit:
    passage_id: int
    dense: float
    lexical: float
    score: float
    passage: Passage  # the row read with the candidates, so nothing downstream reads it again


@dataclass(frozen=True)
class Retrieval:
    hits: list[Hit]
    best_dense: float

    @property
    def covered(self) -> bool:
        return self.best_dense >= ABSTAIN_BELOW


def named_phrases(question: str) -> list[str]:
    """Names a question uses as written ("China", "European Union", "Boeing" of "Boeing’s CEO"), unless it
    capitalises most words anyway (Title Case), where capitals say nothing."""
    return [phrase for phrase, _, _ in coverage.name_phrases(question)]


def unknown_names(question: str, store: Store, parties: Parties, guild_id: int | None,
                  mapped: set[str] = frozenset()) -> list[str]:
    """Actors and names in the question that nothing in scope covers: passages about other actors would be
    cited as if they answered for China or NATO, so the answer abstains and says which name is missing.
    Actors are matched through the gazetteer's names (EU ↔ European Union, Beijing ↔ China), so a
    surface form alone never causes an abstention; `mapped` are parties the guild's mappings add."""
    return coverage.uncovered(question, store, parties, guild_id, set(mapped))


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """Cached: the same passages come back question after question, and folding is the costly part."""
    return re.sub(r"\W+", " ", fold(text)).strip()


def retrieve(
    query: np.ndarray,
    question: str,
    store: Store,
    vectors: VectorIndex,
    *,
    parties_asked: list[str],
    exclude: np.ndarray | None,
    guild_id: int | None,
    mode: str = "hybrid",
    pool: int = POOL,
) -> Retrieval:
    """Every candidate, best first. mode "dense" or "lexical" keeps one retriever, for evaluation.

    Called inside a store snapshot. Rows and vectors are read from that snapshot, never reconstructed from
    the index, which another thread or process may have moved on: a dense candidate the snapshot lacks is
    dropped, and a lexical one the index lacks is still scored by its stored vector."""
    dense_ids, _ = vectors.search(query, pool, exclude) if mode != "lexical" else ([], [])
    lexical = store.bm25(question, guild_id, pool) if mode != "dense" else []
    ids = list(dict.fromkeys([int(i) for i in dense_ids] + [i for i, _ in lexical]))
    rows = store.passages_with_vectors(ids, vectors.model)
    ids = [i for i in ids if i in rows and rows[i][1] is not None]
    if not ids:
        return Retrieval([], 0.0)
    vecs = np.frombuffer(b"".join(rows[i][1] for i in ids), dtype=np.float32).reshape(len(ids), len(query))
    cosine = np.einsum("ij,j->i", vecs, query)  # not `@`: see _collapse
    lexical_norm = {i: s / (s + LEXICAL_HALF) for i, s in lexical}
    hits = []
    for row, pid in enumerate(ids):
        p = rows[pid][0]
        dense = float(cosine[row])
        lex = lexical_norm.get(pid, 0.0)
        if mode == "dense":
            score = dense
        elif mode == "lexical":
            score = lex
        else:
            score = dense + LEXICAL_WEIGHT * lex
            score += PARTY_BOOST if p.party in parties_asked else 0.0
            score += QUOTE_BOOST if p.kind == "quote" else 0.0
        hits.append(Hit(pid, dense, lex, score, p))
    hits.sort(key=lambda h: h.score, reverse=True)
    hits = _collapse(hits, dict(zip(ids, vecs)), {h.passage_id: _key(h.passage.text) for h in hits})
    best = max((h.dense for h in hits), default=0.0) if mode != "lexical" else (1.0 if hits else 0.0)
    return Retrieval(hits, best)


def _collapse(hits: list[Hit], vecs: dict[int, np.ndarray], keys: dict[int, str]) -> list[Hit]:
    """Near-duplicates (a quote printed twice, the same wire copy in two sources) collapse to the best.

    The cosines come from einsum rather than `@`: numpy's BLAS splits even a 40×384 product over both
    cores, where torch's threads are still spinning after encoding the question, and on a 2-core machine
    that turned a 0.1 ms product into 3-6 ms."""
    if not hits:
        return []
    matrix = np.vstack([vecs[h.passage_id] for h in hits])
    near = (np.einsum("ij,kj->ik", matrix, matrix) >= DUPLICATE_COSINE).tolist()
    kept: list[int] = []
    for row, hit in enumerate(hits):
        key = keys[hit.passage_id]
        duplicate = any(
            near[row][k] or key in keys[hits[k].passage_id] or keys[hits[k].passage_id] in key for k in kept
        )
        if not duplicate:
            kept.append(row)
    return [hits[row] for row in kept]

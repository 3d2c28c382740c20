"""Speed-ups of the question path keep every ranking: the seed's questions (tests/data/eval.jsonl) on the
shipped corpus give the same hits, in the same order, with the same scores as the stored list
tests/data/seed_ranking.json.

A deliberate change to ranking or attribution changes that list: regenerate it with
`.venv/bin/python -m tests.index.test_ranking_kept` and say why in the commit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from index.answering.evaluate import load_cases
from index.kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
STORED = ROOT / "tests" / "data" / "seed_ranking.json"


def rankings(kb: KnowledgeBase) -> dict[str, dict]:
    """Each seed question's hits after fusion and collapse (passage id, dense cosine, score) and best cosine."""
    out = {}
    for case in load_cases(ROOT / "tests" / "data" / "eval.jsonl"):
        with kb._questions().reading(case.question, None, "hybrid") as read:
            hits = [[h.passage_id, round(h.dense, 6), round(h.score, 6)] for h in read.hits]
            out[case.question] = {"best_dense": round(read.retrieval.best_dense, 6), "hits": hits}
    return out


def test_the_seed_questions_rank_as_stored(shipped_kb):
    stored = json.loads(STORED.read_text())
    now = rankings(shipped_kb)
    assert now.keys() == stored.keys()
    for question, ranked in stored.items():
        assert [h[0] for h in now[question]["hits"]] == [h[0] for h in ranked["hits"]], question
        for (_, dense, score), (_, dense_was, score_was) in zip(now[question]["hits"], ranked["hits"], strict=True):
            assert (dense, score) == pytest.approx((dense_was, score_was), abs=1e-5), question
        assert now[question]["best_dense"] == pytest.approx(ranked["best_dense"], abs=1e-5), question


if __name__ == "__main__":
    import tempfile

    from index.storage.embedder import Embedder
    from tests.helpers import CORPUS

    with tempfile.TemporaryDirectory() as folder:
        kb = KnowledgeBase(Path(folder), CORPUS, embedder=Embedder.shared())
        kb.readiness.ensure()
        ranked = rankings(kb)
        STORED.write_text("{\n" + ",\n".join(f"{json.dumps(q)}: {json.dumps(r)}" for q, r in ranked.items()) + "\n}\n")
        kb.close()
    print(f"wrote {STORED}", file=sys.stderr)

"""Retrieval quality floors on tests/data/eval.jsonl, through `parley eval` as an operator runs it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import cli

from .conftest import ROOT

EVAL = ROOT / "tests" / "data" / "eval.jsonl"


@pytest.fixture(scope="module")
def scores(tmp_path_factory, embedder):
    data = tmp_path_factory.mktemp("eval")
    env = {"PARLEY_DATA_DIR": str(data), "PARLEY_ENV_FILE": str(data / "no.env")}
    runner = CliRunner(env=env)
    out = {}
    for mode in ("hybrid", "dense", "lexical"):
        result = runner.invoke(cli, ["eval", str(EVAL), "--mode", mode, "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out[mode] = json.loads(result.stdout)
    print("\n" + "\n".join(f"{m}: {json.dumps({k: v for k, v in d['scores'].items() if k != 'misses'})}"
                           for m, d in out.items()))
    return out


def test_the_set_is_large_enough():
    lines = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(not line.get("unanswerable") for line in lines) >= 40
    assert sum(bool(line.get("unanswerable")) for line in lines) >= 5


def test_hybrid_retrieval_meets_the_floors(scores):
    s = scores["hybrid"]["scores"]
    assert s["hit_at_3"] >= 0.90
    assert s["mrr_at_10"] >= 0.80
    assert s["correct_abstentions"] >= s["unanswerable"] - 1
    assert s["false_abstentions"] <= 2


def test_hybrid_beats_each_retriever_alone(scores):
    hybrid = scores["hybrid"]["scores"]["mrr_at_10"]
    assert hybrid > scores["dense"]["scores"]["mrr_at_10"]
    assert hybrid > scores["lexical"]["scores"]["mrr_at_10"]


def test_json_holds_each_questions_full_answer(scores):
    answers = scores["hybrid"]["answers"]
    assert len(answers) == scores["hybrid"]["scores"]["questions"]
    assert {"question", "abstained", "answer", "citations"} <= set(answers[0])
    assert answers[0]["citations"][0]["speaker"] == "Volodymyr Zelensky"

"""Retrieval on articles from many outlets (issue 8): the holdout targets, measured on a store a moderator
would have built — the shipped corpus plus the dev and holdout articles, added through the facade."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from benchmarks import outlets
from tests.helpers import ROOT

SETS = ROOT / "tests" / "data" / "sources"


@pytest.fixture(scope="module")
def outlet_kb(tmp_path_factory, embedder):
    kb, ids = outlets.build(tmp_path_factory.mktemp("outlets"), [SETS / "dev", SETS / "holdout"], embedder)
    yield kb, ids
    kb.close()


@pytest.fixture(scope="module")
def holdout(outlet_kb):
    kb, _ = outlet_kb
    cases = outlets.cases_of(SETS / "holdout")
    scores, answers = outlets.parley_scores(kb, cases)
    print("\nholdout:", json.dumps({k: v for k, v in scores.to_dict().items() if k != "misses"}))
    return scores, [(c, a) for c, a in zip(cases, answers, strict=True)]


def test_every_article_became_a_source_with_its_metadata(outlet_kb):
    kb, ids = outlet_kb
    for name in ("dev", "holdout"):
        for article in outlets.articles(SETS / name):
            row, passages = kb.source(ids[article.name], all_guilds=True)
            assert row.title == article.metadata["title"] and row.publisher == article.metadata["publisher"]
            assert len(passages) >= 10, article.name


@pytest.mark.xfail(
    strict=True,
    reason="issue 8's holdout target (hit@3 >= 0.95) is not met yet: the outlets "
    "benchmark measures 0.821 on the holdout (0.854 on dev3, the old one, since fitted on); strict, so "
    "meeting it fails here until the mark is removed",
)
def test_holdout_answers_land_in_the_top_three(holdout):
    scores, _ = holdout
    assert scores.hit_at_3 >= 0.95, scores.misses


def test_holdout_unanswerable_questions_are_all_abstained(holdout):
    scores, _ = holdout
    assert scores.correct_abstentions == scores.unanswerable == 8


def test_holdout_answerable_questions_are_never_abstained(holdout):
    scores, answers = holdout
    wrongly = [(c.question, a.lead) for c, a in answers if a.abstained and not c.unanswerable]
    assert scores.false_abstentions == 0, wrongly


def test_holdout_top_three_stays_quote_sized(holdout):
    scores, _ = holdout
    assert scores.mean_chars_top3 <= 600


def test_outlets_benchmark_tables_on_a_small_set(tmp_path, embedder):
    """The benchmark's own path (a fresh store per set, the tables), on one short article, without the peer."""
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        'Union negotiators rejected the latest offer on Tuesday.\n\n"We will not sign a contract that cuts '
        "pensions,\" said Ray Dombrowski, the union's president.\n\nThe company said it would return to the table "
        "next week.\n",
        "utf-8",
    )
    (folder / "talks.toml").write_text('title = "Strike talks stall"\npublisher = "Test Wire"\n', "utf-8")
    (folder / "questions.jsonl").write_text(
        json.dumps({"question": "will the union accept pension cuts?", "expected": ["will not sign a contract"]})
        + "\n"
        + json.dumps({"question": "what is the best pizza topping?", "unanswerable": True})
        + "\n",
        "utf-8",
    )
    (folder / "quotes.jsonl").write_text(
        json.dumps(
            {
                "source": "talks",
                "quote": "We will not sign a contract that cuts pensions",
                "speaker": "Ray Dombrowski",
                "party": None,
            }
        )
        + "\n",
        "utf-8",
    )
    quality, gold, readings = outlets.bench_outlets(
        ["mini"], sets_dir=tmp_path, peer=False, misses_of=(), embedder=embedder
    )
    assert [row[:2] for row in quality.rows] == [["mini", "Parley hybrid"], ["mini", "Parley dense only"]]
    assert quality.rows[0][2:4] == ["1.000", "1.000"] and quality.rows[0][6] == "1/1"
    assert gold.rows[0][:3] == ["mini", "1", "1 (100%)"]
    assert [row[1] for row in readings.rows] == list(outlets.READINGS)
    shipped = readings.rows[-1]
    assert "(shipped)" in shipped[1] and shipped[2:4] == ["1.000 (1.000)", "1.000 (1.000)"]


def test_the_benchmark_prints_its_usage_rather_than_running_a_set_called_help():
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.outlets", "--help"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.startswith("usage: python -m benchmarks.outlets") and "--no-peer" in done.stdout
    args = outlets.parser().parse_args(["dev", "/elsewhere/realdev", "--no-peer"])
    assert args.sets == ["dev", "/elsewhere/realdev"] and args.no_peer and not args.no_readings

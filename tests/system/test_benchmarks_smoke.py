"""The benchmarks' code paths at toy sizes, so a change that breaks them fails CI rather than the next
hand-run. Only the shape of each table is checked: timings on a shared CI machine assert nothing."""

from __future__ import annotations

import re

import pytest

from benchmarks import run
from index.answering.evaluate import load_cases
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """One results folder for the module, so the embedded bases are made once."""
    return tmp_path_factory.mktemp("bench")


def assert_table(markdown: str, rows: int) -> None:
    """A title, a header, a separator and `rows` rows with as many cells as the header, all filled in."""
    lines = [line for line in markdown.splitlines() if line.startswith("|")]
    assert markdown.startswith("### ")
    width = lines[0].count("|")
    assert re.fullmatch(r"\|(---\|)+", lines[1]) and lines[1].count("|") == width
    assert len(lines) - 2 == rows, markdown
    assert all(line.count("|") == width for line in lines), markdown
    assert "nan" not in markdown and "None" not in markdown


def test_warm_question_table(embedder):
    [table] = run.bench_warm(rounds=1, limit=3)
    assert_table(table.markdown(), 3)
    assert re.search(r"\d+\.\d+×", table.markdown())


def test_cold_table_for_the_commands_that_need_no_model():
    [table] = run.bench_cold(reps=1, with_model=False)
    assert_table(table.markdown(), len(run.NO_MODEL_COMMANDS))
    assert "imports torch" not in table.markdown()


def test_build_table_in_process(embedder):
    [table] = run.bench_build(reps=1, cli=False)
    assert_table(table.markdown(), 2)


def test_scale_tables_on_a_small_store(embedder, folder):
    scale, sweep = run.bench_scale([2000], bases_count=40, limit=3, rounds=1, ask_limit=2, folder=folder)
    assert_table(scale.markdown(), 3)
    assert all(f"| {kind} |" in scale.markdown() for kind in ("flat", "ivf", "sq8"))
    assert sweep.rows and "(chosen)" in sweep.markdown()
    assert all(row[-1] == "0" for row in scale.rows), "the guild filter let an excluded id through"


def test_incremental_table_on_a_small_store(embedder, folder):
    [table] = run.bench_incremental(2000, reps=1, bases_count=40, folder=folder)
    assert_table(table.markdown(), 6)


def test_peer_table_scores_both_pipelines_with_the_same_code(embedder):
    cases = load_cases(ROOT / "tests" / "data" / "eval.jsonl")[:3]
    fake = {
        "chunks": 2,
        "search": [0.01, 0.02],
        "floor": [0.01, 0.01],
        "build_seconds": 1.0,
        "results": [[case.expected[0] if case.expected else "nothing"] for case in cases],
    }
    [table] = run.bench_peer(rounds=1, peer_output=fake, limit=3)
    assert_table(table.markdown(), 2)
    assert "| 1.000 | 1.000 | 1.000 |" in table.markdown(), "a chunk holding the expected text is a hit at rank 1"


def test_lexical_candidates_table_on_a_small_store(embedder, folder):
    from benchmarks import lexical

    [table] = lexical.bench_lexical([2000], rounds=1, folder=folder, bases_count=40)
    assert_table(table.markdown(), 1 + len(lexical.CANDIDATES))
    assert "tantivy" in table.markdown()

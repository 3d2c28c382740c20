"""Retrieval quality floors on tests/data/eval.jsonl, through `parley eval` as an operator runs it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import cli
from index.answering.evaluate import load_cases
from index.errors import InputError
from tests.helpers import ROOT

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
    print(
        "\n"
        + "\n".join(
            f"{m}: {json.dumps({k: v for k, v in d['scores'].items() if k != 'misses'})}" for m, d in out.items()
        )
    )
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


GOOD = '{"question": "Does Ukraine accept legal cession?", "expected": ["cannot legally acknowledge"]}'


@pytest.mark.parametrize(
    "line,message",
    [
        ('{"question": "Who plays?", "expected": "xylophone"}', '"expected" must be a list of non-empty strings'),
        ('{"question": "Who plays?", "expected": [1, 2]}', '"expected" must be a list of non-empty strings'),
        ('{"question": "Who plays?", "expected": ["", " "]}', '"expected" must be a list of non-empty strings'),
        ('{"question": ["Who plays?"], "expected": ["x"]}', '"question" must be a non-empty string'),
        ('{"question": "  ", "unanswerable": true}', '"question" must be a non-empty string'),
        ('{"question": "Who plays?", "unanswerable": "yes"}', '"unanswerable" must be true or false'),
        (
            '{"question": "Who plays?", "unanswerable": true, "expected": ["x"]}',
            'a question cannot be "unanswerable" and have',
        ),
        ('{"question": "Who plays?", "expected": ["x"], "source": 7}', '"source" must be a string'),
        ('{"question": "Who plays?"}', 'give "expected" strings or "unanswerable": true'),
        ('["Who plays?", "xylophone"]', "a JSON object is needed, not list"),
        ('"Who plays?"', "a JSON object is needed, not str"),
        ('{"question": "Who plays?", "expected": ["x"]', "not JSON"),
    ],
)
def test_a_malformed_line_is_refused_with_its_number(tmp_path, line, message):
    path = tmp_path / "set.jsonl"
    path.write_text(f"{GOOD}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_cases(path)
    assert str(exc.value).startswith(f"{path}:3: {message}")


def test_annotated_lines_load(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text(GOOD + '\n{"question": "Will it rain?", "unanswerable": true, "source": "none"}\n')
    cases = load_cases(path)
    assert [(c.expected, c.unanswerable) for c in cases] == [(["cannot legally acknowledge"], False), ([], True)]


def test_parley_eval_refuses_a_string_of_expected_letters_rather_than_scoring_it(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text(GOOD + '\n{"question": "Who plays the xylophone?", "expected": "xylophone"}\n')
    env = {"PARLEY_DATA_DIR": str(tmp_path / "data"), "PARLEY_ENV_FILE": str(tmp_path / "no.env")}
    result = CliRunner(env=env).invoke(cli, ["eval", str(path)])
    assert result.exit_code == 1 and "hit@1" not in result.output
    assert f'{path}:2: "expected" must be a list' in result.output

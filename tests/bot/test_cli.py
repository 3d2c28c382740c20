"""The `parley` command line, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from tests.helpers import ROOT

ZELENSKY = "We cannot legally acknowledge any occupied territory of Ukraine as Russian"


@pytest.fixture
def run(tmp_path, corpus_copy, embedder, monkeypatch):
    """Invoke the CLI in-process (the model stays loaded) against a fresh data folder."""
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PARLEY_CORPUS_DIR", str(corpus_copy))
    monkeypatch.setenv("PARLEY_ENV_FILE", str(tmp_path / "no.env"))
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke


def test_readme_first_command_answers_from_a_fresh_data_dir(tmp_path):
    env = {**os.environ, "PARLEY_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "Does Ukraine accept legal cession?"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    first = done.stdout.split("[1]", 2)[2] if done.stdout.count("[1]") > 1 else done.stdout.split("[1]", 1)[1]
    assert ZELENSKY in " ".join(first.split())
    assert "Volodymyr Zelensky, President · Ukraine · quote" in done.stdout
    assert "Traceback" not in done.stderr


def test_ask_json_holds_the_documented_fields(run):
    result = run("ask", "Does Ukraine accept legal cession?", "-k", "3", "--json")
    data = json.loads(result.stdout)
    assert set(data) >= {"question", "abstained", "answer", "citations"}
    first = data["citations"][0]
    assert set(first) >= {"n", "passage_id", "text", "speaker", "role", "party", "kind", "section", "score", "source"}
    assert set(first["source"]) >= {"id", "title", "publisher", "url", "date"}
    assert ZELENSKY in first["text"] and first["speaker"] == "Volodymyr Zelensky" and first["party"] == "Ukraine"
    assert len(data["citations"]) == 3


@pytest.mark.parametrize("question,message", [("", "empty"), ("   ", "empty"), ("q" * 2001, "limit is 2,000")])
def test_bad_questions_print_one_line_and_exit_1(run, question, message):
    result = run("ask", question)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_index_build_prints_a_summary_and_json(run):
    first = run("index", "build")
    assert first.exit_code == 0
    assert "1 source · 50 passages · 16 quotes" in first.output
    again = json.loads(run("index", "build", "--json").stdout)
    assert again["embedded"] == 0 and again["changed"] is False and again["passages"] == 50


def test_passages_filter_by_speaker_and_party(run):
    data = json.loads(run("passages", "--speaker", "Zelensky", "--json").stdout)
    assert data and all("Zelensky" in p["speaker"] for p in data)
    assert {"text", "speaker", "role", "party", "kind", "section", "paragraph", "start", "end"} <= set(data[0])
    neutral = json.loads(run("passages", "--party", "none", "--json").stdout)
    assert neutral and all(p["party"] is None for p in neutral)
    text = run("passages", "--party", "United States").output
    assert "Marco Rubio, U.S. Secretary of State · United States · quote" in text


def test_corrupt_index_warns_and_still_answers(run, tmp_path):
    run("index", "build")
    (tmp_path / "data" / "index.faiss").write_bytes(b"garbage")
    result = run("ask", "Does Ukraine accept legal cession?", "--json")
    assert result.exit_code == 0
    assert "unreadable" in result.stderr
    assert ZELENSKY in json.loads(result.stdout)["citations"][0]["text"]


def test_eval_with_a_malformed_file_is_a_one_line_error(run, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "x", "expected": ["y"]}\nnot json\n')
    result = run("eval", str(bad))
    assert result.exit_code == 1 and "bad.jsonl:2" in result.output


def test_help_explains_every_command(run):
    for args in (
        ["--help"],
        ["ask", "--help"],
        ["index", "build", "--help"],
        ["eval", "--help"],
        ["source", "add", "--help"],
        ["passages", "--help"],
    ):
        result = run(*args)
        assert result.exit_code == 0 and "Usage:" in result.output


def test_commands_without_a_model_do_not_import_torch(tmp_path):
    env = {**os.environ, "PARLEY_DATA_DIR": str(tmp_path / "data")}
    code = (
        "import sys; from bot.cli import cli\n"
        "try:\n    cli(['passages', '--party', 'Russia'], prog_name='parley')\n"
        "except SystemExit:\n    pass\n"
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "False False", done.stderr


def test_asking_a_built_store_does_not_import_the_parser(run):
    """spaCy (index.text.entities) fills speakers' parties while splitting, at ingest and rebuild only: a
    question over a built store neither splits nor loads the parser."""
    run("index", "build")
    code = (
        "import sys; from bot.cli import cli\n"
        "try:\n    cli(['ask', 'Does Ukraine accept legal cession?'], prog_name='parley')\n"
        "except SystemExit:\n    pass\n"
        "print('spacy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ), capture_output=True, text=True)
    assert ZELENSKY in " ".join(done.stdout.split()), done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False", done.stderr


def test_unreadable_corpus_file_is_one_line_and_exit_1(run, corpus_copy):
    (corpus_copy / "sources" / "broken.txt").write_bytes(b"\xff\xfe\x00\xc3 not utf-8")
    result = run("index", "build")
    assert result.exit_code == 1
    assert "cannot read corpus file" in result.output and "broken.txt" in result.output
    assert "Traceback" not in result.output


def test_source_show_lists_quotes_by_speaker(run):
    run("index", "build")
    shown = run("source", "show", "1")
    assert shown.exit_code == 0
    assert "publisher: The Kyiv Independent" in shown.output and "author: Tim Zadorozhnyy" in shown.output
    assert "\nVolodymyr Zelensky, President (Ukraine)\n  • We cannot legally acknowledge" in shown.output
    data = json.loads(run("source", "show", "1", "--json").stdout)
    assert data["quotes"] == 16 and len(data["passages"]) == 50


@pytest.mark.parametrize("guild", ["99999999999999999999", "9223372036854775808", "0", "-5", "twelve"])
@pytest.mark.parametrize(
    "command",
    [
        ["ask", "Does Ukraine accept legal cession?"],
        ["passages"],
        ["source", "list"],
        ["audit"],
        ["source", "add", "https://example.org/a"],
        ["party", "list"],
        ["party", "set", "Jane Roe", "none"],
        ["party", "remove", "Jane Roe"],
    ],
)
def test_a_guild_id_outside_discords_range_is_a_usage_error(run, command, guild):
    result = run(*command, "--guild", guild)
    assert result.exit_code == 2, result.output
    assert f"{guild} is not a Discord server id" in result.output and "Traceback" not in result.output


def test_the_largest_snowflake_is_accepted(run):
    result = run("source", "list", "--guild", str(2**63 - 1), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["guild_id"] is None


@pytest.mark.parametrize("command", [["source", "show"], ["source", "remove", "--yes"]])
def test_a_source_id_too_large_for_the_store_is_a_usage_error(run, command):
    result = run(*command, "99999999999999999999")
    assert result.exit_code == 2 and "99999999999999999999 is not in the range" in result.output


def test_a_question_with_bytes_that_are_not_utf8_is_one_line_and_exit_1(run):
    result = run("ask", "Does Ukraine\udcff accept legal cession?")
    assert result.exit_code == 1
    assert "not UTF-8" in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args", [["passages", "--speaker", "Zel\udcffensky"], ["source", "add", "https://exa\udcffmple.org/"]]
)
def test_other_text_with_bytes_that_are_not_utf8_is_a_usage_error(run, args):
    result = run(*args)
    assert result.exit_code == 2 and "not UTF-8" in result.output


def test_a_file_names_line_break_bidi_override_and_bad_bytes_stay_out_of_the_title(run, tmp_path):
    folder = tmp_path / "uploads"
    folder.mkdir()
    path = Path(os.fsdecode(bytes(folder) + b"/talks\n\xe2\x80\xaeevil\xff.txt"))
    path.write_text("“We will not trade territory for a ceasefire,” the foreign minister said on Tuesday.\n")
    result = run("source", "add", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "talks evil\ufffd"
    listed = run("source", "list")
    assert "talks evil\ufffd" in listed.output and "\u202e" not in listed.output


def test_a_typed_publisher_and_title_lose_a_terminal_colour_code_whole(run, tmp_path):
    """Dropping the escape byte alone left "[31m" in the publisher that every citation shows."""
    path = tmp_path / "harbour.txt"
    path.write_text("“We will not reopen the port until the levy is dropped,” the harbour master said.\n")
    result = run(
        "source", "add", str(path), "--json", "--title", "\x1b[1mHarbour levy\x1b[0m talks",
        "--publisher", "\x1b[31mRed Quay Gazette\x1b]8;;https://example.org\x07",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    added = json.loads(result.stdout)
    assert added["title"] == "Harbour levy talks"
    listed = run("source", "list", "--json")
    assert "Red Quay Gazette" in [s["publisher"] for s in json.loads(listed.stdout)]
    assert "[31m" not in run("source", "list").output


def _parley(*args: str, env: dict[str, str], cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_an_unknown_log_level_is_one_line_naming_the_setting(tmp_path):
    done = _parley("--help", env={"PARLEY_LOG_LEVEL": "LOUD", "PARLEY_ENV_FILE": str(tmp_path / "none.env")})
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "PARLEY_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, not 'LOUD'" in done.stderr


def test_the_env_example_log_level_does_not_bury_results_or_errors(run, tmp_path):
    """README's Discord setup copies .env.example (PARLEY_LOG_LEVEL=INFO) to .env: the command line still
    prints Parley's warning once and nothing from the libraries, and an error is its one line."""
    run("index", "build")
    (tmp_path / "data" / "index.faiss").write_bytes(b"garbage")
    settings = tmp_path / "settings.env"
    settings.write_text((ROOT / ".env.example").read_text())
    assert "PARLEY_LOG_LEVEL=INFO" in settings.read_text()
    env = {
        "PARLEY_ENV_FILE": str(settings),
        "PARLEY_DATA_DIR": os.environ["PARLEY_DATA_DIR"],
        "PARLEY_CORPUS_DIR": os.environ["PARLEY_CORPUS_DIR"],
    }
    asked = _parley("ask", "Does Ukraine accept legal cession?", env=env)
    assert asked.returncode == 0 and ZELENSKY in " ".join(asked.stdout.split())
    assert asked.stderr.splitlines() == [
        f"warning: the vector index is unreadable ({tmp_path / 'data' / 'index.faiss'} is not a Parley index); "
        "rebuilding it from the store"
    ]
    missing = _parley("source", "show", "999", env=env)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and missing.stderr.startswith("Error: ")


def test_verbose_logs_parleys_progress_at_the_configured_level(run, tmp_path, monkeypatch):
    run("index", "build")
    (tmp_path / "data" / "index.faiss").write_bytes(b"garbage")
    monkeypatch.setenv("PARLEY_LOG_LEVEL", "INFO")
    quiet = run("index", "build")
    assert quiet.stderr.count("unreadable") == 1 and " INFO " not in quiet.stderr
    (tmp_path / "data" / "index.faiss").write_bytes(b"garbage")
    loud = run("--verbose", "index", "build")
    assert loud.stderr.count("unreadable") == 1 and " WARNING index." in loud.stderr


def test_run_without_a_token_says_where_it_looked(run, tmp_path, monkeypatch):
    from bot import cli as cli_module
    from bot import config

    project, cwd = tmp_path / "project", tmp_path / "cwd"
    project.mkdir()
    cwd.mkdir()
    monkeypatch.setattr(config, "PROJECT_ROOT", project)
    monkeypatch.setattr(cli_module, "PROJECT_ROOT", project)
    monkeypatch.delenv("PARLEY_ENV_FILE")
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.chdir(cwd)
    result = run("run")
    assert result.exit_code == 1 and "DISCORD_TOKEN is not set" in result.output
    assert f"no settings file at {cwd / '.env'} or {project / '.env'}" in result.output


def test_a_missing_source_points_to_the_command_that_lists_them(run):
    for args in (["source", "show", "999"], ["source", "remove", "999", "--yes"]):
        result = run(*args)
        assert result.exit_code == 1
        assert "There is no source #999; `parley source list` lists the ids." in result.output
        assert "/sources" not in result.output


def test_counts_of_one_are_singular(run, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("“We will not trade territory for a ceasefire,” Foreign Minister Andrii Sybiha said on Tuesday.\n")
    added = run("source", "add", str(note), "--title", "A single statement")
    assert added.exit_code == 0, added.output
    assert "1 passage · 1 quote · 1 speaker · parties: Ukraine" in added.output
    source_id = json.loads(run("source", "list", "--json").stdout)[-1]["id"]
    assert "  1 passage, 1 quote\n" in run("source", "show", str(source_id)).output
    removed = run("source", "remove", str(source_id), "--yes")
    assert f"Removed source #{source_id} “A single statement”: 1 passage (" in removed.output


# Runs the command line with the model's first encoding interrupted as Ctrl-C would (SIGINT to the process),
# so the interruption lands at the same step however fast the machine is.
_CTRL_C_AT_FIRST_ENCODING = """
import os, signal, sys
from index.storage.embedder import Embedder
from bot.cli import main

encode = Embedder.encode
def interrupted(self, *args, **kwargs):
    if os.environ.pop("PARLEY_TEST_SIGINT", None):
        os.kill(os.getpid(), signal.SIGINT)
    return encode(self, *args, **kwargs)
Embedder.encode = interrupted
sys.argv[0] = "parley"
main()
"""


def _parley_with_ctrl_c(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _CTRL_C_AT_FIRST_ENCODING, *args],
        cwd=ROOT,
        env={**os.environ, **env, "PARLEY_TEST_SIGINT": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ctrl_c_in_a_build_or_an_add_is_one_line_and_the_next_run_finishes_the_work(tmp_path, corpus_copy):
    env = {
        "PARLEY_DATA_DIR": str(tmp_path / "data"),
        "PARLEY_CORPUS_DIR": str(corpus_copy),
        "PARLEY_ENV_FILE": str(tmp_path / "no.env"),
    }
    stopped = _parley_with_ctrl_c("index", "build", "--json", env=env)
    assert stopped.returncode == 130 and stopped.stdout == "" and "Traceback" not in stopped.stderr
    assert stopped.stderr == (
        "Error: interrupted; what had finished is stored, nothing half-done is: "
        "run `parley index build` again to finish\n"
    )
    built = json.loads(_parley("index", "build", "--json", env=env).stdout)
    assert built["embedded"] == built["passages"] > 0 and not built["added_sources"], "the sync had committed"

    memo = tmp_path / "memo.txt"
    memo.write_text("“The harbour stays open at night,” said Ines Varga, mayor of Kellport.\n", encoding="utf-8")
    stopped = _parley_with_ctrl_c("source", "add", str(memo), "--title", "Harbour", env=env)
    assert stopped.returncode == 130 and "run `parley source add` again to finish" in stopped.stderr
    listed = json.loads(_parley("source", "list", "--json", env=env).stdout)
    assert len(listed) == built["sources"], "the interrupted add left nothing"
    added = _parley("source", "add", str(memo), "--title", "Harbour", "--json", env=env)
    assert added.returncode == 0 and json.loads(added.stdout)["passages"] == 1

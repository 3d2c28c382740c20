"""A process killed (SIGKILL) at any step of a write to the lexical index (SQL statements, calls on tantivy's
writer, folder renames) leaves a state from which the next sync serves exactly the store's passages: the
index is reconciled or rebuilt, never served at another generation. Steps are counted by the child, so every
run kills at the same places whatever the machine's load."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from index.storage.lexical_sync import LexicalSync
from index.storage.store import Store, query_words
from tests.helpers import ROOT
from tests.system.lexical_crash_child import TITLE, WORD, add_memo, add_texts

pytestmark = pytest.mark.slow
KILL_AT = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]  # fractions of an unkilled run's steps


def run(data: Path, action: str, kill_at: int | None = None) -> subprocess.CompletedProcess:
    extra = [] if kill_at is None else [str(kill_at)]
    return subprocess.run(
        [sys.executable, "-m", "tests.system.lexical_crash_child", str(data), action, *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, Path]:
    """A store with one source and its lexical index (for add and build), and one holding the memo too
    (for remove)."""
    base = tmp_path_factory.mktemp("lexical-crash")
    out = {}
    for name, memo in (("plain", False), ("with-memo", True)):
        data = base / name
        data.mkdir()
        store = Store(data / "parley.db")
        add_texts(store, ["The harbour authority reopened the grain terminal on Monday."], "Harbour")
        if memo:
            add_memo(store)
        LexicalSync(data / "lexical").sync(store)
        store.close()
        out[name] = data
    return out


def recovered(data: Path) -> bool:
    """Whether the memo is served, after checking that the index holds exactly the store's passages."""
    store = Store(data / "parley.db")
    try:
        lexical, _ = LexicalSync(data / "lexical").sync(store)
        assert lexical.generation == store.generation
        assert sorted(lexical.ids()) == sorted(i for i, _ in store.passage_hashes()), "index and store disagree"
        stored = [s for s in store.sources() if s.title == TITLE]
        found = lexical.search(query_words(f"{WORD} levy"), None, 40)
        assert len(found) == (30 if stored else 0), "a source is indexed whole or not at all"
        return bool(stored)
    finally:
        store.close()


@pytest.mark.parametrize(
    "action,template,committed", [("add", "plain", True), ("remove", "with-memo", False), ("build", "plain", False)]
)
def test_sigkill_at_any_step_leaves_an_index_the_next_sync_makes_right(
    templates, tmp_path, action, template, committed
):
    data = tmp_path / "data"
    shutil.copytree(templates[template], data)
    done = run(data, action)
    assert done.returncode == 0 and done.stdout.startswith("done"), done.stderr
    steps = int(done.stdout.split()[1])
    assert recovered(data) is committed
    outcomes = []
    for fraction in KILL_AT:
        shutil.rmtree(data)
        shutil.copytree(templates[template], data)
        killed = run(data, action, max(1, round(steps * fraction)))
        assert killed.returncode == -9, killed.stderr
        outcomes.append(recovered(data))
    if action == "build":
        assert not any(outcomes)
    else:
        assert outcomes[0] is not committed and outcomes[-1] is committed, outcomes
        assert outcomes == sorted(outcomes, reverse=not committed), (
            f"a later kill keeps what an earlier one did: {outcomes}"
        )

"""A process killed (SIGKILL) at any point of an add or a rebuild leaves a state from which the next
start serves every committed source and nothing of an uncommitted one: whether the add writes the index's
small delta file or rewrites the main index file (a compaction).

The points are steps of the write (SQL statements, fsyncs, the index file's rename) counted by the child,
not moments in time, so every run kills at the same places whatever the machine's speed or load."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.kb import KnowledgeBase
from tests.helpers import ROOT
from tests.system.crash_child import GUILD, TITLE, briefing

pytestmark = pytest.mark.slow
KILL_AT = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]  # fractions of an unkilled run's steps
ZELENSKY = "We cannot legally acknowledge any occupied territory of Ukraine as Russian"


@pytest.fixture(scope="module")
def template(tmp_path_factory, embedder) -> tuple[Path, Path]:
    """A built store of the shipped corpus, plus a corpus folder with one more source for the rebuild case."""
    base = tmp_path_factory.mktemp("crash")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    kb = KnowledgeBase(base / "data", corpus, embedder=embedder)
    kb.readiness.ensure()
    kb.close()
    (corpus / "sources" / "briefing.txt").write_text(briefing(), encoding="utf-8")
    (corpus / "sources" / "briefing.toml").write_text(f'title = "{TITLE}"\n', encoding="utf-8")
    return base / "data", corpus


class Child:
    def __init__(self, data: Path, corpus: Path, action: str, kill_at: int | None = None) -> None:
        extra = [] if kill_at is None else [str(kill_at)]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.system.crash_child", str(data), str(corpus), action, *extra],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        line = self.proc.stdout.readline()
        assert line.strip() == "ready", self.proc.stderr.read()

    def go(self) -> None:
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def finish(self) -> int:
        """The number of steps the write took."""
        line = self.proc.stdout.readline()
        self.proc.wait(timeout=600)
        assert line.startswith("done"), self.proc.stderr.read()
        return int(line.split()[1])

    def killed(self) -> None:
        out, err = self.proc.communicate(timeout=600)
        assert self.proc.returncode == -9 and "done" not in out, err


def fresh_copy(template: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(template, target)
    return target


def check_recovered(data: Path, corpus: Path, embedder, *, guild: int | None) -> bool:
    """Restart, and check the store and the index agree and serve exactly the committed sources."""
    kb = KnowledgeBase(data, corpus, embedder=embedder)
    try:
        assert kb.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        vectors = kb.readiness.vectors()
        store_ids = np.array(sorted(i for i, _ in kb.store.passage_hashes()))
        assert np.array_equal(np.sort(vectors.ids()), store_ids), "index and store disagree after restart"
        assert ZELENSKY in kb.ask("Does Ukraine accept legal cession?").citations[0].passage.text
        rows = [r for r in kb.sources(all_guilds=True) if r.title == TITLE]
        if not rows:
            return False
        (row,) = rows
        assert row.passages == 90 and row.quotes == 90, "a source is committed whole or not at all"
        cited = kb.ask("What condition was set on the Zaporizhzhia plant?", guild_id=guild, k=10).citations
        assert any(c.source.id == row.id for c in cited), "a committed source is served"
        return True
    finally:
        kb.close()


@pytest.mark.parametrize("action,guild", [("add", GUILD), ("compact", GUILD), ("build", None)])
def test_sigkill_at_any_point_leaves_a_consistent_store(template, tmp_path, embedder, action, guild):
    data_template, corpus = template
    data = fresh_copy(data_template, tmp_path / "data")
    child = Child(data, corpus, action)
    child.go()
    steps = child.finish()
    assert check_recovered(data, corpus, embedder, guild=guild)
    outcomes = []
    for fraction in KILL_AT:
        data = fresh_copy(data_template, tmp_path / "data")
        child = Child(data, corpus, action, kill_at=max(1, round(steps * fraction)))
        child.go()
        child.killed()
        outcomes.append(check_recovered(data, corpus, embedder, guild=guild))
        if action == "build":
            kb = KnowledgeBase(data, corpus, embedder=embedder)
            kb.rebuild()
            kb.close()
            assert check_recovered(data, corpus, embedder, guild=guild), "the next build completes the work"
    assert outcomes[0] is False and outcomes[-1] is True, f"kills land before and after the commit: {outcomes}"
    assert outcomes == sorted(outcomes), f"a later kill never loses what an earlier one kept: {outcomes}"

"""A process killed (SIGKILL) at any moment of an add or a rebuild leaves a state from which the next
start serves every committed source and nothing of an uncommitted one."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from index.kb import KnowledgeBase

from .conftest import ROOT
from .crash_child import GUILD, TITLE, briefing

pytestmark = pytest.mark.slow
KILL_AT = [0.0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.05, 1.5, 3.0]  # fractions of an unkilled run
ZELENSKY = "We cannot legally acknowledge any occupied territory of Ukraine as Russian"


@pytest.fixture(scope="module")
def template(tmp_path_factory, embedder) -> tuple[Path, Path]:
    """A built store of the shipped corpus, plus a corpus folder with one more source for the rebuild case."""
    base = tmp_path_factory.mktemp("crash")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    kb = KnowledgeBase(base / "data", corpus, embedder=embedder)
    kb.ensure_ready()
    kb.close()
    (corpus / "sources" / "briefing.txt").write_text(briefing(), encoding="utf-8")
    (corpus / "sources" / "briefing.toml").write_text(f'title = "{TITLE}"\n', encoding="utf-8")
    return base / "data", corpus


class Child:
    def __init__(self, data: Path, corpus: Path, action: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_child", str(data), str(corpus), action],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        line = self.proc.stdout.readline()
        assert line.strip() == "ready", self.proc.stderr.read()

    def go(self) -> None:
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def finish(self) -> float:
        line = self.proc.stdout.readline()
        self.proc.wait(timeout=120)
        assert line.startswith("done"), self.proc.stderr.read()
        return float(line.split()[1])

    def kill_after(self, seconds: float) -> None:
        time.sleep(seconds)
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)


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
        vectors = kb.sync_index()
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


@pytest.mark.parametrize("action,guild", [("add", GUILD), ("build", None)])
def test_sigkill_at_any_point_leaves_a_consistent_store(template, tmp_path, embedder, action, guild):
    data_template, corpus = template
    data = fresh_copy(data_template, tmp_path / "data")
    child = Child(data, corpus, action)
    child.go()
    duration = child.finish()
    assert check_recovered(data, corpus, embedder, guild=guild)
    outcomes = []
    for fraction in KILL_AT:
        data = fresh_copy(data_template, tmp_path / "data")
        child = Child(data, corpus, action)
        child.go()
        child.kill_after(duration * fraction)
        outcomes.append(check_recovered(data, corpus, embedder, guild=guild))
        if action == "build":
            kb = KnowledgeBase(data, corpus, embedder=embedder)
            kb.rebuild()
            kb.close()
            assert check_recovered(data, corpus, embedder, guild=guild), "the next build completes the work"
    assert outcomes[0] is False and True in outcomes, f"kills should land before and after the commit: {outcomes}"

"""Writes from other processes while Parley is in use: real processes on one data folder, started together
through a "go" line rather than timed, and checked on what they leave, never on how long they took."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from index.answering.retrieve import Reads
from index.kb import KnowledgeBase
from index.sources.inputs import TextInput
from index.storage.lexical import LexicalIndex
from index.storage.store import Store
from index.storage.vectors import VectorIndex
from tests.articles import MEMO_MARKDOWN
from tests.helpers import CORPUS, ROOT
from tests.system.concurrency_child import QUESTION, briefing

pytestmark = pytest.mark.slow
QUESTIONS_AT_MOST = 5000  # the loop's bound; it stops as soon as the writer is done
WRITES = 20


def environment(tmp_path: Path) -> dict[str, str]:
    env_file = tmp_path / "empty.env"
    env_file.write_text("")
    return {
        **os.environ,
        "PARLEY_DATA_DIR": str(tmp_path / "data"),
        "PARLEY_CORPUS_DIR": str(CORPUS),
        "PARLEY_ENV_FILE": str(env_file),
        "PYTHONUNBUFFERED": "1",
    }


def start(env: dict[str, str], *args: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.system.concurrency_child", *args],
        cwd=ROOT,
        env=env,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read()
    return proc


def go(procs: list[subprocess.Popen]) -> list[tuple[str, str]]:
    """Release every process at once; their stdout and stderr once they have exited."""
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    return [proc.communicate(timeout=600) for proc in procs]


def test_three_first_uses_at_once_store_the_shipped_source_once(tmp_path):
    env = environment(tmp_path)
    procs = [
        start(env, "cli", "source", "list", "--json"),
        start(env, "cli", "source", "list", "--json"),
        start(env, "cli", "passages", "--json"),
    ]
    outputs = go(procs)
    assert all(out.rstrip().endswith("exit 0") for out, _ in outputs), outputs
    kb = KnowledgeBase(tmp_path / "data", CORPUS)
    rows = kb.sources(all_guilds=True)
    assert [r.corpus_file for r in rows] == ["kyiv-independent-territorial-concessions.txt"]
    assert len(kb.passages()) == rows[0].passages
    kb.close()


def test_the_same_file_added_twice_at_once_is_one_source_and_one_audited_refusal(tmp_path, embedder):
    env = environment(tmp_path)
    built = KnowledgeBase(tmp_path / "data", CORPUS, embedder=embedder)
    built.readiness.ensure()
    built.close()
    memo = tmp_path / "grain-briefing.md"
    memo.write_text(MEMO_MARKDOWN, encoding="utf-8")
    procs = [start(env, "cli", "source", "add", str(memo), "--guild", "5") for _ in range(2)]
    outputs = sorted(go(procs), key=lambda o: o[0].rstrip().endswith("exit 1"))
    (added, _), (refused, error) = outputs
    assert added.rstrip().endswith("exit 0") and refused.rstrip().endswith("exit 1"), outputs
    kb = KnowledgeBase(tmp_path / "data", CORPUS, embedder=embedder)
    (source,) = [r for r in kb.sources(all_guilds=True) if r.guild_id == 5]
    assert f"That text is already source #{source.id} ({source.title})." in error
    outcomes = sorted(r["outcome"] for r in kb.audit() if r["action"] == "add")
    assert outcomes == ["ok", f"refused: That text is already source #{source.id} ({source.title})."]
    kb.close()


def test_questions_never_fail_while_another_process_adds_and_removes_sources(tmp_path, embedder):
    env = environment(tmp_path)
    kb = KnowledgeBase(tmp_path / "data", CORPUS, embedder=embedder)
    kb.readiness.ensure()
    writer = start(env, "writer", str(WRITES))
    writer.stdin.write("go\n")
    writer.stdin.flush()
    answered = 0
    for _ in range(QUESTIONS_AT_MOST):
        kb.ask(QUESTION)
        kb.compare(QUESTION)
        answered += 1
        if writer.poll() is not None:
            break
    out, err = writer.communicate(timeout=600)
    assert out.strip() == "done", err
    assert answered >= 1
    assert [r.corpus_file for r in kb.sources(all_guilds=True)] == ["kyiv-independent-territorial-concessions.txt"]
    assert sum(r["action"] in ("add", "remove") and r["outcome"] == "ok" for r in kb.audit(100)) == 2 * WRITES
    kb.close()


def test_a_write_committed_while_a_question_reads_is_not_half_seen(tmp_path, embedder, corpus_copy, monkeypatch):
    """The write lands after the question fixed its snapshot and before its lexical search, which then holds
    the new passages: the question must not cite passages its snapshot of the store has never held."""
    asker = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    writer = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    asker.readiness.ensure()
    writes = iter(range(3))
    search = LexicalIndex.search

    def commit_during_search(lexical: LexicalIndex, words, guild_id, limit):
        if (i := next(writes, None)) is not None:
            writer.add(TextInput(briefing(i), title=f"Grain corridor briefing {i}"))
            lexical.refresh()
        return search(lexical, words, guild_id, limit)

    monkeypatch.setattr(LexicalIndex, "search", commit_during_search)
    for i in range(3):
        cited = {c.source.title for c in asker.ask(QUESTION, k=10).citations}
        assert f"Grain corridor briefing {i}" not in cited, "a write after the snapshot is not seen"
    monkeypatch.undo()
    cited = {c.source.title for c in asker.ask(QUESTION, k=10).citations}
    assert cited & {f"Grain corridor briefing {i}" for i in range(3)}, "the next question sees the writes"
    asker.close()
    writer.close()


def test_a_failed_encoding_waits_for_the_reads_beside_it(tmp_path, embedder, corpus_copy, monkeypatch):
    """The lexical candidates are read on a worker through the asking thread's connection while the question
    is encoded. When the encoding fails, the asking thread waits for that worker before it closes the
    snapshot, so the worker never reads outside it; the member gets the encoding's error, and the next
    question is answered."""
    kb = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    kb.readiness.ensure()
    encoding_failed, snapshot_closed = threading.Event(), threading.Event()
    in_snapshot: list[bool] = []
    search, prefetch, snapshot = LexicalIndex.search, Reads.prefetch, Store.snapshot

    def search_after_the_failure(lexical: LexicalIndex, words, guild_id, limit):
        encoding_failed.wait(timeout=60)
        return search(lexical, words, guild_id, limit)

    def noted(reads: Reads, candidates, hybrid):
        in_snapshot.append(kb.store.db.conn.in_transaction and not snapshot_closed.is_set())
        return prefetch(reads, candidates, hybrid)

    @contextmanager
    def watched(store: Store):
        with snapshot(store) as generation:
            yield generation
        snapshot_closed.set()

    def failing(text: str):
        encoding_failed.set()
        raise RuntimeError("the model went away")

    monkeypatch.setattr(LexicalIndex, "search", search_after_the_failure)
    monkeypatch.setattr(Reads, "prefetch", noted)
    monkeypatch.setattr(Store, "snapshot", watched)
    monkeypatch.setattr(embedder, "encode_one", failing)
    with pytest.raises(RuntimeError, match="went away"):
        kb.ask(QUESTION)
    assert in_snapshot == [True], "the worker read inside the question's snapshot"
    monkeypatch.undo()
    assert kb.ask("Does Ukraine accept legal cession?").citations
    kb.close()


def test_a_write_during_a_build_encodes_only_its_own_passages_and_the_build_loses_none(tmp_path, embedder, corpus_copy):
    """A build encodes the corpus's new passages a chunk at a time. A write that came meanwhile encoded every
    passage still without a vector as well (its index reconcile does), so it waited for all of the build's
    work, minutes at a few thousand passages, and both encoded it. Now the write encodes its own passages,
    serves the vectors stored so far, and its next question reconciles the rest once the build is done."""
    builder = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    writer = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    builder.rebuild()
    writer.readiness.ensure()
    (corpus_copy / "sources" / "harbour.txt").write_text("Harbour dues\n\n" + MEMO_MARKDOWN)
    (corpus_copy / "sources" / "harbour.toml").write_text('title = "Harbour dues"\npublisher = "Test wire"\n')
    encoding, release = threading.Event(), threading.Event()
    built = []

    def paused(stage: str, advance: int, total: int) -> None:
        encoding.set()
        assert release.wait(timeout=120)

    build = threading.Thread(target=lambda: built.append(builder.rebuild(paused)))
    build.start()
    assert encoding.wait(timeout=120)
    encoded: list[int] = []
    report = writer.add(
        TextInput(briefing(1), title="Grain corridor briefing 1"), progress=lambda s, n, t: encoded.append(n)
    )
    release.set()
    build.join(timeout=300)
    assert sum(encoded) == report.passages == report.embedded, "the write encoded its own passages only"
    new = builder.store.db.execute(
        "SELECT COUNT(*) FROM passages p JOIN sources s ON s.id = p.source_id WHERE s.corpus_file = 'harbour.txt'"
    ).fetchone()[0]
    assert built[0].embedded == new > 0 and builder.store.missing_embeddings(embedder.name) == []
    passages = builder.store.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    assert writer.readiness.vectors().count == builder.readiness.vectors().count == passages
    builder.close()
    writer.close()


def on_disk(data: Path) -> dict[str, object]:
    """What the files say before any process reconciles them: the store's integrity, and whether FAISS (its main
    file with its delta) and tantivy were left at the store's generation holding each of its passages once."""
    store = Store(data / "parley.db")
    ids = sorted(r[0] for r in store.db.execute("SELECT id FROM passages"))
    integrity, generation = store.db.execute("PRAGMA integrity_check").fetchone()[0], store.generation
    store.close()
    header = VectorIndex.read_header(data / "index.faiss")
    lexical = LexicalIndex.load(data / "lexical")
    return {
        "store": integrity,
        "faiss": (header.generation, header.count) == (generation, len(ids)),
        "lexical": (lexical.generation, sorted(lexical.ids())) == (generation, ids),
    }


CONSISTENT = {"store": "ok", "faiss": True, "lexical": True}


def _briefing_file(tmp_path: Path, i: int) -> str:
    path = tmp_path / f"briefing-{i}.txt"
    path.write_text(briefing(i), encoding="utf-8")
    return str(path)


def test_two_files_added_at_once_and_a_mapping_set_meanwhile_all_land_in_one_consistent_index(tmp_path, embedder):
    """Two `parley source add` processes on one store and a `parley party set` beside them: both sources are
    stored, FAISS and tantivy are left at the store's generation holding every passage (nothing to reconcile
    on the next open), and the mapping decides the speaker's passages in the guild it was set for."""
    env = environment(tmp_path)
    built = KnowledgeBase(tmp_path / "data", CORPUS, embedder=embedder)
    built.readiness.ensure()
    built.close()
    procs = [
        start(env, "cli", "source", "add", _briefing_file(tmp_path, 1), "--title", "Grain corridor briefing 1"),
        start(env, "cli", "source", "add", _briefing_file(tmp_path, 2), "--title", "Grain briefing 2", "--guild", "5"),
        start(env, "cli", "party", "set", "Oleksandr Kubrakov", "Norland", "--guild", "5"),
    ]
    outputs = go(procs)
    assert all(out.rstrip().endswith("exit 0") for out, _ in outputs), outputs
    assert on_disk(tmp_path / "data") == CONSISTENT
    kb = KnowledgeBase(tmp_path / "data", CORPUS, embedder=embedder)
    titles = {r.title for r in kb.sources(all_guilds=True)}
    assert {"Grain corridor briefing 1", "Grain briefing 2"} <= titles
    assert {p.party for p in kb.passages(speaker="Kubrakov", guild_id=5)} == {"Norland"}
    assert sorted(r["action"] for r in kb.audit(10) if r["outcome"] == "ok") == ["add", "add", "party set"]
    kb.close()


def test_a_source_added_while_a_build_stores_new_corpus_files_lands_and_the_build_loses_nothing(
    tmp_path, embedder, corpus_copy
):
    """`parley index build` stores and encodes corpus files that are new while `parley source add` runs in
    another process and a mapping is set in a third: every file and the upload are stored, each passage has its
    vector, and FAISS and tantivy on disk hold every passage at the store's generation."""
    env = environment(tmp_path) | {"PARLEY_CORPUS_DIR": str(corpus_copy)}
    built = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    built.readiness.ensure()
    built.close()
    for i in range(3, 6):
        (corpus_copy / "sources" / f"briefing-{i}.txt").write_text(briefing(i), encoding="utf-8")
        (corpus_copy / "sources" / f"briefing-{i}.toml").write_text(f'title = "Corpus briefing {i}"\n')
    procs = [
        start(env, "cli", "index", "build"),
        start(env, "cli", "source", "add", _briefing_file(tmp_path, 1), "--title", "Grain corridor briefing 1"),
        start(env, "cli", "party", "set", "Oleksandr Kubrakov", "Norland"),
    ]
    outputs = go(procs)
    assert all(out.rstrip().endswith("exit 0") for out, _ in outputs), outputs
    assert on_disk(tmp_path / "data") == CONSISTENT
    kb = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    titles = {r.title for r in kb.sources(all_guilds=True)}
    assert {"Grain corridor briefing 1", "Corpus briefing 3", "Corpus briefing 4", "Corpus briefing 5"} <= titles
    assert kb.store.missing_embeddings(embedder.name) == []
    assert {p.party for p in kb.passages(speaker="Kubrakov")} == {"Norland"}
    kb.close()

"""The lexical index (tantivy BM25 with top-k pruning) against the store it is derived from: the same
passages FTS5 found, every write seen by the next question, a removed or another guild's passage never
returned, and a missing, damaged or stale index rebuilt or reconciled rather than served."""

from __future__ import annotations

import gc
import resource
import shutil
import signal
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest
import tantivy

from index import questions as question_path
from index.answering.evaluate import load_cases
from index.errors import IndexCorruptError
from index.kb import KnowledgeBase
from index.records import UNSTORED, Passage
from index.sources.inputs import TextInput
from index.storage import lexical as lexical_module
from index.storage.lexical import LexicalIndex
from index.storage.lexical_sync import LexicalSync
from index.storage.store import Store, query_words, text_hash
from tests.helpers import ROOT

TOP = 10


def _source(store: Store, texts: list[str], *, guild_id: int | None = None, title: str = "Memo") -> list[int]:
    drafts = [
        Passage(UNSTORED, UNSTORED, i, 0, len(t), None, "statement", None, None, None, t) for i, t in enumerate(texts)
    ]
    body = "\n".join(texts)
    fields = {
        "guild_id": guild_id,
        "title": title,
        "publisher": None,
        "author": None,
        "url": None,
        "date": None,
        "origin": "text",
        "content_hash": text_hash(body + title),
        "splitter": "test",
        "cleaned_text": body,
        "added_by": None,
    }
    with store.transaction():
        return store.insert_source(fields, drafts)[1]


def _found(lexical: LexicalIndex, question: str, guild_id: int | None = None) -> list[int]:
    return [pid for pid, _ in lexical.search(query_words(question), guild_id, 40)]


@pytest.fixture
def store(tmp_path) -> Store:
    store = Store(tmp_path / "parley.db")
    _source(store, ["The harbour authority reopened the grain terminal on Monday.", "Talks on the levy stalled."])
    yield store
    store.close()


def test_on_the_seed_it_finds_what_fts5_bm25_found_with_its_scores(shipped_kb):
    """The weights fitted on FTS5's scores (retrieve.LEXICAL_HALF) keep their meaning: the same top ten,
    a passage tying the tenth score counted, and the same best score."""
    lexical = shipped_kb.readiness.lexical()
    questions = [case.question for case in load_cases(ROOT / "tests" / "data" / "eval.jsonl")]
    found = wanted = 0
    for question in questions:
        before = shipped_kb.store.bm25(question, None, 50)
        now = lexical.search(query_words(question), None, TOP)
        if not before:
            assert not now
            continue
        scores = dict(before)
        tenth = before[:TOP][-1][1]
        found += sum(1 for pid, _ in now if scores.get(pid, -1.0) >= tenth - 1e-6)
        wanted += len(before[:TOP])
        assert now[0][1] == pytest.approx(before[0][1], rel=0.05), question
    assert found / wanted >= 0.95


def test_a_write_is_found_by_the_next_search_and_a_removed_passage_never_again(tmp_path, store):
    sync = LexicalSync(tmp_path / "lexical")
    assert _found(sync.sync(store)[0], "levy talks")
    before = store.generation
    added = _source(store, ["A quinoa levy was proposed by the delegation."], title="Quinoa")
    sync.follow(store, before, added, [])
    assert _found(sync.sync(store)[0], "quinoa levy")[0] == added[0]
    source_id = store.passages_by_id(added)[added[0]].source_id
    before = store.generation
    with store.transaction():
        removed = store.delete_source(source_id)
    sync.follow(store, before, [], removed)
    assert added[0] not in _found(sync.sync(store)[0], "quinoa levy")


def test_another_process_write_is_reconciled_before_the_next_search(tmp_path, store):
    """Two processes on one data folder: the one that did not write finds its index a generation behind."""
    ours, theirs = LexicalSync(tmp_path / "lexical"), LexicalSync(tmp_path / "lexical")
    old = _found(ours.sync(store)[0], "grain terminal")
    theirs.sync(store)
    before = store.generation
    added = _source(store, ["The grain terminal closed again for repairs."], title="Repairs")
    theirs.follow(store, before, added, [])
    with store.transaction():
        removed = store.delete_source(store.passages_by_id(old)[old[0]].source_id)
    theirs.follow(store, before + 1, [], removed)
    found = _found(ours.sync(store)[0], "grain terminal")
    assert added[0] in found and old[0] not in found


def test_the_index_of_a_write_that_no_process_followed_is_reconciled(tmp_path, store):
    """A process killed after its write committed and before the index followed: the next sync finds the
    index a generation behind and brings it level by the ids that differ."""
    sync = LexicalSync(tmp_path / "lexical")
    sync.sync(store)
    added = _source(store, ["Shipping insurers doubled the war-risk premium."], title="Premium")
    reopened = LexicalSync(tmp_path / "lexical")
    lexical, warnings = reopened.sync(store)
    assert lexical.generation == store.generation and not warnings
    assert _found(lexical, "insurers premium") == added


# Bytes a file may hold: 64 fails the new segment's first file; 1,000 lets the segment and the deletes file
# through and fails the meta file that would name them.
@pytest.mark.parametrize("room", [64, 1000])
def test_a_write_the_full_disk_kept_out_of_the_lexical_index_is_a_warning_and_found_once_there_is_room(
    tmp_path, store, room
):
    """A full disk (here a file-size limit, which fails tantivy's writes as one does) after the store committed:
    the write stands, so it is a warning, not an error; and the commit tantivy left half-made (a deletes file
    its meta never names) made every later edit fail with FileAlreadyExists, so questions failed until the
    folder was deleted by hand. Such an index is rebuilt from the store."""
    sync = LexicalSync(tmp_path / "lexical")
    sync.sync(store)
    before = store.generation
    old = _found(sync.sync(store)[0], "levy talks")
    added = _source(store, ["A quinoa levy was proposed by the delegation."], title="Quinoa")
    with store.transaction():
        removed = store.delete_source(store.passages_by_id(old)[old[0]].source_id)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (room, hard))
    try:
        warnings = sync.follow(store, before, added, removed)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, ignored)
    [warning] = warnings
    assert "could not update the lexical index" in warning and "the change is saved" in warning
    for process in (sync, LexicalSync(tmp_path / "lexical")):
        lexical, _ = process.sync(store)
        assert lexical.generation == store.generation
        assert _found(lexical, "quinoa levy") == added and old[0] not in _found(lexical, "levy talks")


def test_other_guilds_passages_never_reach_a_guild_even_when_they_crowd_the_top(tmp_path, store):
    crowd = _source(
        store, [f"Corridor tariff schedule {i}: corridor tariff corridor tariff." for i in range(120)], guild_id=2
    )
    own = _source(store, ["A corridor tariff was mentioned once."], guild_id=1, title="Own")
    lexical = LexicalSync(tmp_path / "lexical").sync(store)[0]
    for_guild_1 = _found(lexical, "corridor tariff", 1)
    assert own[0] in for_guild_1 and not set(crowd) & set(for_guild_1)
    assert not (set(crowd) | set(own)) & set(_found(lexical, "corridor tariff", None))
    for_guild_2 = _found(lexical, "corridor tariff", 2)
    assert len(for_guild_2) == 40 and set(for_guild_2) <= set(crowd)


def _replace_file(path: Path, content: bytes) -> None:
    """Damage a file as a crash or another program would: a new file under the old name. Writing into the
    old file in place would change pages the first index still has mapped, and reading those is a bus
    error that takes the whole test run down, not a damaged index."""
    path.unlink()
    path.write_bytes(content)


@pytest.mark.parametrize("damage", ["missing", "meta", "segments", "layout"])
def test_a_missing_or_damaged_index_is_rebuilt_from_the_store(tmp_path, store, damage, monkeypatch):
    path = tmp_path / "lexical"
    LexicalSync(path).sync(store)
    if damage == "missing":
        shutil.rmtree(path)
    elif damage == "meta":
        _replace_file(path / "meta.json", b"{ not json")
    elif damage == "segments":
        for segment in [*path.glob("*.idx"), *path.glob("*.fast")]:
            _replace_file(segment, b"\0" * 16)
    else:
        monkeypatch.setattr(lexical_module, "LAYOUT", lexical_module.LAYOUT + 1)
    lexical, warnings = LexicalSync(path).sync(store)
    assert _found(lexical, "grain terminal") and lexical.generation == store.generation
    assert bool(warnings) == (damage != "missing")


def test_a_knowledge_base_answers_from_its_lexical_index_after_each_write(tmp_path, embedder, corpus_copy):
    kb = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    added = kb.add(TextInput("The delegation proposed a quinoa levy on exports.", title="Quinoa levy memo"), guild_id=1)
    cited = [c.source.title for c in kb.ask("quinoa levy", guild_id=1, mode="lexical").citations]
    assert cited[:1] == ["Quinoa levy memo"]
    assert "Quinoa levy memo" not in [
        c.source.title for c in kb.ask("quinoa levy", guild_id=2, mode="lexical").citations
    ]
    kb.remove_source(added.source_id, guild_id=1)
    assert "Quinoa levy memo" not in [
        c.source.title for c in kb.ask("quinoa levy", guild_id=1, mode="lexical").citations
    ]
    assert (Path(kb.data_dir) / "lexical" / "meta.json").exists()
    kb.close()


class _OnThisThread:
    """An executor that runs what it is given at once, on the caller's thread: the question path as it was
    before the lexical search ran beside the encoding."""

    def submit(self, call, *args):
        future: Future = Future()
        future.set_result(call(*args))
        return future


def test_a_questions_lexical_search_runs_beside_its_encoding_and_answers_as_before(shipped_kb, monkeypatch):
    searched_on: list[int] = []
    search = LexicalIndex.search

    def recorded(self, *args):
        searched_on.append(threading.get_ident())
        return search(self, *args)

    monkeypatch.setattr(LexicalIndex, "search", recorded)
    asked = [case.question for case in load_cases(ROOT / "tests" / "data" / "eval.jsonl")[:8]]
    beside = [shipped_kb.ask(q, k=5) for q in asked]
    assert searched_on and threading.get_ident() not in searched_on
    monkeypatch.setattr(question_path, "_BESIDE_ENCODING", _OnThisThread())
    inline = [shipped_kb.ask(q, k=5) for q in asked]
    assert [[(c.passage.id, c.score) for c in a.citations] for a in beside] == [
        [(c.passage.id, c.score) for c in a.citations] for a in inline
    ]


def test_an_error_in_the_lexical_search_beside_the_encoding_is_raised_to_the_asker(shipped_kb, monkeypatch):
    def broken(self, *args):
        raise IndexCorruptError("the lexical index cannot be read")

    monkeypatch.setattr(LexicalIndex, "search", broken)
    with pytest.raises(IndexCorruptError, match="cannot be read"):
        shipped_kb.ask("Does Ukraine accept legal cession?")


def test_two_processes_reconciling_at_once_hold_each_passage_once(tmp_path, store, monkeypatch):
    """Each of two processes committed a source; one reconciles, and the other's reconcile lands between its
    reading which ids the index holds and its taking the writer. It wrote the passages the other had just
    written a second time, and `parley source add` run twice at once left an index holding some twice. The ids
    are now read holding the writer, after what the last writer committed."""
    ours, theirs = LexicalSync(tmp_path / "lexical"), LexicalSync(tmp_path / "lexical")
    ours.sync(store)
    theirs.sync(store)
    before = store.generation
    their_ids = _source(store, ["The grain terminal closed again for repairs."], title="Repairs")
    our_ids = _source(store, ["Shipping insurers doubled the war-risk premium."], title="Premium")
    writer = LexicalIndex._writer
    pending = [lambda: theirs.follow(store, before, their_ids, [])]

    def theirs_lands_first(index: LexicalIndex):
        if index is ours._lexical and pending:
            pending.pop()()
        return writer(index)

    monkeypatch.setattr(LexicalIndex, "_writer", theirs_lands_first)
    ours.follow(store, before + 1, our_ids, [])
    assert not pending
    on_disk = LexicalIndex.load(tmp_path / "lexical")
    assert sorted(on_disk.ids()) == sorted(pid for pid, _ in store.passage_hashes())
    assert on_disk.generation == store.generation
    assert _found(on_disk, "insurers premium") == our_ids and _found(on_disk, "terminal repairs")[:1] == their_ids


def test_an_index_another_process_brought_further_is_not_taken_back(tmp_path, store):
    """A reconcile for the generation its snapshot read finds the index already at a later one, written by a
    process that saw more of the store: it leaves it there rather than writing the older generation over it."""
    ours = LexicalSync(tmp_path / "lexical")
    ids = sorted(pid for pid, _ in store.passage_hashes())
    ours.sync(store)[0].apply([], [], store.generation + 5)
    ours.sync(store)
    on_disk = LexicalIndex.load(tmp_path / "lexical")
    assert on_disk.generation == store.generation + 5 and sorted(on_disk.ids()) == ids


def test_a_write_while_another_process_keeps_the_index_locked_is_saved_and_caught_up_later(
    tmp_path, store, monkeypatch
):
    """The store is the truth: a committed write is not reported as failed because another process held the
    lexical index's writer past the wait; it says so in a warning, and the next search finds the passage."""
    monkeypatch.setattr(lexical_module, "LOCK_WAIT_SECONDS", 0.2)
    sync = LexicalSync(tmp_path / "lexical")
    sync.sync(store)
    held = tantivy.Index.open(str(tmp_path / "lexical")).writer(heap_size=15_000_000, num_threads=1)
    before = store.generation
    added = _source(store, ["The ferry operators accepted a night-shift bonus."], title="Ferries")
    warnings = sync.follow(store, before, added, [])
    assert len(warnings) == 1 and "stayed locked by another process" in warnings[0] and "saved" in warnings[0]
    assert "Traceback" not in warnings[0]
    del held
    gc.collect()
    assert _found(sync.sync(store)[0], "ferry night-shift bonus")[:1] == added

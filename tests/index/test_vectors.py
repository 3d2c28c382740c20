"""The vector index on real FAISS: exact and IVF kinds, the switch between them, and the guild filter
inside an approximate search."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.config import Settings
from index.errors import IndexCorruptError, StorageError
from index.kb import KnowledgeBase
from index.records import UNSTORED, Passage
from index.sources.inputs import TextInput
from index.storage.atomic import replacing
from index.storage.delta import delta_path
from index.storage.store import text_hash
from index.storage.vectors import MAGIC, MIN_IVF, VectorIndex, choose_kind
from index.text.context import reading

DIM = 64
ZELENSKY = "We cannot legally acknowledge any occupied territory of Ukraine as Russian"


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def clustered(n: int, seed: int = 0, centres: int = 40) -> np.ndarray:
    """Vectors around a few dozen centres, as passages about a few dozen topics are."""
    rng = np.random.default_rng(seed)
    middle = rng.normal(size=(centres, DIM))
    return unit(middle[rng.integers(0, centres, n)] + rng.normal(0, 0.35, size=(n, DIM)))


@pytest.fixture(scope="module")
def data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    vectors = clustered(4000)
    ids = np.arange(100, 100 + len(vectors), dtype=np.int64)
    queries = unit(vectors[::97] + np.random.default_rng(1).normal(0, 0.2, size=(len(vectors[::97]), DIM)))
    return ids, vectors, queries


@pytest.fixture(scope="module")
def pair(data) -> tuple[VectorIndex, VectorIndex]:
    ids, vectors, _ = data
    flat = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="flat")
    ivf = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="ivf")
    return flat, ivf


def recall(truth: list[np.ndarray], found: list[np.ndarray]) -> float:
    return sum(len(set(t) & set(f)) for t, f in zip(truth, found, strict=True)) / sum(len(t) for t in truth)


def test_kind_switches_above_the_threshold_and_holds_below_it():
    assert choose_kind(500, above=100) == "flat", "too few vectors to train IVF on"
    assert choose_kind(5_000, above=10_000) == "flat"
    assert choose_kind(20_000, above=10_000) == "ivf"
    assert choose_kind(6_000, "ivf", above=10_000) == "ivf", "an IVF index is kept down to half the threshold"
    assert choose_kind(4_000, "ivf", above=10_000) == "flat"


def test_threshold_is_a_setting(monkeypatch, tmp_path):
    monkeypatch.setenv("PARLEY_APPROX_ABOVE", "1500")
    settings = Settings.from_env(tmp_path / "none.env")
    assert settings.approx_above == 1500
    assert settings.knowledge_base().index.approx_above == 1500
    assert choose_kind(2000, above=settings.approx_above) == "ivf"
    assert choose_kind(2000) == "flat"


def test_ivf_keeps_recall_at_10_against_exact_search(pair, data):
    flat, ivf = pair
    _, _, queries = data
    assert ivf.kind == "ivf" and flat.kind == "flat"
    assert 1 <= ivf.nprobe < ivf._index.nlist, "calibration chose a partial scan"
    truth = [flat.search(q, 10)[0] for q in queries]
    found = [ivf.search(q, 10)[0] for q in queries]
    assert recall(truth, found) >= 0.95


def test_small_sets_are_indexed_exactly_whatever_was_asked():
    vectors = clustered(MIN_IVF - 1)
    index = VectorIndex.build(np.arange(len(vectors)), vectors, model="m", generation=1, dimension=DIM, kind="ivf")
    assert index.kind == "flat" and index.nprobe is None


def test_guild_filter_works_inside_the_approximate_search(pair, data):
    flat, ivf = pair
    ids, _, queries = data
    rng = np.random.default_rng(2)
    for q in queries[:10]:
        best = flat.search(q, 30)[0]
        exclude = np.union1d(best, rng.choice(ids, 400, replace=False))
        found, scores = ivf.search(q, 10, exclude)
        assert len(found) == 10, "excluding the whole top 30 still leaves ten results: filtered in the search"
        assert not set(found) & set(exclude)
        assert list(scores) == sorted(scores, reverse=True)
        truth = flat.search(q, 10, exclude)[0]
        assert len(set(found) & set(truth)) >= 8


def test_filter_excluding_most_vectors_probes_more_lists(pair, data):
    flat, ivf = pair
    ids, _, queries = data
    allowed = np.random.default_rng(3).choice(ids, 200, replace=False)
    exclude = np.setdiff1d(ids, allowed)
    truth = [flat.search(q, 10, exclude)[0] for q in queries]
    found = [ivf.search(q, 10, exclude)[0] for q in queries]
    assert all(len(f) == 10 and set(f) <= set(allowed) for f in found)
    assert recall(truth, found) >= 0.9


def test_ivf_adds_removes_and_reconstructs_by_passage_id(data):
    ids, vectors, _ = data
    index = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="ivf")
    extra = clustered(5, seed=9)
    index.add(np.array([90_001, 90_002, 90_003, 90_004, 90_005]), extra, generation=2)
    assert index.count == len(ids) + 5 and index.generation == 2
    np.testing.assert_allclose(index.reconstruct([90_003, int(ids[7])]), np.vstack([extra[2], vectors[7]]))
    assert index.search(extra[0], 1)[0][0] == 90_001
    assert index.remove(np.array([90_001, int(ids[0]), 123_456_789]), generation=3) == 2
    assert index.count == len(ids) + 3
    assert 90_001 not in set(index.search(extra[0], 10)[0])
    stored = index.ids()
    assert len(stored) == index.count and 90_001 not in stored and 90_002 in stored and ids[0] not in stored


def test_ivf_saves_and_loads_with_its_kind_in_the_header(pair, data, tmp_path):
    _, ivf = pair
    _, _, queries = data
    path = tmp_path / "index.faiss"
    ivf.save(path)
    header = VectorIndex.read_header(path)
    assert (header.kind, header.count, header.model) == ("ivf", ivf.count, "m")
    loaded = VectorIndex.load(path)
    assert loaded.kind == "ivf" and loaded.nprobe == ivf.nprobe
    for q in queries[:5]:
        np.testing.assert_array_equal(loaded.search(q, 10)[0], ivf.search(q, 10)[0])


def test_a_header_that_misnames_the_kind_is_refused(pair, tmp_path):
    _, ivf = pair
    path = tmp_path / "index.faiss"
    ivf.save(path)
    path.write_bytes(path.read_bytes().replace(b'"kind": "ivf"', b'"kind": "flat"', 1))
    assert path.read_bytes().startswith(MAGIC)
    with pytest.raises(IndexCorruptError):
        VectorIndex.load(path)


def _add_filler(kb, count: int, seed: int = 5) -> None:
    """Unrelated passages with random vectors, written straight to the store as the benchmark does."""
    rng = np.random.default_rng(seed)
    vectors = unit(rng.normal(size=(count, 384)))
    with kb.store.transaction():
        rows = []
        for start in range(0, count, 50):
            drafts = []
            for i in range(start, min(count, start + 50)):
                text = f"Filler passage {i} on grain shipping insurance rates number {rng.integers(1e9)}"
                drafts.append(
                    Passage(UNSTORED, UNSTORED, i - start, 0, len(text), None, "statement", None, None, None, text)
                )
                rows.append((text_hash(reading(None, None, text, f"Filler {start}").key), vectors[i].tobytes()))
            kb.store.insert_source(
                {
                    "guild_id": None,
                    "title": f"Filler {start}",
                    "publisher": None,
                    "author": None,
                    "url": None,
                    "date": None,
                    "origin": "test",
                    "content_hash": text_hash(str(start)),
                    "splitter": "test",
                    "cleaned_text": "filler",
                },
                drafts,
            )
        kb.store.put_embeddings(kb.embedder.name, rows)


def test_knowledge_base_switches_to_ivf_by_size_and_keeps_guilds_apart(fresh_kb):
    kb = fresh_kb
    kb.readiness.ensure()
    assert kb.readiness.vectors().kind == "flat"
    kb.index.approx_above = 1000
    _add_filler(kb, 1500)
    vectors = kb.readiness.vectors()
    assert vectors.kind == "ivf" and vectors.count == len(kb.store.passage_hashes())
    assert VectorIndex.read_header(kb.index.path).kind == "ivf"
    assert ZELENSKY in kb.ask("Does Ukraine accept legal cession?").citations[0].passage.text

    memo = (
        "Grain corridor briefing.\n\n“The Odesa grain corridor will stay open under naval escort through the "
        "winter,” Oleksandr Kubrakov said on Friday."
    )
    mine = kb.add(TextInput(memo, title="Grain corridor memo"), guild_id=5)
    assert kb.readiness.vectors().kind == "ivf"
    question = "Will the Odesa grain corridor stay open this winter?"
    assert any("Odesa grain corridor" in c.passage.text for c in kb.ask(question, guild_id=5).citations)
    other = kb.ask(question, guild_id=6, k=50)
    assert not any(c.source.id == mine.source_id for c in other.citations)
    kb.remove_source(mine.source_id, guild_id=5)
    assert kb.readiness.vectors().kind == "ivf" and kb.readiness.vectors().count == len(kb.store.passage_hashes())


def test_bytes_changed_after_saving_are_refused_by_the_checksum(pair, tmp_path):
    flat, _ = pair
    path = tmp_path / "index.faiss"
    flat.save(path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4] = b"\xff\xff\xff\x7f"
    path.write_bytes(bytes(data))
    with pytest.raises(IndexCorruptError, match="checksum"):
        VectorIndex.load(path)


@pytest.mark.parametrize("folder", ["index.faiss", "index.delta"])
def test_an_index_path_that_is_a_folder_says_what_to_do(pair, tmp_path, folder):
    flat, _ = pair
    path = tmp_path / "index.faiss"
    if folder == "index.delta":
        flat.save(path)
    (tmp_path / folder).mkdir()
    for action in (lambda: flat.save(path), lambda: VectorIndex.load(path), lambda: VectorIndex.read_header(path)):
        with pytest.raises(
            StorageError, match=f"{tmp_path / folder} is a folder, not an index file: move it out of PARLEY_DATA_DIR"
        ):
            action()


def test_an_index_file_written_halfway_leaves_the_old_one_and_no_temporary(pair, tmp_path):
    """The vector index and its delta are both written through storage.atomic.replacing."""
    flat, _ = pair
    path = tmp_path / "index.faiss"
    flat.save(path)
    before = path.read_bytes()
    with pytest.raises(OSError, match="disk full"), replacing(path) as f:
        f.write(b"half an index")
        raise OSError("disk full")
    assert path.read_bytes() == before
    assert list(tmp_path.glob(".index-*.tmp")) == []
    with replacing(path) as f:
        f.write(b"whole")
    assert path.read_bytes() == b"whole"
    assert list(tmp_path.glob(".index-*.tmp")) == []


def _file_state(path):
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


def test_a_write_after_saving_goes_to_the_delta_and_a_reader_sees_it(data, tmp_path):
    ids, vectors, queries = data
    index = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="ivf")
    path = tmp_path / "index.faiss"
    index.save(path)
    main = _file_state(path)
    extra = clustered(5, seed=9)
    index.add(np.arange(90_001, 90_006), extra, generation=2)
    index.remove(ids[:3], generation=3)
    index.save(path)
    assert _file_state(path) == main, "the main file is not rewritten for a small write"
    assert delta_path(path).stat().st_size < 10_000
    header = VectorIndex.read_header(path)
    assert (header.generation, header.count) == (3, len(ids) + 2)
    loaded = VectorIndex.load(path)
    assert (loaded.generation, loaded.count) == (3, len(ids) + 2)
    np.testing.assert_array_equal(loaded.ids(), index.ids())
    assert loaded.search(extra[1], 1)[0][0] == 90_002
    assert not set(loaded.search(vectors[0], 10)[0]) & set(ids[:3].tolist()), "removed ids are never returned"
    for q in queries[:5]:
        np.testing.assert_array_equal(loaded.search(q, 10)[0], index.search(q, 10)[0])


def test_a_delta_past_its_limit_is_folded_into_a_new_main_file(data, tmp_path):
    ids, vectors, _ = data
    path = tmp_path / "index.faiss"
    index = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="flat")
    index.save(path)
    index.add(np.arange(90_001, 90_021), clustered(20, seed=4), generation=2)
    index.save(path, delta_max=10)
    assert not delta_path(path).exists()
    loaded = VectorIndex.load(path)
    assert (loaded.count, loaded.pending) == (len(ids) + 20, 0)
    loaded.remove(np.array([90_001, int(ids[5])]), generation=3)
    loaded.save(path)
    again = VectorIndex.load(path)
    assert again.count == len(ids) + 18 and 90_001 not in again.ids() and ids[5] not in again.ids()


def test_a_delta_naming_another_main_file_or_damaged_is_left_out(data, tmp_path):
    ids, vectors, _ = data
    path = tmp_path / "index.faiss"
    index = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="flat")
    index.save(path)
    index.add(np.array([90_001]), clustered(1, seed=3), generation=2)
    index.save(path)
    stale = delta_path(path).read_bytes()
    other = VectorIndex.build(ids[:-1], vectors[:-1], model="m", generation=5, dimension=DIM, kind="flat")
    other.save(path)
    delta_path(path).write_bytes(stale)
    loaded = VectorIndex.load(path)
    assert (loaded.generation, loaded.count) == (5, len(ids) - 1), "the delta of an older main file is ignored"
    assert VectorIndex.read_header(path).generation == 5
    index = VectorIndex.load(path)
    index.add(np.array([90_002]), clustered(1, seed=4), generation=6)
    index.save(path)
    damaged = bytearray(delta_path(path).read_bytes())
    damaged[-3] ^= 0xFF
    delta_path(path).write_bytes(bytes(damaged))
    assert VectorIndex.load(path).generation == 5, "a damaged delta is ignored, never served"


def test_the_main_file_is_served_from_a_memory_map(pair, tmp_path):
    _, ivf = pair
    path = tmp_path / "index.faiss"
    ivf.save(path)
    assert path.read_bytes()[: len(MAGIC)] == MAGIC
    loaded = VectorIndex.load(path)
    maps = Path("/proc/self/maps").read_text()
    assert str(path) in maps, "the index file is mapped, so processes share its pages"
    loaded.add(np.array([90_001]), clustered(1, seed=7), generation=2)
    loaded.remove(np.array([90_001, 100]), generation=3)
    loaded.save(path, delta_max=0)
    assert VectorIndex.load(path).count == ivf.count - 1


def test_compressed_index_reranks_with_exact_vectors_and_keeps_recall_with_the_guild_filter(pair, data, tmp_path):
    flat, _ = pair
    ids, vectors, queries = data
    sq8 = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="sq8")
    by_id = dict(zip(ids.tolist(), vectors, strict=True))
    sq8.exact = lambda wanted: {i: by_id[i] for i in wanted}
    exclude = np.random.default_rng(5).choice(ids, 400, replace=False)
    truth = [flat.search(q, 10, exclude)[0] for q in queries]
    found = [sq8.search(q, 10, exclude) for q in queries]
    assert recall(truth, [f for f, _ in found]) >= 0.95
    assert not set(np.concatenate([f for f, _ in found]).tolist()) & set(exclude.tolist())
    q = queries[0]
    got, scores = found[0]
    np.testing.assert_allclose(scores, vectors[np.searchsorted(ids, got)] @ q, rtol=1e-5)
    path = tmp_path / "index.faiss"
    sq8.save(path)
    assert VectorIndex.read_header(path).kind == "sq8"
    loaded = VectorIndex.load(path)
    assert loaded.kind == "sq8" and loaded.held([int(ids[0])]) == {}, "8-bit codes are never served as vectors"
    loaded.exact = sq8.exact
    np.testing.assert_array_equal(loaded.search(q, 10, exclude)[0], got)


def test_compressed_index_is_a_setting(monkeypatch, tmp_path):
    monkeypatch.setenv("PARLEY_INDEX_COMPRESSED", "1")
    settings = Settings.from_env(tmp_path / "none.env")
    assert settings.knowledge_base().index.compressed
    assert choose_kind(20_000, above=10_000, compressed=True) == "sq8"
    assert choose_kind(6_000, "ivf", above=10_000, compressed=True) == "sq8", "a setting switched on rebuilds"


def test_an_add_writes_only_the_delta_and_a_restart_serves_it(fresh_kb, embedder):
    kb = fresh_kb
    kb.readiness.ensure()
    main = _file_state(kb.index.path)
    memo = (
        "Grain corridor briefing.\n\n“The Odesa grain corridor will stay open under naval escort through the "
        "winter,” Oleksandr Kubrakov said on Friday."
    )
    added = kb.add(TextInput(memo, title="Grain corridor memo"), guild_id=5)
    assert _file_state(kb.index.path) == main and delta_path(kb.index.path).exists()
    question = "Will the Odesa grain corridor stay open this winter?"
    again = KnowledgeBase(kb.data_dir, kb.corpus_dir, embedder=embedder)
    try:
        assert again.readiness.ensure().how == "loaded", "the main file and its delta are the store's generation"
        assert any(c.source.id == added.source_id for c in again.ask(question, guild_id=5).citations)
        again.remove_source(added.source_id, guild_id=5)
        assert _file_state(kb.index.path) == main
        assert not any(c.source.id == added.source_id for c in again.ask(question, guild_id=5, k=50).citations)
    finally:
        again.close()


def test_the_guild_filter_skips_exactly_its_ids_below_and_above_the_highest_one(data):
    """The filter is a bitmap as long as the highest skipped id: ids past its end, in the main index or
    in the delta, are searched as usual."""
    ids, vectors, _ = data
    index = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="ivf")
    extra = clustered(4, seed=11)
    index.add(np.arange(90_001, 90_005), extra, generation=2)
    low = ids[:50]
    assert index.search(vectors[-1], 1, low)[0][0] == ids[-1]
    assert index.search(extra[3], 1, low)[0][0] == 90_004
    skipped = np.append(low, 90_002)
    for q in [*vectors[:50:7], extra[1], extra[2]]:
        found = index.search(q, 10, skipped)[0]
        assert len(found) == 10 and not set(found.tolist()) & set(skipped.tolist())
    assert index.search(extra[2], 1, skipped)[0][0] == 90_003


def test_an_approximate_search_reads_a_small_share_of_the_vectors_at_full_recall():
    """An IVF-Flat search reads every vector of the lists it probes, so the share it compares is what a
    question waits for at scale: finer lists let it compare under 2 % of them, where sqrt(n) lists compared
    about 6 %, at recall@10 0.95 or better against exact search."""
    import faiss

    vectors = clustered(20_000, seed=5, centres=400)
    ids = np.arange(len(vectors), dtype=np.int64)
    queries = unit(vectors[::397] + np.random.default_rng(1).normal(0, 0.2, size=(len(vectors[::397]), DIM)))
    flat = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="flat")
    ivf = VectorIndex.build(ids, vectors, model="m", generation=1, dimension=DIM, kind="ivf")
    stats = faiss.cvar.indexIVF_stats  # type: ignore[attr-defined]
    stats.reset()
    found = [ivf.search(q, 10)[0] for q in queries]
    compared = stats.ndis / len(queries)
    assert compared < 0.02 * len(vectors)
    assert recall([flat.search(q, 10)[0] for q in queries], found) >= 0.95

"""The knowledge base end to end on real SQLite, real FAISS and the real model."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
import threading

import numpy as np
import pytest

from index.errors import InputError, StorageError
from index.kb import KnowledgeBase
from index.sources.inputs import TextInput
from index.storage.embedder import OFFLINE
from index.storage.store import PASSAGE_COLUMNS, PLACE_COLUMNS
from index.storage.vectors import VectorIndex
from index.writes import Writes
from tests.helpers import SEED

ZELENSKY = "We cannot legally acknowledge any occupied territory of Ukraine as Russian"


def test_first_citation_for_legal_cession_is_zelenskys_quote(shipped_kb):
    answer = shipped_kb.ask("Does Ukraine accept legal cession?")
    first = answer.citations[0]
    assert not answer.abstained
    assert ZELENSKY in first.passage.text
    who = (first.passage.speaker, first.passage.party, first.passage.kind)
    assert who == ("Volodymyr Zelensky", "Ukraine", "quote")
    assert first.source.publisher == "The Kyiv Independent"
    assert first.source.url.startswith("https://news.b2blocal.com/")
    assert "Volodymyr Zelensky" in answer.lead and "[1]" in answer.lead


def test_lead_names_only_cited_speakers(shipped_kb):
    answer = shipped_kb.ask("What does Russia demand from Ukraine?", k=4)
    for c in answer.citations:
        assert f"[{c.n}]" in answer.lead
        if c.passage.speaker:
            assert c.passage.speaker in answer.lead


def test_citations_are_grouped_by_party(shipped_kb):
    answer = shipped_kb.ask("Will the United States recognise Russia's claims?", k=6)
    groups = answer.groups()
    assert sum(len(cs) for _, cs in groups) == 6
    assert len({p for p, _ in groups}) == len(groups)


def test_off_topic_question_abstains_without_citations(shipped_kb):
    answer = shipped_kb.ask("What is a good recipe for banana bread?")
    assert answer.abstained and answer.citations == []
    assert "do not cover" in answer.lead


def test_party_named_in_question_favours_that_party(shipped_kb):
    answer = shipped_kb.ask("What is Russia's position on territorial concessions?", k=3)
    assert answer.parties_asked == ["Russia"]
    assert answer.citations[0].passage.party == "Russia"


def test_compare_gives_each_partys_best_passage(shipped_kb):
    comparison = shipped_kb.compare("legal recognition of occupied territory")
    by_party = {p.party: p.citation for p in comparison.positions}
    assert set(by_party) == {"Ukraine", "Russia", "United States"}
    assert ZELENSKY in by_party["Ukraine"].passage.text
    assert by_party["United States"].passage.party == "United States"


@pytest.mark.parametrize("question", ["", "   ", "x" * 2001])
def test_bad_questions_are_refused(shipped_kb, question):
    with pytest.raises(InputError):
        shipped_kb.ask(question)


def test_rebuild_with_nothing_changed_embeds_nothing(fresh_kb):
    first = fresh_kb.rebuild()
    assert first.embedded == first.passages > 40 and first.sources == 1 and first.quotes == 16
    again = fresh_kb.rebuild()
    assert again.embedded == 0 and not again.changed


def test_passages_that_lost_their_stored_vectors_are_served_from_the_index_until_a_build_embeds_them(fresh_kb):
    fresh_kb.rebuild()
    fresh_kb.store.db.execute("DELETE FROM embeddings")
    assert ZELENSKY in fresh_kb.ask("Does Ukraine accept legal cession?").citations[0].passage.text
    report = fresh_kb.rebuild()
    assert report.embedded == report.passages and report.changed
    assert fresh_kb.store.missing_embeddings(fresh_kb.embedder.name) == []


def test_editing_the_corpus_re_embeds_only_the_changed_passages(fresh_kb, corpus_copy):
    fresh_kb.rebuild()
    path = corpus_copy / "sources" / f"{SEED}.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("A Gallup poll released", "A Gallup survey released"), encoding="utf-8")
    report = fresh_kb.rebuild()
    assert report.updated_sources == [f"{SEED}.txt"]
    assert report.embedded == 1
    answer = fresh_kb.ask("What did the Gallup survey find?", k=3)
    assert any("Gallup survey released" in c.passage.text for c in answer.citations)


def test_metadata_edit_updates_citations_without_re_embedding(fresh_kb, corpus_copy):
    fresh_kb.rebuild()
    meta = corpus_copy / "sources" / f"{SEED}.toml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace('date = "after 2025-03-12"', 'date = "2025-03-13"'), encoding="utf-8"
    )
    report = fresh_kb.rebuild()
    assert report.embedded == 0 and report.updated_sources
    assert fresh_kb.ask("Does Ukraine accept legal cession?").citations[0].source.date == "2025-03-13"


def test_index_file_records_model_and_generation(fresh_kb):
    fresh_kb.rebuild()
    header = VectorIndex.read_header(fresh_kb.index.path)
    assert header.model == fresh_kb.embedder.name
    assert header.generation == fresh_kb.store.generation
    assert header.count == len(fresh_kb.store.passage_hashes())


def _reopen(kb: KnowledgeBase) -> KnowledgeBase:
    kb.close()
    return KnowledgeBase(kb.data_dir, kb.corpus_dir, embedder=kb.embedder)


def test_corrupt_index_is_rebuilt_with_a_warning(fresh_kb):
    fresh_kb.rebuild()
    data = fresh_kb.index.path.read_bytes()
    fresh_kb.index.path.write_bytes(data[: len(data) // 2])
    kb = _reopen(fresh_kb)
    assert any("unreadable" in w for w in kb.readiness.ensure().warnings)
    answer = kb.ask("Does Ukraine accept legal cession?")
    assert ZELENSKY in answer.citations[0].passage.text
    assert VectorIndex.load(kb.index.path).count == len(kb.store.passage_hashes())
    kb.close()


def test_flipped_bytes_inside_the_vectors_are_caught_and_rebuilt(fresh_kb):
    fresh_kb.rebuild()
    data = bytearray(fresh_kb.index.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4] = b"\xff\xff\xff\x7f"  # a NaN in the middle of a stored vector
    fresh_kb.index.path.write_bytes(bytes(data))
    kb = _reopen(fresh_kb)
    report = kb.readiness.ensure()
    assert report.how == "built" and any("checksum" in w for w in report.warnings)
    answer = kb.ask("Does Ukraine accept legal cession?", k=50)
    assert ZELENSKY in answer.citations[0].passage.text
    assert all(np.isfinite(c.score) for c in answer.citations)
    assert VectorIndex.load(kb.index.path).count == len(kb.store.passage_hashes()), "the rebuilt file loads clean"
    kb.close()


def test_an_index_path_that_is_a_folder_is_a_clear_error(fresh_kb):
    fresh_kb.rebuild()
    fresh_kb.index.path.unlink()
    fresh_kb.index.path.mkdir()
    kb = _reopen(fresh_kb)
    with pytest.raises(StorageError, match=f"{fresh_kb.index.path} is a folder.*PARLEY_DATA_DIR"):
        kb.readiness.ensure()
    kb.close()


def test_an_add_whose_index_file_the_full_disk_refuses_lands_with_a_warning_and_is_served(fresh_kb, monkeypatch):
    """The store commits an add before the index file is written: a full disk then reported the add as failed
    ("unexpected OSError", and an audit row saying so) though it had landed, so a retry met "already added"."""
    fresh_kb.rebuild()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    memo = "“The night ferry keeps running through the winter,” said Ines Varga, mayor of Kellport."
    with monkeypatch.context() as patched:
        patched.setattr(VectorIndex, "save", full)
        report = fresh_kb.add(TextInput(memo, title="Ferry memo"))
    assert any("could not save the vector index" in w and "No space left" in w for w in report.warnings)
    assert [(row["action"], row["outcome"]) for row in fresh_kb.audit(1)] == [("add", "ok")]
    question = "Will the night ferry keep running in winter?"
    assert "night ferry" in fresh_kb.ask(question).citations[0].passage.text
    kb = _reopen(fresh_kb)
    assert "night ferry" in kb.ask(question).citations[0].passage.text
    assert kb.readiness.vectors().generation == kb.store.generation
    kb.close()


def test_missing_index_is_rebuilt_from_stored_embeddings_without_the_corpus_changing(fresh_kb):
    fresh_kb.rebuild()
    fresh_kb.index.path.unlink()
    kb = _reopen(fresh_kb)
    report = kb.rebuild()
    assert report.embedded == 0 and report.index_rebuilt
    assert kb.index.path.exists()
    kb.close()


def test_stale_index_is_reconciled_not_served(fresh_kb):
    fresh_kb.rebuild()
    stale = VectorIndex.load(fresh_kb.index.path)
    removed = stale.ids()[:5]
    stale.remove(removed, generation=stale.generation - 1)
    stale.save(fresh_kb.index.path)
    kb = _reopen(fresh_kb)
    vectors = kb.readiness.vectors()
    assert set(removed.tolist()) <= set(vectors.ids().tolist())
    assert vectors.generation == kb.store.generation
    kb.close()


def test_index_from_another_model_is_rebuilt(fresh_kb):
    fresh_kb.rebuild()
    other = VectorIndex.build(
        np.array([1]),
        np.ones((1, 384), np.float32),
        model="other-model",
        generation=fresh_kb.store.generation,
        dimension=384,
    )
    other.save(fresh_kb.index.path)
    kb = _reopen(fresh_kb)
    assert any("other-model" in w for w in kb.readiness.ensure().warnings)
    assert VectorIndex.read_header(kb.index.path).model == kb.embedder.name
    kb.close()


def test_indexes_left_by_another_store_are_rebuilt_not_reconciled_by_its_passage_ids(fresh_kb, corpus_copy):
    """The store was moved out of the data folder, as Parley advises for a damaged one (or truncated to
    nothing, which SQLite opens as a new store), and its FAISS and lexical indexes were left beside the
    new one. Passage ids start again at 1 in a new store, so a reconcile by ids kept the old passages'
    vectors and words under the new passages' ids: a corpus article about cod quotas carried a removed
    source's tariff vectors, and the question about it went unanswered."""
    tariff = "“We will cut the steel tariff to ten percent by spring,” said Mara Quell, the trade commissioner."
    fresh_kb.add(TextInput(tariff, title="Steel tariffs"))
    fresh_kb.close()
    for name in ("parley.db", "parley.db-wal", "parley.db-shm"):
        (fresh_kb.data_dir / name).unlink(missing_ok=True)
    cod = "“The cod quota must fall by a third next year,” said Ivo Brandt, the fisheries minister, on Tuesday."
    (corpus_copy / "sources" / "cod.txt").write_text(f"Fishing quotas\n\n{cod}")
    (corpus_copy / "sources" / "cod.toml").write_text('title = "Fishing quotas"\npublisher = "Test wire"\n')
    kb = _reopen(fresh_kb)
    warnings = kb.readiness.ensure().warnings
    assert sum("built from another store" in w for w in warnings) == 2, "the FAISS and the lexical index"
    answer = kb.ask("Will the cod quota fall next year?", k=3)
    assert "cod quota" in answer.citations[0].passage.text
    tariff_words = kb.ask("What did they say about the steel tariff?", mode="lexical").citations
    assert not any("cod quota" in c.passage.text for c in tariff_words)
    kb.close()


def test_unreadable_corpus_file_is_a_clear_error_and_changes_nothing(fresh_kb, corpus_copy):
    fresh_kb.rebuild()
    before = fresh_kb.store.generation
    (corpus_copy / "sources" / "broken.txt").write_bytes(b"\xff\xfe\x00 not utf-8 \xc3")
    with pytest.raises(InputError, match="cannot read corpus file"):
        fresh_kb.rebuild()
    assert fresh_kb.store.generation == before


@pytest.mark.parametrize(
    "toml,fragment",
    [
        ('title = ["Talks", "resume"]', "title must be text"),
        ("publisher = 7", "publisher must be text"),
        ('date = "2024-13-45"', "not a date Parley can read"),
        ("date = 12:30:00", "not a date Parley can read"),
    ],
)
def test_corpus_metadata_of_the_wrong_type_or_no_date_is_a_clear_error_and_changes_nothing(
    fresh_kb, corpus_copy, toml, fragment
):
    """A list or a number became its Python spelling ("['Talks', 'resume']") as the title shown in
    citations, and an unreadable date was kept while dating nothing."""
    fresh_kb.rebuild()
    before = fresh_kb.store.generation
    (corpus_copy / "sources" / "talks.txt").write_text('Envoy Mara Quell said: "The talks resume on Monday."\n')
    (corpus_copy / "sources" / "talks.toml").write_text(toml + "\n")
    with pytest.raises(InputError, match=fragment) as refused:
        fresh_kb.rebuild()
    assert "talks.toml" in str(refused.value) and fresh_kb.store.generation == before


def test_corpus_dates_written_as_toml_dates_are_read(fresh_kb, corpus_copy):
    (corpus_copy / "sources" / "talks.txt").write_text('Envoy Mara Quell said: "The talks resume on Monday."\n')
    (corpus_copy / "sources" / "talks.toml").write_text('title = "Talks"\ndate = 2025-03-14\n')
    fresh_kb.rebuild()
    assert any(s.date == "2025-03-14" and s.title == "Talks" for s in fresh_kb.sources())


def test_compare_says_which_parties_the_sources_are_silent_on(shipped_kb):
    by_party = {p.party: p.citation for p in shipped_kb.compare("the four oblasts").positions}
    assert by_party["Russia"] is not None and "four oblasts" in by_party["Russia"].passage.text
    assert by_party["United States"] is None


def test_a_question_about_an_actor_the_sources_never_mention_abstains_and_says_so(shipped_kb):
    answer = shipped_kb.ask("What does the European Union think about sanctions?")
    assert answer.abstained and not answer.citations
    assert "do not mention European" in answer.lead
    assert not shipped_kb.ask("What did Rubio say about the talks in Jeddah?").abstained, "names in the sources pass"
    assert not shipped_kb.ask("What Does Russia Demand From Ukraine?").abstained, "Title Case is not a name"
    assert all(p.citation is None for p in shipped_kb.compare("China's position on the war").positions)


def returns_passage_rows(statement: str) -> bool:
    """A SELECT that hands back passages' own fields row by row; an id ranking, a tally or a distinct set
    of parties reads no passage twice."""
    sql = " ".join(statement.split())
    if not sql.startswith("SELECT ") or not re.search(r"\b(FROM|JOIN) passages\b", sql):
        return False
    selected = sql[len("SELECT ") : sql.index(" FROM ")]
    return (
        "DISTINCT" not in selected
        and " GROUP BY " not in sql
        and re.search(r"\b(text|speaker|party)\b", selected) is not None
    )


def passage_row_reads(kb: KnowledgeBase, call) -> list[str]:
    """The statements `call` runs that return passage rows."""
    statements: list[str] = []
    kb.store.db.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        kb.store.db.conn.set_trace_callback(None)
    return [s for s in statements if returns_passage_rows(s)]


PLACE_READ = f"SELECT {PLACE_COLUMNS} FROM passages WHERE id IN"


def test_a_question_reads_each_passage_row_once(shipped_kb):
    """Rows are read in the question's retrieval (the lexical candidates', then the dense ones', then the
    followers'), whole or only where they sit (a neighbour's place); no passage is read whole twice, and
    nothing downstream (citing, comparing, dating) reads a passage again."""
    shipped_kb.ask("Does Ukraine accept legal cession?")
    topic = "legal recognition of occupied territory"
    for call in (
        lambda: shipped_kb.ask("Does Ukraine accept legal cession?", k=8),
        lambda: shipped_kb.compare(topic),
        lambda: shipped_kb.compare(topic, latest=True),
        lambda: shipped_kb.timeline(topic),
    ):
        reads = passage_row_reads(shipped_kb, call)
        whole = [s for s in reads if PASSAGE_COLUMNS in s]
        assert whole and all(s in whole or s.startswith(PLACE_READ) for s in reads), reads
        ids = [int(i) for s in whole for i in re.search(r"IN \(([^)]*)\)", s).group(1).split(",")]
        assert len(ids) == len(set(ids)), whole


def test_a_checked_question_is_not_checked_again(shipped_kb, monkeypatch):
    from index.answering import question

    checked: list[str] = []
    real = question.require_english
    monkeypatch.setattr(question, "require_english", lambda text: checked.append(text) or real(text))
    asked = question.check_question("  Does Ukraine accept legal cession? ")
    shipped_kb.ask(asked)
    shipped_kb.compare(asked)
    shipped_kb.timeline(asked)
    assert checked == ["Does Ukraine accept legal cession?"]
    shipped_kb.ask("Does Russia accept a ceasefire?")
    assert len(checked) == 2, "a plain string is still checked"


def test_a_question_is_read_without_its_control_bidi_and_zero_width_characters(shipped_kb):
    """The question is echoed as the answer's title in the channel: a U+202E in it reversed the rest of the
    title there, and a bell or an escape went on to `parley feedback` and the store with it."""
    answer = shipped_kb.ask("Does Ukraine\u202e accept \x07legal\u200b cession?\x1b")
    assert answer.question == "Does Ukraine accept legal cession?" and answer.citations
    with pytest.raises(InputError, match="empty"):
        shipped_kb.ask("\u200b\u202e\x07")


def test_a_build_stopped_while_it_embeds_keeps_what_it_encoded(fresh_kb, monkeypatch):
    """Ctrl-C during `parley index build` threw every vector it had encoded away: they were stored in one
    transaction at the end, so the next build began again from the first passage."""
    from index.storage import sync

    fresh_kb.sync_corpus()
    total = len(fresh_kb.store.missing_embeddings(fresh_kb.embedder.name))
    monkeypatch.setattr(sync, "EMBED_CHUNK", 16, raising=False)
    real, encoded = sync.encode, []

    def stopped_after_16_passages(model, readings, progress=None):
        if len(encoded) + len(readings) > 16:
            raise KeyboardInterrupt
        encoded.extend(readings)
        return real(model, readings, progress)

    monkeypatch.setattr(sync, "encode", stopped_after_16_passages)
    with pytest.raises(KeyboardInterrupt):
        fresh_kb.rebuild()
    assert len(fresh_kb.store.missing_embeddings(fresh_kb.embedder.name)) == total - 16
    monkeypatch.setattr(sync, "encode", real)
    assert fresh_kb.rebuild().embedded == total - 16
    assert fresh_kb.store.missing_embeddings(fresh_kb.embedder.name) == []


def test_an_unknown_retrieval_mode_is_refused(shipped_kb):
    with pytest.raises(InputError, match="hybrid, dense, lexical"):
        shipped_kb.ask("Does Ukraine accept legal cession?", mode="semantic")


def test_an_add_reports_the_index_warnings_met_on_the_way(fresh_kb):
    fresh_kb.rebuild()
    data = fresh_kb.index.path.read_bytes()
    fresh_kb.index.path.write_bytes(data[: len(data) // 2])
    kb = _reopen(fresh_kb)
    try:
        report = kb.add(
            TextInput('The minister said: "We will not sign a deal that gives up the coast."', title="Coast talks"),
            guild_id=7,
        )
        assert any("unreadable" in w for w in report.warnings)
        assert any("unreadable" in w for w in report.to_dict()["warnings"])
        assert not kb.add(
            TextInput('The envoy said: "The port stays open to grain ships."', title="Port talks"), guild_id=7
        ).warnings, "the next add meets a sound index"
    finally:
        kb.close()


def test_editing_a_corpus_file_keeps_its_source_id(fresh_kb, corpus_copy):
    fresh_kb.rebuild()
    (shipped,) = fresh_kb.sources()
    meta = corpus_copy / "sources" / f"{SEED}.toml"
    for date in ("2025-03-13", "2025-03-14"):
        meta.write_text(re.sub(r'date = ".*"', f'date = "{date}"', meta.read_text(encoding="utf-8")), encoding="utf-8")
        assert fresh_kb.rebuild().updated_sources == [f"{SEED}.txt"]
        assert [(r.id, r.date) for r in fresh_kb.sources()] == [(shipped.id, date)]
    text = corpus_copy / "sources" / f"{SEED}.txt"
    text.write_text(
        text.read_text(encoding="utf-8").replace("A Gallup poll released", "A Gallup survey released"), encoding="utf-8"
    )
    fresh_kb.rebuild()
    assert [r.id for r in fresh_kb.sources()] == [shipped.id]
    cited = fresh_kb.ask("What did the Gallup survey find?", k=3).citations
    assert any("Gallup survey released" in c.passage.text and c.source.id == shipped.id for c in cited)


def test_importing_the_embedder_leaves_the_environment_alone():
    """The offline settings are made where the model is loaded, not as a side effect of an import."""
    code = "import os, index.storage.embedder; print(os.environ.get('HF_HUB_OFFLINE'))"
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "None"


def test_the_facade_says_whether_the_corpus_is_stored_and_how_large_an_upload_may_be(tmp_path, corpus_copy, embedder):
    from index.limits import LIMITS
    from index.sources.fetch import FetchLimits

    kb = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    limited = KnowledgeBase(
        tmp_path / "other", corpus_copy, embedder=embedder, fetch_limits=FetchLimits(max_bytes=1234)
    )
    try:
        assert not kb.readiness.corpus_synced()
        kb.sync_corpus()
        assert kb.readiness.corpus_synced()
        assert (kb.upload_limit, limited.upload_limit) == (LIMITS.upload_bytes, 1234)
        assert kb.readiness.warm_up() >= 0 and kb.embedder.loaded
    finally:
        kb.close()
        limited.close()


GUILD = 4242
HARBOUR = "“The dredging of the northern harbour will start before the spring floods,” said port minister Ilse Varga."
FERRY = "“No ferry will sail to the islands until the fares are halved,” said transport envoy Teodor Brandt."
BRIDGE = "“The bridge tolls stay frozen for another year,” said roads commissioner Maren Holt."


def test_a_full_rebuild_serves_the_last_index_meanwhile_and_keeps_the_writes_made_during_it(fresh_kb, monkeypatch):
    """A full rebuild builds its new index from a snapshot while questions, adds and removals go on with the
    index in place; it then takes in what they wrote. It used to drop the index and build under the lock every
    question and write needs, so they waited for it, and a removal made meanwhile was in the index it put in
    place until the next write. Its build is held here on an Event we release once the others are done: had any
    of them waited for it, the build's wait would have run out first."""
    fresh_kb.rebuild()
    ferry = fresh_kb.add(TextInput(FERRY, title="Ferry fares"), guild_id=GUILD)
    build, building, release, released = VectorIndex.build, threading.Event(), threading.Event(), []

    def held(*args, **kwargs):
        building.set()
        released.append(release.wait(timeout=120))
        return build(*args, **kwargs)

    monkeypatch.setattr(VectorIndex, "build", held)
    rebuild = threading.Thread(target=lambda: fresh_kb.rebuild(full=True))
    rebuild.start()
    try:
        assert building.wait(timeout=120), "the rebuild reached its build"
        assert ZELENSKY in fresh_kb.ask("Does Ukraine accept legal cession?").citations[0].passage.text
        harbour = fresh_kb.add(TextInput(HARBOUR, title="Harbour works"), guild_id=GUILD)
        fresh_kb.remove_source(ferry.source_id, guild_id=GUILD)
        asked = fresh_kb.ask("When will the harbour dredging start?", guild_id=GUILD, k=1)
        assert "northern harbour" in asked.citations[0].passage.text
    finally:
        release.set()
        rebuild.join()
    assert released == [True], "the question, the add and the removal did not wait for the build"
    stored = sorted(i for i, _ in fresh_kb.store.passage_hashes())
    assert fresh_kb.readiness.vectors().ids().tolist() == stored, "the add is in, the removed source is out"
    kb = _reopen(fresh_kb)
    assert VectorIndex.load(kb.index.path).ids().tolist() == stored
    answer = kb.ask("Will ferries sail to the islands?", guild_id=GUILD, k=3)
    assert not any("ferry" in c.passage.text for c in answer.citations)
    assert any(s.id == harbour.source_id for s in kb.sources(GUILD))
    kb.close()


def test_a_write_between_a_builds_corpus_sync_and_its_embedding_encodes_only_its_own_passages(
    fresh_kb, corpus_copy, monkeypatch
):
    """A build stores the corpus's new passages without vectors, then embeds them. It now holds the embedding
    lock from before that commit, so an add arriving in between serves the vectors stored so far and encodes
    its own passage only; it used to find the lock free and encode every new corpus passage itself, holding
    the write it came for (and, in the bot, every write behind it) until done."""
    fresh_kb.rebuild()
    (corpus_copy / "sources" / "harbour.txt").write_text("Harbour works\n\n" + HARBOUR + "\n\n" + FERRY + "\n")
    (corpus_copy / "sources" / "harbour.toml").write_text('title = "Harbour works"\npublisher = "Test wire"\n')
    synced, release, released = threading.Event(), threading.Event(), []
    sync_corpus = Writes.sync_corpus

    def held(self, report):
        report = sync_corpus(self, report)
        synced.set()
        released.append(release.wait(timeout=120))
        return report

    monkeypatch.setattr(Writes, "sync_corpus", held)
    built = []
    build = threading.Thread(target=lambda: built.append(fresh_kb.rebuild()))
    build.start()
    try:
        assert synced.wait(timeout=120), "the build stored the new corpus source"
        encoded: list[int] = []
        report = fresh_kb.add(
            TextInput(BRIDGE, title="Bridge tolls"), guild_id=GUILD, progress=lambda s, n, t: encoded.append(n)
        )
    finally:
        release.set()
        build.join()
    assert released == [True]
    assert sum(encoded) == report.embedded == report.passages == 1, "the add encoded its own passage only"
    assert built[0].embedded == 2 and fresh_kb.store.missing_embeddings(fresh_kb.embedder.name) == []
    stored = sorted(i for i, _ in fresh_kb.store.passage_hashes())
    assert fresh_kb.readiness.vectors().ids().tolist() == stored


@pytest.mark.parametrize("guild_id", [2**63, 2**70, -1])
def test_a_server_id_sqlite_cannot_hold_is_refused_in_words(shipped_kb, guild_id):
    """A direct caller of the facade passing a server id past SQLite's integers got OverflowError from the
    store, a traceback, where the CLI and the bot bound the ids they pass."""
    for call in (
        lambda: shipped_kb.ask("Does Ukraine accept legal cession?", guild_id=guild_id),
        lambda: shipped_kb.compare("legal cession", guild_id=guild_id),
        lambda: shipped_kb.timeline("legal cession", guild_id=guild_id),
        lambda: shipped_kb.passages(speaker="Volodymyr Zelensky", guild_id=guild_id),
        lambda: shipped_kb.sources(guild_id),
    ):
        with pytest.raises(InputError, match="server id is a whole number"):
            call()


def test_a_speaker_or_party_holding_bytes_that_are_not_utf8_is_refused_in_words(shipped_kb):
    """A lone surrogate (what Python makes of bytes that are not UTF-8) reached SQLite, which raised
    UnicodeEncodeError rather than saying what was wrong with the name."""
    with pytest.raises(InputError, match="speaker holds bytes that are not UTF-8"):
        shipped_kb.passages(speaker="Zelen\udcffsky")
    with pytest.raises(InputError, match="party holds bytes that are not UTF-8"):
        shipped_kb.passages(party="Ukr\udcffaine")
    with pytest.raises(InputError, match="party holds bytes that are not UTF-8"):
        shipped_kb.timeline("legal cession", party="Ukr\udcffaine")

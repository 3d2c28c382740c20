"""KnowledgeBase: the one facade the CLI, the bot and the tests use. It orchestrates; the work lives in the
modules it calls: index/questions.py (a question, from one store snapshot), index/writes.py (every add
and removal), index/storage/sync.py and lexical_sync.py (the FAISS and BM25 indexes, kept at the store's
generation) and index/party_map.py (moderators' party mappings).

Reads may come from any thread. Writes serialise on SQLite's write lock, across threads and processes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from index import party_map
from index.answering import question as rules
from index.answering.answer import Answer, Comparison, Passage
from index.answering.feedback import Complaint, cited_ids, complaints
from index.answering.timeline import Timeline
from index.errors import NotFoundError
from index.kinds import Mode
from index.limits import LIMITS
from index.questions import Questions, check_mode
from index.reports import AddReport, BuildReport, RemoveReport
from index.sources import corpus as corpus_files
from index.sources.document import Document
from index.sources.fetch import FetchLimits
from index.storage.embedder import Embedder
from index.storage.lexical import LexicalIndex
from index.storage.lexical_sync import LexicalSync
from index.storage.store import SourceRow, Store
from index.storage.sync import IndexSync, SyncReport, no_progress
from index.storage.vectors import VectorIndex
from index.text.parties import Parties
from index.writes import Writes, titled

Progress = Callable[[str, int, int], None]  # (stage, advance, total)


class KnowledgeBase:
    check_question = staticmethod(rules.check_question)

    def __init__(
        self,
        data_dir: Path,
        corpus_dir: Path,
        *,
        embedder: Embedder | None = None,
        fetch_limits: FetchLimits | None = None,
        approx_above: int = LIMITS.approx_above,
        compressed_index: bool = LIMITS.compressed_index,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.corpus_dir = Path(corpus_dir)
        self.embedder = embedder or Embedder()
        self.fetch_limits = fetch_limits or FetchLimits()
        self.index_path = self.data_dir / "index.faiss"
        self._index = IndexSync(self.index_path, self.embedder, approx_above, compressed_index)
        self._lexical = LexicalSync(self.data_dir / "lexical")
        self._store: Store | None = None
        self._parties: Parties | None = None
        self._corpus_synced = False

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.data_dir / "parley.db")
        return self._store

    @property
    def parties(self) -> Parties:
        if self._parties is None:
            self._parties = Parties.load(corpus_files.parties_file(self.corpus_dir))
        return self._parties

    @property
    def approx_above(self) -> int:
        return self._index.approx_above

    @approx_above.setter
    def approx_above(self, value: int) -> None:
        self._index.approx_above = value

    @property
    def compressed_index(self) -> bool:
        return self._index.compressed

    @compressed_index.setter
    def compressed_index(self, value: bool) -> None:
        self._index.compressed = value

    @property
    def index_delta_max(self) -> int:
        """Vectors written to the index's delta file before the main file is rewritten with them."""
        return self._index.delta_max

    @index_delta_max.setter
    def index_delta_max(self, value: int) -> None:
        self._index.delta_max = value

    @property
    def upload_limit(self) -> int:
        """The largest file or page accepted, in bytes: a front end refuses a bigger one before reading it."""
        return self.fetch_limits.max_bytes

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # being ready -------------------------------------------------------------------------------

    def warm(self, progress: Progress = no_progress) -> dict[str, float]:
        """Load the model and the index now (the bot does this once at start), with timings."""
        started = time.perf_counter()
        model_seconds = self.embedder.load()
        t = time.perf_counter()
        vectors, _ = self._ready(progress)
        return {
            "model": model_seconds,
            "index": time.perf_counter() - t,
            "total": time.perf_counter() - started,
            "passages": vectors.count,
        }

    def warm_up(self) -> float:
        """Load the model and encode once, so the first member's question does not pay for torch's
        first-call setup; returns the seconds that first encode took."""
        self.embedder.load()
        started = time.perf_counter()
        self.embedder.encode_one("warm-up")
        return time.perf_counter() - started

    def corpus_synced(self) -> bool:
        """Whether the shipped corpus is in the store yet: the CLI says it is building when not."""
        return self.store.meta("corpus_synced") is not None

    def ensure_ready(self, progress: Progress = no_progress) -> SyncReport:
        """First use stores the corpus; every use brings the index to the store's generation."""
        return self._ready(progress)[1]

    def sync_index(self, progress: Progress = no_progress) -> VectorIndex:
        """The in-memory index at the store's generation (benchmarks read its kind and size)."""
        return self._ready(progress)[0]

    def sync_lexical(self) -> LexicalIndex:
        """The lexical index at the store's generation (benchmarks time its searches)."""
        return self._lexical.sync(self.store)[0]

    def _ready(self, progress: Progress) -> tuple[VectorIndex, SyncReport]:
        if not self._corpus_synced:
            self._store_corpus()
            self._corpus_synced = True
        vectors, report = self._index.sync(self.store, progress)
        _, warnings = self._lexical.sync(self.store)
        return vectors, replace(report, warnings=report.warnings + warnings) if warnings else report

    def _store_corpus(self) -> None:
        if not self.corpus_synced():
            self.sync_corpus()

    # questions: validated once here (a checked Question passes as is), made ready once ---------

    def _questions(self) -> Questions:
        vectors = self._ready(no_progress)[0]
        lexical = self._lexical.sync(self.store)[0]
        return Questions(self.store, self.embedder, self.parties, self._index, vectors, lexical)

    def ask(
        self,
        question: str,
        *,
        k: int = 5,
        guild_id: int | None = None,
        mode: Mode = "hybrid",
        per_page: int | None = None,
    ) -> Answer:
        """Cited passages for a question, or an abstention that says why; numbered in reading order, a
        page of ``per_page`` at a time (one page of ``k`` when None)."""
        question, k, mode = rules.check_question(question), rules.check_k(k), check_mode(mode)
        return self._questions().ask(question, k, guild_id, mode, per_page)

    def compare(self, topic: str, *, guild_id: int | None = None, latest: bool = False) -> Comparison:
        """Each party's best passage on a topic (or its latest on it); a party the sources are silent on
        gets None."""
        return self._questions().compare(rules.check_question(topic), guild_id, latest)

    def timeline(self, topic: str, *, party: str | None = None, guild_id: int | None = None) -> Timeline:
        """The parties' passages on a topic in date order, repeats collapsed and shifts marked."""
        return self._questions().timeline(rules.check_question(topic), party, guild_id)

    # reading sources ---------------------------------------------------------------------------

    def sources(self, guild_id: int | None = None, *, all_guilds: bool = False) -> list[SourceRow]:
        return self.store.sources(guild_id, all_guilds=all_guilds)

    def source(
        self, source_id: int, guild_id: int | None = None, *, all_guilds: bool = False
    ) -> tuple[SourceRow, list[Passage]]:
        row = self.store.source(source_id)
        if row is None or not (all_guilds or row.guild_id is None or row.guild_id == guild_id):
            raise NotFoundError(f"There is no source #{source_id} here; `/sources` lists the ids.")
        return row, party_map.passages(self.store, row.guild_id, guild_id, source_id=source_id)

    def passages(
        self, *, speaker: str | None = None, party: str | None = None, guild_id: int | None = None
    ) -> list[Passage]:
        self._store_corpus()
        return party_map.passages(self.store, guild_id, guild_id, speaker=speaker, party=party)

    # writing: one path in index/writes.py --------------------------------------------------------

    def _writes(self) -> Writes:
        return Writes(
            self.store,
            self.embedder,
            self.parties,
            self.corpus_dir,
            self._index,
            self._lexical,
            lambda progress: self._ready(progress)[1],
        )

    def add_source(
        self,
        doc: Document,
        *,
        guild_id: int | None = None,
        user_id: int | None = None,
        progress: Progress = no_progress,
    ) -> AddReport:
        return self._writes().add_document(lambda: doc, doc.title, guild_id, user_id, progress)

    def add_url(
        self,
        address: str,
        *,
        guild_id: int | None = None,
        user_id: int | None = None,
        progress: Progress = no_progress,
        **overrides: str | None,
    ) -> AddReport:
        """Fetch and add a page; the address fetched is the link citations show unless overridden."""
        from index.sources.ingest import fetch_url

        return self._writes().add_document(
            lambda: fetch_url(address, self.fetch_limits).with_overrides(**overrides),
            address,
            guild_id,
            user_id,
            progress,
        )

    def add_file(
        self,
        data: bytes,
        filename: str,
        *,
        guild_id: int | None = None,
        user_id: int | None = None,
        progress: Progress = no_progress,
        **overrides: str | None,
    ) -> AddReport:
        """Add an uploaded file; one with no title of its own, and none given, is named after the file."""
        from index.sources.ingest import read_file

        overrides = {k: v for k, v in overrides.items() if k != "title" or v}
        return self._writes().add_document(
            lambda: titled(read_file(data, filename, self.fetch_limits), filename).with_overrides(**overrides),
            filename,
            guild_id,
            user_id,
            progress,
        )

    def add_text(
        self,
        text: str,
        title: str,
        *,
        guild_id: int | None = None,
        user_id: int | None = None,
        progress: Progress = no_progress,
        **overrides: str | None,
    ) -> AddReport:
        from index.sources.ingest import read_text

        return self._writes().add_document(
            lambda: read_text(text, title).with_overrides(**overrides), title, guild_id, user_id, progress
        )

    def remove_source(
        self, source_id: int, *, guild_id: int | None = None, user_id: int | None = None, all_guilds: bool = False
    ) -> RemoveReport:
        """Remove a source, its passages and their vectors."""
        return self._writes().remove_source(
            lambda: self.source(source_id, guild_id, all_guilds=all_guilds)[0], source_id, guild_id, user_id, all_guilds
        )

    def sync_corpus(self) -> BuildReport:
        """Make the store's corpus sources match corpus/ (no model needed)."""
        return self._writes().sync_corpus(BuildReport())

    def rebuild(self, progress: Progress = no_progress, *, full: bool = False) -> BuildReport:
        """Sync the corpus, embed only what changed, and bring the index up to date (full: from scratch)."""
        report = self._writes().rebuild(progress, full)
        self._corpus_synced = True
        return report

    # feedback, audit and the questions behind the bot's answer buttons ---------------------------

    def record_feedback(
        self, *, guild_id: int | None, user_id: int, answer_key: str, question: str, passage_ids: list[int], vote: int
    ) -> None:
        """One upsert on this thread's connection: a vote does not queue behind a long upload."""
        self.store.record_feedback(
            guild_id=guild_id,
            user_id=user_id,
            answer_key=answer_key,
            question=question,
            passage_ids=passage_ids,
            vote=vote,
        )

    def complaints(self, guild_id: int | None = None) -> list[Complaint]:
        """Answers members marked 👎 (in one guild, or in all for None), with the passages they cited."""
        rows = [r for r in self.store.feedback_rows() if guild_id is None or r["guild_id"] == guild_id]
        passages = self.store.passages_by_id(cited_ids(rows))
        return complaints(rows, passages, self.store.sources_for(passages.values()))

    def audit(self, limit: int = 50, guild_id: int | None = None) -> list[dict]:
        return self.store.audit_rows(limit, guild_id)

    def remember_question(self, key: str, guild_id: int | None, question: str) -> None:
        self.store.remember_question(key, guild_id, question)

    def asked_question(self, key: str) -> tuple[int | None, str] | None:
        return self.store.asked_question(key)

    # party mappings: logic in index/party_map.py --------------------------------------------------

    def set_party(
        self, name: str, party: str, *, guild_id: int | None = None, user_id: int | None = None
    ) -> party_map.PartyChange:
        """Map a speaker's or a party's name to a party (or "none") for one guild, or every guild."""
        return party_map.set_party(self.store, self.parties, guild_id, name, party, user_id)

    def remove_party(
        self, name: str, *, guild_id: int | None = None, user_id: int | None = None
    ) -> party_map.PartyChange:
        return party_map.remove_party(self.store, guild_id, name, user_id)

    def party_mappings(self, guild_id: int | None = None) -> list[tuple[party_map.Mapping, int]]:
        self._store_corpus()
        return party_map.list_parties(self.store, guild_id)

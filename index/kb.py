"""KnowledgeBase: the one facade the CLI, the bot and the tests use. It orchestrates; the work lives in
the modules it calls: index/writes.py (every add and removal), index/storage/sync.py (the FAISS index,
kept at the store's generation) and index/answering/ (retrieval and the question's rules).

Reads may come from any thread. Writes serialise on SQLite's write lock, across threads and processes
alike. A question reads one snapshot of the store: whatever another process commits meanwhile, its
candidates, passage rows and vectors come from one state, so a source the CLI adds while the bot runs is
served from the next question on, and never half-seen by the current one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from index import party_map
from index.answering import question as rules
from index.answering import timeline as timelines
from index.answering.answer import Answer, Comparison, Passage, PartyPosition, compose_lead, reading_order
from index.answering.feedback import Complaint, cited_ids, complaints
from index.answering.retrieve import POOL, retrieve, unknown_names
from index.answering.sides import sides
from index.errors import NotFoundError
from index.reports import AddReport, BuildReport, RemoveReport
from index.sources import corpus as corpus_files
from index.sources.document import Document
from index.sources.fetch import FetchLimits
from index.storage.embedder import Embedder
from index.storage.store import SourceRow, Store
from index.storage.sync import IndexSync, SyncReport, no_progress
from index.storage.vectors import APPROX_ABOVE, VectorIndex
from index.text.parties import Parties
from index.writes import Writes, Written, audited, titled

log = logging.getLogger("parley.index")
Progress = Callable[[str, int, int], None]  # (stage, advance, total)


class KnowledgeBase:
    check_question = staticmethod(rules.check_question)

    def __init__(self, data_dir: Path, corpus_dir: Path, *, embedder: Embedder | None = None,
                 fetch_limits=None, approx_above: int = APPROX_ABOVE) -> None:
        self.data_dir = Path(data_dir)
        self.corpus_dir = Path(corpus_dir)
        self.embedder = embedder or Embedder.shared()
        self.fetch_limits = fetch_limits
        self.index_path = self.data_dir / "index.faiss"
        self._index = IndexSync(self.index_path, self.embedder, approx_above)
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
        return {"model": model_seconds, "index": time.perf_counter() - t, "total": time.perf_counter() - started,
                "passages": vectors.count}

    def warm_up(self) -> float:
        """Load the model and encode once, so the first member's question does not pay for torch's
        first-call setup; returns the seconds that first encode took."""
        self.embedder.load()
        started = time.perf_counter()
        self.embedder.encode_one("warm-up")
        return time.perf_counter() - started

    def corpus_synced(self) -> bool:
        """Whether the shipped corpus is already in the store: the CLI says it is building when not."""
        return self.store.meta("corpus_synced") is not None

    @property
    def upload_limit(self) -> int:
        """The largest file or page accepted, in bytes: a front end refuses a bigger one before reading it."""
        return (self.fetch_limits or FetchLimits()).max_bytes

    def ensure_ready(self, progress: Progress = no_progress) -> SyncReport:
        """First use stores the corpus; every use brings the index to the store's generation."""
        return self._ready(progress)[1]

    def sync_index(self, progress: Progress = no_progress) -> VectorIndex:
        """The in-memory index at the store's generation (benchmarks read its kind and size)."""
        return self._ready(progress)[0]

    def _ready(self, progress: Progress) -> tuple[VectorIndex, SyncReport]:
        if not self._corpus_synced:
            if self.store.meta("corpus_synced") is None:
                self.sync_corpus()
            self._corpus_synced = True
        return self._index.sync(self.store, progress)

    # questions ---------------------------------------------------------------------------------

    @contextmanager
    def _reading(self, question: str, guild_id: int | None, mode: str, pool: int = POOL) -> Iterator[rules.Reading]:
        """Ready once, encode, then retrieve and decide inside one store snapshot, which stays open while
        the caller reads the sources it cites."""
        vectors, _ = self._ready(no_progress)
        query = self.embedder.encode_one(question)
        parties_asked = self.parties.in_question(question)
        with self.store.snapshot() as generation:
            view = party_map.view(self.store, guild_id)
            exclude = self._index.exclude_for(self.store, guild_id, generation)
            found = retrieve(query, question, self.store, vectors, parties_asked=parties_asked, exclude=exclude,
                             guild_id=guild_id, mode=mode, pool=pool)
            missing = unknown_names(question, self.store, self.parties, guild_id, view.parties())
            hits = [replace(h, passage=view.passage(h.passage)) for h in found.hits] if view else found.hits
            yield rules.Reading(hits, found, parties_asked, rules.abstention(found, missing), view)

    def ask(self, question: str, *, k: int = 5, guild_id: int | None = None, mode: str = "hybrid",
            per_page: int | None = None) -> Answer:
        """Cited passages for a question, or an abstention that says why; numbered in reading order, a
        page of ``per_page`` at a time (one page of ``k`` when None)."""
        question, k = rules.check_question(question), rules.check_k(k)
        started = time.perf_counter()
        with self._reading(question, guild_id, mode) as read:
            if read.abstention is not None:
                lead = compose_lead([], read.parties_asked, abstained=True, missing=read.abstention.missing)
                return Answer(question, True, lead, [], read.parties_asked, time.perf_counter() - started)
            hits = read.hits[:k]
            cited = reading_order(rules.citations(hits, self.store.sources_for(h.passage for h in hits)),
                                  read.parties_asked, per_page)
            shifts = timelines.contradictions(cited, read.retrieval.vectors)
        return Answer(question, False, compose_lead(cited, read.parties_asked, shifts=shifts), cited,
                      read.parties_asked, time.perf_counter() - started, shifts)

    def compare(self, topic: str, *, guild_id: int | None = None, latest: bool = False) -> Comparison:
        """Each party's best passage on a topic (or its latest on the topic); a party the sources are
        silent on gets None."""
        topic = rules.check_question(topic)
        with self._reading(topic, guild_id, "hybrid", rules.COMPARE_POOL) as read:
            chosen = [(p, None) for p in read.parties_asked]
            if read.abstention is None:
                relevant = read.retrieval.best_dense * rules.COMPARE_RELATIVE
                passages = {h.passage_id: h.passage for h in read.hits}
                topic_sources = {h.passage.source_id for h in read.hits if h.dense >= relevant}
                held = party_map.held(self.store, topic_sources, read.view)
                chosen = sides(read.hits, passages, relevant, read.parties_asked, held)
                if latest:
                    chosen = [(p, h and (timelines.latest(read.hits, p, relevant) or h)) for p, h in chosen]
            hits = [h for _, h in chosen if h]
            cited = {c.passage.party: c for c in rules.citations(hits, self.store.sources_for(h.passage for h in hits))}
        return Comparison(topic, [PartyPosition(p, cited.get(p)) for p, _ in chosen], latest)

    def timeline(self, topic: str, *, party: str | None = None, guild_id: int | None = None) -> timelines.Timeline:
        """The parties' passages on a topic in date order, repeats collapsed and shifts marked."""
        topic = rules.check_question(topic)
        with self._reading(topic, guild_id, "hybrid", rules.COMPARE_POOL) as read:
            if read.abstention is not None:
                return timelines.Timeline(topic, note=compose_lead([], [], abstained=True, missing=read.abstention.missing))
            wanted = timelines.party_named(party, self.parties.in_question, {h.passage.party for h in read.hits})
            sources = self.store.sources_for(h.passage for h in read.hits)
        return timelines.build(topic, timelines.candidates(read.hits, sources, read.retrieval.vectors), party=wanted)

    def sources(self, guild_id: int | None = None, *, all_guilds: bool = False) -> list[SourceRow]:
        return self.store.sources(guild_id, all_guilds=all_guilds)

    def source(self, source_id: int, guild_id: int | None = None, *, all_guilds: bool = False) -> tuple[SourceRow, list[Passage]]:
        row = self.store.source(source_id)
        if row is None or not (all_guilds or row.guild_id is None or row.guild_id == guild_id):
            raise NotFoundError(f"There is no source #{source_id} here; `/sources` lists the ids.")
        seen = party_map.view(self.store, guild_id)
        return row, [seen.passage(p) for p in self.store.passages(row.guild_id, source_id=source_id)]

    def passages(self, *, speaker: str | None = None, party: str | None = None, guild_id: int | None = None) -> list[Passage]:
        if self.store.meta("corpus_synced") is None:
            self.sync_corpus()
        seen = party_map.view(self.store, guild_id)
        if not seen:
            return self.store.passages(guild_id, speaker=speaker, party=party)
        rows = [seen.passage(p) for p in self.store.passages(guild_id, speaker=speaker)]
        wanted = None if party is None else ("" if party.lower() == "none" else party.casefold())
        return [p for p in rows if wanted is None or (p.party or "").casefold() == wanted]

    # writing -----------------------------------------------------------------------------------

    def _writes(self) -> Writes:
        return Writes(self.store, self.embedder, self.parties, self.corpus_dir)

    def _follow(self, written: Written, progress: Progress) -> None:
        self._index.follow(self.store, written.before, written.added, written.removed, progress)

    def _add(self, read: Callable[[], Document], detail: str | None, guild_id: int | None, user_id: int | None,
             progress: Progress, overrides: dict[str, str | None]) -> AddReport:
        """The one add path: read, split, embed, commit, then the index takes the new passages."""
        started = time.perf_counter()
        self.store.require_writable()
        with audited(self.store, "add", guild_id, user_id, detail):
            self._ready(progress)
            report, written = self._writes().add(read().with_overrides(**overrides), guild_id, user_id, progress)
            self._follow(written, progress)
        return replace(report, seconds=time.perf_counter() - started)

    def add_source(self, doc: Document, *, guild_id: int | None = None, user_id: int | None = None,
                   progress: Progress = no_progress) -> AddReport:
        return self._add(lambda: doc, doc.title, guild_id, user_id, progress, {})

    def add_url(self, address: str, *, guild_id: int | None = None, user_id: int | None = None,
                progress: Progress = no_progress, **overrides: str | None) -> AddReport:
        """Fetch and add a page; the address fetched is the link citations show unless overridden."""
        from index.sources.ingest import fetch_url

        limits = (self.fetch_limits,) if self.fetch_limits else ()
        return self._add(lambda: fetch_url(address, *limits), address, guild_id, user_id, progress, overrides)

    def add_file(self, data: bytes, filename: str, *, guild_id: int | None = None, user_id: int | None = None,
                 progress: Progress = no_progress, **overrides: str | None) -> AddReport:
        from index.sources.ingest import read_file

        limits = (self.fetch_limits,) if self.fetch_limits else ()
        if not overrides.get("title"):
            overrides.pop("title", None)
        return self._add(lambda: titled(read_file(data, filename, *limits), filename), filename, guild_id, user_id,
                         progress, overrides)

    def add_text(self, text: str, title: str, *, guild_id: int | None = None, user_id: int | None = None,
                 progress: Progress = no_progress, **overrides: str | None) -> AddReport:
        from index.sources.ingest import read_text

        return self._add(lambda: read_text(text, title), title, guild_id, user_id, progress, overrides)

    def remove_source(self, source_id: int, *, guild_id: int | None = None, user_id: int | None = None,
                      all_guilds: bool = False) -> RemoveReport:
        """Remove a source, its passages and their vectors."""
        started = time.perf_counter()
        self.store.require_writable()
        with audited(self.store, "remove", guild_id, user_id, None, source_id):
            row, _ = self.source(source_id, guild_id, all_guilds=all_guilds)
            report, written = self._writes().remove(row, guild_id, user_id, all_guilds)
            self._follow(written, no_progress)
        return replace(report, seconds=time.perf_counter() - started)

    def sync_corpus(self, report: BuildReport | None = None) -> BuildReport:
        """Make the store's corpus sources match corpus/ (no model needed)."""
        return self._writes().sync_corpus(report or BuildReport())

    def rebuild(self, progress: Progress = no_progress, *, full: bool = False) -> BuildReport:
        """Sync the corpus, embed only what changed, and bring the index up to date (full: from scratch)."""
        started = time.perf_counter()
        report = self.sync_corpus()
        self._corpus_synced = True
        _, sync = self._index.sync(self.store, progress, full=full, repair=True)
        rows = self.store.sources(all_guilds=True)
        return replace(report, embedded=sync.embedded, index_rebuilt=sync.how == "built", vectors_added=sync.added,
                       vectors_removed=sync.removed, warnings=list(sync.warnings), sources=len(rows),
                       passages=sum(r.passages for r in rows), quotes=sum(r.quotes for r in rows),
                       speakers=self.store.speaker_count(), seconds=time.perf_counter() - started)

    # feedback and audit ------------------------------------------------------------------------

    def record_feedback(self, *, guild_id: int | None, user_id: int, answer_key: str, question: str,
                        passage_ids: list[int], vote: int) -> None:
        """One upsert on this thread's connection: a vote does not queue behind a long upload."""
        self.store.record_feedback(guild_id=guild_id, user_id=user_id, answer_key=answer_key,
                                   question=question, passage_ids=passage_ids, vote=vote)

    def complaints(self, guild_id: int | None = None) -> list[Complaint]:
        """Answers members marked 👎 (in one guild, or in all for None), with the passages they cited."""
        rows = [r for r in self.store.feedback_rows() if guild_id is None or r["guild_id"] == guild_id]
        passages = self.store.passages_by_id(cited_ids(rows))
        return complaints(rows, passages, self.store.sources_for(passages.values()))

    def audit(self, limit: int = 50, guild_id: int | None = None) -> list[dict]:
        return self.store.audit_rows(limit, guild_id)

    # questions behind the bot's answer buttons --------------------------------------------------

    def remember_question(self, key: str, guild_id: int | None, question: str) -> None:
        self.store.remember_question(key, guild_id, question)

    def asked_question(self, key: str) -> tuple[int | None, str] | None:
        return self.store.asked_question(key)

    # party mappings: logic in index/party_map.py --------------------------------------------------

    def set_party(self, name: str, party: str, *, guild_id: int | None = None,
                  user_id: int | None = None) -> party_map.PartyChange:
        """Map a speaker's or a party's name to a party (or "none") for one guild, or every guild."""
        return party_map.set_party(self.store, self.parties, guild_id, name, party, user_id)

    def remove_party(self, name: str, *, guild_id: int | None = None,
                     user_id: int | None = None) -> party_map.PartyChange:
        return party_map.remove_party(self.store, guild_id, name, user_id)

    def party_mappings(self, guild_id: int | None = None) -> list[tuple[party_map.Mapping, int]]:
        if self.store.meta("corpus_synced") is None:
            self.sync_corpus()
        return party_map.list_parties(self.store, guild_id)

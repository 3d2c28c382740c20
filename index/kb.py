"""KnowledgeBase: the one facade the CLI, the bot and the tests use.

It owns the store, the embedder and the in-memory FAISS index. Reads may come from any thread; writes
are serialised by a lock here and by SQLite's write lock across processes. After every write, and
before every read, the in-memory index is brought to the store's generation, so a source added by
another process (the CLI while the bot runs) is served without a restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.sources import corpus as corpus_files
from index.answering.answer import Answer, Citation, Comparison, Passage, PartyPosition, compose_lead
from index.text.clean import clean
from index.sources.document import Document
from index.storage.embedder import DIMENSION, Embedder
from index.errors import DuplicateSourceError, IndexCorruptError, InputError, NotFoundError
from index.text import gazetteer
from index.text.characters import has_lone_surrogate
from index.text.language import require_english
from index.text.parties import Parties
from index.text.passages import Draft, embedding_text, split
from index.reports import AddReport, BuildReport, RemoveReport
from index.answering.retrieve import Retrieval, retrieve, unknown_names
from index.answering.sides import sides
from index import party_map
from index.storage.store import SourceRow, Store, text_hash
from index.storage.vectors import APPROX_ABOVE, VectorIndex, choose_kind

log = logging.getLogger("parley.index")

SPLITTER_VERSION = "1"
MAX_QUESTION_CHARS = 2000
MAX_TITLE_CHARS = 300
COMPARE_RELATIVE = 0.6  # a party's best passage must be this close to the topic's best to count as its position
Progress = Callable[[str, int, int], None]  # (stage, advance, total)


@dataclass
class SyncResult:
    """How the last index sync went: for the build summary and the logs."""

    how: str = "none"  # "loaded", "reconciled" or "built"
    added: int = 0
    removed: int = 0


def _no_progress(stage: str, advance: int, total: int) -> None:
    return None


class KnowledgeBase:
    def __init__(self, data_dir: Path, corpus_dir: Path, *, embedder: Embedder | None = None,
                 fetch_limits=None, approx_above: int = APPROX_ABOVE) -> None:
        self.data_dir = Path(data_dir)
        self.corpus_dir = Path(corpus_dir)
        self.embedder = embedder or Embedder.shared()
        self.fetch_limits = fetch_limits
        self.approx_above = approx_above
        self.index_path = self.data_dir / "index.faiss"
        self._store: Store | None = None
        self._parties: Parties | None = None
        self._vectors: VectorIndex | None = None
        self._write_lock = threading.RLock()
        self._sync_lock = threading.Lock()
        self._exclude_cache: dict[int | None, tuple[int, np.ndarray | None]] = {}
        self.warnings: list[str] = []
        self.last_sync = SyncResult()

    # lazy parts --------------------------------------------------------------------------------

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

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def _warn(self, message: str) -> None:
        log.warning(message)
        self.warnings.append(message)

    def splitter_fingerprint(self) -> str:
        return corpus_files.fingerprint(SPLITTER_VERSION, gazetteer.fingerprint(corpus_files.parties_file(self.corpus_dir)))

    # start-up ----------------------------------------------------------------------------------

    def warm(self, progress: Progress = _no_progress) -> dict[str, float]:
        """Load the model and the index now (the bot does this once at start), with timings."""
        started = time.perf_counter()
        model_seconds = self.embedder.load()
        t = time.perf_counter()
        self.ensure_ready(progress)
        index_seconds = time.perf_counter() - t
        return {"model": model_seconds, "index": index_seconds, "total": time.perf_counter() - started,
                "passages": self._vectors.count if self._vectors else 0}

    def ensure_ready(self, progress: Progress = _no_progress) -> VectorIndex:
        """First use builds from the corpus; later uses only bring the index to the store's state."""
        if self.store.meta("corpus_synced") is None:
            with self._write_lock:
                if self.store.meta("corpus_synced") is None:
                    self.rebuild(progress)
        return self.sync_index(progress)

    # the FAISS index ---------------------------------------------------------------------------

    def sync_index(self, progress: Progress = _no_progress) -> VectorIndex:
        """Bring the in-memory index to the store's generation: load the file, else reconcile, else build."""
        generation = self.store.generation
        current = self._vectors
        if current is not None and current.generation == generation and current.model == self.embedder.name:
            return current
        with self._sync_lock:
            generation = self.store.generation
            current = self._vectors
            if current is not None and current.generation == generation and current.model == self.embedder.name:
                return current
            vectors = self._load_or_reconcile(current, generation, progress)
            self._vectors = vectors
            self._exclude_cache.clear()
            return vectors

    def _follow_write(self, before: int, *, added: np.ndarray | None = None, removed: np.ndarray | None = None,
                      progress: Progress = _no_progress) -> None:
        """Apply a write this process just committed straight to the in-memory index.

        When the index was current before the write and nothing else wrote since, the write's own ids
        are all that changed, so the whole-store diff of a sync (listing every id, scanning for missing
        embeddings) is skipped; otherwise, or when the index kind should change, a full sync runs.
        """
        added = np.zeros(0, dtype=np.int64) if added is None else added
        removed = np.zeros(0, dtype=np.int64) if removed is None else removed
        with self._sync_lock:
            current = self._vectors
            generation = self.store.generation
            direct = (current is not None and current.model == self.embedder.name
                      and current.generation == before and generation == before + 1
                      and current.kind == choose_kind(current.count + len(added) - len(removed), current.kind,
                                                      self.approx_above))
            if direct:
                current.remove(removed, generation)
                current.add(*self._stored_vectors(added), generation)
                current.save(self.index_path)
                self._exclude_cache.clear()
                self.last_sync = SyncResult("reconciled", len(added), len(removed))
                return
        self.sync_index(progress)

    def _sweep_temporaries(self) -> None:
        """Temporary index files left by a killed writer; a minute old means no writer still owns them."""
        for tmp in self.index_path.parent.glob(".index-*.tmp"):
            try:
                if time.time() - tmp.stat().st_mtime > 60:
                    tmp.unlink()
            except OSError:
                pass

    def _load_file(self) -> VectorIndex | None:
        self._sweep_temporaries()
        if not self.index_path.exists():
            return None
        try:
            loaded = VectorIndex.load(self.index_path)
        except IndexCorruptError as e:
            self._warn(f"warning: the vector index is unreadable ({e}); rebuilding it from the store")
            return None
        if loaded.model != self.embedder.name:
            self._warn(f"warning: the vector index was built with {loaded.model}; rebuilding it for {self.embedder.name}")
            return None
        return loaded

    def _load_or_reconcile(self, current: VectorIndex | None, generation: int, progress: Progress) -> VectorIndex:
        if current is None or current.model != self.embedder.name:
            current = self._load_file()
            if current is not None and current.generation == generation:
                self.last_sync = SyncResult("loaded")
                return current
            if current is not None:
                log.info("index file is at generation %s, store at %s: reconciling", current.generation, generation)
        elif self.index_path.exists():
            try:
                header = VectorIndex.read_header(self.index_path)
                if header.generation == generation and header.model == self.embedder.name:
                    fresh = self._load_file()
                    if fresh is not None and fresh.generation == generation:
                        self.last_sync = SyncResult("loaded")
                        return fresh
            except IndexCorruptError:
                pass
        self._embed_missing(progress)
        store_ids = np.array([i for i, _ in self.store.passage_hashes()], dtype=np.int64)
        generation = self.store.generation
        if current is None or current.kind != choose_kind(len(store_ids), current.kind, self.approx_above):
            vectors = self._build_from_store(generation)
            self.last_sync = SyncResult("built", vectors.count, 0)
        else:
            index_ids = current.ids()
            missing = np.setdiff1d(store_ids, index_ids)
            orphans = np.setdiff1d(index_ids, store_ids)
            current.remove(orphans, generation)
            current.add(*self._stored_vectors(missing), generation)
            if len(missing) or len(orphans):
                log.info("reconciled the index: %d vectors added, %d orphans removed", len(missing), len(orphans))
            self.last_sync = SyncResult("reconciled", len(missing), len(orphans))
            vectors = current
        vectors.save(self.index_path)
        return vectors

    def _stored_vectors(self, ids: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """Vectors of `ids`, or of every passage when None: one scan, twice as fast as by id at a million."""
        rows = list(self.store.vectors_for(self.embedder.name, None if ids is None else [int(i) for i in ids]))
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, DIMENSION), dtype=np.float32)
        found = np.array([r[0] for r in rows], dtype=np.int64)
        matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), DIMENSION)
        return found, matrix

    def _build_from_store(self, generation: int) -> VectorIndex:
        found, matrix = self._stored_vectors(None)
        return VectorIndex.build(found, matrix, model=self.embedder.name, generation=generation, dimension=DIMENSION,
                                 kind=choose_kind(len(found), above=self.approx_above))

    def _embed_missing(self, progress: Progress) -> int:
        missing = self.store.missing_embeddings(self.embedder.name)
        if not missing:
            return 0
        total = len(missing)
        vectors = self.embedder.encode([t for _, t in missing], lambda n: progress("embed", n, total))
        with self.store.transaction():
            self.store.put_embeddings(self.embedder.name, ((h, v.tobytes()) for (h, _), v in zip(missing, vectors)))
        return total

    def _exclude_for(self, guild_id: int | None, generation: int) -> np.ndarray | None:
        """Ids of other guilds' passages, filtered inside FAISS; None when no guild has its own sources."""
        cached = self._exclude_cache.get(guild_id)
        if cached and cached[0] == generation:
            return cached[1]
        ids = self.store.passage_ids(guild_id, exclusive=True) if self.store.has_guild_passages() else []
        exclude = np.array(ids, dtype=np.int64) if ids else None
        self._exclude_cache[guild_id] = (generation, exclude)
        return exclude

    # reading -----------------------------------------------------------------------------------

    @staticmethod
    def check_question(question: str) -> str:
        text = (question or "").strip()
        if not text:
            raise InputError("The question is empty: ask something like \"Does Ukraine accept legal cession?\"")
        if len(text) > MAX_QUESTION_CHARS:
            raise InputError(f"The question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}.")
        if has_lone_surrogate(text):
            raise InputError("The question holds bytes that are not UTF-8 text: check the terminal's encoding.")
        require_english(text)
        return text

    def _retrieve(self, question: str, guild_id: int | None, mode: str, pool: int | None = None) -> tuple[Retrieval, list[str]]:
        vectors = self.ensure_ready()
        query = self.embedder.encode_one(question)
        parties_asked = self.parties.in_question(question)
        exclude = self._exclude_for(guild_id, vectors.generation)
        kwargs = {"pool": pool} if pool else {}
        found = retrieve(query, question, self.store, vectors, parties_asked=parties_asked, exclude=exclude,
                         guild_id=guild_id, mode=mode, **kwargs)
        return found, parties_asked

    def _unknown_names(self, question: str, guild_id: int | None) -> list[str]:
        return unknown_names(question, self.store, self.parties, guild_id, party_map.view(self.store, guild_id).parties())

    def _citations(self, hits, start: int = 1, guild_id: int | None = None) -> list[Citation]:
        passages = party_map.view(self.store, guild_id).apply(self.store.passages_by_id(h.passage_id for h in hits))
        sources = self.store.sources_for(passages.values())
        return [
            Citation(n, passages[h.passage_id], sources[passages[h.passage_id].source_id], h.score)
            for n, h in enumerate(hits, start)
            if h.passage_id in passages
        ]

    def ask(self, question: str, *, k: int = 5, guild_id: int | None = None, mode: str = "hybrid") -> Answer:
        """Cited passages for a question, or an abstention when the sources do not cover it."""
        question = self.check_question(question)
        if not 1 <= k <= 50:
            raise InputError("k must be between 1 and 50.")
        started = time.perf_counter()
        found, parties_asked = self._retrieve(question, guild_id, mode)
        missing = self._unknown_names(question, guild_id)
        if not found.covered or missing:
            return Answer(question, True, compose_lead([], parties_asked, abstained=True, missing=missing), [],
                          parties_asked, time.perf_counter() - started)
        citations = self._citations(found.hits[:k], guild_id=guild_id)
        return Answer(question, False, compose_lead(citations, parties_asked), citations, parties_asked,
                      time.perf_counter() - started)

    def compare(self, topic: str, *, guild_id: int | None = None) -> Comparison:
        """Each party's best passage on a topic; a party the sources are silent on gets None."""
        topic = self.check_question(topic)
        found, named = self._retrieve(topic, guild_id, "hybrid", pool=200)
        chosen: list[tuple[str, object]] = [(p, None) for p in named]
        if found.covered and not self._unknown_names(topic, guild_id):
            seen = party_map.view(self.store, guild_id)
            passages = seen.apply(self.store.passages_by_id(h.passage_id for h in found.hits))
            relevant = found.best_dense * COMPARE_RELATIVE
            topic_sources = {passages[h.passage_id].source_id for h in found.hits
                             if h.passage_id in passages and h.dense >= relevant}
            chosen = sides(found.hits, passages, relevant, named, party_map.held(self.store, topic_sources, seen))
        cited = {c.passage.party: c for c in self._citations([h for _, h in chosen if h], guild_id=guild_id)}
        return Comparison(topic, [PartyPosition(p, cited.get(p)) for p, _ in chosen])

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

    def _prepare(self, doc: Document) -> tuple[str, list[Draft]]:
        cleaned = clean(doc)
        if not cleaned.text.strip():
            raise InputError("The source has no article text left after cleaning.")
        drafts = split(cleaned, self.parties)
        if not drafts:
            raise InputError("No passages could be made from the source's text.")
        return cleaned.text, drafts

    def _source_fields(self, doc: Document, cleaned: str, guild_id: int | None, user_id: int | None) -> dict:
        title = (doc.title or "").strip()
        if not title:
            raise InputError("The source needs a title: give one with --title (or title: in Discord).")
        if len(title) > MAX_TITLE_CHARS:
            raise InputError(f"The title is {len(title)} characters long; the limit is {MAX_TITLE_CHARS}.")
        return {"guild_id": guild_id, "title": title, "publisher": doc.publisher, "author": doc.author,
                "url": doc.url, "date": doc.date, "origin": doc.origin, "content_hash": text_hash(cleaned),
                "splitter": self.splitter_fingerprint(), "cleaned_text": cleaned, "added_by": user_id}

    def add_source(self, doc: Document, *, guild_id: int | None = None, user_id: int | None = None,
                   progress: Progress = _no_progress) -> AddReport:
        """Split, embed and index one source: one transaction in SQLite, then the index follows."""
        started = time.perf_counter()
        try:
            cleaned, drafts = self._prepare(doc)
            fields = self._source_fields(doc, cleaned, guild_id, user_id)
            with self._write_lock:
                self.ensure_ready(progress)
                duplicate = self.store.find_duplicate(guild_id, fields["content_hash"], doc.url)
                if duplicate is not None:
                    same = "URL" if doc.url and duplicate.url == doc.url else "text"
                    raise DuplicateSourceError(
                        f"That {same} is already source #{duplicate.id} ({duplicate.title}).", duplicate.id)
                texts = {}
                for d in drafts:
                    read = embedding_text(d.speaker, d.role, d.text)
                    texts[text_hash(read)] = read
                known = self.store.known_embeddings(self.embedder.name, list(texts))
                todo = [(h, t) for h, t in texts.items() if h not in known]
                vectors = self.embedder.encode([t for _, t in todo], lambda n: progress("embed", n, len(todo)))
                with self.store.transaction():
                    before = self.store.generation
                    self.store.put_embeddings(self.embedder.name, ((h, v.tobytes()) for (h, _), v in zip(todo, vectors)))
                    source_id, ids = self.store.insert_source(fields, drafts)
                    self.store.audit("add", "ok", guild_id=guild_id, user_id=user_id, source_id=source_id,
                                     detail=f"{fields['title']} ({len(ids)} passages)")
                self._follow_write(before, added=np.array(ids, dtype=np.int64), progress=progress)
        except InputError as e:
            self._audit_failure("add", e, guild_id, user_id, doc.title)
            raise
        parties = sorted({d.party for d in drafts if d.party})
        speakers = sorted({d.speaker for d in drafts if d.speaker})
        return AddReport(source_id, fields["title"], doc.publisher, len(drafts),
                         sum(d.kind == "quote" for d in drafts), speakers, parties, len(todo),
                         time.perf_counter() - started)

    def _audit_failure(self, action: str, error: Exception, guild_id: int | None, user_id: int | None,
                       detail: str | None, source_id: int | None = None) -> None:
        try:
            self.store.audit(action, f"refused: {error}", guild_id=guild_id, user_id=user_id,
                             source_id=source_id, detail=detail)
        except Exception:  # the audit must never hide the error the user needs to see
            log.exception("could not write the audit row")

    def add_url(self, address: str, *, guild_id: int | None = None, user_id: int | None = None,
                progress: Progress = _no_progress, **overrides: str | None) -> AddReport:
        """Fetch and add a page; the address fetched is the link citations show unless overridden."""
        from index.sources.ingest import fetch_url

        try:
            doc = fetch_url(address, self.fetch_limits) if self.fetch_limits else fetch_url(address)
        except InputError as e:
            self._audit_failure("add", e, guild_id, user_id, address)
            raise
        return self.add_source(doc.with_overrides(**overrides), guild_id=guild_id, user_id=user_id, progress=progress)

    def add_file(self, data: bytes, filename: str, *, guild_id: int | None = None, user_id: int | None = None,
                 progress: Progress = _no_progress, **overrides: str | None) -> AddReport:
        from index.sources.ingest import read_file

        try:
            doc = read_file(data, filename, self.fetch_limits) if self.fetch_limits else read_file(data, filename)
        except InputError as e:
            self._audit_failure("add", e, guild_id, user_id, filename)
            raise
        if not doc.title and not overrides.get("title"):
            overrides["title"] = Path(filename).stem.replace("-", " ").replace("_", " ")
        return self.add_source(doc.with_overrides(**overrides), guild_id=guild_id, user_id=user_id, progress=progress)

    def add_text(self, text: str, title: str, *, guild_id: int | None = None, user_id: int | None = None,
                 progress: Progress = _no_progress, **overrides: str | None) -> AddReport:
        from index.sources.ingest import read_text

        try:
            doc = read_text(text, title)
        except InputError as e:
            self._audit_failure("add", e, guild_id, user_id, title)
            raise
        return self.add_source(doc.with_overrides(**overrides), guild_id=guild_id, user_id=user_id, progress=progress)

    def remove_source(self, source_id: int, *, guild_id: int | None = None, user_id: int | None = None,
                      all_guilds: bool = False) -> RemoveReport:
        """Remove a source, its passages and (through the index sync) their vectors."""
        started = time.perf_counter()
        with self._write_lock:
            try:
                row, _ = self.source(source_id, guild_id, all_guilds=all_guilds)
                if row.corpus_file is not None:
                    raise InputError(f"Source #{source_id} ships with the corpus; remove corpus/sources/{row.corpus_file} "
                                     "and run `parley index build` instead.")
                if not all_guilds and row.guild_id != guild_id:
                    raise InputError(f"Source #{source_id} belongs to every guild; only an operator can remove it.")
            except (InputError, NotFoundError) as e:
                self._audit_failure("remove", e, guild_id, user_id, None, source_id)
                raise
            with self.store.transaction():
                before = self.store.generation
                hashes = self.store.source_hashes(source_id)
                ids = self.store.delete_source(source_id)
                self.store.prune_embeddings(hashes)
                self.store.audit("remove", "ok", guild_id=guild_id, user_id=user_id, source_id=source_id,
                                 detail=f"{row.title} ({len(ids)} passages)")
            self._follow_write(before, removed=np.array(ids, dtype=np.int64))
        return RemoveReport(source_id, row.title, len(ids), time.perf_counter() - started)

    def sync_corpus(self, report: BuildReport | None = None) -> BuildReport:
        """Make the store's corpus sources match corpus/: one transaction per changed source, no model."""
        report = report or BuildReport()
        with self._write_lock:
            files = corpus_files.read_corpus(self.corpus_dir)
            existing = self.store.corpus_sources()
            fingerprint = self.splitter_fingerprint()
            for f in files:
                cleaned, drafts = self._prepare(f.document)
                fields = self._source_fields(f.document, cleaned, None, None) | {"corpus_file": f.name}
                old = existing.pop(f.name, None)
                metadata_same = old is not None and all(
                    getattr(old, k) == fields[k] for k in ("title", "publisher", "author", "url", "date"))
                if old is not None and old.content_hash == fields["content_hash"] and old.splitter == fingerprint and metadata_same:
                    continue
                with self.store.transaction():
                    if old is not None:
                        self.store.delete_source(old.id)
                    self.store.insert_source(fields, drafts)
                (report.updated_sources if old else report.added_sources).append(f.name)
            for name, old in existing.items():
                with self.store.transaction():
                    self.store.delete_source(old.id)
                report.removed_sources.append(name)
            if report.removed_sources or report.updated_sources:
                with self.store.transaction():
                    self.store.prune_embeddings()
            if self.store.meta("corpus_synced") is None:
                with self.store.transaction():
                    self.store.set_meta("corpus_synced", str(time.time()))
        return report

    def rebuild(self, progress: Progress = _no_progress, *, full: bool = False) -> BuildReport:
        """Sync the corpus, embed only what changed, and bring the index up to date (full: from scratch)."""
        started = time.perf_counter()
        report = BuildReport()
        with self._write_lock:
            self.sync_corpus(report)
            report.embedded = self._embed_missing(progress)
            self.warnings.clear()
            if full:
                self.index_path.unlink(missing_ok=True)
                self._vectors = None
            with self._sync_lock:
                self.last_sync = SyncResult()
                self._vectors = self._load_or_reconcile(self._vectors, self.store.generation, progress)
                self._exclude_cache.clear()
            report.index_rebuilt = self.last_sync.how == "built"
            report.vectors_added = self.last_sync.added
            report.vectors_removed = self.last_sync.removed
            report.warnings = list(self.warnings)
        rows = self.store.sources(all_guilds=True)
        report.sources = len(rows)
        report.passages = sum(r.passages for r in rows)
        report.quotes = sum(r.quotes for r in rows)
        report.speakers = self.store.speaker_count()
        report.seconds = time.perf_counter() - started
        return report

    # feedback and audit ------------------------------------------------------------------------

    def record_feedback(self, *, guild_id: int | None, user_id: int, answer_key: str, question: str,
                        passage_ids: list[int], vote: int) -> None:
        """One upsert on this thread's connection: a vote does not queue behind a long upload."""
        self.store.record_feedback(guild_id=guild_id, user_id=user_id, answer_key=answer_key,
                                   question=question, passage_ids=passage_ids, vote=vote)

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
        with self._write_lock:
            return party_map.set_party(self.store, self.parties, guild_id, name, party, user_id)

    def remove_party(self, name: str, *, guild_id: int | None = None,
                     user_id: int | None = None) -> party_map.PartyChange:
        with self._write_lock:
            return party_map.remove_party(self.store, guild_id, name, user_id)

    def party_mappings(self, guild_id: int | None = None) -> list[tuple[party_map.Mapping, int]]:
        if self.store.meta("corpus_synced") is None:
            self.sync_corpus()
        return party_map.list_parties(self.store, guild_id)

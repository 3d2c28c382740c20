"""Keeping the in-memory FAISS index at the store's generation: load the file, reconcile it, or build it.

The store is the source of truth; the index is derived. Each call says what it did in a SyncReport
(warnings included), which the build summary, the CLI and the logs read: nothing is left in shared state
for a caller to fish out afterwards.

What a reconcile reads of the store (passage ids, vectors, generation) it reads inside one snapshot, so
the generation stamped on the index is the one its ids came from, whatever another process commits
meanwhile. A read-only data folder gets an index in memory and no file.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import numpy as np

from index.errors import IndexCorruptError
from index.kinds import IndexKind
from index.limits import LIMITS
from index.storage.embedder import DIMENSION, Embedder
from index.storage.store import Store
from index.storage.vectors import Exact, VectorIndex, choose_kind
from index.text.context import encode

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, advance, total)
How = Literal["current", "loaded", "reconciled", "built"]
NO_IDS = np.zeros(0, dtype=np.int64)
ORPHAN_SECONDS = 60
EMBED_CHUNK = 2048  # passages encoded, then stored, at a time by a build


def no_progress(stage: str, advance: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class SyncReport:
    """What one sync did to the index: "current" (nothing), "loaded" (the file), "reconciled" (changed in
    place), "built" (from every stored vector)."""

    how: How = "current"
    added: int = 0
    removed: int = 0
    embedded: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)


class IndexSync:
    """The one in-memory index of a KnowledgeBase, shared by its threads; changes go through one lock."""

    def __init__(self, path: Path, embedder: Embedder, approx_above: int, compressed: bool = False) -> None:
        self.path = path
        self.embedder = embedder
        self.approx_above = approx_above
        self.compressed = compressed
        self.delta_max = LIMITS.index_delta_max
        self._vectors: VectorIndex | None = None
        self._lock = threading.Lock()
        self._building = threading.Lock()
        self._turn = threading.local()
        self._exclude: dict[int | None, tuple[int, np.ndarray | None]] = {}

    def _current(self, generation: int) -> VectorIndex | None:
        vectors = self._vectors
        if vectors is not None and vectors.generation == generation and vectors.model == self.embedder.name:
            return vectors
        return None

    def sync(
        self, store: Store, progress: Progress = no_progress, *, full: bool = False
    ) -> tuple[VectorIndex, SyncReport]:
        """The index at the store's generation (full: rebuilt from the stored vectors), and what it took."""
        if full:
            return self._rebuilt(store, progress)
        if (vectors := self._current(store.generation)) is not None:
            return vectors, SyncReport()
        with self._lock:
            if (vectors := self._current(store.generation)) is not None:
                return vectors, SyncReport()
            vectors, report = self._load_or_reconcile(store, progress)
            self._serve(store, vectors)
            return vectors, report

    def _serve(self, store: Store, vectors: VectorIndex) -> None:
        vectors.exact = self._exact(store)
        self._vectors = vectors
        self._exclude.clear()

    def _rebuilt(self, store: Store, progress: Progress) -> tuple[VectorIndex, SyncReport]:
        """A new index from every stored vector (a compressed or IVF one retrained). It is built outside the
        lock, so questions and writes go on with the index in place meanwhile (the memory of both, for the
        moment of the build); then, under the lock, it takes in what was written since its snapshot and
        replaces the index in place. The file is left as it is until then: a build killed half-way leaves
        the last complete index to load."""
        with self._building:
            embedded = self._embed_missing(store, progress)
            with store.snapshot() as generation:
                found, matrix = self._stored(store, None)
            built = self._built(store, found, matrix, generation)
            with self._lock:
                with store.snapshot():
                    self._catch_up(store, built)
                saved = self._save(store, built)
                self._serve(store, built)
            return built, SyncReport("built", built.count, 0, embedded, saved)

    def follow(
        self, store: Store, before: int, added: list[int], removed: list[int], progress: Progress = no_progress
    ) -> SyncReport:
        """Apply a write this process just committed (generation `before` + 1) straight to the index.

        When the index was current before the write and nothing else wrote since, the write's own ids are
        all that changed, so the whole-store diff of a sync is skipped; otherwise a full sync runs."""
        with self._lock:
            current = self._vectors
            generation = store.generation
            count = (current.count if current else 0) + len(added) - len(removed)
            if (
                current is not None
                and current.model == self.embedder.name
                and current.generation == before
                and generation == before + 1
                and current.kind == self._kind(count, current.kind)
            ):
                current.remove(np.array(removed, dtype=np.int64), generation)
                current.add(*self._stored(store, np.array(added, dtype=np.int64)), generation)
                saved = self._save(store, current)
                self._exclude.clear()
                return SyncReport("reconciled", len(added), len(removed), warnings=saved)
        return self.sync(store, progress)[1]

    def exclude_for(self, store: Store, guild_id: int | None, generation: int) -> np.ndarray | None:
        """Ids of other guilds' passages, filtered inside FAISS; None when no guild has its own sources.
        Read in the caller's snapshot and kept per generation: the same array lets FAISS reuse its filter."""
        cached = self._exclude.get(guild_id)
        if cached and cached[0] == generation:
            return cached[1]
        ids = store.passage_ids(guild_id, exclusive=True) if store.has_guild_passages() else []
        exclude = np.array(ids, dtype=np.int64) if ids else None
        self._exclude[guild_id] = (generation, exclude)
        return exclude

    # loading, reconciling, building ------------------------------------------------------------

    def _load_or_reconcile(self, store: Store, progress: Progress) -> tuple[VectorIndex, SyncReport]:
        warnings: list[str] = []
        current = self._vectors
        if current is None or current.model != self.embedder.name:
            current = self._load_file(store, warnings)
            if current is not None and self._serves(current, store.generation):
                return current, SyncReport("loaded", warnings=tuple(warnings))
        elif self._file_is_at(store):
            fresh = self._load_file(store, warnings)
            if fresh is not None and self._serves(fresh, store.generation):
                return fresh, SyncReport("loaded", warnings=tuple(warnings))
        embedded = self._embed_missing(store, progress)
        with store.snapshot() as generation:
            store_ids = np.array([i for i, _ in store.passage_hashes()], dtype=np.int64)
            if current is None or current.kind != self._kind(len(store_ids), current.kind):
                found, matrix = self._stored(store, None)
                vectors = self._built(store, found, matrix, generation)
                report = SyncReport("built", vectors.count, 0, embedded, tuple(warnings))
            else:
                added, removed = self._catch_up(store, current, store_ids)
                report = SyncReport("reconciled", added, removed, embedded, tuple(warnings))
                vectors = current
        return vectors, replace(report, warnings=report.warnings + self._save(store, vectors))

    def _catch_up(self, store: Store, vectors: VectorIndex, store_ids: np.ndarray | None = None) -> tuple[int, int]:
        """Bring `vectors` to the generation of the caller's snapshot by the difference of ids: the stored
        vectors of passages it lacks go in, passages the store no longer has go out. Returns (added, removed)."""
        if store_ids is None:
            store_ids = np.array([i for i, _ in store.passage_hashes()], dtype=np.int64)
        index_ids = vectors.ids()
        missing = np.setdiff1d(store_ids, index_ids)
        orphans = np.setdiff1d(index_ids, store_ids)
        vectors.remove(orphans, store.generation)
        vectors.add(*self._stored(store, missing), store.generation)
        if len(missing) or len(orphans):
            log.info("reconciled the index: %d vectors added, %d orphans removed", len(missing), len(orphans))
        return len(missing), len(orphans)

    def _serves(self, vectors: VectorIndex, generation: int) -> bool:
        """A loaded index at the store's generation, of the kind the settings ask for (a compressed index
        switched on or off is rebuilt)."""
        return vectors.generation == generation and vectors.kind == self._kind(vectors.count, vectors.kind)

    def _built(self, store: Store, found: np.ndarray, matrix: np.ndarray, generation: int) -> VectorIndex:
        """A whole new index over the stored vectors read at `generation`, of the kind its size calls for: the
        one way a rebuild, a first sync and a change of kind build it."""
        return VectorIndex.build(
            found,
            matrix,
            model=self.embedder.name,
            generation=generation,
            dimension=DIMENSION,
            kind=self._kind(len(found)),
            store=store.identity,
        )

    def _kind(self, count: int, current: IndexKind | None = None) -> IndexKind:
        return choose_kind(count, current, self.approx_above, self.compressed)

    def _exact(self, store: Store) -> Exact:
        """The stored float vectors of some passages, read on the caller's thread (inside its snapshot),
        for a compressed index to re-rank its candidates with."""
        model = self.embedder.name

        def exact(ids: list[int]) -> dict[int, np.ndarray]:
            return {i: np.frombuffer(blob, dtype=np.float32) for i, blob in store.vectors_for(model, ids)}

        return exact

    def _file_is_at(self, store: Store) -> bool:
        try:
            header = VectorIndex.read_header(self.path)
        except (IndexCorruptError, OSError):
            return False
        return (header.generation, header.model, header.store) == (store.generation, self.embedder.name, store.identity)

    def _load_file(self, store: Store, warnings: list[str]) -> VectorIndex | None:
        """The index file, if it can be read and was built from this store with this model."""
        self._sweep_temporaries()
        if not self.path.exists():
            return None
        try:
            loaded = VectorIndex.load(self.path)
        except IndexCorruptError as e:
            warnings.append(f"warning: the vector index is unreadable ({e}); rebuilding it from the store")
        else:
            if loaded.model != self.embedder.name:
                warnings.append(
                    f"warning: the vector index was built with {loaded.model}; rebuilding it for {self.embedder.name}"
                )
            elif loaded.store != store.identity:
                warnings.append("warning: the vector index was built from another store; rebuilding it from this one")
            else:
                return loaded
        log.warning(warnings[-1])
        return None

    def _sweep_temporaries(self) -> None:
        """Temporary index files left by a killed writer; a minute old means no writer still owns them."""
        for tmp in self.path.parent.glob(".index-*.tmp"):
            try:
                if time.time() - tmp.stat().st_mtime > ORPHAN_SECONDS:
                    tmp.unlink()
            except OSError:
                pass

    def _save(self, store: Store, vectors: VectorIndex) -> tuple[str, ...]:
        """Write the index file, and say so when the disk refuses it (full, failing): the store already holds
        the write, the index in memory serves it, and any process that loads the older file reconciles it
        from the store by its generation, so a write that has landed is not reported as failed."""
        if store.read_only:
            return ()
        try:
            vectors.save(self.path, self.delta_max)
        except OSError as e:
            warning = (
                f"warning: could not save the vector index in {self.path.parent} ({e.strerror or e}); the change "
                "is saved in the store, and the index file catches up on a later write or `parley index build`"
            )
            log.warning(warning)
            return (warning,)
        return ()

    def _stored(self, store: Store, ids: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """Vectors of `ids`, or of every passage when None: one scan, twice as fast as by id at a million."""
        rows = list(store.vectors_for(self.embedder.name, None if ids is None else [int(i) for i in ids]))
        if not rows:
            return NO_IDS, np.zeros((0, DIMENSION), dtype=np.float32)
        found = np.array([r[0] for r in rows], dtype=np.int64)
        matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), DIMENSION)
        return found, matrix

    def embed_missing(self, store: Store, progress: Progress = no_progress, *, wait: bool = True) -> int:
        """Give every passage without a vector one, holding the embedding lock: a build waits for it, a
        repair after a write (`wait` False) leaves the work to whichever process holds it."""
        return self._embed_missing(store, progress, wait=wait)

    @contextmanager
    def embedding_turn(self) -> Iterator[None]:
        """Hold the embedding lock (waiting for it) across more than one step. A build holds it from before
        its corpus sync commits passages without vectors until it has embedded them, so a question or a
        write in between, which does not wait for the lock, never takes that embedding on itself."""
        with self._embedding_turn(wait=True):
            yield

    def _embed_missing(self, store: Store, progress: Progress, wait: bool = False) -> int:
        """Passages the corpus sync stored without a vector (it runs without the model) get one now, stored
        a chunk at a time: a build stopped half-way (Ctrl-C, a kill) keeps what it encoded, and the next one
        goes on from there. One process (or thread) at a time encodes them, holding the embedding lock. A
        build (`wait`) waits for its turn and then finds only what is still missing; a write or a question
        does not wait: its index is built from the vectors stored so far, and the embedder's last chunk
        moves the generation on, which makes every index reconcile the rest."""
        if store.read_only:
            return 0
        with self._embedding_turn(wait) as mine:
            if not mine:
                log.info("another process is embedding passages; the index serves the vectors stored so far")
                return 0
            missing = store.missing_embeddings(self.embedder.name)
            total = len(missing)
            for start in range(0, total, EMBED_CHUNK):
                chunk = missing[start : start + EMBED_CHUNK]
                vectors = encode(self.embedder, [r for _, r in chunk], lambda n: progress("embed", n, total))
                with store.transaction():
                    blobs = ((h, v.tobytes()) for (h, _), v in zip(chunk, vectors, strict=True))
                    store.put_embeddings(self.embedder.name, blobs)
                    if start + EMBED_CHUNK >= total:
                        store.vectors_completed()
            return total

    @contextmanager
    def _embedding_turn(self, wait: bool) -> Iterator[bool]:
        """Whether this caller holds the embedding lock: an OS lock on the data folder (no file of its own to
        leave behind), which a killed holder releases with its process. The thread holding it has it again
        at once: a second lock of the folder would wait for its own first (flock locks each open file)."""
        if getattr(self._turn, "held", False):
            yield True
            return
        folder = os.open(self.path.parent, os.O_RDONLY)
        try:
            try:
                fcntl.flock(folder, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            self._turn.held = True
            try:
                yield True
            finally:
                self._turn.held = False
                fcntl.flock(folder, fcntl.LOCK_UN)
        finally:
            os.close(folder)

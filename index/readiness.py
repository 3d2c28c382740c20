"""Being ready to serve: the shipped corpus in the store, the model loaded, the in-memory index at the
store's generation, and the lexical index with it.

A question, a write and a listing each ask for what they need once, here. The corpus is stored on the
first use of an empty data folder (no model needed, so `parley source list` works before any build) and
then never looked for again in this process; the index is brought to the store's generation on every use,
which costs one read of the generation when nothing changed, and picks up what another process wrote.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from index.storage.embedder import Embedder
from index.storage.lexical import LexicalIndex
from index.storage.lexical_sync import LexicalSync
from index.storage.store import Store
from index.storage.sync import IndexSync, Progress, SyncReport, no_progress
from index.storage.vectors import VectorIndex
from index.text import entities


class Readiness:
    """`store` is called, not held, because the facade opens its store on first use and again after close."""

    def __init__(
        self,
        store: Callable[[], Store],
        embedder: Embedder,
        index: IndexSync,
        lexical: LexicalSync,
        sync_corpus: Callable[[], object],
    ) -> None:
        self._store = store
        self._embedder = embedder
        self._index = index
        self._lexical = lexical
        self._sync_corpus = sync_corpus
        self._corpus_stored = False

    def corpus_synced(self) -> bool:
        """Whether the shipped corpus is in the store yet: the CLI says it is building when not."""
        return self._store().meta("corpus_synced") is not None

    def corpus(self) -> None:
        """Store the shipped corpus if no process has yet."""
        if not self._corpus_stored:
            if not self.corpus_synced():
                self._sync_corpus()
            self._corpus_stored = True

    def corpus_stored(self) -> None:
        """A rebuild has just synced the corpus: nothing to look for on the next use."""
        self._corpus_stored = True

    def sync(self, progress: Progress = no_progress) -> tuple[VectorIndex, SyncReport]:
        self.corpus()
        vectors, report = self._index.sync(self._store(), progress)
        _, warnings = self._lexical.sync(self._store())
        return vectors, replace(report, warnings=report.warnings + warnings) if warnings else report

    def indexes(self) -> tuple[VectorIndex, LexicalIndex]:
        """Both indexes a question reads, each at the store's generation."""
        vectors = self.vectors()
        return vectors, self._lexical.sync(self._store())[0]

    def lexical(self) -> LexicalIndex:
        """The lexical index at the store's generation (benchmarks time its searches)."""
        self.corpus()
        return self._lexical.sync(self._store())[0]

    def ensure(self, progress: Progress = no_progress) -> SyncReport:
        """First use stores the corpus; every use brings the index to the store's generation."""
        return self.sync(progress)[1]

    def vectors(self, progress: Progress = no_progress) -> VectorIndex:
        """The in-memory index at the store's generation (benchmarks read its kind and size)."""
        return self.sync(progress)[0]

    def warm(self, progress: Progress = no_progress) -> dict[str, float]:
        """Load the model and the index now (the bot does this once at start), with timings."""
        started = time.perf_counter()
        model_seconds = self._embedder.load()
        t = time.perf_counter()
        vectors = self.vectors(progress)
        return {
            "model": model_seconds,
            "index": time.perf_counter() - t,
            "total": time.perf_counter() - started,
            "passages": vectors.count,
        }

    def warm_parser(self) -> float:
        """Load the parser splitting falls back on for a speaker's side; returns the seconds it took. Only the
        bot calls this: a command-line question never loads it."""
        return entities.warm()

    def warm_up(self) -> float:
        """Load the model and encode once, so the first member's question does not pay for torch's
        first-call setup; returns the seconds that first encode took."""
        self._embedder.load()
        started = time.perf_counter()
        self._embedder.encode_one("warm-up")
        return time.perf_counter() - started

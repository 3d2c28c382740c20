"""Keeping the lexical index at the store's generation: load it, reconcile it, or build it.

The same rule as the FAISS index (index/storage/sync.py): the store is the truth, the index says which
generation of it it reflects, and a question is never served from an index that says another. What a
reconcile reads of the store (passage ids and texts, the generation) it reads inside one snapshot. A
read-only data folder gets an index in memory when the one on disk is not current.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from index.errors import IndexBusyError, IndexCorruptError
from index.storage.lexical import LexicalIndex, Row
from index.storage.store import Store

log = logging.getLogger(__name__)
# How tantivy reports a write it could not make (a full or failing disk, a file a half-made commit left).
WRITE_FAILED = (OSError, ValueError)


def _rows(store: Store, ids: Sequence[int] | None = None) -> Iterator[Row]:
    return (Row(*row) for row in store.lexical_rows(ids))


class LexicalSync:
    """The one lexical index of a KnowledgeBase, shared by its threads; changes go through one lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lexical: LexicalIndex | None = None
        self._lock = threading.Lock()

    def sync(self, store: Store, *, full: bool = False) -> tuple[LexicalIndex, tuple[str, ...]]:
        """The index at the store's generation (full: rebuilt from the store), and any warning on the way."""
        current = self._lexical
        if not full and current is not None and current.generation == store.generation:
            return current, ()
        with self._lock:
            warnings: list[str] = []
            if full:
                self._lexical = self._reconciled(store, None)
            else:
                if (current := self._lexical) is not None and current.generation != store.generation:
                    current.refresh()
                self._lexical = self._reconciled(store, self._lexical or self._load(store, warnings))
            return self._lexical, tuple(warnings)

    def follow(self, store: Store, before: int, added: list[int], removed: list[int]) -> tuple[str, ...]:
        """Apply a write this process just committed (generation `before` + 1): its own ids are all that
        changed when the index was current before it and nothing else wrote since; otherwise a sync runs.
        An index another process keeps locked is left behind with a warning, not an error: the write is
        committed, and the next use reconciles the index."""
        try:
            return self._follow(store, before, added, removed)
        except IndexBusyError as busy:
            warning = f"warning: {busy}; the change is saved, and the lexical index catches up on its next use"
            log.warning(warning)
            return (warning,)
        except WRITE_FAILED as failed:  # a full or failing disk: the write stands all the same
            self._lexical = None
            warning = (
                f"warning: could not update the lexical index in {self.path} ({failed}); the change is saved, "
                "and the lexical index catches up on its next use"
            )
            log.warning(warning)
            return (warning,)

    def _follow(self, store: Store, before: int, added: list[int], removed: list[int]) -> tuple[str, ...]:
        with self._lock:
            current = self._lexical
            if current is not None and current.path is not None and current.generation == before:
                with store.snapshot() as generation:
                    rows = _rows(store, added)
                    if generation == before + 1 and current.apply(rows, removed, generation, after=before):
                        return ()
        return self.sync(store)[1]

    def _load(self, store: Store, warnings: list[str]) -> LexicalIndex | None:
        """The index on disk, if it can be read. A read-only data folder's reader builds its own in memory
        without a word: nothing is wrong that it could fix."""
        if not self.path.exists():
            return None
        try:
            loaded = LexicalIndex.load(self.path)
        except IndexCorruptError as e:
            problem = str(e)
        else:
            if loaded.store == store.identity:
                return loaded
            problem = f"the lexical index in {self.path} was built from another store"
        if store.read_only:
            log.info("%s; building one in memory", problem)
            return None
        warnings.append(f"warning: {problem}; rebuilding it from the store")
        log.warning(warnings[-1])
        return None

    def _reconciled(self, store: Store, current: LexicalIndex | None) -> LexicalIndex:
        with store.snapshot() as generation:
            if current is not None and current.generation == generation:
                return current
            if current is None or (store.read_only and current.path is not None):
                path = None if store.read_only else self.path
                return LexicalIndex.build(path, _rows(store), generation, store.identity)
            store_ids = {pid for pid, _ in store.passage_hashes()}
            try:
                added, removed = current.reconcile(store_ids, lambda ids: _rows(store, ids), generation)
            except IndexBusyError:
                raise
            except WRITE_FAILED as e:
                if current.path is None:
                    raise
                log.warning(
                    "the lexical index in %s cannot be edited (%s); rebuilding it from the store", current.path, e
                )
                return LexicalIndex.build(current.path, _rows(store), generation, store.identity)
            if added or removed:
                log.info("reconciled the lexical index: %d passages added, %d removed", added, removed)
            return current

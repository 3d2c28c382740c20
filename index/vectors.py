"""The FAISS index: derived from the store, saved atomically beside it, never trusted when stale.

The file carries a header naming the model and the store generation it was built from; a reader compares
both with the store before serving from it. Writes go to a temporary file that replaces the old one by
rename, so a reader (the bot, while `parley index build` runs) sees the old index or the new one, never
half of either.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import IndexCorruptError

MAGIC = b"PARLEY-FAISS 1\n"


def _faiss():
    import faiss

    return faiss


@dataclass(frozen=True)
class Header:
    model: str
    generation: int
    count: int
    kind: str


def _new_index(dimension: int, kind: str):
    faiss = _faiss()
    if kind == "flat":
        return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
    raise ValueError(f"unknown index kind {kind!r}")


class VectorIndex:
    """A FAISS index over passage ids, safe to search from several threads while one thread writes."""

    def __init__(self, index, model: str, generation: int, kind: str = "flat") -> None:
        self._index = index
        self.model = model
        self.generation = generation
        self.kind = kind
        self._lock = threading.RLock()

    @classmethod
    def build(cls, ids: np.ndarray, vectors: np.ndarray, *, model: str, generation: int, dimension: int,
              kind: str = "flat") -> "VectorIndex":
        index = _new_index(dimension, kind)
        if len(ids):
            index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))
        return cls(index, model, generation, kind)

    @property
    def count(self) -> int:
        return int(self._index.ntotal)

    def ids(self) -> np.ndarray:
        faiss = _faiss()
        with self._lock:
            return faiss.vector_to_array(self._index.id_map).astype(np.int64)

    def add(self, ids: np.ndarray, vectors: np.ndarray, generation: int) -> None:
        with self._lock:
            if len(ids):
                self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))
            self.generation = generation

    def remove(self, ids: np.ndarray, generation: int) -> int:
        faiss = _faiss()
        with self._lock:
            removed = self._index.remove_ids(faiss.IDSelectorBatch(np.asarray(ids, dtype=np.int64))) if len(ids) else 0
            self.generation = generation
            return int(removed)

    def search(self, query: np.ndarray, k: int, exclude: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Best k (ids, cosine scores); ids in `exclude` are filtered inside FAISS, not after a short top-k."""
        faiss = _faiss()
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        params = None
        if exclude is not None and len(exclude):
            selector = faiss.IDSelectorNot(faiss.IDSelectorBatch(exclude))
            params = faiss.SearchParameters(sel=selector)
        with self._lock:
            k = min(k, self.count)
            if k <= 0:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            scores, ids = self._index.search(q, k, params=params)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def reconstruct(self, ids: list[int]) -> np.ndarray:
        with self._lock:
            return np.vstack([self._index.reconstruct(int(i)) for i in ids]) if ids else np.zeros((0, self._index.d), np.float32)

    def save(self, path: Path) -> None:
        faiss = _faiss()
        with self._lock:
            blob = faiss.serialize_index(self._index).tobytes()
            header = Header(self.model, self.generation, self.count, self.kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC)
                f.write(json.dumps(header.__dict__).encode() + b"\n")
                f.write(blob)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @staticmethod
    def read_header(path: Path) -> Header:
        with open(path, "rb") as f:
            if f.read(len(MAGIC)) != MAGIC:
                raise IndexCorruptError(f"{path} is not a Parley index")
            try:
                return Header(**json.loads(f.readline()))
            except (ValueError, TypeError) as e:
                raise IndexCorruptError(f"{path} has an unreadable header") from e

    @classmethod
    def load(cls, path: Path) -> "VectorIndex":
        faiss = _faiss()
        try:
            data = path.read_bytes()
        except OSError as e:
            raise IndexCorruptError(f"cannot read {path}: {e.strerror}") from e
        if not data.startswith(MAGIC):
            raise IndexCorruptError(f"{path} is not a Parley index")
        try:
            newline = data.index(b"\n", len(MAGIC))
            header = Header(**json.loads(data[len(MAGIC) : newline]))
            index = faiss.deserialize_index(np.frombuffer(data[newline + 1 :], dtype=np.uint8))
        except Exception as e:  # FAISS raises RuntimeError with C++ text for any damage
            raise IndexCorruptError(f"{path} is damaged ({type(e).__name__})") from e
        if index.ntotal != header.count:
            raise IndexCorruptError(f"{path} holds {index.ntotal} vectors, its header says {header.count}")
        return cls(index, header.model, header.generation, header.kind)

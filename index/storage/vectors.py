"""The FAISS index: derived from the store, saved atomically beside it, never trusted when stale.

The file carries a header naming the model and the store generation it was built from; a reader compares
both with the store before serving from it. The header also holds a CRC-32 of the FAISS bytes after it:
FAISS reads flipped bytes inside the vectors without complaint (a passage's vector turns to NaN), so a
file whose bytes do not match is refused and rebuilt from the store. Writes go to a temporary file that
replaces the old one by rename, so a reader (the bot, while `parley index build` runs) sees the old index
or the new one, never half of either.

Two kinds: "flat" (exact inner product) and, above APPROX_ABOVE vectors, "ivf" (IVF-Flat). IVF rather
than HNSW because Parley removes sources and FAISS's HNSW has no remove_ids; IVF-Flat with a hashtable
direct map supports add_with_ids, remove_ids, reconstruct and the in-search ID selector the guild filter
needs, and keeps the exact vectors, so the cosines retrieval computes are unchanged. Its nprobe is set at
build time by measuring recall@10 against exact search on question-like queries made from the stored
vectors. Its centroids are trained at build time too; vectors added later join the nearest list, and
`parley index build --full` retrains.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.errors import IndexCorruptError, StorageError
from index.kinds import INDEX_KINDS, IndexKind
from index.limits import LIMITS

MAGIC = b"PARLEY-FAISS 1\n"
MAX_HEADER = 4096
UNSUMMED = "crc32:--------"  # same width as a real checksum, which replaces it once the bytes are written


def _faiss():
    import faiss

    return faiss


@dataclass(frozen=True)
class Header:
    model: str
    generation: int
    count: int
    kind: IndexKind
    checksum: str | None = None  # "crc32:<8 hex digits>" of the FAISS bytes; absent in files before it


def _checksum(crc: int) -> str:
    return f"crc32:{crc:08x}"


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise StorageError(
            f"{path} is a folder, not an index file: move it out of PARLEY_DATA_DIR (Parley then "
            "rebuilds the index from its store), or point PARLEY_DATA_DIR to another folder."
        )


class _Summing:
    """Passes FAISS's reads or writes through to a file, keeping the CRC-32 of every byte."""

    def __init__(self, io: Callable) -> None:
        self.io = io
        self.crc = 0

    def read(self, size: int) -> bytes:
        data = self.io(size)
        self.crc = zlib.crc32(data, self.crc)
        return data

    def write(self, data: bytes) -> None:
        self.crc = zlib.crc32(data, self.crc)
        self.io(data)


# Exact search costs ~5 ms here, half of encoding the question; IVF ~1 ms at recall@10 0.97+.
APPROX_ABOVE = LIMITS.approx_above
RECALL_TARGET = 0.98
CALIBRATION_QUERIES = 200
NPROBE_STEPS = (4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256)
MIN_IVF = 1_000


def choose_kind(count: int, current: IndexKind | None = None, above: int | None = None) -> IndexKind:
    """The index kind for `count` vectors. An IVF index stays IVF down to half the threshold, so a store
    hovering around it is not rebuilt on every add and remove."""
    threshold = APPROX_ABOVE if above is None else above
    if count < MIN_IVF:
        return "flat"
    if current == "ivf" and count >= threshold // 2:
        return "ivf"
    return "ivf" if count > threshold else "flat"


def ivf_lists(count: int) -> int:
    """About sqrt(n) lists: balances the coarse search (nlist) against the list scan (nprobe * n / nlist)."""
    return max(4, min(4096, int(math.sqrt(max(count, 1)))))


def _new_flat(dimension: int):
    faiss = _faiss()
    return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))


def _new_ivf(vectors: np.ndarray, seed: int = 1234):
    """An IVF-Flat index trained on (a sample of) `vectors`, with a hashtable direct map for remove and
    reconstruct by passage id."""
    faiss = _faiss()
    count, dimension = vectors.shape
    nlist = ivf_lists(count)
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dimension), dimension, nlist, faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = seed
    index.cp.niter = 20
    sample = min(count, nlist * 64)
    rows = np.random.default_rng(seed).choice(count, sample, replace=False) if sample < count else slice(None)
    index.train(np.ascontiguousarray(vectors[rows], dtype=np.float32))
    index.set_direct_map_type(faiss.DirectMap.Hashtable)
    return index


def calibrate_nprobe(
    index,
    ids: np.ndarray,
    vectors: np.ndarray,
    target: float = RECALL_TARGET,
    queries: int = CALIBRATION_QUERIES,
    seed: int = 4321,
) -> int:
    """The smallest nprobe whose recall@10 against exact search reaches `target` on question-like queries.

    A query is the normalised sum of two stored vectors: like a question, it falls between passages rather
    than on one. Stored vectors used as queries overstate recall (0.99 where the real questions got 0.75
    on the benchmark's 100k store); these midpoints tracked the real questions within about 0.03."""
    faiss = _faiss()
    rng = np.random.default_rng(seed)
    n = min(queries, len(vectors))
    q = vectors[rng.choice(len(vectors), n)] + vectors[rng.choice(len(vectors), n)]
    q = np.ascontiguousarray(q / np.linalg.norm(q, axis=1, keepdims=True), dtype=np.float32)
    _, rows = faiss.knn(q, np.ascontiguousarray(vectors, dtype=np.float32), 10, metric=faiss.METRIC_INNER_PRODUCT)
    truth = [set(ids[r[r >= 0]].tolist()) for r in rows]
    for nprobe in NPROBE_STEPS:
        if nprobe >= index.nlist:
            break
        _, found = index.search(q, 10, params=faiss.SearchParametersIVF(nprobe=nprobe))
        hits = sum(len(t & set(f.tolist())) for t, f in zip(truth, found, strict=True))
        if hits / max(1, sum(len(t) for t in truth)) >= target:
            return nprobe
    return int(index.nlist)


class VectorIndex:
    """A FAISS index over passage ids, safe to search from several threads while one thread writes."""

    def __init__(self, index, model: str, generation: int, kind: IndexKind = "flat") -> None:
        self._index = index
        self.model = model
        self.generation = generation
        self.kind = kind
        self._lock = threading.RLock()
        self._selectors: list[tuple[np.ndarray, object]] = []

    @classmethod
    def build(
        cls,
        ids: np.ndarray,
        vectors: np.ndarray,
        *,
        model: str,
        generation: int,
        dimension: int,
        kind: IndexKind = "flat",
    ) -> VectorIndex:
        """A new index of `kind` ("flat" or "ivf"; see choose_kind). IVF needs MIN_IVF vectors to train on,
        so a smaller set is indexed flat whatever was asked."""
        ids = np.asarray(ids, dtype=np.int64)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(ids), dimension)
        if kind == "ivf" and len(ids) >= MIN_IVF:
            index = _new_ivf(vectors)
            index.add_with_ids(vectors, ids)
            index.nprobe = calibrate_nprobe(index, ids, vectors)
            return cls(index, model, generation, "ivf")
        if kind not in INDEX_KINDS:
            raise ValueError(f"unknown index kind {kind!r}")
        index = _new_flat(dimension)
        if len(ids):
            index.add_with_ids(vectors, ids)
        return cls(index, model, generation, "flat")

    @property
    def count(self) -> int:
        return int(self._index.ntotal)

    @property
    def nprobe(self) -> int | None:
        """Lists scanned per search for an IVF index (chosen at build time); None for exact search."""
        return int(self._index.nprobe) if self.kind == "ivf" else None

    def ids(self) -> np.ndarray:
        faiss = _faiss()
        with self._lock:
            if self.kind != "ivf":
                return faiss.vector_to_array(self._index.id_map).astype(np.int64)
            lists = self._index.invlists
            parts = [
                faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
                for i in range(self._index.nlist)
                if lists.list_size(i)
            ]
            return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)

    def add(self, ids: np.ndarray, vectors: np.ndarray, generation: int) -> None:
        with self._lock:
            if len(ids):
                self._index.add_with_ids(
                    np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64)
                )
            self.generation = generation

    def remove(self, ids: np.ndarray, generation: int) -> int:
        """IVF's hashtable direct map removes only through an IDSelectorArray; flat takes a batch selector."""
        faiss = _faiss()
        ids = np.ascontiguousarray(ids, dtype=np.int64)
        with self._lock:
            removed = 0
            if len(ids):
                selector = faiss.IDSelectorArray(ids) if self.kind == "ivf" else faiss.IDSelectorBatch(ids)
                removed = self._index.remove_ids(selector)
            self.generation = generation
            return int(removed)

    def search(self, query: np.ndarray, k: int, exclude: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Best k (ids, cosine scores); ids in `exclude` are filtered inside FAISS, not after a short top-k."""
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        selector = self._selector_for(exclude)
        with self._lock:
            k = min(k, self.count)
            if k <= 0:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            params = self._search_params(selector, 0 if exclude is None else len(exclude))
            scores, ids = self._index.search(q, k, params=params)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def _selector_for(self, exclude: np.ndarray | None):
        """The in-search filter for `exclude`. Building one hashes every id (25 ms for 200k ids), and the
        KnowledgeBase passes the same array for a guild until the store changes, so recent ones are kept."""
        if exclude is None or not len(exclude):
            return None
        faiss = _faiss()
        with self._lock:
            for array, selector in self._selectors:
                if array is exclude:
                    return selector
            selector = faiss.IDSelectorNot(faiss.IDSelectorBatch(np.ascontiguousarray(exclude, dtype=np.int64)))
            self._selectors = [(exclude, selector), *self._selectors[:7]]
            return selector

    def _search_params(self, selector, excluded: int):
        """IVF probes more lists when a share of the vectors is excluded, so the lists it scans still hold
        about as many eligible candidates as an unfiltered search would."""
        faiss = _faiss()
        if self.kind != "ivf":
            return faiss.SearchParameters(sel=selector) if selector is not None else None
        nprobe = int(self._index.nprobe)
        if excluded:
            kept = max(self.count - excluded, 1) / max(self.count, 1)
            nprobe = min(int(self._index.nlist), math.ceil(nprobe / kept))
        return faiss.SearchParametersIVF(sel=selector, nprobe=nprobe)

    def held(self, ids: list[int]) -> dict[int, np.ndarray]:
        """The vectors of those `ids` the index holds; an id it lacks is skipped, never an error. (FAISS
        has no membership test, so a miss costs the exception it raises; callers ask only for the few
        ids the store had no vector for.)"""
        out = {}
        with self._lock:
            for i in ids:
                try:
                    out[i] = self._index.reconstruct(int(i))
                except RuntimeError:
                    continue
        return out

    def reconstruct(self, ids: list[int]) -> np.ndarray:
        with self._lock:
            if not ids:
                return np.zeros((0, self._index.d), np.float32)
            return np.vstack([self._index.reconstruct(int(i)) for i in ids])

    def save(self, path: Path) -> None:
        """Stream the index into a temporary file, fsync it and rename it over `path`. Streaming rather
        than serialising first avoids two in-memory copies (1.5 GB each at a million passages); the
        checksum, known only at the end, is written into the header's reserved place."""
        faiss = _faiss()
        _refuse_folder(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                with self._lock:
                    header = json.dumps(
                        Header(self.model, self.generation, self.count, self.kind, UNSUMMED).__dict__
                    ).encode()
                    f.write(MAGIC)
                    place = f.tell() + header.index(UNSUMMED.encode())
                    f.write(header + b"\n")
                    summing = _Summing(f.write)
                    faiss.write_index(self._index, faiss.PyCallbackIOWriter(summing.write))
                f.seek(place)
                f.write(_checksum(summing.crc).encode())
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @staticmethod
    def read_header(path: Path) -> Header:
        _refuse_folder(path)
        with open(path, "rb") as f:
            if f.read(len(MAGIC)) != MAGIC:
                raise IndexCorruptError(f"{path} is not a Parley index")
            try:
                return Header(**json.loads(f.readline(MAX_HEADER)))
            except (ValueError, TypeError) as e:
                raise IndexCorruptError(f"{path} has an unreadable header") from e

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        """Read the header, then let FAISS read the index straight from the file: reading the whole file
        into bytes first took 11 s at a million passages, this about a tenth of that."""
        faiss = _faiss()
        _refuse_folder(path)
        try:
            f = open(path, "rb")  # noqa: SIM115 - opened apart from the with, so only open()'s error reads "cannot read"
        except OSError as e:
            raise IndexCorruptError(f"cannot read {path}: {e.strerror}") from e
        with f:
            if f.read(len(MAGIC)) != MAGIC:
                raise IndexCorruptError(f"{path} is not a Parley index")
            summing = _Summing(f.read)
            try:
                header = Header(**json.loads(f.readline(MAX_HEADER)))
                index = faiss.read_index(faiss.PyCallbackIOReader(summing.read))
            except Exception as e:  # FAISS raises RuntimeError with C++ text for any damage
                raise IndexCorruptError(f"{path} is damaged ({type(e).__name__})") from e
            summing.read(-1)
        if header.checksum is None:
            raise IndexCorruptError(f"{path} has no checksum (an older Parley wrote it)")
        if header.checksum != _checksum(summing.crc):
            raise IndexCorruptError(f"{path} does not match its checksum: its bytes were changed after it was saved")
        if index.ntotal != header.count:
            raise IndexCorruptError(f"{path} holds {index.ntotal} vectors, its header says {header.count}")
        if isinstance(index, faiss.IndexIVF) != (header.kind == "ivf"):
            raise IndexCorruptError(f"{path} says it is a {header.kind} index but holds a {type(index).__name__}")
        return cls(index, header.model, header.generation, header.kind)

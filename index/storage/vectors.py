"""The FAISS index: derived from the store, saved atomically beside it, never trusted when stale.

The file carries a header naming the model and the store generation it was built from; a reader compares
both with the store before serving from it. The header also holds a CRC-32 of the FAISS bytes after it:
FAISS reads flipped bytes inside the vectors without complaint (a passage's vector turns to NaN), so a
file whose bytes do not match is refused and rebuilt from the store. Writes go to a temporary file that
replaces the old one by rename, so a reader (the bot, while `parley index build` runs) sees the old index
or the new one, never half of either.

The main file is read memory-mapped (the header is padded so the FAISS bytes start on a page), so bot
processes on one data folder share one copy of it in the page cache, and it is never changed in memory:
later adds go to a small exact index beside it and removals to a list of ids its searches skip. Saving
writes those two to the delta file (index/storage/delta.py), which costs the size of the writes; once
they pass LIMITS.index_delta_max vectors the main file is rewritten with them (a compaction).

Three kinds: "flat" (exact inner product) and, above APPROX_ABOVE vectors, "ivf" (IVF-Flat) or, when the
index is compressed, "sq8" (IVF with 8-bit scalar-quantised vectors, a quarter of the memory; its top
candidates are re-scored with the exact vectors the store holds, so the cosines stay exact). IVF rather
than HNSW because Parley removes sources and FAISS's HNSW has no remove_ids; IVF supports the in-search ID
selector the guild filter needs. Its nprobe is set at build time by measuring recall@10 against exact
search on question-like queries made from the stored vectors. Its centroids are trained at build time
too; `parley index build --full` retrains.
"""

from __future__ import annotations

import json
import math
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.errors import IndexCorruptError, StorageError
from index.kinds import APPROXIMATE_KINDS, INDEX_KINDS, IndexKind
from index.limits import LIMITS
from index.storage.atomic import replacing
from index.storage.delta import Delta, delta_path, read_delta, read_delta_header, write_delta

MAGIC = b"PARLEY-FAISS 1\n"
MAX_HEADER = 4096
PAGE = 4096  # the FAISS bytes start at this offset, so the memory map covers them from a page boundary
UNSUMMED = "crc32:--------"  # same width as a real checksum, which replaces it once the bytes are written
CHUNK = 16 * 2**20

Exact = Callable[[list[int]], dict[int, np.ndarray]]  # the stored float vectors of some passage ids


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
    store: str = ""  # the identity of the store it was built from; absent in files before identities


def _checksum(crc: int) -> str:
    return f"crc32:{crc:08x}"


def _refuse_folder(path: Path) -> None:
    """A folder where the index file or its delta goes is the operator's to move: reading or replacing it
    would fail deep inside a command."""
    for file in (path, delta_path(path)):
        if file.is_dir():
            raise StorageError(
                f"{file} is a folder, not an index file: move it out of PARLEY_DATA_DIR (Parley then "
                "rebuilds the index from its store), or point PARLEY_DATA_DIR to another folder."
            )


class _Summing:
    """Passes FAISS's writes through to a file, keeping the CRC-32 of every byte."""

    def __init__(self, io: Callable) -> None:
        self.io = io
        self.crc = 0

    def write(self, data: bytes) -> None:
        self.crc = zlib.crc32(data, self.crc)
        self.io(data)


# Exact search costs ~5 ms here, half of encoding the question; IVF ~1 ms at recall@10 0.97+.
APPROX_ABOVE = LIMITS.approx_above
RECALL_TARGET = 0.98
CALIBRATION_QUERIES = 200
NPROBE_STEPS = (4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256)
MIN_IVF = 1_000
LISTS_PER_ROOT = 4
# k-means points per list (FAISS asks for 39) and iterations: with 64 and 20, four times the lists cost sixteen
# times the training (a 100k build took 29 s rather than 5); these keep it near what sqrt(n) lists cost
TRAIN_PER_LIST = 40
TRAIN_ITERATIONS = 10
RERANK = 4  # a compressed index re-scores this many times k candidates with their exact vectors


def choose_kind(
    count: int, current: IndexKind | None = None, above: int | None = None, compressed: bool = False
) -> IndexKind:
    """The index kind for `count` vectors. An approximate index stays approximate down to half the
    threshold, so a store hovering around it is not rebuilt on every add and remove."""
    threshold = APPROX_ABOVE if above is None else above
    approximate: IndexKind = "sq8" if compressed else "ivf"
    if count < MIN_IVF:
        return "flat"
    if current in APPROXIMATE_KINDS and count >= threshold // 2:
        return approximate
    return approximate if count > threshold else "flat"


def ivf_lists(count: int) -> int:
    """About 4×sqrt(n) lists, at most one per TRAIN_PER_LIST vectors. A search reads every vector of the
    lists it probes (1.5 kB each at 384 dimensions), so its cost is the vectors scanned, not the coarse
    search over the centroids: at 100k passages sqrt(n) lists (316, 96 probed) scanned 35k vectors per
    question, 4×sqrt(n) (1265, 128 probed) scan 12.5k, and FAISS's CPU per search fell from 10.7 to 3.9 ms
    (the centroids' own search takes 0.4 ms). The price: recall@10 on the real questions 0.970-0.986 over
    three trainings against 0.989 (the calibration aims at RECALL_TARGET on its own sample queries).
    Still above 0.95."""
    return max(4, min(4096, int(LISTS_PER_ROOT * math.sqrt(max(count, 1))), count // TRAIN_PER_LIST))


def _new_flat(dimension: int):
    faiss = _faiss()
    return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))


def _new_ivf(vectors: np.ndarray, kind: IndexKind, seed: int = 1234):
    """An IVF index trained on (a sample of) `vectors`: IVF-Flat with a hashtable direct map (reconstruct
    by passage id), or IVF-SQ8, whose vectors are approximate and so are never reconstructed."""
    faiss = _faiss()
    count, dimension = vectors.shape
    nlist = ivf_lists(count)
    quantizer = faiss.IndexFlatIP(dimension)
    if kind == "sq8":
        index = faiss.IndexIVFScalarQuantizer(
            quantizer, dimension, nlist, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
        )
    else:
        index = faiss.IndexIVFFlat(quantizer, dimension, nlist, faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = seed
    index.cp.niter = TRAIN_ITERATIONS
    sample = min(count, nlist * TRAIN_PER_LIST)
    rows = np.random.default_rng(seed).choice(count, sample, replace=False) if sample < count else slice(None)
    index.train(np.ascontiguousarray(vectors[rows], dtype=np.float32))
    if kind == "ivf":
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


def _main_ids(index, kind: IndexKind) -> np.ndarray:
    """The sorted passage ids a FAISS index holds."""
    faiss = _faiss()
    if kind not in APPROXIMATE_KINDS:
        return np.sort(faiss.vector_to_array(index.id_map).astype(np.int64))
    lists = index.invlists
    parts = [
        faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
        for i in range(index.nlist)
        if lists.list_size(i)
    ]
    return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)


class VectorIndex:
    """A FAISS index over passage ids, safe to search from several threads while one thread writes.

    The main FAISS index is never changed once built or mapped; `add` and `remove` go to the delta (an
    exact index) and the removed ids, which every search of the main index skips."""

    def __init__(
        self,
        index,
        model: str,
        generation: int,
        kind: IndexKind = "flat",
        *,
        mapping: np.memmap | None = None,
        base: tuple[Path, int, str] | None = None,
        store: str = "",
    ) -> None:
        self._index = index
        self._mapping = mapping  # the memory map FAISS's arrays point into: lives as long as the index
        self._base = base  # (file, generation, checksum) when the main index is that file's content
        self._main_ids = _main_ids(index, kind)
        self._delta = _new_flat(index.d)
        self._removed = np.zeros(0, dtype=np.int64)
        self.model = model
        self.generation = generation
        self.kind = kind
        self.store = store  # the identity of the store whose passage ids it holds
        self.exact: Exact | None = None  # set by the index sync: a compressed index re-ranks with it
        self._lock = threading.RLock()
        self._selectors: list[tuple[np.ndarray | None, np.ndarray | None, object]] = []

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
        store: str = "",
    ) -> VectorIndex:
        """A new index of `kind` (see choose_kind). IVF needs MIN_IVF vectors to train on, so a smaller
        set is indexed flat whatever was asked."""
        ids = np.asarray(ids, dtype=np.int64)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(ids), dimension)
        if kind in APPROXIMATE_KINDS and len(ids) >= MIN_IVF:
            index = _new_ivf(vectors, kind)
            index.add_with_ids(vectors, ids)
            index.nprobe = calibrate_nprobe(index, ids, vectors)
            return cls(index, model, generation, kind, store=store)
        if kind not in INDEX_KINDS:
            raise ValueError(f"unknown index kind {kind!r}")
        index = _new_flat(dimension)
        if len(ids):
            index.add_with_ids(vectors, ids)
        return cls(index, model, generation, "flat", store=store)

    @property
    def count(self) -> int:
        return int(self._index.ntotal) - len(self._removed) + int(self._delta.ntotal)

    @property
    def pending(self) -> int:
        """Vectors added and ids removed since the main index was built: what the delta file holds."""
        return int(self._delta.ntotal) + len(self._removed)

    @property
    def nprobe(self) -> int | None:
        """Lists scanned per search for an IVF index (chosen at build time); None for exact search."""
        return int(self._index.nprobe) if self.kind in APPROXIMATE_KINDS else None

    def _delta_ids(self) -> np.ndarray:
        return _faiss().vector_to_array(self._delta.id_map).astype(np.int64)

    def ids(self) -> np.ndarray:
        with self._lock:
            kept = np.setdiff1d(self._main_ids, self._removed, assume_unique=True)
            return np.union1d(kept, self._delta_ids())

    def add(self, ids: np.ndarray, vectors: np.ndarray, generation: int) -> None:
        with self._lock:
            if len(ids):
                self._delta.add_with_ids(
                    np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64)
                )
                self._selectors.clear()
            self.generation = generation

    def remove(self, ids: np.ndarray, generation: int) -> int:
        """Ids in the delta leave it; ids in the main index join the removed ids its searches skip."""
        faiss = _faiss()
        ids = np.unique(np.asarray(ids, dtype=np.int64))
        with self._lock:
            removed = 0
            if len(ids):
                removed = int(self._delta.remove_ids(faiss.IDSelectorBatch(ids)))
                held = np.setdiff1d(np.intersect1d(self._main_ids, ids, assume_unique=True), self._removed)
                if len(held):
                    self._removed = np.union1d(self._removed, held)
                    removed += len(held)
                self._selectors.clear()
            self.generation = generation
            return removed

    def search(self, query: np.ndarray, k: int, exclude: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Best k (ids, cosine scores); ids in `exclude` are filtered inside FAISS, not after a short top-k."""
        faiss = _faiss()
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        with self._lock:
            k = min(k, self.count)
            if k <= 0:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            reranked = self.kind == "sq8" and self.exact is not None
            wanted = min(k * RERANK if reranked else k, int(self._index.ntotal))
            ids, scores = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            if wanted > 0:
                selector = self._selector_for(exclude, self._removed)
                skipped = len(self._removed) + (0 if exclude is None else len(exclude))
                found, ids = self._index.search(q, wanted, params=self._search_params(selector, skipped))
                keep = ids[0] >= 0
                ids, scores = ids[0][keep], found[0][keep]
            if reranked and len(ids):
                ids, scores = self._rescored(ids, scores, q[0])
            if self._delta.ntotal:
                selector = self._selector_for(exclude, None)
                params = faiss.SearchParameters(sel=selector) if selector is not None else None
                found, extra = self._delta.search(q, min(k, int(self._delta.ntotal)), params=params)
                keep = extra[0] >= 0
                ids, scores = np.concatenate([ids, extra[0][keep]]), np.concatenate([scores, found[0][keep]])
        best = np.argsort(-scores, kind="stable")[:k]
        return ids[best], scores[best]

    def _rescored(self, ids: np.ndarray, scores: np.ndarray, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The exact cosines of a compressed index's candidates, from the stored float vectors; a candidate
        the store has no vector for keeps its approximate score."""
        assert self.exact is not None
        stored = self.exact([int(i) for i in ids])
        exact = scores.copy()
        for row, i in enumerate(ids.tolist()):
            if (vector := stored.get(i)) is not None:
                exact[row] = float(np.dot(vector, query))
        return ids, exact

    def _selector_for(self, exclude: np.ndarray | None, removed: np.ndarray | None):
        """The in-search filter skipping `exclude` (and, for the main index, the removed ids): a bitmap of
        the skipped ids, where a hashed set (IDSelectorBatch) cost an IVF search at 100k passages a fifth
        more. The KnowledgeBase passes the same array for a guild until the store changes, so recent ones
        are kept."""
        faiss = _faiss()
        skip = [a for a in (exclude, removed) if a is not None and len(a)]
        if not skip:
            return None
        with self._lock:
            for array, gone, selector in self._selectors:
                if array is exclude and gone is removed:
                    return selector
            ids = np.concatenate(skip).astype(np.int64)
            flags = np.zeros(int(ids.max()) + 1, dtype=bool)
            flags[ids] = True
            bitmap = np.packbits(flags, bitorder="little")
            skipped = faiss.IDSelectorBitmap(len(bitmap), faiss.swig_ptr(bitmap))
            skipped.referenced_objects = [bitmap]  # FAISS reads the array in place; it must outlive the selector
            selector = faiss.IDSelectorNot(skipped)
            self._selectors = [(exclude, removed, selector), *self._selectors[:7]]
            return selector

    def _search_params(self, selector, skipped: int):
        """IVF probes more lists when a share of the vectors is skipped, so the lists it scans still hold
        about as many eligible candidates as an unfiltered search would."""
        faiss = _faiss()
        if self.kind not in APPROXIMATE_KINDS:
            return faiss.SearchParameters(sel=selector) if selector is not None else None
        nprobe = int(self._index.nprobe)
        total = int(self._index.ntotal)
        if skipped:
            kept = max(total - skipped, 1) / max(total, 1)
            nprobe = min(int(self._index.nlist), math.ceil(nprobe / kept))
        return faiss.SearchParametersIVF(sel=selector, nprobe=nprobe)

    def held(self, ids: list[int]) -> dict[int, np.ndarray]:
        """The vectors of those `ids` the index holds; an id it lacks is skipped, never an error. (FAISS
        has no membership test, so a miss costs the exception it raises; callers ask only for the few
        ids the store had no vector for. A compressed index holds no exact vectors to give.)"""
        out = {}
        with self._lock:
            for i in ids:
                try:
                    out[i] = self._vector(int(i))
                except (RuntimeError, KeyError):
                    continue
        return out

    def reconstruct(self, ids: list[int]) -> np.ndarray:
        with self._lock:
            if not ids:
                return np.zeros((0, self._index.d), np.float32)
            return np.vstack([self._vector(int(i)) for i in ids])

    def _vector(self, i: int) -> np.ndarray:
        if i in set(self._delta_ids().tolist()):
            return self._delta.reconstruct(i)
        if self.kind == "sq8" or i in self._removed or not _holds(self._main_ids, i):
            raise KeyError(i)
        return self._index.reconstruct(i)

    # files -------------------------------------------------------------------------------------

    def save(self, path: Path, delta_max: int = LIMITS.index_delta_max) -> None:
        """Write what changed since the main file to the delta file when the main file on disk is still
        the one this index stands on and the delta stays small; otherwise rewrite the main file."""
        _refuse_folder(path)
        with self._lock:
            if self._base is not None and self._base[0] == path and self.pending <= delta_max and self._base_on_disk():
                write_delta(
                    path,
                    model=self.model,
                    base=self._base[1:],
                    generation=self.generation,
                    count=self.count,
                    added_ids=self._delta_ids(),
                    vectors=self._delta_vectors(),
                    removed=self._removed,
                )
                return
            self._compact()
            self._save_main(path)
        delta_path(path).unlink(missing_ok=True)

    def _base_on_disk(self) -> bool:
        assert self._base is not None
        try:
            header = VectorIndex._main_header(self._base[0])
        except (IndexCorruptError, OSError):
            return False
        return (header.generation, header.checksum) == self._base[1:]

    def _delta_vectors(self) -> np.ndarray:
        count = int(self._delta.ntotal)
        if not count:
            return np.zeros((0, self._index.d), dtype=np.float32)
        return self._delta.index.reconstruct_n(0, count)

    def _compact(self) -> None:
        """Fold the delta and the removed ids into a main index this process owns (a mapped one is read
        again from its mapping, since FAISS cannot change a mapped index)."""
        faiss = _faiss()
        if not self.pending:
            return
        index = self._owned()
        if len(self._removed):
            selector = (
                faiss.IDSelectorArray(self._removed) if self.kind == "ivf" else faiss.IDSelectorBatch(self._removed)
            )
            index.remove_ids(selector)
        if self._delta.ntotal:
            index.add_with_ids(self._delta_vectors(), self._delta_ids())
        self._index, self._mapping = index, None
        self._main_ids = _main_ids(index, self.kind)
        self._delta = _new_flat(index.d)
        self._removed = np.zeros(0, dtype=np.int64)
        self._selectors.clear()

    def _owned(self):
        faiss = _faiss()
        if self._mapping is None:
            return self._index
        mapping = self._mapping
        place = [0]

        def read(size: int) -> bytes:
            chunk = mapping[place[0] : place[0] + size].tobytes()
            place[0] += len(chunk)
            return chunk

        return faiss.read_index(faiss.PyCallbackIOReader(read))

    def _save_main(self, path: Path) -> None:
        """Stream the index into a temporary file, fsync it and rename it over `path`. Streaming rather
        than serialising first avoids two in-memory copies (1.5 GB each at a million passages); the
        checksum, known only at the end, is written into the header's reserved place."""
        faiss = _faiss()
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as f:
            header = json.dumps(
                Header(self.model, self.generation, self.count, self.kind, UNSUMMED, self.store).__dict__
            )
            line = header.encode().ljust(PAGE - len(MAGIC) - 1) + b"\n"
            f.write(MAGIC)
            place = f.tell() + line.index(UNSUMMED.encode())
            f.write(line)
            summing = _Summing(f.write)
            faiss.write_index(self._index, faiss.PyCallbackIOWriter(summing.write))
            f.seek(place)
            checksum = _checksum(summing.crc)
            f.write(checksum.encode())
        self._base = (path, self.generation, checksum)

    @staticmethod
    def _main_header(path: Path) -> Header:
        _refuse_folder(path)
        with open(path, "rb") as f:
            if f.read(len(MAGIC)) != MAGIC:
                raise IndexCorruptError(f"{path} is not a Parley index")
            try:
                return Header(**json.loads(f.readline(MAX_HEADER)))
            except (ValueError, TypeError) as e:
                raise IndexCorruptError(f"{path} has an unreadable header") from e

    @staticmethod
    def read_header(path: Path) -> Header:
        """The header of the index the main file and its delta make together: the delta's generation and
        count when it applies to this main file."""
        header = VectorIndex._main_header(path)
        delta = read_delta_header(path)
        if delta is None or (delta.base_generation, delta.base_checksum) != (header.generation, header.checksum):
            return header
        return Header(header.model, delta.generation, delta.count, header.kind, header.checksum, header.store)

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        """Check the main file's bytes against its checksum, map it (FAISS's arrays point into the map,
        shared with every process mapping the same file), then apply the delta that names it. A delta
        that is damaged or names another main file is left out: the sync then adds what the store has."""
        faiss = _faiss()
        _refuse_folder(path)
        try:
            f = open(path, "rb")  # noqa: SIM115 - opened apart from the with, so only open()'s error reads "cannot read"
        except OSError as e:
            raise IndexCorruptError(f"cannot read {path}: {e.strerror}") from e
        with f:
            if f.read(len(MAGIC)) != MAGIC:
                raise IndexCorruptError(f"{path} is not a Parley index")
            try:
                header = Header(**json.loads(f.readline(MAX_HEADER)))
            except (ValueError, TypeError) as e:
                raise IndexCorruptError(f"{path} has an unreadable header") from e
            offset = f.tell()
            crc = 0
            while chunk := f.read(CHUNK):
                crc = zlib.crc32(chunk, crc)
            if header.checksum is None:
                raise IndexCorruptError(f"{path} has no checksum (an older Parley wrote it)")
            if header.checksum != _checksum(crc):
                raise IndexCorruptError(
                    f"{path} does not match its checksum: its bytes were changed after it was saved"
                )
            try:
                mapping = np.memmap(f, dtype=np.uint8, mode="r", offset=offset)
                reader = faiss.ZeroCopyIOReader(faiss.swig_ptr(mapping), mapping.size)
                index = faiss.read_index(reader, faiss.IO_FLAG_MMAP_IFC)
            except Exception as e:  # FAISS raises RuntimeError with C++ text for any damage
                raise IndexCorruptError(f"{path} is damaged ({type(e).__name__})") from e
        if index.ntotal != header.count:
            raise IndexCorruptError(f"{path} holds {index.ntotal} vectors, its header says {header.count}")
        if _kind_of(index) != header.kind:
            raise IndexCorruptError(f"{path} says it is a {header.kind} index but holds a {type(index).__name__}")
        loaded = cls(
            index,
            header.model,
            header.generation,
            header.kind,
            mapping=mapping,
            base=(path, header.generation, header.checksum),
            store=header.store,
        )
        loaded._apply(path)
        return loaded

    def _apply(self, path: Path) -> None:
        try:
            delta = read_delta(path, self._index.d)
        except IndexCorruptError:
            return
        if delta is None or delta.header.model != self.model or self._base is None:
            return
        if (delta.header.base_generation, delta.header.base_checksum) != self._base[1:]:
            return
        self._load_delta(delta)

    def _load_delta(self, delta: Delta) -> None:
        self.remove(delta.removed, self.generation)
        self.add(delta.added_ids, delta.vectors, delta.header.generation)
        self.generation = delta.header.generation


def _holds(sorted_ids: np.ndarray, i: int) -> bool:
    at = int(np.searchsorted(sorted_ids, i))
    return at < len(sorted_ids) and int(sorted_ids[at]) == i


def _kind_of(index) -> IndexKind:
    faiss = _faiss()
    if isinstance(index, faiss.IndexIVFScalarQuantizer):
        return "sq8"
    return "ivf" if isinstance(index, faiss.IndexIVF) else "flat"

"""The delta file beside the index file: the vectors added and the ids removed since the main file was written.

An add or a removal rewrites this small file, not the main one (1.5 GB at a million passages), so a write
costs about its own size. The delta names the main file it applies to by that file's generation and
checksum: a delta left beside a main file written later (a compaction, another process's full save) names
another base and is ignored, and the store, which is the truth, then says what the index lacks. Its own
CRC-32 covers its payload, and it is replaced by rename like the main file, so a reader sees the old delta
or the new one.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from index.errors import IndexCorruptError
from index.storage.atomic import replacing

DELTA_MAGIC = b"PARLEY-DELTA 1\n"
MAX_HEADER = 4096


@dataclass(frozen=True)
class DeltaHeader:
    model: str
    base_generation: int  # the main file's generation and checksum this delta applies to
    base_checksum: str
    generation: int  # the store generation main file and delta together stand for
    count: int  # vectors in main file and delta together
    added: int
    removed: int
    checksum: str  # "crc32:<8 hex digits>" of the payload


@dataclass(frozen=True)
class Delta:
    header: DeltaHeader
    added_ids: np.ndarray
    vectors: np.ndarray
    removed: np.ndarray


def delta_path(path: Path) -> Path:
    return path.with_suffix(".delta")


def _checksum(data: bytes) -> str:
    return f"crc32:{zlib.crc32(data):08x}"


def write_delta(
    path: Path,
    *,
    model: str,
    base: tuple[int, str],
    generation: int,
    count: int,
    added_ids: np.ndarray,
    vectors: np.ndarray,
    removed: np.ndarray,
) -> None:
    """Write to a temporary file, fsync it and rename it over the delta beside `path`."""
    payload = (
        np.ascontiguousarray(removed, dtype=np.int64).tobytes()
        + np.ascontiguousarray(added_ids, dtype=np.int64).tobytes()
        + np.ascontiguousarray(vectors, dtype=np.float32).tobytes()
    )
    header = DeltaHeader(model, base[0], base[1], generation, count, len(added_ids), len(removed), _checksum(payload))
    target = delta_path(path)
    with replacing(target) as f:
        f.write(DELTA_MAGIC + json.dumps(asdict(header)).encode() + b"\n" + payload)


def _read_header(f) -> DeltaHeader:
    if f.read(len(DELTA_MAGIC)) != DELTA_MAGIC:
        raise IndexCorruptError(f"{f.name} is not a Parley index delta")
    try:
        return DeltaHeader(**json.loads(f.readline(MAX_HEADER)))
    except (ValueError, TypeError) as e:
        raise IndexCorruptError(f"{f.name} has an unreadable header") from e


def read_delta_header(path: Path) -> DeltaHeader | None:
    """The header of the delta beside `path`, None when there is none or it cannot be read."""
    try:
        with open(delta_path(path), "rb") as f:
            return _read_header(f)
    except (OSError, IndexCorruptError):
        return None


def read_delta(path: Path, dimension: int) -> Delta | None:
    """The delta beside `path`, None when there is none; IndexCorruptError when its bytes do not match."""
    try:
        f = open(delta_path(path), "rb")  # noqa: SIM115 - only open()'s error means "no delta"
    except FileNotFoundError:
        return None
    with f:
        header = _read_header(f)
        payload = f.read()
    if _checksum(payload) != header.checksum:
        raise IndexCorruptError(f"{delta_path(path)} does not match its checksum")
    sizes = (header.removed * 8, header.added * 8, header.added * dimension * 4)
    if sum(sizes) != len(payload):
        raise IndexCorruptError(f"{delta_path(path)} holds {len(payload)} bytes, its header says {sum(sizes)}")
    removed = np.frombuffer(payload, dtype=np.int64, count=header.removed)
    added = np.frombuffer(payload, dtype=np.int64, count=header.added, offset=sizes[0])
    vectors = np.frombuffer(payload, dtype=np.float32, offset=sizes[0] + sizes[1]).reshape(header.added, dimension)
    return Delta(header, added, vectors, removed)

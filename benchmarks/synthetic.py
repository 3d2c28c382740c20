"""Synthetic stores shaped like real ones, written through index/store.py without embedding every passage.

Uniform random vectors are the worst case for an approximate index and say nothing about Parley, so the
vectors here come from the real model: a few thousand "base" texts (the shipped passages and sentences
generated from their words by a bigram chain) are embedded once, and each synthetic passage takes a
base's vector, leans it towards a second base and adds Gaussian noise drawn with the covariance of the
real embeddings (so it moves along the directions real passages differ in, not uniformly in all 384). Its
text is the base's text with some words swapped, so BM25 sees text about the same things its vector is near.
Passages come in sources of about twenty, a tenth of them owned by guild 1 and a tenth by guild 2, so the
guild filter has something to exclude.
"""

from __future__ import annotations

import json
import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

from index.records import UNSTORED, Passage
from index.storage.embedder import Embedder
from index.storage.store import Store, text_hash
from index.text.context import embedding_text, reading

from .common import CORPUS, RESULTS

GENERATOR_VERSION = "3"  # 3: passages are keyed by what the model reads, their source's title included
PASSAGES_PER_SOURCE = 20
GUILDS = (1, 2)
GUILD_SHARE = 0.1
LEAN = 0.6  # the most a passage's vector leans towards its second base
NOISE = 0.8  # the noise's covariance is NOISE² times that of the base embeddings
SWAP = 0.15  # share of a base text's words replaced in a passage's text


@dataclass(frozen=True)
class Voice:
    speaker: str | None
    role: str | None
    party: str | None
    kind: str


@dataclass
class Bases:
    """Texts the model really read, with the voice each was read in and their unit vectors."""

    texts: list[str]
    voices: list[Voice]
    vectors: np.ndarray
    model: str


class Chain:
    """A word bigram chain over real passages: sentences with the corpus's words and rhythm."""

    def __init__(self, texts: Sequence[str], seed: int) -> None:
        self.rng = random.Random(seed)
        self.follows: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        for text in texts:
            words = text.split()
            if words:
                self.starts.append(words[0])
            for a, b in pairwise(words):
                self.follows[a].append(b)
        self.words = [w for ws in self.follows.values() for w in ws]

    def sentence(self, low: int = 18, high: int = 60) -> str:
        target = self.rng.randint(low, high)
        word = self.rng.choice(self.starts)
        out = [word]
        while len(out) < target:
            nxt = self.follows.get(word)
            word = self.rng.choice(nxt) if nxt else self.rng.choice(self.starts)
            out.append(word)
        return " ".join(out)


def shipped_passages(embedder: Embedder, workdir: Path) -> list:
    """The shipped corpus split as Parley splits it (a throwaway store in `workdir`)."""
    from index.kb import KnowledgeBase

    kb = KnowledgeBase(workdir, CORPUS, embedder=embedder)
    try:
        kb.sync_corpus()
        return kb.store.passages(None)
    finally:
        kb.close()


def make_bases(embedder: Embedder, count: int, seed: int = 7, cache: Path | None = RESULTS) -> Bases:
    """The shipped passages plus `count` generated ones, embedded once and cached by model and count."""
    path = cache / f"bases-{count}-{seed}-{embedder.name.replace('/', '_')}.npz" if cache else None
    if path and path.exists():
        data = np.load(path, allow_pickle=False)
        meta = json.loads(str(data["meta"]))
        return Bases(meta["texts"], [Voice(*v) for v in meta["voices"]], data["vectors"], embedder.name)
    workdir = (cache or Path("/tmp")) / f".bases-store-{time.time_ns()}"
    real = shipped_passages(embedder, workdir)
    chain = Chain([p.text for p in real], seed)
    rng = random.Random(seed)
    voices = [Voice(p.speaker, p.role, p.party, p.kind) for p in real]
    texts = [p.text for p in real]
    for _ in range(count):
        v = rng.choice(voices[: len(real)])
        voices.append(v)
        texts.append(chain.sentence())
    vectors = embedder.encode([embedding_text(v.speaker, v.role, t) for v, t in zip(voices, texts, strict=True)])
    bases = Bases(texts, voices, vectors, embedder.name)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = json.dumps({"texts": texts, "voices": [list(v.__dict__.values()) for v in voices]})
        np.savez(path, vectors=vectors, meta=np.array(meta))
    _remove_tree(workdir)
    return bases


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def principal_axes(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Standard deviations along, and directions of, the principal axes of a set of embeddings."""
    centred = vectors - vectors.mean(axis=0)
    _, singular, directions = np.linalg.svd(centred, full_matrices=False)
    return (singular / np.sqrt(len(vectors))).astype(np.float32), directions.astype(np.float32)


def perturbed(
    bases: Bases, first: np.ndarray, second: np.ndarray, rng: np.random.Generator, axes: tuple[np.ndarray, np.ndarray]
) -> np.ndarray:
    """Unit vectors near `first` bases, leaning a random amount towards `second` ones."""
    lean = rng.uniform(0, LEAN, size=(len(first), 1)).astype(np.float32)
    scales, directions = axes
    noise = (rng.normal(size=(len(first), len(scales))) * scales * NOISE) @ directions
    v = bases.vectors[first] + lean * bases.vectors[second] + noise.astype(np.float32)
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def reworded(text: str, extra: str, vocabulary: Sequence[str], rng: random.Random) -> str:
    """The base text with some words swapped for corpus words and a few taken from the second base."""
    words = text.split()
    lent = extra.split()
    for i in range(len(words)):
        roll = rng.random()
        if roll < SWAP:
            words[i] = rng.choice(vocabulary)
        elif roll < SWAP * 1.3 and lent:
            words[i] = rng.choice(lent)
    return " ".join(words)


def populate(
    store: Store,
    count: int,
    bases: Bases,
    *,
    seed: int = 11,
    progress: Callable[[int], None] | None = None,
    chunk: int = 20_000,
) -> int:
    """Add `count` synthetic passages (and their vectors) to `store`; returns how many were added."""
    rng = np.random.default_rng(seed)
    prng = random.Random(seed)
    vocabulary = [w for t in bases.texts for w in t.split()]
    axes = principal_axes(bases.vectors)
    added = 0
    source_no = 0
    while added < count:
        n = min(chunk, count - added)
        first = rng.integers(0, len(bases.texts), n)
        second = rng.integers(0, len(bases.texts), n)
        vectors = perturbed(bases, first, second, rng, axes)
        with store.transaction():
            embeddings = []
            for start in range(0, n, PASSAGES_PER_SOURCE):
                source_no += 1
                drafts = []
                title = _title(seed, added + start)
                for j in range(start, min(n, start + PASSAGES_PER_SOURCE)):
                    voice = bases.voices[first[j]]
                    text = reworded(bases.texts[first[j]], bases.texts[second[j]], vocabulary, prng)
                    drafts.append(
                        Passage(
                            UNSTORED,
                            UNSTORED,
                            j - start,
                            0,
                            len(text),
                            None,
                            voice.kind,
                            voice.speaker,
                            voice.role,
                            voice.party,
                            text,
                        )
                    )
                    embeddings.append(
                        (text_hash(reading(voice.speaker, voice.role, text, title).key), vectors[j].tobytes())
                    )
                roll = prng.random()
                guild = GUILDS[0] if roll < GUILD_SHARE else GUILDS[1] if roll < 2 * GUILD_SHARE else None
                store.insert_source(_fields(seed, added + start, guild), drafts)
            store.put_embeddings(bases.model, embeddings)
        added += n
        if progress:
            progress(added)
    return added


def _title(seed: int, number: int) -> str:
    return f"Synthetic briefing {seed}-{number}"


def _fields(seed: int, number: int, guild: int | None) -> dict:
    body = f"synthetic source {seed}-{number}"
    return {
        "guild_id": guild,
        "title": _title(seed, number),
        "publisher": "Synthetic Wire",
        "author": None,
        "url": None,
        "date": None,
        "origin": "synthetic",
        "content_hash": text_hash(body),
        "splitter": "synthetic",
        "cleaned_text": body,
        "added_by": None,
    }


def synthetic_store(
    folder: Path, size: int, bases: Bases, *, seed: int = 11, progress: Callable[[int], None] | None = None
) -> tuple[Path, float]:
    """A data folder whose store holds `size` synthetic passages: reused when an identical one exists.

    Returns the folder and the seconds spent generating (0 when reused)."""
    marker = folder / "synthetic.json"
    want = {"version": GENERATOR_VERSION, "size": size, "bases": len(bases.texts), "seed": seed, "model": bases.model}
    if marker.exists() and json.loads(marker.read_text()) == want:
        return folder, 0.0
    _remove_tree(folder)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    store = Store(folder / "parley.db")
    try:
        populate(store, size, bases, seed=seed, progress=progress)
    finally:
        store.close()
    marker.write_text(json.dumps(want))
    return folder, time.perf_counter() - started

"""What the model reads for a passage: the passage led by its speaker, in the context of its source.

Passages are quote-sized so that a citation can be read alone, but "the pension is not coming back" says
nothing of which strike, and "Any pause must not become a gift" nothing of which war. In the spirit of
"Contextual Retrieval", each passage's vector carries its source's title as well, while the passage shown
and cited stays the quote alone.

How the context goes in was measured on the development articles (benchmarks/outlets.py, "what the model
reads"): all-MiniLM-L6-v2 averages its tokens, so a title and the sentence before written in front of the
passage drowned the passage's own words (dense MRR 0.561 → 0.458). Adding the title's vector at a fifth of
the passage's weight kept them and lifted hybrid hit@1 from 0.596 to 0.660; the sentence before added
nothing on top, so it is left out. A title is encoded once per source.

Nor does the window of text around a passage go in. The passage with its neighbours in reading order,
across paragraph breaks, to 300, 450 or 600 characters within its source, was encoded as a vector of its
own and mixed in like the title (at 0.3, 0.6 or 1.0), on the nine fitting sets (dev to dev6, the seed,
realdev5 and realdev6; 529 questions). Leave-one-set-out chose 450 at 0.3 in every fold; pooled hit@1 /
hit@3 / MRR went 0.597 / 0.828 / 0.718 → 0.599 / 0.832 / 0.721 at 564 characters, the written sets gaining
while the seed (hit@1 0.809 → 0.787) and both real sets (realdev5 0.600 → 0.583, realdev6 0.493 → 0.486)
lost; weights of 0.6 and up lost more and brought false abstentions. On realdev7, fitted on by no one, it
went 0.643 / 0.893 / 0.778 → 0.661 / 0.875 / 0.784, one question each way. Rebuilding the shipped corpus
took 2.5× the time of encoding its passages instead of 1.2×: a window is several passages long. Read as a
second stage instead (the stored vectors unchanged, the window's cosine lending 0.15 to 0.5 of a
candidate's relevance), the left-out set's MRR fell in six folds of nine.

The text hash that keys a stored vector is taken over `Reading.key`, everything the vector is made of, so
a changed title, speaker or weight re-embeds the passage instead of serving a vector of what it no longer
reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

TITLE_WEIGHT = 0.2  # the title's vector, relative to the passage's, in the passage's vector
SEPARATOR = "\x1e"  # cannot occur in cleaned text, so no two readings share a key


class Encoder(Protocol):
    def encode(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray: ...


def embedding_text(speaker: str | None, role: str | None, text: str) -> str:
    """The passage led by its speaker, so "what did Rubio say" finds Rubio's quote even when the quote
    itself names nobody."""
    if not speaker:
        return text
    return f"{speaker}, {role}: {text}" if role else f"{speaker}: {text}"


@dataclass(frozen=True)
class Reading:
    """Everything a passage's vector is made of."""

    text: str  # embedding_text: the passage led by its speaker
    title: str | None  # its source's title

    @property
    def key(self) -> str:
        """What the text hash is taken over."""
        if not self.title:
            return self.text
        return f"{self.text}{SEPARATOR}{TITLE_WEIGHT}{SEPARATOR}{self.title}"


def reading(speaker: str | None, role: str | None, text: str, title: str | None) -> Reading:
    return Reading(embedding_text(speaker, role, text), (title or "").strip() or None)


def encode(model: Encoder, readings: Sequence[Reading], progress: Callable[[int], None] | None = None) -> np.ndarray:
    """Unit vectors for readings: each passage's vector plus TITLE_WEIGHT times its title's, normalised.
    Progress counts passages; the few distinct titles are encoded after them."""
    if not readings:
        return model.encode([])
    vectors = model.encode([r.text for r in readings], progress)
    titles = sorted({r.title for r in readings if r.title})
    if titles:
        by_title = dict(zip(titles, model.encode(titles), strict=True))
        for row, r in enumerate(readings):
            if r.title:
                vectors[row] = vectors[row] + TITLE_WEIGHT * by_title[r.title]
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float32, copy=False)

"""Mention: what the readers return for the words that name or point to a speaker.

Its own module because every reader builds it and the callers (passages, speakers) consume it, so it sits
below all of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """The words that name (or point to) a speaker, as a clause prints them."""

    kind: str  # person, pronoun, description, institution, source, document, credit or nobody
    text: str
    name: str | None = None
    title: str | None = None
    role: str | None = None
    gender: str | None = None
    initial: bool = False  # opens its sentence, where a capitalised "He" is the pronoun

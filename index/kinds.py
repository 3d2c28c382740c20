"""The closed sets of names the core passes around as strings, as types a checker can hold callers to.

Plain strings on the wire (SQLite columns, JSON, the FAISS file's header, command-line options), so
`Literal` rather than enums: a value read back needs no conversion, and a typo in a caller is caught
before it runs rather than answered with an empty result."""

from __future__ import annotations

from typing import Literal, get_args

Mode = Literal["hybrid", "dense", "lexical"]  # which retrievers answer a question (evaluation compares them)
IndexKind = Literal["flat", "ivf", "sq8"]  # exact search, or inverted lists (of 8-bit codes when compressed)
PassageKind = Literal["quote", "statement"]  # a speaker's own words, or a reported statement

MODES: tuple[Mode, ...] = get_args(Mode)
INDEX_KINDS: tuple[IndexKind, ...] = get_args(IndexKind)
APPROXIMATE_KINDS: tuple[IndexKind, ...] = ("ivf", "sq8")  # above LIMITS.approx_above vectors
PASSAGE_KINDS: tuple[PassageKind, ...] = get_args(PassageKind)

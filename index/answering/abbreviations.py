"""A question's abbreviations and the names they stand for, as the sources in scope define them.

"is the tpp done" is encoded as "is the tpp done (Trans-Pacific Partnership)" when an article in scope
defines TPP, and a question that spells a name out with the abbreviation too: one article writes "TPP", a
transcript only the full name, and the model reads "tpp" as nothing in particular. The definitions are
stored when a source is added (index/storage/abbreviations.py), so this reads a few indexed rows.

Only the encoded question takes the other forms. Searched lexically as well, on the seven fitting sets,
hit@1 / hit@3 / MRR pooled were 0.576 / 0.819 / 0.702 against 0.578 / 0.824 / 0.705 (0.571 / 0.815 / 0.698
before either): a heading that prints both forms ("Remarks to the Long Form (LF) meeting") matched every
question on it twice and took the first rank.
"""

from __future__ import annotations

import re

from index.answering.coverage import NOT_NAMES
from index.storage.store import STOPWORDS, Store, query_words
from index.text.clean import fold

SHORTEST_TYPED_LOWER = 3  # "tpp" stands for TPP; "us" or "eu"-sized words typed in lower case are too ambiguous


def other_forms(question: str, store: Store, guild_id: int | None) -> list[str]:
    """The forms the question does not use of each abbreviation it does: the long form of one it
    abbreviates, the abbreviation of one it spells out."""
    typed = _typed_abbreviations(question)
    folded = f" {_plain(question)} "
    out: list[str] = []
    for short, long in store.abbreviations([*query_words(question), *sorted(typed)], guild_id):
        if short.casefold() in typed:
            out.append(long)
        elif f" {_plain(long)} " in folded:
            out.append(short)
    return list(dict.fromkeys(out))


def with_forms(question: str, forms: list[str]) -> str:
    """The question with the other forms after it, as a reader would gloss it."""
    return f"{question} ({'; '.join(forms)})" if forms else question


def _typed_abbreviations(question: str) -> set[str]:
    """The question's words that may be abbreviations, in lower case: any written with two capitals or more
    ("TPP", "AfD"), and, since members rarely capitalise, a lower-case word of three letters or more that is
    not an ordinary small word ("tpp", not "who" or "the")."""
    out = set()
    for word in re.findall(r"\w+", question):
        lower = word.casefold()
        capitals = sum(c.isupper() for c in word) >= 2
        if capitals or (word.islower() and len(word) >= SHORTEST_TYPED_LOWER and lower not in STOPWORDS | NOT_NAMES):
            out.add(lower)
    return out


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text).casefold()))

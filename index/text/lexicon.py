"""Ordinary English words, so that a name that is also a word can be told from one that is only a name.

Members type questions in lower case, and the gazetteer grows: a union called Unison, a party called the
Moderates, a firm called Target. Written in lower case, such a name may be the word ("did they act in
unison"); "hamas" or "medef" can only be the name. The words are Webster's Second International (1934, in
the public domain) as the `english-words` package ships it: its entries written in lower case only, so its
proper nouns ("Amazon") stay names. The list is read once, on first use (about 0.3 s), and only a question
that writes such a name asks.
"""

from __future__ import annotations

from functools import cache

from english_words import get_english_words_set

# A plural or third-person ending on a listed word: "teamsters", "moderates", "parties".
ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))


@cache
def _words() -> frozenset[str]:
    return frozenset(word for word in get_english_words_set(["web2"], alpha=True) if word.islower())


def is_english_word(word: str) -> bool:
    """Whether `word`, as written in lower case, is an ordinary English word, inflected or not."""
    words = _words()
    return word in words or any(
        word.endswith(ending) and word[: -len(ending)] + stem in words for ending, stem in ENDINGS
    )

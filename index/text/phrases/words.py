"""Tests on one printed word, and how a run of words is printed, shared by the noun-phrase reader and the
capitalised-run reader.

Separate so that neither reader depends on the other for "is this a role word".
"""

from __future__ import annotations

import re

from index.text.names import HONORIFICS, PERSON_ROLE_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS, plain
from index.text.phrases.patterns import ABBREVIATED, LISTED_BODY_IN_TEXT

# Stands for a comma inside a name whose trades are listed with commas while a reader cuts a sentence at its commas;
# one character for one, so offsets hold.
LISTED_COMMA = "\ue000"


def shield_listed_commas(text: str) -> str:
    """ "National Union of Rail, Maritime and Transport Workers": the commas of such a name hidden, so readers
    that cut clauses and appositives at commas keep the name whole. `unshield` puts them back."""
    return LISTED_BODY_IN_TEXT.sub(lambda m: m.group(0).replace(",", LISTED_COMMA), text)


def unshield(text: str) -> str:
    """The commas `shield_listed_commas` hid, back in what a reader cut out, since roles and parties are printed."""
    return text.replace(LISTED_COMMA, ",")


def is_role_word(word: str) -> bool:
    bare = plain(word)
    return bare in ROLE_NOUNS or bare in ROLE_MODIFIERS or bare in TITLE_WORDS or bare in HONORIFICS


def is_possessive(word: str) -> bool:
    return bool(re.search(r"[’']s?$", word)) and len(word) > 2


def printed_phrase(words: list[str]) -> str:
    """Words joined as printed, without the sentence's punctuation after the last one."""
    text = " ".join(words).strip(" ,;:")
    if text.endswith(".") and not ABBREVIATED.match(words[-1]):
        text = text[:-1]
    return text


def capitalised_role(word: str) -> bool:
    """ "Ambassador to Norland X", "Special Envoy to the Region X": a printed title's "to" names where the
    post is held, so the place belongs to the title rather than starting the name."""
    return word[:1].isupper() and plain(word) in PERSON_ROLE_NOUNS

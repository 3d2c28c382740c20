"""Runs of capitalised words with the title words between them ("White House press secretary Karoline
Leavitt"), where names can stand in a sentence.

Separate from the noun-phrase reader: it scans a whole sentence for candidate names by position, with no
grammar, and its callers (passages, speakers) use it on its own.
"""

from __future__ import annotations

import re

from index.text.names import FUNCTION_WORDS, PARTICLES, ROLE_NOUNS, is_capitalised, is_name_word, plain
from index.text.phrases.patterns import ABBREVIATED, DETERMINERS, JOINERS, QUOTE
from index.text.phrases.words import capitalised_role, is_role_word


def _role_held_at_a_place(current: list[tuple[int, int, str]]) -> bool:
    """ "Ambassador to Norland X", and in lower case after a capitalised word "UN envoy to Yemen X": the
    "to" of a posting joins the place to the title."""
    word = current[-1][2]
    return capitalised_role(word) or (
        plain(word) in POSTED_ROLES and len(current) > 1 and is_capitalised(current[-2][2])
    )


POSTED_ROLES = {"envoy", "ambassador", "emissary", "representative"}


# Role nouns that are verbs right after a name: "Pablo Beltrán heads the delegation".
LEAD_VERBS = {"heads", "leads", "chairs", "directs"}


def capital_runs(sentence: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words with the title words between them ("White House press secretary Karoline
    Leavitt"), each as (start, end, words); punctuation other than an abbreviation's full stop ends a run."""
    runs: list[tuple[int, int, list[str]]] = []
    current: list[tuple[int, int, str]] = []

    def close() -> None:
        while current and not is_capitalised(current[-1][2]) and plain(current[-1][2]) not in ROLE_NOUNS:
            current.pop()
        while current and (
            (not is_capitalised(current[0][2]) and not is_role_word(current[0][2]))
            or plain(current[0][2]) in FUNCTION_WORDS - DETERMINERS - {"he", "she"}
        ):
            current.pop(0)
        if current and any(is_capitalised(w) for _, _, w in current):
            runs.append((current[0][0], current[-1][1], [w for _, _, w in current]))
        current.clear()

    for m in re.finditer(r"\S+", sentence):
        raw = m.group(0)
        word = raw.strip('"“”()[]')
        trailing = word[-1:] in {",", ";", ":", "!", "?"} or (word.endswith(".") and not ABBREVIATED.match(word))
        core = word.rstrip(",;:!?") if not ABBREVIATED.match(word) else word
        if core.endswith(".") and not ABBREVIATED.match(core):
            core = core.rstrip(".")
        starts_quote = raw[:1] in '"“(['
        if starts_quote:
            close()
        fits = core and (
            is_capitalised(core)
            or is_role_word(core)
            or plain(core) in PARTICLES
            or (plain(core) in JOINERS and current)
            or (plain(core) == "to" and current and _role_held_at_a_place(current))
            or (plain(core) == "on" and current and capitalised_role(current[-1][2]))
            or (plain(core) == "at" and current and plain(current[-1][2]) == "ambassador")  # "Ambassador at Large"
        )
        if fits and core in LEAD_VERBS and current and is_name_word(current[-1][2]):
            fits = False
        if core == QUOTE or not fits:
            close()
            continue
        current.append((m.start(), m.start() + len(core) + (raw.find(core) if core in raw else 0), core))
        if trailing or raw[-1:] in '"”)]':
            close()
    close()
    return runs

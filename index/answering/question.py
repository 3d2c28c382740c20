"""The question path's rules in one place: what a question may be, when Parley abstains and why, and how
hits become numbered citations. The facade runs them in order; nothing here reads the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index.answering.answer import Citation
from index.answering.retrieve import Hit, Retrieval
from index.errors import InputError
from index.limits import LIMITS
from index.records import Source
from index.text.characters import clean_line, has_lone_surrogate
from index.text.language import require_english

if TYPE_CHECKING:
    from index.party_map import View

MAX_QUESTION_CHARS = LIMITS.question_chars
MAX_K = LIMITS.k
COMPARE_POOL = 200  # a comparison looks further down the list: a party's best passage may rank low overall
COMPARE_RELATIVE = 0.6  # a party's best passage must be this close to the topic's best to count as its position


class Question(str):
    """A question `check_question` accepted. A front end checks early, to refuse before it defers or opens
    a thread; handing the result to the facade then costs no second check."""


def check_question(question: str) -> Question:
    """The question as it will be answered, or an InputError a member can act on."""
    if isinstance(question, Question):
        return question
    text = (question or "").strip()
    if len(text) > MAX_QUESTION_CHARS:
        raise InputError(f"The question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}.")
    if has_lone_surrogate(text):
        raise InputError("The question holds bytes that are not UTF-8 text: check the terminal's encoding.")
    text = clean_line(text)  # echoed as the answer's title: no bidi override, control or zero-width mark
    if not text:
        raise InputError('The question is empty: ask something like "Does Ukraine accept legal cession?"')
    require_english(text)
    return Question(text)


def check_k(k: int) -> int:
    if not 1 <= k <= MAX_K:
        raise InputError(f"k must be between 1 and {MAX_K}.")
    return k


@dataclass(frozen=True)
class Abstention:
    """Why nothing is cited: "names" when the question names someone nothing in scope mentions (`missing`
    says who), "uncovered" when even the closest passage is too far from the question."""

    reason: str
    missing: list[str]


def abstention(found: Retrieval, missing: list[str], names_in_scope: bool = False) -> Abstention | None:
    """The one place that decides to abstain. Names come first: passages about other actors can score well
    and would be cited as if they spoke for the one asked about. `names_in_scope`: the question names an
    actor or a name, all of which the sources in scope mention (Retrieval.covers)."""
    if missing:
        return Abstention("names", missing)
    if not found.covers(names_in_scope):
        return Abstention("uncovered", [])
    return None


@dataclass(frozen=True)
class Reading:
    """A question read from one store snapshot: its hits, whose passages carry their party as the asking
    guild sees it, the parties it names, and whether to abstain."""

    hits: list[Hit]
    retrieval: Retrieval
    parties_asked: list[str]
    abstention: Abstention | None
    view: View


def citations(hits: Sequence[Hit], sources: dict[int, Source], start: int = 1) -> list[Citation]:
    return [Citation(n, h.passage, sources[h.passage.source_id], h.score) for n, h in enumerate(hits, start)]

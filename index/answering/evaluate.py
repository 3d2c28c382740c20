"""Retrieval quality on a JSONL question set: the figures `parley eval` prints and the tests assert.

A question is answered when any expected string occurs in a cited passage, compared as a reader would
(case, quotation-mark style and white space ignored); an unanswerable question is right when abstained.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from index.answering.answer import Answer, Citation
from index.errors import InputError
from index.text.clean import fold


@dataclass(frozen=True)
class Case:
    question: str
    expected: list[str]
    unanswerable: bool


@dataclass
class Scores:
    questions: int = 0
    answerable: int = 0
    unanswerable: int = 0
    hit_at_1: float = 0.0
    hit_at_3: float = 0.0
    mrr_at_10: float = 0.0
    mean_chars_top3: float = 0.0
    correct_abstentions: int = 0
    false_abstentions: int = 0
    misses: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


LINE_SHAPE = '{"question": "...", "expected": ["...", ...]} or {"question": "...", "unanswerable": true}'


def load_cases(path: Path) -> list[Case]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from e
    cases = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            cases.append(_case(json.loads(line)))
        except ValueError as e:
            raise InputError(f"{path}:{number}: {_reason(e)}; a line is {LINE_SHAPE}") from None
    if not cases:
        raise InputError(f"{path} holds no questions")
    return cases


def _reason(error: ValueError) -> str:
    return "not JSON" if isinstance(error, json.JSONDecodeError) else str(error)


def _case(row: object) -> Case:
    """One line, its fields checked by type: a string where a list belongs would be read letter by
    letter, and one letter occurs in almost every passage."""
    if not isinstance(row, dict):
        raise ValueError(f"a JSON object is needed, not {type(row).__name__}")
    question = row.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ValueError('"question" must be a non-empty string')
    expected = row.get("expected", [])
    if not isinstance(expected, list) or not all(isinstance(e, str) and e.strip() for e in expected):
        raise ValueError('"expected" must be a list of non-empty strings')
    unanswerable = row.get("unanswerable", False)
    if not isinstance(unanswerable, bool):
        raise ValueError('"unanswerable" must be true or false')
    if "source" in row and not isinstance(row["source"], str):
        raise ValueError('"source" must be a string')
    if unanswerable and expected:
        raise ValueError('a question cannot be "unanswerable" and have "expected" strings')
    if not unanswerable and not expected:
        raise ValueError('give "expected" strings or "unanswerable": true')
    return Case(question, expected, unanswerable)


def ranked(answer: Answer) -> list[Citation]:
    """Citations in retrieval order. An answer numbers them in reading order (grouped by party on each
    page), which says nothing about which passage retrieval put first; the scores do."""
    return sorted(answer.citations, key=lambda c: (-c.score, c.n))


def first_hit(answer: Answer, expected: list[str], depth: int = 10) -> int | None:
    """Retrieval rank (1-based) of the first citation containing an expected string."""
    wanted = [fold(e) for e in expected]
    for rank, c in enumerate(ranked(answer)[:depth], 1):
        text = fold(c.passage.text)
        if any(w in text for w in wanted):
            return rank
    return None


def score(cases: Iterable[Case], ask: Callable[[str], Answer]) -> tuple[Scores, list[Answer]]:
    s = Scores()
    answers = []
    hits1 = hits3 = rr = chars = 0.0
    for case in cases:
        answer = ask(case.question)
        answers.append(answer)
        s.questions += 1
        if case.unanswerable:
            s.unanswerable += 1
            s.correct_abstentions += answer.abstained
            continue
        s.answerable += 1
        s.false_abstentions += answer.abstained
        rank = first_hit(answer, case.expected)
        hits1 += rank == 1
        hits3 += rank is not None and rank <= 3
        rr += 1 / rank if rank else 0
        chars += sum(len(c.passage.text) for c in ranked(answer)[:3])
        if rank is None or rank > 3:
            s.misses.append(case.question)
    n = max(s.answerable, 1)
    s.hit_at_1, s.hit_at_3, s.mrr_at_10, s.mean_chars_top3 = hits1 / n, hits3 / n, rr / n, chars / n
    return s, answers

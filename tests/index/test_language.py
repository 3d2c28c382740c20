"""Questions not in English get a clear refusal rather than loosely related English passages."""

from __future__ import annotations

import pytest

from index.answering.evaluate import load_cases
from index.errors import InputError
from index.text.language import foreign_latin, foreign_script, require_english
from tests.helpers import ROOT

UKRAINIAN = "Чи погоджується Україна визнати окуповані території російськими?"
RUSSIAN = "Какие условия Кремль ставит для прекращения огня?"


@pytest.mark.parametrize("question", [UKRAINIAN, RUSSIAN])
def test_ukrainian_and_russian_questions_are_refused_through_the_facade(shipped_kb, question):
    with pytest.raises(InputError) as refused:
        shipped_kb.ask(question)
    message = str(refused.value)
    assert "English" in message and "Cyrillic" in message
    assert "Parley читає лише запитання англійською" in message


def test_compare_refuses_a_topic_in_russian_too(shipped_kb):
    with pytest.raises(InputError, match="English"):
        shipped_kb.compare("прекращение огня")


def test_an_english_question_naming_someone_in_cyrillic_is_answered(shipped_kb):
    answer = shipped_kb.ask("Does Zelensky (Зеленський) accept legal cession of occupied territory?")
    assert not answer.abstained and answer.citations


@pytest.mark.parametrize(
    "question, script",
    [
        ("ما هو موقف أوكرانيا من وقف إطلاق النار؟", "ARABIC"),
        ("乌克兰对停火的立场是什么？", "CJK"),
        ("우크라이나의 입장은 무엇입니까?", "HANGUL"),
    ],
)
def test_other_scripts_are_named(question, script):
    assert foreign_script(question) == script
    with pytest.raises(InputError, match="English only"):
        require_english(question)


@pytest.mark.parametrize(
    "question",
    [
        "Que veut la France dans les négociations sur la pêche?",
        "¿Qué quiere Rusia para un alto el fuego?",
        "Warum ist die Ukraine nicht bereit für einen Waffenstillstand?",
    ],
)
def test_latin_script_questions_in_other_languages_are_refused(question):
    assert foreign_latin(question)
    with pytest.raises(InputError, match="English only"):
        require_english(question)


@pytest.mark.parametrize(
    "question",
    [
        "Does Ukraine accept legal cession?",
        "What did Le Pen say about the EU deal?",
        "Que sera sera?",
        "Šefčovič on fish quotas",
        "Peskov",
        "What is the 'Zangezur corridor'?",
        "2025?",
    ],
)
def test_english_questions_and_bare_names_pass(question):
    assert foreign_script(question) is None and not foreign_latin(question)
    require_english(question)


def test_every_annotated_question_reads_as_english():
    """Members' informal wording (lower case, no question mark, "whats", metonyms) is never refused."""
    data = ROOT / "tests" / "data"
    files = [data / "eval.jsonl"] + sorted((data / "sources").glob("*/questions.jsonl"))
    questions = [c.question for f in files for c in load_cases(f)]
    assert len(questions) > 150
    for question in questions:
        require_english(question)

"""The subject of a whole sentence or unit: where sentences break, a dateline or entry time before the
subject, the last subject a unit names, and the person a pronoun opening a unit means.

Separate from attributions because passages and speakers ask these questions of a unit's text directly,
with no reporting verb to start from.
"""

from __future__ import annotations

import re

from index.text.names import MONTHS, plain
from index.text.phrases.clauses import clause_parts, is_intro
from index.text.phrases.mentions import Mention
from index.text.phrases.noun_phrases import leading_np, parse_np
from index.text.phrases.patterns import ABBREVIATED

# From a word's start only: a try from inside a word ends where the try from its start did.
SENTENCE_BREAK = re.compile(r"(?<!\S)(?P<word>\S+)[.!?][\"”’']?\s+(?=[A-Z\"“‘/])")


def last_sentence_start(before: str) -> int:
    """Where the sentence a verb stands in begins, so that its subject is not read across a full stop
    ("The talks ended on Friday. Lavrov said …", a dateline "YEREVAN, November 10. /TASS/. X said …");
    an abbreviation's full stop ("U.S. Secretary …", "S.P. Velan") ends no sentence."""
    start = 0
    for m in SENTENCE_BREAK.finditer(before):
        word = m.group("word") + "."
        if not ABBREVIATED.match(word) and not re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?", word):
            start = m.end()
    return start


def antecedent_in_unit(outside: str, position: int) -> Mention | None:
    """The person an earlier sentence of the same passage is about, for a "he" or "him" at `position`
    ("Later, President X commented that …. He stressed that …"): the nearest sentence before whose subject
    is a person. A sentence about a place or a body in between does not stop the search; the caller checks
    that the pronoun's gender fits."""
    start = last_sentence_start(outside[:position])
    joined = _joined_clause_subject(outside[start:position])
    if joined is not None:
        return joined
    earlier = outside[:start].strip()
    if not earlier:
        return None
    for sentence in reversed(SENTENCE_SPLIT.split(earlier)):
        found = subject_of(sentence)
        if found is not None and found.kind == "person" and found.name:
            return found
    return None


# ", and he told reporters": a pronoun opening a clause that "and" or "but" joins to the one before it.
JOINED_PRONOUN = re.compile(r",?\s+(?:and|but)\s+(?:(?:he|she)\s+)?$")


def _joined_clause_subject(before: str) -> Mention | None:
    """ "X has been at the Capitol all weekend, and he told reporters …": a "he" opening a clause joined by
    "and" or "but" goes on with the person the sentence opened with, who is nearer than anyone an earlier
    paragraph spoke of; the caller checks that the pronoun's gender fits."""
    joined = JOINED_PRONOUN.search(before)
    if joined is None:
        return None
    found = subject_of(before[: joined.start()].strip())
    return found if found is not None and found.kind == "person" and found.name else None


# "Bogota, Oct 28 (EFE).- ", "Beijing, March 3 (Xinhua) -- ": a wire dateline in title case, with the day's
# date and the agency's credit, before the sentence's own subject.
DATED_CREDIT_DATELINE = re.compile(
    r"^[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+){0,2},\s+(?P<month>[A-Z][a-z]+\.?)\s+\d{1,2}(?:,\s+\d{4})?\s*"
    r"\([^()]{1,40}\)\s*\.?\s*(?:[—–]|--?)\s*(?=[A-Z])"
)


# "19:30: Ostberg takes questions …", "6.40pm GMT - The minister …": a live blog's entry time before its subject.
ENTRY_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?(?::|[—–-])\s+(?=[A-Z])")


def without_dateline(sentence: str) -> str:
    """A sentence without the wire dateline or the live blog's entry time printed before its subject."""
    m = DATED_CREDIT_DATELINE.match(sentence)
    if m and plain(m.group("month")) in MONTHS:
        return sentence[m.end() :]
    timed = ENTRY_TIME.match(sentence)
    return sentence[timed.end() :] if timed else sentence


# Where one sentence of a unit ends and the next begins; not after an initialism ("U.S. Trade Representative")
# nor after a name's middle initial ("Richard C. Shelby"), which US copy prints for most lawmakers.
SENTENCE_SPLIT = re.compile(r"(?<!\b[A-Z]\.[A-Z]\.)(?<!\b[A-Z]\.)(?<=[.!?])\s+(?=[A-Z])")


def subject_of(sentence: str) -> Mention | None:
    """Who a sentence is about: its opening noun phrase, after any intro phrase or an agency's dateline."""
    for i, part in enumerate(clause_parts(without_dateline(sentence))):
        if is_intro(part) and i < 2:
            continue
        return leading_np(part, initial=i == 0)
    return None


HEADLINE_MIN_WORDS = 4


def _headline_case(sentence: str) -> bool:
    """ "Tate Agreed to Tariff Deal With Norland After Long Talks": a headline printed in the body
    capitalises every word but the shortest, so its capitals no longer mark a subject's name."""
    words = [w.strip(",;:.!?") for w in sentence.split()]
    long = [w for w in words if len(w) > 3 and w.isalpha()]
    return len(long) >= HEADLINE_MIN_WORDS and all(w[0].isupper() for w in long)


def last_subject(text: str) -> Mention | None:
    """The subject of the last sentence of a unit that opens with a person: who the text is about when
    the next paragraph says "she said". A unit whose sentences open only with "He …" is about whom that
    "he" points to, so a chain of such paragraphs stays with one person."""
    sentences = [s for s in SENTENCE_SPLIT.split(text.strip()) if not _headline_case(s)]
    subjects = [subject_of(s) for s in reversed(sentences)]
    named = next((s for s in subjects if s is not None and s.kind in {"person", "description"}), None)
    return named or next((s for s in subjects if s is not None and s.kind == "pronoun"), None)


# "Talks moved ahead, with Ana Ruiz, the envoy, giving an update": a clause that introduces a person.
WITH_DOING = re.compile(r",\s+with\s+(?P<who>[A-Z][^;:“”\"]{1,120}?),?\s+(?P<verb>[a-z]{3,}ing)(?![\w-])")


# "Our correspondent spoke to X, a rice farmer …", "The paper interviewed X": the person a reporter talked to.
SPOKE_TO = re.compile(
    r"\b(?:(?:spoke|talked|chatted)\s+(?:to|with)|interviewed|caught\s+up\s+with)\s+"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?=[,.;]|\s+(?:who|as|at|in|on|about|outside)\b)"
)


def spoken_to_person(text: str) -> Mention | None:
    """The person a sentence says the reporter spoke to ("Our correspondent spoke to X, a rice farmer"): the
    one a "she said" in the next paragraph means, whoever spoke before, since the sentence's own subject is
    the reporter, who is no "he" or "she"."""
    for sentence in reversed(SENTENCE_SPLIT.split(text.strip())):
        own = subject_of(sentence)
        if own is not None and (own.kind == "person" or plain(own.text) in {"he", "she", "they"}):
            continue
        for m in reversed(list(SPOKE_TO.finditer(sentence))):
            who = parse_np(m.group("who"))
            if who is not None and who.kind == "person" and who.name:
                return who
    return None


def with_clause_person(text: str) -> Mention | None:
    """The person a "…, with X doing …" clause introduces in a sentence about something else: the one a
    later "he" or "she" may mean, since the sentence's own subject ("The talks") can be no "he"."""
    for sentence in reversed(SENTENCE_SPLIT.split(text.strip())):
        own = subject_of(sentence)
        if own is not None and own.kind in {"person", "pronoun"}:
            continue
        for m in reversed(list(WITH_DOING.finditer(sentence))):
            who = parse_np(m.group("who"))
            if who is not None and who.kind == "person" and who.name:
                return who
    return None

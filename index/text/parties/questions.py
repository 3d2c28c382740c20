"""What a member's question names: the actors (countries, blocs, organisations, people) however it writes
them, and the parties they mean. Read with the alias table's case-folding matcher, since members type "india"
as often as "India"; retrieval favours those parties' passages and the coverage check looks them up."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from index.text.gazetteer import LOWERCASE_WORDS, Match
from index.text.parties.aliases import AliasTable
from index.text.parties.patterns import ARTICLE_BEFORE, TOPIC_BEFORE, VENUE_AFTER, VENUE_BEFORE


@dataclass(frozen=True)
class Actor:
    """An actor a question names: the words as written and the parties they may mean."""

    surface: str
    start: int
    end: int
    parties: tuple[str, ...]


@dataclass(frozen=True)
class Named:
    """What one question names, read in one scan of it: retrieval wants the parties named and the sides
    asked to hear from, the coverage check every actor and person, and each would otherwise scan again."""

    actors: tuple[Actor, ...]  # people excepted (actors)
    people: tuple[Actor, ...]  # known people (people_named)
    parties: tuple[str, ...]  # the parties named, in the order named (in_question)
    sides: tuple[str, ...]  # those the question asks to hear from (sides_in_question)


def named(aliases: AliasTable, question: str) -> Named:
    """The actors, people, parties and sides a question names (see each function below), from one scan.

    Ambiguous names and neutral names are not a party, and neither is a city named as the talks' venue
    ("what did the ELN promise in Havana", "the Doha talks"): the host is not a side, unless the question
    makes it one ("what does Doha say"). A side is a party the question does not name only as the topic
    or the other side ("what did Robb say about Canada"): a Canadian minister's words are not what was
    asked for, though Canada still belongs to the names check and the answer's grouping."""
    found = aliases.question_matcher.find(question)
    capitals = aliases.table.capitals_only
    actors = [(m, a) for m in found if (a := _actor(question, m, capitals)) is not None]
    people = tuple(p for m in found if (p := _person(question, m)) is not None)
    singles = [(m, a) for m, a in actors if len(a.parties) == 1]
    not_venues = [a for m, a in singles if not (m.alias.form == "place" and _venue(question, a.start, a.end))]
    parties = tuple(dict.fromkeys([a.parties[0] for a in not_venues] + [p.parties[0] for p in people]))
    heard = {a.parties[0] for a in [*(a for _, a in singles), *people] if not TOPIC_BEFORE.search(question[: a.start])}
    return Named(tuple(a for _, a in actors), people, parties, tuple(p for p in parties if p in heard))


def actors(aliases: AliasTable, question: str) -> list[Actor]:
    """Actors a question names however it writes them ("EU", "Beijing", "Sudanese", "india"), people
    excepted: a person is looked up by name, not through the party they belong to."""
    return list(named(aliases, question).actors)


def in_question(aliases: AliasTable, text: str) -> list[str]:
    """Parties a question names, in the order named, venues excepted (named)."""
    return list(named(aliases, text).parties)


def sides_in_question(aliases: AliasTable, text: str) -> list[str]:
    """The parties a question asks to hear from: in_question less those named only as the topic (named)."""
    return list(named(aliases, text).sides)


def people_named(aliases: AliasTable, question: str) -> list[Actor]:
    """Known people a question names, with `surface` the name as the gazetteer writes it."""
    return list(named(aliases, question).people)


def _actor(question: str, m: Match, capitals: AbstractSet[str]) -> Actor | None:
    """The actor a match names, as written, unless it is a person or names no party, or it reads as a
    word: an everyday word in lower case ("us", "who"), unless a short one after "the" ("the un"), a
    short upper-case name written otherwise ("Us"), unless after "the" ("the Eu"), or an acronym the
    gazetteer lists as spelled like a word (`capitals`: "the ups and downs") written other than in capitals."""
    written = question[m.start : m.end]
    if m.alias.form in ("person", "surname", "none") or not m.alias.parties:
        return None
    if m.alias.text in capitals and written != m.alias.text:
        return None
    if (
        written.islower()
        and written.casefold() in LOWERCASE_WORDS
        and not (len(written) <= 3 and ARTICLE_BEFORE.search(question[: m.start]))
    ):
        return None
    if (
        m.alias.text.isupper()
        and len(m.alias.text) <= 3
        and not written.isupper()
        and not ARTICLE_BEFORE.search(question[: m.start])
    ):
        return None
    return Actor(written, m.start, m.end, m.alias.parties)


def _person(question: str, m: Match) -> Actor | None:
    """The known person a match names, as the gazetteer writes them. Members type "netanyahu" as often as
    "Netanyahu", so case does not matter, except for a surname that is also an English word ("is there a
    truss in the deal")."""
    written = question[m.start : m.end]
    if m.alias.form not in ("person", "surname") or not m.alias.parties:
        return None
    if written.islower() and written in LOWERCASE_WORDS:
        return None
    return Actor(m.alias.text, m.start, m.end, m.alias.parties)


def _venue(text: str, start: int, end: int) -> bool:
    """A place named where the talks happen: "in Havana", "at the Doha talks", "the Istanbul round"."""
    return bool(VENUE_BEFORE.search(text[:start]) or VENUE_AFTER.match(text[end:]))

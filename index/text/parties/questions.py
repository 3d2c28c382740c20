"""What a member's question names: the actors (countries, blocs, organisations, people) however it writes
them, and the parties they mean. Read with the alias table's case-folding matcher, since members type "india"
as often as "India"; retrieval favours those parties' passages and the coverage check looks them up."""

from __future__ import annotations

from dataclasses import dataclass

from index.text.gazetteer import LOWERCASE_WORDS
from index.text.parties.aliases import AliasTable
from index.text.parties.patterns import ARTICLE_BEFORE, TOPIC_BEFORE, VENUE_AFTER, VENUE_BEFORE


@dataclass(frozen=True)
class Actor:
    """An actor a question names: the words as written and the parties they may mean."""

    surface: str
    start: int
    end: int
    parties: tuple[str, ...]


def actors(aliases: AliasTable, question: str) -> list[Actor]:
    """Actors a question names however it writes them ("EU", "Beijing", "Sudanese", "india"), people
    excepted: a person is looked up by name, not through the party they belong to."""
    out = []
    for m in aliases.question_matcher.find(question):
        written = question[m.start : m.end]
        if m.alias.form in ("person", "surname", "none") or not m.alias.parties:
            continue
        if (
            written.islower()
            and written.casefold() in LOWERCASE_WORDS
            and not (len(written) <= 3 and ARTICLE_BEFORE.search(question[: m.start]))
        ):
            continue
        if (
            m.alias.text.isupper()
            and len(m.alias.text) <= 3
            and not written.isupper()
            and not ARTICLE_BEFORE.search(question[: m.start])
        ):
            continue
        out.append(Actor(written, m.start, m.end, m.alias.parties))
    return out


def in_question(aliases: AliasTable, text: str) -> list[str]:
    """Parties a question names, in the order named; ambiguous names and neutral names are not a party,
    and neither is a city named as the talks' venue ("what did the ELN promise in Havana", "the Doha
    talks"): the host is not a side, unless the question makes it one ("what does Doha say")."""
    places = {(m.start, m.end) for m in aliases.question_matcher.find(text) if m.alias.form == "place"}
    named = [
        a.parties[0]
        for a in actors(aliases, text)
        if len(a.parties) == 1 and not ((a.start, a.end) in places and _venue(text, a.start, a.end))
    ]
    people = [p.parties[0] for p in people_named(aliases, text)]
    return list(dict.fromkeys(named + people))


def sides_in_question(aliases: AliasTable, text: str) -> list[str]:
    """The parties a question asks to hear from (in_question), less those it names only as the topic or
    the other side ("what did Robb say about Canada"): a Canadian minister's words are not what was asked
    for, though Canada still belongs to the names check and the answer's grouping."""
    named = [(a.start, a.parties[0]) for a in actors(aliases, text) if len(a.parties) == 1]
    named += [(p.start, p.parties[0]) for p in people_named(aliases, text)]
    sides = {party for start, party in named if not TOPIC_BEFORE.search(text[:start])}
    return [p for p in in_question(aliases, text) if p in sides]


def people_named(aliases: AliasTable, question: str) -> list[Actor]:
    """Known people a question names, with `surface` the name as the gazetteer writes it. Members type
    "netanyahu" as often as "Netanyahu", so case does not matter, except for a surname that is also
    an English word ("is there a truss in the deal")."""
    out = []
    for m in aliases.question_matcher.find(question):
        written = question[m.start : m.end]
        if m.alias.form not in ("person", "surname") or not m.alias.parties:
            continue
        if written.islower() and written in LOWERCASE_WORDS:
            continue
        out.append(Actor(m.alias.text, m.start, m.end, m.alias.parties))
    return out


def _venue(text: str, start: int, end: int) -> bool:
    """A place named where the talks happen: "in Havana", "at the Doha talks", "the Istanbul round"."""
    return bool(VENUE_BEFORE.search(text[:start]) or VENUE_AFTER.match(text[end:]))

"""Whether the sources in scope cover an actor or a name a question uses.

An actor the gazetteer knows is covered when any passage in scope holds it as its party or mentions it
under any of its names: a question about "Beijing" is covered by a text that says "China", one about
the "EU" by "European Union", one about "India-Pakistan" talks by texts naming both. Any other name is
looked up as written, then by its surname ("Kelly Ortberg" → "Ortberg"), then, for a first name alone,
through the known people who have it ("Boris" → "Johnson"). A known person counts however the question
writes them ("netanyahu"), since members rarely capitalise, and a name counts as covered by another
spelling of it ("Zelenskyy" by "Zelensky").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from index.storage import party_maps
from index.storage.store import Store
from index.text.gazetteer import fold_name, spelled_otherwise
from index.text.parties import Parties
from index.text.parties.questions import Actor, Named

# Capitalised words a question uses that name no one: titles, days, months, and the words that open a
# request ("Tell", "Explain"), which are capitalised because they come first.
NOT_NAMES = set(
    """
i a an and are as at be but by can could did do does for from had has have how if in into is it its of on or
so than that the their them then there these they this to was we were what when where which who whom whose
why will with would you your about any after again all also am any anyone anything based before between both
compare describe did does during each either explain find give given has hey hi is latest let list many may
me more most much my neither new news no not now ok okay only other our over please recent regarding same say
says said should show since some summarise summarize summary tell thanks today tomorrow under until update
updates versus vs what's whats where's who's yes yesterday
ceo cfo coo fm dfm pm vp mp mep sg dg potus chair chairman chief deputy director envoy foreign general governor
head leader leaders minister ministers mr mrs ms dr president presidents prime secretary senator spokesman
spokesperson spokeswoman premier chancellor ambassador commissioner negotiator negotiators official officials
king queen prince sheikh pope
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december
""".split()
)
WORD = re.compile(r"[A-Za-z][\w'’.&-]*")


def name_phrases(question: str) -> list[tuple[str, int, int]]:
    """(phrase, start, end): runs of capitalised words a question uses as names, a possessive ending a
    run ("Boeing’s CEO" → "Boeing"); none when it capitalises most words anyway (Title Case). Single
    letters ("plan B", "I"), "Q&A"-like tokens and a sentence's first word, when it is an ordinary
    word, are not names."""
    words = [(m.group(0), m.start(), m.end()) for m in WORD.finditer(question)]
    flags = [_is_name(w, question, start) for w, start, _ in words]
    later = [w for w, _, _ in words[1:] if not w.isupper()]
    if len(words) > 3 and sum(w[:1].isupper() for w in later) > len(words[1:]) / 2:
        return []
    phrases: list[list[tuple[str, int, int]]] = [[]]
    for (word, start, _end), is_name in zip(words, flags, strict=True):
        possessive = re.search(r"['’]s?$", word)
        bare = word[: possessive.start()] if possessive else word
        adjacent = phrases[-1] and question[phrases[-1][-1][2] : start].strip() == ""
        if not is_name:
            phrases.append([])
            continue
        if not adjacent:
            phrases.append([])
        phrases[-1].append((bare.rstrip(".-"), start, start + len(bare.rstrip(".-"))))
        if possessive:
            phrases.append([])
    out = []
    for p in phrases:
        if p:
            out.append((" ".join(w for w, _, _ in p), p[0][1], p[-1][2]))
    return list({p[0]: p for p in out}.values())


def _is_name(word: str, question: str, start: int) -> bool:
    bare = re.sub(r"['’]s?$", "", word).rstrip(".-")
    if not bare[:1].isupper() or len(bare) < 2 or "&" in bare:
        return False
    if bare.casefold() in NOT_NAMES:
        return False
    first = not question[:start].strip() or question[:start].rstrip()[-1:] in '.?!:"“'
    return not (first and bare[1:].islower() and len(bare) > 1 and _ordinary(bare))


def _ordinary(word: str) -> bool:
    """A sentence's first word that is an ordinary word written with a capital, not a name."""
    return (
        word.casefold() in NOT_NAMES
        or word.casefold().endswith(("ing", "ly", "ed"))
        or word.casefold()
        in {
            "whats",
            "tell",
            "explain",
            "summarise",
            "summarize",
            "give",
            "show",
            "list",
            "compare",
            "describe",
            "any",
            "has",
            "have",
            "please",
            "so",
            "and",
            "but",
            "also",
            "besides",
            "regarding",
            "recently",
            "overall",
            "just",
            "quick",
            "question",
            "anyone",
            "someone",
            "everyone",
            "people",
            "folks",
            "guys",
        }
    )


@dataclass(frozen=True)
class Coverage:
    """What the names check found in one question: the actors and names nothing in scope covers, as the
    question writes them, and whether it names anyone at all (an actor, a person or a name, each read
    as one), which with nothing missing makes it a question about the sources in scope."""

    missing: list[str]
    names: bool


def check(
    question: str, named: Named, store: Store, parties: Parties, guild_id: int | None, mapped: AbstractSet[str]
) -> Coverage:
    """The names check over what `named` read of the question (Parties.named, scanned once by the caller)."""
    held = party_maps.parties_in_scope(store, guild_id) | set(mapped)
    missing: list[str] = []
    taken: list[tuple[int, int]] = []
    for actor in named.actors:
        taken.append((actor.start, actor.end))
        if _actor_covered(actor, store, parties, guild_id, held):
            continue
        shown = actor.surface if actor.surface[:1].isupper() or len(actor.parties) > 1 else actor.parties[0]
        missing.append(shown)
    for phrase, start, end in name_phrases(question):
        if any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        if not _name_covered(phrase, store, parties, guild_id):
            missing.append(phrase)
    for person in named.people:
        if any(a < person.end and person.start < b for a, b in taken):
            continue
        taken.append((person.start, person.end))
        if not _name_covered(person.surface, store, parties, guild_id):
            missing.append(person.surface)
    return Coverage(list(dict.fromkeys(missing)), bool(taken))


def _actor_covered(actor: Actor, store: Store, parties: Parties, guild_id: int | None, held: set[str]) -> bool:
    """An actor is covered by any of its parties held or mentioned under any of its names in scope, or,
    for a country, by one of its political parties (_countrys_parties)."""
    return any(
        p in held or party_maps.mentions_any(store, parties.aliases_of(p), guild_id) for p in actor.parties
    ) or any(
        p in held or party_maps.mentions_any(store, parties.own_names(p), guild_id)
        for p in _countrys_parties(actor.parties, parties)
    )


def _countrys_parties(named: tuple[str, ...], parties: Parties) -> list[str]:
    """A country's political parties stand for it: an article on Dutch coalition talks names the VVD and
    D66 and never the Netherlands. They count by their own names only: a label several countries' parties
    share ("Conservatives") says nothing of which country is meant. A party does not stand for its
    country the other way round: a question on the SPD is not answered by quotes of Germany's government."""
    related = [p for p, countries in parties.table.political.items() if any(c in countries for c in named)]
    return [p for p in related if p not in named]


def _name_covered(name: str, store: Store, parties: Parties, guild_id: int | None) -> bool:
    """An acronym also counts as the start of a longer code ("COP" is covered by "COP29", "G7" by "G7's")."""
    if party_maps.mentions_any(store, [name], guild_id, prefix=name.isupper() and " " not in name):
        return True
    words = name.split()
    if len(words) > 1:
        return party_maps.mentions_any(store, [words[-1]], guild_id)
    surnames = [full.split()[-1] for full in parties.known_people(name)]
    if surnames and party_maps.mentions_any(store, surnames, guild_id):
        return True
    return _spelled_otherwise_in_scope(words[-1], store, guild_id)


def _spelled_otherwise_in_scope(word: str, store: Store, guild_id: int | None) -> bool:
    """A name the sources print in another transliteration: "Zelenskyy" is covered by an article that
    writes "Zelensky", "Araqchi" by one that writes "Araghchi". The store's terms are stemmed, which changes
    a word's last letters at most, within what `spelled_otherwise` allows."""
    folded = fold_name(word)
    if len(folded) < 5 or not folded.isalpha():
        return False
    alike = [t for t in party_maps.terms_like(store, folded[:2]) if spelled_otherwise(folded, t)]
    return bool(alike) and party_maps.mentions_any(store, alike, guild_id)

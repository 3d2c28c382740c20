"""Moderators' party mappings: "in this server, NAME speaks for PARTY".

The splitter reads a party from what the text says; a moderator who knows better (an official the text
never titles, an analyst who is in fact a government adviser, a union the text abbreviates) maps the
name once. A mapping names a speaker as printed (or only their surname) or a party as stored, and
applies to what its server sees: that server's own passages are relabelled in the store at once, and
the shipped and command-line sources, which every server shares, are relabelled as that server reads
them. Guild None is every server (the command line without --guild). Nothing is re-embedded: the model
reads a passage's speaker and text, never its party.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final, Literal

from index.errors import InputError
from index.ids import check_actor, check_guild_id
from index.limits import LIMITS
from index.records import Passage
from index.storage import party_maps
from index.storage.party_maps import Mapping
from index.storage.store import Store
from index.text.characters import has_lone_surrogate, unprintable
from index.text.gazetteer import fold_name
from index.text.parties import Parties

MAX_NAME_CHARS = LIMITS.name_chars
NO_PARTY = {"none", "no party", "-", "nobody"}


class _Keep(enum.Enum):
    """No mapping applies: a sentinel apart from None, which is a mapping to no party."""

    KEEP = enum.auto()


_KEEP: Final = _Keep.KEEP


@dataclass(frozen=True)
class PartyChange:
    """What a set or a removal did, for the reply and the audit."""

    guild_id: int | None
    name: str
    party: str | None  # after the change; None: no party
    previous: str | None
    had_mapping: bool
    passages: int  # passages in the server's view whose party this mapping decides
    relabelled: int  # rows changed in the store

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def _clean(text: str, what: str, example: str) -> str:
    text = re.sub(r"\s+", " ", (text or "").strip())
    if not text:
        raise InputError(f"The {what} is empty: give one, e.g. {example}.")
    if has_lone_surrogate(text):  # `parley party set` reads the terminal's bytes as they come
        raise InputError(f"The {what} holds bytes that are not UTF-8 text: check the terminal's encoding.")
    if len(text) > MAX_NAME_CHARS:
        raise InputError(f"The {what} is {len(text)} characters long; the limit is {MAX_NAME_CHARS}.")
    # a party label is shown on every citation of the speaker: "\u202eaissuR" would read as "Russia"
    if any(unprintable(ch) for ch in text) or "`" in text or "@" in text:
        raise InputError(f"The {what} has characters a name does not: give it as printed, e.g. {example}.")
    return text


def check_name(name: str) -> str:
    return _clean(name, "name", "`Dmitry Peskov`")


def check_party(party: str, parties: Parties) -> str | None:
    """A party as the moderator typed it, under its usual name when the gazetteer knows it ("EU" →
    "European Union"); "none" means the name speaks for no party."""
    party = _clean(party, "party", "`Russia`, `European Union` or `none`")
    if party.casefold() in NO_PARTY:
        return None
    return parties.canonical(party) or party


def _matches(name: str, speaker: str | None, party: str | None) -> bool:
    key = fold_name(name)
    if speaker and (fold_name(speaker) == key or (" " not in key and fold_name(speaker).split()[-1:] == [key])):
        return True
    return party is not None and fold_name(party) == key


def _decide(found: Iterable[Mapping], speaker: str | None, party: str | None) -> str | None | Literal[_Keep.KEEP]:
    """The party the first matching mapping gives (a speaker's mapping before a party's), else _KEEP."""
    found = list(found)
    for by_speaker in (True, False):
        for m in found:
            if by_speaker and speaker and _matches(m.name, speaker, None):
                return m.party
            if not by_speaker and _matches(m.name, None, party):
                return m.party
    return _KEEP


class View:
    """One server's reading of the passages' parties: its own mappings, then those for every server.

    The store already holds each passage's party as its owner sees it, and applying a mapping twice
    changes nothing, so the view applies to every passage alike; it is also what keeps a mapping true
    for passages a later build or upload stores with the splitter's party."""

    def __init__(self, own: list[Mapping], every: list[Mapping]) -> None:
        self.own = own
        self.every = every

    def __bool__(self) -> bool:
        return bool(self.own or self.every)

    def decide(self, speaker: str | None, party: str | None) -> str | None:
        for found in (self.own, self.every):
            decided = _decide(found, speaker, party) if found else _KEEP
            if decided is not _KEEP:
                return decided
        return party

    def passage(self, passage: Passage) -> Passage:
        party = self.decide(passage.speaker, passage.party)
        return passage if party == passage.party else dataclasses.replace(passage, party=party)

    def apply(self, passages: dict[int, Passage]) -> dict[int, Passage]:
        return {pid: self.passage(p) for pid, p in passages.items()} if self else passages

    def parties(self) -> set[str]:
        return {m.party for m in self.own + self.every if m.party}


def view(store: Store, guild_id: int | None) -> View:
    own = party_maps.mappings(store, guild_id) if guild_id else []
    return View(own, party_maps.mappings(store, None))


def passages(
    store: Store,
    scope: int | None,
    guild_id: int | None,
    *,
    speaker: str | None = None,
    party: str | None = None,
    source_id: int | None = None,
) -> list[Passage]:
    """The passages `scope` holds, labelled as `guild_id` sees them. `party` filters on that label, so a
    listing by party agrees with the answers the guild gets ("none": passages with no party)."""
    seen = view(store, guild_id)
    if not seen:
        return store.passages(scope, speaker=speaker, party=party, source_id=source_id)
    rows = [seen.passage(p) for p in store.passages(scope, speaker=speaker, source_id=source_id)]
    wanted = None if party is None else ("" if party.lower() == "none" else party.casefold())
    return [p for p in rows if wanted is None or (p.party or "").casefold() == wanted]


def _recompute(store: Store, guild_id: int | None) -> tuple[int, int]:
    """Store every passage's party as its owner sees it: (passages a mapping decides, rows changed)."""
    every = party_maps.mappings(store, None)
    if guild_id:
        owners: list[int | None] = [guild_id]
    else:
        owners = [None] + [
            r[0] for r in store.db.execute("SELECT DISTINCT guild_id FROM passages WHERE guild_id IS NOT NULL")
        ]
    decided = 0
    changes = []
    for owner in owners:
        own = party_maps.mappings(store, owner) if owner else []
        for pid, speaker, stored, original in party_maps.owned_passages(store, owner):
            party = _decide(own, speaker, original)
            if party is _KEEP:
                party = _decide(every, speaker, original)
            if party is not _KEEP:
                decided += 1
            new = original if party is _KEEP else party
            if new != stored:
                changes.append((pid, new, original))
    return decided, party_maps.relabel(store, changes)


def _refuse(
    store: Store, action: str, error: InputError, guild_id: int | None, user_id: int | None, detail: str | None
) -> InputError:
    store.audit(action, f"refused: {error}", guild_id=guild_id, user_id=user_id, detail=(detail or "")[:200])
    return error


def set_party(
    store: Store, parties: Parties, guild_id: int | None, name: str, party: str, user_id: int | None
) -> PartyChange:
    try:
        name = check_name(name)
        target = check_party(party, parties)
    except InputError as e:
        raise _refuse(store, "party set", e, guild_id, user_id, name) from None
    party_maps.ensure_tables(store)
    with store.transaction():
        old = party_maps.put(store, guild_id, name, target, user_id)
        _, relabelled = _recompute(store, guild_id)
        change = PartyChange(
            guild_id,
            name,
            target,
            old.party if old else None,
            old is not None,
            _count_for(store, guild_id, name),
            relabelled,
        )
        store.audit(
            "party set",
            "ok",
            guild_id=guild_id,
            user_id=user_id,
            detail=f"{name} → {target or 'no party'} ({change.passages} passages)",
        )
    return change


def remove_party(store: Store, guild_id: int | None, name: str, user_id: int | None) -> PartyChange:
    try:
        name = check_name(name)
    except InputError as e:
        raise _refuse(store, "party remove", e, guild_id, user_id, name) from None
    party_maps.ensure_tables(store)
    old = party_maps.get(store, guild_id, name)
    if old is None:
        where = "this server" if guild_id else "every server"
        error = InputError(
            f"There is no party mapping for “{name}” in {where}; `/party list` (or `parley party list`) shows them."
        )
        raise _refuse(store, "party remove", error, guild_id, user_id, name)
    with store.transaction():
        passages = _count_for(store, guild_id, old.name)
        party_maps.delete(store, guild_id, old.name)
        _, relabelled = _recompute(store, guild_id)
        store.audit(
            "party remove",
            "ok",
            guild_id=guild_id,
            user_id=user_id,
            detail=f"{old.name} (was {old.party or 'no party'}; {passages} passages)",
        )
    return PartyChange(guild_id, old.name, None, old.party, True, passages, relabelled)


def _count_for(store: Store, guild_id: int | None, name: str) -> int:
    """Passages in the guild's view whose speaker or original party the name matches."""
    where = "1" if not guild_id else "(p.guild_id IS NULL OR p.guild_id = ?)"
    params = [] if not guild_id else [guild_id]
    rows = store.db.execute(
        f"""SELECT p.speaker, CASE WHEN o.passage_id IS NULL THEN p.party ELSE o.party END
                                FROM passages p LEFT JOIN party_original o ON o.passage_id = p.id
                                WHERE {where}""",
        params,
    )
    return sum(_matches(name, speaker, party) for speaker, party in rows)


def list_parties(store: Store, guild_id: int | None) -> list[tuple[Mapping, int]]:
    """A guild's mappings (or every server's), each with the passages it decides in that view."""
    party_maps.ensure_tables(store)
    return [(m, _count_for(store, guild_id, m.name)) for m in party_maps.mappings(store, guild_id)]


def held(store: Store, source_ids: Iterable[int], seen: View) -> Counter:
    """How many passages of these sources each party holds, as the guild sees them. Counted by SQLite per
    speaker and party: the question already read the rows it cites, and this needs only their tally."""
    ids = sorted(set(source_ids))
    if not ids:
        return Counter()
    marks = ",".join("?" * len(ids))
    rows = store.db.execute(
        f"""SELECT speaker, party, COUNT(*) FROM passages WHERE source_id IN ({marks})
                                GROUP BY speaker, party""",
        ids,
    )
    counts: Counter = Counter()
    for speaker, party, n in rows:
        party = seen.decide(speaker, party)
        if party:
            counts[party] += n
    return counts


@dataclass(frozen=True)
class PartyMaps:
    """One knowledge base's party mappings. `ready` stores the shipped corpus first, so that a listing on a
    new data folder counts the passages each mapping decides."""

    store: Store
    parties: Parties
    ready: Callable[[], None]

    def set(self, name: str, party: str, *, guild_id: int | None = None, user_id: int | None = None) -> PartyChange:
        """Map a speaker's or a party's name to a party (or "none") for one guild, or every guild."""
        guild_id, user_id = check_actor(guild_id, user_id)
        return set_party(self.store, self.parties, guild_id, name, party, user_id)

    def remove(self, name: str, *, guild_id: int | None = None, user_id: int | None = None) -> PartyChange:
        guild_id, user_id = check_actor(guild_id, user_id)
        return remove_party(self.store, guild_id, name, user_id)

    def mappings(self, guild_id: int | None = None) -> list[tuple[Mapping, int]]:
        guild_id = check_guild_id(guild_id)
        self.ready()
        return list_parties(self.store, guild_id)

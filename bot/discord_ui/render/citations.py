"""A citation's field: "[n] party · date · speaker, role" over its quote and the pointer to its source.

Apart from the answer embed because comparisons and timelines show the same speaker, quote and role and
share a line's room between them the same way (``speaker_of``, ``quote_and_role``, ``fitting_ref``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.api import NEUTRAL, attribution

from .discord_limits import FIELD_NAME_LIMIT, FIELD_VALUE_LIMIT, MIN_QUOTE
from .references import PUBLISHER_CHARS, UNLIMITED, source_ref
from .text import ELLIPSIS, cut, inert

if TYPE_CHECKING:
    from index.api import Citation, Passage, Source


# What identifies a citation is kept whatever the budget: its number, party, date, speaker, the pointer
# to its source, and that source's link, opening words and publisher. What is cut is the long tail: a
# role's tail, a quote's end, the rest of a long title, the source's date in the list.
PARTY_CHARS = 48  # a citation's name cuts a longer party to its opening words: its group shows it whole
SPEAKER_CHARS = 64
QUOTE_FLOOR = MIN_QUOTE // 2  # the least of a quote a citation shows, counted in its core
ROLE_LEAST = 12  # a role cut shorter than this says nothing, so it is left out instead


def speaker_of(passage: Passage, source: Source) -> tuple[str, str]:
    """(who, ", role"): the speaker's name is part of what identifies a citation, a role is its tail."""
    if passage.speaker:
        return cut(inert(passage.speaker), SPEAKER_CHARS), inert(f", {passage.role}") if passage.role else ""
    return cut(inert(attribution(passage, source)), SPEAKER_CHARS + PUBLISHER_CHARS), ""


def quote_and_role(room: int, quote: str, role: str) -> tuple[str, str]:
    """The room a line leaves after its core, shared: the quote up to twice a fair length first, then the
    role, then the rest of the quote. A role cut to a stub says nothing, so it is left out instead."""
    first = min(len(quote), max(QUOTE_FLOOR, room), 2 * MIN_QUOTE)
    role_room = min(len(role), room - first)
    if role_room < min(len(role), ROLE_LEAST):
        role_room = 0
    return cut(quote, max(QUOTE_FLOOR, room - role_room)) or ELLIPSIS, cut(role, role_room)


def fitting_ref(source: Source, number: int, room: int, text: int) -> str:
    """The pointer to a source with more of its title only when the ``text`` (quote and role) still gets a fair
    length of ``room`` beside it: the title is in the source list already, the quote is nowhere else."""
    core, full = source_ref(source, number, 0), source_ref(source, number)
    return full if room - len(full) >= min(text, 3 * MIN_QUOTE) else core


def _citation_head(c: Citation) -> str:
    party = cut(inert(c.passage.party or NEUTRAL), PARTY_CHARS)
    return f"[{c.n}] {party} · {inert(c.passage.when)} · "


def citation_core(c: Citation, number: int) -> int:
    who, _ = speaker_of(c.passage, c.source)
    return len(_citation_head(c) + who) + len(source_ref(c.source, number, 0)) + len("> \n") + QUOTE_FLOOR


def citation_want(c: Citation, number: int, quote: int = UNLIMITED) -> int:
    who, role = speaker_of(c.passage, c.source)
    name = min(FIELD_NAME_LIMIT, len(_citation_head(c) + who + role))
    ref = len(source_ref(c.source, number))
    return name + min(FIELD_VALUE_LIMIT, ref + len("> \n") + min(quote, len(inert(c.passage.shown_text))))


def citation_field(c: Citation, budget: int, number: int) -> tuple[str, str]:
    """A citation as (field name, field value): "[n] party · date · speaker, role", then the quote and which
    source (``number`` in the message's source list). A tight budget cuts the quote's end and the role's
    tail, never the party's opening words, the date, the speaker or the source."""
    who, role = speaker_of(c.passage, c.source)
    head = _citation_head(c) + who
    quote = inert(c.passage.shown_text)
    ref = fitting_ref(c.source, number, budget - len(head) - len("> \n"), len(quote) + len(role))
    room = budget - len(head) - len(ref) - len("> \n")
    room = min(room, FIELD_VALUE_LIMIT - len(ref) - len("> \n") + len(role))
    quote, role = quote_and_role(room, quote, role)
    name = cut(head + role, FIELD_NAME_LIMIT)
    value = f"> {quote}\n{ref}"
    if len(name) + len(value) > budget:
        name = cut(name, max(len(f"[{c.n}] …"), budget // 3))
        quote = cut(quote, budget - len(name) - len(ref) - len("> \n"))
        value = f"> {quote}\n{ref}"
        value = cut(value, min(FIELD_VALUE_LIMIT, budget - len(name))) or ELLIPSIS
    return name, value

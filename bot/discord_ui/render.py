"""Discord rendering: answers, comparisons and source listings as embeds that always fit.

Discord rejects a whole message when one embed breaks a limit, so every piece of text is cut to a
budget before it is placed, at a word boundary and marked with "…". Each citation first gets what
identifies it (number, party, date, speaker, the pointer into the numbered source list, and there the
source's link, opening words and publisher), then what is left is shared (bot/discord_ui/budget.py), so
cutting shortens quotes, roles and long titles but never drops a date, a speaker or a source. Text that
comes from sources or users is shown inert: markdown is escaped and mentions get a zero-width space,
because a quote is data, not formatting and not a ping. Every send also carries ``NO_PINGS`` as a second
line of defence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

import discord
from discord.utils import escape_mentions

from index.api import NEUTRAL, attribution, compose_lead, count, display_published, quotes_by_speaker

from .budget import core_first

if TYPE_CHECKING:
    from index.api import (
        AddReport,
        Answer,
        BuildReport,
        Citation,
        Comparison,
        Complaint,
        Passage,
        RemoveReport,
        Source,
        Timeline,
    )

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
FIELDS_LIMIT = 25
MESSAGE_LIMIT = 2000
URL_LIMIT = 2048

ELLIPSIS = "…"
NO_PINGS = discord.AllowedMentions.none()
ANSWER_COLOUR = discord.Colour.blurple()
QUIET_COLOUR = discord.Colour.light_grey()
SLACK = 16  # a few characters of headroom under each total, so rounding never tips a message over
MIN_QUOTE = 80
LEAD_FLOOR = 160  # the lead keeps at least this much even when the citations want every character
NO_CLAIMS = "Parley quotes its sources; it adds no claims of its own."
_SPACE = re.compile(r"\s+")


# text ------------------------------------------------------------------------------------------


def one_line(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


# Discord's own autolink rule: what it matches is one link showing its own target, so it stays whole.
_BARE_URL = r"https?://[^\s<]+[^<.,:;\"')\]\s]"
_MARKUP = r"\]\(?|[\\*_~`|\[<]"  # inline markup, masked links, <@mentions>, <t:timestamps>, <https://…> links
_LINE_START = r"^(?:[#>+-]|\d+(?=[.)]))"  # headings, quotes, lists, "-# " subtext: only at the start of a line
_INERT = re.compile(f"(?P<url>{_BARE_URL})|(?P<markup>{_MARKUP})|(?P<start>{_LINE_START})", re.IGNORECASE)
_URL_BRACKETS = str.maketrans({"(": "%28", ")": "%29", "[": "%5B", "]": "%5D"})
_CITATION_MARK = re.compile(r"\\\[(\d+)\\\]")


def _escape(match: re.Match[str]) -> str:
    if match.group("url"):
        return match.group("url").translate(_URL_BRACKETS)
    if match.group("markup"):
        return "".join("\\" + ch for ch in match.group("markup"))
    start = match.group("start")
    return start + "\\" if start[0].isdigit() else "\\" + start


def inert(text: str | None) -> str:
    """Source or user text, shown as written: no markdown takes effect and no mention can ping.

    Every markup character is escaped on its own. discord.py's ``escape_markdown`` is not enough: its
    pattern for a masked link spans from a line's first "[" to its last ")", so it escapes only the
    first bracket and a second ``[label](https://…)`` on the line stayed a live, hidden link. Discord
    finds a masked link's end by the characters "](" whatever backslashes precede them, so a "(" after
    "]" is escaped too and brackets inside bare links are percent-encoded: inert text never holds "](",
    and no "[" that Parley places next to it can be closed into a link by a source.
    """
    return escape_mentions(_INERT.sub(_escape, one_line(text)))


def inert_citing(text: str | None) -> str:
    """``inert``, with the citation numbers "[n]" that Parley's own lead places left readable as such."""
    return _CITATION_MARK.sub(r"[\1]", inert(text))


def cut(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, cut at a word boundary with "…" when it must be cut."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    room = limit - len(ELLIPSIS)
    head = text[: room + 1]
    space = max(head.rfind(" "), head.rfind("\n"))
    head = head[:space] if space >= room // 2 else text[:room]
    head = head.rstrip()
    while head.endswith("\\"):
        head = head[:-1]
    return head + ELLIPSIS


def message_text(text: str) -> str:
    return cut(text, MESSAGE_LIMIT)


def linkable(url: str | None) -> str | None:
    """A URL safe to put in a masked link or an embed's url, or None."""
    if not url or not re.match(r"https?://[^\s]+$", url.strip(), re.IGNORECASE):
        return None
    url = url.strip().replace("(", "%28").replace(")", "%29")
    return url if len(url) <= URL_LIMIT else None


def _label(text: str, limit: int) -> str:
    """A masked link's label: Discord ends the label at an unbalanced bracket even when it is escaped,
    which would show the link as raw text, so brackets in a title read as parentheses there."""
    return cut(inert(text).replace("\\[", "\\(").replace("\\]", "\\)"), limit)


# citations -------------------------------------------------------------------------------------

# What identifies a citation is kept whatever the budget: its number, party, date, speaker, the pointer
# to its source, and that source's link, opening words and publisher. What is cut is the long tail: a
# role's tail, a quote's end, the rest of a long title, the source's date in the list.
LABEL_WORDS = 5  # a title's opening words, enough to recognise it, kept however tight the room…
LABEL_CORE = 40  # …unless they are longer than this
LABEL_MAX = 150
PUBLISHER_CHARS = 64
PARTY_CHARS = 48  # a citation's name cuts a longer party to its opening words: its group shows it whole
PARTY_HEADING_CHARS = 128
SPEAKER_CHARS = 64
QUOTE_FLOOR = MIN_QUOTE // 2  # the least of a quote a citation shows, counted in its core
ROLE_LEAST = 12  # a role cut shorter than this says nothing, so it is left out instead
SOURCE_REF_CHARS = 110
_UNLIMITED = 10**6


def _opening(title: str) -> int:
    """How much of a title is kept however tight the room: its first words, up to ``LABEL_CORE``."""
    words = title.split(" ")
    return min(len(title), LABEL_CORE, len(" ".join(words[:LABEL_WORDS])) + len(ELLIPSIS))


def _publisher(source: Source) -> str:
    return cut(inert(source.publisher), PUBLISHER_CHARS) if source.publisher else ""


def list_line(number: int, source: Source, limit: int, *, linked: bool = True) -> str:
    """ "1. [title](url) · publisher · date" within ``limit`` where it can be: the link, the title's opening
    words and the publisher always; then the rest of the title, then the date. Discord counts a masked
    link's label and its URL both, so a long link leaves less of the title, never less of the publisher."""
    url = linkable(source.url) if linked else None
    title = _label(source.title, LABEL_MAX) if url else cut(inert(source.title), LABEL_MAX)
    details = [d for d in (_publisher(source), inert(display_published(source.date))) if d]

    def line(label: str, shown: list[str]) -> str:
        tail = "".join(f" · {d}" for d in shown)
        return f"{number}. [{label}]({url}){tail}" if url else f"{number}. {label}{tail}"

    whole = line(title, details)
    if len(whole) <= limit:
        return whole
    fixed = len(line("", details[:1]))
    return line(cut(title, max(limit - fixed, _opening(title))), details[:1])


def numbered_sources(citations: Sequence[Citation]) -> dict[int, Source]:
    """The sources cited, numbered 1, 2, 3… in order of their first citation."""
    found: dict[int, Source] = {}
    for c in citations:
        found.setdefault(c.source.id, c.source)
    return {k: source for k, source in enumerate(found.values(), 1)}


def _source_number(c: Citation, numbers: dict[int, Source]) -> int:
    return next(k for k, source in numbers.items() if source.id == c.source.id)


SOURCES_HEADER = "**Sources**"


def _list_lengths(numbers: dict[int, Source], limit: int, linked: dict[int, bool] | None = None) -> int:
    lines = [len(list_line(k, s, limit, linked=(linked or {}).get(k, True))) + 1 for k, s in numbers.items()]
    return len(SOURCES_HEADER) + sum(lines) if numbers else 0


def source_list(numbers: dict[int, Source], limit: int) -> str:
    """ "**Sources**" and one line per source, each source linked once per message, within ``limit``.

    Every line keeps its core (link, opening words, publisher) before any line gets more; when even the
    cores do not fit, the longest links are given up first, since each buys back the most room."""
    if not numbers:
        return ""
    linked = {k: linkable(s.url) is not None for k, s in numbers.items()}
    while _list_lengths(numbers, 0, linked) > limit and any(linked.values()):
        longest = max((k for k in numbers if linked[k]), key=lambda k: len(numbers[k].url or ""))
        linked[longest] = False
    room = limit - len(SOURCES_HEADER) - len(numbers)
    cores = [len(list_line(k, s, 0, linked=linked[k])) for k, s in numbers.items()]
    wants = [len(list_line(k, s, _UNLIMITED, linked=linked[k])) for k, s in numbers.items()]
    budgets = core_first(cores, wants, room)
    lines = [cut(list_line(k, s, b, linked=linked[k]), b) for (k, s), b in zip(numbers.items(), budgets, strict=True)]
    return cut("\n".join([SOURCES_HEADER, *lines]), limit)


def _list_room(numbers: dict[int, Source], free: int, available: int, cap: int) -> int:
    """The list's room: its cores first, its full lines only out of what the citations leave, and never
    more than half of ``available`` unless its cores need it."""
    core, want = _list_lengths(numbers, 0), _list_lengths(numbers, _UNLIMITED)
    room = max(min(core, free), min(available // 2, free, want), min(want, available // 3))
    return max(0, min(cap, want, room))


def source_ref(source: Source, number: int, limit: int = SOURCE_REF_CHARS) -> str:
    """ "— publisher · title (source 1)": which source, by name, without its link; the publisher and the
    title's opening words whatever ``limit`` is."""
    tail = f" (source {number})"
    publisher = _publisher(source)
    head = f"— {publisher} · " if publisher else "— "
    title = inert(source.title)
    return head + cut(title, max(_opening(title), limit - len(head) - len(tail))) + tail


def _speaker(passage: Passage, source: Source) -> tuple[str, str]:
    """(who, ", role"): the speaker's name is part of what identifies a citation, a role is its tail."""
    if passage.speaker:
        return cut(inert(passage.speaker), SPEAKER_CHARS), inert(f", {passage.role}") if passage.role else ""
    return cut(inert(attribution(passage, source)), SPEAKER_CHARS + PUBLISHER_CHARS), ""


def _quote_and_role(room: int, quote: str, role: str) -> tuple[str, str]:
    """The room a line leaves after its core, shared: the quote up to twice a fair length first, then the
    role, then the rest of the quote. A role cut to a stub says nothing, so it is left out instead."""
    first = min(len(quote), max(QUOTE_FLOOR, room), 2 * MIN_QUOTE)
    role_room = min(len(role), room - first)
    if role_room < min(len(role), ROLE_LEAST):
        role_room = 0
    return cut(quote, max(QUOTE_FLOOR, room - role_room)) or ELLIPSIS, cut(role, role_room)


def _fitting_ref(source: Source, number: int, room: int, text: int) -> str:
    """The pointer to a source with more of its title only when the ``text`` (quote and role) still gets a fair
    length of ``room`` beside it: the title is in the source list already, the quote is nowhere else."""
    core, full = source_ref(source, number, 0), source_ref(source, number)
    return full if room - len(full) >= min(text, 3 * MIN_QUOTE) else core


def _citation_head(c: Citation) -> str:
    party = cut(inert(c.passage.party or NEUTRAL), PARTY_CHARS)
    return f"[{c.n}] {party} · {inert(c.passage.when)} · "


def _citation_core(c: Citation, number: int) -> int:
    who, _ = _speaker(c.passage, c.source)
    return len(_citation_head(c) + who) + len(source_ref(c.source, number, 0)) + len("> \n") + QUOTE_FLOOR


def _citation_want(c: Citation, number: int, quote: int = _UNLIMITED) -> int:
    who, role = _speaker(c.passage, c.source)
    name = min(FIELD_NAME_LIMIT, len(_citation_head(c) + who + role))
    ref = len(source_ref(c.source, number))
    return name + min(FIELD_VALUE_LIMIT, ref + len("> \n") + min(quote, len(inert(c.passage.shown_text))))


def citation_field(c: Citation, budget: int, number: int) -> tuple[str, str]:
    """A citation as (field name, field value): "[n] party · date · speaker, role", then the quote and which
    source (``number`` in the message's source list). A tight budget cuts the quote's end and the role's
    tail, never the party's opening words, the date, the speaker or the source."""
    who, role = _speaker(c.passage, c.source)
    head = _citation_head(c) + who
    quote = inert(c.passage.shown_text)
    ref = _fitting_ref(c.source, number, budget - len(head) - len("> \n"), len(quote) + len(role))
    room = budget - len(head) - len(ref) - len("> \n")
    room = min(room, FIELD_VALUE_LIMIT - len(ref) - len("> \n") + len(role))
    quote, role = _quote_and_role(room, quote, role)
    name = cut(head + role, FIELD_NAME_LIMIT)
    value = f"> {quote}\n{ref}"
    if len(name) + len(value) > budget:
        name = cut(name, max(len(f"[{c.n}] …"), budget // 3))
        quote = cut(quote, budget - len(name) - len(ref) - len("> \n"))
        value = f"> {quote}\n{ref}"
        value = cut(value, min(FIELD_VALUE_LIMIT, budget - len(name))) or ELLIPSIS
    return name, value


def _lead_text(lead: str) -> str:
    """The lead line by line: each line is source text made inert, Parley's own "[n]" left readable."""
    return "\n".join(inert_citing(line) for line in lead.splitlines())


def _fit_description(text: str, title: str, footer: str, reserved: int, floor: int = 0) -> str:
    """The description gets what ``reserved`` leaves of the embed's total, but never less than ``floor``."""
    room = EMBED_TOTAL_LIMIT - len(title) - len(footer) - reserved - SLACK
    return cut(text, min(DESCRIPTION_LIMIT, max(floor, room)))


# answers ---------------------------------------------------------------------------------------


def page_count(answer: Answer, per_page: int) -> int:
    return max(1, math.ceil(len(answer.citations) / per_page))


def page_citations(answer: Answer, page: int, per_page: int) -> list[Citation]:
    return answer.citations[page * per_page : (page + 1) * per_page]


def _grouped(answer: Answer, shown: Sequence[Citation]) -> list[Citation]:
    """The page's citations grouped by party, parties in the order of their best citation."""
    wanted = {c.n for c in shown}
    return [c for _, group in answer.groups() for c in group if c.n in wanted]


def answer_embed(answer: Answer, *, page: int = 0, per_page: int = 5) -> discord.Embed:
    """One page of an answer: the lead for the passages shown, then those passages by party."""
    title = cut(inert(answer.question), TITLE_LIMIT)
    if answer.abstained or not answer.citations:
        footer = "Parley answers only from its sources."
        embed = discord.Embed(
            title=title, description=_fit_description(inert(answer.lead), title, footer, 0), colour=QUIET_COLOUR
        )
        return embed.set_footer(text=footer)
    pages = page_count(answer, per_page)
    page = max(0, min(page, pages - 1))
    shown = _grouped(answer, page_citations(answer, page, per_page))[: FIELDS_LIMIT - 1]
    first, last = page * per_page + 1, page * per_page + len(shown)
    numbers = numbered_sources(shown)
    pointers = [_source_number(c, numbers) for c in shown]
    noun = "source" if len(numbers) == 1 else "sources"
    footer = f"Passages {first}–{last} of {len(answer.citations)} from {len(numbers)} {noun} · {NO_CLAIMS}"
    available = EMBED_TOTAL_LIMIT - len(title) - len(footer) - SLACK
    cores = [_citation_core(c, k) for c, k in zip(shown, pointers, strict=True)]
    sources = source_list(
        numbers,
        _list_room(numbers, available - LEAD_FLOOR - 2 - sum(cores), available, DESCRIPTION_LIMIT - LEAD_FLOOR - 2),
    )
    lead = _lead_text(compose_lead(sorted(shown, key=lambda c: c.n), answer.parties_asked, shifts=answer.shifts))
    fair = sum(_citation_want(c, k, 3 * MIN_QUOTE) for c, k in zip(shown, pointers, strict=True))
    lead_room = min(DESCRIPTION_LIMIT - len(sources) - 2, max(LEAD_FLOOR, available - len(sources) - 2 - fair))
    description = cut(lead, lead_room) + "\n\n" + sources
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    wants = [_citation_want(c, k) for c, k in zip(shown, pointers, strict=True)]
    budgets = core_first(cores, wants, available - len(description))
    for c, k, budget in zip(shown, pointers, budgets, strict=True):
        name, value = citation_field(c, budget, k)
        embed.add_field(name=name, value=value, inline=False)
    return embed.set_footer(text=footer)


def _position_value(c: Citation, number: int, budget: int) -> str:
    """ "> quote", "— speaker, role · date", "— publisher · title (source n)": the date is never cut for a role."""
    who, role = _speaker(c.passage, c.source)
    when = f" · {inert(c.passage.when)}"
    quote = inert(c.passage.shown_text)
    fixed = len(f"> \n— {who}{when}\n")
    ref = _fitting_ref(c.source, number, budget - fixed, len(quote) + len(role))
    room = budget - fixed - len(ref)
    quote, role = _quote_and_role(room, quote, role)
    value = f"> {quote}\n— {who}{role}{when}\n{ref}"
    return cut(value, min(FIELD_VALUE_LIMIT, budget)) or ELLIPSIS


def _position_core(party: str, c: Citation | None, number: int) -> int:
    name = min(FIELD_NAME_LIMIT, len(inert(party)))
    if c is None:
        return name + len(_silent(party))
    who, _ = _speaker(c.passage, c.source)
    return name + len(f"> \n— {who} · {inert(c.passage.when)}\n") + len(source_ref(c.source, number, 0)) + QUOTE_FLOOR


def _position_want(party: str, c: Citation | None, number: int) -> int:
    if c is None:
        return _position_core(party, c, number)
    who, role = _speaker(c.passage, c.source)
    value = len(f"> {inert(c.passage.shown_text)}\n— {who}{role} · {inert(c.passage.when)}\n")
    return min(FIELD_NAME_LIMIT, len(inert(party))) + min(FIELD_VALUE_LIMIT, value + len(source_ref(c.source, number)))


def _silent(party: str) -> str:
    return f"The sources are silent on {inert(party)}'s position on this."


def comparison_embed(comparison: Comparison) -> discord.Embed:
    """Each party's best (or latest) passage as inline fields, so the positions sit side by side."""
    title = cut(f"Positions on: {inert(comparison.topic)}", TITLE_LIMIT)
    footer = NO_CLAIMS
    which = "latest" if getattr(comparison, "latest", False) else "closest"
    positions = comparison.positions[:FIELDS_LIMIT]
    numbers = numbered_sources([p.citation for p in positions if p.citation])
    pointers = [_source_number(p.citation, numbers) if p.citation else 0 for p in positions]
    intro = f"Each party's {which} passage on this topic, side by side."
    available = EMBED_TOTAL_LIMIT - len(title) - len(footer) - SLACK
    cores = [_position_core(p.party, p.citation, k) for p, k in zip(positions, pointers, strict=True)]
    sources = source_list(
        numbers,
        _list_room(numbers, available - len(intro) - 2 - sum(cores), available, DESCRIPTION_LIMIT - len(intro) - 2),
    )
    description = intro + (f"\n\n{sources}" if sources else "")
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    wants = [_position_want(p.party, p.citation, k) for p, k in zip(positions, pointers, strict=True)]
    budgets = core_first(cores, wants, available - len(description))
    for position, k, budget in zip(positions, pointers, budgets, strict=True):
        name = cut(inert(position.party), min(FIELD_NAME_LIMIT, max(20, budget // 2)))
        room = min(FIELD_VALUE_LIMIT, budget - len(name))
        c = position.citation
        value = cut(_silent(position.party), room) if c is None else _position_value(c, k, room)
        embed.add_field(name=name, value=value or ELLIPSIS, inline=True)
    return embed.set_footer(text=footer)


SHIFT_MARK = "↺ shift"


class Entry(Protocol):
    """A timeline entry as the renderer reads it: a passage, its collapsed repeats, the passage it departs from."""

    @property
    def citation(self) -> Citation: ...

    @property
    def repeats(self) -> tuple[Citation, ...]: ...

    @property
    def shift_from(self) -> Citation | None: ...

    @property
    def shift(self) -> bool: ...


def _timeline_parts(entry: Entry, numbers: dict[int, Source]) -> tuple[str, str, str, str, str]:
    """(head, quote, who, role, tail) of a timeline line: all but the quote and the role identify it."""
    c = entry.citation
    again = "".join(f" · again {r.passage.when} [{r.n}]" for r in entry.repeats)
    departs = entry.shift_from
    shift = f" **{SHIFT_MARK}** from {departs.passage.when} [{departs.n}]:" if departs is not None else ""
    who, role = _speaker(c.passage, c.source)
    return (
        f"**{inert(c.passage.when)}** [{c.n}]{shift} ",
        inert(c.passage.shown_text),
        f" — {who}",
        role,
        f" (source {_source_number(c, numbers)}){again}",
    )


def _timeline_line(entry: Entry, numbers: dict[int, Source], room: int) -> str:
    """ "**date** [n] quote — speaker, role (source k)": a tight room cuts the quote's end and the role,
    never the pointer to the source at the line's end."""
    head, quote, who, role, tail = _timeline_parts(entry, numbers)
    quote, role = _quote_and_role(room - len(head) - len(who) - len(tail), quote, role)
    return cut(head + quote + who + role + tail, room)


def _timeline_core(entry: Entry, numbers: dict[int, Source]) -> int:
    head, _, who, _, tail = _timeline_parts(entry, numbers)
    return len(head) + QUOTE_FLOOR + len(who) + len(tail)


def _timeline_want(entry: Entry, numbers: dict[int, Source]) -> int:
    return sum(len(part) for part in _timeline_parts(entry, numbers))


def _party_name(party: str) -> str:
    """A timeline field's party, whole unless it is absurdly long: the field is the party's one heading."""
    return cut(inert(party), PARTY_HEADING_CHARS)


def timeline_embed(timeline: Timeline) -> discord.Embed:
    """One field per party, its passages in date order, a shift marked with the date it departs from."""
    title = cut(f"Positions over time: {inert(timeline.topic)}", TITLE_LIMIT)
    footer = "Dates: said on (stated or resolved from the text) or published (the source's date). " + NO_CLAIMS
    if not timeline.parties:
        description = inert(timeline.note or "Nothing in the sources is on this topic.")
        return discord.Embed(title=title, description=description, colour=QUIET_COLOUR).set_footer(text=footer)
    parties = timeline.parties[:FIELDS_LIMIT]
    numbers = numbered_sources([c for p in parties for e in p.entries for c in (e.citation, *e.repeats)])
    shifts = sum(e.shift for p in parties for e in p.entries)
    intro = (
        f"Each party's passages on this topic, oldest first; {shifts} shift{'s' if shifts != 1 else ''} "
        f"marked {SHIFT_MARK}."
    )
    available = EMBED_TOTAL_LIMIT - len(title) - len(footer) - SLACK
    line_cores = [[_timeline_core(e, numbers) for e in p.entries] for p in parties]
    line_wants = [[_timeline_want(e, numbers) for e in p.entries] for p in parties]
    names = [_party_name(p.party) for p in parties]
    cores = [len(name) + sum(lines) + len(lines) for name, lines in zip(names, line_cores, strict=True)]
    wants = [
        len(name) + min(FIELD_VALUE_LIMIT, sum(lines) + len(lines))
        for name, lines in zip(names, line_wants, strict=True)
    ]
    sources = source_list(
        numbers,
        _list_room(numbers, available - len(intro) - 2 - sum(cores), available, DESCRIPTION_LIMIT - len(intro) - 2),
    )
    description = f"{intro}\n\n{sources}"
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    budgets = core_first(cores, wants, available - len(description))
    for party, name, lc, lw, budget in zip(parties, names, line_cores, line_wants, budgets, strict=True):
        name = cut(name, max(20, budget // 2))
        room = min(FIELD_VALUE_LIMIT, budget - len(name))
        rooms = core_first(lc, lw, room - len(lc))
        lines = [_timeline_line(e, numbers, r) for e, r in zip(party.entries, rooms, strict=True)]
        embed.add_field(name=name, value=cut("\n".join(lines), room) or ELLIPSIS, inline=False)
    return embed.set_footer(text=footer)


def feedback_embed(complaints: Sequence[Complaint]) -> discord.Embed:
    """One field per down-voted answer: the question, its votes, and the passages it cited, by number."""
    title = "Answers members marked 👎"
    footer = "Add a source that answers them, or fix an attribution, then ask again."
    if not complaints:
        empty = discord.Embed(title=title, description="No answer here has a 👎 yet.", colour=QUIET_COLOUR)
        return empty.set_footer(text=footer)
    shown = complaints[: FIELDS_LIMIT - 1]
    more = len(complaints) - len(shown)
    description = f"{count(len(complaints), 'answer')} with a 👎, most down votes first." + (
        f" The {more} with fewest are left out." if more else ""
    )
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    budget = (EMBED_TOTAL_LIMIT - len(title) - len(description) - len(footer) - SLACK) // len(shown)
    for c in shown:
        votes = f" · 👎 {c.downvotes} · 👍 {c.upvotes}"
        name = cut(inert(c.question), min(FIELD_NAME_LIMIT, max(40, budget // 4)) - len(votes)) + votes
        room = min(FIELD_VALUE_LIMIT, budget - len(name))
        lines = [
            f"[{p.passage.id}] {inert(attribution(p.passage, p.source))}: {inert(p.passage.shown_text)}"
            for p in c.citations
        ]
        if c.removed:
            lines.append(f"{count(c.removed, 'cited passage')} since removed.")
        per_line = max(MIN_QUOTE // 2, room // max(1, len(lines)) - 1)
        value = "\n".join(cut(line, per_line) for line in lines) or "It cited nothing that is still here."
        embed.add_field(name=name, value=cut(value, room), inline=False)
    return embed.set_footer(text=footer)


# sources ---------------------------------------------------------------------------------------


def _scope(row: Source) -> str:
    return "every server (shipped with Parley)" if row.guild_id is None else "this server only"


def sources_embed(rows: Sequence[Source]) -> discord.Embed:
    footer = "/source show id:<n> shows one source and its quotes."
    if not rows:
        empty = discord.Embed(title="Sources", description="No sources yet.", colour=QUIET_COLOUR)
        return empty.set_footer(text=footer)
    lines: list[str] = []
    used, room = 0, DESCRIPTION_LIMIT - 40
    for i, r in enumerate(rows):
        publisher = f" — {inert(r.publisher)}" if r.publisher else ""
        local = " · this server" if r.guild_id is not None else ""
        line = (
            f"`#{r.id}` **{cut(inert(r.title), 120)}**{publisher} · {count(r.passages, 'passage')}, "
            f"{count(r.quotes, 'quote')}{local}"
        )
        if used + len(line) > room:
            lines.append(f"… and {len(rows) - i} more.")
            break
        lines.append(line)
        used += len(line) + 1
    return discord.Embed(title=f"Sources ({len(rows)})", description="\n".join(lines), colour=ANSWER_COLOUR).set_footer(
        text=footer
    )


def source_embed(row: Source, passages: Iterable[Passage]) -> discord.Embed:
    """One source's metadata, then its quotes grouped by speaker (one field per speaker)."""
    title = cut(f"#{row.id} {inert(row.title)}", TITLE_LIMIT)
    facts = [
        ("Publisher", row.publisher),
        ("Author", row.author),
        ("Date", row.date),
        ("Link", linkable(row.url)),
        ("Serves", _scope(row)),
    ]
    lines = [f"**{label}:** {value if label == 'Link' else inert(value)}" for label, value in facts if value]
    lines.append(f"**Passages:** {row.passages} · **quotes:** {row.quotes} · **speakers:** {row.speakers}")
    footer = NO_CLAIMS
    speakers = quotes_by_speaker(passages)
    shown = speakers[: FIELDS_LIMIT - 1] if len(speakers) > FIELDS_LIMIT else speakers
    description = _fit_description("\n".join(lines), title, footer, 200 * max(1, len(shown)))
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR, url=linkable(row.url))
    if not speakers:
        embed.add_field(name="Quotes", value="No quotes were found in this source.", inline=False)
    budget = (EMBED_TOTAL_LIMIT - len(title) - len(description) - len(footer) - SLACK - 60) // max(1, len(shown))
    for speaker, quotes in shown:
        first = quotes[0]
        label = f"{attribution(first) if speaker else 'Unattributed'} · {first.party or NEUTRAL}"
        name = cut(inert(label), min(FIELD_NAME_LIMIT, max(30, budget // 4)))
        embed.add_field(
            name=name,
            value=_bullets([q.text for q in quotes], min(FIELD_VALUE_LIMIT, budget - len(name))),
            inline=False,
        )
    if len(shown) < len(speakers):
        embed.add_field(
            name="More speakers", value=f"… and {count(len(speakers) - len(shown), 'more speaker')}.", inline=False
        )
    return embed.set_footer(text=footer)


def _bullets(texts: Sequence[str], limit: int) -> str:
    """As many whole bullets as fit, the next one cut if there is room, then a count of the rest."""
    out: list[str] = []
    used = 0
    for i, text in enumerate(texts):
        bullet = f"• {inert(text)}"
        rest = len(texts) - i - 1
        tail = len(f"\n… and {rest} more.") if rest else 0
        if used + len(bullet) + tail <= limit:
            out.append(bullet)
            used += len(bullet) + 1
            continue
        left = f"… and {rest + 1} more."
        room = limit - used - len(left) - 1
        if room >= MIN_QUOTE:
            out.append(cut(bullet, room))
            left = f"… and {rest} more." if rest else ""
        if left:
            out.append(left)
        break
    return cut("\n".join(out), limit) or ELLIPSIS


# write reports ---------------------------------------------------------------------------------


def _names(values: Sequence[str], limit: int = FIELD_VALUE_LIMIT) -> str:
    return cut(", ".join(inert(v) for v in values), limit) if values else "none found"


def added_embed(report: AddReport) -> discord.Embed:
    title = cut(f"Added source #{report.source_id}: {inert(report.title)}", TITLE_LIMIT)
    description = (f"Publisher: {inert(report.publisher)}\n" if report.publisher else "") + (
        "Members of this server are answered from it at once; `/source remove` takes it out again."
    )
    embed = discord.Embed(title=title, description=description, colour=discord.Colour.green())
    embed.add_field(name="Source id", value=str(report.source_id), inline=True)
    embed.add_field(name="Passages", value=str(report.passages), inline=True)
    embed.add_field(name="Quotes", value=str(report.quotes), inline=True)
    embed.add_field(name=f"Speakers ({len(report.speakers)})", value=_names(report.speakers), inline=False)
    embed.add_field(name="Parties", value=_names(report.parties), inline=False)
    return embed.set_footer(text=f"{count(report.embedded, 'passage')} embedded in {report.seconds:.2f} s")


def removed_text(report: RemoveReport) -> str:
    return message_text(
        f"Removed source #{report.source_id} “{inert(report.title)}” and its "
        f"{count(report.passages, 'passage')}; it is cited no more."
    )


def remove_prompt(row: Source) -> str:
    return message_text(
        f"Remove source #{row.id} “{inert(row.title)}” ({count(row.passages, 'passage')}, "
        f"{count(row.quotes, 'quote')})? Answers in this server stop citing it at once."
    )


def rebuild_embed(report: BuildReport) -> discord.Embed:
    if report.changed:
        title, colour = "Index rebuilt", discord.Colour.green()
    else:
        title, colour = "Index already up to date: nothing changed", QUIET_COLOUR
    embed = discord.Embed(title=title, colour=colour)
    changed = (
        ("added", report.added_sources),
        ("updated", report.updated_sources),
        ("removed", report.removed_sources),
    )
    corpus = [f"{label}: {', '.join(names)}" for label, names in changed if names]
    embed.add_field(
        name="Shipped corpus", value=cut(inert("; ".join(corpus)) or "unchanged", FIELD_VALUE_LIMIT), inline=False
    )
    index = (
        "rebuilt from scratch"
        if report.index_rebuilt
        else f"+{report.vectors_added} / −{count(report.vectors_removed, 'vector')}"
    )
    embed.add_field(name="Embedded", value=count(report.embedded, "passage"), inline=True)
    embed.add_field(name="Index", value=index, inline=True)
    serving = (
        f"{count(report.sources, 'source')} · {count(report.passages, 'passage')} · "
        f"{count(report.quotes, 'quote')} · {count(report.speakers, 'speaker')}"
    )
    embed.add_field(name="Now serving", value=serving, inline=False)
    if report.warnings:
        embed.add_field(name="Warnings", value=cut(inert("; ".join(report.warnings)), FIELD_VALUE_LIMIT), inline=False)
    return embed.set_footer(text=f"{report.seconds:.2f} s")


def help_embed(cooldown_seconds: float, moderator_role: str | None) -> discord.Embed:
    role = f" or the **{inert(moderator_role)}** role" if moderator_role else ""
    embed = discord.Embed(
        title="Parley: who demands, concedes or refuses what",
        description=(
            "Parley answers questions about negotiation positions by quoting the passages of its "
            "news sources that say so, with the speaker, their party and a link to the source. "
            "It adds no claims of its own, and says so when its sources do not cover a question."
        ),
        colour=ANSWER_COLOUR,
    )
    embed.add_field(
        name="Ask",
        inline=False,
        value=(
            "`/ask question:` answers in the channel; `private:True` shows the answer to you only.\n"
            "Mention me with a question and I answer in a thread; follow-ups in that thread need no mention.\n"
            "**More passages** pages through further citations; 👍 / 👎 tell us whether the answer helped."
        ),
    )
    embed.add_field(
        name="Compare and browse",
        inline=False,
        value=(
            "`/compare topic:` shows each party's closest passage side by side, e.g. `the four oblasts`; "
            "`latest:True` shows each party's most recent one instead.\n"
            "`/timeline topic:` shows how each party's position moved, oldest first, a shift marked ↺.\n"
            "`/sources` lists the sources; `/source show id:` shows one source's quotes by speaker."
        ),
    )
    embed.add_field(
        name="Good questions",
        inline=False,
        value=(
            "Name a party or a topic: *Does Ukraine accept legal cession?*, *What does Russia demand?*, "
            "*What has the United States said about recognition?*"
        ),
    )
    embed.add_field(
        name="Moderators",
        inline=False,
        value=(
            f"Members with Manage Server{role} can `/source add` a link, a file or pasted text (served in this "
            "server only), `/source remove` it, `/reindex`, and read the answers members marked 👎 with `/feedback`."
        ),
    )
    wait = f"{cooldown_seconds:g} s between questions per member. " if cooldown_seconds > 0 else ""
    return embed.set_footer(text=f"{wait}{NO_CLAIMS}")

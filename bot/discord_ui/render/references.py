"""The numbered source list that ends an answer, a comparison or a timeline, and the pointers into it.

Sources are numbered in the order they are first cited and each is linked once per message, in this list;
a citation names its source by publisher, title and number instead ("— publisher · title (source 1)").
Every embed that cites uses both, and settles the list's share of the message before its citations'.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from index.api import display_published

from ..budget import core_first
from .text import ELLIPSIS, cut, inert, linkable

if TYPE_CHECKING:
    from index.api import Citation, Source

LABEL_WORDS = 5  # a title's opening words, enough to recognise it, kept however tight the room…
LABEL_CORE = 40  # …unless they are longer than this
LABEL_MAX = 150
PUBLISHER_CHARS = 64
SOURCE_REF_CHARS = 110
UNLIMITED = 10**6


def _label(text: str, limit: int) -> str:
    """A masked link's label: Discord ends the label at an unbalanced bracket even when it is escaped,
    which would show the link as raw text, so brackets in a title read as parentheses there."""
    return cut(inert(text).replace("\\[", "\\(").replace("\\]", "\\)"), limit)


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


def source_number(c: Citation, numbers: dict[int, Source]) -> int:
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
    wants = [len(list_line(k, s, UNLIMITED, linked=linked[k])) for k, s in numbers.items()]
    budgets = core_first(cores, wants, room)
    lines = [cut(list_line(k, s, b, linked=linked[k]), b) for (k, s), b in zip(numbers.items(), budgets, strict=True)]
    return cut("\n".join([SOURCES_HEADER, *lines]), limit)


def list_room(numbers: dict[int, Source], free: int, available: int, cap: int) -> int:
    """The list's room: its cores first, its full lines only out of what the citations leave, and never
    more than half of ``available`` unless its cores need it."""
    core, want = _list_lengths(numbers, 0), _list_lengths(numbers, UNLIMITED)
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

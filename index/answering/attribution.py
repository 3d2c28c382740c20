"""Who said it: one wording for every place a passage is credited (the lead, the terminal, Discord).

A passage without a speaker is the source's own reporting, credited to its publisher, or to its title
when the publisher is unknown, so that no passage is ever shown as said by nobody.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.records import Passage, Source

UNSOURCED = "(reported, no speaker)"


def attribution(passage: Passage, source: Source | None = None, *, role: bool = True) -> str:
    """ "Volodymyr Zelensky, President", "reporting by The Kyiv Independent", "reporting in “Title”".

    ``role=False`` for lists of names, where a role repeated after every citation would crowd them;
    ``source`` may be left out where only passages are listed, as when inspecting the splitter.
    """
    if passage.speaker:
        return passage.speaker + (f", {passage.role}" if role and passage.role else "")
    if source is None:
        return UNSOURCED
    return f"reporting by {source.publisher}" if source.publisher else f"reporting in “{source.title}”"


def quotes_by_speaker(passages: Iterable[Passage]) -> list[tuple[str | None, list[Passage]]]:
    """A source's direct quotes under who said them (None: no speaker found), speakers in the order of their
    first quote, which carries the role and party a heading shows."""
    found: dict[str | None, list[Passage]] = {}
    for p in passages:
        if p.kind == "quote":
            found.setdefault(p.speaker, []).append(p)
    return list(found.items())

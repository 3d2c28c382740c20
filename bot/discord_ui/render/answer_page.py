"""One page of an answer as an embed: the lead for the passages shown and the numbered sources, then the
citations grouped by party.

The paging (``page_count``, ``page_citations``) is here too, because the buttons under an answer page
through exactly what this embed shows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord

from index.api import compose_lead

from ..budget import core_first
from .appearance import ANSWER_COLOUR, NO_CLAIMS, QUIET_COLOUR
from .citations import citation_core, citation_field, citation_want
from .discord_limits import DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT, FIELDS_LIMIT, MIN_QUOTE, SLACK, TITLE_LIMIT
from .references import list_room, numbered_sources, source_list, source_number
from .text import cut, fit_description, inert, inert_citing

if TYPE_CHECKING:
    from index.api import Answer, Citation

LEAD_FLOOR = 160  # the lead keeps at least this much even when the citations want every character


def page_count(answer: Answer, per_page: int) -> int:
    return max(1, math.ceil(len(answer.citations) / per_page))


def page_citations(answer: Answer, page: int, per_page: int) -> list[Citation]:
    return answer.citations[page * per_page : (page + 1) * per_page]


def _grouped(answer: Answer, shown: Sequence[Citation]) -> list[Citation]:
    """The page's citations grouped by party, parties in the order of their best citation."""
    wanted = {c.n for c in shown}
    return [c for _, group in answer.groups() for c in group if c.n in wanted]


def _lead_text(lead: str) -> str:
    """The lead line by line: each line is source text made inert, Parley's own "[n]" left readable."""
    return "\n".join(inert_citing(line) for line in lead.splitlines())


def answer_embed(answer: Answer, *, page: int = 0, per_page: int = 5) -> discord.Embed:
    """One page of an answer: the lead for the passages shown, then those passages by party."""
    title = cut(inert(answer.question), TITLE_LIMIT)
    if answer.abstained or not answer.citations:
        footer = "Parley answers only from its sources."
        embed = discord.Embed(
            title=title, description=fit_description(inert(answer.lead), title, footer, 0), colour=QUIET_COLOUR
        )
        return embed.set_footer(text=footer)
    pages = page_count(answer, per_page)
    page = max(0, min(page, pages - 1))
    shown = _grouped(answer, page_citations(answer, page, per_page))[: FIELDS_LIMIT - 1]
    first, last = page * per_page + 1, page * per_page + len(shown)
    numbers = numbered_sources(shown)
    pointers = [source_number(c, numbers) for c in shown]
    noun = "source" if len(numbers) == 1 else "sources"
    footer = f"Passages {first}–{last} of {len(answer.citations)} from {len(numbers)} {noun} · {NO_CLAIMS}"
    available = EMBED_TOTAL_LIMIT - len(title) - len(footer) - SLACK
    cores = [citation_core(c, k) for c, k in zip(shown, pointers, strict=True)]
    sources = source_list(
        numbers,
        list_room(numbers, available - LEAD_FLOOR - 2 - sum(cores), available, DESCRIPTION_LIMIT - LEAD_FLOOR - 2),
    )
    lead = _lead_text(compose_lead(sorted(shown, key=lambda c: c.n), answer.parties_asked, shifts=answer.shifts))
    fair = sum(citation_want(c, k, 3 * MIN_QUOTE) for c, k in zip(shown, pointers, strict=True))
    lead_room = min(DESCRIPTION_LIMIT - len(sources) - 2, max(LEAD_FLOOR, available - len(sources) - 2 - fair))
    description = cut(lead, lead_room) + "\n\n" + sources
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    wants = [citation_want(c, k) for c, k in zip(shown, pointers, strict=True)]
    budgets = core_first(cores, wants, available - len(description))
    for c, k, budget in zip(shown, pointers, budgets, strict=True):
        name, value = citation_field(c, budget, k)
        embed.add_field(name=name, value=value, inline=False)
    return embed.set_footer(text=footer)

"""What a moderator's write did or is about to do: a source added, a removal asked for and done, the index
rebuilt.

Apart from the embeds that cite: a report names what the write touched (counts, names, warnings) and quotes
nothing, so it needs the text helpers and none of the citation layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord

from index.api import count

from .appearance import QUIET_COLOUR
from .discord_limits import FIELD_VALUE_LIMIT, TITLE_LIMIT
from .text import cut, inert, message_text

if TYPE_CHECKING:
    from index.api import AddReport, BuildReport, RemoveReport, Source


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

"""/sources and /source show: every source with its counts, and one source's metadata with its quotes
grouped by speaker.

Browsing shows a source whole rather than cited, so it needs the text helpers and none of the citation layout.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import discord

from index.api import NEUTRAL, attribution, count, quotes_by_speaker

from .appearance import ANSWER_COLOUR, NO_CLAIMS, QUIET_COLOUR
from .discord_limits import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FIELDS_LIMIT,
    MIN_QUOTE,
    SLACK,
    TITLE_LIMIT,
)
from .text import ELLIPSIS, cut, fit_description, inert, linkable

if TYPE_CHECKING:
    from index.api import Passage, Source


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
    description = fit_description("\n".join(lines), title, footer, 200 * max(1, len(shown)))
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

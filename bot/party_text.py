"""Party mappings as text, for the command line and for Discord replies (which escape it themselves)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.api import Mapping, PartyChange


def scope(guild_id: int | None) -> str:
    return f"guild {guild_id}" if guild_id else "every server"


def party_name(party: str | None) -> str:
    return party or "no party"


def change(c: PartyChange, *, removed: bool = False) -> str:
    count = f"{c.passages} passage{'s' if c.passages != 1 else ''}"
    if removed:
        return (
            f"“{c.name}” is no longer mapped ({scope(c.guild_id)}); it was {party_name(c.previous)}. "
            f"{count} take their party from the sources again."
        )
    was = f" (was {party_name(c.previous)})" if c.had_mapping else ""
    found = (
        f"{count} now read as {party_name(c.party)}"
        if c.passages
        else ("no passage names it yet; it applies to sources added later")
    )
    return f"“{c.name}” → {party_name(c.party)}{was} ({scope(c.guild_id)}): {found}."


def listing(rows: list[tuple[Mapping, int]], guild_id: int | None) -> str:
    if not rows:
        return f"No party mappings for {scope(guild_id)}."
    width = max(len(m.name) for m, _ in rows)
    lines = [f"Party mappings for {scope(guild_id)}:"]
    lines += [f"  {m.name:<{width}}  → {party_name(m.party)}  ({n} passage{'s' if n != 1 else ''})" for m, n in rows]
    return "\n".join(lines)


def mapping_dict(m: Mapping, passages: int) -> dict:
    return {**m.to_dict(), "passages": passages}

"""Source and user text made safe to show, and text cut to a budget.

Every embed places text that comes from sources or users, so the one way to make it inert (markdown
escaped, mentions defused, bare links kept whole) and the one way to cut it (at a word boundary, marked
"…") live here, beneath every embed. ``NO_PINGS`` is the second line of defence every send carries.
"""

from __future__ import annotations

import re

import discord
from discord.utils import escape_mentions

from .discord_limits import DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT, MESSAGE_LIMIT, SLACK, URL_LIMIT

ELLIPSIS = "…"
NO_PINGS = discord.AllowedMentions.none()
_SPACE = re.compile(r"\s+")


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


def fit_description(text: str, title: str, footer: str, reserved: int, floor: int = 0) -> str:
    """The description gets what ``reserved`` leaves of the embed's total, but never less than ``floor``."""
    room = EMBED_TOTAL_LIMIT - len(title) - len(footer) - reserved - SLACK
    return cut(text, min(DESCRIPTION_LIMIT, max(floor, room)))

"""How often a server may use what costs Parley the most: per-server rate limits.

Source changes embed and rewrite the index, ``/reindex`` walks the whole corpus, browsing reads every
source's counts, and buttons may re-ask a question: each runs on shared threads that serve every
server. Limits are per server (a direct message counts as its member's own "server"), so one busy
server cannot slow the others, and each refusal says how long to wait. The per-member question
cooldown lives in ``checks``.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

import discord
from discord import app_commands

from index.api import ParleyError

T = TypeVar("T")


@dataclass(frozen=True)
class Limit:
    """At most ``uses`` in any ``seconds`` window, per server."""

    what: str
    uses: int
    seconds: float

    def rule(self) -> str:
        return f"{self.what} are limited to {self.uses} every {_duration(self.seconds)} in each server"


SOURCE_CHANGES = Limit("Source changes (/source add, /source remove)", 5, 600)
REINDEX = Limit("Rebuilds (/reindex)", 1, 600)
BROWSING = Limit("Source listings (/sources, /source list, /source show)", 30, 60)
BUTTONS = Limit("Answer buttons (More passages, Back, 👍, 👎)", 60, 60)
ALL = (SOURCE_CHANGES, REINDEX, BROWSING, BUTTONS)


def _duration(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        minutes = int(seconds // 60)
        return "minute" if minutes == 1 else f"{minutes} minutes"
    return f"{seconds:g} seconds"


def _wait(seconds: float) -> str:
    if seconds > 90:
        return f"{math.ceil(seconds / 60)} min"
    return f"{math.ceil(seconds)} s"


class RateLimited(app_commands.CheckFailure, ParleyError):
    """A server used a limited command too often; the message gives the rule and the wait."""

    def __init__(self, limit: Limit, retry_after: float) -> None:
        super().__init__(f"{limit.rule()}: try again in {_wait(retry_after)}.")
        self.limit = limit
        self.retry_after = retry_after


class ServerLimits:
    """Sliding windows of recent uses, one per (limit, server). Past ``PRUNE_AT`` windows, those whose
    uses have all expired are dropped, so memory follows the servers active lately, not every server seen."""

    PRUNE_AT = 10_000

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._uses: dict[tuple[Limit, Hashable], deque[float]] = {}

    def hit(self, limit: Limit, server: Hashable) -> None:
        """Count one use now, or raise RateLimited with the time until the oldest use leaves the window."""
        now = self._clock()
        key = (limit, server)
        if key not in self._uses and len(self._uses) >= self.PRUNE_AT:
            self._uses = {k: u for k, u in self._uses.items() if u and now - u[-1] < k[0].seconds}
        uses = self._uses.setdefault(key, deque())
        while uses and now - uses[0] >= limit.seconds:
            uses.popleft()
        if len(uses) >= limit.uses:
            raise RateLimited(limit, limit.seconds - (now - uses[0]))
        uses.append(now)

    def check(self, limit: Limit, interaction: discord.Interaction) -> None:
        self.hit(limit, server_of(interaction))


def server_of(interaction: discord.Interaction) -> Hashable:
    """The guild, or in a direct message the member, whose budget a use counts against."""
    return interaction.guild_id if interaction.guild_id is not None else ("dm", interaction.user.id)


def per_server(limit: Limit) -> Callable[[T], T]:
    """An app-command check counting a use against the server's budget.

    Put it above ``moderator_only()``: checks run from the innermost decorator out, so a member's
    refused attempt never spends the moderators' budget.
    """

    async def predicate(interaction: discord.Interaction) -> bool:
        interaction.client.limits.check(limit, interaction)  # type: ignore[attr-defined]
        return True

    return app_commands.check(predicate)

"""Refusals quote what was given (a title, a file name, a link): through the Discord harness, that text
must reach the channel as inert as a quote does."""

from __future__ import annotations

from tests.discord_harness import DiscordHarness
from tests.helpers import command, final, live_links

HOSTILE_TITLE = "See [1] and [the annex](https://evil.example/a) or [more](https://evil.example/b) @everyone"
TEXT = (
    "“We will not trade territory for a ceasefire,” the foreign minister said on Tuesday.\n\n"
    "Talks on the grain corridor resumed in Istanbul after a week's pause."
)


async def test_a_refusal_naming_a_hostile_title_has_no_live_link_or_ping(h: DiscordHarness) -> None:
    options = {"text": TEXT, "title": HOSTILE_TITLE}
    _, first = await command(h, "source add", options, user=h.admin, timeout=20)
    assert final(first).embeds, "the first add succeeds"
    _, second = await command(h, "source add", options, user=h.admin, timeout=20)
    refusal = final(second)
    assert refusal.ephemeral and "already source" in refusal.content and "the annex" in refusal.content
    assert live_links(refusal.content) == [], refusal.content
    assert "@everyone" not in refusal.content

"""What several test modules share: the project's paths, the two-guild world the bot tests run in, the
way they use a command and read its answer, a page that a moderator adds, and Discord's own rules for
what fits in a message and what in it is a live link.

Fixtures live in the conftest.py of tests/ and of each test folder; this module holds plain functions and values,
so a test module imports what it uses from here and never from another test module.
"""

from __future__ import annotations

import random
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import discord

from bot import create_bot
from bot.config import Settings
from index.answering.answer import Citation
from index.records import Passage, Source
from tests.discord_harness import (
    APPLICATION_ID,
    Call,
    DiscordHarness,
    Payload,
    channel_payload,
    default_guild,
    guild_create,
    iter_components,
    member_payload,
    message_problems,
    role_payload,
    user_payload,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = "kyiv-independent-territorial-concessions"

MOD_ROLE = "Parley Mods"
MOD_ROLE_ID = 1100000000000000005
MOD_ID = 1300000000000000003
GUILD_B = 1100000000000000101
CHANNEL_B = 1100000000000000102
ADMIN_B = 1300000000000000101
MEMBER_B = 1300000000000000102
BOT_USER = user_payload(APPLICATION_ID, "Parley", bot=True)
ZELENSKY = "We cannot legally acknowledge any occupied territory of Ukraine as Russian"
SLOW_MACHINE = 60.0  # how long a wait may last before it counts as a hang; no test measures speed with it


def world() -> list[Payload]:
    """Guild A (the harness's default: an owner-admin, a plain member, and a member holding the
    "Parley Mods" role without Manage Server) and guild B (its own owner and member)."""
    guild_a = default_guild(BOT_USER)
    guild_a["roles"].append(role_payload(MOD_ROLE_ID, MOD_ROLE, permissions=0, position=1))
    guild_a["members"].append(member_payload(user_payload(MOD_ID, "moderator"), roles=[MOD_ROLE_ID]))
    guild_a["member_count"] = len(guild_a["members"])
    guild_b = guild_create(
        GUILD_B,
        owner_id=ADMIN_B,
        name="Other Guild",
        channels=[channel_payload(CHANNEL_B, "general")],
        members=[member_payload(user_payload(ADMIN_B, "admin-b")), member_payload(user_payload(MEMBER_B, "member-b"))],
    )
    return [guild_a, guild_b]


@asynccontextmanager
async def running(settings: Settings, **options: Any) -> AsyncIterator[DiscordHarness]:
    """The bot in the two-guild world (or ``guilds=``). Errors the bot logs (it handles them, so discord.py
    would not) fail the test too, unless ``raise_on_errors=False`` for tests that provoke them."""
    options.setdefault("error_loggers", ("discord", "parley", "asyncio"))
    options.setdefault("guilds", world())
    options.setdefault("timeout", SLOW_MACHINE)
    async with DiscordHarness(create_bot(settings), bot_user=BOT_USER, **options) as harness:
        yield harness


async def command(
    h: DiscordHarness, name: str, options: dict[str, Any] | None = None, *, timeout: float = SLOW_MACHINE, **kwargs: Any
) -> tuple[Payload, list[Call]]:
    """Use a slash command and wait until the bot is done; returns the payload and every response."""
    payload = h.use_slash(name, options, **kwargs)
    await h.settle(timeout)
    return payload, h.interaction_responses(payload)


def final(responses: list[Call]) -> Call:
    """What the user ends up seeing: the last follow-up, else the immediate reply."""
    followups = [c for c in responses if c.is_followup]
    if followups:
        return followups[-1]
    replies = [c for c in responses if c.callback_type == 4]
    assert replies, f"no reply among {responses}"
    return replies[-1]


def numbers(call: Call | Payload) -> list[int]:
    """The citation numbers an answer shows, from a call or a stored message."""
    embeds = call.embeds if isinstance(call, Call) else call["embeds"]
    return [int(re.match(r"\[(\d+)\]", f["name"]).group(1)) for f in embeds[0].get("fields", [])]


def button(message: Payload, action: str) -> str:
    """A button's custom_id, as the message shows it now, by what it does: "more", "back", "vote:up", "vote:down"."""
    ids = [c["custom_id"] for c in iter_components(message.get("components", [])) if "custom_id" in c]
    return next(i for i in ids if i.startswith(f"parley:{action}:"))


def cited_text(call: Call) -> str:
    """The citations and the numbered source list that links them (in the description)."""
    return "\n".join(
        [e.get("description", "") for e in call.embeds]
        + [f"{f['name']}\n{f['value']}" for e in call.embeds for f in e.get("fields", [])]
    )


def field_named(call: Call, name: str) -> str:
    return next(f["value"] for f in call.embeds[0]["fields"] if f["name"] == name)


def page_url(server: ThreadingHTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


# Discord's limits and link rules ---------------------------------------------------------------------


def assert_fits(embed: discord.Embed) -> dict:
    """The embed as sent, after checking it against every limit Discord sets on an embed."""
    data = embed.to_dict()
    assert message_problems({"embeds": [data]}) == []
    return data


# Discord's masked-link and autolink rules (simple-markdown as Discord configures it). The link rule is
# tried wherever the parser stands on a "[", and its pattern reads backslashes inside as plain characters.
_DISCORD_LINK = re.compile(
    r"\[((?:\[[^\]]*\]|[^\[\]]|\](?=[^\[]*\]))*)\]\(\s*<?((?:\([^)]*\)|[^\s\\])*?)>?"
    r"(?:\s+['\"]([\s\S]*?)['\"])?\s*\)"
)
_DISCORD_URL = re.compile(r"https?://[^\s<]+[^<.,:;\"')\]\s]")
_DISCORD_TAG = re.compile(r"<(?:https?:[^\s>]+|[@#][!&]?\d+|/[\w -]+:\d+|t:\d+(?::\w)?|a?:\w+:\d+)>")


def live_links(markdown: str) -> list[str]:
    """What Discord would act on in ``markdown``, parsed left to right as its client does: the targets
    of masked links and the ``<…>`` tags (links, mentions, timestamps, emoji) that are not escaped."""
    found: list[str] = []
    i = 0
    while i < len(markdown):
        escaped = markdown[i + 1 : i + 2]
        if markdown[i] == "\\" and escaped and not escaped.isalnum() and not escaped.isspace():
            i += 2
            continue
        for rule, group in ((_DISCORD_LINK, 2), (_DISCORD_URL, None), (_DISCORD_TAG, 0)):
            match = rule.match(markdown, i)
            if match:
                if group is not None:
                    found.append(match.group(group))
                i = match.end()
                break
        else:
            i += 1
    return found


# texts ---------------------------------------------------------------------------------------------

WORDS = (
    "territory recognition ceasefire oblast sovereignty referendum guarantees negotiation withdrawal "
    "sanctions corridor annexation borders concession"
).split()


def words(n: int, rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def citation(
    n: int,
    text: str,
    *,
    party: str | None = "Ukraine",
    title: str = "A title",
    url: str | None = None,
    speaker: str | None = "Volodymyr Zelensky",
    role: str | None = "President",
    publisher: str | None = "The Kyiv Independent",
    source_id: int = 1,
) -> Citation:
    passage = Passage(n, source_id, n, 0, len(text), None, "quote", speaker, role, party, text)
    source = Source(source_id, title, publisher, url or f"https://example.org/articles/{source_id}", "2025-03-12")
    return Citation(n, passage, source, 1.0 - n / 100)


ARTICLE_TITLE = "Kyiv and Moscow trade demands over the Zaporizhzhia nuclear plant"
ARTICLE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{ARTICLE_TITLE} | The Harbour Ledger</title>
<meta property="og:title" content="{ARTICLE_TITLE}">
<meta property="og:site_name" content="The Harbour Ledger">
<meta property="article:published_time" content="2025-04-02T08:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article>
<h1>{ARTICLE_TITLE}</h1>
<p>The future of the Zaporizhzhia nuclear power plant, Europe's largest, has become a sticking point in the
talks, officials on both sides said on Wednesday.</p>
<p>“The Zaporizhzhia nuclear plant must return to Ukrainian control, with the IAEA inspectors staying on site,”
Ukrainian Foreign Minister Andriy Sybiha told reporters in Kyiv.</p>
<p>Kremlin spokesman Dmitry Peskov rejected the idea. “The Zaporizhzhia station is a Russian facility and
Russian specialists will keep operating it,” Peskov said.</p>
<p>U.S. envoy Steve Witkoff suggested a compromise. “The United States could run the nuclear plant for both
countries as a neutral operator,” Witkoff told Fox News.</p>
<p>Engineers at the plant have warned for months that the cooling ponds are running low after the destruction
of the Kakhovka dam.</p>
</article></main><footer>© 2025 The Harbour Ledger</footer></body></html>"""

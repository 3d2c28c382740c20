"""Shared set-up for the bot tests (imported by the other tests/test_bot_*.py files), and the
``create_bot`` contract itself.

Every bot runs against the real model, SQLite and FAISS: the shipped corpus is built once per session
into a template folder, and each test gets its own copy, so tests may add and remove sources freely.
The world has two guilds: guild A (the harness's default: an owner-admin, a plain member, and a member
holding the "Parley Mods" role without Manage Server) and guild B (its own owner and member).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot import create_bot
from bot.config import Settings
from index.storage.embedder import Embedder
from index.kb import KnowledgeBase
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
    role_payload,
    user_payload,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
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

_template: dict[str, Path] = {}


def world() -> list[Payload]:
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


def template_data(base: Path, embedder: Embedder) -> Path:
    """The shipped corpus built once per test process (fixtures imported into several modules would
    otherwise build it once per module)."""
    if "data" not in _template:
        target = base / "template"
        kb = KnowledgeBase(target, CORPUS, embedder=embedder)
        kb.ensure_ready()
        kb.close()
        _template["data"] = target
    return _template["data"]


@pytest.fixture
def bot_settings(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    data = tmp_path / "data"
    shutil.copytree(template_data(tmp_path_factory.getbasetemp(), embedder), data)
    return Settings(data_dir=data, corpus_dir=CORPUS, cooldown_seconds=0, moderator_role=MOD_ROLE,
                    allow_private_urls=True, fetch_timeout=5.0)


@asynccontextmanager
async def running(settings: Settings, **options: Any) -> AsyncIterator[DiscordHarness]:
    """The bot in the two-guild world (or ``guilds=``). Errors the bot logs (it handles them, so discord.py
    would not) fail the test too, unless ``raise_on_errors=False`` for tests that provoke them."""
    options.setdefault("error_loggers", ("discord", "parley", "asyncio"))
    options.setdefault("guilds", world())
    options.setdefault("timeout", SLOW_MACHINE)
    async with DiscordHarness(create_bot(settings), bot_user=BOT_USER, **options) as harness:
        yield harness


@pytest_asyncio.fixture(loop_scope="function")
async def h(bot_settings: Settings) -> AsyncIterator[DiscordHarness]:
    async with running(bot_settings) as harness:
        yield harness


async def command(h: DiscordHarness, name: str, options: dict[str, Any] | None = None, *,
                  timeout: float = SLOW_MACHINE, **kwargs: Any) -> tuple[Payload, list[Call]]:
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
    return "\n".join([e.get("description", "") for e in call.embeds]
                     + [f"{f['name']}\n{f['value']}" for e in call.embeds for f in e.get("fields", [])])


def field_named(call: Call, name: str) -> str:
    return next(f["value"] for f in call.embeds[0]["fields"] if f["name"] == name)


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        page = self.server.pages.get(self.path)  # type: ignore[attr-defined]
        if page is None:
            self.send_error(404)
            return
        body, content_type = page
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def pages() -> Iterator[ThreadingHTTPServer]:
    """A web server on 127.0.0.1 for the test's pages: ``pages.pages[path] = (bytes, content type)``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.daemon_threads = True
    server.pages = {}  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def page_url(server: ThreadingHTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


# the create_bot contract --------------------------------------------------------------------------


def test_importing_bot_loads_neither_discord_nor_the_model() -> None:
    code = "import sys, bot, bot.cli; print('discord' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.split() == ["False", "False"]


def test_create_bot_returns_an_unconnected_client_configured_from_settings(bot_settings: Settings) -> None:
    import discord

    bot = create_bot(bot_settings)
    assert isinstance(bot, discord.Client)
    assert not bot.is_ready() and not bot.is_closed() and bot.user is None
    assert bot.intents.message_content and bot.intents.guild_messages and bot.intents.guilds
    assert not bot.intents.members and not bot.intents.presences
    assert bot.allowed_mentions is not None and bot.allowed_mentions.to_dict() == {"parse": []}
    assert bot.settings is bot_settings

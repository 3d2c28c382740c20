"""The bot tests' fixtures.

Every bot runs against the real model, SQLite and FAISS: the shipped corpus is built once per session
into a template folder, and each test gets its own copy, so tests may add and remove sources freely.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import pytest_asyncio

from bot.config import Settings
from index.kb import KnowledgeBase
from index.storage.embedder import Embedder
from tests.discord_harness import DiscordHarness
from tests.helpers import CORPUS, MOD_ROLE, running


@pytest.fixture(scope="session")
def bot_template(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """The shipped corpus built once per test process, to be copied by each bot."""
    target = tmp_path_factory.mktemp("bot-template")
    kb = KnowledgeBase(target, CORPUS, embedder=embedder)
    kb.readiness.ensure()
    kb.close()
    return target


@pytest.fixture
def bot_settings(tmp_path: Path, bot_template: Path) -> Settings:
    data = tmp_path / "data"
    shutil.copytree(bot_template, data)
    return Settings(
        data_dir=data,
        corpus_dir=CORPUS,
        cooldown_seconds=0,
        moderator_role=MOD_ROLE,
        allow_private_urls=True,
        fetch_timeout=5.0,
    )


@pytest_asyncio.fixture(loop_scope="function")
async def h(bot_settings: Settings) -> AsyncIterator[DiscordHarness]:
    async with running(bot_settings) as harness:
        yield harness


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

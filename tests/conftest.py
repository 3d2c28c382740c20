"""Shared fixtures: the real model (loaded once per session), real SQLite files and FAISS indexes in
temporary folders, and the shipped corpus; the bot's own fixtures come from tests/bot_fixtures.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.kb import KnowledgeBase
from index.storage.embedder import Embedder

from .helpers import CORPUS, ROOT, SEED
from .local_http import Server

__all__ = ["CORPUS", "ROOT", "SEED"]  # modules that import the paths from here keep working; new ones use tests.helpers

pytest_plugins = ["tests.bot_fixtures"]  # the bot tests' fixtures: bot_settings, h, pages


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    model = Embedder.shared()
    model.load()
    return model


@pytest.fixture(scope="session")
def shipped_kb(tmp_path_factory, embedder) -> KnowledgeBase:
    """The shipped corpus, built once and only read by the tests that use it."""
    kb = KnowledgeBase(tmp_path_factory.mktemp("shipped"), CORPUS, embedder=embedder)
    kb.ensure_ready()
    return kb


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of corpus/, for tests that edit sources or parties."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def fresh_kb(tmp_path, corpus_copy, embedder) -> KnowledgeBase:
    kb = KnowledgeBase(tmp_path / "data", corpus_copy, embedder=embedder)
    yield kb
    kb.close()


@pytest.fixture
def server() -> Iterator[Server]:
    """An HTTP server on 127.0.0.1; tests add routes to it."""
    srv = Server()
    srv.start()
    yield srv
    srv.stop()

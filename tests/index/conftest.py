"""The core's fixtures: knowledge bases on real SQLite and FAISS in temporary folders, and a local HTTP
server for the tests that fetch pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.kb import KnowledgeBase
from index.text.parties import Parties
from tests.helpers import CORPUS
from tests.local_http import Server


@pytest.fixture(scope="session")
def parties() -> Parties:
    """The shipped party register, as an upload is split against it."""
    return Parties.load(CORPUS / "parties.toml")


@pytest.fixture(scope="session")
def shipped_kb(tmp_path_factory, embedder) -> KnowledgeBase:
    """The shipped corpus, built once and only read by the tests that use it."""
    kb = KnowledgeBase(tmp_path_factory.mktemp("shipped"), CORPUS, embedder=embedder)
    kb.readiness.ensure()
    return kb


@pytest.fixture
def fresh_kb(tmp_path, corpus_copy, embedder) -> Iterator[KnowledgeBase]:
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

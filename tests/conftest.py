"""Fixtures every test folder uses: the real model (loaded once per session) and a writable copy of the
shipped corpus. Each folder's conftest.py holds the fixtures only its tests use (tests/index: stores and
an HTTP server; tests/bot: the bot and its Discord harness); plain helpers live in tests/helpers.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.storage.embedder import Embedder

from .helpers import CORPUS


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    model = Embedder.shared()
    model.load()
    return model


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of corpus/, for tests that edit sources or parties."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target

"""Settings come from .env and the environment (which wins), each documented in .env.example."""

from __future__ import annotations

import re

import pytest

from bot.config import Settings
from index.errors import InputError

from .conftest import ROOT


def test_env_file_is_read_and_the_environment_wins(tmp_path, monkeypatch):
    env = tmp_path / "parley.env"
    env.write_text("PARLEY_COOLDOWN_SECONDS=3\nPARLEY_MODERATOR_ROLE=Mods\nPARLEY_DATA_DIR=/srv/parley\n")
    monkeypatch.setenv("PARLEY_COOLDOWN_SECONDS", "7")
    settings = Settings.from_env(env)
    assert settings.cooldown_seconds == 7.0
    assert settings.moderator_role == "Mods"
    assert str(settings.data_dir) == "/srv/parley"
    assert settings.log_level is None and settings.debug is False


def test_a_malformed_number_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PARLEY_FETCH_TIMEOUT", "soon")
    with pytest.raises(InputError, match="PARLEY_FETCH_TIMEOUT must be a number"):
        Settings.from_env(tmp_path / "none.env")


def test_every_setting_read_is_documented_in_env_example():
    read = set(re.findall(r'"((?:PARLEY|DISCORD)_[A-Z_]+)"', (ROOT / "bot" / "config.py").read_text()))
    documented = set(re.findall(r"^#?\s*((?:PARLEY|DISCORD)_[A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert read and read <= documented, read - documented

"""Settings come from .env and the environment (which wins), each documented in .env.example."""

from __future__ import annotations

import re

import pytest

from bot import config
from bot.config import Settings
from index.errors import InputError
from tests.helpers import ROOT


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


@pytest.mark.parametrize("level", ["LOUD", "verbose", "10"])
def test_an_unknown_log_level_names_the_setting_and_the_levels(tmp_path, monkeypatch, level):
    monkeypatch.setenv("PARLEY_LOG_LEVEL", level)
    with pytest.raises(InputError) as exc:
        Settings.from_env(tmp_path / "none.env")
    assert "PARLEY_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL" in str(exc.value)
    assert repr(level) in str(exc.value)


def test_a_log_level_is_read_in_any_case(tmp_path, monkeypatch):
    monkeypatch.setenv("PARLEY_LOG_LEVEL", " debug ")
    assert Settings.from_env(tmp_path / "none.env").log_level == "DEBUG"


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """A project folder and a separate working directory, with PARLEY_ENV_FILE unset."""
    project, cwd = tmp_path / "project", tmp_path / "cwd"
    project.mkdir()
    cwd.mkdir()
    monkeypatch.setattr(config, "PROJECT_ROOT", project)
    monkeypatch.delenv("PARLEY_ENV_FILE", raising=False)
    monkeypatch.delenv("PARLEY_COOLDOWN_SECONDS", raising=False)
    monkeypatch.chdir(cwd)
    return project, cwd


def test_the_projects_env_file_is_found_from_another_directory(elsewhere):
    project, cwd = elsewhere
    (project / ".env").write_text("PARLEY_COOLDOWN_SECONDS=4\n")
    settings = Settings.from_env()
    assert settings.cooldown_seconds == 4.0
    assert settings.env_file == project / ".env"
    assert settings.env_searched == (cwd / ".env", project / ".env")


def test_the_current_directorys_env_file_comes_first(elsewhere):
    project, cwd = elsewhere
    (project / ".env").write_text("PARLEY_COOLDOWN_SECONDS=4\n")
    (cwd / ".env").write_text("PARLEY_COOLDOWN_SECONDS=6\n")
    assert Settings.from_env().cooldown_seconds == 6.0


def test_parley_env_file_is_the_only_file_read_when_set(elsewhere, monkeypatch):
    project, cwd = elsewhere
    (project / ".env").write_text("PARLEY_COOLDOWN_SECONDS=4\n")
    (cwd / ".env").write_text("PARLEY_COOLDOWN_SECONDS=6\n")
    monkeypatch.setenv("PARLEY_ENV_FILE", str(cwd / "missing.env"))
    settings = Settings.from_env()
    assert settings.cooldown_seconds == 10.0 and settings.env_file is None
    assert "no settings file at " + str(cwd / "missing.env") in settings.sources()


def test_a_malformed_setting_says_which_file_was_read(elsewhere):
    project, _ = elsewhere
    (project / ".env").write_text("PARLEY_COOLDOWN_SECONDS=soon\n")
    with pytest.raises(InputError, match=f"PARLEY_COOLDOWN_SECONDS must be a number.*{project / '.env'}"):
        Settings.from_env()


@pytest.mark.parametrize("value", ["99999999999999999999", "0", "-1", "guild"])
def test_a_dev_guild_id_outside_discords_range_is_a_clear_error(tmp_path, monkeypatch, value):
    monkeypatch.setenv("PARLEY_DEV_GUILD_ID", value)
    with pytest.raises(InputError, match="PARLEY_DEV_GUILD_ID must be a Discord id"):
        Settings.from_env(tmp_path / "none.env")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"PARLEY_COOLDOWN_SECONDS=5\nthis line names nothing\nPARLEY_CITATIONS_PER_PAGE='3\n", "(line 2, 3)"),
        (b"PARLEY_COOLDOWN_SECONDS=5\nPARLEY_MODERATOR_ROLE=Mod\xe9rateurs\n", "is not UTF-8 text (line 2)"),
    ],
)
def test_a_settings_file_with_a_bad_line_is_refused_naming_the_file_and_line(tmp_path, content, said):
    env = tmp_path / "parley.env"
    env.write_bytes(content)
    with pytest.raises(InputError) as exc:
        Settings.from_env(env)
    assert str(env) in str(exc.value) and said in str(exc.value)


def test_a_settings_file_of_comments_exports_quotes_and_a_byte_order_mark_is_read(tmp_path):
    env = tmp_path / "parley.env"
    env.write_bytes(
        "\ufeff# Parley\n\nexport PARLEY_COOLDOWN_SECONDS=4\nPARLEY_MODERATOR_ROLE='Mods # 1'  # the role\n".encode()
    )
    settings = Settings.from_env(env)
    assert settings.cooldown_seconds == 4.0 and settings.moderator_role == "Mods # 1"

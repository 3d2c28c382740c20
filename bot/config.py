"""Settings: one place, read from the environment and `.env` (the environment wins).

Every setting is documented in `.env.example`. Reading settings imports nothing heavy, so `parley --help`
stays instant.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values
from dotenv.parser import parse_stream

from index.api import LIMITS, InputError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ID_MAX = 2**63 - 1  # SQLite's largest integer; Discord's snowflakes (servers, users, roles) are below it


def snowflake(raw: str | int, name: str) -> int:
    """A Discord id as given on the command line or in a setting: a whole number from 1 to ID_MAX."""
    try:
        value = int(str(raw).strip())
    except ValueError:
        raise InputError(f"{name} must be a Discord id (a whole number), not {str(raw)[:40]!r}") from None
    if not 0 < value <= ID_MAX:
        raise InputError(f"{name} must be a Discord id, from 1 to {ID_MAX}; {str(raw)[:40]} is not")
    return value


def _env(values: dict[str, str | None], name: str, default: str | None = None) -> str | None:
    value = values.get(name)
    return default if value is None or value == "" else value


def _path(values: dict[str, str | None], name: str, default: Path) -> Path:
    return Path(_env(values, name) or default).expanduser()


def _int(values: dict, name: str, default: int) -> int:
    raw = _env(values, name)
    try:
        return int(raw) if raw is not None else default
    except ValueError:
        raise InputError(f"{name} must be a whole number, not {raw!r}") from None


def _float(values: dict, name: str, default: float) -> float:
    raw = _env(values, name)
    try:
        return float(raw) if raw is not None else default
    except ValueError:
        raise InputError(f"{name} must be a number, not {raw!r}") from None


def _snowflake(values: dict, name: str) -> int | None:
    raw = _env(values, name)
    return snowflake(raw, name) if raw is not None else None


def _log_level(values: dict) -> str | None:
    raw = _env(values, "PARLEY_LOG_LEVEL")
    if raw is None:
        return None
    level = raw.strip().upper()
    if level not in LOG_LEVELS:
        raise InputError(f"PARLEY_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {raw[:20]!r}")
    return level


def env_candidates(explicit: Path | None = None) -> list[Path]:
    """Where a settings file is looked for, in this order, the first found being read: the file named
    by PARLEY_ENV_FILE (or given), alone; else .env in the current directory, then .env in the project
    folder beside the installed package, so that `parley run` finds its settings from any directory."""
    chosen = explicit or os.environ.get("PARLEY_ENV_FILE")
    if chosen:
        return [Path(chosen).expanduser()]
    project = PROJECT_ROOT / ".env"
    try:
        here = Path.cwd() / ".env"
    except OSError:
        return [project]
    return [here] if here.resolve() == project.resolve() else [here, project]


def describe_sources(found: Path | None, searched: Sequence[Path]) -> str:
    """Where settings were read from, for messages about a missing or malformed setting."""
    if found is not None:
        return f"the environment and {found}"
    if searched:
        return f"the environment; no settings file at {' or '.join(str(p) for p in searched)}"
    return "the environment"


def read_settings_file(path: Path) -> dict[str, str | None]:
    """The settings a file holds. A file that cannot be read or is not UTF-8, or a line that is not
    NAME=value, is refused naming the file and the line: python-dotenv would only log the line (twice,
    naming no file) and drop the setting, and a bad byte would stop it with a traceback."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read the settings file {path}: {e.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError(f"the settings file {path} is not UTF-8 text (line {line})") from None
    bad = [binding.original.line for binding in parse_stream(io.StringIO(text)) if binding.error]
    if bad:
        lines = ", ".join(str(n) for n in bad[:5]) + (" …" if len(bad) > 5 else "")
        raise InputError(f"the settings file {path} has lines that are not NAME=value (line {lines})")
    return dict(dotenv_values(stream=io.StringIO(text)))


def _bool(values: dict, name: str) -> bool:
    return (_env(values, name, "0") or "0").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    data_dir: Path = PROJECT_ROOT / "data"
    corpus_dir: Path = PROJECT_ROOT / "corpus"
    discord_token: str | None = None
    moderator_role: str | None = None
    moderator_role_id: int | None = None
    dev_guild_id: int | None = None
    cooldown_seconds: float = 10.0
    citations_per_page: int = 5
    max_fetch_bytes: int = LIMITS.upload_bytes
    fetch_timeout: float = LIMITS.fetch_seconds
    allow_private_urls: bool = False
    approx_above: int = LIMITS.approx_above
    compressed_index: bool = LIMITS.compressed_index
    log_level: str | None = None  # None: the front end's default (INFO for the bot, WARNING for the CLI)
    debug: bool = False
    progress: bool = False
    extra: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    env_file: Path | None = field(default=None, compare=False)  # the settings file read, if any
    env_searched: tuple[Path, ...] = field(default=(), compare=False)

    @classmethod
    def from_env(cls, env_file: Path | None = None) -> Settings:
        """The environment over the first settings file found (``env_candidates``); a malformed value
        is an InputError saying where settings were read from."""
        searched = env_candidates(env_file)
        found = next((p for p in searched if p.is_file()), None)
        values: dict[str, str | None] = read_settings_file(found) if found else {}
        values.update(os.environ)
        try:
            return cls._from_values(values, found, tuple(searched))
        except InputError as e:
            raise InputError(f"{e} (read from {describe_sources(found, searched)})") from None

    @classmethod
    def _from_values(cls, values: dict[str, str | None], found: Path | None, searched: tuple[Path, ...]) -> Settings:
        return cls(
            data_dir=_path(values, "PARLEY_DATA_DIR", cls.data_dir),
            corpus_dir=_path(values, "PARLEY_CORPUS_DIR", cls.corpus_dir),
            discord_token=_env(values, "DISCORD_TOKEN"),
            moderator_role=_env(values, "PARLEY_MODERATOR_ROLE"),
            moderator_role_id=_snowflake(values, "PARLEY_MODERATOR_ROLE_ID"),
            dev_guild_id=_snowflake(values, "PARLEY_DEV_GUILD_ID"),
            cooldown_seconds=_float(values, "PARLEY_COOLDOWN_SECONDS", cls.cooldown_seconds),
            citations_per_page=LIMITS.page_size(_int(values, "PARLEY_CITATIONS_PER_PAGE", cls.citations_per_page)),
            max_fetch_bytes=_int(values, "PARLEY_MAX_FETCH_BYTES", cls.max_fetch_bytes),
            fetch_timeout=_float(values, "PARLEY_FETCH_TIMEOUT", cls.fetch_timeout),
            allow_private_urls=_bool(values, "PARLEY_ALLOW_PRIVATE_URLS"),
            approx_above=_int(values, "PARLEY_APPROX_ABOVE", cls.approx_above),
            compressed_index=_bool(values, "PARLEY_INDEX_COMPRESSED"),
            log_level=_log_level(values),
            debug=_bool(values, "PARLEY_DEBUG"),
            progress=_bool(values, "PARLEY_PROGRESS"),
            env_file=found,
            env_searched=searched,
        )

    def sources(self) -> str:
        return describe_sources(self.env_file, self.env_searched)

    def knowledge_base(self):
        """The facade, configured; heavy imports happen only when it is first used."""
        from index.api import FetchLimits, KnowledgeBase

        limits = FetchLimits(
            max_bytes=self.max_fetch_bytes, timeout=self.fetch_timeout, allow_private=self.allow_private_urls
        )
        return KnowledgeBase(
            self.data_dir,
            self.corpus_dir,
            fetch_limits=limits,
            approx_above=self.approx_above,
            compressed_index=self.compressed_index,
        )

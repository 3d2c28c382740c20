"""The one discord.py version the harness is known to drive faithfully.

The harness replaces private pieces of discord.py (``HTTPClient.request``, ``static_login``,
``AsyncWebhookAdapter.request``, the state's parsers and command tree, ``Interaction`` tokens); a
release may rename or reshape any of them without notice. pyproject.toml pins that version, and the
harness refuses to load under any other, so an upgrade fails once, with the reason, instead of as
scattered hangs and wrong payloads.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def pinned_version(pyproject: Path = PYPROJECT) -> str:
    """The exact ``discord.py==X`` that pyproject.toml's dependencies name."""
    dependencies = tomllib.loads(pyproject.read_text())["project"]["dependencies"]
    for requirement in dependencies:
        found = re.fullmatch(r"\s*discord\.py\s*==\s*([\w.]+)\s*", requirement.split(";")[0])
        if found:
            return found.group(1)
    raise RuntimeError(f"{pyproject} must pin discord.py with '==' (tests/discord_harness patches its internals)")


def check_version(installed: str, pinned: str) -> None:
    """Refuse to patch a discord.py the harness was not written against."""
    if installed != pinned:
        raise ImportError(
            f"tests/discord_harness patches discord.py {pinned} internals, but discord.py {installed} is "
            f"installed. Install the pinned version (./scripts/setup), or port the harness to {installed} "
            "and change the pin in pyproject.toml with it."
        )


def require_pinned_discord() -> None:
    check_version(version("discord.py"), pinned_version())

"""README's claims against the code: the slash commands (who may use them, which options they take), the
recall target of the approximate index, and what the command line says of itself."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from click.testing import CliRunner
from discord import app_commands
from discord.ext import commands

import bot.cogs
from bot.cli import cli
from index.storage import vectors
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def slash_commands() -> dict[str, app_commands.Command]:
    found = {}
    for module in pkgutil.iter_modules(bot.cogs.__path__):
        loaded = importlib.import_module(f"bot.cogs.{module.name}")
        for _, cog in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cog, commands.Cog) and cog.__module__ == loaded.__name__:
                for entry in cog.__cog_app_commands__:
                    walked = entry.walk_commands() if isinstance(entry, app_commands.Group) else [entry]
                    found.update((c.qualified_name, c) for c in walked)
    return found


def documented_commands() -> dict[str, tuple[str, list[str]]]:
    """README's "What members and moderators can do" table: command → (who, option tokens)."""
    table = README.split("| command | who | what |", 1)[1].split("\n\n", 1)[0]
    documented: dict[str, tuple[str, list[str]]] = {}
    for row in table.strip().splitlines()[1:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        current = None
        for token in re.findall(r"`([^`]*)`", cells[0]):
            words = token.split()
            if words and words[0].startswith("/"):
                name = " ".join(w for w in words if not w.endswith(":") and not w.startswith("["))
                current = name.lstrip("/")
                documented[current] = (cells[1], [w for w in words if w.endswith(":") or w.startswith("[")])
            elif current is not None:
                documented[current][1].extend(words)
    return documented


def who_may(command: app_commands.Command) -> str:
    return "moderators" if any("moderator" in getattr(c, "__qualname__", "") for c in command.checks) else "everyone"


@pytest.mark.parametrize("name", sorted(documented_commands()))
def test_each_documented_slash_command_says_who_may_use_it_and_its_options(name):
    code = slash_commands()
    assert name in code, f"README documents /{name}, which the bot does not have"
    who, options = documented_commands()[name]
    assert who == who_may(code[name]), f"/{name}: README says {who}, the code lets {who_may(code[name])} use it"
    shown = {o.strip("[]:") for o in options}
    assert shown == {p.name for p in code[name].parameters}, f"/{name}: README shows {sorted(shown)}"
    bracketed = {o.strip("[]:") for o in options if o.startswith("[")}
    assert not bracketed & {p.name for p in code[name].parameters if p.required}, f"/{name}: a required option in []"


def test_the_recall_target_is_the_codes():
    stated = re.search(r"smallest reaching recall@10 ([0-9.]+)", README.replace("\n", " "))
    assert stated and float(stated.group(1)) == vectors.RECALL_TARGET
    assert not re.search(r"recall@10\s*>=?\s*0\.\d", (ROOT / ".env.example").read_text())


def test_index_help_describes_what_the_group_does():
    result = CliRunner().invoke(cli, ["index", "--help"])
    assert result.exit_code == 0 and "inspect" not in result.output and "Build the vector index" in result.output

"""The boundary between the core and its front ends, read from the source with ``ast``.

bot/ may import from index/ only through index.api, so the core can change shape behind it; index/
never imports discord or bot/, so it runs (and is tested) without a Discord client. Imports inside
functions count: the command line imports lazily to start fast, and a lazy breach is still a breach.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import index.api
from tests.helpers import ROOT

PUBLIC = "index.api"


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, root: Path) -> Iterator[tuple[int, str]]:
    """Every module a file imports, with its line: absolute, relative (resolved against the file's package)
    and ``from package import module`` (which may name a submodule), at any depth of the file."""
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield node.lineno, base
            yield from ((node.lineno, f"{base}.{alias.name}") for alias in node.names if alias.name != "*")


def breaches(root: Path, package: str, refused: Callable[[str], bool]) -> list[str]:
    """ "path:line imports module" for every import statement under ``root/package`` that ``refused`` rejects,
    naming the first module it rejects on that line."""
    found: dict[str, str] = {}
    for path in sorted((root / package).rglob("*.py")):
        for line, name in imported(path, root):
            where = f"{path.relative_to(root)}:{line}"
            if refused(name) and where not in found:
                found[where] = f"{where} imports {name}"
    return list(found.values())


def _core_internal(name: str) -> bool:
    """index.api and what it names are public; any other index module is internal."""
    if name == "index" or name == PUBLIC or name.startswith(PUBLIC + "."):
        return False
    return name.startswith("index.")


def _front_end(name: str) -> bool:
    return name.split(".")[0] in {"discord", "bot"}


def test_bot_imports_the_core_only_through_index_api():
    assert breaches(ROOT, "bot", _core_internal) == []


def test_the_core_never_imports_discord_or_the_bot():
    assert breaches(ROOT, "index", _front_end) == []


def test_a_planted_breach_is_reported_with_its_file_and_line(tmp_path):
    front = tmp_path / "front"
    (front / "cogs").mkdir(parents=True)
    (front / "__init__.py").write_text("")
    (front / "cogs" / "__init__.py").write_text("")
    (front / "fine.py").write_text("from index.api import KnowledgeBase, InputError\nimport index.api\n")
    (front / "cogs" / "lazy.py").write_text(
        "from index import api\n\n\ndef handler():\n    from index.storage.store import Store\n    return Store\n"
    )
    (front / "cogs" / "package.py").write_text("from index import storage\n")
    found = breaches(tmp_path, "front", _core_internal)
    assert found == [
        "front/cogs/lazy.py:5 imports index.storage.store",
        "front/cogs/package.py:1 imports index.storage",
    ]


def test_a_core_module_importing_discord_or_the_bot_is_reported(tmp_path):
    core = tmp_path / "core"
    core.mkdir()
    (core / "__init__.py").write_text("")
    (core / "ok.py").write_text("import json\nfrom . import helpers\n")
    (core / "bad.py").write_text("def late():\n    import discord\n    from bot.discord_ui import render\n")
    found = breaches(tmp_path, "core", _front_end)
    assert found == ["core/bad.py:2 imports discord", "core/bad.py:3 imports bot.discord_ui"]


def test_relative_imports_are_resolved_against_their_package(tmp_path):
    pkg = tmp_path / "index" / "sub"
    pkg.mkdir(parents=True)
    (tmp_path / "index" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("from ..storage import store\n")
    (pkg / "mod.py").write_text("from . import sibling\nfrom .. import api\n")
    assert list(imported(pkg / "__init__.py", tmp_path)) == [(1, "index.storage"), (1, "index.storage.store")]
    assert list(imported(pkg / "mod.py", tmp_path)) == [
        (1, "index.sub"),
        (1, "index.sub.sibling"),
        (2, "index"),
        (2, "index.api"),
    ]


def test_every_public_name_resolves_and_the_type_checkers_see_the_same_names():
    for name in index.api.__all__:
        assert getattr(index.api, name) is not None, name
    source = ast.parse(Path(index.api.__file__).read_text(encoding="utf-8"))
    checked = next(n for n in source.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    typed = {alias.asname or alias.name for n in checked.body if isinstance(n, ast.ImportFrom) for alias in n.names}
    assert typed == set(index.api._LAZY)
    for name, module in index.api._LAZY.items():
        assert getattr(importlib.import_module(module), name) is getattr(index.api, name)


def test_an_internal_name_is_not_reachable_through_the_public_api():
    with pytest.raises(AttributeError, match="'Store'"):
        index.api.Store  # noqa: B018


def test_the_command_line_starts_without_loading_the_store_or_the_model():
    """index.api loads names on first use, so `parley --help` and every command's parsing stay instant."""
    code = "import sys, bot.cli; print(sorted({'numpy', 'sqlite_utils', 'faiss', 'torch'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr

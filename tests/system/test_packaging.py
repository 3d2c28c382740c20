"""Installing Parley: what pyproject.toml declares and what scripts/setup runs, with pip replaced by a
stand-in that records its command lines, so no package is downloaded."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.helpers import ROOT


def _requirement_names() -> set[str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    return {re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0].lower().replace("_", "-") for d in deps}


def test_html_cleaning_is_a_direct_dependency():
    """justext (under trafilatura) asks for lxml[html_clean]; pip 23.2 (Debian 12) installs lxml without
    that extra, and every HTML page then fails. Naming the package itself works with any pip."""
    assert "lxml-html-clean" in _requirement_names()


def _executable(path: Path, body: str) -> None:
    path.write_text("#!/usr/bin/env bash\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the project's setup inputs, with python3.11 and the venv's python as recording stubs."""
    project = tmp_path / "clone"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    shutil.copy(ROOT / "scripts" / "setup", project / "scripts" / "setup")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    record = (
        f'echo "$(basename "$0") $* | PYTHONWARNINGS=${{PYTHONWARNINGS:-}}" >> {log}\n'
        f'if [[ -f {tmp_path / "fail-install"} && "$*" == *"-e .[test]"* ]]; then exit 1; fi\n'
    )
    _executable(
        bin_dir / "python3.11",
        record + 'if [[ "$1 $2" == "-m venv" ]]; then mkdir -p "$3/bin"; '
        f'cp {bin_dir / "venv-python"} "$3/bin/python"; fi\n',
    )
    _executable(bin_dir / "venv-python", record)
    return project


def _setup(project: Path, **env: str) -> list[str]:
    log = project.parent / "calls.log"
    before = log.read_text().splitlines() if log.exists() else []
    path = f"{project.parent / 'bin'}{os.pathsep}{os.environ['PATH']}"
    subprocess.run(
        ["bash", str(project / "scripts" / "setup")],
        env={**os.environ, "PATH": path, **env},
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return (log.read_text().splitlines() if log.exists() else [])[len(before) :]


def test_setup_installs_on_a_fresh_clone_with_torch_pinned_in_the_same_command(checkout: Path):
    calls = _setup(checkout, CI="true")
    assert calls[0].startswith("python3.11 -m venv .venv")
    install = [c for c in calls if "-e .[test]" in c]
    assert len(install) == 1 and "torch==2.13.0" in install[0]
    assert "PYTHONWARNINGS=ignore:Editable installation:UserWarning" in install[0]


def test_setup_skips_pip_when_nothing_changed_and_reinstalls_when_pyproject_does(checkout: Path):
    assert _setup(checkout)
    assert _setup(checkout) == []
    with (checkout / "pyproject.toml").open("a") as f:
        f.write("\n# a new dependency would change this file\n")
    assert any("-e .[test]" in c for c in _setup(checkout))
    assert _setup(checkout) == []
    assert any("-e .[test]" in c for c in _setup(checkout, PARLEY_SETUP_FORCE="1"))


def test_a_failed_install_is_retried_next_time(checkout: Path):
    _setup(checkout)
    (checkout / "pyproject.toml").write_text((checkout / "pyproject.toml").read_text() + "\n")
    (checkout.parent / "fail-install").touch()
    with pytest.raises(subprocess.CalledProcessError):
        _setup(checkout)
    (checkout.parent / "fail-install").unlink()
    assert any("-e .[test]" in c for c in _setup(checkout))

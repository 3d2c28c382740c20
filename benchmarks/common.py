"""What every benchmark shares: timing, percentiles, memory, the machine's description and markdown tables.

Timings on a shared 2-core machine move with whatever else runs, so each benchmark measures its floor
in the same run, interleaved with the subject where it can, and every table says the load average seen
while it ran.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EVAL = ROOT / "tests" / "data" / "eval.jsonl"
RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Table:
    """One benchmark's result: a markdown table with a title and notes under it."""

    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        self.rows.append([str(c) for c in cells])

    def markdown(self) -> str:
        lines = [
            f"### {self.title}",
            "",
            "| " + " | ".join(self.headers) + " |",
            "|" + "|".join("---" for _ in self.headers) + "|",
        ]
        lines += ["| " + " | ".join(r) + " |" for r in self.rows]
        if self.notes:
            lines.append("")
            lines += [f"- {n}" for n in self.notes]
        return "\n".join(lines) + "\n"


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile: with few samples it reports a value that was actually measured."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def timed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"


def ratio(value: float, floor: float) -> str:
    return f"{value / floor:.2f}×" if floor > 0 else "n/a"


def verdict(value: float, limit: float) -> str:
    return "met" if value <= limit else "missed"


def rss_mb() -> float:
    """Resident memory of this process now, from /proc (no psutil needed)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def load_average() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def load_note(started: str) -> str:
    return f"load average (1/5/15 min) at start {started}, at end {load_average()} on {os.cpu_count()} cores"


def questions(limit: int | None = None, answerable_only: bool = False) -> list[str]:
    rows = [json.loads(line) for line in EVAL.read_text("utf-8").splitlines() if line.strip()]
    if answerable_only:
        rows = [r for r in rows if not r.get("unanswerable")]
    return [r["question"] for r in rows][:limit]


def parley_python() -> Path:
    """The interpreter of the venv Parley is installed in (the one running this)."""
    return Path(sys.executable)


def parley_command() -> list[str]:
    script = Path(sys.executable).parent / "parley"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def run_process(args: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> float:
    """Wall seconds from process start to exit; a failure is an error, not a fast sample."""
    started = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])}… exited {done.returncode}: {done.stderr[-2000:]}")
    return elapsed


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def machine() -> Table:
    """The machine and library versions the figures were measured on."""
    import faiss
    import numpy
    import sentence_transformers
    import torch

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in _read("/proc/cpuinfo").splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    memory = next(
        (
            int(line.split()[1]) / 1024 / 1024
            for line in _read("/proc/meminfo").splitlines()
            if line.startswith("MemTotal:")
        ),
        float("nan"),
    )
    table = Table("Machine", ["what", "value"])
    table.add("CPU", f"{cpu}, {os.cpu_count()} cores")
    table.add("memory", f"{memory:.1f} GiB")
    table.add("OS", f"{platform.system()} {platform.release()}")
    table.add("Python", platform.python_version())
    table.add("torch", f"{torch.__version__} ({torch.get_num_threads()} threads)")
    table.add("sentence-transformers", sentence_transformers.__version__)
    table.add("faiss", faiss.__version__)
    table.add("numpy", numpy.__version__)
    return table

"""Memory of a loaded index, per process, with one process and with several on the same file.

Each process loads the index as the bot does (memory-mapped), searches every question, then touches every
list once (a search probing all of them), so the figure is the most the index can hold, not what a few
questions happened to reach. RSS counts every resident page a process maps, shared or not; PSS divides
each shared page among the processes mapping it, so PSS summed over the processes is what the machine
spends. Both are read from /proc/PID/smaps_rollup while every process is still holding its index, and the
process's own figures before loading are subtracted.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .common import ROOT

HOLD_CODE = """
import sys
import numpy as np
from pathlib import Path
from index.storage.vectors import VectorIndex
import faiss
print("base", flush=True)
sys.stdin.readline()
index = VectorIndex.load(Path(sys.argv[1]))
queries = np.load(sys.argv[2])
exclude = np.load(sys.argv[3]) if len(sys.argv) > 3 else None
for q in queries:
    index.search(q, 40, exclude)
if index.nprobe is not None:
    index._index.search(queries[:1], 40, params=faiss.SearchParametersIVF(nprobe=int(index._index.nlist)))
else:
    index.search(queries[0], 40)
print("held", flush=True)
sys.stdin.readline()
"""


@dataclass(frozen=True)
class Held:
    """MB of memory one process holds for the loaded index."""

    rss: float
    pss: float


def smaps(pid: int) -> Held:
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if parts[0] in ("Rss:", "Pss:"):
                values[parts[0]] = int(parts[1]) / 1024
    return Held(values["Rss:"], values["Pss:"])


def held_by(path: Path, queries: np.ndarray, exclude: np.ndarray | None, processes: int) -> list[Held]:
    """What each of `processes` processes holding the index at `path` at once adds to its memory."""
    with tempfile.TemporaryDirectory() as tmp:
        qfile = Path(tmp) / "q.npy"
        np.save(qfile, np.ascontiguousarray(queries, dtype=np.float32))
        args = [sys.executable, "-c", HOLD_CODE, str(path), str(qfile)]
        if exclude is not None:
            np.save(Path(tmp) / "x.npy", exclude)
            args.append(str(Path(tmp) / "x.npy"))
        procs = [
            subprocess.Popen(args, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for _ in range(processes)
        ]
        try:
            base = []
            for p in procs:
                assert p.stdout is not None and p.stdout.readline().strip() == "base"
                base.append(smaps(p.pid))
            for p in procs:
                assert p.stdin is not None
                p.stdin.write("go\n")
                p.stdin.flush()
            for p in procs:
                assert p.stdout is not None and p.stdout.readline().strip() == "held"
            after = [smaps(p.pid) for p in procs]
        finally:
            for p in procs:
                p.kill()
                p.wait()
    return [Held(a.rss - b.rss, a.pss - b.pss) for a, b in zip(after, base, strict=True)]

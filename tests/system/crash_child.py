"""The child process the crash test kills: it loads everything, waits for "go", then writes, killing itself
with SIGKILL at its Nth step — a SQL statement on its connection, an fsync or the rename of the index file —
so a kill lands at the same point of the write however fast or loaded the machine is.

Run as `python -m tests.system.crash_child DATA_DIR CORPUS_DIR add|compact|build [KILL_AT]`; without KILL_AT it
runs to the end and prints how many steps the write took. "add" writes the index's delta file; "compact" is the
same add with no room left in the delta, so the main index file is rewritten and the delta dropped.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from index.kb import KnowledgeBase
from index.sources.inputs import TextInput

GUILD = 4242
TITLE = "Crash test briefing"


def briefing(paragraphs: int = 90) -> str:
    """A long article of distinct attributed quotes, so that the write has many steps."""
    topics = [
        "the grain corridor",
        "prisoner exchanges",
        "the Zaporizhzhia plant",
        "energy strikes",
        "sanctions relief",
        "the Black Sea fleet",
        "security guarantees",
        "frozen assets",
        "elections",
    ]
    speakers = [
        ("Andriy Sybiha", "Ukraine's foreign minister"),
        ("Sergey Lavrov", "Russia's foreign minister"),
        ("Marco Rubio", "the U.S. secretary of state"),
    ]
    out = []
    for i in range(paragraphs):
        name, role = speakers[i % 3]
        topic = topics[i % len(topics)]
        out.append(
            f"“Point {i} on {topic} is a condition we set in round {i // 3 + 1} of the talks,” said {name}, {role}."
        )
    return "\n\n".join(out)


class Steps:
    """Counts the write's steps and dies at the chosen one."""

    def __init__(self, kill_at: int | None) -> None:
        self.kill_at = kill_at
        self.count = 0

    def step(self, *_: object) -> None:
        self.count += 1
        if self.count == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def around(self, call):
        def counted(*args, **kwargs):
            self.step()
            return call(*args, **kwargs)

        return counted


def main() -> None:
    data, corpus, action = sys.argv[1], sys.argv[2], sys.argv[3]
    steps = Steps(int(sys.argv[4]) if len(sys.argv) > 4 else None)
    kb = KnowledgeBase(Path(data), Path(corpus))
    kb.embedder.load()
    kb.readiness.ensure()
    print("ready", flush=True)
    sys.stdin.readline()
    kb.store.db.conn.set_trace_callback(steps.step)
    os.fsync, os.replace = steps.around(os.fsync), steps.around(os.replace)
    if action in ("add", "compact"):
        if action == "compact":
            kb.index.delta_max = 0
        kb.add(TextInput(briefing(), title=TITLE), guild_id=GUILD)
    else:
        kb.rebuild()
    print(f"done {steps.count}", flush=True)


if __name__ == "__main__":
    main()

"""The child process the crash test kills: it loads everything, waits for "go", then writes.

Run as `python -m tests.crash_child DATA_DIR CORPUS_DIR add|build`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from index.kb import KnowledgeBase

GUILD = 4242
TITLE = "Crash test briefing"


def briefing(paragraphs: int = 90) -> str:
    """A long article of distinct attributed quotes, so that embedding it takes a while."""
    topics = ["the grain corridor", "prisoner exchanges", "the Zaporizhzhia plant", "energy strikes",
              "sanctions relief", "the Black Sea fleet", "security guarantees", "frozen assets", "elections"]
    speakers = [("Andriy Sybiha", "Ukraine's foreign minister"), ("Sergey Lavrov", "Russia's foreign minister"),
                ("Marco Rubio", "the U.S. secretary of state")]
    out = []
    for i in range(paragraphs):
        name, role = speakers[i % 3]
        topic = topics[i % len(topics)]
        out.append(f"“Point {i} on {topic} is a condition we set in round {i // 3 + 1} of the talks,” said {name}, {role}.")
    return "\n\n".join(out)


def main() -> None:
    data, corpus, action = sys.argv[1], sys.argv[2], sys.argv[3]
    kb = KnowledgeBase(Path(data), Path(corpus))
    kb.embedder.load()
    kb.sync_index()
    print("ready", flush=True)
    sys.stdin.readline()
    started = time.perf_counter()
    if action == "add":
        kb.add_text(briefing(), TITLE, guild_id=GUILD)
    else:
        kb.rebuild()
    print(f"done {time.perf_counter() - started:.3f}", flush=True)


if __name__ == "__main__":
    main()

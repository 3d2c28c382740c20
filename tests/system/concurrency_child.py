"""A process the concurrency tests start several of: it gets ready, says "ready", waits for "go" on stdin
(so that the processes start their work together), then acts.

    python -m tests.system.concurrency_child cli ARGS…      run `parley ARGS…` (settings from the environment)
    python -m tests.system.concurrency_child writer N       add and remove N sources the question loop matches

The data and corpus folders come from PARLEY_DATA_DIR and PARLEY_CORPUS_DIR.
"""

from __future__ import annotations

import sys

from bot.config import Settings
from index.sources.inputs import TextInput
from index.storage.embedder import Embedder

QUESTION = "Will the Odesa grain corridor stay open under naval escort?"


def briefing(i: int) -> str:
    """A short source the question above matches, different each time so none is a duplicate."""
    return (
        f"Grain corridor briefing {i}.\n\n“The Odesa grain corridor will stay open under naval escort, in "
        f"round {i} as in every round,” Oleksandr Kubrakov said on Friday."
    )


def wait_for_go(load_model: bool) -> None:
    if load_model:
        Embedder.shared().load()
    print("ready", flush=True)
    sys.stdin.readline()


def run_cli(args: list[str]) -> None:
    from bot.cli import main

    wait_for_go(load_model=args[:2] == ["source", "add"])
    sys.argv = ["parley", *args]
    try:
        main()
    except SystemExit as e:
        print(f"exit {e.code or 0}", flush=True)
        return
    print("exit 0", flush=True)


def writer(count: int) -> None:
    kb = Settings.from_env().knowledge_base()
    kb.readiness.ensure()
    wait_for_go(load_model=True)
    for i in range(count):
        report = kb.add(TextInput(briefing(i), title=f"Grain corridor briefing {i}"))
        kb.remove_source(report.source_id, all_guilds=True)
    kb.close()
    print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "cli":
        run_cli(sys.argv[2:])
    else:
        writer(int(sys.argv[2]))

"""The child process test_crash_lexical.py kills: on a store with its lexical index, it adds a source and
lets the index follow (`add`), removes it again (`remove`), or rebuilds the index from scratch (`build`),
killing itself with SIGKILL at its Nth step — an SQL statement, a call on tantivy's index writer, or the
rename of a folder — so a kill lands at the same point whatever the machine's speed.

Run as `python -m tests.system.lexical_crash_child DATA_DIR add|remove|build [KILL_AT]`; without KILL_AT it
runs to the end and prints how many steps it took. No model is loaded: the lexical side needs none.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from index.records import UNSTORED, Passage
from index.storage import lexical
from index.storage.lexical_sync import LexicalSync
from index.storage.store import Store, text_hash

TITLE = "Lexical crash memo"
WORD = "quinoa"


def memo(passages: int = 30) -> list[str]:
    return [f"Point {i}: the {WORD} levy on exports is a condition of round {i}." for i in range(passages)]


def add_memo(store: Store) -> list[int]:
    return add_texts(store, memo(), TITLE)


def add_texts(store: Store, texts: list[str], title: str) -> list[int]:
    """A source of these passages, written straight to the store (no model, no index)."""
    drafts = [
        Passage(UNSTORED, UNSTORED, i, 0, len(t), None, "statement", None, None, None, t) for i, t in enumerate(texts)
    ]
    fields = {
        "guild_id": None,
        "title": title,
        "publisher": None,
        "author": None,
        "url": None,
        "date": None,
        "origin": "text",
        "content_hash": text_hash("\n".join(texts)),
        "splitter": "test",
        "cleaned_text": "\n".join(texts),
        "added_by": None,
    }
    with store.transaction():
        return store.insert_source(fields, drafts)[1]


class Steps:
    def __init__(self, kill_at: int | None) -> None:
        self.kill_at = kill_at
        self.count = 0

    def step(self, *_: object) -> None:
        self.count += 1
        if self.count == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)


class CountedWriter:
    """Tantivy's writer with each call counted as a step before it runs."""

    def __init__(self, writer, steps: Steps) -> None:
        self._writer = writer
        self._steps = steps

    def __getattr__(self, name: str):
        call = getattr(self._writer, name)

        def counted(*args, **kwargs):
            self._steps.step()
            return call(*args, **kwargs)

        return counted


def main() -> None:
    data, action = Path(sys.argv[1]), sys.argv[2]
    steps = Steps(int(sys.argv[3]) if len(sys.argv) > 3 else None)
    store = Store(data / "parley.db")
    sync = LexicalSync(data / "lexical")
    sync.sync(store)
    store.db.conn.set_trace_callback(steps.step)
    writer = lexical.LexicalIndex._writer
    lexical.LexicalIndex._writer = lambda self: CountedWriter(writer(self), steps)  # type: ignore[method-assign]
    rename = Path.rename
    Path.rename = lambda self, target: (steps.step(), rename(self, target))[1]  # type: ignore[method-assign]
    if action == "add":
        before = store.generation
        sync.follow(store, before, add_memo(store), [])
    elif action == "remove":
        source_id = next(s.id for s in store.sources() if s.title == TITLE)
        before = store.generation
        with store.transaction():
            removed = store.delete_source(source_id)
        sync.follow(store, before, [], removed)
    else:
        sync.sync(store, full=True)
    print(f"done {steps.count}", flush=True)


if __name__ == "__main__":
    main()

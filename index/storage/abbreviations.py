"""The abbreviations each source defines, kept in the store (table `abbreviations`, created by store.SCHEMA):
learnt when the source is added (index/text/abbreviations.py), so a question reads a few indexed rows and
never an article. They go with their source (ON DELETE CASCADE) and are learnt again when it is edited."""

from __future__ import annotations

import re
import sqlite3

from index.text.abbreviations import definitions


def record_abbreviations(conn: sqlite3.Connection, source_id: int, guild_id: int | None, text: str) -> None:
    """Store the abbreviations a source's text defines."""
    conn.executemany(
        "INSERT OR IGNORE INTO abbreviations (source_id, guild_id, short, long, head) VALUES (?, ?, ?, ?, ?)",
        [(source_id, guild_id, d.short, d.long, head(d.long)) for d in definitions(text)],
    )


def head(long: str) -> str:
    """A long form's first word in lower case, as a question's words are read (store.query_words): how a
    question that spells the name out finds its abbreviation."""
    return re.findall(r"\w+", long.lower())[0]

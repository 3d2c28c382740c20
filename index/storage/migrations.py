"""Bringing a store of any earlier version to the current schema, in place, on open.

Two layers. `SCHEMA` (in store.py) holds only `CREATE … IF NOT EXISTS` statements and is applied to every
store that lacks one of the objects it names, so adding a table or an index is one more statement there.
What `IF NOT EXISTS` cannot express (a new column, a constraint that existing rows may violate) is a
numbered step below, run once in order, keyed on `meta.schema_version`. A step that needs a column or
table must not rely on SCHEMA having an index on it: SCHEMA runs first.

Everything runs in one BEGIN IMMEDIATE transaction, so processes opening the same store at once upgrade it
once, and a process killed half-way leaves the old version intact. A store that is current is only read.
"""

from __future__ import annotations

import re
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from index.errors import StorageError
from index.storage.abbreviations import record_abbreviations
from index.text.dates import statement_date

Step = Callable[[sqlite3.Connection], None]
SEEDS = (("generation", "0"),)


def _keep_one(conn: sqlite3.Connection, key_sql: str, where: str, keep: str) -> int:
    """Delete all but one source per key (`keep` is MIN or MAX of the id); returns how many went."""
    doomed = [
        r[0]
        for r in conn.execute(f"""
        SELECT id FROM sources s WHERE {where} AND id NOT IN (
            SELECT {keep}(id) FROM sources WHERE {where} GROUP BY {key_sql})""")
    ]
    for source_id in doomed:
        conn.execute("DELETE FROM passages WHERE source_id = ?", [source_id])
        conn.execute("DELETE FROM sources WHERE id = ?", [source_id])
        conn.execute(
            "INSERT INTO audit (at, action, source_id, outcome, detail) VALUES (?, 'migrate', ?, 'ok', ?)",
            [time.time(), source_id, "removed a duplicate source (schema version 2)"],
        )
    return len(doomed)


def unique_sources(conn: sqlite3.Connection) -> None:
    """Version 2: the store itself refuses a second copy of a corpus file, and of a text or URL in one
    scope (a guild, or every guild), so processes racing to add the same thing cannot both succeed.

    Copies made by the races of version 1 go first. Of a corpus file's copies, the newest is the one later
    builds kept up to date; of an added text's copies, the first is the one moderators were shown."""
    removed = _keep_one(conn, "corpus_file", "corpus_file IS NOT NULL", "MAX")
    removed += _keep_one(conn, "IFNULL(guild_id, 0), content_hash", "corpus_file IS NULL", "MIN")
    removed += _keep_one(conn, "IFNULL(guild_id, 0), url", "corpus_file IS NULL AND url IS NOT NULL", "MIN")
    conn.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS sources_corpus_file ON sources(corpus_file) WHERE corpus_file IS NOT NULL"
    )
    conn.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS sources_scope_hash ON sources(IFNULL(guild_id, 0), content_hash) "
        "WHERE corpus_file IS NULL"
    )
    conn.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS sources_scope_url ON sources(IFNULL(guild_id, 0), url) "
        "WHERE corpus_file IS NULL AND url IS NOT NULL"
    )
    if removed:
        conn.execute("DELETE FROM embeddings WHERE text_hash NOT IN (SELECT DISTINCT text_hash FROM passages)")
        conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")


def passage_dates(conn: sqlite3.Connection) -> None:
    """Version 3: each passage keeps the date it speaks for and how that was found (stated, relative,
    source, none; issue 11). Passages stored before are dated now from their text and their source's
    date, as the splitter dates new ones, so answers cite dates without every source being added again."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(passages)")}
    for column in ("date", "date_basis"):
        if column not in have:
            conn.execute(f"ALTER TABLE passages ADD COLUMN {column} TEXT")
    undated = conn.execute("""SELECT p.id, p.text, s.date FROM passages p JOIN sources s ON s.id = p.source_id
                              WHERE p.date_basis IS NULL""").fetchall()
    dated = (
        (when.date, when.basis, pid) for pid, text, published in undated for when in (statement_date(text, published),)
    )
    conn.executemany("UPDATE passages SET date = ?, date_basis = ? WHERE id = ?", dated)


def source_names(conn: sqlite3.Connection) -> None:
    """Version 4: sources' titles and publishers get a full-text index (sources_fts), so the abstention
    check finds a name there without reading every source (a second or more at a million passages). SCHEMA
    has created the table and its triggers; the sources stored before are indexed here."""
    conn.execute("INSERT INTO sources_fts (sources_fts) VALUES ('rebuild')")


def store_identity(conn: sqlite3.Connection) -> None:
    """Version 5: the store's identity, which the FAISS and lexical indexes beside it record. An index left
    by another store (one moved out of the folder, or a file SQLite reads as a new, empty store) is then
    rebuilt rather than reconciled by passage ids, which in a new store name other passages. A store that
    already held passages keeps the empty identity that index files written before identities read as."""
    used = int(conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0]) > 0
    conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('store_id', ?)", ["" if used else uuid.uuid4().hex])


def source_abbreviations(conn: sqlite3.Connection) -> None:
    """Version 6: the abbreviations each source defines ("the Trans-Pacific Partnership (TPP)"), which
    questions search through. SCHEMA has created the table; the sources stored before are read here once."""
    for source_id, guild_id, text in conn.execute("SELECT id, guild_id, cleaned_text FROM sources").fetchall():
        record_abbreviations(conn, source_id, guild_id, text)


STEPS: dict[int, Step] = {
    2: unique_sources,
    3: passage_dates,
    4: source_names,
    5: store_identity,
    6: source_abbreviations,
}
VERSION = max(STEPS)


def statements(schema: str) -> list[str]:
    """SCHEMA split into statements (a trigger's body holds semicolons of its own)."""
    out, buffer = [], ""
    for line in schema.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    return out


def _names(schema: str) -> set[str]:
    pattern = r'CREATE\s+(?:UNIQUE\s+)?(?:VIRTUAL\s+)?(?:TABLE|INDEX|TRIGGER)\s+IF\s+NOT\s+EXISTS\s+"?(\w+)"?'
    return set(re.findall(pattern, schema, flags=re.IGNORECASE))


def version(conn: sqlite3.Connection) -> int:
    """0 for a new file; stores made before versioning say 1."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0]) if row else 0


def current(conn: sqlite3.Connection, schema: str) -> bool:
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    return version(conn) >= VERSION and _names(schema) <= present


def refuse_newer(conn: sqlite3.Connection, path: Path) -> None:
    """A store made by a newer Parley is neither read nor written: its schema may mean what this version
    cannot know, and `migrate` would stamp it with this version, so the newer one would upgrade it again."""
    found = version(conn)
    if found > VERSION:
        raise StorageError(
            f"{path} was made by a newer Parley (schema version {found}; this one knows up to {VERSION}): "
            f"run that Parley, or point PARLEY_DATA_DIR to another folder."
        )


def migrate(conn: sqlite3.Connection, schema: str, *, read_only: bool = False) -> None:
    """Apply SCHEMA and the steps a store lacks; a read-only store must already be current."""
    if current(conn, schema):
        return
    if read_only:
        raise StorageError(
            "the store in PARLEY_DATA_DIR was made by an older Parley and the folder is "
            "read-only: run `parley index build` once where it is writable, to upgrade it."
        )
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements(schema):
            conn.execute(statement)
        for key, value in SEEDS:
            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", [key, value])
        start = max(version(conn), 1)
        for number in sorted(n for n in STEPS if n > start):
            STEPS[number](conn)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [str(VERSION)])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

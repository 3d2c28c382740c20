"""Per-server party mappings in the store, and the two questions the "not mentioned" check asks of it.

A mapping says that, as one Discord server sees its sources, a name (a speaker as printed, or a party as
stored) belongs to another party, or to none. Guild 0 stands for every server: the command line's
mappings without --guild. The tables are created by store.SCHEMA; the original party of a passage that a
mapping relabelled is kept in `party_original`, so that removing the mapping restores it exactly.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass

from index.storage.store import SCHEMA, Store, scope_sql

EVERY_GUILD = 0
TABLES = ("party_map", "party_original")


@dataclass(frozen=True)
class Mapping:
    guild_id: int  # 0: every server
    name: str
    party: str | None  # None: the name holds no position
    set_by: int | None
    set_at: float

    def to_dict(self) -> dict:
        return {
            "guild_id": self.guild_id or None,
            "name": self.name,
            "party": self.party,
            "set_by": self.set_by,
            "set_at": self.set_at,
        }


def ensure_tables(store: Store) -> None:
    """For a store opened before these tables were part of store.SCHEMA (cheap: IF NOT EXISTS)."""
    if not set(TABLES) <= set(store.db.table_names()):
        statements = re.findall(rf"CREATE TABLE IF NOT EXISTS (?:{'|'.join(TABLES)}) \([^;]*\);", SCHEMA)
        store.db.conn.executescript("\n".join(statements))


def mappings(store: Store, guild_id: int | None) -> list[Mapping]:
    """A guild's own mappings, or with guild_id None those for every server, by name; none in a store
    that predates the table (reads never create it: they may run inside a read snapshot)."""
    try:
        rows = store.db.execute(
            "SELECT guild_id, name, party, set_by, set_at FROM party_map WHERE guild_id = ? "
            "ORDER BY name COLLATE NOCASE",
            [guild_id or EVERY_GUILD],
        ).fetchall()
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            return []
        raise
    return [Mapping(*r) for r in rows]


def put(store: Store, guild_id: int | None, name: str, party: str | None, user_id: int | None) -> Mapping | None:
    """Set a mapping; returns the one it replaced. The caller holds the transaction."""
    old = get(store, guild_id, name)
    store.db.execute(
        "INSERT OR REPLACE INTO party_map (guild_id, name, party, set_by, set_at) VALUES (?,?,?,?,?)",
        [guild_id or EVERY_GUILD, name, party, user_id, time.time()],
    )
    return old


def get(store: Store, guild_id: int | None, name: str) -> Mapping | None:
    row = store.db.execute(
        "SELECT guild_id, name, party, set_by, set_at FROM party_map WHERE guild_id = ? AND name = ?",
        [guild_id or EVERY_GUILD, name],
    ).fetchone()
    return Mapping(*row) if row else None


def delete(store: Store, guild_id: int | None, name: str) -> None:
    store.db.execute("DELETE FROM party_map WHERE guild_id = ? AND name = ?", [guild_id or EVERY_GUILD, name])


def owned_passages(store: Store, guild_id: int | None) -> list[tuple[int, str | None, str | None, str | None]]:
    """(id, speaker, stored party, original party) of the passages a guild owns (None: the shipped and
    command-line sources every guild sees)."""
    where = "p.guild_id IS NULL" if not guild_id else "p.guild_id = ?"
    params = [] if not guild_id else [guild_id]
    sql = f"""SELECT p.id, p.speaker, p.party, o.passage_id IS NOT NULL, o.party FROM passages p
              LEFT JOIN party_original o ON o.passage_id = p.id WHERE {where}"""
    return [
        (i, speaker, party, original if kept else party)
        for i, speaker, party, kept, original in store.db.execute(sql, params)
    ]


def relabel(store: Store, changes: Iterable[tuple[int, str | None, str | None]]) -> int:
    """Store each (passage id, party now, original party); the caller holds the transaction. Text and
    embeddings are untouched: the party is not part of what the model reads."""
    count = 0
    for passage_id, party, original in changes:
        store.db.execute("UPDATE passages SET party = ? WHERE id = ?", [party, passage_id])
        if party == original:
            store.db.execute("DELETE FROM party_original WHERE passage_id = ?", [passage_id])
        else:
            store.db.execute(
                "INSERT OR IGNORE INTO party_original (passage_id, party) VALUES (?, ?)", [passage_id, original]
            )
        count += 1
    return count


def parties_in_scope(store: Store, guild_id: int | None) -> set[str]:
    """The parties a guild's passages hold as stored. Every question asks, so it walks the few distinct
    parties on the passages_party index and probes each in scope, rather than reading every passage (650 ms
    at 100k passages)."""
    where, params = scope_sql(guild_id, "p.guild_id")
    rows = store.db.execute(
        f"""WITH RECURSIVE held(party) AS (
                SELECT MIN(party) FROM passages
                UNION ALL
                SELECT (SELECT MIN(party) FROM passages WHERE party > held.party) FROM held WHERE party IS NOT NULL)
            SELECT party FROM held WHERE party IS NOT NULL
              AND EXISTS (SELECT 1 FROM passages p WHERE p.party = held.party AND {where})""",
        params,
    )
    return {r[0] for r in rows}


def mentions_any(store: Store, phrases: Iterable[str], guild_id: int | None, *, prefix: bool = False) -> bool:
    """Whether any passage this guild sees contains any of the phrases (FTS5, as tokenised and stemmed);
    with prefix, also as the start of a longer word ("COP" in "COP29"). A source's title and publisher
    count too: an interview titled "Arab League chief: …" covers the Arab League though its answers
    never say so."""
    wanted = [p for p in dict.fromkeys(phrases) if any(ch.isalnum() for ch in p)]
    star = " *" if prefix else ""
    quoted = ['"' + p.replace('"', "") + '"' + star for p in wanted]
    if not quoted:
        return False
    where, params = scope_sql(guild_id, "p.guild_id")
    sql = f"""SELECT 1 FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
              WHERE passages_fts MATCH ? AND {where} LIMIT 1"""
    for i in range(0, len(quoted), 200):
        if store.db.execute(sql, [" OR ".join(quoted[i : i + 200]), *params]).fetchone() is not None:
            return True
    return _in_source_names(store, quoted, guild_id)


def terms_like(store: Store, start: str) -> list[str]:
    """The words the passages hold (all servers', FTS5's folded, stemmed terms) that begin with `start`:
    candidates for another spelling of a name, which `mentions_any` then checks within a server's scope."""
    if not start or not start.isalpha():
        return []
    store.db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_terms USING fts5vocab(main, 'passages_fts', 'row')"
    )
    end = start[:-1] + chr(ord(start[-1]) + 1)
    rows = store.db.execute("SELECT term FROM temp.passages_terms WHERE term >= ? AND term < ?", (start, end))
    return [term for (term,) in rows]


def _in_source_names(store: Store, quoted: list[str], guild_id: int | None) -> bool:
    """Whether a source in scope has one of the FTS5 phrases in its title or publisher (sources_fts)."""
    where, params = scope_sql(guild_id, "s.guild_id")
    sql = f"""SELECT 1 FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
              WHERE sources_fts MATCH ? AND {where} LIMIT 1"""
    return any(
        store.db.execute(sql, [" OR ".join(quoted[i : i + 200]), *params]).fetchone() is not None
        for i in range(0, len(quoted), 200)
    )

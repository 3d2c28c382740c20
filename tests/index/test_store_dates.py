"""Passage dates in SQLite: stored with each passage, added to older stores in place, moved with the source's date."""

from __future__ import annotations

import sqlite3

from index.sources.document import Document
from index.storage.store import SCHEMA_VERSION, Store, text_hash
from index.text.clean import clean
from index.text.parties import Parties
from index.text.passages import split
from tests.helpers import CORPUS

TEXT = (
    "Depot workers reject the offer\n\n"
    "“We will not accept a penny less than 12 percent,” Dana Okoro said on Tuesday.\n\n"
    "The depots stayed shut."
)


def fields(date: str | None) -> dict:
    return {
        "guild_id": None,
        "title": "Depot workers reject the offer",
        "publisher": "The Northgate Ledger",
        "author": None,
        "url": None,
        "date": date,
        "origin": "text",
        "content_hash": text_hash(TEXT),
        "splitter": "test",
        "cleaned_text": TEXT,
    }


def drafts(date: str | None):
    return split(clean(Document(TEXT, title="t", date=date)), Parties.load(CORPUS / "parties.toml"))


def dates(store: Store) -> list[tuple[str | None, str]]:
    return [(p.date, p.date_basis) for p in store.passages(None)]


def test_a_passages_date_and_its_basis_are_stored_and_read_back(tmp_path) -> None:
    store = Store(tmp_path / "parley.db")
    with store.transaction():
        store.insert_source(fields("2025-04-11"), drafts("2025-04-11"))
    assert dates(store) == [("2025-04-08", "relative"), ("2025-04-11", "source")]
    store.close()


def test_a_store_from_before_dates_is_upgraded_and_its_passages_dated(tmp_path) -> None:
    path = tmp_path / "parley.db"
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("ALTER TABLE passages DROP COLUMN date")
    conn.execute("ALTER TABLE passages DROP COLUMN date_basis")
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    row = fields("2025-04-11") | {"added_at": 0.0, "added_by": None}
    cur = conn.execute(
        f"INSERT INTO sources ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    for seq, d in enumerate(drafts(None)):
        conn.execute(
            """INSERT INTO passages (source_id, guild_id, seq, paragraph, start, "end", section, kind,
                        speaker, role, party, text, text_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            [
                cur.lastrowid,
                None,
                seq,
                d.paragraph,
                d.start,
                d.end,
                d.section,
                d.kind,
                d.speaker,
                d.role,
                d.party,
                d.text,
                text_hash(d.text),
            ],
        )
    conn.close()

    store = Store(path)
    assert store.meta("schema_version") == str(SCHEMA_VERSION)
    assert dates(store) == [("2025-04-08", "relative"), ("2025-04-11", "source")]
    store.close()


def test_a_new_publication_date_moves_the_dates_that_hang_on_it(tmp_path) -> None:
    store = Store(tmp_path / "parley.db")
    with store.transaction():
        source_id, _ = store.insert_source(fields(None), drafts(None))
    assert dates(store) == [(None, "none")] * 2
    with store.transaction():
        store.replace_source(source_id, fields("2025-04-11"), None)
    assert dates(store) == [("2025-04-08", "relative"), ("2025-04-11", "source")]
    store.close()

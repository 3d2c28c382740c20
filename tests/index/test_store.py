"""The SQLite store on real files: it upgrades older stores in place, refuses duplicates itself whoever
races to add them, and says which setting to fix when the data folder cannot be used."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from index.errors import DuplicateSourceError, StorageError
from index.kb import KnowledgeBase
from index.sources.document import Document
from index.storage import party_maps
from index.storage.store import SCHEMA_VERSION, Store, text_hash
from index.text.clean import clean
from index.text.parties import Parties
from index.text.passages import split
from tests.helpers import CORPUS, ROOT

MEMO = (
    "Grain corridor memo.\n\n“The Odesa grain corridor will stay open under naval escort through the winter,” "
    "Oleksandr Kubrakov said on Friday."
)
UNIQUE_INDEXES = ("sources_corpus_file", "sources_scope_hash", "sources_scope_url")


def drafts(text: str):
    return split(clean(Document(text=text, title="t")), Parties.load(CORPUS / "parties.toml"))


def fields(
    text: str,
    *,
    guild_id: int | None = None,
    url: str | None = None,
    corpus_file: str | None = None,
    title: str = "Memo",
) -> dict:
    return {
        "guild_id": guild_id,
        "title": title,
        "publisher": None,
        "author": None,
        "url": url,
        "date": None,
        "origin": "corpus" if corpus_file else "text",
        "corpus_file": corpus_file,
        "content_hash": text_hash(text),
        "splitter": "test",
        "cleaned_text": text,
    }


def add(store: Store, text: str, **kwargs) -> int:
    with store.transaction():
        return store.insert_source(fields(text, **kwargs), drafts(text))[0]


def version_1_store(path: Path) -> sqlite3.Connection:
    """A store as version 1 of the schema left it: the same tables, no unique indexes, version 1."""
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    for name in UNIQUE_INDEXES:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    return conn


def raw_add(conn: sqlite3.Connection, text: str, **kwargs) -> int:
    """What the racing processes of version 1 did: insert with nothing to stop a second copy."""
    row = fields(text, **kwargs) | {"added_at": 0.0, "added_by": None}
    cur = conn.execute(
        f"INSERT INTO sources ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    for seq, d in enumerate(drafts(text)):
        conn.execute(
            """INSERT INTO passages (source_id, guild_id, seq, paragraph, start, "end", section, kind,
                        speaker, role, party, text, text_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            [
                cur.lastrowid,
                row["guild_id"],
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
    return cur.lastrowid


def test_a_version_1_store_with_raced_copies_is_upgraded_in_place(tmp_path):
    path = tmp_path / "parley.db"
    conn = version_1_store(path)
    shipped = [raw_add(conn, MEMO, corpus_file="memo.txt") for _ in range(3)]
    added = [raw_add(conn, MEMO + " Again.", guild_id=5) for _ in range(2)]
    by_url = [raw_add(conn, MEMO + f" Version {i}.", guild_id=5, url="https://example.org/a") for i in range(2)]
    conn.close()

    store = Store(path)
    rows = store.sources(all_guilds=True)
    assert [r.id for r in rows] == [shipped[-1], added[0], by_url[0]], (
        "one copy of each; a corpus file keeps the copy builds updated"
    )
    assert store.meta("schema_version") == str(SCHEMA_VERSION) and store.generation == 1
    assert [r["action"] for r in store.audit_rows()].count("migrate") == 4
    leftover = store.db.execute("SELECT COUNT(*) FROM passages WHERE source_id NOT IN (SELECT id FROM sources)")
    assert leftover.fetchone()[0] == 0
    found = {i for i, _ in store.bm25("Odesa grain corridor", 5, 50)}
    assert found and found <= {p.id for p in store.passages(5)}, "full-text search holds only what is left"
    with pytest.raises(DuplicateSourceError, match=f"#{added[0]}"):
        add(store, MEMO + " Again.", guild_id=5)
    store.close()


def test_a_version_3_store_has_its_source_names_indexed_on_upgrade(tmp_path):
    """The abstention check finds a name held only by a title in sources_fts (version 4), not by reading
    every source: a store made before gets the titles it already holds indexed when it opens."""
    path = tmp_path / "parley.db"
    store = Store(path)
    add(store, MEMO, title="Arab League chief: the corridor stays open", guild_id=5)
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    for trigger in ("sources_ai", "sources_ad", "sources_au"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE sources_fts")
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    conn.close()
    store = Store(path)
    assert store.meta("schema_version") == str(SCHEMA_VERSION)
    assert party_maps.mentions_any(store, ["Arab League"], 5)
    assert not party_maps.mentions_any(store, ["Arab League"], 6), "another guild's title covers nothing"
    store.close()


def test_a_store_that_held_passages_before_identities_keeps_the_one_its_index_files_read_as(tmp_path):
    """Index files written before store identities record none (""): a store upgraded with passages in it
    takes that identity, so its indexes are kept, while a new store takes an identity of its own."""
    path = tmp_path / "parley.db"
    store = Store(path)
    add(store, MEMO)
    assert len(store.identity) == 32
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DELETE FROM meta WHERE key = 'store_id'")
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    conn.close()
    upgraded = Store(path)
    assert upgraded.identity == "" and upgraded.meta("schema_version") == str(SCHEMA_VERSION)
    upgraded.close()


def test_a_current_store_opens_again_unchanged(tmp_path):
    store = Store(tmp_path / "parley.db")
    first = add(store, MEMO)
    before = store.generation
    store.close()
    again = Store(tmp_path / "parley.db")
    assert [r.id for r in again.sources()] == [first] and again.generation == before
    again.close()


def test_the_schema_itself_refuses_a_second_copy_in_one_scope(tmp_path):
    store = Store(tmp_path / "parley.db")
    first = add(store, MEMO, guild_id=5, url="https://example.org/memo", title="Grain memo")
    before = store.generation
    with pytest.raises(DuplicateSourceError, match=rf"That text is already source #{first} \(Grain memo\)\.") as e:
        add(store, MEMO, guild_id=5)
    assert e.value.existing_id == first
    with pytest.raises(DuplicateSourceError, match=f"That URL is already source #{first}"):
        add(store, MEMO + " Updated.", guild_id=5, url="https://example.org/memo")
    assert store.generation == before and len(store.sources(5)) == 1
    assert add(store, MEMO, guild_id=6) != first, "another guild may keep its own copy"
    shipped = add(store, "Shipped text.", corpus_file="shipped.txt")
    with pytest.raises(DuplicateSourceError, match=f"#{shipped}"):
        add(store, "Shipped text, edited.", corpus_file="shipped.txt")
    store.close()


def test_a_corpus_source_keeps_its_id_when_replaced(tmp_path):
    store = Store(tmp_path / "parley.db")
    shipped = add(store, MEMO, corpus_file="memo.txt")
    old = {p.id for p in store.passages(source_id=shipped)}
    with store.transaction():
        removed, added = store.replace_source(
            shipped, fields(MEMO + " More.", title="Memo, edited"), drafts(MEMO + " More.")
        )
    assert set(removed) == old and added and not set(added) & old
    assert [(r.id, r.title) for r in store.sources()] == [(shipped, "Memo, edited")]
    assert {p.id for p in store.passages(source_id=shipped)} == set(added)
    store.close()


def test_a_source_as_json_says_what_it_holds_and_not_the_stores_bookkeeping(tmp_path):
    store = Store(tmp_path / "parley.db")
    source_id = add(store, MEMO, corpus_file="memo.txt")
    (row,) = store.sources()
    shown = json.loads(json.dumps(row.to_dict()))
    assert shown["id"] == source_id and shown["passages"] == len(store.passages(source_id=source_id)) > 0
    assert shown["guild_id"] is None and shown["title"] == row.title
    assert not {"content_hash", "splitter", "added_at", "cleaned_text"} & set(shown)
    store.close()


# the data folder ---------------------------------------------------------------------------------


def cli_in(data_dir: Path, *args: str):
    runner = CliRunner()
    env = {"PARLEY_DATA_DIR": str(data_dir), "PARLEY_CORPUS_DIR": str(CORPUS), "PARLEY_ENV_FILE": "/nonexistent.env"}
    return runner.invoke(cli, list(args), env=env)


def one_line_naming_the_setting(result, path: Path) -> str:
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "unexpected" not in lines[0] and "Traceback" not in result.output, result.output
    assert "PARLEY_DATA_DIR" in lines[0] and str(path) in lines[0]
    return lines[0]


@pytest.mark.parametrize("kept", [0.25, 0.5, 0.9, -4096])
def test_a_truncated_store_is_one_line_saying_what_to_do_and_left_as_it_was(tmp_path, kept):
    store = Store(tmp_path / "parley.db")
    for n in range(6):
        add(store, MEMO.replace("Friday", f"day {n}") + f" Note {n}: " + "the talks go on. " * 200)
    store.close()
    assert not list(tmp_path.glob("parley.db-*")), "everything is in the main file"
    path = tmp_path / "parley.db"
    size = path.stat().st_size
    cut = path.read_bytes()[: int(size * kept) if kept > 0 else size + kept]
    path.write_bytes(cut)
    line = one_line_naming_the_setting(cli_in(tmp_path, "passages"), path)
    assert "is not a Parley store" in line and "move it out" in line
    assert path.read_bytes() == cut


def test_a_store_from_a_newer_parley_is_refused_and_left_as_it_was(tmp_path):
    """An older Parley must not stamp a newer store with its own version (the newer one would then run its
    upgrade steps again) nor write rows the newer schema's rules never saw: it says so and touches nothing."""
    store = Store(tmp_path / "parley.db")
    add(store, MEMO)
    store.close()
    with sqlite3.connect(tmp_path / "parley.db") as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
        conn.execute("ALTER TABLE asked RENAME TO asked_renamed")
    line = one_line_naming_the_setting(cli_in(tmp_path, "source", "list"), tmp_path / "parley.db")
    assert f"newer Parley (schema version {SCHEMA_VERSION + 1}" in line
    with sqlite3.connect(tmp_path / "parley.db") as conn:
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert version == str(SCHEMA_VERSION + 1) and "asked" not in tables


def test_a_data_dir_that_is_a_file_is_one_line_saying_so(tmp_path):
    target = tmp_path / "data"
    target.write_text("not a folder")
    line = one_line_naming_the_setting(cli_in(target, "source", "list"), target)
    assert "is a file, not a folder" in line
    with pytest.raises(StorageError, match="is a file"):
        Store(target / "parley.db")


def test_a_store_path_that_is_a_folder_is_one_line_saying_so(tmp_path):
    (tmp_path / "parley.db").mkdir()
    line = one_line_naming_the_setting(cli_in(tmp_path, "source", "list"), tmp_path / "parley.db")
    assert "is a folder, not a store" in line and "move it out" in line
    assert (tmp_path / "parley.db").is_dir() and not any((tmp_path / "parley.db").iterdir())


def test_a_garbage_database_is_one_line_saying_what_to_do(tmp_path):
    (tmp_path / "parley.db").write_bytes(b"this is not sqlite " * 100)
    line = one_line_naming_the_setting(cli_in(tmp_path, "passages"), tmp_path / "parley.db")
    assert "is not a Parley store" in line and "move it out" in line
    assert (tmp_path / "parley.db").read_bytes().startswith(b"this is not sqlite"), "the file is left as it was"


@pytest.fixture
def data_home(tmp_path) -> Path:
    """A folder for a data dir made read-only; writable again afterwards, so it can be cleaned up."""
    (tmp_path / "empty.env").write_text("")
    yield tmp_path
    for folder in tmp_path.rglob("*"):
        if folder.is_dir():
            folder.chmod(0o755)


def run_cli_without_override(base: Path, data: Path, *args: str) -> subprocess.CompletedProcess:
    """The CLI in a process that file modes bind: as root, one without the capability to override them."""
    env = {
        **os.environ,
        "PARLEY_DATA_DIR": str(data),
        "PARLEY_CORPUS_DIR": str(CORPUS),
        "PARLEY_ENV_FILE": str(base / "empty.env"),
    }
    command = [sys.executable, "-m", "bot", *args]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: file modes cannot be made to bind")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def read_only(folder: Path) -> None:
    for path in folder.iterdir():
        path.chmod(0o644)
    folder.chmod(0o555)


def test_a_read_only_data_dir_with_a_built_store_still_serves_reads(data_home, embedder):
    data = data_home / "data"
    kb = KnowledgeBase(data, CORPUS, embedder=embedder)
    kb.readiness.ensure()
    kb.close()
    read_only(data)
    listed = run_cli_without_override(data_home, data, "source", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [s["title"] for s in json.loads(listed.stdout)][0].startswith("Temporary ceasefire")
    passages = run_cli_without_override(data_home, data, "passages", "--speaker", "Zelensky", "--json")
    assert passages.returncode == 0 and json.loads(passages.stdout), passages.stderr
    asked = run_cli_without_override(data_home, data, "ask", "Does Ukraine accept legal cession?", "--json")
    assert asked.returncode == 0, asked.stderr
    assert "We cannot legally acknowledge" in json.loads(asked.stdout)["citations"][0]["text"]
    refused = run_cli_without_override(data_home, data, "source", "add", str(next((CORPUS / "sources").glob("*.txt"))))
    assert refused.returncode == 1
    assert refused.stderr.strip().count("\n") == 0 and "unexpected" not in refused.stderr
    assert "PARLEY_DATA_DIR" in refused.stderr and str(data) in refused.stderr and "read-only" in refused.stderr
    written = sorted(p.name for p in data.iterdir())
    assert written == ["index.faiss", "lexical", "parley.db"], "nothing was written there"


def test_a_read_only_empty_data_dir_is_one_line_saying_what_to_do(data_home):
    data = data_home / "data"
    data.mkdir()
    data.chmod(0o555)
    result = run_cli_without_override(data_home, data, "source", "list")
    assert result.returncode == 1 and "unexpected" not in result.stderr, result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "PARLEY_DATA_DIR" in result.stderr and str(data) in result.stderr and "read-only" in result.stderr


def test_every_connection_reads_the_store_through_a_memory_map(tmp_path):
    """A question's scattered rows and vectors come from pages the processes share, in each thread's
    connection and in a read-only open alike, rather than from a read() into each connection's cache."""
    import threading

    from index.storage import connection

    store = Store(tmp_path / "parley.db")
    mapped = [store.db.execute("PRAGMA mmap_size").fetchone()[0]]
    worker = threading.Thread(target=lambda: mapped.append(store.db.execute("PRAGMA mmap_size").fetchone()[0]))
    worker.start()
    worker.join()
    store.close()
    read_only = connection.connect(tmp_path / "parley.db", read_only=True)
    mapped.append(read_only.execute("PRAGMA mmap_size").fetchone()[0])
    read_only.close()
    assert len(mapped) == 3 and all(size >= 2**30 for size in mapped)


def test_a_store_another_process_holds_locked_is_one_line_saying_so(tmp_path, monkeypatch):
    """A write that met a store another process kept locked past the busy timeout (a stuck writer, a tool
    holding it open) raised SQLite's bare OperationalError: the bot answered "unexpected error" and the CLI
    a traceback. One opened in exclusive mode was said to need its permissions checked."""
    monkeypatch.setattr("index.storage.connection.BUSY_TIMEOUT", 0.1)
    path = tmp_path / "parley.db"
    store = Store(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(StorageError, match="is locked by another process") as locked, store.transaction():
        pass
    assert "try again once it is done" in str(locked.value) and "\n" not in str(locked.value)
    holder.execute("ROLLBACK")
    with store.transaction():
        store.set_meta("checked", "yes")
    store.close()
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StorageError, match="is locked by another process"):
        Store(path)
    holder.close()


def test_a_write_the_full_disk_refuses_is_one_line_and_leaves_the_store_usable(tmp_path):
    """A full disk (here a file-size limit, which fails writes as one does) raised SQLite's bare "disk I/O
    error", and the bot answered "unexpected error"; where SQLite had already rolled the transaction back
    itself, the ROLLBACK after it raised "cannot rollback - no transaction is active" instead."""
    store = Store(tmp_path / "parley.db")
    store.set_meta("before", "kept")
    size = max(f.stat().st_size for f in tmp_path.iterdir())
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size + 64 * 1024, hard))
    try:
        with pytest.raises(StorageError, match="is full or failing") as full, store.transaction():
            store.set_meta("bulk", "x" * 4_000_000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, ignored)
    assert "Nothing was changed" in str(full.value) and "\n" not in str(full.value)
    assert store.meta("bulk") is None and not store.db.conn.in_transaction
    with store.transaction():
        store.set_meta("after", "written")
    assert (store.meta("before"), store.meta("after")) == ("kept", "written")
    store.close()


def test_a_store_the_full_disk_will_not_open_is_one_line_saying_so(tmp_path):
    """Opening a store makes its -shm file beside it; on a full disk (here a file-size limit below that file's
    size, which fails the write as one does) SQLite says "disk I/O error", which read as a permissions problem."""
    Store(tmp_path / "parley.db").close()
    before = (tmp_path / "parley.db").read_bytes()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, hard))
    try:
        result = cli_in(tmp_path, "source", "list")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, ignored)
    line = one_line_naming_the_setting(result, tmp_path / "parley.db")
    assert "is full or failing" in line and "Nothing was changed" in line
    assert (tmp_path / "parley.db").read_bytes() == before


ACCORD = (
    "Reef pact memo.\n\nNine island states signed the Coral Sea Fisheries Accord (CSFA) on Friday, "
    "and the Pacific Tuna Board, or PTB, will police it."
)


def test_the_abbreviations_a_source_defines_are_stored_with_it_and_go_with_it(tmp_path):
    store = Store(tmp_path / "parley.db")
    source = add(store, ACCORD, guild_id=5)
    assert set(store.abbreviations(["csfa", "pacific"], 5)) == {
        ("CSFA", "Coral Sea Fisheries Accord"),
        ("PTB", "Pacific Tuna Board"),
    }, "found by the abbreviation or by the long form's first word"
    assert store.abbreviations(["csfa"], 6) == [], "another guild's source defines nothing for this one"
    with store.transaction():
        store.delete_source(source)
    assert store.abbreviations(["csfa", "pacific"], 5) == []
    store.close()


def test_an_edited_source_defines_what_its_new_text_defines(tmp_path):
    store = Store(tmp_path / "parley.db")
    source = add(store, ACCORD, corpus_file="accord.txt")
    edited = ACCORD.replace("the Pacific Tuna Board, or PTB,", "the Reef Patrol Service (RPS)")
    with store.transaction():
        store.replace_source(source, fields(edited, corpus_file="accord.txt"), drafts(edited))
    assert set(store.abbreviations(["csfa", "ptb", "rps"], None)) == {
        ("CSFA", "Coral Sea Fisheries Accord"),
        ("RPS", "Reef Patrol Service"),
    }
    store.close()


def test_a_version_5_store_learns_the_abbreviations_its_sources_define_on_upgrade(tmp_path):
    path = tmp_path / "parley.db"
    store = Store(path)
    add(store, ACCORD)
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE abbreviations")
    conn.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    conn.close()
    upgraded = Store(path)
    assert upgraded.meta("schema_version") == str(SCHEMA_VERSION)
    assert upgraded.abbreviations(["csfa"], None) == [("CSFA", "Coral Sea Fisheries Accord")]
    upgraded.close()

"""The SQLite store, the source of truth: sources, passages (+ FTS5), embeddings, audit and feedback.

Every change that alters the passage set bumps `generation` in the same transaction, so a FAISS file can
say which state of the store it was built from and a stale one is never served.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import sqlite_utils

from index.errors import DuplicateSourceError, StorageError
from index.records import Passage, Place, Source
from index.storage import connection, migrations
from index.storage.abbreviations import record_abbreviations
from index.text.context import Reading, reading
from index.text.dates import statement_date

SCHEMA_VERSION = migrations.VERSION
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER,
    title TEXT NOT NULL,
    publisher TEXT, author TEXT, url TEXT, date TEXT,
    origin TEXT NOT NULL,
    corpus_file TEXT,
    content_hash TEXT NOT NULL,
    splitter TEXT NOT NULL,
    cleaned_text TEXT NOT NULL,
    added_at REAL NOT NULL,
    added_by INTEGER
);
CREATE INDEX IF NOT EXISTS sources_guild ON sources(guild_id);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    guild_id INTEGER,
    seq INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    section TEXT, kind TEXT NOT NULL, speaker TEXT, role TEXT, party TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    date TEXT, date_basis TEXT
);
CREATE INDEX IF NOT EXISTS passages_source ON passages(source_id);
CREATE INDEX IF NOT EXISTS passages_hash ON passages(text_hash);
CREATE INDEX IF NOT EXISTS passages_party ON passages(party, guild_id);
CREATE TABLE IF NOT EXISTS embeddings (
    text_hash TEXT NOT NULL, model TEXT NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY (text_hash, model)
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL, guild_id INTEGER, user_id INTEGER,
    action TEXT NOT NULL, source_id INTEGER, outcome TEXT NOT NULL, detail TEXT
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL, guild_id INTEGER, user_id INTEGER NOT NULL, answer_key TEXT NOT NULL,
    question TEXT NOT NULL, passage_ids TEXT NOT NULL, vote INTEGER NOT NULL,
    UNIQUE (answer_key, user_id)
);
CREATE TABLE IF NOT EXISTS party_map (
    guild_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE, party TEXT,
    set_by INTEGER, set_at REAL NOT NULL,
    PRIMARY KEY (guild_id, name)
);
CREATE TABLE IF NOT EXISTS party_original (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE, party TEXT
);
CREATE TABLE IF NOT EXISTS asked (
    key TEXT PRIMARY KEY, at REAL NOT NULL, guild_id INTEGER, question TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS abbreviations (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    guild_id INTEGER,
    short TEXT NOT NULL COLLATE NOCASE, long TEXT NOT NULL, head TEXT NOT NULL,
    PRIMARY KEY (source_id, short, long)
);
CREATE INDEX IF NOT EXISTS abbreviations_short ON abbreviations(short);
CREATE INDEX IF NOT EXISTS abbreviations_head ON abbreviations(head);
CREATE VIRTUAL TABLE IF NOT EXISTS "passages_fts" USING FTS5 (
    "text", "speaker", "role", "section",
    tokenize='porter',
    content="passages"
);
CREATE TRIGGER IF NOT EXISTS "passages_ai" AFTER INSERT ON "passages" BEGIN
  INSERT INTO "passages_fts" (rowid, "text", "speaker", "role", "section")
    VALUES (new.rowid, new."text", new."speaker", new."role", new."section");
END;
CREATE TRIGGER IF NOT EXISTS "passages_ad" AFTER DELETE ON "passages" BEGIN
  INSERT INTO "passages_fts" ("passages_fts", rowid, "text", "speaker", "role", "section")
    VALUES('delete', old.rowid, old."text", old."speaker", old."role", old."section");
END;
CREATE VIRTUAL TABLE IF NOT EXISTS "sources_fts" USING FTS5 (
    "title", "publisher",
    tokenize='porter',
    content="sources", content_rowid="id"
);
CREATE TRIGGER IF NOT EXISTS "sources_ai" AFTER INSERT ON "sources" BEGIN
  INSERT INTO "sources_fts" (rowid, "title", "publisher") VALUES (new.id, new."title", new."publisher");
END;
CREATE TRIGGER IF NOT EXISTS "sources_ad" AFTER DELETE ON "sources" BEGIN
  INSERT INTO "sources_fts" ("sources_fts", rowid, "title", "publisher")
    VALUES('delete', old.id, old."title", old."publisher");
END;
CREATE TRIGGER IF NOT EXISTS "sources_au" AFTER UPDATE OF "title", "publisher" ON "sources" BEGIN
  INSERT INTO "sources_fts" ("sources_fts", rowid, "title", "publisher")
    VALUES('delete', old.id, old."title", old."publisher");
  INSERT INTO "sources_fts" (rowid, "title", "publisher") VALUES (new.id, new."title", new."publisher");
END;
CREATE TRIGGER IF NOT EXISTS "passages_au" AFTER UPDATE ON "passages" BEGIN
  INSERT INTO "passages_fts" ("passages_fts", rowid, "text", "speaker", "role", "section")
    VALUES('delete', old.rowid, old."text", old."speaker", old."role", old."section");
  INSERT INTO "passages_fts" (rowid, "text", "speaker", "role", "section")
    VALUES (new.rowid, new."text", new."speaker", new."role", new."section");
END;
"""
PLACE_COLUMNS = "id, source_id, paragraph, kind, speaker"  # index.records.Place
PASSAGE_COLUMNS = (
    'p.id, p.source_id, p.paragraph, p.start, p."end", p.section, p.kind, p.speaker, p.role, p.party, '
    "p.text, p.date, p.date_basis"
)
STOPWORDS = set(
    "a an and are as at be been but by can could did do does for from had has have how i if in into is it its "
    "of on or so such than that the their them then there these they this to was we were what when where which "
    "who whom why will with would you your about any says say said".split()
)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _passage(row: Sequence) -> Passage:
    return Passage(*row)


def scope_sql(guild_id: int | None, column: str = "guild_id") -> tuple[str, list]:
    """Global sources serve every guild; a guild's own sources serve only that guild."""
    if guild_id is None:
        return f"{column} IS NULL", []
    return f"({column} IS NULL OR {column} = ?)", [guild_id]


def query_words(question: str) -> list[str]:
    """The question's content words, once each: what either lexical retriever searches for."""
    words = [w for w in re.findall(r"\w+", question.lower()) if w not in STOPWORDS and len(w) > 1]
    return list(dict.fromkeys(words))


def fts_query(question: str) -> str | None:
    """An OR of the question's content words, each quoted so FTS5 syntax in user text is inert."""
    words = query_words(question)
    return " OR ".join(f'"{w}"' for w in words) if words else None


def storable(text: str | None) -> str | None:
    """What a user typed, as SQLite can keep it: a terminal's byte that is not UTF-8 arrives as a lone
    surrogate, which SQLite refuses to encode, and an audit row must record the refusal of that very input."""
    return None if text is None else text.encode("utf-8", "replace").decode("utf-8")


def _inserted_id(cur: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just added: sqlite3 types lastrowid as optional because other statements
    leave it unset."""
    if cur.lastrowid is None:
        raise StorageError("the database returned no id for a new row")
    return cur.lastrowid


class Store:
    """One SQLite connection per thread: a question answered in one thread never runs inside, or sees
    the uncommitted rows of, a write's transaction in another (WAL gives each reader a snapshot).

    Opened read-only when the data folder cannot be written: reads work, writes say what to fix."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only = not connection.writable(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        try:
            migrations.refuse_newer(self.db.conn, path)
        except StorageError:
            self.close()
            raise
        migrations.migrate(self.db.conn, SCHEMA, read_only=self.read_only)

    @property
    def db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            conn = connection.connect(self.path, read_only=self.read_only)
            with self._connections_lock:
                self._connections.append(conn)
            db = self._local.db = sqlite_utils.Database(conn)
        return db

    def require_writable(self) -> None:
        if self.read_only:
            raise connection.read_only_error(self.path)

    def close(self) -> None:
        with self._connections_lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: all of it lands or none of it does (a killed process rolls back).

        BEGIN IMMEDIATE takes SQLite's write lock first, so what a write checks inside (is this file or text
        already stored?) still holds when it commits, whichever processes race it."""
        self.require_writable()
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:  # the write lock was held past the busy timeout
            raise connection.explain(self.path, e) from None
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:  # SQLite ends some failed transactions itself (a full disk, an I/O error)
                conn.execute("ROLLBACK")
            failed = connection.write_failed(self.path, e) if isinstance(e, sqlite3.OperationalError) else None
            if failed is not None:
                raise failed from None
            raise

    @contextmanager
    def snapshot(self) -> Iterator[int]:
        """A read transaction on this thread's connection, yielding its generation: every read inside sees
        that one committed state of the store, whatever other threads or processes commit meanwhile (WAL
        keeps it for the reader). Nested use shares the outer snapshot."""
        conn = self.db.conn
        if conn.in_transaction:
            yield self.generation
            return
        conn.execute("BEGIN")
        try:
            yield self.generation
        finally:
            conn.execute("COMMIT")

    @contextmanager
    def lent(self, db: sqlite_utils.Database) -> Iterator[None]:
        """Reads on this thread go through `db`, another thread's connection, and so inside that thread's
        snapshot: the question path reads what needs no query vector on a worker while the asking thread,
        which holds the snapshot, encodes the question and leaves its connection alone until the worker is
        done."""
        own = getattr(self._local, "db", None)
        self._local.db = db
        try:
            yield
        finally:
            if own is None:
                del self._local.db
            else:
                self._local.db = own

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @cached_property
    def identity(self) -> str:
        """Set when the store is made; the indexes beside it record it (index/storage/migrations.py)."""
        return self.meta("store_id", "") or ""

    @property
    def generation(self) -> int:
        return int(self.meta("generation", "0") or 0)

    def _bump(self) -> None:
        self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")

    def vectors_completed(self) -> None:
        """Passages stored without a vector have one now. An index built meanwhile, from the vectors stored
        so far, says the generation it was built at; a new one tells every process to reconcile it."""
        self._bump()

    # sources -----------------------------------------------------------------------------------

    def _source_rows(self, where: str, params: list) -> list[Source]:
        sql = f"""
            SELECT s.id, s.title, s.publisher, s.url, s.date, s.author, s.guild_id, s.origin, s.corpus_file,
                   s.content_hash, s.splitter, s.added_at,
                   COUNT(p.id), COALESCE(SUM(p.kind = 'quote'), 0), COUNT(DISTINCT p.speaker)
            FROM sources s LEFT JOIN passages p ON p.source_id = s.id
            WHERE {where} GROUP BY s.id ORDER BY s.id"""
        return [Source(*row) for row in self.db.execute(sql, params).fetchall()]

    def sources(self, guild_id: int | None = None, *, all_guilds: bool = False) -> list[Source]:
        if all_guilds:
            return self._source_rows("1", [])
        where, params = scope_sql(guild_id, "s.guild_id")
        return self._source_rows(where, params)

    def source(self, source_id: int) -> Source | None:
        rows = self._source_rows("s.id = ?", [source_id])
        return rows[0] if rows else None

    def corpus_sources(self) -> dict[str, Source]:
        return {r.corpus_file: r for r in self._source_rows("s.corpus_file IS NOT NULL", []) if r.corpus_file}

    def find_duplicate(self, guild_id: int | None, content_hash: str, url: str | None) -> Source | None:
        where, params = scope_sql(guild_id, "s.guild_id")
        cond = "s.content_hash = ?" + (" OR s.url = ?" if url else "")
        rows = self._source_rows(f"{where} AND ({cond})", params + [content_hash] + ([url] if url else []))
        return rows[0] if rows else None

    def refuse_duplicate(self, guild_id: int | None, content_hash: str, url: str | None) -> None:
        """Raise DuplicateSourceError naming the source that already holds this text or URL in scope."""
        duplicate = self.find_duplicate(guild_id, content_hash, url)
        if duplicate is not None:
            same = "URL" if url and duplicate.url == url else "text"
            raise DuplicateSourceError(
                f"That {same} is already source #{duplicate.id} ({duplicate.title}).", duplicate.id
            )

    def insert_source(self, fields: dict, drafts: Sequence[Passage]) -> tuple[int, list[int]]:
        """Insert a source and its passages; the caller holds the transaction. The schema refuses a second
        copy of a corpus file, or of a text or URL in one scope, however many processes race to add it."""
        try:
            cur = self.db.execute(
                """INSERT INTO sources (guild_id, title, publisher, author, url, date, origin, corpus_file,
                       content_hash, splitter, cleaned_text, added_at, added_by)
                   VALUES (:guild_id, :title, :publisher, :author, :url, :date, :origin, :corpus_file,
                       :content_hash, :splitter, :cleaned_text, :added_at, :added_by)""",
                {"added_at": time.time(), "added_by": None, "corpus_file": None, **fields},
            )
        except sqlite3.IntegrityError:
            self.refuse_duplicate(fields.get("guild_id"), fields["content_hash"], fields.get("url"))
            copy = self.db.execute(
                "SELECT id FROM sources WHERE corpus_file = ?", [fields.get("corpus_file")]
            ).fetchone()
            if copy is not None:
                raise DuplicateSourceError(
                    f"Corpus file {fields['corpus_file']} is already source #{copy[0]}.", copy[0]
                ) from None
            raise
        source_id = _inserted_id(cur)
        record_abbreviations(self.db.conn, source_id, fields.get("guild_id"), fields["cleaned_text"])
        ids = self._insert_passages(source_id, fields.get("guild_id"), drafts, fields["title"])
        self._bump()
        return source_id, ids

    def replace_source(
        self, source_id: int, fields: dict, drafts: Sequence[Passage] | None
    ) -> tuple[list[int], list[int]]:
        """New metadata, and new passages unless `drafts` is None, under the same source id, so the id a
        moderator noted keeps naming the edited source. Returns (removed, added) passage ids."""
        columns = ("title", "publisher", "author", "url", "date", "content_hash", "splitter", "cleaned_text")
        self.db.execute(
            f"UPDATE sources SET {', '.join(f'{c} = :{c}' for c in columns)} WHERE id = :id",
            {c: fields.get(c) for c in columns} | {"id": source_id},
        )
        guild_id = self.db.execute("SELECT guild_id FROM sources WHERE id = ?", [source_id]).fetchone()[0]
        self.db.execute("DELETE FROM abbreviations WHERE source_id = ?", [source_id])
        record_abbreviations(self.db.conn, source_id, guild_id, fields.get("cleaned_text") or "")
        removed: list[int] = []
        added: list[int] = []
        if drafts is not None:
            removed = [r[0] for r in self.db.execute("SELECT id FROM passages WHERE source_id = ?", [source_id])]
            self.db.execute("DELETE FROM passages WHERE source_id = ?", [source_id])
            added = self._insert_passages(source_id, guild_id, drafts, fields["title"])
        else:
            self._redate(source_id, fields.get("date"))
        self._bump()
        return removed, added

    def _redate(self, source_id: int, published: str | None) -> None:
        """A new publication date moves every passage dated from it ("on Monday", or the source's own)."""
        rows = self.db.execute("SELECT id, text FROM passages WHERE source_id = ?", [source_id]).fetchall()
        dated = [(when.date, when.basis, pid) for pid, text in rows for when in (statement_date(text, published),)]
        self.db.conn.executemany("UPDATE passages SET date = ?, date_basis = ? WHERE id = ?", dated)

    def _insert_passages(
        self, source_id: int, guild_id: int | None, drafts: Sequence[Passage], title: str
    ) -> list[int]:
        """Each passage keyed by what the model reads for it, its source's title included."""
        ids = []
        for seq, d in enumerate(drafts):
            cur = self.db.execute(
                """INSERT INTO passages (source_id, guild_id, seq, paragraph, start, "end", section, kind,
                       speaker, role, party, text, text_hash, date, date_basis)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                [
                    source_id,
                    guild_id,
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
                    text_hash(reading(d.speaker, d.role, d.text, title).key),
                    d.date,
                    d.date_basis,
                ],
            )
            ids.append(_inserted_id(cur))
        return ids

    def delete_source(self, source_id: int) -> list[int]:
        """Delete a source and its passages; the caller holds the transaction. Returns the passage ids."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM passages WHERE source_id = ?", [source_id])]
        self.db.execute("DELETE FROM passages WHERE source_id = ?", [source_id])
        self.db.execute("DELETE FROM sources WHERE id = ?", [source_id])
        self._bump()
        return ids

    # passages ----------------------------------------------------------------------------------

    def passages_by_id(self, ids: Iterable[int]) -> dict[int, Passage]:
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT {PASSAGE_COLUMNS} FROM passages p WHERE p.id IN ({marks})", ids)
        return {row[0]: _passage(row) for row in rows}

    def passages_with_vectors(self, ids: Iterable[int], model: str) -> tuple[dict[int, Passage], dict[int, bytes]]:
        """Passages by id with their stored vectors (by `model`), in one statement: a question scores every
        passage it reads whole, and reading the vectors apart looked each passage up a second time."""
        ids = list(ids)
        if not ids:
            return {}, {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"""SELECT {PASSAGE_COLUMNS}, e.vector FROM passages p
                LEFT JOIN embeddings e ON e.text_hash = p.text_hash AND e.model = ?
                WHERE p.id IN ({marks})""",
            [model, *ids],
        )
        passages, vectors = {}, {}
        for row in rows:
            passages[row[0]] = _passage(row[:-1])
            if row[-1] is not None:
                vectors[row[0]] = row[-1]
        return passages, vectors

    def places_by_id(self, ids: Iterable[int]) -> dict[int, Place]:
        """Where the given passages sit, without their text: a third of the cost of reading them whole."""
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT {PLACE_COLUMNS} FROM passages WHERE id IN ({marks})", ids)
        return {row[0]: Place(*row) for row in rows}

    def passages(
        self,
        guild_id: int | None = None,
        *,
        speaker: str | None = None,
        party: str | None = None,
        source_id: int | None = None,
    ) -> list[Passage]:
        where, params = scope_sql(guild_id, "p.guild_id")
        if speaker:
            where += " AND p.speaker LIKE ?"
            params.append(f"%{speaker}%")
        if party:
            if party.lower() == "none":
                where += " AND p.party IS NULL"
            else:
                where += " AND p.party = ? COLLATE NOCASE"
                params.append(party)
        if source_id is not None:
            where += " AND p.source_id = ?"
            params.append(source_id)
        sql = f"SELECT {PASSAGE_COLUMNS} FROM passages p WHERE {where} ORDER BY p.source_id, p.seq"
        return [_passage(r) for r in self.db.execute(sql, params)]

    def passage_hashes(self) -> list[tuple[int, str]]:
        return self.db.execute("SELECT id, text_hash FROM passages ORDER BY id").fetchall()

    def passage_ids(self, guild_id: int | None = None, *, exclusive: bool = False) -> list[int]:
        """Ids visible to a guild, or with exclusive=True those of other guilds (to filter out)."""
        if exclusive:
            sql, params = "SELECT id FROM passages WHERE guild_id IS NOT NULL AND guild_id IS NOT ?", [guild_id]
        else:
            where, params = scope_sql(guild_id)
            sql = f"SELECT id FROM passages WHERE {where}"
        return [r[0] for r in self.db.execute(sql, params)]

    def has_guild_passages(self) -> bool:
        return self.db.execute("SELECT 1 FROM passages WHERE guild_id IS NOT NULL LIMIT 1").fetchone() is not None

    def sources_for(self, passages: Iterable[Passage]) -> dict[int, Source]:
        ids = sorted({p.source_id for p in passages})
        if not ids:
            return {}
        return {s.id: s for s in self._source_rows(f"s.id IN ({','.join('?' * len(ids))})", ids)}

    def mentions(self, phrase: str, guild_id: int | None) -> bool:
        """Whether any passage this guild sees contains the phrase (as FTS5 tokenises and stems it)."""
        where, params = scope_sql(guild_id, "p.guild_id")
        sql = f"""SELECT 1 FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
                  WHERE passages_fts MATCH ? AND {where} LIMIT 1"""
        return self.db.execute(sql, ['"' + phrase.replace('"', "") + '"', *params]).fetchone() is not None

    def abbreviations(self, words: Sequence[str], guild_id: int | None) -> list[tuple[str, str]]:
        """(short, long) of the definitions in scope whose abbreviation is one of `words` or whose long form
        starts with one of them (words in lower case, store.query_words): what a question's words may stand
        for. Several sources defining the same pair give it once."""
        words = list(dict.fromkeys(words))
        if not words:
            return []
        where, params = scope_sql(guild_id)
        marks = ",".join("?" * len(words))
        sql = f"""SELECT DISTINCT short, long FROM abbreviations
                  WHERE (short IN ({marks}) OR head IN ({marks})) AND {where}"""
        return [(r[0], r[1]) for r in self.db.execute(sql, [*words, *words, *params])]

    def lexical_rows(self, ids: Sequence[int] | None = None) -> Iterator[tuple]:
        """(id, guild_id, text, speaker, role, section) of the given passages, or of all of them: what the
        lexical index (index/storage/lexical.py) is built from."""
        sql = "SELECT id, guild_id, text, speaker, role, section FROM passages"
        if ids is None:
            yield from self.db.execute(sql)
            return
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            yield from self.db.execute(f"{sql} WHERE id IN ({','.join('?' * len(chunk))})", chunk)

    def bm25(self, question: str, guild_id: int | None, limit: int) -> list[tuple[int, float]]:
        """(passage id, relevance ≥ 0) by FTS5 BM25, best first: it scores every passage that shares a word
        with the question, so questions use the pruned lexical index instead; benchmarks compare the two."""
        query = fts_query(question)
        if query is None:
            return []
        where, params = scope_sql(guild_id, "p.guild_id")
        sql = f"""SELECT p.id, -bm25(passages_fts) AS score FROM passages_fts
                  JOIN passages p ON p.id = passages_fts.rowid
                  WHERE passages_fts MATCH ? AND {where} ORDER BY score DESC LIMIT ?"""
        return [(r[0], r[1]) for r in self.db.execute(sql, [query, *params, limit])]

    # embeddings --------------------------------------------------------------------------------

    def known_embeddings(self, model: str, hashes: Sequence[str]) -> set[str]:
        """Which of these text hashes already have a vector for this model (an add embeds only the rest)."""
        known: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = list(hashes[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT text_hash FROM embeddings WHERE model = ? AND text_hash IN ({marks})", [model, *chunk]
            )
            known.update(r[0] for r in rows)
        return known

    def speaker_count(self) -> int:
        return self.db.execute("SELECT COUNT(DISTINCT speaker) FROM passages").fetchone()[0]

    def missing_embeddings(self, model: str) -> list[tuple[str, Reading]]:
        """(text_hash, what the model reads) of passages that have no vector for this model yet."""
        sql = """SELECT p.text_hash, p.speaker, p.role, p.text, s.title FROM passages p
                 JOIN sources s ON s.id = p.source_id
                 LEFT JOIN embeddings e ON e.text_hash = p.text_hash AND e.model = ?
                 WHERE e.text_hash IS NULL GROUP BY p.text_hash"""
        return [(h, reading(s, r, t, title)) for h, s, r, t, title in self.db.execute(sql, [model])]

    def put_embeddings(self, model: str, items: Iterable[tuple[str, bytes]]) -> None:
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO embeddings (text_hash, model, vector) VALUES (?, ?, ?)",
            [(h, model, v) for h, v in items],
        )

    def vectors_for(self, model: str, ids: Sequence[int] | None = None) -> Iterator[tuple[int, bytes]]:
        """(passage id, vector blob) for the given passages, or all of them, in id order."""
        sql = """SELECT p.id, e.vector FROM passages p
                 JOIN embeddings e ON e.text_hash = p.text_hash AND e.model = ?"""
        if ids is None:
            yield from self.db.execute(sql + " ORDER BY p.id", [model])
            return
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            yield from self.db.execute(sql + f" WHERE p.id IN ({marks}) ORDER BY p.id", [model, *chunk])

    def source_hashes(self, source_id: int) -> list[str]:
        rows = self.db.execute("SELECT DISTINCT text_hash FROM passages WHERE source_id = ?", [source_id])
        return [r[0] for r in rows]

    def prune_embeddings(self, hashes: Sequence[str] | None = None) -> int:
        """Drop vectors no passage uses any more (a source was removed or its text changed). Given the
        removed passages' hashes, only those are checked, rather than every vector in the store."""
        if hashes is None:
            cur = self.db.execute(
                "DELETE FROM embeddings WHERE text_hash NOT IN (SELECT DISTINCT text_hash FROM passages)"
            )
            return cur.rowcount
        removed = 0
        for i in range(0, len(hashes), 500):
            chunk = list(hashes[i : i + 500])
            marks = ",".join("?" * len(chunk))
            cur = self.db.execute(
                f"""DELETE FROM embeddings WHERE text_hash IN ({marks})
                    AND NOT EXISTS (SELECT 1 FROM passages p WHERE p.text_hash = embeddings.text_hash)""",
                chunk,
            )
            removed += cur.rowcount
        return removed

    # audit and feedback ------------------------------------------------------------------------

    def audit(
        self,
        action: str,
        outcome: str,
        *,
        guild_id: int | None = None,
        user_id: int | None = None,
        source_id: int | None = None,
        detail: str | None = None,
    ) -> None:
        self.db.execute(
            "INSERT INTO audit (at, guild_id, user_id, action, source_id, outcome, detail) VALUES (?,?,?,?,?,?,?)",
            [time.time(), guild_id, user_id, action, source_id, storable(outcome), storable(detail)],
        )

    def audit_rows(self, limit: int = 50, guild_id: int | None = None) -> list[dict]:
        where, params = ("1", []) if guild_id is None else ("guild_id = ?", [guild_id])
        rows = self.db.execute(
            f"SELECT id, at, guild_id, user_id, action, source_id, outcome, detail FROM audit WHERE {where} "
            "ORDER BY id DESC LIMIT ?",
            [*params, limit],
        )
        keys = ["id", "at", "guild_id", "user_id", "action", "source_id", "outcome", "detail"]
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def record_feedback(
        self,
        *,
        guild_id: int | None,
        user_id: int,
        answer_key: str,
        question: str,
        passage_ids: Sequence[int],
        vote: int,
    ) -> None:
        """One vote per user per answer; voting again replaces the earlier vote."""
        self.db.execute(
            """INSERT INTO feedback (at, guild_id, user_id, answer_key, question, passage_ids, vote)
               VALUES (?,?,?,?,?,?,?)
               ON CONFLICT (answer_key, user_id) DO UPDATE SET vote = excluded.vote, at = excluded.at""",
            [time.time(), guild_id, user_id, answer_key, question, json.dumps(list(passage_ids)), vote],
        )

    def feedback_rows(self) -> list[dict]:
        keys = ["guild_id", "user_id", "answer_key", "question", "passage_ids", "vote"]
        rows = self.db.execute(f"SELECT {', '.join(keys)} FROM feedback ORDER BY id")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    # questions behind the bot's answer buttons --------------------------------------------------

    def remember_question(self, key: str, guild_id: int | None, question: str) -> None:
        """Kept so an answer's buttons can page again after the bot restarts; asking again refreshes it."""
        self.db.execute(
            """INSERT INTO asked (key, at, guild_id, question) VALUES (?,?,?,?)
               ON CONFLICT (key) DO UPDATE SET at = excluded.at""",
            [key, time.time(), guild_id, question],
        )

    def asked_question(self, key: str) -> tuple[int | None, str] | None:
        row = self.db.execute("SELECT guild_id, question FROM asked WHERE key = ?", [key]).fetchone()
        return (row[0], row[1]) if row else None

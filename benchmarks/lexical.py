"""Lexical retrieval candidates side by side on the synthetic stores (issue 12).

`python -m benchmarks.lexical [--sizes 10000,100000,1000000] [--candidates tantivy,bm25s,fts5-rare]`.

- **FTS5 bm25**: what questions used before, `Store.bm25`: every passage sharing a word with the question is
  scored before ORDER BY … LIMIT. The reference each candidate's top 10 is compared with.
- **tantivy**: BM25 with block-max WAND (`index/storage/lexical.py`, what Parley now uses), weighted to give
  FTS5's scores.
- **bm25s**: scores precomputed into a sparse matrix; a question sums the columns of its words. It has no
  incremental update: a write re-indexes everything, since every passage's idf moves.
- **FTS5 on rare terms**: the same FTS5 table asked only for the question's rarest words (those in at most
  RARE_SHARE of the passages, or else the rarest one), their document counts kept in a table beside it and
  updated with each write, so common words are not scored.

Each candidate reports build time, size on disk, p50/p95 of a top-40 query over every guild's passages, the
share of FTS5's top 10 it returns (ties with the tenth score count as found) on the real questions and on
synthetic ones drawn from the store's own passages, and the time to add then remove one 20-passage source.

bm25s and the rare-terms candidate need `pip install -e ".[bench]"` (bm25s, PyStemmer); without them their rows
say so. `lexical_times` is what `benchmarks/run.py`'s scale table calls for its lexical column.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import shutil
import sqlite3
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from index.storage.store import STOPWORDS, Store, query_words

from .common import RESULTS, Table, load_average, load_note, ms, percentile, questions, secs, timed

LIMIT = 40
TOP = 10
RARE_SHARE = 0.02
SOURCE_PASSAGES = 20
SYNTHETIC_QUESTIONS = 50
CANDIDATES = ("tantivy", "bm25s", "fts5-rare")


def lexical_times(kb, asked: Sequence[str], guild_id: int | None = None, limit: int = LIMIT) -> list[float]:
    """Seconds per question of the lexical search `retrieve` runs, on an index already made ready."""
    lexical = kb.readiness.lexical()
    return [timed(lambda: lexical.search(query_words(q), guild_id, limit)) for q in asked]


class Candidate(Protocol):
    name: str

    def build(self) -> None: ...

    def size(self) -> int: ...

    def search(self, question: str, guild_id: int | None, limit: int) -> list[tuple[int, float]]: ...

    def add_and_remove(self, rows: list[tuple]) -> None: ...


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower())]


class Fts5:
    """The old path; its size is the FTS5 tables' pages in the store."""

    name = "FTS5 bm25 (before)"

    def __init__(self, store: Store) -> None:
        self.store = store

    def build(self) -> None:
        """Built by the store's triggers with each write: nothing to time here."""

    def size(self) -> int:
        rows = self.store.db.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'passages_fts%'").fetchone()
        return int(rows[0] or 0)

    def search(self, question: str, guild_id: int | None, limit: int) -> list[tuple[int, float]]:
        return self.store.bm25(question, guild_id, limit)

    def add_and_remove(self, rows: list[tuple]) -> None:
        _fts_write(self.store.db.conn, rows, "add")
        _fts_write(self.store.db.conn, rows, "remove")


def _fts_write(conn: sqlite3.Connection, rows: list[tuple], how: str) -> None:
    """Index or unindex rows straight in the FTS table (rowids past the store's), as the triggers would."""
    conn.execute("BEGIN IMMEDIATE")
    if how == "add":
        sql = "INSERT INTO passages_fts (rowid, text, speaker, role, section) VALUES (?, ?, ?, ?, ?)"
    else:
        sql = (
            "INSERT INTO passages_fts (passages_fts, rowid, text, speaker, role, section) "
            "VALUES ('delete', ?, ?, ?, ?, ?)"
        )
    conn.executemany(sql, [(r[0], r[2], r[3], r[4], r[5]) for r in rows])
    conn.execute("COMMIT")


class Tantivy:
    name = "tantivy (block-max WAND)"

    def __init__(self, store: Store, folder: Path) -> None:
        from index.storage.lexical_sync import LexicalSync

        self.store = store
        self.sync = LexicalSync(folder / "lexical")
        self.index = None

    def build(self) -> None:
        self.index = self.sync.sync(self.store, full=True)[0]

    def size(self) -> int:
        return _folder_size(self.sync.path)

    def search(self, question: str, guild_id: int | None, limit: int) -> list[tuple[int, float]]:
        assert self.index is not None
        return self.index.search(query_words(question), guild_id, limit)

    def add_and_remove(self, rows: list[tuple]) -> None:
        from index.storage.lexical import Row

        assert self.index is not None
        generation = self.index.generation or 0
        self.index.apply([Row(*r) for r in rows], [], generation)
        self.index.apply([], [r[0] for r in rows], generation)


class Bm25s:
    """bm25s's own BM25 (k1 1.2, b 0.75, Robertson idf as FTS5's) over Porter stems of the same words."""

    name = "bm25s (sparse matrix)"

    def __init__(self, store: Store, folder: Path) -> None:
        import Stemmer

        self.store = store
        self.folder = folder / "bm25s"
        self.stem = Stemmer.Stemmer("porter").stemWord
        self.model = None
        self.ids = np.zeros(0, dtype=np.int64)
        self.guilds = np.zeros(0, dtype=np.int64)

    def _tokens(self, text: str) -> list[str]:
        return [self.stem(w) for w in _words(text)]

    def build(self) -> None:
        import bm25s

        ids, guilds, corpus = [], [], []
        vocab: dict[str, int] = {}
        for row in self.store.lexical_rows():
            ids.append(row[0])
            guilds.append(row[1] or 0)
            corpus.append([vocab.setdefault(t, len(vocab)) for t in self._tokens(" ".join(v for v in row[2:] if v))])
        self.ids = np.array(ids, dtype=np.int64)
        self.guilds = np.array(guilds, dtype=np.int64)
        self.model = bm25s.BM25(k1=1.2, b=0.75, method="robertson")
        self.model.index(bm25s.tokenization.Tokenized(ids=corpus, vocab=vocab), show_progress=False)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.model.save(str(self.folder), show_progress=False)

    def size(self) -> int:
        return _folder_size(self.folder)

    def search(self, question: str, guild_id: int | None, limit: int) -> list[tuple[int, float]]:
        assert self.model is not None
        tokens = [self.stem(w) for w in query_words(question)]
        tokens = [t for t in tokens if t in self.model.vocab_dict]
        if not tokens:
            return []
        mask = ((self.guilds == 0) | (self.guilds == (guild_id or 0))).astype(np.float32)
        docs, scores = self.model.retrieve([tokens], k=limit, show_progress=False, weight_mask=mask, n_threads=1)
        return [(int(self.ids[d]), float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]

    def add_and_remove(self, rows: list[tuple]) -> None:
        """No incremental update: an add and a removal are two full re-indexes."""
        self.build()
        self.build()


class Fts5Rare:
    """FTS5 asked for the question's rare stems only; document counts in a term table (kept in memory here,
    updated on each write as a table in the store would be: one upsert per distinct stem)."""

    name = "FTS5 on rare terms"

    def __init__(self, store: Store) -> None:
        import Stemmer

        self.store = store
        self.stem = Stemmer.Stemmer("porter").stemWord
        self.df: Counter[str] = Counter()
        self.passages = 0

    def build(self) -> None:
        conn = self.store.db.conn
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, passages_fts, 'row')")
        self.df = Counter(dict(conn.execute("SELECT term, doc FROM temp.vocab")))
        self.passages = conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]

    def size(self) -> int:
        return sum(len(t) + 8 for t in self.df)

    def search(self, question: str, guild_id: int | None, limit: int) -> list[tuple[int, float]]:
        stems = {self.stem(w): w for w in query_words(question)}
        known = sorted((self.df[s], w) for s, w in stems.items() if self.df.get(s))
        if not known:
            return []
        rare = [w for n, w in known if n <= RARE_SHARE * self.passages] or [known[0][1]]
        return self.store.bm25(" ".join(rare), guild_id, limit)

    def add_and_remove(self, rows: list[tuple]) -> None:
        conn = self.store.db.conn
        for how, sign in (("add", 1), ("remove", -1)):
            _fts_write(conn, rows, how)
            terms = {self.stem(w) for r in rows for w in _words(" ".join(v for v in r[2:] if v))}
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS df (term TEXT PRIMARY KEY, n INTEGER NOT NULL)")
            conn.executemany(
                "INSERT INTO temp.df VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET n = n + excluded.n",
                [(t, sign) for t in terms],
            )
            for t in terms:
                self.df[t] += sign


def synthetic_questions(store: Store, count: int = SYNTHETIC_QUESTIONS, seed: int = 5) -> list[str]:
    """Six content words of a random passage, as a member might type a question about it."""
    rng = random.Random(seed)
    top = store.db.execute("SELECT MAX(id) FROM passages").fetchone()[0]
    out: list[str] = []
    while len(out) < count:
        row = store.db.execute("SELECT text FROM passages WHERE id >= ? LIMIT 1", [rng.randint(1, top)]).fetchone()
        words = [w for w in _words(row[0]) if w not in STOPWORDS and len(w) > 2]
        if len(words) >= 6:
            out.append(" ".join(rng.sample(words, 6)))
    return out


def found_share(reference: list[list[tuple[int, float]]], results: list[list[tuple[int, float]]]) -> float:
    """Share of the reference's top 10 found in a candidate's top 10; a passage whose reference score ties
    the tenth counts as found, since any order among ties is as right as another."""
    found = total = 0
    for ref, got in zip(reference, results, strict=True):
        if not ref:
            continue
        scores = dict(ref)
        want = ref[:TOP]
        tenth = want[-1][1]
        found += sum(1 for i, _ in got[:TOP] if i in scores and scores[i] >= tenth - 1e-9 * abs(tenth))
        total += len(want)
    return min(1.0, found / total) if total else float("nan")


def source_rows(store: Store, seed: int = 3) -> list[tuple]:
    """Twenty passages' texts under new ids past the store's: a source to add and remove again."""
    rng = random.Random(seed)
    top = store.db.execute("SELECT MAX(id) FROM passages").fetchone()[0]
    picked = [store.db.execute("SELECT text FROM passages WHERE id >= ? LIMIT 1", [rng.randint(1, top)]).fetchone()[0]]
    while len(picked) < SOURCE_PASSAGES:
        picked.append(
            store.db.execute("SELECT text FROM passages WHERE id >= ? LIMIT 1", [rng.randint(1, top)]).fetchone()[0]
        )
    return [(top + 1000 + i, None, text, None, None, None) for i, text in enumerate(picked)]


def _installed(name: str) -> bool:
    import importlib.util

    needs = {"bm25s": ("bm25s", "Stemmer"), "fts5-rare": ("Stemmer",)}.get(name, ())
    return all(importlib.util.find_spec(module) is not None for module in needs)


def _candidate(name: str, store: Store, folder: Path) -> Candidate:
    if name == "tantivy":
        return Tantivy(store, folder)
    if name == "bm25s":
        return Bm25s(store, folder)
    if name == "fts5-rare":
        return Fts5Rare(store)
    raise SystemExit(f"unknown candidate {name!r}; choose from {', '.join(CANDIDATES)}")


def bench_lexical(
    sizes: Sequence[int],
    candidates: Sequence[str] = CANDIDATES,
    rounds: int = 3,
    folder: Path = RESULTS,
    bases_count: int = 2000,
) -> list[Table]:
    """Every candidate on each synthetic store (built by `python -m benchmarks.run scale` or here)."""
    from .run import _scale_folder, _shared_embedder
    from .synthetic import make_bases

    started = load_average()
    table = Table(
        "Lexical retrieval candidates: top 40 of every guild's passages",
        [
            "passages",
            "candidate",
            "build",
            "size",
            "query p50 / p95",
            "top-10 found, real questions",
            "top-10 found, synthetic",
            "add + remove 20 passages",
        ],
    )
    real = questions(None)
    bases = None
    for size in sizes:
        data = folder / f"scale-{size}"
        if not (data / "synthetic.json").exists():
            bases = bases or make_bases(_shared_embedder(), bases_count, cache=folder)
            _scale_folder(size, bases, folder)
        store = Store(data / "parley.db")
        asked = synthetic_questions(store)
        rows = source_rows(store)
        reference = Fts5(store)
        truth = {"real": [reference.search(q, None, 50) for q in real]}
        truth["synthetic"] = [reference.search(q, None, 50) for q in asked]
        count = store.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
        for name in [n for n in candidates if not _installed(n)]:
            table.add(f"{count:,}", name, *["not installed"] * 6)
        chosen = [_candidate(n, store, data) for n in candidates if _installed(n)]
        for candidate in [reference, *chosen]:
            build = timed(candidate.build) if candidate is not reference else float("nan")
            times = [timed(lambda: candidate.search(q, None, LIMIT)) for _ in range(rounds) for q in real + asked]
            shares = [
                found_share(truth[kind], [candidate.search(q, None, LIMIT) for q in qs])
                for kind, qs in (("real", real), ("synthetic", asked))
            ]
            update = timed(lambda: candidate.add_and_remove(rows))
            table.add(
                f"{count:,}",
                candidate.name,
                "—" if math.isnan(build) else secs(build),
                f"{candidate.size() / 2**20:,.1f} MB",
                f"{ms(percentile(times, 50))} / {ms(percentile(times, 95))}",
                f"{shares[0]:.3f}",
                f"{shares[1]:.3f}",
                secs(update),
            )
            print(table.rows[-1], flush=True)
        store.close()
    table.notes += [
        f"query: top {LIMIT} over every guild's passages (guild filter on, as a question from no guild), "
        f"{len(real)} real questions (tests/data/eval.jsonl) and {SYNTHETIC_QUESTIONS} synthetic ones (six content "
        f"words of a random passage) × {rounds}",
        "top-10 found: share of FTS5 bm25's top 10 in the candidate's top 10, a passage tying the tenth score counted",
        "add + remove: one 20-passage source indexed then unindexed, each committed (bm25s: two full re-indexes)",
        f"FTS5 on rare terms keeps words in at most {RARE_SHARE:.0%} of the passages (else the rarest one)",
        load_note(started),
    ]
    return [table]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.lexical")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--candidates", default=",".join(CANDIDATES))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    tables = bench_lexical(sizes, args.candidates.split(","), args.rounds)
    text = "\n".join(t.markdown() for t in tables)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "lexical.md").write_text(text, "utf-8")
    print(text)


if __name__ == "__main__":
    main()

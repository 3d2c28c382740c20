"""BM25 with top-k pruning: a tantivy index of the passages, derived from the store like the FAISS index.

SQLite FTS5's bm25() scores every passage that shares a word with the question before ORDER BY … LIMIT
keeps forty: 784 ms at a million passages. Tantivy's block-max WAND skips the blocks of postings whose
best possible score cannot enter the top k (benchmarks/lexical.py compares it with bm25s and with FTS5 on
rare terms). FTS5 stays in the store for `Store.mentions`, the abstention check, which stops at one match.

The index lives in its own folder beside the store. The store generation it reflects is a document of
the index, committed with the passages it describes, so a process killed between the two cannot leave an
index that claims a state it does not hold. An index that is missing, unreadable or of another layout is
rebuilt from the store; one at another generation is brought to the store's by the passage ids that
differ, as FAISS is.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import tantivy

from index.errors import IndexBusyError, IndexCorruptError

log = logging.getLogger(__name__)

LAYOUT = 1  # bumped when the schema or the analyser changes: an index of another layout is rebuilt
TEXT_FIELDS = ("text", "speaker", "role", "section")  # FTS5's columns, read as one text as its bm25() does
FTS5_IDF_FLOOR = 1e-6  # FTS5's idf for a word in half the passages or more
ANALYSER = "parley"
MARKER = -1  # the id of the document that holds the generation and the layout
GLOBAL = 0  # the guild field of a source every guild sees
WRITER_HEAP = 64_000_000
LOCK_WAIT_SECONDS = 30.0
ORPHAN_SECONDS = 60
STORE_FILE = "parley-store"  # the identity of the store the index was built from, beside tantivy's files


@dataclass(frozen=True)
class Row:
    """What the lexical index reads of a passage."""

    id: int
    guild_id: int | None
    text: str
    speaker: str | None
    role: str | None
    section: str | None


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", indexed=True, fast=True)
    builder.add_integer_field("guild", fast=True)
    builder.add_integer_field("generation", fast=True)
    builder.add_integer_field("layout", fast=True)
    builder.add_text_field("body", tokenizer_name=ANALYSER, index_option="freq")
    return builder.build()


def _analyser() -> tantivy.TextAnalyzer:
    """FTS5's porter tokenizer as near as tantivy has it: words of letters and digits, lower case, no
    accents, English stems."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


SCHEMA = _schema()
ANALYSE = _analyser()


def _document(row: Row) -> tantivy.Document:
    body = "\n".join(value for name in TEXT_FIELDS if (value := getattr(row, name)))
    return tantivy.Document(id=[row.id], guild=[row.guild_id or GLOBAL], body=[body])


def _marker(generation: int) -> tantivy.Document:
    return tantivy.Document(id=[MARKER], generation=[generation], layout=[LAYOUT])


def _open(path: Path | None) -> tantivy.Index:
    index = tantivy.Index(SCHEMA, path=str(path) if path else None, reuse=True)
    index.register_tokenizer(ANALYSER, ANALYSE)
    return index


class LexicalIndex:
    """One tantivy index: a folder, or memory alone when the data folder is read-only."""

    def __init__(self, index: tantivy.Index, path: Path | None) -> None:
        self._index = index
        self.path = path

    @classmethod
    def load(cls, path: Path) -> LexicalIndex:
        """The index in `path`; IndexCorruptError when it is missing, unreadable or of another layout."""
        try:
            if not (path / "meta.json").exists():
                raise IndexCorruptError(f"no lexical index in {path}")
            loaded = cls(_open(path), path)
            layout = loaded._marker_field("layout")
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:  # tantivy panics on some damaged files (pyo3's PanicException)
            raise IndexCorruptError(f"the lexical index in {path} is unreadable ({e})") from None
        if layout != LAYOUT:
            raise IndexCorruptError(f"the lexical index in {path} has layout {layout}, not {LAYOUT}")
        return loaded

    @classmethod
    def build(cls, path: Path | None, rows: Iterable[Row], generation: int, store: str = "") -> LexicalIndex:
        """A new index of `rows`, written beside `path` and moved into place whole: a reader never opens a
        half-built one, and a killed build leaves only a temporary folder for the next one to sweep. `store`
        is the identity of the store the rows come from (index/storage/migrations.py)."""
        if path is None:
            built = cls(_open(None), None)
            built._write(rows, (), generation)
            return built
        _sweep_temporaries(path)
        tmp = path.with_name(f".{path.name}-{os.getpid()}-{time.time_ns()}.tmp")
        tmp.mkdir(parents=True)
        try:
            cls(_open(tmp), tmp)._write(rows, (), generation)
            (tmp / STORE_FILE).write_text(store)
            _replace_folder(tmp, path)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return cls.load(path)

    @property
    def store(self) -> str:
        """The identity of the store the index was built from; "" for one built before identities."""
        try:
            return (self.path / STORE_FILE).read_text() if self.path is not None else ""
        except FileNotFoundError:
            return ""

    @property
    def generation(self) -> int | None:
        """The store generation this index reflects, as its last commit says."""
        return self._marker_field("generation")

    def _marker_field(self, name: str) -> int | None:
        searcher = self._index.searcher()
        hits = searcher.search(tantivy.Query.term_query(SCHEMA, "id", MARKER), 1, count=False).hits
        value = searcher.fast_field_values(name, [hits[0][1]])[0] if hits else None
        return None if value is None else int(value)

    def refresh(self) -> None:
        """See what another process committed since."""
        self._index.reload()

    def search(self, words: Sequence[str], guild_id: int | None, limit: int) -> list[tuple[int, float]]:
        """(passage id, BM25 score) of the passages `guild_id` may see, best first.

        The guild filter is applied to the pruned top hits rather than inside the query: tantivy prunes only a
        pure disjunction of terms, and a filter clause makes it score every passage again. When other guilds'
        passages crowd the top, it asks for four times as many until enough are left or none remain."""
        searcher = self._index.searcher()
        query = _query(searcher, words)
        if query is None:
            return []
        fetch = limit * 2
        while True:
            hits = searcher.search(query, fetch, count=False).hits
            addresses = [address for _, address in hits]
            ids = searcher.fast_field_values("id", addresses)
            guilds = searcher.fast_field_values("guild", addresses)
            kept = [
                (int(pid), float(score))
                for (score, _), pid, guild in zip(hits, ids, guilds, strict=True)
                if pid is not None and pid != MARKER and guild in (GLOBAL, guild_id)
            ]
            if len(kept) >= limit or len(hits) < fetch:
                return kept[:limit]
            fetch *= 4

    def ids(self) -> list[int]:
        """Every passage id the index holds (a reconcile compares them with the store's)."""
        searcher = self._index.searcher()
        count = searcher.num_docs
        if not count:
            return []
        hits = searcher.search(tantivy.Query.all_query(), count, count=False).hits
        ids = searcher.fast_field_values("id", [address for _, address in hits])
        return [int(i) for i in ids if i is not None and i != MARKER]

    def apply(self, added: Iterable[Row], removed: Sequence[int], generation: int, *, after: int | None = None) -> bool:
        """Remove and add passages and record `generation`, in one commit. With `after`: only if the index still
        reflects generation `after` once this process holds its writer (another process may have written since
        this one last looked); False, with nothing written, if not."""
        return self._edit(
            lambda writer: (after is None or self.generation == after) and _put(writer, added, removed, generation)
        )

    def reconcile(
        self, passages: Collection[int], rows: Callable[[Sequence[int]], Iterable[Row]], generation: int
    ) -> tuple[int, int]:
        """Bring the index to `generation`, whose passages are `passages`, by the ids that differ, read from `rows`:
        (passages added, passages removed). The ids the index holds are read holding its writer, so a process
        whose write landed in between is seen: two processes reconciling at once each wrote the passages the
        other had just added, and the index held them twice. An index another process has already brought to
        `generation` or past it is left as it is; a passage held twice is written once."""
        changed = (0, 0)

        def edit(writer: tantivy.IndexWriter) -> bool:
            nonlocal changed
            if (self.generation or 0) >= generation:
                return False
            held = Counter(self.ids())
            doubled = [pid for pid, n in held.items() if n > 1 and pid in passages]
            missing = sorted(set(passages) - held.keys())
            orphans = sorted(held.keys() - set(passages))
            changed = (len(missing), len(orphans))
            return _put(writer, rows([*missing, *doubled]), [*orphans, *doubled], generation)

        self._edit(edit)
        return changed

    def _write(self, added: Iterable[Row], removed: Sequence[int], generation: int) -> None:
        self._edit(lambda writer: _put(writer, added, removed, generation))

    def _edit(self, edit: Callable[[tantivy.IndexWriter], bool]) -> bool:
        """Run `edit` holding the index's one writer, with what the last writer committed loaded first, and
        commit what it did if it returns True."""
        writer = self._writer()
        try:
            self._index.reload()
            done = edit(writer)
            if done:
                writer.commit()
                writer.wait_merging_threads()
            else:
                writer.rollback()
        except BaseException:
            writer.rollback()
            raise
        finally:
            del writer
        self._index.reload()
        return done

    def _writer(self) -> tantivy.IndexWriter:
        """Tantivy admits one writer per index; another process's write takes a moment, so wait for it."""
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                return self._index.writer(heap_size=WRITER_HEAP, num_threads=1)
            except ValueError as error:
                if time.monotonic() > deadline:
                    raise IndexBusyError(
                        f"the lexical index in {self.path} stayed locked by another process for "
                        f"{LOCK_WAIT_SECONDS:.0f} s"
                    ) from error
                time.sleep(0.05)


def _put(writer: tantivy.IndexWriter, added: Iterable[Row], removed: Sequence[int], generation: int) -> bool:
    for pid in [*removed, MARKER]:
        writer.delete_documents_by_term("id", pid)
    for row in added:
        writer.add_document(_document(row))
    writer.add_document(_marker(generation))
    return True


def _query(searcher: tantivy.Searcher, words: Sequence[str]) -> tantivy.Query | None:
    """An OR of the words' stems, each weighted so that its score is FTS5's: tantivy's idf is
    ln(1 + (N - n + 0.5) / (n + 0.5)), FTS5's the same without the 1 and at least FTS5_IDF_FLOOR, so
    words in most passages count for almost nothing, as they did. A boost stays inside the term's scorer,
    which keeps it prunable."""
    passages = max(1, searcher.num_docs - 1)
    clauses = []
    for term in dict.fromkeys(token for word in words for token in ANALYSE.analyze(word)):
        found = searcher.doc_freq("body", term)
        if not found:
            continue
        odds = (max(passages - found, 0) + 0.5) / (found + 0.5)  # found counts deleted passages until a merge
        boost = max(math.log(odds), FTS5_IDF_FLOOR) / math.log1p(odds)
        term_query = tantivy.Query.term_query(SCHEMA, "body", term, index_option="freq")
        clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(term_query, boost)))
    return tantivy.Query.boolean_query(clauses) if clauses else None


def _replace_folder(new: Path, path: Path) -> None:
    """Move `new` to `path`; the old folder goes aside first, since a directory cannot be renamed over a
    non-empty one. A process killed in between leaves no index, which the next sync rebuilds."""
    old = path.with_name(f".{path.name}-{os.getpid()}-{time.time_ns()}.old")
    if path.exists():
        path.rename(old)
    new.rename(path)
    shutil.rmtree(old, ignore_errors=True)


def _sweep_temporaries(path: Path) -> None:
    """Folders left by a killed build or swap; a minute old means no process still owns them."""
    for stale in [*path.parent.glob(f".{path.name}-*.tmp"), *path.parent.glob(f".{path.name}-*.old")]:
        try:
            if time.time() - stale.stat().st_mtime > ORPHAN_SECONDS:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass

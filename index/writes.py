"""The one write path: every add (a URL, a file, pasted text, a corpus file) and every removal.

The slow work (cleaning, splitting, embedding) runs before the write transaction. What must hold when the
write commits — this text or URL is not yet a source in this scope, a corpus file has one source — is
checked inside it, where SQLite's write lock (BEGIN IMMEDIATE) makes the check and the insert one step
for every process, and the schema's unique indexes back it. A refused write changes nothing and leaves an
audit row. A committed one hands the in-memory index the passage ids it added and removed, and its
report carries whatever the index said on the way.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from index.errors import InputError, ParleyError
from index.limits import LIMITS
from index.records import Passage, Source
from index.reports import AddReport, BuildReport, RemoveReport
from index.sources import corpus as corpus_files
from index.sources.document import Document
from index.storage.embedder import Embedder
from index.storage.lexical_sync import LexicalSync
from index.storage.store import Store, text_hash
from index.storage.sync import IndexSync, SyncReport, no_progress
from index.text import gazetteer
from index.text.clean import clean
from index.text.context import encode, reading
from index.text.parties import Parties
from index.text.passages import attribute, segment

log = logging.getLogger(__name__)

SPLITTER_VERSION = "18"
MAX_TITLE_CHARS = LIMITS.title_chars
MAX_SOURCE_PASSAGES = LIMITS.source_passages
MAX_STRETCH_CHARS = LIMITS.stretch_chars
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)|[。！？\n]")
METADATA = ("title", "publisher", "author", "url", "date")
Progress = Callable[[str, int, int], None]
Report = TypeVar("Report", AddReport, RemoveReport)


@dataclass(frozen=True)
class Written:
    """What a committed write changed: the generation it started from and the passage ids it added and
    removed, which is all an index that was current before it needs."""

    before: int
    added: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)


@contextmanager
def audited(
    store: Store,
    action: str,
    guild_id: int | None,
    user_id: int | None,
    detail: str | None,
    source_id: int | None = None,
) -> Iterator[None]:
    """Every refused or failed write leaves one audit row, then the error goes on to the user."""
    try:
        yield
    except Exception as e:
        outcome = f"refused: {e}" if isinstance(e, ParleyError) else f"failed: {type(e).__name__}"
        try:
            store.audit(action, outcome, guild_id=guild_id, user_id=user_id, source_id=source_id, detail=detail)
        except Exception:  # the audit must never hide the error the user needs to see
            log.exception("could not write the audit row")
        raise


def require_few_passages(count: int) -> None:
    """An added source is embedded before its write commits, and writes take turns: one upload of 100,000
    one-line paragraphs (1.7 MB) would hold every server's adds and removals for the better part of an hour.
    The shipped corpus, an operator's, is not capped."""
    if count > MAX_SOURCE_PASSAGES:
        raise InputError(
            f"The source makes {count:,} passages; one source may make at most {MAX_SOURCE_PASSAGES:,}: "
            "add its articles one by one."
        )


def longest_stretch(text: str) -> int:
    """The most characters the text runs without a sentence end or a line break."""
    return max(map(len, _SENTENCE_BREAK.split(text)), default=0)


def require_sentences(text: str) -> None:
    """Attribution reads a sentence's names and a run of capitalised words as a whole, in time that grows
    with the square of its length: 640 kB of "The Minister Of The Republic Of …" held the write queue,
    every server's, for hours before it was refused. An article's sentences run a few hundred characters;
    an upload with a longer stretch is refused before it is split. The shipped corpus is not capped."""
    longest = longest_stretch(text)
    if longest > MAX_STRETCH_CHARS:
        raise InputError(
            f"The text runs {longest:,} characters without ending a sentence or a line; the limit is "
            f"{MAX_STRETCH_CHARS:,}: break it into sentences or paragraphs."
        )


def splitter_fingerprint(corpus_dir: Path) -> str:
    """Changes when the splitter or the party list does, so that corpus sources are split again."""
    return corpus_files.fingerprint(SPLITTER_VERSION, gazetteer.fingerprint(corpus_files.parties_file(corpus_dir)))


class Writes:
    """The write path of one KnowledgeBase. `ready` brings the corpus and the index up to date before an
    add, so that the index follows the add's own ids rather than diffing the whole store after it."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        parties: Parties,
        corpus_dir: Path,
        index: IndexSync,
        lexical: LexicalSync,
        ready: Callable[[Progress], SyncReport],
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.parties = parties
        self.corpus_dir = corpus_dir
        self.index = index
        self.lexical = lexical
        self.ready = ready
        self.splitter = splitter_fingerprint(corpus_dir)

    def add_document(
        self,
        read: Callable[[], Document],
        detail: str | None,
        guild_id: int | None,
        user_id: int | None,
        progress: Progress,
    ) -> AddReport:
        """The one add path for a URL, a file or pasted text: `read` runs inside the audit, so a page that
        cannot be fetched or a file that cannot be read is audited like a refused duplicate."""

        def work() -> tuple[AddReport, Written]:
            ready = self.ready(progress)
            report, written = self._add(read(), guild_id, user_id, progress)
            return replace(report, warnings=ready.warnings), written

        return self._commit("add", detail, guild_id, user_id, None, progress, work)

    def remove_source(
        self, find: Callable[[], Source], source_id: int, guild_id: int | None, user_id: int | None, all_guilds: bool
    ) -> RemoveReport:
        """`find` looks the source up in the caller's scope, inside the audit: removing an id this guild
        cannot see is audited too."""
        return self._commit(
            "remove",
            None,
            guild_id,
            user_id,
            source_id,
            no_progress,
            lambda: self._remove(find(), guild_id, user_id, all_guilds),
        )

    def _commit(
        self,
        action: str,
        detail: str | None,
        guild_id: int | None,
        user_id: int | None,
        source_id: int | None,
        progress: Progress,
        work: Callable[[], tuple[Report, Written]],
    ) -> Report:
        started = time.perf_counter()
        self.store.require_writable()
        with audited(self.store, action, guild_id, user_id, detail, source_id):
            report, written = work()
            followed = self.index.follow(self.store, written.before, written.added, written.removed, progress)
            lexical = self.lexical.follow(self.store, written.before, written.added, written.removed)
        warnings = report.warnings + followed.warnings + lexical
        return replace(report, seconds=time.perf_counter() - started, warnings=warnings)

    def rebuild(self, progress: Progress, full: bool) -> BuildReport:
        """Sync the corpus, embed only what changed, and bring the index up to date (full: from scratch).

        The embedding lock is taken before the corpus sync commits passages without vectors, so a question
        or a write arriving before they are embedded serves the vectors stored so far instead of encoding
        them itself. Writes may run beside a build (the bot's /reindex does not hold its write queue): each
        commits on its own, and the index follows them (index/storage/sync.py)."""
        started = time.perf_counter()
        with self.index.embedding_turn():
            report = self.sync_corpus(BuildReport())
            embedded = self.index.embed_missing(self.store, progress)
        _, sync = self.index.sync(self.store, progress, full=full)
        _, lexical = self.lexical.sync(self.store, full=full)
        rows = self.store.sources(all_guilds=True)
        return replace(
            report,
            embedded=embedded + sync.embedded,
            index_rebuilt=sync.how == "built",
            vectors_added=sync.added,
            vectors_removed=sync.removed,
            warnings=[*sync.warnings, *lexical],
            sources=len(rows),
            passages=sum(r.passages for r in rows),
            quotes=sum(r.quotes for r in rows),
            speakers=self.store.speaker_count(),
            seconds=time.perf_counter() - started,
        )

    def prepare(self, doc: Document, capped: bool = False) -> tuple[str, list[Passage]]:
        """Clean and split. A capped source (an upload, not the corpus) is counted once it is cut into units,
        one per passage, so one of too many is refused before the costlier attribution of every unit."""
        cleaned = clean(doc)
        if not cleaned.text.strip():
            raise InputError("The source has no article text left after cleaning.")
        if capped:
            require_sentences(cleaned.text)
        segments = segment(cleaned)
        if capped:
            require_few_passages(len(segments.units))
        drafts = attribute(segments, self.parties)
        if not drafts:
            raise InputError("No passages could be made from the source's text.")
        return cleaned.text, drafts

    def fields(self, doc: Document, cleaned: str, guild_id: int | None, user_id: int | None) -> dict:
        title = (doc.title or "").strip()
        if not title:
            raise InputError("The source needs a title: give one with --title (or title: in Discord).")
        if len(title) > MAX_TITLE_CHARS:
            raise InputError(f"The title is {len(title)} characters long; the limit is {MAX_TITLE_CHARS}.")
        return {
            "guild_id": guild_id,
            "title": title,
            "publisher": doc.publisher,
            "author": doc.author,
            "url": doc.url,
            "date": doc.date,
            "origin": doc.origin,
            "content_hash": text_hash(cleaned),
            "splitter": self.splitter,
            "cleaned_text": cleaned,
            "added_by": user_id,
        }

    # adding and removing -----------------------------------------------------------------------

    def _add(
        self, doc: Document, guild_id: int | None, user_id: int | None, progress: Progress
    ) -> tuple[AddReport, Written]:
        """Split and embed, then one transaction that refuses a copy already in scope and inserts."""
        cleaned, drafts = self.prepare(doc, capped=True)
        fields = self.fields(doc, cleaned, guild_id, user_id)
        self.store.refuse_duplicate(guild_id, fields["content_hash"], doc.url)
        texts = {text_hash(r.key): r for r in (reading(d.speaker, d.role, d.text, fields["title"]) for d in drafts)}
        known = self.store.known_embeddings(self.embedder.name, list(texts))
        todo = [(h, t) for h, t in texts.items() if h not in known]
        vectors = encode(self.embedder, [r for _, r in todo], lambda n: progress("embed", n, len(todo)))
        with self.store.transaction():
            before = self.store.generation
            self.store.refuse_duplicate(guild_id, fields["content_hash"], doc.url)
            blobs = ((h, v.tobytes()) for (h, _), v in zip(todo, vectors, strict=True))
            self.store.put_embeddings(self.embedder.name, blobs)
            source_id, ids = self.store.insert_source(fields, drafts)
            self.store.audit(
                "add",
                "ok",
                guild_id=guild_id,
                user_id=user_id,
                source_id=source_id,
                detail=f"{fields['title']} ({len(ids)} passages)",
            )
        report = AddReport(
            source_id,
            fields["title"],
            doc.publisher,
            len(drafts),
            sum(d.kind == "quote" for d in drafts),
            sorted({d.speaker for d in drafts if d.speaker}),
            sorted({d.party for d in drafts if d.party}),
            len(todo),
            0.0,
        )
        return report, Written(before, ids)

    def _remove(
        self, row: Source, guild_id: int | None, user_id: int | None, all_guilds: bool
    ) -> tuple[RemoveReport, Written]:
        """Remove a source its guild (or an operator) may remove: not one the corpus ships."""
        if row.corpus_file is not None:
            raise InputError(
                f"Source #{row.id} ships with the corpus; remove corpus/sources/{row.corpus_file} "
                "and run `parley index build` instead."
            )
        if not all_guilds and row.guild_id != guild_id:
            raise InputError(f"Source #{row.id} belongs to every guild; only an operator can remove it.")
        with self.store.transaction():
            before = self.store.generation
            hashes = self.store.source_hashes(row.id)
            ids = self.store.delete_source(row.id)
            self.store.prune_embeddings(hashes)
            self.store.audit(
                "remove",
                "ok",
                guild_id=guild_id,
                user_id=user_id,
                source_id=row.id,
                detail=f"{row.title} ({len(ids)} passages)",
            )
        return RemoveReport(row.id, row.title, len(ids), 0.0), Written(before, removed=ids)

    # the shipped corpus ------------------------------------------------------------------------

    def sync_corpus(self, report: BuildReport) -> BuildReport:
        """Make the store's corpus sources match corpus/ in one transaction, without the model.

        Files are read, cleaned and split before it; inside it the corpus sources are read again, so
        processes starting at once on an empty folder store each file once. An edited file keeps its
        source id (its passages are replaced); metadata alone changes only the row."""
        files = corpus_files.read_corpus(self.corpus_dir)
        cleaned = {f.name: self.prepare(f.document) for f in files}
        with self.store.transaction():
            existing = self.store.corpus_sources()
            for f in files:
                text, drafts = cleaned[f.name]
                fields = self.fields(f.document, text, None, None) | {"corpus_file": f.name}
                old = existing.pop(f.name, None)
                if old is None:
                    self.store.insert_source(fields, drafts)
                    report.added_sources.append(f.name)
                elif old.content_hash != fields["content_hash"] or old.splitter != self.splitter:
                    self.store.replace_source(old.id, fields, drafts)
                    report.updated_sources.append(f.name)
                elif any(getattr(old, k) != fields[k] for k in METADATA):
                    # a new title is part of what every passage's vector is made of (index/text/context.py)
                    self.store.replace_source(old.id, fields, drafts if old.title != fields["title"] else None)
                    report.updated_sources.append(f.name)
            for name, old in existing.items():
                self.store.delete_source(old.id)
                report.removed_sources.append(name)
            if report.removed_sources or report.updated_sources:
                self.store.prune_embeddings()
            if self.store.meta("corpus_synced") is None:
                self.store.set_meta("corpus_synced", str(time.time()))
        return report

"""The question path, in one order for `ask`, `compare` and `timeline`: the facade has validated the question
and made the index ready once; here, inside one store snapshot, the question is encoded, retrieved
(the hits carry their passages, read once), judged for abstention in one place
(index/answering/question.py `abstention`) and composed, citing sources read in the same snapshot.

A snapshot keeps one committed state for everything a question reads, so a source another process adds
meanwhile is served from the next question on and never half-seen by this one. What needs no query vector
(the lexical search, the rows of its candidates and the places beside them, the party mappings, the guild's
filter, the names no source covers) is read on a worker thread while the question is encoded, through the
asking thread's connection and so in its snapshot: the question is encoded on one thread
(index/storage/embedder.py), which leaves the other core to this. The dense search needs the vector and
stays on the asking thread: run beside the reading of the lexical candidates' rows, after the encoding, it
made a question slower, not faster (45.0 against 42.2 ms p50 at 100k passages on a quiet machine,
interleaved in one process).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, replace

import numpy as np
import sqlite_utils

from index import party_map
from index.answering import question as rules
from index.answering import timeline as timelines
from index.answering.abbreviations import other_forms, with_forms
from index.answering.answer import Answer, Comparison, PartyPosition, compose_lead, reading_order
from index.answering.retrieve import POOL, Hit, Reads, lexical_candidates, names_check, retrieve
from index.answering.sides import sides
from index.errors import InputError
from index.kinds import MODES, Mode
from index.storage.embedder import Embedder
from index.storage.lexical import LexicalIndex
from index.storage.store import Store
from index.storage.sync import IndexSync
from index.storage.vectors import VectorIndex
from index.text.parties import Parties

# The reads beside the encoding; a few, so questions from several threads do not queue behind one.
_BESIDE_ENCODING = ThreadPoolExecutor(max_workers=4, thread_name_prefix="parley-beside")


def check_mode(mode: str) -> Mode:
    if mode not in MODES:
        raise InputError(f"The mode is {mode!r}; use one of {', '.join(MODES)}.")
    return mode


@dataclass(frozen=True)
class _Unencoded:
    """What a question needs that its vector does not, read while it is encoded."""

    matched: list[tuple[int, float]]  # the lexical candidates
    reads: Reads  # their rows and places, read in the question's snapshot
    parties_asked: list[str]
    sides_asked: list[str]  # parties_asked less those named only as the topic: these get the party boost
    view: party_map.View  # the guild's party mappings
    exclude: np.ndarray | None  # other guilds' passages
    missing: list[str]  # names in the question no source in scope covers
    named: bool  # the question names an actor, a person or a name


@dataclass(frozen=True)
class Questions:
    """What one question reads: the store, the model, the party list, and the index made ready for it."""

    store: Store
    embedder: Embedder
    parties: Parties
    index: IndexSync
    vectors: VectorIndex
    lexical: LexicalIndex

    @contextmanager
    def reading(
        self, question: str, guild_id: int | None, mode: Mode, pool: int = POOL, keep: int | None = None
    ) -> Iterator[rules.Reading]:
        """Fix one store snapshot, encode the question (what needs no vector is read meanwhile, _Unencoded),
        then retrieve and decide in that snapshot, which stays open while the caller reads the sources it
        cites. The snapshot comes first so that a write committed during the search or the encoding stays
        unseen: the lexical index may already hold its passages, but their rows are not in the snapshot. An
        error on the worker is raised here, as if it had run on this thread; the asking thread waits for the
        worker before it leaves the snapshot or touches the connection again, whatever the encoding did.
        The question is encoded with the other forms of the abbreviations it uses (index/answering/
        abbreviations.py), and searched lexically as typed."""
        with self.store.snapshot() as generation:
            searched = with_forms(question, other_forms(question, self.store, guild_id))
            beside = _BESIDE_ENCODING.submit(self._unencoded, question, guild_id, mode, pool, generation, self.store.db)
            try:
                query = self.embedder.encode_one(searched)
            finally:
                wait([beside])
            before = beside.result()
            found = retrieve(
                query,
                question,
                self.store,
                self.vectors,
                before.matched,
                parties_asked=before.sides_asked,
                exclude=before.exclude,
                mode=mode,
                pool=pool,
                keep=keep,
                reads=before.reads,
            )
            view = before.view
            hits = [replace(h, passage=view.passage(h.passage)) for h in found.hits] if view else found.hits
            yield rules.Reading(
                hits, found, before.parties_asked, rules.abstention(found, before.missing, before.named), view
            )

    def _unencoded(
        self, question: str, guild_id: int | None, mode: Mode, pool: int, generation: int, db: sqlite_utils.Database
    ) -> _Unencoded:
        """On a worker, through the asking thread's connection `db` (Store.lent)."""
        matched = lexical_candidates(self.lexical, question, guild_id, mode, pool)
        with self.store.lent(db):
            reads = Reads(self.store, self.vectors)
            reads.prefetch([i for i, _ in matched], hybrid=mode == "hybrid")
            view = party_map.view(self.store, guild_id)
            named = self.parties.named(question)
            names = names_check(question, self.store, self.parties, guild_id, view.parties(), named)
            return _Unencoded(
                matched,
                reads,
                list(named.parties),
                list(named.sides),
                view,
                self.index.exclude_for(self.store, guild_id, generation),
                names.missing,
                names.names,
            )

    def ask(self, question: str, k: int, guild_id: int | None, mode: Mode, per_page: int | None) -> Answer:
        started = time.perf_counter()
        with self.reading(question, guild_id, mode, keep=k) as read:
            if read.abstention is not None:
                lead = compose_lead([], read.parties_asked, abstained=True, missing=read.abstention.missing)
                return Answer(question, True, lead, [], read.parties_asked, time.perf_counter() - started)
            hits = read.hits[:k]
            cited = reading_order(
                rules.citations(hits, self.store.sources_for(h.passage for h in hits)), read.parties_asked, per_page
            )
            shifts = timelines.contradictions(cited, read.retrieval.vectors)
        return Answer(
            question,
            False,
            compose_lead(cited, read.parties_asked, shifts=shifts),
            cited,
            read.parties_asked,
            time.perf_counter() - started,
            shifts,
        )

    def compare(self, topic: str, guild_id: int | None, latest: bool) -> Comparison:
        with self.reading(topic, guild_id, "hybrid", rules.COMPARE_POOL) as read:
            chosen: list[tuple[str, Hit | None]] = [(p, None) for p in read.parties_asked]
            if read.abstention is None:
                relevant = read.retrieval.best_dense * rules.COMPARE_RELATIVE
                passages = {h.passage_id: h.passage for h in read.hits}
                topic_sources = {h.passage.source_id for h in read.hits if h.dense >= relevant}
                held = party_map.held(self.store, topic_sources, read.view)
                chosen = sides(read.hits, passages, relevant, read.parties_asked, held)
                if latest:
                    chosen = [(p, h and (timelines.latest(read.hits, p, relevant) or h)) for p, h in chosen]
            hits = [h for _, h in chosen if h]
            cited = {c.passage.party: c for c in rules.citations(hits, self.store.sources_for(h.passage for h in hits))}
        return Comparison(topic, [PartyPosition(p, cited.get(p)) for p, _ in chosen], latest)

    def timeline(self, topic: str, party: str | None, guild_id: int | None) -> timelines.Timeline:
        with self.reading(topic, guild_id, "hybrid", rules.COMPARE_POOL) as read:
            if read.abstention is not None:
                note = compose_lead([], [], abstained=True, missing=read.abstention.missing)
                return timelines.Timeline(topic, note=note)
            wanted = timelines.party_named(party, self.parties.in_question, {h.passage.party for h in read.hits})
            sources = self.store.sources_for(h.passage for h in read.hits)
        return timelines.build(topic, timelines.candidates(read.hits, sources, read.retrieval.vectors), party=wanted)

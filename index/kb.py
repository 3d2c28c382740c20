"""KnowledgeBase: the one facade the CLI, the bot and the tests use. It orchestrates; the work lives in the
modules it calls: index/readiness.py (the corpus stored, the model and the index loaded), index/questions.py
(a question, from one store snapshot), index/writes.py (every add and removal, from any
index/sources/inputs.py input), index/storage/sync.py (the FAISS index, kept at the store's generation),
index/party_map.py (moderators' party mappings), index/answering/feedback.py (members' votes) and
index/asked.py (the questions behind the bot's answer buttons); index/storage/lexical_sync.py keeps the BM25
index at the store's generation beside the FAISS one.

Reads may come from any thread. Writes serialise on SQLite's write lock, across threads and processes.
"""

from __future__ import annotations

from pathlib import Path

from index.answering import question as rules
from index.answering.answer import Answer, Comparison
from index.answering.feedback import Feedback
from index.answering.timeline import Timeline
from index.asked import AskedQuestions
from index.errors import NotFoundError
from index.ids import SQLITE_INTEGER_MAX, check_actor, check_guild_id, check_text
from index.kinds import Mode
from index.limits import LIMITS
from index.party_map import PartyMaps
from index.party_map import passages as mapped_passages
from index.questions import Questions, check_mode
from index.readiness import Readiness
from index.records import Passage, Source
from index.reports import AddReport, BuildReport, RemoveReport
from index.sources import corpus as corpus_files
from index.sources.fetch import FetchLimits
from index.sources.inputs import SourceInput
from index.storage.embedder import Embedder
from index.storage.lexical_sync import LexicalSync
from index.storage.store import Store
from index.storage.sync import IndexSync, Progress, no_progress
from index.text.parties import Parties
from index.writes import Writes


class KnowledgeBase:
    def __init__(
        self,
        data_dir: Path,
        corpus_dir: Path,
        *,
        embedder: Embedder | None = None,
        fetch_limits: FetchLimits | None = None,
        approx_above: int = LIMITS.approx_above,
        compressed_index: bool = LIMITS.compressed_index,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.corpus_dir = Path(corpus_dir)
        self.embedder = embedder or Embedder()
        self.fetch_limits = fetch_limits or FetchLimits()
        self.index = IndexSync(self.data_dir / "index.faiss", self.embedder, approx_above, compressed_index)
        self.lexical = LexicalSync(self.data_dir / "lexical")
        self.readiness = Readiness(lambda: self.store, self.embedder, self.index, self.lexical, self.sync_corpus)
        self._store: Store | None = None
        self._parties: Parties | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.data_dir / "parley.db")
        return self._store

    @property
    def parties(self) -> Parties:
        if self._parties is None:
            self._parties = Parties.load(corpus_files.parties_file(self.corpus_dir))
        return self._parties

    @property
    def upload_limit(self) -> int:
        """The largest file or page accepted, in bytes: a front end refuses a bigger one before reading it."""
        return self.fetch_limits.max_bytes

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # questions: validated once here (a checked Question passes as is), made ready once ---------

    def _questions(self) -> Questions:
        vectors, lexical = self.readiness.indexes()
        return Questions(self.store, self.embedder, self.parties, self.index, vectors, lexical)

    def ask(
        self,
        question: str,
        *,
        k: int = 5,
        guild_id: int | None = None,
        mode: Mode = "hybrid",
        per_page: int | None = None,
    ) -> Answer:
        """Cited passages for a question, or an abstention that says why; numbered in reading order, a
        page of ``per_page`` at a time (one page of ``k`` when None)."""
        question, k, mode = rules.check_question(question), rules.check_k(k), check_mode(mode)
        return self._questions().ask(question, k, check_guild_id(guild_id), mode, per_page)

    def compare(self, topic: str, *, guild_id: int | None = None, latest: bool = False) -> Comparison:
        """Each party's best passage on a topic (or its latest on it); a party the sources are silent on
        gets None."""
        return self._questions().compare(rules.check_question(topic), check_guild_id(guild_id), latest)

    def timeline(self, topic: str, *, party: str | None = None, guild_id: int | None = None) -> Timeline:
        """The parties' passages on a topic in date order, repeats collapsed and shifts marked."""
        party = check_text(party, "party")
        return self._questions().timeline(rules.check_question(topic), party, check_guild_id(guild_id))

    # reading sources ---------------------------------------------------------------------------

    def sources(self, guild_id: int | None = None, *, all_guilds: bool = False) -> list[Source]:
        return self.store.sources(check_guild_id(guild_id), all_guilds=all_guilds)

    def source(
        self, source_id: int, guild_id: int | None = None, *, all_guilds: bool = False
    ) -> tuple[Source, list[Passage]]:
        guild_id = check_guild_id(guild_id)
        row = self.store.source(source_id) if 0 < source_id <= SQLITE_INTEGER_MAX else None
        if row is None or not (all_guilds or row.guild_id is None or row.guild_id == guild_id):
            raise NotFoundError(f"There is no source #{source_id} here; `/sources` lists the ids.")
        return row, mapped_passages(self.store, row.guild_id, guild_id, source_id=source_id)

    def passages(
        self, *, speaker: str | None = None, party: str | None = None, guild_id: int | None = None
    ) -> list[Passage]:
        speaker, party, guild_id = check_text(speaker, "speaker"), check_text(party, "party"), check_guild_id(guild_id)
        self.readiness.corpus()
        return mapped_passages(self.store, guild_id, guild_id, speaker=speaker, party=party)

    # writing: one path in index/writes.py --------------------------------------------------------

    def _writes(self) -> Writes:
        return Writes(
            self.store, self.embedder, self.parties, self.corpus_dir, self.index, self.lexical, self.readiness.ensure
        )

    def add(
        self,
        source: SourceInput,
        *,
        guild_id: int | None = None,
        user_id: int | None = None,
        progress: Progress = no_progress,
    ) -> AddReport:
        """Read, clean, split, embed and store one source: a page, a file or pasted text."""
        guild_id, user_id = check_actor(guild_id, user_id)
        return self._writes().add_document(
            lambda: source.read(self.fetch_limits), source.detail, guild_id, user_id, progress
        )

    def remove_source(
        self, source_id: int, *, guild_id: int | None = None, user_id: int | None = None, all_guilds: bool = False
    ) -> RemoveReport:
        """Remove a source, its passages and their vectors."""
        guild_id, user_id = check_actor(guild_id, user_id)
        return self._writes().remove_source(
            lambda: self.source(source_id, guild_id, all_guilds=all_guilds)[0], source_id, guild_id, user_id, all_guilds
        )

    def sync_corpus(self) -> BuildReport:
        """Make the store's corpus sources match corpus/ (no model needed)."""
        return self._writes().sync_corpus(BuildReport())

    def rebuild(self, progress: Progress = no_progress, *, full: bool = False) -> BuildReport:
        """Sync the corpus, embed only what changed, and bring the index up to date (full: from scratch)."""
        report = self._writes().rebuild(progress, full)
        self.readiness.corpus_stored()
        return report

    def repair(self, progress: Progress = no_progress) -> int:
        """Embed the passages a killed build left without a vector and bring the index to them; one query
        when there are none, and nothing when another process holds the embedding lock (it embeds them).
        Without it they stayed out of the index until the next build or a restart. The bot runs it on its
        build thread after each add and removal, so neither writes nor questions wait for it."""
        embedded = self.index.embed_missing(self.store, progress, wait=False)
        if embedded:
            self.readiness.ensure()
        return embedded

    def audit(self, limit: int = 50, guild_id: int | None = None) -> list[dict]:
        return self.store.audit_rows(limit, check_guild_id(guild_id))

    # what the store keeps beside sources, each behind a small object of its own -----------------

    @property
    def feedback(self) -> Feedback:
        return Feedback(self.store)

    @property
    def asked(self) -> AskedQuestions:
        return AskedQuestions(self.store)

    @property
    def party_map(self) -> PartyMaps:
        return PartyMaps(self.store, self.parties, self.readiness.corpus)

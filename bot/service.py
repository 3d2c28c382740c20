"""The knowledge base as the bot uses it: every call leaves the event loop.

The model, FAISS and SQLite all block, so reads run in worker threads (``asyncio.to_thread``) and
writes run one at a time on a single dedicated thread: a moderator's upload queues behind another's
instead of racing it, while questions keep being answered. The queue is bounded: when ``WRITE_QUEUE``
writes are already running or waiting, a new one is refused at once (``Busy``) instead of waiting
behind uploads that may take minutes. A rebuild (``/reindex``) runs on a thread of its own beside them, one
at a time, so the moderators' adds and removals do not wait for its embedding: the index's own lock and
SQLite's write lock order what the two threads change (index/storage/sync.py), and a question meanwhile is
answered from the last complete index. After each add and removal that thread also embeds what a killed
build left without a vector (``KnowledgeBase.repair``), which otherwise waited for the next build.

One KnowledgeBase serves both: its store gives each thread its own SQLite connection, so a question
never runs inside a write's open transaction, and its FAISS index is shared in memory, so a write is
served as soon as it commits. A `parley index build` run from the command line is picked up the same
way, through the store's generation.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from index.api import LIMITS, ParleyError

if TYPE_CHECKING:
    from index.api import (
        AddReport,
        Answer,
        BuildReport,
        Comparison,
        Complaint,
        KnowledgeBase,
        Mapping,
        PartyChange,
        Passage,
        RemoveReport,
        Source,
        SourceInput,
        Timeline,
    )

    from .config import Settings

log = logging.getLogger("parley.bot")
T = TypeVar("T")

WRITE_QUEUE = 4  # writes running or waiting, across all servers


class Busy(ParleyError):
    """The write queue is full; the moderator is told at once rather than left waiting behind it."""

    def __init__(self, pending: int) -> None:
        other = "other change" if pending == 1 else "other changes"
        super().__init__(f"Parley is busy with {pending} {other}; try again in a minute.")
        self.pending = pending


class Rebuilding(ParleyError):
    """A rebuild is already running; another would redo its work, so it is refused at once."""

    def __init__(self) -> None:
        super().__init__("Parley is already rebuilding the index; try again once that rebuild has reported.")


def _holding(
    executor: ThreadPoolExecutor, release: Callable[..., object], fn: Callable[..., T], /, *args: Any, **kwargs: Any
) -> Future[T]:
    """`fn` queued on `executor`, holding a slot the caller took until it ends there: `release` runs when
    the work ends on its thread, not when its caller stops waiting, or at once if it cannot be queued (the
    bot is closing), so neither a cancelled command nor a refused one keeps the slot."""
    try:
        job: Future[T] = executor.submit(functools.partial(fn, *args, **kwargs))
    except BaseException:
        release()
        raise
    job.add_done_callback(release)
    return job


class AsyncKnowledgeBase:
    """The KnowledgeBase with every method awaitable: reads on worker threads, writes queued on one thread."""

    def __init__(self, settings: Settings, *, kb: KnowledgeBase | None = None, write_queue: int = WRITE_QUEUE) -> None:
        self.settings = settings
        self.kb = kb or settings.knowledge_base()
        self.write_queue = write_queue
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parley-write")
        self._builds = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parley-build")
        self._building = False
        self._repairing = False
        self._pending = 0
        self._pending_lock = threading.Lock()
        self._closed = False

    @property
    def pending_writes(self) -> int:
        return self._pending

    async def _read(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        return await asyncio.to_thread(fn, *args, **kwargs)

    async def _write(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Queue a write, or raise Busy when the queue is full. A slot is freed when the write ends on its
        thread, not when its caller stops waiting, so a cancelled command cannot leak queue space."""
        with self._pending_lock:
            if self._pending >= self.write_queue:
                raise Busy(self._pending)
            self._pending += 1
        return await asyncio.wrap_future(_holding(self._writes, self._release_write, fn, *args, **kwargs))

    def _release_write(self, _job: object = None) -> None:
        with self._pending_lock:
            self._pending -= 1

    async def _build(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a rebuild on the build thread, or raise Rebuilding while one runs."""
        with self._pending_lock:
            if self._building:
                raise Rebuilding()
            self._building = True
        return await asyncio.wrap_future(_holding(self._builds, self._release_build, fn, *args, **kwargs))

    def _release_build(self, _job: object = None) -> None:
        with self._pending_lock:
            self._building = False

    def _repair_behind(self) -> None:
        """After a write, on the build thread: embed what a killed build left without a vector. Not queued
        while a rebuild, which embeds it itself, or another repair is waiting or running there."""
        with self._pending_lock:
            if self._building or self._repairing or self._closed:
                return
            self._repairing = True
        try:
            job = self._builds.submit(self.kb.repair)
        except RuntimeError:  # the bot is shutting down
            self._repaired()
            return
        job.add_done_callback(self._repaired)

    def _repaired(self, job: Future[int] | None = None) -> None:
        with self._pending_lock:
            self._repairing = False
        if job is not None and not job.cancelled() and (error := job.exception()) is not None:
            log.error("could not embed the passages a build left without vectors", exc_info=error)

    # start and stop ----------------------------------------------------------------------------

    async def warm(self) -> dict[str, float]:
        """Load the model and the index now, so the first question is served from memory."""
        return await self._read(self._warm)

    def _warm(self) -> dict[str, float]:
        timings = self.kb.readiness.warm()
        timings["first_query"] = self.kb.readiness.warm_up()
        timings["parser"] = self.kb.readiness.warm_parser()
        timings["total"] += timings["first_query"] + timings["parser"]
        return timings

    async def close(self) -> None:
        """Let a running write and rebuild finish (a half-done write is rolled back anyway), then close the
        stores."""
        if self._closed:
            return
        self._closed = True
        await asyncio.to_thread(self._writes.shutdown, wait=True, cancel_futures=True)
        await asyncio.to_thread(self._builds.shutdown, wait=True, cancel_futures=True)
        self.kb.close()

    # reads -------------------------------------------------------------------------------------

    async def ask(self, question: str, *, k: int, guild_id: int | None) -> Answer:
        """Numbered page by page as Discord shows them, so each page holds the best passages of its turn."""
        per_page = LIMITS.page_size(self.settings.citations_per_page)
        return await self._read(self.kb.ask, question, k=k, guild_id=guild_id, per_page=per_page)

    async def compare(self, topic: str, *, guild_id: int | None, latest: bool = False) -> Comparison:
        return await self._read(self.kb.compare, topic, guild_id=guild_id, latest=latest)

    async def timeline(self, topic: str, *, party: str | None, guild_id: int | None) -> Timeline:
        return await self._read(self.kb.timeline, topic, party=party, guild_id=guild_id)

    async def complaints(self, *, guild_id: int | None) -> list[Complaint]:
        return await self._read(lambda: self.kb.feedback.complaints(guild_id))

    async def sources(self, guild_id: int | None) -> list[Source]:
        return await self._read(self.kb.sources, guild_id)

    async def source(self, source_id: int, guild_id: int | None) -> tuple[Source, list[Passage]]:
        return await self._read(self.kb.source, source_id, guild_id)

    async def feedback(
        self, *, guild_id: int | None, user_id: int, answer_key: str, question: str, passage_ids: list[int], vote: int
    ) -> None:
        """One small upsert, off the write queue so a vote never waits behind a long upload."""
        await self._read(
            lambda: self.kb.feedback.record(
                guild_id=guild_id,
                user_id=user_id,
                answer_key=answer_key,
                question=question,
                passage_ids=passage_ids,
                vote=vote,
            )
        )

    async def remember_question(self, key: str, guild_id: int | None, question: str) -> None:
        """Off the write queue, like votes: it must not wait behind uploads, nor be refused when they fill it."""
        await self._read(lambda: self.kb.asked.remember(key, guild_id, question))

    async def asked_question(self, key: str) -> tuple[int | None, str] | None:
        return await self._read(lambda: self.kb.asked.recall(key))

    # writes ------------------------------------------------------------------------------------

    async def add(self, source: SourceInput, *, guild_id: int, user_id: int) -> AddReport:
        report = await self._write(self.kb.add, source, guild_id=guild_id, user_id=user_id)
        self._repair_behind()
        return report

    async def remove(self, source_id: int, *, guild_id: int, user_id: int) -> RemoveReport:
        report = await self._write(self.kb.remove_source, source_id, guild_id=guild_id, user_id=user_id)
        self._repair_behind()
        return report

    async def rebuild(self, *, full: bool = False) -> BuildReport:
        return await self._build(self.kb.rebuild, full=full)

    # party mappings (bot/cogs/parties.py) ----------------------------------------------------------

    async def party_mappings(self, guild_id: int | None) -> list[tuple[Mapping, int]]:
        return await self._read(lambda: self.kb.party_map.mappings(guild_id))

    async def set_party(self, name: str, party: str, *, guild_id: int, user_id: int) -> PartyChange:
        return await self._write(lambda: self.kb.party_map.set(name, party, guild_id=guild_id, user_id=user_id))

    async def remove_party(self, name: str, *, guild_id: int, user_id: int) -> PartyChange:
        return await self._write(lambda: self.kb.party_map.remove(name, guild_id=guild_id, user_id=user_id))

"""The harness itself: its life cycle (log in, READY, guilds; close; restart), waiting for the bot to
settle or for a call, and reading what the bot sent. The rest of fake-Discord comes from the mixins it
is made of: :mod:`.world`, :mod:`.events`, :mod:`.routes` and :mod:`.transport`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sys
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any

import discord

from .calls import Call, CallPredicate, HarnessError, InteractionRecord
from .payloads import APPLICATION_ID, Payload, Snowflakes, default_guild, ready, user_payload
from .routes import Routes
from .transport import FakeSession, Transport

_log = logging.getLogger("tests.discord_harness")


class _ErrorCollector(logging.Handler):
    def __init__(self, sink: list[logging.LogRecord]) -> None:
        super().__init__(logging.ERROR)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(record)


_SLEEP_CODE = asyncio.sleep.__code__
_QUEUE_GET_CODE = asyncio.Queue.get.__code__


def _is_idle(task: asyncio.Task[Any], idle_sleep: float) -> bool:
    """Whether ``task`` is parked rather than working: in a long ``asyncio.sleep`` or ``Queue.get``.

    View timeouts, ``delete_after``, ``typing()`` and ``tasks.loop`` all park in ``asyncio.sleep``;
    workers park in ``Queue.get``.  Waiting for those would make ``settle`` hang until they expire.
    """
    coro: Any = task.get_coro()
    while coro is not None:
        code = getattr(coro, "cr_code", None)
        if code is _QUEUE_GET_CODE:
            return True
        if code is _SLEEP_CODE:
            frame = coro.cr_frame
            delay = frame.f_locals.get("delay") if frame is not None else None
            return isinstance(delay, (int, float)) and delay >= idle_sleep
        coro = getattr(coro, "cr_await", None)
    return False


def _describe_task(task: asyncio.Task[Any]) -> str:
    coro: Any = task.get_coro()
    chain = []
    while coro is not None and hasattr(coro, "cr_code"):
        frame = coro.cr_frame
        where = f"{coro.cr_code.co_qualname}:{frame.f_lineno}" if frame is not None else coro.cr_code.co_qualname
        chain.append(where)
        coro = coro.cr_await
    return f"{task.get_name()} [{' -> '.join(chain)}]"


class DiscordHarness(Routes, Transport):
    """An in-memory Discord for one client, usable as ``async with DiscordHarness(bot) as h``.

    Entering logs the client in (running ``setup_hook``), feeds ``READY`` and a ``GUILD_CREATE`` per
    guild, and waits for ``on_ready``.  :meth:`restart` does the same for a new client on the same
    in-memory Discord, as after a process restart.  Leaving closes the client, cancels every task started while
    the harness was open (view timeouts, typing loops, ...) and restores the patched transport, then
    raises :class:`HarnessError` if discord.py logged errors (unhandled exceptions in commands,
    events, views) unless ``raise_on_errors=False`` or the test already failed.

    Args:
        client: the ``discord.Client``/``commands.Bot`` under test, not yet logged in.
        guilds: ``GUILD_CREATE`` payloads; defaults to :func:`default_guild`.  The bot is added as a
            member of each guild if missing.
        echo_gateway_events: send the bot ``MESSAGE_CREATE``/``UPDATE``/``DELETE`` and
            ``THREAD_CREATE`` for its own REST actions, as Discord does.
        emulate_intents: drop message events the client has no intent for and blank the content of
            messages it may not read (no ``message_content`` intent, not mentioned, not a DM).
        ack_deadline: seconds within which an interaction must be acknowledged; later callbacks fail
            with 404 Unknown interaction (10062), as on Discord.
        idle_sleep: tasks sleeping at least this long count as idle for :meth:`settle`.
        is_background: extra predicate for tasks :meth:`settle` should not wait for.
        error_loggers: loggers whose ERROR records are collected into :attr:`errors`.
    """

    def __init__(
        self,
        client: discord.Client,
        *,
        guilds: Sequence[Payload] | None = None,
        token: str = "harness.token",
        bot_user: Payload | None = None,
        application_id: int = APPLICATION_ID,
        echo_gateway_events: bool = True,
        emulate_intents: bool = True,
        raise_on_errors: bool = True,
        ack_deadline: float = 3.0,
        idle_sleep: float = 1.0,
        timeout: float = 5.0,
        is_background: Callable[[asyncio.Task[Any]], bool] | None = None,
        error_loggers: Sequence[str] = ("discord",),
    ) -> None:
        self.client = client
        self.token = token
        self.application_id = application_id
        self.bot_user: Payload = bot_user or user_payload(application_id, "harness-bot", bot=True)
        self.bot_id = int(self.bot_user["id"])
        self.echo_gateway_events = echo_gateway_events
        self.emulate_intents = emulate_intents
        self.raise_on_errors = raise_on_errors
        self.ack_deadline = ack_deadline
        self.idle_sleep = idle_sleep
        self.timeout = timeout
        self.is_background = is_background
        self.error_loggers = tuple(error_loggers)

        self.calls: list[Call] = []
        self.errors: list[logging.LogRecord] = []
        self.messages: dict[int, Payload] = {}
        self.channels: dict[int, Payload] = {}
        self.users: dict[int, Payload] = {self.bot_id: self.bot_user}
        self.guilds: dict[int, Payload] = {}
        self.commands: dict[int | None, list[Payload]] = {}
        self.cdn: dict[str, bytes] = {}

        self._ids = Snowflakes()
        self._session = FakeSession(self)
        self._interactions: dict[int, InteractionRecord] = {}
        self._by_token: dict[str, InteractionRecord] = {}
        self._modals: list[tuple[int, Payload]] = []
        self._command_ids: dict[tuple[int | None, str, int], int] = {}
        self._overrides: list[tuple[CallPredicate, Callable[[Call], Any], bool]] = []
        self._new_call = asyncio.Event()
        self._baseline: set[asyncio.Task[Any]] = set()
        self._collector = _ErrorCollector(self.errors)
        self._installed = False
        self._started = False
        self._connected = False
        self._closed = False

        for guild in guilds if guilds is not None else [default_guild(self.bot_user)]:
            self._add_guild(guild)

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> DiscordHarness:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
        if exc_type is None and self.raise_on_errors and self.errors:
            raise HarnessError("discord.py logged errors:\n" + self._format_errors())

    async def start(self) -> None:
        """Log in with the fake transport, run ``setup_hook``, then deliver READY and guilds."""
        self._baseline = set(asyncio.all_tasks())
        self._started = True
        self._install()
        try:
            await self.client.login(self.token)
            state = self.client._connection
            saved_timeout = state.guild_ready_timeout
            state.guild_ready_timeout = 0.01
            try:
                self.dispatch("READY", ready(self.bot_user, self.guilds, application_id=self.application_id))
                for guild in self.guilds.values():
                    self.dispatch("GUILD_CREATE", self._guild_as_now(guild))
                await asyncio.wait_for(self.client.wait_until_ready(), self.timeout)
            finally:
                state.guild_ready_timeout = saved_timeout
            self._connected = True
            await self.settle()
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        """Close the client and cancel whatever it left running; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.client.is_closed():
                await self.client.close()
        finally:
            current = asyncio.current_task()
            if not self._started:
                self._baseline = set(asyncio.all_tasks())
            leftovers = [t for t in asyncio.all_tasks() if t not in self._baseline and t is not current]
            for task in leftovers:
                task.cancel()
            await asyncio.gather(*leftovers, return_exceptions=True)
            self._uninstall()

    async def restart(self, client: discord.Client) -> None:
        """Close the client under test and log ``client`` in to the same Discord, as a process restart
        would: messages, channels, threads and registered commands stay; interactions in flight and
        opened modals are forgotten (their tokens belonged to the old session)."""
        await self.close()
        self.client = client
        self._interactions.clear()
        self._by_token.clear()
        self._modals.clear()
        self._started = self._connected = self._closed = False
        await self.start()

    # ------------------------------------------------------------------ waiting

    async def run_ticks(self, n: int = 1) -> None:
        """Let the event loop run ``n`` iterations, e.g. to prove a bot acknowledges without delay."""
        for _ in range(n):
            await asyncio.sleep(0)

    def _busy_tasks(self) -> set[asyncio.Task[Any]]:
        current = asyncio.current_task()
        return {
            t
            for t in asyncio.all_tasks()
            if t not in self._baseline
            and t is not current
            and not _is_idle(t, self.idle_sleep)
            and not (self.is_background is not None and self.is_background(t))
        }

    async def settle(self, timeout: float | None = None) -> None:
        """Wait until every task the bot started has finished or is parked (see ``idle_sleep``).

        Tasks awaiting something that only a test can provide (``bot.wait_for``, an ``Event``) never
        settle; use :meth:`wait_for_call` for those flows.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (self.timeout if timeout is None else timeout)
        quiet_rounds = 0
        while quiet_rounds < 2:
            await asyncio.sleep(0)
            busy = self._busy_tasks()
            if not busy:
                quiet_rounds += 1
                continue
            quiet_rounds = 0
            remaining = deadline - loop.time()
            if remaining <= 0:
                listing = "\n  ".join(_describe_task(t) for t in busy)
                raise HarnessError(f"bot did not settle; still running:\n  {listing}{self._error_suffix()}")
            await asyncio.wait(busy, timeout=min(remaining, 0.02), return_when=asyncio.FIRST_COMPLETED)

    def find_calls(
        self,
        predicate: CallPredicate | None = None,
        *,
        method: str | None = None,
        route: str | None = None,
        path: str | re.Pattern[str] | None = None,
        since: int = 0,
    ) -> list[Call]:
        """Calls matching all given criteria; ``path`` may be a compiled regex (full match)."""

        def matches(call: Call) -> bool:
            if method is not None and call.method != method.upper():
                return False
            if route is not None and call.route != route:
                return False
            if isinstance(path, re.Pattern) and not path.fullmatch(call.path):
                return False
            if isinstance(path, str) and call.path != path:
                return False
            return predicate is None or predicate(call)

        return [c for c in self.calls[since:] if matches(c)]

    async def wait_for_call(
        self,
        predicate: CallPredicate | None = None,
        *,
        method: str | None = None,
        route: str | None = None,
        path: str | re.Pattern[str] | None = None,
        since: int = 0,
        timeout: float | None = None,
    ) -> Call:
        """The first call at index ``>= since`` matching the criteria, waiting for it if needed."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (self.timeout if timeout is None else timeout)
        while True:
            found = self.find_calls(predicate, method=method, route=route, path=path, since=since)
            if found:
                return found[0]
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = "\n  ".join(repr(c) for c in self.calls[since:]) or "(none)"
                raise HarnessError(
                    f"no matching call within timeout; calls since #{since}:\n  {seen}{self._error_suffix()}"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_call.wait(), remaining)

    def _report(self, message: str, *args: Any, exc_info: bool = False) -> None:
        """Record a harness-side failure in :attr:`errors` whatever ``error_loggers`` is, and log it."""
        record = _log.makeRecord(
            _log.name, logging.ERROR, __file__, 0, message, args, sys.exc_info() if exc_info else None
        )
        self.errors.append(record)
        _log.handle(record)

    def _format_errors(self) -> str:
        formatter = logging.Formatter("%(name)s: %(message)s")
        return "\n".join(formatter.format(r) for r in self.errors)

    def _error_suffix(self) -> str:
        return f"\nerrors logged:\n{self._format_errors()}" if self.errors else ""

    # ------------------------------------------------------------------ call accessors

    def interaction_responses(self, interaction_id: int | str | Payload) -> list[Call]:
        """Every webhook call answering one interaction: callback, follow-ups, ``@original`` edits."""
        iid = int(interaction_id["id"]) if isinstance(interaction_id, dict) else int(interaction_id)
        return [c for c in self.calls if c.interaction_id == iid]

    def followups(self, interaction_id: int | str | Payload | None = None) -> list[Call]:
        calls = self.calls if interaction_id is None else self.interaction_responses(interaction_id)
        return [c for c in calls if c.is_followup]

    def messages_sent(self, channel_id: int | None = None) -> list[Call]:
        """``POST /channels/{channel_id}/messages`` calls, optionally for one channel or thread."""
        return [
            c
            for c in self.calls
            if c.method == "POST"
            and c.route == "/channels/{channel_id}/messages"
            and (channel_id is None or int(c.params["channel_id"]) == channel_id)
        ]

    def override(
        self,
        predicate: CallPredicate,
        *,
        body: Any = None,
        error: discord.HTTPException | None = None,
        handler: Callable[[Call], Any] | None = None,
        once: bool = True,
    ) -> None:
        """Answer matching calls with ``body``, by raising ``error`` (see :func:`http_error`), or
        with ``handler(call)``, instead of the built-in fake.  Overrides are tried newest first."""

        def respond(call: Call) -> Any:
            if error is not None:
                raise error
            return handler(call) if handler is not None else body

        self._overrides.insert(0, (predicate, respond, once))

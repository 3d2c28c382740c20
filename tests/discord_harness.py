"""Drive a real discord.py 2.7 client the way Discord would, with only the network replaced.

The client under test runs unmodified: ``login`` (and so ``setup_hook``, cogs, ``tree.sync``),
gateway payloads fed to discord.py's own parsers, app-command routing through the ``CommandTree``,
views, modals and follow-ups all go through the library.  Only the two transports are swapped:

* ``HTTPClient.request`` (bot REST calls) is replaced on the client's own ``HTTPClient`` instance;
* ``AsyncWebhookAdapter.request`` (interaction callbacks, follow-ups, ``@original`` edits) is patched
  on the class, but only for requests made with this harness's fake session, which discord.py hands
  to every ``Interaction`` and follow-up ``Webhook`` it builds from the client.

Both record a :class:`Call` and are answered by a small in-memory "Discord" that keeps messages,
channels, threads, interactions and registered commands, so answers are coherent (a follow-up
returns a message whose components can then be clicked, a thread created from a message can receive
a later ``MESSAGE_CREATE``, ...).  Discord-side rules that bots commonly trip over are emulated:
the 3-second acknowledgement deadline, double acknowledgement, the first follow-up after a deferral
replacing the "thinking" message, intent gating and message-content stripping, echoes of the bot's
own messages over the gateway, and ``default_member_permissions`` hiding commands.

Typical use::

    async with DiscordHarness(make_bot()) as h:
        payload = h.use_slash("source add", {"url": "https://example.org"}, user=h.admin)
        call = await h.wait_for_call(lambda c: c.is_followup and c.interaction_id == int(payload["id"]))
        assert call.embeds[0]["title"] == "Added"
        h.click(call, label="Next")
        await h.settle()

Builders (``slash_command``, ``component_click``, ``modal_submit``, ``message_create``, ``ready``,
``guild_create``) return plain payload dicts that tests may tweak before ``deliver``/``dispatch``;
the ``use_slash``/``click``/``submit_modal``/``post_message`` shortcuts build and deliver in one go.
Delivery is synchronous (it is the client's parser that runs), so a test can observe exactly how
many loop iterations the bot needs before answering (:meth:`DiscordHarness.run_ticks`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from datetime import datetime, timezone
from types import SimpleNamespace, TracebackType
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence, Union

import discord
from discord import utils
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter

Payload = dict[str, Any]
CallPredicate = Callable[["Call"], bool]

APPLICATION_ID = 1200000000000000001
BOT_ID = APPLICATION_ID
GUILD_ID = 1100000000000000001
CHANNEL_ID = 1100000000000000002
ADMIN_ROLE_ID = 1100000000000000003
BOT_ROLE_ID = 1100000000000000004
ADMIN_ID = 1300000000000000001
MEMBER_ID = 1300000000000000002

ALL_PERMISSIONS = discord.Permissions.all().value
ADMINISTRATOR = discord.Permissions(administrator=True).value
EVERYONE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    create_public_threads=True,
    embed_links=True,
    attach_files=True,
    add_reactions=True,
    read_message_history=True,
    use_application_commands=True,
).value
BOT_PERMISSIONS = EVERYONE_PERMISSIONS | discord.Permissions(manage_threads=True, manage_messages=True).value

ATTACHMENT_SIZE_LIMIT = 25 * 1024 * 1024
FLAG_EPHEMERAL = 1 << 6
FLAG_LOADING = 1 << 7
FLAG_HAS_THREAD = 1 << 5
THREAD_TYPES = (10, 11, 12)

_DISCORD_EPOCH_MS = 1420070400000
_log = logging.getLogger("tests.discord_harness")


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


class _Snowflakes:
    """Time-based, strictly increasing ids, so ``created_at``/``expires_at`` of interactions are current."""

    def __init__(self) -> None:
        self._last = 0

    def __call__(self) -> int:
        value = (int(time.time() * 1000) - _DISCORD_EPOCH_MS) << 22
        self._last = max(value, self._last + 1)
        return self._last


# --------------------------------------------------------------------------- payload builders


def user_payload(user_id: int, username: str, *, bot: bool = False, global_name: Optional[str] = None) -> Payload:
    """A ``User`` object as Discord serialises it (new-style usernames, discriminator ``"0"``)."""
    return {
        "id": str(user_id),
        "username": username,
        "global_name": global_name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
        "banner": None,
        "accent_color": None,
        "avatar_decoration_data": None,
    }


def role_payload(role_id: int, name: str, *, permissions: int = 0, position: int = 0, managed: bool = False) -> Payload:
    """A guild role; ``permissions`` is a string of bits, as on the wire."""
    return {
        "id": str(role_id),
        "name": name,
        "permissions": str(permissions),
        "position": position,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "managed": managed,
        "mentionable": False,
        "icon": None,
        "unicode_emoji": None,
        "flags": 0,
    }


def channel_payload(
    channel_id: int,
    name: str,
    *,
    guild_id: Optional[int] = None,
    type: int = 0,
    position: int = 0,
    parent_id: Optional[int] = None,
    topic: Optional[str] = None,
) -> Payload:
    """A guild channel (text by default); ``guild_id`` is filled in by :func:`guild_create`."""
    data: Payload = {
        "id": str(channel_id),
        "type": type,
        "name": name,
        "position": position,
        "parent_id": None if parent_id is None else str(parent_id),
        "topic": topic,
        "nsfw": False,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "permission_overwrites": [],
        "flags": 0,
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    return data


def member_payload(user: Payload, *, roles: Sequence[int] = (), nick: Optional[str] = None) -> Payload:
    """A guild member (with its ``user``), as found in ``GUILD_CREATE.members``."""
    return {
        "user": user,
        "roles": [str(r) for r in roles],
        "nick": nick,
        "avatar": None,
        "joined_at": _now_iso(),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
    }


def guild_create(
    guild_id: int,
    *,
    owner_id: int,
    name: str = "Test Guild",
    channels: Sequence[Payload] = (),
    roles: Sequence[Payload] = (),
    members: Sequence[Payload] = (),
    threads: Sequence[Payload] = (),
    everyone_permissions: int = EVERYONE_PERMISSIONS,
) -> Payload:
    """A ``GUILD_CREATE`` payload.

    ``member_count`` equals ``len(members)`` so discord.py regards the guild as chunked and never
    asks the (absent) websocket for member chunks, even with the members intent.  An ``@everyone``
    role (id == guild id, as on Discord) is added unless given.
    """
    role_list = list(roles)
    if not any(int(r["id"]) == guild_id for r in role_list):
        role_list.insert(0, role_payload(guild_id, "@everyone", permissions=everyone_permissions))
    return {
        "id": str(guild_id),
        "name": name,
        "owner_id": str(owner_id),
        "unavailable": False,
        "large": False,
        "member_count": len(members),
        "joined_at": _now_iso(),
        "icon": None,
        "splash": None,
        "banner": None,
        "description": None,
        "features": [],
        "preferred_locale": "en-US",
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "afk_channel_id": None,
        "afk_timeout": 300,
        "roles": role_list,
        "channels": [{**c, "guild_id": str(guild_id)} for c in channels],
        "threads": [{**t, "guild_id": str(guild_id)} for t in threads],
        "members": list(members),
        "emojis": [],
        "stickers": [],
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


def default_guild(bot_user: Payload) -> Payload:
    """One guild, one ``#general`` text channel, an owner/admin, a plain member and the bot."""
    admin = user_payload(ADMIN_ID, "admin")
    member = user_payload(MEMBER_ID, "member")
    return guild_create(
        GUILD_ID,
        owner_id=ADMIN_ID,
        channels=[channel_payload(CHANNEL_ID, "general")],
        roles=[
            role_payload(ADMIN_ROLE_ID, "Admin", permissions=ADMINISTRATOR, position=2),
            role_payload(BOT_ROLE_ID, "Bot", permissions=BOT_PERMISSIONS, position=1, managed=True),
        ],
        members=[
            member_payload(admin, roles=[ADMIN_ROLE_ID]),
            member_payload(member),
            member_payload(bot_user, roles=[BOT_ROLE_ID]),
        ],
    )


def ready(bot_user: Payload, guild_ids: Iterable[int], *, application_id: int = APPLICATION_ID) -> Payload:
    """A ``READY`` payload: guilds arrive as unavailable stubs, then each gets a ``GUILD_CREATE``."""
    return {
        "v": 10,
        "user": bot_user,
        "guilds": [{"id": str(g), "unavailable": True} for g in guild_ids],
        "session_id": "harness-session",
        "resume_gateway_url": "wss://gateway.invalid",
        "session_type": "normal",
        "application": {"id": str(application_id), "flags": 0},
        "private_channels": [],
        "relationships": [],
        "presences": [],
        "guild_join_requests": [],
        "geo_ordered_rtc_regions": [],
        "user_settings": {},
        "auth": {},
    }


def iter_components(components: Iterable[Payload]) -> Iterator[Payload]:
    """Walk a component tree depth-first (action rows, containers, sections, labels)."""
    for component in components:
        yield component
        yield from iter_components(component.get("components", []))
        for key in ("component", "accessory"):
            child = component.get(key)
            if isinstance(child, dict):
                yield from iter_components([child])


def http_error(status: int, code: int = 0, message: str = "") -> discord.HTTPException:
    """The exception discord.py would raise for this Discord error response."""
    response = SimpleNamespace(status=status, reason=HTTPStatus(status).phrase, headers={})
    body = {"code": code, "message": message}
    if status == 403:
        return discord.Forbidden(response, body)  # type: ignore[arg-type]
    if status == 404:
        return discord.NotFound(response, body)  # type: ignore[arg-type]
    if status >= 500:
        return discord.DiscordServerError(response, body)  # type: ignore[arg-type]
    return discord.HTTPException(response, body)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- recorded calls


@dataclass
class RecordedFile:
    """One multipart file part, read at request time (discord.py closes the file afterwards)."""

    field: str
    filename: Optional[str]
    data: bytes
    content_type: Optional[str] = None


@dataclass
class Call:
    """One REST request the client made, as Discord would have received it.

    ``json`` is the decoded JSON body, or the decoded ``payload_json`` part of a multipart body.
    ``route`` is discord.py's template (``/channels/{channel_id}/messages``), ``path`` the
    formatted path and ``params`` the template values, so tests can match either way.
    """

    index: int
    transport: str
    method: str
    route: str
    path: str
    params: dict[str, str]
    query: dict[str, Any]
    json: Any
    files: list[RecordedFile]
    reason: Optional[str]
    at: float
    interaction_id: Optional[int] = None
    message_id: Optional[int] = None
    status: int = 200
    response: Any = None

    @property
    def is_interaction_callback(self) -> bool:
        return self.route == "/interactions/{webhook_id}/{webhook_token}/callback"

    @property
    def is_followup(self) -> bool:
        return self.method == "POST" and self.route == "/webhooks/{webhook_id}/{webhook_token}"

    @property
    def callback_type(self) -> Optional[int]:
        """Interaction response type (4 message, 5 deferred, 6 deferred update, 7 update, 9 modal)."""
        return self.json.get("type") if self.is_interaction_callback and isinstance(self.json, dict) else None

    @property
    def message(self) -> Payload:
        """The message-shaped part of the body (``data`` of an interaction callback, else the body)."""
        body = self.json if isinstance(self.json, dict) else {}
        if self.is_interaction_callback:
            return body.get("data") or {}
        return body

    @property
    def content(self) -> Optional[str]:
        return self.message.get("content")

    @property
    def embeds(self) -> list[Payload]:
        return self.message.get("embeds") or []

    @property
    def components(self) -> list[Payload]:
        return self.message.get("components") or []

    @property
    def allowed_mentions(self) -> Optional[Payload]:
        return self.message.get("allowed_mentions")

    @property
    def flags(self) -> int:
        return int(self.message.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & FLAG_EPHEMERAL)

    def custom_ids(self) -> list[str]:
        return [c["custom_id"] for c in iter_components(self.components) if "custom_id" in c]

    def __repr__(self) -> str:
        return f"<Call #{self.index} {self.method} {self.path} status={self.status}>"


@dataclass
class _Interaction:
    """What fake-Discord remembers about a delivered interaction, to answer its webhooks."""

    id: int
    token: str
    type: int
    user: Payload
    channel_id: int
    guild_id: Optional[int]
    delivered_at: float
    source_message_id: Optional[int] = None
    acked: bool = False
    original_id: Optional[int] = None
    loading: bool = False
    message_ids: list[int] = field(default_factory=list)


class HarnessError(AssertionError):
    """Raised when the bot did something a test did not expect (errors logged, timeouts)."""


class CommandHidden(PermissionError):
    """Discord would not show this command to this user (``default_member_permissions``)."""


class _FakeSession:
    """Stands in for the ``aiohttp.ClientSession`` and marks webhook requests as this harness's."""

    def __init__(self, harness: DiscordHarness) -> None:
        self.harness = harness
        self.closed = False

    async def close(self) -> None:
        self.closed = True


_original_webhook_request = AsyncWebhookAdapter.request
_webhook_patch_users = 0


async def _routed_webhook_request(self: AsyncWebhookAdapter, route: Route, session: Any, **kwargs: Any) -> Any:
    if isinstance(session, _FakeSession):
        return await session.harness._webhook_request(route, **kwargs)
    return await _original_webhook_request(self, route, session, **kwargs)


def _install_webhook_patch() -> None:
    global _webhook_patch_users
    if _webhook_patch_users == 0:
        AsyncWebhookAdapter.request = _routed_webhook_request  # type: ignore[method-assign]
    _webhook_patch_users += 1


def _uninstall_webhook_patch() -> None:
    global _webhook_patch_users
    _webhook_patch_users -= 1
    if _webhook_patch_users == 0:
        AsyncWebhookAdapter.request = _original_webhook_request  # type: ignore[method-assign]


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


# --------------------------------------------------------------------------- the harness


class DiscordHarness:
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
        guilds: Optional[Sequence[Payload]] = None,
        token: str = "harness.token",
        bot_user: Optional[Payload] = None,
        application_id: int = APPLICATION_ID,
        echo_gateway_events: bool = True,
        emulate_intents: bool = True,
        raise_on_errors: bool = True,
        ack_deadline: float = 3.0,
        idle_sleep: float = 1.0,
        timeout: float = 5.0,
        is_background: Optional[Callable[[asyncio.Task[Any]], bool]] = None,
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
        self.commands: dict[Optional[int], list[Payload]] = {}
        self.cdn: dict[str, bytes] = {}

        self._ids = _Snowflakes()
        self._session = _FakeSession(self)
        self._interactions: dict[int, _Interaction] = {}
        self._by_token: dict[str, _Interaction] = {}
        self._modals: list[tuple[int, Payload]] = []
        self._command_ids: dict[tuple[Optional[int], str, int], int] = {}
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

    # ------------------------------------------------------------------ world accessors

    @property
    def guild_id(self) -> int:
        """The first guild's id (the default guild unless ``guilds`` was given)."""
        return next(iter(self.guilds))

    @property
    def channel_id(self) -> int:
        """The first text channel of :attr:`guild_id`."""
        guild = self.guilds[self.guild_id]
        return next(int(c["id"]) for c in guild["channels"] if c["type"] == 0)

    @property
    def admin(self) -> Payload:
        """The owner of :attr:`guild_id` (an administrator)."""
        return self.users[int(self.guilds[self.guild_id]["owner_id"])]

    @property
    def member(self) -> Payload:
        """The first member of :attr:`guild_id` who is neither the owner nor the bot."""
        guild = self.guilds[self.guild_id]
        skip = {int(guild["owner_id"]), self.bot_id}
        return next(m["user"] for m in guild["members"] if int(m["user"]["id"]) not in skip)

    @property
    def bot_mention(self) -> str:
        return f"<@{self.bot_id}>"

    def message(self, message: Union[int, Payload, Call]) -> Payload:
        """The current state of a message as fake-Discord stores it (after edits); ``message`` may
        be its id, a payload or the :class:`Call` that created or last edited it."""
        return self._resolve_message(message)

    def thread_of(self, message_id: int) -> Optional[Payload]:
        """The thread started from ``message_id``, if any (threads share their starter message's id)."""
        channel = self.channels.get(message_id)
        return channel if channel is not None and channel["type"] in THREAD_TYPES else None

    def registered_command(self, name: str, guild_id: Optional[int] = None) -> Payload:
        """The payload the bot synced for ``name`` (global unless ``guild_id``), as Discord stored it."""
        for command in self.commands.get(guild_id, []):
            if command["name"] == name:
                return command
        raise LookupError(f"/{name} was not synced {'globally' if guild_id is None else f'to guild {guild_id}'}")

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> DiscordHarness:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
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

    def _install(self) -> None:
        http = self.client.http
        http.request = self._http_request  # type: ignore[method-assign]
        http.static_login = self._static_login  # type: ignore[method-assign, assignment]
        http.get_from_cdn = self._get_from_cdn  # type: ignore[method-assign]
        http.ws_connect = self._refuse_websocket  # type: ignore[method-assign]
        _install_webhook_patch()
        for name in self.error_loggers:
            logging.getLogger(name).addHandler(self._collector)
        self._installed = True

    def _uninstall(self) -> None:
        if not self._installed:
            return
        self._installed = False
        http = self.client.http
        for name in ("request", "static_login", "get_from_cdn", "ws_connect"):
            http.__dict__.pop(name, None)
        _uninstall_webhook_patch()
        for name in self.error_loggers:
            logging.getLogger(name).removeHandler(self._collector)

    async def _static_login(self, token: str) -> Payload:
        """Mirror ``HTTPClient.static_login`` minus aiohttp: the fake session is what interactions get."""
        http = self.client.http
        http._HTTPClient__session = self._session  # type: ignore[attr-defined]
        http._global_over = asyncio.Event()
        http._global_over.set()
        http.token = token
        return await http.request(Route("GET", "/users/@me"))

    async def _refuse_websocket(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("DiscordHarness has no gateway: feed events with deliver()/dispatch() instead")

    async def _get_from_cdn(self, url: str) -> bytes:
        try:
            return self.cdn[url]
        except KeyError:
            raise http_error(404, 0, "asset not found") from None

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

    async def settle(self, timeout: Optional[float] = None) -> None:
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
        predicate: Optional[CallPredicate] = None,
        *,
        method: Optional[str] = None,
        route: Optional[str] = None,
        path: Optional[Union[str, re.Pattern[str]]] = None,
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
        predicate: Optional[CallPredicate] = None,
        *,
        method: Optional[str] = None,
        route: Optional[str] = None,
        path: Optional[Union[str, re.Pattern[str]]] = None,
        since: int = 0,
        timeout: Optional[float] = None,
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
                raise HarnessError(f"no matching call within timeout; calls since #{since}:\n  {seen}{self._error_suffix()}")
            try:
                await asyncio.wait_for(self._new_call.wait(), remaining)
            except asyncio.TimeoutError:
                pass

    def _report(self, message: str, *args: Any, exc_info: bool = False) -> None:
        """Record a harness-side failure in :attr:`errors` whatever ``error_loggers`` is, and log it."""
        record = _log.makeRecord(_log.name, logging.ERROR, __file__, 0, message, args, sys.exc_info() if exc_info else None)
        self.errors.append(record)
        _log.handle(record)

    def _format_errors(self) -> str:
        formatter = logging.Formatter("%(name)s: %(message)s")
        return "\n".join(formatter.format(r) for r in self.errors)

    def _error_suffix(self) -> str:
        return f"\nerrors logged:\n{self._format_errors()}" if self.errors else ""

    # ------------------------------------------------------------------ call accessors

    def interaction_responses(self, interaction_id: Union[int, str, Payload]) -> list[Call]:
        """Every webhook call answering one interaction: callback, follow-ups, ``@original`` edits."""
        iid = int(interaction_id["id"]) if isinstance(interaction_id, dict) else int(interaction_id)
        return [c for c in self.calls if c.interaction_id == iid]

    def followups(self, interaction_id: Union[int, str, Payload, None] = None) -> list[Call]:
        calls = self.calls if interaction_id is None else self.interaction_responses(interaction_id)
        return [c for c in calls if c.is_followup]

    def messages_sent(self, channel_id: Optional[int] = None) -> list[Call]:
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
        error: Optional[discord.HTTPException] = None,
        handler: Optional[Callable[[Call], Any]] = None,
        once: bool = True,
    ) -> None:
        """Answer matching calls with ``body``, by raising ``error`` (see :func:`http_error`), or
        with ``handler(call)``, instead of the built-in fake.  Overrides are tried newest first."""

        def respond(call: Call) -> Any:
            if error is not None:
                raise error
            return handler(call) if handler is not None else body

        self._overrides.insert(0, (predicate, respond, once))

    # ------------------------------------------------------------------ feeding events

    def dispatch(self, event: str, data: Payload) -> None:
        """Feed one gateway event to the client's own parser, exactly as given."""
        self.client._connection.parsers[event](data)

    def deliver(self, event: str, data: Payload) -> None:
        """Feed an event the way Discord would: respecting intents and message-content rules."""
        if event == "MESSAGE_CREATE" and int(data["id"]) not in self.messages:
            self.messages[int(data["id"])] = {k: v for k, v in data.items() if k not in ("guild_id", "member")}
        if self.emulate_intents:
            seen = self._as_seen_by_bot(event, data)
            if seen is None:
                return
            data = seen
        if event == "INTERACTION_CREATE":
            self._remember_interaction(data)
        self.dispatch(event, data)

    def _as_seen_by_bot(self, event: str, data: Payload) -> Optional[Payload]:
        if event not in ("MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE"):
            return data
        intents = self.client.intents
        in_guild = data.get("guild_id") is not None
        if not (intents.guild_messages if in_guild else intents.dm_messages):
            return None
        if event == "MESSAGE_DELETE" or intents.message_content or not in_guild:
            return data
        author_id = int(data.get("author", {}).get("id", 0))
        mentioned = any(int(u["id"]) == self.bot_id for u in data.get("mentions", []))
        if author_id == self.bot_id or mentioned:
            return data
        blank = {k: v for k, v in data.items() if k != "poll"}
        return {**blank, "content": "", "embeds": [], "attachments": [], "components": []}

    def _remember_interaction(self, data: Payload) -> None:
        user = data["member"]["user"] if "member" in data else data["user"]
        message = data.get("message")
        record = _Interaction(
            id=int(data["id"]),
            token=data["token"],
            type=data["type"],
            user=user,
            channel_id=int(data["channel"]["id"]),
            guild_id=int(data["guild_id"]) if data.get("guild_id") else None,
            delivered_at=time.monotonic(),
            source_message_id=int(message["id"]) if message else None,
        )
        self._interactions[record.id] = record
        self._by_token[record.token] = record

    def _emit_later(self, event: str, data: Payload) -> None:
        """Gateway echo of a REST action, arriving a loop iteration after the REST response."""
        if not (self.echo_gateway_events and self._connected and not self._closed):
            return

        async def emit() -> None:
            try:
                self.deliver(event, data)
            except Exception:
                self._report("gateway echo %s failed", event, exc_info=True)

        asyncio.get_running_loop().create_task(emit(), name=f"discord-harness-{event}")

    # ------------------------------------------------------------------ interaction builders

    def _envelope(
        self,
        type: int,
        data: Payload,
        *,
        user: Optional[Payload],
        guild_id: Optional[int],
        channel_id: Optional[int],
        permissions: Optional[int],
        locale: str,
        message: Optional[Payload] = None,
    ) -> Payload:
        """The INTERACTION_CREATE envelope: ids, token, member/user with computed permissions."""
        if channel_id is None:
            guild_id = self.guild_id if guild_id is None else guild_id
            channel_id = self._first_text_channel(guild_id)
        elif guild_id is None:
            guild_id = self._guild_of(channel_id)
        user = user or self.member
        interaction_id = self._ids()
        payload: Payload = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": type,
            "data": data,
            "token": f"harness{interaction_id}",
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            "channel_id": str(channel_id),
        }
        channel = dict(self.channels.get(channel_id) or {"id": str(channel_id), "type": 1, "recipients": [user]})
        if guild_id is not None:
            member = self._member(guild_id, int(user["id"]))
            perms = self.permissions_of(guild_id, int(user["id"])) if permissions is None else int(permissions)
            payload.update(
                guild_id=str(guild_id),
                guild={"id": str(guild_id), "locale": "en-US", "features": []},
                guild_locale="en-US",
                member={**member, "user": user, "permissions": str(perms)},
                app_permissions=str(self.permissions_of(guild_id, self.bot_id)),
                authorizing_integration_owners={"0": str(guild_id)},
                context=0,
            )
            channel["permissions"] = str(perms)
        else:
            payload.update(
                user=user,
                app_permissions=str(ALL_PERMISSIONS if permissions is None else permissions),
                authorizing_integration_owners={"0": str(user["id"])},
                context=1,
            )
        payload["channel"] = channel
        if message is not None:
            payload["message"] = message
        return payload

    def slash_command(
        self,
        name: str,
        options: Optional[Mapping[str, Any]] = None,
        *,
        user: Optional[Payload] = None,
        guild_id: Optional[int] = None,
        channel_id: Optional[int] = None,
        permissions: Optional[int] = None,
        locale: str = "en-US",
        bypass_default_permissions: bool = False,
        focused: Optional[str] = None,
    ) -> Payload:
        """An INTERACTION_CREATE (type 2, or 4 autocomplete when ``focused`` names an option).

        ``name`` is the qualified name as typed (``"source add"``, ``"thing file upload"``); it is
        resolved against the client's ``CommandTree`` so the command id, ``data.guild_id`` and the
        nested type 1/2 options match what the bot registered.  ``options`` maps option names to
        values; types come from the registered command: users/roles/channels may be ids or payloads
        and end up in ``resolved``; attachments may be ``bytes``, ``(filename, bytes)`` or
        ``(filename, bytes, content_type)`` and are served back by ``Attachment.read()``.
        ``permissions`` overrides the member's computed permissions (Discord sends them as a string;
        an administrator has every bit set).  Like Discord's UI, this refuses users lacking the
        command's ``default_member_permissions`` unless ``bypass_default_permissions`` (a server
        admin overriding the command's permissions) is set.
        """
        tree = self.client._connection._command_tree
        if tree is None:
            raise LookupError("client has no CommandTree")
        parts = name.split()
        if guild_id is None:
            guild_id = self.guild_id if channel_id is None else self._guild_of(channel_id)
        scoped_guild = guild_id
        command = tree.get_command(parts[0], guild=discord.Object(scoped_guild)) if scoped_guild else None
        command_guild = scoped_guild if command is not None else None
        command = command or tree.get_command(parts[0])
        if command is None:
            raise LookupError(f"/{parts[0]} is not in the bot's CommandTree")
        spec = json.loads(utils._to_json(command.to_dict(tree)))

        payload = self._envelope(
            4 if focused else 2,
            {},
            user=user,
            guild_id=guild_id,
            channel_id=channel_id,
            permissions=permissions,
            locale=locale,
        )
        self._check_default_permissions(spec, payload, bypass_default_permissions)

        resolved: Payload = {}
        leaf = spec
        nest: list[Payload] = []
        top: list[Payload] = nest
        for part in parts[1:]:
            sub = next((o for o in leaf.get("options", []) if o["name"] == part and o["type"] in (1, 2)), None)
            if sub is None:
                raise LookupError(f"/{name}: {part!r} is not a subcommand or group of /{leaf['name']}")
            inner: list[Payload] = []
            nest.append({"name": part, "type": sub["type"], "options": inner})
            nest, leaf = inner, sub
        if any(o["type"] in (1, 2) for o in leaf.get("options", [])):
            raise LookupError(f"/{name} is a group; name one of its subcommands")
        nest.extend(self._command_options(leaf, dict(options or {}), resolved, payload, focused))

        key = (command_guild, spec["name"], spec.get("type", 1))
        data: Payload = {"id": str(self._command_id(key)), "name": spec["name"], "type": spec.get("type", 1), "options": top}
        if resolved:
            data["resolved"] = resolved
        if command_guild is not None:
            data["guild_id"] = str(command_guild)
        payload["data"] = data
        return payload

    def _check_default_permissions(self, spec: Payload, payload: Payload, bypass: bool) -> None:
        required = spec.get("default_member_permissions")
        if required is None or bypass or "member" not in payload:
            return
        have = int(payload["member"]["permissions"])
        if not have & ADMINISTRATOR and have & int(required) != int(required):
            raise CommandHidden(
                f"/{spec['name']} needs permissions {required}; Discord would not offer it to this user "
                "(pass bypass_default_permissions=True to emulate a server-side override)"
            )

    def _command_options(
        self, leaf: Payload, given: dict[str, Any], resolved: Payload, envelope: Payload, focused: Optional[str]
    ) -> list[Payload]:
        specs = {o["name"]: o for o in leaf.get("options", [])}
        unknown = set(given) - set(specs)
        if unknown:
            raise LookupError(f"/{leaf['name']} has no option(s) {sorted(unknown)}; it has {sorted(specs)}")
        out: list[Payload] = []
        for option_name, spec in specs.items():
            if option_name not in given:
                if spec.get("required") and not focused:
                    raise ValueError(f"/{leaf['name']}: required option {option_name!r} missing")
                continue
            value = given[option_name]
            entry: Payload = {"name": option_name, "type": spec["type"]}
            if option_name == focused:
                entry.update(value=str(value), focused=True)
            else:
                entry["value"] = self._option_value(spec, value, resolved, envelope)
            out.append(entry)
        return out

    def _option_value(self, spec: Payload, value: Any, resolved: Payload, envelope: Payload) -> Any:
        kind = spec["type"]
        choices = [c["value"] for c in spec.get("choices") or []]
        if kind == 3:
            value = str(value)
            if not spec.get("min_length", 0) <= len(value) <= spec.get("max_length", 6000):
                raise ValueError(f"option {spec['name']!r}: length {len(value)} out of range")
        elif kind == 4:
            value = int(value)
        elif kind == 10:
            value = float(value)
        elif kind == 5:
            value = bool(value)
        elif kind == 6 or (kind == 9 and (isinstance(value, dict) and "username" in value or int(value) in self.users)):
            user = value if isinstance(value, dict) else self.users[int(value)]
            resolved.setdefault("users", {})[user["id"]] = user
            guild_id = envelope.get("guild_id")
            if guild_id is not None and self._has_member(int(guild_id), int(user["id"])):
                member = {k: v for k, v in self._member(int(guild_id), int(user["id"])).items() if k != "user"}
                member["permissions"] = str(self.permissions_of(int(guild_id), int(user["id"])))
                resolved.setdefault("members", {})[user["id"]] = member
            return user["id"]
        elif kind in (8, 9):
            role = value if isinstance(value, dict) else self._role(int(envelope["guild_id"]), int(value))
            resolved.setdefault("roles", {})[role["id"]] = role
            return role["id"]
        elif kind == 7:
            channel = value if isinstance(value, dict) else self.channels[int(value)]
            entry = {k: channel[k] for k in ("id", "name", "type", "parent_id", "thread_metadata") if k in channel}
            entry["permissions"] = envelope.get("member", {}).get("permissions", str(ALL_PERMISSIONS))
            resolved.setdefault("channels", {})[channel["id"]] = entry
            return channel["id"]
        elif kind == 11:
            attachment = self._attachment(value, ephemeral=True)
            resolved.setdefault("attachments", {})[attachment["id"]] = attachment
            return attachment["id"]
        if kind in (4, 10) and not spec.get("min_value", value) <= value <= spec.get("max_value", value):
            raise ValueError(f"option {spec['name']!r}: {value} out of range")
        if choices and value not in choices:
            raise ValueError(f"option {spec['name']!r}: {value!r} is not one of {choices}")
        return value

    def component_click(
        self,
        custom_id: str,
        message: Union[int, Payload, Call],
        *,
        user: Optional[Payload] = None,
        values: Optional[Sequence[str]] = None,
        permissions: Optional[int] = None,
        locale: str = "en-US",
    ) -> Payload:
        """An INTERACTION_CREATE type 3 for a component of a message fake-Discord knows about.

        ``message`` may be a message id, a message payload or the :class:`Call` that created or last
        edited it; the current stored state is used, as Discord sends the message as it is now.
        """
        stored = self._resolve_message(message)
        component = next((c for c in iter_components(stored.get("components", [])) if c.get("custom_id") == custom_id), None)
        if component is None:
            raise LookupError(f"message {stored['id']} has no component {custom_id!r}")
        if component.get("disabled"):
            raise ValueError(f"component {custom_id!r} is disabled; Discord would not let it be clicked")
        data: Payload = {"custom_id": custom_id, "component_type": component["type"]}
        if values is not None or component["type"] in (3, 5, 6, 7, 8):
            data["values"] = list(values or [])
        channel_id = int(stored["channel_id"])
        return self._envelope(
            3,
            data,
            user=user,
            guild_id=self._guild_of(channel_id),
            channel_id=channel_id,
            permissions=permissions,
            locale=locale,
            message=stored,
        )

    def modal_submit(
        self,
        custom_id: str,
        fields: Mapping[str, Union[str, Sequence[str]]],
        *,
        components: Optional[Sequence[Payload]] = None,
        user: Optional[Payload] = None,
        guild_id: Optional[int] = None,
        channel_id: Optional[int] = None,
        permissions: Optional[int] = None,
        locale: str = "en-US",
    ) -> Payload:
        """An INTERACTION_CREATE type 5.  ``components`` is the modal as the bot sent it (found
        automatically by :meth:`submit_modal`); each text input gets ``fields[custom_id]``."""
        layout = list(components) if components is not None else [
            {"type": 1, "components": [{"type": 4, "custom_id": key}]} for key in fields
        ]

        def answer(component: Payload) -> Optional[Payload]:
            if component["type"] == 1:
                return {"type": 1, "components": [a for a in map(answer, component["components"]) if a]}
            if component["type"] == 18:
                inner = answer(component["component"])
                return {"type": 18, "component": inner} if inner else None
            if "custom_id" not in component:
                return None
            value = fields.get(component["custom_id"], "")
            if component["type"] == 4:
                return {"type": 4, "custom_id": component["custom_id"], "value": value}
            return {"type": component["type"], "custom_id": component["custom_id"], "values": list(value)}

        data = {"custom_id": custom_id, "components": [a for a in map(answer, layout) if a]}
        return self._envelope(
            5, data, user=user, guild_id=guild_id, channel_id=channel_id, permissions=permissions, locale=locale
        )

    def message_create(
        self,
        content: str,
        *,
        author: Optional[Payload] = None,
        channel_id: Optional[int] = None,
        guild_id: Optional[int] = None,
        mentions: Optional[Sequence[Payload]] = None,
        attachments: Sequence[Any] = (),
        reference: Optional[int] = None,
    ) -> Payload:
        """A ``MESSAGE_CREATE`` from a user.  ``mentions`` default to the known users ``<@id>``-
        mentioned in ``content`` (so ``f"{h.bot_mention} hello"`` mentions the bot, like Discord)."""
        channel_id = self.channel_id if channel_id is None else channel_id
        guild_id = self._guild_of(channel_id) if guild_id is None else guild_id
        author = author or self.member
        message = self._message(
            channel_id,
            author,
            {"content": content},
            mentions=list(mentions) if mentions is not None else self._mentioned_users(content, None),
            attachments=[self._attachment(a, ephemeral=False) for a in attachments],
        )
        if reference is not None:
            message.update(type=19, message_reference={"message_id": str(reference), "channel_id": str(channel_id)})
            message["referenced_message"] = self.messages.get(reference)
        return self._gateway_message(message, guild_id)

    def _gateway_message(self, message: Payload, guild_id: Optional[int]) -> Payload:
        data = dict(message)
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
            author_id = int(message["author"]["id"])
            if self._has_member(guild_id, author_id) and not message.get("webhook_id"):
                data["member"] = {k: v for k, v in self._member(guild_id, author_id).items() if k != "user"}
        return data

    # ------------------------------------------------------------------ build-and-deliver shortcuts

    def use_slash(self, name: str, options: Optional[Mapping[str, Any]] = None, **kwargs: Any) -> Payload:
        """Build with :meth:`slash_command` and deliver; returns the payload (``payload["id"]``)."""
        payload = self.slash_command(name, options, **kwargs)
        self.deliver("INTERACTION_CREATE", payload)
        return payload

    def click(
        self,
        message: Union[int, Payload, Call],
        custom_id: Optional[str] = None,
        *,
        label: Optional[str] = None,
        **kwargs: Any,
    ) -> Payload:
        """Click a component of a message, found by ``custom_id`` or by its visible ``label``."""
        if custom_id is None:
            stored = self._resolve_message(message)
            found = [c for c in iter_components(stored.get("components", [])) if c.get("label") == label]
            if len(found) != 1:
                raise LookupError(f"expected one component labelled {label!r} in message {stored['id']}, found {len(found)}")
            custom_id = found[0]["custom_id"]
        payload = self.component_click(custom_id, message, **kwargs)
        self.deliver("INTERACTION_CREATE", payload)
        return payload

    def submit_modal(self, fields: Mapping[str, Union[str, Sequence[str]]], *, custom_id: Optional[str] = None, **kwargs: Any) -> Payload:
        """Submit the most recent modal the bot opened (or the one with ``custom_id``)."""
        for interaction_id, modal in reversed(self._modals):
            if custom_id is None or modal["custom_id"] == custom_id:
                source = self._interactions[interaction_id]
                kwargs.setdefault("user", source.user)
                kwargs.setdefault("channel_id", source.channel_id)
                kwargs.setdefault("guild_id", source.guild_id)
                payload = self.modal_submit(modal["custom_id"], fields, components=modal.get("components"), **kwargs)
                self.deliver("INTERACTION_CREATE", payload)
                return payload
        raise LookupError(f"the bot has not opened a modal{'' if custom_id is None else f' {custom_id!r}'}")

    def post_message(self, content: str, **kwargs: Any) -> Payload:
        """Build with :meth:`message_create` and deliver it; returns the payload."""
        payload = self.message_create(content, **kwargs)
        self.deliver("MESSAGE_CREATE", payload)
        return payload

    # ------------------------------------------------------------------ world state helpers

    def _add_guild(self, guild: Payload) -> None:
        guild_id = int(guild["id"])
        if not any(int(m["user"]["id"]) == self.bot_id for m in guild["members"]):
            guild["members"].append(member_payload(self.bot_user))
            guild["member_count"] = len(guild["members"])
        self.guilds[guild_id] = guild
        for member in guild["members"]:
            self.users[int(member["user"]["id"])] = member["user"]
        for channel in [*guild["channels"], *guild.get("threads", [])]:
            self.channels[int(channel["id"])] = {**channel, "guild_id": str(guild_id)}

    def _guild_as_now(self, guild: Payload) -> Payload:
        """GUILD_CREATE lists the guild's active threads, including those started since the world was built."""
        active = [c for c in self.channels.values()
                  if c.get("guild_id") == str(guild["id"]) and c["type"] in THREAD_TYPES
                  and not c.get("thread_metadata", {}).get("archived")]
        return {**guild, "threads": active}

    def _guild_of(self, channel_id: int) -> Optional[int]:
        channel = self.channels.get(channel_id)
        return int(channel["guild_id"]) if channel and channel.get("guild_id") else None

    def _first_text_channel(self, guild_id: Optional[int]) -> int:
        if guild_id is None:
            raise ValueError("a DM interaction needs channel_id (see dm_channel())")
        return next(int(c["id"]) for c in self.guilds[guild_id]["channels"] if c["type"] == 0)

    def _has_member(self, guild_id: int, user_id: int) -> bool:
        return guild_id in self.guilds and any(int(m["user"]["id"]) == user_id for m in self.guilds[guild_id]["members"])

    def _member(self, guild_id: int, user_id: int) -> Payload:
        for member in self.guilds[guild_id]["members"]:
            if int(member["user"]["id"]) == user_id:
                return member
        return member_payload(self.users.get(user_id) or user_payload(user_id, f"user{user_id}"))

    def _role(self, guild_id: int, role_id: int) -> Payload:
        return next(r for r in self.guilds[guild_id]["roles"] if int(r["id"]) == role_id)

    def permissions_of(self, guild_id: int, user_id: int) -> int:
        """Guild-level permissions as Discord computes them (channel overwrites are not modelled)."""
        guild = self.guilds[guild_id]
        if int(guild["owner_id"]) == user_id:
            return ALL_PERMISSIONS
        role_ids = {guild_id, *(int(r) for r in self._member(guild_id, user_id)["roles"])}
        perms = 0
        for role in guild["roles"]:
            if int(role["id"]) in role_ids:
                perms |= int(role["permissions"])
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def dm_channel(self, user: Payload) -> int:
        """Create (or reuse) the DM channel with ``user``; returns its id."""
        for channel in self.channels.values():
            if channel["type"] == 1 and channel["recipients"][0]["id"] == user["id"]:
                return int(channel["id"])
        channel_id = self._ids()
        self.channels[channel_id] = {"id": str(channel_id), "type": 1, "recipients": [user], "last_message_id": None}
        self.users[int(user["id"])] = user
        return channel_id

    def _command_id(self, key: tuple[Optional[int], str, int]) -> int:
        if key not in self._command_ids:
            self._command_ids[key] = self._ids()
        return self._command_ids[key]

    def _resolve_message(self, message: Union[int, Payload, Call]) -> Payload:
        if isinstance(message, Call):
            if message.message_id is None:
                raise LookupError(f"{message!r} did not create or edit a message")
            return self.messages[message.message_id]
        message_id = int(message["id"]) if isinstance(message, dict) else int(message)
        return self.messages[message_id]

    def _attachment(self, spec: Any, *, ephemeral: bool) -> Payload:
        if isinstance(spec, dict):
            return spec
        if isinstance(spec, (bytes, bytearray)):
            filename, data, content_type = "file.bin", bytes(spec), "application/octet-stream"
        elif len(spec) == 2:
            (filename, data), content_type = spec, None
        else:
            filename, data, content_type = spec
        attachment_id = self._ids()
        url = f"https://cdn.discordapp.com/{'ephemeral-' if ephemeral else ''}attachments/{attachment_id}/{filename}"
        self.cdn[url] = bytes(data)
        payload: Payload = {
            "id": str(attachment_id),
            "filename": filename,
            "size": len(data),
            "url": url,
            "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
        }
        if content_type:
            payload["content_type"] = content_type
        if ephemeral:
            payload["ephemeral"] = True
        return payload

    def _mentioned_users(self, content: str, allowed: Optional[Payload]) -> list[Payload]:
        parse = {"users"} if allowed is None else set(allowed.get("parse", []))
        explicit = {str(u) for u in allowed.get("users", [])} if allowed else set()
        mentioned = []
        for user_id in dict.fromkeys(re.findall(r"<@!?(\d+)>", content or "")):
            if int(user_id) in self.users and ("users" in parse or user_id in explicit):
                mentioned.append(self.users[int(user_id)])
        return mentioned

    def _message(
        self,
        channel_id: int,
        author: Payload,
        body: Payload,
        *,
        mentions: Optional[list[Payload]] = None,
        attachments: Sequence[Payload] = (),
        flags: int = 0,
        type: int = 0,
    ) -> Payload:
        """A message object as REST returns it (no ``guild_id``/``member``; the gateway adds them)."""
        allowed = body.get("allowed_mentions")
        content = body.get("content") or ""
        message: Payload = {
            "id": str(self._ids()),
            "channel_id": str(channel_id),
            "author": author,
            "content": content,
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": False,
            "mentions": self._mentioned_users(content, allowed) if mentions is None else mentions,
            "mention_roles": [],
            "attachments": list(attachments),
            "embeds": body.get("embeds") or [],
            "reactions": [],
            "pinned": False,
            "type": type,
            "flags": flags | int(body.get("flags") or 0),
            "components": body.get("components") or [],
        }
        if body.get("nonce") is not None:
            message["nonce"] = body["nonce"]
        if body.get("poll"):
            message["poll"] = body["poll"]
        self.messages[int(message["id"])] = message
        channel = self.channels.get(channel_id)
        if channel is not None and not message["flags"] & FLAG_EPHEMERAL:
            channel["last_message_id"] = message["id"]
        return message

    def _files_as_attachments(self, files: Sequence[RecordedFile]) -> list[Payload]:
        return [
            self._attachment((f.filename or "file", f.data, f.content_type or "application/octet-stream"), ephemeral=False)
            for f in files
        ]

    def _edit(self, message: Payload, body: Payload, files: Sequence[RecordedFile]) -> Payload:
        """Apply a PATCH the way Discord does: present keys replace, ``attachments`` lists keepers."""
        for key in ("content", "embeds", "components", "poll"):
            if key in body:
                message[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        if "content" in body:
            message["mentions"] = self._mentioned_users(message["content"], body.get("allowed_mentions"))
        if "attachments" in body:
            keep = {str(a["id"]) for a in body["attachments"]}
            message["attachments"] = [a for a in message["attachments"] if a["id"] in keep]
        message["attachments"] = [*message["attachments"], *self._files_as_attachments(files)]
        if "flags" in body:
            message["flags"] = (message["flags"] & FLAG_EPHEMERAL) | (int(body["flags"] or 0) & ~FLAG_EPHEMERAL)
        message["flags"] &= ~FLAG_LOADING
        message["edited_timestamp"] = _now_iso()
        return message

    def _announce(self, event: str, message: Payload) -> None:
        if message["flags"] & FLAG_EPHEMERAL:
            return
        guild_id = self._guild_of(int(message["channel_id"]))
        if event == "MESSAGE_DELETE":
            data: Payload = {"id": message["id"], "channel_id": message["channel_id"]}
            if guild_id is not None:
                data["guild_id"] = str(guild_id)
            self._emit_later(event, data)
        else:
            self._emit_later(event, self._gateway_message(dict(message), guild_id))

    # ------------------------------------------------------------------ transport

    async def _http_request(
        self, route: Route, *, files: Optional[Sequence[discord.File]] = None, form: Optional[Iterable[Payload]] = None, **kwargs: Any
    ) -> Any:
        body, recorded = self._decode_body(kwargs.get("json"), form)
        call = self._record("http", route, body, recorded, kwargs.get("params") or {}, kwargs.get("reason"))
        return self._answer(call)

    async def _webhook_request(
        self,
        route: Route,
        *,
        payload: Optional[Payload] = None,
        multipart: Optional[list[Payload]] = None,
        params: Optional[Payload] = None,
        reason: Optional[str] = None,
        **_: Any,
    ) -> Any:
        body, recorded = self._decode_body(payload, multipart)
        call = self._record("webhook", route, body, recorded, params or {}, reason)
        token = call.params.get("webhook_token")
        interaction = self._by_token.get(token) if token else None
        if interaction is not None:
            call.interaction_id = interaction.id
        return self._answer(call)

    @staticmethod
    def _decode_body(json_body: Any, form: Optional[Iterable[Payload]]) -> tuple[Any, list[RecordedFile]]:
        """What went over the wire: JSON round-tripped with discord.py's own encoder, multipart
        split into ``payload_json`` and file parts."""
        if not form:
            return (None if json_body is None else json.loads(utils._to_json(json_body))), []
        body: Any = None
        files: list[RecordedFile] = []
        for part in form:
            value = part["value"]
            if part["name"] == "payload_json":
                body = json.loads(value)
                continue
            if hasattr(value, "read"):
                position = value.tell()
                data = value.read()
                value.seek(position)
            else:
                data = value.encode() if isinstance(value, str) else bytes(value)
            files.append(RecordedFile(part["name"], part.get("filename"), data, part.get("content_type")))
        return body, files

    def _record(
        self, transport: str, route: Route, body: Any, files: list[RecordedFile], query: Payload, reason: Optional[str]
    ) -> Call:
        path = route.url[len(route.BASE) :]
        names = re.findall(r"{(\w+)}", route.path)
        pattern = re.escape(route.path)
        for name in names:
            pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>[^/]+)")
        match = re.fullmatch(pattern, path)
        params = match.groupdict() if match else {}
        call = Call(
            index=len(self.calls),
            transport=transport,
            method=route.method,
            route=route.path,
            path=path,
            params=params,
            query=dict(query),
            json=body,
            files=files,
            reason=reason,
            at=time.monotonic(),
        )
        self.calls.append(call)
        self._new_call.set()
        self._new_call = asyncio.Event()
        return call

    def _answer(self, call: Call) -> Any:
        try:
            for i, (predicate, respond, once) in enumerate(self._overrides):
                if predicate(call):
                    if once:
                        del self._overrides[i]
                    call.response = respond(call)
                    break
            else:
                handler = self._routes.get((call.method, call.route))
                if handler is None:
                    raise NotImplementedError(
                        f"DiscordHarness has no fake for {call.method} {call.route}; answer it with h.override(...)"
                    )
                call.response = handler(self, call)
        except discord.HTTPException as error:
            call.status = error.status
            raise
        except NotImplementedError as error:
            call.status = 501
            self._report("%s", error)
            raise
        if isinstance(call.response, dict) and "channel_id" in call.response and "author" in call.response:
            call.message_id = int(call.response["id"])
        return call.response

    # ------------------------------------------------------------------ fake REST routes

    def _get_me(self, call: Call) -> Payload:
        return {**self.bot_user, "verified": True, "mfa_enabled": False, "locale": "en-US", "email": None}

    def _get_application(self, call: Call) -> Payload:
        return {
            "id": str(self.application_id),
            "name": self.bot_user["username"],
            "icon": None,
            "description": "",
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": user_payload(ADMIN_ID, "owner"),
            "team": None,
            "summary": "",
            "verify_key": "0" * 64,
            "flags": 0,
            "tags": [],
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "bot": self.bot_user,
        }

    def _get_gateway(self, call: Call) -> Payload:
        return {
            "url": "wss://gateway.invalid",
            "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
        }

    def _put_commands(self, call: Call) -> list[Payload]:
        """Bulk upsert: Discord replaces the scope's commands and returns them with ids."""
        guild_id = int(call.params["guild_id"]) if "guild_id" in call.params else None
        stored = []
        for command in call.json:
            key = (guild_id, command["name"], command.get("type", 1))
            permissions = command.get("default_member_permissions")
            entry = {
                **command,
                "id": str(self._command_id(key)),
                "application_id": str(self.application_id),
                "version": str(self._ids()),
                "type": command.get("type", 1),
                "default_member_permissions": None if permissions is None else str(permissions),
                "options": command.get("options", []),
                "description": command.get("description", ""),
            }
            if guild_id is not None:
                entry["guild_id"] = str(guild_id)
            stored.append(entry)
        self.commands[guild_id] = stored
        return stored

    def _get_commands(self, call: Call) -> list[Payload]:
        return self.commands.get(int(call.params["guild_id"]) if "guild_id" in call.params else None, [])

    def _channel(self, channel_id: Union[int, str]) -> Payload:
        channel = self.channels.get(int(channel_id))
        if channel is None:
            raise http_error(404, 10003, "Unknown Channel")
        return channel

    def _require(self, channel: Payload, permission: str) -> None:
        guild_id = channel.get("guild_id")
        if guild_id is None:
            return
        perms = discord.Permissions(self.permissions_of(int(guild_id), self.bot_id))
        if not getattr(perms, permission):
            raise http_error(403, 50013, "Missing Permissions")

    def _stored_message(self, channel_id: Union[int, str], message_id: Union[int, str]) -> Payload:
        message = self.messages.get(int(message_id))
        if message is None or int(message["channel_id"]) != int(channel_id):
            raise http_error(404, 10008, "Unknown Message")
        return message

    def _post_message(self, call: Call) -> Payload:
        channel = self._channel(call.params["channel_id"])
        in_thread = channel["type"] in THREAD_TYPES
        self._require(channel, "send_messages_in_threads" if in_thread else "send_messages")
        body = call.json or {}
        reference = body.get("message_reference")
        message = self._message(
            int(channel["id"]), self.bot_user, body, attachments=self._files_as_attachments(call.files), type=19 if reference else 0
        )
        if reference:
            referenced = self.messages.get(int(reference["message_id"]))
            message["message_reference"] = {**reference, "channel_id": channel["id"], "type": 0}
            message["referenced_message"] = referenced
            allowed = body.get("allowed_mentions")
            if referenced and (allowed is None or allowed.get("replied_user", False)):
                message["mentions"].append(referenced["author"])
        self._announce("MESSAGE_CREATE", message)
        return message

    def _get_message(self, call: Call) -> Payload:
        return self._stored_message(call.params["channel_id"], call.params["message_id"])

    def _get_messages(self, call: Call) -> list[Payload]:
        """Channel history, newest first, honouring ``limit``/``before``/``after``."""
        channel_id = int(self._channel(call.params["channel_id"])["id"])
        query = call.query
        found = sorted(
            (m for m in self.messages.values() if int(m["channel_id"]) == channel_id and not m["flags"] & FLAG_EPHEMERAL),
            key=lambda m: int(m["id"]),
            reverse=True,
        )
        if query.get("before") is not None:
            found = [m for m in found if int(m["id"]) < int(query["before"])]
        if query.get("after") is not None:
            found = [m for m in found if int(m["id"]) > int(query["after"])]
        return found[: int(query.get("limit", 50))]

    def _patch_message(self, call: Call) -> Payload:
        message = self._stored_message(call.params["channel_id"], call.params["message_id"])
        if int(message["author"]["id"]) != self.bot_id:
            raise http_error(403, 50005, "Cannot edit a message authored by another user")
        self._edit(message, call.json or {}, call.files)
        self._announce("MESSAGE_UPDATE", message)
        return message

    def _delete_message(self, call: Call) -> None:
        message = self._stored_message(call.params["channel_id"], call.params["message_id"])
        del self.messages[int(message["id"])]
        self._announce("MESSAGE_DELETE", message)

    def _react(self, call: Call) -> None:
        self._stored_message(call.params["channel_id"], call.params["message_id"])

    def _no_content(self, call: Call) -> None:
        self._channel(call.params["channel_id"])

    def _thread(self, parent: Payload, thread_id: int, body: Payload, thread_type: int) -> Payload:
        thread: Payload = {
            "id": str(thread_id),
            "guild_id": parent["guild_id"],
            "parent_id": parent["id"],
            "owner_id": str(self.bot_id),
            "name": body["name"],
            "type": thread_type,
            "last_message_id": None,
            "rate_limit_per_user": body.get("rate_limit_per_user") or 0,
            "message_count": 0,
            "member_count": 1,
            "total_message_sent": 0,
            "flags": 0,
            "applied_tags": [],
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": body.get("auto_archive_duration") or 4320,
                "archive_timestamp": _now_iso(),
                "locked": False,
                "invitable": body.get("invitable", True),
                "create_timestamp": _now_iso(),
            },
            "member": {"id": str(thread_id), "user_id": str(self.bot_id), "join_timestamp": _now_iso(), "flags": 1},
        }
        self.channels[thread_id] = thread
        self._emit_later("THREAD_CREATE", {**thread, "newly_created": True})
        return thread

    def _start_thread_from_message(self, call: Call) -> Payload:
        """Threads started from a message take the message's id, as on Discord."""
        parent = self._channel(call.params["channel_id"])
        self._require(parent, "create_public_threads")
        message = self._stored_message(parent["id"], call.params["message_id"])
        if self.thread_of(int(message["id"])) is not None:
            raise http_error(400, 160004, "A thread has already been created for this message")
        thread = self._thread(parent, int(message["id"]), call.json, 10 if parent["type"] == 5 else 11)
        message["flags"] |= FLAG_HAS_THREAD
        message["thread"] = thread
        return thread

    def _start_thread(self, call: Call) -> Payload:
        parent = self._channel(call.params["channel_id"])
        thread_type = int(call.json.get("type") or 11)
        self._require(parent, "create_private_threads" if thread_type == 12 else "create_public_threads")
        return self._thread(parent, self._ids(), call.json, thread_type)

    def _get_channel(self, call: Call) -> Payload:
        return self._channel(call.params["channel_id"])

    def _patch_channel(self, call: Call) -> Payload:
        channel = self._channel(call.params["channel_id"])
        body = dict(call.json or {})
        if channel["type"] in THREAD_TYPES:
            for key in ("archived", "locked", "auto_archive_duration", "invitable"):
                if key in body:
                    channel["thread_metadata"][key] = body.pop(key)
        channel.update(body)
        return channel

    def _create_dm(self, call: Call) -> Payload:
        user = self.users.get(int(call.json["recipient_id"]))
        if user is None:
            raise http_error(400, 50007, "Cannot send messages to this user")
        return self.channels[self.dm_channel(user)]

    def _get_user(self, call: Call) -> Payload:
        user = self.users.get(int(call.params["user_id"]))
        if user is None:
            raise http_error(404, 10013, "Unknown User")
        return user

    def _get_member(self, call: Call) -> Payload:
        guild_id, user_id = int(call.params["guild_id"]), int(call.params["member_id"])
        if not self._has_member(guild_id, user_id):
            raise http_error(404, 10007, "Unknown Member")
        return self._member(guild_id, user_id)

    # ------------------------------------------------------------------ fake interaction webhooks

    def _interaction_for(self, call: Call) -> _Interaction:
        interaction = self._by_token.get(call.params["webhook_token"])
        if interaction is None or int(call.params["webhook_id"]) != self.application_id:
            raise http_error(404, 10015, "Unknown Webhook")
        return interaction

    def _interaction_message(self, interaction: _Interaction, body: Payload, files: Sequence[RecordedFile], flags: int = 0) -> Payload:
        message = self._message(
            interaction.channel_id,
            self.bot_user,
            body,
            attachments=self._files_as_attachments(files),
            flags=flags,
            type=20 if interaction.type == 2 else 0,
        )
        message["webhook_id"] = str(self.application_id)
        message["application_id"] = str(self.application_id)
        message["interaction_metadata"] = {
            "id": str(interaction.id),
            "type": interaction.type,
            "user": interaction.user,
            "authorizing_integration_owners": {"0": str(interaction.guild_id or interaction.user["id"])},
        }
        interaction.message_ids.append(int(message["id"]))
        return message

    def _interaction_callback(self, call: Call) -> Optional[Payload]:
        """``POST /interactions/{id}/{token}/callback`` with Discord's acknowledgement rules."""
        interaction = self._interactions.get(int(call.params["webhook_id"]))
        if interaction is None or interaction.token != call.params["webhook_token"]:
            raise http_error(404, 10062, "Unknown interaction")
        call.interaction_id = interaction.id
        if interaction.acked:
            raise http_error(400, 40060, "Interaction has already been acknowledged.")
        if time.monotonic() - interaction.delivered_at > self.ack_deadline:
            raise http_error(404, 10062, "Unknown interaction")
        interaction.acked = True
        kind = call.json["type"]
        data = call.json.get("data") or {}
        message: Optional[Payload] = None
        if kind == 4:
            message = self._interaction_message(interaction, data, call.files)
            interaction.original_id = int(message["id"])
        elif kind == 5:
            flags = FLAG_LOADING | (int(data.get("flags") or 0) & FLAG_EPHEMERAL)
            message = self._interaction_message(interaction, {}, (), flags=flags)
            interaction.original_id, interaction.loading = int(message["id"]), True
        elif kind in (6, 7) and interaction.source_message_id is not None:
            interaction.original_id = interaction.source_message_id
            if kind == 7:
                message = self._edit(self.messages[interaction.source_message_id], data, call.files)
                self._announce("MESSAGE_UPDATE", message)
        elif kind == 9:
            self._modals.append((interaction.id, data))
        if message is not None and kind != 7:
            self._announce("MESSAGE_CREATE", message)
        if call.json.get("type") == 1:
            return None
        response: Payload = {
            "interaction": {
                "id": str(interaction.id),
                "type": interaction.type,
                "response_message_id": None if interaction.original_id is None else str(interaction.original_id),
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(message and message["flags"] & FLAG_EPHEMERAL),
            },
            "resource": {"type": kind},
        }
        if message is not None:
            response["resource"]["message"] = message
            call.message_id = int(message["id"])
        return response

    def _followup(self, call: Call) -> Optional[Payload]:
        """The first follow-up after a type-5 deferral replaces the "thinking" message, as on Discord."""
        interaction = self._interaction_for(call)
        if not interaction.acked:
            raise http_error(404, 10015, "Unknown Webhook")
        body = call.json or {}
        if interaction.loading and interaction.original_id is not None:
            interaction.loading = False
            message = self._edit(self.messages[interaction.original_id], body, call.files)
            self._announce("MESSAGE_UPDATE", message)
        else:
            message = self._interaction_message(interaction, body, call.files)
            self._announce("MESSAGE_CREATE", message)
        call.message_id = int(message["id"])
        return message if call.query.get("wait") else None

    def _webhook_target(self, call: Call) -> tuple[_Interaction, Payload]:
        interaction = self._interaction_for(call)
        raw = call.path.rsplit("/", 1)[1]
        message_id = interaction.original_id if raw == "@original" else int(raw)
        if message_id is None or message_id not in self.messages:
            raise http_error(404, 10008, "Unknown Message")
        if raw != "@original" and message_id not in interaction.message_ids:
            raise http_error(404, 10008, "Unknown Message")
        return interaction, self.messages[message_id]

    def _get_webhook_message(self, call: Call) -> Payload:
        return self._webhook_target(call)[1]

    def _patch_webhook_message(self, call: Call) -> Payload:
        interaction, message = self._webhook_target(call)
        if message["id"] == str(interaction.original_id):
            interaction.loading = False
        self._edit(message, call.json or {}, call.files)
        self._announce("MESSAGE_UPDATE", message)
        return message

    def _delete_webhook_message(self, call: Call) -> None:
        interaction, message = self._webhook_target(call)
        if int(message["id"]) == interaction.original_id:
            interaction.loading = False  # with the placeholder gone, a follow-up is a new message, as on Discord
        del self.messages[int(message["id"])]
        self._announce("MESSAGE_DELETE", message)

    _routes: dict[tuple[str, str], Callable[[DiscordHarness, Call], Any]] = {
        ("GET", "/users/@me"): _get_me,
        ("GET", "/oauth2/applications/@me"): _get_application,
        ("GET", "/gateway"): _get_gateway,
        ("GET", "/gateway/bot"): _get_gateway,
        ("PUT", "/applications/{application_id}/commands"): _put_commands,
        ("GET", "/applications/{application_id}/commands"): _get_commands,
        ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands"): _put_commands,
        ("GET", "/applications/{application_id}/guilds/{guild_id}/commands"): _get_commands,
        ("POST", "/channels/{channel_id}/messages"): _post_message,
        ("GET", "/channels/{channel_id}/messages"): _get_messages,
        ("GET", "/channels/{channel_id}/messages/{message_id}"): _get_message,
        ("PATCH", "/channels/{channel_id}/messages/{message_id}"): _patch_message,
        ("DELETE", "/channels/{channel_id}/messages/{message_id}"): _delete_message,
        ("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"): _react,
        ("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"): _react,
        ("POST", "/channels/{channel_id}/typing"): _no_content,
        ("PUT", "/channels/{channel_id}/thread-members/@me"): _no_content,
        ("POST", "/channels/{channel_id}/messages/{message_id}/threads"): _start_thread_from_message,
        ("POST", "/channels/{channel_id}/threads"): _start_thread,
        ("GET", "/channels/{channel_id}"): _get_channel,
        ("PATCH", "/channels/{channel_id}"): _patch_channel,
        ("POST", "/users/@me/channels"): _create_dm,
        ("GET", "/users/{user_id}"): _get_user,
        ("GET", "/guilds/{guild_id}/members/{member_id}"): _get_member,
        ("POST", "/interactions/{webhook_id}/{webhook_token}/callback"): _interaction_callback,
        ("POST", "/webhooks/{webhook_id}/{webhook_token}"): _followup,
        ("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"): _get_webhook_message,
        ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"): _patch_webhook_message,
        ("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"): _delete_webhook_message,
        ("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"): _get_webhook_message,
        ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"): _patch_webhook_message,
        ("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"): _delete_webhook_message,
    }

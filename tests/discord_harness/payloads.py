"""Discord objects as the gateway and REST serialise them: users, roles, channels, members, guilds,
READY, and the ids and errors that go with them. Tests build their world from these and may tweak the
plain dicts before delivering them."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from http import HTTPStatus
from types import SimpleNamespace
from typing import Any

import discord

Payload = dict[str, Any]

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


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


class Snowflakes:
    """Time-based, strictly increasing ids, so ``created_at``/``expires_at`` of interactions are current."""

    def __init__(self) -> None:
        self._last = 0

    def __call__(self) -> int:
        value = (int(time.time() * 1000) - _DISCORD_EPOCH_MS) << 22
        self._last = max(value, self._last + 1)
        return self._last


def user_payload(user_id: int, username: str, *, bot: bool = False, global_name: str | None = None) -> Payload:
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
    guild_id: int | None = None,
    type: int = 0,
    position: int = 0,
    parent_id: int | None = None,
    topic: str | None = None,
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


def member_payload(user: Payload, *, roles: Sequence[int] = (), nick: str | None = None) -> Payload:
    """A guild member (with its ``user``), as found in ``GUILD_CREATE.members``."""
    return {
        "user": user,
        "roles": [str(r) for r in roles],
        "nick": nick,
        "avatar": None,
        "joined_at": now_iso(),
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
        "joined_at": now_iso(),
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

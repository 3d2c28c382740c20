"""Fake-Discord's world: guilds, members, roles, channels, threads and stored messages, and the rules
that read them (permissions, mentions, attachments, edits)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .calls import Call, RecordedFile
from .payloads import (
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    FLAG_EPHEMERAL,
    FLAG_LOADING,
    THREAD_TYPES,
    Payload,
    Snowflakes,
    member_payload,
    now_iso,
    user_payload,
)


class World:
    """The world-state half of :class:`~tests.discord_harness.DiscordHarness` (a mixin: the harness
    sets these attributes in its ``__init__``)."""

    bot_user: Payload
    bot_id: int
    messages: dict[int, Payload]
    channels: dict[int, Payload]
    users: dict[int, Payload]
    guilds: dict[int, Payload]
    commands: dict[int | None, list[Payload]]
    cdn: dict[str, bytes]
    _ids: Snowflakes
    _command_ids: dict[tuple[int | None, str, int], int]

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

    def message(self, message: int | Payload | Call) -> Payload:
        """The current state of a message as fake-Discord stores it (after edits); ``message`` may
        be its id, a payload or the :class:`Call` that created or last edited it."""
        return self._resolve_message(message)

    def thread_of(self, message_id: int) -> Payload | None:
        """The thread started from ``message_id``, if any (threads share their starter message's id)."""
        channel = self.channels.get(message_id)
        return channel if channel is not None and channel["type"] in THREAD_TYPES else None

    def registered_command(self, name: str, guild_id: int | None = None) -> Payload:
        """The payload the bot synced for ``name`` (global unless ``guild_id``), as Discord stored it."""
        for command in self.commands.get(guild_id, []):
            if command["name"] == name:
                return command
        raise LookupError(f"/{name} was not synced {'globally' if guild_id is None else f'to guild {guild_id}'}")

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
        active = [
            c
            for c in self.channels.values()
            if c.get("guild_id") == str(guild["id"])
            and c["type"] in THREAD_TYPES
            and not c.get("thread_metadata", {}).get("archived")
        ]
        return {**guild, "threads": active}

    def _guild_of(self, channel_id: int) -> int | None:
        channel = self.channels.get(channel_id)
        return int(channel["guild_id"]) if channel and channel.get("guild_id") else None

    def _first_text_channel(self, guild_id: int | None) -> int:
        if guild_id is None:
            raise ValueError("a DM interaction needs channel_id (see dm_channel())")
        return next(int(c["id"]) for c in self.guilds[guild_id]["channels"] if c["type"] == 0)

    def _has_member(self, guild_id: int, user_id: int) -> bool:
        if guild_id not in self.guilds:
            return False
        return any(int(m["user"]["id"]) == user_id for m in self.guilds[guild_id]["members"])

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

    def _command_id(self, key: tuple[int | None, str, int]) -> int:
        if key not in self._command_ids:
            self._command_ids[key] = self._ids()
        return self._command_ids[key]

    def _resolve_message(self, message: int | Payload | Call) -> Payload:
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

    def _mentioned_users(self, content: str, allowed: Payload | None) -> list[Payload]:
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
        mentions: list[Payload] | None = None,
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
            "timestamp": now_iso(),
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
            self._attachment(
                (f.filename or "file", f.data, f.content_type or "application/octet-stream"), ephemeral=False
            )
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
        message["edited_timestamp"] = now_iso()
        return message

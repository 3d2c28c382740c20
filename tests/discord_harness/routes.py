"""Fake-Discord's REST routes and interaction webhooks, with the rules bots trip over: permissions,
unknown messages, the acknowledgement deadline, double acknowledgement, and the first follow-up after a
deferral replacing the "thinking" message."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import discord

from .calls import Call, InteractionRecord, RecordedFile
from .events import Events
from .payloads import (
    ADMIN_ID,
    FLAG_EPHEMERAL,
    FLAG_HAS_THREAD,
    FLAG_LOADING,
    THREAD_TYPES,
    Payload,
    http_error,
    now_iso,
    user_payload,
)


class Routes(Events):
    """The fake REST routes and interaction webhooks of :class:`~tests.discord_harness.DiscordHarness`
    (a mixin), looked up by ``(method, route template)`` in :attr:`_routes`."""

    application_id: int
    ack_deadline: float

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

    def _channel(self, channel_id: int | str) -> Payload:
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

    def _stored_message(self, channel_id: int | str, message_id: int | str) -> Payload:
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
            int(channel["id"]),
            self.bot_user,
            body,
            attachments=self._files_as_attachments(call.files),
            type=19 if reference else 0,
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
            (
                m
                for m in self.messages.values()
                if int(m["channel_id"]) == channel_id and not m["flags"] & FLAG_EPHEMERAL
            ),
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
                "archive_timestamp": now_iso(),
                "locked": False,
                "invitable": body.get("invitable", True),
                "create_timestamp": now_iso(),
            },
            "member": {"id": str(thread_id), "user_id": str(self.bot_id), "join_timestamp": now_iso(), "flags": 1},
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

    def _interaction_for(self, call: Call) -> InteractionRecord:
        interaction = self._by_token.get(call.params["webhook_token"])
        if interaction is None or int(call.params["webhook_id"]) != self.application_id:
            raise http_error(404, 10015, "Unknown Webhook")
        return interaction

    def _interaction_message(
        self, interaction: InteractionRecord, body: Payload, files: Sequence[RecordedFile], flags: int = 0
    ) -> Payload:
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

    def _interaction_callback(self, call: Call) -> Payload | None:
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
        message: Payload | None = None
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

    def _followup(self, call: Call) -> Payload | None:
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

    def _webhook_target(self, call: Call) -> tuple[InteractionRecord, Payload]:
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

    _routes: dict[tuple[str, str], Callable[[Routes, Call], Any]] = {
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

"""Gateway events and interactions, built as Discord would send them and fed to the client's own
parsers: slash commands (resolved against the bot's ``CommandTree``), component clicks, modal submits,
user messages, and the echoes of the bot's own REST actions."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping, Sequence
from typing import Any

import discord
from discord import utils

from .calls import Call, CommandHidden, InteractionRecord
from .payloads import ADMINISTRATOR, ALL_PERMISSIONS, ATTACHMENT_SIZE_LIMIT, FLAG_EPHEMERAL, Payload, iter_components
from .world import World


class Events(World):
    """Feeding events, building interactions, and the build-and-deliver shortcuts of
    :class:`~tests.discord_harness.DiscordHarness` (a mixin)."""

    client: discord.Client
    application_id: int
    echo_gateway_events: bool
    emulate_intents: bool
    _connected: bool
    _closed: bool
    _interactions: dict[int, InteractionRecord]
    _by_token: dict[str, InteractionRecord]
    _modals: list[tuple[int, Payload]]

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

    def _as_seen_by_bot(self, event: str, data: Payload) -> Payload | None:
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
        record = InteractionRecord(
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

    # ------------------------------------------------------------------ interaction builders

    def _envelope(
        self,
        type: int,
        data: Payload,
        *,
        user: Payload | None,
        guild_id: int | None,
        channel_id: int | None,
        permissions: int | None,
        locale: str,
        message: Payload | None = None,
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
        options: Mapping[str, Any] | None = None,
        *,
        user: Payload | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        permissions: int | None = None,
        locale: str = "en-US",
        bypass_default_permissions: bool = False,
        focused: str | None = None,
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
        data: Payload = {
            "id": str(self._command_id(key)),
            "name": spec["name"],
            "type": spec.get("type", 1),
            "options": top,
        }
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
        self, leaf: Payload, given: dict[str, Any], resolved: Payload, envelope: Payload, focused: str | None
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
        message: int | Payload | Call,
        *,
        user: Payload | None = None,
        values: Sequence[str] | None = None,
        permissions: int | None = None,
        locale: str = "en-US",
    ) -> Payload:
        """An INTERACTION_CREATE type 3 for a component of a message fake-Discord knows about.

        ``message`` may be a message id, a message payload or the :class:`Call` that created or last
        edited it; the current stored state is used, as Discord sends the message as it is now.
        """
        stored = self._resolve_message(message)
        component = next(
            (c for c in iter_components(stored.get("components", [])) if c.get("custom_id") == custom_id), None
        )
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
        fields: Mapping[str, str | Sequence[str]],
        *,
        components: Sequence[Payload] | None = None,
        user: Payload | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        permissions: int | None = None,
        locale: str = "en-US",
    ) -> Payload:
        """An INTERACTION_CREATE type 5.  ``components`` is the modal as the bot sent it (found
        automatically by :meth:`submit_modal`); each text input gets ``fields[custom_id]``."""
        layout = (
            list(components)
            if components is not None
            else [{"type": 1, "components": [{"type": 4, "custom_id": key}]} for key in fields]
        )

        def answer(component: Payload) -> Payload | None:
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
        author: Payload | None = None,
        channel_id: int | None = None,
        guild_id: int | None = None,
        mentions: Sequence[Payload] | None = None,
        attachments: Sequence[Any] = (),
        reference: int | None = None,
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

    def _gateway_message(self, message: Payload, guild_id: int | None) -> Payload:
        data = dict(message)
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
            author_id = int(message["author"]["id"])
            if self._has_member(guild_id, author_id) and not message.get("webhook_id"):
                data["member"] = {k: v for k, v in self._member(guild_id, author_id).items() if k != "user"}
        return data

    # ------------------------------------------------------------------ build-and-deliver shortcuts

    def use_slash(self, name: str, options: Mapping[str, Any] | None = None, **kwargs: Any) -> Payload:
        """Build with :meth:`slash_command` and deliver; returns the payload (``payload["id"]``)."""
        payload = self.slash_command(name, options, **kwargs)
        self.deliver("INTERACTION_CREATE", payload)
        return payload

    def click(
        self,
        message: int | Payload | Call,
        custom_id: str | None = None,
        *,
        label: str | None = None,
        **kwargs: Any,
    ) -> Payload:
        """Click a component of a message, found by ``custom_id`` or by its visible ``label``."""
        if custom_id is None:
            stored = self._resolve_message(message)
            found = [c for c in iter_components(stored.get("components", [])) if c.get("label") == label]
            if len(found) != 1:
                raise LookupError(
                    f"expected one component labelled {label!r} in message {stored['id']}, found {len(found)}"
                )
            custom_id = found[0]["custom_id"]
        payload = self.component_click(custom_id, message, **kwargs)
        self.deliver("INTERACTION_CREATE", payload)
        return payload

    def submit_modal(
        self, fields: Mapping[str, str | Sequence[str]], *, custom_id: str | None = None, **kwargs: Any
    ) -> Payload:
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

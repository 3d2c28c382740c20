"""What the client sent, as Discord received it (:class:`Call`), what fake-Discord remembers about an
interaction, and the errors the harness raises."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .payloads import FLAG_EPHEMERAL, Payload, iter_components

CallPredicate = Callable[["Call"], bool]


@dataclass
class RecordedFile:
    """One multipart file part, read at request time (discord.py closes the file afterwards)."""

    field: str
    filename: str | None
    data: bytes
    content_type: str | None = None


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
    reason: str | None
    at: float
    interaction_id: int | None = None
    message_id: int | None = None
    status: int = 200
    response: Any = None

    @property
    def is_interaction_callback(self) -> bool:
        return self.route == "/interactions/{webhook_id}/{webhook_token}/callback"

    @property
    def is_followup(self) -> bool:
        return self.method == "POST" and self.route == "/webhooks/{webhook_id}/{webhook_token}"

    @property
    def callback_type(self) -> int | None:
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
    def content(self) -> str | None:
        return self.message.get("content")

    @property
    def embeds(self) -> list[Payload]:
        return self.message.get("embeds") or []

    @property
    def components(self) -> list[Payload]:
        return self.message.get("components") or []

    @property
    def allowed_mentions(self) -> Payload | None:
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
class InteractionRecord:
    """What fake-Discord remembers about a delivered interaction, to answer its webhooks."""

    id: int
    token: str
    type: int
    user: Payload
    channel_id: int
    guild_id: int | None
    delivered_at: float
    source_message_id: int | None = None
    acked: bool = False
    original_id: int | None = None
    loading: bool = False
    message_ids: list[int] = field(default_factory=list)


class HarnessError(AssertionError):
    """Raised when the bot did something a test did not expect (errors logged, timeouts)."""


class CommandHidden(PermissionError):
    """Discord would not show this command to this user (``default_member_permissions``)."""

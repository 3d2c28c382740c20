"""Discord's size limits on what a bot sends, checked the way Discord checks them.

Discord refuses a whole message when one part of it is too long (400 Invalid Form Body, code 50035),
and in a server the member then sees nothing at all. Fake-Discord refuses such a message the same way,
so every bot test also proves its replies fit; :func:`message_problems` lets a test say which limit a
message it holds would break.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .calls import Call
from .payloads import Payload, iter_components

CONTENT = 2000
EMBEDS = 10
EMBED_TOTAL = 6000
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR_NAME = 256
URL = 2048
ACTION_ROWS = 5
ROW_WIDTH = 5
BUTTON_LABEL = 80
CUSTOM_ID = 100
SELECT_OPTIONS = 25
OPTION_TEXT = 100
PLACEHOLDER = 150
MODAL_TITLE = 45
TEXT_INPUT_LABEL = 45
TEXT_INPUT_PLACEHOLDER = 100
TEXT_INPUT_VALUE = 4000

_MESSAGE_ROUTES = {
    ("POST", "/channels/{channel_id}/messages"),
    ("PATCH", "/channels/{channel_id}/messages/{message_id}"),
    ("POST", "/webhooks/{webhook_id}/{webhook_token}"),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original"),
    ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"),
}
_IS_COMPONENTS_V2 = 1 << 15


def problems_in(call: Call) -> list[str]:
    """What Discord would refuse in this request: a message it creates or edits, or a modal it opens."""
    if call.is_interaction_callback:
        if call.callback_type in (4, 7):
            return message_problems(call.message)
        if call.callback_type == 9:
            return modal_problems(call.message)
        return []
    if (call.method, call.route) in _MESSAGE_ROUTES and isinstance(call.json, dict):
        return message_problems(call.json)
    return []


def message_problems(message: Payload) -> list[str]:
    """Every limit ``message`` (a message body or payload) breaks, each said with where and by how much."""
    problems = _too_long("content", message.get("content"), CONTENT)
    embeds = message.get("embeds") or []
    if len(embeds) > EMBEDS:
        problems.append(f"embeds: {len(embeds)} > {EMBEDS}")
    for i, embed in enumerate(embeds):
        problems += embed_problems(embed, f"embeds[{i}]")
    total = sum(embed_length(e) for e in embeds)
    if total > EMBED_TOTAL:
        problems.append(f"embeds: {total} characters in all > {EMBED_TOTAL}")
    components = message.get("components") or []
    if not int(message.get("flags") or 0) & _IS_COMPONENTS_V2 and len(components) > ACTION_ROWS:
        problems.append(f"components: {len(components)} action rows > {ACTION_ROWS}")
    return problems + component_problems(components)


def embed_length(embed: Payload) -> int:
    """The characters Discord counts towards the 6,000 a message's embeds may hold together."""
    fields = embed.get("fields") or []
    return (
        len(embed.get("title") or "")
        + len(embed.get("description") or "")
        + sum(len(f.get("name") or "") + len(f.get("value") or "") for f in fields)
        + len((embed.get("footer") or {}).get("text") or "")
        + len((embed.get("author") or {}).get("name") or "")
    )


def embed_problems(embed: Payload, where: str) -> list[str]:
    problems = (
        _too_long(f"{where}.title", embed.get("title"), TITLE)
        + _too_long(f"{where}.description", embed.get("description"), DESCRIPTION)
        + _too_long(f"{where}.url", embed.get("url"), URL)
        + _too_long(f"{where}.footer.text", (embed.get("footer") or {}).get("text"), FOOTER)
        + _too_long(f"{where}.author.name", (embed.get("author") or {}).get("name"), AUTHOR_NAME)
    )
    fields = embed.get("fields") or []
    if len(fields) > FIELDS:
        problems.append(f"{where}.fields: {len(fields)} > {FIELDS}")
    for i, field in enumerate(fields):
        for key, limit in (("name", FIELD_NAME), ("value", FIELD_VALUE)):
            text = field.get(key) or ""
            if not text.strip():
                problems.append(f"{where}.fields[{i}].{key}: empty")
            problems += _too_long(f"{where}.fields[{i}].{key}", text, limit)
    return problems


def component_problems(components: Iterable[Payload]) -> list[str]:
    problems: list[str] = []
    for component in iter_components(components):
        kind = component.get("type")
        where = f"component {component.get('custom_id') or component.get('label') or kind}"
        problems += _too_long(f"{where}: custom_id", component.get("custom_id"), CUSTOM_ID)
        if kind == 1 and len(component.get("components") or []) > ROW_WIDTH:
            problems.append(f"{where}: {len(component['components'])} components in one row > {ROW_WIDTH}")
        elif kind == 2:
            problems += _too_long(f"{where}: label", component.get("label"), BUTTON_LABEL)
        elif kind in (3, 5, 6, 7, 8):
            problems += _select_problems(component, where)
        elif kind == 4:
            problems += (
                _too_long(f"{where}: label", component.get("label"), TEXT_INPUT_LABEL)
                + _too_long(f"{where}: placeholder", component.get("placeholder"), TEXT_INPUT_PLACEHOLDER)
                + _too_long(f"{where}: value", component.get("value"), TEXT_INPUT_VALUE)
            )
    return problems


def modal_problems(modal: Payload) -> list[str]:
    problems = _too_long("modal title", modal.get("title"), MODAL_TITLE) + _too_long(
        "modal custom_id", modal.get("custom_id"), CUSTOM_ID
    )
    components = modal.get("components") or []
    if len(components) > ACTION_ROWS:
        problems.append(f"modal: {len(components)} rows > {ACTION_ROWS}")
    return problems + component_problems(components)


def _select_problems(select: Payload, where: str) -> list[str]:
    options = select.get("options") or []
    problems = _too_long(f"{where}: placeholder", select.get("placeholder"), PLACEHOLDER)
    if len(options) > SELECT_OPTIONS:
        problems.append(f"{where}: {len(options)} options > {SELECT_OPTIONS}")
    for i, option in enumerate(options):
        for key in ("label", "value", "description"):
            problems += _too_long(f"{where}: options[{i}].{key}", option.get(key), OPTION_TEXT)
    return problems


def _too_long(where: str, text: Any, limit: int) -> list[str]:
    return [f"{where}: {len(text)} characters > {limit}"] if isinstance(text, str) and len(text) > limit else []

"""The two transports discord.py talks through, swapped for fake-Discord: ``HTTPClient.request`` on the
client's own instance, and ``AsyncWebhookAdapter.request`` on the class (only for this harness's fake
session). Every request is recorded as a :class:`~tests.discord_harness.calls.Call` and answered by an
override or a fake route."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import utils
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter

from .calls import Call, CallPredicate, InteractionRecord, RecordedFile
from .limits import problems_in
from .payloads import Payload, http_error

if TYPE_CHECKING:
    from .harness import DiscordHarness


class FakeSession:
    """Stands in for the ``aiohttp.ClientSession`` and marks webhook requests as this harness's."""

    def __init__(self, harness: DiscordHarness) -> None:
        self.harness = harness
        self.closed = False

    async def close(self) -> None:
        self.closed = True


_original_webhook_request = AsyncWebhookAdapter.request
_webhook_patch_users = 0


async def _routed_webhook_request(self: AsyncWebhookAdapter, route: Route, session: Any, **kwargs: Any) -> Any:
    if isinstance(session, FakeSession):
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


class Transport:
    """The transport half of :class:`~tests.discord_harness.DiscordHarness` (a mixin)."""

    client: discord.Client
    calls: list[Call]
    cdn: dict[str, bytes]
    error_loggers: tuple[str, ...]
    _session: FakeSession
    _collector: logging.Handler
    _installed: bool
    _by_token: dict[str, InteractionRecord]
    _overrides: list[tuple[CallPredicate, Callable[[Call], Any], bool]]
    _new_call: asyncio.Event
    _routes: dict[tuple[str, str], Callable[[Any, Call], Any]]

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

    # ------------------------------------------------------------------ transport

    async def _http_request(
        self,
        route: Route,
        *,
        files: Sequence[discord.File] | None = None,
        form: Iterable[Payload] | None = None,
        **kwargs: Any,
    ) -> Any:
        body, recorded = self._decode_body(kwargs.get("json"), form)
        call = self._record("http", route, body, recorded, kwargs.get("params") or {}, kwargs.get("reason"))
        return self._answer(call)

    async def _webhook_request(
        self,
        route: Route,
        *,
        payload: Payload | None = None,
        multipart: list[Payload] | None = None,
        params: Payload | None = None,
        reason: str | None = None,
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
    def _decode_body(json_body: Any, form: Iterable[Payload] | None) -> tuple[Any, list[RecordedFile]]:
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
        self, transport: str, route: Route, body: Any, files: list[RecordedFile], query: Payload, reason: str | None
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
                refused = problems_in(call)
                if refused:
                    raise http_error(400, 50035, "Invalid Form Body: " + "; ".join(refused))
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

"""Download one web resource for the knowledge base without letting a user aim the bot at internal
services.

Redirects are followed here, one hop at a time, and every hop's host is resolved and checked before
anything is sent. The connection then goes to the checked address itself (the Host header and TLS
certificate check still use the name), so a DNS answer that changes between check and connect
(rebinding) cannot smuggle in a private target. One deadline covers resolution, connection,
redirects and the body, and a watchdog cuts the socket when it passes, so a server that drips bytes
cannot hold the bot.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from index.errors import InputError
from index.limits import LIMITS
from index.text.characters import has_lone_surrogate

ACCEPTED_CONTENT_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "application/pdf"}
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "ParleyBot/0.1 (news citation bot)"
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,application/pdf;q=0.8"
_READ_CHUNK = 64 * 1024
_URL_SHOWN = 80
_PATH_SAFE = "/%:@!$&'()*+,;=?~-._"
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = LIMITS.upload_bytes
    timeout: float = LIMITS.fetch_seconds  # whole-response time limit
    allow_private: bool = False  # PARLEY_ALLOW_PRIVATE_URLS=1, for tests only
    max_redirects: int = 5


@dataclass(frozen=True)
class Response:
    url: str  # after redirects; relative links in the body resolve against it
    content_type: str  # lower-case media type without parameters
    charset: str | None
    body: bytes


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str  # ASCII (IDNA) form, as sent in Host and SNI
    port: int
    path: str
    url: str


class _Timeout(Exception):
    """Raised internally when the deadline passes; turned into one user-facing message."""


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - time.monotonic())

    def check(self) -> None:
        if self.remaining() <= 0:
            raise _Timeout


def describe_size(n: int) -> str:
    """Limits are shown to users, who think in MB rather than bytes."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n} bytes"


def _one_line(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def shorten_url(url: str) -> str:
    """Error messages stay one short line even for tracking-laden links."""
    url = "".join(ch for ch in url if ch.isprintable())
    return url if len(url) <= _URL_SHOWN else url[: _URL_SHOWN - 1] + "…"


def is_public_address(address: str) -> bool:
    """Only globally routable unicast addresses are fair game; IPv4 hidden inside IPv6 (mapped,
    6to4, NAT64) is judged as the IPv4 address it reaches."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or _nat64_embedded(ip)
        if embedded is not None:
            return is_public_address(str(embedded))
    return ip.is_global and not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
    )


def _nat64_embedded(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip in ipaddress.IPv6Network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def require_allowed_address(address: str, host: str, allow_private: bool) -> None:
    """Single place that refuses a target, used both after resolution and at connect time."""
    if not allow_private and not is_public_address(address):
        raise InputError(f"{host} points to a private or local network address; only public sites can be added.")


def parse_target(url: str) -> _Target:
    """Everything http.client would choke on (non-ASCII hosts and paths, bad ports) is caught or
    normalised here so that the user gets a message rather than a traceback."""
    url = url.strip()
    if has_lone_surrogate(url):
        raise InputError(f"{shorten_url(url)} is not a valid link (it holds bytes that are not UTF-8).")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise InputError(f"{shorten_url(url)} is not a valid link.") from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise InputError("Links must start with http:// or https://.")
    if scheme not in ("http", "https"):
        raise InputError(f"Only http:// and https:// links can be added, not {scheme[:20]}://.")
    if not parts.hostname:
        raise InputError(f"{shorten_url(url)} has no host name.")
    if parts.username is not None or parts.password is not None:
        raise InputError("Links with a user name or password cannot be added.")
    host = parts.hostname
    if not host.isprintable() or " " in host:  # the resolver would only say "not found", control and all
        raise InputError(f"{shorten_url(url)} has an invalid host name.")
    if not _is_ip_literal(host):
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise InputError(f"{shorten_url(url)} has an invalid host name.") from None
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_PATH_SAFE)
    return _Target(scheme, host, port or (443 if scheme == "https" else 80), path, url)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def resolve(target: _Target, limits: FetchLimits, deadline: _Deadline) -> list[str]:
    """Every address the name resolves to must pass, not just the first: the socket layer, or a
    later retry, may pick any of them."""
    try:
        infos = _getaddrinfo_within(target.host, target.port, deadline)
    except (OSError, UnicodeError):
        raise InputError(f"Could not find the server {target.host}.") from None
    inet = (socket.AF_INET, socket.AF_INET6)
    addresses = list(dict.fromkeys(info[4][0] for info in infos if info[0] in inet))
    if not addresses:
        raise InputError(f"Could not find the server {target.host}.")
    for address in addresses:
        require_allowed_address(address, target.host, limits.allow_private)
    return addresses


def _getaddrinfo_within(host: str, port: int, deadline: _Deadline) -> list:
    """getaddrinfo has no timeout of its own; a daemon thread lets the deadline cover DNS too."""
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as exc:  # handed back to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="parley-resolve", daemon=True)
    worker.start()
    worker.join(deadline.remaining())
    if worker.is_alive():
        raise _Timeout
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["infos"]  # type: ignore[return-value]


class PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to addresses that were already resolved and checked, never to the name, and checks
    the peer once more after connecting."""

    def __init__(self, host: str, port: int, addresses: list[str], allow_private: bool, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._addresses = addresses
        self._allow_private = allow_private
        self.aborted = False
        self._live: socket.socket | None = None  # outlives self.sock, which the response takes over

    def connect(self) -> None:
        self.sock = self._live = self._connect_pinned()

    def _connect_pinned(self) -> socket.socket:
        last_error: OSError | None = None
        for address in self._addresses:
            require_allowed_address(address, self.host, self._allow_private)
            if self.aborted:
                raise TimeoutError("deadline passed while connecting")
            try:
                sock = socket.create_connection((address, self.port), self.timeout)
            except OSError as exc:
                last_error = exc
                continue
            try:
                self._check_peer(sock, address)
            except BaseException:
                sock.close()
                raise
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        raise last_error or OSError(f"no address to connect to for {self.host}")

    def _check_peer(self, sock: socket.socket, expected: str) -> None:
        peer = sock.getpeername()[0]
        if ipaddress.ip_address(peer.split("%", 1)[0]) != ipaddress.ip_address(expected.split("%", 1)[0]):
            raise InputError(f"The connection to {self.host} ended up at an unexpected address.")
        require_allowed_address(peer, self.host, self._allow_private)

    def abort(self) -> None:
        """Called from the watchdog thread: shutting the descriptor down (not the TLS layer, which
        is not thread-safe) makes any blocked read in the fetching thread return at once."""
        self.aborted = True
        sock = self._live
        if sock is not None:
            with suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


class PinnedHTTPSConnection(PinnedHTTPConnection):
    default_port = 443

    def __init__(
        self,
        host: str,
        port: int,
        addresses: list[str],
        allow_private: bool,
        timeout: float,
        context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(host, port, addresses, allow_private, timeout)
        self._tls = context or ssl.create_default_context()

    def connect(self) -> None:
        raw = self._live = self._connect_pinned()
        self.sock = self._live = self._tls.wrap_socket(raw, server_hostname=self.host, do_handshake_on_connect=False)
        self.sock.do_handshake()


def fetch(url: str, limits: FetchLimits = FetchLimits()) -> Response:
    """Follow up to ``limits.max_redirects`` redirects by hand, re-checking each hop."""
    deadline = _Deadline(limits.timeout)
    current = url.strip()
    try:
        for _ in range(limits.max_redirects + 1):
            target = parse_target(current)
            outcome = _request(target, resolve(target, limits, deadline), limits, deadline)
            if isinstance(outcome, Response):
                return outcome
            current = outcome
    except _Timeout:
        raise InputError(f"{shorten_url(url)} took longer than {limits.timeout:g} s to download.") from None
    raise InputError(f"{shorten_url(url)} redirected more than {limits.max_redirects} times.")


def _request(target: _Target, addresses: list[str], limits: FetchLimits, deadline: _Deadline) -> Response | str:
    """One hop: a Response for the final answer, or the absolute URL a redirect points to."""
    conn_class = PinnedHTTPSConnection if target.scheme == "https" else PinnedHTTPConnection
    timeout = max(deadline.remaining(), 0.001)
    conn = conn_class(target.host, target.port, addresses, limits.allow_private, timeout)
    try:
        with _watchdog(conn, deadline):
            try:
                return _exchange(conn, target, limits, deadline)
            except (OSError, http.client.HTTPException, InputError) as exc:
                if conn.aborted or isinstance(exc, TimeoutError):
                    raise _Timeout from None  # a cut-off response explains nothing else
                if isinstance(exc, InputError):
                    raise
                raise InputError(_connection_problem(target, exc)) from None
    finally:
        conn.close()


def _exchange(conn: PinnedHTTPConnection, target: _Target, limits: FetchLimits, deadline: _Deadline) -> Response | str:
    conn.putrequest("GET", target.path, skip_accept_encoding=True)
    for name, value in (
        ("User-Agent", USER_AGENT),
        ("Accept", _ACCEPT),
        ("Accept-Encoding", "gzip, deflate"),
        ("Connection", "close"),
    ):
        conn.putheader(name, value)
    conn.endheaders()
    with closing(conn.getresponse()) as resp:
        return _answer(resp, conn, target, limits, deadline)


def _answer(
    resp: http.client.HTTPResponse,
    conn: PinnedHTTPConnection,
    target: _Target,
    limits: FetchLimits,
    deadline: _Deadline,
) -> Response | str:
    if resp.status in REDIRECT_STATUSES:
        location = resp.getheader("Location")
        if not location:
            raise InputError(f"{shorten_url(target.url)} redirected without saying where to.")
        return urljoin(target.url, location.strip())
    if not 200 <= resp.status < 300:
        status = f"{resp.status} {_one_line(resp.reason)[:40]}".strip()
        raise InputError(f"{shorten_url(target.url)} answered {status}.")
    content_type = _accepted_content_type(resp, target)
    raw = _read_body(resp, conn, target, limits, deadline)
    if conn.aborted:
        raise _Timeout
    body = _decompress(raw, resp, target, limits)
    return Response(target.url, content_type, resp.headers.get_content_charset(), body)


def _accepted_content_type(resp: http.client.HTTPResponse, target: _Target) -> str:
    if not resp.getheader("Content-Type"):
        raise InputError(f"{shorten_url(target.url)} did not say what kind of content it is.")
    content_type = resp.headers.get_content_type()
    if content_type not in ACCEPTED_CONTENT_TYPES:
        raise InputError(
            f"{shorten_url(target.url)} is {content_type[:40]}; "
            "only web pages, plain text, Markdown and PDF can be added."
        )
    return content_type


def _read_body(
    resp: http.client.HTTPResponse,
    conn: PinnedHTTPConnection,
    target: _Target,
    limits: FetchLimits,
    deadline: _Deadline,
) -> bytes:
    """read1 returns after each network read, so the deadline and size cap are checked as bytes
    arrive rather than after a buffer fills. read1 also ends quietly when the connection closes early,
    so a body shorter than its Content-Length is refused here rather than saved in part."""
    declared = _declared_length(resp, target)
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise _too_large(target, limits)
    chunks: list[bytes] = []
    total = 0
    while chunk := resp.read1(_READ_CHUNK):
        total += len(chunk)
        if total > limits.max_bytes:
            raise _too_large(target, limits)
        chunks.append(chunk)
        if conn.aborted:
            raise _Timeout
        deadline.check()
    if conn.aborted:
        raise _Timeout
    if declared.isdigit() and total < int(declared):
        raise InputError(f"{shorten_url(target.url)} was cut off: {total:,} of {int(declared):,} bytes arrived.")
    return b"".join(chunks)


def _declared_length(resp: http.client.HTTPResponse, target: _Target) -> str:
    """The one length the response declares. Two that differ leave the body's end unknown (http.client reads
    the first, so a page of "Content-Length: 10" and "Content-Length: 2048" was cut at ten bytes): the
    response is invalid, as HTTP says."""
    lengths = {value.strip() for value in resp.headers.get_all("Content-Length") or []}
    if len(lengths) > 1:
        raise InputError(f"{shorten_url(target.url)} sent an invalid response (two different lengths).")
    return next(iter(lengths), "")


def _decompress(body: bytes, resp: http.client.HTTPResponse, target: _Target, limits: FetchLimits) -> bytes:
    """Compression is accepted because it speeds up slow sites; the size cap applies to what comes
    out too, so a small compressed bomb is refused like a large page.

    A stream must end where its format says it ends: a body cut off mid-stream inflates without
    error to the part that arrived, which would be saved as if it were the whole article. A gzip
    body may hold several members (each is read, as gzip itself does); NUL padding after the last is
    ignored and anything else after it is refused.
    """
    encoding = (resp.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding == "identity" or not body:
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise InputError(f"{shorten_url(target.url)} uses an unsupported compression ({encoding[:20]}).")
    members = encoding != "deflate"
    wbits = zlib.MAX_WBITS | 32 if members or body[:1] == b"\x78" else -zlib.MAX_WBITS
    out = bytearray()
    rest = body
    try:
        while True:
            inflater = zlib.decompressobj(wbits)
            out += inflater.decompress(rest, limits.max_bytes + 1 - len(out))
            if len(out) > limits.max_bytes:
                raise _too_large(target, limits)
            if not inflater.eof:
                raise InputError(f"{shorten_url(target.url)} sent a compressed page that is cut off.")
            rest = inflater.unused_data.lstrip(b"\x00")
            if not rest:
                return bytes(out)
            if not (members and rest.startswith(_GZIP_MAGIC)):
                raise zlib.error("data after the end of the compressed stream")
    except zlib.error:
        raise InputError(f"{shorten_url(target.url)} sent damaged compressed data.") from None


def _too_large(target: _Target, limits: FetchLimits) -> InputError:
    return InputError(f"{shorten_url(target.url)} is larger than {describe_size(limits.max_bytes)}.")


def _connection_problem(target: _Target, exc: BaseException) -> str:
    where = shorten_url(target.url)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"The security certificate of {target.host} could not be verified."
    if isinstance(exc, ssl.SSLError):
        return f"Could not open a secure connection to {target.host}."
    if isinstance(exc, ConnectionRefusedError):
        return f"{target.host} refused the connection."
    if isinstance(exc, http.client.HTTPException):
        return f"{where} sent an invalid response."
    return f"Could not download {where}."


@contextmanager
def _watchdog(conn: PinnedHTTPConnection, deadline: _Deadline) -> Iterator[None]:
    timer = threading.Timer(deadline.remaining(), conn.abort)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()

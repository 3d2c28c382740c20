"""Readers for links, uploads and pasted text, exercised against a real HTTP server on 127.0.0.1.

Nothing here reaches the internet: non-loopback addresses are only ever classified, never dialled.
"""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import subprocess
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from index.errors import InputError
from index.sources import fetch as fetch_module
from index.sources.fetch import PinnedHTTPConnection, is_public_address
from index.sources.ingest import FetchLimits, PdfLine, fetch_url, pdf_paragraphs, read_file, read_text, validate_title
from index.sources.inputs import UrlInput
from tests.local_http import Route, Server, redirect, reply

LOCAL = FetchLimits(allow_private=True)

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kyiv signals openness to ceasefire talks | The Meridian Post</title>
<meta property="og:title" content="Kyiv signals openness to ceasefire talks">
<meta property="og:site_name" content="The Meridian Post">
<meta name="author" content="Olena Kovalenko">
<meta property="article:published_time" content="2025-03-12T09:30:00+00:00">
<meta name="description" content="Ukrainian officials say a ceasefire could come first.">
</head>
<body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/subscribe">Subscribe</a></li>
</ul></nav></header>
<main><article>
<h1>Kyiv signals openness to ceasefire talks</h1>
<p class="byline">By Olena Kovalenko · March 12, 2025</p>
<p>Ukrainian officials said on Wednesday that they were prepared to discuss a temporary ceasefire
along the current front line, provided that security guarantees were agreed first.</p>
<p>“We are ready to talk about a ceasefire, but not about giving up our land,” Foreign Minister
Andrii Sybiha told reporters in Jeddah after a day of meetings with the American delegation.</p>
<p>The U.S. Secretary of State, Marco Rubio, said the two sides had made   “real progress” and that
the proposal would now be taken to Moscow.    “The ball is now in their court,” he added.</p>
<p>Analysts cautioned that the gap between the parties remained wide. “The phrase ‘territorial
concessions’ means different things to different state actors,” said George Barros of the
Institute for the Study of War.</p>
<p>The Kremlin did not immediately respond to a request for comment, but a spokesman said earlier
in the week that any settlement had to reflect “the realities on the ground.”</p>
</article></main>
<footer><p>© 2025 The Meridian Post. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body>
</html>
"""

NAV_ONLY_HTML = """<!DOCTYPE html><html><head><title>The Meridian Post</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<footer><p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for news.example, made with the openssl command line."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    command = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2"
    names = "-subj /CN=news.example -addext subjectAltName=DNS:news.example"
    paths = ["-keyout", str(key), "-out", str(cert)]
    subprocess.run(command.split() + names.split() + paths, check=True, capture_output=True, timeout=30)
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """An HTTPS server on 127.0.0.1 whose certificate the client trusts, but only for news.example."""
    cert, key = certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    real = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", lambda *a, **k: real(cafile=str(cert)))
    srv = Server(context)
    srv.start()
    yield srv
    srv.stop()


def assert_short(exc: pytest.ExceptionInfo[InputError], *fragments: str) -> str:
    message = str(exc.value)
    assert "\n" not in message and 10 < len(message) <= 160, message
    for fragment in fragments:
        assert fragment.lower() in message.lower(), message
    return message


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Names in the returned table resolve to the given address, names under .invalid do not
    resolve, and anything else resolves normally."""
    table: dict[str, str] = {}
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host.endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        if host in table:
            table.setdefault("#calls", "")
            table["#calls"] += host + " "
            family = socket.AF_INET6 if ":" in table[host] else socket.AF_INET
            return [(family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (table[host], port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return table


# --- URLs: extraction ------------------------------------------------------------------------------


def test_news_article_is_extracted_with_metadata(server: Server) -> None:
    url = server.route("/world/kyiv-ceasefire", reply(ARTICLE_HTML))
    doc = fetch_url(url, LOCAL)

    assert doc.origin == "url" and doc.url == url
    assert doc.title == "Kyiv signals openness to ceasefire talks"
    assert doc.publisher == "The Meridian Post"
    assert doc.author == "Olena Kovalenko"
    assert doc.date == "2025-03-12"
    paragraphs = doc.text.split("\n\n")
    assert "“We are ready to talk about a ceasefire, but not about giving up our land,” Foreign" in paragraphs[2]
    assert any(p.startswith("The U.S. Secretary of State") for p in paragraphs)
    assert "made “real progress” and that the proposal" in doc.text
    assert "“The ball is now in their court,” he added." in doc.text
    assert all(p == " ".join(p.split()) for p in paragraphs)
    assert "Privacy policy" not in doc.text and "Subscribe" not in doc.text
    assert server.requests[0][1]["User-Agent"].startswith("ParleyBot")


def test_redirect_chain_is_followed_and_user_url_kept(server: Server) -> None:
    server.route("/article", reply(ARTICLE_HTML))
    server.route("/hop", redirect(server.base + "/article", 301))
    start = server.route("/start?utm=1", redirect("/hop", 302))

    doc = fetch_url(start, LOCAL)

    assert doc.url == start
    assert doc.title == "Kyiv signals openness to ceasefire talks"
    assert [path for path, _ in server.requests] == ["/start?utm=1", "/hop", "/article"]


def test_redirect_loop_is_refused(server: Server) -> None:
    url = server.route("/loop", redirect("/loop"))
    with pytest.raises(InputError) as exc:
        fetch_url(url, FetchLimits(allow_private=True, max_redirects=2))
    assert_short(exc, "redirected more than 2 times")
    assert len(server.requests) == 3


def test_page_without_article_text_is_refused(server: Server) -> None:
    url = server.route("/", reply(NAV_ONLY_HTML))
    with pytest.raises(InputError) as exc:
        fetch_url(url, LOCAL)
    assert_short(exc, "no article text found at", "127.0.0.1")


def test_html_charset_from_meta_is_used(server: Server) -> None:
    text = "Переговори відновилися в Женеві, заявили посадовці. " * 8
    html = (
        '<html><head><meta charset="windows-1251"><title>Женева</title></head>'
        f"<body><article><p>{text}</p></article></body></html>"
    )
    url = server.route("/cp1251", reply(html.encode("cp1251"), "text/html"))
    doc = fetch_url(url, LOCAL)
    assert "Переговори відновилися в Женеві" in doc.text


def test_plain_text_uses_declared_charset(server: Server) -> None:
    body = "Déclaration du ministre\n\nLe café était   froid.\n".encode("latin-1")
    url = server.route("/note.txt", reply(body, "text/plain; charset=iso-8859-1"))
    doc = fetch_url(url, LOCAL)
    assert doc.text == "Déclaration du ministre\n\nLe café était   froid."


def test_plain_text_that_is_not_utf8_is_refused(server: Server) -> None:
    url = server.route("/bad.txt", reply(b"caf\xe9 au lait\n", "text/plain"))
    with pytest.raises(InputError) as exc:
        fetch_url(url, LOCAL)
    assert_short(exc, "not valid utf-8 text")


def test_markdown_and_gzip_bodies(server: Server) -> None:
    md = "# Talks resume\n\nThe **envoy** said *progress* was [real](https://example.org/x).\n"
    packed = gzip.compress(md.encode())
    url = server.route("/notes.md", reply(packed, "text/markdown", headers={"Content-Encoding": "gzip"}))
    doc = fetch_url(url, LOCAL)
    assert doc.title == "Talks resume"
    assert doc.text == "Talks resume\n\nThe envoy said progress was real."


def test_pdf_over_http(server: Server) -> None:
    pdf = make_pdf([["Ceasefire report.", "", "It was signed."]])
    url = server.route("/report.pdf", reply(pdf, "application/pdf"))
    doc = fetch_url(url, LOCAL)
    assert "Ceasefire report." in doc.text and doc.origin == "url"


# --- URLs: refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, shown",
    [
        ("ftp://example.com/report.txt", "ftp://"),
        ("file:///etc/passwd", "file://"),
        ("javascript:alert(1)", "javascript://"),
    ],
)
def test_other_schemes_are_refused(url: str, shown: str) -> None:
    with pytest.raises(InputError) as exc:
        fetch_url(url)
    assert_short(exc, "only http:// and https://", shown)


def test_link_without_scheme_is_refused() -> None:
    with pytest.raises(InputError) as exc:
        fetch_url("www.example.com/article")
    assert_short(exc, "must start with http:// or https://")


def test_url_with_credentials_is_refused() -> None:
    with pytest.raises(InputError) as exc:
        fetch_url("http://user:secret@example.com/")
    assert_short(exc, "user name or password")


@pytest.mark.parametrize("host", ["ex\x00ample.com", "exa mple.com", "exa\u202emple.com", "exa\x7fmple.com"])
def test_a_host_name_with_a_space_or_a_control_character_is_invalid(host: str) -> None:
    """Such a name went to the resolver and came back as "Could not find the server …" with the NUL or the
    override inside the message shown in the channel."""
    with pytest.raises(InputError) as exc:
        fetch_url(f"http://{host}/news")
    assert_short(exc, "has an invalid host name")
    assert str(exc.value).isprintable()


def test_a_host_name_ending_in_a_dot_is_named_with_one_full_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fully qualified name ends in a dot, and "Could not find the server {host}." printed it with two."""

    def nothing_resolves(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", nothing_resolves)
    with pytest.raises(InputError) as exc:
        fetch_url("http://news.example./article")
    assert str(exc.value) == "Could not find the server news.example."


@pytest.mark.parametrize(
    "built, shown",
    [
        ("No text found in notes..", "No text found in notes."),
        ("No text found in why?.", "No text found in why?"),
        ("No text found in wait\u2026.", "No text found in wait\u2026"),
        ("No text found in wait....", "No text found in wait..."),
        ("The page ends with wait...", "The page ends with wait..."),
        ("Nothing was added.", "Nothing was added."),
    ],
)
def test_an_error_never_ends_with_a_full_stop_after_one(built: str, shown: str) -> None:
    assert str(InputError(built)) == shown


def test_loopback_is_refused_without_allow_private(server: Server) -> None:
    url = server.route("/article", reply(ARTICLE_HTML))
    with pytest.raises(InputError) as exc:
        fetch_url(url)
    assert_short(exc, "127.0.0.1", "private or local")
    assert server.requests == []


def test_name_resolving_to_loopback_is_refused(server: Server, fake_dns: dict[str, str]) -> None:
    server.route("/article", reply(ARTICLE_HTML))
    fake_dns["news.example"] = "127.0.0.1"
    with pytest.raises(InputError) as exc:
        fetch_url(f"http://news.example:{server.port}/article")
    assert_short(exc, "news.example", "private or local")
    assert server.requests == []


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/admin",
        "http://[::1]:{port}/article",
        "http://internal.example:{port}/article",
    ],
)
def test_redirect_to_private_address_is_refused(
    server: Server, fake_dns: dict[str, str], monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    """127.0.0.1 stands in for a public host here; every other address keeps the real rules, and
    the refused targets are never dialled."""
    real = is_public_address
    monkeypatch.setattr(fetch_module, "is_public_address", lambda a: a == "127.0.0.1" or real(a))
    fake_dns["internal.example"] = "10.1.2.3"
    server.route("/article", reply(ARTICLE_HTML))
    url = server.route("/go", redirect(target.format(port=server.port)))

    assert fetch_url(server.base + "/article").title  # the first hop alone is allowed
    with pytest.raises(InputError) as exc:
        fetch_url(url)
    assert_short(exc, "private or local")
    assert [path for path, _ in server.requests] == ["/article", "/go"]


def test_redirect_to_other_scheme_is_refused(server: Server) -> None:
    url = server.route("/go", redirect("file:///etc/passwd"))
    with pytest.raises(InputError) as exc:
        fetch_url(url, LOCAL)
    assert_short(exc, "file://")


@pytest.mark.parametrize(
    "address, public",
    [
        ("8.8.8.8", True),
        ("1.1.1.1", True),
        ("2606:4700:4700::1111", True),
        ("::ffff:8.8.8.8", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("172.16.5.4", False),
        ("192.168.1.1", False),
        ("100.64.0.1", False),
        ("169.254.169.254", False),
        ("224.0.0.1", False),
        ("239.255.255.250", False),
        ("240.0.0.1", False),
        ("255.255.255.255", False),
        ("0.0.0.0", False),
        ("::", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("ff02::1", False),
        ("2002:7f00:1::", False),  # 6to4 wrapping 127.0.0.1
        ("64:ff9b::a00:1", False),  # NAT64 wrapping 10.0.0.1
        ("2001:db8::1", False),
    ],
)
def test_address_classification(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_connection_goes_to_the_validated_address(
    server: Server, fake_dns: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name is resolved once, the socket is opened to that address, and Host still names the
    site: no second lookup at connect time for a rebinding DNS server to answer differently."""
    server.route("/article", reply(ARTICLE_HTML))
    fake_dns["news.example"] = "127.0.0.1"
    dialled: list[tuple[str, int]] = []
    real_connect = socket.create_connection

    def create_connection(address, *args, **kwargs):  # type: ignore[no-untyped-def]
        dialled.append(address)
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    doc = fetch_url(f"http://news.example:{server.port}/article", LOCAL)

    assert doc.title == "Kyiv signals openness to ceasefire talks"
    assert dialled == [("127.0.0.1", server.port)]
    assert fake_dns["#calls"] == "news.example "
    assert server.requests[0][1]["Host"] == f"news.example:{server.port}"


def test_https_connects_to_the_address_but_verifies_the_name(tls_server: Server, fake_dns: dict[str, str]) -> None:
    """SNI and certificate checks use the name from the link although the socket goes to an IP."""
    tls_server.route("/article", reply(ARTICLE_HTML))
    fake_dns["news.example"] = "127.0.0.1"
    fake_dns["other.example"] = "127.0.0.1"

    doc = fetch_url(f"https://news.example:{tls_server.port}/article", LOCAL)
    assert doc.publisher == "The Meridian Post"
    assert tls_server.requests[0][1]["Host"] == f"news.example:{tls_server.port}"

    with pytest.raises(InputError) as exc:
        fetch_url(f"https://other.example:{tls_server.port}/article", LOCAL)
    assert_short(exc, "certificate of other.example could not be verified")
    assert len(tls_server.requests) == 1


def test_connect_refuses_an_address_that_was_not_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    dialled: list[object] = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: dialled.append(a))
    conn = PinnedHTTPConnection("news.example", 80, ["127.0.0.1"], allow_private=False, timeout=1.0)
    with pytest.raises(InputError) as exc:
        conn.connect()
    assert_short(exc, "private or local")
    assert dialled == []


def test_connect_checks_the_address_actually_connected(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the socket ends up somewhere other than the address that was checked, the request stops."""
    real_connect = socket.create_connection

    def misrouted(address, *args, **kwargs):  # type: ignore[no-untyped-def]
        return real_connect(("127.0.0.1", address[1]), *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", misrouted)
    conn = PinnedHTTPConnection("news.example", server.port, ["127.0.0.2"], allow_private=True, timeout=1.0)
    with pytest.raises(InputError) as exc:
        conn.connect()
    assert_short(exc, "unexpected address")
    assert conn.sock is None


def test_oversize_body_is_refused_from_content_length(server: Server) -> None:
    def huge(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(6 * 1024 * 1024))
        h.end_headers()
        h.wfile.write(b"<html>" + b" " * 1000)

    url = server.route("/huge", huge)
    with pytest.raises(InputError) as exc:
        fetch_url(url, LOCAL)
    assert_short(exc, "larger than 5 MB")


def test_oversize_body_without_content_length_is_refused(server: Server) -> None:
    url = server.route("/stream", reply(b"<p>" + b"a" * 200_000 + b"</p>", length=False))
    with pytest.raises(InputError) as exc:
        fetch_url(url, FetchLimits(allow_private=True, max_bytes=64 * 1024))
    assert_short(exc, "larger than 64 KB")


def test_gzip_bomb_is_refused_by_decompressed_size(server: Server) -> None:
    packed = gzip.compress(b"a" * 1_000_000)
    url = server.route("/bomb", reply(packed, "text/plain", headers={"Content-Encoding": "gzip"}))
    with pytest.raises(InputError) as exc:
        fetch_url(url, FetchLimits(allow_private=True, max_bytes=64 * 1024))
    assert_short(exc, "larger than 64 KB")


def _drip(mode: str) -> Route:
    """Sends a byte every 50 ms for at most 3 s, then gives up on its own. "stall" answers after
    0.6 s and then sends nothing, so that only the whole-response deadline, not a per-read socket
    timeout, can stop the client in time."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        if mode == "stall":
            time.sleep(0.6)
        if mode == "headers":
            h.wfile.write(b"HTTP/1.0 200 OK\r\n")
            payload = b"X-Slow: " + b"y" * 60 + b"\r\n"
        else:
            h.send_response(200)
            h.send_header("Content-Type", "text/plain")
            h.end_headers()
            h.wfile.flush()
            payload = b"x" if mode == "body" else b""
        stop = time.monotonic() + 3.0
        while time.monotonic() < stop:
            if payload:
                h.wfile.write(payload[:1])
                h.wfile.flush()
                payload = payload[1:] + payload[:1]
            time.sleep(0.05)

    return handle


@pytest.mark.parametrize("mode", ["body", "headers", "stall"])
def test_slow_server_hits_the_whole_response_time_limit(server: Server, mode: str) -> None:
    """Left alone, each drip ends in 3 s with a complete body, cut headers or an empty body: only the
    1 s deadline gives "took longer", so the message proves it fired without timing the machine."""
    url = server.route("/drip", _drip(mode))
    with pytest.raises(InputError) as exc:
        fetch_url(url, FetchLimits(allow_private=True, timeout=1.0))
    assert_short(exc, "took longer than 1 s")


def test_image_content_type_is_refused(server: Server) -> None:
    url = server.route("/photo", reply(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"))
    with pytest.raises(InputError) as exc:
        fetch_url(url, LOCAL)
    assert_short(exc, "image/png", "web pages, plain text, Markdown and PDF")


def test_missing_content_type_is_refused(server: Server) -> None:
    url = server.route("/mystery", reply(b"hello", None))
    with pytest.raises(InputError) as exc:
        fetch_url(url, LOCAL)
    assert_short(exc, "did not say what kind of content")


def test_error_status_is_reported(server: Server) -> None:
    with pytest.raises(InputError) as exc:
        fetch_url(server.base + "/missing", LOCAL)
    assert_short(exc, "answered 404")


def test_unknown_host_is_reported(fake_dns: dict[str, str]) -> None:
    with pytest.raises(InputError) as exc:
        fetch_url("http://no-such-host.invalid/", LOCAL)
    assert_short(exc, "could not find the server no-such-host.invalid")


def test_refused_connection_is_reported() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError) as exc:
        fetch_url(f"http://127.0.0.1:{port}/", LOCAL)
    assert_short(exc, "refused the connection")


# --- files -----------------------------------------------------------------------------------------


def test_text_file() -> None:
    data = "\ufeffFirst   paragraph\r\nstill first.\r\n\r\n  Second paragraph.  \r\n".encode()
    doc = read_file(data, "statement.txt")
    assert doc.text == "First   paragraph\nstill first.\n\n  Second paragraph."  # lines kept for the cleaner
    assert doc.origin == "file" and doc.title is None  # the knowledge base falls back to the file name


def test_utf16_text_file_with_bom() -> None:
    text = "Заява міністра.\n\nДруга частина."
    assert read_file(text.encode("utf-16"), "zayava.txt").text == text


def test_markdown_file() -> None:
    md = (
        "# Rubio: the ball is *in their court*\n\n"
        "The **Secretary of State** spoke in [Jeddah](https://en.wikipedia.org/wiki/Jeddah_(city)) on\n"
        "Tuesday, calling it `real progress`.\n\n"
        "## Reactions\n"
        "- Kyiv welcomed the _proposal_.\n"
        "- Moscow did not comment.\n\n"
        "> “We are ready,” said snake_case_name.\n\n"
        "---\n"
        "[1]: https://example.org/ref\n"
    )
    doc = read_file(md.encode(), "notes.md")
    assert doc.title == "Rubio: the ball is in their court"
    assert doc.text.split("\n\n") == [
        "Rubio: the ball is in their court",
        "The Secretary of State spoke in Jeddah on Tuesday, calling it real progress.",
        "Reactions",
        "Kyiv welcomed the proposal.",
        "Moscow did not comment.",
        "“We are ready,” said snake_case_name.",
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("[Vienna[talks](https://example.org/v)", "[Viennatalks"),
        ("![map[port](https://example.org/m.png)", "![mapport"),
        ("see <https://a<https://example.org/b>", "see <https://ahttps://example.org/b"),
        ("a *x *quota* y", "a *x quota y"),
        ("a **x **quota** y", "a **x quota y"),
        ("a _x _quota_ y", "a _x quota y"),
        ("a ~~x ~~quota~~ y", "a ~~x quota y"),
        ("**the *port* deal** and *the **port** deal*", "the port deal and the port deal"),
        ("__snake_case__ and _snake_case_", "snake_case and snake_case"),
    ],
)
def test_a_markdown_mark_never_closed_ends_at_the_next_mark(line: str, read: str) -> None:
    """A span ends before the next opening mark, so a mark that is never closed costs a scan to that mark,
    not to the paragraph's end from every opening: "[" or " *a" repeated over a 5 MB upload took hours."""
    assert read_file(f"# Notes\n\n{line}\n".encode(), "notes.md").text.split("\n\n")[1] == read


def test_html_file() -> None:
    doc = read_file(ARTICLE_HTML.encode(), "kyiv.html")
    assert doc.origin == "file" and doc.url is None
    assert (doc.title, doc.publisher, doc.author, doc.date) == (
        "Kyiv signals openness to ceasefire talks",
        "The Meridian Post",
        "Olena Kovalenko",
        "2025-03-12",
    )
    assert "“The ball is now in their court,” he added." in doc.text


def test_html_file_without_article() -> None:
    with pytest.raises(InputError) as exc:
        read_file(NAV_ONLY_HTML.encode(), "home.htm")
    assert_short(exc, "no article text found in home.htm")


def test_pdf_file() -> None:
    pdf = make_pdf(
        [
            [
                "Ceasefire talks resumed in Geneva on Monday after a week-long pause,",
                "officials from both delegations said in a joint statement.",
                "",
                '"We are ready to talk," the envoy said.',
            ],
            ["The next round is expected in April."],
        ],
        title="Geneva talks briefing",
    )
    doc = read_file(pdf, "briefing.pdf")
    assert doc.title == "Geneva talks briefing"
    assert doc.text.split("\n\n") == [
        "Ceasefire talks resumed in Geneva on Monday after a week-long pause, "
        "officials from both delegations said in a joint statement.",
        '"We are ready to talk," the envoy said.',
        "The next round is expected in April.",
    ]


def test_pdf_lines_without_positions_are_joined_by_shape() -> None:
    """When pypdf gives no line positions, short lines that end a sentence close a paragraph, words
    split at a line end are rejoined, and a page number does not cut a paragraph in two."""
    pages = [
        [
            PdfLine("The delegations met for six hours and agreed on a nego-", None),
            PdfLine("tiated framework for the next round of talks in Riyadh", None),
            PdfLine("later this month.", None),
            PdfLine("Both sides welcomed the outcome and said more work was", None),
            PdfLine("needed", None),
            PdfLine("3", None),
        ],
        [PdfLine("before any deal could be signed.", None)],
    ]
    assert pdf_paragraphs(pages) == [
        "The delegations met for six hours and agreed on a negotiated framework for the next round of "
        "talks in Riyadh later this month.",
        "Both sides welcomed the outcome and said more work was needed before any deal could be signed.",
        "3",
    ]


def test_pdf_without_text() -> None:
    with pytest.raises(InputError) as exc:
        read_file(make_pdf([[]]), "scan.pdf")
    assert_short(exc, "scan.pdf", "no extractable text")


def test_damaged_pdf() -> None:
    with pytest.raises(InputError) as exc:
        read_file(b"%PDF-1.4\nthis is not really a pdf", "broken.pdf")
    assert_short(exc, "broken.pdf could not be read as a PDF")


@pytest.mark.parametrize("filename", ["photo.png", "archive.zip", "README"])
def test_unknown_file_type_is_refused(filename: str) -> None:
    with pytest.raises(InputError) as exc:
        read_file(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", filename)
    assert_short(exc, filename, ".txt, .md, .html, .htm or .pdf")


def test_binary_file_with_text_extension_is_refused() -> None:
    with pytest.raises(InputError) as exc:
        read_file(b"\x7fELF\x02\x01\x01\0\0\0\0\0", "notes.txt")
    assert_short(exc, "notes.txt looks like a binary file", ".txt, .md, .html, .htm or .pdf")


def test_undecodable_text_file_is_refused() -> None:
    with pytest.raises(InputError) as exc:
        read_file("Le café était froid.".encode("latin-1"), "note.md")
    assert_short(exc, "note.md is not valid UTF-8 text", ".txt, .md, .html, .htm or .pdf")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n  "])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as exc:
        read_file(data, "empty.txt")
    assert_short(exc, "empty.txt is empty")


def test_file_with_only_unicode_whitespace_is_refused() -> None:
    with pytest.raises(InputError) as exc:
        read_file("\u00a0\u2003\n".encode(), "blank.txt")
    assert_short(exc, "blank.txt has no text")


def test_oversized_file_is_refused() -> None:
    with pytest.raises(InputError) as exc:
        read_file(b"a" * 2048, "big.txt", FetchLimits(max_bytes=1024))
    assert_short(exc, "big.txt is larger than 1 KB")


def test_default_file_limit_is_five_megabytes() -> None:
    with pytest.raises(InputError) as exc:
        read_file(b"a" * (5 * 1024 * 1024 + 1), "big.txt")
    assert_short(exc, "larger than 5 MB")


# --- pasted text and titles ------------------------------------------------------------------------


def test_pasted_text() -> None:
    doc = read_text("  Line one of   the statement.\nLine two.\n", "  Envoy's   statement ")
    assert doc == read_text("Line one of the statement.\n\nLine two.", "Envoy's statement")
    assert doc.text == "Line one of the statement.\n\nLine two."
    assert doc.title == "Envoy's statement" and doc.origin == "text"


@pytest.mark.parametrize("text", ["", "   \n\n\t "])
def test_blank_pasted_text_is_refused(text: str) -> None:
    with pytest.raises(InputError) as exc:
        read_text(text, "A title")
    assert_short(exc, "pasted text is empty")


@pytest.mark.parametrize("title", ["", "   "])
def test_pasted_text_needs_a_title(title: str) -> None:
    with pytest.raises(InputError) as exc:
        read_text("Some text.", title)
    assert_short(exc, "needs a title")


def test_title_of_301_characters_is_refused() -> None:
    validate_title("t" * 300)
    validate_title(None)
    with pytest.raises(InputError) as exc:
        validate_title("t" * 301)
    assert_short(exc, "at most 300 characters", "301")
    with pytest.raises(InputError):
        read_text("Some text.", "t" * 301)


# --- a minimal PDF writer --------------------------------------------------------------------------


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """Builds a valid PDF with real text objects (one line per string, "" for a gap) so that the
    reader is tested on text pypdf actually has to extract."""
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % n for n in page_ids), len(pages)),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for page_id, lines in zip(page_ids, pages, strict=True):
        stream = _content_stream(lines)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects[page_id + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    info = ""
    if title:
        info_id = max(objects) + 1
        objects[info_id] = b"<< /Title (" + _pdf_string(title) + b") /Author (Test Desk) >>"
        info = f" /Info {info_id} 0 R"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += f"trailer\n<< /Size {size} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _content_stream(lines: list[str]) -> bytes:
    if not lines:
        return b""
    parts = [b"BT /F1 11 Tf 14 TL 72 720 Td"]
    for line in lines:
        parts.append(b"(" + _pdf_string(line) + b") Tj T*" if line else b"T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def _pdf_string(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


# --- charsets a server or a file may declare -------------------------------------------------------

NOT_CHARSETS = ["hex", "base64", "rot13", "undefined", "idna", "utf-7", "zlib", "utf-8\x00", "x" * 500]
UKRAINIAN = "Переговори відновилися в Женеві, заявили посадовці. " * 8


@pytest.mark.parametrize("charset", NOT_CHARSETS)
def test_a_header_charset_that_is_no_character_set_falls_back_to_the_page(server: Server, charset: str) -> None:
    html = (
        f'<html><head><meta charset="windows-1251"><title>Женева</title></head>'
        f"<body><article><p>{UKRAINIAN}</p></article></body></html>"
    ).encode("cp1251")
    url = server.route("/page", reply(html, f'text/html; charset="{charset}"'))
    assert "Переговори відновилися в Женеві" in fetch_url(url, LOCAL).text


@pytest.mark.parametrize("charset", [c for c in NOT_CHARSETS if "\x00" not in c])
def test_a_meta_charset_that_is_no_character_set_reads_as_utf8(charset: str) -> None:
    html = ARTICLE_HTML.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
    doc = read_file(html.encode(), "kyiv.html")
    assert "“The ball is now in their court,” he added." in doc.text


@pytest.mark.parametrize("charset", ["hex", "base64", "rot13", "undefined", "idna"])
def test_plain_text_with_such_a_charset_is_read_as_utf8_or_refused(server: Server, charset: str) -> None:
    good = server.route("/good.txt", reply("Le café était froid.".encode(), f"text/plain; charset={charset}"))
    assert fetch_url(good, LOCAL).text == "Le café était froid."
    bad = server.route("/bad.txt", reply("Le café était froid.".encode("latin-1"), f"text/plain; charset={charset}"))
    with pytest.raises(InputError) as exc:
        fetch_url(bad, LOCAL)
    assert_short(exc, "not valid UTF-8 text")


def test_a_refused_charset_add_is_audited_and_a_fallback_add_succeeds(server: Server, fresh_kb) -> None:
    fresh_kb.fetch_limits = LOCAL
    bad = server.route("/bad.txt", reply("Le café était froid.".encode("latin-1"), "text/plain; charset=hex"))
    with pytest.raises(InputError, match="not valid UTF-8 text"):
        fresh_kb.add(UrlInput(bad, title="A note"))
    refused = fresh_kb.audit(5)[0]
    assert refused["action"] == "add" and refused["outcome"].startswith("refused: ") and "UTF-8" in refused["outcome"]
    page = server.route("/page", reply(ARTICLE_HTML, "text/html; charset=rot13"))
    added = fresh_kb.add(UrlInput(page))
    assert added.title == "Kyiv signals openness to ceasefire talks" and added.quotes >= 3
    assert fresh_kb.audit(5)[0]["outcome"] == "ok"


# --- bodies that end early -------------------------------------------------------------------------

PARAGRAPHS = [
    f"Paragraph {i}: the delegations met again on day {i} and exchanged drafts on the corridor." for i in range(60)
]
REPORT = "\n\n".join(PARAGRAPHS).encode()


def _deflate(data: bytes, wrapped: bool) -> bytes:
    packer = zlib.compressobj(wbits=zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    "encoding,packed",
    [
        ("gzip", gzip.compress(REPORT)),
        ("deflate", _deflate(REPORT, wrapped=True)),
        ("deflate", _deflate(REPORT, wrapped=False)),
    ],
    ids=["gzip", "zlib", "raw-deflate"],
)
def test_a_compressed_body_cut_off_mid_stream_is_refused(server: Server, encoding: str, packed: bytes) -> None:
    url = server.route(
        "/report.txt", reply(packed[: len(packed) // 2], "text/plain", headers={"Content-Encoding": encoding})
    )
    with pytest.raises(InputError) as exc:
        fetch_url(url, LOCAL)
    assert_short(exc, "compressed page that is cut off")


def test_every_member_of_a_multi_member_gzip_body_is_read(server: Server) -> None:
    half = len(REPORT) // 2
    packed = gzip.compress(REPORT[:half]) + gzip.compress(REPORT[half:]) + b"\x00" * 8
    url = server.route("/report.txt", reply(packed, "text/plain", headers={"Content-Encoding": "gzip"}))
    assert fetch_url(url, LOCAL).text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "tail,message",
    [
        (gzip.compress(b"the second member", mtime=0)[:12], "cut off"),
        (b"<html>trailing bytes</html>", "damaged compressed data"),
    ],
    ids=["cut-off-member", "trailing-bytes"],
)
def test_a_gzip_body_with_a_bad_second_member_is_refused(server: Server, tail: bytes, message: str) -> None:
    url = server.route(
        "/report.txt", reply(gzip.compress(REPORT) + tail, "text/plain", headers={"Content-Encoding": "gzip"})
    )
    with pytest.raises(InputError) as exc:
        fetch_url(url, LOCAL)
    assert_short(exc, message)


def test_a_body_shorter_than_its_content_length_is_refused(server: Server) -> None:
    url = server.route(
        "/report.txt", reply(REPORT[:2000], "text/plain", length=False, headers={"Content-Length": str(len(REPORT))})
    )
    with pytest.raises(InputError) as exc:
        fetch_url(url, LOCAL)
    assert_short(exc, "was cut off", "2,000 of")


def test_two_different_content_lengths_are_an_invalid_response(server: Server) -> None:
    """http.client reads the first: a page declaring ten bytes and then its whole length was cut at ten."""

    def two_lengths(h) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Content-Length", "10")
        h.send_header("Content-Length", str(len(REPORT)))
        h.end_headers()
        h.wfile.write(REPORT)

    with pytest.raises(InputError) as exc:
        fetch_url(server.route("/report.txt", two_lengths), LOCAL)
    assert_short(exc, "sent an invalid response")
    same = server.route("/same.txt", reply(REPORT, "text/plain", headers={"Content-Length": str(len(REPORT))}))
    assert fetch_url(same, LOCAL).text, "the same length twice is one length"


def test_a_cut_off_page_leaves_no_source_and_is_audited(server: Server, fresh_kb) -> None:
    fresh_kb.fetch_limits = LOCAL
    packed = gzip.compress(REPORT)
    url = server.route(
        "/report.txt", reply(packed[: len(packed) // 2], "text/plain", headers={"Content-Encoding": "gzip"})
    )
    with pytest.raises(InputError):
        fresh_kb.add(UrlInput(url, title="Corridor talks"))
    assert all(r.title != "Corridor talks" for r in fresh_kb.sources(None, all_guilds=True))
    assert fresh_kb.audit(1)[0]["outcome"].startswith("refused: ")


# --- titles and metadata from untrusted places -----------------------------------------------------

UNCLEAN = "Talks\n resume\u202e in\tGeneva\x00\x1b[31m\udcff"
CLEANED = "Talks resume in Geneva\ufffd"


def test_pasted_titles_and_overrides_are_one_clean_line() -> None:
    doc = read_text("Some pasted words.", UNCLEAN)
    assert doc.title == CLEANED
    moderated = doc.with_overrides(publisher="The \u2066Ledger\u2069\r\n", author="\u202e\u200f", date="2025-03-14\n")
    assert (moderated.publisher, moderated.author, moderated.date) == ("The Ledger", None, "2025-03-14")


def test_extracted_titles_are_one_clean_line() -> None:
    html = ARTICLE_HTML.replace("Kyiv signals openness to ceasefire talks", "Kyiv\u202e signals\u2028openness")
    assert read_file(html.encode(), "kyiv.html").title == "Kyiv signals openness"
    markdown = "# Rubio\u202e: the \x07ball\n\nThe envoy spoke.\n"
    assert read_file(markdown.encode(), "notes.md").title == "Rubio: the ball"


def test_an_extracted_publisher_or_author_is_capped_like_one_a_moderator_types() -> None:
    """A page's site name or author of thousands of characters (with line breaks) was stored whole and shown in
    every citation; a moderator typing the same is refused at the limit, extraction is cut there."""
    from index.limits import LIMITS

    site = "The Meridian\nPost " * 600
    html = ARTICLE_HTML.replace('content="The Meridian Post"', f'content="{site}"')
    html = html.replace('content="Olena Kovalenko"', f'content="{"Olena Kovalenko " * 50}"')
    document = read_file(html.encode(), "meridian.html")
    assert document.publisher is not None and len(document.publisher) == LIMITS.publisher_chars
    assert document.publisher.startswith("The Meridian Post The Meridian Post") and document.publisher.endswith("…")
    assert "\n" not in document.publisher
    assert document.author is None or len(document.author) <= LIMITS.publisher_chars


def test_a_zero_width_no_break_space_inside_a_name_joins_it_as_the_shipped_files_do() -> None:
    """U+FEFF inside a word is a zero-width no-break space: an upload or pasted text turned it into a space,
    so "Al\ufeffda Verrin" became the speaker "Al da Verrin" where a corpus file reads "Alda Verrin"."""
    text = 'Valley talks stall\n\nMinister Al\ufeffda Verrin said: "We will not sign."\n'
    assert "Minister Alda Verrin said" in read_file(text.encode(), "valleys.txt").text
    assert "Minister Alda Verrin said" in read_text(text, "Valley talks stall").text
    assert read_file(("\ufeff" + text).encode(), "valleys.txt").title == "Valley talks stall"

"""Turn what a user hands over (a link, an attachment or pasted text) into a Document.

Readers only extract: the text comes out as paragraphs separated by blank lines with whitespace
inside each paragraph normalised, and nothing else is removed, because the cleaner downstream needs
to see aggregator chrome to strip it. Every refusal is an InputError whose message is one short line
that a Discord member can act on.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from itertools import pairwise
from typing import NamedTuple

import pypdf
import trafilatura

from index.errors import InputError
from index.limits import LIMITS
from index.sources.document import TITLE_MAX, Document
from index.sources.fetch import FetchLimits, Response, describe_size, fetch, shorten_url
from index.text.dates import date_line

__all__ = ["FetchLimits", "fetch_url", "read_file", "read_text", "validate_title", "TITLE_MAX"]

ACCEPTED_FILES = ".txt, .md, .html, .htm or .pdf"
_log = logging.getLogger(__name__)
_SHORT_EXTRACT = 250  # below this, trafilatura's lenient fallback may have returned navigation only
_NAME_SHOWN = 60


def validate_title(title: str | None) -> None:
    """Titles are shown in citations; a cap keeps embeds readable and stops text pasted as a title."""
    if title is not None and len(title.strip()) > TITLE_MAX:
        raise InputError(f"Titles can be at most {TITLE_MAX} characters; this one has {len(title.strip())}.")


def read_text(text: str, title: str) -> Document:
    if title is None or not title.strip():
        raise InputError("Pasted text needs a title.")
    validate_title(title)
    body = join_paragraphs(split_plain(text or ""))
    if not body:
        raise InputError("The pasted text is empty.")
    return Document(text=body, title=_one_line(title), origin="text")


def fetch_url(url: str, limits: FetchLimits = FetchLimits()) -> Document:
    """The Document keeps the URL as the user gave it (not the redirect target), so that the same
    link given twice is recognised as the same source."""
    response = fetch(url, limits)
    document = _document_from_response(response)
    return replace(document, url=url.strip(), origin="url")


def read_file(data: bytes, filename: str, limits: FetchLimits = FetchLimits()) -> Document:
    name = _display_name(filename)
    if len(data) > limits.max_bytes:
        raise InputError(f"{name} is larger than {describe_size(limits.max_bytes)}.")
    reader = _FILE_READERS.get(_extension(filename))
    if reader is None:
        raise InputError(f"{name} is not a supported file; send a {ACCEPTED_FILES} file.")
    if not data.strip():
        raise InputError(f"{name} is empty.")
    return replace(reader(data, name), origin="file")


# --- readers by kind -------------------------------------------------------------------------------


class _HtmlExtract(NamedTuple):
    text: str
    title: str | None
    publisher: str | None
    author: str | None
    date: str | None

    def document(self) -> Document:
        return Document(self.text, self.title, self.publisher, self.author, date=self.date)


def extract_html(html: str, url: str | None = None) -> _HtmlExtract | None:
    """None when there is no article: either trafilatura finds nothing, or its lenient fallback
    finds only a little text that the precise mode rejects (menus, "enable JavaScript" notices)."""
    extract = partial(trafilatura.extract, url=url, output_format="txt", include_comments=False)
    try:
        text = extract(html) or ""
        if len(text) < _SHORT_EXTRACT and not extract(html, favor_precision=True):
            text = ""
    except Exception:  # malformed markup must read as "no article", never as a crash
        _log.warning("trafilatura failed on %s", url or "an uploaded file", exc_info=True)
        return None
    body = join_paragraphs(text.split("\n"))
    if not body:
        return None
    meta = _html_metadata(html, url)
    return _HtmlExtract(body, *meta)


def _html_metadata(html: str, url: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    try:
        meta = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # metadata is a bonus; a quirk in it must not lose the article
        return None, None, None, None
    if meta is None:
        return None, None, None, None
    return _clean_title(meta.title), _clean_name(meta.sitename), _clean_name(meta.author), _clean_date(meta.date)


def _document_from_response(response: Response) -> Document:
    where = shorten_url(response.url)
    if response.content_type == "application/pdf":
        return _read_pdf(response.body, where)
    if response.content_type in ("text/html", "application/xhtml+xml"):
        html = _decode_web_html(response.body, response.charset)
        extracted = extract_html(html, response.url)
        if extracted is None:
            raise InputError(f"No article text found at {where}.")
        return extracted.document()
    text = _decode_web_text(response.body, response.charset, where)
    if response.content_type == "text/markdown":
        return _markdown_document(text, where)
    body = as_captured(text)
    if not body:
        raise InputError(f"No text found at {where}.")
    return Document(body)


def _read_text_file(data: bytes, name: str) -> Document:
    text = _decode_file(data, name)
    body = as_captured(text)
    if not body:
        raise InputError(f"{name} has no text.")
    return Document(body, title=_clean_title(title_line(text)), date=date_line(text))


def _read_markdown_file(data: bytes, name: str) -> Document:
    return _markdown_document(_decode_file(data, name), name)


def _read_html_file(data: bytes, name: str) -> Document:
    html = _decode_file(data, name, declared=_meta_charset(data))
    extracted = extract_html(html)
    if extracted is None:
        raise InputError(f"No article text found in {name}.")
    return extracted.document()


def _markdown_document(text: str, where: str) -> Document:
    paragraphs, title = markdown_paragraphs(text)
    body = join_paragraphs(paragraphs)
    if not body:
        raise InputError(f"{where} has no text.")
    return Document(body, title=_clean_title(title or title_line("\n\n".join(paragraphs))), date=date_line(text))


_TITLE_WORDS = (2, 30)
# A line that ends a sentence, inside quotation marks too ('X said: "We refuse."'), or opens with a quote
# closed by a comma ('“We refuse,” X said') is a quote, not a headline: the cleaner drops the title's line.
_NOT_A_TITLE = re.compile(r"""(?i)^(?:by\s|updated|published|posted)|\bago\b|[.,;:]["'”’»)]*$|^["“‘'].*?,["”’']\s""")


def title_line(text: str) -> str | None:
    """The headline of a plain upload: the first of its opening lines that reads like a headline, not
    a byline, a date, a sentence ("5 hours ago" is page chrome) or the start of a wrapped paragraph."""
    lines = [" ".join(line.split()) for line in _lines(text)]
    opening = [i for i, line in enumerate(lines) if line][:5]
    for i in opening:
        line, following = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
        if (
            _TITLE_WORDS[0] <= len(line.split()) <= _TITLE_WORDS[1]
            and not _NOT_A_TITLE.search(line)
            and date_line(line) is None
            and not following[:1].islower()
        ):
            return line
    return None


# --- decoding --------------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(
    rb"""(?:<meta[^>]+charset|<\?xml[^>]+encoding)\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)


def _decode_file(data: bytes, name: str, declared: str | None = None) -> str:
    """Uploads are refused rather than guessed at: a wrong guess would put mojibake in quotes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_decode(data, encoding, name)
    if b"\x00" in data:
        raise InputError(f"{name} looks like a binary file; send a {ACCEPTED_FILES} file.")
    return _strict_decode(data, _known_codec(declared) or "utf-8", name)


def _strict_decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeError:
        shown = "UTF-8" if encoding in ("utf-8", "utf-8-sig") else encoding
        message = f"{name} is not valid {shown} text; send a {ACCEPTED_FILES} file saved as UTF-8."
        raise InputError(message) from None


def _decode_web_text(body: bytes, charset: str | None, where: str) -> str:
    encoding = _known_codec(charset)
    if encoding is None:
        encoding = next((enc for bom, enc in _BOMS if body.startswith(bom)), "utf-8")
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    try:
        return body.decode(encoding)
    except UnicodeError:
        shown = "UTF-8" if encoding == "utf-8-sig" else encoding
        raise InputError(f"{where} is not valid {shown} text.") from None


def _decode_web_html(body: bytes, charset: str | None) -> str:
    """Web pages often carry a stray bad byte; replacing it beats refusing a whole article."""
    encoding = _known_codec(charset) or _known_codec(_meta_charset(body)) or "utf-8"
    if encoding == "utf-8" and body.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    return body.decode(encoding, errors="replace")


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


# Text codecs that are not character sets: they transform or refuse text rather than map bytes to it.
_NOT_CHARSETS = frozenset({"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7", "charmap"})
_CHARSET_NAME_MAX = 40


def _known_codec(name: str | None) -> str | None:
    """A declared charset, if it names a character set Python can decode; the name comes from a
    server or a file, so "hex", "base64", "rot13" (bytes-to-bytes codecs), "idna" or "undefined"
    count as undeclared rather than being handed to ``bytes.decode``."""
    if not name or len(name) > _CHARSET_NAME_MAX:
        return None
    try:
        info = codecs.lookup(name.strip())
    except (LookupError, ValueError):
        return None
    if not info._is_text_encoding or info.name in _NOT_CHARSETS:
        return None
    return info.name


# --- paragraphs ------------------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")


def _lines(text: str) -> list[str]:
    """Windows, old Mac and word-processor line breaks all become "\n" so that one rule finds
    paragraphs; a leading BOM would hide a Markdown heading."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n").replace("\u2028", "\n")
    return text.lstrip("\ufeff").split("\n")


def as_captured(text: str) -> str:
    """A plain-text article with its lines kept, as a corpus file is read: index/text/clean unwraps hard
    wraps and reads bullets, transcript labels and indented paragraphs from the lines, which joining each
    block into one line here would erase (issue 8: bullet lists became one passage, indented wire copy one
    paragraph). Empty when there is no text."""
    lines = [line.rstrip() for line in _lines(text.replace("\ufeff", ""))]
    return "\n".join(lines).strip("\n") if any(line.strip() for line in lines) else ""


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    normalised = (" ".join(p.replace("\ufeff", "").split()) for p in paragraphs)
    return "\n\n".join(p for p in normalised if p)


def split_plain(text: str) -> list[str]:
    """Blank lines mark paragraphs; text with none at all (as often pasted from a browser) has one
    paragraph per line instead."""
    text = "\n".join(_lines(text))
    blocks = _BLANK_LINE.split(text)
    if len(blocks) == 1:
        return text.split("\n")
    return blocks


# --- markdown --------------------------------------------------------------------------------------

_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_RULE = re.compile(r"^\s{0,3}(?:([-*_])(?:\s*\1){2,}|=+)\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_ITALIC = [
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*]+?)(?<=[^\s\\])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=[^\s_])((?:[^_]|(?<=\w)_(?=\w))+?)(?<=\S)_(?!\w)"), r"\1"),
]
# A span never holds its own mark (bar a word's inner "_") and a link's text never an opening bracket, so
# a mark never closed is scanned up to the next mark, not to the paragraph's end from every opening: "["
# or " *a" repeated 40,000 times took seconds per pattern. Italics go before bold, which then holds no
# mark ("**a *b* c**"), and again after it ("*a **b** c*").
_MD_INLINE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"!\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*\)"), r"\1"),
    (re.compile(r"\[([^\[\]]+)\]\((?:[^()]|\([^()]*\))*\)"), r"\1"),
    (re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^<>\s]+)>"), r"\1"),
    *_ITALIC,
    (re.compile(r"\*\*(?=\S)([^*]+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"__(?=\S)((?:[^_]|(?<=\w)_(?=\w))+?)(?<=\S)__"), r"\1"),
    *_ITALIC,
    (re.compile(r"~~(?=\S)([^~]+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),
]


def markdown_paragraphs(text: str) -> tuple[list[str], str | None]:
    """A light strip, not a renderer: headings and list items become paragraphs of their own and
    inline markup is reduced to its text. Also returns the first heading as a title."""
    paragraphs: list[str] = []
    current: list[str] = []
    title: str | None = None

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for line in _lines(text):
        if _MD_FENCE.match(line) or _MD_REFERENCE.match(line):
            continue
        if not line.strip() or _MD_RULE.match(line):
            flush()
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            paragraphs.append(heading.group(2))
            title = title or _strip_inline(heading.group(2))
            continue
        line = _MD_QUOTE.sub("", line)
        if _MD_ITEM.match(line):
            flush()
            line = _MD_ITEM.sub("", line)
        current.append(line)
    flush()
    return [_strip_inline(p) for p in paragraphs], title


def _strip_inline(text: str) -> str:
    for pattern, replacement in _MD_INLINE:
        text = pattern.sub(replacement, text)
    return text


# --- pdf -------------------------------------------------------------------------------------------

_SENTENCE_END = tuple('.!?:;"”’»)')
_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_SHORT_LINE = 0.75
_PARAGRAPH_GAP = 1.4  # times the page's usual line spacing


class PdfLine(NamedTuple):
    text: str
    y: float | None  # baseline height on the page, when pypdf reported it


def _read_pdf(data: bytes, where: str) -> Document:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{where} is password-protected.")
        pages = [_page_lines(page) for page in reader.pages]
    except InputError:
        raise
    except Exception:  # pypdf raises many types on damaged files; all mean the same to the user
        raise InputError(f"{where} could not be read as a PDF.") from None
    body = join_paragraphs(pdf_paragraphs(pages))
    if not body:
        raise InputError(f"{where} has no extractable text (is it a scan?).")
    title, author, date = _pdf_metadata(reader)
    return Document(body, title=title, author=author, date=date)


def _page_lines(page: pypdf.PageObject) -> list[PdfLine]:
    """pypdf's plain text loses the vertical gaps that separate paragraphs; its text visitor still
    sees where each line sits, so lines are rebuilt from it. If the rebuilt text disagrees with the
    plain text, the plain lines are used without positions."""
    lines: list[PdfLine] = []
    parts: list[str] = []
    y: float | None = None

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        nonlocal y
        for i, piece in enumerate(text.split("\n")):
            if i:
                lines.append(PdfLine("".join(parts), y))
                parts.clear()
                y = None
            if piece.strip() and y is None:
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            parts.append(piece)

    plain = page.extract_text(visitor_text=visit) or ""
    lines.append(PdfLine("".join(parts), y))
    if "".join("".join(line.text for line in lines).split()) != "".join(plain.split()):
        return [PdfLine(line, None) for line in plain.splitlines()]
    return lines


def pdf_paragraphs(pages: list[list[PdfLine]]) -> list[str]:
    """A paragraph ends at a blank line, at a vertical gap clearly wider than the page's usual line
    spacing, or at a line that ends a sentence well short of the text width. A paragraph that runs
    over a page break continues on the next page."""
    paragraphs: list[str] = []
    current: list[str] = []
    page_numbers: list[str] = []  # kept aside so that they do not cut a paragraph in two
    for lines in pages:
        lines = [PdfLine(line.text.strip(), line.y) for line in lines]
        width = max((len(line.text) for line in lines), default=0)
        spacing = _usual_spacing(lines)
        previous_y: float | None = None
        for line in lines:
            if _PAGE_NUMBER.fullmatch(line.text):
                page_numbers.append(line.text)
                continue
            if not line.text:
                _flush_into(paragraphs, current, page_numbers)
                continue
            if (
                spacing
                and previous_y is not None
                and line.y is not None
                and previous_y - line.y > _PARAGRAPH_GAP * spacing
            ):
                _flush_into(paragraphs, current, page_numbers)
            previous_y = line.y
            _append_line(current, line.text)
            if line.text.endswith(_SENTENCE_END) and len(line.text) < _SHORT_LINE * width:
                _flush_into(paragraphs, current, page_numbers)
    _flush_into(paragraphs, current, page_numbers)
    return paragraphs


def _usual_spacing(lines: list[PdfLine]) -> float | None:
    heights = [line.y for line in lines if line.text and line.y is not None]
    gaps = sorted(a - b for a, b in pairwise(heights) if a - b > 0.5)
    return gaps[(len(gaps) - 1) // 2] if gaps else None


def _append_line(current: list[str], line: str) -> None:
    """Rejoins words hyphenated at a line break ("nego-" + "tiations")."""
    if current and re.search(r"[a-z]-$", current[-1]) and line[:1].islower():
        current[-1] = current[-1][:-1] + line
    else:
        current.append(line)


def _flush_into(paragraphs: list[str], current: list[str], page_numbers: list[str]) -> None:
    if current:
        paragraphs.append(" ".join(current))
        current.clear()
    paragraphs.extend(page_numbers)
    page_numbers.clear()


def _pdf_metadata(reader: pypdf.PdfReader) -> tuple[str | None, str | None, str | None]:
    try:
        info = reader.metadata
        if info is None:
            return None, None, None
        created = info.creation_date
        return _clean_title(info.title), _clean_name(info.author), created.date().isoformat() if created else None
    except Exception:  # broken metadata must not lose readable text
        return None, None, None


# --- small helpers ---------------------------------------------------------------------------------

_FILE_READERS: dict[str, Callable[[bytes, str], Document]] = {
    ".txt": _read_text_file,
    ".md": _read_markdown_file,
    ".markdown": _read_markdown_file,
    ".html": _read_html_file,
    ".htm": _read_html_file,
    ".pdf": _read_pdf,
}


def _extension(filename: str) -> str:
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[1].lower() if "." in base.strip(".") else ""


def _display_name(filename: str) -> str:
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    base = _one_line("".join(ch for ch in base if ch.isprintable())) or "The file"
    return base if len(base) <= _NAME_SHOWN else base[: _NAME_SHOWN - 1] + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _clean(value: object) -> str | None:
    text = _one_line(str(value)) if value else ""
    return text or None


def _clean_title(value: object) -> str | None:
    """Extracted titles obey the same cap as titles typed by a moderator."""
    return _capped(_clean(value), TITLE_MAX)


def _clean_name(value: object) -> str | None:
    """A publisher or author read from a page or a PDF obeys the cap a moderator's does: a page's site name of
    10,000 characters was stored and shown whole in every citation of the source."""
    return _capped(_clean(value), LIMITS.publisher_chars)


def _clean_date(value: object) -> str | None:
    return _capped(_clean(value), LIMITS.date_chars)


def _capped(text: str | None, longest: int) -> str | None:
    return text[: longest - 1].rstrip() + "…" if text and len(text) > longest else text

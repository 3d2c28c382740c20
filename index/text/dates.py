"""The date a passage speaks for, and a source's publication date from a date line in its text.

A passage speaks for its source's publication date unless the text attaches a date to the statement
itself: "said on Sept. 29, 2022", "In December, Russia said", "Zelensky said in November". A date inside
the quote, or in a clause the reporting verb does not govern ("up from 8% in December 2022", "the 2014
annexation"), is about what was said, not when, and is ignored.

Nothing here reads the clock. Relative phrases ("on Monday", "last week", "in November") are resolved
against the publication date or not at all, so the day a page was captured never passes for the day a
thing was said.

Dates are ISO 8601 strings at the precision the text gives: "2024" (year), "2024-11" (month),
"2025-W10" (ISO week), "2025-03-11" (day); a source known only to be later or earlier than a day is an
open interval, "2025-03-12/.." or "../2025-03-12" (ISO 8601-2).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

STATED, RELATIVE, SOURCE, NONE = "stated", "relative", "source", "none"
BASES = (STATED, RELATIVE, SOURCE, NONE)

MONTHS = {
    "january": 1,
    "jan.": 1,
    "february": 2,
    "feb.": 2,
    "march": 3,
    "mar.": 3,
    "april": 4,
    "apr.": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "aug.": 8,
    "september": 9,
    "sept.": 9,
    "sep.": 9,
    "october": 10,
    "oct.": 10,
    "november": 11,
    "nov.": 11,
    "december": 12,
    "dec.": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = r"(?:week|month|year)"

# Each kind of date expression, most specific first; a shorter match inside a longer one is dropped.
EXPRESSIONS: list[tuple[str, re.Pattern[str]]] = [
    ("full", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b|\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)|\b{_DAY}\s+{_MONTH}(?!\s*,?\s*\d)")),
    ("month", re.compile(rf"\b{_MONTH}(?!\s*,?\s*\d)")),
    ("year", re.compile(rf"\b{_YEAR}\b")),
    ("weekday", re.compile(rf"\b(?i:last\s+)?{_WEEKDAY}\b")),
    ("relative", re.compile(rf"\b(?i:yesterday|today|(?:(?:earlier|late|early)\s+)?(?:last|this)\s+{_UNIT})\b")),
]
# What may stand before an expression and still make it a time adverbial ("in", "earlier in", "late").
LEAD_IN = re.compile(r"(?i:\b(?:(?:earlier|later|early|late)\s+in|on|in|during|early|late|mid-?|earlier|later)\s*)$")
# Words before an expression that make it a bound or a duration, not the statement's date.
NOT_A_TIME = re.compile(r"(?i:\b(?:since|by|until|till|before|after|from|to|of|through|between|ahead\s+of)\s+)$")
LOOK_BEHIND = 24  # enough for the longest lead-in ("earlier in ", "ahead of ")
# Anything an expression could start with; most passages have none, and are dated by their source at once.
MAY_HOLD_A_DATE = re.compile(rf"{_MONTH}|{_WEEKDAY}|\b(?:19|20)\d\d\b|(?i:\b(?:yesterday|today|week|month|year)\b)")
POSSESSIVE = re.compile(r"[’']s\b")  # "Saturday's session" names a day; it does not date the statement
# Expression kinds that need a lead-in to be read as a time adverbial (a bare "2014" or "November" is content).
NEEDS_LEAD_IN = {"month", "year"}

REPORTING_VERBS = re.compile(r"""(?ix)\b(?:
    said|says|say|told|tells|stated|states|announced|announces|confirmed|confirms|added|adds|wrote|writes|
    declared|declares|called|calls|signal(?:l)?ed|signals|warned|warns|insisted|insists|responded|urged|urges|
    demanded|demands|rejected|rejects|claimed|claims|noted|notes|argued|argues|acknowledged|reiterated|
    stressed|emphasi[sz]ed|vowed|pledged|proposed|offered|agreed|refused|released|published|tweeted|posted|
    underscored|repeated|suggested|indicated|admitted|denied|asserted|conceded|replied|explained|affirmed|
    maintained|recalled|found|showed|reported|ruled|threatened|promised|welcomed|criticised|criticized|
    spoke|speaks|briefed|answered|commented
)\b""")
TELLING = {"told", "tells", "urged", "urges", "assured", "warned", "warns", "briefed"}
# A word between a verb and a date that means the date belongs to another clause ("said the talks would
# resume on Monday", "found that … in December 2022").
CLAUSE_WORDS = set(
    "that which who whom whose whether if because would will could can should may might must is was are were "
    "be been being had has have not and but or when while after before until since as than so".split()
)
GAP_PREPOSITIONS = {"in", "at", "during", "to", "with", "on", "via", "through", "over"}
ADVERBS = {"also", "again", "publicly", "repeatedly", "separately", "later", "earlier", "then", "once", "first"}
GAP_STOP = re.compile(r"[,;:()\[\]“”\"«»—–]")
MAX_GAP_WORDS = 9
MAX_TOLD_WORDS = 4

OPEN_MARKS, CLOSE_MARKS, STRAIGHT = "“„«", "”»", '"'
SENTENCE_START = re.compile(r"(?:^|[.!?…][”\"’)]*\s+)[“\"‘(]*")


@dataclass(frozen=True)
class Dated:
    """When a passage's statement was made, and how that was found."""

    date: str | None
    basis: str  # "stated", "relative", "source" or "none"

    def to_dict(self) -> dict:
        return {"date": self.date, "date_basis": self.basis}


@dataclass(frozen=True)
class Published:
    """A source's publication date as a reference for relative phrases."""

    iso: str  # as stored on passages with the "source" basis
    base: dt.date  # the day relative phrases are resolved against
    precision: str  # "day", "month" or "year"


@dataclass(frozen=True)
class _Found:
    kind: str
    start: int  # of the adverbial, lead-in included
    end: int
    text: str  # the expression without its lead-in
    lead: str


# publication dates -----------------------------------------------------------------------------


def _iso_day(d: dt.date) -> str:
    return d.isoformat()


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _absolute(text: str) -> tuple[dt.date, str] | None:
    """An absolute date in ``text`` with its precision; None when it is relative, partial or ambiguous."""
    text = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", text)
    if m:
        d = _valid(int(m[1]), int(m[2]), int(m[3]))
        return (d, "day") if d else None
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m and 1 <= int(m[2]) <= 12:
        return _month_end(int(m[1]), int(m[2])), "month"
    m = re.fullmatch(r"(\d{4})", text)
    if m:
        return dt.date(int(m[1]), 12, 31), "year"
    numeric = re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", text)
    if numeric:
        return _numeric(int(numeric[1]), int(numeric[2]), int(numeric[3]))
    if not re.search(rf"\b{_YEAR}\b", text):
        return None
    return _spelled(text) or _parsed(text)


_SPELLED = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?:(?P<d1>{_DAY}),?\s+)?|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+)"
    rf"(?P<y>{_YEAR})"
)


def _spelled(text: str) -> tuple[dt.date, str] | None:
    """ "Sept. 29, 2022", "29 September 2022", "November 2024" and nothing else, read without a parser."""
    m = _SPELLED.fullmatch(text.strip(" ,"))
    if m is None:
        return None
    month, year = MONTHS[(m["m1"] or m["m2"]).lower()], int(m["y"])
    day = m["d1"] or m["d2"]
    if day is None:
        return _month_end(year, month), "month"
    digits = re.match(r"\d+", day)
    found = _valid(year, month, int(digits[0])) if digits else None
    return (found, "day") if found else None


def _numeric(first: int, second: int, year: int) -> tuple[dt.date, str] | None:
    """14/03/2025 and 3/14/2025 are clear; 03/04/2025 could be either, so it is not guessed."""
    if first > 12:
        d = _valid(year, second, first)
    elif second > 12 or first == second:
        d = _valid(year, first, second)
    else:
        return None
    return (d, "day") if d else None


@lru_cache(maxsize=1)
def _line_parser():
    """One parser for date lines; its relative base is a fixed day because a date line needs a year."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
            "RETURN_AS_TIMEZONE_AWARE": False,
            "REQUIRE_PARTS": ["month", "year"],
            "STRICT_PARSING": False,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


def _parsed(text: str) -> tuple[dt.date, str] | None:
    data = _line_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "month" or not re.search(rf"\b{_DAY}\b(?!\d)", re.sub(rf"\b{_YEAR}\b", "", text)):
        return _month_end(d.year, d.month), "month"
    return d, "day"


def _precise(d: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return _iso_day(d)


def parse_published(value: str | None) -> Published | None:
    """A source's date as stored (ISO, or free text such as "after 2025-03-12") as a reference.

    "after X" is taken as published at X: relative phrases resolve against the earliest day the text
    can be from, which is what a note like "covers the talks of March 12" means.
    """
    text = (value or "").strip()
    if not text:
        return None
    bound = re.match(r"(?i)(after|since|not before|from|before|by|not after|until)\s+(.+)$", text)
    if bound:
        found = _absolute(bound[2])
        if found is None:
            return None
        d, precision = found
        iso = _precise(d, precision)
        later = bound[1].lower() in ("after", "since", "not before", "from")
        return Published(f"{iso}/.." if later else f"../{iso}", d, precision)
    found = _absolute(text)
    if found is None:
        return None
    d, precision = found
    return Published(_precise(d, precision), d, precision)


DATE_LINE_LABEL = re.compile(
    r"(?i)^\s*(published|posted|first published|updated|last updated|modified|date)(?:\s+on)?\s*:?\s*(.+)$"
)
PUBLISHED_LABELS = {"published", "posted", "first published", "date"}
DATELINE_DASH = re.compile(r"\s+[—–-]{1,2}\s+")
DATE_LINE_SCAN = 25
TIME_OF_DAY = re.compile(r"(?i)\b(?:at\s+)?\d{1,2}:\d{2}.*$")
ZONE = re.compile(r"\b(?:[A-Z]{2,4}T|UTC|GMT|Z)\b|(?i:\b(?:at|on|a\.m\.|p\.m\.|am|pm)(?=\W|$))")


def date_line(text: str) -> str | None:
    """The publication date a .txt or .md upload prints near its top ("Published March 14, 2025",
    "Updated: 14/03/2025 10:31", "March 14, 2025 — …"), as ISO; a published date wins over an updated one.

    Only lines with a full date count: "5 hours ago" is relative to a capture this code cannot see.
    """
    published: str | None = None
    other: str | None = None
    lines = [line.strip().lstrip("#*_> ").rstrip("*_ ") for line in text.splitlines() if line.strip()]
    for line in lines[:DATE_LINE_SCAN]:
        for piece in re.split(r"\s+[|·]\s+", line):
            labelled = DATE_LINE_LABEL.match(piece)
            if labelled:
                found = _day_of(labelled[2])
                if labelled[1].lower() in PUBLISHED_LABELS:
                    published = published or found
                else:
                    other = other or found
                continue
            head = DATELINE_DASH.split(piece, maxsplit=1)[0]
            if _is_only_a_date(head):
                other = other or _day_of(head)
    return published or other


def _day_of(text: str) -> str | None:
    found = _absolute(TIME_OF_DAY.sub("", text).strip(" ,"))
    if found is None or found[1] != "day":
        return None
    return _iso_day(found[0])


def _is_only_a_date(text: str) -> bool:
    """A line that is a date and nothing else: "Friday, July 11, 2025", not a sentence with a date in it."""
    if not re.search(rf"\b{_YEAR}\b", text):
        return False
    rest = re.sub(rf"{_MONTH}|{_WEEKDAY}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}", "", text)
    return re.sub(r"[\d:.,\s]", "", ZONE.sub("", rest)) == ""


# statement dates -------------------------------------------------------------------------------


def _mask_quotes(text: str) -> str:
    """``text`` with quoted words blanked, offsets kept: a date inside a quote is content.

    A closing mark with no opening one before it quotes from the start, as captures drop opening marks."""
    blank: list[tuple[int, int]] = []
    start: int | None = None
    seen = False
    for m in _QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group(0)
        opening = ch in OPEN_MARKS or (ch == STRAIGHT and _opens(text, i))
        if opening and start is None:
            start = i + 1
        elif not opening:
            if start is not None:
                blank.append((start, i))
            elif not seen:
                blank.append((0, i))
            start = None
        seen = True
    if start is not None:
        blank.append((start, len(text)))
    out, pos = [], 0
    for a, b in blank:
        out += [text[pos:a], " " * (b - a)]
        pos = b
    return "".join(out) + text[pos:]


_QUOTE_MARK = re.compile(f"[{re.escape(OPEN_MARKS + CLOSE_MARKS + STRAIGHT)}]")


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _expressions(text: str) -> list[_Found]:
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in EXPRESSIONS:
        for m in pattern.finditer(text):
            if POSSESSIVE.match(text, m.end()):
                continue
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            before = text[max(0, m.start() - LOOK_BEHIND) : m.start()]
            if NOT_A_TIME.search(before):
                continue
            lead = LEAD_IN.search(before)
            if kind in NEEDS_LEAD_IN and not lead:
                continue
            start = m.start() - len(before) + lead.start() if lead else m.start()
            found.append(_Found(kind, start, m.end(), m.group(0), lead.group(0).strip().lower() if lead else ""))
    return sorted(found, key=lambda f: f.start)


def _main_verbs(text: str) -> list[re.Match[str]]:
    """Each sentence's first reporting verb: a later one is subordinate ("Lavrov said the arrangement
    agreed last month cannot work"), and so is the date attached to it."""
    starts = sorted({m.end() for m in SENTENCE_START.finditer(text)} | {0, len(text)})
    found = (REPORTING_VERBS.search(text, a, b) for a, b in pairwise(starts))
    return [m for m in found if m]


def _verb_attached(text: str, expression: _Found) -> bool:
    """The expression dates a sentence's reporting verb: right after it (across a short prepositional
    phrase or, for "told", its object), or right before it ("Zelensky on Monday said")."""
    for verb in _main_verbs(text):
        if verb.end() <= expression.start and _gap_allowed(verb.group(0).lower(), text[verb.end() : expression.start]):
            return True
        if verb.start() >= expression.end and _gap_before_verb(text[expression.end : verb.start()]):
            return True
    return False


def _gap_allowed(verb: str, gap: str) -> bool:
    words = gap.split()
    if not words:
        return True
    if GAP_STOP.search(gap) or any(w.lower() in CLAUSE_WORDS for w in words):
        return False
    if words[0].lower() in GAP_PREPOSITIONS:
        return len(words) <= MAX_GAP_WORDS
    return verb in TELLING and len(words) <= MAX_TOLD_WORDS


def _gap_before_verb(gap: str) -> bool:
    words = gap.split()
    return not GAP_STOP.search(gap) and (not words or (len(words) == 1 and words[0].lower() in ADVERBS))


def _sentence_initial(text: str, expression: _Found) -> bool:
    """The sentence opens with the expression ("In December, Russia said …", "Earlier in March, …"):
    an adverbial of the whole sentence. Without a lead-in word it must be set off by a comma, so that
    "12:01 a.m. Thursday after voting" is not read as a sentence opening on Thursday."""
    for m in SENTENCE_START.finditer(text):
        opening = text[m.end() : expression.start].strip()
        if opening == "" and m.end() <= expression.start:
            return bool(expression.lead) or text[expression.end :].lstrip().startswith(",")
    return False


def _resolve(found: _Found, published: Published | None) -> Dated | None:
    """The expression as a date with its basis; None when it cannot be dated without the clock."""
    kind, text = found.kind, found.text
    if kind == "year":
        return Dated(text, STATED)
    if kind in ("full", "month_year"):
        parsed = _spelled(text)
        return Dated(_precise(*parsed), STATED) if parsed else None
    if published is None:
        return None
    base = published.base
    if kind == "month_day":
        return _month_day(text, published)
    if published.precision == "year":
        return None
    if kind == "month":
        month = MONTHS[text.lower()]
        year = base.year if month <= base.month else base.year - 1
        return Dated(f"{year:04d}-{month:02d}", RELATIVE)
    if published.precision != "day":
        return None
    if kind == "weekday":
        return _weekday(text, base)
    return _relative(text.lower(), base)


def _month_day(text: str, published: Published) -> Dated | None:
    """ "March 11" without a year: the latest such day not after publication (stated: the day is given)."""
    m = re.match(rf"({_MONTH})\s+(\d+)|(\d+)\w*\s+({_MONTH})", text)
    if m is None:
        return None
    month = MONTHS[(m[1] or m[4]).lower()]
    day = int(m[2] or m[3])
    base = published.base
    for year in (base.year, base.year - 1):
        d = _valid(year, month, day)
        if d is not None and d <= base:
            return Dated(_iso_day(d), STATED)
    return None


def _weekday(text: str, base: dt.date) -> Dated:
    """News convention: "on Monday" is the latest Monday up to publication day, the day itself included."""
    words = text.lower().split()
    target = WEEKDAYS.index(words[-1])
    back = (base.weekday() - target) % 7
    if words[0] == "last" and back == 0:
        back = 7
    return Dated(_iso_day(base - dt.timedelta(days=back)), RELATIVE)


def _relative(text: str, base: dt.date) -> Dated:
    """ "yesterday", "last week", "earlier this month", "late last year": calendar arithmetic on the
    publication date, its only notion of now."""
    words = text.lower().split()
    unit, last = words[-1], "last" in words
    if unit in ("yesterday", "today"):
        return Dated(_iso_day(base - dt.timedelta(days=1 if unit == "yesterday" else 0)), RELATIVE)
    if unit == "week":
        year, week, _ = (base - dt.timedelta(days=7 if last else 0)).isocalendar()
        return Dated(f"{year:04d}-W{week:02d}", RELATIVE)
    if unit == "month":
        year, month = (base.year, base.month - 1) if last else (base.year, base.month)
        year, month = (year - 1, 12) if month == 0 else (year, month)
        return Dated(f"{year:04d}-{month:02d}", RELATIVE)
    return Dated(f"{base.year - (1 if last else 0):04d}", RELATIVE)


def statement_date(text: str, published: str | None) -> Dated:
    """The date ``text`` (a passage's sentence or paragraph) speaks for, given its source's date."""
    reference = parse_published(published)
    masked = _mask_quotes(text) if MAY_HOLD_A_DATE.search(text) else ""
    candidates = _expressions(masked)
    ranked = [f for f in candidates if _verb_attached(masked, f)] + [
        f for f in candidates if _sentence_initial(masked, f)
    ]
    for found in ranked:
        dated = _resolve(found, reference)
        if dated is not None:
            return dated
    if reference is not None:
        return Dated(reference.iso, SOURCE)
    return Dated(None, NONE)


# reading dates back ----------------------------------------------------------------------------


def first_day(date: str | None) -> dt.date | None:
    """The earliest day a date can mean, to put dates of different precision in order."""
    if not date:
        return None
    core = date.replace("/..", "").replace("../", "")
    week = re.fullmatch(r"(\d{4})-W(\d{2})", core)
    if week:
        return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
    parts = [int(p) for p in core.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def display(date: str | None) -> str | None:
    """A date as a member reads it: "Nov 2024", "Mar 12, 2025", "week of Mar 3, 2025", "after Mar 12, 2025"."""
    if not date:
        return None
    if date.endswith("/.."):
        return f"after {display(date[:-3])}"
    if date.startswith("../"):
        return f"before {display(date[3:])}"
    if "-W" in date:
        monday = first_day(date)
        if monday is None:
            return date
        return f"week of {MONTH_ABBR[monday.month - 1]} {monday.day}, {monday.year}"
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTH_ABBR[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{month} {int(parts[2])}, {parts[0]}"


def display_published(value: str | None) -> str | None:
    """A source's date as stored ("2025-03-14", "after 2025-03-12") as a member reads it; free text
    that is not a date is shown as written."""
    published = parse_published(value)
    return display(published.iso) if published else value

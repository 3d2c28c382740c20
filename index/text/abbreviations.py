"""Abbreviations an article defines: "the Trans-Pacific Partnership (TPP)", "TPP (Trans-Pacific Partnership)",
"the International Longshore and Warehouse Union, or ILWU,".

A member asks "is the tpp done" of a store where one article writes only the full name: the gazetteer knows
the big organisations by all their names, but not a trade pact or a union an article spells out once. A
definition is taken only when the abbreviation's letters are the initials of the long form's words, in
order (small words such as "of" or "and" may be skipped), so "the talks (in Geneva)" or "said (AP)" define
nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words a long form may skip when its abbreviation leaves them out ("Bureau of Labor Statistics", BLS).
MINOR = frozenset("of and the for on in to at by with de des du la le et y & a an".split())
LONGEST = 10  # words a long form may run to
# An abbreviation as articles print one: two or more capitals, perhaps with digits, "&" or a hyphen.
SHORT = r"[A-Z][A-Za-z0-9&-]*[A-Z0-9]"
_FORM_WORD = re.compile(r"[^\W\d_][\w'’.]*|&")
_SHORT_FIRST = re.compile(rf"\b({SHORT})\s*\(([^()]{{3,120}})\)")
_LONG_FIRST = re.compile(rf"\(\s*({SHORT})\s*\)")
_OR_SHORT = re.compile(rf",\s+or\s+(?:the\s+)?({SHORT})(?=\s*[,.;:)—–-]|\s*$)")
# Where a long form cannot run back past; not a full stop, which "St. Petersburg" or "U.S." holds.
_CLAUSE_END = re.compile(r"[;:!?()\[\]\"“”,—–]")


@dataclass(frozen=True)
class Definition:
    short: str  # as printed: "TPP"
    long: str  # as printed: "Trans-Pacific Partnership"


def _letters(short: str) -> str:
    return "".join(c for c in short if c.isalpha()).casefold()


def _is_short(token: str) -> bool:
    """Mostly capitals, at least two: "TPP", "ILWU", "COP29", "AT&T"; not "Mr" or "Canada"."""
    capitals = sum(c.isupper() for c in token)
    return capitals >= 2 and capitals * 2 > sum(c.isalpha() for c in token)


def _initials(words: list[str]) -> list[tuple[str, bool]]:
    """Each word's initial, and whether it is a small word the abbreviation may skip. A hyphenated word gives
    one initial a part ("Trans-Pacific": T, P)."""
    out = []
    for word in words:
        for part in word.split("-"):
            part = part.strip(".'’")
            if part:
                out.append((part[0].casefold(), part.casefold() in MINOR))
    return out


def _matches(initials: list[tuple[str, bool]], letters: str) -> bool:
    """Every word that is not small gives the next letter; a small word may give one or be skipped."""
    if not initials:
        return not letters
    (first, minor), rest = initials[0], initials[1:]
    if letters and first == letters[0] and _matches(rest, letters[1:]):
        return True
    return minor and _matches(rest, letters)


def _long_before(text: str, short: str) -> str | None:
    """The shortest run of words at the end of `text` whose initials spell `short`, starting on a word
    that is not small: "…to the Trans-Pacific Partnership" → "Trans-Pacific Partnership"."""
    clause = _CLAUSE_END.split(text)[-1]
    words = list(_FORM_WORD.finditer(clause))[-LONGEST:]
    letters = _letters(short)
    for size in range(1, len(words) + 1):
        run = words[-size:]
        if run[0].group(0).casefold() in MINOR:
            continue
        if _matches(_initials([w.group(0) for w in run]), letters):
            return " ".join(clause[run[0].start() : run[-1].end()].split()).rstrip(".'’")
    return None


def _long_inside(inside: str, short: str) -> str | None:
    """The parenthesis after an abbreviation, when it spells it out whole: "TPP (Trans-Pacific Partnership)"."""
    words = [m.group(0) for m in _FORM_WORD.finditer(inside)]
    if not words or len(words) > LONGEST or words[0].casefold() in MINOR or _CLAUSE_END.search(inside):
        return None
    return " ".join(inside.split()) if _matches(_initials(words), _letters(short)) else None


def definitions(text: str) -> list[Definition]:
    """The abbreviations `text` defines, each once, in the order first defined."""
    found: dict[tuple[str, str], Definition] = {}
    for line in text.splitlines():
        for match in _LONG_FIRST.finditer(line):
            _add(found, match.group(1), _long_before(line[: match.start()], match.group(1)))
        for match in _OR_SHORT.finditer(line):
            _add(found, match.group(1), _long_before(line[: match.start()], match.group(1)))
        for match in _SHORT_FIRST.finditer(line):
            _add(found, match.group(1), _long_inside(match.group(2), match.group(1)))
    return list(found.values())


def _add(found: dict[tuple[str, str], Definition], short: str, long: str | None) -> None:
    if long and _is_short(short) and len(_letters(short)) >= 2:
        found.setdefault((short.casefold(), long.casefold()), Definition(short, long))

"""Counts as people write them: "1 quote", "2 quotes", "0 sources". One rule for the command line, the
bot and the reports, so that no message says "1 quotes"."""

from __future__ import annotations

_IRREGULAR = {"this": "these", "was": "were", "is": "are"}


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """The noun for ``n`` of it, without the number."""
    if n == 1:
        return singular
    return plural_form or _IRREGULAR.get(singular) or singular + "s"


def count(n: int, singular: str, plural_form: str | None = None) -> str:
    """``n`` and its noun: ``count(1, "quote")`` is "1 quote", ``count(1200, "passage")`` "1,200 passages"."""
    return f"{n:,} {plural(n, singular, plural_form)}"

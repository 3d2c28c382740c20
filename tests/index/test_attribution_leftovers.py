"""Conventions left open by the ninth and tenth scans of real articles (issue 8) that any outlet uses: a
singular 'they' after one spokesperson. Every text
here is written for the test, with invented names and countries."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_they_added_after_the_spokesperson_for_a_ministry(parties):
    """'The spokesperson for the Ministry of Health said: “…”' then 'They added that they expect to reach
    “…”': a singular 'they' for the one spokesperson just heard, though whose spokesperson it is comes after
    the role noun."""
    drafts = passages(
        "Nurses in Eastvale have been on strike for a week over pay.\n\n"
        "The spokesperson for the Eastvale Ministry of Health said: “The ministry has put its best offer on the "
        "table and it will not be improved by another week of closed wards.”\n\n"
        "They added that they expect to reach “an agreement that gets every ward open again before the winter.”",
        parties,
    )
    assert one(drafts, "every ward open again").speaker == "The spokesperson for the Eastvale Ministry of Health"


def test_they_after_a_spokesperson_for_a_ministry_closing_a_quote(parties):
    drafts = passages(
        "Nurses in Eastvale have been on strike for a week over pay.\n\n"
        "A spokesperson for the health ministry said the offer was final.\n\n"
        "“We cannot go beyond what is on the table this year,” they added.",
        parties,
    )
    assert one(drafts, "beyond what is on the table").speaker == "A spokesperson for the health ministry"


def test_they_after_several_officials_stays_nobody(parties):
    drafts = passages(
        "Nurses in Eastvale have been on strike for a week over pay.\n\n"
        "Officials at the health ministry said the offer was final.\n\n"
        "“We cannot go beyond what is on the table this year,” they added.",
        parties,
    )
    assert one(drafts, "beyond what is on the table").speaker is None

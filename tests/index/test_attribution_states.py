"""Whom state officials, their spokespeople and union officers speak for when the article says it only
once, or says it in a way the older rules did not read (seventh real scan, issue 8). Every sentence here is
written for the test."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_country_the_role_states_beats_the_organisation_a_known_person_later_led(parties):
    """The gazetteer lists Ahmed Aboul Gheit under the Arab League, which he led later; an article that
    calls him 'Egyptian Foreign Minister' is from his years as Egypt's minister, and speaks for Egypt."""
    drafts = passages(
        "Egyptian Foreign Minister Ahmed Aboul Gheit urged both delegations to brief the mediators.\n\n"
        "“We cannot help a process that is hidden from us,” he said.",
        parties,
    )
    assert one(drafts, "hidden from us").party == "Egypt"

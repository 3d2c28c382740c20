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


def test_a_prime_ministers_spokesman_and_the_spokesman_after_him_speak_for_the_country(parties):
    """'Prime Minister Theresa May's spokesman' is the spokesman of a known prime minister, with her title
    before her name; 'the spokesman' a few paragraphs on is the same man, even after an EU negotiator is
    named in between."""
    drafts = passages(
        "Quota talks stall again: PM May's spokesman\n\n"
        "The quota talks made little headway this week, Prime Minister Theresa May's spokesman said on "
        "Thursday.\n\n"
        "Meanwhile EU negotiator Michel Barnier said the draft was not ready.\n\n"
        '"Both teams will sit down again in a fortnight with the same maps," the spokesman told reporters.',
        parties,
    )
    assert one(drafts, "little headway").party == "United Kingdom"
    assert one(drafts, "same maps").party == "United Kingdom"


def test_the_pms_official_spokesman_speaks_for_the_state_whose_seat_of_power_speaks(parties):
    """'The PM' is a title, not an organisation called PM; in an article where only Downing Street speaks
    for a state, the PM's spokesman is Britain's."""
    drafts = passages(
        "Downing Street has said the harbour talks will run through the weekend.\n\n"
        "But the PM’s official spokesman said: “The talks are useful but the gap on berths is still wide.”",
        parties,
    )
    assert one(drafts, "gap on berths").party == "United Kingdom"

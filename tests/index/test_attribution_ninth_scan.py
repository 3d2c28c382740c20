"""Conventions seen on the ninth scan of real articles nobody had fitted rules on (issue 8): words that open a
sentence before a body's name, titles whose country the article gives elsewhere, and who goes on speaking.
Every text here is written for the test, with invented names and organisations."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_time_word_opening_the_sentence_is_no_part_of_a_body_name(parties):
    """'Today the Coastal Fishers Network (NCFN)' spells out 'NCFN' as the network, not as 'Today the …';
    'Yesterday Harbour Workers Federation officials' speak for the federation."""
    drafts = passages(
        "Growers from four countries marched through the port city today to oppose the fisheries pact.\n\n"
        "Today the Northern Coastal Fishers Network (NCFN) handed a petition to the ministry.\n\n"
        "NCFN has warned that the pact would “empty our harbours within ten years”.\n\n"
        "Yesterday Harbour Workers Federation officials said the strike “will go on until the quota is fixed”.",
        parties,
    )
    assert one(drafts, "empty our harbours").party == "Northern Coastal Fishers Network"
    assert one(drafts, "empty our harbours").role == "Northern Coastal Fishers Network"
    assert one(drafts, "until the quota").party == "Harbour Workers Federation"

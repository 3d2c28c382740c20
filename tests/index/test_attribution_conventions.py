"""Who counts as a party, on short texts written for the test in the styles of development set 4:
companies and governments whose names end in a title word, analysts at research bodies that a place
is named with, and the other conventions tests/data/sources/dev4/README.md lists."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_name_ending_in_a_word_that_opens_titles_is_kept_whole(parties):
    """'Air' opens 'Air Marshal' and 'Government' opens 'Government spokesman', but neither ends a title:
    last in a name they are part of it ('Lakeside Air', 'Valley Regional Government')."""
    drafts = passages(
        "Lakeside Air's chief executive, Ruth Amsel, said the offer was final. “We cannot pay mainline wages "
        "on regional fares,” Amsel said.\n\n"
        "“The valley will host the next round of talks,” said a spokesman for the Valley Regional Government.",
        parties,
    )
    assert one(drafts, "mainline wages").party == "Lakeside Air"
    assert one(drafts, "next round").party == "Valley Regional Government"

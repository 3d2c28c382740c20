"""Cleaning a captured page before attribution: hard wraps joined, chrome dropped by its shape, real
headings kept. Every text here is written for the test."""

from __future__ import annotations

from index.sources.document import Document
from index.text.clean import clean
from index.text.unwrap import unwrap
from tests.index.splitting import one, passages

WIRE = """\
MOSCOW (XW) -- Negotiators from both delegations met for a third
day on Tuesday in a lakeside hotel, trying to settle the order in
which prisoners would be exchanged and the places where the
handover would happen.

"We are close on the numbers and far apart on the sequence," the
mediator said, adding that talks would resume on Wednesday with
a new map of the disputed crossings.

Ports and power
"""

INDENTED = """\
   NICOSIA (XW) -- Shipping lines suspended sailings on Monday
after port workers walked out over pay and the length of shifts
on the container quay.
   The union said the strike would last until the port authority
returned to the table.
"""


def paragraphs(raw: str, **meta: str) -> list[tuple[str, str]]:
    cleaned = clean(Document(raw, **meta))
    return [(b.kind, cleaned.slice(b)) for b in cleaned.blocks]


def test_wrapped_wire_copy_becomes_whole_paragraphs_not_headings():
    got = paragraphs(WIRE + "\nMore text follows here after the heading, as a full sentence.\n")
    kinds = [k for k, _ in got]
    assert kinds == ["paragraph", "paragraph", "heading", "paragraph"]
    assert got[0][1].endswith("where the handover would happen.")
    assert 'on the numbers and far apart on the sequence," the mediator said' in got[1][1]
    assert got[2][1] == "Ports and power"


def test_paragraphs_marked_by_indentation_are_split_there_and_joined_elsewhere():
    blocks = unwrap(INDENTED)
    assert blocks == [
        [
            "NICOSIA (XW) -- Shipping lines suspended sailings on Monday after port workers walked out over pay "
            "and the length of shifts on the container quay.",
            "The union said the strike would last until the port authority returned to the table.",
        ]
    ]


def test_unwrapped_text_is_left_as_it_is():
    raw = "Short line one\nShort line two\n\nA paragraph on one long line that runs on and on without any wrap."
    assert unwrap(raw) == [
        ["Short line one", "Short line two"],
        ["A paragraph on one long line that runs on and on without any wrap."],
    ]


def test_a_line_broken_after_a_hyphen_keeps_the_compound_whole():
    raw = (
        "The two sides agreed on a phased and border-\nwide withdrawal of heavy weapons from the\nzone and a "
        "joint monitoring commission for the crossing points of the\nregion."
    )
    assert unwrap(raw)[0][0].startswith("The two sides agreed on a phased and border-wide withdrawal of heavy")


CHROME = [
    "Skip to main content",
    "Jump to navigation",
    "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.",
    "Accept all    Reject all    Manage settings",
    "Home | World | Europe | Politics",
    "World › Europe › Talks",
    "Listen to this article · 4 min",
    "Accessibility: larger text · high contrast",
    "Share this story",
    "Share on Facebook   Share on X   Copy link",
    "Advertisement",
    "Related: Talks stall over the border map",
    "Sign up for our daily briefing",
    "Get the morning newsletter in your inbox",
    "Comments (12)",
    "By Anna Lindqvist and Pedro Alves, Staff Writers",
    "Published Tuesday, June 3, 2025, 09:15 CET | Updated 11:02 CET",
    "3 June 2025",
    "Eds: ADDS quotes from the mediator.",
    "(Reporting by Anna Lindqvist; Editing by Tom Reed)",
    "Copyright 2025 Example Wire. All rights reserved.",
    "(END)",
    "A crane loads containers onto a ship in the port of Limassol on June 2, 2025. (Photo by Nikos Petrou/XW)",
    "Delegates arrive for the second day of talks. Photo: Maria Lopez / Example Images",
    "Delegates arrive for the second day of talks.Delegates arrive for the second day of talks.",
    "A fishing boat unloads its catch in the harbour of Peterhead, northeast Scotland.",
    "Foreign Minister Ada Okoro (C) speaks to delegates in Geneva on June 2, 2025.",
    "Please reload the page to stay signed in.Please refresh your browser to remain logged in",
    "I would like to get emails about events and offers from Example Wire. Read our Privacy notice",
    "Spotted a mistake? If you found a typo, highlight it and press Ctrl + Enter to tell the editors",
    "Comments are closed.",
    "Connect with Facebook to share stories with friends and people you know.",
    "Reporters are on the front line too. Become a patron of Example Wire today.",
    "Play Live Radio",
    "Next Up:",
    "Read the full coverage at ExampleWire.com",
]


def test_present_tense_news_is_not_taken_for_a_caption():
    for line in (
        "The union holds its vote on the offer next week.",
        "Iran insists on enrichment. Washington wants it to stop.",
        "“We hold the line,” Okoro said in Geneva, Switzerland.",
    ):
        assert paragraphs(line) == [("paragraph", line)], line


def test_chrome_lines_are_dropped_by_their_shape():
    body = "The mediator said the talks would resume on Wednesday with a new map of the crossings."
    for line in CHROME:
        got = paragraphs(f"{line}\n\n{body}", title="T", publisher="Example Wire")
        assert got == [("paragraph", body)], line


def test_a_newsletter_box_goes_with_its_blurb():
    raw = (
        "Sign up for our newsletter\nThe Week in Talks: every round, every Friday.\nYour email    Sign up\n\n"
        "The talks resumed on Wednesday after a two-day pause."
    )
    assert paragraphs(raw) == [("paragraph", "The talks resumed on Wednesday after a two-day pause.")]


def test_headings_bullets_transcript_turns_and_quotes_are_kept():
    raw = (
        "What each side wants\n\n- The union wants a 30% raise over four years.\n\n"
        "Q: Will you sign the offer?\n\nMENDES: Not as it stands. We want the pension back.\n\n"
        '"Share the profits with the people who build the ships," Mendes said.'
    )
    got = paragraphs(raw, title="T")
    assert [k for k, _ in got] == ["heading", "paragraph", "paragraph", "paragraph", "paragraph"]


def test_a_publisher_line_and_the_title_are_metadata():
    raw = "The Harbour Post\n\nStrike halts port\n\nDockers walked out on Monday over pay."
    assert paragraphs(raw, title="Strike halts port", publisher="The Harbour Post") == [
        ("paragraph", "Dockers walked out on Monday over pay.")
    ]


def test_a_short_last_line_cut_off_inside_a_quote_is_a_paragraph_not_a_heading():
    """A capture that stops mid-quote leaves a short line with a quote opened and never closed; it is the
    organisation's words, not a heading to drop."""
    raw = (
        "The dockers' union said on Tuesday it would not return to the table before the owners withdrew "
        "the automation clause.\n\n"
        "The union said: “The union leader promised that, as hard as these weeks"
    )
    got = paragraphs(raw)
    assert got[-1] == ("paragraph", "The union said: “The union leader promised that, as hard as these weeks")


def test_stray_line_breaks_inside_sentences_of_unwrapped_copy_are_joined():
    """A newsletter page that is not hard-wrapped still breaks a few sentences mid-way: on a word no
    sentence ends on, before a lower-case word, or between a role and the name it belongs to. Those lines
    are one paragraph; a real short heading stays a heading."""
    raw = (
        "The envoy is in the\n"
        "Gulf to shore up support for a deal that would pause the fighting for six weeks.\n"
        "The main sticking point between the two sides in the talks is the length of the\n"
        "truce.\n"
        "Rebel spokesman\n"
        "Idris Kamal said in a statement on Tuesday that the group would not move to a second phase.\n"
        "Where talks stand\n"
        "Both delegations are expected back in the capital on Friday."
    )
    got = paragraphs(raw)
    assert got == [
        (
            "paragraph",
            "The envoy is in the Gulf to shore up support for a deal that would pause the fighting for six weeks.",
        ),
        ("paragraph", "The main sticking point between the two sides in the talks is the length of the truce."),
        (
            "paragraph",
            "Rebel spokesman Idris Kamal said in a statement on Tuesday that the group would not move to a second "
            "phase.",
        ),
        ("heading", "Where talks stand"),
        ("paragraph", "Both delegations are expected back in the capital on Friday."),
    ]


def test_a_line_cut_off_before_a_new_speakers_paragraph_is_not_joined_to_it():
    """A capture that lost the end of a line ("… head of the delegation, told a") before a paragraph that
    opens on its own speaker ("Ivar Lunde, the mediator, said …") keeps them apart, so the next speaker's
    words are not read as the first one's."""
    raw = (
        "“It is regrettable that they have set a condition,” Ana Reyes, head of the delegation, told a\n"
        "Ivar Lunde, the mediator, said he would keep working with both sides on every idea that helps."
    )
    got = paragraphs(raw)
    assert [text for _, text in got] == raw.split("\n")


def test_a_short_line_quoting_in_guillemets_is_a_paragraph_not_a_menu_or_a_heading():
    """Outlets that print « » for quotes: "»" also separates menu items, and a short line that ends on it is
    no heading, so the quote must stay as a paragraph."""
    text = "Estland and Ruritania met in Geneva on Monday.\n\nTamm said: «We will not sign this text as it stands.»"
    kept = clean(Document(text, title="T"))
    assert kept.text.endswith("Tamm said: «We will not sign this text as it stands.»")
    assert [b.kind for b in kept.blocks] == ["paragraph", "paragraph"]


def test_a_link_to_a_live_page_is_chrome_and_no_section_heading(parties):
    """ "Politics latest: …" points the reader to the outlet's live page; kept as a heading, it made the two
    politicians it names the party of the unnamed negotiators' quote under it."""
    raw = (
        "Members of the Norland Nurses Union met the health minister on Tuesday.\n\n"
        "However, the two negotiators did not rule out further strikes.\n\n"
        "Politics latest: Two ministers swap jobs as the house sits again\n\n"
        "“We are confident the meeting was positive and we will meet again next week,” they said."
    )
    assert "Politics latest" not in clean(Document(raw, title="Nurses meet minister")).text
    assert one(passages(raw, parties), "meet again next week").party != "United Kingdom"

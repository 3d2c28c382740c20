"""The splitter on the shipped article: every direct quote found once, attributed as the text says."""

from __future__ import annotations

import pytest

from index.sources.corpus import read_source
from index.sources.document import Document
from index.text.clean import clean, fold
from index.text.parties import Parties
from index.text.passages import split
from index.text.quotes import direct_quotes, quote_spans, sentence_bounds
from tests.helpers import CORPUS, SEED

# (a distinctive piece of the quote, speaker as printed in full, party or None)
QUOTES = [
    ("means different things to different state actors", "George Barros", None),
    ("key to understanding the opposing negotiating positions", "George Barros", None),
    ("tantamount to a full Ukrainian and U.S. capitulation", "George Barros", None),
    ("this could be a model for future breakups", "Andreas Umland", None),
    ("the same as was done in these Ukrainian territories", "Andreas Umland", None),
    ("We cannot legally acknowledge any occupied territory of Ukraine as Russian", "Volodymyr Zelensky", "Ukraine"),
    (
        "even if this would prolong the war and threaten the preservation of independence",
        "Kyiv International Institute of Sociology",
        None,
    ),
    ("I think that is also one of Russia's strategies", "Andreas Umland", None),
    ("They want to create this contentious issue in Ukraine", "Andreas Umland", None),
    ("will never, never, never recognize Russia's claims", "Joe Biden", "United States"),
    ("Finally hearing what the Americans want from the negotiations", "a source in Zelensky’s office", "Ukraine"),
    ("unclear what the U.S. is seeking in terms of territorial concessions", "George Barros", None),
    ("there is a principled model for how to deal with wars of conquest", "George Barros", None),
    ("lays out a principled blueprint", "George Barros", None),
    ("the Russian side has not budged at all", "George Barros", None),
    ("Yeah, we’ve had conversations", "Marco Rubio", "United States"),
]
ROLES = {
    "George Barros": "Institute for the Study of War",
    "Volodymyr Zelensky": "President",
    "Joe Biden": "U.S. President",
    "Marco Rubio": "U.S. Secretary of State",
}


@pytest.fixture(scope="module")
def seed():
    source = read_source(CORPUS / "sources" / f"{SEED}.txt")
    cleaned = clean(source.document)
    return source.document, cleaned, split(cleaned, Parties.load(CORPUS / "parties.toml"))


@pytest.mark.parametrize("piece,speaker,party", QUOTES, ids=[q[0][:30] for q in QUOTES])
def test_each_quote_is_one_passage_attributed_as_printed(seed, piece, speaker, party):
    _, _, drafts = seed
    found = [d for d in drafts if fold(piece) in fold(d.text)]
    assert len(found) == 1, f"{piece!r} is in {len(found)} passages"
    d = found[0]
    assert d.kind == "quote"
    assert d.speaker == speaker
    assert d.party == party
    if speaker in ROLES:
        assert d.role == ROLES[speaker]


def test_no_other_passage_is_a_quote(seed):
    _, _, drafts = seed
    quotes = [d for d in drafts if d.kind == "quote"]
    assert len(quotes) == len(QUOTES)


def test_aggregator_chrome_captions_and_byline_are_gone(seed):
    doc, cleaned, drafts = seed
    text = cleaned.text
    for chrome in (
        "5 hours ago",
        "Read Entire Article",
        "From Twitter",
        "Comments",
        "Getty Images",
        "IndependentTim Zadorozhnyy",
        "exits a Tesla Model S",
    ):
        assert chrome not in text
    assert doc.author == "Tim Zadorozhnyy"
    assert not text.startswith("Temporary ceasefire"), "the title is metadata, not a passage"


def test_sections_are_the_article_headings(seed):
    _, _, drafts = seed
    sections = list(dict.fromkeys(d.section for d in drafts))
    assert sections == [
        None,
        "Russia’s demands: Ukrainian ‘capitulation’",
        "Ukraine ‘cannot legally acknowledge’ occupied territory as Russian",
        "A transactional US",
        "Ukraine-US talks in Jeddah concerned potential territorial concessions, Rubio confirms",
    ]
    rubio = next(d for d in drafts if "we’ve had conversations" in d.text)
    assert rubio.section.startswith("Ukraine-US talks in Jeddah")


def test_offsets_point_into_the_cleaned_text_and_paragraphs_count_up(seed):
    _, cleaned, drafts = seed
    for d in drafts:
        assert cleaned.text[d.start : d.end] == d.text
    paragraphs = [d.paragraph for d in drafts]
    assert paragraphs == sorted(paragraphs) and paragraphs[0] == 1


def test_passages_are_short_enough_to_read_alone(seed):
    _, _, drafts = seed
    assert max(len(d.text) for d in drafts if d.kind == "statement") <= 450
    long_paragraph = [d for d in drafts if "2014 borders" in d.text or "sovereign land" in d.text]
    assert len(long_paragraph) == 2, "a long paragraph splits at a sentence boundary"


def test_statements_carry_the_party_they_describe(seed):
    _, _, drafts = seed

    def party_of(piece: str) -> str | None:
        return next(d.party for d in drafts if piece in d.text)

    assert party_of("Russia’s demands for concessions include") == "Russia"
    assert party_of("Ukraine is also not offering any concessions") == "Ukraine"
    assert party_of("ruled out handing land to Russia") == "United States"
    assert party_of("Zelensky has underscored") == "Ukraine"


def test_pull_quote_collapses_into_the_attributed_quote():
    raw = (
        'Intro paragraph about the talks.\n\n“Nobody will trade land for promises."\n\n'
        "Mid paragraph.\n\n“Nobody will trade land for promises,” President Volodymyr Zelensky said."
    )
    drafts = split(clean(Document(raw, title="T")), Parties.load(CORPUS / "parties.toml"))
    matching = [d for d in drafts if "trade land" in d.text]
    assert len(matching) == 1 and matching[0].speaker == "Volodymyr Zelensky" and matching[0].party == "Ukraine"


def test_quote_only_paragraph_continues_the_previous_speaker():
    raw = (
        "“We will not give up Crimea under any terms,” said Sergey Lavrov, Russia's foreign minister.\n\n"
        "“Nor will we accept any foreign troops on that land.”"
    )
    drafts = split(clean(Document(raw, title="T")), Parties.load(CORPUS / "parties.toml"))
    assert [d.speaker for d in drafts] == ["Sergey Lavrov", "Sergey Lavrov"]
    assert [d.party for d in drafts] == ["Russia", "Russia"]


def test_mixed_quotation_marks_and_a_missing_opening_mark():
    text = 'We cannot legally acknowledge any occupied land," he said. “Then a second full quote follows here."'
    inner = [s.inner(text) for s in direct_quotes(text)]
    assert inner == ["We cannot legally acknowledge any occupied land,", "Then a second full quote follows here."]
    assert quote_spans(text)[0].opened is False


def test_a_straight_mark_right_after_a_colon_opens_the_quote():
    text = 'The minister said:"We will never give up the southern valley, whatever they offer us."'
    assert [s.inner(text) for s in direct_quotes(text)] == [
        "We will never give up the southern valley, whatever they offer us."
    ]


def test_sentences_do_not_break_inside_quotes_or_after_abbreviations():
    text = "“First. Second sentence of one quote,” U.S. President Joe Biden said on Sept. 29, 2022. Next one."
    bounds = sentence_bounds(text, quote_spans(text))
    assert [text[a:b] for a, b in bounds] == [
        "“First. Second sentence of one quote,” U.S. President Joe Biden said on Sept. 29, 2022.",
        "Next one.",
    ]


def test_a_closing_mark_printed_at_a_words_start_opens_the_quote():
    text = "”We will not sign this text as it stands,” Tamm said."
    assert [s.inner(text) for s in direct_quotes(text)] == ["We will not sign this text as it stands,"]


def test_an_opening_mark_glued_between_two_words_closes_an_open_quote():
    text = "“We are leaving because we do not feel heard“said the head of the island states' group."
    assert [s.inner(text) for s in direct_quotes(text)] == ["We are leaving because we do not feel heard"]

"""Verbs that report speech besides 'said': 'outlined', 'specified', 'hoped that', 'spoke of', 'remembers';
the words they introduce are the speaker's. Each on a short text written for the test."""

from __future__ import annotations

import pytest

from tests.index.splitting import one, passages


def test_outlined_and_specified_report_speech(parties):
    """'It has previously outlined that …' goes on with the body speaking, as 'It has also said that' does."""
    drafts = passages(
        "The Growers Alliance (GA) has warned that the pact would “empty our valleys”.\n\n"
        "It has previously outlined that small farms would “never be able to compete” with agri-business.",
        parties,
    )
    assert one(drafts, "never be able").party == "Growers Alliance"


def test_a_minister_who_hoped_that_something_would_happen_is_its_speaker(parties):
    """'X hoped that the talks would “…”' reports X's words as 'said that' does."""
    drafts = passages(
        "Velmoran Foreign Minister Anwen Dobbs hoped that the next round would “settle the river question "
        "once and for all, and leave both banks in peace”.",
        parties,
    )
    assert one(drafts, "river question").speaker == "Anwen Dobbs"


def test_speaking_of_something_quoted_is_saying_it(parties):
    """'Velan spoke on Monday of a “fourth package” of proposals': the words quoted are his, as with 'said';
    'spoke of' reports speech whether or not a time comes between."""
    drafts = passages(
        "Foreign Minister Tarik Velan said the talks could resume soon.\n\n"
        "Velan spoke on Monday of a “fourth package” of proposals put forward by his side.",
        parties,
    )
    assert one(drafts, "fourth package").speaker == "Tarik Velan"


def test_remembering_aloud_reports_speech(parties):
    """'“…,” he remembers' in a look back at talks gives the words to the man just introduced, as 'he
    recalls' does, and his open quote in the paragraph before goes with them."""
    drafts = passages(
        "Mira Tolland, the party's chief whip, was sent to the first meeting with the farmers' bloc.\n\n"
        '"The room was cold and nobody had brought any coffee. We sat there for an hour in our coats.\n\n'
        '"Nobody wanted to be the first to name a number," she remembers.',
        parties,
    )
    assert one(drafts, "name a number").speaker == "Mira Tolland"
    assert one(drafts, "brought any coffee").speaker == "Mira Tolland"


def test_presses_after_a_quote_reports_it(parties):
    """ "“…,” she presses." in a live blog: "presses" and "pressed" report the quote like "insists", so the
    "she" is the senator the entry before was about."""
    drafts = passages(
        "18:20: Senator Lea Brandt took questions on the tariff bill. “We will not sign any bill that taxes our "
        "own growers,” she said.\n\n"
        "18:40: “Our growers need a fair price for what they grow,” she presses.",
        parties,
    )
    assert one(drafts, "fair price for what they grow").speaker == "Lea Brandt"


def test_assured_that_and_defended_before_a_quote_report_speech(parties):
    """Copy translated from Spanish reports words with 'assured that' and 'defended “…”'; 'defended' with
    no quote right after it ('defended the pact') reports nothing."""
    drafts = passages(
        "The coalition partners signed the pact in Valencia after a week of talks.\n\n"
        "Marta Ribas assured that the region is entering “a new chapter that we will write together with "
        "patience”. Later, she defended “the right of every town to keep its own schools open”.",
        parties,
    )
    assert one(drafts, "a new chapter").speaker == "Marta Ribas"
    assert one(drafts, "every town").speaker == "Marta Ribas"


def test_the_claim_of_a_person_that_quoted_words_are_true_is_theirs(parties):
    """'commented on the statements of Norwegian Foreign Minister Tomas Arden that allegedly "…"' and
    'rejected the claim of … Ola Brekke that "…"': the quoted words are the named minister's, not those of
    the ministry that comments on them."""
    drafts = passages(
        "Talks on the border treaty have stalled again.\n\n"
        "The Finnish Foreign Ministry commented on the statements of Norwegian Foreign Minister Tomas Arden "
        'that allegedly "Oslo has been waiting for an answer on the draft for weeks," calling them surprising.\n\n'
        'The ministry rejected the claim of Norwegian Defence Minister Ola Brekke that "the draft was never sent '
        'to us in full".',
        parties,
    )
    assert one(drafts, "waiting for an answer").speaker == "Tomas Arden"
    assert one(drafts, "waiting for an answer").party == "Norway"
    assert one(drafts, "never sent").speaker == "Ola Brekke"


def test_a_day_opening_the_sentence_is_no_speaker(parties):
    """'Late on Friday the union said: “…”' and 'Early on Monday the company said' open with the time: the
    union and the company speak, not people called 'Late' or 'Early'."""
    drafts = passages(
        "Drivers at Port Elm walked out, the Port Elm Drivers Union said.\n\n"
        "Late on Friday the union said: “We are ready to talk again on Monday morning.”\n\n"
        "Early on Monday the union said it was “still waiting for a call from the depot”.",
        parties,
    )
    assert one(drafts, "ready to talk again").speaker != "Late"
    assert one(drafts, "ready to talk again").party == "Port Elm Drivers Union"
    assert one(drafts, "waiting for a call").party == "Port Elm Drivers Union"


# A quote the rules give nobody: the subject the statistical parser finds for its speech verb.


def _parser_or_skip() -> None:
    from index.text import entities

    if not entities.available():
        pytest.skip(f"{entities.MODEL} is not installed")


def test_a_subject_parted_from_its_verb_by_an_aside_is_the_quotes_speaker(parties):
    """'Ostrander, reluctant to go into …, did say that "…"': the rules read no attribution across the aside;
    the parser's subject of 'say' is the man the article named in full, and his side follows from his title."""
    _parser_or_skip()
    drafts = passages(
        "Dockside clerks could walk out on Monday, the Harbour Clerks Union warned.\n\n"
        "Ruben Ostrander, president of the Harbour Clerks Union, spent Sunday at the bargaining table.\n\n"
        'Ostrander, reluctant to go into the figures, did say that "it hands the employers nearly everything on '
        'their list and costs us a great deal."',
        parties,
    )
    quote = one(drafts, "costs us a great deal")
    assert (quote.speaker, quote.party) == ("Ruben Ostrander", "Harbour Clerks Union")


def test_bare_quotes_after_a_report_the_parser_attributes_go_on_from_it(parties):
    """'Ferro, who speaks for 12,000 nurses, said …' gives the rules no speaker; the parser's subject of
    'said' is Ferro, and the paragraph of bare quotes after her report goes on with her words."""
    _parser_or_skip()
    drafts = passages(
        "The premier has said he may reopen signed contracts to cut costs.\n\n"
        "Nadia Ferro, president of the Eastvale Nurses Federation, met the premier on Tuesday.\n\n"
        "Ferro, who speaks for 12,000 nurses, said tearing up the agreements would be out of the question.\n\n"
        "“A signed contract is a promise. Nurses have honoured every line of it and the province must do likewise.”",
        parties,
    )
    quote = one(drafts, "signed contract is a promise")
    assert (quote.speaker, quote.party) == ("Nadia Ferro", "Eastvale Nurses Federation")


def test_he_who_told_a_paper_is_the_subject_of_the_clause_it_modifies(parties):
    """'Vale caused a stir when he told the Gazette, “…”': the 'he' of 'told' is the subject of 'caused', so
    the quote, and the bare quote that goes on from it, are Vale's."""
    _parser_or_skip()
    drafts = passages(
        "Trade talks in Port Ellis ran late into the night on Thursday.\n\n"
        "Trade Minister Oren Vale caused a stir when he told the Harbour Gazette, “Nobody leaves this "
        "room with everything they wanted.”\n\n"
        "“Every country will swallow something it dislikes to get this pact signed.”",
        parties,
    )
    assert one(drafts, "Nobody leaves this room").speaker == "Oren Vale"
    assert one(drafts, "Every country will swallow").speaker == "Oren Vale"


def test_she_who_told_a_paper_is_never_a_man_the_article_names_as_one(parties):
    """'Mr Brandvik caused a stir when she told …': the parser's 'she' points at a man the rules know as one
    (his honorific, his given name), so the quote stays nobody's, as a rule-read pronoun would; the same
    sentence with 'he' stays his, and a woman is never reached through 'he'."""
    _parser_or_skip()
    opening = "Ferry crews in Lowmarsh kept their boats tied up on Wednesday.\n\n"
    quote = "told the Lowmarsh Courier, “We are nowhere near a deal.”"
    for subject, pronoun, expected in (
        ("Mr Brandvik", "she", None),
        ("Peter Brandvik, the operator's director,", "she", None),
        ("Peter Brandvik, the operator's director,", "he", "Peter Brandvik"),
        ("Maria Brandvik, the operator's director,", "he", None),
    ):
        drafts = passages(f"{opening}{subject} caused a stir last week when {pronoun} {quote}", parties)
        assert one(drafts, "nowhere near a deal").speaker == expected, (subject, pronoun)


def test_a_quote_within_what_the_subject_seemed_to_say_is_theirs(parties):
    """'Mr Halvorsen seemed to wrongly say he had agreed a “…”': 'say' has no subject of its own and takes
    'seemed''s; the quoted words sit in what he said."""
    _parser_or_skip()
    drafts = passages(
        "The two leaders met at the summit on Monday.\n\n"
        "President Anton Halvorsen of Norland told reporters the pact was signed.\n\n"
        "Mr Halvorsen seemed to wrongly say he had agreed a “trade pact with the whole of Europe” while shaking "
        "hands with his host.",
        parties,
    )
    assert one(drafts, "trade pact with the whole").speaker == "Anton Halvorsen"


def test_a_quote_in_a_clause_with_a_subject_of_its_own_is_not_the_speakers():
    """'Linde said the talks had stalled, while members called the offer “…”' and '… the ministry's letter,
    which warned of “…”': the quoted words belong to the clause's own subject, not to the one who said the rest."""
    _parser_or_skip()
    from index.text.entities import speech_subjects

    for text in (
        "Mara Linde said the talks had stalled, while union members called the offer “an insult”.",
        "Mara Linde said she had read the ministry's letter, which warned of “serious consequences”.",
    ):
        start = text.index("“")
        assert speech_subjects([(text, 0, len(text), [(start, text.index("”") + 1)])]) == [[]]

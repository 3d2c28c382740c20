"""Whose words a statement is: the body that issued it, the person whose verb shares the quoted words' sentence,
two states speaking together, a release under a 'Statement by' heading, and what a quote with no speaker is
about. Each on a short text written for the test."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_sentence_opening_with_the_statement_is_its_issuers(parties):
    """'The Foreign Ministry said in a statement …' then a sentence opening 'The statement said that “…”':
    the ministry's words, as '“…,” the statement said' already was; a proposal that 'was announced' says
    nothing and leaves the spokesman after it his sentence."""
    drafts = passages(
        "The Omani Foreign Ministry said in a statement that the talks “will not touch politics.”\n\n"
        "The statement said that “aid and a truce are the only items on the agenda.”\n\n"
        "The truce proposal was announced at noon, and an Omani ministry spokesman said Muscat hoped the guns "
        "would fall silent by nightfall.",
        parties,
    )
    assert one(drafts, "only items on the agenda").party == "Oman"
    assert one(drafts, "by nightfall").speaker == "an Omani ministry spokesman"


def test_a_body_that_stated_issued_the_statement(parties):
    """'The Saudi Foreign Ministry stated: “…”' and then 'The statement specified that “…”': whose statement
    that is, as after 'said in a statement'."""
    drafts = passages(
        "The Omani Foreign Ministry stated: “The mediators have opened talks in Muscat.”\n\n"
        "The statement specified that “aid and a truce are the only items on the agenda.”",
        parties,
    )
    assert one(drafts, "only items on the agenda").party == "Oman"


TALKS = (
    "Delegations from Norland and Vestria met again in Geneva over the fishing grounds, a year after "
    "Norlandic President Arvid Holm first sat down with Vestrian Prime Minister Pavel Dorn.\n\n"
)


def test_a_statement_quoting_the_second_person_named_is_his(parties):
    """'Holm proposed talks in Oslo. In reply, Dorn said Vestria is “ready to meet,” but …': the quoted
    words are Dorn's, so the statement is his, not that of Holm, who is named first for his proposal."""
    drafts = passages(
        TALKS + "Holm proposed a new round in Oslo on Thursday. In reply, Dorn said that Vestria is "
        "“ready to meet,” though only once the boats are back in port.",
        parties,
    )
    assert one(drafts, "ready to meet").speaker == "Pavel Dorn"


def test_a_statement_whose_first_speaker_is_quoted_stays_his(parties):
    """The first person named keeps the statement when the quoted words are in his own sentence."""
    drafts = passages(
        TALKS + "Holm called the Vestrian offer “a step backwards” on Thursday. Dorn said he would reply later.",
        parties,
    )
    assert one(drafts, "a step backwards").speaker == "Arvid Holm"


def test_a_joint_statement_of_two_countries_is_not_the_country_it_is_about(parties):
    """'France and Germany, in a joint statement, suspended the talks on Sudan': the words are both states',
    so the passage is neither Sudan's, which it is about, nor the first state's alone."""
    drafts = passages(
        "Mediators have tried for months to end the fighting in Sudan.\n\n"
        "In March, France and Germany, in a joint statement, put the Geneva talks on hold over “grave and "
        "repeated breaches” of the truce.\n\n"
        "The two countries blamed the warring sides for “failing the people they claim to defend,” the "
        "statement added.",
        parties,
    )
    assert one(drafts, "repeated breaches").party is None
    assert one(drafts, "failing the people").party is None


def test_one_government_s_statement_about_both_keeps_its_country(parties):
    drafts = passages(
        "Trade talks between China and Canada resumed this week.\n\n"
        "A statement issued in Beijing said both governments had agreed to hold the next round “as soon "
        "as the calendars allow.”",
        parties,
    )
    assert one(drafts, "calendars allow").party == "China"


def test_a_quote_without_a_speaker_takes_no_party_from_the_words_it_quotes(parties):
    """Whoever is quoted may talk about any country: the countries inside the quote marks say what the
    speaker talks about, not whose side the speaker is on. Names outside the marks still count."""
    drafts = passages(
        "The caucus released the following statement late on Monday:\n\n"
        "“The caucus has agreed to keep talking with the Norwegian side and with anyone in Chile who will "
        "listen, until a settlement is found.”\n\n"
        "Under the plan Chile tabled, “the talks will resume within a week and run until a deal is found.”",
        parties,
    )
    assert one(drafts, "keep talking").party is None
    assert one(drafts, "resume within a week").party == "Chile"


def test_a_statement_under_a_statement_by_heading_is_its_signatorys(parties):
    """A press release headed 'Statement by the Honourable Mara Dunne, Minister of Employment, Skills and
    Labour' prints her statement below it with no attribution: its paragraphs are hers, and a minister's
    portfolio ('Employment') is no party."""
    drafts = passages(
        "Statement by the Honourable Mara Dunne, Minister of Employment, Skills and Labour\n\n"
        "“Ferry operators and their crews have met eleven times since March without settling the rota.\n\n"
        "I have asked both sides to meet again this week, with a mediator if they wish.\n\n"
        "My department will not impose a settlement while the two sides keep talking.”",
        parties,
    )
    assert one(drafts, "eleven times").speaker == "Mara Dunne"
    assert one(drafts, "impose a settlement").speaker == "Mara Dunne"
    assert one(drafts, "impose a settlement").party is None


def test_a_quote_continued_over_a_paragraph_stays_with_its_speaker_not_the_next_statements(parties):
    """The quote Moreau leaves open runs on into the next paragraph, which then quotes a board's statement
    of its own: the open quote and its closing sentence are hers, not the board's."""
    drafts = passages(
        "Inspectors in Eastvale\n\n"
        '"The visit went on late into the evening," agency head Lina Moreau said. "Several files remain open '
        "and each of them matters for the wider picture.\n\n"
        '"My hope is to wrap everything up before the weekend." In a short release, the Eastvale Energy Board '
        'said "access for inspectors was the first item on the agenda".',
        parties,
    )
    assert one(drafts, "Several files remain open").speaker == "Lina Moreau"
    assert one(drafts, "before the weekend").speaker == "Lina Moreau"
    assert one(drafts, "first item on the agenda").speaker != "Lina Moreau"


def test_the_short_close_of_a_quote_opened_a_paragraph_before_is_the_speakers_quote(parties):
    """Holt's quote opens in one paragraph and closes three words into the next, with no mark reopening it:
    those three words are hers and a quote, though too short to be taken for speech on their own."""
    drafts = passages(
        "Trade talks\n\n"
        "Lena Holt added: “Both sides would gain if the market opened to our firms, and soon.\n\n"
        "HUGE STEPS TAKEN!!!” She gave no details of the steps.",
        parties,
    )
    close = one(drafts, "HUGE STEPS TAKEN")
    assert close.kind == "quote"
    assert close.speaker == "Lena Holt"
    assert one(drafts, "gave no details").speaker is None


def test_the_statement_a_body_is_named_before_is_that_bodys(parties):
    """'X passed on a Norwegian Foreign Ministry statement. ¶ “…,” the statement said': the body named
    before the noun issued it, whoever passed it on, so its words speak for Norway."""
    drafts = passages(
        "CARACAS, July 8 (Reuters) - Talks will resume in Barbados.\n\n"
        "In a tweet, Communications Minister Rita Salas confirmed the news by sharing a Norwegian Foreign "
        "Ministry statement.\n\n"
        "“Both delegations will sit down in Barbados next week to move forward,” the statement said.",
        parties,
    )
    assert one(drafts, "move forward").party == "Norway"


def test_a_statement_put_out_saying_is_its_issuers(parties):
    """'Greece's foreign ministry put out a statement this morning saying, quote, “…”' gives the words to the
    ministry that issued the statement, with no comma before 'saying'."""
    drafts = passages(
        "ANNA KESSLER, HOST:\n\nThe talks resumed today. Tom Reyes has been following them.\n\n"
        "TOM REYES, BYLINE: Hi, Anna.\n\n"
        "KESSLER: What about the outside powers?\n\n"
        "REYES: Greece's foreign ministry put out a statement this morning saying, quote, “any settlement must "
        "respect the island's single sovereignty,” end quote.\n\n"
        "KESSLER: Thank you.",
        parties,
    )
    assert one(drafts, "single sovereignty").party == "Greece"


def test_a_kind_of_body_speaking_is_the_articles_one_body_of_that_kind(parties):
    """'the guild wrote', 'the employer said': a definite description of a kind of body speaks for the article's
    one body of that kind, though no name ends in the noun ("Harbour Pilots Union" is the guild here)."""
    drafts = passages(
        "The Harbour Pilots Union and Tidewater Shipping Company resumed talks on Monday.\n\n"
        "“We will not sign a contract that cuts the night crews,” the guild wrote to its members. "
        "Tidewater Shipping Company declined to comment.\n\n"
        "“Our offer stands and the night crews keep their pay,” the employer said in a notice. The Harbour "
        "Pilots Union called the notice misleading.",
        parties,
    )
    assert one(drafts, "night crews,").party == "Harbour Pilots Union"
    assert one(drafts, "Our offer stands").party == "Tidewater Shipping Company"


def test_a_kind_of_body_speaking_gets_no_party_where_two_of_its_kind_are_named(parties):
    """Two shipping companies named again and again: 'the firm said' could be either, so nothing is guessed."""
    drafts = passages(
        "Tidewater Shipping Company and Coastline Shipping Company are bidding for the same port contract. "
        "Tidewater Shipping Company offered more; Coastline Shipping Company offered faster work.\n\n"
        "“Our bid is the better one for the port,” the firm said.",
        parties,
    )
    assert one(drafts, "better one for the port").party is None


def test_a_bare_quote_after_a_bodys_statement_goes_on_with_that_body(parties):
    """'“…,” said Tidewater Shipping Company in a statement. “…”': the second quote names nobody and nothing, so
    it goes on with the body that spoke just before it in the paragraph."""
    drafts = passages(
        "“We expect the port to stay open through the strike,” said Tidewater Shipping Company in a statement. "
        "“Shippers should still collect their containers before Friday.”",
        parties,
    )
    assert one(drafts, "stay open").party == "Tidewater Shipping Company"
    assert one(drafts, "collect their containers").party == "Tidewater Shipping Company"


def test_the_advisory_said_is_its_one_issuers_however_far_on(parties):
    """'Tidewater Shipping Company, in an advisory posted Monday …' five paragraphs before '“…,” the advisory
    said': the one advisory the article names is that company's, and so is the bare quote after it."""
    drafts = passages(
        "Tidewater Shipping Company, in an advisory posted Monday to its website, asked shippers to collect "
        "their containers early.\n\n"
        "The dockworkers and the port employers have not met since March.\n\n"
        "The current contract runs out on the fifteenth.\n\n"
        "A federal mediator has offered to host talks next week.\n\n"
        "Neither side has confirmed the date.\n\n"
        "“Our crews are preparing for a stoppage at every terminal,” the advisory said. “We will post updates "
        "each morning until the talks resume.”",
        parties,
    )
    assert one(drafts, "preparing for a stoppage").party == "Tidewater Shipping Company"
    assert one(drafts, "post updates").party == "Tidewater Shipping Company"


def test_the_rebels_speaking_are_the_articles_one_rebel_group(parties):
    """'“…,” the rebels said', '“…,” said the rebels': the plural is a body speaking, the one group the article
    calls rebels ("its main rebel group, the X (ABC)", "rebels of the X"), never the government named before."""
    first = passages(
        "The country's main rebel group, the Northern Liberation Front (NLF), said on Thursday it was ready for "
        "talks with the government of Norland.\n\n"
        "“We will send a delegation to any capital in the region,” the rebels said.",
        parties,
    )
    assert one(first, "send a delegation").party == "Northern Liberation Front"
    second = passages(
        "Rebels of the Northern Liberation Front attacked a town on Monday. The government of Norland called "
        "it a breach of the truce.\n\n"
        "“We only defended our positions in the hills,” said the rebels.",
        parties,
    )
    assert one(second, "defended our positions").party == "Northern Liberation Front"


def test_its_statement_speaks_for_the_body_just_heard(parties):
    """'The X Union did not give details. “…,” its statement said': the possessive is the body the text just had
    speak, as 'it said' is."""
    drafts = passages(
        "The Harbour Pilots Union did not give details of the talks on Friday. “Progress is easier without a "
        "running public commentary,” its statement said.",
        parties,
    )
    assert one(drafts, "running public commentary").party == "Harbour Pilots Union"

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


def test_a_bare_title_takes_the_country_the_article_gave_that_office(parties):
    """'Moldova's ambassador to the UN' and later 'Ambassador X': the one country whose ambassador the article
    describes; 'Oman's foreign ministry said' and then 'Ministry spokesman X': that ministry's country. With
    two countries' ambassadors described, a bare 'Ambassador' stays unplaced."""
    drafts = passages(
        "Moldova's ambassador to the United Nations dismissed the offer on Sunday, calling it “a pause dressed "
        "up as peace.”\n\n"
        "“Nobody wants the fighting to stop more than we do,” Ambassador Irena Tovstenko said.\n\n"
        "Oman's foreign ministry told reporters the two sides had never been nearer a deal.\n\n"
        "Ministry spokesman Karim Haddadi told a news conference that Oman had sent a draft to Iran and Yemen. "
        "“We are closer than at any time this year,” he said.",
        parties,
    )
    assert one(drafts, "stop more than we do").party == "Moldova"
    assert one(drafts, "closer than at any time").party == "Oman"
    two = passages(
        "Moldova's ambassador and Romania's ambassador met the mediators on Sunday.\n\n"
        "“Nobody wants the fighting to stop more than we do,” Ambassador Irena Tovstenko said.",
        parties,
    )
    assert one(two, "stop more than we do").party is None


def test_a_known_person_introduced_as_former_holds_no_position(parties):
    """The register lists David Cameron under the United Kingdom, but an article calling her a former prime minister
    says the post is over: as with any former official, his words state no side. A serving prime minister
    the register lists keeps his country, and so does a former one whom the article also gives his title in
    office: it speaks of that time too."""
    drafts = passages(
        "Former prime minister David Cameron said the backstop “was argued over line by line, and nobody was "
        "surprised.”\n\n"
        "“We will keep the border open whatever happens,” Prime Minister Keir Starmer said.",
        parties,
    )
    assert one(drafts, "line by line").speaker == "David Cameron"
    assert one(drafts, "line by line").party is None
    assert one(drafts, "border open").party == "United Kingdom"
    in_office = passages(
        "In 2015 Prime Minister David Cameron said the referendum “will settle this for a generation.”\n\n"
        "Under the previous government, former prime minister David Cameron ruled out a second vote.",
        parties,
    )
    assert one(in_office, "ruled out a second vote").party == "United Kingdom"


def test_he_after_a_quote_standing_alone_is_who_spoke_before_it(parties):
    """A quote printed alone between a speaker's paragraph and '“…,” he said' names nobody: 'he' is still the
    person the paragraph before it quoted, even when nothing tells that person's gender, and not an earlier
    man the article quoted."""
    drafts = passages(
        "Farmers blocked the ring road on Monday. “We came to say no to this pact,” said Dutch pig farmer Joost "
        "Verhagen.\n\n"
        "Former Dutch minister Elio Marchetti said on X that the deal “puts our farms at risk”.\n\n"
        "“Europe cannot be a sieve for cheap imports”\n\n"
        "“As the commission speeds up the talks, we must defend our growers,” he said.",
        parties,
    )
    assert one(drafts, "defend our growers").speaker == "Elio Marchetti"


def test_he_after_a_participle_clause_is_the_sentence_before(parties):
    """'X voiced cautious hope …, acknowledging that … . He said that …': the participle goes with X, not with
    the 'He said' after it, so 'He' still has X to stand for."""
    drafts = passages(
        "Officials in Larnaca reported progress in the talks on Tuesday.\n\n"
        "Chilean Foreign Minister Tomas Reyes voiced cautious hope at a briefing in Geneva, acknowledging that "
        "the talks were moving. He said that the navy's main condition was a monitored coastline.",
        parties,
    )
    assert one(drafts, "monitored coastline").speaker == "Tomas Reyes"


def test_outlined_and_specified_report_speech(parties):
    """'It has previously outlined that …' goes on with the body speaking, as 'It has also said that' does."""
    drafts = passages(
        "The Growers Alliance (GA) has warned that the pact would “empty our valleys”.\n\n"
        "It has previously outlined that small farms would “never be able to compete” with agri-business.",
        parties,
    )
    assert one(drafts, "never be able").party == "Growers Alliance"


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


def test_an_envoy_to_a_head_of_government_by_name_serves_that_head(parties):
    """'A special envoy to Jamaica Prime Minister X on climate finance' works for that prime minister, so
    Jamaica is the side; 'the US envoy to Jamaica' is still sent there by the United States."""
    drafts = passages(
        "Lina Park, a special envoy to Jamaica Prime Minister Andrew Holness on climate finance, said the deal "
        "was “hard but necessary.”\n\n"
        "“Nobody left happy,” said Tom Reed, the US envoy to Jamaica, after the meeting.",
        parties,
    )
    assert one(drafts, "hard but necessary").party == "Jamaica"
    assert one(drafts, "Nobody left happy").party == "United States"


def test_an_officer_known_only_by_rank_serves_the_one_armed_force_named(parties):
    """'The Israeli army said …' then 'Brigadier General X said': the officer is that army's, not a body
    called 'Brigadier'; where the article names two countries' forces the rank alone places nobody."""
    drafts = passages(
        "The Israeli army said it had struck 40 targets overnight.\n\n"
        "“We will continue until the hostages are home,” Brigadier General Avi Tal said.",
        parties,
    )
    assert one(drafts, "hostages are home").party == "Israel"
    two = passages(
        "The Israeli army and the Lebanese army both reported shelling near the border.\n\n"
        "“We will continue until the hostages are home,” Brigadier General Avi Tal said.",
        parties,
    )
    assert one(two, "hostages are home").party is None


def test_an_administration_official_in_an_article_naming_the_united_states_is_american(parties):
    """'A senior administration official said' names no country; 'administration' is Washington's word for its
    government, so with the United States named the official speaks for it, whatever the dateline. A briefing
    label 'SENIOR ADMINISTRATION OFFICIAL:' reads the same."""
    drafts = passages(
        "BEIJING (AP) — The United States and China will resume talks next week, a senior administration "
        "official said. “We expect a hard first day,” the official said.",
        parties,
    )
    assert one(drafts, "hard first day").party == "United States"


def test_a_producer_or_grower_is_named_by_the_description_before_the_name(parties):
    """'said Irish dairy producer Liam Nolan' names Nolan as 'said Dutch pig farmer X' names X, and his
    '“…,” he said' after it is his."""
    drafts = passages(
        "Tractors filled the square on Thursday. “We came to say no to this pact,” said Irish dairy producer Liam "
        "Nolan. “It is as if nobody in Brussels farms,” he said.",
        parties,
    )
    assert one(drafts, "say no to this pact").speaker == "Liam Nolan"
    assert one(drafts, "nobody in Brussels").speaker == "Liam Nolan"


def test_a_month_word_after_a_given_name_is_a_surname(parties):
    """'Theresa May said' named 'Theresa': a month word ends a name before it as a date word does ('Prime
    Minister X Thursday said'). After a given name, a capitalised month word is the surname; 'in May' is not."""
    drafts = passages(
        "Theresa May said the talks “had run their course.”\n\n"
        "In May the talks resumed. “Nothing has changed,” Boris Johnson said in May.",
        parties,
    )
    assert one(drafts, "run their course").speaker == "Theresa May"
    assert one(drafts, "run their course").party == "United Kingdom"
    assert one(drafts, "Nothing has changed").speaker == "Boris Johnson"


def test_a_sentence_opening_it_said_goes_on_with_the_body_that_spoke(parties):
    """'It said growers … “Stop the pact”' after the union's paragraph: a short quote makes the
    passage a statement, and 'it' went on with the body only in a quote ('“…,” it said'); a sentence that opens
    'It said' is the body too."""
    drafts = passages(
        "The Grownet union also said the commission should “make the right call” on the pact.\n\n"
        "It said growers from every valley were united behind a single demand, “Stop the pact”.",
        parties,
    )
    assert one(drafts, "single demand").speaker == "The Grownet union"

"""Whom state officials, their spokespeople and union officers speak for when the article says it only
once, or says it in a way the older rules did not read (seventh real scan, issue 8). Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

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
        "The quota talks made little headway this week, Prime Minister Theresa May's spokesman told reporters on "
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
        "However, the PM’s official spokesman said: “The talks are useful but the gap on berths is still wide.”",
        parties,
    )
    assert one(drafts, "gap on berths").party == "United Kingdom"


def test_a_minister_the_lede_introduced_by_country_keeps_that_country_under_a_bare_title(parties):
    """'Norway's fisheries minister said …' in the lede, then 'Ola Brekke, minister of fisheries and
    coastal affairs, said': the same office, so the same country, though the paragraph names another."""
    drafts = passages(
        "Norway's fisheries minister said on Monday that a quota deal with Iceland was close.\n\n"
        '"Iceland wants the deal before the spring season," Ola Brekke said while meeting reporters.\n\n'
        "Brekke, minister of fisheries and coastal affairs, said the next round would be in Bergen.",
        parties,
    )
    assert one(drafts, "spring season").party == "Norway"


def test_a_cabinet_minister_speaks_for_the_country_whose_head_of_government_the_article_names(parties):
    """A portfolio title with no country ('Regional Development Minister') and 'one of the ministers' at a
    cabinet meeting chaired by a known prime minister are that prime minister's government."""
    drafts = passages(
        "Several ministers pressed Prime Minister Benjamin Netanyahu during Sunday's cabinet session.\n\n"
        '"We learn about the talks from the radio," Regional Development Minister Avi Dror said.\n\n'
        '"Nobody wants a fight over a framework that does not exist yet," one of the ministers said.',
        parties,
    )
    assert one(drafts, "from the radio").party == "Israel"
    assert one(drafts, "does not exist yet").party == "Israel"


def test_a_former_job_beside_a_current_post_leaves_the_current_posts_side(parties):
    """'A former crane operator and an organiser for the union' used to operate cranes and organises for
    the union now: 'former' does not reach past 'and an', so the union is her side."""
    drafts = passages(
        "Dockers at the Port of Halden walked out on Monday.\n\n"
        '"Nobody wants a long strike," said Dana Cole, a former crane operator and an organiser for the '
        "Harbour Workers Union.",
        parties,
    )
    assert one(drafts, "long strike").party == "Harbour Workers Union"


def test_the_paper_a_minister_writes_in_is_not_the_ministers_side(parties):
    """'Writing in The Courier, Mark Ellis, the Transport Secretary, said': The Courier is where he wrote,
    so it is no party of his."""
    drafts = passages(
        "Writing in The Courier, Mark Ellis, the Transport Secretary, said the offer to the drivers was fair.\n\n"
        '"Every driver on our roads has had two rises this year," he said.',
        parties,
    )
    assert one(drafts, "two rises this year").party != "Courier"


def test_a_role_in_brackets_after_a_name_gives_the_party(parties):
    """'Ada Brenner (co-leader of SPD) said …': the bracket holds her role, so the SPD is her side in this
    and her later passages."""
    drafts = passages(
        "Ada Brenner (co-leader of SPD) said every partner would settle its differences one at a time.\n\n"
        "Brenner spoke as she arrived. “We agree on more than the papers think,” she said.",
        parties,
    )
    assert one(drafts, "more than the papers think").party == "Social Democratic Party of Germany"


def test_a_body_named_by_its_portfolio_keeps_its_whole_name(parties):
    """'Health Service chief executive Tom Hale': 'Health' opens titles, but here it names the body with
    'Service'; the party is not a body called 'Service'."""
    drafts = passages(
        '"The wards cannot be staffed this winter," said Health Service chief executive Tom Hale.',
        parties,
    )
    assert one(drafts, "staffed this winter").party == "Health Service"


def test_a_body_whose_name_goes_on_with_of_is_named_whole(parties):
    """'Royal College of Midwives (RCM) chief Ann Cole': the body is the Royal College of Midwives, a
    professional body that bargains for midwives, not a body called 'Midwives RCM' nor a school."""
    drafts = passages(
        "Health Secretary Tom Hale met Royal College of Midwives (RCM) chief Ann Cole on Monday.\n\n"
        'Ms Cole said: "We have no choice but to ballot our members again on a walkout."',
        parties,
    )
    assert one(drafts, "ballot our members again").party == "Royal College of Midwives"


def test_transcript_labels_printed_with_a_dash_name_the_speaker(parties):
    """A press transcript that prints 'HALE – …' for each of the spokesman's turns: the dashed capitals
    are his label, as 'HALE:' would be; a dateline printed the same way once is not a speaker."""
    drafts = passages(
        "MODERATOR: Good afternoon, everyone.\n\n"
        "HALE – We made real progress on the draft and the teams meet again next week.\n\n"
        "QUESTION: And the fishing quotas?\n\n"
        "HALE – Quotas were not on the table today and will not be until the text is agreed.\n\n"
        "OSLO – Norway said on Monday the talks would resume.",
        parties,
    )
    assert one(drafts, "real progress on the draft").speaker == "Hale"
    assert one(drafts, "not on the table today").speaker == "Hale"
    assert one(drafts, "talks would resume").speaker != "OSLO"


def test_an_ambiguous_demonym_means_the_one_of_its_countries_the_article_names(parties):
    """'Korean' may be either Korea; an article that names South Korea and never North Korea means the
    South by 'the Korean government'. Where both are named it is neither."""
    drafts = passages(
        "South Korea and Chile agreed to speed up their trade talks on Wednesday.\n\n"
        '"Both ministers noted real progress on farm tariffs," the Korean government said in a statement.',
        parties,
    )
    assert one(drafts, "farm tariffs").party == "South Korea"
    both = passages(
        "South Korea and North Korea traded accusations at the border talks.\n\n"
        '"There was no progress on the crossing points today," the Korean official said.',
        parties,
    )
    assert one(both, "crossing points").party not in ("South Korea", "North Korea")


def test_officials_with_no_country_belong_to_the_one_government_the_article_names(parties):
    """An MP, a 'presidential spokesman' and a spokesperson for a ministry named only by its portfolio, in
    an article whose only government is 'the Andorran government', speak for Andorra."""
    drafts = passages(
        "Critics said the Andorran government had delayed naming its negotiating team.\n\n"
        "“The team should have been named months ago,” said MP Rosa Vidal.\n\n"
        "“Our delegation is ready to begin,” presidential spokesman Pau Serra said.\n\n"
        "“The list is complete,” said Marta Gil, a spokesperson for the Ministry for Dialogue Affairs.",
        parties,
    )
    assert one(drafts, "months ago").party == "Andorra"
    assert one(drafts, "ready to begin").party == "Andorra"
    assert one(drafts, "list is complete").party == "Andorra"


def test_the_company_in_a_union_dispute_is_the_employer_whose_offer_the_article_names(parties):
    """'Harlow's offer' and 'Harlow had improved' in a strike story: 'the company said' is Harlow, even
    though the article never prints 'from Harlow' or 'with Harlow'."""
    drafts = passages(
        "Leaders of the Dock Workers Union rejected Harlow's offer of a 20% rise and would not put it to a "
        "vote.\n\n"
        "Harlow had improved its first offer twice since the walkout began, and Harlow now wants an answer by "
        "Friday.\n\n"
        "“We shared every detail of the offer with our workers,” the company said in a statement.",
        parties,
    )
    assert one(drafts, "every detail of the offer").party == "Harlow"


def test_a_country_that_reiterates_a_stance_speaks_as_the_state_of_its_bare_titled_officials(parties):
    """'Pakistan reiterated on Thursday …' has the country speak as 'Pakistan said' does, so the Foreign
    Office spokesperson quoted next, whose title names no country, is Pakistan's, not India's."""
    drafts = passages(
        "Pakistan reiterated on Thursday that it is open to talks with India but will set no conditions.\n\n"
        "“Every formal round would have to take up water sharing,” Foreign Office spokesperson Rafi Durrani "
        "said at the weekly briefing.",
        parties,
    )
    assert one(drafts, "water sharing").party == "Pakistan"


def test_a_named_head_of_government_is_not_in_the_cabinet_of_another_head_the_article_names(parties):
    """'Acting Prime Minister Wiremu Hale' with President Xi Jinping named in the article: bare-titled
    ministers may sit in the government of the one head an article names, but a head of government does
    not sit in another's."""
    drafts = passages(
        "Leaders in Beijing, President Xi Jinping among them, sounded cool on the visit.\n\n"
        "“We will wait for the full account before reading anything into it,” said Acting Prime Minister "
        "Wiremu Hale.",
        parties,
    )
    assert one(drafts, "full account").party != "China"


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


def test_a_known_person_after_a_lowercase_former_title_holds_no_position(parties):
    """'… said former prime minister David Cameron': the title before his name is read without a capital
    'former', yet the post is just as over as in 'Former Prime Minister David Cameron'. Words invented."""
    drafts = passages(
        "“The backstop was argued over line by line,” said former prime minister David Cameron on Monday.",
        parties,
    )
    found = one(drafts, "line by line")
    assert (found.speaker, found.party) == ("David Cameron", None)


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


def test_a_dateline_under_the_headline_places_a_federal_minister(parties):
    """'ISLAMABAD: Federal Minister for Information X said …' under a headline: the dateline is the second paragraph
    of an upload, and a federal minister is the government's, so his words are Pakistan's."""
    drafts = passages(
        "Ports minister hails truce with dock unions\n\n"
        "ISLAMABAD: Federal Minister for Information Saleem Akhtar said on Tuesday that the strike at the docks had "
        "ended after two weeks of talks.\n\n"
        "“Nobody gains when the cranes stand still,” he said.",
        parties,
    )
    assert one(drafts, "cranes stand still").speaker == "Saleem Akhtar"
    assert one(drafts, "cranes stand still").party == "Pakistan"


def test_a_photo_caption_above_the_dateline_does_not_hide_it(parties):
    """A capture keeps the lead photo's caption ("X (3rd from left) with …") above "ISLAMABAD - …": the caption
    is no body text, so the dateline under it still places the bare-titled minister."""
    drafts = passages(
        "Ports Minister Saleem Akhtar (3rd from left) and union leaders pose for a group photo after the talks "
        "at the harbour office, Karachi, March 4, 2025.\n\n"
        "ISLAMABAD - The strike at the docks ended on Tuesday after two weeks of talks between the government "
        "and the dock unions.\n\n"
        "Federal Minister Saleem Akhtar said the deal would hold.\n\n"
        "“Nobody gains when the cranes stand still,” he said.",
        parties,
    )
    assert one(drafts, "cranes stand still").speaker == "Saleem Akhtar"
    assert one(drafts, "cranes stand still").party == "Pakistan"


def test_a_title_case_dateline_with_its_country_places_a_bare_titled_minister(parties):
    """ "Nairobi, Kenya: …" opens a regional paper's story as "Nairobi: …" does, with the country after the city."""
    drafts = passages(
        "Nairobi, Kenya: Fresh talks on the rail line opened on Monday after a month's delay.\n\n"
        "Foreign Minister Jane Wambui said the parties were close. “The gap on tariffs is now small enough to "
        "close this month,” she said.",
        parties,
    )
    assert one(drafts, "gap on tariffs").party == "Kenya"


def test_the_head_of_a_country_the_minister_seeks_a_deal_with_is_not_his(parties):
    """A minister who wants 'a tariff agreement with the United States' and mentions what 'President Trump'
    did is Washington's counterpart: her bare title is not placed in that head's government."""
    drafts = passages(
        "Farm minister Nora Keane wants a tariff agreement with the United States before the summer.\n\n"
        "Last week, Minister Keane met exporters in Cork.\n\n"
        "She said: “President Trump has put the duties on hold, and the clock is running for our exporters.”",
        parties,
    )
    assert one(drafts, "the clock is running").speaker == "Nora Keane"
    assert one(drafts, "the clock is running").party != "United States"


SHADOW_TALKS = (
    "Britain is seeking a trade deal with the United States, the government said on Monday.\n\n"
    "Labour MP Tom Reed told the Commons the talks were going nowhere.\n\n"
)


def test_a_shadow_minister_speaks_for_the_opposition_the_article_names(parties):
    """'Shadow trade secretary Dana Pike said: “…”' in an article that labels an MP 'Labour MP': she sits on
    Labour's front bench, so her words are Labour's, not a body called 'Shadow' nor the government's."""
    drafts = passages(
        SHADOW_TALKS + "Shadow trade secretary Dana Pike said: “This deal sells out our farmers and the minister "
        "knows it.”",
        parties,
    )
    assert one(drafts, "sells out our farmers").party == "Labour"


def test_a_shadow_minister_with_no_opposition_named_has_no_party(parties):
    drafts = passages(
        "Britain is seeking a trade deal with the United States, the government said on Monday.\n\n"
        "Shadow trade secretary Dana Pike said: “This deal sells out our farmers and the minister knows it.”",
        parties,
    )
    assert one(drafts, "sells out our farmers").party is None


def test_a_regions_governor_speaks_for_the_country_not_a_body_named_after_the_region(parties):
    """'Tapuia's governor, X,': Tapuia is a state of Brazil where farmers live (the article says so), and the
    Tapuia Growers' Union is named after it; the governor holds a Brazilian office, so speaks for Brazil."""
    drafts = passages(
        "Dam deal\n\n"
        "Farmers in Tapuia, the Brazilian state that feeds the reservoir, said they would block the access roads. "
        "“Nobody asked us,” said Rui Pardo, a leader of the Tapuia Growers' Union.\n\n"
        "Tapuia's governor, Celia Moura, said on the radio that her state “will not pay for a deal it never saw.”",
        parties,
    )
    assert one(drafts, "never saw").party == "Brazil"
    assert one(drafts, "Nobody asked us").party == "Tapuia Growers' Union"


def test_the_regions_ministry_is_the_territory_that_spoke_not_a_state_its_quote_names(parties):
    """'the region's foreign ministry' after 'Somaliland, which broke away from Somalia, said …': the territory
    that opened the sentence before, not the capital the quote mentions (Ankara) nor the foreign ministry of
    another state the article quotes elsewhere."""
    drafts = passages(
        "Port deal\n\n"
        "A Turkish foreign ministry official said the talks had gone well.\n\n"
        "HARGEISA — Somaliland, which broke away from Somalia decades ago, said it would not be bound by the deal "
        "signed in Ankara.\n\n"
        '"No one in Ankara can trade away our shoreline," the region\'s foreign ministry said in a statement.',
        parties,
    )
    assert one(drafts, "trade away our shoreline").party == "Somaliland"


def test_a_head_of_government_placed_nowhere_heads_the_cabinet_of_the_ministers_named_with_their_country(
    parties,
):
    """'Prime Minister Tomas Ferro told a cabinet meeting …' in a lender's story with a two-city dateline: the
    one country whose ministers the article names with it ('Chile's Finance Minister') is his."""
    drafts = passages(
        "Loan review\n\n"
        "SANTIAGO/WASHINGTON (Wire) — The IMF board approved the second review of the loan on Monday.\n\n"
        "Chile's Finance Minister Ana Rivas welcomed the decision.\n\n"
        '"The board has seen what we see," Rivas said in a statement.\n\n'
        'Prime Minister Tomas Ferro told a cabinet meeting that the cuts would spare pensioners. "We will not '
        'close the gap by emptying the pockets of the old," Ferro said.',
        parties,
    )
    assert one(drafts, "emptying the pockets").party == "Chile"


def test_a_place_with_the_days_date_under_page_furniture_is_the_dateline(parties):
    """'Kathmandu, March 5' on a line of its own, below a headline and share buttons: wire-style copy gives
    the dateline state's officials their bare title, so the foreign secretary is Nepal's; the prime minister
    the text calls 'its visiting' guest is not."""
    drafts = passages(
        "Nepal, Bhutan agree to study hydropower link\n\n"
        "• share\n\n"
        "Kathmandu, March 5\n\n"
        "Nepal welcomed its visiting Prime Minister Dorji Wangmo's call for a joint hydropower study but did not "
        "commit to any dates for it.\n\n"
        "“We have proposed a joint commission for the study,” said Wangmo at a press conference with her host.\n\n"
        "“Both sides will look at the river basins together,” said Foreign Secretary Amrit Thapaliya at a briefing.",
        parties,
    )
    assert one(drafts, "river basins").party == "Nepal"
    assert one(drafts, "joint commission").party != "Nepal"


@pytest.mark.parametrize(
    ("text", "piece", "party"),
    [
        (
            "“We cannot sign this as it stands,” Austria's outgoing EU Minister Tobias Renner told reporters.",
            "sign this",
            "Austria",
        ),
        ("“Our patience has limits,” said France's UN ambassador Claire Vautrin.", "patience has limits", "France"),
        ("“The alliance must hold,” said Norway's NATO envoy Kjell Aasen.", "alliance must hold", "Norway"),
    ],
)
def test_an_office_named_after_a_body_is_the_state_s_that_holds_it(parties, text, piece, party):
    """A state's EU minister, UN ambassador or NATO envoy deals with that body for the state: the body's
    name only says which office."""
    assert one(passages(text, parties), piece).party == party


def test_the_chancellor_of_the_exchequer_holds_a_british_office_not_a_body_called_exchequer(parties):
    """'The Chancellor of the Exchequer, Jim Bolt,': the Exchequer is Britain's treasury, so the
    chancellor speaks for the United Kingdom, as a minister 'of' a portfolio does for their state."""
    drafts = passages(
        "Trade talks with India resumed in London on Monday.\n\n"
        "The Chancellor of the Exchequer, Jim Bolt, met the visiting delegation.\n\n"
        '"We want a deal that works for both our countries," he said.',
        parties,
    )
    assert one(drafts, "both our countries").party == "United Kingdom"


def test_a_bare_home_secretary_in_an_article_about_one_country_is_its(parties):
    """'Home' names the interior portfolio as 'Health' names its own ('the Home Secretary', India's 'Home
    Minister'), so a bare Home Secretary in an article that names only Britain speaks for it, as a bare
    Health Secretary would."""
    drafts = passages(
        "Britain will take back fewer migrants under the new pilot, officials said. The scheme is the first "
        "of its kind in Britain.\n\n"
        "“We will widen it once the first returns have worked,” the Home Secretary told MPs.",
        parties,
    )
    assert one(drafts, "first returns have worked").party == "United Kingdom"


def test_a_title_case_dateline_with_an_agency_credit_places_the_government(parties):
    """'Caracas (AFP) –' on a line of its own is a dateline as 'CARACAS (AFP) —' is: the government's
    minister the article quotes is Venezuela's."""
    drafts = passages(
        "Government and opposition meet again\n\n"
        "Caracas (AFP) –\n\n"
        "Delegations of the government and the opposition met again on Monday after a week's pause.\n\n"
        '"We are continuing the dialogue in good faith," the government\'s Communication Minister, Ana Ruiz, '
        "said in a video.",
        parties,
    )
    assert one(drafts, "dialogue in good faith").party == "Venezuela"


def test_a_place_the_minister_is_accompanied_in_is_not_his_side(parties):
    """'X, who is accompanied by Foreign Minister Y in Barbados, said': where the talks take him is no
    role, so the dateline's state is still his."""
    drafts = passages(
        "CARACAS (AFP) — Delegations of the government and the opposition met again on Monday.\n\n"
        '"We are continuing the dialogue in good faith," the government\'s Communication Minister, Ana Ruiz, '
        "who is accompanied by Foreign Minister Tom Bell in Barbados, said in a video.",
        parties,
    )
    assert one(drafts, "dialogue in good faith").party == "Venezuela"


def test_a_capitalised_place_and_agency_on_a_line_of_their_own_are_a_dateline(parties):
    """'BOGOTA, AFP' alone under the headline: a bare-titled minister the article quotes is Colombia's."""
    drafts = passages(
        "Government delays talks with rebels\n\n"
        "BOGOTA, AFP\n\n"
        "The government put off the opening of talks with the rebels on Thursday.\n\n"
        'Interior Minister Rafael Ochoa said the talks could open on Friday "or whenever the hostage is free."',
        parties,
    )
    assert one(drafts, "whenever the hostage").party == "Colombia"


def test_a_bare_rank_under_a_dateline_serves_that_states_military(parties):
    """'the military said … Colonel X told AFP', with no armed force named by its side: the colonel
    serves the dateline's state."""
    drafts = passages(
        "BOGOTA, AFP\n\n"
        "Rebels burned two trucks on a highway in the northeast, the military said.\n\n"
        '"It is simply an act of terror against civilians on the road," Colonel Ana Ruiz told AFP.',
        parties,
    )
    assert one(drafts, "act of terror").party == "Colombia"


def test_a_dateline_with_the_days_date_before_the_agency_places_the_minister(parties):
    """'SEOUL, July 18 (Yonhap) --': the date between the place and the agency's credit still makes a
    dateline, so a bare-titled Unification Minister speaks for South Korea, not for the Washington the
    article goes on to quote."""
    drafts = passages(
        "SEOUL, July 18 (Yonhap) -- Unification Minister Park Min-ho said Thursday that the two Koreas should "
        "hold high-level talks soon.\n\n"
        '"Now is the time for talks between the two Koreas," Park said in a radio interview.\n\n'
        "Washington said it looks forward to resuming its own talks with the North.",
        parties,
    )
    assert one(drafts, "Now is the time").party == "South Korea"


def test_a_bare_titled_president_is_of_the_one_country_the_article_names(parties):
    """'President Aruna Pelt told Parliament …' in a paper writing of its own state: no dateline and no
    country before the title, but the article's own words are about one country only, named twice (the fund's
    loan for it), so the bare title is that country's. Quotes invented."""
    drafts = passages(
        "President Aruna Pelt told Parliament on Tuesday that members had no choice but to back the loan "
        "programme of the International Monetary Fund for Sri Lanka.\n\n"
        "Opening the debate, the President said there was no other way out. The loan would bring Sri Lanka "
        "three billion dollars over four years.\n\n"
        "“Every member of this House must vote for it,” Pelt said.",
        parties,
    )
    assert one(drafts, "vote for it").party == "Sri Lanka"


def test_a_bare_secretary_is_an_american_cabinet_secretary_where_the_united_states_is_named(parties):
    """'Secretary Dana Marlow …': a cabinet member titled 'Secretary' alone is American usage (elsewhere the
    title carries its portfolio, 'Foreign Secretary'), so in an article that names the United States she
    speaks for it, beside a minister whose title names no country either. Quotes invented."""
    drafts = passages(
        "Secretary Dana Marlow welcomed Foreign Minister Ken Okada on his first visit, and said Japan and the "
        "United States would keep working on the trade pact.\n\n"
        "“Our alliance has rarely been in better shape,” Marlow said.",
        parties,
    )
    assert one(drafts, "better shape").party == "United States"


def test_australias_trade_minister_is_listed_for_a_text_that_gives_no_country(parties):
    """An interview transcript that calls him only 'the Trade Minister' and 'Minister Farrell': the gazetteer
    lists Australia's trade minister, as it lists its prime minister and foreign minister. Words invented."""
    drafts = passages(
        "Host: My guest this morning is Trade Minister Don Farrell. Will you seek an exemption?\n\n"
        "Minister Farrell: We will keep making the case for tariff-free access for our exporters.\n\n"
        "Host: And if the answer is no?\n\n"
        "Minister Farrell: Then we will keep talking, as we always have.",
        parties,
    )
    assert one(drafts, "tariff-free access").party == "Australia"


def test_an_unnamed_ministry_reporting_what_its_sentence_opener_did_is_that_countrys(parties):
    """'Portugal welcomed the envoys, the Foreign Ministry said' brings in Portugal's ministry, though the
    article named Norland's Foreign Ministry first: its quotes and the 'it added' after them speak for Portugal."""
    drafts = passages(
        "Norland named its envoy for the border talks on Saturday, Norland's Foreign Ministry said.\n\n"
        "Vestria's foreign minister Karl Ode said the two envoys could meet within weeks.\n\n"
        "Portugal welcomed the appointment of both envoys, the Foreign Ministry said in a statement.\n\n"
        "“We welcome the steps both governments have taken toward talks,” the Ministry said.\n\n"
        "“This process must bring stability to the whole region,” it added.",
        parties,
    )
    assert one(drafts, "toward talks").party == "Portugal"
    assert one(drafts, "whole region").party == "Portugal"


def test_an_unnamed_official_comes_in_with_the_government_the_sentence_names(parties):
    """'With the Chilean government studying the draft, an official close to the talks said …' brings the
    official in with Chile's government, and 'Another government official said Chile was “…”' names one
    country only: both speak for Chile, though the draft and the mediator are another country's."""
    drafts = passages(
        "A Peruvian mediator arrived in Santiago on Tuesday to discuss the fisheries draft.\n\n"
        "With the Chilean government studying the Peruvian draft, an official who is close to the talks said "
        "on Monday that it was broadly acceptable.\n\n"
        "“We are writing our last comments on the wording of the text,” the official said.\n\n"
        "Another government official said Chile was “waiting for the mediator so we can settle the open points”.",
        parties,
    )
    assert one(drafts, "last comments on the wording").party == "Chile"
    assert one(drafts, "settle the open points").party == "Chile"


def test_transnistria_is_known_by_its_wire_spellings(parties):
    """Wire copy spells the breakaway region 'Transdniestria' and its officials 'Transdniestrian': the
    gazetteer lists the region under every spelling, so the negotiator speaks for it, not for a body named by
    the adjective. Names and words invented."""
    drafts = passages(
        "TIRASPOL, March 3 - Transdniestrian negotiator Ilie Rusu said the settlement talks must resume.\n\n"
        "“Transdniestria is ready to sit at the table in any format that includes all sides,” Rusu said.",
        parties,
    )
    assert one(drafts, "in any format").party == "Transnistria"


def test_a_dateline_at_the_venue_of_talks_is_not_the_bare_titled_officials_state(parties):
    """'OSLO, Norway -- The Colombian government and the rebels signed … in talks held in Oslo': the dateline
    is where the talks sit, so 'Senator X' quoted there is Colombia's, the one government the article names,
    not Norway's. Words invented."""
    drafts = passages(
        "OSLO, Norway -- The Colombian government and the rebel delegation on Saturday signed the last annex of "
        "the framework accord.\n\n"
        "The annex was agreed after a calm week in the sixth round of talks held in Oslo, Norway.\n\n"
        "“Do not promise what Congress cannot pass into law,” Senator Camila Ortega said before the signing.",
        parties,
    )
    assert one(drafts, "cannot pass into law").party == "Colombia"


def test_a_presidential_adviser_with_a_remit_is_a_state_title(parties):
    """'Presidential Adviser on the Peace Process Ana Reyes' holds an office in the president's staff, so under a
    Manila dateline she speaks for the Philippines, as a bare 'Foreign Minister' would. Words invented."""
    drafts = passages(
        "MANILA -- Presidential Adviser on the Peace Process Ana Reyes said on Monday that the rebel front would "
        "keep its seat in the transition body.\n\n"
        "“The door remains open to every group that lays down its arms,” Reyes told reporters.",
        parties,
    )
    assert one(drafts, "lays down its arms").party == "Philippines"


def test_a_paper_named_after_a_capital_reports_its_own_states_bare_titles(parties):
    """In 'The Manila Courier', 'Presidential Adviser on the Peace Process Ana Reyes said' with no dateline and
    no country named: a paper named after a capital is that country's own, so its adviser is the Philippines'.
    A paper named after no capital says nothing. Paper, people and words invented."""
    text = (
        "The peace accord does not cancel the earlier treaty with the rebel front, Presidential Adviser on the "
        "Peace Process Ana Reyes said on Monday.\n\n"
        "“The door remains open to every group that lays down its arms,” Reyes told reporters."
    )
    assert one(passages(text, parties, publisher="The Manila Courier"), "lays down its arms").party == "Philippines"
    assert one(passages(text, parties, publisher="The Harbour Courier"), "lays down its arms").party is None


def test_a_person_named_after_someones_counterpart_of_one_country_is_that_counterpart(parties):
    """'The trade secretary had to apologise to her Norwegian counterpart as talks began. ¶ Her aides had told
    Lars Berg …': the article names him nowhere with a role, so he is the Norwegian counterpart and his later
    quotes speak for Norway, though the talks name two countries. Words invented."""
    drafts = passages(
        "Norway and Britain are close to a trade deal after two days of talks in London.\n\n"
        "British Trade Secretary Anna Hale had to apologise to her Norwegian counterpart as the talks began.\n\n"
        "Her aides had told reporters that Lars Berg was slowing the talks down.\n\n"
        "“These talks are about our two nations, not about us,” Mr Berg told the BBC.",
        parties,
    )
    assert one(drafts, "our two nations").party == "Norway"


def test_a_rebel_source_speaks_for_the_one_group_the_article_calls_rebels(parties):
    """ "ELN rebels" and then "one of the rebel negotiators said": an unnamed rebel is on the side of the
    one armed group the article calls rebels, not on no side."""
    drafts = passages(
        "Government envoys and ELN rebels met in Caracas on Tuesday, both sides said.\n\n"
        "“They sent people who cannot decide anything,” one of the rebel negotiators said on Wednesday.",
        parties,
    )
    assert one(drafts, "cannot decide anything").party == "ELN"


def test_a_bare_titled_minister_is_not_of_the_country_of_her_counterpart(parties):
    """Trump is the one head of government named, but "her American counterpart" makes the United States the
    other side; Canada is the one country left, so the foreign minister is Canada's."""
    drafts = passages(
        "Foreign Minister Anne Tremblay ignored U.S. President Donald Trump's latest jab and praised her American "
        "counterpart on Friday, as Canada's bid to close the trade talks slipped past its deadline.\n\n"
        "Tremblay spoke of steady progress and of a deal that works for Canadians.\n\n"
        "“We have made real progress this week and we will be back at the table on Tuesday,” she said.",
        parties,
    )
    assert one(drafts, "real progress").party == "Canada"


def test_a_remit_organ_and_a_lawmakers_home_state_are_no_sides(parties):
    """ "Appropriations Chairman X of Nevada": the committee the title names is an organ of the legislature
    and Nevada the state he is elected in; neither is the side he takes, and nothing here says which is."""
    drafts = passages(
        "Spending talks resumed in the Capitol on Thursday.\n\n"
        "“We still have the big hurdles to clear,” said Appropriations Chairman Thomas Whitfield of Nevada.",
        parties,
    )
    assert one(drafts, "big hurdles").party is None


def test_the_president_of_treasury_board_is_no_party_of_his_own(parties):
    """ "President of Treasury Board and Minister of Labour X": the board is the government's remit for its
    payroll, never a side; with nothing else to place him, he has no party rather than a wrong one."""
    drafts = passages(
        "Nurses voted for a strike on Wednesday.\n\n"
        "President of Treasury Board and Minister of Labour Dana Whitlock said that “the two sides have met "
        "for months without an agreement.”",
        parties,
    )
    assert one(drafts, "met for months").party is None


def test_no_10_is_downing_street(parties):
    """ "A No 10 spokesperson", "No. 10 said": the short form of Number 10, the British prime minister's office,
    speaks for the United Kingdom as "Number 10" and "Downing Street" do."""
    drafts = passages(
        "Britain and Norway reopened their fisheries talks in Bergen on Tuesday.\n\n"
        "A No 10 spokesperson said: “We want a settlement that keeps our boats at sea all year.”\n\n"
        "Earlier, No. 10 said: “The Prime Minister will not sign a bad deal.”",
        parties,
    )
    assert one(drafts, "boats at sea").party == "United Kingdom"
    assert one(drafts, "bad deal").party == "United Kingdom"


def test_the_north_and_the_south_are_the_halves_of_the_divided_country_named(parties):
    """ "The North's state-run news agency said …", "The South said …": in an article that names North and
    South Korea, the halves are those states; "the North Atlantic" stays a sea."""
    drafts = passages(
        "North Korea and South Korea agreed on Friday to reopen their liaison office at the border.\n\n"
        'The North\'s state-run news agency said the talks had been "frank and useful for the whole nation".\n\n'
        'The South said it hoped to hold a second round "before the harvest festival begins".',
        parties,
    )
    assert one(drafts, "whole nation").party == "North Korea"
    assert one(drafts, "harvest festival").party == "South Korea"


def test_the_north_is_no_state_where_the_article_names_one_half_only(parties):
    drafts = passages(
        "Fishing crews from Canada met in Halifax on Friday.\n\n"
        'The North\'s fleet said the new quotas were "a disaster for the whole coast".',
        parties,
    )
    assert one(drafts, "whole coast").party != "North Korea"


def test_the_prime_ministers_office_serves_the_prime_minister_the_article_names(parties):
    """ "A spokesperson for the Prime Minister's Office" and the statement it issued speak for the country whose
    prime minister the article names ("Norwegian Prime Minister Ada Lund"), not for nobody."""
    drafts = passages(
        "President Carver said on Tuesday he had refused a call with Norwegian Prime Minister Ada Lund about the "
        "stalled fisheries talks.\n\n"
        "A spokesperson for the Prime Minister's Office rejected that account, saying “no call was ever "
        "requested.”\n\n"
        "“We have nothing further to add on the matter,” the statement said.",
        parties,
    )
    assert one(drafts, "no call was ever").party == "Norway"
    assert one(drafts, "nothing further to add").party == "Norway"


def test_the_prime_ministers_official_spokesman_serves_the_prime_minister_the_article_names(parties):
    """ "The Prime Minister's official spokesman" speaks for the office as its press office does: the country
    whose prime minister the article names."""
    drafts = passages(
        "Norwegian Prime Minister Ada Lund met the nurses' union on Monday.\n\n"
        "The Prime Minister's official spokesman said: “We would urge the nurses to return to talks.”",
        parties,
    )
    assert one(drafts, "return to talks").party == "Norway"


def test_the_prime_ministers_office_is_no_country_when_two_prime_ministers_are_named(parties):
    drafts = passages(
        "Norwegian Prime Minister Ada Lund and Danish Prime Minister Per Holm met on Tuesday about fishing.\n\n"
        "A spokesperson for the Prime Minister's Office said “the meeting went well.”",
        parties,
    )
    assert one(drafts, "meeting went well").party is None


def test_a_post_in_an_organisation_the_text_gives_a_listed_person_is_their_side(parties):
    """People move from a government to an organisation: the gazetteer lists Annalena Baerbock under Germany,
    but as President of the UN General Assembly she speaks for the UN; a role naming her state's office
    keeps the state, and an ambassador to the UN still serves her government. Words invented."""
    quote = "“The Council cannot keep failing the people it was made for,”"
    later = passages(f"{quote} UN General Assembly President Annalena Baerbock said.", parties)
    assert one(later, "people it was made for").party == "United Nations"
    earlier = passages(f"{quote} German Foreign Minister Annalena Baerbock said.", parties)
    assert one(earlier, "people it was made for").party == "Germany"
    envoy = passages(f"{quote} UN Ambassador Linda Thomas-Greenfield said.", parties)
    assert one(envoy, "people it was made for").party == "United States"


def test_a_speaker_named_by_surname_only_gets_the_country_the_people_list_gives(parties):
    """'…,” Froman said.': wire copy names a trade representative by surname alone once it has named him;
    the gazetteer lists the US trade representatives since about 2010, so the quote is the United States'.
    Quote invented."""
    drafts = passages("“We want the tariff gone before the spring planting,” Froman said.", parties)
    found = one(drafts, "spring planting")
    assert (found.speaker, found.party) == ("Froman", "United States")


@pytest.mark.parametrize(
    ("sentence", "piece", "party"),
    [
        (
            "Bosnian Serb leader Dragan Vukelić said the entity would “keep every power the peace deal gave it.”",
            "every power",
            "Republika Srpska",
        ),
        (
            "“Our municipalities will not be run from one office in the capital,” Kosovo Serb leader Nenad Ilić said.",
            "municipalities",
            "Kosovo Serbs",
        ),
        (
            "Turkish Cypriot negotiator Ayla Demir said the island “needs two equal sides at the table.”",
            "two equal sides",
            "Northern Cyprus",
        ),
        (
            "Iraqi Kurdish officials said they “expect the salaries before the end of the month.”",
            "expect the salaries",
            "Kurdistan Regional Government",
        ),
    ],
)
def test_a_compound_demonym_names_the_community_not_its_first_words_country(parties, sentence, piece, party):
    """'Bosnian Serb leader', 'Kosovo Serb leader', 'Turkish Cypriot negotiator', 'Iraqi Kurdish officials':
    the compound names a community with its own side in the talks, and as the longest name at its place it
    wins over 'Bosnian', 'Kosovo', 'Turkish' or 'Iraqi'. People and words invented."""
    assert one(passages(sentence, parties), piece).party == party


@pytest.mark.parametrize(
    ("sentence", "piece", "party"),
    [
        (
            "“We want the talks to restart within the month,” said Nicola Sturgeon.",
            "restart within",
            "Scottish Government",
        ),
        ("“The Generalitat will defend its powers in every court,” said Pere Aragonès.", "every court", "Catalonia"),
        (
            "“The region will keep paying the salaries from its own oil,” said Masrour Barzani.",
            "own oil",
            "Kurdistan Regional Government",
        ),
        ("“The factions will meet again in Cairo next week,” said Jibril Rajoub.", "in Cairo", "Fatah"),
        ("“Two states on one island is the only honest answer,” said Ersin Tatar.", "one island", "Northern Cyprus"),
    ],
)
def test_a_sub_state_leader_named_alone_speaks_for_the_region_or_faction(parties, sentence, piece, party):
    """Heads of a region's government and leaders of a Palestinian faction, quoted with no post, speak for the
    side they lead in its standing negotiation, not for the state around it. Quotes invented."""
    assert one(passages(sentence, parties), piece).party == party


def test_a_regions_adjective_alone_names_no_side(parties):
    """'Catalan independence' or 'the Catalan language' is no Catalan government: only its government's and
    leader's titles name that side, so an article on talks between two parties does not hand a party's
    spokesperson to the region. Words invented."""
    drafts = passages(
        "Talks between PSOE and ERC on the road to Catalan independence stalled again this week. “We were "
        "halfway to a deal and now we are a step from the door,” ERC sources said privately. In public, "
        "spokesperson Laia Ferrer was blunter: “Each delay costs the deal another month”.",
        parties,
    )
    assert one(drafts, "another month").party != "Catalonia"


@pytest.mark.parametrize(
    ("sentence", "piece", "party"),
    [
        (
            "“The fighters will hand in their weapons once the army leaves,” said Debretsion Gebremichael.",
            "hand in their weapons",
            "Tigray People's Liberation Front",
        ),
        (
            "“The annex settles how the revenue will be shared,” said Mohagher Iqbal.",
            "revenue will be shared",
            "Moro Islamic Liberation Front",
        ),
        (
            "“The referendum result has to be honoured in Port Moresby,” said Ishmael Toroama.",
            "honoured",
            "Bougainville",
        ),
        (
            "Abkhaz negotiator Inal Chanba said the region “will not return to the old border talks.”",
            "old border talks",
            "Abkhazia",
        ),
        ("“We are ready for the next round in Geneva,” said Alan Gagloyev.", "next round in Geneva", "South Ossetia"),
    ],
)
def test_a_peace_process_movement_or_breakaway_region_is_its_own_side(parties, sentence, piece, party):
    """The movements and regions on one side of a peace process (the TPLF, the MILF, Bougainville's
    government) and the breakaway regions in talks of their own (Abkhazia, South Ossetia, as Transnistria)
    speak for themselves; their leaders quoted by name alone speak for them too. Quotes and the negotiator
    invented."""
    assert one(passages(sentence, parties), piece).party == party


def test_a_minister_for_a_portfolio_is_a_cabinet_title(parties):
    """'the minister for national reconciliation' is a state's minister as 'the minister of trade' is: in an
    article about Mali's government talking to rebels in Algiers, he speaks for Mali."""
    drafts = passages(
        "Mali's government and the northern rebels signed a truce in Algiers on Friday, with Algeria's foreign "
        "ministry looking on.\n\n"
        "“The state will not bargain over its own existence,” said Oumar Traoré, the minister for national "
        "reconciliation.",
        parties,
    )
    assert one(drafts, "bargain over its own existence").party == "Mali"


def test_a_government_with_an_adjective_is_still_that_countrys(parties):
    """'Sudan's transitional government' names Sudan's government as 'Sudan's government' does, so the
    bare-titled finance minister of an article that also names the mediator Qatar is Sudan's."""
    drafts = passages(
        "Sudan's transitional government and two armed movements opened talks in Doha on Monday. Qatar's "
        "foreign ministry said the talks would last a week.\n\n"
        "“We came to make peace, not to share out ministries,” the finance minister, Adil Hamid, said.",
        parties,
    )
    assert one(drafts, "not to share out ministries").party == "Sudan"


def test_a_bare_minister_serves_the_country_whose_capital_the_article_names(parties):
    """An article that names no country, only 'Ottawa' again and again, is about Canada's government: its
    federal housing minister speaks for Canada."""
    drafts = passages(
        "The city of Port Ardent wants Ottawa to pay for the roads before the homes go up.\n\n"
        "“We have made a fair offer and we expect the council to do its part,” the federal Housing Minister, "
        "Dana Kerr, said in a statement.\n\n"
        "Mayor Lin Oduya said Ottawa had “never once come to see the site”.",
        parties,
    )
    assert one(drafts, "fair offer and we expect").party == "Canada"


def test_a_premier_named_for_the_state_speaks_for_it_against_the_federal_government(parties):
    """'The Victoria Premier' in an article about Australia's own federal government speaks for the state;
    the state's name is no side when the article is about Australia and another country."""
    drafts = passages(
        "Canberra and the states are at odds over who pays for the new rail line. Canberra wants the states "
        "to pay half.\n\n"
        "“Victoria will not pay for a line the Commonwealth forgot to plan,” the Victoria Premier, Lou Barta, "
        "told reporters.",
        parties,
    )
    assert one(drafts, "forgot to plan").party == "Victoria"
    abroad = passages(
        "Australia and Japan signed a hydrogen deal in Tokyo.\n\n"
        "“Victoria will build the first plant,” the Victoria Premier, Lou Barta, told reporters in Tokyo.",
        parties,
    )
    assert one(abroad, "build the first plant").party != "Victoria"


def test_a_mayor_speaks_for_the_town_the_article_gives_a_mayor(parties):
    """In an article about one country only, 'Mayor' (a Q&A's label, a bare title) speaks for the town the
    article makes its mayor ('mayor of Port Ardent'), a side of its own against the national government."""
    drafts = passages(
        "Lin Oduya has been mayor of Port Ardent since 2022. Ottawa wants 5,000 homes on federal land there; "
        "Ottawa says the town must pay for the roads.\n\n"
        "“We are not against homes, we are against homes with no roads,” Mayor Lin Oduya said.",
        parties,
    )
    assert one(drafts, "homes with no roads").party == "Port Ardent"


def test_a_community_named_by_a_demonym_is_its_own_side_not_the_country(parties):
    """'Greek Velorians' and 'Turkish Velorians' are the two communities of an island the gazetteer does not
    know: 'a member of the Turkish Velorian team' speaks for that community, not for Turkey."""
    drafts = passages(
        "The island's Greek Velorians and Turkish Velorians have lived apart for fifty years.\n\n"
        "A member of the Turkish Velorian team said the land question “can be settled with money once the "
        "rest is agreed”.",
        parties,
    )
    assert one(drafts, "settled with money").party == "Turkish Velorians"


def test_a_person_named_for_a_side_speaks_for_it(parties):
    """'Aris Demou for the Greek Velorians' and 'Ece Kaya, for the Turkish Velorians,' say whom each leader
    speaks for, though neither has a title."""
    drafts = passages(
        "The island's Greek Velorians and Turkish Velorians have lived apart for fifty years. In Geneva on "
        "Monday were Aris Demou for the Greek Velorians and Ece Kaya, for the Turkish Velorians, with a UN "
        "envoy.\n\n"
        "“We want one island with one seat at the United Nations,” Demou said.\n\n"
        "“Two equal communities, or no deal,” Kaya said.",
        parties,
    )
    assert one(drafts, "one seat at the United Nations").party == "Greek Velorians"
    assert one(drafts, "Two equal communities").party == "Turkish Velorians"


def test_its_spokeswoman_with_a_rank_speaks_for_the_state_whose_ministry_was_named_before(parties):
    """ "Ruritania's defence ministry rejected that. Its spokeswoman, Lt. Gen. X, said": "its" is the
    ministry's, so the officer speaks for its state, even where the article's one named army is the other
    side's and her rank alone would have placed her in it."""
    drafts = passages(
        "Border claims\n\n"
        "Thailand's army spokesman, Col. Anan Dee, said Cambodian soldiers had moved closer to the temple. "
        "“This is not how a side that wants calm behaves,” Dee said.\n\n"
        "Cambodia's defence ministry rejected that. Its spokeswoman, Lt. Gen. Mara Sok, said troops had only "
        "rotated. “Not one of our soldiers has stepped forward,” she said.",
        parties,
    )
    assert one(drafts, "Not one of our soldiers").party == "Cambodia"


def test_the_governments_minister_after_a_qualified_government_is_that_states(parties):
    """ "Yemen's internationally recognised government … said …; “…,” the government's information minister,
    X, told AFP": the words that say which of a divided state's governments is meant still make it the
    state's, so "the government's" minister speaks for Yemen, not for the armed group the paragraph names."""
    drafts = passages(
        "Tanker held\n\n"
        "Yemen’s internationally recognised government, which the Houthis drove from the capital, said the "
        "seizure proved the group could not be trusted. “They hold sailors hostage because they have nothing "
        "else to trade,” the government’s information minister, Saleh Amri, told AFP.",
        parties,
    )
    assert one(drafts, "nothing else to trade").party == "Yemen"


def test_a_party_named_with_party_labels_its_mp_as_an_acronym_does(parties):
    """'Alliance MP X' went to no party, though 'DUP MP' and 'SNP MP' name theirs: the gazetteer writes the party
    as 'Alliance Party', and the word before a member's title is its label when it and 'Party' make a listed
    party's name. A seat ('Causeway MP') names none."""
    drafts = passages(
        "Talks on restoring the assembly's budget resumed at Stormont on Monday.\n\n"
        "“Every week without a budget closes another ward,” said Alliance MP Orla Kenning.\n\n"
        "“We will not be rushed into this,” said DUP MP Ross Tullan.\n\n"
        "“Nobody here has seen the figures,” said Nessa Bray, an Alliance MLA for the area.\n\n"
        "“The funding has to come from London,” said Causeway MP Eamon Loury.",
        parties,
    )
    assert one(drafts, "closes another ward").party == "Alliance Party of Northern Ireland"
    assert one(drafts, "rushed into this").party == "Democratic Unionist Party"
    assert one(drafts, "seen the figures").party == "Alliance Party of Northern Ireland"
    assert one(drafts, "come from London").party != "Alliance Party of Northern Ireland"


def test_a_movement_the_article_names_by_its_abbreviation_is_shown_by_its_full_name(parties):
    """Members read "MILF" or "SPLM-N" as letters they may not know: a peace-process movement is shown by the
    full English name the gazetteer holds, whichever form the article printed."""
    drafts = passages(
        "Negotiators met again in Juba on Thursday.\n\n"
        "“The ceasefire must cover the whole of the two states,” said SPLM-N spokesman Tarek Ossan.\n\n"
        "“Our fighters have kept every line of the annex,” said MILF negotiator Rafi Dumalan.\n\n"
        "“We want the federal troops out first,” a TPLF official told reporters.",
        parties,
    )
    assert one(drafts, "two states").party == "Sudan People's Liberation Movement-North"
    assert one(drafts, "every line of the annex").party == "Moro Islamic Liberation Front"
    assert one(drafts, "federal troops out").party == "Tigray People's Liberation Front"


def test_a_uk_cabinet_office_printed_with_for_is_still_the_uk(parties):
    """ "The Chancellor for the Duchy of Lancaster": the gazetteer lists the office as "Chancellor of the Duchy of
    Lancaster", and a paper that prints "for" still means the UK cabinet office; the duchy is no side."""
    drafts = passages(
        "Trade talks with Washington go on\n\n"
        "The Chancellor for the Duchy of Lancaster said talks between the two governments had been useful. "
        "“There is a lot of goodwill on both sides of the table,” he told a radio programme.",
        parties,
    )
    assert one(drafts, "a lot of goodwill").party == "United Kingdom"


def test_a_speaker_representing_a_country_in_the_talks_speaks_for_it(parties):
    """ "X, a former ambassador, is representing Nepal in talks with the rebels": a former post holds no side,
    but whom the article says the person sits for at the table does, as "speaking for" does. A constituency an
    MP represents is no party of its own."""
    drafts = passages(
        "Negotiator Says Talks With Rebels Were Useful\n\n"
        "Hari Prasad Adhikari, a former ambassador, is representing Nepal in talks with the rebels.\n\n"
        "Q: You took part in the first meeting. How did it go?\n\n"
        "A: We met the rebel council in the hill district. Our talks went on for nearly six hours.\n\n"
        "Jo Brackley, an MP representing Wexcombe North, said: “Both sides deserve a fair hearing in this.”",
        parties,
    )
    answer = one(drafts, "went on for nearly six hours")
    assert answer.speaker == "Hari Prasad Adhikari"
    assert answer.party == "Nepal"
    assert one(drafts, "deserve a fair hearing").party != "Wexcombe North"


def test_a_countrys_rebel_group_is_not_the_country(parties):
    """ "A senior commander of Colombia's smaller rebel group": the country says whose rebels they are, and the
    rebels fight its state, so the commander speaks for the article's one rebel group where it names one (the
    "National Liberation Army rebels" here), never for Colombia."""
    lede = (
        "QUITO — A senior commander of Colombia’s smaller rebel group said on Monday that the ceasefire talks had "
        "stalled."
    )
    named = passages(
        "Rebels say ceasefire talks have stalled\n\n"
        f"{lede}\n\n"
        "The National Liberation Army rebels have asked the government for more time, negotiators said.",
        parties,
    )
    assert one(named, "ceasefire talks had stalled").party == "ELN"
    unnamed = passages(f"Rebels say ceasefire talks have stalled\n\n{lede}", parties)
    assert one(unnamed, "ceasefire talks had stalled").party is None


def test_the_states_negotiator_with_the_rebels_speaks_for_the_state(parties):
    """ "a Colombian negotiator with rebels": the rebels are whom the negotiator faces, so the country
    before them is still the speaker's side, as it is for a rebel commander's opposite number."""
    drafts = passages(
        "Talks with rebels resume\n\n"
        "“The ceasefire must cover the whole border,” said Marta Ibarguen, a Colombian negotiator with rebels.",
        parties,
    )
    assert one(drafts, "must cover the whole border").party == "Colombia"


def test_a_wire_ledes_unnamed_commander_is_named_in_the_next_paragraph(parties):
    """ "QUITO — A senior commander of Colombia's smaller rebel group said … ¶ Aurelio Pardo Quintero said …": a
    wire lede describes the speaker after its dateline and the next paragraph names him, so his quotes speak for
    the rebel group the lede's description names."""
    drafts = passages(
        "Rebels say ceasefire talks have stalled\n\n"
        "QUITO — A senior commander of Colombia’s smaller rebel group said on Monday that the ceasefire talks had "
        "stalled.\n\n"
        "Aurelio Pardo Quintero said the National Liberation Army rebels had asked the government for more time. "
        "“We are not walking away from the table,” Pardo said.",
        parties,
    )
    assert one(drafts, "not walking away from the table").party == "ELN"

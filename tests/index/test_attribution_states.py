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
    assert one(drafts, "more than the papers think").party == "SPD"


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

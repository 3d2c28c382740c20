"""Conventions seen on the tenth scan of real articles nobody had fitted rules on (issue 8): where a titled
name ends and its verb or portfolio begins, a dateline under the headline, a time phrase before the subject
and an apposition saying whose officer someone is. Every text here is written for the test, with invented
names and organisations."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_verb_after_a_titled_name_is_no_part_of_the_name(parties):
    """'Minister Talbot flew to Lisbon' opens with the minister and his verb: the 'he said' that follows is
    the minister named in full before, not someone called 'Minister Talbot flew'."""
    drafts = passages(
        "The Minister for Fisheries, Conor Talbot, hopes to settle the quota row before the winter.\n\n"
        "On Monday, Minister Talbot flew to Lisbon for two days of meetings with the fleet owners.\n\n"
        "He said: “Every boat in the harbour is waiting on this and we owe them an answer.”",
        parties,
    )
    assert one(drafts, "waiting on this").speaker == "Conor Talbot"


def test_a_portfolio_of_several_words_belongs_to_the_title(parties):
    """'Minister for Regional Relations Dara Quill': the portfolio's second word is not the first name, so
    the speaker is Dara Quill, and a body called 'Regional' is no party."""
    drafts = passages(
        "Minister for Regional Relations Dara Quill said a settlement with the islands was within reach.\n\n"
        "Ms Quill told a radio programme: “We are close, but I will not put a date on it.”",
        parties,
    )
    assert one(drafts, "put a date on it").speaker == "Dara Quill"
    assert one(drafts, "put a date on it").role == "Minister for Regional Relations"
    assert one(drafts, "put a date on it").party != "Regional"


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


def test_a_time_phrase_without_its_comma_does_not_hide_the_subject(parties):
    """'Last week Orla Brennan insisted she could …' reads as 'Last week, Orla Brennan insisted …': the time
    phrase opens the sentence and the person after it is who spoke."""
    drafts = passages(
        "The trade office is drafting a list of tariff cuts for the farm talks.\n\n"
        "Last week Orla Brennan insisted she could “win real concessions on beef” before the summer.",
        parties,
    )
    assert one(drafts, "concessions on beef").speaker == "Orla Brennan"


def test_a_person_described_by_whose_lawyer_they_are_is_no_union(parties):
    """'Marta Quinlan, the union's lawyer, said …' names whose lawyer she is: she is not a union called
    'Marta Quinlan', so neither her words nor the union's come out under her name as a party."""
    drafts = passages(
        "Bus drivers in Eastvale will walk out on Monday unless a deal is signed first, the union said.\n\n"
        "Marta Quinlan, the union's lawyer, said the drivers gave notice “because the talks went nowhere.”",
        parties,
    )
    assert one(drafts, "talks went nowhere").speaker == "Marta Quinlan"
    assert one(drafts, "talks went nowhere").party != "Marta Quinlan"
    assert one(drafts, "walk out on Monday").party != "Marta Quinlan"


def test_they_after_one_unnamed_official_is_that_official(parties):
    """'A treasury official has insisted …' and then '“…,” they told the paper': a singular 'they' for the
    one unnamed official heard just before; 'they' after several people stays nobody in particular."""
    drafts = passages(
        "The cabinet is weighing cuts to duties on imported fruit.\n\n"
        "But a treasury official has insisted the list is only a first draft.\n\n"
        "“Talks opened a few days ago and nothing on duties has been settled,” they told the Gazette.\n\n"
        "Dock union leaders met the port board on Friday.\n\n"
        "“We will walk out if the rota stays,” they said.",
        parties,
    )
    assert one(drafts, "nothing on duties").speaker == "a treasury official"
    assert one(drafts, "rota stays").speaker is None


def test_a_union_named_with_and_keeps_its_whole_name(parties):
    """'Coastal Pilots and Deckhands Union (CPDU) President X' names one union: his later quotes speak for
    it, not for a body called 'Deckhands Union'."""
    drafts = passages(
        "Harbour talks broke down on Tuesday when the pilots left the room.\n\n"
        "Coastal Pilots and Deckhands Union (CPDU) President Ines Varga said the offer was “an insult”.\n\n"
        "“They want the tugs run by half the crew,” Varga said in a statement.",
        parties,
    )
    assert one(drafts, "half the crew").party == "Coastal Pilots and Deckhands Union"


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


def test_the_minister_for_a_portfolio_is_no_body_of_that_name(parties):
    """'The Minister for Farming, Nora Keane,' is a title with its portfolio: no party called 'Minister for
    Farming' comes of it."""
    drafts = passages(
        "The Minister for Farming, Nora Keane, met growers in Cork on Tuesday.\n\n"
        "She said: “We will not trade away the dairy sector to close this deal.”",
        parties,
    )
    assert one(drafts, "trade away the dairy").speaker == "Nora Keane"
    assert one(drafts, "trade away the dairy").party != "Minister for Farming"


def test_a_feature_headline_verb_is_no_part_of_the_name_it_introduces(parties):
    """'Meet Rosa Calder, the pilots' leader …' opens a profile: the person is Rosa Calder, and her later
    '“…,” Calder said' is hers, not a speaker called 'Meet Rosa Calder'."""
    drafts = passages(
        "Meet Rosa Calder, the blunt harbour pilots' leader who called this week's walkout.\n\n"
        "Calder is president of the Harbour Pilots Union, which has 900 members on strike.\n\n"
        "“We have waited six years for a raise and we will not wait another,” Calder said.",
        parties,
    )
    assert one(drafts, "six years for a raise").speaker == "Rosa Calder"

"""Conventions left open by the ninth and tenth scans of real articles (issue 8) that any outlet uses: whose
words a statement quotes when it names two people, and a singular 'they' after one spokesperson. Every text
here is written for the test, with invented names and countries."""

from __future__ import annotations

from tests.index.splitting import one, passages

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


def test_they_added_after_the_spokesperson_for_a_ministry(parties):
    """'The spokesperson for the Ministry of Health said: “…”' then 'They added that they expect to reach
    “…”': a singular 'they' for the one spokesperson just heard, though whose spokesperson it is comes after
    the role noun."""
    drafts = passages(
        "Nurses in Eastvale have been on strike for a week over pay.\n\n"
        "The spokesperson for the Eastvale Ministry of Health said: “The ministry has put its best offer on the "
        "table and it will not be improved by another week of closed wards.”\n\n"
        "They added that they expect to reach “an agreement that gets every ward open again before the winter.”",
        parties,
    )
    assert one(drafts, "every ward open again").speaker == "The spokesperson for the Eastvale Ministry of Health"


def test_they_after_a_spokesperson_for_a_ministry_closing_a_quote(parties):
    drafts = passages(
        "Nurses in Eastvale have been on strike for a week over pay.\n\n"
        "A spokesperson for the health ministry said the offer was final.\n\n"
        "“We cannot go beyond what is on the table this year,” they added.",
        parties,
    )
    assert one(drafts, "beyond what is on the table").speaker == "A spokesperson for the health ministry"


def test_they_after_several_officials_stays_nobody(parties):
    drafts = passages(
        "Nurses in Eastvale have been on strike for a week over pay.\n\n"
        "Officials at the health ministry said the offer was final.\n\n"
        "“We cannot go beyond what is on the table this year,” they added.",
        parties,
    )
    assert one(drafts, "beyond what is on the table").speaker is None


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


def test_an_aside_between_dashes_does_not_part_a_union_officer_from_the_union(parties):
    """'the union's EVP – and his nephew – Tom Brady, told members: “…”': the aside between dashes says who he
    is to the union's president (a relative); the title before it is still his, and so is the union."""
    drafts = passages(
        "Dock workers at Eastport walked out on Monday after talks between the Harbour Workers Union and the "
        "port employers broke down.\n\n"
        "Union president Saul Brady vowed to keep the cranes idle.\n\n"
        "On Tuesday, the union’s EVP – and his nephew – Tom Brady, told members: “We came ready to bargain and the "
        "employers did not.”",
        parties,
    )
    assert one(drafts, "ready to bargain").speaker == "Tom Brady"
    assert one(drafts, "ready to bargain").role == "union’s EVP"
    assert one(drafts, "ready to bargain").party == "Harbour Workers Union"

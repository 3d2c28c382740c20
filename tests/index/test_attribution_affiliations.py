"""Whom a politician speaks for: their political party where parties negotiate among themselves or the text
ties them to one, otherwise the state they hold office in (corpus/gazetteer.toml, [political_parties]).
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.index.splitting import one, passages


def test_a_party_leader_speaks_for_the_party_in_coalition_talks(parties):
    """An article where the SPD, the Greens and the FDP bargain over a cabinet is about parties, so the
    chancellor who leads one of them speaks for it, not for Germany."""
    drafts = passages(
        "Coalition partners meet again\n\n"
        "Negotiators of the SPD, the Greens and the FDP met for a sixth evening to settle the budget chapter of "
        "their coalition agreement.\n\n"
        "“We are closer on pensions than anyone expected last week,” Olaf Scholz told reporters as he left.",
        parties,
    )
    assert one(drafts, "closer on pensions").party == "Social Democratic Party of Germany"


def test_the_same_leader_speaks_for_the_state_in_talks_with_another_state(parties):
    drafts = passages(
        "Berlin and Paris trade barbs over jets\n\n"
        "Germany and France failed again to agree on who builds the engine of their joint fighter jet.\n\n"
        "“We will not pay for a plane we cannot help to build,” Olaf Scholz told reporters. The SPD and the "
        "Greens backed him in a parliamentary debate.",
        parties,
    )
    assert one(drafts, "cannot help to build").party == "Germany"


def test_a_label_several_countries_parties_share_is_the_party_of_the_country_the_article_names(parties):
    """'The Greens' are Germany's in an article about German parties, and nobody's where no country or
    sister party says which."""
    german = passages(
        "Budget row\n\n"
        "The CDU and the Greens remain far apart on the debt brake.\n\n"
        "“A brake that stops every bridge is no brake but a wall,” the Greens said in a statement.",
        parties,
    )
    assert one(german, "no brake but a wall").party == "Alliance 90/The Greens"
    nowhere = passages(
        "Budget row\n\n“A brake that stops every bridge is no brake but a wall,” the Greens said in a statement.",
        parties,
    )
    assert one(nowhere, "no brake but a wall").party is None


def test_an_organ_of_a_party_is_the_party(parties):
    drafts = passages(
        "Following Sunday's gathering of the Liberal Democrats Parliamentary Party, a short statement on the "
        "talks with both larger parties was issued.",
        parties,
    )
    assert one(drafts, "short statement").party == "Liberal Democrats"


def test_a_party_acronym_before_a_role_names_the_party_not_the_country(parties):
    drafts = passages(
        "Coalition arithmetic in The Hague\n\n"
        "The VVD, D66 and the CDA need a fourth partner for a majority in the lower house.\n\n"
        "“Nobody should expect a cabinet before the spring,” VVD parliamentary leader Mirte Dalhuisen said.",
        parties,
    )
    assert one(drafts, "before the spring").party == "VVD"


def test_an_officer_of_the_partys_group_speaks_for_the_party_just_named(parties):
    drafts = passages(
        "Commission vote\n\n"
        "The main opposition Republican People's Party has said it will sit on the commission but has doubts. "
        "Kemal Arslan, a deputy chairman of the party's group in parliament, said voters had been told too little. "
        '"We want the guns silent, but we will not sign a cheque nobody has filled in," Arslan said.',
        parties,
    )
    assert one(drafts, "nobody has filled in").party == "Republican People's Party"


def test_a_party_in_brackets_after_a_name_or_owned_by_a_leader_is_the_side(parties):
    """In talks between two states, a politician speaks for the state, unless the text ties them to a party:
    'Jonas Brandt (SPD)', 'Olaf Scholz (SPD)' and 'Friedrich Merz's CDU' are the parties, whether or not the
    gazetteer knows the person."""
    drafts = passages(
        "Jet deal\n\n"
        "Germany and France failed again to agree on who builds the engine of their joint fighter jet.\n\n"
        '"We will not pay for a plane we cannot help to build," said Jonas Brandt (SPD), who chairs a committee.\n\n'
        '"Both capitals are stubborn," Friedrich Merz\'s CDU said in a statement.\n\n'
        '"We want a deal by spring," said Olaf Scholz (SPD).\n\n'
        '"Paris must move first," said Olaf Scholz after the vote.',
        parties,
    )
    assert one(drafts, "cannot help to build").party == "Social Democratic Party of Germany"
    assert one(drafts, "Both capitals are stubborn").party == "Christian Democratic Union"
    assert one(drafts, "deal by spring").party == "Social Democratic Party of Germany"


def test_us_lawmakers_speak_for_their_party_where_the_parties_negotiate_and_for_the_us_abroad(parties):
    """In a budget stand-off between Democrats and Republicans, 'Republican Rep. X' is a Republican; in talks
    with China the same title speaks for the United States. 'Democrats and Republicans' speaking together
    are neither party."""
    budget = passages(
        "Budget stand-off\n\n"
        "Democrats and Republicans in Washington failed again on Tuesday to agree on a stopgap budget.\n\n"
        '"The other side wants a blank cheque," Republican Rep. Tom Beck said.',
        parties,
    )
    assert one(budget, "blank cheque").party == "Republican Party"
    abroad = passages(
        "Tariff talks\n\n"
        "The United States and China failed again on Tuesday to agree on tariffs. Democrats and Republicans in "
        "Congress both blamed Beijing.\n\n"
        '"The other side wants a blank cheque," Republican Rep. Tom Beck said.',
        parties,
    )
    assert one(abroad, "blank cheque").party == "United States"
    joint = passages(
        "Budget stand-off\n\n"
        "Democrats and Republicans in Washington failed again on Tuesday to agree on a stopgap budget.\n\n"
        '"Both chambers must sit through the recess," Democrats and Republicans on the committee said in a letter.',
        parties,
    )
    assert one(joint, "through the recess").party is None


@pytest.mark.parametrize(
    "text, piece, party",
    [
        (
            "Finland's five governing parties resumed budget talks on Tuesday.\n\n"
            "“The cuts to the health districts go too deep,” said Prime Minister Aino Koskela (SDP).\n\n"
            "Centre Party leader Ville Raitanen said: “Rural roads cannot wait another year.”\n\n"
            "The Finns Party and the National Coalition wanted lower spending, and the Left Alliance, the Greens "
            "and the Swedish People's Party wanted more.",
            "health districts",
            "Social Democratic Party of Finland",
        ),
        (
            "Finland's five governing parties resumed budget talks on Tuesday.\n\n"
            "Centre Party leader Ville Raitanen said: “Rural roads cannot wait another year.”",
            "Rural roads",
            "Centre Party of Finland",
        ),
        (
            "Coalition talks in New Zealand went into a third week as National, Act and NZ First traded drafts.\n\n"
            "“We are nearly there on tax,” Act leader Hemi Carrow said.",
            "nearly there",
            "ACT New Zealand",
        ),
        (
            "Coalition talks in New Zealand went into a third week as National, Act and NZ First traded drafts.\n\n"
            "“Nothing is signed until the whole text is,” said National Party negotiator Tessa Landry.",
            "whole text",
            "New Zealand National Party",
        ),
        (
            "Denmark's Social Democrats and Venstre met again on the budget.\n\n"
            "“We want the defence money this year,” the Venstre group leader Jens Holm-Ravn said.",
            "defence money",
            "Venstre",
        ),
        (
            "Norway's Labour Party and the Centre Party quarrelled over electricity prices.\n\n"
            "“Farmers cannot carry this bill,” Centre Party leader Sigrid Nesheim said.",
            "Farmers cannot",
            "Centre Party (Norway)",
        ),
    ],
)
def test_nordic_and_new_zealand_parties_are_sides_in_their_talks(parties, text, piece, party):
    """Finland's, New Zealand's, Denmark's and Norway's main parties are in the gazetteer: a politician tied to
    one ('X (SDP)', 'Centre Party leader X', 'Act leader X') speaks for it in talks between them. 'Centre
    Party' and 'Labour' are labels several countries share, so the country the article names says which."""
    assert one(passages(text, parties), piece).party == party


def test_a_short_party_name_that_is_a_plain_word_needs_its_country(parties):
    """'Act' is New Zealand's party only in an article that names New Zealand. (Bare 'National' is left out
    of the gazetteer: it begins the names of many other bodies.)"""
    drafts = passages("“We are nearly there on tax,” Act leader Hemi Carrow said.", parties)
    assert one(drafts, "nearly there").party != "ACT New Zealand"


@pytest.mark.parametrize(
    ("text", "piece", "party"),
    [
        (
            "The censure vote is set for Thursday.\n\n"
            "Odile Marchetti's hard-right National Rally party has promised to back the motion.\n\n"
            "“Nobody in this chamber can defend such a plan,” Marchetti told a press conference.",
            "defend such a plan",
            "National Rally",
        ),
        (
            "Lisbon's lawmakers threw out the spending plan of the minority Socialist government of Premier "
            "Duarte Quintela on Friday.\n\n"
            "“We leave this chamber with our heads up,” Quintela said afterwards.",
            "heads up",
            "Socialist Party (Portugal)",
        ),
        (
            "Pavel Hradek's liberal-conservative Civic Democratic Party (ODS) opened talks with ANO on Monday.\n\n"
            "“We agree on more than we expected,” Hradek told journalists.",
            "more than we expected",
            "Civic Democratic Party",
        ),
        (
            "The finance minister met his Komeito and DPFP counterparts, Ryo Tamaki and Jun Okabe, respectively, "
            "on the tax bill.\n\n"
            "“Most of our demands were met,” Okabe told reporters.",
            "demands were met",
            "Democratic Party for the People",
        ),
        (
            "Deputies in Lisbon voted down the minority Socialist government of Premier António Costa's "
            "spending plan.\n\n"
            "“We will keep our promises on pensions,” Costa said as he left.",
            "promises on pensions",
            "Socialist Party (Portugal)",
        ),
    ],
)
def test_a_politician_tied_to_a_party_by_a_possessive_a_government_or_a_counterpart_speaks_for_it(
    parties, text, piece, party
):
    """ "X's far-right Y party", "the minority Y government of Prime Minister X" and "his Y and Z
    counterparts, X and W, respectively" tie X to Y as a party in brackets does, by surname too. A
    person the gazetteer lists under a later post (a Portuguese prime minister who went on to the EU)
    speaks for the party the article ties them to."""
    assert one(passages(text, parties), piece).party == party


def test_a_party_tie_read_in_one_article_is_not_carried_into_the_next(parties):
    """Party ties are read once per article, and only for it: the tie one article gives a politician does
    not follow them into the next article split with the same register, nor does its absence."""
    untied = "The vote is on Thursday.\n\n“We will read the bill line by line,” Ilse Varande told reporters."
    tied = (
        "Ilse Varande's hard-right National Rally party has promised to back the motion.\n\n"
        "“Nobody here can defend such a plan,” Varande told a press conference."
    )
    assert one(passages(untied, parties), "line by line").party is None
    assert one(passages(tied, parties), "defend such a plan").party == "National Rally"
    assert one(passages(untied, parties), "line by line").party is None


def test_an_article_takes_over_only_the_alias_table_from_the_register(parties):
    """Whatever else the register holds (a memo some later rule adds, whatever its name) is not handed to the
    articles bound from it, so no article's findings can reach the next one as e539cc7's memo did."""
    from index.text.parties import Parties

    register = Parties(parties.table)
    register._ties_memo = {("Ilse Varande",): "National Rally"}
    bound = register.in_document("“We will read the bill line by line,” Ilse Varande told reporters.")
    assert bound.aliases is register.aliases
    assert not hasattr(bound, "_ties_memo")


def test_a_minister_the_text_calls_a_member_of_a_party_speaks_for_it(parties):
    """ "X, a member of the Social Democrats, said" ties X to the party as brackets do; the office before
    the name says which state, the appositive which party."""
    drafts = passages(
        "Berlin's coalition talks dragged into a third week.\n\n"
        "Germany's outgoing EU Minister Tobias Renner, a longtime member of the Social Democrats, who stay out of "
        "the talks, said: “We have no government and no mandate in Brussels.”",
        parties,
    )
    assert one(drafts, "no mandate").party == "Social Democratic Party of Germany"


def test_the_singular_conservative_before_a_title_is_the_conservative_party(parties):
    """'Conservative MP Jane Dorrit': the adjective is the party's label as 'Tory' is, so she speaks for the
    Conservative Party, not for a body called 'Conservative'."""
    drafts = passages(
        "Coalition talks between the Conservatives and the Liberal Democrats went on into the night.\n\n"
        'Conservative MP Jane Dorrit said: "We are close to a deal on the budget now."',
        parties,
    )
    assert one(drafts, "close to a deal").party == "Conservative Party"


def test_a_politician_on_one_partys_team_or_running_to_lead_it_speaks_for_that_party(parties):
    """'X, the Home Secretary, was one of the Conservative team' and 'said Mr Y, who hopes to be the next
    Labour leader' tie each to a party in talks between parties, whatever office or former office the
    article gives them."""
    drafts = passages(
        "Talks on a new government went on through the weekend at Westminster.\n\n"
        "The Home Secretary, Amy Crane, was one of the Conservative team.\n\n"
        '"We met the Liberal Democrats three times on Saturday alone," she said.\n\n'
        "Tom Rudd, the former transport secretary, was called in by the prime minister that night.\n\n"
        '"Nobody in the room believed the deal would hold for a full term," said Mr Rudd, who hopes to be '
        "the next Labour leader.",
        parties,
    )
    assert one(drafts, "three times on Saturday").party == "Conservative Party"
    assert one(drafts, "deal would hold").party == "Labour Party"


def test_a_leader_listed_under_a_party_speaks_for_it_in_coalition_talks(parties):
    """Christopher Luxon is listed under New Zealand's National Party, not as a state's office holder:
    where Act and NZ First bargain with his party, his words are National's (quotes invented)."""
    drafts = passages(
        "Coalition talks between National, Act and NZ First went into a third week.\n\n"
        "On his way into Parliament, National leader Christopher Luxon said the talks were going well.\n\n"
        "“We will have a stable government before Christmas,” he said.",
        parties,
    )
    assert one(drafts, "before Christmas").party == "New Zealand National Party"


def test_a_minister_listed_under_his_state_only_is_placed_by_the_text_in_coalition_talks(parties):
    """The gazetteer lists Ed Miliband under the United Kingdom and under no party; in talks between Labour
    and the Liberal Democrats his state is no side, so the team the text puts him on is (quote invented)."""
    drafts = passages(
        "The Labour Party and the Liberal Democrats met again on Sunday to thrash out a coalition deal.\n\n"
        "“The sums on rail fares still do not work for us,” said Ed Miliband, who led the Labour team.",
        parties,
    )
    assert one(drafts, "rail fares").party == "Labour Party"


def test_a_leader_named_in_coalition_talks_stands_for_his_party_not_his_state(parties):
    """Gordon Brown is listed under the United Kingdom and under Labour: a sentence about him in an article on
    the parties' coalition talks is about Labour, not about the state, which is no side there. Words invented."""
    drafts = passages(
        "The Conservatives and the Liberal Democrats met again on Sunday to thrash out a coalition deal.\n\n"
        "Gordon Brown spent the weekend phoning Liberal Democrat MPs about rail fares.",
        parties,
    )
    assert one(drafts, "phoning Liberal Democrat MPs").party == "Labour Party"


def test_a_bare_titled_negotiator_in_coalition_talks_is_not_the_prime_ministers_state(parties):
    """Where parties negotiate among themselves, 'Prime Minister Gordon Brown' named in passing does not make a
    bare-titled negotiator an official of the state: the state is no side there. Words invented."""
    drafts = passages(
        "The Labour Party and the Liberal Democrats met again on Sunday to thrash out a coalition deal.\n\n"
        "Prime Minister Gordon Brown stayed in Downing Street through the night.\n\n"
        'The session on rail fares was "long but useful", Negotiator Dana Hale told reporters.',
        parties,
    )
    assert one(drafts, "long but useful").party != "United Kingdom"


def test_a_party_name_before_a_plural_title_still_names_the_party(parties):
    """'Lib Dem MPs said': 'MPs' is a title in the plural, not the end of a longer name, so the words are
    the Liberal Democrats'."""
    drafts = passages(
        "Coalition talks went on at Westminster.\n\n"
        'Lib Dem MPs said in a statement: "We will back a deal only if it reforms the voting system."',
        parties,
    )
    assert one(drafts, "reforms the voting system").party == "Liberal Democrats"


def test_party_leader_speaks_for_the_party_just_named(parties):
    """'Lib Dem MPs met until midnight. ¶ … party leader X said': 'party' is the party the article has just
    named, as 'the party's' is."""
    drafts = passages(
        "Coalition talks went on at Westminster.\n\n"
        "Lib Dem MPs and peers met until past midnight to weigh the offers.\n\n"
        'As the meeting broke up, party leader Tom Reid said: "We want this settled as soon as we can."',
        parties,
    )
    assert one(drafts, "settled as soon").party == "Liberal Democrats"


def test_a_party_role_in_the_text_beats_a_known_persons_later_international_post(parties):
    """Mark Rutte is listed under NATO, his later post; 'VVD leader Mark Rutte' in a report of Dutch
    coalition talks ties him to the VVD there (quote invented)."""
    drafts = passages(
        "Coalition talks in The Hague ended on Monday.\n\n"
        'VVD leader Mark Rutte called it a sound agreement. "It was slow, but we got there in the end," Rutte said.',
        parties,
    )
    assert one(drafts, "got there in the end").party == "VVD"


def test_a_person_keeps_the_side_a_later_passage_gives_them(parties):
    """The first quote gives the spokeswoman only her job; a later one says whose negotiator she is. She speaks
    for that party in both."""
    drafts = passages(
        "Talks between the two parties stalled again this week.\n\n"
        "In public, spokeswoman Lena Markowitz was blunter: “Each time they threaten us, a deal moves away.”\n\n"
        "“Only our own people speak for us,” said Markowitz, one of PSOE's three negotiators.",
        parties,
    )
    assert one(drafts, "deal moves away").party == "PSOE"
    assert one(drafts, "own people").party == "PSOE"


def test_an_unnamed_party_spokesman_speaks_for_the_party_named_last(parties):
    """ "And a party spokesman said …": several paragraphs after the article last named a political party
    (here the Lib Dems), the unnamed spokesman speaks for that party, as "the party" would mean it."""
    drafts = passages(
        "Coalition talks between the parties went on late into the night in London.\n\n"
        "Lib Dem MPs met for three hours at the Commons before the vote.\n\n"
        "Negotiator Alan Pryce called the session “long but useful”.\n\n"
        "“We are keen to settle this within days,” the negotiator added.\n\n"
        'And a party spokesman said MPs had "backed the strategy of the leadership without a single vote against".',
        parties,
    )
    assert one(drafts, "without a single vote").party == "Liberal Democrats"


def test_whom_a_speaker_speaks_for_outweighs_the_post_held_at_home(parties):
    """'Speaking for the bloc, Tonga's envoy, X, said' speaks for the small island states the article just
    named, and 'Y, speaking on behalf of the African Group, said' for that group, not for Tonga or Kenya.
    'Speaking for the first time' names no side, so the post still counts."""
    drafts = passages(
        "The Alliance of Small Island States rejected the draft on Tuesday night. Speaking for the bloc, "
        "Tonga's envoy, Sela Fifita, said: “A treaty that ignores the sea level ignores us.”\n\n"
        "Kenya's ambassador, Otieno Wambua, speaking on behalf of the African Group, said the text “leaves "
        "our continent with the bill and none of the money”.\n\n"
        "Speaking for the first time, Norway's minister, Eirik Lunde, said the draft “is a start we can "
        "build on”.",
        parties,
    )
    assert one(drafts, "ignores the sea level").party == "AOSIS"
    assert one(drafts, "with the bill and none").party == "African Group"
    assert one(drafts, "a start we can build on").party == "Norway"


@pytest.mark.parametrize(
    "lead, party",
    [
        ("Harwick Sands MP Lena Marsh", None),
        (
            "Britain's port minister promised more border staff. Harwick Sands MP Lena Marsh, a Conservative,",
            "Conservative Party",
        ),
        ("Britain's port minister promised more border staff. Harwick Sands MP Lena Marsh", "United Kingdom"),
        ("Harwick Sands TD Lena Marsh", None),
    ],
)
def test_a_constituency_before_a_members_title_is_the_seat_not_a_party(parties, lead, party):
    """ "Harwick Sands MP Lena Marsh": the words before "MP" (or "TD", "MSP") name the seat she sits for, a
    place, not a body called "Harwick Sands". She speaks for the party the article ties her to, else the
    country it places her in, else for no one."""
    drafts = passages(
        f"Queues at the ferry port\n\n{lead} said the port could not cope with another summer of queues.\n\n"
        '"We cannot keep asking families to sleep in their cars by the road," she said.',
        parties,
    )
    assert one(drafts, "sleep in their cars").party == party

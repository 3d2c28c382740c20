"""Conventions seen on real articles nobody had fitted rules on (issue 8, the sixth scan): who speaks
for an organisation, and what a quote with no speaker is about. Texts are written for the test, with
invented names."""

from __future__ import annotations

from tests.index.splitting import one, passages


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


def test_a_company_named_by_its_officer_is_what_the_company_and_its_spokesman_mean(parties):
    """'Westhaven Terminals' chief executive' names a company (its plural possessive is no part of the
    name), and 'jet-maker Corvane' introduces one: the article's 'the company' and 'company spokesman'
    then mean it, though the gazetteer knows neither."""
    drafts = passages(
        "Dockworkers at Westhaven Terminals walked out on Monday after talks broke down.\n\n"
        "“We have put a fair offer on the table and it stays there,” said Ines Vahl, Westhaven Terminals' "
        "chief executive.\n\n"
        "“Nothing has changed since Friday,” the company said in a statement.",
        parties,
    )
    assert one(drafts, "fair offer").party == "Westhaven Terminals"
    assert one(drafts, "since Friday").party == "Westhaven Terminals"
    drafts = passages(
        "Some 900 workers walked out at jet-maker Corvane's two plants after the contract expired.\n\n"
        "“Corvane is still at the table with everyone,” company spokesman Pim Aalders said in an email.",
        parties,
    )
    assert one(drafts, "still at the table").party == "Corvane"


def test_two_titles_joined_by_and_before_a_name_give_that_person_both(parties):
    """'Green Left leader and likely premier Tamsin Vale said': the second title, in lower case,
    still belongs to the name after it, and the first names the party the speaker leads."""
    drafts = passages(
        "Coalition talks resumed in The Hague on Friday.\n\n"
        "Green Left leader and likely premier Tamsin Vale said the second round had been “slow but friendly, "
        "with every side sent home with homework”.\n\n"
        "Dockers Union treasurer and ferry section director Ray Cole wrote: “Management brought nothing new "
        "to the table in six weeks of meetings.”",
        parties,
    )
    vale = one(drafts, "sent home with homework")
    assert vale.speaker == "Tamsin Vale"
    assert vale.party == "Green Left"
    cole = one(drafts, "nothing new")
    assert cole.speaker == "Ray Cole"


def test_a_surname_alone_keeps_the_party_of_two_joined_titles(parties):
    """'Civic Union leader and candidate for chancellor Oren Pask' is one person with both titles, so
    'Pask said' later speaks for the Civic Union too, not for a title cut to 'for chancellor'."""
    drafts = passages(
        "Formal negotiations on a cabinet open on Monday, Civic Union leader and candidate for chancellor "
        "Oren Pask told party members.\n\n"
        "“Our programme survived the first round almost untouched,” Pask said at a news conference.",
        parties,
    )
    later = one(drafts, "almost untouched")
    assert later.speaker == "Oren Pask"
    assert later.party == "Civic Union"


def test_a_region_after_an_organisations_possessive_is_its_branch_not_its_name(parties):
    """'Tradesfirst’s Quebec director' speaks for Tradesfirst: the place after the possessive names the
    branch the director runs."""
    drafts = passages(
        "“Our members will be back at the gates on Monday morning,” Dan Corlis, Tradesfirst’s Quebec "
        "director, said in a written statement.",
        parties,
    )
    assert one(drafts, "back at the gates").party == "Tradesfirst"


def test_he_after_a_description_then_a_ranked_name_is_the_person(parties):
    """'Coastal Front leader, Gen Idris Malouf, praised …' then '“…,” he said': the pronoun goes on with
    the man the description introduces, not with the description."""
    drafts = passages(
        "Coastal Front leader, Gen Idris Malouf, on social media praised the mediators' new draft.\n\n"
        "“Our fighters will hold their positions while the draft is studied line by line,” he said.",
        parties,
    )
    quote = one(drafts, "line by line")
    assert quote.speaker == "Idris Malouf"
    assert quote.party == "Coastal Front"


def test_a_lower_case_title_of_several_words_before_a_full_name_is_a_role(parties):
    """'trade body chief executive Dara Quill has warned': a title whose modifiers no title list holds
    still ends in its role noun right before the name, and the 'she wrote' after it goes on with her."""
    drafts = passages(
        "In a note to staff, trade body chief executive Dara Quill has warned that bonuses could be held "
        "back.\n\n"
        "“Nobody should plan a holiday around a payment that the board has not yet approved,” she wrote.",
        parties,
    )
    assert one(drafts, "held back").speaker == "Dara Quill"
    assert one(drafts, "plan a holiday").speaker == "Dara Quill"


def test_a_minister_who_hoped_that_something_would_happen_is_its_speaker(parties):
    """'X hoped that the talks would “…”' reports X's words as 'said that' does."""
    drafts = passages(
        "Velmoran Foreign Minister Anwen Dobbs hoped that the next round would “settle the river question "
        "once and for all, and leave both banks in peace”.",
        parties,
    )
    assert one(drafts, "river question").speaker == "Anwen Dobbs"


def test_a_name_then_a_lower_case_title_with_no_comma_is_that_person(parties):
    """'Jens Rauch director of member relations said': hurried copy drops the appositive's commas;
    the name is still the speaker, and the quote after it goes on with him."""
    drafts = passages(
        "“Three offers in three months is more than any supplier in the region has made,” Jens Rauch "
        "director of member relations said.\n\n"
        "“We will keep the fourth one open until the end of the week.”\n\n"
        "Harbour Workers Union president Tomas Reilly threw the offer in a bin, saying, “That is where it "
        "belongs, and everyone here knows it.”",
        parties,
    )
    assert one(drafts, "where it belongs").speaker == "Tomas Reilly"
    assert one(drafts, "Three offers").speaker == "Jens Rauch"
    assert one(drafts, "fourth one").speaker == "Jens Rauch"


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


def test_who_after_a_name_makes_that_name_the_speaker(parties):
    """'chaired by Lena Hart, who said …' and '… than Mr. Oduya, who has repeatedly predicted “…”':
    the relative pronoun speaks for the name right before it, not for the sentence's subject."""
    drafts = passages(
        "The envoy sounded far less sure than Mr. Oduya, who has repeatedly predicted “a signed text on the "
        "table before the harvest is in”.\n\n"
        "The session was chaired by Lena Hart, who said the exchanges had been “blunt, long and, by the end, "
        "surprisingly useful”.",
        parties,
    )
    assert one(drafts, "harvest is in").speaker == "Oduya"
    assert one(drafts, "surprisingly useful").speaker == "Lena Hart"


def test_a_bare_spokeswoman_speaks_for_the_organisation_just_named(parties):
    """'The union Carewell said … Spokeswoman Wilma Brent told local radio: “…”': a spokesperson given no
    organisation speaks for the one the article named right before her."""
    drafts = passages(
        "The union Carewell, which speaks for care home staff, said it would put the offer to members.\n\n"
        "Spokeswoman Wilma Brent told local radio: “Members will have the final word, and the ballot opens "
        "on Thursday.”",
        parties,
    )
    assert one(drafts, "final word").party == "Carewell"


def test_a_possessive_before_a_sort_names_no_organisation(parties):
    """'Your Union is committed …' inside a quote names no body called 'Your Union': what 'the union'
    means is not taken from it."""
    drafts = passages(
        "“Nobody left the hotel with a deal in their pocket,” the union said in a statement.\n\n"
        "“Your Union will not sign a contract that cuts a single shift,” Tom Arle told members.",
        parties,
    )
    assert one(drafts, "deal in their pocket").party != "Your Union"


def test_a_name_capitalised_mid_sentence_keeps_its_first_word(parties):
    """'president of Harbour Haulage Inc' names the company whole although the article also speaks of
    'harbour' firms in lower case: only a run that opens a sentence may owe its first capital to that."""
    drafts = passages(
        "“We are glad the drivers will be back on Monday,” said Lena Kornby, president of Harbour Haulage "
        "Inc.\n\nAbout 9,000 drivers had walked out on the harbour firms in March.",
        parties,
    )
    assert one(drafts, "back on Monday").party == "Harbour Haulage Inc"


def test_a_body_whose_name_goes_on_with_of_is_named_whole(parties):
    """'vice president of the Council of Upland Growers': the party is the council, not a body called
    'Upland Growers'."""
    drafts = passages(
        "“The quotas undercut every grower in the valley,” said Mira Tolvanen, vice president of the Council "
        "of Upland Growers.",
        parties,
    )
    assert one(drafts, "every grower").party == "Council of Upland Growers"


def test_a_name_with_a_lobby_group_in_apposition_is_a_body_that_speaks_for_itself(parties):
    """'Agrivan, a lobby group for cereal growers, said …' then 'It said: “…”': the lobby speaks for
    itself (the EU its members farm in is not its side), and 'it' goes on with it as with a company."""
    drafts = passages(
        "Agrivan, a lobby group for cereal growers, said it opposed any opening for imported beef.\n\n"
        "It said: “Opening the market this way would empty our valleys of herds.”",
        parties,
    )
    herds = one(drafts, "empty our valleys")
    assert herds.speaker == "Agrivan"
    assert herds.party == "Agrivan"


def test_a_person_described_by_the_group_they_work_for_is_not_that_group(parties):
    """'Nadia Korb, who follows the talks for the Seabed Watch, an environmental group, said': a person
    with a given name is no body, whatever the description after her names."""
    drafts = passages(
        "Nadia Korb, who follows the talks for the Seabed Watch, an environmental group, said the text was "
        "close. “Only the definition of a small boat is missing,” she said.",
        parties,
    )
    assert one(drafts, "small boat").speaker == "Nadia Korb"


def test_a_person_quoted_right_after_a_bodys_officials_speak_is_one_of_them(parties):
    """'Officials of the Harbour Drivers Union said …' and then '“…,” Rona Vell said' with no role: she is
    one of those officials, on the union's side; without such a paragraph before her she stays unplaced."""
    drafts = passages(
        "Talks broke down on Friday after a long week.\n\n"
        "Officials of the Harbour Drivers Union said they were unhappy with the early reports.\n\n"
        "“This settlement will hurt our members,” Rona Vell said.\n\n"
        "“We expect a calm weekend,” Ivo Brandt said.",
        parties,
    )
    assert one(drafts, "hurt our members").party == "Harbour Drivers Union"
    assert one(drafts, "calm weekend").party is None


def test_speaking_of_something_quoted_is_saying_it(parties):
    """'Velan spoke on Monday of a “fourth package” of proposals': the words quoted are his, as with 'said';
    'spoke of' reports speech whether or not a time comes between."""
    drafts = passages(
        "Foreign Minister Tarik Velan said the talks could resume soon.\n\n"
        "Velan spoke on Monday of a “fourth package” of proposals put forward by his side.",
        parties,
    )
    assert one(drafts, "fourth package").speaker == "Tarik Velan"

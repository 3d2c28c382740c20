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
    """'Green Left leader and potential prime minister Tamsin Vale said': the second title, in lower case,
    still belongs to the name after it, and the first names the party the speaker leads."""
    drafts = passages(
        "Coalition talks resumed in The Hague on Friday.\n\n"
        "Green Left leader and potential prime minister Tamsin Vale said the talks had been held “in a calm "
        "and friendly atmosphere that gives us all plenty to think about”.\n\n"
        "UAW Secretary-Treasurer and truck department director Ray Cole wrote: “We are disappointed that the "
        "company made no serious offer before the deadline.”",
        parties,
    )
    vale = one(drafts, "friendly atmosphere")
    assert vale.speaker == "Tamsin Vale"
    assert vale.party == "Green Left"
    cole = one(drafts, "serious offer")
    assert cole.speaker == "Ray Cole"


def test_a_surname_alone_keeps_the_party_of_two_joined_titles(parties):
    """'Civic Union leader and candidate for chancellor Oren Pask' is one person with both titles, so
    'Pask said' later speaks for the Civic Union too, not for a title cut to 'for chancellor'."""
    drafts = passages(
        "Coalition talks can begin next week, Civic Union leader and candidate for chancellor Oren Pask said "
        "on Friday.\n\n"
        "“We achieved a good result, and a government can now be formed,” Pask said at a press conference.",
        parties,
    )
    later = one(drafts, "good result")
    assert later.speaker == "Oren Pask"
    assert later.party == "Civic Union"


def test_a_region_after_an_organisations_possessive_is_its_branch_not_its_name(parties):
    """'Tradesfirst’s Quebec director' speaks for Tradesfirst: the place after the possessive names the
    branch the director runs."""
    drafts = passages(
        "“We remain open to discussion and hope the employer reconsiders,” Dan Corlis, Tradesfirst’s Quebec "
        "director, said in a release.",
        parties,
    )
    assert one(drafts, "remain open").party == "Tradesfirst"


def test_he_after_a_description_then_a_ranked_name_is_the_person(parties):
    """'Coastal Front leader, Gen Idris Malouf, welcomed …' then '“…,” he said': the pronoun goes on with
    the man the description introduces, not with the description."""
    drafts = passages(
        "Coastal Front leader, Gen Idris Malouf, on Twitter welcomed the joint statement by the two "
        "mediators.\n\n"
        "“We appreciate all efforts to establish a ceasefire and open humanitarian corridors,” he said.",
        parties,
    )
    quote = one(drafts, "humanitarian corridors")
    assert quote.speaker == "Idris Malouf"
    assert quote.party == "Coastal Front"


def test_a_lower_case_title_of_several_words_before_a_full_name_is_a_role(parties):
    """'health service chief executive Dara Quill has warned': a title whose modifiers no title list holds
    still ends in its role noun right before the name, and the 'she wrote' after it goes on with her."""
    drafts = passages(
        "In a letter seen by this newspaper, health service chief executive Dara Quill has warned that the "
        "award could be held back.\n\n"
        "“If the agreement is not accepted by members, the award will be reviewed and may be staged over two "
        "years,” she wrote.",
        parties,
    )
    assert one(drafts, "held back").speaker == "Dara Quill"
    assert one(drafts, "staged over").speaker == "Dara Quill"


def test_a_minister_who_hoped_that_something_would_happen_is_its_speaker(parties):
    """'X hoped that the talks would “…”' reports X's words as 'said that' does."""
    drafts = passages(
        "Velmoran Foreign Minister Anwen Dobbs hoped that the talks would “lead to the end of the conflict "
        "and the return of stability to the whole region”.",
        parties,
    )
    assert one(drafts, "return of stability").speaker == "Anwen Dobbs"


def test_a_name_then_a_lower_case_title_with_no_comma_is_that_person(parties):
    """'Jens Rauch director of corporate communications said': hurried copy drops the appositive's commas;
    the name is still the speaker, and the quote after it goes on with him."""
    drafts = passages(
        "“Unfortunately, attempts to reach a fair and competitive agreement have been unsuccessful,” Jens Rauch "
        "director of corporate communications said.\n\n"
        "“The company remains committed to finding a path forward at the bargaining table.”\n\n"
        "Harbour Workers Union president Tomas Reilly threw the offer in a bin, saying, “That is where it "
        "belongs, and everyone here knows it.”",
        parties,
    )
    assert one(drafts, "where it belongs").speaker == "Tomas Reilly"
    assert one(drafts, "competitive agreement").speaker == "Jens Rauch"
    assert one(drafts, "path forward").speaker == "Jens Rauch"


def test_a_statement_under_a_statement_by_heading_is_its_signatorys(parties):
    """A press release headed 'Statement by the Honourable Mara Dunne, Minister of Employment, Skills and
    Labour' prints her statement below it with no attribution: its paragraphs are hers, and a minister's
    portfolio ('Employment') is no party."""
    drafts = passages(
        "Statement by the Honourable Mara Dunne, Minister of Employment, Skills and Labour\n\n"
        "“The port employers and the dockers’ union have so far been unable to reach an agreement, and the "
        "union has given notice of a strike.\n\n"
        "I am encouraged that both parties are still negotiating and I have urged them to keep at it.\n\n"
        "The government supports and has faith in the collective bargaining process.”",
        parties,
    )
    assert one(drafts, "unable to reach").speaker == "Mara Dunne"
    assert one(drafts, "has faith").speaker == "Mara Dunne"
    assert one(drafts, "has faith").party is None


def test_who_after_a_name_makes_that_name_the_speaker(parties):
    """'chaired by Lena Hart, who said …' and '… than Mr. Oduya, who in recent days has predicted “…”':
    the relative pronoun speaks for the name right before it, not for the sentence's subject."""
    drafts = passages(
        "But the envoy struck a more careful tone than Mr. Oduya, who in recent days has predicted a “very, "
        "very good chance of a deal before the end of the month”.\n\n"
        "The talks were chaired by Lena Hart, who said the talks had been “frank and at times very difficult "
        "for everyone in the room”.",
        parties,
    )
    assert one(drafts, "good chance").speaker == "Oduya"
    assert one(drafts, "frank and at times").speaker == "Lena Hart"


def test_a_bare_spokeswoman_speaks_for_the_organisation_just_named(parties):
    """'The union Carewell said … Spokeswoman Wilma Brent told the BBC: “…”': a spokesperson given no
    organisation speaks for the one the article named right before her."""
    drafts = passages(
        "The union Carewell, which represents health workers, said the new pay offer was the best that "
        "could have been negotiated.\n\n"
        "Spokeswoman Wilma Brent told the BBC: “Is it enough? No, we would have wanted more, but this is the "
        "best deal we will get through negotiation.”",
        parties,
    )
    assert one(drafts, "best deal we will get").party == "Carewell"


def test_a_possessive_before_a_sort_names_no_organisation(parties):
    """'Your Union is committed …' inside a quote names no body called 'Your Union': what 'the union'
    means is not taken from it."""
    drafts = passages(
        "“Talks ended on Friday without an agreement,” the union said in a statement.\n\n"
        "“Your Union is committed to getting the contract our members deserve,” Tom Arle told members.",
        parties,
    )
    assert one(drafts, "without an agreement").party != "Your Union"

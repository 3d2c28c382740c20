"""Titles and descriptions beside a name: portfolios of several words, two titles joined by 'and', lower-case
titles before or after a name, and a description that introduces the name after it. Each on a short text
written for the test."""

from __future__ import annotations

from tests.index.splitting import one, passages


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


def test_an_ordinal_opens_a_title_not_a_sentence_adverb(parties):
    """'First Minister X', 'First officer X', 'First Deputy Prime Minister X': 'First' is part of the title, so
    the person speaks; 'First, …' at the start of a sentence stays an adverb."""
    drafts = passages(
        "Two voices\n\n"
        "First Minister Eilidh Rowan told the chamber the grant would be halved. “We cannot fund a promise twice,” "
        "she said.\n\n"
        "First officer Tomas Vell, who has flown the route for nine years, said he had taken a second job. “I fly "
        "the same plane for less,” he said.\n\n"
        "First, the board must rule. “Nothing moves before then,” said Ada Kern, a mediator.",
        parties,
    )
    assert one(drafts, "promise twice").speaker == "Eilidh Rowan"
    assert one(drafts, "same plane for less").speaker == "Tomas Vell"
    assert one(drafts, "Nothing moves").speaker == "Ada Kern"


def test_a_titled_name_followed_by_the_body_it_works_for_is_the_speaker(parties):
    """'Freight analyst Noor Vale of the advisory firm Harbourline Research said …': the body after 'of the
    <sort>' goes with the title, so Vale speaks, and as an analyst for nobody's side."""
    drafts = passages(
        "Port dispute\n\n"
        "Freight analyst Noor Vale of the advisory firm Harbourline Research said the stoppage would cost "
        "shippers dearly. “Cargo does not wait for mediators,” she said.",
        parties,
    )
    quote = one(drafts, "does not wait for mediators")
    assert quote.speaker == "Noor Vale"
    assert quote.party is None


def test_a_titled_name_then_the_union_it_speaks_for_is_the_speaker(parties):
    """'Spokeswoman Mira Solberg of the union Dockhand said …': a body's one-word name closes the subject,
    and the speaker is the spokeswoman, not the body's name read as a person's."""
    drafts = passages(
        "Ferry strike\n\n"
        "Spokeswoman Mira Solberg of the union Dockhand said crews would stay ashore until the company paid. "
        "“We have waited three winters for this raise,” she said.",
        parties,
    )
    quote = one(drafts, "three winters")
    assert quote.speaker == "Mira Solberg"


def test_the_bare_title_is_the_one_person_the_article_gave_it_to(parties):
    """'Trade Minister Maren Solvik …' at the top, 'Senator Solvik suggested …' much later, then '“…,” the
    minister said': the article gave 'minister' to one person only, so the minister is she, not a nameless
    description; where two people were called minister, nobody can tell which."""
    body = (
        "The dockworkers' federation turned down the port authority's offer on Tuesday.\n\n"
        "Its secretary, Pavel Drimm, said members wanted a larger rise.\n\n"
        "“The offer does not match what prices have done,” Mr Drimm said.\n\n"
        "“We will be back at the gates on Monday.”\n\n"
        "Speaking on the radio, Senator Solvik suggested a few branches were driving the vote.\n\n"
        "“That is their decision, and I respect it,” the minister said."
    )
    one_minister = passages(
        "Trade Minister Maren Solvik says the federation is listening to a minority.\n\n" + body, parties
    )
    assert one(one_minister, "I respect it").speaker == "Maren Solvik"
    two_ministers = passages(
        "Trade Minister Maren Solvik and Labour Minister Ruth Ekdahl say the federation is listening to a "
        "minority.\n\n" + body,
        parties,
    )
    assert one(two_ministers, "I respect it").speaker not in ("Maren Solvik", "Ruth Ekdahl")


def test_a_portfolio_in_lower_case_ends_the_title_before_the_name(parties):
    """ "Minister for housing Aled Pryce said": the lower-case portfolio is still part of the title, so the
    speaker is Aled Pryce, not a description that swallowed his name."""
    drafts = passages(
        "Rents rose again in the capital.\n\n"
        "Minister for housing Aled Pryce said: “Nobody should pay half their wage for a flat.”",
        parties,
    )
    found = one(drafts, "half their wage")
    assert (found.speaker, found.role) == ("Aled Pryce", "Minister for housing")


def test_new_before_a_title_after_the_verb_is_part_of_the_title(parties):
    """ "“…,” said new Dutch Foreign Minister X": newly appointed, not "said (that) new …"."""
    drafts = passages(
        "Ministers gathered in Brussels.\n\n"
        "“This delay hurts every member state,” said new Dutch Foreign Minister Joost Vermeer on arrival.",
        parties,
    )
    found = one(drafts, "every member state")
    assert (found.speaker, found.party) == ("Joost Vermeer", "Netherlands")


def test_a_politicians_leaning_before_a_lower_case_title_keeps_the_name(parties):
    """'said leftist lawmaker Rosa Ibáñez, who …': the leaning is part of her description, as 'opposition'
    is, so the quote and the paragraph quoting her next are hers."""
    drafts = passages(
        "Talks between the government and the rebels resumed in Bogota.\n\n"
        '"This shows the president wants peace," said leftist lawmaker Rosa Ibáñez, who helped set up the talks.\n\n'
        '"Nobody has come this far before."',
        parties,
    )
    assert one(drafts, "wants peace").speaker == "Rosa Ibáñez"
    assert one(drafts, "this far before").speaker == "Rosa Ibáñez"


def test_a_lower_case_envoy_to_a_country_keeps_the_country_in_the_title(parties):
    """'UN envoy to Yemen Mara Lund': the posting's 'to Yemen' belongs to the title, as in 'Ambassador to
    Norland X', so the name is Mara Lund and her side the UN."""
    drafts = passages(
        "Prisoner talks opened in Amman.\n\n"
        '"We are making real progress on the lists," UN envoy to Yemen Mara Lund said.',
        parties,
    )
    assert one(drafts, "progress on the lists").speaker == "Mara Lund"
    assert one(drafts, "progress on the lists").party == "United Nations"


def test_a_printed_title_with_a_remit_after_on_ends_at_the_name(parties):
    """'Presidential Adviser on the Peace Process Lina Duarte said': the remit after 'on' belongs to the
    title, and the name is the last words, not nobody called 'Presidential Adviser'."""
    drafts = passages(
        "The panels met again in Kuala Lumpur.\n\n"
        '"There is a whole annex on that this time," Presidential Adviser on the Peace Process Lina Duarte said.',
        parties,
    )
    assert one(drafts, "whole annex").speaker == "Lina Duarte"


def test_an_informateur_is_a_title_before_a_name(parties):
    """'according to informateur Anne Vos (D66). “…”': the Dutch and Belgian go-between of coalition talks
    is a title like 'negotiator', so the quote after is hers, and the party in brackets her side."""
    drafts = passages(
        "Coalition talks in The Hague went on.\n\n"
        "The parties wanted a short agreement. That did not work out, according to informateur Anne Vos (D66). "
        '"Some more agreements have been made."',
        parties,
    )
    assert one(drafts, "Some more agreements").speaker == "Anne Vos"
    assert one(drafts, "Some more agreements").party == "D66"


def test_a_portfolio_of_several_words_after_of_ends_at_the_name(parties):
    """'State Superintendent of Public Instruction Dana Cole said': the portfolio after 'of' runs up to the
    name, which is not 'Instruction Dana Cole'."""
    drafts = passages(
        "The strike entered its ninth day.\n\n"
        '"Students are losing out on real time with their teachers," State Superintendent of Public '
        "Instruction Dana Cole said.",
        parties,
    )
    assert one(drafts, "losing out").speaker == "Dana Cole"


def test_dg_before_a_name_is_a_director_generals_title(parties):
    """ "“…,” DG Vello-Kane said": "DG" is the director-general's title, as "Director-General" is, not an
    organisation named "DG Vello-Kane"."""
    drafts = passages(
        "Marta Vello-Kane, who heads the World Trade Organization as Director-General, met delegations on Monday.\n\n"
        "“I call on all members to prioritise the fisheries talks over the coming months,” DG Vello-Kane said.",
        parties,
    )
    quote = one(drafts, "prioritise the fisheries talks")
    assert (quote.speaker, quote.party) == ("Marta Vello-Kane", "WTO")


def test_an_ambassador_at_large_is_a_title_and_the_diplomat_is_its_holder(parties):
    """'Russian Foreign Ministry's Ambassador at Large Ivan Sokolov' is Ivan Sokolov with a roving envoy's
    title, not a 'Large Ivan Sokolov', so 'the Russian diplomat said' after him is him. Words invented."""
    drafts = passages(
        "TIRASPOL, Feb 14 - The region's leader said talks must go on as he met Russian Foreign Ministry's "
        "Ambassador at Large Ivan Sokolov.\n\n"
        "Sokolov said all sides were ready to resume negotiations.\n\n"
        "“I was glad to see the readiness of the other side to get down to work,” the Russian diplomat said.",
        parties,
    )
    assert one(drafts, "get down to work").speaker == "Ivan Sokolov"
    assert one(drafts, "get down to work").party == "Russia"


def test_a_bare_cabinet_title_serves_the_one_country_of_the_articles_known_office_holders(parties):
    """ "Health Secretary Tom Avery" where the article names no country at all but mentions Keir Starmer's
    plans for government: the secretary sits in that government, so speaks for the United Kingdom. With a
    second country's office holder named, nothing says which."""
    text = (
        "Junior doctors met Health Secretary Tom Avery on Tuesday about their pay dispute.\n\n"
        "Ending the strikes was one of Keir Starmer's first promises in government.\n\n"
        "In a statement, Mr Avery said: “Patients have already paid too high a price for this dispute.”"
    )
    assert one(passages(text, parties), "too high a price").party == "United Kingdom"
    other = text.replace("Keir Starmer's", "Keir Starmer's and Emmanuel Macron's")
    assert one(passages(other, parties), "too high a price").party is None


def test_a_rank_before_a_name_and_its_force_after_it_name_one_officer(parties):
    """'Colonel Anita Rao of the Indian Army said, "…"': a rank, a full name and the force after its "of"
    are one officer, who speaks, for India; without the rank the same words already read so."""
    drafts = passages(
        "The two armies agreed to stop firing on Saturday.\n\n"
        'Colonel Anita Rao of the Indian Army said, "The other side struck our border posts at six places '
        'overnight."',
        parties,
    )
    assert one(drafts, "six places").speaker == "Anita Rao"
    assert one(drafts, "six places").party == "India"


def test_a_naval_rank_abbreviated_before_the_name_keeps_the_role_before_it(parties):
    """ "A spokesman for the Royal Navy, Cmdr. X": "Cmdr." is a rank like "Col." or "Capt.", not the end of a
    sentence or the start of the name, so the role before it still says whom the officer speaks for."""
    drafts = passages(
        "Escorts in the strait\n\n"
        "A spokesman for the U.S. Navy’s Seventh Fleet, Cmdr. Dale Hollis, said destroyers were escorting "
        "tankers through the strait. “No one will close these waters while we are here,” Hollis told reporters.",
        parties,
    )
    assert one(drafts, "No one will close these waters").party == "United States"


def test_a_contraction_before_a_name_is_no_owner_of_a_title(parties):
    """ "Here's Pia Rautio, who leads the ferry crews' branch": "Here's" is "here is", not a body called
    "Here" that owns her title; "There's", "That's" and "It's" read the same, curly apostrophe or straight."""
    for opener in ("Here's", "There’s", "That's", "It’s"):
        drafts = passages(
            "HANNA MOLL, HOST: The ferry crews voted overnight on the harbour board's new roster. "
            f"{opener} Pia Rautio, who leads the ferry crews' branch.\n\n"
            "PIA RAUTIO: We will not accept a roster that scraps the late crossing. Our people said so plainly.\n\n"
            "MOLL: And the harbour board?",
            parties,
        )
        quote = one(drafts, "scraps the late crossing")
        assert quote.speaker == "Pia Rautio"
        assert quote.party not in ("Here", "There", "That", "It")


def test_an_abbreviated_title_before_the_name_ends_no_sentence(parties):
    """ "said Supt. X", "said Asst. Supt. X", "said Det. X": AP's abbreviated titles are not the end of a sentence,
    so the quote keeps its speaker's name and the title stays the role rather than becoming the speaker."""
    for title, role in (("Supt.", "Supt."), ("Asst. Supt.", "Asst. Supt."), ("Det.", "Det."), ("Insp.", "Insp.")):
        drafts = passages(
            "Brackley schools brace for a walkout\n\n"
            "The Brackley Unified School District said on Friday it had asked the union to return to the table.\n\n"
            f"“We would rather settle than close our classrooms,” said {title} Noor Albright-Hale in the statement. "
            "“Our offer is on the table and it is a fair one.”",
            parties,
        )
        quote = one(drafts, "rather settle than close")
        assert quote.speaker == "Noor Albright-Hale", title
        assert quote.role == role
        assert "in the statement" in quote.text
        assert one(drafts, "it is a fair one").speaker == "Noor Albright-Hale"


def test_a_body_named_with_an_abbreviated_association_is_the_association(parties):
    """ "Harbor Pilots Assn. President X": "Assn." ends no sentence, and the body is the association a member asks
    about by its full name, "Harbor Pilots Association"."""
    drafts = passages(
        "Pilots set a strike date\n\n"
        "Harbor Pilots Assn. President Lena Okoro said the pilots would stop guiding ships on Monday. "
        "“Our members cannot wait any longer,” Okoro said.",
        parties,
    )
    quote = one(drafts, "cannot wait any longer")
    assert quote.speaker == "Lena Okoro"
    assert quote.party == "Harbor Pilots Association"


def test_an_abbreviated_superintendent_speaks_for_the_articles_one_school_district(parties):
    """ "said Supt. X" is AP's "said Superintendent X": a superintendent speaks for the one school district the
    article names, as "the school superintendent" does, not for the teachers' union beside it."""
    drafts = passages(
        "Brackley schools brace for a walkout\n\n"
        "Brackley Teachers Association President Ola Brandt said the union would strike on Thursday.\n\n"
        "The Brackley Unified School District said on Friday it had asked the union to return to the table.\n\n"
        "“We would rather settle than close our classrooms,” said Supt. Noor Albright-Hale in the statement.",
        parties,
    )
    quote = one(drafts, "rather settle than close")
    assert quote.speaker == "Noor Albright-Hale"
    assert quote.party == "Brackley Unified School District"

"""A speaker is a noun phrase, never a clause: what a sentence says before its reporting verb is read as
the speaker only where it is a name or a description of someone, each on a short text written for the test."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_clause_before_she_said_is_not_the_speaker(parties):
    """ "…, many union members still may look for other work, she said": the clause is what she said; the
    auxiliary after its role noun shows it is no description of a speaker."""
    drafts = passages(
        "Mara Lind, a crane driver at the north terminal, has been on the picket line since Monday.\n\n"
        "“We are not going back for less than the inflation rate,” Lind said.\n\n"
        "Since the strike pay is small, many union members still may look for other work, she said.",
        parties,
    )
    assert one(drafts, "look for other work").speaker == "Mara Lind"


def test_a_predicate_after_a_role_noun_ends_the_description(parties):
    """ "The President of Estland also assessed the talks, adding …": the subject is the president, not the
    whole clause; "The official declined … because he said" names no speaker rather than a clause."""
    drafts = passages(
        "The President of Estland also assessed the latest round of talks, adding that the next one would "
        "be held in the capital.\n\n"
        "The official declined to predict when a deal might come because he said it was too uncertain.",
        parties,
    )
    assessed = one(drafts, "assessed the latest round")
    assert assessed.speaker == "The President of Estland"
    declined = one(drafts, "declined to predict")
    assert declined.speaker is None


def test_a_role_noun_inside_another_nouns_modifier_is_no_speaker(parties):
    """ "The latest statement from the Russian president arrived as …" is about a statement: a later "he" is
    not that sentence."""
    drafts = passages(
        "The latest statement from the Ruritanian president arrived as envoys met in Geneva on Wednesday.\n\n"
        "“We will not sign a text we have not seen,” he said.",
        parties,
    )
    assert one(drafts, "not sign a text").speaker is None


def test_a_lower_case_role_before_a_full_name_describes_that_person(parties):
    """Copy translated from Russian prints the role in lower case before the name, with the country after
    "of": "assistant to the president of Estland Karl Tamm said". He is the speaker, and "he added" after
    his quote is him."""
    drafts = passages(
        "MOSCOW, May 4. Estland still hopes to sign the border treaty this year, assistant to the president of "
        "Estland Karl Tamm said in an interview.\n\n"
        "“We call on our neighbours to put their signature under the text,” he said.\n\n"
        "According to an assistant to the head of state Karl Tamm, the mediators did useful work. "
        "“We value their contribution,” he added.",
        parties,
    )
    hopes = one(drafts, "still hopes to sign")
    assert (hopes.speaker, hopes.role) == ("Karl Tamm", "assistant to the president of Estland")
    assert one(drafts, "put their signature").speaker == "Karl Tamm"
    assert one(drafts, "value their contribution").speaker == "Karl Tamm"


def test_a_clause_about_workers_before_the_union_said_is_what_the_union_said(parties):
    """ "Workers at Harbourline walked out on Monday, the Dockers Union said": the union is the speaker, not
    "Workers at Harbourline walked out on Monday"."""
    drafts = passages("Workers at Harbourline walked out on Monday, the Dockers Union said.", parties)
    assert one(drafts, "walked out on Monday").speaker == "the Dockers Union"


def test_a_short_quote_with_its_own_attribution_is_a_quote(parties):
    """A quote of fewer than four words is read as a scare quote, unless it is a sentence of its own with a
    reporting verb beside it: "“Very close,” she said." and "Rojas said: “Absolutely.”" are speech."""
    drafts = passages(
        "Chilean President Marta Rojas said the deal was near and both sides had moved on the maps. "
        "“Very close,” she said.\n\n"
        "Asked whether Lima would sign, Rojas said: “Absolutely.”\n\n"
        "Lima called the offer “a dummy proposal” on Sunday.",
        parties,
    )
    close = one(drafts, "Very close")
    assert (close.kind, close.speaker, close.text) == ("quote", "Marta Rojas", "“Very close,” she said.")
    assert (one(drafts, "Absolutely").kind, one(drafts, "Absolutely").speaker) == ("quote", "Marta Rojas")
    assert one(drafts, "a dummy proposal").kind == "statement"


def test_highlighted_and_shared_report_what_someone_said(parties):
    """ "X highlighted the role of Y, “…”" and "X shared that both sides “…”" attribute the quote to X, as
    "said" does."""
    drafts = passages(
        "Chilean President Marta Rojas highlighted the role of the mediators, “whose patience made the "
        "agreement of last November possible.”\n\n"
        "Peruvian Prime Minister Jorge Salas shared that both sides “have again made important progress at "
        "this stage,” the state news agency reported.",
        parties,
    )
    assert one(drafts, "whose patience").speaker == "Marta Rojas"
    assert one(drafts, "important progress").speaker == "Jorge Salas"


def test_the_title_a_role_is_addressed_to_is_not_the_persons_role(parties):
    """ "assistant to the president of Estland Karl Tamm": Tamm is the assistant; the register must not
    record him as the president, which would make him the country's leader wherever he is quoted."""
    drafts = passages(
        "Estland hopes to sign the treaty this year, assistant to the president of Estland Karl Tamm said.\n\n"
        "Tamm stressed the role of the mediators, “whose patience made the agreement possible.”",
        parties,
    )
    assert (one(drafts, "whose patience").speaker, one(drafts, "whose patience").role) == (
        "Karl Tamm",
        "assistant to the president of Estland",
    )


def test_a_participle_goes_on_with_the_speaker_of_its_sentence(parties):
    """ ", saying …" / ", adding …" is said by whoever the sentence has speak: not the intro phrase it opens
    with ("Addressing speculation …, Quispe dismissed the reports, saying “…”") and not the first noun
    phrase of a reported clause ("The delegation indicated …, Quispe said, adding that …")."""
    drafts = passages(
        "Peruvian Foreign Minister Ana Quispe said on Monday that the talks would go on.\n\n"
        "Addressing speculation over the negotiators, Quispe dismissed press reports, saying, “Every one "
        "of those guesses is wrong.”\n\n"
        "The Peruvian delegation indicated in the talks that threats must stop, Quispe said, adding that Lima "
        "hopes this point “will be fulfilled before the next round.”",
        parties,
    )
    assert one(drafts, "guesses is wrong").speaker == "Ana Quispe"
    assert one(drafts, "fulfilled before the next round").speaker == "Ana Quispe"


def test_the_minister_mentioned_is_the_minister(parties):
    drafts = passages(
        "“We never sign a deal against a deadline,” Peruvian Trade Minister Jorge Salas said.\n\n"
        "The minister mentioned that Lima is negotiating with several countries.\n\n"
        "“Talks are under way with many nations,” he said.",
        parties,
    )
    assert one(drafts, "negotiating with several countries").speaker == "Jorge Salas"
    assert one(drafts, "many nations").speaker == "Jorge Salas"


def test_a_list_of_countries_after_a_description_is_no_person(parties):
    """ "the leaders of Chile, Peru, Bolivia and Ecuador issued …": "Peru" is no person whose role is "the
    leaders of Chile", so the statement is not Peru's."""
    drafts = passages(
        "On Saturday, the leaders of Chile, Peru, Bolivia and Ecuador issued a joint call for a ceasefire, "
        "warning that failure to agree could lead to sanctions.",
        parties,
    )
    assert one(drafts, "joint call").speaker != "Peru"


def test_a_verb_right_after_the_head_noun_ends_the_description(parties):
    """ "A Chilean source hit back at claims …" and "The Commission split the text so that …": the subject is the
    source or the Commission; a modifier after the head noun ("a former negotiator now in private
    practice", "an official cited by PTI") stays part of it."""
    drafts = passages(
        "A Chilean source hit back at claims that the negotiators were backtracking.\n\n"
        "The source added: “Nobody has moved an inch on the quotas this week.”\n\n"
        "Mark Tennant, a former trade negotiator now in private practice in Lima, said the pause bought time.",
        parties,
    )
    assert one(drafts, "hit back at claims").speaker == "A Chilean source"
    assert one(drafts, "moved an inch").speaker == "A Chilean source"
    assert one(drafts, "bought time").role == "a former trade negotiator now in private practice in Lima"


def test_names_after_a_preposition_or_a_role_noun_keep_their_reading(parties):
    """The lower-case-role rule reads "assistant to the president of X Y Z" as Y Z the assistant; it must
    leave alone "a spokesman for Harbourline Shipyards" (the company he speaks for), "the bloc's chief
    negotiator Lena Varga" (a title before a name) and "and to analyst Ana Quispe" (a list)."""
    drafts = passages(
        "“The offer stands and it is a fair one,” said Tom Vance, a spokesman for Harbourline Shipyards.\n\n"
        "The bloc’s chief negotiator Lena Varga has admitted that “no headway was possible this week.”\n\n"
        "The host spoke to the head of the delegation, and to analyst Ana Quispe.\n\n"
        "QUISPE: It is real progress, but it is fragile progress.\n\n"
        "HOST: Thank you both.",
        parties,
    )
    offer = one(drafts, "fair one")
    assert (offer.speaker, offer.role) == ("Tom Vance", "spokesman, Harbourline Shipyards")
    conceded = one(drafts, "no headway was possible")
    assert (conceded.speaker, conceded.role) == ("Lena Varga", "bloc’s chief negotiator")
    assert one(drafts, "fragile progress").speaker == "Ana Quispe"


def test_a_press_agency_credited_for_a_statement_is_no_speaker(parties):
    """ "…,” according to the Andean Press Agency" credits the outlet that carried the statement; the agency
    is not who spoke."""
    drafts = passages(
        "In a joint statement, Chile and Peru urged both sides to return to the talks.\n\n"
        "The statement added, “Both governments commend the mediators for their patience,” according to the "
        "Andean Press Agency.",
        parties,
    )
    assert one(drafts, "commend the mediators").speaker != "the Andean Press Agency"


def test_a_speaker_after_a_short_quote_and_its_comma_is_the_speaker(parties):
    """ "Failure was “not an option,” said X": the comma inside the closing mark still puts the inverted
    speaker after the verb."""
    drafts = passages(
        "Failure in Lima was “out of the question,” said UN Secretary-General Ana Quispe, speaking on Thursday.",
        parties,
    )
    assert one(drafts, "out of the question").speaker == "Ana Quispe"


def test_a_time_phrase_without_its_comma_does_not_hide_the_subject(parties):
    """'Last week Orla Brennan insisted she could …' reads as 'Last week, Orla Brennan insisted …': the time
    phrase opens the sentence and the person after it is who spoke."""
    drafts = passages(
        "The trade office is drafting a list of tariff cuts for the farm talks.\n\n"
        "Last week Orla Brennan insisted she could “win real concessions on beef” before the summer.",
        parties,
    )
    assert one(drafts, "concessions on beef").speaker == "Orla Brennan"


def test_a_state_abbreviation_between_commas_is_part_of_the_place_not_a_clause(parties):
    """'Harlow Motors, in a statement sent after staff at its depot in Fenton, Mo., walked out, said the company
    was …': the commas around 'Mo.' are AP style for a town's state, so the company before the inserted clause
    is still the subject, and 'said the company was' is no inverted attribution (which made the company the
    rival carmaker the article names next)."""
    drafts = passages(
        "Walkout begins at two depots\n\n"
        "Harlow Motors, in a statement sent after staff at its depot in Fenton, Mo., walked out at midnight, said the "
        "company was “saddened that the union turned down the strongest package Harlow has ever offered.”\n\n"
        "Kestrel Auto said it had heard nothing new from the union since Tuesday.",
        parties,
    )
    quote = one(drafts, "strongest package")
    assert quote.party == "Harlow Motors"
    assert quote.speaker != "the company"


def test_a_participle_with_its_agent_between_subject_and_verb_is_no_subject(parties):
    """'Tane Ruru, flanked by his deputy X and MP Y, said …': the two people after 'flanked by' stand beside
    the speaker; the subject is still the name before them."""
    drafts = passages(
        "Leaving the hotel after a long meeting with the other side's negotiators, Tane Ruru, flanked by his "
        "deputy Mere Haddon and MP Oliver Prentice, said a few points were left but the sides were “nearly "
        "there” on a deal.",
        parties,
    )
    assert one(drafts, "nearly there").speaker == "Tane Ruru"


def test_a_long_office_of_a_body_before_a_name_after_said_is_the_role(parties):
    """'said the chairman of the Socialists' group in the upper house of parliament, X': an office of a body
    opens with its role noun and 'of', so however many words it runs to it is X's role (and party), not a
    clause."""
    drafts = passages(
        "France's parties argued over the budget again on Friday.\n\n"
        "“All we could do was spare people some of the pain,” said the chairman of the Socialists' group in the "
        "upper house of parliament, Lucien Mornay, to reporters.",
        parties,
    )
    quote = one(drafts, "spare people")
    assert quote.speaker == "Lucien Mornay"
    assert quote.party == "French Socialist Party"


def test_a_capitalised_participle_opening_the_sentence_is_no_speaker(parties):
    """'Briefing the Security Council, Lund said …': the participle's phrase comes before the subject; the
    speaker is Lund, not someone called 'Briefing'."""
    drafts = passages(
        "UN envoy Mara Lund arrived in Amman on Monday.\n\n"
        'Briefing the Security Council, Lund said the talks were "moving in the right direction at last."',
        parties,
    )
    assert one(drafts, "right direction").speaker == "Mara Lund"


def test_a_clause_reported_after_said_is_not_a_speaker_of_its_own(parties):
    """ "X, who …, said his party pledged … to seek “…”": "said his party" is the start of what X reports,
    not a description of someone speaking; the quote is X's."""
    drafts = passages(
        "Norland's newly appointed Trade Secretary, Aled Pryce, who visited Valdera earlier this year while in "
        'opposition, said his party pledged in its platform to seek "a new partnership with Valdera, including a '
        'trade deal."',
        parties,
    )
    assert one(drafts, "a new partnership with Valdera").speaker == "Aled Pryce"


def test_a_linking_adverb_before_the_comma_is_no_speaker(parties):
    """ "Nevertheless, he didn't say whether …, saying “…”" and "Furthermore, he emphasized that …": the adverb
    opening the sentence is no person; "he" is the minister the paragraph before quoted."""
    drafts = passages(
        "“It is a good day for both our nations,” Trade Minister Omar Selby said on Monday.\n\n"
        "Nevertheless, he didn't say whether the levies on steel would be cut, saying “we will give you that "
        "news in a short time”.\n\n"
        "Furthermore, he emphasized that the quota talks would resume in March.",
        parties,
    )
    assert one(drafts, "news in a short time").speaker == "Omar Selby"
    assert one(drafts, "quota talks would resume").speaker == "Omar Selby"


def test_according_to_reads_past_the_full_stops_of_initials(parties):
    """ "according to the U.S. president": the full stop after an initial does not end the phrase, so the
    speaker is the president, not a person called "U"."""
    drafts = passages(
        "The levy on tractors will be halved from June.\n\n"
        "“Farmers on both sides will be glad of it,” according to the U.S. president on Tuesday.",
        parties,
    )
    assert one(drafts, "glad of it").speaker == "the U.S. president"


def test_according_to_after_a_quoted_speakers_verb_names_who_passed_it_on(parties):
    """ "Berg, who told Holm that she “…,” according to the premier": the quote's own sentence has its
    speaker's verb; the premier only reported the words."""
    drafts = passages(
        "The talks moved on after a call with Trade Commissioner Lena Berg, who told Holm that she “wants a "
        "settlement before the harvest,” according to the U.S. president on Sunday.",
        parties,
    )
    assert one(drafts, "settlement before the harvest").speaker == "Lena Berg"

"""A title used in place of a name ("the head of state", "the President of Chile", "the Peruvian PM", "the
Chilean Foreign Minister") is the person the article gives that office, or has just spoken of. Each on a
short text written for the test."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_side_title_nobody_holds_is_the_untitled_person_just_quoted(parties):
    """Reyes is named without a title; the Peruvian foreign minister is someone else, so "the Chilean
    Foreign Minister" can only be Reyes."""
    drafts = passages(
        "At a forum with the foreign ministers of Chile and Peru, Tomas Reyes stated that a settlement was "
        "closer than at any time in a decade.\n\n"
        "“Santiago considers this a serious and welcome development,” the Chilean Foreign Minister "
        "emphasized.\n\n"
        "Peruvian Foreign Minister Ana Quispe responded to his remarks on Sunday.",
        parties,
    )
    assert one(drafts, "serious and welcome").speaker == "Tomas Reyes"


def test_the_head_of_state_is_the_leader_the_last_paragraph_was_about(parties):
    drafts = passages(
        "President Luis Arce Montes spoke about the border talks in an interview with a television channel.\n\n"
        "“The negotiations are held by our foreign ministers, and they are going well,” the head of state noted.",
        parties,
    )
    assert one(drafts, "going well").speaker == "Luis Arce Montes"


def test_a_title_with_its_country_after_of_is_the_president_of_that_country(parties):
    drafts = passages(
        "Chilean President Marta Rojas reported on progress in the talks with Lima.\n\n"
        "Peruvian Prime Minister Jorge Salas said on Monday the maps were settled.\n\n"
        "The border commission has met eleven times since 2019.\n\n"
        "Its last session ended early over the status of two villages.\n\n"
        "The President of Chile also assessed the latest round, adding that it brought the treaty closer.\n\n"
        "The Peruvian PM noted that the commission would meet again in May.",
        parties,
    )
    assert one(drafts, "brought the treaty closer").speaker == "Marta Rojas"
    assert one(drafts, "meet again in May").speaker == "Jorge Salas"


def test_a_paragraph_that_opens_with_he_keeps_the_person_it_points_to(parties):
    """ "Okoro travelled to Lima … He is due to meet President X today." then "“…,” he stressed": the
    paragraph about "he" is about Okoro, so the quote after it is Okoro's, not nobody's."""
    drafts = passages(
        "Kenyan Foreign Minister Ada Okoro said both sides wanted a truce.\n\n"
        "Okoro travelled to Lima this week, where he met President Jorge Salas and his "
        "counterpart, Ana Quispe.\n\n"
        "He is due to meet President Marta Rojas in Santiago today, along with the defence minister.\n\n"
        "“Kenya is an ideal go-between,” he stressed, recalling that the proposal came after his visit.",
        parties,
    )
    assert one(drafts, "ideal go-between").speaker == "Ada Okoro"


def test_an_appositive_may_open_with_the_employers_name(parties):
    """ "James Alder, Harbourline assistant vice president for public affairs, announced, “…”": the
    company's name before the role words is part of his role, and the quote is his."""
    drafts = passages(
        "James Alder, Harbourline assistant vice president for public affairs, announced, “No strike has been "
        "sanctioned by the union. Staff should come in for their shifts as usual.”",
        parties,
    )
    shifts = one(drafts, "come in for their shifts")
    assert (shifts.speaker, shifts.role) == ("James Alder", "Harbourline assistant vice president for public affairs")


def test_according_to_him_is_whom_he_points_to(parties):
    drafts = passages(
        "“We are ready to sign a treaty with our neighbour,” Chilean President Marta Rojas said on Friday.\n\n"
        "According to her, “the five principles are the only basis on which a lasting peace can be built.”",
        parties,
    )
    assert one(drafts, "five principles").speaker == "Marta Rojas"


def test_it_said_after_a_company_with_a_one_word_name_is_that_company(parties):
    """ "Maersk said it had rerouted ships. “…,” it said": a one-word name nobody gives a role, a given name or
    a fuller name is a company that "it" goes on with; after a person's surname "it said" stays nobody's."""
    drafts = passages(
        "Dockers walked out on Monday.\n\n"
        "Harbourline said it had rerouted ships to other ports. “We are doing everything we can to limit "
        "the disruption,” it said.\n\n"
        "Chilean President Marta Rojas met the envoy.\n\n"
        "Rojas said the offer was fair. “We remain committed to a deal with the dockers,” it said.",
        parties,
    )
    assert one(drafts, "limit the disruption").speaker == "Harbourline"
    assert one(drafts, "committed to a deal with the dockers").speaker is None


def test_the_top_diplomat_is_the_foreign_minister_just_quoted_and_the_diplomat_is_not(parties):
    """ "The top diplomat" (or "chief diplomat") stands for the foreign minister the text was just about;
    "the diplomat" alone may be anyone's envoy, so it stays unresolved to a minister."""
    drafts = passages(
        "“The ball is in their court,” Peruvian Foreign Minister Ana Quispe said on Monday.\n\n"
        "The top diplomat also rejected speculation about the negotiators, saying “not one of those "
        "names is right.”\n\n"
        "A European diplomat was less sure. “Nobody has seen a text yet,” the diplomat said.",
        parties,
    )
    assert one(drafts, "not one of those").speaker == "Ana Quispe"
    assert one(drafts, "Nobody has seen a text").speaker != "Ana Quispe"


def test_an_anonymous_source_of_a_side_is_not_the_untitled_person_before_it(parties):
    """Only a title one person holds ("the Chilean Foreign Minister") stands for the untitled person just
    named; "One EU source told …" after "Mr Lunde said …" is still an anonymous source."""
    drafts = passages(
        "Michel Lunde and Karl Tamm will meet again next week.\n\n"
        "Mr Lunde has resisted stepping up no-deal planning.\n\n"
        "One EU source told a newspaper: “We should not jump the gun and give too much away.”",
        parties,
    )
    assert one(drafts, "jump the gun").speaker not in {"Lunde", "Michel Lunde"}


def test_a_long_name_with_several_particles_is_a_person_and_a_group_is_never_he(parties):
    """ "Tariq bin Saleh bin Omar Al-Dosari" has six words, four of them name words: a person, whom a
    later "According to him" means; "Qatari mediators" before him is a group no "him" points to."""
    drafts = passages(
        "Qatari mediators are working on a truce, according to Tariq bin Saleh bin "
        "Omar Al-Dosari, a spokesperson for the Qatari Foreign Ministry.\n\n"
        "According to him, the mediators are also busy on other fronts, Cairo among them.",
        parties,
    )
    assert one(drafts, "other fronts").speaker == "Tariq bin Saleh bin Omar Al-Dosari"


def test_the_spokesman_is_the_spokesperson_just_named(parties):
    drafts = passages(
        "Talks continue at a technical level, according to Ana Quispe, a spokesperson for the Peruvian "
        "Foreign Ministry.\n\n"
        "“No one can say for sure when a deal will be done,” the spokesman said.",
        parties,
    )
    assert one(drafts, "No one can say").speaker == "Ana Quispe"


def test_he_after_an_opening_clause_is_that_clauses_subject_and_stays_so(parties):
    """ "While Mr Rojas did not respond to Mr Salas's proposal, he stressed …": "he" is Rojas, the opening
    clause's subject, not Salas whom the paragraph before was about; the next "he posted" is Rojas too."""
    drafts = passages(
        "Peruvian President Jorge Salas has proposed direct talks for the first time with his Chilean "
        "counterpart Pablo Rojas.\n\n"
        "Mr Salas previously said he would only negotiate after elections.\n\n"
        "While Mr Rojas did not directly respond to Mr Salas’s proposal, he stressed in his evening address "
        "that Chile “was open to any talks” that would halt the strikes.\n\n"
        "“Deeds count for more than words,” he posted on X.",
        parties,
    )
    assert one(drafts, "open to any talks").speaker == "Pablo Rojas"
    assert one(drafts, "more than words").speaker == "Pablo Rojas"


def test_a_place_in_an_opening_clause_is_no_antecedent(parties):
    """ "If Lima formally agreed …, it would set a precedent, he explained": the analyst just quoted
    explained it; "Lima" is no "he"."""
    drafts = passages(
        "“Territory is the one thing neither side can sell at home,” said Karl Tamm, an analyst at the "
        "Andean Policy Centre.\n\n"
        "If Lima formally agreed to the old maps, it would set a precedent the government hopes to avoid, he "
        "explained.",
        parties,
    )
    assert one(drafts, "set a precedent").speaker == "Karl Tamm"


def test_a_clause_with_an_article_after_its_verb_is_no_description(parties):
    """ "Many expect a long career in politics, but he waves that away" is a clause, not a speaker
    called "Many expect a long career" that a later "he says" could mean."""
    drafts = passages(
        "Karl Tamm, 55, has led the talks since 2021. Many expect a long career in politics, but he "
        "waves that away. “Domestic politics is not for me,” he says.",
        parties,
    )
    assert one(drafts, "Domestic politics").speaker == "Karl Tamm"


def test_a_titled_name_that_ends_a_clause_is_the_subject_of_the_verb_after_it(parties):
    """ "The remarks follow Trade Secretary Jo Marsh telling broadcasters …": Jo Marsh, with her title as
    the role; and "Number 10 confirmed" is the office, not a person called Number."""
    drafts = passages(
        "Talks went on until 11pm, Number 10 confirmed, as both sides tried to close the gaps.\n\n"
        "The remarks came after Trade Secretary Jo Marsh told broadcasters that “several tricky "
        "issues remain open in the draft”.",
        parties,
    )
    assert one(drafts, "Number 10 confirmed").speaker != "Number"
    marsh = one(drafts, "tricky issues")
    assert (marsh.speaker, marsh.role) == ("Jo Marsh", "Trade Secretary")


def test_a_clause_with_its_auxiliary_before_a_role_noun_is_no_speaker(parties):
    """ "The union is asking for its member (states) …" and "The front had previously expressed major
    (concerns)": a clause, whose role-like noun is not someone who speaks."""
    drafts = passages(
        "The union is asking for its member branches to keep the same leave they had when the plant opened, "
        "a position the company has called “a step back to another century”.\n\n"
        "The front had previously expressed major doubts about the mediation and demanded a new venue.",
        parties,
    )
    assert one(drafts, "another century").speaker is None
    assert one(drafts, "major doubts").speaker is None


def test_a_description_ends_before_an_infinitive_its_verb_takes(parties):
    """ "The president's chief spokesman declined to confirm that …": the spokesman, not "the
    president's chief spokesman declined to confirm"."""
    drafts = passages(
        "If a treaty is agreed, parliament must ratify it. The president’s chief spokesman declined to "
        "confirm that a vote will be held or that deputies will be asked to approve the text before it "
        "takes effect.",
        parties,
    )
    assert one(drafts, "declined to confirm").speaker == "The president’s chief spokesman"


def test_the_bodys_chief_is_the_holder_of_its_top_office_just_quoted(parties):
    """'“…,” added the UN chief' after 'UN Secretary-General Lena Holm' spoke: the chief of a body is
    the one who holds its top office (secretary-general, director-general, president), not an unnamed
    official."""
    drafts = passages(
        "UN Secretary-General Lena Holm met both leaders in Geneva on Sunday.\n\n"
        "Holm said the two sides had agreed to meet again in June.\n\n"
        "“Nothing is agreed until everything is agreed,” added the UN chief.",
        parties,
    )
    assert one(drafts, "Nothing is agreed").speaker == "Lena Holm"


def test_the_body_chief_is_the_one_top_office_holder_whose_title_names_no_other_body(parties):
    """ "Union boss Kay Norton …. The DRU chief said …": the one person the article gives a body's top office,
    under a title naming no other body, is "the DRU chief" (whose words speak for the DRU); with a
    company's president named too, "the DRU chief" could be either, and stays a description."""
    drafts = passages(
        "Union boss Kay Norton has said that the dock strikes will go ahead after talks with the port owners.\n\n"
        "The DRU chief said her members were tired of empty promises from the owners.",
        parties,
    )
    found = one(drafts, "empty promises")
    assert (found.speaker, found.party) == ("Kay Norton", "DRU")
    both = passages(
        "Union boss Kay Norton has said that the dock strikes will go ahead.\n\n"
        "Harbor Lines president Ben Adler has said the offer is final.\n\n"
        "The strikes will close four ports.\n\nFerries will run as usual.\n\nFreight will queue at sea.\n\n"
        "The DRU chief said her members were tired of empty promises from the owners.",
        parties,
    )
    assert one(both, "empty promises").speaker == "The DRU chief"


def test_a_member_described_by_constituency_is_the_person_the_last_paragraph_named(parties):
    """Ferris is named inside a clause, never as a subject; "The Mid Ulster MP" is how the next paragraph
    goes on with him, and no one in the text holds a role with those words."""
    drafts = passages(
        "Talks on the border deal stalled after Sir Malcolm Ferris said the text did not meet his party's tests.\n\n"
        "The Mid Ulster MP said the draft left “serious gaps in how goods are checked at the ports”.",
        parties,
    )
    assert one(drafts, "serious gaps").speaker == "Malcolm Ferris"


def test_a_lawmaker_described_by_state_and_party_is_the_senator_just_named(parties):
    drafts = passages(
        "Senator Dana Whitcombe spoke after a closed meeting with the White House budget team.\n\n"
        "The Oregon Democrat said the spending plan should be “a matter for both parties, not one”.",
        parties,
    )
    assert one(drafts, "both parties").speaker == "Dana Whitcombe"


def test_a_member_described_by_a_side_another_person_holds_is_not_the_person_just_named(parties):
    """Whitcombe's role names the Democrats; "the Ohio Republican" cannot be her."""
    drafts = passages(
        "Democratic Senator Dana Whitcombe spoke after a closed meeting with the White House budget team.\n\n"
        "The Ohio Republican said the spending plan was “nowhere near done”.",
        parties,
    )
    assert one(drafts, "nowhere near done").speaker != "Dana Whitcombe"


def test_a_person_named_before_and_a_titled_second_person_is_not_part_of_the_title(parties):
    """ "Tomas Lindqvist and European Council President Maria Esposito" names two people: Lindqvist, who has
    no role in the text, is the prime minister the next paragraph speaks of, not a word of Esposito's title."""
    drafts = passages(
        "Tomas Lindqvist and European Council President Maria Esposito have agreed a deal on fishing quotas.\n\n"
        "The prime minister said the pair had reached “a fair settlement for coastal towns on both sides”.",
        parties,
    )
    assert one(drafts, "fair settlement").speaker == "Tomas Lindqvist"


def test_sources_of_a_party_are_unnamed_and_speak_for_it(parties):
    """ "PSOE sources say" describes unnamed people by their side: no one called "PSOE sources", and the
    party is the PSOE, as "ERC sources" are the ERC's, which the gazetteer does not list."""
    drafts = passages(
        "The PSOE and ERC negotiators met again on Tuesday.\n\n"
        '"We have had no reply," ERC sources say.\n\n'
        '"Nothing is settled yet," PSOE sources said.',
        parties,
    )
    erc, psoe = one(drafts, "no reply"), one(drafts, "Nothing is settled")
    assert (erc.speaker, erc.party) == (None, "ERC")
    assert (psoe.speaker, psoe.party) == (None, "PSOE")


def test_the_official_is_the_one_person_the_last_paragraph_named(parties):
    """ "Treasury Secretary X briefed reporters …. ¶ The official also conceded …": a bare "the official" that
    no earlier description accounts for is the one person just named, and a later "he said" goes on with him;
    with a second person in that paragraph, nobody can tell."""
    drafts = passages(
        "PORT VALE: Norland and the lender ended a week of talks without a deal.\n\n"
        "Treasury Secretary Oren Malvik briefed reporters on Thursday that the two sides agreed on most steps.\n\n"
        "The official also conceded that some gaps remain between the two sides.\n\n"
        "“We have settled the measures but the deal needs approval from headquarters,” he said.",
        parties,
    )
    assert one(drafts, "settled the measures").speaker == "Oren Malvik"
    two = passages(
        "PORT VALE: Norland and the lender ended a week of talks without a deal.\n\n"
        "Treasury Secretary Oren Malvik briefed reporters on Thursday after meeting Maria Fenn of the lender.\n\n"
        "The official also conceded that some gaps remain between the two sides.\n\n"
        "“We have settled the measures but the deal needs approval from headquarters,” the official said.",
        parties,
    )
    assert one(two, "settled the measures").speaker != "Oren Malvik"


def test_the_finance_czar_is_the_finance_minister_just_named(parties):
    """ "the finance czar said" after "Finance Minister X said": press English calls a minister a czar (or a
    tsar), so the description is the minister the text just named, not a new person called "the finance czar"."""
    drafts = passages(
        "PORT VALE: Finance Minister Oren Malvik said on Thursday that a deal with the lender was near.\n\n"
        'The government will close the talks this week as the negotiations were "on track", the finance czar '
        "said while speaking to reporters.\n\n"
        "The lender's board will meet next month.\n\n"
        "“We will share good news,” the finance czar said.",
        parties,
    )
    assert one(drafts, "close the talks").speaker == "Oren Malvik"
    assert one(drafts, "share good news").speaker == "Oren Malvik"


def test_a_nationality_after_the_name_gives_way_to_the_post_before_it(parties):
    """'the UN's special adviser, Mira Castell, a Danish diplomat' speaks for the UN, and 'Its chief
    negotiator, Ama Owusu, a Ghanaian diplomat' for the bloc named just before: the nationality says where
    they come from, the post whom they speak for. With no post before the name, the nationality still
    counts."""
    drafts = passages(
        "Talks on the island's future resumed in Vienna on Monday with the UN's special adviser, Mira "
        "Castell, a Danish diplomat.\n\n"
        "“Both sides have come with ideas of their own this time,” Castell said.\n\n"
        "The African Group tabled its own text. Its chief negotiator, Ama Owusu, a Ghanaian diplomat, said "
        "the group “will not sign a treaty that asks nothing of the producers”.\n\n"
        "Sven Toft, a Danish diplomat, said the talks were “closer than they have been for years”.",
        parties,
    )
    assert one(drafts, "ideas of their own").party == "United Nations"
    assert one(drafts, "asks nothing of the producers").party == "African Group"
    assert one(drafts, "closer than they have been").party == "Denmark"


def test_a_description_naming_another_side_is_not_the_delegate_just_heard(parties):
    """'the Indian delegate' after 'the delegate of Cuba' is another delegate: the head noun matches, but
    the side the description names does not."""
    drafts = passages(
        "The delegate of Cuba said rich countries must pay.\n\n"
        "“No obligation without the money to meet it,” the delegate said.\n\n"
        "“We cannot accept limits on what we produce,” the Indian delegate told the plenary.",
        parties,
    )
    assert one(drafts, "No obligation without").party == "Cuba"
    assert one(drafts, "limits on what we produce").speaker == "the Indian delegate"
    assert one(drafts, "limits on what we produce").party == "India"


def test_another_analyst_is_described_and_holds_no_position(parties):
    """'Another analyst, who … advises donors working in Chad,' is described, not named, and an analyst
    speaks for no side: the country in the clause about her work is not hers."""
    drafts = passages(
        "Chad's government signed the framework on Wednesday.\n\n"
        "Another analyst, who asked not to be named because she advises donors working in Chad, said the "
        "test would come later. “If the prisoners come home by April, people will believe in this,” she said.",
        parties,
    )
    assert one(drafts, "prisoners come home").party is None


def test_a_farmer_from_a_village_speaks_for_no_body_named_after_the_village(parties):
    """ "a rice farmer from Kor Sampeou": "from" after someone described by where they live and work names a
    village, not an organisation called "Kor Sampeou"; with nothing else said of her she speaks for no side."""
    drafts = passages(
        "Camps on the border\n\n"
        "About 40,000 people are still in camps. Our correspondent spoke to Lina Dara, a rice farmer from Kor "
        "Sampeou who has been in a camp since July.\n\n"
        "“I only want to go home before the harvest rots,” she said.",
        parties,
    )
    found = one(drafts, "before the harvest rots")
    assert (found.speaker, found.party) == ("Lina Dara", None)


def test_a_clause_about_a_nurse_is_no_role_so_the_striker_speaks_for_the_union(parties):
    """ "I spoke to X, who has worked on the children's ward for nineteen years": a clause saying what
    someone has done is no post, so the nurse quoted after the picket line is one of the strikers, on the
    union's side, as a nurse with no description at all would be."""
    drafts = passages(
        "Nurses strike\n\n"
        "Nurses at the city's hospitals walked out today after talks between the Coastal Nurses Union and "
        "Harbourside Health Group broke down.\n\n"
        "Most nurses on the picket line say they are exhausted. I spoke to Rana Tui, who has worked on the "
        "children's ward here for nineteen years.\n\n"
        "“I have never missed a shift, and standing out here feels wrong,” Tui said.",
        parties,
    )
    assert one(drafts, "never missed a shift").party == "Coastal Nurses Union"

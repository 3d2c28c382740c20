"""Officers of unions and companies, ministers named by portfolio, and a speaker carried on by a
subjectless "Adding, “…”", each on a short text written for the test."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_subjectless_adding_goes_on_with_the_last_speaker(parties):
    drafts = passages(
        "“The revised offer is fair to everyone at the smelter,” said Dana Kessler, the plant manager.\n\n"
        "Adding, “We remain ready to meet the bargaining committee at any hour.”",
        parties,
    )
    assert one(drafts, "at any hour").speaker == "Dana Kessler"


def test_a_union_officer_with_a_numbered_local_speaks_for_the_union(parties):
    """'said XYZ Local 4100 President Omar Lind': a branch number in the title keeps the union as the
    party, the next bare quote is his too, and 'according to the union' is that union."""
    drafts = passages(
        "Harbourline Mining and the Smelter Guild Local 4100 are still far apart.\n\n"
        "“Harbourline forced this stoppage by cutting pensions,” said SGW Local 4100 President Omar Lind.\n\n"
        "“Our members want to go back to work on a fair contract.”\n\n"
        "About 900 members of the SGW walked out in May to “defend pensions and safety rules” according to "
        "the union.",
        parties,
    )
    forced = one(drafts, "forced this stoppage")
    assert (forced.speaker, forced.party) == ("Omar Lind", "SGW")
    assert one(drafts, "fair contract").party == "SGW"
    assert one(drafts, "safety rules").party == "SGW"


def test_a_ministers_portfolio_is_no_party(parties):
    """'External Affairs Minister X' names no organisation called 'External'; under a title-case dateline
    the minister is that country's, as under an all-capitals one."""
    drafts = passages(
        "New Delhi: India welcomed the truce on Saturday, stated External Affairs Minister Arun Mehra.\n\n"
        "“Both sides will stop firing from this evening,” said External Affairs Minister Arun Mehra.",
        parties,
    )
    assert one(drafts, "stop firing").party == "India"


def test_a_portfolio_without_a_country_gives_no_party(parties):
    drafts = passages(
        "“The border crossings reopen at dawn,” said Home Affairs Minister Lena Duval.",
        parties,
    )
    found = one(drafts, "border crossings")
    assert found.speaker == "Lena Duval"
    assert found.party is None


def test_a_group_of_officials_opening_a_sentence_is_no_name(parties):
    """'Security officials responded' is an unnamed group whose first word is capitalised only because it
    opens the sentence; 'Israeli officials' keeps its demonym and its party."""
    drafts = passages(
        "Security officials responded, saying, “Nobody here expected a different answer.”\n\n"
        "Israeli officials said the delegation would not travel before Thursday.",
        parties,
    )
    group = one(drafts, "different answer")
    assert group.speaker == "security officials"
    israeli = one(drafts, "would not travel")
    assert (israeli.speaker, israeli.party) == ("Israeli officials", "Israel")


def test_a_company_officer_with_no_company_named_is_the_articles_company(parties):
    """'said Chief Financial Officer X' in an article about one company is that company's officer, as
    'the company's chief executive' is; the same title in an article that names no company gives none."""
    drafts = passages(
        "Northwind Motors and the assembly workers remain far apart after the latest offer.\n\n"
        "“This offer is final,” said Chief Financial Officer Tom Reid.",
        parties,
    )
    final = one(drafts, "offer is final")
    assert (final.speaker, final.party) == ("Tom Reid", "Northwind Motors")
    alone = passages("“This offer is final,” said Chief Financial Officer Tom Reid.", parties)
    assert one(alone, "offer is final").party is None


def test_a_bodys_statement_continued_by_anaphor_is_that_body(parties):
    """'the ministry's statement on its website added' after 'the Norwegian Foreign Ministry said' is the same
    ministry, with its party, and so is the bare quote after it in that paragraph."""
    drafts = passages(
        "“The first round of talks between the two governments ended,” the Norwegian Foreign Ministry said "
        "on Saturday, after four hours of talks in Oslo.\n\n"
        "Both sides held talks “in a calm and respectful tone”, the ministry's statement on its website added. "
        "“The delegations will meet again next week.”",
        parties,
    )
    assert one(drafts, "calm and respectful").party == "Norway"
    assert one(drafts, "meet again next week").party == "Norway"


def test_the_article_opening_a_description_is_no_organisation(parties):
    """'A senior administration official told reporters …': the capital 'A' opens the sentence; it names
    no body called 'A' for the party."""
    drafts = passages(
        "A senior administration official told reporters that the tariffs on steel would stay for now.",
        parties,
    )
    assert one(drafts, "tariffs on steel").party is None


def test_someone_with_a_role_after_a_picket_line_is_no_striker(parties):
    """The worker-after-a-picket-line rule is for people the article gives no role: 'The governor, X,'
    quoted after strikers are described is not on the union's side."""
    drafts = passages(
        "Workers at Crestline Auto walked off the job on Friday after talks with the Harbour Workers Union "
        "collapsed, and strikers formed a picket line at the gate. “We're fighting for our pensions,” said "
        "Tasha Reed.\n\n"
        "The governor, Carla Wendt, urged both sides to return to the table.",
        parties,
    )
    assert one(drafts, "return to the table").party is None
    assert one(drafts, "fighting for our pensions").party == "Harbour Workers Union"


def test_the_premier_is_the_prime_minister_just_quoted(parties):
    """One office under two names: '“…,” the premier added' after 'Prime Minister X said' is X."""
    drafts = passages(
        "Speaking in parliament, Prime Minister Nawaz Karimov said the country wanted peace. "
        "“But peace with dignity,” the premier added.",
        parties,
    )
    assert one(drafts, "peace with dignity").speaker == "Nawaz Karimov"


def test_a_regional_adjective_is_no_organisation(parties):
    """'a Western diplomat', 'an Arab official': where someone is from, not a body called 'Western'."""
    drafts = passages(
        "“The ball is in the other court now,” a Western diplomat said on condition of anonymity.\n\n"
        "An Arab official said the mediators would meet again on Sunday.",
        parties,
    )
    assert one(drafts, "ball is in").party is None
    assert one(drafts, "mediators would meet").party is None


def test_it_said_is_the_body_that_just_spoke(parties):
    """'“…,” it said' after an institution spoke is that institution, with its party; after a person
    spoke it is nobody rather than that person."""
    drafts = passages(
        "The Serbian Foreign Ministry said Belgrade would not sign the text. “Recognition is off the table,” "
        "it said.\n\n"
        "Hamas said in a statement that it had studied the proposal. “We are ready for a deal,” it said.\n\n"
        "Mediator Lena Berg said the gap was narrow. “Both sides can close it,” it said.",
        parties,
    )
    assert one(drafts, "off the table").party == "Serbia"
    assert one(drafts, "ready for a deal").party == "Hamas"
    person = one(drafts, "can close it")
    assert person.speaker is None


def test_a_company_spokesperson_speaks_for_the_articles_company(parties):
    """'A company spokesperson said' in an article about one company is that company's, as 'the company
    said' is; with no company in the article it stays without a party."""
    drafts = passages(
        "Crestline Mining said it would not raise its offer to the smelter workers.\n\n"
        "A company spokesperson said talks would resume on Friday.",
        parties,
    )
    assert one(drafts, "resume on Friday").party == "Crestline Mining"
    alone = passages("A company spokesperson said talks would resume on Friday.", parties)
    assert one(alone, "resume on Friday").party is None


def test_a_title_before_a_name_ends_at_the_paragraph_break(parties):
    """A paragraph ending in 'the U.S.' is no country in the title of the minister who opens the next one."""
    drafts = passages(
        "Lumber mills have cut shifts since the levies began, and shipments fell to the U.S.\n\n"
        "Trade Minister Odile Marchand said the mills would “not be left to carry this alone.”",
        parties,
    )
    found = one(drafts, "carry this alone")
    assert found.speaker == "Odile Marchand"
    assert found.party is None


def test_a_run_of_titles_is_no_organisation(parties):
    """'The Prime Minister's official spokesman' and 'External Affairs Minister Dr X' name titles, not bodies
    called 'Minister' or 'External Affairs Minister Dr'."""
    drafts = passages(
        "“Nothing has been agreed on the tariff schedule,” the Prime Minister’s official spokesman said.\n\n"
        "External Affairs Minister Dr Ravi Menon said, “We will not negotiate under a deadline.”",
        parties,
    )
    assert one(drafts, "tariff schedule").party is None
    assert one(drafts, "under a deadline").party is None


def test_an_organisations_name_keeps_its_of_phrase_and_a_shared_place_word_names_neither(parties):
    """'Dunmore Federation of Nurses' is the union's whole name; two names joined by 'and' are two
    organisations; and 'Dunmore', which opens both names and stands alone as the town, is short for neither."""
    drafts = passages(
        "Nurses walked out on Monday after talks between the Dunmore Federation of Nurses and the Dunmore "
        "Care Authority collapsed. Dunmore's wards are running on agency staff.\n\n"
        "“We gave them eleven months,” said Ines Calder, president of the Dunmore Federation of Nurses.\n\n"
        "“The offer is the largest in our history,” said Owen Price, chief executive of Dunmore Care.",
        parties,
    )
    assert one(drafts, "eleven months").party == "Dunmore Federation of Nurses"
    assert one(drafts, "largest in our history").party == "Dunmore Care Authority"


def test_its_president_is_the_union_the_article_introduced_by_its_acronym(parties):
    """'the country's largest dairy union, the UPLF' introduces an organisation the gazetteer does not know;
    'Its president, X, told AFP' is its president, and 'told AFP' is no description of him."""
    drafts = passages(
        "Dairy farmers blocked the ring road on Friday. The country’s largest dairy union, the UPLF, called for "
        "more protests. Its president, Mathis Garnier, told AFP the quotas were “a slow death for small farms.”\n\n"
        "“We will be back every week,” he said.",
        parties,
    )
    assert one(drafts, "slow death").party == "UPLF"
    assert one(drafts, "every week").party == "UPLF"


def test_the_diplomat_is_the_one_the_article_introduced_before(parties):
    """'one EU diplomat said' introduces the person 'the diplomat said' then quotes; a source the article
    introduces only after 'the source said' is someone else."""
    drafts = passages(
        "The minister promised to keep the defence pledge whatever happens on fish, a remark that one EU "
        "diplomat said had been noted in several capitals. “Why should anyone pay for a gift?” the diplomat "
        "said.\n\n"
        "“The talks resume on Monday,” the source said. A source with the Fishermen’s Federation disagreed.",
        parties,
    )
    assert one(drafts, "pay for a gift").party == "European Union"
    assert one(drafts, "resume on Monday").party is None


def test_an_army_title_is_the_army_the_article_names(parties):
    """'Army spokesman Brigadier General X' in an article about Sudan's army speaks for that army."""
    drafts = passages(
        "Sudan’s army and the Rapid Support Forces traded blame for the shelling on Tuesday.\n\n"
        "Army spokesman Brigadier General Kamal Idris told reporters the truce was “humanitarian, not political.”",
        parties,
    )
    assert one(drafts, "not political").party == "Sudanese Armed Forces"


def test_the_school_board_and_the_paramilitary_group_are_the_ones_the_article_names(parties):
    """A school board chair speaks for the school district the article names; 'a source with the paramilitary
    group' for the one armed group it names; a school district is no school that only describes positions."""
    drafts = passages(
        "Talks between the Eastvale Teachers Association and the Eastvale School District stalled again.\n\n"
        "“We stand behind the superintendent’s offer,” said the school board chair, Dana Reyes.",
        parties,
    )
    assert one(drafts, "superintendent’s offer").party == "Eastvale School District"
    drafts = passages(
        "The army accused the Rapid Support Forces of shelling the market.\n\n"
        "“We are ready to return to Jeddah,” a source with the paramilitary group said on Sunday.",
        parties,
    )
    assert one(drafts, "return to Jeddah").party == "Rapid Support Forces"


def test_an_employers_name_before_a_known_unions_members_is_that_union(parties):
    """'Boeing Machinists union members' in an article about the International Association of Machinists is
    that union, so a machinist on the picket line speaks for it, and 'Boeing' alone stays the company."""
    drafts = passages(
        "Boeing Machinists union members voted to strike on Thursday, the International Association of "
        "Machinists said.\n\nBoeing did not comment.\n\n"
        "“We stand together,” said Ray Ortiz, a machinist on the wing line.",
        parties,
    )
    assert one(drafts, "stand together").party == "International Association of Machinists"
    assert one(drafts, "did not comment").party == "Boeing"  # a listed company, never the union


def test_a_one_word_name_after_the_strikers_is_no_striker(parties):
    """A company the article names in one word, after describing striking workers, is not one of them."""
    drafts = passages(
        "About 12,000 workers of the Lakeside Auto Workers union walked picket lines on Friday.\n\n"
        "Marrow said its offer was “highly competitive.”",
        parties,
    )
    assert one(drafts, "highly competitive").party is None


def test_a_statement_about_the_union_is_the_unions(parties):
    """'According to a statement, the union wants …' is about the union the article names."""
    drafts = passages(
        "Members of the Harbour Welders Federation voted to strike.\n\n"
        "According to a statement, the union wants raises after “a decade of frozen wages.”",
        parties,
    )
    assert one(drafts, "frozen wages").party == "Harbour Welders Federation"


def test_a_name_opening_the_paragraph_after_a_lede_about_an_envoy_is_that_envoy(parties):
    """'The European Union's special envoy … led a delegation' then '¶ Ivo Marek said': the lede's envoy."""
    drafts = passages(
        "The European Union’s special envoy for the dialogue led a delegation to both capitals on Monday.\n\n"
        "Ivo Marek said he came away hopeful.\n\n"
        "“It is too early to draw conclusions,” Marek said.",
        parties,
    )
    assert one(drafts, "too early to draw").party == "European Union"


def test_a_name_opening_the_paragraph_after_a_lede_about_a_countrys_minister_is_that_minister(parties):
    """'Norway's trade minister will fly to …' then '¶ Mara Lind will meet …': a lede that gives the office by
    its country's possessive introduces the person the next paragraph opens with, as 'The …'s envoy' does."""
    drafts = passages(
        "Norway's trade minister will fly to the Gulf this week to push talks on a trade pact with the bloc.\n\n"
        "Mara Lind will meet her counterparts in three capitals.\n\n"
        "“There is a real chance to finish this year,” Lind said in a statement.",
        parties,
    )
    assert one(drafts, "real chance to finish").party == "Norway"


def test_a_party_the_article_gives_a_minister_in_passing_yields_to_the_state_in_talks_between_states(parties):
    """'Britain's trade minister heads to … ¶ Kemi Badenoch is due to …', and later 'Badenoch, a Conservative
    ex-accountant who ran for the leadership,': in talks between states the minister speaks for the state the
    lede gives her office in; her party counts only where parties negotiate among themselves (quotes invented)."""
    drafts = passages(
        "Britain's trade minister heads to Oman and Qatar on Monday to press for a pact with the bloc.\n\n"
        "Kemi Badenoch is due to see ministers in both capitals. Badenoch, a Conservative ex-accountant who ran "
        "for the leadership last year, also hopes to see investors.\n\n"
        "“Gulf buyers want what our farmers grow,” Badenoch said.",
        parties,
    )
    assert one(drafts, "what our farmers grow").party == "United Kingdom"


def test_the_one_word_employer_of_a_union_dispute_is_the_company(parties):
    """'Korvo and the Pipefitters Union …', 'an offer from Korvo', 'the company's offer': an officer the
    article gives only a company title speaks for Korvo."""
    drafts = passages(
        "Korvo and the Northern Pipefitters Union remain far apart.\n\n"
        "Korvo said the revised offer was its last. The company’s offer keeps pensions.\n\n"
        "“We feel our offer is fair,” said Chief Operating Officer Lena Varga in a release.\n\n"
        "“We expect a good-faith offer from Korvo,” said union president Sam Ode.",
        parties,
    )
    assert one(drafts, "offer is fair").party == "Korvo"
    assert one(drafts, "good-faith offer").party == "Northern Pipefitters Union"


def test_a_numbered_locals_officer_with_no_union_in_the_title_speaks_for_the_articles_union(parties):
    """ "said Local 345 President Reilly Hanna": the title names the branch but not its union; the article's
    union (the one "the union" refers to) is her party."""
    drafts = passages(
        "Dockside Workers Union members walked out on Friday after talks with the port failed.\n\n"
        "“We tried our best,” said Local 345 President Reilly Hanna.\n\n"
        "The union says the port is acting unfairly.",
        parties,
    )
    assert one(drafts, "tried our best").party == "Dockside Workers Union"


def test_a_union_known_only_by_its_teams_acronyms_is_the_articles_union(parties):
    """ "the HWU/PSX bargaining team … the union bargaining team": an article that names its union only by
    the acronym pair of the team at the table, and speaks of "the union", means that body; its local's
    president speaks for it, and so does "the Union"."""
    drafts = passages(
        "On Tuesday the HWU/PSX bargaining team had hoped to settle in mediation. The employer keeps telling "
        "the union bargaining team that its offer will not move.\n\n"
        "“We tried our best,” said Local 345 President Reilly Hanna.\n\n"
        "The Union says the city is acting unfairly.",
        parties,
    )
    assert one(drafts, "tried our best").party == "HWU/PSX"
    assert one(drafts, "acting unfairly").party == "HWU/PSX"


def test_two_acronym_teams_at_the_table_name_no_union(parties):
    drafts = passages(
        "The HWU bargaining team met the CTA bargaining team on Tuesday.\n\n"
        "“We tried our best,” said Local 345 President Reilly Hanna.\n\n"
        "The union says the city is acting unfairly.",
        parties,
    )
    assert one(drafts, "tried our best").party is None


def test_the_agency_that_acts_in_a_speakerless_sentence_is_the_authority_the_article_names(parties):
    """ "The agency filed a lawsuit, saying the union broke a “no-strike” clause": the sentence is the
    transit authority's position, not the union's it accuses; "the agency" is the one Authority named."""
    drafts = passages(
        "Drivers of the Bus Drivers Union stayed off the job for a third day, and the Harbour Transit "
        "Authority said service would stay suspended.\n\n"
        "The agency filed a lawsuit on Monday, saying the union broke a “no-strike” clause in the old contract.",
        parties,
    )
    assert one(drafts, "no-strike").party == "Harbour Transit Authority"


def test_a_spokesman_of_someone_whose_surname_is_a_month_is_that_persons(parties):
    """ "says May's spokesman": "May's" before a role noun is a person's name, not the month or the modal
    verb; with the prime minister named in full the spokesman speaks for her country, and without it the
    party is left unsaid rather than an organisation called "May"."""
    named = passages(
        "Prime Minister Theresa May met her cabinet on Monday evening.\n\n"
        "“Nothing is settled yet,” says May's spokesman after the meeting.",
        parties,
    )
    assert one(named, "Nothing is settled").role == "May's spokesman"
    assert one(named, "Nothing is settled").party == "United Kingdom"
    unnamed = passages("“Nothing is settled yet,” says May's spokesman after the meeting.", parties)
    assert one(unnamed, "Nothing is settled").role == "May's spokesman"
    assert one(unnamed, "Nothing is settled").party is None


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


def test_a_worker_who_walked_out_speaks_for_the_striking_union(parties):
    """'a crane operator for 17 years who walked out with her crew' is on strike, whatever her trade is
    called: her words speak for the article's union."""
    drafts = passages(
        "Dockers at Port Elm walked out on Monday, the Port Elm Dockers Union said.\n\n"
        "Mara Voigt, a crane operator for 17 years who walked out with her crew, said the new cranes would "
        "replace her. “They want us to train the machine that takes our jobs,” she said.",
        parties,
    )
    assert one(drafts, "train the machine").party == "Port Elm Dockers Union"


def test_an_officer_whose_title_names_no_body_serves_the_one_body_of_its_kind(parties):
    """'X, senior vice president of human resources in Europe, said' in a story about one carmaker and its union
    is the carmaker's officer, though two rivals are named once in passing; 'the region it covers' ("in
    Europe") is no outlet. A school superintendent is the one school district's."""
    drafts = passages(
        "Carmaker Veltro Motors said Monday it had made a new offer to the Allied Vehicle Workers Union.\n\n"
        "Veltro Motors and the union meet again on Thursday. The union also bargains with Harlow Motors and "
        "Penrose Motors this year.\n\n"
        "“We are close to an agreement that protects every plant,” Ines Marlow, senior vice president of human "
        "resources in Europe, said in a note to staff. Veltro Motors declined to give details.",
        parties,
    )
    close = one(drafts, "close to an agreement")
    assert (close.speaker, close.party) == ("Ines Marlow", "Veltro Motors")
    school = passages(
        "Teachers in the Brackwater School District rejected the latest offer on Tuesday.\n\n"
        "“Both teams will meet with a mediator next week,” Paul Ostrom, school superintendent, said. The "
        "Brackwater School District has set aside money for raises.",
        parties,
    )
    assert one(school, "meet with a mediator").party == "Brackwater School District"


def test_an_officer_of_a_kind_gets_no_party_where_two_bodies_of_it_are_named(parties):
    """Two companies named again and again (a merger's talks): a vice president of human resources serves one
    of them, and the title does not say which, so nothing is guessed."""
    drafts = passages(
        "Corvane Foods and Dunmore Foods resumed merger talks on Monday.\n\n"
        "Corvane Foods wants two seats on the board; Dunmore Foods offered one. Corvane Foods and Dunmore Foods "
        "will meet again in June.\n\n"
        "“We are not there yet on the staff terms,” said Ada Lind, vice president of human resources.",
        parties,
    )
    assert one(drafts, "not there yet").party is None

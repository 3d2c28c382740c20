"""Who counts as a party, on short texts written for the test in the styles of development set 4:
companies and governments whose names end in a title word, analysts at research bodies that a place
is named with, and the other conventions tests/data/sources/dev4/README.md lists."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_name_ending_in_a_word_that_opens_titles_is_kept_whole(parties):
    """'Air' opens 'Air Marshal' and 'Government' opens 'Government spokesman', but neither ends a title:
    last in a name they are part of it ('Lakeside Air', 'Valley Regional Government')."""
    drafts = passages(
        "Lakeside Air's chief executive, Ruth Amsel, said the offer was final. “We cannot pay mainline wages "
        "on regional fares,” Amsel said.\n\n"
        "“The valley will host the next round of talks,” said a spokesman for the Valley Regional Government.",
        parties,
    )
    assert one(drafts, "mainline wages").party == "Lakeside Air"
    assert one(drafts, "next round").party == "Valley Regional Government"


def test_the_place_a_research_body_sits_in_or_studies_is_no_side(parties):
    """An analyst at an institute in a capital, at a consultancy 'based' in one, or running a think tank's
    programme on a country holds no position, whatever the place named with the body."""
    drafts = passages(
        "“The deal buys time and settles nothing,” said Idris Warfa, director of the Coastal Institute for "
        "Policy Studies in Mogadishu.\n\n"
        "Lena Brook of the Nairobi-based consultancy Horn Risk said the question would return. “Nobody gives "
        "up a navy on paper,” she said.\n\n"
        "“Ankara wanted a ceremony and got one,” said Defne Arslan, director of the Turkey programme at a "
        "research centre in Washington.",
        parties,
    )
    assert one(drafts, "settles nothing").party is None
    assert one(drafts, "on paper").party is None
    assert one(drafts, "got one").party is None


def test_armed_groups_and_unrecognised_states_are_parties(parties):
    """The PKK, the Syrian Democratic Forces and Somaliland negotiate as sides of their own: a commander,
    a bare leader's name and a president-elect each speak for theirs."""
    drafts = passages(
        "“We leave our rifles here as a sign of good faith,” said Rojda Aslan, a senior PKK commander.\n\n"
        "“Our fighters will not be part of any deal made without us,” Mazloum Abdi said.\n\n"
        "“Our coast is ours to lease, and nobody else's,” said Somaliland's president-elect, Warsame Ali.",
        parties,
    )
    assert one(drafts, "good faith").party == "PKK"
    assert one(drafts, "without us").party == "Syrian Democratic Forces"
    assert one(drafts, "ours to lease").party == "Somaliland"


def test_an_american_party_label_on_a_lawmaker_is_the_united_states(parties):
    """In talks between the United States and another country, a senator or representative named with
    a party label ('Arizona Democratic Sen.', 'a Republican congressman') speaks for the United States; a party whose
    name only starts with 'Republican' is not American."""
    drafts = passages(
        "“Ottawa owes our growers a fair share of the river,” Arizona Democratic Sen. Dana Ruiz said.\n\n"
        "“We will count every gallon they send,” said Tom Hale, a Republican congressman from Ohio.\n\n"
        "“The nationalists cannot write this law alone,” said Kemal Oz, a Republican People's Party lawmaker.",
        parties,
    )
    assert one(drafts, "fair share").party == "United States"
    assert one(drafts, "every gallon").party == "United States"
    assert one(drafts, "write this law").party != "United States"


def test_a_bare_titled_official_is_the_country_a_later_paragraph_names_them_with(parties):
    """A live blog with no dateline gives 'Energy Secretary Jo Marsh' no country where it first names her,
    but 'Speaking at the White House, Marsh said' later does: she is American."""
    drafts = passages(
        "Energy Secretary Jo Marsh said on X that the other side had agreed to ship the gas at once.\n\n"
        "Speaking to reporters at the White House, Marsh said the talks had gone well. “Patience paid off "
        "for everyone at the table,” she said.",
        parties,
    )
    assert one(drafts, "Patience paid off").party == "United States"


def test_a_portfolio_in_lower_case_keeps_the_country_before_it(parties):
    """A correspondent introduces a clip with "Chile's mining minister, Ana Ruiz": the lower-case
    portfolio between the country and the title does not cut the country off."""
    drafts = passages(
        "HOST: What does the government say?\n\n"
        "REPORTER: It is pleased. Here is Chile's mining minister, Ana Ruiz, speaking after the vote.\n\n"
        "ANA RUIZ: Nobody got everything they asked for, but the royalty is now fixed for ten years.",
        parties,
    )
    assert one(drafts, "royalty is now fixed").party == "Chile"


def test_a_commission_or_board_official_speaks_for_the_one_body_so_named(parties):
    """'A commission official' and 'a senior official at the board' speak for the one commission or board
    the article names in full; with two commissions named, the noun says nothing."""
    text = (
        "The Lower Basin River Commission counts every delivery. “The gap is the largest we have seen,” "
        "a commission official said.\n\n"
        "The Federal Arbitration Board has mediated since the fall. “Pensions are where they are stuck,” "
        "said a senior official at the board."
    )
    drafts = passages(text, parties)
    assert one(drafts, "largest we have seen").party == "Lower Basin River Commission"
    assert one(drafts, "where they are stuck").party == "Federal Arbitration Board"
    two = passages(text.replace("The Federal Arbitration Board", "The Upper Basin Commission"), parties)
    assert one(two, "largest we have seen").party is None


def test_sheikh_after_a_given_name_is_part_of_the_name(parties):
    """Somali usage: 'President Omar Sheikh Warsame' is 'Omar Sheikh' on second reference, one person;
    'Sheikh' before a name stays a title."""
    drafts = passages(
        "The accord was signed by President Omar Sheikh Warsame and Emir Sheikh Faisal.\n\n"
        "Speaking afterwards, Omar Sheikh said nothing had been given away. “The coast stays under our "
        "flag,” he said.",
        parties,
    )
    assert one(drafts, "under our flag").speaker == "Omar Sheikh Warsame"


def test_an_airline_spokeswoman_speaks_for_the_airline_and_a_union_council_for_the_union(parties):
    """'airline spokeswoman Ivy Dorn' after a quote is the speaker (not the carrier named in the paragraph
    before), and speaks for 'Bayline Air'; the chair of 'the union's Bayline Air council' speaks for the
    union, not for the airline whose name her council carries."""
    drafts = passages(
        "Pilots at Bayline Air backed a strike, the Harbour Pilots Union said. “Our patience has run out,” "
        "said Capt. Noor Amin, chair of the union's Bayline Air council.\n\n"
        "Bayline Air said its offer was the best in its history.\n\n"
        "“A strike vote is a tactic, not a plan,” airline spokeswoman Ivy Dorn said in an emailed statement.",
        parties,
    )
    tactic = one(drafts, "not a plan")
    assert (tactic.speaker, tactic.party) == ("Ivy Dorn", "Bayline Air")
    assert one(drafts, "patience has run out").party == "Harbour Pilots Union"


def test_a_pilot_or_nurse_in_a_union_dispute_speaks_for_the_union(parties):
    """Crew and care trades are rank and file too: in a dispute the Harbour Pilots Union leads, 'Capt. Lea
    Voss' at the rally and 'a nurse' on the picket line speak for the union."""
    drafts = passages(
        "The Harbour Pilots Union held a rally outside Bayline Air's offices on Monday.\n\n"
        "“We trained the young ones and watched them leave,” said Capt. Lea Voss, a 20-year veteran.\n\n"
        "“Nobody here wants to walk out,” said Ana Pereira, a nurse who joined the picket line.",
        parties,
    )
    assert one(drafts, "watched them leave").party == "Harbour Pilots Union"
    assert one(drafts, "wants to walk out").party == "Harbour Pilots Union"


def test_a_known_person_printed_in_another_transliteration_keeps_his_country(parties):
    """'Araqchi' and 'Araghchi' are one Iranian foreign minister: a bare 'Foreign Minister' title in an
    article that names Algiers, where he is visiting, does not make him Algerian."""
    drafts = passages(
        "Foreign Minister Abbas Araqchi said indirect talks would go ahead on Saturday.\n\n"
        "Speaking to reporters in Algiers after meeting Algerian officials, Araqchi said the format mattered "
        "less than the will behind it. “Pressure is not a method we answer to,” he said.",
        parties,
    )
    assert one(drafts, "Pressure is not a method").party == "Iran"


def test_an_inverted_title_or_a_ministry_official_under_a_dateline_is_that_countrys(parties):
    """South Asian papers print 'Secretary Finance' for a finance secretary, and 'a finance ministry
    official' names a ministry without its country: under a one-country dateline both speak for it."""
    drafts = passages(
        "ISLAMABAD: Secretary Finance Imran Qadri told reporters on Monday that the lender's mission had left "
        "without a deal. “We agreed the measures, but the signature waits for Washington,” Qadri said.\n\n"
        "“Two prior actions remain, and both are in hand,” a finance ministry official said.",
        parties,
    )
    assert one(drafts, "signature waits").party == "Pakistan"
    assert one(drafts, "prior actions remain").party == "Pakistan"


def test_a_ministry_named_by_its_portfolio_under_a_dateline_is_that_countrys(parties):
    """A paper writing of its own country names no country before its ministries: under a one-country
    dateline, "the finance ministry said" and "the Ministry of Finance said" speak for it, as its officials do."""
    drafts = passages(
        "ISLAMABAD: The lender's mission left on Friday without a deal.\n\n"
        "“Both sides now largely agree on the budget steps,” the finance ministry said in a statement.\n\n"
        "“The last prior actions are complete,” the Ministry of Finance said on Saturday.",
        parties,
    )
    assert one(drafts, "largely agree").party == "Pakistan"
    assert one(drafts, "prior actions are complete").party == "Pakistan"


def test_a_cabinet_portfolio_before_secretary_is_no_organisation(parties):
    """'Health and Social Care Secretary' is a title like 'Health Minister': its capitalised words are a
    portfolio, not a body called 'Social Care' for the secretary to speak for."""
    drafts = passages(
        "Health and Social Care Secretary Ruth Ellery said the offer stood. “The door is open the moment the "
        "strikes are called off,” Ellery said.",
        parties,
    )
    assert one(drafts, "door is open").party != "Social Care"


def test_a_country_named_inside_a_quote_is_not_the_speakers(parties):
    """A bare-titled official is given the one country a paragraph names before him, but not one he names
    in his own words: 'the signature waits for Washington' makes no finance secretary American."""
    drafts = passages(
        "Finance Secretary Imran Qadri told reporters on Monday that the lender's mission had left without a "
        "deal.\n\n“We agreed the measures, but the signature waits for Washington,” Qadri said.",
        parties,
    )
    assert one(drafts, "signature waits").party != "United States"


def test_the_official_no_one_introduced_is_the_titled_person_named_just_before(parties):
    """'The official' and 'the diplomat' with no 'an official' before them refer back to the person the
    article has just named with a title: they take that person's party, not none."""
    doha = passages(
        "The talks will resume in Doha next week, according to Omar bin Khalid Al-Rumaihi, a spokesperson "
        "for the Qatari Foreign Ministry.\n\n"
        "“Both teams remain in the city, and that is a good sign,” the diplomat said.",
        parties,
    )
    islamabad = passages(
        "ISLAMABAD: Secretary Finance Imran Qadri told reporters that the measures were agreed.\n\n"
        "“Only the signature is missing,” the official said.",
        parties,
    )
    assert one(doha, "good sign").party == "Qatar"
    assert one(islamabad, "signature is missing").party == "Pakistan"


def test_a_committee_or_district_of_a_body_speaks_for_the_body(parties):
    """'the HMA Junior Doctors Committee' and 'RWA District Four' are parts of the association and the union
    whose acronyms open their names: their officers speak for those bodies, not for parties of their own."""
    drafts = passages(
        "Junior doctors will walk out for three days, the Harbour Medical Association said. The HMA rejected "
        "a 4% offer on Monday.\n\n"
        "Dr Ana Petrovic, co-chair of the HMA Junior Doctors Committee, said the offer was “nowhere near what "
        "we lost over a decade of freezes.”\n\n"
        "“This deal puts the plant back to work,” said Dan Mercer, vice president for RWA District Four.",
        parties,
    )
    assert one(drafts, "nowhere near").party == "Harbour Medical Association"
    assert one(drafts, "back to work").party == "RWA"


def test_union_officials_are_no_body_of_their_own_and_a_role_cut_at_and_is_none(parties):
    """'Union officials have announced' is a union speaking through its people, not a body named 'Union
    officials'; a role that ends at 'and' ('Dr Lena Ortiz and Dr') is the first of two names, not an
    organisation."""
    drafts = passages(
        "DALTON (AP) — Union officials have announced a provisional agreement ending the seven-week walkout at a "
        "carpet mill.\n\n"
        "Co-chairs of the bargaining team, Dr Lena Ortiz and Dr Tom Reyes, wrote: “We remain open to talks "
        "anytime and anywhere.”",
        parties,
    )
    assert one(drafts, "provisional agreement").party != "Union officials"
    assert "Dr" not in (one(drafts, "anytime and anywhere").party or "")


def test_a_demonym_that_qualifies_a_union_gives_the_union_not_the_country(parties):
    """'leader of the Dutch dairy union Nationale vereniging van melkveehouders (NMB)' speaks for the union:
    'Dutch' says where the union is. 'The NMB union … its president, X' introduces the body by its acronym."""
    named = passages(
        "“This treaty would empty our barns,” said Joost Verhaar, leader of the Dutch dairy union Nationale "
        "vereniging van melkveehouders (NMB).",
        parties,
    )
    acronym = passages(
        "The Netherlands and Brazil resumed talks on Monday.\n\n"
        "The NMB union will hold protests next month, its president, Joost Verhaar, told reporters. “We are "
        "not against trade, we are against unequal rules,” he said.",
        parties,
    )
    assert one(named, "empty our barns").party == "NMB"
    assert one(acronym, "unequal rules").party == "NMB"


def test_a_known_persons_given_name_misspelled_keeps_his_party(parties):
    """Copy desks misspell given names too: 'President Emmanual Macron' is the gazetteer's Emmanuel Macron,
    and his bare 'President' title says nothing else about whose."""
    drafts = passages(
        "President Emmanual Macron also spoke out. “Our farmers will not pay for this treaty,” he said.",
        parties,
    )
    assert one(drafts, "will not pay").party == "France"


def test_a_ministry_spokesperson_without_a_country_is_the_ministrys_country(parties):
    """'China's Ministry of Commerce said' names the one ministry of the article; 'a commerce ministry
    spokesperson' then speaks for China, as 'the ministry' would."""
    drafts = passages(
        "China's Ministry of Commerce said on Friday it was weighing the approach.\n\n"
        "“If the other side wants to talk, it must first lift the duties,” a commerce ministry spokesperson said.",
        parties,
    )
    assert one(drafts, "lift the duties").party == "China"


def test_a_company_that_announces_is_itself_not_the_union_in_the_clause_after_it(parties):
    """'According to Corvane, the deal was endorsed by the RFU' is a clause, not an appositive saying whom
    Corvane speaks for; a name the article gives a chief executive ('CEO of Corvane') is a company."""
    drafts = passages(
        "HAMILTON (NEWS4) – Corvane announced a tentative agreement with the RFU on Thursday.\n\n"
        "According to Corvane, the deal was endorsed by the RFU and its local presidents.\n\n"
        "Mara Quist, President and CEO of Corvane, called it “a fair package that keeps the plant competitive.”",
        parties,
    )
    assert one(drafts, "Corvane announced").party == "Corvane"
    assert one(drafts, "keeps the plant competitive").party == "Corvane"


def test_a_state_organ_every_country_has_is_no_party_of_its_own(parties):
    """'National Security Council spokeswoman' names an organ of a state, not a side: under a WASHINGTON
    dateline she speaks for the United States, as a bare 'spokeswoman' would."""
    drafts = passages(
        "WASHINGTON (AP) — National Security Council spokeswoman Dana Ruiz said the proposal was still being "
        "studied. “We are not going to negotiate this in public,” Ruiz said.",
        parties,
    )
    assert one(drafts, "negotiate this in public").party == "United States"


def test_a_title_run_stops_at_the_comma_of_the_clause_before_it(parties):
    """'… an offensive in the border town of Kelso, Rear Admiral Yoav Tamir said' gives the admiral the title
    'Rear Admiral', not an organisation called 'Kelso'."""
    drafts = passages(
        "Asked whether the offer would delay an offensive in the border town of Kelso, Rear Admiral Yoav Tamir "
        "said: “We examine every answer seriously.”",
        parties,
    )
    assert one(drafts, "every answer seriously").party != "Kelso"


def test_a_legislator_speaks_for_the_country_whose_legislature_the_paragraph_names(parties):
    """In talks between a state and a lender, an opposition member of a parliamentary committee speaks for the
    state side: 'Lawmakers in Ghana's parliament … Kwame Asare, an opposition member of the finance committee'."""
    drafts = passages(
        "The fund's board approved the tranche on Friday.\n\n"
        "Lawmakers in Ghana's parliament have been more critical. Kwame Asare, an opposition member of the "
        "finance committee, said the terms were too harsh. “Every review asks the poor to pay first,” Asare said.",
        parties,
    )
    assert one(drafts, "asks the poor to pay first").party == "Ghana"


def test_a_country_before_a_portfolio_title_is_the_speakers(parties):
    """'Colombia Environment Minister Ana Ruiz' is a country, a portfolio and a title, not a longer name that
    happens to start with 'Colombia'."""
    drafts = passages(
        "Asked about the walkout, Colombia Environment Minister Ana Ruiz told reporters: “I would call this "
        "deep dissatisfaction.”",
        parties,
    )
    assert one(drafts, "deep dissatisfaction").party == "Colombia"


def test_an_assistant_vice_president_before_whom_a_company_is_named_speaks_for_it(parties):
    """'Harbourline assistant vice president of public affairs' is the company's officer: 'assistant' is a
    title word like 'vice' and 'president'."""
    drafts = passages(
        "Tom Reyes, Harbourline assistant vice president of public affairs, said: “The union has not made a "
        "serious counteroffer.”",
        parties,
    )
    assert one(drafts, "serious counteroffer").party == "Harbourline"


def test_a_leaders_administration_is_his_side_not_a_body_named_after_him(parties):
    """'The Hartley administration announced …' is a government known by its leader's name; with a leader
    the gazetteer does not know it has no party rather than a party called 'Hartley'."""
    drafts = passages("The Hartley administration announced today that it would join the talks.", parties)
    assert one(drafts, "join the talks").party != "Hartley"


def test_a_bare_secretary_of_state_is_american(parties):
    """'Secretary of State' with no country is the American office (Britain's are 'Secretary of State for …'):
    with no dateline and no country named before, the title still says whose."""
    drafts = passages(
        "Secretary of State Dana Whitfield spoke to reporters. “The offer stands as long as enrichment stops,” "
        "Whitfield said.",
        parties,
    )
    assert one(drafts, "enrichment stops").party == "United States"


def test_a_cabinet_secretary_of_a_department_is_a_state_title(parties):
    """'Acting Secretary of Labor Julia Soto' is an American cabinet title as 'Secretary of State' is; Britain's
    'Secretary of State for Health' is a title too, not an organisation of that name."""
    drafts = passages(
        "“I applaud the dockworkers and the companies for reaching a deal,” said Acting Secretary of Labor Julia "
        "Soto.\n\n"
        "“The offer to the nurses is final,” said Secretary of State for Health Tom Harrow.",
        parties,
    )
    assert one(drafts, "reaching a deal").party == "United States"
    assert one(drafts, "nurses is final").party != "Secretary of State for Health"


def test_a_description_before_a_persons_own_title_says_whom_they_speak_for(parties):
    """'The official spokesperson for the RSF delegation at the talks, Commander’s Advisor Idris Kamal' is the
    RSF's spokesman; a later passage that gives him only 'Commander’s Advisor' keeps that party."""
    drafts = passages(
        "The official spokesperson for the RSF delegation at the talks, Commander’s Advisor Idris Kamal, denied "
        "receiving any invitation.\n\n"
        "Kamal added: “We will not be fooled a second time.”",
        parties,
    )
    assert one(drafts, "fooled a second time").party == "Rapid Support Forces"


def test_the_leader_whose_government_the_speaker_negotiates_with_is_not_the_speakers_side(parties):
    """'one of the opposition's envoys in the talks with the Government of Nicolás Maduro' faces Maduro's
    government: the speaker does not speak for Venezuela's government because its leader is named."""
    drafts = passages(
        "Marta Ruiz, one of the opposition's envoys in the talks with the Government of Nicolás Maduro, "
        "said the format was exhausted. “All there was to talk about has been talked about,” Ruiz said.",
        parties,
    )
    assert one(drafts, "there was to talk about").party != "Venezuela"


def test_a_worker_named_by_the_workplace_in_a_strike_speaks_for_the_union(parties):
    """'Maya Lind, a teacher at Ridgeview Middle School' in the Brookfield Teachers Association's strike is a
    striking teacher, on the union's side; the school is where she works for the district, not her party."""
    drafts = passages(
        "Teachers in the Brookfield Unified School District entered the second week of their strike on Monday.\n\n"
        "The Brookfield Teachers Association is seeking a six percent raise; the district offers two.\n\n"
        "“We are asking for what our students deserve, nothing more,” said Maya Lind, a teacher at Ridgeview "
        "Middle School.",
        parties,
    )
    assert one(drafts, "what our students deserve").party == "Brookfield Teachers Association"


def test_a_provinces_minister_speaks_for_the_province_in_its_own_labour_dispute(parties):
    """A province bargaining with its own unions is a side of its own (dev4 README, "Who counts as a
    party"): a bare "Education Minister" in an article about the province's strike speaks for Saskatchewan,
    the province the article names, and so does the Treasury Board's president; the union speaks for itself."""
    drafts = passages(
        "Saskatchewan teachers to strike\n\n"
        "The Saskatchewan Teachers' Federation says its members will walk out across the province on Monday.\n\n"
        "“The ball is in the union's court,” Education Minister Karen Doyle said.\n\n"
        "President of Treasury Board Dana Whitlock said the offer “is the best in the country.”\n\n"
        "“Our members are fed up,” federation president Lorne Abara said.",
        parties,
    )
    assert one(drafts, "ball is in").party == "Saskatchewan"
    assert one(drafts, "best in the country").party == "Saskatchewan"
    assert one(drafts, "fed up").party != "Saskatchewan"


def test_a_ministers_title_that_names_a_state_is_that_states_government(parties):
    """ "NSW Health Minister X" in an article that names Queensland more often: the title says whose minister he
    is; a bare "Health Minister" there is the state the article is about."""
    drafts = passages(
        "Queensland nurses reject pay offer\n\n"
        "Queensland nurses rejected the state government's offer, saying Queensland pay now trails the rest "
        "of the country.\n\n"
        "“We are watching Queensland closely,” NSW Health Minister Brendan Kowal said.\n\n"
        "“Our offer stands,” Health Minister Ruth Ellery said.",
        parties,
    )
    assert one(drafts, "watching Queensland").party == "New South Wales"
    assert one(drafts, "offer stands").party == "Queensland"


def test_a_us_lawmakers_party_letter_or_label_is_their_side_in_congress_talks(parties):
    """Where Democrats and Republicans negotiate a spending bill and no other country takes part, "R-Kan.",
    "(D-Calif.)", "of Vermont, the top Democrat on …" and "the Idaho Republican" say which side a lawmaker
    takes; the home state ("of Vermont") is no side."""
    drafts = passages(
        "Budget talks stall\n\n"
        "Democrats and Republicans remain far apart on the spending bill.\n\n"
        "“We are making progress,” said Sen. Pat Okafor, R-Kan., the chairman of the panel.\n\n"
        "“Nothing is settled,” said Rep. Dana Reyes (D-Calif.).\n\n"
        "“We want a deal this weekend,” said Sen. Martin J. Hale of Oregon, the top Democrat on the "
        "spending panel.\n\n"
        "“The hardest part is ahead,” the Idaho Republican said.",
        parties,
    )
    assert one(drafts, "making progress").party == "Republican Party"
    assert one(drafts, "Nothing is settled").party == "Democratic Party"
    assert one(drafts, "this weekend").party == "Democratic Party"
    assert one(drafts, "hardest part").party == "Republican Party"


def test_a_union_officer_whose_union_is_named_for_a_state_is_no_minister_of_it(parties):
    """ "Queensland Teachers' Union secretary X": a secretary of a union named after the state speaks for the
    union, not for the state's government, which bargains with it."""
    drafts = passages(
        "Queensland teachers reject pay offer\n\n"
        "Teachers rejected the state government's offer on Monday.\n\n"
        "“This offer leaves us behind,” Queensland Teachers' Union secretary Mara Quill said.",
        parties,
    )
    assert one(drafts, "leaves us behind").party != "Queensland"


def test_a_ministry_of_some_affairs_under_a_dateline_is_that_countrys(parties):
    """'Ministry of Foreign Affairs' and 'Ministry of Home Affairs' are ministries named by their portfolio, as
    'Ministry of Finance' is: "affairs" names no body of its own, so under a one-country dateline they speak
    for that country."""
    drafts = passages(
        "TASHKENT – The talks on the shared canals ended on Tuesday without a deal.\n\n"
        "“The quotas will be settled at the next round in March,” the Ministry of Foreign Affairs said.",
        parties,
    )
    assert one(drafts, "next round in March").party == "Uzbekistan"


def test_the_countrys_ministry_under_a_dateline_is_that_countrys(parties):
    """'the country’s Ministry of Foreign Affairs' names its country by pointing back at the one the article is
    about: under a one-country dateline it speaks for that country, as "the Foreign Ministry" does."""
    drafts = passages(
        "TASHKENT – Uzbekistan welcomed the water-sharing accord signed by its neighbours on Tuesday.\n\n"
        "In a statement issued late on Tuesday, the country’s Ministry of Foreign Affairs praised the mediators.\n\n"
        "“We urge every side to carry out the accord in good faith and without delay,” the statement said.\n\n"
        "“The canal quotas must be published before the spring sowing,” the nation's foreign ministry added.",
        parties,
    )
    assert one(drafts, "in good faith").party == "Uzbekistan"
    assert one(drafts, "canal quotas").party == "Uzbekistan"

from index.text.parties import Parties
from tests.helpers import CORPUS


def parties() -> Parties:
    return Parties.load(CORPUS / "parties.toml")


def test_question_parties_follow_aliases_in_order():
    assert parties().in_question("What do Moscow and Kyiv want from Washington?") == [
        "Russia",
        "Ukraine",
        "United States",
    ]


def test_capitalised_aliases_match_only_as_written():
    assert parties().in_question("Can you tell us what they want?") == []
    assert parties().in_question("What does the US want?") == ["United States"]


def test_longest_alias_wins_so_pollsters_are_not_ukraine():
    p = parties()
    assert p.of_speaker("Kyiv International Institute of Sociology", None) is None
    assert p.of_speaker("a source in Zelensky’s office", None) == "Ukraine"
    assert p.of_speaker("Andreas Umland", "analyst, Stockholm Center for Eastern European Studies") is None
    assert p.of_speaker("Joe Biden", "U.S. President") == "United States"


def test_every_country_is_a_party_under_its_common_english_name():
    p = parties()
    for name in ("Iran", "United Kingdom", "South Korea", "China", "Syria", "Russia", "Azerbaijan", "Turkey"):
        assert p.kind(name) == "country", name
    assert p.in_question("What do Tehran, Seoul and the Kremlin want?") == ["Iran", "South Korea", "Russia"]
    assert p.in_question("Will Brussels and Washington agree?") == ["European Union", "United States"]


def test_a_role_names_the_affiliation_even_for_unknown_people():
    p = parties()
    assert p.of_speaker("Dana Farrow", "Iranian Foreign Minister") == "Iran"
    assert p.of_speaker("Dana Farrow", "Kremlin spokesman") == "Russia"
    assert p.of_speaker("Dana Farrow", "Israel’s prime minister") == "Israel"
    assert p.of_speaker("Dana Farrow", "spokesperson for Downing Street") == "United Kingdom"
    assert p.of_speaker("Dana Farrow", "EU trade commissioner") == "European Union"
    assert p.of_speaker("Dana Farrow", "foreign policy adviser to President Ilham Aliyev") == "Azerbaijan"
    assert p.of_speaker("a senior U.S. administration official", None) == "United States"
    assert p.of_speaker("A Downing Street spokesperson", None) == "United Kingdom"


def test_known_people_need_no_role():
    p = parties()
    assert p.of_speaker("Benjamin Netanyahu", None) == "Israel"
    assert p.of_speaker("Xi Jinping", None) == "China"
    assert p.of_speaker("Ursula von der Leyen", None) == "European Union"
    assert p.of_speaker("Peskov", None) == "Russia"
    assert p.of_speaker("MS. BRUCE", None) == "United States", "a transcript's label"
    assert p.of_speaker("SECRETARY RUBIO", None) == "United States"


def test_an_organisation_the_gazetteer_does_not_know_is_its_own_party():
    p = parties()
    assert p.of_speaker("Dana Farrow", "president of the United Steel Guild") == "United Steel Guild"
    assert p.of_speaker("Kelly Ortberg", "Boeing CEO") == "Boeing"
    assert p.of_speaker("Dana Farrow", "Boeing’s chief executive") == "Boeing"
    assert p.of_speaker("Dana Farrow", "IAM District 751 president") == "International Association of Machinists"


def test_people_who_describe_positions_hold_none():
    p = parties()
    assert p.of_speaker("Dana Farrow", "analyst at the Brookings Institution") is None
    assert p.of_speaker("Dana Farrow", "a professor at Lindqvist University") is None
    assert p.of_speaker("Dana Farrow", "a former U.S. trade negotiator now in private practice") is None
    assert p.of_speaker("Dana Farrow", "London-based analyst") is None
    assert p.of_speaker("Dana Farrow", None) is None, "an unknown affiliation is no party, not a guess"


def test_the_other_side_in_a_role_is_not_the_speakers_party():
    p = parties()
    assert p.of_speaker("Dana Farrow", "U.S. ambassador to the UN") == "United States"
    assert p.of_speaker("Dana Farrow", "UN envoy for Yemen") == "United Nations"
    assert p.of_speaker("Dana Farrow", "Iran-backed Houthi spokesman") == "Houthis"


def test_a_name_inside_a_longer_name_is_not_the_country():
    p = parties()
    assert p.of_speaker("Jordan Bardella", None) is None
    assert p.mentions("The Washington Post reported it.") == [(4, "none")]
    assert [party for _, party in p.mentions("Peskov said Moscow would wait.")] == ["Russia", "Russia"]


def test_ambiguous_names_give_no_party_but_name_every_actor_they_may_mean():
    p = parties()
    assert p.mentions("Georgia voted on Tuesday.") == []
    [actor] = p.actors("What does Korea want?")
    assert set(actor.parties) == {"South Korea", "North Korea"}


def test_an_article_says_what_its_union_company_and_bloc_are():
    text = (
        "Workers at Marlowe Shipyards walked out on Monday. Members of the Coastal Welders Federation (CWF) "
        "rejected the offer. “We will stay out,” the union’s president, Ada Kerr, said. “The offer stands,” "
        "said Tom Vance, the company’s spokesman. Marlowe said talks would resume. The European Union said "
        "the bloc’s chief negotiator would attend."
    )
    p = parties().in_document(text)
    assert p.of_speaker("Ada Kerr", None) == "Coastal Welders Federation"
    assert p.of_speaker("Someone", "the company’s spokesman") == "Marlowe Shipyards"
    assert p.of_speaker("Someone", "Marlowe spokesman") == "Marlowe Shipyards"
    assert p.of_speaker("Someone", "CWF organiser") == "Coastal Welders Federation"
    assert p.of_speaker("Someone", "the bloc’s chief negotiator") == "European Union"


def test_the_countrys_minister_is_the_country_the_article_just_named():
    text = (
        "Talks in Muscat went on past midnight. Oman has carried messages for years. “We are close,” said "
        "Salim Harthy, the country’s deputy foreign minister, as Iranian negotiators left."
    )
    p = parties().in_document(text)
    assert p.of_speaker("Salim Harthy", None) == "Oman"
    assert p.of_speaker("Salim Harthy", "the country’s deputy foreign minister") == "Oman"
    assert parties().of_speaker("Salim Harthy", "the country’s deputy foreign minister") is None, "no article, no guess"


def test_the_city_where_talks_are_held_is_not_a_side_the_question_asks_about():
    p = parties()
    assert p.in_question("what did the ELN promise in Havana") == ["ELN"]
    assert p.in_question("what is Hamas demanding at the Doha talks?") == ["Hamas"]
    assert p.in_question("is the Istanbul round over") == []
    assert p.in_question("How close are the mediators according to Doha?") == ["Qatar"]
    assert p.in_question("what does moscow want") == ["Russia"]


def test_one_scan_of_a_question_gives_its_actors_people_parties_and_sides():
    """The question path reads all four from one scan (Parties.named); the single readers agree with it."""
    p = parties()
    question = "what did netanyahu tell the eu about Iran in Doha"
    named = p.named(question)
    assert [(a.surface, a.parties) for a in named.actors] == [
        ("eu", ("European Union",)),
        ("Iran", ("Iran",)),
        ("Doha", ("Qatar",)),
    ]
    assert [(a.surface, a.parties) for a in named.people] == [("Netanyahu", ("Israel",))]
    assert named.parties == ("European Union", "Iran", "Israel"), "Doha is the venue"
    assert named.sides == ("European Union", "Israel"), "Iran is the topic"
    assert p.actors(question) == list(named.actors)
    assert p.people_named(question) == list(named.people)
    assert p.in_question(question) == list(named.parties)
    assert p.sides_in_question(question) == list(named.sides)


def test_a_short_acronym_typed_in_lower_case_after_the_is_a_party():
    p = parties()
    assert p.in_question("what does the eu want") == ["European Union"]
    assert p.in_question("what is in it for the us and the eu") == ["United States", "European Union"]
    assert p.in_question("does the un back the plan") == ["United Nations"]
    assert p.in_question("tell us what they agreed") == []


def test_an_acronym_spelled_like_a_word_names_its_actor_only_in_capitals():
    """[capitals_only] in the gazetteer: "the ups and downs", "the car makers" and "the act" are words, even after
    "the"; "UPS" and "CAR" are the company and the country. Acronyms not listed keep naming in lower case."""
    p = parties()
    assert p.in_question("what were the ups and downs of the talks") == []
    assert p.in_question("did the car makers get a deal") == []
    assert p.in_question("what is in the act") == []
    assert p.in_question("what did UPS offer the drivers") == ["UPS"]
    assert p.in_question("what does CAR want from the talks") == ["Central African Republic"]
    assert p.in_question("what does nato want") == ["NATO"]
    assert p.in_question("what does the eu want") == ["European Union"]


def test_a_thinktank_written_as_one_word_holds_no_position():
    """'director of the UK in a Changing Europe thinktank' describes positions; the 'UK' in the think tank's
    name is not the speaker's side."""
    p = parties()
    assert p.of_speaker("Ama Osei", "director of the UK in a Changing Europe thinktank") is None
    assert p.holds_no_position("Ama Osei", "director of the UK in a Changing Europe thinktank")


def test_the_commission_is_the_european_union_in_an_article_that_names_the_eu():
    """An article that names only 'the EU' may call its executive 'the Commission'; with no EU in the article
    a commission is nobody's."""
    text = "EU ministers met on Monday. The Commission’s chief spokesperson, Ilse Varga, said talks would go on."
    assert parties().in_document(text).of_speaker("Ilse Varga", None) == "European Union"
    other = "Ministers met on Monday. The Commission’s chief spokesperson, Ilse Varga, said talks would go on."
    assert parties().in_document(other).of_speaker("Ilse Varga", None) is None


def test_the_g77_is_the_negotiating_bloc_under_its_un_name():
    """The G77 negotiates in UN talks as 'the G77 and China'; every short form is that one party."""
    p = parties()
    for name in ("the G77", "G77 and China", "Group of 77", "the G-77"):
        assert p.of_speaker(name, None) == "G77 and China", name
    assert p.in_question("what does the G77 want on climate finance") == ["G77 and China"]


def test_a_known_person_printed_with_fewer_given_names_is_still_known():
    """'Tayyip Erdoğan' is 'Recep Tayyip Erdoğan'; a name whose words are not all in the known one is not."""
    p = parties()
    assert p.of_speaker("Tayyip Erdoğan", None) == "Turkey"
    assert p.of_speaker("Tayyip Erdogan", "President") == "Turkey"
    assert p.of_speaker("Mehmet Erdoğan", None) is None


def test_a_business_council_named_for_two_countries_speaks_for_itself():
    """'The U.S.-China Business Council said …': a lobby whose name begins with two countries' names, neither
    of which it speaks for."""
    text = "The U.S.-China Business Council said exports fell. Washington and Beijing meet next week."
    assert parties().in_document(text).of_speaker("The U.S.-China Business Council", None) == (
        "U.S.-China Business Council"
    )


def test_an_acronym_made_of_an_organisations_initials_is_that_organisation():
    """An article that names 'the Harbour Pilots Association' and later 'HPA' without brackets means one body."""
    text = "The Harbour Pilots Association rejected the offer. Talks resume Monday, HPA president Jo Lund said."
    assert parties().in_document(text).of_speaker("Jo Lund", "HPA president") == "Harbour Pilots Association"


def test_leaders_named_without_a_title_have_their_countrys_party():
    """Wire copy names leaders of South-East Asian and Balkan talks bare ('Hun Manet said', 'Vucic said'), and
    Malay and Thai leaders by their given name alone ('Anwar said', 'Phumtham told reporters')."""
    p = parties()
    expected = {
        "Hun Manet": "Cambodia",
        "Phumtham Wechayachai": "Thailand",
        "Anwar Ibrahim": "Malaysia",
        "Anwar": "Malaysia",
        "Phumtham": "Thailand",
        "Aleksandar Vucic": "Serbia",
        "Vučić": "Serbia",
        "Albin Kurti": "Kosovo",
        "William Ruto": "Kenya",
    }
    assert {name: p.of_speaker(name, None) for name in expected} == expected


def test_a_hyphenated_surname_is_no_country():
    """'Crabtree-Ireland' ends in a country's name; 'U.S.-China' and 'Kosovo-Serbia' name both countries."""
    p = parties()
    assert [party for _, party in p.mentions("Drescher and Crabtree-Ireland wrote")] == []
    assert [party for _, party in p.mentions("the Kosovo-Serbia dialogue")] == ["Kosovo", "Serbia"]


def test_two_people_named_together_are_no_organisation():
    """A statement 'Drescher and Crabtree-Ireland wrote' is two people's; 'Hostages and Missing Families
    Forum' is one body."""
    p = parties()
    assert p.of_speaker(None, "Drescher and Crabtree-Ireland") is None
    assert p.of_speaker(None, "Hostages and Missing Families Forum") == "Hostages and Missing Families Forum"


def test_a_bare_state_title_is_the_one_country_its_paragraph_names_before_it():
    """With no dateline, 'China's reaction has been guarded. Foreign Ministry spokesman X said' is China's
    spokesman; a paragraph naming two countries before the title says nothing."""
    text = (
        "Talks resume on Thursday.\n\nChina’s reaction has been guarded. On Tuesday, Foreign Ministry "
        "spokesman Lin Hao said respect was the basis of any deal.\n\nJapan and Canada protested. Trade "
        "Minister Kim Doyun said the levies were unfair."
    )
    p = parties().in_document(text)
    assert p.of_speaker("Lin Hao", "Foreign Ministry spokesman") == "China"
    assert p.of_speaker("Kim Doyun", "Trade Minister") is None


def test_the_foreign_ministry_is_the_one_country_whose_ministry_the_article_names():
    """'Azerbaijan's Foreign Ministry' named once makes 'the Foreign Ministry's press service' Azerbaijan's; an
    article naming two countries' ministries leaves 'the ministry' to nobody."""
    one_ministry = "Azerbaijan’s Foreign Ministry rejected the remarks. The Foreign Ministry’s press service said so."
    p = parties().in_document(one_ministry)
    assert p.of_speaker("the Foreign Ministry’s press service", None) == "Azerbaijan"
    two = "Azerbaijan’s Foreign Ministry and Armenia’s Foreign Ministry traded blame. The ministry said more."
    assert parties().in_document(two).of_speaker("the ministry", None) is None


def test_a_union_minister_is_no_labour_unions_officer():
    """India's 'Union Commerce Minister' belongs to the union government; 'Union president' to the union."""
    text = "New Delhi: Talks went well. The Indian Railways Workers Union objected."
    p = parties().in_document(text)
    assert p.of_speaker("Ravi Kant", "Union Commerce Minister") == "India"
    assert p.of_speaker("Mira Das", "Union president") == "Indian Railways Workers Union"


def test_a_foreign_ministry_written_in_lower_case_is_the_countrys():
    """Wire copy writes 'Saudi Arabia's foreign ministry'; 'the Arab nation's foreign ministry' is then that one."""
    text = "RIYADH — Saudi Arabia's foreign ministry said talks resumed. The Arab nation's foreign ministry added more."
    p = parties().in_document(text)
    assert p.of_speaker("the Arab nation's foreign ministry", None) == "Saudi Arabia"


def test_a_former_official_named_by_country_and_a_bank_strategist_hold_no_position():
    p = parties()
    assert p.holds_no_position("Dan Oren", "Israel's former ambassador to Washington")
    assert p.holds_no_position("Ana Ruiz", "a strategist at Goldman Sachs")
    assert p.of_speaker("Dan Oren", "Israel's ambassador to Washington") == "Israel"


def test_where_an_organisation_is_based_is_not_whom_it_speaks_for():
    """', which is based in the Netherlands' after a company and 'a Geneva-based …' say where, not for whom."""
    text = "Marrow, which is based in the Netherlands, said its offer was fair."
    assert parties().in_document(text).of_speaker("Marrow", None) is None
    assert parties().of_speaker("Ana Lee", "a spokeswoman for a firm headquartered in France") is None


def test_a_company_named_after_its_sort_speaks_for_itself_and_is_the_company():
    """'Jeep parent company Marrow' makes 'Marrow said' the company's own position and 'the company's
    spokesman' Marrow's."""
    text = "The union rejected an offer by parent company Marrow on Sunday. Marrow said the offer was fair."
    p = parties().in_document(text)
    assert p.of_speaker("Marrow", None) == "Marrow"
    assert p.of_speaker("Lou Park", "the company's spokesman") == "Marrow"


def test_an_initial_and_a_known_surname_name_the_known_person():
    """'External Affairs Minister Dr S Jaishankar': the initial fits Subrahmanyam Jaishankar; another initial
    does not."""
    p = parties()
    assert p.of_speaker("S Jaishankar", None) == "India"
    assert p.of_speaker("R. Jaishankar", None) is None


def test_a_company_and_the_union_joined_by_and_the_are_two_names():
    """'Korvo and the Northern Pipefitters Union remain apart': the union is 'Northern Pipefitters Union'."""
    p = parties().in_document("Korvo and the Northern Pipefitters Union remain far apart.")
    assert p.of_speaker("Sam Ode", "union president") == "Northern Pipefitters Union"


def test_a_bare_title_naming_a_known_officials_department_is_that_officials_country():
    """'Treasury spokeswoman X' in an article that prints 'Treasury Secretary Scott Bessent' is American; a
    title that shares only 'secretary' or 'spokeswoman' with him says nothing."""
    text = (
        "Talks between the U.S. and Chinese delegations ended. Treasury Secretary Scott Bessent spoke first.\n\n"
        "The briefing was moderated by Treasury spokeswoman Lena Alvarez."
    )
    p = parties().in_document(text)
    assert p.of_speaker("Lena Alvarez", "Treasury spokeswoman") == "United States"
    assert p.of_speaker("Ada Ng", "Health spokeswoman") is None


def test_officials_often_quoted_in_the_wars_and_talks_in_the_news_are_known():
    """Spokespeople and envoys that wire copy quotes with a bare or a body's title ('National Security Council
    spokesman John Kirby', 'A spokesperson for the group, Mohammad Afif') still speak for their side."""
    p = parties()
    assert p.of_speaker("John Kirby", "National Security Council spokesman") == "United States"
    assert p.of_speaker("Amos Hochstein", None) == "United States"
    assert p.of_speaker("Ani Badalyan", None) == "Armenia"
    assert p.of_speaker("Mohammad Afif", None) == "Hezbollah"
    assert p.of_speaker("Mohammed Deif", None) == "Hamas"


def test_the_sudanese_army_by_its_other_name_and_northern_ireland_are_known():
    """'the Sudan Armed Forces' is the Sudanese Armed Forces, and Northern Ireland is part of the United Kingdom,
    not Ireland, in a title such as 'Secretary of State for Northern Ireland'."""
    p = parties()
    assert p.of_speaker("The General Command of the Sudan Armed Forces", None) == "Sudanese Armed Forces"
    assert p.of_speaker("Hilary Benn", "Secretary of State for Northern Ireland") == "United Kingdom"


def test_bodies_that_stand_for_their_state_are_known():
    """India's Ministry of External Affairs ('MEA spokesperson'), Sudan's Sovereignty Council and a climate
    summit's presidency ('COP29 President') speak for the state behind them, not as parties of their own."""
    p = parties()
    assert p.of_speaker("Jo Smith", "MEA spokesperson") == "India"
    assert p.of_speaker("Jo Smith", "Vice President of the Sovereignty Council") == "Sudan"
    assert p.of_speaker("Jo Smith", "COP29 President") == "Azerbaijan"


def test_the_people_list_follows_its_rule_for_states_ministers_and_organisations():
    """The gazetteer's header states whom `people` lists: past heads of government of the G20 and of the
    states often in negotiations, their foreign, finance, trade and defence ministers since about 2010, the
    heads of the organisations it lists, and every other UN member's leaders of 2025. A surname no other
    listed person has names its person on its own."""
    p = parties()
    expected = {
        "Barack Obama": "United States",
        "Michael Froman": "United States",
        "Julia Gillard": "Australia",
        "Mitsotakis": "Greece",
        "Yanis Varoufakis": "Greece",
        "Ryosei Akazawa": "Japan",
        "Ban Ki-moon": "United Nations",
        "Christine Lagarde": "IMF",
        "Mette Frederiksen": "Denmark",
        "Zelenskyy": "Ukraine",
    }
    assert {name: p.of_speaker(name, None) for name in expected} == expected


def test_every_un_members_foreign_minister_of_2024_and_2025_is_known():
    """Foreign ministers are the most quoted people in negotiations, so the rule lists those of every UN member
    who held office in 2024 or 2025, not only those of the states most often in talks. A surname no other listed
    person has names them alone ('Balakrishnan'); one shared with a word or a given name does not ('Peters').
    Defence ministers of those years are listed where the compiler was sure ('Nuno Melo', 'Phan Van Giang')."""
    p = parties()
    expected = {
        "Ahmed Attaf": "Algeria",
        "Nasser Bourita": "Morocco",
        "Vivian Balakrishnan": "Singapore",
        "Balakrishnan": "Singapore",
        "Winston Peters": "New Zealand",
        "Elina Valtonen": "Finland",
        "Juraj Blanár": "Slovakia",
        "Yusuf Tuggar": "Nigeria",
        "Nuno Melo": "Portugal",
        "Phan Van Giang": "Vietnam",
        "Peters": None,
    }
    assert {name: p.of_speaker(name, None) for name in expected} == expected


def test_bosnias_presidency_its_council_chairs_and_its_communities_are_known():
    """Bosnia's presidency members and Council of Ministers chairs speak for the state; Dodik is listed under
    Republika Srpska, which he led later, and Čović under the Bosnian Croats, whose HDZ BiH he leads. The
    Polisario Front is a side of the Western Sahara talks, by its leader or by its short name."""
    p = parties()
    expected = {
        "Denis Bećirović": "Bosnia and Herzegovina",
        "Zeljko Komsic": "Bosnia and Herzegovina",
        "Borjana Krišto": "Bosnia and Herzegovina",
        "Dragan Čović": "Bosnian Croats",
        "Milorad Dodik": "Republika Srpska",
        "Brahim Ghali": "Polisario Front",
    }
    assert {name: p.of_speaker(name, None) for name in expected} == expected
    assert p.of_speaker("Mara Ilic", "HDZ BiH vice-president") == "Bosnian Croats"
    assert p.of_speaker("Salma Ahmed", "the Polisario's envoy to the UN") == "Polisario Front"


def test_a_title_one_state_alone_has_names_that_state():
    """'The Tánaiste', 'Scottish Secretary' and 'Chief Cabinet Secretary' are offices of Ireland, the United
    Kingdom and Japan only, so the bare title says whose; 'Health Secretary' is also an American office and
    says nothing on its own."""
    p = parties()
    assert p.of_speaker("the Tánaiste", None) == "Ireland"
    assert p.of_speaker("Jo Smith", "Scottish Secretary") == "United Kingdom"
    assert p.of_speaker("Jo Smith", "Welsh Secretary") == "United Kingdom"
    assert p.of_speaker("the Chief Cabinet Secretary", None) == "Japan"
    assert p.of_speaker("the Chancellor of the Duchy of Lancaster", None) == "United Kingdom"
    assert p.of_speaker("Jo Smith", "Health Secretary") is None


def test_the_home_office_is_britains_ministry_not_a_body_called_home():
    """'A Home Office spokeswoman' speaks for the United Kingdom, whose interior ministry it is, as 'an FCDO
    spokesman' does; read as a body's name it was a party called 'Home'."""
    p = parties()
    assert p.of_speaker("a Home Office spokeswoman", None) == "United Kingdom"
    assert p.of_speaker("the Home Office", None) == "United Kingdom"


def test_a_surname_that_is_a_word_a_place_or_a_given_name_names_no_one_alone():
    """'Hunt', 'Santos' and 'Hague' are surnames of listed people (Jeremy Hunt, Juan Manuel Santos, William
    Hague), but also a word, a surname common in many countries and a city: alone they give no party, and
    'The Hague' stays the Dutch city. The full names still name the people."""
    p = parties()
    assert p.of_speaker("Jeremy Hunt", None) == "United Kingdom"
    assert p.of_speaker("Juan Manuel Santos", None) == "Colombia"
    assert p.of_speaker("Hunt", None) is None
    assert p.of_speaker("Santos", None) is None
    assert [party for _, party in p.mentions("The judges in The Hague and a Hunt for a deal")] == ["Netherlands"]


def test_a_unions_name_that_is_an_english_word_in_lower_case_is_no_actor():
    """Unison is a listed union, but a member typing "in unison" means together; written as the union's name
    ("Unison", "UNISON") it is the union."""
    p = parties()
    assert p.in_question("did the two governments act in unison on the tariffs") == []
    assert p.in_question("What does Unison want from the NHS pay talks?") == ["Unison"]


def test_a_listed_company_is_its_own_side_by_its_name_its_chief_or_its_short_name():
    """Companies are sides in strikes, takeovers and antitrust cases: the gazetteer lists the ones news quotes most,
    so 'Maersk', its chief executive named bare and 'VW' speak for the company, not for its country."""
    p = parties()
    assert p.of_speaker("Maersk", None) == "Maersk"
    assert p.of_speaker("Vincent Clerc", None) == "Maersk"
    assert p.of_speaker("VW", None) == "Volkswagen"
    assert p.of_speaker("Dana Farrow", "a Saudi Aramco spokesman") == "Saudi Aramco"
    assert p.in_question("What did Volkswagen offer the union?") == ["Volkswagen"]


def test_a_company_name_that_is_also_a_word_or_a_surname_is_left_out_or_kept_lower_case():
    """'Ford' is the Premier of Ontario too and 'intel' a word: neither names a company in lower case or on
    its own; a chief executive's surname that is a word ('Pope') names no one alone, and the full name still does."""
    p = parties()
    assert p.of_speaker("Ford", None) is None
    assert p.in_question("is there new intel on the Boeing strike") == ["Boeing"]
    assert p.in_question("has the Lufthansa deal had ups and downs") == ["Lufthansa"]
    assert p.of_speaker("Pope", None) is None
    assert p.of_speaker("Stephanie Pope", None) == "Boeing"


def test_a_listed_company_before_its_workers_or_suppliers_is_not_their_side():
    """'a UPS driver', 'chief executive of a Lufthansa supplier': the company names whom they work for or
    sell to, not whom they speak for; 'a UPS spokesman' speaks for UPS."""
    p = parties()
    assert p.of_speaker("Dana Farrow", "a UPS driver") is None
    assert p.of_speaker("Dana Farrow", "a Boeing machinist for 20 years") is None
    assert p.of_speaker("Dana Farrow", "chief executive of a Lufthansa supplier") is None
    assert p.of_speaker("Dana Farrow", "a UPS spokesman") == "UPS"

"""Attribution rules that hold on any outlet, each on short sentences written for the test: British single
quotation marks, credit lines under a quote, colon intros, long appositives, posts, given names on second
reference, transcripts' intros, analysts and unnamed speakers."""

from __future__ import annotations

import pytest

from tests.index.splitting import one, passages


def test_british_single_quotation_marks_quote_speech_and_apostrophes_stay_apostrophes(parties):
    drafts = passages(
        "Mara Quill, director of the Harlow Dockers' Association, said the quay would reopen. 'We will reopen "
        "the quay by June, and the harbour's owners know it,' she said.\n\n"
        "'I'd rather wait a month than rush it and lose the whole season,' Quill said.\n\n"
        "The Exporters' Council, which speaks for the growers, said nothing about the dockers' demands.",
        parties,
    )
    june = one(drafts, "reopen the quay by June")
    assert (june.kind, june.speaker) == ("quote", "Mara Quill")
    assert "the harbour's owners know it" in june.text
    wait = one(drafts, "rather wait a month")
    assert (wait.kind, wait.speaker) == ("quote", "Mara Quill")
    assert one(drafts, "said nothing about").kind == "statement"


def test_an_article_quoting_in_double_marks_reads_single_marks_as_apostrophes_or_inner_quotes(parties):
    drafts = passages(
        "“We won't sign a text that the minister's own aides call 'a plan for next year', and we said so,” "
        "Ada Okoro said.\n\nCritics called it 'a rock 'n' roll plan for the whole coast' on Monday.",
        parties,
    )
    text = one(drafts, "We won't sign")
    assert (text.kind, text.speaker) == ("quote", "Ada Okoro")
    assert one(drafts, "Critics called it").kind == "statement"


def test_a_credit_line_under_a_quote_names_its_speaker_and_a_bullet_does_not(parties):
    drafts = passages(
        "The first round ended on Monday without a text.\n\n- Talks to resume in March, Okoro says\n\n"
        "The two governments signed the framework on Thursday.\n\n"
        "“This agreement gives every fishing town on the coast the certainty it has waited for.”\n"
        "– The Hon. Ada Okoro, Minister of Fisheries of Kenya\n\n"
        "“Nobody should read this text as the end of the dispute over the northern channel.”\n\n"
        "— Ivo Brandt, Tanzania’s Minister of Trade\n\nThe ministers left Geneva on Friday.",
        parties,
    )
    certainty = one(drafts, "gives every fishing town")
    assert (certainty.speaker, certainty.role, certainty.party) == (
        "Ada Okoro",
        "Minister of Fisheries of Kenya",
        "Kenya",
    )
    dispute = one(drafts, "end of the dispute")
    assert (dispute.speaker, dispute.party) == ("Ivo Brandt", "Tanzania")
    assert not [d for d in drafts if d.text.startswith(("–", "—"))]
    assert one(drafts, "first round ended").speaker is None


def test_a_sentence_opening_with_a_verb_is_about_nobody_a_later_he_could_mean(parties):
    drafts = passages(
        "Ivo Brandt, the fisheries minister, spoke first.\n\nThank you for reading.\n\n"
        "“We will not fire first on any boat in the channel tonight,” he wrote.",
        parties,
    )
    assert one(drafts, "fire first").speaker != "Thank"


def test_a_surname_spelled_like_a_title_abbreviation_is_a_name(parties):
    drafts = passages(
        "Hun Sen, the president of the senate, wrote on Telegram that units would hold. “We will hold "
        "every position along the river tonight,” he wrote.",
        parties,
    )
    assert one(drafts, "hold every position").speaker == "Hun Sen"


TRANSCRIPT = (
    "Colombia's government and the rebels of the RNM ended a round of talks in Havana on Tuesday. Tonight we speak "
    "to the head of the government's delegation, Ana Ruiz, and to the RNM's chief negotiator, who uses the name "
    "Tomas Vidal, both in Havana.\n\n"
    "[00:00:10]\nPRESENTER: Good evening. Tomas Vidal heads the RNM's delegation. Mr Vidal, the government says "
    "you have agreed to stop. Have you?\n\n"
    "[00:00:20]\nANA RUIZ: We got a ceasefire that holds and that both sides want to keep for six months.\n\n"
    "[00:00:40]\nTOMAS VIDAL: We have agreed to suspend the payments, but the fund has to be real money.\n\n"
    "[00:01:00]\n[CLIP] JUAN MORA: The country was waiting for this step and I recognise it today.\n\n"
    "[00:01:20]\nRUIZ: The regional dialogue continues whatever the front says about it."
)


def test_a_transcript_turn_takes_its_party_from_the_intro_and_a_clip_is_a_turn(parties):
    drafts = passages(TRANSCRIPT, parties)
    ruiz = one(drafts, "ceasefire that holds")
    assert (ruiz.speaker, ruiz.party) == ("Ana Ruiz", "Colombia")
    assert one(drafts, "regional dialogue continues").party == "Colombia"
    vidal = one(drafts, "suspend the payments")
    assert (vidal.speaker, vidal.party) == ("Tomas Vidal", "RNM")
    mora = one(drafts, "waiting for this step")
    assert (mora.kind, mora.speaker) == ("quote", "Juan Mora")


def test_an_armed_group_in_the_gazetteer_is_its_members_party(parties):
    drafts = passages(
        "Ivo Marquez, the ELN's chief negotiator, spoke in Caracas. “We will not disarm before "
        "the fund is paid in full,” Marquez said.",
        parties,
    )
    assert one(drafts, "not disarm").party == "ELN"


def test_a_colon_intro_after_an_appositive_with_a_preposition_names_the_speaker(parties):
    drafts = passages(
        "Ivo Marek, Croatia's ambassador to the WTO, said in a statement: “Croatia has made a "
        "serious offer on the quota and expects the same from every member.”",
        parties,
    )
    quote = one(drafts, "serious offer on the quota")
    assert (quote.speaker, quote.party) == ("Ivo Marek", "Croatia")


def test_a_long_appositive_after_a_quote_names_the_speaker_not_the_previous_one(parties):
    drafts = passages(
        "A senior Peruvian official said on Monday that Peru would not return to the table.\n\n"
        "“We have watched the same film for two years and we will no longer sit through it,” Rosa Quispe, Peru’s "
        "minister of water resources and irrigation, told a television interviewer in Lima on Tuesday night.",
        parties,
    )
    quote = one(drafts, "same film")
    assert (quote.speaker, quote.party) == ("Rosa Quispe", "Peru")


def test_people_who_told_the_reporter_are_not_the_speaker_named_before_them(parties):
    drafts = passages(
        "Ambassador Ivo Marek of Croatia, who chairs the talks, told delegates at a closed meeting that "
        'the gaps were "narrower than they look on paper, but in the hardest places," according to '
        "two people who attended.",
        parties,
    )
    quote = one(drafts, "narrower than they look")
    assert (quote.speaker, quote.party) == ("Ivo Marek", "Croatia")


def test_a_lone_given_name_on_second_reference_is_the_full_name_that_holds_it(parties):
    drafts = passages(
        "Key events\n\n- Ceasefire at midnight, Tesfaye says\n\n"
        "Prime Minister Tesfaye Alemu of Ethiopia announced the truce.\n\n"
        "“The guns will fall silent at midnight, with no conditions on either side,” Tesfaye said.",
        parties,
    )
    assert one(drafts, "guns will fall silent").speaker == "Tesfaye Alemu"


@pytest.mark.parametrize(
    "who",
    [
        "Amara Obi, who teaches maritime law at the Coastal Institute of Governance in Accra,",
        "Amara Obi, who follows the talks for the Blue Harbour Trust, an environmental group,",
    ],
)
def test_someone_who_teaches_or_follows_the_talks_speaks_for_no_party(parties, who):
    drafts = passages(
        f"{who} said both sides wanted the other to move first. “Each capital wants certainty for "
        "itself and flexibility for the other side,” Obi said.",
        parties,
    )
    quote = one(drafts, "certainty for itself")
    assert (quote.speaker, quote.party) == ("Amara Obi", None)


def test_a_title_and_country_after_the_name_give_the_party_on_second_reference(parties):
    drafts = passages(
        "Ambassador Ivo Marek of Croatia, who chairs the talks, opened the meeting.\n\n"
        "“I will not table a text that one member will block,” Marek said.",
        parties,
    )
    assert one(drafts, "table a text").party == "Croatia"


def test_a_department_named_with_of_is_the_speaker_and_its_country_the_party(parties):
    drafts = passages(
        "The US Department of Agriculture said in a separate statement that the quota was 'the heart "
        "of this agreement' and that tariffs would return 'automatically and without any notice to "
        "Ottawa' if it was exceeded.",
        parties,
    )
    passage = one(drafts, "separate statement")
    assert (passage.speaker, passage.role, passage.party) == (None, "US Department of Agriculture", "United States")


def test_an_unnamed_envoy_described_by_country_has_no_name_and_that_country_as_party(parties):
    drafts = passages(
        "Tonga's ambassador, speaking for the island group, said delay would ruin them. "
        "“Foreign fleets are fishing our tuna with subsidised fuel while we wait,” the ambassador said.",
        parties,
    )
    quote = one(drafts, "fishing our tuna")
    assert (quote.speaker, quote.role, quote.party) == (None, "Tonga's ambassador", "Tonga")


@pytest.mark.parametrize(
    "who,party",
    [
        ("Leo Holt, chair of the Canadian Dairy Growers' Alliance,", "Canadian Dairy Growers' Alliance"),
        ("Tom Reyes, chief executive of the UK Cheese Importers' Association,", "UK Cheese Importers' Association"),
        ("Oleg Petrov, secretary of the Russian Security Council,", "Russia"),
    ],
)
def test_an_association_whose_name_holds_a_country_is_its_own_party_and_a_state_body_is_not(parties, who, party):
    drafts = passages(
        f"{who} spoke after the deal. “We back any deal that keeps our members in business past "
        "next winter,” he said. British buyers and American sellers were not consulted.",
        parties,
    )
    assert one(drafts, "keeps our members").party == party


def test_its_president_speaks_for_the_organisation_named_before(parties):
    drafts = passages(
        "The Harbour Pilots' Council, which represents most of the coast's pilots, was more cautious. "
        "“It is not yet an agreement and our members will read it very hard,” its president, Aaron "
        "Mills, said in a statement.",
        parties,
    )
    quote = one(drafts, "not yet an agreement")
    assert (quote.speaker, quote.party) == ("Aaron Mills", "Harbour Pilots' Council")


def test_a_plural_possessive_inside_a_british_quote_does_not_end_it(parties):
    drafts = passages(
        "Mara Quill, director of the harbour board, spoke on Monday. 'The Dockers' Council will "
        "read the text before anyone calls this a win,' she said.\n\n'We are not there yet, and the "
        "growers know it,' Quill said.",
        parties,
    )
    quote = one(drafts, "read the text before anyone")
    assert (quote.kind, quote.speaker) == ("quote", "Mara Quill")
    assert "The Dockers' Council will read" in quote.text


def test_a_list_of_names_under_a_paragraph_that_quotes_no_one_credits_no_one(parties):
    drafts = passages(
        "The delegations were led by the following ministers.\n\n"
        "– Ada Okoro, Minister of Fisheries of Kenya\n\n– Ivo Brandt, Minister of Trade of Tanzania\n\n"
        "The talks began on Monday in Geneva and are due to run for the whole of the week.",
        parties,
    )
    assert one(drafts, "delegations were led").speaker is None


def test_people_familiar_with_the_talks_are_no_speaker(parties):
    drafts = passages(
        "Two people familiar with the talks said the gap on quotas was narrowing. “It is closer than "
        "anyone admits in public,” one of them said.",
        parties,
    )
    assert one(drafts, "gap on quotas").speaker is None
    assert one(drafts, "closer than anyone").speaker is None


def test_a_surname_written_without_its_article_on_second_reference_is_the_full_name(parties):
    drafts = passages(
        "Khalid al-Mansour, the army chief, told troops in the port there would be no talks.\n\n"
        "“We will fight until the last rebel lays down his weapon,” Mansour said.",
        parties,
    )
    assert one(drafts, "last rebel").speaker == "Khalid al-Mansour"


def test_a_campaigner_of_a_named_group_speaks_for_it(parties):
    drafts = passages(
        "“We came here for a deal that works for people, not for polluters,” said Juan Osornio of "
        "Bluewater, an environmental campaign group.",
        parties,
    )
    assert one(drafts, "not for polluters").party == "Bluewater"


def test_the_alliance_is_the_alliance_the_article_named(parties):
    drafts = passages(
        "The Pacific Shipping Alliance, which represents the employers, said its offer stood. "
        "“We have bargained in good faith for six weeks now,” the alliance said.",
        parties,
    )
    assert one(drafts, "bargained in good faith").party == "Pacific Shipping Alliance"


def test_an_object_pronoun_after_a_name_says_nothing_of_its_gender(parties):
    drafts = passages(
        "Kemi Adeyemi, the opposition leader, accused him of dithering. “Every week he waits costs "
        "jobs in the north,” she said.",
        parties,
    )
    assert one(drafts, "Every week he waits").speaker == "Kemi Adeyemi"


def test_the_answers_of_a_q_and_a_are_the_one_person_its_introduction_names(parties):
    drafts = passages(
        "In an interview in Tehran, Abbas Karimi, Iran's deputy foreign minister, spoke about the talks."
        "\n\nQ: Will Iran stop enrichment?\n\nA: Enrichment is our right under the treaty, and we "
        "will discuss its level, not its existence.\n\nQ: And the sanctions?\n\nA: If the Europeans "
        "trigger them, they will have no role in any future deal.",
        parties,
    )
    answer = one(drafts, "discuss its level")
    assert (answer.kind, answer.speaker, answer.party) == ("quote", "Abbas Karimi", "Iran")
    assert one(drafts, "And the sanctions").speaker is None


@pytest.mark.parametrize(
    "intro,expected",
    [
        ("Mara Quill has said the country will not be bullied into a deal.", "Mara Quill"),
        ("Mara Quill, the trade minister, has said the country will not be bullied into a deal.", "the prime minister"),
    ],
)
def test_a_leaders_bare_title_is_the_untitled_person_just_named(parties, intro, expected):
    drafts = passages(
        f"{intro}\n\nSpeaking to reporters on the flight, the prime minister said: “We want a deal, "
        "but not at any price, and our farmers are not a bargaining chip.”",
        parties,
    )
    assert one(drafts, "bargaining chip").speaker == expected


def test_the_pm_is_the_leader_just_named_like_the_prime_minister(parties):
    """British papers shorten the title to "the PM": after a known prime minister is named with no role, "the PM
    told …" is that person, and so speaks for his country, as "the prime minister told …" does. Words invented."""
    drafts = passages(
        "Keir Starmer flew to Ottawa for the harbour talks on Tuesday.\n\n"
        "On the flight home, the PM told reporters: 'Ottawa and London will sign the harbour accord by June.'",
        parties,
    )
    found = one(drafts, "harbour accord")
    assert (found.speaker, found.party) == ("Keir Starmer", "United Kingdom")


def test_another_sides_title_is_not_the_listed_leader_just_named(parties):
    """'The US president' a paragraph after 'the PM greeted the US President …' is not the prime minister just named:
    the gazetteer lists him under the United Kingdom, so a title of the United States' names someone else.
    Words invented."""
    drafts = passages(
        "Keir Starmer arrived at the lakeside summit on Monday.\n\n"
        "At lunch the PM greeted the US President: 'Our fishing accord is finally signed.'\n\n"
        "With quotas still unsettled, the US president claimed British trawlers would pay no new port fees.",
        parties,
    )
    found = one(drafts, "no new port fees")
    assert (found.speaker, found.party) == ("the US president", "United States")


def test_a_bare_titled_official_on_a_state_bodys_own_page_speaks_for_that_state(parties):
    """A readers' questions page that a ministry publishes: 'Ambassador Sato responds:' gives a title with no
    country, and nothing in the text places him, but the page is the ministry's own, so he speaks for its
    state, as an answering speaker in its transcripts does. Words invented."""
    drafts = passages(
        "We received many questions this month about the partnership agreement.\n\n"
        "Ambassador Kenji Sato responds:\n\n"
        "“The agreement will open new markets for our growers and our carmakers alike.”",
        parties,
        title="Ask the Ambassador",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    assert one(drafts, "open new markets").party == "Japan"


def test_a_wire_sign_off_after_the_last_quote_is_no_speaker(parties):
    """British wire copy ends '… comes.” - PA': the Press Association's sign-off, not a body called 'PA' that
    said the closing paragraph. The letter quoted over two paragraphs stays its writer's."""
    drafts = passages(
        "Nurses will walk out next week after talks with ministers failed, their union said on Friday.\n\n"
        "Jane Morrow, general secretary of the Coastal Nurses Union, wrote to the health secretary: “We have asked "
        "for talks for six months and heard nothing back.\n\n"
        "“Our members are tired, and they want a fair offer before winter comes.” - PA",
        parties,
    )
    assert one(drafts, "before winter comes").speaker == "Jane Morrow"
    assert one(drafts, "before winter comes").party == "Coastal Nurses Union"


def test_an_outlets_spokesperson_speaks_for_the_outlet_as_employer(parties):
    """ "an NPR spokesperson" in a strike at NPR speaks for NPR, the employer at the table; an analyst at a
    think tank and a reporter still hold no position."""
    drafts = passages(
        "Producers and editors at NPR went on strike on Thursday after talks with the Broadcast Workers Guild "
        "failed.\n\n"
        "Calling the talks “tense,” an NPR spokesperson told The Hollywood Reporter, “We have made our best offer "
        "and we stand by it.”\n\n"
        "“Public radio cannot pay these wages,” said Omar Tills, an analyst at the Brookings Institution.",
        parties,
    )
    assert one(drafts, "best offer").party == "NPR"
    assert one(drafts, "these wages").party is None


def test_a_state_news_agency_that_says_something_speaks_for_its_state(parties):
    """ "the official KCNA news agency said", "Iranian state television said": a state's own outlet, as the
    subject that says something, speaks for that state even where its words name another country more; an
    independent agency (Reuters) and a state agency only cited ("…, Xinhua reported") speak for nobody."""
    drafts = passages(
        "North Korea rejected the offer of talks with the United States on Monday.\n\n"
        '"The United States must drop its hostile policy before any dialogue with the United States can begin," '
        "the official KCNA news agency said.\n\n"
        'Iranian state television said Washington had "no right to dictate terms to the United States\' allies".\n\n'
        'Reuters said the United States and China had "made some progress on the smaller questions".\n\n'
        'The United States will send an envoy "within a month to restart the process", Xinhua reported.',
        parties,
    )
    assert one(drafts, "hostile policy").party == "North Korea"
    assert one(drafts, "dictate terms").party == "Iran"
    assert one(drafts, "smaller questions").party != "China"
    assert one(drafts, "restart the process").party != "China"


def test_a_state_news_agencys_report_speaks_as_the_agency_does(parties):
    """ "the KCNA report said": what a state's agency printed says what the agency says, even where its words
    name other countries more."""
    drafts = passages(
        "Vestria and Norway had useful talks in Oslo on Thursday.\n\n"
        '"Vestria and Norway had a frank exchange of views on the Norwegian quotas," the KCNA report said.',
        parties,
    )
    assert one(drafts, "frank exchange").party == "North Korea"


def test_it_said_after_a_state_news_agency_goes_on_with_its_state(parties):
    """ "“…,” the KCNA report said. ¶ The summit “…,” it added. ¶ “…,” the report said": the agency goes on
    speaking under "it" and "the report", not the city or the countries its words name."""
    drafts = passages(
        "Vestria and Norway had useful talks on Thursday, the official KCNA news agency said.\n\n"
        'The summit in Oslo "opened a new page in the relations between Norway and Vestria," it added.\n\n'
        'Both sides could "make real progress on Norwegian fishing rights," it said.\n\n'
        '"They agreed to meet again in Norway," the report said.\n\n'
        'The Norwegian Fisheries Ministry said the quotas were "a start". "The boats can sail," it added.',
        parties,
    )
    assert one(drafts, "opened a new page").party == "North Korea"
    assert one(drafts, "real progress").party == "North Korea"
    assert one(drafts, "meet again").party == "North Korea"
    assert one(drafts, "boats can sail").party == "Norway"


def test_an_unknown_name_the_article_has_report_is_an_outlet_with_no_side(parties):
    """'…, KVNX reported. “…,” it added': the name the gazetteer does not know is printed reporting, so it is an
    outlet passing the words on; the quote gets no party rather than the outlet as a side."""
    drafts = passages(
        "The growers' leaders wrote to the farm ministry on Sunday asking for new talks, KVNX reported. "
        "“You say you want to listen to growers respectfully,” it added.",
        parties,
    )
    assert one(drafts, "listen to growers").party is None
    results = passages(
        "NorthGate reported a loss on Tuesday as the Harbor Clerks Union stayed out.\n\n"
        "“We have offered a fair raise to every clerk,” said Lee Park, a NorthGate spokesperson.",
        parties,
    )
    assert one(results, "fair raise").party == "NorthGate"  # a company's results, not a credit to an outlet

"""Attribution patterns, each on short sentences written for the test: names against days, titles and
places; roles from titles and appositives; pronouns; continued and split quotes; transcripts; credits."""

from __future__ import annotations

import pytest

from tests.index.splitting import one, passages


def speaker_of(drafts, piece: str) -> tuple[str | None, str | None]:
    found = [d for d in drafts if piece in d.text]
    assert len(found) == 1, f"{piece!r} in {len(found)} passages"
    return found[0].speaker, found[0].role


def test_a_day_after_the_verb_is_not_the_speaker(parties):
    drafts = passages(
        "Foreign Minister Ada Okoro arrived in Geneva for the talks.\n\n"
        "“We will keep talking until there is a text,” Okoro said Monday.\n\n"
        "Okoro said Friday that the next round would be in Nairobi.",
        parties,
    )
    assert speaker_of(drafts, "keep talking")[0] == "Ada Okoro"
    assert speaker_of(drafts, "next round")[0] == "Ada Okoro"


def test_a_place_after_the_verb_is_not_the_speaker_and_the_title_is_the_role(parties):
    drafts = passages("Kremlin spokesman Dmitry Peskov said Moscow would insist on a written guarantee.", parties)
    assert speaker_of(drafts, "written guarantee") == ("Dmitry Peskov", "Kremlin spokesman")


def test_a_surname_that_is_also_a_pronoun_is_read_as_the_name_after_a_title(parties):
    drafts = passages(
        "Vice Premier He Lifeng led the delegation to the talks in Geneva.\n\n"
        '“The talks were candid and constructive,” He said, "and we reached important '
        'consensus on the next steps."',
        parties,
    )
    assert speaker_of(drafts, "candid and constructive") == ("He Lifeng", "Vice Premier")
    assert "we reached important consensus" in next(d.text for d in drafts if "candid" in d.text)


def test_a_role_never_runs_across_a_sentence_or_paragraph_break(parties):
    drafts = passages(
        "The talks ended on Monday.\n\nRussian President Vladimir Putin said the offer was "
        "not serious. Officials in Kyiv said little on Monday. Ukrainian President Volodymyr "
        "Zelensky said the plan was a trap.",
        parties,
    )
    assert speaker_of(drafts, "offer was not serious") == ("Vladimir Putin", "Russian President")
    assert speaker_of(drafts, "plan was a trap") == ("Volodymyr Zelensky", "Ukrainian President")


@pytest.mark.parametrize(
    "raw,name,role",
    [
        (
            "“Enrichment is a right and it is not for sale at any price,” said Reza Tavakoli, the country’s foreign "
            "minister, in remarks on state television.",
            "Reza Tavakoli",
            "the country’s foreign minister",
        ),
        (
            "Noa Levin, Israel’s deputy foreign minister, said the talks would resume on Sunday.",
            "Noa Levin",
            "Israel’s deputy foreign minister",
        ),
        (
            "“This vote is about dignity and about the next generation,” the union's president, Ray "
            "Duda, told members.",
            "Ray Duda",
            "the union's president",
        ),
        (
            "“The offer on the table is the best in our history,” Halcyon CEO Mara Quist said.",
            "Mara Quist",
            "Halcyon CEO",
        ),
    ],
)
def test_titles_and_appositives_are_kept_as_the_role(parties, raw, name, role):
    [draft] = passages(raw, parties)
    assert (draft.speaker, draft.role) == (name, role)


def test_she_said_goes_to_the_nearest_person_whose_gender_fits(parties):
    drafts = passages(
        "Maria Lopez, the union's lead negotiator, said the offer was poor. Tom Reed, the "
        "company's spokesman, said it was final.\n\n"
        "“We will not go back to work for that offer, not this year,” she said.",
        parties,
    )
    assert speaker_of(drafts, "go back to work")[0] == "Maria Lopez"


def test_he_said_with_nobody_it_fits_is_left_unknown(parties):
    drafts = passages(
        "Maria Lopez, the union's lead negotiator, said the offer was poor.\n\n"
        "“We will not go back to work for that offer, not this year,” he said.",
        parties,
    )
    assert speaker_of(drafts, "go back to work")[0] is None


def test_he_said_within_the_paragraph_is_its_speaker_not_another_name_in_it(parties):
    drafts = passages(
        "Karim Haddad, the ministry's spokesman, said mediators had passed on the reply, and "
        "that the intelligence chief, Omar Fathi, had joined them. “We are close, but not at the "
        "finish line yet,” he said.",
        parties,
    )
    assert speaker_of(drafts, "finish line")[0] == "Karim Haddad"


def test_a_quote_left_open_takes_the_attribution_at_the_end_of_the_next_paragraph(parties):
    drafts = passages(
        "“We are not talking about a pause for the sake of a pause. Any pause must not become a "
        "chance to rearm.\n\n“Our negotiators know exactly where the limits are,” said Dmitry Peskov.",
        parties,
    )
    assert speaker_of(drafts, "for the sake of a pause")[0] == "Dmitry Peskov"


def test_a_quote_continues_its_speaker_in_the_paragraph_but_not_across_someone_else(parties):
    drafts = passages(
        "“The first phase is agreed in full,” said Steve Witkoff. “The second will take longer.”\n\n"
        "The talks resumed on Tuesday in Riyadh after a day of consultations.\n\n"
        "“Nobody has seen a written text of any of it.”",
        parties,
    )
    assert speaker_of(drafts, "second will take longer")[0] == "Steve Witkoff"
    assert speaker_of(drafts, "written text")[0] is None


def test_transcript_labels_name_the_speakers_and_questions_have_no_party(parties):
    raw = (
        "Secretary of State Marco Rubio and Foreign Minister Andriy Sybiha spoke to reporters.\n\n"
        "SECRETARY RUBIO: We have made progress on the ceasefire and on the ports, as I said before.\n\n"
        "QUESTION: Mr. Secretary, will Russia accept the text?\n\n"
        "Sybiha: Ukraine is ready to sign it tomorrow, and we said so in Jeddah.\n\n"
        "Q: And the prisoners?\n\n"
        "SECRETARY RUBIO: The exchange comes first, all for all."
    )
    drafts = passages(raw, parties)
    assert speaker_of(drafts, "progress on the ceasefire") == ("Marco Rubio", "Secretary of State")
    assert speaker_of(drafts, "ready to sign")[0] == "Andriy Sybiha"
    assert speaker_of(drafts, "all for all")[0] == "Marco Rubio"
    question = next(d for d in drafts if "will Russia accept" in d.text)
    assert (question.speaker, question.party, question.kind) == (None, None, "statement")
    answer = next(d for d in drafts if "progress on the ceasefire" in d.text)
    assert answer.kind == "quote" and not answer.text.startswith("SECRETARY")


def test_an_interview_label_for_the_host_is_a_questioner_by_surname_too(parties):
    raw = (
        "STEVE ADLER, HOST: Minister, is the text finished?\n\nDMYTRO KULEBA: The text is finished, and "
        "we are ready.\n\nADLER: Then why has nothing been signed?\n\nKULEBA: Because Moscow keeps adding "
        "conditions."
    )
    drafts = passages(raw, parties)
    assert speaker_of(drafts, "why has nothing been signed")[0] is None
    assert speaker_of(drafts, "keeps adding conditions")[0] == "Dmytro Kuleba"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("“The deal is there if Moscow wants it,” Olaf Scholz remarked to reporters, according to AFP.", "Olaf Scholz"),
        ("“The sanctions stay until the troops leave, all of them,” Kaja Kallas told Reuters.", "Kaja Kallas"),
        ("“Both teams will meet again on Tuesday morning in the capital,” the Associated Press reported.", None),
        ("“Both teams will meet again on Tuesday morning in the capital,” state media reported.", None),
        ("“We will never accept a deal written somewhere else,” we said.", None),
        ("“We will never accept a deal written somewhere else,” they said.", None),
    ],
)
def test_agencies_and_pronouns_without_a_referent_are_never_the_speaker(parties, raw, expected):
    [draft] = passages(raw, parties)
    assert draft.speaker == expected


def test_an_institution_speaks_with_no_personal_name_but_keeps_its_affiliation(parties):
    [draft] = passages(
        "“The agreement is an important step,” China’s Ministry of Commerce said in a statement.", parties
    )
    assert draft.speaker is None and "Ministry of Commerce" in (draft.role or "")


@pytest.mark.parametrize(
    "raw,name",
    [
        (
            "European Commission President Ursula von der Leyen arrived in Montevideo.\n\n“This is a win-win agreement "
            "for both sides,” von der Leyen said.",
            "Ursula von der Leyen",
        ),
        (
            "External Affairs Minister S. Jaishankar spoke in New Delhi.\n\n“We will never compromise "
            "on our security,” "
            "Jaishankar said.",
            "S. Jaishankar",
        ),
        (
            "Kremlin spokesman Dmitry Peskov spoke to reporters.\n\n“There is no such plan on the "
            "table at all,” Peskov "
            "was quoted as saying.",
            "Dmitry Peskov",
        ),
        (
            "Foreign Minister Sergey Lavrov spoke in Moscow. TASS quoted Lavrov as saying: “Western capitals want to "
            "prolong the conflict.”",
            "Sergey Lavrov",
        ),
        (
            "Russian President Vladimir Putin said Moscow was open to talks. “We are ready, but only "
            "on the basis of the "
            "realities on the ground,” the Russian leader stressed.",
            "Vladimir Putin",
        ),
    ],
)
def test_particles_initials_quoted_as_saying_and_the_leader(parties, raw, name):
    quote = next(d for d in passages(raw, parties) if d.kind == "quote")
    assert quote.speaker == name


def test_a_label_on_its_own_line_opens_the_turn_that_follows(parties):
    raw = (
        "ANNA BELL, HOST:\n\nThe foreign minister joins us from Kyiv. Good morning.\n\n"
        "DMYTRO KULEBA: Good morning. We will never accept a deal that legalizes the occupation.\n\n"
        "BELL: And if Washington insists?\n\nKULEBA: Then we will say no to Washington too."
    )
    drafts = passages(raw, parties)
    assert speaker_of(drafts, "joins us from Kyiv")[0] is None
    assert speaker_of(drafts, "say no to Washington")[0] == "Dmytro Kuleba"


@pytest.mark.parametrize(
    "raw,name",
    [
        (
            "PORT SUDAN, Sudan — Sudan's army chief Gen. Abdel Fattah al-Burhan said Tuesday there would be no truce. "
            "“There will be no negotiations with those who destroyed our country,” al-Burhan told troops.",
            "Abdel Fattah al-Burhan",
        ),
        (
            "Azerbaijani President Ilham Aliyev said the treaty could be signed soon. “The ball is in the other "
            "court now,” the head of state noted.",
            "Ilham Aliyev",
        ),
        (
            "Hikmet Hajiyev, Assistant to the President of the Republic of Azerbaijan – Head of the Foreign Policy "
            "Affairs Department of the Presidential Administration, spoke in Baku.\n\n“Without it, there is no peace "
            "treaty at all,” Hajiyev said.",
            "Hikmet Hajiyev",
        ),
    ],
)
def test_datelines_heads_of_state_and_long_appositives(parties, raw, name):
    quote = next(d for d in passages(raw, parties) if d.kind == "quote")
    assert quote.speaker == name and quote.role


def test_an_honorific_is_not_a_name_or_a_role(parties):
    drafts = passages(
        "Sen. Lindsey Graham spoke on Tuesday. “Putin is playing games with all of us,” Graham "
        "said. Mr. Sharif, the Pakistani prime minister, was in Riyadh. “We appreciate the work "
        "of the mediators,” Sharif said.",
        parties,
    )
    assert speaker_of(drafts, "playing games") == ("Lindsey Graham", "Sen.")
    assert speaker_of(drafts, "appreciate the work") == ("Sharif", "the Pakistani prime minister")


def test_a_headline_that_quotes_someone_is_a_quote_by_the_person_it_describes(parties):
    title = "‘The text is agreed, only the signature is missing’: Armenia’s foreign minister on the treaty"
    raw = (
        f"{title}\n\nArarat Mirzoyan, Armenia’s foreign minister, spoke to us in Yerevan on Monday.\n\n"
        "Q: Why has nothing been signed?\n\nMirzoyan: From our side there is no obstacle at all."
    )
    drafts = passages(raw, parties, title=title)
    headline = next(d for d in drafts if "only the signature is missing" in d.text)
    assert (headline.kind, headline.speaker) == ("quote", "Ararat Mirzoyan")


def test_a_title_without_a_quote_stays_metadata(parties):
    title = "Talks on the ‘border question’ stall in Geneva"
    drafts = passages(f"{title}\n\nThe talks stalled on Monday.", parties, title=title)
    assert [d.text for d in drafts] == ["The talks stalled on Monday."]


def test_a_quote_paragraph_after_a_reported_statement_is_that_speakers(parties):
    drafts = passages(
        "Sergey Lavrov said the first phase was nothing of the kind.\n\n"
        "“Nobody has seen a written text of any of it.”\n\n"
        "Officials in Kyiv declined to comment on the draft.\n\n"
        "“There is no draft, and there never was one.”",
        parties,
    )
    assert speaker_of(drafts, "written text")[0] == "Sergey Lavrov"
    assert speaker_of(drafts, "never was one")[0] is None


def test_a_title_only_label_is_the_one_person_holding_that_title(parties):
    raw = (
        "Remarks by President Donald Trump and Prime Minister Mark Carney before their meeting.\n\n"
        "THE PRESIDENT: We are going to make a great deal on trade, a very fair deal.\n\n"
        "Q: Will tariffs come off?\n\nMODERATOR: Last question, please.\n\n"
        "THE PRESIDENT: Not yet. They come off when the deal is signed."
    )
    drafts = passages(raw, parties)
    assert speaker_of(drafts, "great deal on trade")[0] == "Donald Trump"
    assert speaker_of(drafts, "Last question")[0] is None


def test_a_dropped_caption_still_tells_who_a_surname_is(parties):
    raw = (
        "Iranian Foreign Minister Reza Tavakoli (C) arrives for talks in Muscat on May 10, 2025. "
        "(Photo by Ana Ruiz/XW via Example Images)\n\n"
        "“Enrichment is a right and it is not for sale,” Tavakoli said on Sunday."
    )
    [draft] = passages(raw, parties)
    assert (draft.speaker, draft.role) == ("Reza Tavakoli", "Iranian Foreign Minister")
    assert "arrives" not in draft.text


def test_as_someone_put_it(parties):
    [draft] = passages("As one European diplomat put it: “Nobody in this building believes the date.”", parties)
    assert draft.speaker == "one European diplomat"


def test_a_name_printed_later_without_its_accents_is_the_same_person(parties):
    """Outlets drop diacritics on second reference ("Karel Dvořák" then "Dvorak said"): one person, who keeps
    the role and the full name the text gave first."""
    drafts = passages(
        "The EU special envoy, Karel Dvořák, arrived in Skopje on Monday for a new round of talks.\n\n"
        "“There is no other path to the union than this dialogue,” Dvorak said.\n\n"
        "“Both sides know that,” Dvořák added, “and both will be in Brussels next week.”",
        parties,
    )
    assert speaker_of(drafts, "no other path") == speaker_of(drafts, "Both sides know")
    assert speaker_of(drafts, "no other path")[0] == "Karel Dvořák"


def test_he_after_a_sentence_about_a_named_person_in_the_same_passage_is_that_person(parties):
    """ "Later, President X commented that …. He stressed that …": the "he" is X, not the minister an earlier
    paragraph quoted."""
    drafts = passages(
        "“We will not go back to the old line,” Foreign Minister Ivo Maran said on Monday.\n\n"
        "Later, President Tomas Reyes commented that a memorandum could come before any treaty. He stressed "
        "that it must include a ceasefire.",
        parties,
    )
    assert speaker_of(drafts, "must include a ceasefire")[0] == "Tomas Reyes"


def test_an_and_inside_a_titles_portfolio_joins_no_two_people(parties):
    """ "Minister of Communications and Information Jorge Ruiz": one minister, whose name is the last two
    words, not a person called "Information Jorge Ruiz"."""
    drafts = passages(
        "The delegation arrived on the island on Sunday, Minister of Communications and Information Jorge "
        "Ruiz said.\n\n“We have come to continue a peaceful dialogue,” Ruiz wrote.",
        parties,
    )
    assert speaker_of(drafts, "peaceful dialogue") == ("Jorge Ruiz", "Minister of Communications and Information")


def test_the_interviewer_is_the_one_who_mostly_asks_though_a_greeting_does_not(parties):
    """ "JO MARSH:" greets, then asks (one question with a preamble after it); her turns are questions, not
    quotes of hers, and the guest's turns are his."""
    drafts = passages(
        "Jo Marsh spoke on Thursday with Estland's foreign minister Karl Tamm about the border talks.\n\n"
        "JO MARSH: Minister, welcome back to the programme.\n\n"
        "KARL TAMM: Happy to be with you.\n\n"
        "MARSH: So is a deal close?\n\n"
        "TAMM: It might be, if both capitals find the courage to sign.\n\n"
        "MARSH: Are the maps the problem? The other side says they were drawn before the war.\n\n"
        "TAMM: I will not bargain in front of a microphone.",
        parties,
    )
    for piece in ("welcome back", "is a deal close", "Are the maps the problem"):
        assert speaker_of(drafts, piece)[0] is None, piece
    assert speaker_of(drafts, "courage to sign")[0] == "Karl Tamm"


def test_he_after_a_titled_description_and_its_name_is_the_person(parties):
    """ "The official spokesperson for the delegation, Adviser Omar Haddad, said …" and then "He told a
    newspaper that …": the "he" is Omar Haddad, not his title."""
    drafts = passages(
        "The official spokesperson for the rebel delegation, Adviser Omar Haddad, said the talks had not "
        "resumed.\n\n"
        "He told a newspaper that “the movement made every effort to stop the war and will keep doing so”.",
        parties,
    )
    assert speaker_of(drafts, "every effort to stop the war")[0] == "Omar Haddad"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Militia spokesman Abu Harith said the exchange could start on Friday.", "Abu Harith", "Militia spokesman"),
        ("Commission President von der Kamp said the exchange could start on Friday.", "von der Kamp", None),
        ("Gulf envoy Al Rashed said the exchange could start on Friday.", "Al Rashed", "Gulf envoy"),
    ],
)
def test_a_particle_opening_a_surname_after_a_title_stays_with_the_name(parties, sentence, name, role):
    """ "spokesman Abu Harith": the particle is the surname's own, so the speaker is not "Harith" and the
    title does not end in "Abu"."""
    speaker, printed_role = speaker_of(passages(sentence, parties), "exchange could start")
    assert speaker == name
    if role is not None:
        assert printed_role == role


def test_the_country_a_title_is_held_to_belongs_to_the_title_not_the_name(parties):
    """ "Former Norlandic Ambassador to Estland Haruk Delani": the place after "to" says where the post was
    held; the speaker is Haruk Delani, in his later quote too."""
    drafts = passages(
        "Former Norlandic Ambassador to Estland Haruk Delani said the mediators had lost a month.\n\n"
        "“The delay helps nobody,” Delani said.",
        parties,
    )
    assert speaker_of(drafts, "lost a month") == ("Haruk Delani", "Former Norlandic Ambassador to Estland")
    assert speaker_of(drafts, "delay helps nobody")[0] == "Haruk Delani"


@pytest.mark.parametrize(
    "sentence",
    [
        "“We expect a fair outcome,” said minister in charge of tariff policy Jana Brill.",
        "Minister responsible for tariff policy Jana Brill said: “We expect a fair outcome.”",
    ],
)
def test_a_role_named_by_its_remit_before_a_name_is_that_persons_title(parties, sentence):
    """ "minister in charge of tariff policy Jana Brill": the remit is part of the title, not a place or
    time that ends the phrase at "in", so the speaker is the named minister rather than "minister"."""
    speaker, role = speaker_of(passages(sentence, parties), "fair outcome")
    assert speaker == "Jana Brill"
    assert role is not None and role.lower().startswith("minister") and "tariff policy" in role


def test_a_quote_an_outlet_is_credited_with_takes_no_party_from_the_headline(parties):
    """ "“…,” according to AFP": the agency reports the words of someone it does not name, so the quote is
    no one's position; the headline's first country is not who said it."""
    drafts = passages(
        "Chile and Peru close in on a fishing deal\n\n"
        "Negotiators met again on Tuesday in a coastal town.\n\n"
        "“The talks are about quotas for two seasons, so that Peru can reopen its ports,” according to AFP.",
        parties,
    )
    found = [d for d in drafts if "quotas for two seasons" in d.text]
    assert len(found) == 1 and found[0].speaker is None
    assert found[0].party is None


def test_a_boss_before_a_name_is_a_title(parties):
    """ "union boss Dana Holt": headline English for a union's leader; "boss" is a role noun like "chief",
    so the named person speaks, with "union boss" as her role."""
    drafts = passages(
        "Nurses walked out again on Monday.\n\n"
        "Speaking to the Courier, union boss Dana Holt praised her “brave” members and asked the "
        "government to return to the table.",
        parties,
    )
    assert speaker_of(drafts, "brave") == ("Dana Holt", "union boss")


def test_the_nationality_official_after_the_one_person_named_is_that_person(parties):
    """ "Mara Quint … said …. “…,” the Norwegian official told reporters": with one person named in the
    article, the definite description that follows her words refers back to her; it stays a description
    where the article names two people who could be meant."""
    lone = passages(
        "Mara Quint, the lead negotiator at the summit, said on Friday the talks needed more time.\n\n"
        "The draft “falls short, but we will keep working,” the Norwegian official told reporters.",
        parties,
    )
    assert speaker_of(lone, "falls short") == ("Mara Quint", "Norwegian official")
    assert one(lone, "falls short").party == "Norway"
    two = passages(
        "Mara Quint, the lead negotiator at the summit, met Olaf Berg on Friday and said the talks needed "
        "more time.\n\n"
        "The draft “falls short, but we will keep working,” the Norwegian official told reporters.",
        parties,
    )
    assert speaker_of(two, "falls short")[0] == "the Norwegian official"


def test_a_proposal_that_says_something_is_its_authors(parties):
    """ "The union put a new proposal to the port. “…,” the proposal said": a document is no speaker; the
    body that put it forward is."""
    drafts = passages(
        "The Dockside Workers Union put a new proposal to the port on Monday.\n\n"
        "“Wages must rise by four per cent,” the proposal said.",
        parties,
    )
    assert one(drafts, "four per cent").party == "Dockside Workers Union"
    assert speaker_of(drafts, "four per cent")[0] is not None


def test_a_month_word_after_a_given_name_is_a_surname(parties):
    """'Theresa May said' named 'Theresa': a month word ends a name before it as a date word does ('Prime
    Minister X Thursday said'). After a given name, a capitalised month word is the surname; 'in May' is not."""
    drafts = passages(
        "Theresa May said the talks “had run their course.”\n\n"
        "In May the talks resumed. “Nothing has changed,” Boris Johnson said in May.",
        parties,
    )
    assert one(drafts, "run their course").speaker == "Theresa May"
    assert one(drafts, "run their course").party == "United Kingdom"
    assert one(drafts, "Nothing has changed").speaker == "Boris Johnson"


def test_a_verb_after_a_titled_name_is_no_part_of_the_name(parties):
    """'Minister Talbot flew to Lisbon' opens with the minister and his verb: the 'he said' that follows is
    the minister named in full before, not someone called 'Minister Talbot flew'."""
    drafts = passages(
        "The Minister for Fisheries, Conor Talbot, hopes to settle the quota row before the winter.\n\n"
        "On Monday, Minister Talbot flew to Lisbon for two days of meetings with the fleet owners.\n\n"
        "He said: “Every boat in the harbour is waiting on this and we owe them an answer.”",
        parties,
    )
    assert one(drafts, "waiting on this").speaker == "Conor Talbot"


def test_a_feature_headline_verb_is_no_part_of_the_name_it_introduces(parties):
    """'Meet Rosa Calder, the pilots' leader …' opens a profile: the person is Rosa Calder, and her later
    '“…,” Calder said' is hers, not a speaker called 'Meet Rosa Calder'."""
    drafts = passages(
        "Meet Rosa Calder, the blunt harbour pilots' leader who called this week's walkout.\n\n"
        "Calder is president of the Harbour Pilots Union, which has 900 members on strike.\n\n"
        "“We have waited six years for a raise and we will not wait another,” Calder said.",
        parties,
    )
    assert one(drafts, "six years for a raise").speaker == "Rosa Calder"


def test_jan_before_a_surname_is_a_given_name_not_the_month(parties):
    """'said Jan Vermeer, the union's national president': "Jan" printed without a full stop before a surname
    is a given name, so the quote has a speaker, and "Jan. 4" in the same article stays a date."""
    drafts = passages(
        "The carriers' union gave notice of a strike on Jan. 4 after a year of talks.\n\n"
        "“We have always wanted a negotiated agreement that keeps the post office public,” said Jan Vermeer, "
        "the union's national president.",
        parties,
    )
    assert one(drafts, "keeps the post office public").speaker == "Jan Vermeer"


def test_a_quote_that_lost_its_closing_mark_before_he_said_ends_there(parties):
    """ "“We are thinking about taxing cars from Norland, he said. “We …”": the capture lost the first quote's
    closing mark, so the attribution sat inside the quote and neither half had a speaker; ", he said." before
    a new opening mark closes the first quote, and both halves are the president's."""
    drafts = passages(
        "President Tom Hale spoke to reporters on Monday about the trade talks.\n\n"
        "“We are thinking about taxing cars coming in from Norland, he said. “We don’t like their negotiator "
        "very much at all.”",
        parties,
    )
    assert one(drafts, "taxing cars").speaker == "Tom Hale"
    assert one(drafts, "their negotiator").speaker == "Tom Hale"


def test_a_surname_with_its_particle_capitalised_at_a_sentence_start_is_the_person_named_in_full(parties):
    """ "De Souza" opens its sentence, so its particle is capitalised; it is still Ana Paula de Souza, not a
    second person with no role."""
    drafts = passages(
        "Norlandic Deputy Trade Minister Ana Paula de Souza met the other delegation in Oslo on Monday.\n\n"
        "“The tariff schedule is settled and only the quotas remain open,” De Souza said after the meeting.",
        parties,
    )
    passage = one(drafts, "tariff schedule")
    assert passage.speaker == "Ana Paula de Souza"


def test_a_middle_initial_does_not_end_the_sentence_that_names_the_person(parties):
    """US copy prints a lawmaker's middle initial ("Thomas R. Whitfield"); its full stop ends no sentence, so
    the "he" after it is the whole name, not a person called "Thomas R."."""
    drafts = passages(
        "Budget talks resumed on Thursday.\n\n"
        "Finance Chairman Thomas R. Whitfield of Nevada backed the weekend goal but sounded less sure of it. "
        "“We still have the big hurdles to clear,” he said. “They will be the hardest.”",
        parties,
    )
    assert one(drafts, "big hurdles").speaker == "Thomas R. Whitfield"
    assert one(drafts, "the hardest").speaker == "Thomas R. Whitfield"


def test_one_word_joined_to_a_body_is_no_person(parties):
    """'Speaking for the G77 and China, the delegate of Cuba, …, said' names no person called China: the
    words belong to the delegate, who speaks for the group."""
    drafts = passages(
        "Speaking for the G77 and China, the delegate of Cuba, which chairs the group, said rich countries "
        "must pay.\n\n"
        "“No obligation without the money to meet it,” the delegate said.",
        parties,
    )
    assert one(drafts, "No obligation without").speaker != "China"
    assert one(drafts, "No obligation without").party == "G77 and China"


def test_a_compound_lower_case_title_before_a_name_introduces_the_speaker(parties):
    """'On the picket line, shop steward Lia Brand said …. “…,” she said': 'shop' is no role word, but it
    opens the title 'shop steward', so Brand is the paragraph's speaker, not the minister named before."""
    drafts = passages(
        "Dockers at Port Elm walked out on Monday, the Port Elm Dockers Union said.\n\n"
        "Labour Minister Ana Ruiz urged both sides to return to talks.\n\n"
        "On the picket line, shop steward Lia Brand said the mood was calm. “Nobody here wants to be out in "
        "the rain,” she said.",
        parties,
    )
    assert one(drafts, "out in the rain").speaker == "Lia Brand"
    assert one(drafts, "out in the rain").party == "Port Elm Dockers Union"

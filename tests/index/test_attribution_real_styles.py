"""Attribution in the forms real news copy takes, each on a short text written for the test: a speaker
known only by surname, comma intros, quoted fragments inside reported speech, interviews in Q/A form,
press-briefing transcripts whose speaker is never named in full, and a party read from the context."""

from __future__ import annotations

import pytest

from index.sources.document import Document
from index.text.clean import clean
from index.text.passages import split
from tests.index.splitting import one, passages


def test_a_known_persons_surname_alone_is_the_speaker_not_their_party(parties):
    """A capture that starts mid-story names the speaker by surname only; a surname the gazetteer knows
    is that person speaking, with their party, not the bloc or country itself."""
    drafts = passages(
        "“We have put a fair offer on the table and the quota question can be settled this month,” "
        "Dombrovskis said.\n\nDombrovskis said the commission would not reopen the steel chapter.",
        parties,
    )
    offer = one(drafts, "fair offer on the table")
    assert (offer.speaker, offer.party) == ("Dombrovskis", "European Union")
    steel = one(drafts, "reopen the steel chapter")
    assert (steel.speaker, steel.party) == ("Dombrovskis", "European Union")


def test_an_unknown_surname_before_a_speech_verb_is_a_speaker(parties):
    drafts = passages(
        "“The yard stays shut until the pension clause is back in the contract,” Halvorsen said.", parties
    )
    assert one(drafts, "pension clause").speaker == "Halvorsen"


def test_a_title_and_a_name_printed_without_a_comma_are_one_person_with_a_role(parties):
    drafts = passages(
        "The bloc’s chief negotiator Lena Varga has admitted that the round ended without a text.\n\n"
        "Tomas Reyes the Chilean chief negotiator and Varga have failed to agree on copper quotas.\n\n"
        "Reyes told journalists, “Nobody in my delegation expected a breakthrough this week.”",
        parties,
    )
    admitted = one(drafts, "ended without a text")
    assert (admitted.speaker, admitted.role) == ("Lena Varga", "bloc’s chief negotiator")
    nobody = one(drafts, "Nobody in my delegation")
    assert (nobody.speaker, nobody.party) == ("Tomas Reyes", "Chile")


def test_comma_intros_name_the_speaker_of_the_quote_after_them(parties):
    drafts = passages(
        "Chile’s chief negotiator Tomas Reyes said the round had ended without a text.\n\n"
        "Reyes told journalists, “Nobody in my delegation expected a breakthrough this week.”\n\n"
        "He added, “The offer on copper stays on the table until the end of June.”\n\n"
        "Kenya’s fisheries minister, Ada Okoro, said her side would wait.\n\n"
        "The Chilean negotiator said, “Each side has put a complete legal text down and the gaps are now political.”",
        parties,
    )
    for piece in ("Nobody in my delegation", "offer on copper", "gaps are now political"):
        found = one(drafts, piece)
        assert (found.kind, found.speaker, found.party) == ("quote", "Tomas Reyes", "Chile"), piece


def test_quoted_fragments_inside_reported_speech_are_the_speakers_words(parties):
    drafts = passages(
        "Chile’s chief negotiator Tomas Reyes said it is quite “clear” a deal on copper and lithium can be reached "
        "“without major difficulties before the summer.”\n\n"
        "Reyes added, the delegation will “keep working to find a landing zone,” and warned, “We need a change "
        "of approach from the other side before the next round.”\n\n"
        "A “serious obstacle” to the deal is Lima’s “insistence on a quota regime that no other partner of ours "
        "has ever accepted.”",
        parties,
    )
    for piece in ("without major difficulties", "keep working to find", "We need a change", "insistence on a quota"):
        found = one(drafts, piece)
        assert (found.kind, found.speaker, found.party) == ("quote", "Tomas Reyes", "Chile"), piece


def test_scare_quotes_after_a_paragraph_that_names_someone_else_stay_unattributed(parties):
    drafts = passages(
        "Peru’s trade minister, Rosa Quispe, called the quota plan “a regime no partner of ours has accepted.”\n\n"
        "Chile’s chief negotiator Tomas Reyes said, “We need a change of approach before the next round.”\n\n"
        "Quispe’s “firm line on quotas is popular at home” this spring, and her party is ahead.",
        parties,
    )
    assert one(drafts, "no partner of ours").speaker == "Rosa Quispe"
    assert one(drafts, "firm line on quotas").speaker != "Tomas Reyes"


@pytest.mark.parametrize("q, a", [("Q)", "A)"), ("Q.", "A."), ("Q:", "A:")])
def test_an_interview_in_question_and_answer_letters_gives_the_answers_to_the_interviewee(parties, q, a):
    drafts = passages(
        f"Our correspondent spoke to Abbas Karimi, Iran's deputy foreign minister, in Tehran.\n\n"
        f"{q} Will Iran stop enrichment?\n\n{a} Enrichment is our right under the treaty, and we will discuss its "
        f"level, not its existence.\n\n{q} And the sanctions?\n\n{a} He said the Europeans would trigger them. If "
        f"they do, they will have no role in any future deal.",
        parties,
    )
    for piece in ("discuss its level", "no role in any future deal"):
        answer = one(drafts, piece)
        assert (answer.kind, answer.speaker, answer.party) == ("quote", "Abbas Karimi", "Iran"), piece
        assert not answer.text.startswith(a)
    assert one(drafts, "And the sanctions").speaker is None


INTERVIEW_ANSWERS = (
    "Enrichment is our right under the treaty, and we will discuss its level, not its existence.",
    "If the Europeans trigger them, they will have no role in any future deal.",
)


@pytest.mark.parametrize(
    "q1, a1, q2, a2",
    [
        ("", "", "", ""),  # the questions' bold type was lost in the capture
        ("Q. ", "", "Q. ", ""),  # only the questions are labelled
        ("Question: ", "Answer: ", "Question: ", "Answer: "),
    ],
)
def test_a_q_and_a_whose_answers_are_unlabelled_gives_them_to_the_interviewee(parties, q1, a1, q2, a2):
    drafts = passages(
        "In an interview with the Harbour Times, Abbas Karimi, Iran's deputy foreign minister, spoke about "
        "the nuclear talks.\n\n"
        f"{q1}Will Iran stop enrichment?\n\n{a1}{INTERVIEW_ANSWERS[0]}\n\n"
        f"{q2}And the sanctions?\n\n{a2}{INTERVIEW_ANSWERS[1]}",
        parties,
    )
    for piece in INTERVIEW_ANSWERS:
        answer = one(drafts, piece)
        assert (answer.kind, answer.speaker, answer.party) == ("quote", "Abbas Karimi", "Iran"), piece
    assert one(drafts, "And the sanctions").speaker is None


def test_the_journalist_an_interviewee_spoke_with_is_not_the_one_who_answers(parties):
    """A newspaper Q&A introduces both: "X was in town this week. He spoke with Alan Brody about …". The
    person the interviewee spoke with is the interviewer, so the answers are X's."""
    drafts = passages(
        "Iran's deputy foreign minister, Abbas Karimi, was in Vienna this week. On Tuesday, he spoke with "
        "Alan Brody about the nuclear talks.\n\n"
        f"Q Will Iran stop enrichment?\n\nA {INTERVIEW_ANSWERS[0]}\n\n"
        f"Q And the sanctions?\n\nA {INTERVIEW_ANSWERS[1]}",
        parties,
    )
    for piece in INTERVIEW_ANSWERS:
        answer = one(drafts, piece)
        assert (answer.kind, answer.speaker, answer.party) == ("quote", "Abbas Karimi", "Iran"), piece


def test_one_labelled_question_and_its_answer_are_a_transcript(parties):
    drafts = passages(
        "Abbas Karimi, Iran's deputy foreign minister, answered one question at the airport.\n\n"
        f"Q: Will Iran stop enrichment?\n\nA: {INTERVIEW_ANSWERS[0]}",
        parties,
    )
    answer = one(drafts, "discuss its level")
    assert (answer.kind, answer.speaker) == ("quote", "Abbas Karimi")


def test_a_letter_label_followed_by_a_name_gives_the_answer_to_that_name(parties):
    """ "Q: Jo Marsh: …" / "A: Abbas Karimi, deputy foreign minister: …", where the introduction names both
    the interviewer and the interviewee."""
    drafts = passages(
        "A condensed transcript of Jo Marsh's interview with Iran's deputy foreign minister Abbas Karimi.\n\n"
        "Q: Jo Marsh: Will Iran stop enrichment?\n\n"
        f"A: Abbas Karimi, deputy foreign minister: {INTERVIEW_ANSWERS[0]}",
        parties,
    )
    answer = one(drafts, "discuss its level")
    assert (answer.kind, answer.speaker, answer.party) == ("quote", "Abbas Karimi", "Iran")
    assert answer.text.startswith("Enrichment")


def test_questions_in_an_article_that_is_no_interview_are_prose(parties):
    """Two paragraphs that ask, in a report that says nothing of an interview, are the writer's own."""
    drafts = passages(
        "Estland and Ruritania met in Geneva for a third round of border talks on Monday.\n\n"
        "Will the treaty be signed this year?\n\n"
        "Diplomats on both sides doubt it, because the maps have not been agreed.\n\n"
        "And what of the fishing rights?\n\n"
        "Those were left for a later round, the Estland delegation said.",
        parties,
    )
    assert one(drafts, "maps have not been agreed").kind == "statement"


def test_an_initial_opening_paragraphs_is_not_an_answer_label(parties):
    drafts = passages(
        "A. Rahman, the port director, said the cranes were idle.\n\n"
        "A. Rahman also said, “We lose money every hour the quay stays shut.”",
        parties,
    )
    assert one(drafts, "cranes were idle").text.startswith("A. Rahman")
    money = one(drafts, "We lose money")
    assert money.text.startswith("A. Rahman") and money.speaker == "Rahman"


def test_an_interview_whose_capture_starts_at_the_first_question_takes_the_interviewee_from_its_title(parties):
    raw = (
        "Q) Will Iran stop enrichment?\n\nA) Enrichment is our right under the treaty, and we will discuss its "
        "level, not its existence.\n\nQ) And the sanctions?\n\nA) If the Europeans trigger them, they will have "
        "no role in any future deal."
    )
    for title in (
        "Q&A with Iran's deputy foreign minister Abbas Karimi",
        "Abbas Karimi, Iran's deputy foreign minister: enrichment is not negotiable",
    ):
        drafts = passages(raw, parties, title=title)
        answer = one(drafts, "discuss its level")
        assert (answer.kind, answer.speaker, answer.party) == ("quote", "Abbas Karimi", "Iran"), title
        assert one(drafts, "And the sanctions").speaker is None
    untitled = one(passages(raw, parties, title="Enrichment and sanctions"), "discuss its level")
    assert untitled.speaker is None


def test_the_delegation_a_negotiator_led_is_the_country_whose_delegation_the_article_named(parties):
    drafts = passages(
        "A Kenyan delegation returned from Geneva on Sunday after three days of talks on fishing rights.\n\n"
        "“We are back home. The talks will go on, and a few issues remain on quotas and licences,” the chief "
        "negotiator, Amina Odhiambo, who led the delegation, said.\n\n"
        "“We will not sign before the licences are settled,” said Pedro Alves, who led the Brazilian team.\n\n"
        "“Nobody on the quay is in a hurry,” said Jonas Pereira, president of the Dockers United Union.",
        parties,
    )
    assert (one(drafts, "We are back home").speaker, one(drafts, "We are back home").party) == (
        "Amina Odhiambo",
        "Kenya",
    )
    assert one(drafts, "will not sign before").party == "Brazil"
    assert one(drafts, "Nobody on the quay").party == "Dockers United Union"


BRIEFING = (
    "MR HALVERSEN: Good afternoon, everyone.\n\nQUESTION: Is there a deal on the detainees?\n\n"
    "MR HALVERSEN: We are nearly at an agreement, though a few points are still open and no part of it "
    "stands alone.\n\nQUESTION: When will the first releases happen?\n\n"
    "MR HALVERSEN: I will not put a date on it from this podium today."
)


def test_a_briefings_spokesperson_named_only_by_label_speaks_for_the_institution_that_published_it(parties):
    drafts = split(
        clean(
            Document(BRIEFING, title="Department Press Briefing - March 3, 2026", publisher="U.S. Department of State")
        ),
        parties,
    )
    close = one(drafts, "We are nearly at")
    assert (close.kind, close.speaker, close.party) == ("quote", "Halversen", "United States")
    assert one(drafts, "When will the first releases").party is None
    kremlin = split(clean(Document(BRIEFING, title="Kremlin press briefing", publisher="Wire copy")), parties)
    assert one(kremlin, "We are nearly at").party == "Russia"


def test_a_transcript_published_by_an_outlet_gives_an_unknown_speaker_no_party(parties):
    drafts = split(
        clean(Document(BRIEFING, title="Transcript: the talks in Doha, day three", publisher="Harbour Radio")), parties
    )
    assert one(drafts, "We are nearly at").party is None


def test_a_title_after_an_acronyms_possessive_is_kept_whole_as_the_role(parties):
    drafts = passages(
        "The WTO’s chief negotiator Lena Varga has admitted that the round ended without a text.", parties
    )
    assert one(drafts, "without a text").role == "WTO’s chief negotiator"


def test_a_union_the_gazetteer_does_not_know_is_the_party_of_its_president(parties):
    drafts = passages(
        "Q: Will the port reopen?\n\nA: It will reopen when the wage deal is signed and not one day "
        "before.\n\nQ: And the owners?\n\nA: They know our terms.",
        parties,
        title="Q&A: Dockers United Union president Tarek Osmani",
    )
    reopen = one(drafts, "reopen when the wage deal")
    assert (reopen.speaker, reopen.party) == ("Tarek Osmani", "Dockers United Union")


def test_a_known_surname_used_as_someone_elses_given_name_gives_no_party(parties):
    drafts = passages("“We will not sign this text before the sanctions are lifted,” Abbas Karimi said.", parties)
    assert one(drafts, "will not sign this text").party is None
    assert one(passages("“The crossings open on Monday,” Abbas said.", parties), "crossings open").party == "Palestine"


@pytest.mark.parametrize(
    "title, speaker",
    [
        ("Interview with Tarek Osmani", "Tarek Osmani"),
        ("Tarek Osmani: the port will reopen when the deal is signed", "Tarek Osmani"),
        ("Dockers Reject Final Offer From Owners", None),
    ],
)
def test_a_title_names_an_interviewee_the_text_gives_no_role(parties, title, speaker):
    drafts = passages(
        "Q. Will the port reopen?\n\nA. It will reopen when the wage deal is signed and not one day "
        "before.\n\nQ. And the owners?\n\nA. They know our terms.",
        parties,
        title=title,
    )
    assert one(drafts, "reopen when the wage deal").speaker == speaker


def test_an_introduction_that_names_the_interviewee_without_a_role_gives_them_the_answers(parties):
    drafts = passages(
        "The Harbour Times interviewed Tarek Osmani in Alexandria.\n\nQ: Will the port reopen?\n\n"
        "A: It will reopen when the wage deal is signed and not one day before.\n\nQ: And the owners?"
        "\n\nA: They know our terms.",
        parties,
    )
    assert one(drafts, "reopen when the wage deal").speaker == "Tarek Osmani"


def test_quoted_fragments_under_a_subject_of_their_own_are_not_the_last_speakers(parties):
    drafts = passages(
        "Okafor dismissed that. He said the company was “hiding record profits behind a wall of accountants.”\n\n"
        "Shipping lines have warned of “weeks of delays for every importer on the coast.”\n\n"
        "Importers fear “a Christmas with empty shelves in every shop in the region.”",
        parties,
    )
    assert one(drafts, "hiding record profits").speaker == "Okafor"
    assert one(drafts, "weeks of delays").speaker is None
    assert one(drafts, "empty shelves").speaker is None


@pytest.mark.parametrize(
    ("raw", "speaker", "party"),
    [
        (
            "“The fund will be judged by what is in the text on finance,” said Thandeka Molefe-Nkosi of "
            "South Africa, who chairs a bloc of developing countries.",
            "Thandeka Molefe-Nkosi",
            "South Africa",
        ),
        (
            "“Our members will not cross the line before the pension is back,” said Orrin Vance of the "
            "Harbour Workers Union.",
            "Orrin Vance",
            "Harbour Workers Union",
        ),
    ],
)
def test_a_name_and_the_country_or_organisation_after_its_of_are_speaker_and_party(parties, raw, speaker, party):
    """Wire copy names a delegate by country ("X of South Africa") and a unionist by union ("X of the
    ... Union"): the full name is the speaker, what follows "of" their affiliation."""
    found = one(passages(raw, parties), "judged by" if "judged" in raw else "cross the line")
    assert (found.speaker, found.party) == (speaker, party)


def test_an_age_before_a_name_is_not_part_of_it_and_the_later_surname_finds_the_person(parties):
    """ "said 47-year-old Dario Kestrel": a striker whose given name no list holds is still the speaker,
    and "Kestrel said" later is the same person."""
    drafts = passages(
        "“Without the pension this is just another job, not a career,” said 47-year-old Dario Kestrel.\n\n"
        "Kestrel said he had been on strike twice before and had saved for this moment.",
        parties,
    )
    assert one(drafts, "just another job").speaker == "Dario Kestrel"
    assert one(drafts, "on strike twice").speaker == "Dario Kestrel"


RADIO_INTERVIEW = (
    "Kenyan Trade Minister Amina Wanjiru Odhiambo talks to Dana Pell about the fisheries talks.\n\n"
    "Dana Pell: You said on Monday the package must be taken whole. What did you mean?\n\n"
    "Kenyan Trade Minister Amina Wanjiru Odhiambo: The text is the result of four years of work, and "
    "every line of it was argued over.\n\n"
    "You cannot take one chapter out and say, “I want this clause improved.” The quotas and the "
    "inspections stand or fall together.\n\n"
    "Would you reopen the inspections chapter if the other side asked?\n\n"
    "We have told Brussels that we are not prepared to reopen any chapter of this agreement."
)


def test_a_radio_transcript_with_named_labels_gives_answers_to_the_guest_and_questions_to_nobody(parties):
    """A broadcaster prints labels in title case, the guest's with a title ("Kenyan Trade Minister X:"),
    the host by name only; the host's turns all ask. A hypothetical the guest quotes inside an answer
    is still the answer, and when the capture loses the last labels, a paragraph that only asks is the
    host's and the one after it the guest's again."""
    drafts = passages(RADIO_INTERVIEW, parties)
    for piece in ("four years of work", "I want this clause improved", "not prepared to reopen"):
        found = one(drafts, piece)
        assert (found.kind, found.speaker, found.party) == ("quote", "Amina Wanjiru Odhiambo", "Kenya"), piece
    for piece in ("What did you mean", "Would you reopen"):
        found = one(drafts, piece)
        assert (found.kind, found.party) == ("statement", None), piece


def test_a_country_named_once_before_two_parallel_titles_is_both_ministers_party(parties):
    """ "Met Chilean Finance Minister A and Mining Minister B": the demonym is read for both ministers, so
    B's quotes are Chile's; a different title after "and" ("... and Trade Commissioner C") is not."""
    drafts = passages(
        "The envoys met Chilean Finance Minister Rosa Quintral and Mining Minister Tomas Aravena on "
        "Monday, and later Trade Commissioner Ilse Varga.\n\n"
        "“We agreed a framework for the copper chapter,” Aravena told reporters.\n\n"
        "“Nothing is settled on lithium,” Varga said.",
        parties,
    )
    assert one(drafts, "copper chapter").party == "Chile"
    assert one(drafts, "settled on lithium").party is None


def test_a_worker_quoted_in_a_union_dispute_speaks_on_the_unions_side(parties):
    """ "Mara Quist, a 12-year welder on the hull line," in a story about a union's strike is on the
    union's side; a worker in a story that names no union has no party."""
    strike = (
        "Members of the Coastal Shipwrights Union voted on Sunday to stay out for a third week.\n\n"
        "Mara Quist, a 12-year machinist on the hull line, said overtime was the real issue.\n\n"
        "“The pay matters, but the hours are what break people,” Quist said."
    )
    assert one(passages(strike, parties), "hours are what break").party == "Coastal Shipwrights Union"
    alone = strike.replace("Members of the Coastal Shipwrights Union voted", "Yard staff voted")
    assert one(passages(alone, parties), "hours are what break").party is None


def test_a_barista_quoted_in_a_coffee_chain_strike_speaks_on_the_unions_side(parties):
    """ "Dev Arora, a four-year veteran barista and picket lead at the Elm Street store" in a story about the
    baristas' union's strike is a rank-and-file member, on the union's side."""
    drafts = passages(
        "Baristas at Kettle & Crumb walked out at 60 stores on Friday. The union, Café Workers United, says "
        "talks on a first contract have stalled.\n\n"
        "“We have asked for a schedule we can live on,” said Dev Arora, a four-year veteran barista and picket "
        "lead at the Elm Street store.",
        parties,
    )
    assert one(drafts, "schedule we can live on").party == "Café Workers United"


def test_a_later_description_by_nationality_is_the_person_of_that_country_just_named(parties):
    """ "said the Omani leader" after "Omani Prime Minister X said": the Omani in office the text was just
    about, not a new speaker called "the Omani leader"; a description of another country finds nobody."""
    drafts = passages(
        "Omani Prime Minister Said bin Hamad Al Harthi said the response to the draft was largely "
        "positive.\n\n"
        "“We are hopeful, and we have passed the reply to the other side,” said the Omani leader, at a "
        "press conference with the visiting envoy.\n\n"
        "“Nothing is agreed until everything is agreed,” said the Yemeni official.",
        parties,
    )
    hopeful = one(drafts, "We are hopeful")
    assert (hopeful.speaker, hopeful.party) == ("Said bin Hamad Al Harthi", "Oman")
    assert one(drafts, "Nothing is agreed").speaker == "the Yemeni official"


def test_wire_appositives_initials_and_a_closing_attribution_name_the_speaker(parties):
    """Wire copy: "K.R. Velan, chief negotiator for the ... Front (PLF), said", "Ivar Lunde, international
    development minister of mediator Finland, said", a sentence reporting what the sides did that closes on
    ", Lunde said.", and the "he said" after it, which is Lunde, not the sides the sentence was about."""
    drafts = passages(
        "K.R. Velan, chief negotiator for the Palmyra Liberation Front (PLF), said the rebels would not "
        "attend new talks until the coast road was reopened.\n\n"
        "Ivar Lunde, international development minister of mediator Finland, said he would keep working "
        "with both sides “on every idea that moves the process forward.”\n\n"
        "The government and the Front reaffirmed their commitment to the 2019 truce and promised not to "
        "launch new offensives, Lunde said.\n\n"
        "“Both sides are expected to show restraint and keep these commitments,” he said.",
        parties,
    )
    velan = one(drafts, "coast road")
    assert (velan.speaker, velan.party) == ("K.R. Velan", "Palmyra Liberation Front")
    for piece in ("moves the process forward", "reaffirmed their commitment", "show restraint"):
        found = one(drafts, piece)
        assert (found.speaker, found.party) == ("Ivar Lunde", "Finland"), piece


def test_the_statement_said_is_whoever_issued_the_statement_and_according_to_opens_a_sentence(parties):
    """ "The Foreign Office said in a statement …" then "“…,” the statement said": the Foreign Office's words.
    "According to Varga, …" at the head of a sentence names Varga as the speaker, as it does mid-sentence."""
    drafts = passages(
        "Norwegian Foreign Ministry spokeswoman Hilde Varga said on Monday the talks had been useful.\n\n"
        "According to Varga, the two delegations agreed to meet again before the end of the month.\n\n"
        "The Danish Foreign Ministry said in a statement that its envoy would attend the next round.\n\n"
        "“Both sides showed a businesslike approach and a wish to resume the talks,” the statement said.",
        parties,
    )
    agreed = one(drafts, "meet again")
    assert (agreed.speaker, agreed.party) == ("Hilde Varga", "Norway")
    assert one(drafts, "businesslike approach").party == "Denmark"


@pytest.mark.parametrize(
    ("dateline", "party"),
    [
        ("VILNIUS (XW) — ", "Lithuania"),
        ("RIGA, Latvia (XW) - ", "Latvia"),
        ("LIMA, Mar. 2nd (XW) - ", "Peru"),
        ("LIMA, Mar. 2nd  (XW) -", "Peru"),
        ("", None),
    ],
)
def test_a_bare_state_title_under_a_dateline_is_the_dateline_countrys(parties, dateline, party):
    """Wire copy gives the dateline country's own officials their bare title ("VILNIUS (XW) — Foreign
    Minister X said"), a day written as an ordinal ("Mar. 2nd") or a dash the copy runs into the first word
    ("(XW) -Foreign") included; without a dateline nothing says whose minister that is."""
    drafts = passages(
        f"{dateline}Foreign Minister Rasa Bendoraityte said on Tuesday that the talks on the border "
        "crossings would resume next week.\n\n"
        "“We will not reopen the crossings before the guarantees are signed,” Bendoraityte said.",
        parties,
    )
    assert one(drafts, "reopen the crossings").party == party


def test_styles_of_agency_copy_from_the_region_name_their_speakers(parties):
    """A dateline closed by full stops ("TBILISI, May 4. /XNA/. X said"), a second sentence whose own
    subject speaks ("The round ended on Friday. Y said …"), a quote followed by a dash attribution
    ("“…” – said Z when asked …"), "said President of Georgia W in his remarks at …" and "the head of
    state added" after W."""
    drafts = passages(
        "TBILISI, May 4. /XNA/. Georgian Prime Minister Levan Kvirikadze said on Friday he still hoped to "
        "sign the transit accord this year.\n\n"
        "The round ended on Friday. Kvirikadze said the next one would be held in Baku in June.\n\n"
        "“We are focused on a peaceful settlement of all open questions.” – said Giorgi Abashidze when "
        "answering a question about the border posts.\n\n"
        "“We have heard the proposals and we are ready to see actions,” said President of Georgia Nino "
        "Tsereteli in her remarks at a conference held at the university.\n\n"
        "“The realities have changed and the mediators have said so,” the head of state added.",
        parties,
    )
    assert one(drafts, "transit accord").speaker == "Levan Kvirikadze"
    assert one(drafts, "held in Baku").speaker == "Levan Kvirikadze"
    assert one(drafts, "peaceful settlement").speaker == "Giorgi Abashidze"
    for piece in ("ready to see actions", "realities have changed"):
        found = one(drafts, piece)
        assert (found.speaker, found.role, found.party) == ("Nino Tsereteli", "President of Georgia", "Georgia")


def test_an_outlet_slug_office_titles_ending_in_affairs_and_a_closing_participle(parties):
    """ "NEWSWIRE - A Malian official stated …" is the official, not "NEWSWIRE A Malian official"; a
    title whose last word is an organisation word ("Malian Minister of Foreign Affairs X") is still a
    person's title; a participle closing a sentence (", arguing that …") does not take the speaker from
    its subject."""
    drafts = passages(
        "NEWSWIRE - A Malian official stated to a local radio station that talks on the northern truce were "
        "still under way.\n\n"
        "Malian Minister of Foreign Affairs Oumar Keita said that he ruled out a new truce this month.\n\n"
        "Ambassador Oumar Keita, the minister in charge, rejected the draft, arguing that the talks had not "
        "really restarted.",
        parties,
    )
    official = one(drafts, "northern truce")
    assert (official.speaker, official.party) == ("A Malian official", "Mali")
    ruled = one(drafts, "ruled out a new truce")
    assert (ruled.speaker, ruled.role, ruled.party) == ("Oumar Keita", "Malian Minister of Foreign Affairs", "Mali")
    assert (one(drafts, "rejected the draft").speaker, one(drafts, "rejected the draft").party) == (
        "Oumar Keita",
        "Mali",
    )


def test_briefing_copy_titles_with_their_office_and_nouns_spelled_like_verbs(parties):
    """ "Deputy Spokesperson at the Foreign Office Mara Lind said" is Lind with that title; "any pledges"
    is a noun, so the words before it name no speaker, and a sentence opening "Responding to a question
    …" is no person called "Responding"; "He commended …" after Lind is Lind's."""
    drafts = passages(
        "“We welcome the truce and urge both sides to keep talking,” Deputy Spokesperson at the Foreign "
        "Office Mara Lind said on Tuesday.\n\n"
        "Responding to a question about whether the minister secured any pledges from the rebels, Lind "
        "declined to discuss private conversations. “I will not go into what was said on those calls,” "
        "she said.\n\n"
        "Lind praised the truce. She commended the “courage and restraint” both sides had shown.",
        parties,
    )
    welcome = one(drafts, "urge both sides")
    assert (welcome.speaker, welcome.role) == ("Mara Lind", "Deputy Spokesperson at the Foreign Office")
    assert one(drafts, "what was said on those calls").speaker == "Mara Lind"
    assert one(drafts, "courage and restraint").speaker == "Mara Lind"


def test_a_person_an_interrupter_ends_on_is_not_the_subject_of_the_verb_after_it(parties):
    """ "Sato, speaking after talks with his counterpart, EU Trade Commissioner Jan Novak, said …": the
    interrupter's last words name someone else, who did not say it."""
    drafts = passages(
        "Japanese Economy Minister Kenji Sato met EU officials on Friday.\n\n"
        "Sato, speaking to reporters after a second day of talks with his counterpart, EU Trade "
        "Commissioner Jan Novak, said the timetable would be settled at the summit.",
        parties,
    )
    found = one(drafts, "timetable would be settled")
    assert (found.speaker, found.party) == ("Kenji Sato", "Japan")


def test_a_spaced_dateline_is_no_title_and_a_head_of_state_by_nationality_is_the_leader_just_named(parties):
    """ "LISBON - Chilean President X met …, urging …" gives X the title "Chilean President", not
    "LISBON Chilean President"; "“…”, stated the Chilean head of state" after X is X."""
    drafts = passages(
        "LISBON - Chilean President Carla Ibáñez met Portuguese leaders on Thursday to discuss the copper "
        "accord, urging support from Lisbon.\n\n"
        "“We consider that this agreement cannot be signed as it stands”, stated the Chilean head of state, "
        "speaking on arrival at the summit.",
        parties,
    )
    met = one(drafts, "copper accord")
    assert (met.speaker, met.role) == ("Carla Ibáñez", "Chilean President")
    stands = one(drafts, "cannot be signed")
    assert (stands.speaker, stands.party) == ("Carla Ibáñez", "Chile")


def test_a_title_case_dateline_with_date_and_credit_is_no_subject_so_the_head_of_state_is_the_leader(parties):
    """ "Lima, Mar 3 (EFE).- Peruvian President X ordered …" is about X, not about "Lima", so "“…,” the head of
    state said" in the next paragraph is X, and X's title leaves the dateline out."""
    drafts = passages(
        "Lima, Mar 3 (EFE).- Peruvian President Rosa Quispe ordered her negotiators home from Quito on Friday "
        "for talks with the opposition.\n\n"
        "“I asked the delegation to come back so that they can brief me on the border accord,” the head of state "
        "said at the palace.",
        parties,
    )
    found = one(drafts, "brief me on the border accord")
    assert (found.speaker, found.role) == ("Rosa Quispe", "Peruvian President")


def test_a_leaders_office_speaks_for_the_leader(parties):
    """Copy on a head of government's statements: "X Thursday sent a team to Oslo, his office said",
    "…, the prime minister's office said in a statement" after a clause about others, "“…“, the statement
    said" with an opening mark printed as the closing one, "the statement read", and "a statement from his
    office said"; all are the prime minister's, whose country the title gives."""
    drafts = passages(
        "VALLETTA: Maltese Prime Minister Karl Vella Thursday sent a team to Oslo for the fisheries talks, "
        "his office said.\n\n"
        "Vella met the Nordic envoy, a representative of the commission and two senior officials, the prime "
        "minister's office said in a statement.\n\n"
        "Vella told the team “to stay in Oslo for as long as it takes to close the quota chapter“, the "
        "statement said.\n\n"
        "“Malta has made every offer it can on the quota chapter and waits for an answer,” the statement "
        "read.\n\n"
        "“The prime minister has approved a second round of talks next month,” a statement from his office "
        "said.",
        parties,
    )
    for piece in ("sent a team", "Nordic envoy", "as long as it takes", "waits for an answer", "second round"):
        found = one(drafts, piece)
        assert (found.speaker, found.party) == ("Karl Vella", "Malta"), piece


def test_a_role_that_lists_its_portfolio_with_commas_keeps_its_speaker(parties):
    """ "…,” X, minister for fisheries, harbours and coastal affairs in the island government, said": the
    pieces between commas go on listing X's role; none of them is a clause that would hide the speaker."""
    drafts = passages(
        "“The quota offer stands until the end of the month,” Ilse Marrow-Tennant, minister for fisheries, "
        "harbours and coastal affairs in the island government, said on Monday.",
        parties,
    )
    found = one(drafts, "quota offer stands")
    assert found.speaker == "Ilse Marrow-Tennant"
    assert found.role == "minister for fisheries, harbours and coastal affairs in the island government"


def test_a_dateline_in_title_case_before_a_colon_is_no_part_of_the_subject(parties):
    """ "Valletta: Negotiators from small islands … walked out …, saying …" is said by the negotiators, not
    by someone called "Valletta Negotiators"."""
    drafts = passages(
        "Valletta: Negotiators from small islands and poorer nations on Saturday walked out of talks on the "
        "fund with the summit's host, saying their demands on finance were ignored.",
        parties,
    )
    assert one(drafts, "walked out").speaker == "negotiators"


def test_a_company_a_numbered_branch_and_one_of_the_officials_just_named(parties):
    """ "Vantor said in a statement" where the article prints "a Vantor spokesperson" is the company
    speaking; "said ILWU Local 63 President X" keeps its number inside the title; "one official told
    Reuters" after "Danish officials said" is one of the Danish officials."""
    drafts = passages(
        "Vantor said in a statement that the offer was its best and final one.\n\n"
        "“We are disappointed by the result,” a Vantor spokesperson told Reuters.\n\n"
        "“Our members have spoken,” said ILWU Local 63 President Dana Ruiz.\n\n"
        "Danish officials said the response contained unacceptable demands. “This is a non-starter,” one "
        "official told Reuters.",
        parties,
    )
    assert one(drafts, "best and final").party == "Vantor"
    spoken = one(drafts, "members have spoken")
    assert (spoken.speaker, spoken.role) == ("Dana Ruiz", "ILWU Local 63 President")
    assert one(drafts, "non-starter").party == "Denmark"


def test_a_surname_spelled_like_the_pronoun_after_a_title_is_the_person(parties):
    """ "“…,” Premier He said" after "Vice Premier He Lifeng": the surname He, not the pronoun and not an
    institution called "Premier He"."""
    drafts = passages(
        "Chinese Vice Premier He Lifeng said the talks in Geneva were candid.\n\n"
        "“Both sides should keep to the consensus and keep talking,” Premier He said.",
        parties,
    )
    found = one(drafts, "keep to the consensus")
    assert (found.speaker, found.party) == ("He Lifeng", "China")


def test_the_ministry_said_is_the_ministry_the_text_just_had_speak(parties):
    """ "Estonia's Foreign Ministry said … “…,” the ministry said": the Estonian ministry, not a speaker
    called "the ministry" with no party."""
    drafts = passages(
        "Estonia's Foreign Ministry said the proposal ignored the line of contact. “No one can trade our "
        "territory behind our backs,” the ministry said.",
        parties,
    )
    assert one(drafts, "trade our territory").party == "Estonia"


def test_a_striker_quoted_after_the_picket_line_is_on_the_unions_side(parties):
    """A worker the article gives no role, quoted right after it describes workers on a picket line, is
    one of them: on the side of the union, whether the article names it or only its president (whom the
    gazetteer knows); a "Union Hall" is a building, not the union."""
    named = (
        "Members of the Coastal Shipwrights Union met at the Harbor Union Hall on Tuesday night.\n\n"
        "Outside, a handful of workers on the picket line cheered the result.\n\n"
        "“Without the pension this is just another job,” said 44-year-old Pavel Dorn."
    )
    assert one(passages(named, parties), "just another job").party == "Coastal Shipwrights Union"
    led = (
        "Machinist union president Jon Holden read out the result at the union hall on Wednesday.\n\n"
        "Outside, a handful of workers on the picket line cheered the result.\n\n"
        "“Without the pension this is just another job,” said 44-year-old Pavel Dorn."
    )
    assert one(passages(led, parties), "just another job").party == "International Association of Machinists"


def test_a_short_form_of_a_body_the_article_names_in_full_is_that_bodys_party(parties):
    """ "A Commission spokesperson told Reuters" in an article that prints "European Commission" speaks for
    the European Union, not for a party called "A" or "Commission"; "Parliament" alone, which every state
    has, is not read so."""
    drafts = passages(
        "The European Commission said on Monday the conditions for the deal had not been met.\n\n"
        "“Talks are continuing at technical level,” a Commission spokesperson told Reuters.\n\n"
        "“We will not ratify it as it stands,” a Parliament member said.",
        parties,
    )
    assert one(drafts, "technical level").party == "European Union"
    assert one(drafts, "ratify it as it stands").party is None


def test_a_sort_of_organisation_then_its_name_is_that_organisation(parties):
    """ "Dutch dairy farmers' union NMV said …" is the union NMV speaking, with itself as party, not the
    Netherlands its demonym names."""
    drafts = passages(
        "Dutch dairy farmers' union NMV said the deal would sacrifice family farms to beef imports.",
        parties,
    )
    assert one(drafts, "sacrifice family farms").party == "NMV"


@pytest.mark.parametrize(
    ("opening", "party"),
    [
        ("Lithuania on Sunday said the two sides were close to a deal on the crossings.", "Lithuania"),
        ("Lithuania and Latvia said on Sunday the two sides were close to a deal.", None),
    ],
)
def test_a_bare_state_title_after_the_one_country_that_speaks_is_that_countrys(parties, opening, party):
    """An article that has one country speak ("Lithuania on Sunday said …") and then quotes "Foreign
    Minister X" gives X that country; when two countries speak, the bare title says nothing."""
    drafts = passages(
        f"{opening}\n\n“We feel the two sides are near an agreement,” Foreign Minister Rasa Bendoraityte said.",
        parties,
    )
    assert one(drafts, "near an agreement").party == party


def test_an_explainer_in_questions_and_answers_is_prose_not_an_interview(parties):
    """ "Q&A: what is in the border deal": the writer asks and answers in the third person, so the answers
    are statements, not quotes of the one person the introduction names."""
    drafts = passages(
        "Foreign Minister Karl Tamm signed the border deal on Monday after two years of talks.\n\n"
        "What is in the deal?\n\n"
        "The text moves the line two kilometres east and gives the valley's farmers a shared water quota.\n\n"
        "Who still has to approve it?\n\n"
        "Both parliaments must ratify the treaty before it comes into force next spring.",
        parties,
        title="Q&A: what is in the Estland–Ruritania border deal",
    )
    for piece in ("two kilometres east", "Both parliaments must ratify"):
        answer = one(drafts, piece)
        assert (answer.kind, answer.speaker) == ("statement", None), piece


def test_a_live_blog_entry_time_is_no_part_of_the_subject(parties):
    """ "18:20: Senator X took questions … “…,” she said": the entry's time is printed before its subject, so
    the "she" of the entry is X."""
    drafts = passages(
        "“We are close to a deal,” said Senator Tom Hale.\n\n"
        "18:20: Senator Lea Brandt took questions on the tariff bill. “We will not sign any bill that taxes our "
        "own growers,” she said.",
        parties,
    )
    assert one(drafts, "taxes our own growers").speaker == "Lea Brandt"

"""Transcript answers and long quotes as quote-sized passages: a member reads the sentences that answer, under
the speaker, role and party of the turn or quote they come from."""

from __future__ import annotations

import pytest

from tests.index.splitting import one, passages

STATEMENT_BLOCK = (
    "Harbourline said its dockers had rejected the offer.\n\n"
    "The full statement from Harbourline reads as follows:\n\n"
    "“Our members voted down the offer this week. We are disappointed in the outcome.\n\n"
    "It is business as usual at the terminals. A vote to strike is not a strike.\n\n"
    "The most useful thing the union can do now is come back to the table. Our focus remains on a fair deal.”"
)


def test_a_statement_quoted_over_paragraphs_is_quotes_throughout(parties):
    """A statement printed as one quote over three paragraphs, its mark opened once and closed at the end:
    the paragraph between, printed without marks, is still the company's words, not a reporter's."""
    drafts = passages(STATEMENT_BLOCK, parties)
    first = one(drafts, "voted down the offer")
    assert first.kind == "quote" and (first.speaker, first.party) != (None, None)
    for piece in ("business as usual at the terminals", "come back to the table"):
        found = one(drafts, piece)
        assert (found.kind, found.speaker, found.role, found.party) == (
            "quote",
            first.speaker,
            first.role,
            first.party,
        ), piece


def test_an_open_quote_that_nothing_closes_leaves_the_next_paragraph_to_the_reporter(parties):
    """A quote whose closing mark the capture lost, followed by reporting that never closes it, does not turn
    the reporting into the speaker's words."""
    drafts = passages(
        "Dock workers walked out on Monday.\n\n"
        "“We will not load another ship until the offer improves, union leader Ada Brennan said.\n\n"
        "The port authority said talks would resume on Thursday.\n\n"
        "Shipping lines have begun to divert cargo to other ports.",
        parties,
    )
    assert one(drafts, "talks would resume on Thursday").kind == "statement"


def test_labels_with_a_recordings_timestamp_are_turns(parties):
    """A transcription service prints each label with the time into the recording ("Name (02:15):") on a
    line of its own; the words under it are that speaker's, one quote per answer."""
    drafts = passages(
        "Trade ministers meet in Valdera\n\n"
        "Marta Vello (00:00):\n\n"
        "Good afternoon. Our two countries have agreed to halve the tariff on machine tools from March.\n\n"
        "Tomas Reyl (01:42):\n\n"
        "We have not agreed on farm quotas. That chapter stays open until the autumn round.",
        parties,
    )
    halve = one(drafts, "agreed to halve the tariff on machine tools")
    quotas = one(drafts, "have not agreed on farm quotas")
    assert (halve.kind, halve.speaker) == ("quote", "Marta Vello")
    assert (quotas.kind, quotas.speaker) == ("quote", "Tomas Reyl")
    assert not [d for d in drafts if "(01:42)" in d.text]


REMARKS = (
    "Remarks by the Foreign Secretary at the close of the Valdera trade round\n\n"
    "FOREIGN SECRETARY BRENN: Thank you all for coming. Our two countries have agreed to halve the tariff on "
    "machine tools, and the text will be signed in March.\n\n"
    "We will not reopen the chapter on fisheries. That question is closed for this round."
)


@pytest.mark.parametrize(
    "raw,speaker",
    [
        (REMARKS, "Brenn"),
        (
            REMARKS.replace("FOREIGN SECRETARY BRENN:", "ILSE BRENN, FOREIGN SECRETARY:"),
            "Ilse Brenn",
        ),
    ],
)
def test_a_remarks_page_with_one_label_is_that_speakers_words(parties, raw, speaker):
    """A page of one person's remarks prints one label, in capitals with an office or a role, over everything
    they said; a capture cut after a briefing's first answer looks the same. Each paragraph is their quote."""
    drafts = passages(raw, parties)
    for piece in ("agreed to halve the tariff on machine tools", "will not reopen the chapter on fisheries"):
        found = one(drafts, piece)
        assert found.kind == "quote" and speaker in (found.speaker or ""), piece


@pytest.mark.parametrize("opening", ["VALDERA: ", "UPDATE: ", "Valdera: "])
def test_a_lone_dateline_or_rubric_is_not_a_speakers_label(parties, opening):
    drafts = passages(
        f"{opening}The Valdera trade round ended without a deal on farm quotas.\n\n"
        "Negotiators will meet again in the autumn, officials said.",
        parties,
    )
    assert one(drafts, "ended without a deal on farm quotas").kind == "statement"
    assert one(drafts, "will meet again in the autumn").kind == "statement"


@pytest.mark.parametrize(
    "raw",
    [
        (
            "Transcript of the leaders' remarks in Valdera\n\n"
            "Q: Minister, will the tariff on machine tools be cut? THE MINISTER: Maybe the Chancellor should "
            "answer that. CHANCELLOR ADLER: Yes, we agreed to halve the tariff from March. THE MINISTER: And we "
            "will not reopen the chapter on fisheries this year."
        ),
        (
            "Transcript of the leaders' remarks in Valdera\n\n"
            "CHANCELLOR ADLER: Good morning.\n\n"
            "Q: Chancellor, will the tariff on machine tools be cut?CHANCELLOR ADLER: Yes, we agreed to halve the "
            "tariff from March.\n\n"
            "Q: And fisheries? THE MINISTER: We will not reopen the chapter on fisheries this year."
        ),
    ],
)
def test_turns_run_together_in_one_paragraph_are_each_their_speakers(parties, raw):
    """A capture that lost a transcript's line breaks runs the turns together ("…be cut? CHANCELLOR ADLER:
    Yes, …", even "…cut?CHANCELLOR ADLER:"): a label in capitals after a sentence's end opens a new turn
    where the article prints that label again or it holds an office."""
    drafts = passages(raw, parties)
    halve = one(drafts, "we agreed to halve the tariff from March")
    fisheries = one(drafts, "will not reopen the chapter on fisheries")
    assert halve.kind == "quote" and "Adler" in (halve.speaker or "")
    assert fisheries.kind == "quote" and "Adler" not in (fisheries.speaker or "")
    assert "?" not in halve.text and "?" not in fisheries.text


def test_a_label_after_a_dateline_opens_the_turn(parties):
    """A release prints its dateline and date before the first label ("VALDERA — May 5, 2025 — AMBASSADOR
    VOSS: …"); the label still opens the ambassador's remarks."""
    drafts = passages(
        "VALDERA — May 5, 2025 — AMBASSADOR VOSS: Good morning, everybody. We have concluded the Valdera "
        "round.\n\n"
        "The agreement halves the tariff on machine tools and leaves farm quotas for the autumn.",
        parties,
    )
    for piece in ("We have concluded the Valdera round", "halves the tariff on machine tools"):
        found = one(drafts, piece)
        assert found.kind == "quote" and "Voss" in (found.speaker or ""), piece
    assert not [d for d in drafts if "VALDERA —" in d.text and d.kind == "quote"]


@pytest.mark.parametrize(
    "raw",
    [
        "The envoy arrived late. UPDATE: Talks resumed at noon and ended without a deal on machine tools.",
        "Talks resumed at noon in Valdera. BRUSSELS: The Commission said it ended without a deal on machine tools.",
    ],
)
def test_capitals_and_a_colon_inside_prose_open_no_turn(parties, raw):
    assert one(passages(raw, parties), "without a deal on machine tools").kind == "statement"


def test_a_label_that_prints_the_office_before_the_name_is_a_turn(parties):
    """A government transcript may print the office first ("Minister for Trade and Industry, Rafe Conder:"),
    lower-case words and all; the turn is the minister's, as the shorter labels after it are."""
    drafts = passages(
        "Ana Pell, Host: The trade minister joins us before his trip to Valdera.\n\n"
        "Minister for Trade and Industry, Rafe Conder: We will keep opposing any tariff on our machine tools. "
        "We honour our side of the agreement.\n\n"
        "Ana Pell: And if the tariff stays?\n\n"
        "Minister Conder: Then we will take the dispute to the panel.",
        parties,
    )
    opposing = one(drafts, "keep opposing any tariff on our machine tools")
    assert opposing.kind == "quote" and "Conder" in (opposing.speaker or "")
    assert "Minister for Trade" not in opposing.text


def test_a_lone_labelled_answer_in_a_news_story_leaves_the_reporting_after_it_to_the_reporter(parties):
    """A story that prints one answer under a label ("MINISTER ADLER: …") goes on in the reporter's voice: a
    lone label's turn ends at a paragraph that reports ("criticised", "saying") without a first person."""
    drafts = passages(
        "The Valdera round ended on Monday without a deal on farm quotas.\n\n"
        "MINISTER ADLER: We will sign the tariff chapter in March and come back to quotas in the autumn.\n\n"
        "The opposition criticised the deal, saying it gave away too much on machine tools.\n\n"
        "Analysts expect the chapter to be ratified next year.",
        parties,
    )
    assert one(drafts, "sign the tariff chapter in March").kind == "quote"
    for piece in ("opposition criticised the deal", "expect the chapter to be ratified"):
        assert one(drafts, piece).kind == "statement", piece


@pytest.mark.parametrize(
    "heading, label, speaker",
    [
        ("Secretary of State Marco Rubio Remarks to the Press", "SECRETARY RUBIO", "Marco Rubio"),
        (
            "Secretary Rubio Hosts a Meeting with Foreign Minister Kell\n\n"
            "BlogTranscriptsRubio Press BriefingSecretary Rubio Hosts a Meeting with Foreign Minister Kell Transcript",
            "SECRETARY RUBIO",
            "Rubio",
        ),
    ],
)
def test_a_heading_run_into_the_name_is_not_the_labels_speaker(parties, heading, label, speaker):
    """A transcript's heading ("… Marco Rubio Remarks to the Press") or a page's chrome run into it ("…Press
    BriefingSecretary Rubio Hosts …") glues words to the name it prints; the label's speaker is the name the
    label ends with, not "Marco Rubio Remarks"."""
    drafts = passages(
        f"{heading}\n\n"
        f"{label}: Good morning. We have agreed with our partners to halve the tariff on machine tools.\n\n"
        "QUESTION: Will the farm chapter close this year?\n\n"
        f"{label}: We are not there yet. The farm chapter stays open until the autumn round.",
        parties,
        title=heading.split("\n")[0],
    )
    for piece in ("halve the tariff on machine tools", "farm chapter stays open"):
        assert one(drafts, piece).speaker == speaker, piece


WHITE_HOUSE_BRIEFING = (
    "MS. LEAVITT: Good afternoon. The President spoke with President Putin this morning, and they agreed to keep "
    "talking about a ceasefire.\n\n"
    "Q: Will they meet?\n\n"
    "MS. LEAVITT: I will let the President speak to that himself.\n\n"
    "THE PRESIDENT: We are going to get a deal done. I think we are very close on the ceasefire."
)


@pytest.mark.parametrize(
    "title, speaker",
    [
        ("Press Briefing by Press Secretary Karoline Leavitt", "the president"),
        ("Remarks by President Trump and Press Secretary Leavitt", "Trump"),
        ("Remarks by Vice President Vance and Press Secretary Leavitt", "the president"),
    ],
)
def test_an_office_label_is_resolved_only_from_what_presents_the_speaker(parties, title, speaker):
    """A label "THE PRESIDENT:" is the president the title or introduction names ("Remarks by President Trump"),
    never one an answer mentions ("President Putin"), nor a vice president; named by nothing, it stays the office,
    speaking for the state only because the White House publishes the transcript."""
    drafts = passages(WHITE_HOUSE_BRIEFING, parties, title=title, publisher="The White House")
    deal = one(drafts, "very close on the ceasefire")
    assert (deal.speaker, deal.party) == (speaker, "United States")


def test_an_office_label_in_an_outlets_transcript_has_no_party_of_its_own(parties):
    """Unresolved and printed by an outlet, the office speaks for no side: not for the state whose president
    an answer mentions."""
    drafts = passages(WHITE_HOUSE_BRIEFING, parties, title="Briefing transcript", publisher="Harbour Times")
    deal = one(drafts, "very close on the ceasefire")
    assert (deal.speaker, deal.party) == ("the president", None)


def test_a_pm_label_is_the_prime_minister_the_introduction_names(parties):
    """A prime minister's office prints "PM:" over every answer; the introduction names who holds the office."""
    drafts = passages(
        "Prime Minister Aroha Kemp spoke to reporters in Valdera after the talks.\n\n"
        "PM: We have closed the services chapter. The farm chapter stays open until the autumn round.\n\n"
        "JOURNALIST: Will you sign this year?\n\n"
        "PM: I expect to, yes.",
        parties,
        title="Doorstop interview, Valdera",
    )
    assert one(drafts, "closed the services chapter").speaker == "Aroha Kemp"


IMF_BRIEFING = (
    "MS. VELLO: Good morning, everyone, and welcome.\n\n"
    "QUESTIONER: Is the review of the programme on track?\n\n"
    "MS. VELLO: The authorities are implementing the programme firmly, and the review is on track for June."
)


@pytest.mark.parametrize(
    "title, party",
    [
        ("Transcript of IMF Press Briefing", "IMF"),
        ("IMF deal press conference", None),
        ("Press conference on the IMF programme", None),
    ],
)
def test_a_briefing_title_names_the_body_its_spokesperson_answers_for(parties, title, party):
    """A title "Transcript of IMF Press Briefing" says whose briefing it is: the spokesperson nothing else places
    speaks for the IMF. A body the title only mentions ("IMF deal press conference") says nothing of who
    answers."""
    drafts = passages(IMF_BRIEFING, parties, title=title, publisher="Harbour Times")
    assert one(drafts, "review is on track for June").party == party


def test_a_shot_lists_soundbite_is_the_words_of_the_speaker_it_names(parties):
    """A video agency's shot list names each clip's speaker on a soundbite line and prints the words under it
    in quotation marks; the next numbered shot is the agency's again."""
    drafts = passages(
        "1. Exterior of the Fund's headquarters\n\n"
        "2. SOUNDBITE: (English) Marta Vello, IMF spokeswoman:\n\n"
        "“The review is on track for June. The authorities are implementing the programme firmly.”\n\n"
        "3. Cutaway of reporters taking notes\n\n"
        "4. SOUNDBITE (English) Marta Vello, IMF spokeswoman:\n\n"
        "“We have said before that the arrears must be cleared before the board meets.”",
        parties,
    )
    for piece in ("review is on track for June", "arrears must be cleared"):
        found = one(drafts, piece)
        assert (found.speaker, found.party) == ("Marta Vello", "IMF"), piece
    assert all(d.speaker is None for d in drafts if "Cutaway" in d.text)


@pytest.mark.parametrize(
    "title, speaker",
    [
        ("Secretary of State Marco Rubio Remarks to the Press", "Marco Rubio"),
        ("Secretary of State Marco Rubio With Foreign Minister Kell Before Their Meeting", "Marco Rubio"),
        ("Remarks by Secretary Rubio Before His Departure", "Rubio"),
    ],
)
def test_an_office_label_takes_the_name_a_title_case_heading_prints_not_the_headings_words(parties, title, speaker):
    """A heading in title case runs its words into the office holder's name ("… Marco Rubio Remarks to the
    Press") or reads as one long title before a last capitalised word ("… Before Their Meeting"): "THE
    SECRETARY:" is the name the heading prints between its own words, not "Meeting" or "His Departure"."""
    drafts = passages(
        f"{title}\n\n"
        "THE SECRETARY: Good morning. We have agreed with our partners to halve the tariff on machine tools.\n\n"
        "QUESTION: Will the farm chapter close this year?\n\n"
        "THE SECRETARY: We are not there yet. The farm chapter stays open until the autumn round.",
        parties,
        title=title,
    )
    assert one(drafts, "farm chapter stays open").speaker == speaker


def test_an_office_label_is_not_a_holder_who_speaks_under_a_label_of_their_own(parties):
    """A joint press conference's title names two presidents; the guest speaks as "PRESIDENT MACRON:", so "THE
    PRESIDENT:" is the host the title names beside him."""
    title = "Remarks by President Biden and French President Emmanuel Macron in Joint Press Conference"
    drafts = passages(
        f"{title}\n\n"
        "THE PRESIDENT: Thank you all. We have agreed to deepen our cooperation on chips.\n\n"
        "PRESIDENT MACRON: (As interpreted.) We will build the new plants together.\n\n"
        "Q: Mr. President, will the tariff on steel stay?\n\n"
        "THE PRESIDENT: The tariff stays until the autumn round, and then we will see.",
        parties,
        title=title,
    )
    assert one(drafts, "tariff stays until the autumn round").speaker == "Biden"


@pytest.mark.parametrize(
    "label, speaker",
    [
        ("SECRETARY OF STATE MARCO RUBIO", "Marco Rubio"),
        ("MINISTER FOR FOREIGN AFFAIRS ARI KELLAN", "Ari Kellan"),
        ("MINISTER FOR TRADE AND TOURISM ARI KELLAN", "Ari Kellan"),
    ],
)
def test_a_capital_label_with_the_offices_portfolio_names_the_person_after_it(parties, label, speaker):
    """A broadcaster prints the guest's whole office before the name ("SECRETARY OF STATE MARCO RUBIO:"); the
    speaker is the person after the portfolio, not "Of State Marco Rubio"."""
    drafts = passages(
        "MARY KELL, HOST:\n\n"
        "We are joined now by our guest. Welcome.\n\n"
        f"{label}: Thank you for having me.\n\n"
        "KELL: Where do the talks stand?\n\n"
        f"{label.split()[-1]}: We are close on the text. The farm chapter stays open until the autumn round.",
        parties,
    )
    assert one(drafts, "farm chapter stays open").speaker == speaker


def test_an_office_label_after_a_storys_reporting_is_not_the_president_the_story_is_about(parties):
    """A news story that reports on one president and then prints an exchange with another ("THE PRESIDENT:")
    does not introduce the speaker in its reporting: only the few paragraphs just before the first turn do."""
    drafts = passages(
        "Russian President Vladimir Putin said on Friday that Moscow was ready to talk, a day after the call.\n\n"
        "The Kremlin gave no details of when the talks would start.\n\n"
        "Markets rose on the news, with the rouble up two percent.\n\n"
        "European leaders were cautious about the offer.\n\n"
        "Below is an excerpt of the exchange with reporters in the Oval Office.\n\n"
        "THE PRESIDENT: We are going to get a deal done. I think we are very close on the ceasefire.\n\n"
        "Q: Will you meet him?\n\n"
        "THE PRESIDENT: At the right time, yes.",
        parties,
        title="Putin says Moscow is ready to talk",
        publisher="Harbour Times",
    )
    deal = one(drafts, "very close on the ceasefire")
    assert (deal.speaker, deal.party) == ("the president", None)


@pytest.mark.parametrize(
    "line",
    [
        "(SOUNDBITE) (English) IMF SPOKESWOMAN, MARTA VELLO, SAYING:",
        "(SOUNDBITE) (English) IMF SPOKESWOMAN MARTA VELLO SAYING:",
    ],
)
def test_a_soundbite_line_that_prints_the_role_first_names_the_person_after_it(parties, line):
    """An agency that prints the role before the name ("IMF SPOKESWOMAN, MARTA VELLO, SAYING:") names the same
    speaker as one that prints it after."""
    drafts = passages(
        f"1. Exterior of the Fund's headquarters\n\n{line}\n\n"
        "“The review is on track for June. The authorities are implementing the programme firmly.”",
        parties,
    )
    found = one(drafts, "review is on track for June")
    assert (found.speaker, found.party) == ("Marta Vello", "IMF")


def test_a_surname_label_is_not_a_namesake_an_answer_or_a_later_question_mentions(parties):
    """A spokesman labelled "MR. MILLER:" is asked about an adviser named Stephen Miller and answers about him:
    the adviser is someone talked of, so the label stays "Miller" rather than becoming the adviser, his role
    and his side. A guest the host introduces before the guest first speaks keeps the full name."""
    drafts = passages(
        "MR. MILLER: Good afternoon. I have one announcement, and then I will take your questions.\n\n"
        "QUESTION: Did the White House adviser Stephen Miller speak to the Secretary about the visas?\n\n"
        "MR. MILLER: I will not speak to the Secretary's conversations with Stephen Miller. The visa rules have not "
        "changed.\n\n"
        "QUESTION: And on the tariffs?\n\n"
        "MR. MILLER: The tariff stays until the autumn round.",
        parties,
        title="Department Press Briefing",
    )
    tariff = one(drafts, "tariff stays until the autumn round")
    assert (tariff.speaker, tariff.role) == ("Miller", None)
    interview = passages(
        "MARY KELL, HOST:\n\n"
        "Trade minister Ari Kellan joins us now. Welcome.\n\n"
        "KELLAN: Thank you for having me.\n\n"
        "KELL: Where do the talks stand?\n\n"
        "KELLAN: We are close on the text. The farm chapter stays open until the autumn round.",
        parties,
    )
    assert one(interview, "farm chapter stays open").speaker == "Ari Kellan"


def test_an_outlets_name_as_the_questioners_label_asks(parties):
    """ "RFI/AF: Would you call …?": an outlet interviewing for itself labels its questions with its own name,
    slash and all. Unread, each question went on with the answer before it, and the full-name label whose turn
    ended in a question was taken for the interviewer's, so the first answer was no one's quote."""
    drafts = passages(
        "Envoy Calls Valley Talks a Start\n\n"
        "Hamid Aziz Qureshi, a retired ambassador, heads the government team in the valley talks.\n\n"
        "RFI/AF: What happened at your first session with the rebel side?\n\n"
        "Hamid Aziz Qureshi: Each side brought a long list to the guesthouse, and we worked through both lists "
        "until late in the evening.\n\n"
        "RFI/AF: Would you call the session a success?\n\n"
        "Qureshi: Partly. The tone was warmer than I had expected, and a second session is set for June.",
        parties,
    )
    first = one(drafts, "brought a long list to the guesthouse")
    assert first.kind == "quote"
    assert first.speaker == "Hamid Aziz Qureshi"
    assert one(drafts, "Would you call the session a success").kind == "statement"

"""Attribution printed outside the quote's own sentence, as some outlets lay it out: a passive that names
the speaker after "by", and a briefing item's "Source:" line followed by "Quote from X:" or a bare "Quote:".
Each on a short text written for the test."""

from __future__ import annotations

import pytest

from tests.index.splitting import one, passages


def test_a_passive_names_its_speaker_after_by(parties):
    """ "This was stated by Prime Minister X at a cabinet meeting": X said it, and the quote paragraph after
    it, which names nobody, goes on with X."""
    drafts = passages(
        "Estland must accept the commission's maps before any treaty is signed.\n\n"
        "This was stated by Prime Minister Karl Tamm at Thursday's cabinet meeting.\n\n"
        "“Nothing in the Prague statement allows one side to redraw the border on old maps,” "
        "he told ministers, “and we will not sign a text that does.”",
        parties,
    )
    stated = one(drafts, "This was stated by")
    assert (stated.speaker, stated.role) == ("Karl Tamm", "Prime Minister")
    assert one(drafts, "Prague statement").speaker == "Karl Tamm"


def test_a_passive_after_a_long_title_names_the_person_not_the_circumstances(parties):
    drafts = passages(
        "This was stated by Minister for Europe and Foreign Affairs Jean-Paul Morel during a joint press "
        "briefing in Vilnius with his counterpart, a correspondent reports.",
        parties,
    )
    assert one(drafts, "joint press briefing").speaker == "Jean-Paul Morel"


def test_a_source_line_and_quote_lines_name_the_speaker(parties):
    """A briefing item: "Source: X, the head of …", then "Quote from X: “…", the quote running on into the
    next paragraph."""
    drafts = passages(
        "The advisory group will present its first recommendations at the end of the month.\n\n"
        "Source: Karl Tamm, the head of the presidential office, at a briefing on 22 August\n\n"
        "Quote from Tamm: “I confirm that we expect the first document by the end of this month.\n\n"
        "We are working on it every day, and it will be a strong document.”",
        parties,
    )
    for piece in ("I confirm that we expect", "working on it every day"):
        assert one(drafts, piece).speaker == "Karl Tamm", piece


def test_a_bare_quote_label_goes_on_with_the_source_line(parties):
    drafts = passages(
        "Estland is not holding any talks with its neighbour on energy strikes.\n\n"
        "Source: Karl Tamm, the head of the presidential office, speaking on national television\n\n"
        "Quote: “We will not hold any talks until the strikes on power plants stop.”",
        parties,
    )
    assert one(drafts, "power plants stop").speaker == "Karl Tamm"


def test_a_bare_quote_label_paragraphs_below_the_source_line_is_still_the_source(parties):
    """'Source: Oksana Hrytsenko, …', then 'Details: …' and a paragraph about 'they', then 'Quote: "…"': the
    paragraphs between name nobody who could speak the quote, which is still the source's words, for Ukraine."""
    drafts = passages(
        "The Ukrainian delegation met envoys of three countries before the talks.\n\n"
        "Source: Oksana Hrytsenko, Deputy Head of the Office of the President of Ukraine, as reported by a "
        "news agency\n\n"
        "Details: The envoys and the delegation agreed their positions ahead of the meeting.\n\n"
        "During the meeting, they discussed prisoner exchanges.\n\n"
        'Quote: "We came to this city to get a full ceasefire. Everything else can wait for the next round."',
        parties,
    )
    assert one(drafts, "full ceasefire").speaker == "Oksana Hrytsenko"
    assert one(drafts, "full ceasefire").party == "Ukraine"


def test_a_broadcast_transcript_labels_with_an_honorific_and_a_role_in_brackets(parties):
    """Older radio transcripts print "Mr. SURNAME:" and, on a guest's first turn, "Mr. FULL NAME (role):":
    each answer is that guest's, not the host's before it."""
    drafts = passages(
        "The ministry announced today that it is willing to reopen talks on the fishing quota.\n\n"
        "HARLAND: Let's talk about this with Peter Olsen of the Nordic Policy Institute. Good morning.\n\n"
        "Mr. PETER OLSEN (Senior Fellow, Nordic Policy Institute): Good morning.\n\n"
        "HARLAND: Is this a real shift in the ministry's position?\n\n"
        "Mr. OLSEN: I think it is. For two years the ministry refused to discuss the quota at all.\n\n"
        "HARLAND: Will the fleet accept it?\n\n"
        "Mr. OLSEN: Only if the quota rises before the spring season, and the ministry knows that.",
        parties,
    )
    shift = one(drafts, "refused to discuss the quota")
    assert (shift.kind, shift.speaker) == ("quote", "Peter Olsen")
    assert one(drafts, "before the spring season").speaker == "Peter Olsen"
    greeting = [d for d in drafts if d.text == "Good morning."]
    assert [d.speaker for d in greeting] == ["Peter Olsen"]


def test_a_transcript_answer_is_one_passage_however_many_sentences(parties):
    """An answer is one speaker's words, kept whole as a quoted paragraph is: a quote that runs across
    its second and third sentences is found in one passage, with the speaker."""
    drafts = passages(
        "HOST: Will the deal be reopened?\n\n"
        "OLSEN: Every word of it was negotiated. Nothing in it is our ideal. It does not reflect our position. "
        "It does not reflect theirs either. It reflects a compromise.\n\n"
        "HOST: And if the other side walks away?\n\n"
        "OLSEN: Then we will walk away too.",
        parties,
    )
    answer = one(drafts, "It does not reflect our position. It does not reflect theirs either.")
    assert (answer.kind, answer.speaker) == ("quote", "Olsen")
    assert answer.text.startswith("Every word of it")


def test_an_answer_too_long_for_one_passage_is_not_cut_after_an_abbreviation(parties):
    """An answer longer than a passage is cut between sentences, never at the full stop of "U.S." inside
    one, so each of its sentences is found whole."""
    filler = "We have said this in every round and we will say it again in the next one. " * 12 + "So we wait a while. "
    sentence = "That is why the U.S. administration should change its policy before any talks resume."
    assert len(filler) < 1000 < len(filler) + len(sentence)  # the limit falls inside the sentence
    drafts = passages(
        f"HOST: Will the talks resume?\n\nOLSEN: {filler}{sentence} {filler}\n\nHOST: Thank you.\n\nOLSEN: Thank you.",
        parties,
    )
    answer = one(drafts, sentence)
    assert (answer.kind, answer.speaker) == ("quote", "Olsen")


def test_a_q_and_a_after_a_news_story_is_with_the_person_its_lead_in_names(parties):
    """A news story quoting several people, then "The Review spoke briefly with X, the envoy." and a Q:/A:
    exchange: the answers are X's, though the article before named others."""
    drafts = passages(
        "“I will not pretend today was a success,” Chilean President Marta Rojas said after the talks.\n\n"
        "Peruvian Prime Minister Jorge Salas said Lima had already done more than anyone in the region.\n\n"
        "After the talks, the Review spoke briefly with Anders Lunde, the UN envoy for the border dialogue.\n\n"
        "Q: Was today a failure?\n\n"
        "A: No, I would call it an honest day. Both leaders heard very clearly what the council expects.\n\n"
        "Q: Will the leaders meet again this year?\n\n"
        "A: Only if the meeting is prepared. We will not bring them here again to sit in different rooms.",
        parties,
    )
    for piece in ("an honest day", "different rooms"):
        assert one(drafts, piece).speaker == "Anders Lunde", piece


def test_a_question_that_quotes_someone_gives_the_quote_to_them(parties):
    """A reporter in a briefing reads out a minister's words: "Foreign Minister X said today, and I'm
    quoting, “…”". The quote is the minister's; the rest of the question is still nobody's position."""
    drafts = passages(
        "MS. HARLAND: Good afternoon. I have nothing at the top.\n\n"
        "QUESTION: Thank you. Peruvian Foreign Minister Ana Quispe said in congress today, and I'm quoting, "
        "“we are ready to sit down at a neutral venue on every open issue.” Will you host those talks?\n\n"
        "MS. HARLAND: We are not going to get ahead of the parties.",
        parties,
    )
    quoted = one(drafts, "neutral venue on every open issue")
    assert (quoted.kind, quoted.speaker) == ("quote", "Ana Quispe")
    asked = one(drafts, "Will you host those talks?")
    assert (asked.kind, asked.speaker) == ("statement", None)


def test_a_statement_from_someone_is_theirs_and_so_is_the_quote_it_introduces(parties):
    drafts = passages(
        "Dockers rejected the offer on Friday.\n\n"
        "A statement from the Port Authority said the offer was final.\n\n"
        "The full statement from Harbourline reads as follows:\n\n"
        "“The result of the vote disappoints us. Our focus remains on reaching an agreement.”",
        parties,
    )
    assert one(drafts, "offer was final").speaker == "the Port Authority"
    assert one(drafts, "vote disappoints us").speaker == "Harbourline"


def test_a_body_introducing_a_quote_with_a_colon_speaks_it(parties):
    """ "The full statement from the Kremlin reads as follows:" then a quoted paragraph: the quote is
    the body's, though a body is no person whose words a bare quote would otherwise go on with."""
    drafts = passages(
        "Dockers rejected the offer on Friday.\n\n"
        "The full statement from the Kremlin reads as follows:\n\n"
        "“The result of the vote disappoints us. Our focus remains on reaching an agreement.”",
        parties,
    )
    statement, quote = one(drafts, "reads as follows"), one(drafts, "vote disappoints us")
    assert quote.kind == "quote"
    assert (quote.speaker, quote.party) == (statement.speaker, statement.party) != (None, None)


@pytest.mark.parametrize(
    "verb",
    [
        "issued this statement",
        "released the following statement",
        "made the following statement on the deal today",
        "gave this statement",
    ],
)
def test_a_line_that_introduces_a_statement_gives_it_its_speaker(parties, verb):
    """ "Jo Marsh, President and CEO of Corvane, issued this statement:" and then the statement, alone in the
    next paragraph, as press copy prints it."""
    drafts = passages(
        f"Corvane reached a tentative agreement with the union on Thursday.\n\n"
        f"Jo Marsh, President and CEO of Corvane, {verb}:\n\n"
        "“We believe this agreement is fair to our employees and keeps the plant competitive for years.”",
        parties,
    )
    assert one(drafts, "fair to our employees").speaker == "Jo Marsh"


def test_a_clause_ending_in_a_colon_before_a_quote_names_its_speaker(parties):
    """ "On the question of the valley, the ministry's spokesperson was unequivocal: “…”": no reporting verb,
    but the colon hands the quote to the clause's subject."""
    drafts = passages(
        "Ministry spokesperson Lena Vogt said talks would resume in May.\n\n"
        "On the question of the valley, the ministry spokesperson was unequivocal: “Talks on the valley will be "
        "held only once the troops have left it.”",
        parties,
    )
    assert one(drafts, "troops have left").speaker == "Lena Vogt"


def test_a_background_briefing_label_describes_an_official_rather_than_naming_one(parties):
    """'SENIOR STATE DEPARTMENT OFFICIAL TWO:' names nobody: the speaker is that description (the numbers
    told apart), and the department it names gives the side, not a person called 'Department Official'."""
    drafts = passages(
        "Background Briefing\n\n"
        "SENIOR STATE DEPARTMENT OFFICIAL TWO: We will say a little about the round first.\n\n"
        "SENIOR STATE DEPARTMENT OFFICIAL ONE: The sessions in Valdora ran long and were hard going.\n\n"
        "QUESTION: Will the teams meet again?\n\n"
        "SENIOR STATE DEPARTMENT OFFICIAL ONE: Within the month, we expect.",
        parties,
    )
    hard = one(drafts, "hard going")
    assert hard.speaker == "the senior State Department official one"
    assert hard.party == "United States"
    assert one(drafts, "a little about").speaker == "the senior State Department official two"


def test_a_radio_transcript_with_each_name_on_a_line_of_its_own_names_the_turns(parties):
    """A station's transcript prints 'Mike' and 'Aroha' alone above each turn: the guest's turns are hers
    (in full, as the host introduces her), and the host's questions are nobody's position."""
    drafts = passages(
        "Mike\n\n"
        "Trade Minister Aroha Kemp is with us. Good morning to you.\n\n"
        "Aroha\n\n"
        "Good morning.\n\n"
        "Mike\n\n"
        "Is the upgrade close, or is it stuck?\n\n"
        "Aroha\n\n"
        "We are in our eighth round and we are working hard on it.",
        parties,
    )
    assert one(drafts, "eighth round").speaker == "Aroha Kemp"
    assert one(drafts, "upgrade close").speaker is None


@pytest.mark.parametrize("link", ["READ MORE", "Read more:", "ALSO READ", "Related:", "See also"])
def test_a_link_prompt_between_paragraphs_does_not_cut_a_quote_from_its_speaker(parties, link):
    """Outlets put a bare 'READ MORE' or 'ALSO READ' prompt between paragraphs, its link text lost in capture:
    the prompt is the page's, so the quote paragraphs after it still go on with the speaker before it."""
    drafts = passages(
        "Harbour Party leader Orla Brennick said no door to a future coalition was shut after talks ended.\n\n"
        'The party was still "in the business of governing", said Ms Brennick.\n\n'
        "However, she stressed that both sides had moved a long way since the spring.\n\n"
        f"{link}\n\n"
        '"We are not walking away. We have gone as far as we can and it is up to the others now.\n\n'
        '"Our members will hear the whole story at the weekend."\n\n'
        "Ms Brennick gave no details of the points left open.",
        parties,
    )
    for piece in ("not walking away", "whole story"):
        assert one(drafts, piece).speaker == "Orla Brennick"
        assert one(drafts, piece).party == "Harbour Party"


def test_a_capture_opening_with_the_quote_takes_he_from_the_headline(parties):
    """A capture that starts inside the quote ("“…. ¶ …,” he added upon landing") names nobody before the "he":
    the headline's "…, says Nora Lindqvist" does; a headline that names nobody leaves the quote without one."""
    text = (
        "“Both of us are keen to see an ambitious fisheries deal concluded between our two countries. But such "
        "deals always take time.\n\n"
        "We have made great progress, but we cannot rush it,” she added in an interview upon landing. The two "
        "countries began talks last year."
    )
    titled = passages(text, parties, title="Fisheries deal not a given, says Nora Lindqvist")
    assert one(titled, "cannot rush it").speaker == "Nora Lindqvist"
    untitled = passages(text, parties, title="Fisheries deal not a given")
    assert one(untitled, "cannot rush it").speaker is None


def test_words_a_correspondent_reads_out_after_quote_are_the_quoted_persons(parties):
    """In a radio transcript, 'a senior Chilean official told me, quote, “…,” end quote' is the official's,
    not the correspondent's whose turn reads it out; the correspondent's own sentences stay theirs."""
    drafts = passages(
        "ANNA KESSLER, HOST:\n\nThe talks resumed today. Tom Reyes has been following them.\n\n"
        "TOM REYES, BYLINE: Hi, Anna.\n\n"
        "KESSLER: What does the government say?\n\n"
        "REYES: It is pleased. A senior Chilean official told me, quote, “the royalty will not move again "
        "for ten years,” end quote. That is a firm line.\n\n"
        "KESSLER: Thank you.",
        parties,
    )
    assert one(drafts, "royalty will not move").speaker == "A senior Chilean official"
    assert one(drafts, "royalty will not move").party == "Chile"
    assert one(drafts, "That is a firm line").speaker == "Tom Reyes"


def test_a_broadcast_reporter_labelled_byline_speaks_for_no_party(parties):
    """'TOM REYES, BYLINE:' labels the programme's own reporter: 'BYLINE' is no body he speaks for."""
    drafts = passages(
        "ANNA KESSLER, HOST:\n\nThe talks resumed today. Tom Reyes has been following them.\n\n"
        "TOM REYES, BYLINE: Hi, Anna. The mood in the hall was grim and nobody expected a deal.\n\n"
        "KESSLER: Thank you.",
        parties,
    )
    assert one(drafts, "mood in the hall").party is None


def test_a_question_put_to_a_named_person_is_not_their_role(parties):
    """'KESSLER: Tom, what do the experts think?' addresses the reporter: the question after his name is not
    the role his later turns are given."""
    drafts = passages(
        "ANNA KESSLER, HOST:\n\nThe talks resumed today. Tom Reyes has been following them.\n\n"
        "TOM REYES, BYLINE: Hi, Anna.\n\n"
        "KESSLER: Tom, what do people who study the island think?\n\n"
        "REYES: Most of them are sceptical that anything will change this year.\n\n"
        "KESSLER: Thank you.",
        parties,
    )
    assert "what do" not in (one(drafts, "Most of them are sceptical").role or "")


def test_a_broadcast_reporter_reading_out_a_quote_is_not_its_speaker(parties):
    """ "ANA KELL, BYLINE: … His office sent us a statement. It says, quote, “…”": a reporter, like a host,
    takes no side and reads out what others said, so the quote in her turn is not hers; "The official said,
    quote, …" is the official's."""
    drafts = passages(
        "Morning Show\n\n"
        "TOM REED, HOST:\n\n"
        "Nurses in Port Alder walked out this morning. Our reporter Ana Kell is at the hospital. Morning, Ana.\n\n"
        "ANA KELL, BYLINE: Morning, Tom.\n\n"
        "REED: Has the minister said anything?\n\n"
        'KELL: Not himself. His office sent us a statement last night. It says, quote, "the government has '
        'already raised funding twice this year and expects both sides to settle quickly."\n\n'
        "REED: And the hospital group?\n\n"
        'KELL: A senior manager told me they could move on pay. The manager said, quote, "we can find more '
        'money over three years, but not a fixed ratio."\n\n'
        "REED: Ana Kell, thanks.",
        parties,
    )
    assert one(drafts, "already raised funding twice").speaker is None
    assert one(drafts, "find more money over three years").speaker == "The manager"

"""Fusion on transcripts: a reporter's question is not an answer, and an answer's second half is found
through the question it answers."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from index.answering.abbreviations import other_forms
from index.answering.retrieve import Hit, _collapse, _key, is_question
from index.records import Passage
from index.sources.inputs import TextInput
from index.text.abbreviations import definitions

BRIEFING = """Trade secretary on the Lisbon tariff truce

The following is a transcript of the press conference held in Lisbon on Monday.

SECRETARY MORAIS: We have agreed to pause the new tariffs for 90 days while both teams keep talking.

QUESTION: What happens at the end of the 90 days if there is still no deal?

SECRETARY MORAIS: The 90 days are there to do the work. I am not going to negotiate in public.

If we see no good faith on steel by then, the tariffs go back up to where they were in April, and they stay there.

QUESTION: Will farmers be compensated for the lost exports?

SECRETARY MORAIS: The farm ministry will set out a support package next week.
"""


@pytest.fixture
def briefing_kb(fresh_kb):
    fresh_kb.add(TextInput(BRIEFING, title="Lisbon tariff truce press conference"))
    return fresh_kb


def ranked_texts(kb, question: str) -> list[str]:
    answer = kb.ask(question, k=5)
    assert not answer.abstained
    return [c.passage.text for c in sorted(answer.citations, key=lambda c: -c.score)]


def test_the_answer_is_cited_before_the_reporters_question(briefing_kb):
    texts = ranked_texts(briefing_kb, "will the farmers get compensation for lost exports?")
    assert texts[0].startswith("The farm ministry will set out a support package")
    assert texts.index("Will farmers be compensated for the lost exports?") > 0


def test_an_answers_second_half_is_found_through_the_question(briefing_kb):
    texts = ranked_texts(briefing_kb, "what happens if there's no deal after the 90 days")
    assert texts[0].startswith("The 90 days are there to do the work")
    assert any("If we see no good faith on steel" in t for t in texts[:2])


def passage(kind: str, text: str) -> Passage:
    return Passage(1, 1, 1, 0, len(text), None, kind, None, None, None, text)


def test_only_a_reported_question_is_a_question():
    assert is_question(passage("statement", "Will farmers be compensated?"))
    assert is_question(passage("statement", "And the quotas, minister?”"))
    assert not is_question(passage("quote", "“Who will pay for this?” she asked."))
    assert not is_question(passage("quote", "“Why should we sign a deal that empties our harbours?”"))
    assert not is_question(passage("statement", "The minister did not say whether farmers would be paid."))


def test_a_speaker_is_named_by_full_name_or_a_distinctive_part_whatever_the_accents_and_case():
    from index.answering.retrieve import _name_words, names_speaker

    asked = _name_words("what did beltran say about the fund")
    assert names_speaker(asked, "Pablo Beltrán")
    assert not names_speaker(asked, "Vera Grabe")
    assert names_speaker(_name_words("what did hun sen say"), "Hun Sen")
    assert not names_speaker(_name_words("what did he say about the sen"), "He Lifeng")
    assert not names_speaker(_name_words("what did the official say"), "a senior official")


TWO_NEGOTIATORS = """Harbour talks adjourn without a deal

Union negotiator Tomasz Wielgosz said the dockers would not accept any contract that allowed automated
cranes at the new terminal. "Automation without a guarantee for every job is a red line for us," Wielgosz said.

Employers' spokeswoman Adaeze Nwachukwu said the terminal's future depended on the cranes. "Automation is
the only way this port competes, and we will guarantee retraining, not every job," Nwachukwu said.
"""


def test_a_question_naming_a_speaker_ranks_that_speakers_words_first(fresh_kb):
    fresh_kb.add(TextInput(TWO_NEGOTIATORS, title="Harbour talks adjourn without a deal"))
    for who, words in (("nwachukwu", "Automation is"), ("wielgosz", "Automation without")):
        texts = ranked_texts(fresh_kb, f"what did {who} say about automation and jobs")
        assert f'"{words}' in texts[0], (who, texts[:2])
        assert "Automation is" not in texts[0] or "Automation without" not in texts[0], (who, texts[:2])


SUBSIDY_TALKS = """Fisheries subsidy talks stall in Geneva

GENEVA - Talks on curbing fisheries subsidies ended on Monday without agreement, after delegates failed to settle
how fast large fleets should cut their fuel support.

The chair of the talks said a new draft text would go out to members by the end of the month.

Tonga's ambassador, speaking for the Pacific island states, said small island states had the most to lose from
further delay.

"Distant fleets burn cheap diesel in our waters while we are asked to wait another twenty years. We cannot wait,"
the ambassador said.

Norway's delegate said Oslo could accept caps on fuel support if they applied to every fleet equally.

"Every member has fishermen who depend on us, and a deal that shields the largest fleets is no deal," said
Ingrid Solberg, Norway's ambassador.
"""


def test_a_quote_is_cited_beside_the_sentence_that_introduces_its_speaker(fresh_kb):
    fresh_kb.add(TextInput(SUBSIDY_TALKS, title="Fisheries subsidy talks stall in Geneva"))
    texts = ranked_texts(fresh_kb, "what do the pacific island states want from the fisheries subsidy talks")
    assert texts[0].startswith("Tonga's ambassador"), texts[:3]
    assert texts[1].startswith('"Distant fleets burn cheap diesel'), texts[:3]


def test_only_a_reported_sentence_without_another_speaker_leads_in_to_the_quote_after_it():
    from index.answering.retrieve import leads_in

    def p(paragraph: int, kind: str, speaker: str | None) -> Passage:
        return Passage(1, 1, paragraph, 0, 1, None, kind, speaker, None, None, "text")

    assert leads_in(p(3, "statement", None), p(4, "quote", "Ingrid Solberg"))
    assert leads_in(p(3, "statement", "Ingrid Solberg"), p(3, "quote", "Ingrid Solberg"))
    assert not leads_in(p(3, "statement", "Jon Holden"), p(4, "quote", "Ingrid Solberg"))
    assert not leads_in(p(3, "quote", None), p(4, "quote", None))
    assert not leads_in(p(3, "statement", None), p(5, "quote", None))


NIGHT_FERRIES = """Ferry operators and crews resume talks in Bergen

BERGEN - Talks between the ferry operators' association and the seafarers' union resumed on Wednesday after a
two-week break.

"We will not sail tired, and we will not ask our members to," Kari Lund, the union's lead negotiator, told
reporters. The union wants every night crossing staffed by two full crews instead of one.

The operators said night crossings had lost passengers to the new bridge and that crews on the night routes were
already paid a night supplement.

"Every crossing we cancel costs the islands their only link to the hospital," said Odd Berge, who speaks for the
island councils.
"""


def test_a_quote_that_names_no_topic_is_read_with_the_sentence_beside_it_in_its_paragraph(fresh_kb):
    """The negotiator's quote says nothing of crews or crossings; the sentence after it in the paragraph does.
    Read alone it ranked below another paragraph that shares the question's words."""
    fresh_kb.add(TextInput(NIGHT_FERRIES, title="Ferry operators and crews resume talks in Bergen"))
    texts = ranked_texts(fresh_kb, "why won't the union back down on night crews")
    assert texts[0].startswith('"We will not sail tired'), texts[:3]
    assert "The union wants every night crossing" in texts[0], texts[:3]


def test_the_first_citation_takes_in_the_short_sentence_beside_it_that_says_what_was_asked(fresh_kb):
    """Asked by name, the negotiator's own words come first, but they say only that the union will not
    sail tired; what it wants is the reporter's sentence after them. Both are short, so the first citation
    reads both, in the article's order, and the second sentence is not cited again below."""
    fresh_kb.add(TextInput(NIGHT_FERRIES, title="Ferry operators and crews resume talks in Bergen"))
    texts = ranked_texts(fresh_kb, "what is kari lund asking for on the night crossings")
    assert texts[0].startswith('"We will not sail tired'), texts[:3]
    assert texts[0].endswith("staffed by two full crews instead of one."), texts[:3]
    assert not any(t.startswith("The union wants") for t in texts[1:]), texts[:3]


def test_a_long_first_passage_is_cited_alone():
    """Two sentences are cited as one only when both are short: a long paragraph stays one sentence per
    citation, so the first three citations keep within the reader's budget."""
    from index.answering.retrieve import PAIR_CHARS, _pairs_with

    first = Passage(1, 1, 2, 0, 120, None, "statement", None, None, None, "x" * 120)
    second = Passage(2, 1, 2, 121, 241, None, "statement", None, None, None, "y" * 120)
    short = Passage(3, 1, 2, 242, 282, None, "statement", None, None, None, "z" * 40)
    assert not _pairs_with(first, second)
    assert _pairs_with(second, short)
    assert len(second.text) + len(short.text) < PAIR_CHARS
    other_speaker = replace(short, speaker="Hrafn Olafsson")
    assert not _pairs_with(replace(second, speaker="Anna Berg"), other_speaker)
    assert not _pairs_with(second, replace(short, paragraph=3))


# Wire copy: one sentence to a paragraph, so a lead-in and the quote it introduces sit a paragraph break apart.
TIMBER_WIRE = """Timber haulers and mills agree to keep talking

TROMSO, Norway (Nordwire) - Talks between timber haulers and the northern mills ran late into Thursday night.

Haulers' association chair Siri Vold said the mills would have to pay for waiting time at the gates.

"Our drivers sit for three hours unpaid every morning, and that ends this winter," Vold said.

The mills have offered a new booking system for deliveries instead.

A mediator is due to join the talks on Monday.
"""


def test_wire_copys_lead_in_is_cited_with_its_quote_across_the_paragraph_break(fresh_kb):
    """Asked what the haulers' chair wants, the reporter's sentence about waiting time comes first; the
    chair's own words are the next paragraph. Both are short, so the first citation reads both, in order,
    under her name, and her quote is not cited again below it."""
    fresh_kb.add(TextInput(TIMBER_WIRE, title="Timber haulers and mills agree to keep talking"))
    answer = fresh_kb.ask("what does siri vold want from the mills on waiting time", k=5)
    first, *rest = sorted(answer.citations, key=lambda c: -c.score)
    assert first.passage.text.startswith("Haulers' association chair Siri Vold said"), first.passage.text
    assert first.passage.text.endswith('that ends this winter," Vold said.'), first.passage.text
    assert first.passage.speaker == "Siri Vold"
    assert not any(c.passage.text.startswith('"Our drivers') for c in rest)


def test_a_neighbour_across_a_paragraph_break_or_a_longer_one_is_taken_only_where_the_budget_leaves_room():
    from index.answering.retrieve import PAIR_BUDGET, PAIR_CHARS, _pairs_with, _room

    lead = Passage(1, 1, 4, 0, 90, None, "statement", None, None, None, "l" * 90)
    quote = Passage(2, 1, 5, 92, 182, None, "quote", "Siri Vold", None, None, "q" * 90)
    assert len(lead.text) + len(quote.text) < PAIR_CHARS
    assert not _pairs_with(lead, quote)
    assert _pairs_with(lead, quote, room=180)
    assert not _pairs_with(lead, quote, room=179)
    assert not _pairs_with(lead, replace(quote, paragraph=6), room=PAIR_BUDGET)
    asked = replace(lead, text="Will the mills pay for the hours your drivers wait at the gates?")
    answer = replace(quote, text='"The mills will pay from the second hour," Vold said.')
    assert not _pairs_with(answer, asked, room=PAIR_BUDGET)
    narrative = replace(quote, kind="statement", speaker=None)
    assert _pairs_with(lead, narrative, room=PAIR_BUDGET)
    longer = replace(quote, paragraph=4, text="q" * 200)
    assert not _pairs_with(lead, longer) and _pairs_with(lead, longer, room=290)
    hits = [Hit(i, 0.5, 0.0, 1.0 - i / 10, replace(lead, id=i, text="t" * 100 * i)) for i in range(1, 5)]
    assert _room(hits, neighbour=2) == PAIR_BUDGET - 300 - 400
    assert _room(hits, neighbour=9) == PAIR_BUDGET - 200 - 300


def _hits(texts: list[str]) -> list[Hit]:
    return [
        Hit(i, 0.5, 0.0, 1.0 - i / 10, Passage(i, i, 0, 0, len(t), None, "quote", None, None, None, t))
        for i, t in enumerate(texts)
    ]


def test_a_passage_held_within_a_better_one_or_holding_it_collapses_into_it_but_one_across_two_does_not():
    """The text test of the collapse: contained either way round is a duplicate; words that only run
    across the end of one kept passage and the start of the next are not (they are joined to be searched)."""
    texts = [
        "The levy stays until the harbour reopens.",
        "Grain exports resume on Monday.",
        "the levy stays",
        "Officials said grain exports resume on Monday, the ministry confirmed.",
        "harbour reopens Grain exports",
    ]
    hits = _hits(texts)
    rng = np.random.default_rng(7)
    vecs = {h.passage_id: v / np.linalg.norm(v) for h, v in zip(hits, rng.normal(size=(len(hits), 64)), strict=True)}
    kept = _collapse(hits, vecs, {h.passage_id: _key(h.passage.text) for h in hits})
    assert [h.passage_id for h in kept] == [0, 1, 4]


def test_a_passage_whose_vector_nearly_matches_a_better_ones_collapses_into_it():
    hits = _hits(["The levy stays.", "Talks resume in May.", "A new round opens in Geneva."])
    base = np.ones(8, dtype=np.float32) / np.sqrt(8)
    other = np.zeros(8, dtype=np.float32)
    other[0] = 1.0
    vecs = {0: base, 1: other, 2: base}
    kept = _collapse(hits, vecs, {h.passage_id: _key(h.passage.text) for h in hits})
    assert [h.passage_id for h in kept] == [0, 1]


def test_an_answer_collapses_duplicates_only_as_far_as_it_cites_and_keeps_the_same_first_hits():
    texts = ["The levy stays until May.", "the levy stays", "Grain exports resume.", "A new round opens in Geneva."]
    hits = _hits(texts)
    rng = np.random.default_rng(3)
    vecs = {h.passage_id: v / np.linalg.norm(v) for h, v in zip(hits, rng.normal(size=(len(hits), 64)), strict=True)}
    keys = {h.passage_id: _key(h.passage.text) for h in hits}
    assert [h.passage_id for h in _collapse(hits, vecs, keys)] == [0, 2, 3]
    assert [h.passage_id for h in _collapse(hits, vecs, keys, keep=2)] == [0, 2]


def test_a_passage_with_no_words_does_not_swallow_the_hits_after_it():
    """A stray dash or ellipsis has an empty text key; an empty string is "held" in every text, which once
    collapsed every later hit into it."""
    hits = _hits(["…", "Talks resume in May.", "A new round opens in Geneva."])
    rng = np.random.default_rng(5)
    vecs = {h.passage_id: v / np.linalg.norm(v) for h, v in zip(hits, rng.normal(size=(len(hits), 64)), strict=True)}
    kept = _collapse(hits, vecs, {h.passage_id: _key(h.passage.text) for h in hits})
    assert [h.passage_id for h in kept] == [0, 1, 2]


def test_a_speakerless_first_hit_cited_with_a_quote_beside_it_takes_the_quotes_speaker_and_party():
    """A reporter's sentence ranked first and paired with the quote after it must not hide whose quote it is:
    the citation is the quote's speaker's, so the answer groups it under their party and names them."""
    from index.answering.retrieve import Reads, _cited_with_neighbour

    lead = Passage(10, 1, 3, 0, 38, None, "statement", None, None, None, "The dockers' union was more cautious.")
    quote = Passage(
        11,
        1,
        3,
        39,
        99,
        None,
        "quote",
        "Mara Quist",
        "union president",
        "Harbour Dockers' Union",
        '"We will wait for the written offer," Quist said.',
    )
    rng = np.random.default_rng(11)
    vecs = {
        i: (v / np.linalg.norm(v)).astype(np.float32) for i, v in zip((10, 11), rng.normal(size=(2, 16)), strict=True)
    }
    reads = Reads(store=None, vectors=None, rows={10: lead, 11: quote}, stored=vecs)  # type: ignore[arg-type]
    hits = [Hit(10, 0.5, 0.0, 0.9, lead), Hit(11, 0.4, 0.0, 0.8, quote)]
    cited = _cited_with_neighbour(hits, reads, vecs[11])
    assert [h.passage_id for h in cited] == [10]
    first = cited[0].passage
    assert first.text == f"{lead.text} {quote.text}"
    assert (first.kind, first.speaker, first.party) == ("quote", "Mara Quist", "Harbour Dockers' Union")


def test_a_quote_whose_capture_dropped_its_opening_mark_gets_it_back_where_it_starts_in_a_paired_citation():
    """Shown alone, such a quote gets its mark back at its start; paired after a reporter's sentence, the mark
    belongs before the quote, not before the reporter's words, which would read as the speaker's."""
    from index.answering.retrieve import Reads, _cited_with_neighbour

    lead = Passage(10, 1, 3, 0, 38, None, "statement", None, None, None, "The dockers' union was more cautious.")
    quote = Passage(
        11, 1, 4, 40, 90, None, "quote", "Mara Quist", None, None, 'We will wait for the written offer," Quist said.'
    )
    rng = np.random.default_rng(13)
    vecs = {
        i: (v / np.linalg.norm(v)).astype(np.float32) for i, v in zip((10, 11), rng.normal(size=(2, 16)), strict=True)
    }
    reads = Reads(store=None, vectors=None, rows={10: lead, 11: quote}, stored=vecs)  # type: ignore[arg-type]
    cited = _cited_with_neighbour([Hit(10, 0.5, 0.0, 0.9, lead), Hit(11, 0.4, 0.0, 0.8, quote)], reads, vecs[11])
    shown = cited[0].passage.shown_text
    assert shown == 'The dockers\' union was more cautious. "We will wait for the written offer," Quist said.', shown


def _said(pid: int, speaker: str | None, score: float) -> Hit:
    text = f"Sentence {pid} on the harbour levy."
    p = Passage(pid, 1, pid, 0, len(text), None, "quote", speaker, None, None, text)
    return Hit(pid, score, 0.0, score, p)


def test_one_speaker_does_not_fill_the_first_three_citations_when_another_is_nearly_as_close():
    """The port authority's chief is quoted three times on the levy, a shade closer to the question than
    the shipowners' answer: a reader of the first three citations should see both sides, so the answer
    moves up to third; far below, it stays where it was."""
    from index.answering.retrieve import SPEAKER_REPEAT, _varied

    chief, owners = "Ilse Marten", "Tobias Reul"
    hits = [_said(1, chief, 0.90), _said(2, chief, 0.85), _said(3, chief, 0.84), _said(4, owners, 0.83)]
    assert [h.passage_id for h in _varied(hits)] == [1, 2, 4, 3]
    far = [*hits[:3], _said(4, owners, 0.84 - 2 * SPEAKER_REPEAT - 0.01)]
    assert [h.passage_id for h in _varied(far)] == [1, 2, 3, 4]
    cited = _varied(hits)
    assert [h.score for h in cited] == sorted((h.score for h in cited), reverse=True)


def test_a_reporters_unattributed_sentences_are_not_spread_out_like_one_speakers_words():
    from index.answering.retrieve import _varied

    hits = [_said(1, None, 0.90), _said(2, None, 0.85), _said(3, None, 0.84), _said(4, "Tobias Reul", 0.83)]
    assert [h.passage_id for h in _varied(hits)] == [1, 2, 3, 4]


def test_an_article_defines_an_abbreviation_only_where_its_letters_are_the_long_forms_initials():
    text = (
        "Talks on the Trans-Coral Shipping Pact (TCSP) resumed as the Harbour Pilots and Tugmen's Union, or "
        "HPTU, threatened a strike. The Bureau of Maritime Safety (BMS) said the pilots' union HPTU (Harbour "
        "Pilots and Tugmen's Union) had been consulted. Officials met in Suva (AP). The new levy (TCL) is due "
        "in May."
    )
    assert {(d.short, d.long) for d in definitions(text)} == {
        ("TCSP", "Trans-Coral Shipping Pact"),
        ("HPTU", "Harbour Pilots and Tugmen's Union"),
        ("BMS", "Bureau of Maritime Safety"),
    }


CORAL_WIRE = """Fiji's canneries hire again

Tuna canneries in Lautoka, which sell most of their tins to Europe under the Coral Sea Fisheries Accord (CSFA)
labelling rules, now employ about 3,000 people. "We are hiring every week," said the plant manager, Mele Haapai.
"""

CORAL_BRIEFING = """Ministers' press conference in Suva

The following is a transcript of the press conference held in Suva on Friday.

MINISTER TAVOLA: After four years of talks, we have brought the Coral Sea Fisheries Accord talks to a close.

QUESTION: Minister, will the quotas change the price of tuna in the markets?

MINISTER TAVOLA: Prices are for the markets, and I expect the fleets to adapt within a season.
"""


@pytest.fixture
def coral_kb(fresh_kb):
    fresh_kb.add(TextInput(CORAL_WIRE, title="Island states back the reef pact"))
    fresh_kb.add(TextInput(CORAL_BRIEFING, title="Ministers' press conference in Suva"))
    return fresh_kb


def test_a_question_with_an_abbreviation_finds_the_passage_that_spells_the_name_out(coral_kb):
    """One article defines CSFA; the transcript that answers writes only the full name."""
    texts = ranked_texts(coral_kb, "is the csfa done")
    assert "we have brought the Coral Sea Fisheries Accord talks to a close" in texts[0]


def test_a_question_is_searched_with_the_other_form_of_a_defined_name_but_not_of_an_ordinary_word(coral_kb):
    store = coral_kb.store
    assert other_forms("is the csfa done", store, None) == ["Coral Sea Fisheries Accord"]
    assert other_forms("what do fishers think of the coral sea fisheries accord", store, None) == ["CSFA"]
    assert other_forms("is the csfa done", store, 7) == ["Coral Sea Fisheries Accord"], (
        "a global source serves every guild"
    )
    coral_kb.add(
        TextInput("Staff memo.\n\nWe met the Weekly Hiring Office (WHO) and the Trade Office (TO).", title="m")
    )
    assert other_forms("who signed it and to whom", store, None) == [], "an ordinary word typed in lower case"
    assert other_forms("what did the WHO say", store, None) == ["Weekly Hiring Office"]


HARBOUR_INTERVIEW = """Harbour towns after the quota cut

The quota cut cost the harbour towns of the northern coast 4,000 fishing jobs last year.

Earlier today I spoke with the fisheries minister, Ana Rocha.

HOST: After everything the harbour towns have been through, you have said they need more help. How would that work?

MINISTER ROCHA: There are several ways.

MINISTER ROCHA: It could be a retraining fund for the crews who lost their berths, cheaper loans for the owners who
kept their boats, a buy-back of licences from those who want to leave the sea, or money for the ports to take in
other trades. We are looking at all of them with the councils. What I will not do is promise one of them today and
find in a year that it was the wrong one for half of the coast.
"""


@pytest.fixture
def harbour_kb(fresh_kb):
    fresh_kb.add(TextInput(HARBOUR_INTERVIEW, title="Harbour towns after the quota cut"))
    return fresh_kb


def test_a_hosts_question_hands_on_past_a_contentless_opening_to_the_answer_that_goes_on(harbour_kb):
    """ "There are several ways." answers the host but says nothing of what was asked: the question's score
    goes to the turn that goes on, too long to be cited beside it."""
    texts = ranked_texts(harbour_kb, "how will the government help the harbour towns")
    assert texts[0].startswith("It could be a retraining fund")


MACKEREL_TALKS = """Mackerel talks end without a quota deal

OSLO - Coastal states failed on Friday to agree how to share the north-east Atlantic mackerel stock.

Iceland's fisheries minister, Sigrun Haldorsdottir, said her country would again set its own catch limit this year.

"We will fish what swims in our waters, and we will not wait for others to hand us a share," Haldorsdottir said.

Norway's chief negotiator, Ingrid Solberg, spoke after the session closed.

"When Iceland sets a quota alone it takes fish from a stock that is already shrinking, and we pay," Solberg said.
"""


def test_an_actor_named_only_as_the_topic_is_not_the_side_whose_words_are_favoured(fresh_kb, parties):
    """Iceland is what Norway was asked about: its minister's words get no party boost, so Norway's
    passages take two of the first three places."""
    assert parties.sides_in_question("what did norway say about iceland's quota") == ["Norway"]
    assert parties.sides_in_question("what is iran's position in talks with the us") == ["Iran"]
    assert parties.sides_in_question("what did the eu say") == ["European Union"]
    fresh_kb.add(TextInput(MACKEREL_TALKS, title="Mackerel talks end without a quota deal"))
    answer = fresh_kb.ask("what did norway say about iceland", k=5)
    assert answer.parties_asked == ["Norway", "Iceland"]
    first = sorted(answer.citations, key=lambda c: -c.score)[:3]
    assert first[0].passage.speaker == "Ingrid Solberg"
    assert [c.passage.party for c in first].count("Norway") == 2, [c.passage.text[:40] for c in first]


# A radio two-way: the correspondent's turn reports what a negotiator said, then reads out their words.
HARBOUR_RADIO = """Harbour deal reached in Varnholm after a week of talks

HOST: Good morning. After a week of talks in Varnholm, the port authority and the dockworkers' union have signed a
deal on night shifts. Our correspondent Mira Sandell has been following it. Good morning, Mira.

SANDELL: Good morning.

HOST: What is in the deal?

SANDELL: Night shifts will be capped at four a month for each docker, and the authority will hire forty more crane
drivers by the spring.

HOST: Was it close to falling apart?

SANDELL: Very close. The overtime rate took up most of the final week. A negotiator for the port authority who sat
through every session told me the overtime rate was the hardest thing to settle. The negotiator said, quote, "we
were one evening away from walking out, and the union knew it."

HOST: Mira Sandell, thank you.

SANDELL: Thank you.
"""


def test_a_member_reads_the_words_a_correspondent_announces_before_the_announcement(fresh_kb):
    """The correspondent's sentence holds the question's words ("hardest", "settle"); the negotiator's own
    words after it hold the answer and share none of them. Ranked on its own match, the announcement came
    first and the negotiator's words third, behind the host's opening lines."""
    fresh_kb.add(TextInput(HARBOUR_RADIO, title="Harbour deal reached in Varnholm after a week of talks"))
    texts = ranked_texts(fresh_kb, "what was the hardest thing to settle in the varnholm harbour talks")
    assert "we were one evening away from walking out" in texts[0], texts[:3]
    assert texts[1].startswith("A negotiator for the port authority"), texts[:3]


def test_a_sentence_of_no_side_hands_over_to_the_speaker_it_names_or_opens_onto():
    from index.answering.retrieve import hands_over

    def p(paragraph: int, kind: str, speaker: str | None, text: str, party: str | None = None) -> Passage:
        return Passage(1, 1, paragraph, 0, len(text), None, kind, speaker, None, party, text)

    quote = p(5, "quote", "Tove Lindqvist", "Four nights a month is something our members can live with.")
    assert hands_over(p(5, "quote", "Mira Sandell", "Here's Tove Lindqvist, who chairs the branch."), quote)
    assert hands_over(p(4, "statement", None, "Lindqvist told me the cap was what mattered."), quote)
    assert hands_over(p(5, "quote", "Mira Sandell", "The branch put it this way, quote,"), quote)
    assert not hands_over(p(5, "quote", "Mira Sandell", "The authority hired forty crane drivers."), quote)
    assert not hands_over(p(3, "quote", "Mira Sandell", "Here's Tove Lindqvist, who chairs the branch."), quote)
    assert not hands_over(p(5, "quote", "Ola Dahl", "Lindqvist wants too much.", party="Port authority"), quote)
    assert not hands_over(p(5, "statement", None, "Will Lindqvist accept four nights?"), quote)


FERRY_RADIO = """Ferry crews strike in Kelmouth

JONAS BRIGG, HOST: Ferry crews in Kelmouth stopped work at dawn, the first strike on the island routes in twenty
years. Talks between their union and Strand Line broke down late last night over rosters. Our transport reporter
Ida Fenn is at the harbour. Morning, Ida.

IDA FENN, BYLINE: Morning, Jonas.

BRIGG: How many sailings are cancelled?

FENN: All of them until noon, and the company says the evening crossings are in doubt too.
"""


def test_a_greeting_after_a_hosts_introduction_takes_none_of_its_score(fresh_kb):
    """ "Our transport reporter Ida Fenn is at the harbour. Morning, Ida." names her, but her "Morning,
    Jonas." is no quote the host announces: it answers nothing, so it takes none of the host's score and does
    not rank first, as the words a lead-in hands over to do."""
    fresh_kb.add(TextInput(FERRY_RADIO, title="Ferry crews strike in Kelmouth"))
    texts = ranked_texts(fresh_kb, "why did the talks between the kelmouth ferry union and strand line break down")
    assert texts[0].startswith("Ferry crews in Kelmouth stopped work"), texts[:3]
    assert "Morning, Jonas." not in texts[:2], texts[:3]


def test_a_turn_of_greetings_or_thanks_alone_is_a_pleasantry():
    from index.answering.retrieve import is_pleasantry

    def p(text: str) -> Passage:
        return Passage(1, 1, 3, 0, len(text), None, "quote", "Mira Sandell", None, None, text)

    assert is_pleasantry(p("Morning, Tom."))
    assert is_pleasantry(p("Thanks, Ana. Good to be with you."))
    assert is_pleasantry(p("Thank you for having me."))
    assert not is_pleasantry(p("Morning, Tom. The union says two thousand nurses are out."))
    assert not is_pleasantry(p("Good deal for the dockers, in the end."))

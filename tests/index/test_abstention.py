"""The "not mentioned" check: an actor is matched through the gazetteer's names, a name through its
surname or a known person's first name, and no surface form alone makes Parley abstain."""

from __future__ import annotations

import pytest

from index.answering.retrieve import named_phrases, names_check
from index.kb import KnowledgeBase
from index.sources.inputs import TextInput

GUILD = 4242
BRIEFING = """Trade envoys meet in Geneva

The European Union and China resumed tariff talks on Tuesday, while Azerbaijan and Armenia exchanged
draft texts of a border treaty. “We will not accept a deal that leaves our steel industry exposed,” said
the bloc’s trade commissioner.

Boeing CEO Kelly Ortberg said the company would not raise its offer to striking machinists. “The offer on
the table is the best in the history of this company,” Ortberg said.

Former prime minister Johnson said the Brexit agreement had left fishing communities worse off.

At COP29 in Baku, small island states asked for more climate finance. Sudan’s army and the Rapid Support
Forces agreed to a humanitarian truce in Jeddah. India and Pakistan
reopened talks on water sharing, and Germany offered to host a donors’ conference for reconstruction.

Negotiators said there was no fallback plan if the tariff talks collapsed before the summer deadline.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory, embedder) -> KnowledgeBase:
    import shutil

    from tests.helpers import CORPUS

    root = tmp_path_factory.mktemp("abstention")
    shutil.copytree(CORPUS, root / "corpus")
    kb = KnowledgeBase(root / "data", root / "corpus", embedder=embedder)
    kb.readiness.ensure()
    kb.add(TextInput(BRIEFING, title="Trade envoys meet in Geneva"), guild_id=GUILD)
    yield kb
    kb.close()


def missing(kb: KnowledgeBase, question: str, guild: int | None = GUILD) -> list[str]:
    return names_check(question, kb.store, kb.parties, guild).missing


@pytest.mark.parametrize(
    "question",
    [
        "What does the EU want from China?",  # the text says European Union
        "What is Beijing's position on tariffs?",  # China
        "What does Baku want in the border treaty?",  # Azerbaijan
        "What did Boeing’s CEO say about the offer?",  # curly possessive; the text says "Boeing CEO"
        "What did Kelly say about the offer?",  # a first name of a speaker in scope
        "What did Boris say about Brexit?",  # the text says only "Johnson"
        "How do Sudanese officials see the truce?",  # Sudan
        "Where do India-Pakistan water talks stand?",  # both, named apart in the text
        "What does Islamabad want on water?",  # Pakistan
        "What is Berlin offering for reconstruction?",  # Germany
        "Is there a plan B if the tariff talks fail?",  # a single letter is no name
        "Q&A: what did I miss on tariffs?",
        "What do island states want from this COP?",  # the text says COP29
    ],
)
def test_surface_forms_never_make_parley_abstain(kb, question):
    assert missing(kb, question) == []


def test_an_actor_no_source_in_scope_covers_is_named_as_missing(kb):
    assert missing(kb, "Will NATO join the tariff talks?") == ["NATO"]
    assert missing(kb, "What does China think about the war?", guild=None) == ["China"], "the seed never names China"
    assert missing(kb, "What does China think about the war?") == [], "this guild's briefing does"
    assert missing(kb, "how does japan see the tariff talks") == ["Japan"]
    answer = kb.ask("Will NATO join the tariff talks?", guild_id=GUILD)
    assert answer.abstained and not answer.citations
    assert "do not mention NATO" in answer.lead


def test_an_acronym_spelled_like_a_word_is_missing_only_in_capitals(kb):
    """'the car makers' named the Central African Republic (CAR), which no source in scope names, so Parley
    abstained by name; the gazetteer lists such acronyms ([capitals_only]: "the ups and downs" too), and other
    ones still count in lower case."""
    assert missing(kb, "did the car makers get anything from the tariff talks") == []
    assert missing(kb, "what did CAR say about the tariff talks") == ["CAR"]
    assert missing(kb, "will nato join the tariff talks") == ["NATO"]
    assert missing(kb, "what did the imf say about the tariff talks") == ["IMF"]


def test_a_known_person_typed_in_lower_case_is_checked_like_a_capitalised_one(kb):
    assert missing(kb, "what did netanyahu say about the tariff talks") == ["Netanyahu"]
    assert missing(kb, "what did erdogan offer armenia") == ["Erdogan"]
    assert missing(kb, "what did ortberg say about the offer") == [], "the briefing quotes him"
    assert missing(kb, "what does zelensky want", guild=None) == [], "the seed quotes him"
    assert missing(kb, "is there a truss in the tariff deal") == [], "a surname that is also a word"
    answer = kb.ask("what did netanyahu say about the tariff talks", guild_id=GUILD)
    assert answer.abstained and "do not mention Netanyahu" in answer.lead


def test_a_name_in_another_transliteration_is_covered_by_the_spelling_the_sources_print(kb):
    assert missing(kb, "what did zelenskyy say about territory", guild=None) == [], "the seed writes Zelensky"
    assert missing(kb, "What did Zelenskiy say about territory?", guild=None) == []
    assert missing(kb, "What did Ortburg say about the offer?") == [], "the briefing writes Ortberg"
    assert missing(kb, "What did Ortburg say about the offer?", guild=None) == ["Ortburg"], "another server's"
    assert missing(kb, "What did Zelda say about territory?", guild=None) == ["Zelda"]


def test_compare_uses_the_same_check(kb):
    assert all(p.citation is None for p in kb.compare("NATO's position on tariffs", guild_id=GUILD).positions)
    named = kb.compare("the European Union and China on tariffs", guild_id=GUILD)
    assert [p.party for p in named.positions] == ["European Union", "China"]


def test_named_phrases_ignore_what_names_no_one():
    assert named_phrases("Is there a plan B?") == []
    assert named_phrases("Q&A: what do I do?") == []
    assert named_phrases("What did Boeing’s CEO say?") == ["Boeing"]
    assert named_phrases("Tell me what President Trump said on Monday") == ["Trump"]
    assert named_phrases("What Does Russia Demand From Ukraine?") == [], "Title Case capitalises everything"


def test_a_sources_title_and_publisher_cover_what_its_text_never_names(kb):
    interview = """Q) Will the ministers meet again before the summit?

A) We expect them to. The settlements remain the obstacle, and we have said so to every envoy who came.
"""
    kb.add(
        TextInput(interview, title="Arab League chief: the settlements must stop first", publisher="The Gulf Ledger"),
        guild_id=GUILD + 1,
    )
    assert missing(kb, "What does the Arab League want on settlements?", guild=GUILD + 1) == []
    assert missing(kb, "What did the Gulf Ledger report?", guild=GUILD + 1) == []
    assert missing(kb, "What does the Arab League want on settlements?") == ["Arab League"], "another guild's title"


def test_the_state_dept_is_the_united_states():
    from index.text.parties import Parties
    from tests.helpers import CORPUS

    parties = Parties.load(CORPUS / "parties.toml")
    assert parties.in_question("what did the State Dept spokesman say about the deal") == ["United States"]


def test_a_countrys_parties_cover_the_country_and_a_partys_full_name_covers_its_acronym(kb):
    """An article on coalition talks names the parties and never the country: 'Dutch' and 'The Hague' are
    still about it, 'CHP' is the party a Turkish story names in full, and the English name of a Dutch
    alliance is the alliance. A person no source names is still missing."""
    talks = """Cabinet talks enter a second month

Leaders of the VVD and D66 met the informateur for two hours on Monday. GroenLinks-PvdA said it would wait
for her report before deciding whether to join.

In Ankara, the Republican People's Party said it would vote against the bill. Conservatives and Liberals
in both chambers welcomed the pace of the talks.
"""
    kb.add(TextInput(talks, title="Cabinet talks enter a second month"), guild_id=GUILD + 2)
    for question in (
        "What did the Dutch parties agree on Monday?",
        "Is a cabinet in The Hague any closer?",
        "Will the Labour-Green alliance join the cabinet?",
        "How will the CHP vote on the bill?",
    ):
        assert missing(kb, question, guild=GUILD + 2) == [], question
    assert missing(kb, "What did Mark Rutte say about the talks?", guild=GUILD + 2) == ["Mark Rutte"]
    assert missing(kb, "What does the SPD say about the donors' conference?") == ["SPD"], (
        "the briefing names Germany, whose government is not the SPD"
    )
    assert missing(kb, "What does Canada want from the talks?", guild=GUILD + 2) == ["Canada"], (
        "'Conservatives' and 'Liberals' are labels Canada's parties share with others, not Canada's names"
    )
    assert missing(kb, "What did the Dutch parties agree on Monday?", guild=GUILD + 1) == ["Dutch"]


def test_the_bar_for_covered_rises_with_the_passages_searched():
    """The closest of many unrelated passages comes closer to a chat question the more there are, so a
    cosine that covers a question in a small store does not in a server's store of thousands."""
    from index.answering.retrieve import ABSTAIN_BELOW, ABSTAIN_SIZE, Retrieval, abstain_below

    assert abstain_below(0) == abstain_below(ABSTAIN_SIZE) == ABSTAIN_BELOW
    assert ABSTAIN_BELOW < abstain_below(1_000) < abstain_below(4_000) < abstain_below(10_000) < 0.36
    assert Retrieval([], 0.31, searched=200).covers(names_in_scope=False)
    assert not Retrieval([], 0.31, searched=4_000).covers(names_in_scope=False)


def test_a_question_naming_what_the_sources_mention_keeps_the_bar_of_a_small_store():
    """A name the sources mention says the question is about them, when few of its words are theirs: "is the
    CHP supporting the process" of a text that says "Republican People's Party"."""
    from index.answering.retrieve import ABSTAIN_BELOW, Retrieval

    assert Retrieval([], ABSTAIN_BELOW + 0.01, searched=4_000).covers(names_in_scope=True)
    assert not Retrieval([], ABSTAIN_BELOW - 0.01, searched=4_000).covers(names_in_scope=True)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("is the CHP supporting the process", True),
        ("what does netanyahu want", True),
        ("What did Halcyon offer the machinists?", True),
        ("will it rain this weekend", False),
        ("what's going on", False),
        ("Tell me something new", False),
    ],
)
def test_the_names_check_finds_actors_people_and_names(kb, question, named):
    assert names_check(question, kb.store, kb.parties, GUILD).names is named


@pytest.fixture(scope="module")
def fitting_store(tmp_path_factory, embedder):
    """The shipped corpus and the four development sets' 25 articles in one store (about 800 passages)."""
    from benchmarks import outlets
    from tests.helpers import ROOT

    sets = [ROOT / "tests" / "data" / "sources" / name for name in ("dev", "dev2", "dev3", "dev4")]
    kb, _ = outlets.build(tmp_path_factory.mktemp("fitting"), sets, embedder)
    yield kb, sets
    kb.close()


def test_chat_and_off_topic_questions_are_refused_in_a_store_of_many_articles(fitting_store):
    """tests/data/offtopic.jsonl: weather, sports, recipes, greetings, questions about the bot, and local
    negotiations no article covers, in our own words. With the bar of a small store, 42 of the 85 were
    refused against these 25 articles; with the bar for their 801 passages, 49."""
    from index.answering.evaluate import load_cases
    from tests.helpers import ROOT

    kb, _ = fitting_store
    cases = load_cases(ROOT / "tests" / "data" / "offtopic.jsonl")
    refused = [c.question for c in cases if kb.ask(c.question).abstained]
    assert len(refused) >= 49, f"{len(refused)} of {len(cases)} refused"


def test_no_answerable_development_question_is_refused_in_their_pooled_store(fitting_store):
    from index.answering.evaluate import load_cases

    kb, sets = fitting_store
    cases = [c for folder in sets for c in load_cases(folder / "questions.jsonl") if not c.unanswerable]
    refused = [c.question for c in cases if kb.ask(c.question).abstained]
    assert refused == []


def test_the_question_path_reads_a_questions_names_once(kb, monkeypatch):
    """The facade reads what a question names once and hands that reading to retrieval and the names check."""
    from index.answering import coverage
    from index.text.parties import questions

    calls: list[str] = []

    def counted(module, name):
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a: calls.append(name) or original(*a))

    counted(questions, "named")
    counted(coverage, "name_phrases")
    kb.ask("What does the EU want from China on tariffs?", guild_id=GUILD)
    assert sorted(calls) == ["name_phrases", "named"]

"""Splitting grows with the text, not with its square, and no passage outgrows MAX_CHARS.

No clock is read: the cost is counted as the Python lines the splitter executes (sys.settrace), which
doubles when the input doubles if the work is linear, and quadruples if it is quadratic, and as the regex scans
of the whole article (which run in C, unseen by the trace), which must not run once per passage."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import types
from collections import Counter

import pytest

import index.text
from index.sources.document import Document
from index.text.clean import clean
from index.text.parties import Parties
from index.text.passages import MAX_CHARS, split
from tests.helpers import CORPUS


@pytest.fixture(scope="module")
def parties() -> Parties:
    return Parties.load(CORPUS / "parties.toml")


def drafts_of(raw: str, parties: Parties):
    return split(clean(Document(raw, title="Scale")), parties)


def test_a_paragraph_with_no_sentence_end_is_cut_into_capped_passages(parties):
    raw = " ".join(f"word{i % 97}" for i in range(25_000))
    assert len(raw) > 150_000
    drafts = drafts_of(raw, parties)
    assert max(len(d.text) for d in drafts) <= MAX_CHARS
    assert len(drafts) >= len(raw) // MAX_CHARS
    assert " ".join(d.text for d in drafts) == raw, "cuts fall between words and lose nothing"


def test_a_quote_that_never_closes_is_capped_and_keeps_its_speaker(parties):
    raw = "“" + " ".join(f"pledge{i % 50}" for i in range(10_000)) + ",” said Steve Witkoff."
    drafts = drafts_of(raw, parties)
    assert max(len(d.text) for d in drafts) <= MAX_CHARS
    assert {d.kind for d in drafts} == {"quote"} and {d.speaker for d in drafts} == {"Steve Witkoff"}


def test_two_thousand_quote_only_paragraphs_become_two_thousand_passages(parties):
    raw = "\n\n".join(f"“We will not give up port number {i}, not now and not later.”" for i in range(2000))
    drafts = drafts_of(raw, parties)
    assert len(drafts) == 2000 and {d.kind for d in drafts} == {"quote"}


def _lines_run(raw: str, parties: Parties) -> int:
    cleaned = clean(Document(raw, title="Scale"))
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        split(cleaned, parties)
    finally:
        sys.settrace(None)
    return count


def _quote_heavy_paragraph(n: int) -> str:
    return " ".join(
        f"“Crossing {i} stays closed until the guns fall silent,” Ada Okoro said. "
        f"Officials said talks on crossing {i} would resume."
        for i in range(n)
    )


def _quote_paragraphs(n: int) -> str:
    return "\n\n".join(f"“Crossing {i} stays closed until the guns fall silent,” he said." for i in range(n))


@pytest.mark.parametrize("make", [_quote_heavy_paragraph, _quote_paragraphs], ids=["one paragraph", "many"])
def test_splitting_work_doubles_when_the_text_doubles(parties, make):
    small, large = _lines_run(make(150), parties), _lines_run(make(300), parties)
    assert large / small < 2.5, f"{small} lines for 150 quotes, {large} for 300"


def test_the_split_benchmark_reports_every_row_with_its_throughput():
    from benchmarks.split import bench_split

    [table, parser, alone] = bench_split(reps=1, size=20_000, long_paragraph=5_000, quotes=50, quoted=20_000, runs=2)
    lines = [line for line in table.markdown().splitlines() if line.startswith("|")]
    assert len(lines) == 2 + 7 and all(line.count("|") == lines[0].count("|") for line in lines)
    assert all(float(row[4]) > 0 for row in table.rows)
    assert all(int(row[2].replace(",", "")) <= MAX_CHARS for row in table.rows)
    parsed = [line for line in parser.markdown().splitlines() if line.startswith("|")]
    assert len(parsed) == 2 + 3 and all(line.count("|") == parsed[0].count("|") for line in parsed)
    assert [row[0] for row in alone.rows] == [
        "PERSON_NAME",
        "TWO_NAMES",
        "NAME_AT_END",
        "SENTENCE_BREAK",
        "THING_PLURAL",
        "GLUED",
    ]


GIVEN = ["Ada", "Bram", "Cleo", "Dara", "Esme", "Fintan", "Greta", "Hugo", "Ines", "Jonas"]
FAMILY = ["Okoro", "Vell", "Tarrant", "Quill", "Marsh", "Brandt", "Kessler", "Lund", "Orme", "Pask"]


def _many_speakers(n: int) -> str:
    """An article quoting n different people of n different unions, each named in full once."""
    return "\n\n".join(
        f"“The offer for berth {i} is not enough,” said {GIVEN[i % 10]} {FAMILY[i // 10 % 10]}, president of the "
        f"{FAMILY[i % 10]} {GIVEN[i // 10 % 10]} Dockers Union. Talks on berth {i} resume on Monday."
        for i in range(n)
    )


def _index_text_modules() -> list[types.ModuleType]:
    """Every module of index.text, those of its packages (index.text.parties) included."""
    return [importlib.import_module(info.name) for info in pkgutil.walk_packages(index.text.__path__, "index.text.")]


def _characters_normalised(raw: str, parties: Parties, monkeypatch: pytest.MonkeyPatch) -> int:
    import index.text.gazetteer as gazetteer

    cleaned = clean(Document(raw, title="Scale"))
    real, count = gazetteer.normalise, 0

    def counting(text: str) -> str:
        nonlocal count
        count += len(text)
        return real(text)

    with monkeypatch.context() as patch:
        patch.setattr(gazetteer, "normalise", counting)
        for module in _index_text_modules():
            if module.__name__.startswith("index.text.parties") and getattr(module, "normalise", None) is real:
                patch.setattr(module, "normalise", counting)  # the parties scanner's own calls, in whichever module
        split(cleaned, parties)
    return count


def test_the_parties_scanner_reads_the_whole_article_once_however_many_people_it_quotes(parties, monkeypatch):
    """Each speaker's party is looked up in the whole article (where they are first named, what the article
    calls them): the article is normalised and searched for names once, not once per speaker, so twice the
    speakers in twice the text is about twice the work."""
    small = _characters_normalised(_many_speakers(40), parties, monkeypatch)
    large = _characters_normalised(_many_speakers(80), parties, monkeypatch)
    assert large / small < 2.5, f"{small} characters normalised for 40 speakers, {large} for 80"


SCANS = {"search", "finditer", "findall", "sub", "subn", "split"}


class _ScanLog:
    """Which function ran each regex scan over a text of at least `least` characters (the whole article, or most
    of it). The regex engine runs in C: its work shows neither in the lines traced nor in the characters
    normalised, and 2778b6f's four patterns over the whole article for every speaker showed in neither."""

    def __init__(self, least: int) -> None:
        self.least = least
        self.by_caller: Counter[str] = Counter()

    def note(self, attr: str, args: tuple, kwargs: dict) -> None:
        at = 1 if attr in ("sub", "subn") else 0
        text = kwargs.get("string", args[at] if len(args) > at else None)
        if isinstance(text, str) and len(text) >= self.least:
            self.by_caller[sys._getframe(2).f_code.co_qualname.split(".<locals>")[0]] += 1


class _LoggedPattern:
    """A compiled pattern whose scans are logged."""

    def __init__(self, pattern: re.Pattern[str], log: _ScanLog) -> None:
        self.pattern_, self.log = pattern, log

    def __getattr__(self, attr: str):
        found = getattr(self.pattern_, attr)
        if attr not in SCANS:
            return found

        def scan(*args, **kwargs):
            self.log.note(attr, args, kwargs)
            return found(*args, **kwargs)

        return scan


class _LoggedRe(types.ModuleType):
    """`re` as the splitter's modules see it here: patterns it compiles and the scans it runs are logged."""

    def __init__(self, log: _ScanLog) -> None:
        super().__init__("re")
        self.log = log

    def __getattr__(self, attr: str):
        found = getattr(re, attr)
        if attr == "compile":
            return lambda pattern, flags=0: _LoggedPattern(re.compile(pattern, flags), self.log)
        if attr not in SCANS:
            return found

        def scan(pattern, *args, **kwargs):
            self.log.note(attr, args, kwargs)
            return found(getattr(pattern, "pattern_", pattern), *args, **kwargs)

        return scan


def _whole_article_scans(raw: str, parties: Parties, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """The splitter's regex scans of the whole article, by the function that ran them: every module of
    index.text gets a logging `re` and its compiled patterns logged. A register of its own, so that nothing
    another article left in the shared one (9a2b7ee's memo did) hides a scan."""
    parties = Parties(parties.table)
    cleaned = clean(Document(raw, title="Scale"))
    log = _ScanLog(len(cleaned.text) // 2)
    with monkeypatch.context() as patch:
        for module in _index_text_modules():
            for name, value in list(vars(module).items()):
                if value is re:
                    patch.setattr(module, name, _LoggedRe(log))
                elif isinstance(value, re.Pattern):
                    patch.setattr(module, name, _LoggedPattern(value, log))
        split(cleaned, parties)
    return log.by_caller


def _the_same_people(n: int) -> str:
    """Two politicians the article ties to their parties, quoted in n paragraphs."""
    return (
        "Pavel Hradek's liberal-conservative Civic Democratic Party (ODS) opened budget talks with ANO on Monday. "
        "Odile Marchetti's hard-right National Rally party has promised to back the censure motion.\n\n"
    ) + "\n\n".join(
        f"“Clause {i} of the plan cannot stand,” Marchetti told reporters. "
        f"“We will vote on clause {i} with the others,” Hradek said."
        for i in range(n)
    )


def test_no_whole_article_scan_runs_once_per_passage(parties, monkeypatch):
    """The same two people quoted in twice the paragraphs: no function scans the whole article more often,
    since what is read from it is read once per article or once per speaker, never once per passage."""
    small = _whole_article_scans(_the_same_people(40), parties, monkeypatch)
    large = _whole_article_scans(_the_same_people(80), parties, monkeypatch)
    assert small and {f: (small[f], n) for f, n in large.items() if n > small[f]} == {}


# The whole-article reads still made once per speaker or organisation, each a search for that one name: cheap at
# the sizes articles have (600 quoted union presidents split in 1.2 s), left as they are; a new one is not.
READ_PER_SPEAKER = {
    "ArticleView._add_organisation",
    "employer_of_union",
}


def test_no_new_whole_article_scan_runs_once_per_speaker(parties, monkeypatch):
    """Twice the people of twice the unions: the functions that scan the whole article more often are only
    those known to read it once per speaker. The party ties of 2778b6f ran four patterns over the whole
    article for each speaker and role (9a2b7ee: for each speaker), which made splitting 200 kB of development
    set 4's paragraphs three times slower; they now read the article's words once, and run a pattern only for
    a surname found where a tie can be."""
    small = _whole_article_scans(_many_speakers(40), parties, monkeypatch)
    large = _whole_article_scans(_many_speakers(80), parties, monkeypatch)
    grown = {f: (small[f], n) for f, n in large.items() if n > small[f]}
    assert grown and set(grown) <= READ_PER_SPEAKER, grown


WORDS = ["Harbour", "Minister", "Of", "The", "Republic", "Coastal", "Grain", "Board"]


def _capitalised_run(words: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(words))


def test_a_name_before_its_abbreviation_is_read_whole_up_to_the_bound():
    from index.text.parties.patterns import BRACKETED_ORG
    from index.text.phrases.patterns import MAX_RUN_WORDS

    short = BRACKETED_ORG.search("Talks resumed. The Coastal Grain Exporters Association (CGEA) said no.")
    assert short and short.group("org") == "The Coastal Grain Exporters Association" and short.group("abbr") == "CGEA"
    hostile = BRACKETED_ORG.search(f"Talks resumed. {_capitalised_run(3 * MAX_RUN_WORDS)} Association (HMA) said no.")
    assert hostile and len(hostile.group("org").split()) == MAX_RUN_WORDS + 1, "a run is read from its last words"


def test_a_capital_inside_a_word_starts_no_name():
    """ "ASSOCIATION (A)": a try from the "S" after the "A" can find nothing the try from the "A" did not."""
    from index.text.parties.patterns import BRACKETED_ORG, UNION_UNIT
    from index.text.phrases.patterns import LISTED_BODY

    assert BRACKETED_ORG.match("DOCKERS ASSOCIATION (DA)").group("org") == "DOCKERS ASSOCIATION"
    assert BRACKETED_ORG.match("DOCKERS ASSOCIATION (DA)", 1) is None
    assert UNION_UNIT.match("USW Local 6500", 1) is None and UNION_UNIT.match("USW Local 6500")
    listed = "RAIL Union of Rail, Maritime and Transport Workers"
    assert LISTED_BODY.match(listed, 1) is None and LISTED_BODY.fullmatch(listed)


def test_a_unions_name_before_its_local_is_read_up_to_the_bound():
    from index.text.parties.patterns import UNION_UNIT
    from index.text.phrases.patterns import MAX_RUN_WORDS

    short = UNION_UNIT.search("Members of the Coastal Grain Handlers Local 41 met.")
    assert short and short.group("org") == "Coastal Grain Handlers"
    hostile = UNION_UNIT.search(f"{_capitalised_run(3 * MAX_RUN_WORDS)} Local 41 met.")
    assert hostile and len(hostile.group("org").split()) == MAX_RUN_WORDS + 1


def test_a_listed_body_is_shielded_whole_and_a_list_past_the_bound_is_not():
    from index.text.phrases.patterns import MAX_RUN_WORDS
    from index.text.phrases.words import LISTED_COMMA, shield_listed_commas

    name = "National Union of Rail, Maritime and Transport Workers"
    assert shield_listed_commas(f"The {name} said.") == f"The {name.replace(',', LISTED_COMMA)} said."
    trades = ", ".join(WORDS[i % len(WORDS)] for i in range(MAX_RUN_WORDS + 2))  # the first trade ends the lead
    hostile = f"The National Union of {trades} and Transport Workers said."
    assert shield_listed_commas(hostile) == hostile, "more listed trades than the bound name no body"


def _scans_for_a_capitalised_word():
    """Each scan that starts at a capitalised word and reads its letters, with a text it finds a name in."""
    from index.text.parties.patterns import BRACKETED_ORG, COMPANY_HEAD, STATE_MEDIUM, UNION_UNIT
    from index.text.phrases.patterns import LISTED_BODY_IN_TEXT
    from index.text.speakers import ORG_NAME, ORG_START

    register = re.compile(rf"{ORG_START}(?P<org>{ORG_NAME})\s+\((?P<abbr>[A-Z]{{2,}})\)")
    return [
        (BRACKETED_ORG, "McAllister Dockers Association (MDA) met."),
        (UNION_UNIT, "McAllister Dockers Local 41 met."),
        (COMPANY_HEAD, "McAllister Freight CEO Ada Okoro said."),
        (STATE_MEDIUM, "McAllister's state television said so."),
        (LISTED_BODY_IN_TEXT, "McAllister Union of Rail, Maritime and Transport Workers"),
        (register, "McAllister Dockers Union (MDU) met."),
    ]


@pytest.mark.parametrize("scan,text", _scans_for_a_capitalised_word(), ids=lambda x: getattr(x, "pattern", x)[:12])
def test_a_capital_later_in_a_word_starts_no_scan(scan, text):
    """ "McAllister": a try from its "A" can find nothing the try from its "M" did not, since the first word of
    each scan reads all of its word's letters; a word thousands of characters long ("AbcAbc…") was read again from
    each of its capitals."""
    assert scan.search(text).start() == 0
    assert scan.match(text, 2) is None and scan.match(text, 1) is None


@pytest.mark.parametrize(
    "text,org",
    [
        ("Talks with al-Rashid Ports Association (RPA) resumed.", "Rashid Ports Association"),
        ("Talks with d'Arcy Ports Association (DPA) resumed.", "Arcy Ports Association"),
        ("Talks with ÖBB Ports Association (OPA) resumed.", "BB Ports Association"),
        ("Talks with U.S.-China Business Council (USCBC) resumed.", "U.S.-China Business Council"),
        ("Talks resumed..Harbour Pilots Association (HPA) said no.", "Harbour Pilots Association"),
    ],
)
def test_a_name_after_a_hyphen_an_apostrophe_or_a_dot_is_read_as_before(text, org):
    """The first capital of a word is still reached when lower-case letters, a hyphen, an apostrophe or a dot come
    before it in the word: the scan matches those letters and reads the name from the capital."""
    from index.text.parties.patterns import BRACKETED_ORG

    assert BRACKETED_ORG.search(text).group("org") == org


def test_a_company_and_a_state_medium_after_a_hyphen_or_an_apostrophe_are_read_as_before():
    from index.text.parties.patterns import COMPANY_HEAD, STATE_MEDIUM

    assert COMPANY_HEAD.search("said al-Rashid Freight CEO Ada Okoro").group("org") == "Rashid Freight"
    assert COMPANY_HEAD.search("said O'Connell Freight's chief executive").group("org") == "Connell Freight"
    assert STATE_MEDIUM.search("Then al-Qamar's state television said so.").group("state") == "Qamar"


def test_the_register_spells_out_a_bracketed_name_from_its_first_capital():
    from index.text.speakers import build_register

    register = build_register(["It met the McAllister Dockers Union (MDU).", "It met the al-Rashid Ports Union (RPU)."])
    assert register.abbreviations == {"MDU": "McAllister Dockers Union", "RPU": "Rashid Ports Union"}


@pytest.mark.parametrize("name", ["GOVERNMENT_OF", "MINISTRY_OF", "DELEGATION_OF"])
def test_a_country_before_its_government_is_read_from_its_words_first_capital(name):
    """ "Norland-Vesta's government": the try from "Vesta" after the hyphen can find nothing the try from "Norland"
    did not; a word of thousands of hyphenated capitals ("Ab-Ab-…") was read again from each of them."""
    from index.text.parties import patterns

    scan = getattr(patterns, name)
    noun = name.split("_")[0].lower()
    text = f"Norland-Vesta's {noun}"
    assert scan.search(text).group("before") == "Norland-Vesta's"
    assert scan.match(text, len("Norland-")) is None
    assert scan.search(f"the al-{text}").group("before") == "Norland-Vesta's", "a capital after a hyphen starts"
    assert scan.search(f"the eBay's {noun}") is None, "a capital inside a word still does not"


def _six_scans_with_a_word_they_read():
    """RELY8's six scans that run alone were slow on one long word: each, with a text whose first word it reads
    from the first capital (or letter), and the position of a later capital (or letter) inside that word."""
    from index.text.names import THING_PLURAL
    from index.text.parties.patterns import PERSON_NAME, TWO_NAMES
    from index.text.passages.labels import GLUED
    from index.text.phrases.attributions import NAME_AT_END
    from index.text.phrases.sentences import SENTENCE_BREAK

    return [
        pytest.param(PERSON_NAME, "McAllister Okafor met them", 2, id="PERSON_NAME"),
        pytest.param(TWO_NAMES, "McAllister Okafor and Dr Ada Lind", 2, id="TWO_NAMES"),
        pytest.param(NAME_AT_END, "McAllister Okafor", 2, id="NAME_AT_END"),
        pytest.param(SENTENCE_BREAK, "ended. Then", 2, id="SENTENCE_BREAK"),
        pytest.param(THING_PLURAL, "negotiations", 2, id="THING_PLURAL"),
        pytest.param(GLUED, "conferencePresident", 2, id="GLUED"),
    ]


@pytest.mark.parametrize("scan,text,inside", _six_scans_with_a_word_they_read())
def test_a_scan_run_alone_starts_at_a_words_start_not_inside_it(scan, text, inside):
    """A try from inside a word finds nothing the try from its start did not (the word is read to its end either
    way), so none is made: a word thousands of characters long ("AAAA…", "aaaa…", "A.A.A…") is read once, not once
    from each of its letters, when the scan runs alone over text the splitter never gives it."""
    assert scan.match(text) is not None
    assert scan.match(text, inside) is None


@pytest.mark.parametrize(
    "text,name",
    [
        ("a talk chaired by Lena Hart", "Lena Hart"),
        ("a talk chaired by Mr. Oduya", "Mr. Oduya"),
        ("a talk chaired by al-Rashid", "Rashid"),
        ("a talk chaired by McAllister", "McAllister"),
        ("a talk chaired by J.Smith", "Smith"),
        ("a talk chaired by Ada Lind-Okafor", "Ada Lind-Okafor"),
    ],
)
def test_the_name_before_who_is_read_as_before_from_its_first_capital(text, name):
    """The last word alone may still start after a dot inside a word, as before; the words before it only at a
    word's first capital, where a try from a later one would end where the first did."""
    from index.text.phrases.attributions import NAME_AT_END

    assert NAME_AT_END.search(text).group("name") == name


def test_a_named_person_is_read_from_the_first_capital_after_a_prefix():
    """The letters before a word's first capital ("al-", "e") are read but are not part of the name, as before."""
    from index.text.parties.patterns import PERSON_NAME

    text = "Envoy al-Rashid Okafor met McAllister Lind and eBay Chief"
    assert [m.group("name") for m in PERSON_NAME.finditer(text)] == ["Rashid Okafor", "McAllister Lind", "Bay Chief"]

"""/ask, /compare and /timeline citing ten sources, each as long as Parley lets it be (tests/bot/ten_sources.py),
through the Discord harness: every message stays within every Discord limit, each source is linked once,
in the numbered list, and every citation names its source's title and publisher.

Every citation also names its speaker, a role with commas in it included."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from bot.config import Settings
from index.kb import KnowledgeBase
from index.storage.embedder import Embedder
from tests.bot.ten_sources import ARTICLES, QUESTION, SPEAKERS, TOPIC, Article, write_corpus
from tests.discord_harness import DiscordHarness, Payload, message_problems
from tests.helpers import MOD_ROLE, command, final, live_links, running

BY_URL = {a.url: a for a in ARTICLES}
LIST_LINE = re.compile(r"(\d+)\. \[(?P<label>[^\]]+)\]\((?P<url>[^)\s]+)\)(?P<details>.*)")
SOURCE_REF = re.compile(r"— (?P<named>.+) \(source (?P<n>\d+)\)")
SOURCE_NUMBER = re.compile(r"\(source (\d+)\)")
ELLIPSIS = "…"
DATE = re.compile(r"\b[A-Z][a-z]{2} \d{1,2}, \d{4}\b")


@pytest.fixture(scope="module")
def ten_source_data(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> tuple[Path, Path]:
    """The ten articles indexed once for the module; each test's bot gets a copy."""
    base = tmp_path_factory.mktemp("ten-sources")
    corpus = write_corpus(base / "corpus")
    kb = KnowledgeBase(base / "data", corpus, embedder=embedder)
    kb.readiness.ensure()
    kb.close()
    return base / "data", corpus


@pytest.fixture
def settings(tmp_path: Path, ten_source_data: tuple[Path, Path]) -> Settings:
    data, corpus = ten_source_data
    shutil.copytree(data, tmp_path / "data")
    return Settings(
        data_dir=tmp_path / "data",
        corpus_dir=corpus,
        cooldown_seconds=0,
        moderator_role=MOD_ROLE,
        citations_per_page=10,
    )


async def shown(h: DiscordHarness, name: str, options: dict) -> Payload:
    """The message a member ends up looking at, as Discord stores it."""
    _, responses = await command(h, name, options, user=h.member)
    return h.message(final(responses))


def numbered_list(embed: Payload) -> dict[int, Article]:
    """The description's numbered source list: number -> the article its line links to."""
    _, _, listing = embed["description"].partition("**Sources**\n")
    assert listing, f"no numbered source list in {embed['description']!r}"
    found = {}
    for line in listing.splitlines():
        entry = LIST_LINE.fullmatch(line)
        assert entry, f"not a linked source line: {line!r}"
        article = BY_URL[entry["url"]]
        assert article.title.startswith(entry["label"].removesuffix(ELLIPSIS)), f"{line!r} links {article.title!r}"
        found[int(entry[1])] = article
    assert list(found) == list(range(1, len(found) + 1)), "numbered 1, 2, 3…"
    return found


def list_lines(embed: Payload) -> dict[int, str]:
    listing = embed["description"].partition("**Sources**\n")[2]
    return {int(line.split(".", 1)[0]): line for line in listing.splitlines()}


def assert_names_title(shown_title: str, article: Article) -> None:
    """A title is shown whole, or as its opening words ending in "…"; enough of it to recognise."""
    words = shown_title.removesuffix(ELLIPSIS).rstrip()
    assert article.title.startswith(words) and len(words.split()) >= 5, f"{shown_title!r} for {article.title!r}"


def assert_linked_once(message: Payload, sources: dict[int, Article]) -> None:
    """Each cited source has one live link in the whole message: the one in the numbered list."""
    embeds = message["embeds"]
    texts = [message.get("content") or ""] + [e.get("description", "") for e in embeds]
    texts += [(e.get("footer") or {}).get("text", "") for e in embeds]
    texts += [text for e in embeds for f in e.get("fields", []) for text in (f["name"], f["value"])]
    links = [link for text in texts for link in live_links(text)]
    assert sorted(links) == sorted(a.url for a in sources.values())


def assert_field_names_its_source(value: str, sources: dict[int, Article]) -> Article:
    """A citation's last line: "— publisher · title (source n)", n pointing at that same article."""
    ref = SOURCE_REF.fullmatch(value.splitlines()[-1])
    assert ref, f"no source named under {value!r}"
    article = sources[int(ref["n"])]
    publisher, _, title = ref["named"].partition(" · ")
    assert publisher == article.publisher
    assert_names_title(title, article)
    return article


def party_named(shown_name: str) -> str:
    """The party a field names, whole or cut to its opening words with "…"."""
    [party] = [s.party for s in SPEAKERS if s.party.startswith(shown_name.removesuffix(ELLIPSIS))]
    return party


def dates_of(lines: list[str]) -> list[datetime]:
    return [datetime.strptime(line.split("**")[1], "%b %d, %Y") for line in lines]


async def test_ask_citing_ten_sources_fits_and_links_each_source_once(settings: Settings) -> None:
    async with running(settings) as h:
        message = await shown(h, "ask", {"question": QUESTION})
    assert message_problems(message) == []
    [embed] = message["embeds"]
    sources = numbered_list(embed)
    assert sorted(a.slug for a in sources.values()) == sorted(a.slug for a in ARTICLES), "all ten cited"
    assert_linked_once(message, sources)
    cited = [assert_field_names_its_source(f["value"], sources) for f in embed["fields"]]
    assert sorted(a.slug for a in cited) == sorted(a.slug for a in ARTICLES), "one citation per source"
    numbers = [int(f["name"][1:].split("]")[0]) for f in embed["fields"]]
    assert numbers == list(range(1, len(ARTICLES) + 1)), "citation numbers read in order"
    for field, article in zip(embed["fields"], cited, strict=True):
        assert party_named(field["name"].split("] ", 1)[1].split(" ·")[0]) == article.speaker.party


async def test_compare_fits_and_names_each_sides_source(settings: Settings) -> None:
    async with running(settings) as h:
        message = await shown(h, "compare", {"topic": TOPIC})
    assert message_problems(message) == []
    [embed] = message["embeds"]
    sources = numbered_list(embed)
    assert_linked_once(message, sources)
    parties = [f["name"] for f in embed["fields"]]
    assert len(parties) > 5 and set(parties) <= {s.party for s in SPEAKERS}, "more sides than the old five"
    cited = [assert_field_names_its_source(f["value"], sources) for f in embed["fields"]]
    assert [a.speaker.party for a in cited] == parties, "each side quotes its own party"
    assert len(set(cited)) == len(cited) == len(sources)


async def test_timeline_of_ten_sources_fits_and_links_each_source_once(settings: Settings) -> None:
    async with running(settings) as h:
        message = await shown(h, "timeline", {"topic": TOPIC})
    assert message_problems(message) == []
    [embed] = message["embeds"]
    sources = numbered_list(embed)
    assert sorted(a.slug for a in sources.values()) == sorted(a.slug for a in ARTICLES), "all ten cited"
    assert_linked_once(message, sources)
    assert sorted(party_named(f["name"]) for f in embed["fields"]) == sorted(s.party for s in SPEAKERS)
    entries = [line for f in embed["fields"] for line in f["value"].splitlines()]
    assert len(entries) == len(ARTICLES), "one dated entry per passage"
    for field in embed["fields"]:
        said = dates_of(field["value"].splitlines())
        assert said == sorted(said), "oldest first"


async def test_each_timeline_passage_names_its_sources_title_and_publisher(settings: Settings) -> None:
    async with running(settings) as h:
        message = await shown(h, "timeline", {"topic": TOPIC})
    [embed] = message["embeds"]
    sources, lines = numbered_list(embed), list_lines(embed)
    for field in embed["fields"]:
        for entry in field["value"].splitlines():
            [n] = SOURCE_NUMBER.findall(entry)
            line = LIST_LINE.fullmatch(lines[int(n)])
            assert sources[int(n)].publisher in line["details"], lines[int(n)]
            assert_names_title(line["label"], sources[int(n)])


@pytest.mark.parametrize(
    "name, options", [("ask", {"question": QUESTION}), ("compare", {"topic": TOPIC}), ("timeline", {"topic": TOPIC})]
)
async def test_each_listed_source_keeps_its_title_and_publisher_beside_its_long_link(
    settings: Settings, name: str, options: dict
) -> None:
    async with running(settings) as h:
        message = await shown(h, name, options)
    [embed] = message["embeds"]
    sources = numbered_list(embed)
    for n, line in list_lines(embed).items():
        entry = LIST_LINE.fullmatch(line)
        assert entry["details"].startswith(f" · {sources[n].publisher}"), line
        assert_names_title(entry["label"], sources[n])


async def test_each_ask_citation_shows_its_date_and_whom_the_sources_credit(
    settings: Settings, ten_source_data: tuple[Path, Path], embedder: Embedder
) -> None:
    """The party's opening words, the date and the credit (the speaker as found, or the outlet reporting) in
    every citation's name, however long the party, the speaker's role and the source's link."""
    data, corpus = ten_source_data
    kb = KnowledgeBase(data, corpus, embedder=embedder)
    try:
        urls = {row.id: row.url for row in kb.sources()}
        credit = {
            urls[p.source_id]: (p.speaker or f"reporting by {BY_URL[urls[p.source_id]].publisher}")
            for p in kb.passages()
        }
    finally:
        kb.close()
    async with running(settings) as h:
        message = await shown(h, "ask", {"question": QUESTION})
    [embed] = message["embeds"]
    sources = numbered_list(embed)
    for field in embed["fields"]:
        article = assert_field_names_its_source(field["value"], sources)
        party, when, who = field["name"].split("] ", 1)[1].split(" · ", 2)
        assert party_named(party) == article.speaker.party and DATE.fullmatch(when), field["name"]
        assert who.startswith(credit[article.url]), field["name"]


async def test_each_ask_citation_shows_its_date_and_speaker(settings: Settings) -> None:
    async with running(settings) as h:
        message = await shown(h, "ask", {"question": QUESTION})
    [embed] = message["embeds"]
    sources = numbered_list(embed)
    for field in embed["fields"]:
        article = assert_field_names_its_source(field["value"], sources)
        assert DATE.search(field["name"]) and article.speaker.name in field["name"], field["name"]


async def test_each_compare_side_shows_its_date(settings: Settings) -> None:
    async with running(settings) as h:
        message = await shown(h, "compare", {"topic": TOPIC})
    for field in message["embeds"][0]["fields"]:
        who = field["value"].splitlines()[-2]
        assert DATE.search(who), who


def test_each_quote_is_credited_to_its_speaker(ten_source_data: tuple[Path, Path], embedder: Embedder) -> None:
    data, corpus = ten_source_data
    kb = KnowledgeBase(data, corpus, embedder=embedder)
    try:
        credited = {(p.speaker, p.party) for p in kb.passages()}
    finally:
        kb.close()
    assert credited == {(s.name, s.party) for s in SPEAKERS}

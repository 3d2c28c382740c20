"""Adding and removing sources: incremental, guild-scoped, audited, and refused cleanly when bad."""

from __future__ import annotations

import json
import threading
import time

import pytest
from click.testing import CliRunner

from bot.cli import cli
from index.errors import DuplicateSourceError, InputError, NotFoundError
from index.kb import KnowledgeBase
from index.limits import LIMITS
from index.sources.fetch import FetchLimits
from index.sources.inputs import FileInput, TextInput, UrlInput
from index.storage.vectors import VectorIndex
from tests.articles import ARTICLE_HTML, ARTICLE_TITLE, MEMO_MARKDOWN
from tests.local_http import reply

LAVROV = "Any pause in the fighting without recognition of the new borders is a trap for Russia"
GRAIN = "grain corridor reopen with international inspections"
GUILD, OTHER = 111, 222


@pytest.fixture
def kb(tmp_path, corpus_copy, embedder) -> KnowledgeBase:
    kb = KnowledgeBase(
        tmp_path / "data",
        corpus_copy,
        embedder=embedder,
        fetch_limits=FetchLimits(allow_private=True, max_bytes=200_000, timeout=3),
    )
    kb.readiness.ensure()
    yield kb
    kb.close()


def cited(kb: KnowledgeBase, question: str, guild: int | None) -> str:
    answer = kb.ask(question, k=8, guild_id=guild)
    return " ".join(c.passage.text for c in answer.citations)


def snapshot(kb: KnowledgeBase) -> tuple:
    """Everything a refused input must leave as it was."""
    db = kb.store.db
    counts = tuple(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("sources", "passages", "embeddings"))
    return counts, kb.store.generation, VectorIndex.read_header(kb.index.path).count


def test_url_source_is_split_embedded_and_answered_only_in_its_guild(kb, server):
    url = server.route("/world/lavrov", reply(ARTICLE_HTML))
    before = kb.store.generation
    report = kb.add(UrlInput(url), guild_id=GUILD, user_id=7)
    assert report.title == ARTICLE_TITLE and report.publisher == "The Meridian Post"
    assert report.quotes == 3 and "Sergey Lavrov" in report.speakers and "Andriy Sybiha" in report.speakers
    assert set(report.parties) >= {"Russia", "Ukraine"}
    assert report.embedded == report.passages, "only the new source's passages are embedded"
    assert kb.store.generation == before + 1
    header = VectorIndex.read_header(kb.index.path)
    stored = (kb.store.generation, len(kb.store.passage_hashes()))
    assert (header.generation, header.count) == stored, "the index took the new ids"
    question = "Will Russia accept a ceasefire without recognition of the new borders?"
    assert LAVROV in cited(kb, question, GUILD)
    assert LAVROV not in cited(kb, question, OTHER)
    assert LAVROV not in cited(kb, question, None)
    lavrov = next(c for c in kb.ask(question, guild_id=GUILD).citations if LAVROV in c.passage.text)
    assert (lavrov.passage.speaker, lavrov.passage.party) == ("Sergey Lavrov", "Russia")
    assert lavrov.source.url == url and lavrov.source.date.startswith("2025-03-20")


def test_file_source_with_overrides_then_removed_is_cited_no_more(kb):
    report = kb.add(
        FileInput(MEMO_MARKDOWN.encode(), "grain-briefing.md", publisher="Parley moderators", date="2025-04-01"),
        guild_id=GUILD,
        user_id=7,
    )
    question = "What does Ukraine want for the Black Sea grain corridor?"
    first = kb.ask(question, guild_id=GUILD).citations[0]
    assert GRAIN in first.passage.text and first.source.publisher == "Parley moderators"
    assert first.passage.speaker == "Yulia Svyrydenko" and first.passage.party == "Ukraine"
    vectors_before = kb.readiness.vectors().count
    removed = kb.remove_source(report.source_id, guild_id=GUILD, user_id=7)
    assert removed.passages == report.passages
    assert kb.readiness.vectors().count == vectors_before - report.passages
    assert GRAIN not in cited(kb, question, GUILD)
    assert VectorIndex.read_header(kb.index.path).count == vectors_before - report.passages


HIDDEN = "\x07\x1b\x0b\u200b\u00ad\u2060" + "".join(chr(c) for c in (0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069))


def test_a_terminal_escape_sequence_leaves_nothing_in_metadata_or_text(kb):
    """A publisher typed as "\x1b[31mRed …" was stored and cited as "[31mRed …" once the escape byte went:
    the whole sequence goes, from every metadata field and from the text."""
    article = "Minister Alda Verrin said: “The \x1b[1mquotas\x1b[0m stay as they are.”"
    given = TextInput(
        article, title="\x1b]0;x\x07Quota talks", publisher="\x1b[31mRed Quay Gazette", author="\x1b(BIda Renn"
    )
    report = kb.add(given, guild_id=GUILD)
    source, passages = kb.source(report.source_id, GUILD)
    assert (source.title, source.publisher, source.author) == ("Quota talks", "Red Quay Gazette", "Ida Renn")
    assert any("The quotas stay as they are" in p.text for p in passages)


def test_control_bidi_and_zero_width_characters_stay_out_of_the_stored_text(kb):
    """A hidden character inside a name made a second speaker of the same person, and a bidi override
    reversed how a quote reads in Discord and in a terminal, where a bell or an escape also acted."""
    article = (
        "Valley talks stall again\n\n"
        'Minister Alda Verrin said: "We will not sign any deal that gives up the northern valleys."\n\n'
        'Minister Al\u200bda Ver\u202erin said: "The fishing quo\u00adtas\x07 stay as they \x1b[1mare."\x0b'
        "The talks resume on Monday."
    )
    report = kb.add(FileInput(article.encode(), "valleys.txt"), guild_id=GUILD)
    assert report.speakers == ["Alda Verrin"] and report.quotes == 2
    passages = kb.source(report.source_id, GUILD)[1]
    assert not any(ch in p.text for p in passages for ch in HIDDEN)
    assert any("fishing quotas stay" in p.text for p in passages)


def test_same_content_or_url_twice_is_refused_naming_the_source(kb, server):
    url = server.route("/a", reply(ARTICLE_HTML))
    first = kb.add(UrlInput(url), guild_id=GUILD)
    state = snapshot(kb)
    with pytest.raises(DuplicateSourceError, match=f"#{first.source_id}") as e:
        kb.add(UrlInput(url), guild_id=GUILD)
    assert e.value.existing_id == first.source_id
    copy = server.route("/copy-of-a", reply(ARTICLE_HTML))
    with pytest.raises(DuplicateSourceError, match=f"#{first.source_id}"):
        kb.add(UrlInput(copy), guild_id=GUILD)
    assert snapshot(kb) == state
    assert kb.add(UrlInput(copy), guild_id=OTHER).source_id != first.source_id, "another guild may add its own copy"
    kb.remove_source(first.source_id, guild_id=GUILD)
    assert kb.store.missing_embeddings(kb.embedder.name) == [], "vectors the other guild's copy uses are kept"
    assert LAVROV in cited(kb, "Will Russia accept a ceasefire without recognition of the new borders?", OTHER)


def test_the_shipped_corpus_cannot_be_added_again(kb, corpus_copy):
    raw = (corpus_copy / "sources" / "kyiv-independent-territorial-concessions.txt").read_bytes()
    with pytest.raises(DuplicateSourceError, match="#1"):
        kb.add(
            FileInput(
                raw,
                "copy.txt",
                title="Temporary ceasefire or redrawing borders? What ‘territorial concessions’ mean to Ukraine, "
                "Russia, and the US",
                publisher="The Kyiv Independent",
                author="Tim Zadorozhnyy",
            ),
            guild_id=GUILD,
        )


BAD_URLS = [
    ("ftp://127.0.0.1/file.txt", "http"),
    ("file:///etc/passwd", "http"),
]


@pytest.mark.parametrize("url,fragment", BAD_URLS)
def test_bad_urls_change_nothing_and_are_audited(kb, url, fragment):
    state = snapshot(kb)
    with pytest.raises(InputError, match=fragment):
        kb.add(UrlInput(url), guild_id=GUILD, user_id=9)
    assert snapshot(kb) == state
    row = kb.audit(1)[0]
    assert row["action"] == "add" and row["outcome"].startswith("refused") and row["user_id"] == 9


@pytest.fixture
def strict(tmp_path, corpus_copy, embedder) -> KnowledgeBase:
    """The production setting: no private targets, 1 s for a whole download."""
    kb = KnowledgeBase(tmp_path / "strict", corpus_copy, embedder=embedder, fetch_limits=FetchLimits(timeout=1))
    kb.readiness.ensure()
    yield kb
    kb.close()


def test_loopback_is_refused_unless_allowed(strict, server):
    state = snapshot(strict)
    with pytest.raises(InputError, match="(?i)private|loopback|not allowed|local"):
        strict.add(UrlInput(server.route("/x", reply(ARTICLE_HTML))))
    assert snapshot(strict) == state


@pytest.mark.parametrize(
    "address",
    [
        "http://10.0.0.1/a",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        "http://192.168.1.1/",
    ],
)
def test_private_link_local_multicast_and_reserved_hosts_change_nothing(strict, address):
    state = snapshot(strict)
    with pytest.raises(InputError) as e:
        strict.add(UrlInput(address))
    assert "\n" not in str(e.value)
    assert snapshot(strict) == state


def test_a_page_slower_than_the_time_limit_changes_nothing(kb, server):
    def drip(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        for _ in range(40):
            handler.wfile.write(b"<p>slow words</p>")
            handler.wfile.flush()
            time.sleep(0.1)

    slow = KnowledgeBase(
        kb.data_dir, kb.corpus_dir, embedder=kb.embedder, fetch_limits=FetchLimits(allow_private=True, timeout=1)
    )
    state = snapshot(kb)
    with pytest.raises(InputError, match="longer than"):
        slow.add(UrlInput(server.route("/slow", drip)), guild_id=GUILD)
    slow.close()
    assert snapshot(kb) == state


def test_bad_responses_change_nothing(kb, server):
    state = snapshot(kb)
    cases = {
        "/big": reply("<p>" + "word " * 60_000 + "</p>"),
        "/image": reply(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png"),
        "/empty": reply("<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    }
    for path, route in cases.items():
        with pytest.raises(InputError):
            kb.add(UrlInput(server.route(path, route)), guild_id=GUILD)
    assert snapshot(kb) == state


@pytest.mark.parametrize(
    "data,name,fragment",
    [
        (b"\x00\x01\x02binary\x00", "notes.txt", "binary"),
        (b"\xff\xfe\xfd not text \xc3\x28", "notes.txt", ""),
        (b"   \n\n  ", "empty.txt", "empty"),
        (b"%PDF-1.4 broken", "scan.pdf", ""),
        (b"x" * 300_000, "huge.txt", "larger than"),
        (b"text", "program.exe", ".txt"),
    ],
)
def test_bad_files_change_nothing(kb, data, name, fragment):
    state = snapshot(kb)
    with pytest.raises(InputError) as e:
        kb.add(FileInput(data, name), guild_id=GUILD)
    assert fragment in str(e.value) and "\n" not in str(e.value)
    assert snapshot(kb) == state


def test_overlong_title_and_blank_text_are_refused(kb):
    state = snapshot(kb)
    with pytest.raises(InputError, match="300"):
        kb.add(TextInput(MEMO_MARKDOWN, title="t" * 301), guild_id=GUILD)
    with pytest.raises(InputError):
        kb.add(TextInput("   ", title="A title"), guild_id=GUILD)
    assert snapshot(kb) == state


@pytest.mark.parametrize("date", ["2024-13-45", "yesterday", "9" * 300])
def test_a_date_that_reads_as_no_date_is_refused_and_audited(kb, date):
    """A typed date that cannot be read was stored as given and dated nothing: every passage fell back to
    "date unknown" with no word to the moderator who typed it."""
    state = snapshot(kb)
    with pytest.raises(InputError, match="not a date Parley can read") as refused:
        kb.add(TextInput(MEMO_MARKDOWN, title="Grain briefing", date=date), guild_id=GUILD, user_id=9)
    assert len(str(refused.value)) < 160 and snapshot(kb) == state
    assert kb.audit(1, GUILD)[0]["outcome"].startswith("refused")


def test_dates_written_as_people_write_them_are_accepted(kb):
    for n, date in enumerate(["2025-04-01", "April 2025", "1 April 2025", "after 2025-03-12", "2025"]):
        report = kb.add(TextInput(f"{MEMO_MARKDOWN}\n\nNote {n}.", title=f"Grain {n}", date=date), guild_id=GUILD)
        assert kb.source(report.source_id, GUILD)[0].date == date


@pytest.mark.parametrize(
    ("field", "longest"),
    [("publisher", LIMITS.publisher_chars), ("author", LIMITS.publisher_chars), ("url", LIMITS.url_chars)],
)
def test_metadata_longer_than_its_limit_is_refused_and_changes_nothing(kb, field, longest):
    """Discord's forms cap what a moderator types, the command line did not: a 5,000-character publisher
    was stored and printed with every citation of the source."""
    state = snapshot(kb)
    value = "https://example.org/" + "p" * longest if field == "url" else "P" * (longest + 1)
    with pytest.raises(InputError, match=f"the limit is {longest:,}") as refused:
        kb.add(TextInput(MEMO_MARKDOWN, title="Grain briefing", **{field: value}), guild_id=GUILD)
    assert len(str(refused.value)) < 100 and snapshot(kb) == state
    at_limit = value[:longest]
    report = kb.add(TextInput(MEMO_MARKDOWN, title="Grain briefing", **{field: at_limit}), guild_id=GUILD)
    assert getattr(kb.source(report.source_id, GUILD)[0], field) == at_limit


@pytest.mark.parametrize("field", ["title", "publisher", "author", "url", "date"])
def test_metadata_holding_bytes_that_are_not_utf8_is_refused_and_changes_nothing(kb, field):
    """A terminal's byte that is not UTF-8 reaches an option as a lone surrogate: a --title of one such byte
    was stored as a source titled "\ufffd"."""
    state = snapshot(kb)
    fields = {"title": "Grain briefing", field: "Grain \udcff"}
    with pytest.raises(InputError, match=f"The {field} holds bytes that are not UTF-8"):
        kb.add(TextInput(MEMO_MARKDOWN, **fields), guild_id=GUILD)
    with pytest.raises(InputError, match=f"The {field} holds bytes that are not UTF-8"):
        kb.add(FileInput(MEMO_MARKDOWN.encode(), "memo.md", **fields), guild_id=GUILD)
    assert snapshot(kb) == state


def test_a_source_of_more_passages_than_one_source_may_make_is_refused_before_embedding(kb):
    """5,001 one-line paragraphs (about 100 kB) were all embedded: at 100,000 (1.7 MB, under the upload
    cap) that held the write queue, every server's, for the better part of an hour on two cores."""
    state = snapshot(kb)
    text = "\n\n".join(f"Delegates met again in round {i}." for i in range(LIMITS.source_passages + 1))
    with pytest.raises(InputError, match=f"at most {LIMITS.source_passages:,}") as refused:
        kb.add(FileInput(text.encode(), "rounds.txt"), guild_id=GUILD, user_id=9)
    assert "5,001 passages" in str(refused.value) and snapshot(kb) == state
    assert kb.audit(1, GUILD)[0]["outcome"].startswith("refused")
    assert kb.store.missing_embeddings(kb.embedder.name) == []


def test_a_source_of_too_many_passages_is_refused_before_anyone_in_it_is_attributed(kb, monkeypatch):
    """100,000 one-line paragraphs were cleaned, cut and attributed, some 70 s in the write queue that every
    server's adds wait in, before their count was refused. Attribution, the costlier half of splitting,
    now starts only once the units (one per passage) are counted."""
    attributed = []
    monkeypatch.setattr("index.writes.attribute", lambda *args: attributed.append(args))
    text = "\n\n".join(f"Delegates met again in round {i}." for i in range(LIMITS.source_passages + 1))
    with pytest.raises(InputError, match="5,001 passages"):
        kb.add(FileInput(text.encode(), "rounds.txt"), guild_id=GUILD, user_id=9)
    assert attributed == []


def _run_on(chars: int) -> str:
    """Capitalised words with no sentence end: the shape attribution reads in time that grows with the
    square of its length."""
    return ("The Harbour Council Of The Coastal Union Of " * (chars // 40 + 1))[: chars - 1] + "s"


def test_a_stretch_longer_than_any_sentence_is_refused_before_it_is_split(kb, monkeypatch):
    """640 kB of capitalised words without a full stop held the write queue, every server's, for hours;
    a stretch is capped at LIMITS.stretch_chars before anything is cut or attributed."""
    state = snapshot(kb)
    split = []
    monkeypatch.setattr("index.writes.segment", lambda *args: split.append(args))
    text = f"Delegates met in Lisbon.\n\n{_run_on(LIMITS.stretch_chars + 1)}\n\nThey meet again on Friday."
    with pytest.raises(InputError, match=f"runs {LIMITS.stretch_chars + 1:,} characters") as refused:
        kb.add(TextInput(text, title="Harbour talks"), guild_id=GUILD, user_id=9)
    assert "break it into sentences or paragraphs" in str(refused.value) and len(str(refused.value)) < 160
    assert split == [] and snapshot(kb) == state
    assert kb.audit(1, GUILD)[0]["outcome"].startswith("refused")


def test_a_stretch_at_the_limit_and_long_text_of_short_sentences_are_added(kb):
    at_limit = f"Delegates met in Lisbon.\n\n{_run_on(LIMITS.stretch_chars)}"
    assert kb.add(TextInput(at_limit, title="Harbour talks"), guild_id=GUILD).passages >= 3
    sentences = " ".join(f"Delegates met again in round {i}." for i in range(400))
    assert len(sentences) > 4 * LIMITS.stretch_chars
    assert kb.add(TextInput(sentences, title="Harbour rounds"), guild_id=GUILD).passages > 1


def test_the_count_refused_is_of_passages_not_of_the_lines_of_the_upload(kb):
    """The cap counts what the cleaner and the splitter keep: lines of page chrome and a pull quote
    printed again in the body are no passages, so a source of 5,000 passages among them passes."""
    body = [f"Delegates met again in round {i}." for i in range(LIMITS.source_passages - 1)]
    pulled = "“We will not sign a deal that leaves the harbour closed,” said Oren Talvik, the union's chair."
    chrome = ["Share this article", "Advertisement", "Sign up for our newsletter"]
    text = "\n\n".join(["“We will not sign a deal that leaves the harbour closed”", *chrome, *body, pulled])
    doc = FileInput(text.encode(), "rounds.txt").read(kb.fetch_limits)
    _, drafts = kb._writes().prepare(doc, capped=True)
    assert len(drafts) == LIMITS.source_passages


@pytest.mark.parametrize(
    "opening",
    ['Alda Verrin said: "We refuse to sign the quota deal."', "“We refuse to sign the quota deal,” Alda Verrin said"],
)
def test_an_upload_that_opens_with_a_quote_keeps_it_as_a_passage(kb, opening):
    """A .txt whose first paragraph was a short quote had that line taken for its headline, and the cleaner
    drops the headline from the text: the quote, often the reason for the upload, was never a passage."""
    text = f"{opening}\n\nTalks on the fishing quotas resumed in Brell on Monday after a week's pause."
    report = kb.add(FileInput(text.encode(), "verrin-statement.txt"), guild_id=GUILD)
    assert report.title == "verrin statement" and report.quotes == 1 and report.speakers == ["Alda Verrin"]


def test_guilds_cannot_remove_each_others_or_the_shipped_sources(kb):
    mine = kb.add(TextInput(MEMO_MARKDOWN, title="Grain briefing"), guild_id=GUILD)
    with pytest.raises(NotFoundError):
        kb.remove_source(mine.source_id, guild_id=OTHER)
    with pytest.raises(InputError, match="ships with the corpus"):
        kb.remove_source(1, guild_id=GUILD)
    assert kb.source(mine.source_id, GUILD)[0].id == mine.source_id


@pytest.mark.parametrize("source_id", [0, -1, 2**63, 10**30])
def test_a_source_id_no_source_can_have_is_not_found(kb, source_id):
    """An id past SQLite's largest integer raised OverflowError from the store, a traceback for a caller
    of the facade, rather than saying there is no such source."""
    state = snapshot(kb)
    with pytest.raises(NotFoundError, match="`/sources` lists the ids"):
        kb.remove_source(source_id, guild_id=GUILD)
    with pytest.raises(NotFoundError):
        kb.source(source_id, GUILD)
    assert snapshot(kb) == state


@pytest.mark.parametrize("guild_id, user_id, refused", [(2**70, None, "server id"), (GUILD, 2**63, "member id")])
def test_a_write_under_ids_sqlite_cannot_hold_is_refused_and_changes_nothing(kb, guild_id, user_id, refused):
    """Adding, removing, showing and auditing under a server or member id past SQLite's integers raised
    OverflowError (the add only once its audit row was written), a traceback for a facade caller."""
    mine = kb.add(TextInput(text=MEMO_MARKDOWN, title="Harbour memo"), guild_id=GUILD)
    state = snapshot(kb)
    with pytest.raises(InputError, match=refused):
        kb.add(TextInput(text=MEMO_MARKDOWN + "\n\nA second line.", title="Memo"), guild_id=guild_id, user_id=user_id)
    with pytest.raises(InputError, match=refused):
        kb.remove_source(mine.source_id, guild_id=guild_id, user_id=user_id)
    if user_id is None:
        with pytest.raises(InputError, match=refused):
            kb.source(mine.source_id, guild_id)
        with pytest.raises(InputError, match=refused):
            kb.audit(5, guild_id)
    assert snapshot(kb) == state


def test_questions_are_answered_while_a_source_is_added(kb, server):
    url = server.route("/lavrov", reply(ARTICLE_HTML))
    errors: list[BaseException] = []
    answers: list[str] = []
    adding = threading.Thread(target=lambda: kb.add(UrlInput(url), guild_id=GUILD))
    adding.start()
    while adding.is_alive() or not answers:
        try:
            answers.append(kb.ask("Does Ukraine accept legal cession?", guild_id=GUILD).citations[0].passage.speaker)
        except BaseException as e:  # noqa: BLE001 - any failure fails the test below
            errors.append(e)
            break
    adding.join()
    assert not errors and set(answers) == {"Volodymyr Zelensky"}


def test_cli_adds_lists_removes_and_audits(tmp_path, corpus_copy, embedder, server, monkeypatch):
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PARLEY_CORPUS_DIR", str(corpus_copy))
    monkeypatch.setenv("PARLEY_ALLOW_PRIVATE_URLS", "1")
    monkeypatch.setenv("PARLEY_ENV_FILE", str(tmp_path / "none.env"))
    runner = CliRunner()
    url = server.route("/lavrov", reply(ARTICLE_HTML))

    def run(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    added = run("source", "add", url, "--json")
    assert added.exit_code == 0, added.output
    report = json.loads(added.stdout)
    assert report["quotes"] == 3 and "Russia" in report["parties"]
    text = run("source", "add", str(_write(tmp_path / "brief.md", MEMO_MARKDOWN)), "--date", "2025-04-01")
    assert text.exit_code == 0 and "Added source #" in text.output and "Yulia Svyrydenko" in text.output
    listed = json.loads(run("source", "list", "--json").stdout)
    assert [s["title"] for s in listed][1] == ARTICLE_TITLE and listed[1]["passages"] == report["passages"]
    asked = json.loads(
        run("ask", "Will Russia accept a ceasefire without recognition of the new borders?", "--json").stdout
    )
    assert LAVROV in asked["citations"][0]["text"]
    removed = run("source", "remove", str(report["source_id"]), "--yes")
    assert removed.exit_code == 0 and "Removed source" in removed.output
    asked = json.loads(
        run("ask", "Will Russia accept a ceasefire without recognition of the new borders?", "--json").stdout
    )
    assert all(LAVROV not in c["text"] for c in asked["citations"])
    refused = run("source", "add", "ftp://example.org/x")
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    rows = json.loads(run("audit", "--json").stdout)
    assert [r["action"] for r in rows][:4] == ["add", "remove", "add", "add"]
    assert rows[0]["outcome"].startswith("refused")
    missing = run("source", "remove", "999", "--yes")
    assert missing.exit_code == 1 and "#999" in missing.output


def _write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path

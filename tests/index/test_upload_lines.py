"""An article uploaded as a .txt file is read as the same file shipped in corpus/ is: its lines reach the
cleaner, which unwraps hard wraps and keeps bullets and transcript turns apart (issue 8)."""

from __future__ import annotations

from index.sources.corpus import read_source
from index.sources.inputs import FileInput
from index.text.clean import clean
from index.text.passages import split
from tests.helpers import ROOT

ARTICLE = ROOT / "tests" / "data" / "sources" / "dev" / "eu-uk-fisheries-talks.txt"
BULLET = "- The UK wants a shorter extension and the right to review catches of sandeel and other species every year."


def test_an_uploaded_article_has_the_passages_of_the_same_file_in_the_corpus(fresh_kb):
    report = fresh_kb.add(FileInput(ARTICLE.read_bytes(), ARTICLE.name, title="EU and UK edge towards a fishing deal"))
    uploaded = [p.text for p in fresh_kb.source(report.source_id, all_guilds=True)[1]]
    shipped = [d.text for d in split(clean(read_source(ARTICLE).document), fresh_kb.parties)]
    assert uploaded == shipped


def test_each_bullet_of_an_uploaded_briefing_is_its_own_passage(fresh_kb):
    report = fresh_kb.add(FileInput(ARTICLE.read_bytes(), ARTICLE.name, title="EU and UK edge towards a fishing deal"))
    texts = [p.text for p in fresh_kb.source(report.source_id, all_guilds=True)[1]]
    assert BULLET in texts
    assert not any(BULLET in t and t != BULLET for t in texts)

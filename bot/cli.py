"""The `parley` command line: a thin layer over index.kb.KnowledgeBase.

Each command parses its options, calls one facade method and prints the result as text or, with
--json, as JSON for scripts. Errors meant for the user print one line and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING

import click

from index.api import LIMITS, InputError, NotFoundError, ParleyError, clean_line, count, has_lone_surrogate

from . import cli_logging, terminal
from .cli_output import emit, json_option, json_wanted
from .config import ID_MAX, PROJECT_ROOT, Settings, snowflake

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

log = logging.getLogger("parley")


def _settings(ctx: click.Context) -> Settings:
    return ctx.ensure_object(dict).setdefault("settings", Settings.from_env())


def _kb(ctx: click.Context):
    obj = ctx.ensure_object(dict)
    if "kb" not in obj:
        obj["kb"] = _settings(ctx).knowledge_base()
        ctx.call_on_close(obj["kb"].close)
    return obj["kb"]


def _warn(warnings) -> None:
    for w in warnings:
        if not cli_logging.already_shown(w):
            click.secho(w, fg="yellow", err=True)


class ProgressBars:
    """Progress callback for the facade: one click progress bar per stage, on stderr."""

    LABELS = {"embed": "Embedding passages"}

    def __init__(self) -> None:
        self.enabled = not json_wanted() and (sys.stderr.isatty() or _current_settings().progress)
        self._bars: dict[str, ProgressBar[int]] = {}

    def __call__(self, stage: str, advance: int, total: int) -> None:
        if not self.enabled:
            return
        bar = self._bars.get(stage)
        if bar is None:
            bar = click.progressbar(
                length=total, label=self.LABELS.get(stage, stage), file=sys.stderr, show_pos=True, show_eta=True
            )
            bar.__enter__()
            self._bars[stage] = bar
        bar.update(advance)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.__exit__(None, None, None)
        self._bars.clear()


def _current_settings() -> Settings:
    ctx = click.get_current_context(silent=True)
    return _settings(ctx.find_root()) if ctx is not None else Settings.from_env()


class GuildId(click.ParamType):
    """A Discord server id, checked here so that a number too large for SQLite is a usage error."""

    name = "ID"

    def convert(self, value, param, ctx) -> int:
        try:
            return snowflake(value, "the guild")
        except InputError:
            self.fail(f"{str(value)[:40]} is not a Discord server id (a whole number from 1 to {ID_MAX}).", param, ctx)


class Text(click.ParamType):
    """Free text from the terminal: bytes that are not UTF-8 arrive as lone surrogates, which SQLite
    cannot store or search for."""

    name = "TEXT"

    def convert(self, value, param, ctx) -> str:
        if has_lone_surrogate(value):
            self.fail("holds bytes that are not UTF-8 text: check the terminal's encoding", param, ctx)
        return value


class Location(Text):
    """A file path or a link: a path may hold any bytes the file system allows, a link may not."""

    name = "PATH|URL"

    def convert(self, value, param, ctx) -> str:
        return super().convert(value, param, ctx) if "://" in value else value


GUILD_ID = GuildId()
SOURCE_ID = click.IntRange(1, ID_MAX)
TEXT = Text()


class Interrupted(click.ClickException):
    """Ctrl-C inside a command. The store commits each step whole (a build stores its vectors a chunk at a
    time), so what finished is kept and running the command again finishes the rest: an add that did land
    says it is there already, a build embeds only what is still missing. Exit 130, as a shell reports SIGINT."""

    exit_code = 130

    def __init__(self) -> None:
        ctx = click.get_current_context(silent=True)
        command = ctx.command_path if ctx is not None else "parley"
        super().__init__(
            f"interrupted; what had finished is stored, nothing half-done is: run `{command}` again to finish"
        )


def friendly(func: Callable) -> Callable:
    """User-facing errors as one line and exit 1; never a traceback unless PARLEY_DEBUG=1."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ParleyError as e:
            raise click.ClickException(str(e)) from e
        except KeyboardInterrupt:
            raise Interrupted() from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as e:
            if _current_settings().debug:
                raise
            log.debug("unexpected error", exc_info=True)
            raise click.ClickException(
                f"unexpected {type(e).__name__}: {e} (run again with PARLEY_DEBUG=1 for the traceback)"
            ) from e

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="parley", prog_name="parley")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Log what Parley does at PARLEY_LOG_LEVEL (default INFO), and libraries' warnings.",
)
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Parley answers questions about negotiation positions with cited, quote-level passages.

    \b
    Start with:   parley ask "Does Ukraine accept legal cession?"
    Run the bot:  parley run            (needs DISCORD_TOKEN in the environment or .env)

    Data lives in PARLEY_DATA_DIR (default: data/ in the project folder); the shipped sources in
    corpus/. The index is built on first use and rebuilt with `parley index build`. Commands print
    Parley's warnings and errors only; PARLEY_LOG_LEVEL applies to the bot, and here with --verbose.
    """
    try:
        settings = _settings(ctx)
    except ParleyError as e:
        raise click.ClickException(f"{e}; .env.example documents each setting") from None
    if ctx.invoked_subcommand == "run":
        cli_logging.remove()
    else:
        cli_logging.configure(settings.log_level, verbose)


@cli.command()
@click.argument("question")
@click.option(
    "-k", "k", default=5, show_default=True, type=click.IntRange(1, LIMITS.k), help="How many passages to cite."
)
@click.option("--guild", type=GUILD_ID, default=None, help="Answer as in this Discord guild (its own sources too).")
@json_option("the answer")
@click.pass_context
@friendly
def ask(ctx: click.Context, question: str, k: int, guild: int | None) -> None:
    """Answer QUESTION from the sources, citing the passages that say so."""
    from index.api import check_question

    kb = _kb(ctx)
    question = check_question(question)
    ready = _ensure_ready(kb)
    answer = kb.ask(question, k=k, guild_id=guild)
    _warn(ready.warnings)
    emit(answer.to_dict, lambda: terminal.answer(answer))


@cli.command()
@click.argument("topic", type=TEXT)
@click.option("--party", type=TEXT, help="Only this party (its name or an alias in parties.toml, e.g. Kyiv).")
@click.option("--guild", type=GUILD_ID, default=None, help="As in this Discord guild (its own sources too).")
@json_option("the timeline")
@click.pass_context
@friendly
def timeline(ctx: click.Context, topic: str, party: str | None, guild: int | None) -> None:
    """How each party's position on TOPIC moved: its passages oldest first, a shift marked ↺."""
    from index.api import check_question

    kb = _kb(ctx)
    topic = check_question(topic)
    ready = _ensure_ready(kb)
    shown = kb.timeline(topic, party=party, guild_id=guild)
    _warn(ready.warnings)
    emit(shown.to_dict, lambda: terminal.timeline(shown))


@cli.command()
@click.option("--guild", type=GUILD_ID, default=None, help="Only this guild's votes (default: every guild's).")
@json_option("the answers and their passages")
@click.pass_context
@friendly
def feedback(ctx: click.Context, guild: int | None) -> None:
    """The answers members marked 👎 in Discord, with the passages each cited: what to add or fix."""
    found = _kb(ctx).feedback.complaints(guild)
    emit(lambda: [c.to_dict() for c in found], lambda: terminal.feedback(found))


def _ensure_ready(kb):
    """Build on first use with a progress bar, rather than silently inside the first question."""
    if not kb.readiness.corpus_synced():
        click.echo("Building the index from corpus/ (first use)…", err=True)
    bars = ProgressBars()
    try:
        return kb.readiness.ensure(bars)
    finally:
        bars.close()


@cli.group("index")
def index_group() -> None:
    """Build the vector index (derived from the SQLite store, so always rebuildable)."""


@index_group.command("build")
@click.option("--full", is_flag=True, help="Rebuild the FAISS file from scratch (embeddings are still reused).")
@json_option("the summary")
@click.pass_context
@friendly
def index_build(ctx: click.Context, full: bool) -> None:
    """Sync corpus/ into the store, embed what changed, and bring the index up to date."""
    kb = _kb(ctx)
    bars = ProgressBars()
    try:
        report = kb.rebuild(bars, full=full)
    finally:
        bars.close()
    _warn(report.warnings)
    emit(report.to_dict, lambda: terminal.build_report(report))


@cli.command()
@click.option("--speaker", type=TEXT, help="Only passages whose speaker contains this (e.g. Zelensky).")
@click.option("--party", type=TEXT, help="Only this party's passages (Ukraine, Russia, United States, or none).")
@click.option("--guild", type=GUILD_ID, default=None, help="Include this guild's own sources.")
@json_option("the passages")
@click.pass_context
@friendly
def passages(ctx: click.Context, speaker: str | None, party: str | None, guild: int | None) -> None:
    """List passages with their attribution, to inspect how sources were split."""
    rows = _kb(ctx).passages(speaker=speaker, party=party, guild_id=guild)
    emit(lambda: [p.to_dict() for p in rows], lambda: terminal.passages(rows))


@cli.command("eval")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--mode",
    type=click.Choice(["hybrid", "dense", "lexical"]),
    default="hybrid",
    show_default=True,
    help="Which retrieval to score (dense and lexical are for comparison).",
)
@json_option("the scores and every question's full answer")
@click.pass_context
@friendly
def eval_cmd(ctx: click.Context, file: Path, mode: str) -> None:
    """Score retrieval on FILE.jsonl: hit@1, hit@3, MRR@10, characters cited, abstentions.

    \b
    A line is {"question": "...", "expected": ["...", ...]}: a hit when any expected string occurs
    in a cited passage (case, quotation marks and spacing ignored), or {"question": "...",
    "unanswerable": true}: right when Parley abstains.
    """
    from index.api import load_cases, score

    kb = _kb(ctx)
    cases = load_cases(file)
    _ensure_ready(kb)
    scores, answers = score(cases, lambda q: kb.ask(q, k=10, mode=mode))
    emit(
        lambda: {"mode": mode, "scores": scores.to_dict(), "answers": [a.to_dict() for a in answers]},
        lambda: terminal.scores(scores, mode),
    )


@cli.group()
def source() -> None:
    """Add, list, show and remove sources (the shipped corpus lives in corpus/)."""


@source.command("add")
@click.argument("location", type=Location())
@click.option("--title", help="Title (required for files without one; overrides what extraction finds).")
@click.option("--publisher", help="Publisher or site name.")
@click.option("--author", help="Author.")
@click.option("--url", "url_override", help="Link shown with citations (for a file or pasted text).")
@click.option("--date", help="Publication date, e.g. 2025-03-14.")
@click.option("--guild", type=GUILD_ID, default=None, help="Add for this Discord guild only (default: every guild).")
@json_option("the summary")
@click.pass_context
@friendly
def source_add(ctx: click.Context, location: str, title, publisher, author, url_override, date, guild) -> None:
    """Add LOCATION, a file (.txt .md .html .pdf) or an http(s) URL, as a source."""
    from index.api import FileInput, SourceInput, UrlInput

    kb = _kb(ctx)
    metadata = {"title": title, "publisher": publisher, "author": author, "url": url_override, "date": date}
    source: SourceInput
    if "://" in location:
        source = UrlInput(location, **metadata)
    else:
        path = Path(location)
        if not path.is_file():
            raise click.ClickException(
                f"no file at {clean_line(location)} (give a path to a .txt, .md, .html or .pdf, or an http(s) URL)"
            )
        source = FileInput(_read_bytes(path, kb), clean_line(path.name), **metadata)
    bars = ProgressBars()
    try:
        report = kb.add(source, guild_id=guild, progress=bars)
    finally:
        bars.close()
    emit(report.to_dict, lambda: terminal.add_report(report))


def _read_bytes(path: Path, kb) -> bytes:
    limit = kb.upload_limit
    if path.stat().st_size > limit:
        raise click.ClickException(
            f"{path.name} is {path.stat().st_size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB"
        )
    try:
        return path.read_bytes()
    except OSError as e:
        raise click.ClickException(f"cannot read {path}: {e.strerror}") from e


def _source(kb, source_id: int):
    """The knowledge base's "not found" speaks of Discord's /sources; here the listing is a command."""
    try:
        return kb.source(source_id, all_guilds=True)
    except NotFoundError:
        raise click.ClickException(f"There is no source #{source_id}; `parley source list` lists the ids.") from None


@source.command("remove")
@click.argument("source_id", type=SOURCE_ID)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@json_option("the summary")
@click.pass_context
@friendly
def source_remove(ctx: click.Context, source_id: int, yes: bool) -> None:
    """Remove source SOURCE_ID, its passages and their vectors."""
    kb = _kb(ctx)
    row, _ = _source(kb, source_id)
    if not yes and not json_wanted():
        click.confirm(
            f"Remove source #{row.id} “{row.title}” ({count(row.passages, 'passage')})?", abort=True, err=True
        )
    report = kb.remove_source(source_id, all_guilds=True)
    emit(report.to_dict, lambda: terminal.remove_report(report))


@source.command("list")
@click.option("--guild", type=GUILD_ID, default=None, help="Only what this guild sees (default: all sources).")
@json_option("the sources")
@click.pass_context
@friendly
def source_list(ctx: click.Context, guild: int | None) -> None:
    """List the sources with ids, titles, publishers and passage counts."""
    kb = _kb(ctx)
    kb.readiness.corpus()
    rows = kb.sources(guild, all_guilds=guild is None)
    emit(lambda: [r.to_dict() for r in rows], lambda: terminal.source_table(rows))


@source.command("show")
@click.argument("source_id", type=SOURCE_ID)
@json_option("the source and its passages")
@click.pass_context
@friendly
def source_show(ctx: click.Context, source_id: int) -> None:
    """Show one source's metadata and its quotes grouped by speaker."""
    row, rows = _source(_kb(ctx), source_id)
    emit(lambda: {**row.to_dict(), "passages": [p.to_dict() for p in rows]}, lambda: terminal.source_detail(row, rows))


@cli.group()
def party() -> None:
    """Map a speaker's or a party's name to a party, for one Discord guild or for every one.

    \b
    parley party set "Farid Mousavi" Iran --guild 123   # his quotes read as Iran's in guild 123
    parley party set IFAM "Aerospace Machinists"        # rename a party everywhere
    parley party set "Jane Roe" none                    # she speaks for no party
    """


@party.command("set")
@click.argument("name")
@click.argument("party_name", metavar="PARTY")
@click.option("--guild", type=GUILD_ID, default=None, help="Only for this Discord guild (default: every guild).")
@json_option("the change")
@click.pass_context
@friendly
def party_set(ctx: click.Context, name: str, party_name: str, guild: int | None) -> None:
    """Read NAME (a speaker as printed, or a party) as PARTY ("none": no party); relabels at once."""
    from . import party_text

    kb = _kb(ctx)
    kb.readiness.corpus()
    change = kb.party_map.set(name, party_name, guild_id=guild)
    emit(change.to_dict, lambda: party_text.change(change))


@party.command("remove")
@click.argument("name")
@click.option("--guild", type=GUILD_ID, default=None, help="The guild the mapping was set for (default: every guild).")
@json_option("the change")
@click.pass_context
@friendly
def party_remove(ctx: click.Context, name: str, guild: int | None) -> None:
    """Drop NAME's mapping: its passages take their party from the sources again."""
    from . import party_text

    change = _kb(ctx).party_map.remove(name, guild_id=guild)
    emit(change.to_dict, lambda: party_text.change(change, removed=True))


@party.command("list")
@click.option("--guild", type=GUILD_ID, default=None, help="This guild's mappings (default: those for every guild).")
@json_option("the mappings")
@click.pass_context
@friendly
def party_list(ctx: click.Context, guild: int | None) -> None:
    """List the mappings, each with how many passages it decides."""
    from . import party_text

    rows = _kb(ctx).party_map.mappings(guild)
    emit(lambda: [party_text.mapping_dict(m, n) for m, n in rows], lambda: party_text.listing(rows, guild))


@cli.command()
@click.option(
    "--limit", default=50, show_default=True, type=click.IntRange(1, 10000), help="How many rows, newest first."
)
@click.option("--guild", type=GUILD_ID, default=None, help="Only this guild's actions.")
@json_option("the rows")
@click.pass_context
@friendly
def audit(ctx: click.Context, limit: int, guild: int | None) -> None:
    """List source additions and removals: when, guild, user, action, source, outcome."""
    rows = _kb(ctx).audit(limit, guild)
    emit(lambda: rows, lambda: terminal.audit_table(rows))


@cli.command()
@click.pass_context
@friendly
def run(ctx: click.Context) -> None:
    """Start the Discord bot (token from DISCORD_TOKEN in the environment or .env)."""
    settings = _settings(ctx)
    if not settings.discord_token:
        raise click.ClickException(
            f"DISCORD_TOKEN is not set (read {settings.sources()}): copy .env.example to "
            f".env in {PROJECT_ROOT} and fill it in, or point PARLEY_ENV_FILE to a file."
        )
    from .main import run_bot

    run_bot(settings)


def main() -> None:
    try:
        settings = Settings.from_env()
    except ParleyError as e:
        click.echo(f"Error: {e}; .env.example documents each setting", err=True)
        sys.exit(1)
    cli(prog_name="parley", obj={"settings": settings})

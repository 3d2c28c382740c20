"""What a command prints: its result as text for people, or with ``--json`` as JSON for scripts.

After sqlite-utils' shared output options: one decorator gives a command its ``--json`` flag and one
emitter prints whichever form was asked for, so no command carries its own ``if as_json`` branch. What
else ``--json`` changes (no progress bars, no confirmation prompt) asks ``json_wanted()``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])
_WANTED = "parley.json"


def json_option(what: str) -> Callable[[F], F]:
    """Add ``--json`` ("Print WHAT as JSON.") to a command; the command prints through ``emit``."""

    def decorate(command: F) -> F:
        @wraps(command)
        def run(*args: Any, as_json: bool, **kwargs: Any) -> Any:
            click.get_current_context().meta[_WANTED] = as_json
            return command(*args, **kwargs)

        return click.option("--json", "as_json", is_flag=True, help=f"Print {what} as JSON.")(run)  # type: ignore[return-value]

    return decorate


def json_wanted() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get(_WANTED))


def emit(data: Callable[[], Any], text: Callable[[], str]) -> None:
    """Print the result in the form asked for; each form is built only when it is the one printed."""
    if json_wanted():
        click.echo(json.dumps(data(), ensure_ascii=False, indent=2))
    else:
        click.echo(text())

"""Logging for the command line: Parley's own warnings, each once, and libraries kept quiet.

A command's output is its result. The bot logs at PARLEY_LOG_LEVEL (INFO by default, see bot/main.py),
but a `.env` written for the bot must not bury a command's result, or its one-line error, under
model-loading lines from sentence-transformers, faiss or trafilatura. So by default the command line
shows Parley's warnings and errors and libraries' errors only, without tracebacks; `parley --verbose`
applies PARLEY_LOG_LEVEL (INFO when unset) to Parley, shows libraries' warnings, and adds times and
tracebacks.
"""

from __future__ import annotations

import logging

import click

OWN_LOGGERS = ("parley", "index", "bot")
_COLOURS = {logging.WARNING: "yellow", logging.ERROR: "red", logging.CRITICAL: "red"}


class CliHandler(logging.Handler):
    """Writes to the stderr of the moment (click's, under a test runner too) and prints a message
    it has already printed only once, so a warning both logged and reported stays one line."""

    def __init__(self, own_level: int, library_level: int, verbose: bool) -> None:
        super().__init__(logging.NOTSET)
        self.own_level = own_level
        self.library_level = library_level
        self.verbose = verbose
        self.shown: set[str] = set()

    def wanted(self, record: logging.LogRecord) -> bool:
        own = record.name.split(".", 1)[0] in OWN_LOGGERS
        return record.levelno >= (self.own_level if own else self.library_level)

    def emit(self, record: logging.LogRecord) -> None:
        if not self.wanted(record):
            return
        try:
            message = record.getMessage()
            if message in self.shown:
                return
            self.shown.add(message)
            click.secho(self.line(record, message), fg=_COLOURS.get(record.levelno), err=True)
        except Exception:
            self.handleError(record)

    def line(self, record: logging.LogRecord, message: str) -> str:
        if self.verbose:
            return logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s").format(record)
        label = record.levelname.lower()
        return message if message.lower().startswith(f"{label}:") else f"{label}: {message}"


def configure(log_level: str | None, verbose: bool) -> CliHandler:
    """Install the command line's one handler on the root logger, replacing an earlier one (a test
    runner invokes the CLI many times in one process)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, CliHandler)]:
        root.removeHandler(old)
    own = logging.getLevelName(log_level or "INFO") if verbose else logging.WARNING
    library = logging.WARNING if verbose else logging.ERROR
    handler = CliHandler(own, library, verbose)
    root.addHandler(handler)
    root.setLevel(min(own, library))
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET)
    logging.captureWarnings(True)
    return handler


def current() -> CliHandler | None:
    return next((h for h in logging.getLogger().handlers if isinstance(h, CliHandler)), None)


def remove() -> None:
    """The bot (`parley run`) sets up its own logging at PARLEY_LOG_LEVEL."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, CliHandler)]:
        root.removeHandler(old)
    logging.captureWarnings(False)


def already_shown(message: str) -> bool:
    """Whether the handler has printed ``message``; if not, it counts as printed from now on, so a
    warning a command reports itself is not printed again when it is also logged."""
    handler = current()
    if handler is None:
        return False
    if message in handler.shown:
        return True
    handler.shown.add(message)
    return False

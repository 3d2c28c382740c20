"""Errors a user may see.

Every error raised on purpose carries a short message that a member, moderator or operator can act
on; front ends print ``str(error)`` and never a traceback for these.
"""

SENTENCE_ENDS = (".", "?", "!", "\u2026")


def one_full_stop(message: str) -> str:
    """The message without the full stop a template added after a value that ended a sentence already:
    "Could not find the server {host}." made "localhost.." of the name "localhost.", and a file named
    "why?" made "why?." (a deliberate "..." is kept)."""
    body = message[:-1]
    if message.endswith(".") and body.endswith(SENTENCE_ENDS) and not message.endswith("..."):
        return body
    if message.endswith("...."):
        return body
    return message


class ParleyError(Exception):
    """Base class: the message is meant for the user, and never holds a full stop after one at its end."""

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], str):
            args = (one_full_stop(args[0]), *args[1:])
        super().__init__(*args)


class InputError(ParleyError):
    """The question, file, URL or option given is not acceptable; nothing was changed."""


class DuplicateSourceError(InputError):
    """The same content or URL is already a source (the message names its id)."""

    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class NotFoundError(ParleyError):
    """No such source (or not visible from this guild)."""


class IndexCorruptError(ParleyError):
    """The FAISS file could not be read; it is rebuilt from the store."""


class IndexBusyError(ParleyError):
    """Another process held a derived index's writer for longer than Parley waits. The store is the truth:
    a write already committed stays, and the index catches up on its next use."""


class StorageError(ParleyError):
    """The data folder or a file in it cannot be used as it is; the message names the setting, the path
    and the fix, because the operator, not the member, has to act on it."""

"""Errors a user may see.

Every error raised on purpose carries a short message that a member, moderator or operator can act
on; front ends print ``str(error)`` and never a traceback for these.
"""


class ParleyError(Exception):
    """Base class: the message is meant for the user."""


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


class StorageError(ParleyError):
    """The data folder or a file in it cannot be used as it is; the message names the setting, the path
    and the fix, because the operator, not the member, has to act on it."""

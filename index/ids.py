"""Ids and keys a caller of the facade hands in, checked before they reach SQLite.

The CLI and the bot bound what they pass; a direct caller of index/kb.KnowledgeBase does not, and SQLite
answers an integer past its largest with OverflowError and a lone surrogate with UnicodeEncodeError, a
traceback instead of a refusal. Each check here turns that into an InputError saying what is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable

from index.errors import InputError
from index.text.characters import has_lone_surrogate

SQLITE_INTEGER_MAX = 2**63 - 1


def storable(number: int) -> bool:
    """Whether SQLite can hold the id at all; ids are never negative."""
    return 0 <= number <= SQLITE_INTEGER_MAX


def check_guild_id(guild_id: int | None) -> int | None:
    """A server id as Discord gives one, or None (the shared scope)."""
    if guild_id is not None and not storable(guild_id):
        raise InputError(f"A server id is a whole number from 0 to {SQLITE_INTEGER_MAX:,}.")
    return guild_id


def check_user_id(user_id: int) -> int:
    if not storable(user_id):
        raise InputError(f"A member id is a whole number from 0 to {SQLITE_INTEGER_MAX:,}.")
    return user_id


def check_actor(guild_id: int | None, user_id: int | None) -> tuple[int | None, int | None]:
    """The server and the member a write is audited under, checked before the write begins."""
    return check_guild_id(guild_id), None if user_id is None else check_user_id(user_id)


def check_passage_ids(passage_ids: Iterable[int]) -> list[int]:
    """Passage ids as the store numbers them: one it could never hold would break every later reading."""
    ids = list(passage_ids)
    if not all(0 < i <= SQLITE_INTEGER_MAX for i in ids):
        raise InputError(f"A passage id is a whole number from 1 to {SQLITE_INTEGER_MAX:,}.")
    return ids


def check_text(text: str | None, what: str) -> str | None:
    """Text kept or looked up as given, refused when it holds bytes that are not UTF-8."""
    if text is not None and has_lone_surrogate(text):
        raise InputError(f"The {what} holds bytes that are not UTF-8 text: check the terminal's encoding.")
    return text

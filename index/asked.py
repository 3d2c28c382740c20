"""The questions behind the bot's answer buttons, kept in the store (table `asked`): a click on an answer
the bot no longer holds in memory, after a restart say, asks its question again in the server it was
asked in."""

from __future__ import annotations

from dataclasses import dataclass

from index.ids import check_guild_id, check_text
from index.storage.store import Store
from index.text.characters import has_lone_surrogate


@dataclass(frozen=True)
class AskedQuestions:
    store: Store

    def remember(self, key: str, guild_id: int | None, question: str) -> None:
        """Refuses what SQLite cannot hold (an id past its integers, a lone surrogate) in words."""
        key, question = str(check_text(key, "answer key")), str(check_text(question, "question"))
        self.store.remember_question(key, check_guild_id(guild_id), question)

    def recall(self, key: str) -> tuple[int | None, str] | None:
        """(guild id, question) of the answer with this key, or None when it was never remembered (a key
        `remember` refuses never was)."""
        return None if has_lone_surrogate(key) else self.store.asked_question(key)

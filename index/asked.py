"""The questions behind the bot's answer buttons, kept in the store (table `asked`): a click on an answer
the bot no longer holds in memory, after a restart say, asks its question again in the server it was
asked in."""

from __future__ import annotations

from dataclasses import dataclass

from index.storage.store import Store


@dataclass(frozen=True)
class AskedQuestions:
    store: Store

    def remember(self, key: str, guild_id: int | None, question: str) -> None:
        self.store.remember_question(key, guild_id, question)

    def recall(self, key: str) -> tuple[int | None, str] | None:
        """(guild id, question) of the answer with this key, or None when it was never remembered."""
        return self.store.asked_question(key)

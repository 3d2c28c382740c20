"""The answers behind Discord messages, so their buttons work for as long as the message exists.

A button's ``custom_id`` carries the answer's key and a page (see ``views``), not the question: a
question may be 2,000 characters and a ``custom_id`` only 100. The question is kept in the store under
the key, and recent answers in memory, so paging an answer asked today costs nothing and paging
yesterday's answer (after a restart) asks its question again, in the server it was asked in.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.api import Answer

    from ..service import AsyncKnowledgeBase

log = logging.getLogger("parley.bot")

KEY_CHARS = 16
RECENT = 512


def answer_key(guild_id: int | None, question: str) -> str:
    """The same question in the same server is the same answer; in another server it is another one."""
    digest = hashlib.sha256(f"{guild_id or ''}\n{question}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:KEY_CHARS]


class Answers:
    def __init__(self, library: AsyncKnowledgeBase, *, citations: int, recent: int = RECENT) -> None:
        self.library = library
        self.citations = citations
        self.recent = recent
        self._recent: OrderedDict[str, tuple[int | None, Answer]] = OrderedDict()

    async def ask(self, question: str, guild_id: int | None) -> tuple[str, Answer]:
        answer = await self.library.ask(question, k=self.citations, guild_id=guild_id)
        key = answer_key(guild_id, question)
        self._keep(key, guild_id, answer)
        return key, answer

    async def remember(self, key: str, guild_id: int | None, question: str) -> None:
        """After the answer is sent, so a slow store never delays it; failing only costs paging after a restart."""
        try:
            await self.library.remember_question(key, guild_id, question)
        except Exception:
            log.warning(
                "could not store question %s for its buttons; they will work until a restart", key, exc_info=True
            )

    def recent_answer(self, key: str, guild_id: int | None) -> Answer | None:
        kept = self._recent.get(key)
        if kept is None or kept[0] != guild_id:
            return None
        self._recent.move_to_end(key)
        return kept[1]

    async def recover(self, key: str, guild_id: int | None) -> Answer | None:
        """Ask the stored question again, only from the server it was asked in; None when it is unknown."""
        asked = await self.library.asked_question(key)
        if asked is None or asked[0] != guild_id:
            return None
        _, answer = await self.ask(asked[1], guild_id)
        return answer

    def _keep(self, key: str, guild_id: int | None, answer: Answer) -> None:
        self._recent[key] = (guild_id, answer)
        self._recent.move_to_end(key)
        while len(self._recent) > self.recent:
            self._recent.popitem(last=False)

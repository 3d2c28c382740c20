"""Which party a name, a speaker or a question refers to, from the alias list in corpus/parties.toml.

The list is data so that moderators can teach Parley a new official's name without a code change.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

NONE = "none"


@dataclass(frozen=True)
class Parties:
    aliases: dict[str, str]  # alias as written → party name, or NONE for neutral speakers

    @classmethod
    def load(cls, path: Path) -> "Parties":
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        aliases: dict[str, str] = {}
        for party, table in data.get("parties", {}).items():
            for alias in table.get("aliases", []) + [party]:
                aliases[alias] = party
        for alias in data.get("none", {}).get("aliases", []):
            aliases[alias] = NONE
        return cls(aliases)

    @property
    def names(self) -> list[str]:
        """Party names in the order the file lists them."""
        return list(dict.fromkeys(p for p in self.aliases.values() if p != NONE))

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        def one(alias: str) -> str:
            body = re.escape(alias)
            if not any(ch.islower() for ch in alias):
                return f"(?-i:{body})"
            return body

        ordered = sorted(self.aliases, key=len, reverse=True)
        return re.compile(r"(?<![\w.])(?:" + "|".join(one(a) for a in ordered) + r")(?!\w)", re.IGNORECASE)

    def _party_of_match(self, matched: str) -> str:
        if matched in self.aliases:
            return self.aliases[matched]
        folded = matched.casefold()
        for alias, party in self.aliases.items():
            if alias.casefold() == folded and any(ch.islower() for ch in alias):
                return party
        return NONE

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """(offset, party) for every alias in the text, longest alias first at each place, in text order."""
        return [(m.start(), self._party_of_match(m.group(0))) for m in self._pattern.finditer(text)]

    def in_question(self, text: str) -> list[str]:
        """Parties a question names, in the order named; neutral names are not a party."""
        return list(dict.fromkeys(p for _, p in self.mentions(text) if p != NONE))

    def of_speaker(self, speaker: str | None, role: str | None) -> str | None:
        """The party a speaker speaks for: the longest alias in the name wins, then the role's."""
        for text in (speaker, role):
            if not text:
                continue
            found = sorted(self._pattern.finditer(text), key=lambda m: len(m.group(0)), reverse=True)
            if found:
                party = self._party_of_match(found[0].group(0))
                return None if party == NONE else party
        return None

    def knows(self, speaker: str | None, role: str | None) -> bool:
        """Whether the speaker is listed at all (as a party's or as a neutral name)."""
        return any(text and self._pattern.search(text) for text in (speaker, role))

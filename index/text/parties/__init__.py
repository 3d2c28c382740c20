"""Which party a speaker, a statement or a question refers to, from the names in corpus/gazetteer.toml and
corpus/parties.toml.

A quote belongs to whoever its speaker speaks for, and the role says so far more often than the name:
"Iranian Foreign Minister", "Kremlin spokesman", "Israel's prime minister", "Boeing CEO", "president of
the United Auto Workers". A speaker whose affiliation cannot be read has no party rather than a guessed
one. Organisations the gazetteer does not know (a union, a company) become parties under their own
name; research, polling and news organisations never do, because they describe positions without
holding one.

The modules, each depending only on those before it:
- patterns: the words and patterns the rules read with (data only);
- titles, organisations, datelines: pure readers of the text around a name;
- aliases: the alias table (AliasTable), shared by the register and every article;
- questions: what a member's question names;
- article: one article's view (ArticleView, ArticleFacts, `in_document`);
- roles: what a role or description names (`affiliation`);
- politicians, officials: a politician's party; the state a bare-titled official serves;
- speakers: a speaker's party (`of_speaker`), falling back on all of the above.
"""

from __future__ import annotations

import re
from pathlib import Path

from index.text.gazetteer import Table, load_table, normalise
from index.text.parties import questions
from index.text.parties.patterns import NONE, PRESIDENTIAL_OFFICE, TITLE_WORDS
from index.text.parties.questions import Actor, Named
from index.text.parties.speakers import Speakers
from index.text.parties.titles import cabinet_title, state_title

__all__ = ["NONE", "Actor", "Named", "Parties"]


class Parties(Speakers):
    """The parties register: a speaker's, a role's, a text's or a question's parties, read with one loaded
    alias table; `in_document` gives the same reading as one article sees it."""

    @classmethod
    def load(cls, path: Path) -> Parties:
        """parties.toml and the gazetteer beside it (cached per file version, so loading again is free)."""
        return _shared(load_table(path))

    def kind(self, party: str) -> str | None:
        """ "country", "organisation", "party" …: what sort of party the table lists it as."""
        return self.aliases.kind(party)

    def home_state(self, publisher: str | None) -> str | None:
        """ "The Manila Times", "Tehran Times", "Kathmandu Post": a paper named after a country's capital is that
        country's own, and reports its officials under their bare titles."""
        words = re.sub(r"^[Tt]he\s+", "", (publisher or "").strip()).split()
        for size in (2, 1):
            place = " ".join(words[:size])
            if len(words) > size and words[size][:1].isupper():
                found = {a.party for a in self.table.aliases if a.text == place and a.form == "place" and a.party}
                if len(found) == 1 and self.kind(next(iter(found))) == "country":
                    return found.pop()
        return None

    def bare_state_title(self, role: str | None) -> bool:
        """A state's office that names no state: "Foreign Minister", "Presidential Adviser on the Peace Process"."""
        bare = re.sub(r"^(?:the|a|an)\s+", "", normalise(role or "").strip(), flags=re.IGNORECASE)
        words = [w.casefold().strip(".,") for w in bare.split()]
        return bool(words) and (
            (all(w in TITLE_WORDS for w in words) and state_title(words))
            or cabinet_title(words)
            or bool(PRESIDENTIAL_OFFICE.match(" ".join(words)))
        )

    def canonical(self, name: str) -> str | None:
        """The party a whole name stands for ("EU" → "European Union", "russia" → "Russia"), else None."""
        return self.aliases.canonical(name)

    def aliases_of(self, party: str) -> list[str]:
        """Every name, demonym, place and person by which a text may refer to the party."""
        return self.aliases.aliases_of(party)

    def own_names(self, party: str) -> list[str]:
        """The names that mean this party wherever they stand: no label it shares with another party."""
        return self.aliases.own_names(party)

    def known_people(self, first_name: str) -> list[str]:
        """The full names of known people with this first name ("Boris" → "Boris Johnson")."""
        return self.aliases.known_people(first_name)

    def named(self, question: str) -> Named:
        """What a question names, in one scan: actors, people, parties and the sides asked (questions.named)."""
        return questions.named(self.aliases, question)

    def actors(self, question: str) -> list[Actor]:
        """The actors a question names, people excepted (questions.actors)."""
        return questions.actors(self.aliases, question)

    def in_question(self, text: str) -> list[str]:
        """The parties a question names, in the order named (questions.in_question)."""
        return questions.in_question(self.aliases, text)

    def sides_in_question(self, text: str) -> list[str]:
        """The parties a question asks to hear from (questions.sides_in_question)."""
        return questions.sides_in_question(self.aliases, text)

    def people_named(self, question: str) -> list[Actor]:
        """The known people a question names (questions.people_named)."""
        return questions.people_named(self.aliases, question)


_SHARED: dict[int, Parties] = {}


def _shared(table: Table) -> Parties:
    """One Parties per loaded table, so its matchers are built once per process."""
    found = _SHARED.get(id(table))
    if found is None or found.table is not table:
        found = _SHARED[id(table)] = Parties(table)
    return found

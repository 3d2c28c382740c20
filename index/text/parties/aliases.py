"""The alias table: parties.toml and the gazetteer as lookups. Which party a whole name, a person or a first
name means, every name a party goes by, and the matchers that find names in a text or a question. It depends
on the table alone, so one instance serves the register and every article bound from it (no article's findings
can reach it), and its lookups are built once per process."""

from __future__ import annotations

import re
from functools import cached_property

from index.text.gazetteer import Matcher, Table, fold_name, spelled_otherwise
from index.text.parties.patterns import BODY_WORDS, HONORIFICS, TITLE_WORDS


class AliasTable:
    """Lookups over one loaded table, each built on first use."""

    def __init__(self, table: Table) -> None:
        self.table = table

    @cached_property
    def text_matcher(self) -> Matcher:
        return Matcher(self.table.aliases, fold=False)

    @cached_property
    def question_matcher(self) -> Matcher:
        return Matcher(self.table.aliases, fold=True)

    @cached_property
    def _people(self) -> dict[str, str]:
        return {fold_name(a.text): a.parties[0] for a in reversed(self.table.aliases) if a.form == "person"}

    @cached_property
    def staffed(self) -> frozenset[str]:
        """The parties the gazetteer lists office holders for: an organisation among them is one people hold
        posts in ("IMF", "United Nations"), unlike a summit or a grouping ("G7")."""
        return frozenset(a.parties[0] for a in self.table.aliases if a.form == "person")

    @cached_property
    def _surnames(self) -> dict[str, str]:
        return {fold_name(a.text): a.parties[0] for a in self.table.aliases if a.form == "surname"}

    @cached_property
    def _first_names(self) -> dict[str, list[str]]:
        """First name → the full names of known people who have it ("Boris" → "Boris Johnson")."""
        found: dict[str, list[str]] = {}
        for a in self.table.aliases:
            words = a.text.split()
            if a.form == "person" and len(words) > 1 and words[0][:1].isupper():
                found.setdefault(words[0].casefold(), []).append(a.text)
        return found

    def kind(self, party: str) -> str | None:
        return self.table.kinds.get(party)

    @cached_property
    def _forms_by_party(self) -> dict[str, list[str]]:
        forms: dict[str, list[str]] = {}
        for a in self.table.aliases:
            for p in a.parties:
                if a.form != "surname":
                    forms.setdefault(p, []).append(a.text)
        return forms

    def own_names(self, party: str) -> list[str]:
        """The names that mean this party wherever they stand: no label it shares with another party."""
        shared = {a.text for a in self.table.aliases if a.form == "ambiguous"}
        return [name for name in self.aliases_of(party) if name not in shared]

    def aliases_of(self, party: str) -> list[str]:
        """Every name, demonym, place and person by which a text may refer to the party."""
        return list(dict.fromkeys([party, *self._forms_by_party.get(party, [])]))

    @cached_property
    def _canonical(self) -> dict[str, str]:
        return {
            fold_name(a.text): a.parties[0]
            for a in reversed(self.table.aliases)
            if len(a.parties) == 1 and a.form in ("name", "place", "demonym")
        }

    def canonical(self, name: str) -> str | None:
        """The party a whole name stands for ("EU" → "European Union", "russia" → "Russia"), else None."""
        return self._canonical.get(fold_name(name))

    def known_people(self, first_name: str) -> list[str]:
        return self._first_names.get(first_name.casefold(), [])

    def person(self, name: str | None) -> str | None:
        """The party of a known person: full name, first and last name, or a surname no one else has."""
        if not name:
            return None
        folded = fold_name(re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE))
        while " " in folded and folded.split()[0].strip(".") in TITLE_WORDS | HONORIFICS:
            folded = folded.split(" ", 1)[1]
        if folded in self._people:
            return self._people[folded]
        words = folded.split()
        if len(words) > 2 and f"{words[0]} {words[-1]}" in self._people:
            return self._people[f"{words[0]} {words[-1]}"]
        if len(words) == 1:
            return self._surnames.get(folded)
        if len(words) == 2 and len(words[0].strip(".")) == 1 and words[1] in self._surnames:
            initial = words[0].strip(".")
            if any(n.startswith(initial) and n.split()[-1] == words[1] for n in self._people):
                return self._surnames[words[1]]  # "S Jaishankar", "S. Jaishankar": an initial and a known surname
        fuller = {party for names, party in self._full_names.get(words[-1], ()) if set(words) <= names}
        if len(fuller) == 1:
            return fuller.pop()
        return self._spelled_otherwise(words)

    def _spelled_otherwise(self, words: list[str]) -> str | None:
        """ "Abbas Araqchi" for "Abbas Araghchi": Persian, Arabic and Russian names reach English in several
        transliterations, so a known person's given names followed by a surname that differs only in how a
        sound is spelled (most letters shared, same first letter) is that person, when only one fits."""
        if len(words) < 2 or len(words[-1]) < 5:
            return None
        found = {
            party
            for i, word in enumerate(words)
            for known, party in self._one_word_masked.get((*words[:i], "", *words[i + 1 :]), ())
            if known != word and spelled_otherwise(known, word)
        }
        return found.pop() if len(found) == 1 else None

    @cached_property
    def _one_word_masked(self) -> dict[tuple[str, ...], list[tuple[str, str]]]:
        """Each known name with one word left blank → that word and the party: a name spelled otherwise
        shares all its other words with the known one, so looking it up this way reads a few candidates
        instead of every listed person (the list is long)."""
        found: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for name, party in self._people.items():
            words = name.split()
            for i, word in enumerate(words):
                found.setdefault((*words[:i], "", *words[i + 1 :]), []).append((word, party))
        return found

    @cached_property
    def _full_names(self) -> dict[str, list[tuple[set[str], str]]]:
        """Surname → the words of each known full name that ends in it, for a name printed with fewer of its
        given names ("Tayyip Erdoğan" for "Recep Tayyip Erdoğan"); the surname must be the same."""
        found: dict[str, list[tuple[set[str], str]]] = {}
        for name, party in self._people.items():
            words = name.split()
            if len(words) > 2:
                found.setdefault(words[-1], []).append((set(words), party))
        return found

    @cached_property
    def body_words(self) -> dict[str, set[str]]:
        """Per party, the body words its longer names end in ("European Commission" → "Commission" for the
        European Union, "International Monetary Fund" → "Fund"): an article that names the EU only as "the
        EU" may still call its executive "the Commission"."""
        words: dict[str, set[str]] = {}
        for a in self.table.aliases:
            last = a.text.split()[-1]
            if a.party and a.form == "name" and " " in a.text and last in BODY_WORDS:
                words.setdefault(a.party, set()).add(last)
        return words

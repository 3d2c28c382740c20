"""A politician's party. A politician speaks for their party where the text ties them to it ("CDU leader X",
"Jonas Brandt (SPD)", "X's far-right Y party", "X, a member of the Y", "his Y and Z counterparts, X and W,
respectively") or where the article has their country's parties negotiate among themselves (coalition talks,
a budget); otherwise for the state they hold office in. A shadow minister speaks for the opposition's party."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from index.text.gazetteer import Alias, Match, fold_name, normalise
from index.text.parties.patterns import (
    CONGRESS,
    MEMBER_WORDS,
    ON_THE_TEAM,
    OPPOSITION_LABEL,
    PAIRED_COUNTERPARTS,
    RUNNING_TO_LEAD,
    US_PARTY_DESCRIPTION,
    US_PARTY_TIE,
)
from index.text.parties.roles import Roles
from index.text.parties.titles import is_descriptive


@dataclass(frozen=True)
class TieWords:
    """Where an article's party ties can be: the words before "'s", before ", a member" (lawmaker, MP,
    politician), the seven after "government of", and its "his Y and Z counterparts, X and W, respectively"."""

    possessive: list[str]
    member_of: list[str]
    after_government: list[str]
    counterparts: list[re.Match[str]]


class Politicians(Roles):
    """The party ties an article makes, read once per article and per surname."""

    def _politicians_party(self, speaker: str | None, role: str | None, known: str) -> str | None:
        """A politician speaks for their party where the text ties them to it ("CDU leader X") or where
        the article has their country's parties negotiate among themselves (coalition talks); otherwise
        for the state they hold office in, which the gazetteer lists them under."""
        if self.document is None or self.aliases.kind(known) != "country":
            return None
        tied = (
            (self.affiliation(role) if role else None) or self._party_in_brackets(speaker) or self._party_tied(speaker)
        )
        if tied in self.table.political and known in self.table.political[tied]:
            return tied
        member = self._member(speaker)
        return (
            member if member and self.document.party_talks == known and known in self.table.political[member] else None
        )

    def _role_party(self, role: str | None) -> str | None:
        """The political party a role names ("VVD leader"), which the text gives a person now."""
        party = self.affiliation(role) if role else None
        return party if party in self.table.political else None

    def _party_in_brackets(self, speaker: str | None) -> str | None:
        """ "Jonas Brandt (SPD) said": a political party in brackets right after the name ties the person to it."""
        if self.document is None or not speaker or is_descriptive(speaker):
            return None
        for m in self._named_at(normalise(speaker), r"\s*\((?P<what>[^()]{1,60})\)"):
            party = self.aliases.canonical(m.group("what").strip())
            if party in self.table.political:
                return party
        return None

    def _us_party_tied(self, speaker: str | None) -> str | None:
        """ "Sen. X, R-Kan.", "Rep. Y (D-Calif.)", "Sen. Z of Vermont, the top Democrat on …", "the Idaho
        Republican said": where the US Congress's two parties negotiate (and no other country takes part), the
        letter or the label after a lawmaker's name, or the one that describes them, is their side; their home
        state is not."""
        if self.document is None or not speaker or not self._us_parties_negotiate():
            return None
        described = US_PARTY_DESCRIPTION.fullmatch(speaker.strip())
        if described:
            return "Republican Party" if described.group("label") == "Republican" else "Democratic Party"
        if is_descriptive(speaker):
            return None
        for m in self._named_at(normalise(speaker), US_PARTY_TIE):
            letter = m.group("letter") or m.group("label")[0]
            return "Republican Party" if letter == "R" else "Democratic Party"
        return None

    def _us_parties_negotiate(self) -> bool:
        """Talks between Democrats and Republicans: the article has them negotiate, or speaks of Congress and
        names no country but the United States. Read once per article, not once per speaker."""
        key = self._article_state()
        if key not in self._article_us_talks:
            self._article_us_talks[key] = self._scan_us_talks()
        return self._article_us_talks[key]

    @cached_property
    def _article_us_talks(self) -> dict[tuple[object, ...], bool]:
        return {}

    def _scan_us_talks(self) -> bool:
        assert self.document is not None
        us = self.aliases.canonical("United States")
        if self.document.party_talks == us:
            return True
        countries = {
            m.alias.party
            for m in self._found(self._article_text)
            if m.alias.party and self.aliases.kind(m.alias.party) == "country"
        }
        return countries <= {us} and bool(CONGRESS.search(self._article_text))

    def _party_tied(self, speaker: str | None) -> str | None:
        """The other ways the text ties a politician to one political party, by full name or the surname
        the quote gives: "X's far-right Y party", "X, a member of the Y", "the minority Y government of
        Prime Minister X", and "his Y and Z counterparts, X and W, respectively". A party's adjective
        before "government" is its plural label ("the Socialist government" of the Socialists). A tie naming
        two parties ties to none."""
        if self.document is None or not speaker or is_descriptive(speaker):
            return None
        key = (speaker, self._article_state())
        if key not in self._article_party_ties:
            self._article_party_ties[key] = self._scan_party_ties(speaker)
        return self._article_party_ties[key]

    @cached_property
    def _article_party_ties(self) -> dict[tuple[object, ...], str | None]:
        """Each speaker's party tie in the bound article, by speaker and what the article then held: one whole-
        article read per speaker however many of their passages ask."""
        return {}

    @cached_property
    def _article_tie_words(self) -> TieWords:
        """The words of the bound article each party tie needs its surname in, read once: a whole-article
        pattern per politician made splitting an article that quotes many people quadratic (2778b6f)."""
        words = re.findall(r"\S+", self._article_text)
        return TieWords(
            possessive=[w[:-2] for w in words if w[-2:] in ("'s", "’s")],
            member_of=[
                w[:-1]
                for k, w in enumerate(words)
                if w.endswith(",")
                and words[k + 1 : k + 2] in (["a"], ["an"])
                and set(MEMBER_WORDS) & set(words[k + 2 : k + 4])
            ],
            after_government=[
                w
                for k, w0 in enumerate(words)
                if w0 == "government" and words[k + 1 : k + 2] == ["of"]
                for w in words[k + 2 : k + 9]
            ],
            counterparts=list(PAIRED_COUNTERPARTS.finditer(self._article_text)),
        )

    @cached_property
    def _article_team_tails(self) -> list[re.Match[str]]:
        """The bound article's "was one of the Y team" and "to be the next Y leader" phrases, read once; each
        speaker's tie then only looks at the words just before them."""
        return [m for tail in (ON_THE_TEAM, RUNNING_TO_LEAD) for m in re.finditer(tail, self._article_text)]

    def _scan_party_ties(self, speaker: str) -> str | None:
        """`_party_tied` read over the whole article, by the patterns whose words the article has for this
        surname (`_article_tie_words`: none for most speakers)."""
        word = normalise(speaker).split()[-1]
        surname = re.escape(word)
        name = rf"(?<![\w-])(?:[A-Z][\w'-]*\s+){{0,3}}{surname}(?![\w-])"
        text = self._article_text
        ties = self._article_tie_words
        found: set[str] = set()
        if any(w.endswith(word) for w in ties.possessive):
            for m in re.finditer(rf"{name}['’]s\s+(?P<what>[^,.;:()\n]{{1,60}})", text):
                lead = re.match(r"(?:(?!and\b|or\b)[a-z][\w-]*\s+){0,3}(?=[A-Z])", m.group("what"))
                what = m.group("what")[lead.end() :].split(" party")[0] if lead else None
                found |= self._parties_in(what, first=True) if what is not None else set()
        if any(w.startswith(word) for w in ties.after_government):
            government = rf"\b(?P<what>[^,.;:()\n]{{1,40}})\s+government\s+of\s+(?:[A-Z][\w.]*\s+){{0,3}}{name}"
            for m in re.finditer(government, text):
                what = m.group("what")
                found |= self._parties_in(what, first=False) or self._parties_in(f"{what}s", False)
        if any(w.endswith(word) for w in ties.member_of):
            member = rf"(?:{'|'.join(MEMBER_WORDS)})\s+(?:of|from)\s+(?:the\s+)?(?P<what>[^,.;:()\n]{{1,60}})"
            for m in re.finditer(rf"{name},\s+an?\s+(?:[\w-]+\s+)?{member}", text):
                found |= self._parties_in(m.group("what"), first=True)
        for m in self._article_team_tails:
            if re.search(rf"{name},?\s+(?:[^.;\n]{{0,120}}?\s)?$", text[max(0, m.start() - 160) : m.start()]):
                found |= self._parties_in(m.group("what"), first=True)  # "X … was one of the Conservative team"
        for m in ties.counterparts:
            parties = [self._parties_in(m.group(k), first=True) for k in ("a", "b")]
            for k, ps in zip(("x", "y"), parties, strict=True):
                if re.fullmatch(name, m.group(k).strip()) and len(ps) == 1:
                    found |= ps
        return found.pop() if len(found) == 1 else None

    def _parties_in(self, text: str, first: bool) -> set[str]:
        """The political party the text opens with (when `first`), else the last it names, as a set."""
        names = [self._label_here(m) for m in sorted(self._found(text), key=lambda m: m.start)]
        parties = [m for m in names if m.alias.party in self.table.political]
        if first:
            chosen = parties[0] if parties and parties[0].start == 0 else None
        else:
            chosen = parties[-1] if parties else None
        return {chosen.alias.party} if chosen and chosen.alias.party else set()

    def _label_here(self, m: Match) -> Match:
        """A label several parties share ("Socialists") as the bound article's country makes it one party's."""
        if m.alias.form != "ambiguous":
            return m
        found = self._found(self._article_text)
        named = {f.alias.party for f in found if f.alias.form in ("name", "demonym") and f.alias.party}
        meant = self._label_meant(m.alias.parties, found, named)
        return (
            Match(m.start, m.end, Alias(m.alias.text, (meant.pop(),), "name", "organisation")) if len(meant) == 1 else m
        )

    def _member_in_party_talks(self, speaker: str | None) -> str | None:
        """A politician the gazetteer lists only under their party (not as a state's office holder) speaks
        for it where the article has that party's country's parties negotiate among themselves."""
        member = self._member(speaker)
        if member is None or self.document is None:
            return None
        return member if self.document.party_talks in self.table.political[member] else None

    def _member(self, speaker: str | None) -> str | None:
        """The party the gazetteer lists a leader under, by full name or, with one such leader, surname."""
        if not speaker:
            return None
        folded = fold_name(speaker)
        if folded in self.table.members:
            return self.table.members[folded]
        found = {p for name, p in self.table.members.items() if name.split()[-1] == folded.split()[-1]}
        return found.pop() if len(found) == 1 and " " not in folded else None

    def _opposition(self) -> str | None:
        """A shadow minister sits on the opposition's front bench: the party the article labels its MPs or
        shadow ministers with ("Labour MP X", "the Tories' shadow chancellor"), when it names one only.
        Never the government's country, whose policy the shadow minister attacks."""
        if self.document is None:
            return None
        labels = {
            m.group("party")
            for m in OPPOSITION_LABEL.finditer(self.document.text)
            if m.group("party").split()[0].lower() not in {"the", "a", "an", "his", "her", "their", "its", "our"}
        }
        found = {self.aliases.canonical(label) or label for label in labels if self.aliases.kind(label) != "country"}
        return found.pop() if len(found) == 1 else None

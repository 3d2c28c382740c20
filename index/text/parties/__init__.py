"""Which party a speaker, a statement or a question refers to, from the names in corpus/gazetteer.toml and
corpus/parties.toml.

A quote belongs to whoever its speaker speaks for, and the role says so far more often than the name:
"Iranian Foreign Minister", "Kremlin spokesman", "Israel's prime minister", "Boeing CEO", "president of
the United Auto Workers". A speaker whose affiliation cannot be read has no party rather than a guessed
one. Organisations the gazetteer does not know (a union, a company) become parties under their own
name; research, polling and news organisations never do, because they describe positions without
holding one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from index.text.gazetteer import (
    Alias,
    Match,
    Table,
    fold_name,
    load_table,
    normalise,
)
from index.text.names import BODY_DESCRIPTION, is_name_word
from index.text.parties import questions
from index.text.parties.patterns import (
    ADMINISTRATION_OFFICIAL,
    AMERICAN_SECRETARY,
    ARMED_FORCE,
    BACK_REFERENCE,
    BACK_REFERENCE_REACH,
    BARE_SPOKESPERSON,
    COUNTRY_ROLE,
    CURRENT_POST,
    DEALT_WITH,
    DEFINITE,
    FORMER,
    GOVERNMENT_OFFICE,
    HEAD_OF,
    HEAD_OF_GOVERNMENT,
    HEADS_A_GOVERNMENT,
    ITS_TITLE,
    LAWMAKER_ROLE,
    LEDE_SUBJECT,
    MEMBER_WORDS,
    MILITARY_RANK,
    NO_POSITION_ORG,
    NONE,
    OFFICIALS_OF,
    ON_THE_TEAM,
    OPPOSITION_LABEL,
    ORG_SUFFIX,
    OWNED,
    PAIRED_COUNTERPARTS,
    PERSON_NAME,
    POSSESSIVE_STAFF,
    REGION_NOUN,
    RUNNING_TO_LEAD,
    SHADOW,
    STAFF,
    STATE_TITLE,
    STATED_MINISTER,
    THE_MILITARY,
    TITLE_WORDS,
    TITLE_WORDS_WITHOUT_DEPARTMENT,
    WORKERS,
    WORKERS_WINDOW,
)
from index.text.parties.questions import Actor
from index.text.parties.roles import Roles
from index.text.parties.titles import (
    another_head,
    appositive_after,
    cabinet_title,
    coordinated_title,
    description_before_title,
    is_descriptive,
    month_named,
    outside_quotes,
    state_title,
    title_before,
)


@dataclass(frozen=True)
class TieWords:
    """Where an article's party ties can be: the words before "'s", before ", a member" (lawmaker, MP,
    politician), the seven after "government of", and its "his Y and Z counterparts, X and W, respectively"."""

    possessive: list[str]
    member_of: list[str]
    after_government: list[str]
    counterparts: list[re.Match[str]]


class Parties(Roles):
    @classmethod
    def load(cls, path: Path) -> Parties:
        """parties.toml and the gazetteer beside it (cached per file version, so loading again is free)."""
        return _shared(load_table(path))

    def kind(self, party: str) -> str | None:
        return self.aliases.kind(party)

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

    # what a member's question names (questions.py) ----------------------------------------------

    def actors(self, question: str) -> list[Actor]:
        """The actors a question names, people excepted (questions.actors)."""
        return questions.actors(self.aliases, question)

    def in_question(self, text: str) -> list[str]:
        """The parties a question names, in the order named (questions.in_question)."""
        return questions.in_question(self.aliases, text)

    def people_named(self, question: str) -> list[Actor]:
        """The known people a question names (questions.people_named)."""
        return questions.people_named(self.aliases, question)

    # speakers ----------------------------------------------------------------------------------

    def of_speaker(self, speaker: str | None, role: str | None) -> str | None:
        """The party a speaker speaks for: a known person's, else the affiliation the role names, else the
        one a descriptive name names ("a Downing Street spokesperson"), else the one the article gives
        the speaker elsewhere; None when nothing says."""
        party = self._speaker(speaker, role)
        return None if party == NONE else party

    def holds_no_position(self, speaker: str | None, role: str | None) -> bool:
        """An analyst, an outlet or a former official: someone who describes positions without holding one."""
        return self._speaker(speaker, role) == NONE

    def _speaker(self, speaker: str | None, role: str | None) -> str | None:
        known = self.aliases.person(speaker)
        if known and role and FORMER.match(role) and not CURRENT_POST.search(role) and not self._titled_now(speaker):
            return NONE  # "Former EU Brexit negotiator Michel Barnier": the post the gazetteer lists is over
        if known and self.aliases.kind(known) != "country" and known not in self.table.political:
            known = self._party_tied(speaker) or self._role_party(role) or known  # a later post the gazetteer lists
        if known:
            return self._politicians_party(speaker, role, known) or self._stated_country(role, known) or known
        listed = self._member_in_party_talks(speaker)
        if listed:
            return listed
        bracketed = self._party_in_brackets(speaker) or self._party_tied(speaker)
        if bracketed:
            return bracketed
        if role and SHADOW.match(role):
            return self._opposition()
        if role and self.document is not None and MILITARY_RANK.fullmatch(role.strip()):
            force = self._one_military() or self._dateline_military()
            if force:
                return force
        if speaker and role and BODY_DESCRIPTION.match(role) and speaker in self._organisations():
            return self._organisation(speaker)  # "Agrivan, a lobby group for cereal growers": its own side
        at = self._first_mention(speaker)
        if speaker is None and role and POSSESSIVE_STAFF.search(role):
            staffed = self._principals(role)  # "May's spokesman" unnamed: whose spokesman, by name first
            if staffed or month_named(role):
                return staffed
        for text in (role, speaker if is_descriptive(speaker) else None):
            if text:
                found = self.affiliation(text, at if text is role else self._described_at(text))
                if found:
                    return found
        if speaker and not is_descriptive(speaker):
            named = self._named_speaker(speaker)
            if named:
                return named
            if self.document is not None:
                found = self._from_document(speaker, role)
                found = (None if role else self._lede_office_over_party(speaker, found)) or found
                found = found or (None if role else self._lede_subject(speaker))
                if found:
                    return found
        definite = DEFINITE.match(speaker) if speaker and role is None else None
        if speaker and definite:
            earlier = self._introduced_as(speaker, definite.group("head")) or (
                self._named_just_before(speaker) if definite.group("head") in BACK_REFERENCE else None
            )
            if earlier:
                return earlier
        if role and at is not None and self.document is not None and BARE_SPOKESPERSON.fullmatch(role):
            return self._organisation_before(at)  # "The union Carewell said … Spokeswoman Wilma Brent added"
        return self._dateline_official(role or (speaker if is_descriptive(speaker) else None), at, speaker) or (
            self._lawmakers_country(role, at)
        )

    def _role_party(self, role: str | None) -> str | None:
        """The political party a role names ("VVD leader"), which the text gives a person now."""
        party = self.affiliation(role) if role else None
        return party if party in self.table.political else None

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

    def _party_in_brackets(self, speaker: str | None) -> str | None:
        """ "Jonas Brandt (SPD) said": a political party in brackets right after the name ties the person to it."""
        if self.document is None or not speaker or is_descriptive(speaker):
            return None
        for m in self._named_at(normalise(speaker), r"\s*\((?P<what>[^()]{1,60})\)"):
            party = self.aliases.canonical(m.group("what").strip())
            if party in self.table.political:
                return party
        return None

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

    def _stated_country(self, role: str | None, known: str) -> str | None:
        """ "Egyptian Foreign Minister Ahmed Aboul Gheit", whom the gazetteer lists under the Arab League he
        led later: people move from a government to an organisation, so the country a government office
        states is the one the article has them speak for. A bloc's "Samoan chairman" still speaks for the
        bloc, and a country listed for a person stays theirs."""
        if not role or self.aliases.kind(known) == "country" or not GOVERNMENT_OFFICE.search(role):
            return None
        stated = self.affiliation(role)
        return stated if stated and stated != NONE and self.aliases.kind(stated) == "country" else None

    def _lawmakers_country(self, role: str | None, at: int | None) -> str | None:
        """ "Lawmakers in Egypt's House have been critical. Mohamed Fouad, an opposition member of the budget
        committee, said …": a legislator whose role names no country sits in the one country the paragraph
        names before him, or the dateline's."""
        if self.document is None or not role or not LAWMAKER_ROLE.search(role):
            return None
        return self._paragraph_country(at) or self.document.dateline or self._one_government()

    def _lede_subject(self, speaker: str) -> str | None:
        """ "The European Union's special envoy to the talks headed a delegation … ¶ Miroslav Lajcak said …":
        a paragraph that opens with a name the article describes nowhere else names the official the
        paragraph before opened with, as wire ledes do."""
        assert self.document is not None
        text = self._article_text
        at = self._first_mention(speaker)
        opening = text.rfind("\n\n", 0, at) if at is not None else -1
        if at is None or opening < 0 or not re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){0,2}", text[opening + 2 : at]):
            return None  # the name, or its surname after a given name ("Kemi Badenoch"), opens the paragraph
        at = opening + 2
        previous = (
            text[text.rfind("\n\n", 0, at - 2) + 2 : at - 2] if text.rfind("\n\n", 0, at - 2) >= 0 else text[: at - 2]
        )
        m = LEDE_SUBJECT.match(previous)
        found = self.affiliation(m.group(0)) if m else None
        return None if found == NONE else found

    def _lede_office_over_party(self, speaker: str, party: str | None) -> str | None:
        """ "Britain's trade minister heads to the Gulf … ¶ Kemi Badenoch is due to …", then "Badenoch, a
        Conservative ex-accountant,": in talks between states a minister speaks for the state whose office the lede
        gives them, not for the party the article mentions in passing; where a country's parties negotiate
        among themselves (coalition talks) the party stands."""
        assert self.document is not None
        if party not in self.table.political or self.document.party_talks is not None:
            return None
        state = self._lede_subject(speaker)
        return state if state in self.table.political[party] else None

    def _named_just_before(self, speaker: str) -> str | None:
        """ "Secretary Finance Hamid Shaikh told media persons … ¶ The official also acknowledged …": "the
        official" or "the spokesperson" that no "an official" introduced is the titled person the article
        named last before it, whose party it takes."""
        if self.document is None:
            return None
        text = self._article_text
        first = re.search(rf"\b{re.escape(normalise(speaker))}\b", text, re.IGNORECASE)
        if first is None:
            return None
        window = text[max(0, first.start() - BACK_REFERENCE_REACH) : first.start()]
        names = []
        for m in PERSON_NAME.finditer(window):
            words = list(re.finditer(r"\S+", m.group(0)))
            while words and not all(is_name_word(w.group(0)) for w in words if w.group(0)[:1].isupper()):
                words = words[1:]  # "Foreign Ministry Aykhan Hajizada": the title is not part of the name
            if len(words) > 1:
                names.append((m.start() + words[0].start(), m.end()))
        for start, end in reversed(names[-3:]):
            title = title_before(window[:start]) or appositive_after(window[end:])
            if not title or not any(w.casefold().strip(".,") in TITLE_WORDS for w in title.split()):
                continue
            found = self._speaker(window[start:end], title)
            if found and found != NONE:
                return found
        return None

    def _introduced_as(self, speaker: str, head: str) -> str | None:
        """ "“…,” the diplomat said" after "a remark that one EU diplomat said had been noted": the party of
        the description the article introduced that person with before, when every such description agrees;
        "Theresa May's spokesman … ¶ The spokesman told reporters" introduces the same way. "A source with
        the group" printed after "the source said" introduces someone else."""
        if self.document is None:
            return None
        text = self._article_text
        first = re.search(rf"\b{re.escape(normalise(speaker))}\b", text, re.IGNORECASE)
        pattern = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.'-]+\s+){{0,4}}?{re.escape(head)}\b"
        possessive = (
            rf"(?:[A-Z][\w.-]*\s+){{0,4}}[A-Z][\w.-]*'s\s+(?:official\s+|chief\s+|press\s+)?{re.escape(head)}\b"
        )
        found = set()
        for m in re.finditer(f"{pattern}|{possessive}", text[: first.start() if first else 0]):
            party = self._principals(m.group(0)) if "'s " in m.group(0) else self.affiliation(m.group(0))
            if party:
                found.add(party)
        return found.pop() if len(found) == 1 and NONE not in found else None

    def _dateline_official(self, role: str | None, at: int | None = None, speaker: str | None = None) -> str | None:
        """ "ANKARA (AP) — Foreign Minister X said": wire copy gives the dateline country's officials their
        bare title, so a state title that names no country (and nothing else in the article gives one)
        is that country's; with no dateline, the one country the paragraph names before the official
        ("China's response has been reserved. Foreign Ministry spokesman X said …")."""
        if self.document is None or not role:
            return None
        words = [
            re.sub(r"'s$", "", w.casefold().strip(".,"))  # "the PM's official spokesman": the PM's office
            for w in re.sub(r"^(?:the|a|an)\s+", "", normalise(role).strip(), flags=re.I).split()
        ]
        if words[:1] == ["union"]:
            words = words[1:]  # "Union Commerce Minister": a minister of India's union (federal) government
        if ADMINISTRATION_OFFICIAL.fullmatch(" ".join(words)):
            return self._american_administration()
        if not (words and all(w in TITLE_WORDS for w in words) and state_title(words)) and not cabinet_title(words):
            return None
        if self._visiting(speaker):
            return None  # "its visiting Prime Minister X": a guest of the dateline's state, not its official
        return (
            self.document.dateline
            or self.document.speaking_state
            or self._paragraph_country(at)
            or self._colleague_country(words)
            or self._country_where_named(speaker)
            or (self.aliases.canonical("United States") if AMERICAN_SECRETARY.search(" ".join(words)) else None)
            or (self._american_administration() if words == ["secretary"] else None)
            or self._described_country(words)
            or (None if another_head(speaker, role) else self._head_of_government_country())
            or self._one_government()
            or (self._cabinet_country() if HEADS_A_GOVERNMENT.search(" ".join(words)) else None)
            or self._only_country()
        )

    def _only_country(self) -> str | None:
        """ "President X told Parliament … the fund's programme for Norland": a paper writing of its own state gives
        its officials a bare title, so where the article's own words (outside quotes) are about one country only,
        naming it more than once and no other by name or demonym, a bare state title is that country's. A country
        named once ("shipments fell to the U.S.") is where the story goes, not whose minister speaks."""
        assert self.document is not None
        named = [
            m.alias.party
            for m in self._found(outside_quotes(self._article_text))
            if m.alias.party and self.aliases.kind(m.alias.party) == "country" and m.alias.form in ("name", "demonym")
        ]
        return named[0] if len(set(named)) == 1 and len(named) > 1 else None

    def _cabinet_country(self) -> str | None:
        """ "Egypt's Finance Minister X welcomed …", then "Prime Minister Y told a cabinet meeting …": a head
        of government the article places nowhere heads the cabinet of the one country whose ministers it
        names with their country."""
        assert self.document is not None
        text = self._article_text
        found = {
            m.alias.party
            for m in self._found(text)
            if m.alias.party
            and self.aliases.kind(m.alias.party) == "country"
            and m.alias.form in ("name", "demonym")
            and STATED_MINISTER.match(text[m.end : m.end + 60])
        }
        return found.pop() if len(found) == 1 else None

    def _titled_now(self, speaker: str | None) -> bool:
        """Whether the article also gives this person a title that is not a former one ("U.S. President Joe
        Biden" beside "former President Joe Biden"): it then speaks of their time in office too."""
        if self.document is None or not speaker:
            return False
        text = self._article_text
        for m in re.finditer(rf"\b{re.escape(normalise(speaker))}\b", text):
            title = title_before(text[max(0, m.start() - 120) : m.start()])
            if title and not FORMER.match(title) and not re.search(r"\b(?:former|ex-)", title, re.IGNORECASE):
                return True
        return False

    def _american_administration(self) -> str | None:
        """ "A senior administration official said": the word is Washington's for its government, so an
        unqualified administration official in an article that names the United States is American."""
        assert self.document is not None
        us = self.aliases.canonical("United States")
        return us if any(m.alias.party == us for m in self._found(self._article_text)) else None

    def _one_military(self) -> str | None:
        """ "The Israeli army said …" and then "Rear Admiral X said …": an officer known only by rank serves the
        one armed force the article names; with two forces named (or none) the rank places nobody."""
        found = self._armed_forces()
        return found.pop() if len(found) == 1 else None

    def _armed_forces(self) -> set[str]:
        """The sides of the armed forces the article names ("the Israeli army", "Sudan's military")."""
        assert self.document is not None
        found = set()
        for m in ARMED_FORCE.finditer(self._article_text):
            side = self.affiliation(m.group(0))
            if side and side != NONE:
                found.add(side)
        return found

    def _dateline_military(self) -> str | None:
        """ "BOGOTA ¶ … the military said. ¶ “…,” Colonel X told AFP": where the article names no armed force by
        its side but speaks of "the military", a bare rank serves the dateline's state."""
        assert self.document is not None
        if self._armed_forces() or not THE_MILITARY.search(self._article_text):
            return None
        return self.document.dateline

    def _described_country(self, title: list[str]) -> str | None:
        """ "Norway's fisheries minister said …" in the lede, then "Brekke, minister of fisheries and coastal
        affairs": the office the article first gave with its country (same head noun, a shared portfolio
        word) is the bare-titled official's, when only one country is given that office. A title that is
        the bare office ("Ambassador X" after "Ukraine's ambassador to the UN said") or a ministry's
        spokesman ("Ministry spokesman X" after "Qatar's foreign ministry said") is placed the same way."""
        assert self.document is not None
        heads = [w for w in title if STATE_TITLE.search(w)]
        departments = {w for w in title if w not in TITLE_WORDS_WITHOUT_DEPARTMENT | {"of", "and", "for", "the"}}
        if not heads:
            return None
        if departments:
            return self._office_country(heads[-1], departments)
        return self._office_country("ministry" if "ministry" in title else heads[-1], set())

    def _office_country(self, head: str, departments: set[str]) -> str | None:
        """The one country the article gives an office ("<country>'s [portfolio] <head>") to."""
        assert self.document is not None
        text = self._article_text
        found = set()
        for m in self._found(text):
            if (
                m.alias.form not in ("name", "demonym")
                or not m.alias.party
                or self.aliases.kind(m.alias.party) != "country"
            ):
                continue
            office = re.match(rf"(?:'s)?\s+((?:[a-z]+\s+){{0,3}}?){head}\b", text[m.end : m.end + 60])
            if office and (departments & set(office.group(1).split()) or not departments):
                found.add(m.alias.party)
        return found.pop() if len(found) == 1 else None

    def _head_of_government_country(self) -> str | None:
        """ "Several ministers pressed Prime Minister Benjamin Netanyahu during the cabinet session": with
        nothing else to place them, bare-titled ministers sit in the government of the one head of
        government or state the article names by title."""
        assert self.document is not None
        text = self._article_text
        found = set()
        for m in self._names(text):
            if m.alias.form != "person" or not m.alias.party or self.aliases.kind(m.alias.party) != "country":
                continue
            if HEAD_OF_GOVERNMENT.search(text[max(0, m.start - 40) : m.start]):
                found.add(m.alias.party)
        if len(found) != 1:
            return None
        head = found.pop()
        return None if self._visited_or_dealt_with(text, head) else head

    def _visited_or_dealt_with(self, text: str, country: str) -> bool:
        """ "The minister wants a trade agreement with the United States … President Trump has announced a
        pause": a country the article's officials travel to or seek a deal with is their counterpart, so its
        head of government says nothing of whom a bare-titled minister serves."""
        return any(
            m.alias.party == country
            and m.alias.form in ("name", "place")
            and DEALT_WITH.search(text[max(0, m.start - 40) : m.start])
            for m in self._names(text)
        )

    def _country_where_named(self, speaker: str | None) -> str | None:
        """ "Speaking to reporters at the White House, Rollins said …": a bare-titled official whom a later
        paragraph names after one country (and every such paragraph after the same one) is that country's;
        a name the text gives once and only after its title says nothing more."""
        if self.document is None or not speaker or is_descriptive(speaker):
            return None
        text = self._article_text
        surname = re.escape(normalise(speaker).split()[-1])
        found = set()
        for m in re.finditer(rf"(?<![\w-]){surname}(?![\w-])", text):
            country = self._paragraph_country(m.start())
            if country:
                found.add(country)
        return found.pop() if len(found) == 1 else None

    def _colleague_country(self, title: list[str]) -> str | None:
        """ "Treasury spokeswoman Lena Alvarez" where the article prints "Treasury Secretary Scott Bessent": a
        bare title that names the same department as a known official's is that official's country."""
        assert self.document is not None
        departments = {w for w in title if w not in TITLE_WORDS_WITHOUT_DEPARTMENT}
        if not departments:
            return None
        text = self._article_text
        found = set()
        for m in self._names(text):
            if (
                m.alias.form != "person"
                or not m.alias.party
                or self.aliases.kind(m.alias.party) not in ("country", "party")
            ):
                continue
            before = title_before(text[max(0, m.start - 120) : m.start]) or ""
            if departments & {w.casefold().strip(".,") for w in before.split()}:
                found.add(m.alias.party)
        return found.pop() if len(found) == 1 else None

    def _paragraph_country(self, at: int | None) -> str | None:
        if self.document is None or at is None:
            return None
        text = self.document.text
        named = {
            m.alias.party
            for m in self._found(outside_quotes(text[text.rfind("\n\n", 0, at) + 1 : at]))
            if m.alias.party
            and self.aliases.kind(m.alias.party) == "country"
            and m.alias.form in ("name", "demonym", "place")
        }
        return named.pop() if len(named) == 1 else None

    def _named_speaker(self, speaker: str) -> str | None:
        """A speaker that is an institution rather than a person: "the Kremlin", "Hamas", "Halcyon Aerospace"."""
        found = [m for m in self._found(speaker) if m.alias.form != "ambiguous"]
        if found and (found[0].start <= 4 or re.match(r"^(?:the|a|an)\s", speaker, re.IGNORECASE)):
            return found[0].alias.party or NONE
        if POSSESSIVE_STAFF.search(speaker):
            return self._principals(speaker)
        if ORG_SUFFIX.search(speaker) or NO_POSITION_ORG.search(speaker):
            return self._organisation(speaker)
        if self._staffed(speaker):
            return self._organisation(speaker)
        return None

    def _organisations(self) -> dict[str, str]:
        return self.document.organisations if self.document is not None else {}

    def _principals(self, staff: str) -> str | None:
        """ "Prime Minister Theresa May's spokesman", "PM May's spokesman": the side of the person whose
        spokesman it is, by name first (a title before a surname is no organisation called "May")."""
        principal = re.split(r"['’]s\s", staff, maxsplit=1)[0]
        by_name = self.aliases.person(principal) or self._named_in_full(principal.split()[-1])
        return by_name if by_name or month_named(staff) else self.affiliation(staff)

    def _named_in_full(self, surname: str) -> str | None:
        """ "PM May" where the article prints "Theresa May": the known person the article names in full
        with that surname (a surname that is also a word, like May, is in no surname list)."""
        if self.document is None:
            return None
        found = {
            m.alias.party
            for m in self._article_names
            if m.alias.form == "person" and m.alias.party and m.alias.text.split()[-1] == surname
        }
        return found.pop() if len(found) == 1 else None

    def _staffed(self, name: str) -> bool:
        """ "Boeing said" where the article also prints "a Boeing spokesperson" or "Boeing's chief
        executive": a name that has staff speaking for it is an organisation, not a person's surname."""
        if self.document is None or len(name.split()) > 3 or not name[:1].isupper():
            return False
        name = normalise(name)
        headed = re.compile(rf"{re.escape(name)}(?![\w-])")
        return bool(
            next(self._named_at(name, rf"\s+{STAFF}"), None)
            or next(self._named_at(name, rf"'s\s+{OWNED}"), None)
            or any(headed.match(self._article_text, at) for at in self._article_heads_of)
        )

    @cached_property
    def _article_heads_of(self) -> list[int]:
        """Where a name can follow "CEO of" (chief executive, chairman, chairwoman) in the bound article."""
        return [m.end() for m in HEAD_OF.finditer(self._article_text)]

    def _described_at(self, description: str) -> int | None:
        """Where the article first writes a description that says "the region's", which means the state or
        territory that spoke last before that."""
        state = COUNTRY_ROLE.search(description)
        if self.document is None or not state or not REGION_NOUN.search(state.group(0)):
            return None
        found = next(self._named_at(normalise(description)), None)
        return found.start() if found else None

    def _first_mention(self, speaker: str | None) -> int | None:
        if self.document is None or not speaker or is_descriptive(speaker):
            return None
        found = next(self._named_at(normalise(speaker)), None)
        return found.start() if found else None

    def _from_document(self, speaker: str, role: str | None = None) -> str | None:
        """The affiliation the article gives the speaker where it names them: the title before the name
        ("Iran's Foreign Ministry spokesman Esmaeil Baghaei") or the appositive after it ("Baghaei, the
        foreign ministry spokesman,"). Someone the article gives a role ("The governor, X,") is no
        rank-and-file worker, whatever the paragraph before describes."""
        assert self.document is not None
        text = self._article_text
        described = bool(role)
        for m in self._named_at(normalise(speaker)):
            before = text[max(0, m.start() - 120) : m.start()]
            for phrase in (
                title_before(before),
                appositive_after(text[m.end() : m.end() + 160]),
                coordinated_title(before),
                description_before_title(before),
            ):
                if phrase:
                    described = True
                    found = self.affiliation(phrase, m.start())
                    if found:
                        return found
            if ITS_TITLE.search(before):
                found = self._organisation_before(m.start())
                if found:
                    return found
        return None if described else (self._one_of_the_workers(speaker) or self._one_of_the_officials(speaker))

    def _one_of_the_officials(self, speaker: str) -> str | None:
        """ "Officials of the Harbour Drivers Union said they were unhappy … “…,” Rona Vell said": a person
        the article names in full with no role, quoted in the paragraph right after officials of one body
        speak, is one of them."""
        assert self.document is not None
        at = self._first_mention(speaker)
        if at is None or len(speaker.split()) < 2:
            return None
        text = self.document.text
        own = text.rfind("\n\n", 0, at)
        previous = text.rfind("\n\n", 0, own) if own > 0 else -1
        found = {
            self.affiliation(f"officials of {m.group('org')}")
            for m in OFFICIALS_OF.finditer(text[max(previous, 0) : at])
        }
        found.discard(None)
        found.discard(NONE)
        return found.pop() if len(found) == 1 else None

    def _one_of_the_workers(self, speaker: str) -> str | None:
        """ "A few plant workers holding placards at the gate … '…,' said 47-year-old Dana Pruitt": a person
        the article gives no role, quoted right after it describes striking workers, is one of them, and
        on the side of the union the article names. A one-word name is no such person: the article names
        its workers in full, and "Stellantis" after the strikers is the company they strike against."""
        assert self.document is not None
        union = self.document.generic.get("union")
        at = self._first_mention(speaker)
        if not union or at is None or len(speaker.split()) < 2:
            return None
        text = self.document.text
        own = text.rfind("\n\n", 0, at)
        previous = text.rfind("\n\n", 0, own) if own > 0 else -1
        window = text[max(previous, at - WORKERS_WINDOW, 0) : at]  # this paragraph and the one before it
        return union if WORKERS.search(window) else None

    def _organisation_before(self, at: int) -> str | None:
        """The organisation an article named last before a position, which "its president" belongs to."""
        assert self.document is not None
        window = self.document.text[max(0, at - 400) : at]
        named = [
            m
            for m in self._found(window)
            if m.alias.party
            and m.alias.form not in ("person", "surname")
            and self.aliases.kind(m.alias.party) != "country"
        ]
        return max(named, key=lambda m: m.start).alias.party if named else None

    def _visiting(self, speaker: str | None) -> bool:
        if not speaker or self.document is None:
            return False
        surname = re.escape(speaker.split()[-1])
        return bool(re.search(rf"\bvisiting (?:[A-Z][\w.'’-]* )+{surname}\b", self._article_text))


_SHARED: dict[int, Parties] = {}


def _shared(table: Table) -> Parties:
    """One Parties per loaded table, so its matchers are built once per process."""
    found = _SHARED.get(id(table))
    if found is None or found.table is not table:
        found = _SHARED[id(table)] = Parties(table)
    return found

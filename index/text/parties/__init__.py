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
from collections.abc import Iterator
from dataclasses import dataclass, field
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
from index.text.names import BODY_DESCRIPTION, DAYS, MONTHS, PERSON_ROLE_NOUNS, is_name_word
from index.text.parties import questions
from index.text.parties.aliases import AliasTable
from index.text.parties.datelines import body_paragraph, dated_dateline, dateline_after_headline
from index.text.parties.organisations import (
    branch_dropped,
    employer_of_union,
    initials_of,
    is_civil,
    joined_names,
    lone_local,
    owns_party,
    placename_word,
    proper_name,
    sentence_initial,
    spelled_by,
    states_office_at,
    union_of_its_team,
)
from index.text.parties.patterns import (
    ACRONYM_INTERNATIONAL,
    ACRONYM_SORT,
    ADMINISTRATION_OFFICIAL,
    AMERICAN_SECRETARY,
    APPOSED_ACRONYM,
    APPOSED_NAME,
    APPOSED_ORG,
    ARMED_FORCE,
    BACK_REFERENCE,
    BACK_REFERENCE_REACH,
    BARE_PARTY_ROLE,
    BARE_SPOKESPERSON,
    BLOCS,
    BODY_OF,
    BODY_REFERENCE,
    BRIEFING,
    COMPANY_HEAD,
    COMPANY_INTRO,
    COMPANY_OFFICER,
    COUNTERPART,
    COUNTERPART_LEADER,
    COUNTRY_ROLE,
    CREDITED_DATELINE,
    CURRENT_POST,
    DATELINE,
    DEALT_WITH,
    DEFINITE,
    DELEGATION_OF,
    DETERMINERS,
    EMPLOYERS,
    EVERY_STATE_HAS,
    FORMER,
    GENERIC,
    GENERIC_MENTION,
    GENERIC_PEOPLE,
    GENERIC_ROLE,
    GENERIC_STAFF,
    GOVERNMENT_OF,
    GOVERNMENT_OFFICE,
    GROUP_THEN_SORT,
    HEAD_OF,
    HEAD_OF_GOVERNMENT,
    HEADS_A_GOVERNMENT,
    HONORIFICS,
    ITS_TITLE,
    LABOUR_BODY,
    LAWMAKER_ROLE,
    LEDE_SUBJECT,
    LOCAL_OFFICES,
    LOCATED,
    LONE_DATELINE,
    MEMBER_WORDS,
    MILITARY_RANK,
    MINISTER,
    MINISTRY_OF,
    MINISTRY_ROLE,
    MODIFIER,
    NAME_THEN_SORT,
    NO_POSITION_ORG,
    NO_POSITION_ROLE,
    NONE,
    OF_TAIL,
    OFFICIALS_OF,
    ON_THE_TEAM,
    OPPOSITION_LABEL,
    ORG_BEFORE,
    ORG_OF,
    ORG_PHRASE,
    ORG_SUFFIX,
    ORG_SUFFIX_END,
    OWNED,
    OWNING_GENERIC,
    PAIRED_COUNTERPARTS,
    PERSON_NAME,
    PORTFOLIO_BEFORE,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_STAFF,
    PRINCIPAL_AFTER,
    QUALIFIES_BODY,
    RANK_AND_FILE,
    REGION_ADJECTIVES,
    REGION_NOUN,
    RUNNING_TO_LEAD,
    SHADOW,
    STAFF,
    STATE_BODY,
    STATE_SPEAKS,
    STATE_TITLE,
    STATED_MINISTER,
    STUDIED_PROGRAMME,
    THE_MILITARY,
    THE_PARTYS,
    TITLE_CASE_DATELINE,
    TITLE_WORDS,
    TITLE_WORDS_WITHOUT_DEPARTMENT,
    TWO_NAMES,
    UNION_LEADER,
    UNION_UNIT,
    UNIT,
    UNIT_BEFORE,
    UNIT_OF_ACRONYM,
    UNIT_OFFICER,
    US_LAWMAKER,
    WHOLE_ORG_BEFORE,
    WORKERS,
    WORKERS_WINDOW,
)
from index.text.parties.questions import Actor
from index.text.parties.titles import (
    another_head,
    appositive_after,
    bare_word,
    cabinet_portfolio,
    cabinet_title,
    coordinated_title,
    description_before_title,
    is_descriptive,
    is_title,
    month_named,
    outside_quotes,
    state_title,
    title_before,
    title_or_titles,
    trim_titles,
)


@dataclass
class ArticleFacts:
    """What one article establishes: the organisations it names in full, their short forms, and which of
    them "the union", "the company" or "the bloc" refers to."""

    text: str
    organisations: dict[str, str] = field(default_factory=dict)  # short form or abbreviation → full name
    generic: dict[str, str] = field(default_factory=dict)  # "union" → full name
    dateline: str | None = None  # the country of the dateline's place ("ANKARA (AP) —" → Turkey)
    speaking_state: str | None = None  # the one country the article has speak ("Turkey on Sunday said")
    last_words: dict[str, str] = field(default_factory=dict)  # "Commission" → the party of "European Commission"
    sorts: dict[str, str] = field(default_factory=dict)  # "USW" → "union" (a numbered local), "FNSEA" → "union"
    resolved: dict[str, str] = field(default_factory=dict)  # "Korean" → "South Korea" where only it is named
    party_talks: str | None = None  # the country whose political parties the article has negotiate


@dataclass(frozen=True)
class TieWords:
    """Where an article's party ties can be: the words before "'s", before ", a member" (lawmaker, MP,
    politician), the seven after "government of", and its "his Y and Z counterparts, X and W, respectively"."""

    possessive: list[str]
    member_of: list[str]
    after_government: list[str]
    counterparts: list[re.Match[str]]


class Parties:
    def __init__(self, table: Table, document: ArticleFacts | None = None, aliases: AliasTable | None = None) -> None:
        """The register over a table (`Parties(table)`), or one article's view of it (`in_document`), which
        shares the register's alias table and starts every cache of its own empty, so one article's findings
        never decide another's, as a shared memo once did (e539cc7)."""
        self.aliases = aliases if aliases is not None and aliases.table is table else AliasTable(table)
        self.document = document
        self._article_found_memo: tuple[tuple[object, ...], list[Match]] | None = None
        self._article_party_ties: dict[tuple[object, ...], str | None] = {}

    @classmethod
    def load(cls, path: Path) -> Parties:
        """parties.toml and the gazetteer beside it (cached per file version, so loading again is free)."""
        return _shared(load_table(path))

    @property
    def table(self) -> Table:
        return self.aliases.table

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

    # text --------------------------------------------------------------------------------------

    def _usable(self, text: str, m: Match) -> bool:
        """Whether a match names the actor here: not a name inside a longer capitalised name
        ("Washington Post", "Israel Katz"), not a place in "London-based". An acronym followed by a
        capitalised word names a part of it ("IAM District 751", "UAW Local 600"), so it still counts."""
        after = normalise(text[m.end : m.end + 40])
        if MODIFIER.match(after):
            return False
        glued = re.search(r"(?<![\w.-])([A-Z][\w'.]*)-$", normalise(text[max(0, m.start - 40) : m.start]))
        if glued and m.alias.form != "person" and not self.aliases.text_matcher.find(glued.group(1)):
            return False  # "Crabtree-Ireland" is a surname; "U.S.-China", "Kosovo-Serbia" still name both
        if m.alias.form in ("name", "place", "none", "ambiguous") and not m.alias.text.isupper():
            following = re.match(r"^ ([A-Z][\w'.-]*)", after)
            if (
                following
                and not title_or_titles(following.group(1))
                and not self.aliases.text_matcher.find(following.group(1))
                and not re.match(rf"^ {UNIT}", after)  # "Teamsters Local 264": a numbered branch of the union
            ):
                return m.alias.form == "none"
        if m.alias.form == "surname":
            return not self._other_name(text, m)
        return True

    def _other_name(self, text: str, m: Match) -> bool:
        """ "Abbas Karimi", "Ali Abbas": a known surname with another name word beside it names someone
        else, whose party it does not tell."""
        before = re.search(r"([A-Z][\w'’.-]*) $", normalise(text[max(0, m.start - 40) : m.start]))
        after = re.match(r"^ ([A-Z][\w'’.-]*)", normalise(text[m.end : m.end + 40]))
        return any(
            found and is_name_word(found.group(1)) and not self.aliases.text_matcher.find(found.group(1))
            for found in (before, after)
        )

    def _found(self, text: str) -> list[Match]:
        """The gazetteer's names in the text and the article's own organisations; an organisation whose
        name holds a country's ("American Sawmill Fairness Alliance", "UK Timber Buyers' Association") wins
        over the country's name inside it."""
        if self.document is not None and text == self._article_text:
            return list(self._article_found())
        return self._scanned(text)

    def _scanned(self, text: str) -> list[Match]:
        found = [self._resolved(m) for m in self._names(text) if self._usable(text, m)]
        extra = self._document_matches(text)
        if not extra:
            return found
        found = [
            m
            for m in found
            if not any(e.start <= m.start and m.end <= e.end and e.end - e.start > m.end - m.start for e in extra)
        ]
        taken = [(m.start, m.end) for m in found]
        return found + [e for e in extra if not any(a <= e.start < b for a, b in taken)]

    @cached_property
    def _article_text(self) -> str:
        """The bound article's text as every whole-article scan reads it, normalised once."""
        assert self.document is not None
        return normalise(self.document.text)

    @cached_property
    def _article_names(self) -> list[Match]:
        """The gazetteer's names over the whole bound article: the same for every passage, so read once."""
        return self.aliases.text_matcher.find(self._article_text)

    def _names(self, text: str) -> list[Match]:
        if self.document is not None and text == self._article_text:
            return self._article_names
        return self.aliases.text_matcher.find(text)

    @cached_property
    def _article_words(self) -> dict[str, list[int]]:
        """Where each word of the bound article starts (a word: a run of word characters and hyphens), read once
        for the lookups of a speaker's name that would otherwise each read the whole article."""
        starts: dict[str, list[int]] = {}
        for m in re.finditer(r"[\w-]+", self._article_text):
            starts.setdefault(m.group(0), []).append(m.start())
        return starts

    def _named_at(self, phrase: str, then: str = r"(?![\w-])") -> Iterator[re.Match[str]]:
        """The bound article's matches of the phrase, not within a longer word, followed by `then`: what a
        whole-article `re.finditer` with a lookbehind gives, read only where an article's word is the phrase's
        first word. A match starts at a word, and that word is the phrase's first word whole, as long as `then`
        cannot go on with a word character or hyphen."""
        text = self._article_text
        pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}{then}")
        first = re.match(r"[\w-]+", phrase)
        if not first:
            yield from pattern.finditer(text)
            return
        end = 0
        for at in self._article_words.get(first.group(0), []):
            found = pattern.match(text, at) if at >= end else None
            if found:
                end = found.end()
                yield found

    def _article_state(self) -> tuple[object, ...]:
        """What whole-article reads depend on besides the text: the organisations and resolved names
        `in_document` may still add to."""
        assert self.document is not None
        return (tuple(self.document.organisations.items()), tuple(self.document.resolved.items()))

    def _article_found(self) -> list[Match]:
        """`_found` over the whole article, read once for each state of what it depends on: `in_document`
        still adds organisations (a union named through its leader, the lone employer) after the first
        whole-article reads, and those must see the article as it stood then."""
        key = self._article_state()
        if self._article_found_memo is None or self._article_found_memo[0] != key:
            self._article_found_memo = (key, self._scanned(self._article_text))
        return self._article_found_memo[1]

    def _resolved(self, m: Match) -> Match:
        """An ambiguous name as the article resolves it: "the Korean government" in an article that names
        South Korea and never North Korea is South Korea's."""
        if m.alias.form != "ambiguous" or self.document is None or m.alias.text not in self.document.resolved:
            return m
        party = self.document.resolved[m.alias.text]
        if party in self.table.political:
            return Match(m.start, m.end, Alias(m.alias.text, (party,), "name", "organisation"))
        return Match(m.start, m.end, Alias(m.alias.text, (party,), "demonym", "country"))

    def _ambiguities_resolved(self, text: str) -> dict[str, str]:
        found = self._names(text)
        named = {m.alias.party for m in found if m.alias.form in ("name", "demonym") and m.alias.party}
        resolved = {}
        for m in found:
            if m.alias.form == "ambiguous" and (len(m.alias.parties) > 1 or m.alias.party in self.table.political):
                meant = named & set(m.alias.parties) or self._label_meant(m.alias.parties, found, named)
                if len(meant) == 1:
                    resolved[m.alias.text] = meant.pop()
        return resolved

    def _label_meant(self, owners: tuple[str, ...], found: list[Match], named: set[str]) -> set[str]:
        """ "Greens", "Labour": the one sharing party whose country the article names, by its name, demonym
        or capital, or through another of its parties ("SPD" makes the article's "Greens" German)."""
        if not all(p in self.table.political for p in owners):
            return set()
        countries = {m.alias.party for m in found if m.alias.form == "place" and m.alias.party} | named
        countries |= {c for p in named if p in self.table.political for c in self.table.political[p]}
        return {p for p in owners if countries & set(self.table.political[p])}

    def _document_matches(self, text: str) -> list[Match]:
        if self.document is None or not self.document.organisations:
            return []
        extra = []
        normal = normalise(text)
        whole = normal == self._article_text
        for short, full in self.document.organisations.items():
            if short not in normal:
                continue  # a plain substring test spares the pattern for the many names a passage does not hold
            hits = self._named_at(short) if whole else re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", normal)
            for hit in hits:
                extra.append(Match(hit.start(), hit.end(), Alias(short, (full,), "name", "organisation")))
        return extra

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """(offset, party) for every actor the text names, in text order; NONE for a name that holds no
        position (an outlet, a think tank). Ambiguous names ("Georgia") are left out."""
        found = sorted(self._found(text), key=lambda m: m.start)
        out = []
        for m in found:
            if m.alias.form == "ambiguous":
                continue
            out.append((m.start, m.alias.party or NONE))
        return sorted(out + self._generic_mentions(text))

    def _generic_mentions(self, text: str) -> list[tuple[int, str]]:
        """ "the union wants a bigger raise", "the company said": a generic noun stands for the
        organisation of that sort the article names, and says what the sentence is about as its name would."""
        if self.document is None or not self.document.generic:
            return []
        out = []
        for m in GENERIC_MENTION.finditer(text):
            party = self.document.generic.get(GENERIC[m.group("noun").lower()])
            if party:
                out.append((m.start("noun"), party))
        return out

    def names_body(self, text: str) -> bool:
        """Whether the words name a country, place or organisation that holds a position. A known person's
        surname ("Barnier said") names that person, not their party, so it does not count."""
        return any(m.alias.party and m.alias.form not in ("person", "surname", "ambiguous") for m in self._found(text))

    def institution(self, publisher: str | None, title: str | None) -> str | None:
        """The party a transcript's publisher is, when it is a state body ("U.S. Department of State",
        "Ministry of Foreign Affairs of Japan"), else the one seat of power a briefing's title names
        ("Kremlin press briefing"): the institution whose spokesperson answers. An outlet, or a title that
        only mentions a country or where talks were held, says nothing of who answers."""
        for text, state in ((publisher, True), (title, False)):
            if not text or not (STATE_BODY if state else BRIEFING).search(text):
                continue
            found = {
                m.alias.party
                for m in self._found(text)
                if m.alias.party and (m.alias.form == "place" or (state and m.alias.form == "name"))
            }
            if len(found) == 1:
                return found.pop()
        return None

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

    def _us_party(self, title: str) -> str | None:
        """ "Republican Sen. X" where Democrats and Republicans negotiate among themselves (a budget, a
        shutdown): the senator's party, as any politician's there; in talks with another state, the US."""
        if self.document is None or self.document.party_talks != self.aliases.canonical("United States"):
            return None
        return "Republican Party" if title.startswith("Republican") else "Democratic Party"

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

    def _party_talks(self, text: str) -> str | None:
        """The country whose parties the article has negotiate among themselves: it names two or more of
        that country's parties and no other state or body that holds a position (a coalition's talks,
        not a state's talks with another, where its parties only comment)."""
        found = [m for m in self._found(text) if m.alias.party and m.alias.form not in ("person", "surname")]
        parties = {m.alias.party for m in found if m.alias.party in self.table.political}
        countries = {c for p in parties for c in self.table.political[p]}
        others = {m.alias.party for m in found if m.alias.party not in self.table.political} - countries
        if len(countries) != 1 or others:
            return None
        country = countries.pop()
        return country if sum(country in self.table.political[p] for p in parties) >= 2 else None

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

    def _one_government(self) -> str | None:
        """ "… criticised the Afghan government …", and no other country's government named: the
        government a bare-titled official or a legislator with no country belongs to."""
        assert self.document is not None
        return _country_referent(self, self._article_text, GOVERNMENT_OF, only=True)

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

    def _speaking_state(self, text: str) -> str | None:
        """The one country an article has speak as a state ("Turkey on Sunday said …"), whose officials
        it may then give a bare title ("Foreign Minister X said"); none when several countries speak."""
        found: set[str] = set()
        for m in self._found(text):
            if not (
                m.alias.party
                and self.aliases.kind(m.alias.party) == "country"
                and m.alias.form in ("name", "place")
                and STATE_SPEAKS.match(text[m.end : m.end + 40])
            ):
                continue
            if re.search(r"(?:\band|&|,)\s*$", text[max(0, m.start - 6) : m.start]):
                return None  # "Lithuania and Latvia said": two countries speak together
            found.add(m.alias.party)
        return found.pop() if len(found) == 1 else None

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

    def _region_before(self, at: int | None) -> str | None:
        """What "the region's ministry" means: the state or territory that last opened a sentence before it,
        outside quotes ("Somaliland, which broke away from Somalia, said …"), not the places the sentences
        mention."""
        if self.document is None or at is None:
            return None
        window = outside_quotes(self.document.text[max(0, at - 600) : at])
        subjects = [
            m.alias.party
            for m in self._found(window)
            if m.alias.party
            and self.aliases.kind(m.alias.party) == "country"
            and m.alias.form == "name"
            and re.search(r"(?:^|[.!?]\s+|\n\s*|—\s+)$", window[: m.start])
        ]
        return subjects[-1] if subjects else None

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

    def _country_before(self, at: int | None) -> str | None:
        """The country the article named last before a position: what "the country's minister" means."""
        if self.document is None or at is None:
            return None
        window = self.document.text[max(0, at - 600) : at]
        countries = [
            m.alias.party
            for m in self._found(window)
            if m.alias.party
            and self.aliases.kind(m.alias.party) in ("country", "party")
            and m.alias.form in ("name", "place", "demonym")
        ]
        return countries[-1] if countries else None

    def affiliation(self, role: str, at: int | None = None) -> str | None:
        """The party a role or description names, NONE for one that holds no position, else None. `at`
        is where the article first names the speaker, for a role that says "the country's"."""
        role = normalise(role).strip()
        lawmaker = US_LAWMAKER.search(role)
        if lawmaker:
            return self._us_party(lawmaker.group(0)) or self.aliases.canonical("United States")
        while role.split()[-1:] and bare_word(role.split()[-1]) in HONORIFICS and len(role.split()) > 1:
            role = role.rsplit(None, 1)[0]  # "External Affairs Minister Dr": the title, not a body called "Dr"
        current = CURRENT_POST.search(role) if FORMER.match(role) else None
        if current:
            return self.affiliation(current.group("post"), at)  # "a former welder and an organiser for the union"
        if FORMER.match(role) or NO_POSITION_ROLE.search(role) or self._at_research_body(role):
            return NONE
        if re.search(r"\s(?:and|or|&)$", role):
            return None  # "Dr Vivek Trivedi and Dr": the first of two people named together, no role of either
        if (THE_PARTYS.search(role) or BARE_PARTY_ROLE.match(role)) and at is not None:
            party = self._political_party_before(at)  # "Murat Emir, a deputy chairman of the party's group"
            if party:
                return party
        owner = OWNING_GENERIC.search(role)
        if owner and self.document is not None and GENERIC[owner.group("noun").casefold()] in self.document.generic:
            return self.document.generic[GENERIC[owner.group("noun").casefold()]]  # "the union's Cascadia Air council"
        named = APPOSED_ORG.search(role)
        if named and all(is_title(w) for w in named.group("org").split()):
            named = None  # "union President X": the union's officer, not a union called "President"
        if named and not self.aliases.text_matcher.find(named.group("org")):
            return self._organisation(named.group("org"))  # "French farmers' union FNSEA": the union itself
        candidates = []
        faced = False
        found = sorted(self._found(role), key=lambda m: m.start)
        for m in found:
            if m.alias.form == "ambiguous":
                continue
            if m.alias.form == "none":
                return NONE
            if m.alias.form in ("person", "surname") and owns_party(role, m, found, self.table.political):
                continue  # "Friedrich Merz's CDU": the party he leads speaks, not his country
            if states_office_at(role, m, found, self.aliases.kind):
                continue  # "Germany's EU Minister", "France's UN ambassador": the state's office for that body
            if (
                m.alias.form not in ("person", "surname")
                and COUNTERPART.search(role[: m.start])
                and not PRINCIPAL_AFTER.match(role[m.end :])
            ):
                continue
            if COUNTERPART_LEADER.search(role[: m.start]):
                faced = True  # "the opposition's delegate in the talks with the Government of President Ortiz"
                continue
            if m.alias.form == "demonym" and self.aliases.kind(m.alias.party or "") == "country":
                sort = QUALIFIES_BODY.match(role[m.end :])
                if sort and sort.group("sort") not in ("group", "movement", "militia", "coalition"):
                    return self._qualified_body(role[m.end :], sort)
            candidates.append(m)
        rank = {"person": 0, "surname": 0}
        joined = {m.alias.party for m in candidates if m.alias.party in self.table.political}
        if len(joined) > 1 and re.search(r"\sand\s", role):
            return None  # "Democrats and Republicans": two parties together are neither's side
        if candidates:
            best = min(
                candidates,
                key=lambda m: (rank.get(m.alias.form, 1 if m.alias.kind in ("organisation", "party") else 2), m.start),
            )
            return best.alias.party
        if faced:
            return None  # the one actor the role names is the one the speaker faces
        state = COUNTRY_ROLE.search(role)
        if state and REGION_NOUN.search(state.group(0)):
            generic = self._region_before(at) or self._generic(role)  # not the ministry another state has
        else:
            generic = self._generic(role) or (self._country_before(at) if state else None)
        if generic:
            return generic
        body = BODY_REFERENCE.search(role)
        named_body = self._body_named(body.group("noun")) if body else None
        if named_body:
            return named_body
        if RANK_AND_FILE.search(role) and self.document is not None and "union" in self.document.generic:
            return self.document.generic["union"]
        if UNIT_OFFICER.match(role) and self.document is not None and "union" in self.document.generic:
            return self.document.generic["union"]  # "Local 345 President": an officer of the article's union
        if self.document is not None:
            words = [re.sub(r"'s$", "", w) for w in role.split()]
            short = [self.document.last_words[w] for w in words if w in self.document.last_words]
            if short:
                return short[0]  # "a Commission spokesperson" where the article prints "European Commission"
        if ORG_SUFFIX_END.search(role):
            whole = self._bare_organisation(role)
            if whole:
                return whole
        named_in_role = self._organisation_in_role(role) or self._bare_organisation(role)
        if named_in_role is None and " and " in role:
            named_in_role = self._organisation_in_role(
                role.split(" and ", 1)[0]
            )  # "Green Left leader and likely premier"
        if named_in_role is None and COMPANY_OFFICER.match(role) and self.document is not None:
            return self.document.generic.get("company")
        return named_in_role

    def _qualified_body(self, rest: str, sort: re.Match[str]) -> str | None:
        """The body a demonym qualifies: the name printed after its sort ("union Fédération nationale …
        (FNSEA)", "union FNSEA"), else the one body of that sort the article names; none when neither."""
        named = re.match(
            r"\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,8}?)(?:\s+\((?P<abbr>[A-Z]{2,9})\))?(?:$|[,;])",
            rest[sort.end() :],
        )
        if self.document is None:
            return None
        if named:
            org = named.group("org")
            printed = re.search(rf"{re.escape(normalise(org))}\s+\((?P<abbr>[A-Z]{{2,9}})\)", self._article_text)
            found = self._organisation(named.group("abbr") or (printed.group("abbr") if printed else org))
            if found and found != NONE:
                return found
        return self.document.generic.get(GENERIC.get(sort.group("sort"), sort.group("sort")))

    def _at_research_body(self, role: str) -> bool:
        """ "director of the Heritage Institute for Policy Studies in Mogadishu", "director of the Turkey
        programme": someone who works at an institute, a university, a consultancy or an outlet, or runs
        its programme on a country, describes positions; the place named with it is where it sits or what
        it studies, not a side. A body the gazetteer gives a party ("Ukraine's National Institute …") or a
        ministry's ("Ministry of Higher Education and Research") keeps it."""
        if MINISTER.search(role) or re.search(r"\bMinist(?:er|ry)\b", role):
            return False
        for m in ORG_OF.finditer(role):
            org = m.group("org")
            if NO_POSITION_ORG.search(org) and not any(f.alias.party for f in self._found(org)):
                return True
        programme = STUDIED_PROGRAMME.search(role)
        if programme:
            studied = self._found(programme.group("studied"))
            return bool(studied) and all(
                f.alias.form in ("name", "place") and self.aliases.kind(f.alias.party or "") == "country"
                for f in studied
            )
        return False

    def _body_named(self, noun: str) -> str | None:
        """What "a commission official" or "an official at the board" means: the one body the article
        names with that noun last ("the International Boundary and Water Commission", "the National
        Mediation Board"); none when it names two."""
        if self.document is None:
            return None
        text = self._article_text
        pattern = rf"(?<![\w-])(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|on)\s+)?){{1,6}}{noun.capitalize()}\b"
        names = {re.sub(r"^The\s+", "", m.group(0)) for m in re.finditer(pattern, text)} - {noun.capitalize()}
        if len(names) != 1:
            return None
        name = names.pop()
        known = [m.alias.party for m in self._found(name) if m.alias.party and m.end - m.start == len(name)]
        return known[0] if known else self._organisation(name)

    def _bare_organisation(self, role: str) -> str | None:
        """A role that is only an organisation's name ("Juan Osornio of Greenpeace")."""
        words = role.split()
        if not re.fullmatch(ORG_PHRASE, role) or all(
            w.casefold().strip(".") in TITLE_WORDS | {"of", "the", "and", "for"} for w in words
        ):
            return None
        if words[-1].casefold() in PERSON_ROLE_NOUNS and not words[-1].endswith("s"):
            return None  # "Mining Minister": a title whatever the portfolio, not an organisation
        if TWO_NAMES.fullmatch(role) and not ORG_SUFFIX.search(role):
            return None  # "Drescher and Crabtree-Ireland": two people, not a body named after both
        if words[0] in ("The", "the"):
            words = words[1:]
        if MINISTER.search(words[0]) and len(words) > 1 and words[1] in ("of", "for"):
            return None  # "(The) Minister of Employment": a title with its portfolio, not a body
        return self._organisation(role)

    def _generic(self, role: str) -> str | None:
        if self.document is None:
            return None
        m = GENERIC_ROLE.search(role) or GENERIC_STAFF.match(role)
        if m and m.start() == 0 and re.search(r"\bminist(?:er|ry)\b", role, re.IGNORECASE):
            m = None  # "Union Commerce Minister": India's union government, not a labour union
        if m:
            return self.document.generic.get(GENERIC[m.group("noun").lower()])
        return self.document.generic.get("ministry") if MINISTRY_ROLE.search(role) else None

    def _organisation_in_role(self, role: str) -> str | None:
        """An organisation the gazetteer does not know, named in the role: "president of the United Auto
        Workers", "Boeing CEO", "Boeing's chief executive", "Dockers United Union president"."""
        for pattern in (ORG_OF, UNIT_BEFORE, WHOLE_ORG_BEFORE, ORG_BEFORE):
            m = pattern.search(role)
            if not m or (pattern is not ORG_OF and MINISTER.search(role)):
                continue
            if pattern is ORG_OF and PORTFOLIO_BEFORE.search(role[: m.start()] + " "):
                continue  # "Minister of Ports, Skills and Labour": a portfolio, not a body
            org = branch_dropped(trim_titles(m.group("org")))
            body = BODY_OF.search(role[: m.start()]) if pattern is ORG_OF else None
            if body and org:
                org = f"{body.group(0).strip()} of {org}"  # "Royal College of Midwives": the body, not "Midwives"
            if pattern is not ORG_OF and cabinet_portfolio(org, role):
                continue
            if org and all(w.casefold() in TITLE_WORDS for w in org.split()):
                continue  # "National Security Council spokesman": an organ every state has, not a side of its own
            if ORG_SUFFIX.fullmatch(org) and org.casefold() not in GENERIC:
                continue  # "Mining Minister": a portfolio, not an organisation named "Mining"
            if pattern is not ORG_OF and re.fullmatch(
                r"(?:[Tt]he\s+)?\S+\s+(?:administration|government|cabinet)", role
            ):
                return self.aliases.person(
                    org
                )  # "the Bush administration": its leader's side, not a body called "Bush"
            if pattern is not ORG_OF and m.group("title").casefold() in LOCAL_OFFICES and self._a_place(org):
                return self._country_of_place(org)  # "Chihuahua's governor": not the union named after the state
            if org and (pattern is ORG_OF or is_title(m.group("title"))):
                found = self._organisation(org)
                if found:
                    return found
        return None

    def _political_party_before(self, at: int) -> str | None:
        """The political party the article names last before a person, within the paragraph before."""
        assert self.document is not None
        text = self.document.text
        start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at) - 1)) + 1
        found = [m.alias.party for m in self._found(text[start:at]) if m.alias.party in self.table.political]
        return found[-1] if found else None

    def _a_place(self, word: str) -> bool:
        """Whether the article uses a word as a place ("farmers in Chihuahua"), whatever bodies it names after it."""
        word = re.sub(r"['’]s$", "", word)
        return self.document is not None and bool(
            re.search(rf"\b(?:in|across|outside) {re.escape(word)}\b(?!['’-]| [A-Z])", self.document.text)
        )

    def _country_of_place(self, place: str) -> str | None:
        """The country a region or city is in: the one the sentence that first names it names ("in Chihuahua,
        the Mexican state that …"), else the one government the article names."""
        assert self.document is not None
        place = re.sub(r"['’]s$", "", place)
        text = self.document.text
        at = re.search(rf"\b{re.escape(place)}\b", text)
        if at is None:
            return None
        start = max(text.rfind(". ", 0, at.start()), text.rfind("\n", 0, at.start())) + 1
        ends = [i for i in (text.find(". ", at.end()), text.find("\n", at.end())) if i >= 0]
        named = self._countries_in(text[start : min(ends) if ends else len(text)])
        return named.pop() if len(named) == 1 else self._one_government()

    def _countries_in(self, text: str) -> set[str]:
        return {
            m.alias.party
            for m in self._found(text)
            if m.alias.party and self.aliases.kind(m.alias.party) == "country" and m.alias.form in ("name", "demonym")
        }

    def _organisation(self, org: str) -> str | None:
        org = re.sub(r"^(?:the|The)\s+", "", org).strip(" ,.")
        org = re.sub(r"['’]s$|(?<=s)['’]$", "", org)  # "Westhaven Terminals' chief executive": plural possessive
        org = ACRONYM_INTERNATIONAL.sub(r"\g<acronym>", org)  # "IBEW International President": the union's top office
        if not org or not org[:1].isupper() or org.casefold() in DETERMINERS | REGION_ADJECTIVES:
            return None  # "A senior administration official": the article opening the sentence, not a body "A"
        if LOCATED.search(org):
            return None  # "of the Nairobi-based consultancy": where a body sits, not its name
        if NO_POSITION_ORG.search(org) and not org.startswith("Royal College of "):
            return NONE  # a Royal College is a professional body that bargains for its members, not a school
        if self.document is not None and org.casefold() in GENERIC:
            return self.document.generic.get(GENERIC[org.casefold()])
        people = GENERIC_PEOPLE.fullmatch(org)
        if people:
            return self.document.generic.get(GENERIC[people.group("noun").casefold()]) if self.document else None
        unit = UNIT_OF_ACRONYM.fullmatch(org)
        if unit:
            return self._organisation(unit.group("parent"))
        if self.document is not None:
            named = {full for short, full in self.document.organisations.items() if org in (short, full)}
            begun = {full for full in self.document.organisations.values() if full.startswith(org + " ")}
            if len(named or begun) == 1:
                return (named or begun).pop()  # "Dunmore" opening two names is short for neither
            shortened = self.document.last_words.get(org)
            if shortened:
                return shortened  # "a Commission spokesperson" where the article prints "European Commission"
        return org

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

    def _union_of_its_leader(self, text: str) -> str | None:
        """ "Machinist union president Jon Holden": an article that names its union only through a leader
        the gazetteer knows means that leader's union by "the union"."""
        for m in UNION_LEADER.finditer(text):
            party = self.aliases.person(m.group("name"))
            if party and party != NONE:
                return party
        return None

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

    # one article -------------------------------------------------------------------------------

    def _last_words(self, text: str) -> dict[str, str]:
        """The last word of each several-word organisation name the article prints ("European Commission",
        "State Department"), for the party a later short form ("the Commission") means; a word two
        parties' names end in means neither."""
        found: dict[str, set[str]] = {}
        for m in self._found(text):
            words = m.alias.text.split()
            if (
                m.alias.party
                and len(words) > 1
                and m.alias.form == "name"
                and words[-1][:1].isupper()
                and words[-1].casefold() not in EVERY_STATE_HAS
                and words[-1].casefold() not in GENERIC  # "Union", "Group": generic nouns, read as such
            ):
                found.setdefault(words[-1], set()).add(m.alias.party)
        named = {m.alias.party for m in self._found(text) if m.alias.party and m.alias.form != "ambiguous"}
        known: dict[str, set[str]] = {}
        for party in named:
            for word in self.aliases.body_words.get(party, ()):
                known.setdefault(word, set()).add(party)
        for word, parties in known.items():
            found.setdefault(word, parties)
        return {word: parties.pop() for word, parties in found.items() if len(parties) == 1}

    def _visiting(self, speaker: str | None) -> bool:
        if not speaker or self.document is None:
            return False
        surname = re.escape(speaker.split()[-1])
        return bool(re.search(rf"\bvisiting (?:[A-Z][\w.'’-]* )+{surname}\b", self._article_text))

    def _dateline_country(self, text: str) -> str | None:
        opening = text.lstrip()
        m = DATELINE.match(opening) or TITLE_CASE_DATELINE.match(opening) or CREDITED_DATELINE.match(opening)
        m = m or dated_dateline(opening) or LONE_DATELINE.match(opening.split("\n\n", 1)[0])
        if m is None and not body_paragraph(text.strip().split("\n\n")[0]):
            m = dateline_after_headline(text)
        if not m:
            return None
        for words in (m.groupdict().get("region"), m.group("place")):
            if not words:
                continue
            named = {
                x.alias.party
                for x in self.aliases.text_matcher.find(words.title() if words.isupper() else words)
                if x.alias.party and self.aliases.kind(x.alias.party) == "country" and x.alias.form in ("name", "place")
            }
            if len(named) == 1:
                return named.pop()
        return None

    def _add_organisation(
        self, document: ArticleFacts, org: str, normal: str, lowercase: set[str], tried: set[str]
    ) -> None:
        """An organisation the article names by a name with a suffix ("Coastal Welders Federation", "Riverton
        Federation of Teachers"), and its first word as its short form where the article uses that word alone
        ("Marlowe said"), unless the word also opens another name ("Riverton Unified"): then it is a place.
        What follows from a full name depends on it and the article alone, so a name printed again (`tried`)
        is not read over the whole article again."""
        suffixes = list(ORG_SUFFIX.finditer(org))
        if not suffixes or NO_POSITION_ORG.search(org) or org.split()[0] in POSSESSIVE_DETERMINERS:
            return  # "Your Union is committed …": a body the speaker addresses or owns, not one named "Your Union"
        end = suffixes[-1].end()
        after = org[end:].split()[:1]
        if after and after[0][:1].isupper() and placename_word(after[0]):
            return  # "Seattle Union Hall", "Union Station": a building named after a word, not a union
        tail = OF_TAIL.match(org[end:])
        full = (org[:end] + (tail.group(0) if tail else "")).strip()
        if full in tried:
            return
        tried.add(full)
        named = [x for x in self.aliases.text_matcher.find(full) if x.alias.form != "none"]
        if len(named) == 1 and named[0].alias.party in self.table.political and not full[: named[0].start].strip():
            document.organisations.setdefault(full, named[0].alias.party)
            return  # "Liberal Democrats Parliamentary Party": an organ of the party is the party
        if len(full.split()) < 2 or (named and not is_civil(full, named)):
            return
        if all(w.casefold() in TITLE_WORDS for w in full.split()):
            return  # "National Security Council": an organ every state has, not a body of its own
        unit = UNIT_OF_ACRONYM.fullmatch(full)
        parent = unit.group("parent") if unit else ""
        named_parent = [
            x.alias.party for x in self.aliases.text_matcher.find(parent) if x.alias.party and x.alias.kind != "country"
        ]
        if unit and (named_parent or re.search(rf"\b{parent}\b(?! {re.escape(full.split()[1])})", normal)):
            document.organisations.setdefault(full, next(iter(named_parent), parent))
            return
        known = self._union_by_its_members(full, normal)
        document.organisations.setdefault(full, known or full)
        if known:
            return
        employer = employer_of_union(full, normal)
        if employer and not self.aliases.text_matcher.find(employer):
            document.organisations.setdefault(employer, employer)
            document.sorts.setdefault(employer, "company")
        first, second = full.split()[:2]
        alone = re.search(rf"\b{re.escape(first)}\b(?! {re.escape(second)})", normal)
        shared = re.search(rf"\b{re.escape(first)} (?!{re.escape(second)}\b)[A-Z]", normal)
        if (
            alone
            and not shared
            and first.casefold() not in TITLE_WORDS
            and first.casefold() not in lowercase
            and not self.aliases.text_matcher.find(first)
        ):
            document.organisations.setdefault(first, employer or full)

    def _union_by_its_members(self, name: str, normal: str) -> str | None:
        """ "Boeing Machinists" in an article that also names the International Association of Machinists: an
        employer's name before the members a known union is named for is that union, not a second one."""
        words = name.split()
        if len(words) != 2 or not re.fullmatch(r"[A-Z][a-z]+s", words[1]):
            return None
        unions = {
            m.alias.party
            for m in self.aliases.text_matcher.find(normal)
            if m.alias.party
            and self.aliases.kind(m.alias.party) == "organisation"
            and any(words[1] in alias.split() for alias in self.aliases.aliases_of(m.alias.party))
        }
        return unions.pop() if len(unions) == 1 else None

    def _lone_employer(self, text: str, lowercase: set[str]) -> str | None:
        """ "Vale and the United Steelworkers … Vale expresses disappointment … a good-faith offer from Vale":
        in a union's dispute that speaks of "the company", the one-word name the article repeats, never as part
        of a longer name and once after a preposition or with an employer's possession ("Vale's offer",
        "Vale's management"), is the employer."""
        if not re.search(r"\b[Tt]he company\b", text):
            return None
        counts: dict[str, int] = {}
        inside: set[str] = set()
        for m in re.finditer(r"(?<![\w'-])[A-Z][a-z]{2,}(?![\w'-])", text):
            word = m.group(0)
            if re.search(r"[A-Z][\w'.-]* $", text[max(0, m.start() - 30) : m.start()]) or re.match(
                r" [A-Z]", text[m.end() : m.end() + 2]
            ):
                inside.add(word)
            counts[word] = counts.get(word, 0) + 1
        candidates = [
            w
            for w, n in counts.items()
            if n >= 2
            and w not in inside
            and w.casefold() not in lowercase | TITLE_WORDS | DAYS | MONTHS | GENERIC.keys()
            and not self.aliases.text_matcher.find(w)
            and not self.aliases.known_people(w)
            and (
                re.search(rf"\b(?:from|by|with|against|at|for) {w}\b", text) or re.search(rf"\b{w}'s {EMPLOYERS}", text)
            )
        ]
        return candidates[0] if len(candidates) == 1 else None

    def in_document(self, text: str) -> Parties:
        """These parties as one article sees them: the organisations it names, what its "the union" or
        "the bloc" refers to, and the roles it gives people where it first names them."""
        document = ArticleFacts(text)
        normal = normalise(text)
        lowercase = set(re.findall(r"\b[a-z][\w'-]*", normal))
        for m in re.finditer(rf"(?P<org>{ORG_PHRASE})\s+\((?P<abbr>[A-Z][A-Z0-9&-]{{1,9}})\)", normal):
            org = spelled_by(m.group("org"), m.group("abbr")) or proper_name(m.group("org"), lowercase)
            if ORG_SUFFIX.search(org) and not self.aliases.text_matcher.find(m.group("abbr")):
                document.organisations[m.group("abbr")] = org
        tried: set[str] = set()
        for m in re.finditer(ORG_PHRASE, normal):
            opening = lowercase if sentence_initial(normal, m.start()) else set()
            for part in joined_names(m.group(0)):
                name = trim_titles(part)
                if name not in document.organisations.values():  # spelled by its abbreviation: whole already
                    name = proper_name(name, opening)
                self._add_organisation(document, name, normal, lowercase, tried)
        initials = {initials_of(full): full for full in set(document.organisations.values())}
        for acronym in set(re.findall(r"\b[A-Z]{3,8}\b", normal)) - set(document.organisations):
            if acronym in initials and not self.aliases.text_matcher.find(acronym):
                document.organisations[acronym] = initials[acronym]  # "USCBC" for "U.S.-China Business Council"
        for name, parent in list(document.organisations.items()):
            if document.organisations.get(parent, parent) != parent:
                document.organisations[name] = document.organisations[parent]  # "BMA Junior Doctors Committee"
        for m in COMPANY_INTRO.finditer(normal):
            org = re.sub(r"['’]s$", "", m.group("org"))  # "jet-maker Corvane's plants"
            if trim_titles(org) == org and not self.aliases.text_matcher.find(org) and org.casefold() not in lowercase:
                document.organisations.setdefault(org, org)
                document.sorts.setdefault(org, "company")
        for m in COMPANY_HEAD.finditer(normal):
            org = re.sub(r"['’]s?$", "", m.group("org") or m.group("after"))
            if (
                len(org) > 2
                and trim_titles(org) == org
                and not self.aliases.text_matcher.find(org)
                and org.casefold() not in lowercase | TITLE_WORDS
                and not any(full.startswith(org + " ") for full in document.organisations.values())
            ):
                document.organisations.setdefault(org, org)
                document.sorts.setdefault(org, "company")
        named_after_sort = [
            m
            for m in APPOSED_NAME.finditer(normal)
            if m.group("org").casefold() not in TITLE_WORDS | DAYS | MONTHS
            and not self.aliases.known_people(m.group("org"))
        ]
        named_before_sort = [
            m for m in NAME_THEN_SORT.finditer(normal) if not self.aliases.known_people(m.group("org"))
        ]
        for m in GROUP_THEN_SORT.finditer(normal):
            org = m.group("org")
            if not any(x.start == 0 and x.end == len(org) for x in self.aliases.text_matcher.find(org)):
                document.organisations.setdefault(org, org)
                document.sorts.setdefault(org, "group")
        for m in [
            *APPOSED_ACRONYM.finditer(normal),
            *ACRONYM_SORT.finditer(normal),
            *named_after_sort,
            *named_before_sort,
        ]:
            if not self.aliases.text_matcher.find(m.group("org")):
                document.organisations.setdefault(m.group("org"), m.group("org"))
                document.sorts.setdefault(m.group("org"), GENERIC.get(m.group("sort"), m.group("sort")))
        for m in UNION_UNIT.finditer(normal):
            org = trim_titles(m.group("org"))
            if org and not self.aliases.text_matcher.find(org):
                document.organisations.setdefault(org, org)
                document.sorts[org] = "union"
        bound = Parties(self.table, document, self.aliases)
        document.resolved = bound._ambiguities_resolved(normal)
        document.dateline = bound._dateline_country(normal)
        document.last_words = bound._last_words(normal)
        document.speaking_state = bound._speaking_state(normal)
        document.party_talks = bound._party_talks(normal)
        document.generic = _generic_referents(bound, normal)
        if "union" not in document.generic:
            led = bound._union_of_its_leader(normal) or union_of_its_team(normal) or lone_local(normal)
            if led:
                document.organisations.setdefault(led, led)
                document.generic["union"] = led
        government = _country_referent(bound, normal, GOVERNMENT_OF)
        if government:
            document.generic["government"] = government
        delegation = _country_referent(bound, normal, DELEGATION_OF)
        if delegation:
            document.generic["delegation"] = delegation
        if "union" in document.generic and "company" not in document.generic:
            employer = bound._lone_employer(normal, lowercase)
            if employer:
                document.organisations.setdefault(employer, employer)
                document.generic["company"] = employer
        ministry = _country_referent(bound, normal, MINISTRY_OF, only=True)
        if ministry:
            document.generic["ministry"] = ministry
        return bound


def _generic_referents(parties: Parties, text: str) -> dict[str, str]:
    """For each generic noun, the organisation of that sort the article names most; for "the group", one
    the article introduces as a group ("X, a Cairo-based rights group, said") before any it only names (an
    organisation the gazetteer knows counts as a group when nothing says what it is)."""
    counts: dict[str, dict[str, int]] = {}
    introduced = parties.document.sorts if parties.document is not None else {}
    for m in parties._found(text):
        party = m.alias.party
        if not party or m.alias.form in ("person", "surname"):
            continue
        sort = _sort_of(party, parties)
        if sort:
            counts.setdefault(sort, {})
            counts[sort][party] = counts[sort].get(party, 0) + 1
    return {
        sort: max(c, key=lambda p: (sort == "group" and introduced.get(p) == sort, c[p])) for sort, c in counts.items()
    }


def _country_referent(parties: Parties, text: str, pattern: re.Pattern[str], only: bool = False) -> str | None:
    """The country whose government (or delegation) the article names most ("Colombia's government", "the
    government of Colombia", "an Indian delegation"), which its "the government's delegation" or "the
    chief negotiator, who led the delegation" then means; with `only`, the one country it names so."""
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        words = m.group("before") or m.group("after")
        found = [
            x.alias.party
            for x in parties.aliases.text_matcher.find(words)
            if x.alias.party and parties.aliases.kind(x.alias.party) == "country"
        ]
        if found:
            counts[found[-1]] = counts.get(found[-1], 0) + 1
    if only and len(counts) != 1:
        return None
    return max(counts, key=counts.__getitem__) if counts else None


def _sort_of(party: str, parties: Parties) -> str | None:
    if parties.document is not None and party in parties.document.sorts:
        return parties.document.sorts[party]
    if party in BLOCS:
        return "bloc" if party != "NATO" else "alliance"
    if parties.aliases.kind(party) == "country" or parties.aliases.kind(party) == "party":
        return None
    if re.search(r"\bAlliance$", party):
        return "alliance"
    if re.search(r"\b(?:Armed Forces|Army|Military)$", party):
        return "army"
    if re.search(r"\b(?:School District|School Board|Board of Education)$", party):
        return "district"
    if re.search(r"\b(?:Hospital|Medical Cent(?:er|re))$", party):
        return "hospital"  # "the hospital said": the one hospital of a nurses' dispute
    if re.search(r"\bCouncil$", party):
        return "council"
    if re.search(r"\b(?:Authority|Agency)$", party):
        return "agency"  # "the agency filed a lawsuit": the transit authority the article names
    if any(LABOUR_BODY.search(name) for name in parties.aliases.aliases_of(party)) or party in ("AFL-CIO",):
        return "union"  # "SAG-AFTRA", "United Steelworkers": a union by its spelled-out name too
    if re.search(
        r"\b(?:Company|Corporation|Corp|Inc|Holdings|Industries|Aerospace|Aviation|Airlines|Airways|Air$|Motors|"
        r"Automotive|Shipyards|Shipbuilding|Steel|Mining|Railways|Logistics|Pharmaceuticals|Technologies|"
        r"Systems|Electric|Chemicals|Foods|Ltd|plc|LLC|GmbH|AG)\b",
        party,
    ):
        return "company"
    if parties.aliases.kind(party) == "organisation":
        return "group"
    return None


_SHARED: dict[int, Parties] = {}


def _shared(table: Table) -> Parties:
    """One Parties per loaded table, so its matchers are built once per process."""
    found = _SHARED.get(id(table))
    if found is None or found.table is not table:
        found = _SHARED[id(table)] = Parties(table)
    return found

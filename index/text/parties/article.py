"""One article's view of the alias table: the names found in a text (the gazetteer's and the organisations the
article itself introduces), the facts the article establishes once (ArticleFacts: its organisations and their
short forms, what its "the union" or "the government" means, its dateline's country, the country that speaks,
whose parties negotiate), and the caches that read the whole article once rather than once per speaker.

An unbound view (document None) reads any text with the table alone; `in_document` binds a new one to an
article, sharing the alias table and nothing else, so one article's findings never reach another's."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Self

from index.text.gazetteer import Alias, Match, Table, fold_name, normalise
from index.text.names import DAYS, MONTHS, is_name_word
from index.text.parties.aliases import AliasTable
from index.text.parties.datelines import body_paragraph, dated_dateline, dateline_after_headline
from index.text.parties.organisations import (
    employer_of_union,
    initials_of,
    is_civil,
    joined_names,
    lone_local,
    organ_dropped,
    placename_word,
    proper_name,
    sentence_initial,
    spelled_by,
    union_described,
    union_of_its_team,
)
from index.text.parties.patterns import (
    ABBREVIATED_BODY_END,
    ACRONYM_SORT,
    AMPERSAND_FIRM,
    APPOSED_ACRONYM,
    APPOSED_NAME,
    BLOCS,
    BRACKETED_ORG,
    BRIEFING,
    CALLED_BODY,
    COMMUNITY,
    COMPANY_HEAD,
    COMPANY_INTRO,
    COMPANY_WORKFORCE_AFTER,
    CREDITED_DATELINE,
    DATELINE,
    DELEGATION_OF,
    EMPLOYERS,
    EVERY_STATE_HAS,
    GENERIC,
    GENERIC_MENTION,
    GOVERNMENT_OF,
    GROUP_THEN_SORT,
    HALF,
    KIND_MENTION,
    KIND_NOUNS,
    LABOUR_BODY,
    LONE_DATELINE,
    MINISTRY_OF,
    MODIFIER,
    NAME_THEN_SORT,
    NONE,
    OBSERVER_BODY,
    OF_TAIL,
    ORG_NAME,
    ORG_SUFFIX,
    PLATFORM_MEDIUM_AFTER,
    PLATFORM_MEDIUM_BEFORE,
    PLATFORM_NAMES,
    POSSESSIVE_DETERMINERS,
    SPORT_BODY,
    STATE_BODY,
    STATE_MEDIUM,
    STATE_MEDIUM_PIECE,
    STATE_MEDIUM_SAYS,
    STATE_SPEAKS,
    TITLE_CASE_DATELINE,
    TITLE_WORDS,
    TRADING_SUFFIX,
    UNION_LEADER,
    UNION_UNIT,
    UNIT,
    UNIT_OF_ACRONYM,
    describes_positions,
)
from index.text.parties.titles import title_or_titles, trim_titles


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
    halves: dict[str, str] = field(default_factory=dict)  # "North" → "North Korea" where the article names both halves
    companies: set[str] = field(default_factory=set)  # every company the article names
    observers: set[str] = field(default_factory=set)  # bodies the article calls observers of the talks


STATE_FORMS = frozenset({"government", "republic", "kingdom", "state", "states", "federation", "commonwealth"})


def _delegate_of(before: str) -> bool:
    """Whether a country's name follows "of" after a person's name ("Ana Ruiz of Panama said"): the person
    speaks, and the country is only whom she speaks for. "The Government of Panama said" is the state."""
    m = re.search(r"(\w+)\s+of\s+(?:the\s+)?$", before)
    return m is not None and m.group(1).casefold() not in STATE_FORMS


class ArticleView:
    """Names in a text read with the alias table; bound to an article, also what that article establishes. The
    speaker rules (roles.py, politicians.py, officials.py, speakers.py) build on it."""

    def __init__(self, table: Table, document: ArticleFacts | None = None, aliases: AliasTable | None = None) -> None:
        """The register over a table, or one article's view of it (`in_document`), which shares the register's
        alias table and starts every cache of its own empty, so one article's findings never decide another's,
        as a shared memo once did (e539cc7)."""
        self.aliases = aliases if aliases is not None and aliases.table is table else AliasTable(table)
        self.document = document
        self._article_found_memo: tuple[tuple[object, ...], list[Match]] | None = None
        self._state_memos: dict[str, tuple[tuple[object, ...], list[Match]]] = {}

    @property
    def table(self) -> Table:
        return self.aliases.table

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
        found = self._without_countries_in_bodies(text, found)
        extra = self._document_matches(text) + self._half_matches(text)
        if not extra:
            return found
        found = [
            m
            for m in found
            if not any(e.start <= m.start and m.end <= e.end and e.end - e.start > m.end - m.start for e in extra)
        ]
        taken = [(m.start, m.end) for m in found]
        return found + [e for e in extra if not any(a <= e.start < b for a, b in taken)]

    def _without_countries_in_bodies(self, text: str, found: list[Match]) -> list[Match]:
        """ "the Writers Guild of America (WGA)": a country's name inside the full name of a body the article
        abbreviates is part of that name, not the country; the body speaks through its abbreviation."""
        if self.document is None or not self.document.organisations:
            return found
        normal = normalise(text)
        spans = [
            (hit.start(), hit.end())
            for full in set(self.document.organisations.values())
            if full in normal and " of " in full
            for hit in re.finditer(rf"(?<![\w-]){re.escape(full)}(?![\w-])", normal)
        ]
        return [
            m
            for m in found
            if self.aliases.kind(m.alias.party or "") != "country"
            or not any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans)
        ]

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

    def _per_article_state(self, name: str, read: Callable[[], list[Match]]) -> list[Match]:
        """A whole-article read done once for each state of what the article establishes, not once per quote
        that asks for it."""
        key = self._article_state()
        memo = self._state_memos.get(name)
        if memo is None or memo[0] != key:
            memo = self._state_memos[name] = (key, read())
        return memo[1]

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

    def state_medium_speaking(self, text: str) -> str | None:
        """The state whose news agency or broadcaster is the subject that says something in the text ("the
        official KCNA news agency said", "Xinhua said", "Iran's state television said"), which then speaks
        for that state as its ministry would; None where it is only cited ("…, Xinhua reported")."""
        names = self.table.state_media
        if names:
            pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            named = re.search(
                rf"(?<![\w-])(?:(?:official|state|state-run|state-owned|government-run)\s+)?(?P<name>{pattern})"
                rf"(?:\s+(?:news\s+agency|agency|television|TV))?(?:\s+{STATE_MEDIUM_PIECE})?{STATE_MEDIUM_SAYS}",
                normalise(text),
            )
            if named:
                return names[named.group("name")]
        described = STATE_MEDIUM.search(normalise(text))
        if described:
            states = [
                m.alias.party
                for m in self._found(described.group("state"))
                if m.alias.party
                and self.aliases.kind(m.alias.party) == "country"
                and m.alias.form in ("name", "demonym")
            ]
            return states[-1] if states else None
        return None

    def _half_matches(self, text: str) -> list[Match]:
        """ "the North's state-run news agency", "the impoverished North": in an article that names North and
        South Korea, "the North" and "the South" are those states, as their names are."""
        if self.document is None or not self.document.halves:
            return []
        return [
            Match(m.start("half"), m.end("half"), Alias(m.group("half"), (party,), "name", "country"))
            for m in HALF.finditer(normalise(text))
            for party in [self.document.halves.get(m.group("half"))]
            if party
        ]

    def _halves(self, text: str) -> dict[str, str]:
        """ "North" and "South" for the two halves of one divided country the article names by both names
        ("North Korea", "South Korea"); nothing where it names only one, or the halves of two."""
        named = {
            m.alias.party
            for m in self.aliases.text_matcher.find(text)
            if m.alias.party and m.alias.form == "name" and self.aliases.kind(m.alias.party) == "country"
        }
        pairs = {p.split(" ", 1)[1] for p in named if p.startswith("North ") and "South " + p.split(" ", 1)[1] in named}
        if len(pairs) != 1:
            return {}
        rest = pairs.pop()
        return {"North": f"North {rest}", "South": f"South {rest}"}

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """(offset, party) for every actor the text names, in text order; NONE for a name that holds no
        position (an outlet, a think tank). Ambiguous names ("Georgia") are left out."""
        found = sorted(self._found(text), key=lambda m: m.start)
        out = []
        for m in found:
            if m.alias.form == "ambiguous":
                continue
            staff = COMPANY_WORKFORCE_AFTER.match(text[m.end :]) if m.alias.party in self.table.companies else None
            if staff:
                union = self.document.generic.get("union") if self.document is not None else None
                if staff.group("worker") and union:
                    out.append((m.start, union))  # "Starbucks workers walked out": the union's side
                continue  # "said a UPS driver": the company's worker, not the company
            if m.alias.party in self.table.companies and self._medium(text, m):
                continue  # "in a Facebook post": the platform someone else spoke through
            party = self._in_party_talks(m) if m.alias.form in ("person", "surname") else m.alias.party
            if party is not None or m.alias.form not in ("person", "surname"):
                out.append((m.start, party or NONE))
        return sorted(out + self._generic_mentions(text))

    @staticmethod
    def _medium(text: str, m: Match) -> bool:
        """Whether a company's name stands for the platform a message went out on ("a Facebook post", "said
        on TikTok"), which says where the words were posted, not who posted them."""
        if m.alias.text not in PLATFORM_NAMES:
            return False
        return bool(PLATFORM_MEDIUM_AFTER.match(text[m.end :]) or PLATFORM_MEDIUM_BEFORE.search(text[: m.start]))

    def _in_party_talks(self, m: Match) -> str | None:
        """A listed person named where their state's parties negotiate among themselves stands for the party
        the gazetteer lists them under ("Gordon Brown" for Labour), or for no side: the state is none there."""
        party = m.alias.party
        if self.document is None or party is None or self.document.party_talks != party:
            return party
        name = fold_name(m.alias.text)
        if name in self.table.members:
            return self.table.members[name]
        found = {p for full, p in self.table.members.items() if full.split()[-1] == name}
        return found.pop() if len(found) == 1 else None

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
        for m in KIND_MENTION.finditer(text):
            party = self.of_kind_noun(m.group("noun"))
            if party:
                out.append((m.start("noun"), party))
        return out

    def of_kind_noun(self, noun: str) -> str | None:
        """ "the guild", "the employer", "the carmaker": the one body the article names after the noun ("the
        Dairy Producers' Guild"), else its one body of the kind the noun says (`sole_of_kind`)."""
        noun = noun.casefold()
        named = {
            m.alias.party
            for m in self._found(self._article_text)
            if m.alias.party and m.alias.party != NONE and m.alias.party.casefold().endswith(" " + noun)
        }
        if len(named) == 1:
            return named.pop()
        return None if named else self.sole_of_kind(KIND_NOUNS[noun])

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
            if _delegate_of(text[max(0, m.start - 40) : m.start]):
                continue  # "Ana Ruiz of Panama said": a delegate speaks, the state is only her affiliation
            found.add(m.alias.party)
        return found.pop() if len(found) == 1 else None

    def _union_of_its_leader(self, text: str) -> str | None:
        """ "Machinist union president Jon Holden": an article that names its union only through a leader
        the gazetteer knows means that leader's union by "the union"."""
        for m in UNION_LEADER.finditer(text):
            party = self.aliases.person(m.group("name"))
            if party and party != NONE:
                return party
        return None

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
        if not suffixes or describes_positions(org) or org.split()[0] in POSSESSIVE_DETERMINERS:
            return  # "Your Union is committed …": a body the speaker addresses or owns, not one named "Your Union"
        end = suffixes[-1].end()
        after = org[end:].split()[:1]
        if after and after[0] == "United":
            end = org.index("United", end) + len("United")  # "Starbucks Workers United": the name's own last word
            after = org[end:].split()[:1]
        if after and after[0][:1].isupper() and placename_word(after[0]):
            return  # "Seattle Union Hall", "Union Station": a building named after a word, not a union
        tail = None if TRADING_SUFFIX.search(org[:end]) else OF_TAIL.match(org[end:])
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
        spelled = ABBREVIATED_BODY_END.sub("Association", full)
        document.organisations.setdefault(full, known or spelled)
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
            document.organisations.setdefault(first, employer or spelled)

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
        inside: dict[str, int] = {}
        for m in re.finditer(r"(?<![\w'-])[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?(?![\w'-])", text):
            word = m.group(0)
            if re.search(r"[A-Z][\w'.-]* $", text[max(0, m.start() - 30) : m.start()]) or re.match(
                r" [A-Z]", text[m.end() : m.end() + 2]
            ):
                inside[word] = inside.get(word, 0) + 1
            counts[word] = counts.get(word, 0) + 1
        candidates = [
            w
            for w, n in counts.items()
            if n - inside.get(w, 0) >= 2
            and inside.get(w, 0) <= 1
            and w.casefold() not in lowercase | TITLE_WORDS | DAYS | MONTHS | GENERIC.keys()
            and not self.aliases.text_matcher.find(w)
            and not self.aliases.known_people(w)
            and (
                re.search(rf"\b(?:from|by|with|against|at|for) {w}\b", text) or re.search(rf"\b{w}'s {EMPLOYERS}", text)
            )
        ]
        return candidates[0] if len(candidates) == 1 else None

    def sole_of_kind(self, kinds: frozenset[str]) -> str | None:
        """The article's one body of these kinds (`_sort_of`: "company", "union", "district" …), which an officer
        whose title names no body ("senior vice president of human resources", "school superintendent") serves:
        the only one it names, or the only one it names more than once where the others are named once in
        passing ("met with General Motors and Ford over the weekend" in the Stellantis story); none where two
        are named again and again, so that no side is guessed. An outlet or a research body is never one."""
        if self.document is None:
            return None
        counts: dict[str, int] = {}
        for m in self._found(self._article_text):
            party = m.alias.party
            if not party or party == NONE or m.alias.form in ("person", "surname", "none", "ambiguous"):
                continue
            if _sort_of(party, self) in kinds and not describes_positions(party):
                counts[party] = counts.get(party, 0) + 1
        repeated = [p for p, n in counts.items() if n > 1]
        if len(counts) == 1:
            return next(iter(counts))
        return repeated[0] if len(repeated) == 1 else None

    def in_document(self, text: str) -> Self:
        """These parties as one article sees them: the organisations it names, what its "the union" or
        "the bloc" refers to, and the roles it gives people where it first names them. The organisations come
        first, since every later fact is read with them among the article's names."""
        document = ArticleFacts(text)
        normal = normalise(text)
        lowercase = set(re.findall(r"\b[a-z][\w'-]*", normal))
        self._organisations_in_brackets(document, normal, lowercase)
        self._organisations_by_suffix(document, normal, lowercase)
        self._organisations_by_initials(document, normal)
        _units_speak_for_their_parents(document)
        self._companies(document, normal, lowercase)
        self._organisations_by_sort(document, normal)
        self._communities(document, normal)
        self._firms(document, normal)
        document.observers = {m.group("org") for m in OBSERVER_BODY.finditer(normal)}
        bound = type(self)(self.table, document, self.aliases)
        bound._read_facts(normal, lowercase)
        return bound

    def _firms(self, document: ArticleFacts, normal: str) -> None:
        """ "Hollins & Pike", "Marks & Spencer": capitalised names joined by an ampersand are a company, which the
        article's "the company" may then mean."""
        for m in AMPERSAND_FIRM.finditer(normal):
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group(0))
            if not self.aliases.text_matcher.find(name):
                document.organisations.setdefault(name, name)
                document.sorts.setdefault(name, "company")

    def _communities(self, document: ArticleFacts, normal: str) -> None:
        """ "Greek Melorians", "Turkish Melorian negotiators": a people the article names by a country's demonym
        and a name the gazetteer does not know is a community, a side of its own and not the country its
        adjective names; its adjective ("the Greek Melorian side") names it too."""
        for m in COMMUNITY.finditer(normal):
            demonym = [x for x in self.aliases.text_matcher.find(m.group("adjective")) if x.alias.form == "demonym"]
            people = m.group("people")
            if not demonym or self.aliases.text_matcher.find(people) or people.casefold() in TITLE_WORDS:
                continue
            full = f"{m.group('adjective')} {people}"
            document.organisations.setdefault(full, full)
            document.organisations.setdefault(f"{m.group('adjective')} {people[:-1]}", full)

    def _organisations_in_brackets(self, document: ArticleFacts, normal: str, lowercase: set[str]) -> None:
        """ "Public Service Association (PSA)": a name with a body's suffix and its abbreviation in brackets."""
        for m in BRACKETED_ORG.finditer(normal):
            org = spelled_by(m.group("org"), m.group("abbr")) or proper_name(m.group("org"), lowercase)
            if ORG_SUFFIX.search(org) and not self.aliases.text_matcher.find(m.group("abbr")):
                document.organisations[m.group("abbr")] = org

    def _organisations_by_suffix(self, document: ArticleFacts, normal: str, lowercase: set[str]) -> None:
        """Every capitalised name with a body's suffix ("Coastal Welders Federation"), two joined by "and"
        read apart, a sentence-initial word dropped where the article also writes it in lower case (never the word
        after an opening "The", which is capitalised for the name: "The Dairy Producers' Guild")."""
        tried: set[str] = set()
        for m in re.finditer(ORG_NAME, normal):
            opening = lowercase if sentence_initial(normal, m.start()) else set()
            for part in joined_names(m.group(0)):
                name = organ_dropped(trim_titles(part))
                if name not in document.organisations.values():  # spelled by its abbreviation: whole already
                    name = proper_name(name, set() if part.startswith("The ") else opening)
                self._add_organisation(document, name, normal, lowercase, tried)

    def _organisations_by_initials(self, document: ArticleFacts, normal: str) -> None:
        """ "USCBC" for "U.S.-China Business Council": an acronym the article prints that spells the initials of
        an organisation it names in full, and the gazetteer does not know."""
        initials = {initials_of(full): full for full in set(document.organisations.values())}
        for acronym in set(re.findall(r"\b[A-Z]{3,8}\b", normal)) - set(document.organisations):
            if acronym in initials and not self.aliases.text_matcher.find(acronym):
                document.organisations[acronym] = initials[acronym]

    def _companies(self, document: ArticleFacts, normal: str, lowercase: set[str]) -> None:
        """Companies the article names after their sort ("the planemaker Boeing") or by their chief executive
        ("Corvane CEO", "chief executive of Dunmore Foods")."""
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

    def _organisations_by_sort(self, document: ArticleFacts, normal: str) -> None:
        """Bodies the article introduces with their sort ("the union Carewell", "Agrivan, a lobby group", "the
        FNSEA union", a numbered local's union), which its "the union" or "the group" may then mean."""
        named_after_sort = [
            m
            for m in APPOSED_NAME.finditer(normal)
            if m.group("org").casefold() not in TITLE_WORDS | DAYS | MONTHS
            and not self.aliases.known_people(m.group("org"))
        ]
        named_before_sort = [
            m for m in NAME_THEN_SORT.finditer(normal) if not self.aliases.known_people(m.group("org"))
        ]
        for m in CALLED_BODY.finditer(normal):
            if not self.aliases.text_matcher.find(m.group("org")):
                document.organisations.setdefault(m.group("org"), m.group("org"))
                document.sorts.setdefault(m.group("org"), "group")  # "a group called Bridges Across the Line"
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

    def _read_facts(self, normal: str, lowercase: set[str]) -> None:
        """What the bound article establishes once its organisations are known: resolved labels, the
        dateline's country, short forms, the speaking state, party talks, and what its generic nouns mean."""
        document = self.document
        assert document is not None
        document.resolved = self._ambiguities_resolved(normal)
        document.halves = self._halves(normal)
        document.dateline = self._dateline_country(normal)
        document.last_words = self._last_words(normal)
        document.speaking_state = self._speaking_state(normal)
        document.party_talks = self._party_talks(normal)
        document.generic = _generic_referents(self, normal)
        document.companies = {
            m.alias.party for m in self._found(normal) if m.alias.party and _sort_of(m.alias.party, self) == "company"
        }
        if "union" not in document.generic:
            led = (
                self._union_of_its_leader(normal)
                or union_of_its_team(normal)
                or lone_local(normal)
                or union_described(normal)
            )
            if led:
                document.organisations.setdefault(led, led)
                document.generic["union"] = led
        government = country_referent(self, normal, GOVERNMENT_OF)
        if government:
            document.generic["government"] = government
        delegation = country_referent(self, normal, DELEGATION_OF)
        if delegation:
            document.generic["delegation"] = delegation
        if "union" in document.generic and "company" not in document.generic:
            employer = self._lone_employer(normal, lowercase)
            if employer:
                document.organisations.setdefault(employer, employer)
                document.generic["company"] = employer
        ministry = country_referent(self, normal, MINISTRY_OF, only=True)
        if ministry:
            document.generic["ministry"] = ministry


def _units_speak_for_their_parents(document: ArticleFacts) -> None:
    """ "BMA Junior Doctors Committee": a unit recorded under its parent body's short form takes the party that
    short form stands for."""
    for name, parent in list(document.organisations.items()):
        if document.organisations.get(parent, parent) != parent:
            document.organisations[name] = document.organisations[parent]


def _generic_referents(parties: ArticleView, text: str) -> dict[str, str]:
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


def country_referent(parties: ArticleView, text: str, pattern: re.Pattern[str], only: bool = False) -> str | None:
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


def _sort_of(party: str, parties: ArticleView) -> str | None:
    if parties.document is not None and party in parties.document.sorts:
        return parties.document.sorts[party]
    if party in parties.table.companies:
        return "company"  # "Maersk", "Boeing": a listed company is what the article's "the company" means
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
    if SPORT_BODY.search(party):
        return "governing body"  # "the Football Association": it runs the game and pays the players' side
    if any(LABOUR_BODY.search(name) for name in parties.aliases.aliases_of(party)) or party in ("AFL-CIO",):
        return "union"  # "SAG-AFTRA", "United Steelworkers": a union by its spelled-out name too
    if re.search(
        r"\b(?:Company|Corporation|Corp|Inc|Holdings|Industries|Aerospace|Aviation|Airlines|Airways|Air$|Motors|"
        r"Automotive|Shipyards|Shipbuilding|Shipping|Carriers|Tankers|Steel|Mining|Railways|Logistics|Pharmaceuticals|Technologies|"
        r"Systems|Electric|Chemicals|Foods|Ltd|plc|LLC|GmbH|AG)\b",
        party,
    ):
        return "company"
    if parties.aliases.kind(party) == "organisation":
        return "group"
    return None

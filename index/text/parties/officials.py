"""Which state an official serves when the title names none ("Foreign Minister X said", "a senior
administration official", "Rear Admiral X", "an opposition member of the budget committee"): the dateline's
country, the one country the article has speak, the paragraph's country, a colleague's or the head of
government's, the one government or armed force the article names, in that order."""

from __future__ import annotations

import re
from collections import Counter

from index.text.gazetteer import Match, normalise
from index.text.parties.patterns import (
    ADMINISTRATION_OFFICIAL,
    AMERICAN_SECRETARY,
    ARMED_FORCE,
    BARE_MAYOR,
    DEALT_WITH,
    GOVERNMENT_OFFICE,
    HEAD_OF_GOVERNMENT,
    HEADS_A_GOVERNMENT,
    LABOUR_BODY,
    LABOUR_DISPUTE,
    LAWMAKER_ROLE,
    MAYOR_OF,
    NONE,
    PREMIER,
    PRESIDENTIAL_OFFICE,
    REGIONAL_GOVERNMENT,
    REGIONAL_MINISTER,
    STATE_TITLE,
    STATED_MINISTER,
    SUBNATIONAL,
    SUBNATIONAL_NAME,
    THE_MILITARY,
    TITLE_WORDS,
    TITLE_WORDS_WITHOUT_DEPARTMENT,
    VENUE_CUE,
)
from index.text.parties.roles import Roles
from index.text.parties.titles import (
    another_head,
    cabinet_title,
    is_descriptive,
    outside_quotes,
    state_title,
    title_before,
)

# "her American trade counterpart": the other side's official, by the demonym before "counterpart".
OWN_PRONOUN = re.compile(r"\b(?:her|his|their|its)\s+$", re.IGNORECASE)
COUNTERPART_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?counterparts?\b")


# "the country's Ministry of Foreign Affairs", "the nation's prime minister": the article's own country.
COUNTRY_POSSESSIVE = re.compile(r"^(?:the\s+)?(?:country|nation)['’]s\s", re.IGNORECASE)


def _without_country_possessive(role: str, words: list[str]) -> list[str]:
    """ "the country's Ministry of Foreign Affairs" points back at the country the article is about rather than
    naming one, so it is read as the bare title after it, which the dateline or the article's one country
    places."""
    return words[1:] if len(words) > 1 and COUNTRY_POSSESSIVE.match(normalise(role).strip()) else words


class Officials(Roles):
    """The places an article gives the state a bare-titled official, legislator or officer serves."""

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
        words = _without_country_possessive(role, words)
        if ADMINISTRATION_OFFICIAL.fullmatch(" ".join(words)):
            return self._american_administration()
        if (
            not (words and all(w in TITLE_WORDS for w in words) and state_title(words))
            and not cabinet_title(words)
            and not PRESIDENTIAL_OFFICE.match(" ".join(words))
        ):
            return None
        if self._visiting(speaker):
            return None  # "its visiting Prime Minister X": a guest of the dateline's state, not its official
        return (
            self._dateline_state()
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
            or self._known_peoples_country()
            or self._capital_only()
        )

    def _capital_only(self) -> str | None:
        """ "The federal Housing Minister … Canberra wants the homes": an article that names no country by name
        or demonym, but places of one country only, more than once (its capital, by which copy names its
        government), is about that country's government, so a bare cabinet title is that country's."""
        found = self._countries_outside_quotes
        if any(m.alias.form in ("name", "demonym") for m in found):
            return None
        seats = [m.alias.party for m in found if m.alias.form == "place"]
        return seats[0] if len(set(seats)) == 1 and len(seats) > 1 else None

    def _known_peoples_country(self) -> str | None:
        """ "Health Secretary Wes Streeting met the BMA … one of Keir Starmer's first steps for government": an
        article that names no country at all, by name, demonym or place, but whose known office holders all
        serve one country, is about that country's government, so a bare cabinet title is that country's."""
        assert self.document is not None
        found = [
            m
            for m in self._found(self._article_text)
            if m.alias.party and self.aliases.kind(m.alias.party) == "country"
        ]
        if not found or any(m.alias.form not in ("person", "surname") for m in found):
            return None
        countries = {m.alias.party for m in found}
        return countries.pop() if len(countries) == 1 else None

    def _dateline_state(self) -> str | None:
        """ "OSLO, Norway -- Two delegations signed the accord in talks held in Oslo": wire copy datelines talks
        abroad at their venue. Where the article has the talks held in the dateline's country or brokered by
        it, and names one other government, a bare title is that government's officer, not the host's."""
        assert self.document is not None
        dateline = self.document.dateline
        government = self._one_government() if dateline else None
        if government is None or government == dateline or not self._venue_of_talks(dateline):
            return dateline
        return government

    def _venue_of_talks(self, country: str | None) -> bool:
        text = self._article_text
        return any(
            VENUE_CUE.search(text[max(0, m.start - 80) : m.start])
            for m in self._found(text)
            if m.alias.party == country and m.alias.form in ("name", "place")
        )

    def _only_country(self) -> str | None:
        """ "President X told Parliament … the fund's programme for Norland": a paper writing of its own state gives
        its officials a bare title, so where the article's own words (outside quotes) are about one country only,
        naming it more than once and no other by name or demonym, a bare state title is that country's. A country
        named once ("shipments fell to the U.S.") is where the story goes, not whose minister speaks, and the
        country of an official's counterpart ("her American counterpart") is the other side's."""
        assert self.document is not None
        counterparts = self._counterparts(self._article_text)
        named = [
            m.alias.party
            for m in self._found(outside_quotes(self._article_text))
            if m.alias.party
            and self.aliases.kind(m.alias.party) == "country"
            and m.alias.form in ("name", "demonym")
            and m.alias.party not in counterparts
        ]
        return named[0] if len(set(named)) == 1 and len(named) > 1 else None

    def _stated_country(self, role: str | None, known: str) -> str | None:
        """ "Egyptian Foreign Minister Ahmed Aboul Gheit", whom the gazetteer lists under the Arab League he
        led later: people move from a government to an organisation, so the country a government office
        states is the one the article has them speak for. A bloc's "Samoan chairman" still speaks for the
        bloc, and a country listed for a person stays theirs."""
        if not role or self.aliases.kind(known) == "country" or not GOVERNMENT_OFFICE.search(role):
            return None
        stated = self.affiliation(role)
        return stated if stated and stated != NONE and self.aliases.kind(stated) == "country" else None

    def _region_in_title(self, role: str | None) -> str | None:
        """ "Scottish Education Secretary", "NSW Education Minister", "Quebec Treasury Board president": in a
        dispute with its employees, a minister's title that names one province or state is that government's,
        a side of its own."""
        if self.document is None or not role or not REGIONAL_MINISTER.search(role) or LABOUR_BODY.search(role):
            return None  # "Queensland Nurses and Midwives' Union secretary": the union's officer, not a minister
        if not LABOUR_DISPUTE.search(self._article_text):
            return None
        named = {SUBNATIONAL[m.group("name")] for m in SUBNATIONAL_NAME.finditer(role)}
        return named.pop() if len(named) == 1 else None

    def _regional_government(self, role: str | None) -> str | None:
        """ "Education Minister X" in an article about a province's or a state's own labour dispute (it speaks
        of "the province", "the state government" or a premier): a minister's title that names no government is
        that of the province or state the article names most, the side its unions bargain with."""
        if self.document is None or not role or not REGIONAL_MINISTER.search(role):
            return None
        text = self._article_text
        if not REGIONAL_GOVERNMENT.search(text) or not LABOUR_DISPUTE.search(text):
            return None
        counts = Counter(SUBNATIONAL[m.group("name")] for m in SUBNATIONAL_NAME.finditer(text)).most_common(2)
        if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
            return None
        return counts[0][0]

    def _own_region(self, role: str | None) -> str | None:
        """ "The New South Wales Premier": a premier whose title names the state or province, in an article
        about one country only (its dispute with its own national government), speaks for the state; in one
        country's talks with another the premier speaks for the country, which the article's other country
        says."""
        if self.document is None or not role or not PREMIER.search(role):
            return None
        region = SUBNATIONAL_NAME.search(role)
        return SUBNATIONAL[region.group("name")] if region and self._domestic() else None

    def _mayors_city(self, role: str | None) -> str | None:
        """ "Mayor", "the mayor": in an article about one country only, the one town the article gives a mayor
        ("mayor of Tarrant Bay", "Tarrant Bay's mayor") that the gazetteer does not place in any country is a
        side of its own, as a city is in its dispute with its national government."""
        if self.document is None or not role or not BARE_MAYOR.fullmatch(role.strip()):
            return None
        towns = {m.group("town") or m.group("owner") for m in MAYOR_OF.finditer(self._article_text)}
        towns = {
            t
            for t in towns
            if not self.aliases.text_matcher.find(t)
            and not any(w.casefold() in TITLE_WORDS or w.casefold() in ("the", "a", "an") for w in t.split())
        }
        return towns.pop() if len(towns) == 1 and self._domestic() else None

    def _domestic(self) -> bool:
        """Whether the article's own words name one country at most, by name, demonym or place."""
        return len({m.alias.party for m in self._countries_outside_quotes}) <= 1

    @property
    def _countries_outside_quotes(self) -> list[Match]:
        """The countries the article's own words name, by name, demonym or place: read once for each state of
        what the article establishes (as `_article_found` is), since every bare cabinet title, premier and
        mayor in it asks."""
        return self._per_article_state(
            "countries outside quotes",
            lambda: [
                m
                for m in self._found(outside_quotes(self._article_text))
                if m.alias.party and self.aliases.kind(m.alias.party) == "country"
            ],
        )

    def _lawmakers_country(self, role: str | None, at: int | None) -> str | None:
        """ "Lawmakers in Egypt's House have been critical. Mohamed Fouad, an opposition member of the budget
        committee, said …": a legislator whose role names no country sits in the one country the paragraph
        names before him, or the dateline's."""
        if self.document is None or not role or not LAWMAKER_ROLE.search(role):
            return None
        return self._paragraph_country(at) or self._dateline_state() or self._one_government()

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
        if self.document.party_talks == head:
            return None  # coalition talks: the state whose prime minister is named is no side of its own
        return None if self._visited_or_dealt_with(text, head) else head

    def _visited_or_dealt_with(self, text: str, country: str) -> bool:
        """ "The minister wants a trade agreement with the United States … President Trump has announced a
        pause": a country the article's officials travel to or seek a deal with is their counterpart, so its
        head of government says nothing of whom a bare-titled minister serves; so is the country of an
        official's counterpart ("Minister X snubbed President Y and met her American counterpart")."""
        return country in self._counterparts(text) or any(
            m.alias.party == country
            and m.alias.form in ("name", "place")
            and DEALT_WITH.search(text[max(0, m.start - 40) : m.start])
            for m in self._names(text)
        )

    def _counterparts(self, text: str) -> set[str]:
        """The countries of the officials' counterparts: "met her American trade counterpart"."""
        return {
            m.alias.party
            for m in self._names(text)
            if m.alias.party
            and m.alias.form == "demonym"
            and OWN_PRONOUN.search(text[max(0, m.start - 8) : m.start])
            and COUNTERPART_AFTER.match(text[m.end : m.end + 30])
        }

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

    def _visiting(self, speaker: str | None) -> bool:
        if not speaker or self.document is None:
            return False
        surname = re.escape(speaker.split()[-1])
        return bool(re.search(rf"\bvisiting (?:[A-Z][\w.'’-]* )+{surname}\b", self._article_text))

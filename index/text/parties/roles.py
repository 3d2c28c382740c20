"""What a role or a description names: the party of "Iranian Foreign Minister", "Boeing CEO", "president of
the United Auto Workers", "a union official", "the country's ambassador" — the gazetteer's names in it first,
then the generic nouns and bodies the article has introduced, then an organisation named in the role itself.
NONE for someone who holds no position (an analyst, an outlet, a former official)."""

from __future__ import annotations

import re

from index.text.gazetteer import normalise
from index.text.names import PERSON_ROLE_NOUNS, given_name_gender
from index.text.parties.article import ArticleView, country_referent
from index.text.parties.organisations import branch_dropped, organ_dropped, owns_party, states_office_at
from index.text.parties.patterns import (
    ACRONYM_INTERNATIONAL,
    ADDRESS_END,
    APPOSED_ORG,
    BARE_PARTY_ROLE,
    BARGAINING_COMMITTEE_MEMBER,
    BODY_NAME_END,
    BODY_NOUN,
    BODY_OF,
    BODY_REFERENCE,
    BROADCAST_LABEL,
    COMPANY_OFFICER,
    COMPANY_WORKFORCE_AFTER,
    CONSTITUENCY_MEMBER,
    COUNTERPART,
    COUNTERPART_LEADER,
    COUNTRY_ROLE,
    CURRENT_POST,
    DETERMINERS,
    EMPLOYER_SIDES,
    FIGHTS_THE_STATE,
    FORMER,
    GENERIC,
    GENERIC_PEOPLE,
    GENERIC_ROLE,
    GENERIC_STAFF,
    GOVERNMENT_OF,
    HONORIFICS,
    KIND_NOUN,
    LOCAL_OFFICES,
    LOCATED,
    MINISTER,
    MINISTRY_ROLE,
    NO_POSITION_ROLE,
    NONE,
    OFFICER_KINDS,
    ORG_BEFORE,
    ORG_OF,
    ORG_PHRASE,
    ORG_SUFFIX,
    ORG_SUFFIX_END,
    OWNING_GENERIC,
    PARTY_MEMBER,
    PERSON_OF_A_PLACE,
    PORTFOLIO_BEFORE,
    PRINCIPAL_AFTER,
    QUALIFIES_BODY,
    RANK_AND_FILE,
    REBEL_ROLE,
    REGION_ADJECTIVES,
    REGION_NOUN,
    REMIT_ORGAN,
    STUDIED_PROGRAMME,
    SUBNATIONAL,
    THE_PARTYS,
    TITLE_WORDS,
    TWO_NAMES,
    UNION_BARGAINING,
    UNIT_BEFORE,
    UNIT_OF_ACRONYM,
    UNIT_OFFICER,
    US_LAWMAKER,
    WHOLE_ORG_BEFORE,
    WORKER_AT,
    WORKERS_ASSOCIATION,
    describes_positions,
)
from index.text.parties.titles import bare_word, cabinet_portfolio, departmental, is_title, outside_quotes, trim_titles

# Words the title reader takes in with titles ("the President", "Minister of Finance") that are no title alone.
LINKING_WORDS = frozenset({"the", "a", "an", "of", "for", "and", "to", "in"})
# "the Islam Army", "the Arakan Army", "the Mahdi Army": an armed group whose name ends in a word titles also use.
ARMED_GROUP_NAME = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:Army|Brigades?|Front|Militia)$")

# "Pacific Network on Globalisation", "Council on Foreign Relations": a body whose capitalised name goes on with "on".
BODY_ON = re.compile(
    r"\b(?:Network|Council|Commission|Institute|Centre|Center|Committee|Coalition|Alliance|Forum|Campaign|Panel|"
    r"Board|Movement|Initiative|Conference|Group|Office|Agency|Foundation)$"
)
ON_REMIT = re.compile(r"\s+on\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4}(?=\s*$|\s*,)")


# "an NPR spokesperson", "a Reuters spokeswoman", "NPR's chief executive": someone who speaks for an outlet (or a
# think tank) as its employer, not a reporter or an analyst describing others' positions.
OUTLET_STAFF = re.compile(
    r"^(?:['’]s)?\s+(?:spokes(?:man|woman|person)|chief\s+executive|CEO|president|management|executives?)$",
    re.IGNORECASE,
)


# "a spokesperson for the video game producers", "a negotiator for the metro hospitals": someone who speaks for a
# side of employers the article describes in lower case rather than names.
DESCRIBED_SIDE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|negotiator|lawyer|attorney)\s+for\s+the\s+"
    rf"(?P<side>(?:[a-z][\w-]*\s+){{0,3}}{EMPLOYER_SIDES})\b"
)


# "the Prime Minister's Office", "the president's office", "the Prime Minister's official spokesman": the
# office of a head of government or state, or the officer who speaks for it.
HEAD_OFFICE = re.compile(
    r"\b(?P<title>(?i:prime\s+minister|president|premier|chancellor))['’]s\s+"
    r"(?i:office|press\s+office|(?:official\s+)?(?:spokes(?:man|woman|person)|press\s+secretary))\b"
)


# "the press secretary of Leonid Kuchma": an officer of a person, whose side is the principal's.
STAFF_OF = re.compile(
    r"\b(?:press\s+secretary|spokes(?:man|woman|person)|aide|advis[eo]r|chief\s+of\s+staff)\s+$", re.IGNORECASE
)


def _a_principal(before: str, org: str) -> bool:
    """ "The press secretary of Leonid Kuchma": after a personal staff title, a name that opens with a given
    name and holds no body's word is the person served, not an organisation of that name."""
    words = org.split()
    return (
        bool(STAFF_OF.search(before))
        and 2 <= len(words) <= 3
        and given_name_gender(words[0]) is not None
        and not ORG_SUFFIX.search(org)
        and not any(is_title(w) for w in words)
    )


def _with_remit(org: str, after: str) -> str:
    """ "a campaigner from Pacific Network on Globalisation": a body's name that goes on with "on" and a
    capitalised remit to the end of the role is one name; cut at "on" it would be another body."""
    m = ON_REMIT.match(after)
    return org + m.group(0) if m and BODY_ON.search(org) else org


def _region_of_office(role: str, start: int) -> bool:
    """ "vice president of human resources in North America": a name that holds no position, after "in" in an
    officer's title that says which kind of body the officer serves, is the region the post covers, not an
    outlet or a think tank the officer works for."""
    return role[:start].endswith(" in ") and any(pattern.search(role) for pattern, _ in OFFICER_KINDS)


class Roles(ArticleView):
    """`affiliation` and the readers of organisations and places it rests on."""

    def affiliation(self, role: str, at: int | None = None) -> str | None:
        """The party a role or description names, NONE for one that holds no position, else None. `at`
        is where the article first names the speaker, for a role that says "the country's"."""
        role = organ_dropped(normalise(role).strip())
        lawmaker = US_LAWMAKER.search(role)
        if lawmaker:
            return self._us_party(lawmaker.group(0)) or self.aliases.canonical("United States")
        while role.split()[-1:] and bare_word(role.split()[-1]) in HONORIFICS and len(role.split()) > 1:
            role = role.rsplit(None, 1)[0]  # "External Affairs Minister Dr": the title, not a body called "Dr"
        current = CURRENT_POST.search(role) if FORMER.match(role) else None
        if current:
            return self.affiliation(current.group("post"), at)  # "a former welder and an organiser for the union"
        if WORKER_AT.match(role) and self.document is not None and "union" in self.document.generic:
            return self.document.generic["union"]  # "a teacher at James Logan High School" in the teachers' strike
        if not FORMER.match(role) and NO_POSITION_ROLE.search(role):
            side = self._side_opening(role)
            if side:
                return side  # "TruStage Media and Reputation Consultant": the company's own adviser speaks for it
        if FORMER.match(role) or NO_POSITION_ROLE.search(role) or self._at_research_body(role):
            return NONE
        if BROADCAST_LABEL.fullmatch(role):
            return NONE  # "DAVID ORME, BYLINE:", "ANNA KESSLER, HOST:": the programme's own voices hold no side
        if re.search(r"\s(?:and|or|&)$", role):
            return None  # "Dr Vivek Trivedi and Dr": the first of two people named together, no role of either
        if (THE_PARTYS.search(role) or BARE_PARTY_ROLE.match(role)) and at is not None:
            party = self._political_party_before(at)  # "Murat Emir, a deputy chairman of the party's group"
            if party:
                return party
        owner = OWNING_GENERIC.search(role)
        if owner and self.document is not None and GENERIC[owner.group("noun").casefold()] in self.document.generic:
            owned = GENERIC[owner.group("noun").casefold()]
            just = self._company_just_named(at) if owned == "company" else None
            return just or self.document.generic[owned]  # "the union's Cascadia Air council"
        named = APPOSED_ORG.search(role)
        if named and all(is_title(w) for w in named.group("org").split()):
            named = None  # "union President X": the union's officer, not a union called "President"
        if named and not self.aliases.text_matcher.find(named.group("org")):
            return self._organisation(named.group("org"))  # "French farmers' union FNSEA": the union itself
        candidates = []
        faced = opposed = False
        staff_of = None
        found = sorted(self._found(role), key=lambda m: m.start)
        for m in found:
            if m.alias.form == "ambiguous":
                continue
            if m.alias.form == "none" and _region_of_office(role, m.start):
                continue  # "senior vice president of human resources in North America": where the post reaches
            if m.alias.form == "none":
                return m.alias.text if OUTLET_STAFF.match(role[m.end :]) else NONE
            if m.alias.form in ("person", "surname") and owns_party(role, m, found, self.table.political):
                continue  # "Friedrich Merz's CDU": the party he leads speaks, not his country
            if states_office_at(role, m, found, self.aliases.kind):
                continue  # "Germany's EU Minister", "France's UN ambassador": the state's office for that body
            if m.alias.party in self.table.companies and COMPANY_WORKFORCE_AFTER.match(role[m.end :]):
                staff_of = m.alias.party
                continue  # "a Boeing machinist": the company's worker, not its voice
            if (
                m.alias.form not in ("person", "surname")
                and COUNTERPART.search(role[: m.start])
                and not PRINCIPAL_AFTER.match(role[m.end :])
            ):
                continue
            if COUNTERPART_LEADER.search(role[: m.start]):
                faced = True  # "the opposition's delegate in the talks with the Government of President Ortiz"
                continue
            if self.aliases.kind(m.alias.party or "") == "country" and FIGHTS_THE_STATE.match(role[m.end :]):
                opposed = True
                continue  # "a Syrian rebel spokesman", "Colombia's largest rebel group": the side fighting the state
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
        unnamed = self._unnamed_affiliation(role, at)
        if opposed and unnamed is not None and self.aliases.kind(unnamed) == "country":
            return None  # the state the rebels fight, read again from the role's words, is never their side
        if unnamed is None and staff_of:
            return NONE  # a company's worker or supplier, in an article with no union to side with: no side
        return None if unnamed and no_side_of_its_own(unnamed) else unnamed

    def _side_opening(self, role: str) -> str | None:
        """The company or union the article's "the company" or "the union" means, where a role opens with its name
        ("TruStage Media and Reputation Consultant"): an adviser or consultant on a side's own staff is that side's
        voice, not an outside analyst."""
        if self.document is None:
            return None
        sides = {self.document.generic.get(sort) for sort in ("company", "union")} - {None}
        for short, full in self.document.organisations.items():
            if full in sides and role.startswith(short + " "):
                return full
        return None

    def _unnamed_affiliation(self, role: str, at: int | None) -> str | None:
        """What a role names when it holds no name the gazetteer knows: a generic noun or "the country's"
        the article has given a referent, a body it names by a noun, its union for a worker or a local's
        officer, an organisation's short form, else an organisation named in the role itself."""
        labelled = self._labelled_party(role)
        if labelled:
            return labelled
        if self._constituency(role):
            return None  # "Dover MP": the seat; the member's party, else country, comes from the article
        rebels = self._rebel_group() if REBEL_ROLE.search(role) else None
        if rebels:
            return rebels
        described = DESCRIBED_SIDE.search(role)
        if described:
            return re.sub(r"\s+", " ", described.group("side"))  # "a spokesperson for the video game producers"
        office = HEAD_OFFICE.search(role)
        head = self._head_of_state(office.group("title")) if office else None
        if head:
            return head
        state = COUNTRY_ROLE.search(role)
        if state and REGION_NOUN.search(state.group(0)):
            generic = self._region_before(at) or self._generic(role, at)  # not the ministry another state has
        else:
            generic = self._generic(role, at) or (self._country_before(at) if state else None)
        if generic:
            return generic
        body = BODY_REFERENCE.search(role)
        named_body = self._body_named(body.group("noun")) if body else None
        if named_body:
            return named_body
        if RANK_AND_FILE.search(role) and self.document is not None and "union" in self.document.generic:
            return self.document.generic["union"]
        if (
            BARGAINING_COMMITTEE_MEMBER.search(role)
            and self.document is not None
            and "union" in self.document.generic
            and UNION_BARGAINING.search(self.document.text)
        ):
            return self.document.generic["union"]  # "a member of the negotiating committee": the union's
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
        if named_in_role is None:
            kinds = next((k for pattern, k in OFFICER_KINDS if pattern.search(role)), None)
            return self.sole_of_kind(kinds) if kinds else None
        return named_in_role

    @staticmethod
    def _constituency(role: str) -> bool:
        """Whether a role is a seat and a member's title ("Dover MP"), not a party's label ("Alliance MP",
        "DUP MP"): a name the gazetteer does not know as a party, with no acronym or body suffix, is the
        place the member sits for."""
        m = CONSTITUENCY_MEMBER.fullmatch(role)
        if not m:
            return False
        seat = m.group("seat")
        return not ORG_SUFFIX.search(seat) and not any(len(w) > 1 and w.isupper() for w in seat.split())

    def _labelled_party(self, role: str) -> str | None:
        """ "Alliance MP", "an Alliance MLA", "the Alliance MP for North Down": a word that with "Party" is a listed
        political party's own name ("Alliance Party") labels its member as "DUP MP" does; a seat's name ("Dover
        MP") names none."""
        member = PARTY_MEMBER.match(role)
        party = self.aliases.canonical(f"{member.group('label')} Party") if member else None
        return party if party in self.table.political else None

    def _head_of_state(self, title: str) -> str | None:
        """The country whose holder of a title the article names with that country ("Canadian Prime Minister
        Justin Trudeau", "the prime minister of Canada"), which "the Prime Minister's Office" then serves; none
        where it names two countries' holders or none."""
        if self.document is None:
            return None
        text = self._article_text
        title = r"\s+".join(title.split())
        places = [
            m.group("before") or m.group("after")
            for m in re.finditer(
                rf"(?P<before>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)(?:['’]s)?\s+(?i:{title})\b(?!['’]s\s+(?i:office))"
                rf"|(?i:{title})\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)",
                text,
            )
        ]
        found = {
            m.alias.party
            for place in places
            for m in self.aliases.text_matcher.find(place)
            if m.alias.party and self.aliases.kind(m.alias.party) == "country"
        }
        return found.pop() if len(found) == 1 else None

    def _rebel_group(self) -> str | None:
        """The one armed group the article calls rebels ("the ELN rebels", "M23 rebels", "the rebel group
        X", "its main rebel group, the X", "rebels of the X"), which "one of the rebel sources", "a rebel
        negotiator" or "the rebels said" speaks for."""
        if self.document is None:
            return None
        text = self._article_text
        found = {
            m.alias.party
            for m in self._found(text)
            if m.alias.party
            and (self.aliases.kind(m.alias.party) or m.alias.kind) == "organisation"
            and (
                re.search(r"\brebels?$", m.alias.text)
                or re.match(r"\s+rebels?\b", text[m.end :])
                or re.search(
                    r"\brebel\s+(?:group|movement|alliance|coalition),?\s+(?:the\s+)?$|\b(?i:rebels)\s+(?:of|from)\s+(?:the\s+)?$",
                    text[max(0, m.start - 30) : m.start],
                )
            )
        }
        return found.pop() if len(found) == 1 else None

    def _us_party(self, title: str) -> str | None:
        """ "Republican Sen. X" where Democrats and Republicans negotiate among themselves (a budget, a
        shutdown): the senator's party, as any politician's there; in talks with another state, the US."""
        if self.document is None or self.document.party_talks != self.aliases.canonical("United States"):
            return None
        return "Republican Party" if title.startswith("Republican") else "Democratic Party"

    def _one_government(self) -> str | None:
        """ "… criticised the Afghan government …", and no other country's government named: the
        government a bare-titled official or a legislator with no country belongs to."""
        assert self.document is not None
        return country_referent(self, self._article_text, GOVERNMENT_OF, only=True)

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
            if describes_positions(org) and not any(f.alias.party for f in self._found(org)):
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
        """What "a commission official", "an official at the board" or "a spokesperson for the organisation"
        means: the one body the article names with that noun last ("the International Boundary and Water
        Commission", "the National Mediation Board"); none when it names two."""
        if self.document is None:
            return None
        text = self._article_text
        head = "Organi[sz]ation" if noun.casefold().startswith("organi") else noun.capitalize()
        pattern = rf"(?<![\w-])(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|on)\s+)?){{1,6}}{head}\b"
        names = {re.sub(r"^The\s+", "", m.group(0)) for m in re.finditer(pattern, text)}
        names = {name for name in names if not re.fullmatch(head, name)}
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
            return None  # "Drescher and Crabtree-Ireland", "Dr X and Dr Y": two people, not a body named after both
        if words[0] in ("The", "the"):
            words = words[1:]
        if departmental(re.split(r"\s(?:of|for)\s", role)[-1]):
            return None  # "International Trade", "Head of Public Service": the portfolio of a state's office
        if MINISTER.search(words[0]) and len(words) > 1 and words[1] in ("of", "for"):
            return None  # "(The) Minister of Employment": a title with its portfolio, not a body
        return self._organisation(role)

    def _generic(self, role: str, at: int | None = None) -> str | None:
        if self.document is None:
            return None
        m = GENERIC_ROLE.search(role) or GENERIC_STAFF.match(role)
        if m and m.start() == 0 and re.search(r"\bminist(?:er|ry)\b", role, re.IGNORECASE):
            m = None  # "Union Commerce Minister": India's union government, not a labour union
        if m:
            sort = GENERIC[m.group("noun").lower()]
            return (self._company_just_named(at) if sort == "company" else None) or self.document.generic.get(sort)
        named = self._body_by_its_noun(role)
        if named:
            return named
        union = self.document.generic.get("union")
        if WORKERS_ASSOCIATION.search(role) or (
            union and union.casefold().endswith("association") and re.search(r"\b(?i:the)\s+association\b", role)
        ):
            return union  # "president of the association" where the article's union is an association
        if MINISTRY_ROLE.search(role):
            return self.document.generic.get("ministry")
        kind = KIND_NOUN.search(role)
        return self.of_kind_noun(kind.group("noun")) if kind else None

    def _company_just_named(self, at: int | None) -> str | None:
        """ "A spokesperson for Hollins & Pike added …. The company's chair, X, wrote": in an article about two
        companies (a takeover, a supplier's contract), "the company" is the one named last before, not the one
        named most."""
        if self.document is None or at is None:
            return None
        companies = self.document.companies
        if len(companies) < 2:
            return None
        before = [
            m
            for m in self._found(self._article_text[max(0, at - 600) : at])
            if m.alias.party in companies and m.alias.form not in ("person", "surname")
        ]
        return max(before, key=lambda m: m.start).alias.party if before else None

    def _body_by_its_noun(self, role: str) -> str | None:
        """ "the association's chief negotiator", "the guild's chair": the one body the article names whose
        name ends in that noun ("Western Marine Employers' Association", "Dairy Producers' Guild"), even where
        the article's union is another body; two such bodies leave it unread."""
        m = BODY_NOUN.search(role)
        if not m or self.document is None:
            return None
        noun = m.group("noun").casefold()
        bodies = {
            x.alias.party
            for x in self._found(self._article_text)
            if x.alias.party and x.alias.party.casefold().endswith(" " + noun)
        }
        return bodies.pop() if len(bodies) == 1 else None

    def _organisation_in_role(self, role: str) -> str | None:
        """An organisation the gazetteer does not know, named in the role: "president of the United Auto
        Workers", "Boeing CEO", "Boeing's chief executive", "Dockers United Union president"."""
        for pattern in (ORG_OF, UNIT_BEFORE, WHOLE_ORG_BEFORE, ORG_BEFORE):
            m = pattern.search(role)
            if not m or (pattern is not ORG_OF and MINISTER.search(role)):
                continue
            if pattern is ORG_OF and PORTFOLIO_BEFORE.search(role[: m.start()] + " "):
                continue  # "Minister of Ports, Skills and Labour": a portfolio, not a body
            if pattern is ORG_OF and departmental(m.group("org")):
                continue  # "Superintendent of Public Instruction", "Head of Public Service": a state's office
            if pattern is ORG_OF and m.group(0).startswith("from ") and self._hometown(m.group("org")):
                continue  # "a shift lead from Fairhaven, Ohio": where the speaker comes from
            if (
                pattern is ORG_OF
                and m.group(0).startswith("from ")
                and PERSON_OF_A_PLACE.search(role[: m.start()] + " ")
                and not ORG_SUFFIX.search(m.group("org"))
            ):
                continue  # "a rice farmer from Banteay Ampil": the village the farmer lives in
            org = branch_dropped(trim_titles(m.group("org")))
            if pattern is ORG_OF and org != m.group("org") and ARMED_GROUP_NAME.search(m.group("org")):
                org = m.group("org")  # "of the Islam Army": the group's whole name, not a body called "Islam"
            if pattern is ORG_OF and org == m.group("org"):
                org = _with_remit(org, role[m.end("org") :])
            if pattern is ORG_OF and _a_principal(role[: m.start()] + " ", org):
                return self.aliases.person(org)  # the principal's side where known; a person is no party
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

    def _hometown(self, place: str) -> bool:
        """Whether the article prints a one-word name as a town with its region after a comma ("Fairhaven,
        Ohio"), which a speaker comes from rather than speaks for."""
        return (
            self.document is not None
            and len(place.split()) == 1
            and not ORG_SUFFIX.search(place)
            and bool(
                re.search(
                    rf"\b{re.escape(place)},\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[.,;]|\s+[a-z]|$)", self._article_text
                )
            )
        )

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
        if describes_positions(org) and not org.startswith("Royal College of "):
            return NONE  # a Royal College is a professional body that bargains for its members, not a school
        if self.document is not None and org in self.document.observers:
            return NONE  # "X, an observer group": it watches the talks and has no vote, so it holds no side
        if self._reporting(org):
            return NONE  # "…, NDTV reported. “…,” it added": the outlet passing the words on holds no side
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
        return self._named_body(org)

    def _reporting(self, org: str) -> bool:
        """Whether the article credits words to a name the gazetteer does not know ("…, NDTV reported."): an outlet,
        which describes others' positions rather than holding one, as the outlets the gazetteer lists. "X reported"
        with an object ("Acme reported a loss") is a company's results, not a credit."""
        if self.document is None or self.aliases.text_matcher.find(org):
            return False
        name = re.escape(org)
        return bool(
            re.search(
                rf"(?<![\w-]){name}\s+(?:had\s+|has\s+|first\s+)?reported\s*[.,;:]",
                self._article_text,
            )
        )

    def _named_body(self, org: str) -> str | None:
        """The last resort of `_organisation`: a capitalised name in a role is a party of its own only where it
        can be a body's name. A person named with a title ("Dr", "Ms Halloran"), an address ("Elm Street") or a
        people ("Eritrean") is none, and a word of a longer body's name the article prints ("Tri-River Boundary
        and Water", "Brandt", "Orchestra") stands for that body, so that no fragment of a name becomes a side."""
        if bare_word(org.split()[0]) in HONORIFICS or ADDRESS_END.search(org):
            return None
        whole = [m for m in self.aliases.text_matcher.find(org) if m.start == 0 and m.end == len(org)]
        if any(m.alias.form == "demonym" for m in whole):
            return None
        longer = self._longer_body_name(org)
        if longer:
            return self._organisation(longer)
        if self._person_in_article(org):
            return self.aliases.person(org)  # "a member of Machar's delegation": his side where known, else none
        return org

    def _person_in_article(self, org: str) -> bool:
        """Whether a name a role gives ("Machar's delegation", "a Machar aide", "Riek Machar's negotiator") is a
        person the article names rather than a body: a surname the article prints after a given name or a title
        ("Riek Machar", "President Machar"), or a full name after a title or whose surname the article uses alone."""
        if self.document is None or ORG_SUFFIX.search(org) or any(is_title(w) for w in org.split()):
            return False
        words = org.split()
        text = self._article_text
        if len(words) == 1:
            run = rf"(?<![\w'’-])((?:[A-Z][a-z]+\s+){{1,2}}){re.escape(org)}(?![\w'’-]|\s+[A-Z])"
            for m in re.finditer(run, text):
                first = m.group(1).split()[0]
                if (is_title(first) and first.casefold() not in LINKING_WORDS) or given_name_gender(first) is not None:
                    return True
                if re.search(r"[a-z,]\s+$", text[max(0, m.start() - 40) : m.start()]) and not any(
                    self.aliases.text_matcher.find(w) for w in m.group(1).split()
                ):
                    return True  # "former vice president Riek Machar"
            return False
        alone = re.finditer(rf"(?<![\w'’-]){re.escape(words[-1])}(?:['’]s\b|\s+(?:said|says|told)\b)", text)
        titled = re.finditer(rf"([\w'’-]+)\s+{re.escape(org)}(?![\w'’-]|\s+[A-Z])", text)
        return len(words) <= 3 and (
            given_name_gender(words[0]) is not None
            or any(not re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 40) : m.start()]) for m in alone)
            or any(is_title(m.group(1)) and m.group(1).casefold() not in LINKING_WORDS for m in titled)
        )

    def _longer_body_name(self, org: str) -> str | None:
        """The one body's name the article prints that holds the words as a part ("Hugo Brandt High School",
        "the Larkfield Philharmonic Orchestra") or opens with them where they never stand alone ("the Tri-River
        Boundary and Water Commission" for its trimmed "Tri-River Boundary and Water"); a name that stands alone
        too and opens a longer one ("Korvane", "Korvane Workers Union") is itself."""
        if self.document is None:
            return None
        text = self._article_text
        word = r"[A-Z][\w'’-]*"
        pattern = rf"(?<![\w'’-])(?:{word}\s+){{0,4}}{re.escape(org)}(?:\s+(?:(?:of|for)\s+)?{word}){{0,4}}"
        alone = re.search(rf"(?<![\w'’-]){re.escape(org)}(?![\w'’-]|\s+(?:(?:of|and|for)\s+)?[A-Z])", text)
        names = set()
        for m in re.finditer(pattern, text):
            ends = list(BODY_NAME_END.finditer(m.group(0)))
            name = re.sub(r"^(?:The|the)\s+", "", m.group(0)[: ends[-1].end()]) if ends else ""
            if name == org or not re.search(rf"(?<![\w'’-]){re.escape(org)}(?![\w'’-])", name):
                continue
            if name.startswith(org + " ") and alone:
                continue
            names.add(name)
        return names.pop() if len(names) == 1 else None


def no_side_of_its_own(name: str) -> bool:
    """ "Treasury Board", "Appropriations Committee", "Vermont": an organ named by its remit, or the state a
    lawmaker is "of", which a role may name but which is never the side the speaker takes in the talks."""
    return bool(REMIT_ORGAN.fullmatch(name.strip())) or name.strip() in SUBNATIONAL

"""How an article prints an organisation's name, read without the alias table: a name's proper extent
(sentence-initial words and titles trimmed off), names joined by "and", initials and abbreviations, civil
bodies against state ones, and the union or employer a name implies. Pure functions of the text."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.text.gazetteer import Match
from index.text.names import DAYS, MONTHS
from index.text.parties.patterns import (
    ACRONYM_TEAM,
    BARE_UNIT,
    CIVIL_SUFFIX,
    JOINED,
    LABOUR_SUFFIX,
    ORG_SUFFIX,
    SAYS_THE_UNION,
    STATE_OFFICE_FOR_BODY,
    STATE_WORDS,
    TITLE_WORDS,
    UNION_UNIT,
)
from index.text.phrases.patterns import LISTED_BODY


def branch_dropped(org: str) -> str:
    """ "Tradesfirst's Quebec": one capitalised word after an organisation's possessive is the branch a
    title runs ("Tradesfirst's Quebec director"), so the organisation is the name before it."""
    head, mark, rest = re.sub(r"’", "'", org).partition("'s ")
    if mark and head and len(rest.split()) == 1 and rest[:1].isupper() and not ORG_SUFFIX.search(rest):
        return head
    return org


# "IGAD Council of Ministers", "EARC Secretariat": an organ of a body known by its acronym.
ORGAN_OF_ACRONYM = re.compile(
    r"\b(?P<org>[A-Z][A-Z&]{1,7})\s+(?:Council\s+of\s+(?:Foreign\s+)?Ministers|Ministerial\s+Council|Secretariat|"
    r"Summit|Assembly\s+of\s+Heads\s+of\s+State(?:\s+and\s+Government)?)\b"
)


def organ_dropped(text: str) -> str:
    """ "IGAD Council of Ministers": a bloc's council, secretariat or summit is the bloc acting, so the body that
    speaks (in a name or in a role, "IGAD Council of Ministers chairperson") is the one the acronym names."""
    return ORGAN_OF_ACRONYM.sub(lambda m: m.group("org"), text)


def states_office_at(role: str, body: Match, found: list[Match], kind: Callable[[str], str | None]) -> bool:
    """Whether a body's name only names the office a state named before it holds ("Germany's EU Minister")."""
    if not body.alias.party or kind(body.alias.party) == "country" or not STATE_OFFICE_FOR_BODY.match(role[body.end :]):
        return False
    return any(m.start < body.start and m.alias.party and kind(m.alias.party) == "country" for m in found)


def owns_party(role: str, person: Match, found: list[Match], political: dict[str, tuple[str, ...]]) -> bool:
    """Whether a person's name is the possessive before a political party that ends the role."""
    if not re.match(r"['’]s\s", role[person.end :]):
        return False
    return any(m.start > person.end and m.alias.party in political and not role[m.end :].strip(" ,.") for m in found)


def initials_of(name: str) -> str:
    """ "U.S.-China Business Council" → "USCBC", "International Longshoremen's Association" → "ILA"."""
    return "".join(w[0] for w in re.split(r"[^\w']+", name) if w[:1].isupper())


def joined_names(phrase: str) -> list[str]:
    """ "Riverton Federation of Teachers and the Riverton Unified School District": two names joined by
    "and the", or by "and" when each has a suffix of its own; "Brotherhood of Locomotive Engineers and
    Trainmen" is one name, and so is "National Union of Rail, Maritime and Transport Workers"."""
    if LISTED_BODY.fullmatch(phrase):
        return [phrase]
    if re.search(r"\s+and\s+the\s+", phrase):
        return re.split(r"\s+and\s+the\s+", phrase)  # "Korvo and the Northern Pipefitters Union": never one name
    parts = JOINED.split(phrase)
    return parts if len(parts) > 1 and all(ORG_SUFFIX.search(p) for p in parts) else [phrase]


def is_civil(org: str, named: list[Match]) -> bool:
    """An association, company or union whose name holds a country's name ("American Sawmill Fairness
    Alliance", an airline or carmaker named for its country) speaks for itself; a state body ("Russian
    Security Council") and a name the gazetteer knows whole ("European Union") do not."""
    whole = any(m.start == 0 and m.end >= len(org.rstrip(".")) for m in named)
    return not whole and bool(CIVIL_SUFFIX.search(civil_head(org))) and not STATE_WORDS.search(org)


def civil_head(org: str) -> str:
    """ "Freight Haulers Alliance of America": a body of two or more words with a civil suffix, followed by the
    country or region it organises in, is named by that head; the country in its tail is where it works, not
    the side it speaks for. A one-word head ("Union of the Comoros") or a council ("Federation Council of
    Russia") is a state's own name or organ, so the whole name is kept."""
    head, of, _ = org.partition(" of ")
    if of and len(head.split()) >= 2 and not head.endswith("Council"):
        return head
    return org


def sentence_initial(text: str, at: int) -> bool:
    """Whether a capitalised run opens its sentence, where its first word may be capitalised only for that:
    mid-sentence, "president of Trucking Management Inc" capitalises "Trucking" because it is the name's,
    even in an article that also speaks of "trucking companies"."""
    before = text[max(0, at - 3) : at].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n—–-"


def spelled_by(org: str, abbr: str) -> str | None:
    """ "… day. Public Service Association (PSA)": the last words whose initials spell the abbreviation
    in brackets are the whole name, a sentence-initial word among them included."""
    words = org.split()
    tail = words[-len(abbr) :]
    if len(tail) == len(abbr) and "".join(w[0] for w in tail) == abbr:
        return " ".join(tail)
    return _spelled_skipping_joiners(words, abbr)


def _spelled_skipping_joiners(words: list[str], abbr: str) -> str | None:
    """ "Writers Guild of America (WGA)": the last words whose capitalised initials spell the abbreviation, the
    joining "of", "and", "the", "for" between them left out of the initials, as abbreviations leave them."""
    capitals = 0
    for start in range(len(words) - 1, -1, -1):
        word = words[start]
        if word in {"of", "and", "the", "for", "&"}:
            continue
        if not word[:1].isupper():
            return None
        capitals += 1
        if capitals == len(abbr):
            tail = words[start:]
            initials = "".join(w[0] for w in tail if w not in {"of", "and", "the", "for", "&"})
            return " ".join(tail) if initials == abbr and len(tail) > len(abbr) else None
    return None


def proper_name(org: str, lowercase: set[str]) -> str:
    """An organisation's name without the sentence-initial words before it ("Members of the ...")."""
    words = org.split()
    while len(words) > 2 and (
        words[0].casefold() in lowercase | DAYS
        or words[0] in {"of", "the", "for", "and"}
        or (words[1] == "of" and not ORG_SUFFIX.match(words[0]) and ORG_SUFFIX.search(" ".join(words[2:])))
    ):
        words.pop(0)
    if "of" in words[1:]:
        at = words.index("of", 1)
        if not ORG_SUFFIX.search(" ".join(words[:at])) and ORG_SUFFIX.search(" ".join(words[at + 1 :])):
            words = words[at + 1 :]
    return leading_article(" ".join(words))


def placename_word(word: str) -> bool:
    bare = word.casefold().strip(".,")
    return bare not in TITLE_WORDS and bare not in DAYS and bare not in MONTHS and not ORG_SUFFIX.fullmatch(word)


def leading_article(org: str) -> str:
    return re.sub(r"^(?:The|the)\s+", "", org).strip()


def lone_local(text: str) -> str | None:
    """ "Local S6 members walked out … union President X said": an article that names its union
    only by the one local it writes standing alone (no union's name before it, no bargaining team's acronym)
    means that local by "the union"; two locals leave it unnamed."""
    locals_ = {m.group(0) for m in BARE_UNIT.finditer(text)}
    alone = len(locals_) == 1 and not UNION_UNIT.search(text) and not ACRONYM_TEAM.search(text)
    return locals_.pop() if alone else None


# "the teachers union", "the nurses' union", "the players association": a union the article describes by the
# workers it bargains for, in lower case, rather than naming it.
DESCRIBED_UNION = re.compile(r"\b[Tt]he\s+(?P<union>[a-z]{3,}s['’]?\s+(?:union|association))\b(?![-\w])")


def union_described(text: str) -> str | None:
    """ "Officials from the district and the teachers union …": an article that never names its union, only
    describes it by its workers the one way, means that description by "the union" and by the union's
    officers ("president of the union"), which are the union's side as its name would be; two descriptions
    ("the teachers union", "the nurses union") leave it unnamed."""
    found = {re.sub(r"\s+", " ", m.group("union")) for m in DESCRIBED_UNION.finditer(text)}
    return found.pop() if len(found) == 1 else None


def union_of_its_team(text: str) -> str | None:
    """ "the ABC/DEF bargaining team … the union bargaining team … the Union says": an article that names
    its union only by the acronym of the team at the table, and speaks of "the union", means that body; with
    two acronyms at the table (the employer's team too) it is left unnamed."""
    if not SAYS_THE_UNION.search(text):
        return None
    teams = {m.group("org") for m in ACRONYM_TEAM.finditer(text)}
    return teams.pop() if len(teams) == 1 else None


def employer_of_union(full: str, normal: str) -> str | None:
    """ "The Samsung Electronics Labor Union …. Samsung Electronics also issued a statement": a union named
    after its employer, where the article also prints the employer's name standing alone, names two bodies;
    the employer's name (and its first word alone) is the company, not a short form of the union."""
    if not LABOUR_SUFFIX.search(full):
        return None
    words = full.split()
    for size in range(len(words) - 2, 1, -1):
        prefix = " ".join(words[:size])
        if re.search(rf"\b{re.escape(prefix)}\b(?! {re.escape(words[size])})", normal):
            return prefix
    return None

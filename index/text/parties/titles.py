"""What the words around a name say a person is, read without the alias table: the run of title words before
a name, an appositive or a bracketed role after it, a state's or a cabinet's titles, the descriptions that stand
for a person not named, and the text outside quotes (what the article says, not what its speakers talk about).
Pure functions of the text, which the speaker readers and the article's facts share."""

from __future__ import annotations

import itertools
import re

from index.text.names import MONTHS, is_contraction
from index.text.parties.patterns import (
    BODY_OF,
    COORDINATED,
    DEPARTMENT_WORDS,
    DESCRIPTION_BEFORE,
    FINITE,
    FROM_BODY,
    GENERIC,
    HEADS_A_GOVERNMENT,
    NAME_FINAL_WORDS,
    NOT_APPOSITIVE,
    ORG_SUFFIX,
    OUTLET_PREPOSITIONS,
    PORTFOLIO,
    PORTFOLIO_BODIES,
    PREVIOUS_NAME,
    QUOTED,
    RANKS_OPENING_NAMES,
    STATE_TITLE,
    TITLE_HEADS,
    TITLE_WORDS,
    UNIT,
)
from index.text.phrases.words import shield_listed_commas, unshield


def state_title(words: list[str]) -> bool:
    """A title that makes its bearer a state's officer without naming the state: "Foreign Minister", the
    inverted "Secretary Finance" that South Asian papers print, and a ministry's unnamed "official"."""
    if STATE_TITLE.search(" ".join(words)):
        return True
    if words[0] in ("secretary", "minister") and len(words) > 1 and all(w in PORTFOLIO for w in words[1:]):
        return True
    if "secretary" in words and words[words.index("secretary") + 1 : words.index("secretary") + 2] == ["of"]:
        return True  # "Secretary of State Condoleezza Rice", "Secretary of Labor": the title names no country
    if words[-1] in ("official", "officials") and any(w in PORTFOLIO for w in words[:-1]):
        return True
    return _portfolio_ministry(words)


def _portfolio_ministry(words: list[str]) -> bool:
    """ "the finance ministry said", "a Ministry of Finance statement": a ministry named by its portfolio alone
    is a state's, as its officials are; a paper writing of its own country names no country before it."""
    if len(words) > 1 and words[-1] in ("ministry", "ministry's") and all(w in PORTFOLIO for w in words[:-1]):
        return True
    remit = [w for w in words[2:] if w not in ("affairs", "and")]  # "Ministry of Foreign Affairs"
    return len(words) > 2 and words[:2] == ["ministry", "of"] and bool(remit) and all(w in PORTFOLIO for w in remit)


def cabinet_title(words: list[str]) -> bool:
    """A government office named by its portfolio in any words ("Regional Development Minister", "minister
    of trade, industry and energy", "one of the ministers", "presidential spokesman"): only a state has
    ministers, so its bearer is a state's officer whatever the portfolio is called."""
    if not words:
        return False
    if words[-1] in ("minister", "ministers") or words[:2] in (["minister", "of"], ["minister", "for"]):
        return True  # "the minister for national reconciliation", as "minister of trade"
    if words[:1] == ["federal"] and words[1:3] in (["minister", "of"], ["minister", "for"]):
        return True  # "Federal Minister for Information": a national government's minister
    if "ministry" in words and any(STATE_TITLE.search(w) for w in words):
        return True  # "a spokeswoman of the State Ministry of Harbour Affairs"
    return words[0] == "presidential" and bool(STATE_TITLE.search(words[-1]))


def cabinet_portfolio(org: str, role: str) -> bool:
    """ "Health and Social Care Secretary", "Business Secretary": capitalised words before "Secretary" are a
    cabinet portfolio, as they are before "Minister", unless they name a body ("Communist Party
    Secretary", "UAW Secretary")."""
    return bool(
        re.search(r"\bSecretary$", role) and not ORG_SUFFIX.search(org) and not re.search(r"\b[A-Z]{2,}\b", org)
    )


def departmental(name: str) -> bool:
    """ "Public Instruction", "Public Service", "International Trade": a name made only of the words a
    government department's remit is named in is a state's portfolio, not a body of its own."""
    words = [w.casefold().strip(".,") for w in name.split()]
    return (
        bool(words)
        and all(w in DEPARTMENT_WORDS for w in words)
        and any(w not in {"and", "of", "for", "the"} for w in words)
    )


def outside_quotes(text: str) -> str:
    """The text with what is quoted blanked out (offsets kept): a country a speaker talks about ("the
    signature waits for Washington") says nothing of whose official the speaker is."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def another_head(speaker: str | None, role: str) -> bool:
    """A named speaker titled a head of government ("Acting Prime Minister Wiremu Hale") is not in the cabinet
    of the head the article names; "the president" unnamed may well be that head."""
    return bool(speaker and not is_descriptive(speaker) and HEADS_A_GOVERNMENT.search(role))


def is_descriptive(speaker: str | None) -> bool:
    """A speaker described rather than named: "a senior U.S. official", "A Downing Street spokesperson", "Another
    analyst"."""
    return bool(speaker and (speaker[:1].islower() or re.match(r"^(?:a|an|the|another)\s", speaker, re.IGNORECASE)))


def title_or_titles(word: str) -> bool:
    """ "MP" or "MPs", "Senator" or "Senators": a title after a party's name ("Lib Dem MPs") is no part of it."""
    word = word.rstrip(".").casefold()
    return word in TITLE_WORDS or (word.endswith("s") and word[:-1] in TITLE_WORDS)


def is_title(word: str) -> bool:
    return word.casefold() in TITLE_WORDS or word.casefold() in TITLE_PLURALS


TITLE_PLURALS = {"boss", "head", "negotiators", "officials", "workers", "sources"}


def trim_titles(org: str) -> str:
    """The organisation a capitalised phrase names, without the titles around it ("Boeing Chief Executive"
    is Boeing); a word that opens titles but never ends one ("Air Marshal", "Government spokesman") ends
    a name when it comes last ("Cascadia Air's", "Kurdistan Regional Government")."""
    words = org.split()
    while (
        words
        and (bare_word(words[-1]) in TITLE_WORDS or words[-1] in {"and", "of", "for", "the", "&"})
        and not (len(words) > 1 and bare_word(words[-1]) in NAME_FINAL_WORDS)
        and not (len(words) > 2 and ORG_SUFFIX.fullmatch(words[-1]))
    ):
        words.pop()
    lead = list(itertools.takewhile(lambda w: w.casefold() in TITLE_WORDS, words))
    if lead and not {w.casefold() for w in lead} & TITLE_HEADS and suffix_name(words[len(lead) :]):
        return " ".join(words)  # "Public Service Association": its name opens with a word titles also use
    while words and words[0].casefold() in TITLE_WORDS - {"national", "federal", "royal", "central", "first"}:
        if words[0].casefold() in RANKS_OPENING_NAMES and len(words) > 1 and words[1].casefold() not in TITLE_WORDS:
            break  # "Major League Baseball", "General Dynamics": a rank's word opens the body's own name
        if len(words) == 2 and words[1] in PORTFOLIO_BODIES:
            break  # "Health Service chief executive": a body named by its portfolio, not one called "Service"
        if len(words) > 2 and words[1] == "of" and ORG_SUFFIX.fullmatch(words[0]):
            break  # "Council of Young Farmers": a body whose name goes on with "of", not "Young Farmers"
        words.pop(0)
    return " ".join(words)


def suffix_name(words: list[str]) -> bool:
    """Whether the words are a one-word name and a body's suffix ("Service Association")."""
    return len(words) == 2 and words[0][:1].isupper() and bool(ORG_SUFFIX.fullmatch(words[1]))


def bare_word(word: str) -> str:
    """A title word as compared: "Minister's" is "minister", "Gen." is "gen"."""
    return re.sub(r"['’]s$", "", word).casefold().strip(".")


def title_before(before: str) -> str | None:
    """The run of title words right before a name: "White House press secretary", "Iran's Foreign
    Ministry spokesman"; a comma may separate them ("the union's president, Ray Dombrowski"). The run ends at
    a paragraph break: "… shipments to the U.S.\n\nFinance Minister X" is no American minister."""
    before = re.sub(r",\s*$", " ", before[before.rfind("\n\n") + 1 :])
    words = before.split()
    run: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        bare = word.strip("(")
        lower = re.sub(r"'s$", "", bare).casefold().strip(".")
        if word.endswith((".", ";", ":", '"', "“", "”")) and len(word) > 3 and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            break
        if is_contraction(bare):
            break  # "Here's Tove Lindqvist": "here is", no owner of a title
        if word.endswith(",") and run:
            break  # "… a town near the border, Rear Admiral Ari Levin": the clause before the title is not it
        if re.fullmatch(r"\([A-Z]{2,6}\)", word) and run:
            continue  # "Royal College of Midwives (RCM) chief": the acronym in brackets repeats the name
        if lower == "of" and run and i > 0 and BODY_OF.search(words[i - 1] + " ") and words[i + 1][:1].isupper():
            run.append(bare)  # "Royal College of Midwives (RCM) chief": the body's whole name, not "Midwives"
            continue
        if lower == "and" and run and i > 0 and joins_a_body_name(words[i - 1], run):
            run.append(bare)  # "International Longshore and Warehouse Union president": one body's name
            continue
        if lower in {"of", "for"} and run and i > 0 and words[i - 1][:1].isupper() and is_office(words[i - 1]):
            run.append(bare)  # "Minister for Intergovernmental Relations": the portfolio, not a body of that name
            continue
        if not (bare[:1].isupper() or lower in TITLE_WORDS or lower in GENERIC):
            if lower in OUTLET_PREPOSITIONS and run and run[-1] == "The":
                return None  # "Writing in The Courier, Mark Ellis": the paper he wrote in, not his title
            run.extend(portfolio_of(words[: i + 1]) if run else [])
            break
        run.append(bare)
    if run and run[0].casefold() in {"of", "for"}:
        return None  # "Thousands of Riverside Unified teachers": the name is what the words are of, not who holds them
    run.reverse()
    if run and any(w.casefold().strip(".") in TITLE_WORDS or w.endswith("'s") for w in run):
        return " ".join(run)
    return None


def joins_a_body_name(word: str, run: list[str]) -> bool:
    """Whether an "and" before the run is inside an organisation's name: a plain capitalised word before it
    and a body's suffix word ("Union", "Association") already in the run."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and any(ORG_SUFFIX.fullmatch(w) for w in run)


def is_office(word: str) -> bool:
    return word.casefold().strip(".,") in {"minister", "secretary", "commissioner"}


def portfolio_of(words: list[str]) -> list[str]:
    """ "France's overseas minister", "Egypt's finance minister": one or two lower-case portfolio words
    between a country's possessive and the title; the words, last first, or none."""
    for n in (1, 2):
        if len(words) > n and re.fullmatch(r"[A-Z][\w-]*'s", words[-n - 1]):
            portfolio = words[-n:]
            if all(re.fullmatch(r"[a-z][a-z-]+", w) for w in portfolio):
                return [*reversed(portfolio), words[-n - 1]]
    return []


def coordinated_title(before: str) -> str | None:
    """ "South Korean Finance Minister Choi Sang-mok and Industry Minister Ahn Duk-geun": a country named
    once before two parallel titles (both ministers, both envoys) is both people's. The title run before
    the earlier name counts only when its head noun is the same as this one's."""
    own = title_before(before)
    if not own:
        return None
    head = before.rstrip()
    if not head.endswith(own):
        return None
    joined = COORDINATED.match(head[: len(head) - len(own)])
    if not joined:
        return None
    rest = joined.group("rest")
    name = PREVIOUS_NAME.search(rest)
    if not name:
        return None
    start = name.start()
    for word in name.group(0).split():
        if word.casefold().strip(".") not in TITLE_WORDS:
            break
        start = rest.index(word, start) + len(word)
    earlier = title_before(rest[:start])
    if earlier and earlier.split()[-1].casefold() == own.split()[-1].casefold() and earlier != own:
        return earlier
    return None


def description_before_title(before: str) -> str | None:
    """ "The official spokesperson for the RSF delegation at the talks, Commander’s Advisor X": a description the
    sentence opens with, then a comma, then the person's own title; the description says whom they speak for."""
    m = DESCRIPTION_BEFORE.search(before)
    return m.group("what") if m and any(w.casefold() in TITLE_WORDS for w in m.group("what").split()) else None


def appositive_after(after: str) -> str | None:
    """ ", the foreign ministry spokesman," after a name; not ", and to the ELN's negotiator" (the next
    person in a list) nor ", both in Havana" (where they are, not whom they speak for). A role in
    brackets after the name is one too: "Ada Brenner (co-leader of the SPD) said"."""
    bracketed = re.match(r"^\s*\((?P<what>[a-z][\w-]*\s[^()]{3,80})\)", after)
    if bracketed and not FINITE.search(bracketed.group("what")):
        return bracketed.group("what")
    m = re.match(
        r"^,\s+(?P<what>(?:[a-z][\w-]*|[A-Z][\w.-]*'s|(?P<title>[A-Z][\w-]*))\s[^,.;\"“”]{3,120})",
        shield_listed_commas(after),
    )
    if m and FROM_BODY.fullmatch(m.group("what").strip()):
        return unshield(m.group("what"))  # "Ann Ross, from the GMB union, said": whose officer, not where she is
    if not m or NOT_APPOSITIVE.match(m.group("what")):
        return None
    if m.group("title") and m.group("title").casefold() not in TITLE_WORDS and not re.search(UNIT, m.group("what")):
        return None  # ", President and CEO of Corvane," and ", Teamsters Local 264 Business Agent," are roles
    if FINITE.search(re.split(r"\b(?:who|which|that)\b", m.group("what"))[0]):
        return None  # "According to Momentive, the agreement was endorsed by the IUE-CWA": a clause, not a role
    return unshield(m.group("what"))


def month_named(staff: str) -> bool:
    """ "May's spokesman": a principal spelled like a month is a person the article may not name in full,
    never an organisation called "May"."""
    return re.split(r"['’]s\s", staff, maxsplit=1)[0].casefold() in MONTHS

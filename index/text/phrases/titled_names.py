"""A capitalised run read as a title and a name: where the name at the end of a run starts ("U.S. Secretary
of State Marco Rubio"), which words are a surname however they look ("Theresa May", "Hun Sen", "Hassan Sheikh
Mohamud", "envoy Al Rashed"), and where a printed title's remit ends (`titled_run`, `name_suffix`).

The bottom of the noun-phrase reader: descriptions and noun_phrases both read a name with it, and it reads
with neither.
"""

from __future__ import annotations

import re

from index.text.names import (
    HONORIFICS,
    MONTHS,
    ORG_WORDS,
    PARTICLES,
    PERSON_ROLE_NOUNS,
    PRONOUN_GENDER,
    ROLE_GENDER,
    TITLE_WORDS,
    given_name_gender,
    is_capitalised,
    is_name_word,
    plain,
)
from index.text.phrases.mentions import Mention
from index.text.phrases.patterns import INITIALS, JOINERS, MAX_NAME_WORDS, PLACE_INITIALS
from index.text.phrases.words import capitalised_role, is_possessive, printed_phrase


def month_surname(words: list[str], i: int) -> bool:
    """ "Theresa May", "Brian May": a capitalised month word last in a run, right after a given name, is a
    surname; "Prime Minister X Thursday" or "in May" has no given name before the month."""
    return (
        i == len(words)
        and i >= 2
        and plain(words[i - 1]) in MONTHS
        and words[i - 1][:1].isupper()
        and given_name_gender(words[i - 2]) is not None
    )


def _surname_like_abbreviation(words: list[str], i: int) -> bool:
    """ "Hun Sen", "Ali Gov": a run's last word spelled like a title's abbreviation but printed without its
    full stop, after a name word, is a surname ("Sen. Ali" keeps the stop and stays a title)."""
    w = words[i - 1].rstrip(",;:")
    return (
        i == len(words)
        and i >= 2
        and not w.endswith(".")
        and plain(w) in HONORIFICS
        and HONORIFICS[plain(w)] is None
        and is_name_word(words[i - 2])
    )


# Somali and Arabic names carry "Sheikh" as a given name after another ("Hassan Sheikh Mohamud", "Sharif
# Sheikh Ahmed", and "Hassan Sheikh" on second reference, after a known given name: "Qatari Sheikh" is
# a description); before a name ("Sheikh Tamim") it stays a title.
NAME_INTERNAL_HONORIFICS = {"sheikh", "sheik", "shaikh"}


def name_suffix(words: list[str], initial: bool) -> int:
    """Index where the name at the end of a capitalised run starts (len(words) when there is none)."""
    i = len(words)
    while i > 0:
        w = words[i - 1]
        bare = plain(w)
        if (is_name_word(w) or _surname_like_abbreviation(words, i) or month_surname(words, i)) and not (
            is_possessive(w) and i < len(words)
        ):
            titled = i >= 2 and words[i - 2][:1].isupper() and plain(words[i - 2]) in TITLE_WORDS
            if bare in {"he", "she"} and not titled and i == len(words):
                break  # "Premier He" is a surname after a title; a lone "He" is the pronoun
            i -= 1
        elif (
            bare in NAME_INTERNAL_HONORIFICS
            and 2 <= i <= len(words)
            and is_name_word(words[i - 2])
            and not is_possessive(words[i - 2])
            and plain(words[i - 2]) not in TITLE_WORDS
            and (i < len(words) or given_name_gender(words[i - 2]) is not None)
        ):
            i -= 1  # "Hassan Sheikh Mohamud": after a given name the honorific is a name word
        elif bare in PARTICLES and i < len(words):
            j = i - 1
            while j > 0 and plain(words[j - 1]) in PARTICLES:
                j -= 1
            i = j
            if j > 0 and not is_name_word(words[j - 1]):
                break
        else:
            break
    while 0 < i < len(words) and INITIALS.fullmatch(words[i - 1]) and words[i - 1] not in PLACE_INITIALS:
        i -= 1
    return _surname_particles_kept(words, i)


def _surname_particles_kept(words: list[str], start: int) -> int:
    """A particle opening a name after a title is the surname's own ("spokesman Abu Obeid", "President von
    der Kamp", "envoy Al Rashed"): without it the name would be a lone word that is no one's surname. A
    particle before a fuller name ("Al Noor Hamid") is not needed to name the person and is left out."""
    i = start
    while 0 < i < len(words) and plain(words[i]) in PARTICLES:
        i += 1
    return start if start > 0 and i == len(words) - 1 else i


def remit_end(words: list[str]) -> int | None:
    """Where the name starts after a printed title's remit with "on" or "of" ("Adviser on the Peace Process X Y",
    "Superintendent of Public Instruction X Y"), when four words or more follow it: the last two capitalised
    words, or three when the first of them is a given name."""
    at = next(
        (i for i in range(1, len(words)) if plain(words[i]) in {"on", "of"} and capitalised_role(words[i - 1])),
        None,
    )
    if at is None or len(words) - at < 4 or not all(is_name_word(w) for w in words[-2:]):
        return None
    three = len(words) - at > 4 and given_name_gender(words[-3]) is not None
    return len(words) - (3 if three else 2)


def _second_titled_person(title_words: list[str]) -> bool:
    """ "Dr Ana Ruiz and Dr": what stands before a name is a first person and the honorific of a second, so the
    run names two people ("Dr Ana Ruiz and Dr Tom Bell"), not one titled "Dr Ana Ruiz and Dr"; "Mr and Mrs"
    is one couple's title."""
    if len(title_words) < 3 or plain(title_words[-2]) not in {"and", "&"} or plain(title_words[-1]) not in HONORIFICS:
        return False
    first = plain(title_words[-3])
    return first not in HONORIFICS and first not in TITLE_WORDS and is_capitalised(title_words[-3])


def _first_of_pair(title_words: list[str], initial: bool) -> Mention | None:
    """ "Ana Ruiz and European Council President Tomas Berg signed …": what stands
    before the second person's name is a first person's untitled name and "and"; the run names two people,
    not one titled "Ana Ruiz and …". The one named first is whom the text goes on about ("The prime
    minister said the pair …")."""
    joined = next((i for i, w in enumerate(title_words) if plain(w) in {"and", "&"}), None)
    if joined is None or joined < 2:
        return None
    before = title_words[:joined]
    if joined > 4 or not all(_plain_name_word(w) for w in before):
        return _titled_first_of_pair(before, initial)
    name = " ".join(before)
    return Mention("person", name, name=name, gender=given_name_gender(before[0]), initial=initial)


def _plain_name_word(word: str) -> bool:
    """A word that can only be part of a person's name: capitalised, and no title, role, body or honorific."""
    bare = plain(word)
    return is_name_word(word) and bare not in TITLE_WORDS | PERSON_ROLE_NOUNS | ORG_WORDS and bare not in HONORIFICS


def _titled_first_of_pair(before: list[str], initial: bool) -> Mention | None:
    """ "Norland's Foreign Minister Tomas Arden and Foreign Minister of Karsia Piet Olund discussed …": a title
    and a full name before "and" are a first person, so the run names two people, not one whose title holds
    the other's name; the one named first is whom the text goes on about, as with an untitled first name."""
    at = len(before)
    while at > 0 and _plain_name_word(before[at - 1]) and plain(before[at - 1]) not in PORTFOLIO_NOUNS:
        at -= 1
    name_words = before[at:]
    if not 2 <= len(name_words) <= MAX_NAME_WORDS or at == 0 or plain(before[at - 1]) not in PERSON_ROLE_NOUNS:
        return None
    title = " ".join(before[:at])
    gender = given_name_gender(name_words[0]) or ROLE_GENDER.get(plain(before[at - 1]))
    name = " ".join(name_words)
    return Mention("person", " ".join(before), name=name, title=title, gender=gender, initial=initial)


def titled_run(words: list[str], initial: bool) -> Mention | None:
    """A capitalised run with its title: "U.S. Secretary of State Marco Rubio", "Kremlin spokesman Dmitry
    Peskov", "ISW's Barros", "China's Ministry of Commerce", "Umland of SCEES"."""
    org_after = None
    if (
        len(words) >= 3
        and words[-2] == "of"
        and is_capitalised(words[-1])
        and is_name_word(words[-3])
        and (not is_name_word(words[-1]) or (len(words) >= 4 and is_name_word(words[-4])))
    ):
        org_after, words = words[-1].strip(".,;:"), words[:-2]
    else:
        affiliated = _name_of(words)
        if affiliated is not None:
            words, org_after = affiliated
    start = name_suffix(words, initial)
    while 0 < start < len(words) - 2 and (
        plain(words[start - 1]) in {"of", "for"}
        or (start >= 2 and plain(words[start - 1]) == "to" and plain(words[start - 2]) in PERSON_ROLE_NOUNS)
        or (plain(words[start - 1]) in {"and", "&"} and any(plain(w) in {"of", "for"} for w in words[: start - 1]))
        or (plain(words[start - 1]) == "at" and plain(words[start]) == "large")
    ):
        start += 1  # "President of Azerbaijan Ilham Aliyev", "Ambassador to Norland X Y", "Minister of A and B X",
        # "Ambassador at Large X Y": a roving envoy's title ends in "Large", which no name opens with
    remit = remit_end(words)
    if remit is not None and start < remit:
        start = remit  # "Presidential Adviser on the Peace Process Ana Ruiz": the remit runs up to the name
    while start < len(words) - 2 and plain(words[start]) in PORTFOLIO_NOUNS and _holds_office(words[:start]):
        start += 1  # "Minister for Intergovernmental Relations X Y": the portfolio runs on past its first word
    name_words = [w if INITIALS.fullmatch(w) else re.sub(r"[’']s$", "", w).strip(",.;:") for w in words[start:]]
    title_words = words[:start]
    if name_words and len([w for w in name_words if plain(w) not in PARTICLES]) <= MAX_NAME_WORDS:
        before = plain(title_words[-1]) if title_words else ""  # "Majed bin Mohammed bin Hassan Al-Ansari"
        office = any(plain(w) in PERSON_ROLE_NOUNS for w in title_words)  # "Minister of Foreign Affairs X"
        if before in {"of", "for", "and", "the"} or (before in ORG_WORDS - TITLE_WORDS and not office):
            return Mention("institution", " ".join(words))
        if _second_titled_person(title_words):
            return Mention("institution", " ".join(words))  # "Dr Ana Ruiz and Dr Tom Bell": two, as untitled
        first = _first_of_pair(title_words, initial)
        if first is not None:
            return first
        if (
            title_words
            and len(name_words) == 1
            and not any(
                plain(w) in PERSON_ROLE_NOUNS or plain(w) in HONORIFICS or is_possessive(w) for w in title_words
            )
        ):
            return Mention("institution", " ".join(words))
        title = " ".join(title_words).strip(" ,") or None
        if title and plain(title) in {"the", "former", "then"}:
            title = None
        if title:
            title = re.sub(r"^(?:The|the)\s+", "", title)
            kept = title.split()
            while kept and plain(kept[-1]) in HONORIFICS and HONORIFICS[plain(kept[-1])]:
                kept.pop()
            title = " ".join(kept) or None
        gender = None
        for w in title_words:
            gender = gender or HONORIFICS.get(plain(w)) or ROLE_GENDER.get(plain(w))
        if name_words[0].lower() in {"he", "she"} and len(name_words) == 1 and initial:
            return Mention("pronoun", words[-1], gender=PRONOUN_GENDER[name_words[0].lower()], initial=True)
        return Mention(
            "person",
            " ".join(words),
            name=" ".join(name_words),
            title=title,
            role=org_after,
            gender=gender,
            initial=initial,
        )
    if not words:
        return None
    last = plain(words[-1])
    if last in PERSON_ROLE_NOUNS:
        return Mention("description", printed_phrase(words), gender=ROLE_GENDER.get(last))
    return Mention("institution", printed_phrase(words))


# Capitalised words that name what a ministry is for, so they belong to a title printed before a name.
PORTFOLIO_NOUNS = {
    "affairs", "relations", "policy", "development", "security", "cooperation", "integration", "planning",
    "resources", "industry", "commerce", "infrastructure", "communications", "information", "finance",
    "economy", "justice", "health", "education", "energy", "environment", "agriculture", "transport",
    "defence", "defense", "culture", "tourism", "housing", "labour", "labor", "employment", "welfare",
    "fisheries", "investment", "innovation", "technology", "climate", "interior", "enterprise", "reform",
    "reconstruction", "services", "veterans", "rights", "equality", "regions", "negotiations",
}  # fmt: skip


def _holds_office(title_words: list[str]) -> bool:
    return any(plain(w) in PERSON_ROLE_NOUNS for w in title_words) and any(w in {"of", "for"} for w in title_words)


def _name_of(words: list[str]) -> tuple[list[str], str] | None:
    """ "Nozipho Dlamini of South Africa", "Jo Park of the United Auto Workers": a full name (two name
    words or more) and the country or organisation after its "of", which is the person's affiliation. A
    title before the "of" ("Secretary of State Marco Rubio") is no name, so it is not read so; a rank or title
    before the full name ("Colonel Anita Rao of the Indian Army") stays with the name it titles."""
    for k in range(2, len(words) - 1):
        if words[k] != "of":
            continue
        titles = _leading_titles(words[:k])
        name, after = words[titles:k], words[k + 1 :]
        if after[:1] == ["the"]:
            after = after[1:]
        if (
            after
            and 2 <= len(name) <= MAX_NAME_WORDS
            and all(is_name_word(w) or plain(w) in PARTICLES for w in name)
            and is_name_word(name[0])
            and is_name_word(name[-1])
            and is_capitalised(after[0])
            and all(is_capitalised(w) or w in JOINERS for w in after)
            and not any(
                (plain(w) in PERSON_ROLE_NOUNS or plain(w) in HONORIFICS) and is_name_word(nxt)
                for w, nxt in zip(after, after[1:], strict=False)
            )
        ):
            return words[:k], " ".join(after).strip(".,;:")
        return None
    return None


def _leading_titles(words: list[str]) -> int:
    """How many capitalised ranks and titles open a run ("Colonel", "Deputy Chief"), before any name word."""
    count = 0
    while (
        count < len(words)
        and is_capitalised(words[count])
        and (plain(words[count]) in PERSON_ROLE_NOUNS or plain(words[count]) in HONORIFICS)
    ):
        count += 1
    return count

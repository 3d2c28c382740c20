"""Reading one noun phrase as a speaker: a person (a capitalised run whose name part stops at the first title
word, day, month or organisation word, the rest being the title), a description ("the union's president"),
an institution, a pronoun, or a credit (a news agency), which is never a speaker; each of the printed
shapes a phrase takes ("First Deputy Prime Minister X", "X, the envoy", "his colleague X") tried in turn.

Separate from the clause readers because it reads words already cut out of a clause, and knows nothing of
verbs or sentences around them (`parse_np`, `leading_np`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.text.names import (
    DAYS,
    FUNCTION_WORDS,
    MONTHS,
    NOT_SPEAKERS,
    PARTICLES,
    PERSON_ROLE_NOUNS,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    given_name_gender,
    is_capitalised,
    is_credit,
    is_name_word,
    plain,
)
from index.text.phrases.descriptions import description_np
from index.text.phrases.mentions import Mention
from index.text.phrases.patterns import (
    AGE,
    CUT_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    JOINERS,
    MAX_APPOSED_WORDS,
    MAX_DESCRIPTION_WORDS,
    MAX_NAME_WORDS,
    MAX_PHRASE_WORDS,
    OWN_OFFICE,
    PARENTHESES,
    QUOTE,
    SORT_THEN_NAME,
    TIME_WORDS,
    TRAILING,
    WORD_CHAR,
)
from index.text.phrases.titled_names import month_surname, remit_end, titled_run
from index.text.phrases.words import is_possessive, is_role_word


def _words(text: str) -> list[str]:
    return text.split()


# "Hollins & Pike", "Procter & Gamble": capitalised words joined by an ampersand name a firm.
FIRM_NAME = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)* & [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*")


def _two_people(words: list[str]) -> bool:
    """ "Ana Ruiz & Tom Bell": both sides of the ampersand open with a given name."""
    at = words.index("&")
    return at + 1 < len(words) and bool(given_name_gender(words[0])) and bool(given_name_gender(words[at + 1]))


def _ampersand_joins(words: list[str]) -> bool:
    """Whether an ampersand in the phrase joins two capitalised words, as in a firm's name inside a description
    ("a spokesperson for Hollins & Pike"), where it is kept; elsewhere it is dropped as before."""
    return any(
        w == "&" and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
        for i, w in enumerate(words)
    )


def _strip_trailing(words: list[str]) -> list[str]:
    """Drop auxiliaries, adverbs and time expressions after a subject: "Witkoff also", "Peskov on Monday"."""
    while words and (
        words[-1].lower().strip(",") in TRAILING
        or plain(words[-1]) in TIME_WORDS
        or re.fullmatch(r"\d[\d,.:]*", words[-1].strip(","))
    ):
        words = words[:-1]
    return words


def _name_then_verb(words: list[str]) -> bool:
    """ "Minister Heydon travelled to …": a title, a name and a lower-case word that is no role is the
    sentence's subject and its verb, not a description of someone."""
    return any(
        is_name_word(words[i]) and words[i + 1][:1].islower() and not is_role_word(words[i + 1])
        and plain(words[i + 1]) not in PARTICLES | JOINERS
        for i in range(1, len(words) - 1)
    )  # fmt: skip


def _portfolio_then_name(words: list[str]) -> Mention | None:
    """ "Minister for health Aled Pryce": a portfolio in lower case ends the title, and the capitalised
    words after it are the person's name, not part of a description."""
    lower = [i for i, w in enumerate(words) if w[:1].islower() and w not in JOINERS and plain(w) not in JOINERS]
    name = words[lower[-1] + 1 :] if lower else []
    if lower and 2 <= len(name) <= 3 and all(is_capitalised(w) and is_name_word(w) for w in name):
        title = " ".join(words[: lower[-1] + 1])
        return Mention("person", " ".join(words), name=" ".join(name), title=title)
    return description_np(words)


# "His CDA colleague X", "her party colleague X": a person named by their tie to someone just spoken of.
RELATIONS = {"colleague", "colleagues", "counterpart", "ally", "successor", "predecessor", "rival"}


def _related_by_name(words: list[str], initial: bool, strict: bool) -> Mention | None:
    """ "CDA colleague Wopke Hoekstra" after "his": the name after the relation, titled with the words before it
    (a party or body's name, which then says whose side), when the name has two words or more."""
    k = 0
    while (
        k < len(words) - 1
        and plain(words[k]) not in RELATIONS
        and (is_capitalised(words[k]) or plain(words[k]) == "party")
    ):
        k += 1
    if plain(words[k]) not in RELATIONS or k + 1 >= len(words):
        return None
    named = parse_np(" ".join(words[k + 1 :]), initial, strict)
    if named is None or named.kind != "person" or not named.name or len(named.name.split()) < 2 or named.title:
        return None
    return Mention("person", " ".join(words), name=named.name, title=" ".join(words[: k + 1]), gender=named.gender)


# "the California Republican", "the Oregon Democrat": a member of a party, described by state and party.
PARTY_MEMBERS = {"democrat", "republican", "tory", "conservative"}


def _party_member(words: list[str]) -> bool:
    """ "The California Republican said": an article and capitalised words that end in a party member's noun
    describe a person the text has named; they are no one's name."""
    return (
        2 <= len(words) <= 5
        and plain(words[0]) == "the"
        and plain(words[-1]) in PARTY_MEMBERS
        and all(is_capitalised(w) for w in words[1:])
    )


def _its_document(words: list[str]) -> bool:
    """ "its statement", "its written statement": a document of the body the text just had speak, which speaks
    for that body as "it said" would."""
    return (
        2 <= len(words) <= 3
        and plain(words[0]) == "its"
        and words[-1] in DOCUMENT_NOUNS
        and all(w.islower() for w in words)
    )


@lru_cache(maxsize=65536)
def parse_np(text: str, initial: bool = False, strict: bool = False) -> Mention | None:
    """What a noun phrase says about a speaker, or None when it is not a noun phrase that can speak.

    `strict` refuses trailing words that a subject can carry ("Witkoff also", "Peskov on Monday")."""
    text = PARENTHESES.sub(" ", text)
    words = [w for w in _words(text) if w != QUOTE and (WORD_CHAR.search(w) or w == "&")]
    if FIRM_NAME.fullmatch(" ".join(words)) and not _two_people(words):
        return Mention("institution", " ".join(words))  # "Hollins & Pike", "Marks & Spencer": a firm, not a person
    words = [w for w in words if w != "&" or _ampersand_joins(words)]
    if 1 < len(words) <= 3 and is_capitalised(words[0]) and re.fullmatch(r"\d{1,5}", words[-1]):
        return Mention("institution", " ".join(words))  # "Number 10", "Local 6500": a place or a body
    if not strict:
        words = _strip_trailing(words)
    if len(words) > 1 and AGE.fullmatch(words[0]):
        words = words[1:]
    if not words:
        return None
    work = _named_work_then_role(words, initial)
    if work is not None:
        return work
    first = plain(words[0])
    describes = first in DETERMINERS or first in PERSON_ROLE_NOUNS or is_possessive(words[0])
    if len(words) > (MAX_DESCRIPTION_WORDS if describes else MAX_PHRASE_WORDS):
        return None
    if len(words) <= MAX_APPOSED_WORDS and SORT_THEN_NAME.search(" ".join(words).strip(" ,;:")):
        return Mention("institution", " ".join(words).strip(" ,;:"))  # "French farmers' union FNSEA"
    if OWN_OFFICE.match(" ".join(words).strip(" ,;:")):
        return Mention("description", " ".join(words).strip(" ,;:"))
    if len(words) == 1 and first in PRONOUN_GENDER and first in {"he", "she"}:
        if words[0][0].isupper() and not initial:
            return Mention("person", words[0], name=words[0], initial=initial)
        return Mention("pronoun", words[0], gender=PRONOUN_GENDER[first], initial=initial)
    if first in NOT_SPEAKERS and (len(words) == 1 or first in {"i", "we", "you", "they", "it"}):
        return Mention("nobody", " ".join(words))
    phrase = " ".join(words).strip(" ,;:")
    if is_credit(phrase):
        return Mention("credit", phrase)
    if (
        2 <= len(words) <= 4
        and first in {"the", "this", "that"}
        and words[-1] in DOCUMENT_NOUNS
        and all(w.islower() for w in words[1:])
    ):
        return Mention("document", phrase)
    if _its_document(words):
        return Mention("nobody", "it")  # "“…,” its message to members read": the body "it" goes on with
    if first in DETERMINERS:
        described = description_np(words)
        if described is None and _party_member(words):
            return Mention("description", phrase)
        if (
            described is None
            and len(words) > 1
            and is_capitalised(words[1])
            and all(is_capitalised(w) or w in JOINERS for w in words[1:])
        ):
            return titled_run(words[1:], False)
        return described or _titled_name_at_end(words)
    if first in {"his", "her", "their"} and len(words) > 2 and plain(words[1]) in PERSON_ROLE_NOUNS:
        titled = parse_np(" ".join(words[1:]), initial, strict)
        if titled is not None and titled.kind == "person" and titled.name:
            return titled  # "…,” his spokesman Stephane Dujarric told reporters": the spokesman by name
    if first in {"his", "her", "their"} and len(words) > 3:
        related = _related_by_name(words[1:], initial, strict)
        if related is not None:
            return related
    if first == "new" and len(words) > 2 and is_capitalised(words[1]):
        titled = parse_np(" ".join(words[1:]), initial, strict)
        if titled is not None and titled.kind == "person" and titled.title:
            return titled  # "said new Dutch Foreign Minister X": newly in office, not "said (that) new …"
    if (
        first in FUNCTION_WORDS
        and first not in DETERMINERS
        and not _surname_like_month(words)
        and not _ordinal_title(words)
    ):
        return None
    if first in PARTICLES and len(words) > 1 and any(is_capitalised(w) for w in words[1:]):
        run = titled_run(words, initial)
        if run is not None and run.kind == "person":
            return run
    if words[0][:1].islower() and not (is_role_word(words[0]) or is_capitalised(words[0])):
        return _compound_title_then_name(words, initial, strict)
    if plain(words[0]) in PERSON_ROLE_NOUNS and len(words) > 1 and words[1] in {"of", "to", "for", "at", "with"}:
        if not strict:  # "President of X Ilham Aliyev in his remarks at …": the circumstances are no title
            tail = next(
                (i for i in range(3, len(words) - 1) if plain(words[i]) in CUT_WORDS and words[i + 1][:1].islower()),
                None,
            )
            words = words[:tail] if tail else words
        as_run = titled_run(words, initial) if all(is_capitalised(w) or w in JOINERS for w in words) else None
        return as_run if as_run is not None and as_run.kind == "person" else _portfolio_then_name(words)
    remit = _office_by_remit(words)
    if remit is not None:
        return remit
    if remit_end(words) is not None:
        titled = titled_run(words, initial)
        if titled is not None and titled.kind == "person":
            return titled  # "Presidential Adviser on the Peace Process Ana Ruiz": "on" is no cut here
    cut = next((i for i, w in enumerate(words) if i and plain(w) in CUT_WORDS and w[:1].islower()), len(words))
    if cut < len(words):
        titled = _title_at_organisation(words, cut, initial)
        if titled is not None:
            return titled
        if strict:
            return None
        words = words[:cut]
        if len(words) == 1 and words[0].endswith("ing"):
            return None  # "Responding to a question …, X said": a participle, not a person called "Responding"
    if not all(
        is_capitalised(w)
        or is_role_word(w)
        or plain(w) in PARTICLES | {"of", "for", "and", "the", "&"}
        or (0 < i < len(words) - 1 and re.fullmatch(r"\d{1,5}", w))  # "IAM District 751 President X"
        for i, w in enumerate(words)
    ):
        if words[0][:1].isupper() and plain(words[0]) in ROLE_NOUNS and len(words) <= 3 and not _name_then_verb(words):
            return description_np(words)
        return (
            _joined_titles_then_name(words, initial)
            or _name_then_lower_title(words, initial)
            or _titled_name_of_body(words, initial)
        )
    if (
        words[0][:1].isupper()
        and len(words) == 1
        and plain(words[0]).rstrip("s") + "s" == plain(words[0])
        and plain(words[0]) in ROLE_NOUNS
    ):
        return Mention("description", words[0].lower())
    if initial and _group_of_officials(words):
        return Mention("description", " ".join([words[0].lower(), *words[1:]]))
    return _titled_name_of_body(words, initial) or _name_then_description(words, initial) or titled_run(words, initial)


def _compound_title_then_name(words: list[str], initial: bool, strict: bool) -> Mention | None:
    """ "shop steward Raj Dhaliwal", "picket captain X": a lower-case word that is no role word itself opens a
    compound title when a role word follows it and a name ends the phrase; a verb, an adverb or a function word
    ("told steward X") opens no title."""
    first = plain(words[0])
    if (
        len(words) < 3
        or first in FUNCTION_WORDS
        or re.search(r"(?:ed|ly|ing)$", first)
        or not words[0].isalpha()
        or not (words[1][:1].islower() and is_role_word(words[1]))
    ):
        return None
    titled = parse_np(" ".join(words[1:]), initial, strict)
    if titled is None or titled.kind != "person" or not titled.name or not titled.title:
        return None
    return Mention(
        "person",
        " ".join(words),
        name=titled.name,
        title=f"{words[0]} {titled.title}",
        role=titled.role,
        gender=titled.gender,
        initial=initial,
    )


# "First Minister X", "First Deputy Prime Minister X", "First officer X": an ordinal that opens a title.
ORDINAL_TITLES = {"first", "second", "third"}


def _ordinal_title(words: list[str]) -> bool:
    return (
        len(words) > 2
        and plain(words[0]) in ORDINAL_TITLES
        and words[0][:1].isupper()
        and (plain(words[1]) in PERSON_ROLE_NOUNS or plain(words[1]) in {"deputy", "vice", "lady"})
    )


# "minister in charge of tariff policy X", "official responsible for the file X": a role named by its remit.
REMIT = re.compile(r"^(?:in charge of|responsible for)$")


def _office_by_remit(words: list[str]) -> Mention | None:
    """ "minister in charge of tariff policy Jana Brill": a role noun whose remit follows in lower case and
    ends in a name is that person with the whole run as title, read as "the minister in charge of …" is;
    the "in" or "for" is no place or time that ends the phrase."""
    if len(words) < 5 or plain(words[0]) not in PERSON_ROLE_NOUNS:
        return None
    if not (REMIT.match(" ".join(plain(w) for w in words[1:4])) or REMIT.match(" ".join(plain(w) for w in words[1:3]))):
        return None
    found = description_np([words[0].lower(), *words[1:]])
    return found if found is not None and found.kind == "person" and found.name else None


def _surname_like_month(words: list[str]) -> bool:
    """ "May's spokesman": a capitalised possessive before a role noun is a person's name, not the month or
    the modal verb it is spelled like; a month has no spokesman."""
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and is_possessive(words[0])
        and plain(words[0]) in MONTHS
        and plain(words[1]) in ROLE_NOUNS
    )


def _joined_titles_then_name(words: list[str], initial: bool) -> Mention | None:
    """ "Green Left leader and likely premier Tamsin Vale", "Dockers Union treasurer and ferry section
    director Ray Cole": two titles joined by "and", the second in lower case with words no title list holds,
    right before a full name, are that person's role; so is one such title of a few words ("trade body
    chief executive Dara Quill")."""
    start = len(words)
    while start > 0 and is_capitalised(words[start - 1]):
        start -= 1
    joined = "and" in words[1 : start - 1]
    if (
        start < 2
        or len(words) - start < 2
        or not words[start - 1].islower()
        or plain(words[start - 1]) not in ROLE_NOUNS
        or not all(w.isalpha() or is_capitalised(w) or "-" in w for w in words[:start])
        or (not joined and (start > 5 or any(plain(w) in FUNCTION_WORDS for w in words[:start])))
    ):
        return None
    found = titled_run(words[start:], initial)
    if found is None or found.kind != "person" or found.title or len((found.name or "").split()) < 2:
        return None
    return Mention(
        "person", " ".join(words), name=found.name, role=" ".join(words[:start]), gender=found.gender, initial=initial
    )


# Small words a programme's or a paper's title keeps in lower case: "Meet the Press", "Face the Nation".
WORK_TITLE_JOINERS = {"the", "of", "and", "a", "an", "on", "in", "at", "to", "for"}
MAX_WORK_TITLE_WORDS = 5


def _named_work_then_role(words: list[str], initial: bool) -> Mention | None:
    """ "All Things Considered producer Becky Sullivan", "Meet the Press moderator Kristen Welker": the title
    of a show or a paper, then a lower-case role noun, then a full name of two or three words. The title's
    first word may be one ("All", "Meet") that opens no name elsewhere, so it is read here as the role's."""
    role = next((i for i, w in enumerate(words) if w.islower() and plain(w) in PERSON_ROLE_NOUNS), None)
    if role is None or not 0 < role <= MAX_WORK_TITLE_WORDS or not is_capitalised(words[0]):
        return None
    title, name = words[: role + 1], words[role + 1 :]
    if not all(is_capitalised(w) or plain(w) in WORK_TITLE_JOINERS for w in title[:-1]):
        return None
    if not 2 <= len(name) <= 3 or not all(is_name_word(w) for w in name):
        return None
    return Mention("person", " ".join(words), name=" ".join(name), title=" ".join(title), initial=initial)


def _name_then_lower_title(words: list[str], initial: bool) -> Mention | None:
    """ "Jens Rauch director of member relations": a full name, then a lower-case title that opens with its
    role noun, with the appositive's commas dropped as hurried copy drops them."""
    end = 0
    while end < len(words) and is_capitalised(words[end]):
        end += 1
    rest = words[end:]
    if (
        end < 2
        or not 1 <= len(rest) <= 6
        or not rest[0].islower()
        or plain(rest[0]) not in PERSON_ROLE_NOUNS
        or not all(w.isalpha() and w.islower() for w in rest)
    ):
        return None
    found = titled_run(words[:end], initial)
    if found is None or found.kind != "person" or found.title or len((found.name or "").split()) < 2:
        return None
    return Mention(
        "person", " ".join(words), name=found.name, role=" ".join(rest), gender=found.gender, initial=initial
    )


def _titled_name_at_end(words: list[str]) -> Mention | None:
    """ "The remarks came after Trade Secretary Jo Marsh (told …)": a clause that is no noun phrase
    but ends in a titled full name, right before its verb, has that person as the verb's subject."""
    start = len(words)
    while start > 0 and is_capitalised(words[start - 1]):
        start -= 1
    if start == 0 or start == len(words) or not words[start - 1].isalpha() or not words[start - 1].islower():
        return None
    found = titled_run(words[start:], False)
    if found is None or found.kind != "person" or not found.name or not found.title or len(found.name.split()) < 2:
        return None
    return found


def _group_of_officials(words: list[str]) -> bool:
    """ "Security officials responded", "Defense officials said": a plural role noun after role words only,
    capitalised because it opens the sentence, is an unnamed group, not a name. A demonym or a place
    before it ("Israeli officials") is no role word, so it stays as written."""
    last = plain(words[-1])
    return (
        1 < len(words) <= 3
        and last.endswith("s")
        and last in ROLE_NOUNS
        and all(is_role_word(w) and w[:1].isupper() == (i == 0) for i, w in enumerate(words[:-1]))
        and words[-1].islower()
    )


def _titled_name_of_body(words: list[str], initial: bool) -> Mention | None:
    """ "Airline analyst Sara Lindholm of the consultancy Skyline Advisory": a titled name, then the body it
    works for after "of the <sort>"; the body goes with the title, which says whom the person speaks for."""
    at = next((i for i, w in enumerate(words) if i >= 2 and w == "of"), None)
    if at is None or at + 3 > len(words) or words[at + 1] != "the" or not words[at + 2].islower():
        return None
    if not is_capitalised(words[-1]):
        return None
    head = titled_run(words[:at], initial)
    if head is None or head.kind != "person" or not head.title or len((head.name or "").split()) < 2:
        return None
    title = f"{head.title} of {' '.join(words[at + 1 :])}"
    return Mention("person", " ".join(words), name=head.name, title=title, gender=head.gender, initial=initial)


def _title_at_organisation(words: list[str], cut: int, initial: bool) -> Mention | None:
    """ "Principal Deputy Spokesperson at the State Department Thomas Pigott": a title that names its
    organisation after "at" or "for", then the person, with no comma between them."""
    rest = words[cut + 1 :]
    if plain(words[cut]) not in {"at", "for", "to", "with"} or not rest:
        return None
    if not all(is_capitalised(w) or w in JOINERS or is_role_word(w) for w in words[:cut] + rest):
        return None
    found = titled_run(words, initial)
    if found is None or found.kind != "person" or len((found.name or "").split()) < 2 or not found.title:
        return None
    return found


def _name_then_description(words: list[str], initial: bool) -> Mention | None:
    """ "David Frost the UK's chief negotiator": a name with its description after it and no comma between
    them, as hurried copy prints an appositive, is that person with the description as role."""
    at = next((i for i, w in enumerate(words) if w == "the"), None)
    if not at or not all(is_name_word(w) or plain(w) in PARTICLES for w in words[:at]):
        return None
    person, described = titled_run(words[:at], initial), description_np(words[at:])
    if person is None or person.kind != "person" or described is None or described.kind != "description":
        return None
    return Mention(
        "person",
        " ".join(words),
        name=person.name,
        title=person.title,
        role=described.text,
        gender=person.gender or described.gender,
        initial=initial,
    )


def leading_np(text: str, initial: bool = True) -> Mention | None:
    """The noun phrase a clause opens with, if any: the subject of "Witkoff declined…, saying"."""
    words = _words(re.sub(r"\([^()]*\)", " ", text))
    dash = next((i for i, w in enumerate(words[:MAX_NAME_WORDS]) if w in {"-", "–", "—", "--"}), None)
    if dash is not None and all(w.isupper() or not w[:1].isalpha() for w in words[:dash]):
        words = words[dash + 1 :]  # "PARIS - Brazilian President X met …": the dateline is not the subject
    if len(words) > 1 and re.fullmatch(r"[A-Z][\w'’.-]+:", words[0]) and words[1][:1].isupper():
        words = words[1:]  # "JERUSALEM: Israeli Prime Minister X sent …", "Baku: Negotiators from …"
    words = words[:MAX_PHRASE_WORDS]
    for n in range(len(words), 0, -1):
        if n > 1 and plain(words[n - 1]) in DAYS | MONTHS and not month_surname(words[:n], n):
            continue  # "Prime Minister X Thursday authorized …": the day is no part of the subject
        found = parse_np(" ".join(words[:n]), initial=initial, strict=True)
        if found is not None and found.kind in {"person", "description", "institution", "pronoun"}:
            return found
    return None

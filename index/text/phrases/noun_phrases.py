"""Reading one noun phrase as a speaker: a person (a capitalised run whose name part stops at the first title
word, day, month or organisation word, the rest being the title), a description ("the union's president"),
an institution, a pronoun, or a credit (a news agency), which is never a speaker.

Separate from the clause readers because it reads words already cut out of a clause, and knows nothing of
verbs or sentences around them (`parse_np`, `leading_np`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.text.names import (
    DAYS,
    FUNCTION_WORDS,
    HONORIFICS,
    MONTHS,
    NOT_SPEAKERS,
    ORG_WORDS,
    PARTICLES,
    PERSON_ROLE_NOUNS,
    PRONOUN_GENDER,
    ROLE_GENDER,
    ROLE_NOUNS,
    TITLE_WORDS,
    given_name_gender,
    is_capitalised,
    is_credit,
    is_name_word,
    plain,
)
from index.text.phrases.mentions import Mention
from index.text.phrases.patterns import (
    AGE,
    CUT_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    INITIALS,
    JOINERS,
    MAX_APPOSED_WORDS,
    MAX_DESCRIPTION_WORDS,
    MAX_NAME_WORDS,
    MAX_PHRASE_WORDS,
    OWN_OFFICE,
    PARENTHESES,
    PLACE_INITIALS,
    QUOTE,
    SORT_THEN_NAME,
    TIME_WORDS,
    TRAILING,
    VERB,
    WORD_CHAR,
)
from index.text.phrases.words import capitalised_role, is_possessive, is_role_word, printed_phrase


def _words(text: str) -> list[str]:
    return text.split()


def _strip_trailing(words: list[str]) -> list[str]:
    """Drop auxiliaries, adverbs and time expressions after a subject: "Witkoff also", "Peskov on Monday"."""
    while words and (
        words[-1].lower().strip(",") in TRAILING
        or plain(words[-1]) in TIME_WORDS
        or re.fullmatch(r"\d[\d,.:]*", words[-1].strip(","))
    ):
        words = words[:-1]
    return words


def _month_surname(words: list[str], i: int) -> bool:
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


def _name_suffix(words: list[str], initial: bool) -> int:
    """Index where the name at the end of a capitalised run starts (len(words) when there is none)."""
    i = len(words)
    while i > 0:
        w = words[i - 1]
        bare = plain(w)
        if (is_name_word(w) or _surname_like_abbreviation(words, i) or _month_surname(words, i)) and not (
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


def description_np(words: list[str]) -> Mention | None:
    """ "the union's president", "a senior U.S. administration official", "a source in Zelensky's office"."""
    cut = next((i for i, w in enumerate(words) if plain(w) in {"who", "whom", "whose", "which", "that"}), len(words))
    words = words[:cut]
    head = next((i for i, w in enumerate(words) if plain(w) in ROLE_NOUNS), None)
    if head is None or head > 7 or any(_opens_predicate(words, i) for i in range(head + 1, len(words))):
        return None
    words = words[: _head_group_end(words, head) if _verb_after_head(words, head) else len(words)]
    if any(plain(w) in HEAD_INSIDE for w in words[:head]):
        return None  # "The latest statement from the Chilean president": the role noun is no head
    if any(_article_after_a_verb(words, i) for i in range(1, head)):
        return None  # "Many expect a long career in politics": a clause, not a description
    if any(plain(w) in AUXILIARIES for w in words[1:head]):
        return None  # "The bloc is calling on its member (states …)": a clause with its verb before the noun
    named = _titled_name(words)
    if named is not None:
        return named
    text = printed_phrase(words)
    gender = ROLE_GENDER.get(plain(words[head]))
    return Mention("description", text, gender=gender)


ARTICLES = {"a", "an", "the"}

AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "does", "did"}

# Words an article may follow inside a noun phrase: "one of the negotiators", "the head of the union's team".
BEFORE_ARTICLE = {"of", "for", "to", "at", "in", "with", "from", "on", "by", "and", "&", "or"}


def _article_after_a_verb(words: list[str], i: int) -> bool:
    """An article in the middle of a phrase, after a lower-case word that no noun phrase puts before one:
    the phrase runs on from a verb ("Some see a …")."""
    before = words[i - 1]
    return (
        plain(words[i]) in ARTICLES
        and before.isalpha()
        and before.islower()
        and plain(before) not in BEFORE_ARTICLE | ARTICLES
    )


# Words a noun phrase never holds after its head: a subject pronoun or a subordinator starts a clause of its
# own ("The official declined … because he"), an auxiliary or adverb starts the predicate ("The President
# of Azerbaijan also assessed …", "many union workers still may look …", "The workers didn't"), and so does a
# reporting verb ("The Armenian PM noted").
CLAUSE_WORDS = {"he", "she", "they", "we", "i", "because", "although", "though", "unless", "still"}


PARTICIPLE_PREPOSITIONS = {"on", "about", "by"}

# A preposition before the first role noun puts that noun inside another noun's modifier ("of" stays:
# "one of the negotiators").
HEAD_INSIDE = {"from", "by", "with", "about", "on", "in", "at", "to", "against", "over", "after", "before", "during"}


# Words that may follow a description's head noun: a preposition or a participle opening its modifier
# ("a source close to the talks", "an official briefed on …", "the union representing …").
POST_MODIFIER_STARTS = {
    "of",
    "for",
    "at",
    "in",
    "on",
    "from",
    "with",
    "to",
    "close",
    "familiar",
    "near",
    "inside",
    "within",
    "outside",
    "under",
    "behind",
    "and",
    "&",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "himself",
    "herself",
    "by",
    "about",
    "over",
    "across",
    "responsible",
    "now",
    "currently",
    "formerly",
}


def _head_group_end(words: list[str], head: int) -> int:
    end = head + 1
    while end < len(words) and is_role_word(words[end]):
        end += 1  # "the union's lead negotiator", "a company spokesman"
    return end


def _verb_after_head(words: list[str], head: int) -> bool:
    """Whether the word right after the head noun starts a predicate ("A French source pushed back on reports"):
    a lower-case word that opens no modifier the description could have."""
    end = _head_group_end(words, head)
    if end >= len(words):
        return False
    word = words[end].strip(",;:")
    bare = plain(word)
    if not word.isalpha() or not word.islower() or bare in POST_MODIFIER_STARTS:
        return False
    following = plain(words[end + 1]) if end + 1 < len(words) else ""
    then = words[end + 2] if end + 2 < len(words) else ""
    if bare.endswith("ed") and following == "to" and then.isalpha() and then.islower() and then not in ARTICLES:
        return True  # "The spokesman declined to confirm …", not "an official accredited to the UN"
    return not bare.endswith("ing") and not (bare.endswith("ed") and following in POST_MODIFIER_STARTS)


# Words of TRAILING that a modifier after the head noun may hold ("an official involved in earlier rounds",
# "the president himself"), unlike an auxiliary or a manner adverb, which start the predicate.
MODIFIER_ADVERBS = {
    "later",
    "previously",
    "then",
    "once",
    "again",
    "recently",
    "earlier",
    "first",
    "initially",
    "subsequently",
    "further",
    "only",
    "himself",
    "herself",
    "itself",
    "themselves",
}


def _opens_predicate(words: list[str], i: int) -> bool:
    bare = words[i].lower().strip(",;:.")
    if bare in CLAUSE_WORDS or bare in TRAILING - MODIFIER_ADVERBS or bare.endswith(("n't", "n’t")):
        return True
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return bool(VERB.fullmatch(bare)) and following not in PARTICIPLE_PREPOSITIONS  # "an official briefed on …"


def _titled_name(words: list[str]) -> Mention | None:
    """ "the EU's chief negotiator Michel Barnier", "the Kremlin spokesman Dmitry Peskov": a description
    that ends in a name, with no comma between them, is that person with the description as title."""
    start = _name_suffix(words, False)
    described = None
    if start > 1 and len(words) - start > 2 and words[start - 1] == "of":
        described = _named_after_description(words, start + 1)
    elif (
        start > 1
        and len(words) - start > 1
        and words[start - 1].isalpha()
        and words[start - 1].islower()
        and plain(words[start - 1]) not in ROLE_NOUNS  # a role noun before the name is read below
        and words[start - 1] not in POST_MODIFIER_STARTS  # "a spokesman for Marlowe Shipyards": whom it serves
    ):
        described = _named_after_description(words, start)
    if described is not None:
        return described
    if not 1 < start < len(words) or words[start - 1].endswith(",") or plain(words[start - 1]) not in ROLE_NOUNS:
        return None
    found = _run(words[1:], False)
    return found if found is not None and found.kind == "person" else None


def _named_after_description(words: list[str], start: int) -> Mention | None:
    """ "assistant to the president of Azerbaijan Hikmet Hajiyev", "the assistant to the head of the republic
    Hikmet Hajiyev", as copy translated from Russian prints a role: a lower-case description ending in a full
    name describes that person (a capitalised word after "of" is the title's place)."""
    title = words[1:start] if plain(words[0]) in DETERMINERS else words[:start]
    if any(w[:1].isupper() and plain(w) in TITLE_WORDS for w in title):
        return None  # "a spokesman for Prime Minister of X Y Z": a capitalised title owns the name after it
    name = printed_phrase(words[start:])
    gender = next((ROLE_GENDER[plain(w)] for w in title if plain(w) in ROLE_GENDER), None)
    return Mention("person", printed_phrase(words), name=name, title=printed_phrase(title), gender=gender)


def _remit_end(words: list[str]) -> int | None:
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


def _run(words: list[str], initial: bool) -> Mention | None:
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
    start = _name_suffix(words, initial)
    while 0 < start < len(words) - 2 and (
        plain(words[start - 1]) in {"of", "for"}
        or (start >= 2 and plain(words[start - 1]) == "to" and plain(words[start - 2]) in PERSON_ROLE_NOUNS)
        or (plain(words[start - 1]) in {"and", "&"} and any(plain(w) in {"of", "for"} for w in words[: start - 1]))
        or (plain(words[start - 1]) == "at" and plain(words[start]) == "large")
    ):
        start += 1  # "President of Azerbaijan Ilham Aliyev", "Ambassador to Norland X Y", "Minister of A and B X",
        # "Ambassador at Large X Y": a roving envoy's title ends in "Large", which no name opens with
    remit = _remit_end(words)
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


def _name_then_verb(words: list[str]) -> bool:
    """ "Minister Heydon travelled to …": a title, a name and a lower-case word that is no role is the
    sentence's subject and its verb, not a description of someone."""
    return any(
        is_name_word(words[i]) and words[i + 1][:1].islower() and not is_role_word(words[i + 1])
        and plain(words[i + 1]) not in PARTICLES | JOINERS
        for i in range(1, len(words) - 1)
    )  # fmt: skip


def _name_of(words: list[str]) -> tuple[list[str], str] | None:
    """ "Nozipho Dlamini of South Africa", "Jo Park of the United Auto Workers": a full name (two name
    words or more) and the country or organisation after its "of", which is the person's affiliation. A
    title before the "of" ("Secretary of State Marco Rubio") is no name, so it is not read so."""
    for k in range(2, len(words) - 1):
        if words[k] != "of":
            continue
        name, after = words[:k], words[k + 1 :]
        if after[:1] == ["the"]:
            after = after[1:]
        if (
            after
            and len(name) <= MAX_NAME_WORDS
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
            return name, " ".join(after).strip(".,;:")
        return None
    return None


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


@lru_cache(maxsize=65536)
def parse_np(text: str, initial: bool = False, strict: bool = False) -> Mention | None:
    """What a noun phrase says about a speaker, or None when it is not a noun phrase that can speak.

    `strict` refuses trailing words that a subject can carry ("Witkoff also", "Peskov on Monday")."""
    text = PARENTHESES.sub(" ", text)
    words = [w for w in _words(text) if w != QUOTE and WORD_CHAR.search(w)]
    if 1 < len(words) <= 3 and is_capitalised(words[0]) and re.fullmatch(r"\d{1,5}", words[-1]):
        return Mention("institution", " ".join(words))  # "Number 10", "Local 6500": a place or a body
    if not strict:
        words = _strip_trailing(words)
    if len(words) > 1 and AGE.fullmatch(words[0]):
        words = words[1:]
    if not words:
        return None
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
    if first in DETERMINERS:
        described = description_np(words)
        if (
            described is None
            and len(words) > 1
            and is_capitalised(words[1])
            and all(is_capitalised(w) or w in JOINERS for w in words[1:])
        ):
            return _run(words[1:], False)
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
        run = _run(words, initial)
        if run is not None and run.kind == "person":
            return run
    if words[0][:1].islower() and not (is_role_word(words[0]) or is_capitalised(words[0])):
        return None
    if plain(words[0]) in PERSON_ROLE_NOUNS and len(words) > 1 and words[1] in {"of", "to", "for", "at", "with"}:
        if not strict:  # "President of X Ilham Aliyev in his remarks at …": the circumstances are no title
            tail = next(
                (i for i in range(3, len(words) - 1) if plain(words[i]) in CUT_WORDS and words[i + 1][:1].islower()),
                None,
            )
            words = words[:tail] if tail else words
        as_run = _run(words, initial) if all(is_capitalised(w) or w in JOINERS for w in words) else None
        return as_run if as_run is not None and as_run.kind == "person" else _portfolio_then_name(words)
    remit = _office_by_remit(words)
    if remit is not None:
        return remit
    if _remit_end(words) is not None:
        titled = _run(words, initial)
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
    return _titled_name_of_body(words, initial) or _name_then_description(words, initial) or _run(words, initial)


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
    found = _run(words[start:], initial)
    if found is None or found.kind != "person" or found.title or len((found.name or "").split()) < 2:
        return None
    return Mention(
        "person", " ".join(words), name=found.name, role=" ".join(words[:start]), gender=found.gender, initial=initial
    )


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
    found = _run(words[:end], initial)
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
    found = _run(words[start:], False)
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
    head = _run(words[:at], initial)
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
    found = _run(words, initial)
    if found is None or found.kind != "person" or len((found.name or "").split()) < 2 or not found.title:
        return None
    return found


def _name_then_description(words: list[str], initial: bool) -> Mention | None:
    """ "David Frost the UK's chief negotiator": a name with its description after it and no comma between
    them, as hurried copy prints an appositive, is that person with the description as role."""
    at = next((i for i, w in enumerate(words) if w == "the"), None)
    if not at or not all(is_name_word(w) or plain(w) in PARTICLES for w in words[:at]):
        return None
    person, described = _run(words[:at], initial), description_np(words[at:])
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
        if n > 1 and plain(words[n - 1]) in DAYS | MONTHS and not _month_surname(words[:n], n):
            continue  # "Prime Minister X Thursday authorized …": the day is no part of the subject
        found = parse_np(" ".join(words[:n]), initial=initial, strict=True)
        if found is not None and found.kind in {"person", "description", "institution", "pronoun"}:
            return found
    return None

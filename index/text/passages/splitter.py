"""The splitter's two halves and the records between them: `segment` (paragraphs and units, no
attribution), `attribute` (speaker, party and date per unit) and `split`, both in turn.

Separate because it only orders the steps of the modules before it; it holds no rule of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from index.records import UNSTORED, Passage
from index.text.clean import CleanText
from index.text.dates import statement_date
from index.text.entities import fill_parties, speech_subjects
from index.text.names import given_name_gender
from index.text.parties import NONE, Parties
from index.text.parties.titles import is_descriptive
from index.text.passages.affiliation import bodies_opening, one_side_per_person, party_of, state_medium_heard
from index.text.passages.attribution import (
    apply_credits,
    apply_source_lines,
    apply_statement_headings,
    continue_quotes,
    own_attribution,
    share_within_groups,
)
from index.text.passages.cutting import drop_pull_quotes, paragraph_units
from index.text.passages.labels import headline_speaker, interviewee_of, introduced_people, presented_names
from index.text.passages.paragraphs import read_paragraphs
from index.text.passages.units import Paragraph, Unit, in_title_case, masked
from index.text.quotes import quote_style
from index.text.speakers import Register, Resolver, Speaker, build_register
from index.text.transcripts import briefing_body


@dataclass
class Segments:
    """An article cut into its units, before anyone is attributed: each unit becomes one passage, so
    len(units) is the number of passages `attribute` makes, known before its costlier half runs."""

    clean: CleanText
    singles: bool
    names: Callable[[], Register]  # built once, when first asked for: attribution needs it, counting rarely
    paragraphs: list[Paragraph]
    units: list[Unit]


def split(clean: CleanText, parties: Parties) -> list[Passage]:
    """The passages of a cleaned article, in reading order."""
    return attribute(segment(clean), parties)


def segment(clean: CleanText) -> Segments:
    """The article's paragraphs and units, and the names it mentions: no party list, no attribution."""
    groups = [0]
    singles = quote_style(clean.slice(b) for b in clean.blocks if b.kind != "heading")
    titles = [masked(clean.title, singles)] if clean.title and not in_title_case(clean.title) else []
    names = cache(
        lambda: build_register([masked(clean.slice(b), singles) for b in clean.blocks] + list(clean.captions) + titles)
    )
    paragraphs = read_paragraphs(clean, lambda label: bool(names().find(label)), singles)
    units: list[Unit] = []
    for p in paragraphs:
        p.units = paragraph_units(p, groups)
        units.extend(p.units)
    kept = drop_pull_quotes(units)
    if len(kept) != len(units):
        kept_ids = {id(u) for u in kept}
        for p in paragraphs:
            p.units = [u for u in p.units if id(u) in kept_ids]
            if p.units:
                p.units[0].first, p.units[-1].last = True, True
        units = kept
    return Segments(clean, singles, names, paragraphs, units)


def attribute(segments: Segments, parties: Parties) -> list[Passage]:
    """One passage per unit, with its speaker, party and date."""
    clean, singles, register = segments.clean, segments.singles, segments.names()
    paragraphs, units = segments.paragraphs, segments.units
    parties = parties.in_document(clean.text)
    resolver = Resolver(
        register,
        parties.names_body,
        lambda role: parties.of_speaker(None, role),
        lambda party: parties.kind(party) == "country",
        parties.aliases.person,
    )
    transcript = any(p.turn for p in paragraphs)
    headings = [(b.start, clean.slice(b)) for b in clean.blocks if b.kind == "heading"]
    introduced = introduced_people(paragraphs, clean.title, headings, singles) if transcript else None
    presented = presented_names(paragraphs, clean.title, [h for _, h in headings]) if transcript else None
    interviewee = interviewee_of(paragraphs, register, clean.title)
    resolver.headline = headline_speaker(clean.title, resolver)
    own_attribution(units, register, resolver, interviewee, introduced, presented)
    share_within_groups(units)
    apply_credits(paragraphs, register)
    apply_statement_headings(paragraphs, register)
    apply_source_lines(paragraphs)
    continue_quotes(paragraphs, register)
    if _parsed_speakers(paragraphs, register, parties, resolver):
        continue_quotes(paragraphs, register)  # a quote going on from one the parser gave its speaker
    drafts: list[Passage] = []
    affiliations: dict[tuple[str | None, str | None, bool], str | None] = {}
    institution = parties.institution(clean.publisher, None)
    home = parties.home_state(clean.publisher)
    if any(u.turn for u in units):
        institution = parties.institution(clean.publisher, clean.title) or briefing_body(
            clean.title, lambda words: bodies_opening(words, parties)
        )
    heard: tuple[int, str] | None = None
    for u in units:
        start, end = u.para_start + u.start, u.para_start + u.end
        speaker = u.speaker
        medium = heard[1] if heard is not None and u.paragraph - heard[0] <= 1 else None
        heard = state_medium_heard(u, parties, heard)
        when = statement_date(clean.text[start:end], clean.published)
        drafts.append(
            Passage(
                id=UNSTORED,
                source_id=UNSTORED,
                paragraph=u.paragraph,
                start=start,
                end=end,
                section=u.section,
                kind=u.kind,
                speaker=speaker.name if speaker else None,
                role=speaker.role if speaker else None,
                party=party_of(
                    u,
                    parties,
                    affiliations,
                    institution=institution,
                    home=home,
                    medium=medium,
                    going_on=_body_going_on(drafts, u),
                    before=drafts[-1].text if drafts else None,
                ),
                text=clean.text[start:end],
                date=when.date,
                date_basis=when.basis,
            )
        )
    return _organisations_tied(one_side_per_person(drafts), units, clean.text, parties)


def _body_going_on(drafts: list[Passage], unit: Unit) -> str | None:
    """The party of the passage just before a speakerless unit, where that passage is in the same paragraph and
    has no speaker either: a body's statement whose next quote names nobody goes on with that body."""
    if unit.speaker is not None or not drafts:
        return None
    last = drafts[-1]
    return last.party if last.paragraph == unit.paragraph and last.speaker is None else None


def _parsed_speakers(paragraphs: list[Paragraph], register: Register, parties: Parties, resolver: Resolver) -> bool:
    """A quote the rules give nobody takes the one person the statistical parser finds as the subject of a
    speech verb whose clause holds it ("Ostrander, reluctant to go into …, did say that “…”"), as does a
    report the rules give nobody just before a paragraph of bare quotes ("X, who speaks for …, said …"), so
    that those quotes go on from it. Only units the rules left with no speaker at all, never one they gave.
    A person reached through "he" or "she" must fit it as the rules' pronouns must (Resolver.fits): "X made
    news when she told …" is never a man the rules know as one; the quote then stays nobody's.
    Whether any unit was given a speaker."""
    wanted: list[Unit] = []
    for i, p in enumerate(paragraphs):
        after = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        for u in p.units:
            unclaimed = u.speaker is None and u.turn is None and not u.credited
            if unclaimed and (u.quotes or (u.last and after is not None and _bare_quotes(after, p))):
                wanted.append(u)
    if not wanted:
        return False
    requests = [(u.para_text, u.start, u.end, [(s.start, s.end) for s in u.quotes]) for u in wanted]
    given = False
    for u, subjects in zip(wanted, speech_subjects(requests), strict=True):
        named = [(_person_named(s.name, register, parties), s.gender) for s in subjects]
        people = {p.name: p for p, gender in named if p is not None and (gender is None or resolver.fits(p, gender))}
        if len(people) == 1:
            u.speaker, u.attributed, given = next(iter(people.values())), True, True
    return given


def _bare_quotes(p: Paragraph, before: Paragraph) -> bool:
    """A paragraph that opens with a quote its own words give nobody, in the section of the one before."""
    first = p.units[0] if p.units else None
    return (
        first is not None
        and p.opens_with_quote
        and p.section == before.section
        and first.speaker is None
        and not first.attributed
        and first.turn is None
    )


def _person_named(name: str, register: Register, parties: Parties) -> Speaker | None:
    """The person a name the parser found stands for: the one the article names so, else a name of two or
    more capitalised words the parser tagged a person's; never a name the party list knows (a state, a
    party, an outlet)."""
    if parties.canonical(name) is not None:
        return None
    people = register.find(name)
    if len(people) == 1:
        person = people[0]
        return Speaker(person.name, person.role, True, name, person.gender)
    words = name.split()
    if people or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return Speaker(name, None, True, name, given_name_gender(words[0]))


def _organisations_tied(drafts: list[Passage], units: list[Unit], text: str, parties: Parties) -> list[Passage]:
    """A named person the rules give no party and no "no position" takes the side of the organisation the
    statistical parser ties to their name (index.text.entities): a local union, a council, a small company."""
    unsided = {
        (d.speaker, d.role): None
        for d, u in zip(drafts, units, strict=True)
        if d.speaker
        and d.party is None
        and u.speaker is not None
        and u.speaker.is_person
        and not (u.turn is not None and u.turn.questioner)
        and not is_descriptive(d.speaker)
    }
    empty = [speaker for speaker, role in unsided if not parties.holds_no_position(speaker, role)]
    if not empty:
        return drafts

    def side(organisation: str) -> str | None:
        found = parties.affiliation(organisation)
        if found and parties.kind(found) == "country" and _national_arm(organisation, parties):
            return organisation  # "Viterra Canada", "Air Canada": a body named with a country, not the country
        return None if found == NONE else found

    filled = fill_parties(empty, text, side)
    return [replace(d, party=filled[d.speaker]) if d.party is None and d.speaker in filled else d for d in drafts]


def _national_arm(organisation: str, parties: Parties) -> bool:
    """ "Viterra Canada": capitalised words the party list does not know before a country's name."""
    words = organisation.split()
    head = " ".join(words[:-1])
    return (
        len(words) > 1
        and parties.canonical(organisation) is None
        and parties.kind(parties.canonical(words[-1]) or "") == "country"
        and all(w[:1].isupper() for w in words[:-1])
        and parties.canonical(head) is None
    )

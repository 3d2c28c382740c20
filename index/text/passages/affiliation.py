"""The party of each passage: its speaker's, looked up once per document, else the side its words are
most about; a joint statement of two states has none.

Separate because it runs last, on speakers already settled, and is the only step that asks the party list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.records import Passage
from index.text.names import TITLE_WORDS, plain
from index.text.parties import NONE, Parties
from index.text.passages.units import Unit
from index.text.speakers import Speaker


def party_of(
    unit: Unit,
    parties: Parties,
    affiliations: dict[tuple[str | None, str | None, bool], str | None],
    *,
    institution: str | None = None,
    home: str | None = None,
    medium: str | None = None,
    going_on: str | None = None,
    before: str | None = None,
) -> str | None:
    """Whose position the passage describes: its speaker's affiliation when it has a speaker, else the
    party it is most about. A named speaker never takes a party from what the sentence mentions. A
    speaker's affiliation is looked up once per document, however many passages they have. In a
    briefing's transcript, an answering speaker whose affiliation nothing gives speaks for the
    institution that published it ("MR HALVERSEN:" in a State Department briefing); a bare state title with no
    state in a paper named after a capital (`home`) is that state's. A quote with no speaker
    is about what the words around it name: who is quoted may talk of any country; a bare "it said" right
    after a state's own agency spoke (`medium`) goes on with that agency's state; a bare quote that names
    nothing, right after a body's speakerless words in its paragraph (`going_on`), goes on with that body
    ("“…,” said Canada Post in a statement. “…”"); a "They said" goes on with the group of people the passage
    `before` it names ("the Kenyan hosts … They said")."""
    if unit.turn is not None and unit.turn.questioner:
        return None
    if _jointly(unit):
        return None
    if unit.speaker is not None and unit.turn is not None and _office_alone(unit.speaker):
        return institution
    if unit.speaker is not None:
        key = (unit.speaker.name, unit.speaker.role, unit.turn is not None)
        if key not in affiliations:
            party = parties.of_speaker(*key[:2])
            if (
                party is None
                and institution
                and (key[2] or _bare_title(unit.speaker.role))
                and not parties.holds_no_position(*key[:2])
            ):
                party = institution
            if party is None and home and not key[2] and parties.bare_state_title(unit.speaker.role):
                party = home  # "Presidential Adviser X said" in The Manila Times: the paper's own state's adviser
            affiliations[key] = party
        return affiliations[key]
    if THEY_SAY.match(_unquoted(unit)) and before:
        return group_named(before, parties)
    state = parties.state_medium_speaking(_unquoted(unit))
    if state:
        return state  # "the official KCNA news agency said": the state's own agency speaks for it
    if medium and IT_SAID.search(_unquoted(unit)):
        return medium
    counts: dict[str, float] = {}
    for i, (_, party) in enumerate(m for m in parties.mentions(_unquoted(unit)) if m[1] != NONE):
        counts[party] = counts.get(party, 0) + 1 + (0.5 if i == 0 else 0)
    for party in [] if unit.credited else _section_parties(unit.section, parties)[:1]:
        counts[party] = counts.get(party, 0) + 1
    if not counts:
        return going_on if going_on and not unit.attributed and _bare(unit) else None
    return max(counts, key=counts.__getitem__)


# "They said they had …", "They told reporters …": a sentence whose speakers are the people the one before named.
THEY_SAY = re.compile(
    r"\s*They\s+(?:also\s+)?(?:said|say|told|added|stressed|insisted|argued|warned|noted|stated|maintained)\b"
)
# "Ukrainian officials", "the Kenyan hosts", "senior Hamas negotiators": people named as a group by their side.
PEOPLE_GROUP = re.compile(
    r"(?:\b[Tt]he\s+)?(?:[\w'’-]+\s+){0,2}?(?:officials|negotiators|hosts|diplomats|delegates|envoys|ministers|"
    r"mediators|representatives|spokespeople|commanders|counterparts|organi[sz]ers)\b"
)


def group_named(sentence: str, parties: Parties) -> str | None:
    """The side of the people a sentence names as a group, for the "They said" after it: the group that opens the
    sentence (its subject: "Ukrainian officials met their Russian counterparts"), else the one side all its
    groups share ("Talks dragged on while the Kenyan hosts tried …"); none where groups of two sides share it."""
    found = [(m.start(), parties.of_speaker(m.group(0), None)) for m in PEOPLE_GROUP.finditer(sentence)]
    found = [(at, party) for at, party in found if party]
    if found and found[0][0] == 0:
        return found[0][1]
    sides = {party for _, party in found}
    return sides.pop() if len(sides) == 1 else None


def _bare(unit: Unit) -> bool:
    """A unit that is a quote and nothing else: no words of its own outside the quotation marks."""
    return bool(unit.quotes) and not re.search(r"\w", _unquoted(unit))


def _bare_title(role: str | None) -> bool:
    """ "Ambassador", "Secretary": a title with no country or body, which on a state body's own page (its
    publisher) is that body's official, as a speaker in its transcripts is."""
    words = (role or "").split()
    return bool(words) and all(plain(w) in TITLE_WORDS for w in words)


def _office_alone(speaker: Speaker) -> bool:
    """A label's office that nothing names a holder of ("the president"): it speaks for the state only where
    the document places it (a White House or State Department transcript), not for whichever state the
    office's word is tied to in the text."""
    words = (speaker.name or "").split()
    return (
        speaker.role is None
        and len(words) > 1
        and words[0] == "the"
        and all(plain(w) in TITLE_WORDS for w in words[1:])
    )


# "Norland and Vestria, in a joint statement, …", "The two countries blamed …"
JOINT_DOCUMENT = r"joint (?:statement|declaration|communiqu[eé])"

JOINT = re.compile(
    rf"\b(?:in|according to) (?:a|the|their) {JOINT_DOCUMENT}\b"
    rf"|\b(?:a|the) {JOINT_DOCUMENT}\b[^.]{{0,80}}?\b(?:said|says|added|stated|read|reads)\b"
    r"|(?:^|[.!?]\s+)The two (?:countries|governments|nations)\b"
)


def _jointly(unit: Unit) -> bool:
    """Words two states issued together speak for both, and a passage has one party: it gets none, rather
    than the first state named or the country whose conflict the statement is about. A person, or one body
    ("a statement issued in Beijing said both governments …"), keeps their own side."""
    who = unit.speaker
    together = who is None or (not who.is_person and " and " in (who.role or ""))
    return together and bool(JOINT.search(_unquoted(unit)))


# "“…,” it added", "the report said": a body, or what it printed, goes on speaking unnamed.
IT_SAID = re.compile(
    r"(?<![\w-])(?:[Ii]t|[Tt]he\s+(?:report|dispatch|commentary|agency))\s+"
    r"(?:said|says|added|adds|stated|noted|continued|went\s+on)\b"
)


def state_medium_heard(unit: Unit, parties: Parties, before: tuple[int, str] | None) -> tuple[int, str] | None:
    """The paragraph and state of the state agency last heard in speakerless passages ("the KCNA report said",
    then "it added"), which a later "it said" in the next paragraph goes on with; a named speaker ends it."""
    if unit.speaker is not None:
        return None
    text = _unquoted(unit)
    state = parties.state_medium_speaking(text)
    if state:
        return unit.paragraph, state
    if before is not None and unit.paragraph - before[0] <= 1 and IT_SAID.search(text):
        return unit.paragraph, before[1]
    return before if before is not None and unit.paragraph == before[0] else None


def _unquoted(unit: Unit) -> str:
    """The unit's text with its quotations blanked out, offsets kept."""
    chars = list(unit.text)
    for q in unit.quotes:
        a, b = max(q.start, unit.start) - unit.start, min(q.end, unit.end) - unit.start
        chars[a:b] = " " * max(b - a, 0)
    return "".join(chars)


def _section_parties(section: str | None, parties: Parties) -> list[str]:
    return [p for _, p in parties.mentions(section or "") if p != NONE]


def bodies_opening(words: str, parties: Parties) -> list[str]:
    """The organisations (not states) the words name, when a name opens them."""
    found = parties.mentions(words)
    if not found or found[0][0] != 0:
        return []
    return list(dict.fromkeys(p for _, p in found if p != NONE and parties.kind(p) != "country"))


def one_side_per_person(drafts: list[Passage]) -> list[Passage]:
    """ "spokesperson Ines Marco was blunt: “…”", then "said Marco, one of the party's two negotiators": a
    person speaks for one side throughout an article, so a passage whose role gives no party takes the one
    party the person's other passages have; with two, nobody can tell which."""
    sides: dict[str, set[str]] = {}
    for d in drafts:
        if d.speaker and d.party:
            sides.setdefault(d.speaker, set()).add(d.party)
    return [
        replace(d, party=next(iter(sides[d.speaker])))
        if d.speaker and d.party is None and len(sides.get(d.speaker, ())) == 1
        else d
        for d in drafts
    ]

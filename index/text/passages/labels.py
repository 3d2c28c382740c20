"""Who a transcript's or interview's labels name ("SECRETARY RUBIO:", "THE PRESIDENT:", "A:"), from the
document's title, headings and introduction, and the one person a headline has speak.

Separate because it reads the document around the turns, not the units' own words: attribution asks it once
per label.
"""

from __future__ import annotations

import re

from index.text.names import HONORIFICS, TITLE_WORDS, given_name_gender, plain
from index.text.passages.units import Paragraph, in_title_case, masked
from index.text.phrases import Mention, attributions, capital_runs, parse_np
from index.text.speakers import Person, Register, Resolver, Speaker, build_register, name_key
from index.text.transcripts import Turn, heading_name, heading_parts, holds_office


def label_speaker(
    turn: Turn,
    register: Register,
    cache: dict[str, Speaker | None],
    introduced: list[Person] | None = None,
    presented: dict[str, str] | None = None,
) -> Speaker | None:
    """The person a transcript label names, in full where the text names them elsewhere; a label that is only
    an office, the one person the title or introduction (`introduced`) gives that office."""
    if turn.questioner:
        return None
    if turn.label in cache:
        return cache[turn.label]
    words = [w for w in turn.label.split() if plain(w) != "the"]
    described = _described_label(words)
    if described:
        speaker = Speaker(described, None, True, turn.label)
        cache[turn.label] = speaker
        return speaker
    if words and all(plain(w) in TITLE_WORDS for w in words):
        speaker = _titled(" ".join(words), register, introduced)
        cache[turn.label] = speaker
        return speaker
    gender = None
    addressed = plain(words[0]) in TITLE_WORDS or plain(words[0]) in HONORIFICS if words else False
    while len(words) > 1 and (plain(words[0]) in TITLE_WORDS or plain(words[0]) in HONORIFICS):
        gender = gender or HONORIFICS.get(plain(words[0]))
        words = words[1:]
    if len(words) > 2 and plain(words[0]) in {"of", "for"}:
        words = _after_portfolio(words[1:], register)
    if words == ["A"]:
        cache[turn.label] = None
        return None
    name = " ".join(w if not w.isupper() else w.capitalize() for w in words)
    name = re.sub(r"(?<=[-’'])(\w)", lambda m: m.group(1).upper(), name)
    titled = parse_np(name, initial=True, strict=True) if not turn.label.isupper() else None
    if titled is not None and titled.kind == "person" and titled.name and titled.title:
        name, role = titled.name, titled.title
        people = [p for p in register.find(name) if p.name == name] or register.find(name)
        person = people[0] if people else register.add(name, role, gender)
        register.add_role(person, role)
        speaker = Speaker(person.name, person.role or role, True, turn.label, person.gender)
        cache[turn.label] = speaker
        return speaker
    people = _as_labelled(register.find(name), name, register) if addressed else register.find(name)
    if presented is not None:
        shown = presented.get(turn.label, "")
        people = [p for p in people if len(p.name.split()) == 1 or name_key(p.name) in shown]
    if people:
        person = people[0]
        person.gender = person.gender or gender
        speaker = Speaker(person.name, person.role or turn.role, True, turn.label, person.gender)
    else:
        person = register.add(name, turn.role, gender)
        speaker = Speaker(person.name, turn.role, True, turn.label, person.gender)
    cache[turn.label] = speaker
    return speaker


def _after_portfolio(words: list[str], register: Register) -> list[str]:
    """The name after an office's portfolio in a capital label ("SECRETARY OF STATE MARCO RUBIO:", "MINISTER FOR
    FOREIGN AFFAIRS PENNY WONG:"): the longest end of the words the text names as a person, else the last two
    words, as a full name is printed."""
    for i in range(len(words) - 1):
        name = name_key(" ".join(words[i:]))
        if plain(words[i]) not in TITLE_WORDS and any(name_key(p.name).endswith(name) for p in register.people):
            return words[i:]
    return words[-2:]


# "SENIOR STATE DEPARTMENT OFFICIAL TWO:": officials briefing on background are told apart by a number.
LABEL_NUMBER = {"one", "two", "three", "four", "five", "1", "2", "3", "4", "5", "#1", "#2", "#3"}

RANKS = {"senior", "top", "former", "deputy", "a", "an"}


def _described_label(words: list[str]) -> str | None:
    """A capital label that describes an official rather than naming one ("SENIOR ADMINISTRATION OFFICIAL:",
    "SENIOR STATE DEPARTMENT OFFICIAL ONE:"): the description, with the body it names in capitals ("the
    senior State Department official one"), so that its side is read from it; a name after the title
    ("SECRETARY BLINKEN:") or a bare title ("THE PRESIDENT:") is not one."""
    if len(words) < 2 or not all(w.isupper() for w in words):
        return None
    core = words[:-1] if plain(words[-1]) in LABEL_NUMBER or plain(words[-1]) == "number" else list(words)
    if core and plain(core[-1]) in LABEL_NUMBER and len(core) > 1 and plain(core[-2]) == "number":
        core = core[:-2]
    if len(core) < 2 or plain(core[-1]) not in {"official", "officials"} or all(plain(w) in TITLE_WORDS for w in core):
        return None
    head = [w.lower() if plain(w) in RANKS else w.capitalize() for w in core[:-1]]
    return " ".join(["the", *head, core[-1].lower(), *(w.lower() for w in words[len(core) :])])


def _as_labelled(people: list[Person], name: str, register: Register) -> list[Person]:
    """A label that addresses a person by title ("SECRETARY RUBIO:") ends with their surname. A page's heading or
    chrome run into a name ("Secretary of State Marco Rubio Remarks to the Press", "…Press ConferencePresident
    Biden Hosts a…") registers it with words glued before or after; the label's person is then the one the
    text names with that last name, else the glued name cut down to it."""
    keys = name_key(name).split()
    if not people or not keys or all(name_key(p.name).split()[-1] == keys[-1] for p in people):
        return people
    ending = [p for p in register.people if name_key(p.name).split()[-1] == keys[-1]]
    if ending:
        return ending
    glued = people[0]
    words = glued.name.split()
    found = name_key(glued.name).split()
    if keys[-1] not in found:
        return people
    cut = words[: found.index(keys[-1]) + 1]
    while len(cut) > 1 and (GLUED.search(cut[0]) or plain(cut[0]) in TITLE_WORDS):
        cut = cut[1:]
    person = register.add(" ".join(cut), None, glued.gender)
    for role in glued.roles:
        if not GLUED.search(role):
            register.add_role(person, role)
    return [person]


# "ConferencePresident": two words a capture ran together, a lower-case run then a capital.
GLUED = re.compile(r"(?<![a-z])[a-z]{3,}+[A-Z]")


def _titled(title: str, register: Register, introduced: list[Person] | None) -> Speaker:
    """A label that is only a title ("THE PRESIDENT:"): the one person the title or the transcript's
    introduction gives that office ("Remarks by President Kell", "…as he and President Kell ended their
    meeting"), else the office itself, as a description. A person an answer calls "President X" is someone
    the speaker talks of, never the speaker."""
    holders = [p for p in introduced or [] if any(holds_office(r, title) for r in p.roles)]
    name = heading_name(holders[0].name) if len(holders) == 1 else None
    if name:
        people = _as_labelled(register.find(name), name, register) or [register.add(name, holders[0].role)]
        person = people[0]
        return Speaker(person.name, person.role or holders[0].role, True, title, person.gender)
    return Speaker(f"the {title.lower()}", None, True, title)


# A transcript's introduction is the few paragraphs just before its first turn; a story's reporting before an
# excerpt names whoever it is about.
MAX_INTRO_PARAGRAPHS = 3


def introduced_people(
    paragraphs: list[Paragraph], title: str | None, headings: list[tuple[int, str]], singles: bool
) -> list[Person]:
    """The people the document itself presents, with the offices it gives them: its title and what it
    prints just before the first turn (headings included), where a transcript says whose remarks it records. One
    who speaks under a label of their own ("PRESIDENT YOON:" beside "THE PRESIDENT:") is not who an office
    label names."""
    first = next((i for i, p in enumerate(paragraphs) if p.turn is not None), len(paragraphs))
    opening = paragraphs[first].start if first < len(paragraphs) else None
    shown = [title or ""] + [h for at, h in headings if opening is None or at < opening]
    texts = [part for heading in shown for part in heading_parts(heading)]
    texts.extend(
        part for p in paragraphs[max(0, first - MAX_INTRO_PARAGRAPHS) : first] for part in heading_parts(p.text)
    )
    named = {
        plain(p.turn.label.split()[-1])
        for p in paragraphs
        if p.turn is not None
        and not p.turn.questioner
        and not all(plain(w) in TITLE_WORDS for w in p.turn.label.split())
    }
    people = build_register(masked(t, singles) for t in texts).people
    return [p for p in people if not named & {plain(w) for w in p.name.split()}]


def presented_names(paragraphs: list[Paragraph], title: str | None, headings: list[str]) -> dict[str, str]:
    """For each speaker's label, the text that may give the labelled person's full name: the title, headings and
    narrative, the questions asked before the speaker's first turn (a host introducing a guest), and the
    speaker's own "I'm X". A name that only an answer or a later question mentions ("MR. MILLER:" answering
    about "Stephen Miller") is someone talked of, not the speaker."""
    shared = [title or "", *headings] + [p.text for p in paragraphs if p.turn is None]
    asked: list[str] = []
    out: dict[str, list[str]] = {}
    for p in paragraphs:
        if p.turn is None:
            continue
        if p.turn.questioner:
            asked.append(p.text)
            continue
        if p.turn.label not in out:
            out[p.turn.label] = [*asked]
        out[p.turn.label].extend(m.group(0) for m in SELF_INTRODUCTION.finditer(p.text))
    common = name_key(" ".join(shared + list(out)))  # a label printed in full presents its speaker too
    return {label: f"{common} {name_key(' '.join(texts))}" for label, texts in out.items()}


# "I'm Ada Vell of the Communications Office", "My name is …", "This is …" at a turn's start.
SELF_INTRODUCTION = re.compile(r"\b(?:I'm|I’m|I am|[Mm]y name is|[Tt]his is)\s+(?:[A-Z][\w'’.-]+\s?){1,4}")


def interviewee_of(paragraphs: list[Paragraph], register: Register, title: str | None) -> Speaker | None:
    """In an interview printed as Q&A, "A:" is the one person the introduction names before the first
    question (in the paragraph just before it, when the article before names several), or else the one the
    title names ("Q&A with Arab League chief X", "X: 'We will not sign'"), as a capture that starts at the
    first question leaves only the title to say who answers; the title also settles an introduction that
    names several. Otherwise the answers keep no speaker rather than a guessed one."""
    first = next((i for i, p in enumerate(paragraphs) if p.turn is not None), None)
    if first is None or not any(p.turn is not None and p.turn.label == "A" for p in paragraphs):
        return None
    intro = " ".join(p.text for p in paragraphs[:first])
    named = [p for p in register.people if len(p.name.split()) > 1 and p.name in intro] or _named_in(intro, register)
    if len(named) > 1:
        named = [p for p in named if not _interviewer(p.name, intro)] or named
    lead_in = paragraphs[first - 1].text if first else ""
    introduced = [p for p in named if p.name in lead_in]
    if len(named) > 1 and len(introduced) == 1:
        named = introduced  # "… spoke briefly with Peter Sørensen, the EU special representative." before Q:
    titled = [p for p in register.people if len(p.name.split()) > 1 and title and p.name in title] or _named_in(
        title, register
    )
    if len(titled) == 1 and (not named or titled[0] in named):
        named = titled
    if len(named) != 1:
        return None
    return Speaker(named[0].name, named[0].role, True, "A", named[0].gender)


# "… he spoke with Alex Marsh about …", "sat down with", "talked to": whom the interviewee spoke with.
SPOKEN_WITH = r"\b(?:spoke|speaks|talked|talks|sat down|speaking|talking)\s+(?:with|to)\s+"


def _interviewer(name: str, intro: str) -> bool:
    """The person an introduction has the interviewee speak with ("On Wednesday, he spoke with Alex Marsh
    about …") is the journalist asking the questions, not the one answering them."""
    return re.search(SPOKEN_WITH + re.escape(name) + r"\b", intro) is not None


def headline_speaker(title: str | None, resolver: Resolver) -> Speaker | None:
    """The one person a headline has speak ("Trade deal not a given, says X", "X says …"), by full name."""
    people = [c.mention for c in attributions(title or "") if c.mention.kind == "person"]
    names = {m.name for m in people}
    if len(names) != 1 or len((people[0].name or "").split()) < 2:
        return None
    return resolver.named(people[0])


def _named_in(text: str | None, register: Register) -> list[Person]:
    """The people a title or an introduction names in full though nothing says who they are ("Interview
    with Tarek Osmani", "Tarek Osmani: the port will reopen", "The Harbour Times interviewed Tarek
    Osmani"), added to the register so the text's "Osmani" finds them. A headline in title case ("Union
    Leaders Reject Final Offer") capitalises every word, so there only a known given name marks a person,
    and the words before it are no title."""
    title_case = in_title_case(text or "")
    found: list[tuple[str, Mention]] = []
    for _, _, words in capital_runs(text or ""):
        mention = parse_np(" ".join(words), strict=True)
        name = mention.name if mention is not None and mention.kind == "person" else None
        if (
            mention is not None
            and name
            and len(name.split()) > 1
            and (not title_case or given_name_gender(name.split()[0]))
        ):
            found.append((name, mention))
    return [register.add(name, None if title_case else m.title or m.role, m.gender) for name, m in found]

"""Quote-level passages: the units Parley retrieves and cites.

A passage is one direct quote with its attribution, or one reported statement of a sentence or two, so
that a citation can be read alone and attributed without the rest of the article. Pure functions: no
model, no store. Every step is one pass over the text (or over its units), and no passage is longer than
MAX_CHARS, so an upload of any size splits in time proportional to its length.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property

from index.records import UNSTORED, Passage
from index.text.clean import CleanText, fold
from index.text.dates import statement_date
from index.text.names import HONORIFICS, PERSON_ROLE_NOUNS, TITLE_WORDS, given_name_gender, plain
from index.text.parties import NONE, Parties
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
    parse_np,
    with_clause_person,
)
from index.text.quotes import (
    ABBREVIATIONS,
    OPEN,
    STRAIGHT,
    Span,
    direct_quotes,
    quote_spans,
    quote_style,
    sentence_bounds,
    token_before,
)
from index.text.speakers import Person, Register, Resolver, Speaker, build_register, name_key
from index.text.transcripts import (
    Turn,
    briefing_body,
    heading_name,
    heading_parts,
    holds_office,
    read_turns,
    turns_run_in,
)

STATEMENT_SENTENCES = 2
STATEMENT_CHARS = 420
MAX_CHARS = 1000  # a passage is cut at a sentence end or a word boundary before this
SHINGLE_WORDS = 4


@dataclass
class _Unit:
    paragraph: int
    start: int
    end: int
    section: str | None
    quotes: list[Span]  # relative to the paragraph
    para_text: str
    para_start: int
    group: int  # units cut from one sentence share one attribution
    turn: Turn | None = None
    speaker: Speaker | None = None
    attributed: bool = False  # its own words name a speaker (or a credit), so it continues nobody
    credited: bool = False  # "“…,” according to AFP": an outlet reports the words, whoever said them
    first: bool = False  # the paragraph's first unit
    last: bool = False  # the paragraph's last unit

    @property
    def kind(self) -> str:
        if self.turn is not None:
            return "statement" if self.turn.questioner else "quote"
        return "quote" if self.quotes else "statement"

    @property
    def text(self) -> str:
        return self.para_text[self.start : self.end]


QUOTE_LABEL = re.compile(r"Quote\s*:\s*")


@dataclass
class _Paragraph:
    number: int
    text: str
    start: int
    section: str | None
    turn: Turn | None
    singles: bool = False  # the article quotes in single marks (index.text.quotes.quote_style)
    credit: str | None = None  # a "– Name, title" line printed under it
    goes_on: bool = False  # it goes on with a quote the paragraph before left open (_quote_blocks)
    units: list[_Unit] = field(default_factory=list)

    @cached_property
    def spans(self) -> list[Span]:
        return quote_spans(self.text, self.singles)

    @property
    def opens_with_quote(self) -> bool:
        """Whether the paragraph starts with a quote, after a bare "Quote:" label as some outlets print one."""
        if self.goes_on:
            return True
        label = QUOTE_LABEL.match(self.text)
        start = label.end() if label else 0
        if self.singles:
            return bool(self.spans) and self.spans[0].start == start
        return self.text[start : start + 1] in OPEN + STRAIGHT

    @property
    def left_open(self) -> bool:
        return bool(self.spans) and not self.spans[-1].closed


# cutting ------------------------------------------------------------------------------------------

CUT_PATTERNS = (re.compile(r"[.!?;…][”\"’')\]]*\s+"), re.compile(r",\s+"), re.compile(r"\s+"))


def _capped(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(a, b) cut into pieces of at most MAX_CHARS: at the last sentence mark, else comma, else space,
    before the limit; a hard cut only where a single word is longer than that. The full stop of an
    abbreviation or an initial ("the U.S. administration") ends no sentence, so it is no place to cut."""
    pieces = []
    while b - a > MAX_CHARS:
        limit = a + MAX_CHARS
        offset = a + MAX_CHARS // 2
        window = text[offset:limit]
        cut = None
        for pattern in CUT_PATTERNS:
            matches = [m for m in pattern.finditer(window) if not _abbreviation_at(text, offset + m.start(), m.group())]
            if matches:
                cut = offset + matches[-1].end()
                break
        cut = cut or limit
        end = cut
        while end > a and text[end - 1].isspace():
            end -= 1
        pieces.append((a, end))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        pieces.append((a, b))
    return pieces


def _abbreviation_at(text: str, mark: int, matched: str) -> bool:
    if not matched.startswith("."):
        return False
    token = token_before(text, mark + 1)
    return token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token) is not None


def _overlapping(quotes: list[Span], a: int, b: int, j: int) -> tuple[list[Span], int]:
    """The quotes over [a, b), from a pointer that only moves forward."""
    while j < len(quotes) and quotes[j].end <= a:
        j += 1
    inside, k = [], j
    while k < len(quotes) and quotes[k].start < b:
        if quotes[k].end > a:
            inside.append(quotes[k])
        k += 1
    return inside, j


def _paragraph_units(p: _Paragraph, groups: list[int]) -> list[_Unit]:
    text = p.text
    spans = p.spans
    quotes = [] if p.turn is not None and not p.turn.questioner else direct_quotes(text, spans)
    if p.goes_on and spans and not spans[0].opened and spans[0] not in quotes:
        quotes = [spans[0], *quotes]  # the close of a quote opened a paragraph before, however short
    bounds = sentence_bounds(text, spans)
    if p.turn is not None:
        bounds = [(max(a, p.turn.body), b) for a, b in bounds if b > p.turn.body]
    units: list[_Unit] = []
    pending: deque[tuple[int, int]] = deque()

    def add(a: int, b: int, inside: list[Span]) -> None:
        groups[0] += 1
        for x, y in _capped(text, a, b):
            units.append(
                _Unit(
                    p.number,
                    x,
                    y,
                    p.section,
                    [q for q in inside if q.start < y and q.end > x] or ([] if not inside else inside[-1:]),
                    text,
                    p.start,
                    groups[0],
                    p.turn,
                )
            )

    def flush() -> None:
        while pending:
            a, b = pending.popleft()
            if pending and b - a < STATEMENT_CHARS and pending[0][1] - a <= STATEMENT_CHARS and STATEMENT_SENTENCES > 1:
                b = pending.popleft()[1]
            add(a, b, [])

    if p.turn is not None and not p.turn.questioner and bounds:
        add(bounds[0][0], bounds[-1][1], [])  # an answer is one speaker's words, kept whole as a quote is
        units[0].first, units[-1].last = True, True
        return units
    j = 0
    for a, b in bounds:
        inside, j = _overlapping(quotes, a, b, j)
        if inside:
            flush()
            add(a, b, inside)
        else:
            pending.append((a, b))
    flush()
    if units:
        units[0].first = True
        units[-1].last = True
    return units


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(text)).strip()


def _drop_pull_quotes(units: list[_Unit]) -> list[_Unit]:
    """A quote printed as a display line before it appears again, attributed, in the body, is dropped.

    Each unit's key is computed once; a pull quote is looked up by its opening words among the longest
    unit holding them, so the check is one pass however many quotes there are."""
    keys = [_key(u.text) for u in units]
    holder: dict[str, int] = {}
    for i, key in enumerate(keys):
        words = key.split()
        for n in range(0, max(1, len(words) - SHINGLE_WORDS + 1)):
            shingle = " ".join(words[n : n + SHINGLE_WORDS])
            if shingle not in holder or len(keys[holder[shingle]]) < len(key):
                holder[shingle] = i
    paragraph_length: dict[int, int] = {}
    for i, u in enumerate(units):
        paragraph_length[u.paragraph] = paragraph_length.get(u.paragraph, 0) + len(keys[i]) + 1
    kept = []
    for i, u in enumerate(units):
        whole = u.quotes and u.start == 0 and u.end == len(u.para_text) and u.turn is None
        if whole and _repeated(i, keys, holder, units, paragraph_length):
            continue
        kept.append(u)
    return kept


def _repeated(
    i: int, keys: list[str], holder: dict[str, int], units: list[_Unit], paragraph_length: dict[int, int]
) -> bool:
    """Whether unit i's words appear again inside a longer paragraph (checked through a few shingles)."""
    words = keys[i].split()
    if len(words) < SHINGLE_WORDS:
        return False
    for n in {0, (len(words) - SHINGLE_WORDS) // 2, len(words) - SHINGLE_WORDS}:
        other = holder.get(" ".join(words[n : n + SHINGLE_WORDS]))
        if (
            other is not None
            and other != i
            and keys[i] in keys[other]
            and paragraph_length[units[other].paragraph] > len(keys[i]) + 1
        ):
            return True
    return False


# attributing -------------------------------------------------------------------------------------


def _outside_quotes(unit: _Unit) -> str:
    out, pos = [], unit.start
    for s in unit.quotes:
        a, b = max(s.start, unit.start), min(s.end, unit.end)
        if b <= a:
            continue
        out.append(unit.para_text[pos:a])
        out.append(f" {QUOTE} ")
        pos = b
    out.append(unit.para_text[pos : unit.end])
    return ASIDE.sub(_drop_aside, "".join(out))


def _drop_aside(m: re.Match[str]) -> str:
    """Only after a role noun: "for years — and until last winter — Kyiv refused" is no title's aside."""
    title = m.group("title")
    return f"{title} " if plain(title.split("-")[-1]) in PERSON_ROLE_NOUNS else m.group(0)


# "the union's vice-president – and his nephew – Tom Brady, told members": an aside between dashes that parts
# a title from its name; without it the title is read before the name as when nothing parts them.
ASIDE = re.compile(r"\b(?P<title>[\w-]+)\s[–—]\s(?:and|also)\s[^–—.,;:“”\"]{1,30}?\s[–—]\s(?=[A-Z])")


def _label_speaker(
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
GLUED = re.compile(r"[a-z]{3,}[A-Z]")


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


def _introduction(
    paragraphs: list[_Paragraph], title: str | None, headings: list[tuple[int, str]], singles: bool
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
    people = build_register(_masked(t, singles) for t in texts).people
    return [p for p in people if not named & {plain(w) for w in p.name.split()}]


def _presented(paragraphs: list[_Paragraph], title: str | None, headings: list[str]) -> dict[str, str]:
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


def _interviewee(paragraphs: list[_Paragraph], register: Register, title: str | None) -> Speaker | None:
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


def _headline_speaker(title: str | None, resolver: Resolver) -> Speaker | None:
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
    title_case = _title_case(text or "")
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


def _title_case(title: str) -> bool:
    """A headline with every word capitalised, where capitals no longer tell a name from other words."""
    return not re.search(r"(?<![\w'’])[a-z]", title)


def _own_attribution(
    units: list[_Unit],
    register: Register,
    resolver: Resolver,
    interviewee: Speaker | None = None,
    introduced: list[Person] | None = None,
    presented: dict[str, str] | None = None,
) -> None:
    labels: dict[str, Speaker | None] = {"A": interviewee} if interviewee is not None else {}
    for unit in units:
        if unit.turn is not None and unit.turn.questioner and _quotes_someone(unit):
            unit.turn = None  # "Minister X said today, and I'm quoting, “…”": X's words, read as prose is
        if unit.turn is not None:
            unit.speaker = _label_speaker(unit.turn, register, labels, introduced, presented)
            unit.attributed = True
            resolver.record(unit.paragraph, unit.speaker, unit.speaker)
            continue
        outside = _outside_quotes(unit)
        resolver.note_printed(unit.paragraph, outside)
        with_person = with_clause_person(outside)
        if with_person is not None:
            resolver.record(unit.paragraph, None, resolver.resolve(with_person, unit.paragraph))
        candidates = attributions(outside)
        mention = choose(candidates, outside, quoting=bool(unit.quotes))
        unit.speaker = _in_unit(mention, candidates, outside, unit, resolver) or resolver.resolve(
            mention, unit.paragraph
        )
        unit.attributed = bool(candidates) and not (
            mention is not None and mention.kind == "document" and not unit.speaker
        )
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
    mention: Mention | None, candidates: list[Candidate], outside: str, unit: _Unit, resolver: Resolver
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


def _quotes_someone(unit: _Unit) -> bool:
    """Whether a question quotes a third person and says who ("Foreign Minister Dar said in the Senate today,
    “…”"): the quote is that person's, not the questioner's."""
    if not unit.quotes:
        return False
    outside = _outside_quotes(unit)
    mention = choose(attributions(outside), outside, quoting=True)
    return mention is not None and mention.kind in {"person", "description", "institution"}


# "his", "her", "he", "she" after the word: the unit itself goes on about the word as a person.
PERSONAL_AFTER = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def _lone_unknown_word(mention: Mention, register: Register, text: str = "") -> bool:
    """A sentence opening with one capitalised word nobody is named by ("Thank you for reading.") is not
    about a person that a later "he" could mean; but a word the unit goes on to call "he" or "his" ("Obama
    has one eye on the US audience. In his view, …") is, though the capture never gives the full name."""
    name = mention.name or ""
    if not (mention.kind == "person" and len(name.split()) == 1 and not register.find(name)):
        return False
    if given_name_gender(name) is not None:
        return False
    at = text.find(name)
    return at < 0 or not PERSONAL_AFTER.search(text, at + len(name))


def _share_within_groups(units: list[_Unit]) -> None:
    """Pieces cut from one long sentence are one attribution."""
    by_group: dict[int, Speaker] = {}
    for u in units:
        if u.speaker is not None and u.group not in by_group:
            by_group[u.group] = u.speaker
    for u in units:
        if u.speaker is None and u.group in by_group:
            u.speaker = by_group[u.group]
            u.attributed = True


def _continue_quotes(paragraphs: list[_Paragraph], register: Register) -> None:
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
    previous: _Unit | None = None
    previous_paragraph: _Paragraph | None = None
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


ANAPHORS = {"this", "that", "it", "these", "those", "such"}
# "Adding, “…”": a participle with no subject goes on with whoever spoke last.
GOING_ON = {"adding", "continuing", "concluding"}


def _closing_speaker(p: _Paragraph) -> Speaker | None:
    """Who speaks the words that close a quote the paragraph before left open: the attribution of that
    closing sentence, not of a later one in the paragraph with its own quote ('"… today." In a statement,
    the board said "…"' leaves the open quote to whoever spoke it)."""
    first = next((u for u in p.units if u.quotes), None)
    if first is None:
        return None
    return next((u.speaker for u in p.units if u.quotes and u.speaker is not None and u.group == first.group), None)


def _goes_on(unit: _Unit, register: Register) -> bool:
    """Whether quoted fragments go on from the last speaker's words: the sentence brings no subject of its
    own (it opens with a quote, "A “major obstacle” …", "This would “…”" or "Adding, “…”") and names nobody the
    article knows. "Shipping lines have warned of “…”" has a subject of its own, and is not theirs."""
    outside = _outside_quotes(unit)
    words = [QUOTE if w == QUOTE or w[:1] in OPEN + STRAIGHT else plain(w) for w in outside.split()]
    opens = bool(words) and (
        words[0] == QUOTE
        or words[0] in ANAPHORS
        or (len(words) > 1 and words[0] in GOING_ON and words[1] == QUOTE)
        or (len(words) > 1 and words[0] in {"a", "an", "the"} and words[1] == QUOTE)
    )
    return opens and not any(register.find(" ".join(w)) for _, _, w in capital_runs(outside))


def _party(
    unit: _Unit,
    parties: Parties,
    affiliations: dict[tuple[str | None, str | None, bool], str | None],
    institution: str | None = None,
    home: str | None = None,
) -> str | None:
    """Whose position the passage describes: its speaker's affiliation when it has a speaker, else the
    party it is most about. A named speaker never takes a party from what the sentence mentions. A
    speaker's affiliation is looked up once per document, however many passages they have. In a
    briefing's transcript, an answering speaker whose affiliation nothing gives speaks for the
    institution that published it ("MR HALVERSEN:" in a State Department briefing); a bare state title with no
    state in a paper named after a capital (`home`) is that state's. A quote with no speaker
    is about what the words around it name: who is quoted may talk of any country."""
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
    counts: dict[str, float] = {}
    for i, (_, party) in enumerate(m for m in parties.mentions(_unquoted(unit)) if m[1] != NONE):
        counts[party] = counts.get(party, 0) + 1 + (0.5 if i == 0 else 0)
    for party in [] if unit.credited else _section_parties(unit.section, parties)[:1]:
        counts[party] = counts.get(party, 0) + 1
    if not counts:
        return None
    return max(counts, key=counts.__getitem__)


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


def _jointly(unit: _Unit) -> bool:
    """Words two states issued together speak for both, and a passage has one party: it gets none, rather
    than the first state named or the country whose conflict the statement is about. A person, or one body
    ("a statement issued in Beijing said both governments …"), keeps their own side."""
    who = unit.speaker
    together = who is None or (not who.is_person and " and " in (who.role or ""))
    return together and bool(JOINT.search(_unquoted(unit)))


def _unquoted(unit: _Unit) -> str:
    """The unit's text with its quotations blanked out, offsets kept."""
    chars = list(unit.text)
    for q in unit.quotes:
        a, b = max(q.start, unit.start) - unit.start, min(q.end, unit.end) - unit.start
        chars[a:b] = " " * max(b - a, 0)
    return "".join(chars)


CREDIT_LINE = re.compile(r"^[—–-]\s+(?P<name>[^,(]{3,80}?)\s*(?:,\s*(?P<role>[^()]{2,200}?))?\s*(?:\(.*)?$")


def _credit_name(text: str) -> tuple[str, str | None] | None:
    """A line that only names who said the text above it ("– Jo Brand, Minister of Trade", "— Jo Brand
    (@jobrand) July 2, 2025"), as press releases, pull quotes and embedded posts print it; a bullet
    ("- Truce to begin at midnight, Anwar says") names no one in full and is not one."""
    m = CREDIT_LINE.match(text.strip())
    if not m:
        return None
    found = parse_np(m.group("name"), initial=True, strict=True)
    if found is None or found.kind != "person" or not found.name or len(found.name.split()) < 2:
        return None
    title = " ".join(w for w in (found.title or "").split() if plain(w) not in HONORIFICS and plain(w) != "hon")
    role = ", ".join(r for r in (title, m.group("role")) if r) or None
    return found.name, role


def _apply_credits(paragraphs: list[_Paragraph], register: Register) -> None:
    """The units of a paragraph with a credit line under it, where their own words name nobody."""
    for p in paragraphs:
        credited = _credit_name(p.credit) if p.credit else None
        if credited is not None:
            _give_unclaimed(p, credited, p.credit or credited[0], register)


def _give_unclaimed(p: _Paragraph, credited: tuple[str, str | None], said: str, register: Register) -> None:
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


STATEMENT_HEADING = re.compile(
    r"^\s*(?:Joint\s+)?Statement\s+(?:by|from)\s+(?:the\s+)?(?:(?:Right\s+)?Hon(?:ourable|orable|\.)?\s+)?(?P<who>[A-Z][^:“”\"]{2,160})$"
)


def _apply_statement_headings(paragraphs: list[_Paragraph], register: Register) -> None:
    """A press release headed "Statement by the Honourable Mara Dunne, Minister of Labour" prints the
    statement under it unattributed: its units that name nobody are the signatory's."""
    for p in paragraphs:
        heading = STATEMENT_HEADING.match(p.section or "")
        credited = _credit_name(f"– {heading.group('who')}") if heading else None
        if credited is not None:
            _give_unclaimed(p, credited, p.section or credited[0], register)


def _section_parties(section: str | None, parties: Parties) -> list[str]:
    return [p for _, p in parties.mentions(section or "") if p != NONE]


def _paragraphs(clean: CleanText, register_known: Callable[[str], bool], singles: bool) -> list[_Paragraph]:
    """The article's paragraphs with their section and, in a transcript, the turn each belongs to. A
    credit line is kept with the paragraph above it when that paragraph quotes someone, or when it credits
    an embedded post ("— Name (@handle) date"); a list of names under a heading is not one."""
    section: str | None = None
    texts: list[str | None] = []
    sections: list[str | None] = []
    starts: list[int] = []
    credits: dict[int, str] = {}
    bodies = [clean.slice(b) if b.kind != "heading" else None for b in clean.blocks]
    for block, run_in in zip(clean.blocks, turns_run_in(bodies), strict=True):
        text = clean.slice(block)
        if (
            texts
            and texts[-1] is not None
            and len(texts) - 1 not in credits
            and _credit_name(text) is not None
            and (direct_quotes(texts[-1], singles=singles) or "(@" in text)
        ):
            credits[len(texts) - 1] = text
            continue
        if block.kind == "heading":
            section = text
            texts.append(None)
            sections.append(section)
            starts.append(block.start)
            continue
        for a, b in zip([0, *run_in], [*run_in, len(text)], strict=True):
            texts.append(text[a:b].rstrip())
            sections.append(section)
            starts.append(block.start + a)
    turns = read_turns(texts, register_known, lambda t: _narrates(t, singles), clean.title)
    if not any(turns):
        turns = _name_line_turns(texts, [s if t is None else None for s, t in zip(sections, texts, strict=True)])
    paragraphs, number = [], 0
    for i, (body, turn, sec, start) in enumerate(zip(texts, turns, sections, starts, strict=True)):
        if body is None:
            continue
        number += 1
        paragraphs.append(_Paragraph(number, body, start, sec, turn, singles, credits.get(i)))
    _quote_blocks(paragraphs)
    return paragraphs


MAX_BLOCK_PARAGRAPHS = 5  # paragraphs a quoted statement runs on without marks before its closing one


def _quote_blocks(paragraphs: list[_Paragraph]) -> None:
    """A statement quoted over several paragraphs may open its mark once and close it only at its end ("The
    full statement reads:" then “… / … / …”): the paragraphs between, printed without marks, are the quote
    going on, not a reporter's sentences, and so is the paragraph that closes it. Only where a closing mark
    with no opening one ends the run: an open quote that nothing closes may be a capture's lost mark."""
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        j = i + 1
        if p.turn is None and p.left_open and p.spans[-1].opened:
            while j < len(paragraphs) and j - i <= MAX_BLOCK_PARAGRAPHS and _unmarked(paragraphs[j], p):
                j += 1
            if j < len(paragraphs) and _closes_block(paragraphs[j], p):
                for middle in paragraphs[i + 1 : j]:
                    middle.spans = [Span(0, len(middle.text), opened=False, closed=False)]
                    middle.goes_on = True
                paragraphs[j].goes_on = True
        i = j


def _unmarked(p: _Paragraph, opening: _Paragraph) -> bool:
    return p.turn is None and p.section == opening.section and not p.spans


def _closes_block(p: _Paragraph, opening: _Paragraph) -> bool:
    return p.turn is None and p.section == opening.section and bool(p.spans) and not p.spans[0].opened


# "Mike" / "Winston" on lines of their own: a radio transcript that prints each speaker's name above the turn.
NAME_LINE = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}")
MIN_NAME_LINE_SPEAKERS = 2


def _name_line_turns(texts: list[str | None], headings: list[str | None]) -> list[Turn | None]:
    """Turns of a transcript whose labels stand alone above each turn, as a radio station prints an
    interview: at least two names, each printed alone two times or more with words under it. Each paragraph
    under a name is that name's turn; a name at least half of whose turns ask is the host."""
    none: list[Turn | None] = [None] * len(texts)
    counts: dict[str, int] = {}
    for i, heading in enumerate(headings):
        if heading is not None and NAME_LINE.fullmatch(heading.strip()):
            following = texts[i + 1] if i + 1 < len(texts) else None
            if following is None:
                return none  # a name over nothing is a heading of its own, not a label
            counts[heading.strip()] = counts.get(heading.strip(), 0) + 1
    labels = {name for name, n in counts.items() if n >= MIN_TURNS_PER_NAME}
    if len(labels) < MIN_NAME_LINE_SPEAKERS or len(labels) != len(counts):
        return none
    owner: list[str | None] = []
    current: str | None = None
    for text, heading in zip(texts, headings, strict=True):
        if text is None:
            current = heading.strip() if heading is not None and heading.strip() in labels else None
        owner.append(current if text is not None else None)
    asks = {
        name: [t.rstrip().endswith("?") for t, o in zip(texts, owner, strict=True) if t and o == name]
        for name in labels
    }
    hosts = {name for name, a in asks.items() if sum(a) * 2 >= len(a)}
    return [Turn(o, None, 0, o in hosts) if o is not None else None for o in owner]


MIN_TURNS_PER_NAME = 2
THIRD_PERSON = {"person", "description", "institution", "source"}


def _narrates(text: str, singles: bool) -> bool:
    """A paragraph between transcript turns that quotes someone and says who ("“…,” Zarif said", "“…,” he
    said"), as the narrative around a transcript does; a speaker quoting a hypothetical ("and say, “I want
    this”") or themselves in their answer goes on with their turn."""
    if not direct_quotes(text, singles=singles):
        return False
    opens = text[:1] in OPEN + STRAIGHT
    return any(
        c.mention.kind in THIRD_PERSON or (opens and c.mention.kind == "pronoun")
        for c in attributions(_masked(text, singles))
    )


@dataclass
class Segments:
    """An article cut into its units, before anyone is attributed: each unit becomes one passage, so
    len(units) is the number of passages `attribute` makes, known before its costlier half runs."""

    clean: CleanText
    singles: bool
    names: Callable[[], Register]  # built once, when first asked for: attribution needs it, counting rarely
    paragraphs: list[_Paragraph]
    units: list[_Unit]


def split(clean: CleanText, parties: Parties) -> list[Passage]:
    """The passages of a cleaned article, in reading order."""
    return attribute(segment(clean), parties)


def segment(clean: CleanText) -> Segments:
    """The article's paragraphs and units, and the names it mentions: no party list, no attribution."""
    groups = [0]
    singles = quote_style(clean.slice(b) for b in clean.blocks if b.kind != "heading")
    titles = [_masked(clean.title, singles)] if clean.title and not _title_case(clean.title) else []
    names = cache(
        lambda: build_register([_masked(clean.slice(b), singles) for b in clean.blocks] + list(clean.captions) + titles)
    )
    paragraphs = _paragraphs(clean, lambda label: bool(names().find(label)), singles)
    units: list[_Unit] = []
    for p in paragraphs:
        p.units = _paragraph_units(p, groups)
        units.extend(p.units)
    kept = _drop_pull_quotes(units)
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
    )
    transcript = any(p.turn for p in paragraphs)
    headings = [(b.start, clean.slice(b)) for b in clean.blocks if b.kind == "heading"]
    introduced = _introduction(paragraphs, clean.title, headings, singles) if transcript else None
    presented = _presented(paragraphs, clean.title, [h for _, h in headings]) if transcript else None
    interviewee = _interviewee(paragraphs, register, clean.title)
    resolver.headline = _headline_speaker(clean.title, resolver)
    _own_attribution(units, register, resolver, interviewee, introduced, presented)
    _share_within_groups(units)
    _apply_credits(paragraphs, register)
    _apply_statement_headings(paragraphs, register)
    _continue_quotes(paragraphs, register)
    drafts = []
    affiliations: dict[tuple[str | None, str | None, bool], str | None] = {}
    institution = parties.institution(clean.publisher, None)
    home = parties.home_state(clean.publisher)
    if any(u.turn for u in units):
        institution = parties.institution(clean.publisher, clean.title) or briefing_body(
            clean.title, lambda words: _bodies_opening(words, parties)
        )
    for u in units:
        start, end = u.para_start + u.start, u.para_start + u.end
        speaker = u.speaker
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
                party=_party(u, parties, affiliations, institution, home),
                text=clean.text[start:end],
                date=when.date,
                date_basis=when.basis,
            )
        )
    return drafts


def _bodies_opening(words: str, parties: Parties) -> list[str]:
    """The organisations (not states) the words name, when a name opens them."""
    found = parties.mentions(words)
    if not found or found[0][0] != 0:
        return []
    return list(dict.fromkeys(p for _, p in found if p != NONE and parties.kind(p) != "country"))


def _masked(text: str, singles: bool = False) -> str:
    """A paragraph with its quotes replaced, so that names inside quotes are not read as speakers."""
    out, pos = [], 0
    for s in quote_spans(text, singles):
        out.append(text[pos : s.start])
        out.append(f" {QUOTE} ")
        pos = s.end
    out.append(text[pos:])
    return "".join(out)

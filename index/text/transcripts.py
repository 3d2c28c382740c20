"""Speaker labels in interview and press-conference transcripts.

A transcript prints no quotation marks: `SECRETARY RUBIO: …`, `MR. MILLER: …`, `DMYTRO KULEBA: …`,
`Kuleba: …`, `[CLIP] GUSTAVO PETRO: …` (a recorded clip played in a broadcast), `Marta Vello (00:00): …` (a
transcription service's label with the time into the recording), with the questioner as `Q:`,
`QUESTION:` or `HOST:`; an interview may print only letters, `Q) …` / `A) …` or `Q. …` / `A. …`. Each
answer turn is that speaker's words, so it is read as quotes by the labelled person; a questioner's turn
states no party's position.
An outlet interviewing for itself may print its own name as the questioner's label (`RFE/RL: …`), which asks
every time.
A broadcaster may print labels in title case, the guest's with a title (`Iranian Foreign Minister Mohammad
Javad Zarif: …`) and the host by name alone (`Steve Inskeep: …`); a host so printed is known by asking.
A video agency's shot list names a clip's speaker on a soundbite line ("4. SOUNDBITE: (English) Name, title:") over
the clip's words in quotation marks, which are that speaker's turn.
A label is taken as one only when the document is a transcript (at least two labelled turns, or one label
that can only be a person's, as a page of one speaker's remarks prints it), so that a lone "Note: …" or a
dateline in an article is not read as a speaker.
A magazine interview prints its questions in bold, which a capture loses: what is left is an introduction
that says it is an interview, then questions (paragraphs that end in a question mark) each followed by the
answer. Where an interview prints only the questions' label ("Q.", "Question:"), the unlabelled paragraphs
after each question are the answer too. Either way the answers are the interviewee's, as "A:" turns are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.text.names import HONORIFICS, PERSON_ROLE_NOUNS, TITLE_WORDS
from index.text.phrases import PARTICIPLE, VERB
from index.text.quotes import ABBREVIATIONS, token_before

LABEL = re.compile(
    r"^(?:\[[A-Z][A-Z ]{0,20}\]\s*)?"
    r"(?P<label>(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]*\s){0,4}[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]*(?:/[A-ZÀ-Þ]+)?|(?:(?:Mr|Ms|Mrs|Dr)\.\s)?"
    r"[A-ZÀ-Þ][\w'’\-]+(?:\s[A-ZÀ-Þ][\w'’\-]+){0,6})"
    r"(?:,\s*(?P<role>[A-Za-z][\w .'’\-]{0,40}?)|\s\((?P<aside>[A-Z][^()]{1,120})\))?"
    r"(?:\s\((?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)\))?:(?:\s+(?=\S)|\s*$)"
)
# "RUBIO – We have …": a capitalised label printed with a dash instead of a colon; a wire dateline looks
# the same ("BAKU – …"), so a dashed label counts only when the article prints it in two turns or more.
DASH_LABEL = re.compile(r"^(?P<label>(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]*\s){0,3}[A-ZÀ-Þ][A-ZÀ-Þ.'’]+)\s+[–—-]\s+(?=\S)")
# "Minister for Trade and Industry, Rafe Conder: …": a government transcript may print the office before the name.
TITLED_LABEL = re.compile(
    r"^(?P<role>[A-Z][\w'’\-]+(?:\s(?:[A-Z][\w'’\-]+|for|of|and|the|on)){0,8}),\s"
    r"(?P<label>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){1,3}):\s+(?=\S)"
)
# "…be cut? CHANCELLOR ADLER: Yes, …": a label in capitals after a sentence's end (or a dateline's dash), where
# a capture that lost a transcript's line breaks runs the turns together.
INLINE_LABEL = re.compile(
    r"(?<=[.?!…—–])[\"”’)]*\s*(?P<label>(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]*\s){0,4}[A-ZÀ-Þ][A-ZÀ-Þ'’\-]*):\s+(?=\S)"
)
# "Q) …" / "A) …", "Q. …" / "A. …": an interview printed with question and answer letters, not names.
SHORT_LABEL = re.compile(r"^(?P<label>[QA])(?P<mark>[).])\s+(?=\S)")
QUESTIONERS = {
    "q",
    "question",
    "questioner",
    "host",
    "co-host",
    "interviewer",
    "reporter",
    "journalist",
    "audience member",
    "audience",
    "participant",
    "anchor",
    "presenter",
    "correspondent",
    "moderator",
    "operator",
    "announcer",
    "narrator",
    "unidentified person",
    "unidentified reporter",
}
NOT_LABELS = {
    "note",
    "notes",
    "eds",
    "ed",
    "editor",
    "editors",
    "update",
    "updated",
    "correction",
    "photo",
    "photos",
    "video",
    "source",
    "sources",
    "related",
    "watch",
    "read",
    "listen",
    "background",
    "context",
    "analysis",
    "opinion",
    "explainer",
    "warning",
    "disclaimer",
    "tags",
    "topics",
    "location",
    "date",
    "time",
    "summary",
    "key points",
    "why it matters",
    "bottom line",
    "the bottom line",
    "what's next",
    "go deeper",
    "driving the news",
    "between the lines",
    "the big picture",
    "big picture",
    "zoom in",
    "zoom out",
    "flashback",
    "reality check",
    "yes but",
    "state of play",
    "what they're saying",
    "what they’re saying",
    "details",
    "by the numbers",
    "catch up quick",
    "the latest",
    "latest",
    "breaking",
    "exclusive",
    "live",
    "also",
    "plus",
    "more",
    "credit",
    "image",
    "caption",
    "editor's note",
    "editor’s note",
    "transcript",
    "subject",
    "from",
    "to",
    "re",
    "cc",
    "published",
    "posted",
    "filed",
    "dateline",
    "byline",
    "length",
}
MIN_TURNS = 2
# Words that make a lone capitalised label a person's: an office or an honorific ("SECRETARY BRENN",
# "AMBASSADOR VOSS", "MS. ADLER"), not a place or a rubric ("VALDERA", "UPDATE").
OFFICE_WORDS = (PERSON_ROLE_NOUNS - {"member", "official", "officials", "head", "general", "major"}) | {
    h.strip(".") for h in HONORIFICS
}
# A label in title case longer than a name ("Iranian Foreign Minister Mohammad Javad Zarif:") is taken only
# when the text names that person elsewhere; a short one ("Steve Inskeep:") also when it recurs.
MAX_NAME_LABEL_WORDS = 3
MAX_LABEL_WORDS = 7


@dataclass(frozen=True)
class Turn:
    label: str  # as printed, e.g. "SECRETARY BESSENT", or the label of the turn a paragraph continues
    role: str | None  # printed after the name ("STEVE INSKEEP, HOST")
    body: int  # where the turn's words start in its paragraph
    questioner: bool


ANSWER = "A"
DASHED = "\x00dashed"  # the role slot of a dashed label until its turns are counted
ASKING_LABELS = {"q", "question"}
ANSWERING_LABELS = {"a", "answer"}


def _label(paragraph: str) -> tuple[str, str | None, int] | None:
    short = SHORT_LABEL.match(paragraph)
    if short:
        return short.group("label") + short.group("mark"), None, short.end()
    m = LABEL.match(paragraph)
    if not m:
        titled = TITLED_LABEL.match(paragraph)
        if titled and any(word.lower() in OFFICE_WORDS for word in titled.group("role").split()):
            return titled.group("label"), titled.group("role"), titled.end()
        dashed = DASH_LABEL.match(paragraph)
        return (dashed.group("label"), DASHED, dashed.end()) if dashed else None
    label = m.group("label").strip()
    if label.lower() in NOT_LABELS or len(label.split()) > MAX_LABEL_WORDS:
        return None
    if label.lower() in ANSWERING_LABELS:
        label = ANSWER  # "Answer:" is the interviewee's turn, as "A:" is
    if label.lower() in ASKING_LABELS or label == ANSWER:
        named = _named_after_letter(paragraph[m.end() :])
        if named is not None:
            inner, role, length = named
            return (label if label != ANSWER else inner), (None if label != ANSWER else role), m.end() + length
    return label, m.group("role") or m.group("aside"), m.end()


def _named_after_letter(body: str) -> tuple[str, str | None, int] | None:
    """ "Q: David Ignatius: …", "A: Mohammad Javad Zarif, Iranian foreign minister: …": a letter label
    followed by the name of who asks or answers, which names the answer's speaker."""
    m = LABEL.match(body)
    if not m or m.group("label").lower() in NOT_LABELS or not re.search(r"[a-z]", m.group("label")):
        return None
    if len(m.group("label").split()) > MAX_NAME_LABEL_WORDS + 1:
        return None
    return m.group("label").strip(), m.group("role") or m.group("aside"), m.end()


def turns_run_in(paragraphs: list[str | None]) -> list[list[int]]:
    """Where, inside each paragraph, a turn run into it begins: a label in capitals after a sentence's end that
    the article prints as a label again (at a paragraph's start or run in) or that holds an office
    ("CHANCELLOR ADLER"), so that a one-off "BRUSSELS:" or "UPDATE:" in prose is no turn."""
    spots = [
        [(m.start("label"), m.group("label")) for m in INLINE_LABEL.finditer(p) if _after_sentence(p, m.start())]
        if p
        else []
        for p in paragraphs
    ]
    printed: dict[str, int] = {}
    for paragraph in paragraphs:
        opening = _label(paragraph) if paragraph else None
        if opening:
            printed[opening[0]] = printed.get(opening[0], 0) + 1
    for found in spots:
        for _, label in found:
            printed[label] = printed.get(label, 0) + 1
    return [[at for at, label in found if _opens_turn(label, printed)] for found in spots]


def _after_sentence(text: str, mark_end: int) -> bool:
    """The mark before a run-in label ends a sentence: a full stop after a word, not after a list number
    ("4. SOUNDBITE:") or an honorific ("MS. ADLER:", the label itself)."""
    if text[mark_end - 1] != ".":
        return True
    word = token_before(text, mark_end)
    return len(word) > 1 and not word.isdigit() and word not in ABBREVIATIONS


def _opens_turn(label: str, printed: dict[str, int]) -> bool:
    if label.lower() in NOT_LABELS or len(label.split()) > MAX_LABEL_WORDS:
        return False
    return printed.get(label, 0) >= MIN_TURNS or any(word.strip(".").lower() in OFFICE_WORDS for word in label.split())


def _paired(
    labels: list[tuple[str, str | None, int] | None], paragraphs: list[str | None]
) -> list[tuple[str, str | None, int] | None]:
    """Letters as labels ("Q)", "A.") only where the text prints both the question and the answer letter
    in that form, so that an initial ("A. Rahman said…") is not read as an answer; each is then "Q" or "A".
    A question letter with no answer letters anywhere ("Q. Will you sign?" then the answer unlabelled) is a
    question when its paragraph asks one."""
    short = {found[0] for found in labels if found and found[0][-1:] in ")."}
    out = []
    for found, paragraph in zip(labels, paragraphs, strict=True):
        if found and found[0][-1:] in ").":
            mark = found[0][-1]
            pair = {f"Q{mark}", f"A{mark}"}
            lone_question = found[0][0] == "Q" and f"A{mark}" not in short and _asks(paragraph)
            found = (found[0][0], found[1], found[2]) if pair <= short or lone_question else None
        out.append(found)
    return out


def _is_questioner(label: str, role: str | None, hosts: set[str]) -> bool:
    words = label.lower().split()
    return label.lower() in QUESTIONERS or (role or "").lower() in QUESTIONERS or bool(words) and words[-1] in hosts


def _accepted(label: str, role: str | None, counts: dict[str, int], known: Callable[[str], bool]) -> bool:
    if label.lower() in QUESTIONERS or (role or "").lower() in QUESTIONERS:
        return True
    if label == ANSWER and any(counts.get(q, 0) for q in ("Q", "QUESTION", "Question")):
        return True  # one question and its answer, "Q: …" then "A: …", are a transcript
    letters = re.sub(r"[^\w]", "", label)
    if letters.isupper() and len(letters) >= 2:
        return True
    if len(label.split()) > MAX_NAME_LABEL_WORDS:
        return known(label)
    return known(label) or counts.get(label, 0) >= MIN_TURNS


def read_turns(
    paragraphs: list[str | None],
    known: Callable[[str], bool],
    quoted: Callable[[str], bool],
    title: str | None = None,
) -> list[Turn | None]:
    """The turn each paragraph belongs to (None outside turns); a None paragraph is a heading, which
    ends the turn before it. An unlabelled paragraph goes on with the turn before it unless it quotes
    someone, as narrative between turns does; after a lone label (a page of remarks), also unless it reports
    in the third person, so that a story printing one answer under a label goes on as the reporter's."""
    labels = _paired([_label(p) if p is not None else None for p in paragraphs], paragraphs)
    counts: dict[str, int] = {}
    for found in labels:
        if found:
            counts[found[0]] = counts.get(found[0], 0) + 1
    labels = [_undashed(found, counts) for found in labels]
    accepted = [
        found if found and (_accepted(found[0], found[1], counts, known) or _stamped(paragraph)) else None
        for found, paragraph in zip(labels, paragraphs, strict=True)
    ]
    lone = _speaks_alone(paragraphs, accepted)
    if sum(1 for a in accepted if a) < MIN_TURNS and not _asked_once(accepted) and not lone:
        return _soundbites(_bare_interview(paragraphs, quoted, title), paragraphs)
    answers_unlabelled = all(a is None or _is_questioner(a[0], a[1], set()) for a in accepted)
    hosts: set[str] = set()
    turns: list[Turn | None] = []
    current: Turn | None = None
    for paragraph, found in zip(paragraphs, accepted, strict=True):
        if paragraph is None:
            current = None
        elif found:
            label, role, body = found
            if (role or "").lower() in QUESTIONERS:
                hosts.add(label.lower().split()[-1])
            current = Turn(label, role, body, _is_questioner(label, role, hosts))
        elif current is not None and current.questioner and answers_unlabelled and not quoted(paragraph):
            current = Turn(ANSWER, None, 0, False)  # "Q. Will you sign?" then the answer, unlabelled
        elif current is not None and not quoted(paragraph) and not (lone and _reports(paragraph)):
            current = Turn(current.label, current.role, 0, current.questioner)
        else:
            current = None
        turns.append(current if paragraph is not None else None)
    turns = _askers(turns, paragraphs)
    return _soundbites(_unlabelled_questions(turns, paragraphs, accepted), paragraphs)


# A video agency's shot list: "4. SOUNDBITE: (English) Marta Vello, IMF spokeswoman:", "SOUNDBITE (French) Name,
# title:", "(SOUNDBITE) (English) NAME, TITLE, SAYING:", then the clip's words in quotation marks.
SOUNDBITE = re.compile(
    r"^(?:\d{1,3}\.\s*)?\(?SOUNDBITE\)?\s*:?\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?P<who>[A-ZÀ-Þ][^:()“”\"]{2,120}?)(?:,?\s+SAYING)?\s*:\s*",
    re.IGNORECASE,
)
QUOTE_OPENERS = "“‘\"'«"


def _soundbite(paragraph: str | None) -> tuple[str, str | None, int] | None:
    """The speaker a shot list's soundbite line names (name, role), and where the clip's words start."""
    m = SOUNDBITE.match(paragraph or "")
    if not m:
        return None
    name, _, role = m.group("who").partition(",")
    if not role:
        name, role = _role_first(name)
    elif _titled(name) and not _titled(role):
        name, role = role, name  # "IMF SPOKESMAN, GERRY RICE"
    return name.strip(), role.strip() or None, m.end()


def _titled(words: str) -> bool:
    return any(w.lower().strip(".,") in TITLE_WORDS for w in words.split())


def _role_first(who: str) -> tuple[str, str]:
    """ "IMF SPOKESMAN GERRY RICE": a role printed before the name, up to its last title word."""
    words = who.split()
    titled = [i for i, w in enumerate(words[:-1]) if w.lower().strip(".,") in TITLE_WORDS]
    if not titled:
        return who, ""
    return " ".join(words[titled[-1] + 1 :]), " ".join(words[: titled[-1] + 1])


def _soundbites(turns: list[Turn | None], paragraphs: list[str | None]) -> list[Turn | None]:
    """A shot list names each clip's speaker on a soundbite line and prints the clip's words under it in
    quotation marks: those paragraphs are that speaker's turn, and the next shot ("5. Cutaway of reporters")
    ends it."""
    out = list(turns)
    current: Turn | None = None
    for i, paragraph in enumerate(paragraphs):
        clip = _soundbite(paragraph)
        if clip:
            current = Turn(clip[0], clip[1], clip[2], False)
            out[i] = current
        elif current is not None and paragraph and paragraph[:1] in QUOTE_OPENERS:
            out[i] = Turn(current.label, current.role, 0, False)
        else:
            current = None
    return out


def _speaks_alone(paragraphs: list[str | None], accepted: list[tuple[str, str | None, int] | None]) -> bool:
    """A remarks page, or a briefing whose capture ends with the first answer, prints one label over one
    speaker's words ("SECRETARY BRENN: …", "ILSE BRENN, FOREIGN SECRETARY: …", "Ilse Brenn (00:00): …").
    A lone label is a turn only when it can be no dateline or rubric: in capitals with an office or
    honorific in it or a role after it, or with a recording's timestamp; never a questioner's."""
    found = [(p, a) for p, a in zip(paragraphs, accepted, strict=True) if a]
    if len(found) != 1:
        return False
    paragraph, (label, role, _) = found[0]
    if _is_questioner(label, role, set()):
        return False
    if _stamped(paragraph):
        return True
    letters = re.sub(r"[^\w]", "", label)
    if not (letters.isupper() and len(letters) >= 2):
        return False
    return role is not None or any(word.strip(".").lower() in OFFICE_WORDS for word in label.split())


def _reports(paragraph: str) -> bool:
    """A paragraph in a reporter's voice: a reporting verb ("criticised", "saying") and no first person, which
    remarks speak in ("we", "our", "I")."""
    return bool(VERB.search(paragraph) or PARTICIPLE.search(paragraph)) and not FIRST_PERSON.search(paragraph)


def _stamped(paragraph: str | None) -> bool:
    """A label printed with the time into a recording ("Marta Vello (00:00):"), as transcription services
    print every turn: a speaker's label whether or not the article names the speaker elsewhere."""
    m = LABEL.match(paragraph or "")
    return bool(m and m.group("stamp"))


def _undashed(found: tuple[str, str | None, int] | None, counts: dict[str, int]) -> tuple[str, str | None, int] | None:
    """A dashed label that opens two turns or more, without its mark; one printed once is a dateline."""
    if not found or found[1] != DASHED:
        return found
    return (found[0], None, found[2]) if counts.get(found[0], 0) >= 2 else None


def _asked_once(accepted: list[tuple[str, str | None, int] | None]) -> bool:
    """A lone labelled question: "Q. Will you sign?" with its answer printed unlabelled after it."""
    found = [a for a in accepted if a]
    return len(found) == 1 and found[0][0].lower() in ASKING_LABELS


# What an introduction says of a Q&A: "In an interview with …", "X spoke to …", "answered our questions".
INTERVIEW_CUE = re.compile(
    r"\binterview|\bQ\s?&\s?A\b|\b(?:spoke|talked|sat down|speaking)\s+(?:to|with)\b|\bquestions\b|\bconversation\b",
    re.IGNORECASE,
)
MIN_BARE_QUESTIONS = 2
MAX_QUESTION_WORDS = 80


def _bare_interview(
    paragraphs: list[str | None], quoted: Callable[[str], bool], title: str | None
) -> list[Turn | None]:
    """A Q&A whose question labels were lost: an introduction (or title) that says it is an interview, then
    at least two questions, each a paragraph that asks and each answered by the paragraphs after it, in the
    first person as someone answering speaks (an explainer's "What is in the deal?" is answered in the
    third). The questions are the interviewer's turns, the answers the interviewee's ("A"); a paragraph that
    quotes someone and says who is narrative, and ends the answer."""
    none: list[Turn | None] = [None] * len(paragraphs)
    asking = [p is not None and _asks(p) and len(p.split()) <= MAX_QUESTION_WORDS for p in paragraphs]
    first = next((i for i, a in enumerate(asking) if a), None)
    if first is None or sum(asking) < MIN_BARE_QUESTIONS:
        return none
    intro = " ".join(p for p in paragraphs[:first] if p is not None)
    if not INTERVIEW_CUE.search(f"{title or ''} {intro}"):
        return none
    for i, a in enumerate(asking):
        if a and (i + 1 >= len(paragraphs) or paragraphs[i + 1] is None or asking[i + 1]):
            return none  # a question with no answer after it: not the rhythm of an interview
    turns: list[Turn | None] = []
    current: Turn | None = None
    for paragraph, a in zip(paragraphs, asking, strict=True):
        if paragraph is None:
            current = None
        elif a:
            current = Turn("Q", None, 0, True)
        elif current is not None and not quoted(paragraph):
            current = Turn(ANSWER, None, 0, False)
        else:
            current = None
        turns.append(current)
    answers = [
        p for p, t in zip(paragraphs, turns, strict=True) if p is not None and t is not None and not t.questioner
    ]
    if sum(1 for p in answers if FIRST_PERSON.search(p)) * 2 < len(answers):
        return none
    return turns


FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|we're|we’re|our|Our|us|my|My|me)\b")


def _asks(paragraph: str | None) -> bool:
    return (paragraph or "").rstrip(" \"”’'").endswith("?")


def _askers(turns: list[Turn | None], paragraphs: list[str | None]) -> list[Turn | None]:
    """An interviewer printed by name ("Steve Inskeep:"), not as "Q:" or "HOST:", is the one whose every
    turn ends in a question while someone else's turns do not."""
    ends: dict[str, list[bool]] = {}
    for i, turn in enumerate(turns):
        following = turns[i + 1] if i + 1 < len(turns) else None
        if (
            turn is not None
            and not turn.questioner
            and (following is None or following.body or following.label != turn.label)
        ):
            ends.setdefault(turn.label, []).append(_asks(paragraphs[i]))
    askers = {label for label, asked in ends.items() if all(asked)}
    if not askers:
        askers = _mostly_asking(turns, paragraphs)
    if not askers or len(askers) == len(ends):
        return turns
    return [Turn(t.label, t.role, t.body, True) if t is not None and t.label in askers else t for t in turns]


MOSTLY = 2 / 3
RARELY = 1 / 3


def _mostly_asking(turns: list[Turn | None], paragraphs: list[str | None]) -> set[str]:
    """Of exactly two people in a conversation ("CHRISTIANE AMANPOUR:" then "AMANPOUR:", and the guest), the
    interviewer is the one most of whose turns ask something while the other's rarely do; a greeting or a
    question that ends on its preamble ("…? For instance, …") does not hide who asks."""
    asks: dict[str, list[bool]] = {}
    labels: dict[str, set[str]] = {}
    for turn, paragraph in zip(turns, paragraphs, strict=True):
        if turn is None or turn.questioner or turn.body == 0:
            continue  # a paragraph that goes on with a turn is not a turn of its own
        person = turn.label.split()[-1].lower()
        asks.setdefault(person, []).append("?" in (paragraph or "")[turn.body :])
        labels.setdefault(person, set()).add(turn.label)
    if len(asks) != 2 or any(len(a) < 2 for a in asks.values()):
        return set()
    share = {person: sum(a) / len(a) for person, a in asks.items()}
    asking = [person for person, rate in share.items() if rate >= MOSTLY]
    if len(asking) != 1 or min(share.values()) > RARELY:
        return set()
    return labels[asking[0]]


def _unlabelled_questions(
    turns: list[Turn | None], paragraphs: list[str | None], labelled: list[tuple[str, str | None, int] | None]
) -> list[Turn | None]:
    """A capture whose last labels were lost goes on in the same rhythm: an unlabelled paragraph that only
    asks, after an answer, is the interviewer's question, and the unlabelled paragraph after it is the
    answerer's reply again."""
    asker = next((t for t in turns if t is not None and t.questioner), None)
    if asker is None:
        return turns
    out = list(turns)
    answerer: Turn | None = None
    for i, turn in enumerate(turns):
        if turn is None or labelled[i]:
            answerer = turn if turn is not None and not turn.questioner else answerer
            continue
        previous = out[i - 1] if i else None
        if not turn.questioner and _asks(paragraphs[i]) and _only_questions(paragraphs[i]):
            answerer = turn
            out[i] = Turn(asker.label, asker.role, 0, True)
        elif previous is not None and previous.questioner and answerer is not None and not labelled[i - 1]:
            out[i] = Turn(answerer.label, answerer.role, 0, False)
    return out


def _only_questions(paragraph: str | None) -> bool:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", (paragraph or "").strip()) if s]
    return bool(sentences) and all(s.rstrip(" \"”’'").endswith("?") for s in sentences)


# Words before an office that make it another office: "Vice President", "Press Secretary", "Prime Minister".
OTHER_OFFICE = {
    "vice",
    "deputy",
    "press",
    "assistant",
    "under",
    "former",
    "associate",
    "prime",
    "principal",
    "ex",
}


# An office is a few words ("U.S. Secretary of Homeland Security"); a longer "role" is a title-case heading misread.
MAX_OFFICE_WORDS = 6


def holds_office(role: str, office: str) -> bool:
    """Whether a role is the office a label prints alone ("THE PRESIDENT:", "THE SECRETARY:", "PM:"): "President",
    "Japan's Prime Minister" or "Secretary of State" hold it; "Vice President" or "Press Secretary" do not."""
    if len(role.split()) > MAX_OFFICE_WORDS:
        return False
    held = re.split(r"\s(?:of|for)\s", role.lower(), maxsplit=1)[0].split()
    wanted = [w for w in office.lower().split() if w != "the"]
    wanted = ["prime", "minister"] if wanted == ["pm"] else wanted
    if not wanted or held[-len(wanted) :] != wanted:
        return False
    before = held[: -len(wanted)]
    return not before or before[-1].strip(".-") not in OTHER_OFFICE


# "Transcript of IMF Press Briefing", "WTO news conference", "European Commission midday briefing"
BRIEFED = re.compile(
    r"\s+(?:(?:regular|daily|midday|weekly|joint)\s+)?(?:press\s+|news\s+|media\s+)?(?:briefing|conference)\b",
    re.IGNORECASE,
)
MAX_BODY_WORDS = 4


def briefing_body(title: str | None, bodies: Callable[[str], list[str]]) -> str | None:
    """The organisation whose briefing a transcript's title says it records ("Transcript of IMF Press
    Briefing"): its spokesperson answers for it. Only a name printed just before the briefing words counts, so
    that "IMF deal press conference" or "Press conference on the WTO ruling" names no one who answers.
    `bodies` gives the organisations (not states) the words name, from their start."""
    m = BRIEFED.search(title or "")
    if not m:
        return None
    words = (title or "")[: m.start()].split()
    for n in range(1, min(MAX_BODY_WORDS, len(words)) + 1):
        if not words[-n][:1].isupper():
            return None
        named = bodies(" ".join(words[-n:]))
        if named:
            return named[0] if len(named) == 1 else None
    return None


# Words a transcript's heading prints after the speaker's name, which a title-case heading runs into it:
# "Secretary of State X Y Remarks to the Press", "President Y Hosts a Joint Press Conference".
HEADING_WORDS = {
    "remarks",
    "hosts",
    "holds",
    "delivers",
    "gives",
    "meets",
    "visits",
    "says",
    "speaks",
    "participates",
    "signs",
    "announces",
    "travels",
    "welcomes",
    "attends",
    "addresses",
    "departure",
    "arrival",
    "transcript",
    "statement",
    "interview",
    "briefing",
    "speech",
    "press",
    "joint",
    "conference",
    "readout",
    "address",
    "availability",
    "meeting",
    "with",
    "before",
    "after",
    "at",
    "on",
    "to",
    "and",
    "in",
    "for",
}


def heading_name(name: str) -> str | None:
    """A name read from a heading, without the heading's words run into it ("X Y Remarks" is X Y); None when
    the heading's words are all there is."""
    words: list[str] = []
    for word in name.split():
        if word.lower() in HEADING_WORDS:
            break
        words.append(word)
    return " ".join(words) or None


HEADING_WORD = re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(HEADING_WORDS))})(?![\w'’-])", re.IGNORECASE)
MAX_HEADING_WORDS = 25


def heading_parts(text: str) -> list[str]:
    """A heading's stretches between the words a heading prints around names ("Remarks by President Kell Before
    Marine One Departure": "by President Kell", "Marine One"), so that a heading in title case is not read as one
    long title before a name; a sentence (it ends with a stop, or runs long) is kept whole."""
    if text.rstrip(" \"”’'").endswith((".", "!", "?")) or len(text.split()) > MAX_HEADING_WORDS:
        return [text]
    return [part for part in HEADING_WORD.split(text) if part.strip()]

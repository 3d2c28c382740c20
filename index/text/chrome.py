"""What a captured page carries besides the article: menus, consent banners, share bars, sign-up boxes,
captions, bylines, datelines, wire slugs and footers.

None of it is anybody's position. It is recognised by the shape of a line (a run of short menu items, a
date and nothing else, a parenthesised photo credit at the end, a second-person call to act) rather than
by any outlet's exact wording, so a new outlet's chrome goes the same way.
"""

from __future__ import annotations

import re

from index.sources.document import Document
from index.text.names import DAYS, MONTHS

WORDS = re.compile(r"[^\W_][\w'’.\-]*")
MENU_SEPARATOR = re.compile(r"\s{2,}|\s+[|›»>·•/]\s+|\s+[|›»·•]|[|›»·•]\s+")
SENTENCE_END = tuple('.!?"”')

# Whole short lines: what a page says to its reader, never what a source says. A source line that names
# someone with their role ("Source: X, the head of the presidential office") says who speaks, and stays.
UI_LINES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(skip|jump|go) to (the )?(main )?(content|navigation|menu|search|footer|article)",
        r"listen( to)?( this)? (article|story|now|to the (article|story|podcast|episode))\b.*",
        r"(\d+\s*)?min(ute)?s?\s+(read|listen)",
        r"(share|tweet|email|e-mail|print|save|copy link|copy)( this)?( article| story| page| transcript| link)?"
        r"( on \w+)?( via \w+)?",
        r"(advertisement|advertising|sponsored( content)?|promoted( content)?|ad|story continues below"
        r"( advertisement)?|continue reading( below)?|scroll to continue)",
        r"(related|read more|see also|also read|read also|more from|more on|more in|watch|video|listen|live)"
        r"\s*[:|›»-].*",
        r"(?!the\b)[a-z]+ latest\s*:.*",  # "Politics latest: …", a link to the outlet's live page
        r"(related|recommended|related (articles|stories|coverage)|read more|also read|read also|see also|"
        r"most read|most popular|trending( now)?|"
        r"more stories|latest( news| stories)?|top stories|you may also like|editor'?s picks?|more from [\w ]+|"
        r"more [a-z]+)",
        r"comments?\s*\(?\d*\)?|\d+\s+comments?|(view|show|hide|load) comments|leave a comment|"
        r"join the conversation",
        r"(sign up|subscribe|sign in|log in|log out|register|create (a|an)( free)? account|my account|"
        r"get (the|our) (app|newsletter))\b.*",
        r"(follow us|follow|from|share on|find us) on (twitter|x|facebook|telegram|linkedin|instagram|youtube|"
        r"whatsapp|threads|bluesky)",
        r"(from|on|via) (twitter|x|facebook|telegram|instagram|youtube)",
        r"read (the )?(entire|full|whole|complete) (article|story|transcript|coverage|report|interview)\b.*",
        r"\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago(\s+\d+)?",
        r"(updated|published|posted|last updated|modified)\b[^.]*",
        r"(eds?|editors?|editor'?s note|note to editors)\s*:.*",
        r"\(?(end|more|ap|ends)\)?|-?30-?|#+|[-_=*~·•. ]{3,}",
        r"(photo|image|picture|video|graphic|illustration|photograph|credit)s?( credit)?\s*[:/].*",
        r"sources?( credit)?\s*[:/](?!\s*[^,]+,\s*(\S+\s+){2,}\S).*",
        r"\(sound ?bite of [^)]*\)|\((laughter|applause|crosstalk|inaudible)[^)]*\)",
    )
]
SHORT_UI_WORDS = 10
# Notices about the page itself, however long: login and refresh prompts, consent to e-mails, typo reports,
# closed comments, social log-ins and appeals for money, a radio station's player.
PAGE_NOTICES = re.compile(
    r"\brefresh (the|your) (page|browser)\b|\bto be (automatically )?logged in\b|\bI would like to be e-?mailed\b|"
    r"\bread our privacy (notice|policy)\b|\bfound a (typo|mistake|misprint)\b|\b(ctrl|cmd) ?\+ ?enter\b|"
    r"^comments are (closed|disabled)\b|\bconnect (to|with) (facebook|google|twitter|x) to\b|"
    r"\bbecome (a|our) (patron|member|supporter|subscriber)\b|\bsupport (our|independent) journalism\b|"
    r"^(play live radio|available on air stations|next up)\b",
    re.IGNORECASE,
)
MAX_NOTICE_WORDS = 40
SECOND_PERSON = re.compile(r"\b(you|your|yours)\b", re.IGNORECASE)
READER_CALL = re.compile(
    r"\b(cookies?|consent|privacy|newsletters?|subscri\w+|sign up|sign in|inbox|e-?mail address|"
    r"notifications?|log in|preferences|personalis\w+|personaliz\w+)\b",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bterms of (use|service)\b", re.IGNORECASE
)
CREDIT_LINE = re.compile(
    r"^\(?\s*(additional |further )?(reporting|writing|editing|compiled|research|translated|translation|"
    r"graphics?|photos?|produced|edited) by\b|\b(contributed|contributing) (to )?(this )?(report|story|"
    r"article|reporting)\b",
    re.IGNORECASE,
)
SLUG = re.compile(r"\b\d*(st|nd|rd|th)?\s*Ld-?Writethru\b|^[A-Z]{1,4}\d{3,5}\s+BC-|^BC-[\w-]+", re.IGNORECASE)
PHOTO_CREDIT = re.compile(
    r"\s*\(([^()]*(/|getty|photo|images|reuters|afp|\bap\b|\bepa\b|via|pool|credit|anadolu|shutterstock|"
    r"xinhua|tass|sputnik)[^()]*)\)\s*$",
    re.IGNORECASE,
)
TRAILING_CREDIT = re.compile(
    r"((?:^|[.(|/–—-]\s*)(photo|image|picture|photograph)s?\s*(by|:|credit:?)\s*[^.]{2,80}|"
    r"\b(getty images|ap photo|afp via getty images|shutterstock|epa-efe|pool photo)[^.]{0,40})\.?\s*$",
    re.IGNORECASE,
)
RELATIVE_DAYS = {"today", "tonight", "yesterday", "tomorrow"}  # not what a dateline prints
DATE_WORDS = MONTHS | (DAYS - RELATIVE_DAYS) | {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
DATELINE_FILLER = {
    "published",
    "updated",
    "posted",
    "last",
    "modified",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "edt",
    "est",
    "gmt",
    "utc",
    "cet",
    "cest",
    "bst",
    "gst",
    "msk",
    "ist",
    "pst",
    "pdt",
    "et",
    "local",
    "time",
}
BYLINE_WORDS = {
    "and",
    "in",
    "of",
    "the",
    "for",
    "at",
    "de",
    "van",
    "von",
    "der",
    "al",
    "bin",
    "da",
    "du",
    "la",
    "le",
    "staff",
    "writer",
    "writers",
    "correspondent",
    "reporter",
    "editor",
    "with",
    "&",
}


def fold_spaces(line: str) -> str:
    return " ".join(line.split())


def is_menu(line: str) -> bool:
    """Navigation, breadcrumbs, share bars and button rows: short items side by side with no sentence."""
    items = [i for i in MENU_SEPARATOR.split(line.strip()) if i.strip()]
    if len(items) < 2:
        return False
    if any(len(i.split()) > 6 for i in items):
        return False
    sentences = sum(1 for i in items if i.rstrip().endswith((".", "!", "?", '"', "”")))
    return sentences <= 1 and not re.search(r"[“\"„]|«[^»]*»", line)  # "»" also separates menu items


def is_dateline(line: str) -> bool:
    """A date or time, with nothing but "Published", "Updated" and time zones around it."""
    tokens = re.findall(r"[A-Za-z][A-Za-z.]*|\d+", line)
    if not tokens or len(tokens) > 16:
        return False
    dated = False
    for token in tokens:
        word = token.lower().rstrip(".")
        if word in DATE_WORDS or (token.isdigit() and len(token) == 4):
            dated = True
        elif not (token.isdigit() or word in DATELINE_FILLER):
            return False
    return dated


def is_byline(line: str, doc: Document) -> bool:
    """ "By NAME[, TITLE]", or the byline glued to the publisher ("The Kyiv IndependentTim Zadorozhnyy")."""
    text = fold_spaces(line)
    m = re.match(r"^by\s+(.+)$", text, re.IGNORECASE)
    if m and not text.endswith(".") and len(text.split()) <= 14:
        words = WORDS.findall(m.group(1))
        if words and all(w[:1].isupper() or w.lower() in BYLINE_WORDS for w in words):
            return True
    squashed = re.sub(r"\s+", "", line).casefold()
    parts = [re.sub(r"\s+", "", p or "").casefold() for p in (doc.publisher, doc.author)]
    parts = [p for p in parts if p]
    if not squashed or not parts:
        return False
    rest = squashed
    for p in parts:
        rest = rest.replace(p, "")
    if len(rest) < 3 or rest in {"by", "and"}:
        return True
    publisher = re.sub(r"\s+", "", doc.publisher or "").casefold()
    return bool(publisher) and squashed.startswith(publisher) and len(text.split()) <= 8 and not text.endswith(".")


def _is_doubled(body: str) -> bool:
    """The same sentence printed twice in a row, as aggregators print captions."""
    body = fold_spaces(body)
    half = len(body) // 2
    for cut in range(max(1, half - 2), half + 3):
        first, second = body[:cut].strip(), body[cut:].strip()
        if first and first == second:
            return True
    return False


SCENE_VERB = re.compile(
    r"\b(?:arrives?|attends?|speaks?|walks?|gestures?|looks? on|stands?|sits?|holds?|shakes? hands|unloads?|"
    r"waves?|listens?|leaves?|delivers?|addresses|poses?|meets?|greets?|talks? to|takes? part|is seen|are seen|"
    r"gathers?|rall(?:y|ies)|protests?|marches|march|waits?|carr(?:y|ies)|inspects?|visits?|reacts?|"
    r"embraces?|mourns?|clears?|walks? past|sails?|patrols?|fly|flies|is pictured|are pictured)\b"
)
CAPTION_END = re.compile(
    r"(?:,\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western)\w*\s+)?[A-Z][\w’'.\-]*"
    r"(?:\s+[A-Z][\w’'.\-]*)*|\bon\s+(?:\w+,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?|\([LCR]\)[^.]*)\.$"
)
MAX_CAPTION_WORDS = 40


def _reads_like_caption(text: str) -> bool:
    """An uncredited caption: one present-tense sentence describing a scene, ending on a place or a date
    ("A trawler unloads its catch in the port of Boulogne-sur-Mer, northern France.")."""
    words = text.split()
    if not words or len(words) > MAX_CAPTION_WORDS or re.search(r"[“\"”„«]", text):
        return False
    if re.search(r"[.!?]\s+[A-Z]", text[:-1]):
        return False
    verb = SCENE_VERB.search(" ".join(words[:14]))
    return verb is not None and verb.start() > 0 and bool(CAPTION_END.search(text))


def is_caption(line: str) -> bool:
    """A photo caption: ends with a photo credit, is printed twice in a row, or describes a scene in the
    present tense as captions do."""
    text = fold_spaces(line)
    if re.search(r"[“\"„«]", text) and not PHOTO_CREDIT.search(text):
        return False
    credit = PHOTO_CREDIT.search(text)
    if credit:
        return len(text[: credit.start()].split()) <= 80
    if TRAILING_CREDIT.search(text) and len(text.split()) <= 80:
        return True
    return (len(text) > 40 and _is_doubled(text)) or _reads_like_caption(text)


def _quotes_speech(line: str) -> bool:
    return any(len(q.split()) >= 4 for q in re.findall(r"[“\"„«]([^”\"“»]*)[”\"“»]?", line))


def calls_the_reader(line: str) -> bool:
    """Consent banners, sign-up boxes and notices: the page speaking to "you" about the page."""
    if _quotes_speech(line) or not READER_CALL.search(line):
        return False
    return len(line.split()) <= SHORT_UI_WORDS or bool(SECOND_PERSON.search(line))


def is_ui_line(line: str) -> bool:
    text = fold_spaces(line).rstrip(".:")
    if len(text.split()) > SHORT_UI_WORDS + 4 or text.endswith(('"', "”")):
        return False
    return any(p.fullmatch(text) for p in UI_LINES)


def is_chrome(line: str, doc: Document | None = None) -> bool:
    """Whether a line (or unwrapped paragraph) is page chrome rather than article text."""
    text = fold_spaces(line)
    if not re.search(r"[^\W\d_]", text):
        return True
    if is_ui_line(text) or is_dateline(text) or is_caption(text):
        return True
    if COPYRIGHT.search(text) and len(text.split()) <= 40:
        return True
    if PAGE_NOTICES.search(text) and len(text.split()) <= MAX_NOTICE_WORDS and not _quotes_speech(text):
        return True
    if CREDIT_LINE.search(text) and len(text.split()) <= 40:
        return True
    if SLUG.search(text) and len(text.split()) <= 10:
        return True
    if is_menu(line) or calls_the_reader(text):
        return True
    return doc is not None and is_byline(line, doc)


def is_ui_box(block: list[str]) -> bool:
    """A short block of short lines one of which asks the reader to act: a sign-up or consent box, whose
    other lines (the newsletter's blurb) are chrome too."""
    return (
        1 < len(block) <= 4
        and all(len(b.split()) <= 20 for b in block)
        and any(calls_the_reader(fold_spaces(b)) for b in block)
    )

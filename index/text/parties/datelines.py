"""Where a wire story's dateline stands when the article does not open with it: after a headline and a
byline, or as a place printed with the day's date."""

from __future__ import annotations

import re

from index.text.names import MONTHS
from index.text.parties.patterns import CREDITED_DATELINE, DATED_DATELINE, DATELINE, LONE_DATELINE


def dated_dateline(paragraph: str) -> re.Match[str] | None:
    m = DATED_DATELINE.match(paragraph.split("\n")[0])
    return m if m and m.group("month").rstrip(".").casefold() in MONTHS else None


def dateline_after_headline(text: str) -> re.Match[str] | None:
    """ "Minister says talks will go on ¶ ISLAMABAD: Federal Minister X said …": an upload keeps its headline
    (and a byline) above the dateline, so the dateline may open the second or third paragraph. Only a
    capitalised place ending in a colon, dash or agency credit counts there, as at the very start."""
    paragraphs = [p.strip() for p in text.strip().split("\n\n")]
    for paragraph in paragraphs[1:3]:
        m = DATELINE.match(paragraph) or CREDITED_DATELINE.match(paragraph) or LONE_DATELINE.match(paragraph)
        if m or body_paragraph(paragraph):
            return m  # after a body paragraph, a capitalised opening is no dateline
    for paragraph in paragraphs:
        m = dated_dateline(paragraph)
        if m or body_paragraph(paragraph):
            return m  # a place with the day's date stands out under any amount of page furniture
    return None


def body_paragraph(paragraph: str) -> bool:
    """A paragraph of the story itself; a lead photo's caption that a capture keeps above the dateline is not."""
    return paragraph.endswith((".", "”", '"')) and len(paragraph.split()) > 12 and not CAPTION.search(paragraph)


# "X (7th from left) with …", "(L)", "during a group photo session": what only a photo's caption prints.
CAPTION = re.compile(
    r"\((?:(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth)\s+)?(?:from\s+)?(?:left|right|centre|center|[LRC])\)"
    r"|\b(?:[Gg]roup|[Ff]amily)\s+photo\b|\b[Pp]ose[sd]?\s+for\s+(?:a\s+)?photo"
)

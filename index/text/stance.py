"""Whether a passage holds firm or opens a door: the one cue a sentence embedding misses.

all-MiniLM-L6-v2 puts "We will never give up a single village" and "We are ready to accept that some
land stays occupied" close together, because they are about the same thing. Whether a party refuses or
concedes is carried by a few words (never, must, only / could, ready, willing), so a passage's stance
is read from those words; a negated opening word ("will not accept") counts as firm. Pure function, no
model: the timeline combines it with the cosine to tell a shift from a rewording.
"""

from __future__ import annotations

import re

FIRM, OPEN, UNCLEAR = -1, 1, 0

NEGATIONS = {"not", "never", "no", "cannot", "can't", "won't", "nothing", "none", "nor", "neither"}
FIRM_WORDS = {
    "must",
    "only",
    "insist",
    "insists",
    "insisted",
    "demand",
    "demands",
    "demanded",
    "refuse",
    "refuses",
    "refused",
    "reject",
    "rejects",
    "rejected",
    "final",
    "minimum",
    "until",
    "unless",
    "require",
    "requires",
    "non-negotiable",
    "indefinitely",
    "zero",
}
FIRM_PHRASES = ("out of the question", "not negotiable", "has to", "have to", "red line", "under no circumstances")
OPEN_WORDS = {
    "could",
    "can",
    "may",
    "might",
    "ready",
    "willing",
    "prepared",
    "consider",
    "accept",
    "accepts",
    "accepted",
    "acceptable",
    "agree",
    "agrees",
    "agreed",
    "compromise",
    "allow",
    "allows",
    "possible",
    "temporary",
    "temporarily",
    "phased",
    "suspend",
    "offering",
    "offered",
    "scrapping",
    "lift",
    "lower",
    "reduce",
    "flexible",
    "flexibility",
}
OPEN_PHRASES = ("open to", "live with", "in exchange", "in return", "bring down", "instead of")
NEGATION_REACH = 3  # words before an opening word that a negation governs ("will not accept")


def stance(text: str) -> int:
    """FIRM, OPEN or UNCLEAR, by which kind of marker outnumbers the other."""
    lowered = text.lower().replace("’", "'")
    score = 0
    for phrase in FIRM_PHRASES:
        score -= lowered.count(phrase)
        lowered = lowered.replace(phrase, " ")
    for phrase in OPEN_PHRASES:
        score += lowered.count(phrase)
        lowered = lowered.replace(phrase, " ")
    words = re.findall(r"[a-z][a-z'-]*", lowered)
    for i, word in enumerate(words):
        if word in NEGATIONS or word in FIRM_WORDS:
            score -= 1
        elif word in OPEN_WORDS:
            negated = any(w in NEGATIONS for w in words[max(0, i - NEGATION_REACH) : i])
            score += -1 if negated else 1
    return (score > 0) - (score < 0)


def opposed(a: str, b: str) -> bool:
    """One passage holds firm where the other opens a door."""
    return stance(a) * stance(b) < 0

"""Is a question written in English? Parley's model (all-MiniLM-L6-v2) was trained on English only: a
question in Ukrainian or Chinese still gets a vector, close to loosely related English passages, and
those would be cited as if they answered it. Refusing with a clear message is the honest answer.

Two light checks, no model: the script of the letters (mostly non-Latin letters cannot be English), and
for Latin-script languages a few function words that English never uses. An English question that
names a person or place in another script or language passes, because its own words are English.
"""

from __future__ import annotations

import re
import unicodedata

from index.errors import InputError

LATIN = "LATIN"
SCRIPT_NAMES = {"CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean"}
IN_THEIR_SCRIPT = {
    "CYRILLIC": "Parley читає лише запитання англійською. / Parley читает только вопросы на английском.",
    "ARABIC": "يقرأ Parley الأسئلة باللغة الإنجليزية فقط.",
    "CJK": "Parley 只能读懂英文问题。",
}
ENGLISH_WORDS = set(
    "a an the and or but of to in on at for with from by about is are was were be been do does did has have had "
    "will would can could should what who whom whose which why how when where not no any this that these those "
    "it its they their them he she his her we our you your i my there than then said say says want wants".split()
)
# Function words of other Latin-script languages that are not English words as well ("die", "was",
# "con", "per" and "also" are left out on purpose).
FOREIGN_WORDS = set(
    # French
    "le la les des du une est sont que qui quoi pourquoi comment avec pour sur dans pas veut veulent ce cette "
    "ils elle nous vous aux et où quel quelle "
    # Spanish and Portuguese
    "el los las del una qué cuál cómo dónde por para está quiere quieren sobre y não com uma é quer qual "
    "porque como onde "
    # German
    "der das und ist nicht mit für auf dem den ein eine wie warum wer welche zu von sich bei "
    # Italian
    "il lo gli che è non della perché sono cosa vuole "
    # Polish
    "czy jest nie się co jak dlaczego".split()
)


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def foreign_script(text: str) -> str | None:
    """The script most of the letters are in when that is not Latin ("CYRILLIC", "CJK"…), else None."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = _script(char)
            counts[script] = counts.get(script, 0) + 1
    letters = sum(counts.values())
    if not letters or counts.get(LATIN, 0) * 2 >= letters:
        return None
    return max((s for s in counts if s != LATIN), key=counts.__getitem__)


def foreign_latin(text: str) -> bool:
    """Latin letters but another language's grammar: several of its function words and none of English's."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if len(words) < 3 or any(w in ENGLISH_WORDS for w in words):
        return False
    foreign = sum(w in FOREIGN_WORDS for w in words)
    return foreign >= 2 and foreign * 4 >= len(words)


def require_english(question: str) -> None:
    """Refuse a question not written in English, saying so in a way its asker can act on."""
    script = foreign_script(question)
    if script is None and not foreign_latin(question):
        return
    where = f" (this one is written in {SCRIPT_NAMES.get(script, script.title())} script)" if script else ""
    native = f" {IN_THEIR_SCRIPT[script]}" if script in IN_THEIR_SCRIPT else ""
    raise InputError(
        f"Parley reads questions in English only{where}: its sources and its model are English. "
        f'Please ask again in English, e.g. "What does Ukraine demand?"{native}'
    )

"""Reading who a sentence says is speaking: noun phrases, clauses and reporting verbs.

Quotes are masked as QUOTE before a sentence is read. A speaker is the subject of a reporting verb (its
clause's first noun phrase, with intro phrases such as "In Moscow," and interrupters such as ", speaking
in Paris," skipped), the name after an inverted verb (`"…," said X`), or the X of "according to X" and
"quoted X as saying". A noun phrase is read as a person (a capitalised run whose name part stops at the
first title word, day, month or organisation word, the rest being the title), a description ("the
union's president"), an institution, a pronoun, or a credit (a news agency), which is never a speaker.

The modules, each depending only on those before it:
- patterns: the words and patterns the rules read with (data only);
- mentions: Mention, what every reader returns;
- words: tests on one printed word, shared by the two readers below;
- runs: runs of capitalised words where names can stand (`capital_runs`);
- titled_names: a capitalised run read as a title and a name (`titled_run`);
- descriptions: a description as a speaker ("the union's president": `description_np`);
- noun_phrases: one noun phrase as a speaker, whatever its shape (`parse_np`, `leading_np`);
- clauses: the subject of one clause (`subject_before`, `subject_after`, `appositive_np`, `according_to`);
- sentences: the subject of a sentence or unit (`subject_of`, `last_subject`, `antecedent_in_unit` …);
- attributions: every candidate speaker around a quote (`attributions`) and the one chosen (`choose`).
"""

from __future__ import annotations

from index.text.phrases.attributions import Candidate, attributions, choose
from index.text.phrases.clauses import appositive_np
from index.text.phrases.mentions import Mention
from index.text.phrases.noun_phrases import parse_np
from index.text.phrases.patterns import (
    ANONYMOUS_SOURCES,
    DOCUMENT_NOUNS,
    ISSUED,
    OWN_OFFICE,
    PARENTHESES,
    PARTICIPLE,
    QUOTE,
    REPORTING,
    VERB,
    WINDOW,
)
from index.text.phrases.runs import capital_runs
from index.text.phrases.sentences import (
    antecedent_in_unit,
    last_subject,
    spoken_to_person,
    with_clause_person,
    without_dateline,
)

__all__ = [
    "ANONYMOUS_SOURCES",
    "DOCUMENT_NOUNS",
    "ISSUED",
    "OWN_OFFICE",
    "PARENTHESES",
    "PARTICIPLE",
    "QUOTE",
    "REPORTING",
    "VERB",
    "WINDOW",
    "Candidate",
    "Mention",
    "antecedent_in_unit",
    "appositive_np",
    "attributions",
    "capital_runs",
    "choose",
    "last_subject",
    "parse_np",
    "spoken_to_person",
    "with_clause_person",
    "without_dateline",
]

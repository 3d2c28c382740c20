"""Quote-level passages: the units Parley retrieves and cites.

A passage is one direct quote with its attribution, or one reported statement of a sentence or two, so
that a citation can be read alone and attributed without the rest of the article. Pure functions: no
model, no store. Every step is one pass over the text (or over its units), and no passage is longer than
MAX_CHARS, so an upload of any size splits in time proportional to its length.

The modules, each depending only on those before it:
- units: the paragraph and unit records (`Paragraph`, `Unit`) and the texts read from them;
- cutting: a paragraph cut into units, pull quotes dropped (`paragraph_units`, `drop_pull_quotes`);
- paragraphs: the article read into paragraphs, sections, credit lines and transcript turns (`read_paragraphs`);
- labels: who a transcript's labels and an interview's "A:" name, and a headline's speaker;
- attribution: each unit's speaker (`own_attribution`, `continue_quotes` …);
- affiliation: each passage's party (`party_of`);
- splitter: `segment`, `attribute` and `split`, the steps in order.
"""

from __future__ import annotations

from index.text.passages.cutting import MAX_CHARS
from index.text.passages.splitter import attribute, segment, split

__all__ = ["MAX_CHARS", "attribute", "segment", "split"]

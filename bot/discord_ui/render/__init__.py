"""Discord rendering: answers, comparisons and source listings as embeds that always fit.

Discord rejects a whole message when one embed breaks a limit, so every piece of text is cut to a
budget before it is placed, at a word boundary and marked with "…". Each citation first gets what
identifies it (number, party, date, speaker, the pointer into the numbered source list, and there the
source's link, opening words and publisher), then what is left is shared (bot/discord_ui/budget.py), so
cutting shortens quotes, roles and long titles but never drops a date, a speaker or a source. Text that
comes from sources or users is shown inert: markdown is escaped and mentions get a zero-width space,
because a quote is data, not formatting and not a ping. Every send also carries ``NO_PINGS`` as a second
line of defence.

The modules, each importing only those before it:
- discord_limits: Discord's size limits and the margins kept under them;
- appearance: the embeds' colours and the line that Parley adds no claims;
- text: text made inert (`inert`, `one_line`), cut to a budget (`cut`, `message_text`), links (`linkable`);
- references: the numbered source list (`numbered_sources`, `source_list`) and the pointers into it;
- citations: a citation's field (`citation_field`) and the speaker, quote and role every citing embed shows;
- answer_page, comparison, timeline: the embeds that cite (`answer_embed`, `comparison_embed`,
  `timeline_embed`);
- feedback, sources, reports, help: the embeds that do not (`feedback_embed`, `sources_embed`,
  `source_embed`, `added_embed`, `rebuild_embed`, `help_embed`) and the removal's messages.

The package re-exports the names its callers use, so cogs, views and tests keep writing ``render.answer_embed``.
"""

from __future__ import annotations

from .answer_page import answer_embed, page_citations, page_count
from .comparison import comparison_embed
from .discord_limits import FIELDS_LIMIT
from .feedback import feedback_embed
from .help import help_embed
from .references import numbered_sources
from .reports import added_embed, rebuild_embed, remove_prompt, removed_text
from .sources import source_embed, sources_embed
from .text import ELLIPSIS, NO_PINGS, cut, inert, linkable, message_text, one_line
from .timeline import SHIFT_MARK, timeline_embed

__all__ = [
    "ELLIPSIS",
    "FIELDS_LIMIT",
    "NO_PINGS",
    "SHIFT_MARK",
    "added_embed",
    "answer_embed",
    "comparison_embed",
    "cut",
    "feedback_embed",
    "help_embed",
    "inert",
    "linkable",
    "message_text",
    "numbered_sources",
    "one_line",
    "page_citations",
    "page_count",
    "rebuild_embed",
    "remove_prompt",
    "removed_text",
    "source_embed",
    "sources_embed",
    "timeline_embed",
]

"""Every limit Parley enforces, defined once.

The core checks these and the front ends announce them (a slash command's option length, a form field's
maximum, a command-line range), so a limit changed here changes everywhere at once, and a front end
never lets through what the core then refuses. This module imports nothing, so any front end may read
it without loading the model or the store.
"""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    question_chars: int = 2000  # a question or a topic
    k: int = 50  # passages one question may cite
    title_chars: int = 300  # a source's title: shown in citations and in embed titles
    name_chars: int = 100  # a speaker's or a party's name in a party mapping
    publisher_chars: int = 200  # the metadata a moderator may type for a source
    url_chars: int = 2000
    date_chars: int = 40
    upload_bytes: int = 5 * MIB  # a file or a fetched page, before extraction
    source_passages: int = 5000  # passages one added source may make: embedding them holds every write
    stretch_chars: int = 3000  # an added source's text between two sentence ends or line breaks
    fetch_seconds: float = 15.0  # one URL's whole download: resolution, redirects and body
    page_min: int = 1  # citations per page of a Discord answer
    page_max: int = 10
    approx_above: int = 50_000  # passages above which the index is approximate (IVF)
    compressed_index: bool = False  # the approximate index keeps 8-bit codes (a quarter of the memory)
    index_delta_max: int = 10_000  # vectors added or removed kept in the delta file before a compaction

    def page_size(self, wanted: int) -> int:
        """A configured page size brought into range, rather than refused: it comes from a setting."""
        return max(self.page_min, min(self.page_max, wanted))


LIMITS = Limits()

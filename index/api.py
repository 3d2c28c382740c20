"""The core's public API: all that the front ends (bot/) may import from index/.

The facade, the values it returns, the errors it raises, the limits it enforces and the few helpers a
renderer needs. Everything else in index/ may change shape without a front end noticing;
tests/system/test_import_contract.py fails when bot/ imports anything else.

Names load on first use (PEP 562), because the command line imports this module before every command
and most commands never need the model or the store: ``from index.api import InputError`` costs nothing,
``from index.api import KnowledgeBase`` loads the facade's modules then. The errors and the limits import
nothing heavy, so they are plain imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from index.errors import DuplicateSourceError, IndexCorruptError, InputError, NotFoundError, ParleyError, StorageError
from index.limits import LIMITS, Limits

if TYPE_CHECKING:
    from index.answering.answer import (
        NEUTRAL,
        Answer,
        Citation,
        Comparison,
        PartyPosition,
        Shift,
        compose_lead,
    )
    from index.answering.attribution import attribution, quotes_by_speaker
    from index.answering.evaluate import Scores, load_cases, score
    from index.answering.feedback import Complaint
    from index.answering.question import check_question
    from index.answering.timeline import Timeline
    from index.kb import KnowledgeBase
    from index.party_map import PartyChange
    from index.records import Passage, Source
    from index.reports import AddReport, BuildReport, RemoveReport
    from index.sources.fetch import FetchLimits, describe_size
    from index.sources.inputs import FileInput, SourceInput, TextInput, UrlInput
    from index.storage.party_maps import Mapping
    from index.text.characters import clean_line, has_lone_surrogate
    from index.text.dates import display_published
    from index.text.wording import count

_LAZY: dict[str, str] = {
    "KnowledgeBase": "index.kb",
    "Answer": "index.answering.answer",
    "Citation": "index.answering.answer",
    "Comparison": "index.answering.answer",
    "PartyPosition": "index.answering.answer",
    "Shift": "index.answering.answer",
    "NEUTRAL": "index.answering.answer",
    "compose_lead": "index.answering.answer",
    "attribution": "index.answering.attribution",
    "quotes_by_speaker": "index.answering.attribution",
    "Scores": "index.answering.evaluate",
    "load_cases": "index.answering.evaluate",
    "score": "index.answering.evaluate",
    "Complaint": "index.answering.feedback",
    "check_question": "index.answering.question",
    "Timeline": "index.answering.timeline",
    "PartyChange": "index.party_map",
    "AddReport": "index.reports",
    "BuildReport": "index.reports",
    "RemoveReport": "index.reports",
    "FetchLimits": "index.sources.fetch",
    "describe_size": "index.sources.fetch",
    "FileInput": "index.sources.inputs",
    "SourceInput": "index.sources.inputs",
    "TextInput": "index.sources.inputs",
    "UrlInput": "index.sources.inputs",
    "Mapping": "index.storage.party_maps",
    "Passage": "index.records",
    "Source": "index.records",
    "clean_line": "index.text.characters",
    "has_lone_surrogate": "index.text.characters",
    "display_published": "index.text.dates",
    "count": "index.text.wording",
}

__all__ = sorted(
    [
        *_LAZY,
        "DuplicateSourceError",
        "IndexCorruptError",
        "InputError",
        "NotFoundError",
        "ParleyError",
        "StorageError",
        "LIMITS",
        "Limits",
    ]
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__

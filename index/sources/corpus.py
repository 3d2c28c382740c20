"""The shipped corpus: source files in corpus/sources/, each with an optional metadata file beside it.

A source is `NAME.txt` (or .md) kept exactly as captured, and `NAME.toml` with what is known of it
(title, publisher, author, url, date). Moderators edit these files; `parley index build` picks them up.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from index.errors import InputError
from index.sources.document import Document, require_date

TEXT_SUFFIXES = {".txt", ".md"}
METADATA_FIELDS = {"title", "publisher", "author", "url", "date"}


@dataclass(frozen=True)
class CorpusFile:
    name: str  # file name relative to corpus/sources, the source's stable key
    document: Document


def source_files(corpus_dir: Path) -> list[Path]:
    folder = corpus_dir / "sources"
    if not folder.is_dir():
        raise InputError(f"no corpus folder at {folder}: set PARLEY_CORPUS_DIR to the folder holding sources/")
    return sorted(p for p in folder.iterdir() if p.suffix in TEXT_SUFFIXES and not p.name.startswith("."))


def read_metadata(path: Path) -> dict[str, str]:
    meta_path = path.with_suffix(".toml")
    if not meta_path.exists():
        return {}
    try:
        data = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise InputError(f"cannot read {meta_path}: {e}") from e
    unknown = set(data) - METADATA_FIELDS
    if unknown:
        raise InputError(
            f"{meta_path}: unknown field(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(METADATA_FIELDS))}"
        )
    return {name: _text(meta_path, name, value) for name, value in data.items()}


def _text(meta_path: Path, name: str, value: object) -> str:
    """A field as text: a TOML date is the date it writes; a list, a table or a number is a mistake
    that str() would have shown in citations as Python spells it."""
    if name == "date" and isinstance(value, dt.date | dt.time):
        value = value.isoformat()
    if not isinstance(value, str):
        raise InputError(f"{meta_path}: {name} must be text in quotes, not {type(value).__name__}")
    if name == "date":
        require_date(value, f"{meta_path}: date ")
    return value


def read_source(path: Path) -> CorpusFile:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read corpus file {path}: {getattr(e, 'strerror', None) or e}") from e
    if not text.strip():
        raise InputError(f"corpus file {path} is empty")
    meta = read_metadata(path)
    meta.setdefault("title", path.stem.replace("-", " ").capitalize())
    return CorpusFile(path.name, Document(text=text, origin="corpus", **meta))


def read_corpus(corpus_dir: Path) -> list[CorpusFile]:
    return [read_source(p) for p in source_files(corpus_dir)]


def parties_file(corpus_dir: Path) -> Path:
    path = corpus_dir / "parties.toml"
    if not path.exists():
        raise InputError(f"no party list at {path}")
    return path


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]

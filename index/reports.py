"""What a write did, for the CLI's summary, the bot's reply and `--json`.

Each report carries the warnings of its own call (an unreadable index file rebuilt on the way, say), so a
front end shows them with the result they belong to, and no list outlives the call for a caller to clear."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class AddReport:
    source_id: int
    title: str
    publisher: str | None
    passages: int
    quotes: int
    speakers: list[str]
    parties: list[str]
    embedded: int
    seconds: float
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {**asdict(self), "warnings": list(self.warnings)}


@dataclass(frozen=True)
class RemoveReport:
    source_id: int
    title: str
    passages: int
    seconds: float
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {**asdict(self), "warnings": list(self.warnings)}


@dataclass
class BuildReport:
    sources: int = 0
    passages: int = 0
    quotes: int = 0
    speakers: int = 0
    added_sources: list[str] = field(default_factory=list)
    updated_sources: list[str] = field(default_factory=list)
    removed_sources: list[str] = field(default_factory=list)
    embedded: int = 0
    vectors_added: int = 0
    vectors_removed: int = 0
    index_rebuilt: bool = False
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(
            self.added_sources
            or self.updated_sources
            or self.removed_sources
            or self.embedded
            or self.vectors_added
            or self.vectors_removed
            or self.index_rebuilt
        )

    def to_dict(self) -> dict:
        return {**asdict(self), "changed": self.changed}

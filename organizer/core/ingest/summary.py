"""What an import did with each file, for the CLI summary and the GUI's report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Added:
    path: Path
    name: str  # safe display name
    document_id: str
    title: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Duplicate:
    path: Path
    name: str
    existing_id: str
    existing_title: str
    in_trash: bool = False


@dataclass(frozen=True)
class Refused:
    path: Path
    name: str
    reason: str
    # The file is password-protected and no (right) password was given: the CLI names its
    # option, the GUI can ask again.
    needs_password: bool = False


@dataclass
class ImportSummary:
    added: list[Added] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    # Files not added because the import stopped first (cancelled, or the vault failed).
    not_started: list[Path] = field(default_factory=list)
    cancelled: bool = False
    # Why the import stopped early when the vault could not store or save (plain words).
    stopped_by: str | None = None

    @property
    def all_in(self) -> bool:
        """Every file was added or already in the vault."""
        return not self.refused and not self.not_started and self.stopped_by is None

    @property
    def document_ids(self) -> list[str]:
        """The new documents, in order, each once (several files may make one document)."""
        return list(dict.fromkeys(a.document_id for a in self.added))

"""What every family gets: quick or full counts, a scratch folder, and the repository."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Context:
    quick: bool
    work: Path  # an empty scratch folder, removed after the run

    def count(self, full: int, quick: int) -> int:
        return quick if self.quick else full

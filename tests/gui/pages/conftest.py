"""Fixtures for the page tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from organizer.core.model import VaultContent


class StandInSession(QObject):
    """Follows the Session contract (content, changed, locked, save) over a JSON round trip.

    Each save stores the content as the vault would (to_dict) so ``reopened()`` shows what a
    new session on the same vault would see.
    """

    changed = Signal()
    locked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.content = VaultContent()
        self.saved: list[dict[str, Any]] = []
        self.saves: list[str] = []

    def save(self, what: str) -> None:
        self.saved.append(self.content.to_dict())
        self.saves.append(what)
        self.changed.emit()

    def reopened(self) -> VaultContent:
        return VaultContent.from_dict(self.saved[-1])


@pytest.fixture
def stand_in_session() -> Iterator[StandInSession]:
    session = StandInSession()
    yield session
    session.deleteLater()

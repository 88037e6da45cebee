"""A list model over the providers asked for an opinion (name, practice, appointment)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from organizer.core.model import OpinionProvider
from organizer.gui.models.rows import TEXT_ROLES, Index, RowListModel


class OpinionProviderListModel(RowListModel[OpinionProvider]):
    refresh_same_list = True

    def provider(self, row: int) -> OpinionProvider:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in TEXT_ROLES:
            return None
        item = self._items[index.row()]
        name = item.provider.name or QCoreApplication.translate(
            "OpinionProviderListModel", "(no name yet)"
        )
        text = f"{name} - {item.provider.practice}" if item.provider.practice else name
        if item.appointment and item.appointment.starts_at:
            text += " - " + item.appointment.starts_at.strftime("%Y-%m-%d %H:%M")
        return text

    def add(self) -> int:
        return self.insert_row(OpinionProvider())

    def remove(self, row: int) -> None:
        self.remove_row(row)

"""A list model over the providers asked for an opinion (name, practice, appointment)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from organizer.core.model import OpinionProvider

Index = QModelIndex | QPersistentModelIndex


class OpinionProviderListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[OpinionProvider] = []

    def set_items(self, items: list[OpinionProvider]) -> None:
        if items is self._items and self._items:
            # The same list, saved: refresh the text without losing selection or an open editor.
            last = self.index(len(items) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def provider(self, row: int) -> OpinionProvider:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
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
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(OpinionProvider())
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def refresh(self, row: int) -> None:
        idx = self.index(row)
        self.dataChanged.emit(idx, idx)

"""A table model over the share log: what left the computer, when, to whom, and how."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from organizer.core.model import ShareLogEntry, ShareMethod

Index = QModelIndex | QPersistentModelIndex


def method_label(method: ShareMethod) -> str:
    return {
        ShareMethod.FILE: QCoreApplication.translate("ShareLogModel", "Saved to a folder"),
        ShareMethod.USB: QCoreApplication.translate("ShareLogModel", "USB drive"),
        ShareMethod.EMAIL: QCoreApplication.translate("ShareLogModel", "Email"),
        ShareMethod.PRINT: QCoreApplication.translate("ShareLogModel", "Printed"),
    }[method]


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ShareLogModel", "Date"),
        QCoreApplication.translate("ShareLogModel", "For"),
        QCoreApplication.translate("ShareLogModel", "How"),
        QCoreApplication.translate("ShareLogModel", "Pages"),
        QCoreApplication.translate("ShareLogModel", "Password"),
        QCoreApplication.translate("ShareLogModel", "File"),
    )


class ShareLogModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ShareLogEntry] = []

    def set_entries(self, entries: list[ShareLogEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.created, reverse=True)
        self.endResetModel()

    def entry(self, row: int) -> ShareLogEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        e = self._entries[index.row()]
        return (
            e.prepared_on.isoformat(),
            e.recipient or QCoreApplication.translate("ShareLogModel", "(no name given)"),
            method_label(e.method),
            str(e.page_count),
            QCoreApplication.translate("ShareLogModel", "Yes")
            if e.password_set
            else QCoreApplication.translate("ShareLogModel", "No"),
            e.file_name,
        )[index.column()]

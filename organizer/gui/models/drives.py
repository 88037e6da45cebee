"""A list model of removable drives, with free space, for choosing where to write."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from organizer.gui.platform.drives import Drive, human_size

Index = QModelIndex | QPersistentModelIndex


class DriveListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._drives: list[Drive] = []

    def set_drives(self, drives: list[Drive]) -> None:
        self.beginResetModel()
        self._drives = list(drives)
        self.endResetModel()

    def drive(self, row: int) -> Drive:
        return self._drives[row]

    def row_of(self, mount_path: object) -> int | None:
        for n, d in enumerate(self._drives):
            if d.mount_path == mount_path:
                return n
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._drives)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            d = self._drives[index.row()]
            return QCoreApplication.translate("DriveListModel", "{0} - {1} free of {2}").format(
                d.label, human_size(d.free_bytes), human_size(d.total_bytes)
            )
        return None

"""A list model of removable drives, with free space, for choosing where to write."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from organizer.gui.models.rows import Index, RowListModel
from organizer.gui.platform.drives import Drive, human_size


class DriveListModel(RowListModel[Drive]):
    copy_items = True

    def set_drives(self, drives: list[Drive]) -> None:
        self.set_items(drives)

    def drive(self, row: int) -> Drive:
        return self.item(row)

    def row_of(self, mount_path: object) -> int | None:
        return self.find_row(lambda d: d.mount_path == mount_path)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            d = self._items[index.row()]
            return QCoreApplication.translate("DriveListModel", "{0} - {1} free of {2}").format(
                d.label, human_size(d.free_bytes), human_size(d.total_bytes)
            )
        return None

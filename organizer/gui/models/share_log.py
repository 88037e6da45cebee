"""A table model over the share log: what left the computer, when, to whom, and how."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from organizer.core.model import ShareLogEntry, ShareMethod
from organizer.gui.models.rows import TEXT_ROLES, Index, RowTableModel


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


class ShareLogModel(RowTableModel[ShareLogEntry]):
    def set_entries(self, entries: list[ShareLogEntry]) -> None:
        self.set_items(sorted(entries, key=lambda e: e.created, reverse=True))

    def entry(self, row: int) -> ShareLogEntry:
        return self.item(row)

    def headers(self) -> tuple[str, ...]:
        return _headers()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in TEXT_ROLES:
            return None
        e = self._items[index.row()]
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

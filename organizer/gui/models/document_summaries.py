"""A read-only list of documents (title, date, pages), e.g. those filed under one section."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from organizer.core.model import Document
from organizer.gui.models.rows import Index, RowListModel


def document_summary(doc: Document) -> str:
    """One line a patient recognises: title, date, provider, page count."""
    bits = [doc.title]
    if doc.date:
        bits.append(doc.date.isoformat())
    if doc.provider:
        bits.append(doc.provider)
    pages = len(doc.included_pages)
    if doc.no_pages_chosen:
        bits.append(
            QCoreApplication.translate("DocumentSummaryModel", "not in the packet: no pages chosen")
        )
    elif pages == 1:
        bits.append(QCoreApplication.translate("DocumentSummaryModel", "1 page"))
    else:
        bits.append(QCoreApplication.translate("DocumentSummaryModel", "{0} pages").format(pages))
    return " - ".join(bits)


class DocumentSummaryModel(RowListModel[Document]):
    copy_items = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._describe: Callable[[Document], str] = document_summary

    def set_documents(self, docs: list[Document]) -> None:
        self.set_items(docs)

    def set_describer(self, describe: Callable[[Document], str]) -> None:
        self.beginResetModel()
        self._describe = describe
        self.endResetModel()

    def document(self, row: int) -> Document:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(self._items[index.row()])
        return None

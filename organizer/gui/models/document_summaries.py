"""A read-only list of documents (title, date, pages), e.g. those filed under one section."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from organizer.core.model import Document

Index = QModelIndex | QPersistentModelIndex


def document_summary(doc: Document) -> str:
    """One line a patient recognises: title, date, provider, page count."""
    bits = [doc.title]
    if doc.date:
        bits.append(doc.date.isoformat())
    if doc.provider:
        bits.append(doc.provider)
    pages = len(doc.included_pages)
    if pages == 1:
        bits.append(QCoreApplication.translate("DocumentSummaryModel", "1 page"))
    else:
        bits.append(QCoreApplication.translate("DocumentSummaryModel", "{0} pages").format(pages))
    return " - ".join(bits)


class DocumentSummaryModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._docs: list[Document] = []
        self._describe: Callable[[Document], str] = document_summary

    def set_documents(self, docs: list[Document]) -> None:
        self.beginResetModel()
        self._docs = list(docs)
        self.endResetModel()

    def set_describer(self, describe: Callable[[Document], str]) -> None:
        self.beginResetModel()
        self._describe = describe
        self.endResetModel()

    def document(self, row: int) -> Document:
        return self._docs[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._docs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(self._docs[index.row()])
        return None

"""A Qt item model over the vault's active documents, and the search filter on top of it."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QImage, QPixmap

from organizer.core.model import Document, Section
from organizer.gui.documents.thumbnails import ThumbnailMaker
from organizer.gui.session import Session

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
THUMBNAIL_SIZE = QSize(48, 64)
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
SECTION_ROLE = Qt.ItemDataRole.UserRole + 3


class DocumentTableModel(QAbstractTableModel):
    """Rows: active documents. Columns: title (with thumbnail), date, provider, pages, section."""

    TITLE, DATE, PROVIDER, PAGES, SECTION = range(5)

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._docs: list[Document] = []
        self._thumbnails: dict[str, QPixmap] = {}
        self._texts: dict[str, str] = {}
        # PDFs arrive without a thumbnail; the first time one is listed, it is made and saved.
        self.thumbnails = ThumbnailMaker(session, self)
        self._headers = [
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Provider"),
            self.tr("Pages"),
            self.tr("Section"),
        ]
        session.changed.connect(self.reload)
        session.locked.connect(self.clear)
        self.reload()

    # -- data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session.is_locked:
            self.clear()
            return
        self.beginResetModel()
        self._docs = list(self.session.content.active_documents())
        live = {d.thumbnail_blob_id for d in self._docs}
        self._thumbnails = {k: v for k, v in self._thumbnails.items() if k in live}
        self.endResetModel()

    def clear(self) -> None:
        """Drop every decrypted thing this model holds (on lock)."""
        self.beginResetModel()
        self._docs = []
        self._thumbnails.clear()
        self._texts.clear()
        self.endResetModel()

    def document(self, row: int) -> Document:
        return self._docs[row]

    def row_of(self, doc_id: str) -> int:
        for row, doc in enumerate(self._docs):
            if doc.id == doc_id:
                return row
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._docs):
            return None
        doc = self._docs[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(doc, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE:
            return self._thumbnail(doc)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return doc.original_name
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PAGES and doc.no_pages_chosen:
            return self.tr(
                "Every page was left out, so this document goes in no packet. It stays in the "
                "vault: choose it and tick “Include in packets” on a page to put it back in."
            )
        if role == DOCUMENT_ID_ROLE:
            return doc.id
        if role == SECTION_ROLE:
            return doc.section.value
        if role == SEARCH_TEXT_ROLE:
            return self.search_text(doc)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, doc: Document, column: int) -> str:
        if column == self.TITLE:
            return doc.title
        if column == self.DATE:
            return doc.date.isoformat() if doc.date else ""
        if column == self.PROVIDER:
            return doc.provider
        if column == self.PAGES:
            if doc.no_pages_chosen:
                return self.tr("0 - not in the packet: no pages chosen")
            return str(len(doc.included_pages))
        if column == self.SECTION:
            return Section(doc.section).label
        return ""

    def _thumbnail(self, doc: Document) -> QPixmap | None:
        if self.session.is_locked:
            return None
        blob_id = doc.thumbnail_blob_id
        if not blob_id:
            self.thumbnails.request(doc)
            return None
        if blob_id not in self._thumbnails:
            image = QImage()
            try:
                image.loadFromData(self.session.read_blob(blob_id))
            except Exception as exc:  # a damaged thumbnail must not break the list
                log.warning("thumbnail unreadable: %s", type(exc).__name__)
            pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
            if not pixmap.isNull():
                pixmap = pixmap.scaled(
                    THUMBNAIL_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self._thumbnails[blob_id] = pixmap
        pixmap = self._thumbnails[blob_id]
        return pixmap if not pixmap.isNull() else None

    def search_text(self, doc: Document) -> str:
        """Lower-case text searched for this document: title, provider, notes, PDF text."""
        if doc.id not in self._texts:
            text = ""
            if doc.text_blob_id and not self.session.is_locked:
                try:
                    text = self.session.read_blob(doc.text_blob_id).decode("utf-8", "replace")
                except Exception as exc:
                    log.warning("document text unreadable: %s", type(exc).__name__)
            self._texts[doc.id] = text.casefold()
        meta = " ".join((doc.title, doc.provider, doc.notes, doc.original_name)).casefold()
        return meta + "\n" + self._texts[doc.id]


class DocumentFilter(QSortFilterProxyModel):
    """Shows one section (or all) and the documents matching every word of the search."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._section: str | None = None
        self._words: list[str] = []
        self.setSortRole(Qt.ItemDataRole.DisplayRole)

    def set_section(self, section: Section | None) -> None:
        self.beginFilterChange()
        self._section = section.value if section is not None else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._section is not None and model.data(index, SECTION_ROLE) != self._section:
            return False
        if self._words:
            haystack = model.data(index, SEARCH_TEXT_ROLE) or ""
            return all(word in haystack for word in self._words)
        return True

"""The documents page: search, the list, the preview and the details of the chosen document."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organizer.core.model import Document, Section
from organizer.gui.a11y import named
from organizer.gui.documents.details import DetailsEditor
from organizer.gui.documents.model import DOCUMENT_ID_ROLE, DocumentFilter, DocumentTableModel
from organizer.gui.documents.preview import PreviewPane
from organizer.gui.labels import tr_label
from organizer.gui.session import Session


class DocumentsPage(QWidget):
    """One page for every section: the sidebar sets which section (or all) is shown."""

    current_changed = Signal(str)  # document id, or ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.section: Section | None = None
        self._current_id = ""
        self.model = DocumentTableModel(session, self)
        self.filter = DocumentFilter(self)
        self.filter.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.search = named(
            QLineEdit(self),
            self.tr("Search documents"),
            self.tr("Find documents by title, provider, your notes or the text in the PDF."),
        )
        self.search.setPlaceholderText(self.tr("Search title, provider, notes, text..."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter.set_search)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)
        layout.addWidget(self.search)

        self.table = named(
            QTableView(self),
            self.tr("Documents"),
            self.tr("The documents in this section. Choose one to see and edit it."),
        )
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (keyboard users)
        self.table.verticalHeader().hide()
        # Thumbnails big enough to recognise a page, rows tall enough to hold them.
        self.table.setIconSize(QSize(36, 48))
        self.table.verticalHeader().setDefaultSectionSize(max(52, self.fontMetrics().height() + 8))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DocumentTableModel.TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DocumentTableModel.TITLE, 200)
        header.setStretchLastSection(True)
        for column in (
            DocumentTableModel.DATE,
            DocumentTableModel.PAGES,
            DocumentTableModel.SECTION,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentTableModel.PROVIDER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DocumentTableModel.PROVIDER, 150)
        header.setMinimumSectionSize(60)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Room for a readable title at any text size.
        self.table.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_note)
        self.preview = PreviewPane(session, self)
        self.preview.split_made.connect(self.select_document)
        self.preview.cover_changed.connect(self._remake_thumbnail)
        self.details = DetailsEditor(session, self)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.preview)
        details_scroll = QScrollArea(side)  # scrolls when the text is large
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        side.addWidget(details_scroll)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(list_box)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 640])
        layout.addWidget(splitter, 1)
        self.model.modelReset.connect(self._after_reset)
        self.filter.layoutChanged.connect(self._update_empty_note)
        self.filter.rowsInserted.connect(self._update_empty_note)
        self.filter.rowsRemoved.connect(self._update_empty_note)
        self.set_section(None)

    # -- section and selection -----------------------------------------------------------------
    def set_section(self, section: Section | None) -> None:
        self.section = section
        self.filter.set_section(section)
        # The section column only helps when all documents are listed.
        self.table.setColumnHidden(DocumentTableModel.SECTION, section is not None)
        title = Section(section).label if section is not None else "All documents"
        self.heading.setText(tr_label(title))
        self._update_empty_note()
        if self.filter.rowCount() and not self._current_in_view():
            self.table.selectRow(0)
        elif not self.filter.rowCount():
            self._show(None)

    def current_document(self) -> Document | None:
        if not self._current_id or self.session.is_locked:
            return None
        row = self.model.row_of(self._current_id)
        return self.model.document(row) if row >= 0 else None

    def select_document(self, doc_id: str) -> None:
        row = self.model.row_of(doc_id)
        if row < 0:
            return
        proxy = self.filter.mapFromSource(self.model.index(row, 0))
        if not proxy.isValid():  # filtered out: show all documents so it can be seen
            self.search.clear()
            proxy = self.filter.mapFromSource(self.model.index(row, 0))
        if proxy.isValid():
            self.table.selectRow(proxy.row())
            self.table.scrollTo(proxy)

    def _remake_thumbnail(self, doc_id: str) -> None:
        # From the content, not the list: the list reloads only once the edit is saved.
        for doc in self.session.content.documents:
            if doc.id == doc_id:
                self.model.thumbnails.remake(doc)

    def _current_in_view(self) -> bool:
        row = self.model.row_of(self._current_id) if self._current_id else -1
        return row >= 0 and self.filter.mapFromSource(self.model.index(row, 0)).isValid()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        doc_id = self.filter.data(rows[0], DOCUMENT_ID_ROLE)
        if doc_id != self._current_id:
            self._current_id = doc_id
            self._show(self.current_document())

    def _show(self, doc: Document | None) -> None:
        if doc is None:
            self._current_id = ""
        self.preview.show_document(doc)
        self.details.show_document(doc)
        self.current_changed.emit(doc.id if doc else "")

    def _after_reset(self) -> None:
        """The model reloaded (after a save): keep the same document chosen."""
        if self.session.is_locked:
            self._show(None)
            return
        doc = self.current_document()
        if doc is not None and self._current_in_view():
            self.table.blockSignals(True)
            proxy = self.filter.mapFromSource(self.model.index(self.model.row_of(doc.id), 0))
            self.table.selectRow(proxy.row())
            self.table.blockSignals(False)
            self.preview.show_document(doc)
            if self.details.doc is not doc:
                self.details.show_document(doc)
        elif self.filter.rowCount():
            self._current_id = ""
            self.table.selectRow(0)  # shows it through the selection handler
            if not self._current_id:  # the row was selected already: no signal came
                self._selection_changed(QItemSelection(), QItemSelection())
        else:
            self._show(None)
        self._update_empty_note()

    def _update_empty_note(self, *args: QModelIndex | int) -> None:
        empty = self.filter.rowCount() == 0
        if empty and self.search.text():
            text = self.tr("No document matches your search.")
        elif empty:
            text = self.tr(
                "No documents here yet. Drag files onto this window, or use Add files (Ctrl+O)."
            )
        else:
            text = ""
        self.empty_note.setText(text)
        self.empty_note.setVisible(empty)

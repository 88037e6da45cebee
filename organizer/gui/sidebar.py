"""The sidebar: Case overview, the sections with counts, Questions, packets, Trash.

Files dragged over a section entry are filed there; the entry is highlighted and the window
says "Drop to add to ..." (the main window draws that hint; see drop.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from organizer.core.model import Section
from organizer.gui.a11y import named
from organizer.gui.labels import tr_label
from organizer.gui.session import Session

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class Entry:
    """One sidebar entry: a page key, and the section it files dropped documents under."""

    key: str
    label: str
    section: Section | None = None
    counts: str = ""  # "documents", "questions", "trash" or "" (no count)


# Order as the issue lists it; the sections sit between the overview and the lists.
def sidebar_entries() -> list[Entry]:
    return [
        Entry("overview", "Case overview"),
        Entry("all", "All documents", None, "all"),
        Entry("section:results", Section.RESULTS.label, Section.RESULTS, "documents"),
        Entry("section:surgery", Section.SURGERY.label, Section.SURGERY, "documents"),
        Entry("section:treatment", Section.TREATMENT.label, Section.TREATMENT, "documents"),
        Entry("medications", Section.MEDICATIONS.label, Section.MEDICATIONS, "medications"),
        Entry("section:other", Section.OTHER.label, Section.OTHER, "documents"),
        Entry("questions", "Questions", None, "questions"),
        Entry("before", "Before the visit"),
        Entry("after", "After the visit"),
        Entry("export", "Make a packet"),
        Entry("shared", "Shared packets", None, "shared"),
        Entry("trash", "Trash", None, "trash"),
        Entry("settings", "Settings and backup"),
    ]


class Sidebar(QListWidget):
    page_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        named(
            self,
            self.tr("Sections"),
            self.tr("Choose what to see. Drop files on a section to file them there."),
        )
        self.entries = sidebar_entries()
        for entry in self.entries:
            item = QListWidgetItem(tr_label(entry.label), self)
            item.setData(ENTRY_ROLE, entry.key)
        self.currentRowChanged.connect(self._row_changed)
        self._highlighted: QListWidgetItem | None = None
        session.changed.connect(self.update_counts)
        self.update_counts()
        self.fit_to_entries()

    def fit_to_entries(self) -> None:
        """Be wide enough to show every entry whole at the current font (no cut-off labels)."""
        self.doItemsLayout()
        widest = max(self.sizeHintForColumn(0), self.fontMetrics().averageCharWidth() * 16)
        scrollbar = self.verticalScrollBar().sizeHint().width()  # room in case it appears
        self.setMinimumWidth(widest + 2 * self.frameWidth() + scrollbar)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_to_entries()

    def entry(self, key: str) -> Entry:
        return next(e for e in self.entries if e.key == key)

    def item_for(self, key: str) -> QListWidgetItem:
        return self.item([e.key for e in self.entries].index(key))

    def choose(self, key: str) -> None:
        self.setCurrentItem(self.item_for(key))

    def current_entry(self) -> Entry:
        return self.entries[max(0, self.currentRow())]

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.page_chosen.emit(self.entries[row].key)

    def update_counts(self) -> None:
        if self.session.is_locked:
            return
        content = self.session.content
        active = content.active_documents()
        for row, entry in enumerate(self.entries):
            count: int | None = None
            if entry.counts in ("documents", "medications") and entry.section is not None:
                count = sum(1 for d in active if d.section == entry.section)
            elif entry.counts == "all":
                count = len(active)
            elif entry.counts == "questions":
                count = len(content.questions)
            elif entry.counts == "shared":
                count = len(content.share_log)
            elif entry.counts == "trash":
                count = len(content.trashed_documents())
            label = tr_label(entry.label)
            item = self.item(row)
            item.setText(f"{label} ({count})" if count is not None else label)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
        self.fit_to_entries()  # a longer count may need more room

    # -- drop targets --------------------------------------------------------------------------
    def section_at(self, viewport_pos: QPoint) -> Entry | None:
        """The entry under a point of the viewport, if documents can be dropped on it."""
        item = self.itemAt(viewport_pos)
        if item is None:
            return None
        entry = self.entry(item.data(ENTRY_ROLE))
        return entry if entry.section is not None else None

    def highlight(self, entry: Entry | None) -> None:
        if self._highlighted is not None:
            self._highlighted.setBackground(QBrush())
            self._highlighted.setForeground(QBrush())
            self._highlighted = None
        if entry is not None:
            item = self.item_for(entry.key)
            item.setBackground(self.palette().brush(QPalette.ColorRole.Highlight))
            item.setForeground(self.palette().brush(QPalette.ColorRole.HighlightedText))
            self._highlighted = item

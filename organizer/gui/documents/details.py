"""The details editor: title, date, provider, section, notes. Saves as the user goes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from organizer.core.model import PACKET_SECTION_ORDER, Document, Section
from organizer.gui.a11y import named
from organizer.gui.labels import tr_label
from organizer.gui.session import Session

# Notes are saved this long after the last key press (and at once when focus leaves).
NOTES_SAVE_DELAY_MS = 800


class DetailsEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc: Document | None = None
        self._loading = False
        form = QFormLayout(self)
        self.title = named(
            QLineEdit(self), self.tr("Document title"), self.tr("What this document is.")
        )
        self.title.editingFinished.connect(self._save_title)
        self.has_date = named(
            QCheckBox(self.tr("Has a &date"), self),
            self.tr("Document has a date"),
            self.tr("Untick if the document has no date of service."),
        )
        self.date = named(
            QDateEdit(self),
            self.tr("Date of service"),
            self.tr("The day of the test, visit or procedure."),
        )
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.has_date.toggled.connect(self._date_toggled)
        self.date.editingFinished.connect(self._save_date)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        self.provider = named(
            QLineEdit(self),
            self.tr("Provider or facility"),
            self.tr("The doctor, hospital or laboratory the document comes from."),
        )
        self.provider.editingFinished.connect(self._save_provider)
        self.section = named(
            QComboBox(self),
            self.tr("Section"),
            self.tr("Where the document is filed, and where it goes in the packet."),
        )
        for section in PACKET_SECTION_ORDER:
            self.section.addItem(tr_label(section.label), section.value)
        self.section.activated.connect(self._save_section)
        self.notes = named(
            QPlainTextEdit(self),
            self.tr("Notes"),
            self.tr("Your own notes about this document. They are not put in the packet."),
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(120)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self._save_notes)
        self.notes.textChanged.connect(self._notes_edited)
        self.import_notes = QLabel(self)
        self.import_notes.setWordWrap(True)
        form.addRow(self._label(self.tr("&Title:"), self.title), self.title)
        form.addRow(self.tr("Date:"), date_row)
        form.addRow(self._label(self.tr("&Provider:"), self.provider), self.provider)
        form.addRow(self._label(self.tr("&Section:"), self.section), self.section)
        form.addRow(self._label(self.tr("N&otes:"), self.notes), self.notes)
        form.addRow("", self.import_notes)
        session.locked.connect(lambda: self.show_document(None))
        self.show_document(None)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def show_document(self, doc: Document | None) -> None:
        self.flush()
        self.doc = doc
        self._loading = True
        try:
            enabled = doc is not None
            for widget in (self.title, self.has_date, self.provider, self.section, self.notes):
                widget.setEnabled(enabled)
            self.title.setText(doc.title if doc else "")
            self.provider.setText(doc.provider if doc else "")
            self.notes.setPlainText(doc.notes if doc else "")
            self.has_date.setChecked(bool(doc and doc.date))
            self.date.setEnabled(bool(doc and doc.date))
            if doc is not None and doc.date is not None:
                self.date.setDate(QDate(doc.date.year, doc.date.month, doc.date.day))
            if doc is not None:
                self.section.setCurrentIndex(self.section.findData(Section(doc.section).value))
            self.import_notes.setText("\n".join(doc.import_notes) if doc else "")
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save edits still waiting (notes typed a moment ago)."""
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._save_notes()

    # -- saving --------------------------------------------------------------------------------
    def _save(self, what: str) -> None:
        if not self._loading and not self.session.is_locked:
            self.session.save(what)

    def _save_title(self) -> None:
        if self.doc is None or self._loading:
            return
        text = self.title.text().strip()
        if not text:
            self.title.setText(self.doc.title)  # a document always has a title
            return
        if text != self.doc.title:
            self.doc.title = text
            self._save("document title")

    def _date_toggled(self, on: bool) -> None:
        self.date.setEnabled(on)
        if self._loading or self.doc is None:
            return
        if on and self.doc.date is None:
            self.date.setDate(QDate.currentDate())
        self._save_date()

    def _save_date(self) -> None:
        if self.doc is None or self._loading:
            return
        chosen: date | None = None
        if self.has_date.isChecked():
            qdate = self.date.date()
            chosen = date(qdate.year(), qdate.month(), qdate.day())
        if chosen != self.doc.date:
            self.doc.date = chosen
            self._save("document date")

    def _save_provider(self) -> None:
        if self.doc is None or self._loading:
            return
        text = self.provider.text().strip()
        if text != self.doc.provider:
            self.doc.provider = text
            self._save("document provider")

    def _save_section(self) -> None:
        if self.doc is None or self._loading:
            return
        section = Section(self.section.currentData())
        if section != self.doc.section:
            self.doc.section = section
            self._save("document section")

    def _notes_edited(self) -> None:
        if not self._loading and self.doc is not None:
            self._notes_timer.start()

    def _save_notes(self) -> None:
        if self.doc is None:
            return
        text = self.notes.toPlainText()
        if text != self.doc.notes:
            self.doc.notes = text
            self._save("document notes")

    def focusOutEvent(self, event: object) -> None:
        self.flush()
        super().focusOutEvent(event)  # type: ignore[arg-type]

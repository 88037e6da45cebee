"""Small building blocks shared by the pages: labelled controls, headings, saving."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import QDateEdit, QLabel, QPlainTextEdit, QWidget

from organizer.core.errors import OrganizerError
from organizer.gui.labels import tr_core
from organizer.gui.pages import prompts
from organizer.gui.session import Session


def describe(widget: QWidget, name: str, description: str = "") -> Any:
    """Give a control its accessible name (saying the action) and description; returns it."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description or name)
    if description:
        widget.setToolTip(description)
    return widget


def heading(text: str, level: int = 1) -> QLabel:
    """A page or group heading that scales with the user's font size."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * (1.5 if level == 1 else 1.2))
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def help_label(text: str, *, bold: bool = False, field: QWidget | None = None) -> QLabel:
    """A plain-words help text under a form field (text written in the core, translated here).

    With ``field``, the help is also added to that field's accessible description, so a screen
    reader says it when the field gets the focus.
    """
    translated = tr_core(text)
    label = paragraph(translated)
    if field is not None:
        field.setAccessibleDescription(f"{field.accessibleDescription()} {translated}".strip())
    font = QFont(label.font())
    font.setBold(bold)
    font.setItalic(not bold)
    label.setFont(font)
    return label


def save_or_warn(session: Session, parent: QWidget, what: str) -> bool:
    """Save the session; on a problem, tell the user in plain words instead of failing."""
    try:
        session.save(what)
    except OrganizerError as exc:
        prompts.warn(parent, QCoreApplication.translate("pages", "Could not save"), str(exc))
        return False
    return True


class SavingPage(QWidget):
    """A page or tab that saves the session's content after each change the user makes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # True while saving, so the session's "changed" signal does not reload mid-edit.
        self._saving = False

    def _save(self, what: str) -> None:
        self._saving = True
        try:
            save_or_warn(self._session, self, what)
        finally:
            self._saving = False
        self._after_save()

    def _after_save(self) -> None:
        """What to update once saved (e.g. which buttons can be used)."""

    def reload(self, *_: object) -> None:
        """Show the session's content again, unless the change is this page's own save."""
        if not self._saving:
            self._load()

    def _load(self) -> None:
        raise NotImplementedError

    def _follow_session(self) -> None:
        """Reload when the session's content changes; let go of it when the vault locks."""
        self._session.changed.connect(self.reload)
        self._session.locked.connect(self._drop_data)
        self.reload()

    def _drop_data(self, *_: object) -> None:
        # Disabled controls commit nothing (a box losing focus as the window closes).
        self.setEnabled(False)


class CommittingTextEdit(QPlainTextEdit):
    """A multi-line text box that says when the user is done with it (on leaving it)."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class DateField(QDateEdit):
    """A date box that can also be "Not set" (its lowest value)."""

    _UNSET = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(self._UNSET)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(self.tr("Not set"))
        self.set_value(None)

    def value(self) -> date | None:
        current = self.date()
        if current == self._UNSET:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(self._UNSET if value is None else QDate(value.year, value.month, value.day))

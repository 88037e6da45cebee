"""Binds form controls to fields of the session's content: load, and save when the user is done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QWidget

from organizer.gui.pages.common import CommittingTextEdit, DateField, describe

Getter = Callable[[], Any]
Setter = Callable[[Any], None]


class DateTimeField(QDateTimeEdit):
    """A date-and-time box that can also be "Not set" (its lowest value)."""

    _UNSET = QDateTime(QDate(1900, 1, 1), QTime(0, 0))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setMinimumDateTime(self._UNSET)
        self.setSpecialValueText(self.tr("Not set"))
        self.set_value(None)

    def value(self) -> datetime | None:
        current = self.dateTime()
        if current == self._UNSET:
            return None
        d, t = current.date(), current.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.setDateTime(self._UNSET)
        else:
            self.setDateTime(
                QDateTime(
                    QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
                )
            )


@dataclass
class _Binding:
    widget: QWidget
    read: Callable[[], Any]  # the control's value
    write: Callable[[Any], None]  # show a value in the control
    get: Getter
    set: Setter


class FormBinder(QObject):
    """Keeps a set of controls in step with model fields; ``on_change(what)`` saves."""

    def __init__(self, on_change: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bindings: list[_Binding] = []
        self._on_change = on_change
        self._loading = False

    def _add(self, binding: _Binding, name: str, description: str) -> None:
        describe(binding.widget, name, description)
        self._bindings.append(binding)

    def _commit(self, binding: _Binding, what: str) -> None:
        if self._loading or not binding.widget.isEnabled():
            return
        value = binding.read()
        if value != binding.get():
            binding.set(value)
            self._on_change(what)

    def line(self, name: str, description: str, get: Getter, set_: Setter) -> QLineEdit:
        widget = QLineEdit()
        b = _Binding(widget, lambda: widget.text().strip(), widget.setText, get, set_)
        widget.editingFinished.connect(lambda: self._commit(b, name))
        self._add(b, name, description)
        return widget

    def text(self, name: str, description: str, get: Getter, set_: Setter) -> CommittingTextEdit:
        widget = CommittingTextEdit()
        widget.setTabChangesFocus(True)
        b = _Binding(widget, lambda: widget.toPlainText().strip(), widget.setPlainText, get, set_)
        widget.editingFinished.connect(lambda: self._commit(b, name))
        self._add(b, name, description)
        return widget

    def date(self, name: str, description: str, get: Getter, set_: Setter) -> DateField:
        widget = DateField()
        b = _Binding(widget, widget.value, widget.set_value, get, set_)
        widget.editingFinished.connect(lambda: self._commit(b, name))
        self._add(b, name, description)
        return widget

    def datetime(self, name: str, description: str, get: Getter, set_: Setter) -> DateTimeField:
        widget = DateTimeField()
        b = _Binding(widget, widget.value, widget.set_value, get, set_)
        widget.editingFinished.connect(lambda: self._commit(b, name))
        self._add(b, name, description)
        return widget

    def yes_no(self, name: str, description: str, get: Getter, set_: Setter) -> QComboBox:
        """A choice of "Not checked yet" / "Yes" / "No" for a ``bool | None`` field."""
        widget = QComboBox()
        for label, value in (
            (self.tr("Not checked yet"), None),
            (self.tr("Yes"), True),
            (self.tr("No"), False),
        ):
            widget.addItem(label, value)

        def write(value: bool | None) -> None:
            widget.setCurrentIndex({None: 0, True: 1, False: 2}[value])

        def read() -> bool | None:
            return [None, True, False][widget.currentIndex()]

        b = _Binding(widget, read, write, get, set_)
        widget.activated.connect(lambda _i: self._commit(b, name))
        self._add(b, name, description)
        return widget

    def load(self) -> None:
        """Show the current model values in every control."""
        self._loading = True
        try:
            for b in self._bindings:
                b.widget.blockSignals(True)
                b.write(b.get())
                b.widget.blockSignals(False)
        finally:
            self._loading = False

    def commit_all(self) -> None:
        """Save any control the user changed but has not left yet (e.g. before locking)."""
        for b in self._bindings:
            self._commit(b, b.widget.accessibleName())

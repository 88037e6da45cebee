"""Binds form controls to fields of the session's content: load, and save when the user is done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, SignalInstance
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

    def _bind(
        self,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        done: SignalInstance,
        name: str,
        description: str,
        get: Getter,
        set_: Setter,
    ) -> None:
        """Keep ``widget`` in step with a field; the user is done with it when ``done`` fires."""
        binding = _Binding(widget, read, write, get, set_)
        done.connect(lambda *_: self._commit(binding, name))
        describe(widget, name, description)
        self._bindings.append(binding)

    def _commit(self, binding: _Binding, what: str) -> None:
        if self._loading or not binding.widget.isEnabled():
            return
        value = binding.read()
        if value != binding.get():
            binding.set(value)
            self._on_change(what)

    def line(self, name: str, description: str, get: Getter, set_: Setter) -> QLineEdit:
        w = QLineEdit()
        self._bind(
            w, lambda: w.text().strip(), w.setText, w.editingFinished, name, description, get, set_
        )
        return w

    def text(self, name: str, description: str, get: Getter, set_: Setter) -> CommittingTextEdit:
        w = CommittingTextEdit()
        w.setTabChangesFocus(True)

        def read() -> str:
            return w.toPlainText().strip()

        self._bind(w, read, w.setPlainText, w.editingFinished, name, description, get, set_)
        return w

    def date(self, name: str, description: str, get: Getter, set_: Setter) -> DateField:
        w = DateField()
        self._bind(w, w.value, w.set_value, w.editingFinished, name, description, get, set_)
        return w

    def datetime(self, name: str, description: str, get: Getter, set_: Setter) -> DateTimeField:
        w = DateTimeField()
        self._bind(w, w.value, w.set_value, w.editingFinished, name, description, get, set_)
        return w

    def yes_no(self, name: str, description: str, get: Getter, set_: Setter) -> QComboBox:
        """A choice of "Not checked yet" / "Yes" / "No" for a ``bool | None`` field."""
        w = QComboBox()
        choices: tuple[bool | None, ...] = (None, True, False)
        for label, value in zip(
            (self.tr("Not checked yet"), self.tr("Yes"), self.tr("No")), choices, strict=True
        ):
            w.addItem(label, value)

        def write(value: bool | None) -> None:
            w.setCurrentIndex(choices.index(value))

        def read() -> bool | None:
            return choices[w.currentIndex()]

        self._bind(w, read, write, w.activated, name, description, get, set_)
        return w

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


def attr_field(obj_of: Callable[[], Any], attr: str) -> tuple[Getter, Setter]:
    """Read and write ``attr`` of the object ``obj_of()`` returns (looked up at each use)."""

    def get() -> Any:
        return getattr(obj_of(), attr)

    def set_(value: Any) -> None:
        setattr(obj_of(), attr, value)

    return get, set_

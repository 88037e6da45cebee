"""Case overview: the doctors asked for an opinion, each with its appointment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.core.model import Appointment, OpinionProvider
from organizer.gui.models.opinion_providers import OpinionProviderListModel
from organizer.gui.pages import prompts
from organizer.gui.pages.common import describe
from organizer.gui.pages.form_binding import FormBinder, Getter, Setter, attr_field


class OpinionProvidersGroup(QGroupBox):
    """A list of the doctors asked, and a form for the one chosen; ``save(what)`` saves."""

    def __init__(self, save: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Doctors asked for an opinion"), parent)
        self._save = save
        self.binder = FormBinder(self._provider_changed, self)
        self.model = OpinionProviderListModel(self)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListView()
        self.list.setModel(self.model)
        describe(
            self.list,
            self.tr("Doctors asked for an opinion"),
            self.tr("Choose one to see or change its details"),
        )
        left.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a d&octor"))
        describe(self.add_button, self.tr("Add a doctor to ask for an opinion"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remo&ve doctor"))
        describe(self.remove_button, self.tr("Remove the selected doctor"))
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        layout.addLayout(left, 1)

        self.editor = QWidget()
        form = QFormLayout(self.editor)
        b = self.binder
        prov = lambda: self._selected().provider  # noqa: E731
        contact = lambda: self._selected().provider.contact  # noqa: E731
        self.name = b.line(
            self.tr("Opinion doctor name"),
            self.tr("Name of the doctor asked"),
            *attr_field(prov, "name"),
        )
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow(
            self.tr("Practice or hospital:"),
            b.line(
                self.tr("Opinion doctor practice"),
                self.tr("Where that doctor works"),
                *attr_field(prov, "practice"),
            ),
        )
        form.addRow(
            self.tr("Phone:"),
            b.line(
                self.tr("Opinion doctor phone"),
                self.tr("Phone number to book or ask"),
                *attr_field(contact, "phone"),
            ),
        )
        self.appointment_at = b.datetime(
            self.tr("Appointment date and time"),
            self.tr("When the appointment is"),
            *self._appointment_field("starts_at"),
        )
        form.addRow(self.tr("Appoin&tment:"), self.appointment_at)
        self.appointment_place = b.line(
            self.tr("Appointment place"),
            self.tr("Address of the appointment"),
            *self._appointment_field("place"),
        )
        form.addRow(self.tr("Place:"), self.appointment_place)
        form.addRow(
            self.tr("Video link:"),
            b.line(
                self.tr("Appointment video link"),
                self.tr("Link for a video appointment"),
                *self._appointment_field("video_link"),
            ),
        )
        form.addRow(
            self.tr("Notes:"),
            b.text(
                self.tr("Appointment notes"),
                self.tr("Anything to remember about this appointment"),
                *self._appointment_field("notes"),
            ),
        )
        layout.addWidget(self.editor, 2)
        self.list.selectionModel().currentChanged.connect(self._show_selected)

    # -- the chosen doctor ------------------------------------------------------------------

    def selected_row(self) -> int | None:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else None

    def _selected(self) -> OpinionProvider:
        row = self.selected_row()
        assert row is not None
        return self.model.provider(row)

    def _appointment_field(self, attr: str) -> tuple[Getter, Setter]:
        empty = None if attr == "starts_at" else ""

        def get() -> Any:
            row = self.selected_row()
            appointment = self.model.provider(row).appointment if row is not None else None
            return empty if appointment is None else getattr(appointment, attr)

        def set_(value: Any) -> None:
            provider = self._selected()
            if provider.appointment is None:
                provider.appointment = Appointment()
            setattr(provider.appointment, attr, value)

        return get, set_

    def _show_selected(self, *_: object) -> None:
        has = self.selected_row() is not None
        self.editor.setEnabled(has)
        self.remove_button.setEnabled(has)
        if has:
            self.binder.load()

    # -- changes ----------------------------------------------------------------------------

    def load(self, providers: list[OpinionProvider]) -> None:
        """Show the case's list, keeping the user's place in it."""
        row = self.selected_row()
        self.model.set_items(providers)
        if row is not None and row < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row))
        self._show_selected()

    def commit_pending(self) -> None:
        if self.selected_row() is not None:
            self.binder.commit_all()

    def _add(self) -> None:
        row = self.model.add()
        self._save(self.tr("Added a doctor"))
        self.list.setCurrentIndex(self.model.index(row))
        self.name.setFocus()

    def _remove(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        name = self.model.provider(row).provider.name or self.tr("this doctor")
        if not prompts.confirm(
            self,
            self.tr("Remove doctor"),
            self.tr("Remove {0} and the appointment details?").format(name),
            self.tr("Remove"),
        ):
            return
        self.model.remove(row)
        self._save(self.tr("Removed a doctor"))
        self._show_selected()

    def _provider_changed(self, what: str) -> None:
        row = self.selected_row()
        if row is not None:
            self.model.refresh(row)
        self._save(what)

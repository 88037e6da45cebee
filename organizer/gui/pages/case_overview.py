"""The Case overview page: who the patient is, why they ask, and whom they ask."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organizer.core.model import Appointment, Case, OpinionProvider
from organizer.core.planning.insurer import ASK_BEFORE_BOOKING, HELP_TEXTS
from organizer.gui.models.opinion_providers import OpinionProviderListModel
from organizer.gui.pages import prompts
from organizer.gui.pages.common import describe, heading, help_label, paragraph, save_or_warn
from organizer.gui.pages.form_binding import FormBinder
from organizer.gui.session import Session


def _setter(obj_of: Callable[[], Any], attr: str) -> Callable[[Any], None]:
    return lambda value: setattr(obj_of(), attr, value)


def _getter(obj_of: Callable[[], Any], attr: str) -> Callable[[], Any]:
    return lambda: getattr(obj_of(), attr)


class CaseOverviewPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._saving = False
        self.setObjectName("CaseOverviewPage")
        self.binder = FormBinder(self._changed, self)
        self.provider_binder = FormBinder(self._provider_changed, self)
        self.providers_model = OpinionProviderListModel(self)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(heading(self.tr("Case overview")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "These details go on the first page of your packet. Everything is saved as "
                    "soon as you leave a box."
                )
            )
        )
        layout.addWidget(self._patient_group())
        layout.addWidget(self._reason_group())
        layout.addWidget(self._current_provider_group())
        layout.addWidget(self._opinion_providers_group())
        layout.addWidget(self._insurer_group())
        layout.addStretch(1)

        # A scroll area keeps every box reachable at large font sizes.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        session.changed.connect(self.reload)
        session.locked.connect(self._drop_data)
        self.reload()

    # -- the groups ---------------------------------------------------------------------

    def _case(self) -> Case:
        return self._session.content.case

    def _patient_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Patient"))
        form = QFormLayout(group)
        b = self.binder
        patient = lambda: self._case().patient  # noqa: E731
        contact = lambda: self._case().patient.contact  # noqa: E731
        self.patient_name = b.line(
            self.tr("Patient name"),
            self.tr("Full name as on medical records"),
            _getter(patient, "name"),
            _setter(patient, "name"),
        )
        self.date_of_birth = b.date(
            self.tr("Date of birth"),
            self.tr("The patient's date of birth"),
            _getter(patient, "date_of_birth"),
            _setter(patient, "date_of_birth"),
        )
        form.addRow(self.tr("&Name:"), self.patient_name)
        form.addRow(self.tr("Date of &birth:"), self.date_of_birth)
        for label, attr, name in (
            (self.tr("&Phone:"), "phone", self.tr("Patient phone")),
            (self.tr("&Email:"), "email", self.tr("Patient email")),
            (self.tr("&Address:"), "address", self.tr("Patient address")),
        ):
            form.addRow(label, b.line(name, name, _getter(contact, attr), _setter(contact, attr)))
        return group

    def _reason_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Why you want another opinion"))
        form = QFormLayout(group)
        case = self._case
        self.reason = self.binder.text(
            self.tr("Reason for a second opinion"),
            self.tr("In your own words, what you want the new doctor to look at"),
            _getter(case, "reason"),
            _setter(case, "reason"),
        )
        self.diagnosis = self.binder.line(
            self.tr("Diagnosis"),
            self.tr("The diagnosis you were given, if any"),
            _getter(case, "diagnosis"),
            _setter(case, "diagnosis"),
        )
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Diagnosis:"), self.diagnosis)
        return group

    def _current_provider_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your current doctor"))
        form = QFormLayout(group)
        provider = lambda: self._case().current_provider  # noqa: E731
        contact = lambda: self._case().current_provider.contact  # noqa: E731
        b = self.binder
        self.current_provider_name = b.line(
            self.tr("Current doctor name"),
            self.tr("The doctor treating you now"),
            _getter(provider, "name"),
            _setter(provider, "name"),
        )
        form.addRow(self.tr("Doctor:"), self.current_provider_name)
        form.addRow(
            self.tr("Practice or hospital:"),
            b.line(
                self.tr("Current doctor practice"),
                self.tr("Where your current doctor works"),
                _getter(provider, "practice"),
                _setter(provider, "practice"),
            ),
        )
        form.addRow(
            self.tr("Phone:"),
            b.line(
                self.tr("Current doctor phone"),
                self.tr("Phone number of the practice"),
                _getter(contact, "phone"),
                _setter(contact, "phone"),
            ),
        )
        return group

    def _opinion_providers_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Doctors asked for an opinion"))
        layout = QHBoxLayout(group)
        left = QVBoxLayout()
        self.providers_list = QListView()
        self.providers_list.setModel(self.providers_model)
        describe(
            self.providers_list,
            self.tr("Doctors asked for an opinion"),
            self.tr("Choose one to see or change its details"),
        )
        left.addWidget(self.providers_list)
        row = QHBoxLayout()
        self.add_provider_button = QPushButton(self.tr("Add a d&octor"))
        describe(self.add_provider_button, self.tr("Add a doctor to ask for an opinion"))
        self.add_provider_button.clicked.connect(self._add_provider)
        self.remove_provider_button = QPushButton(self.tr("Remo&ve doctor"))
        describe(self.remove_provider_button, self.tr("Remove the selected doctor"))
        self.remove_provider_button.clicked.connect(self._remove_provider)
        row.addWidget(self.add_provider_button)
        row.addWidget(self.remove_provider_button)
        left.addLayout(row)
        layout.addLayout(left, 1)

        self.provider_editor = QWidget()
        form = QFormLayout(self.provider_editor)
        b = self.provider_binder
        prov = lambda: self._selected_provider().provider  # noqa: E731
        contact = lambda: self._selected_provider().provider.contact  # noqa: E731
        self.op_name = b.line(
            self.tr("Opinion doctor name"),
            self.tr("Name of the doctor asked"),
            _getter(prov, "name"),
            _setter(prov, "name"),
        )
        form.addRow(self.tr("Na&me:"), self.op_name)
        form.addRow(
            self.tr("Practice or hospital:"),
            b.line(
                self.tr("Opinion doctor practice"),
                self.tr("Where that doctor works"),
                _getter(prov, "practice"),
                _setter(prov, "practice"),
            ),
        )
        form.addRow(
            self.tr("Phone:"),
            b.line(
                self.tr("Opinion doctor phone"),
                self.tr("Phone number to book or ask"),
                _getter(contact, "phone"),
                _setter(contact, "phone"),
            ),
        )
        self.appointment_at = b.datetime(
            self.tr("Appointment date and time"),
            self.tr("When the appointment is"),
            lambda: self._appointment_value("starts_at"),
            lambda v: self._set_appointment("starts_at", v),
        )
        form.addRow(self.tr("Appoin&tment:"), self.appointment_at)
        self.appointment_place = b.line(
            self.tr("Appointment place"),
            self.tr("Address of the appointment"),
            lambda: self._appointment_value("place"),
            lambda v: self._set_appointment("place", v),
        )
        form.addRow(self.tr("Place:"), self.appointment_place)
        form.addRow(
            self.tr("Video link:"),
            b.line(
                self.tr("Appointment video link"),
                self.tr("Link for a video appointment"),
                lambda: self._appointment_value("video_link"),
                lambda v: self._set_appointment("video_link", v),
            ),
        )
        form.addRow(
            self.tr("Notes:"),
            b.text(
                self.tr("Appointment notes"),
                self.tr("Anything to remember about this appointment"),
                lambda: self._appointment_value("notes"),
                lambda v: self._set_appointment("notes", v),
            ),
        )
        layout.addWidget(self.provider_editor, 2)
        self.providers_list.selectionModel().currentChanged.connect(self._show_provider)
        return group

    def _insurer_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Checks with your insurer"))
        form = QFormLayout(group)
        form.addRow(help_label(ASK_BEFORE_BOOKING, bold=True))
        ins = lambda: self._case().insurer  # noqa: E731
        b = self.binder
        form.addRow(
            self.tr("&Insurer:"),
            b.line(
                self.tr("Insurer name"),
                self.tr("Your health insurer or plan"),
                _getter(ins, "insurer"),
                _setter(ins, "insurer"),
            ),
        )
        self.referral_needed = b.yes_no(
            self.tr("Referral needed"),
            self.tr("Does the insurer need a referral for this visit?"),
            _getter(ins, "referral_needed"),
            _setter(ins, "referral_needed"),
        )
        form.addRow(self.tr("Referral needed?"), self.referral_needed)
        form.addRow(help_label(HELP_TEXTS["referral_needed"], field=self.referral_needed))
        self.referral_obtained = b.yes_no(
            self.tr("Referral obtained"),
            self.tr("Do you have the referral?"),
            _getter(ins, "referral_obtained"),
            _setter(ins, "referral_obtained"),
        )
        form.addRow(self.tr("Referral obtained?"), self.referral_obtained)
        form.addRow(help_label(HELP_TEXTS["referral_obtained"], field=self.referral_obtained))
        form.addRow(
            self.tr("Referral number:"),
            b.line(
                self.tr("Referral number"),
                self.tr("The referral's reference number"),
                _getter(ins, "referral_reference"),
                _setter(ins, "referral_reference"),
            ),
        )
        self.in_network = b.yes_no(
            self.tr("Doctor in network"),
            self.tr("Is the doctor in your insurer's network?"),
            _getter(ins, "in_network"),
            _setter(ins, "in_network"),
        )
        form.addRow(self.tr("In network?"), self.in_network)
        form.addRow(help_label(HELP_TEXTS["in_network"], field=self.in_network))
        self.expected_cost = b.line(
            self.tr("Expected cost"),
            self.tr("What you expect to pay yourself"),
            _getter(ins, "expected_cost"),
            _setter(ins, "expected_cost"),
        )
        form.addRow(self.tr("Expected cost:"), self.expected_cost)
        form.addRow(help_label(HELP_TEXTS["expected_cost"], field=self.expected_cost))
        form.addRow(
            self.tr("Checked on:"),
            b.date(
                self.tr("Date checked with insurer"),
                self.tr("When you checked these with the insurer"),
                _getter(ins, "checked_on"),
                _setter(ins, "checked_on"),
            ),
        )
        form.addRow(
            self.tr("Notes:"),
            b.text(
                self.tr("Insurer notes"),
                self.tr("Who you spoke to, what they said"),
                _getter(ins, "notes"),
                _setter(ins, "notes"),
            ),
        )
        return group

    # -- opinion providers ----------------------------------------------------------------

    def _selected_row(self) -> int | None:
        index = self.providers_list.currentIndex()
        return index.row() if index.isValid() else None

    def _selected_provider(self) -> OpinionProvider:
        row = self._selected_row()
        assert row is not None
        return self.providers_model.provider(row)

    def _appointment_value(self, attr: str) -> Any:
        row = self._selected_row()
        if row is None:
            return None if attr == "starts_at" else ""
        appt = self.providers_model.provider(row).appointment
        if appt is None:
            return None if attr == "starts_at" else ""
        return getattr(appt, attr)

    def _set_appointment(self, attr: str, value: Any) -> None:
        provider = self._selected_provider()
        if provider.appointment is None:
            provider.appointment = Appointment()
        setattr(provider.appointment, attr, value)

    def _show_provider(self, *_: object) -> None:
        has = self._selected_row() is not None
        self.provider_editor.setEnabled(has)
        self.remove_provider_button.setEnabled(has)
        if has:
            self.provider_binder.load()

    def _add_provider(self) -> None:
        row = self.providers_model.add()
        self._changed(self.tr("Added a doctor"))
        self.providers_list.setCurrentIndex(self.providers_model.index(row))
        self.op_name.setFocus()

    def _remove_provider(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        name = self.providers_model.provider(row).provider.name or self.tr("this doctor")
        if not prompts.confirm(
            self,
            self.tr("Remove doctor"),
            self.tr("Remove {0} and the appointment details?").format(name),
            self.tr("Remove"),
        ):
            return
        self.providers_model.remove(row)
        self._changed(self.tr("Removed a doctor"))
        self._show_provider()

    def _provider_changed(self, what: str) -> None:
        row = self._selected_row()
        if row is not None:
            self.providers_model.refresh(row)
        self._changed(what)

    # -- data ---------------------------------------------------------------------------

    def _changed(self, what: str) -> None:
        self._saving = True
        try:
            save_or_warn(self._session, self, what)
        finally:
            self._saving = False

    def reload(self, *_: object) -> None:
        if self._saving:
            return
        self.binder.load()
        row = self._selected_row()
        self.providers_model.set_items(self._case().opinion_providers)
        if row is not None and row < self.providers_model.rowCount():
            self.providers_list.setCurrentIndex(self.providers_model.index(row))
        self._show_provider()

    def commit_pending(self) -> None:
        """Save a box the user is still typing in (call before locking or leaving)."""
        self.binder.commit_all()
        if self._selected_row() is not None:
            self.provider_binder.commit_all()

    def _drop_data(self, *_: object) -> None:
        # Disabled controls commit nothing (a box losing focus as the window closes).
        self.setEnabled(False)
        self.providers_model.set_items([])

"""The Case overview page: who the patient is, why they ask, and whom they ask."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from organizer.core.model import Case
from organizer.gui.pages.case_insurer import InsurerGroup
from organizer.gui.pages.case_providers import OpinionProvidersGroup
from organizer.gui.pages.common import SavingPage, heading, paragraph
from organizer.gui.pages.form_binding import FormBinder, attr_field
from organizer.gui.session import Session


class CaseOverviewPage(SavingPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("CaseOverviewPage")
        self.binder = FormBinder(self._save, self)

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
        self.providers = OpinionProvidersGroup(self._save)
        layout.addWidget(self.providers)
        self.insurer = InsurerGroup(self.binder, lambda: self._case().insurer)
        layout.addWidget(self.insurer)
        layout.addStretch(1)

        # A scroll area keeps every box reachable at large font sizes.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        # The controls other pages and the tests reach by name.
        self.providers_model = self.providers.model
        self.providers_list = self.providers.list
        self.add_provider_button = self.providers.add_button
        self.remove_provider_button = self.providers.remove_button
        self.provider_editor = self.providers.editor
        self.op_name = self.providers.name
        self.appointment_at = self.providers.appointment_at
        self.appointment_place = self.providers.appointment_place
        self.referral_needed = self.insurer.referral_needed
        self.referral_obtained = self.insurer.referral_obtained
        self.in_network = self.insurer.in_network
        self.expected_cost = self.insurer.expected_cost

        self._follow_session()

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
            *attr_field(patient, "name"),
        )
        self.date_of_birth = b.date(
            self.tr("Date of birth"),
            self.tr("The patient's date of birth"),
            *attr_field(patient, "date_of_birth"),
        )
        form.addRow(self.tr("&Name:"), self.patient_name)
        form.addRow(self.tr("Date of &birth:"), self.date_of_birth)
        for label, attr, name in (
            (self.tr("&Phone:"), "phone", self.tr("Patient phone")),
            (self.tr("&Email:"), "email", self.tr("Patient email")),
            (self.tr("&Address:"), "address", self.tr("Patient address")),
        ):
            form.addRow(label, b.line(name, name, *attr_field(contact, attr)))
        return group

    def _reason_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Why you want another opinion"))
        form = QFormLayout(group)
        case = self._case
        self.reason = self.binder.text(
            self.tr("Reason for a second opinion"),
            self.tr("In your own words, what you want the new doctor to look at"),
            *attr_field(case, "reason"),
        )
        self.diagnosis = self.binder.line(
            self.tr("Diagnosis"),
            self.tr("The diagnosis you were given, if any"),
            *attr_field(case, "diagnosis"),
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
            *attr_field(provider, "name"),
        )
        form.addRow(self.tr("Doctor:"), self.current_provider_name)
        form.addRow(
            self.tr("Practice or hospital:"),
            b.line(
                self.tr("Current doctor practice"),
                self.tr("Where your current doctor works"),
                *attr_field(provider, "practice"),
            ),
        )
        form.addRow(
            self.tr("Phone:"),
            b.line(
                self.tr("Current doctor phone"),
                self.tr("Phone number of the practice"),
                *attr_field(contact, "phone"),
            ),
        )
        return group

    # -- data ---------------------------------------------------------------------------

    def _load(self) -> None:
        self.binder.load()
        self.providers.load(self._case().opinion_providers)

    def commit_pending(self) -> None:
        """Save a box the user is still typing in (call before locking or leaving)."""
        self.binder.commit_all()
        self.providers.commit_pending()

    def _drop_data(self, *_: object) -> None:
        super()._drop_data()
        self.providers_model.set_items([])

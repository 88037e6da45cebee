"""Case overview: what to check with the insurer before booking, and what it said."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from organizer.core.model import InsurerChecks
from organizer.core.planning.insurer import ASK_BEFORE_BOOKING, HELP_TEXTS
from organizer.gui.pages.common import help_label
from organizer.gui.pages.form_binding import FormBinder, attr_field


class InsurerGroup(QGroupBox):
    """The insurer checks of the case ``insurer()`` returns, bound through ``binder``."""

    def __init__(
        self,
        binder: FormBinder,
        insurer: Callable[[], InsurerChecks],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Checks with your insurer"), parent)
        form = QFormLayout(self)
        form.addRow(help_label(ASK_BEFORE_BOOKING, bold=True))
        b = binder
        form.addRow(
            self.tr("&Insurer:"),
            b.line(
                self.tr("Insurer name"),
                self.tr("Your health insurer or plan"),
                *attr_field(insurer, "insurer"),
            ),
        )
        self.referral_needed = b.yes_no(
            self.tr("Referral needed"),
            self.tr("Does the insurer need a referral for this visit?"),
            *attr_field(insurer, "referral_needed"),
        )
        form.addRow(self.tr("Referral needed?"), self.referral_needed)
        form.addRow(help_label(HELP_TEXTS["referral_needed"], field=self.referral_needed))
        self.referral_obtained = b.yes_no(
            self.tr("Referral obtained"),
            self.tr("Do you have the referral?"),
            *attr_field(insurer, "referral_obtained"),
        )
        form.addRow(self.tr("Referral obtained?"), self.referral_obtained)
        form.addRow(help_label(HELP_TEXTS["referral_obtained"], field=self.referral_obtained))
        form.addRow(
            self.tr("Referral number:"),
            b.line(
                self.tr("Referral number"),
                self.tr("The referral's reference number"),
                *attr_field(insurer, "referral_reference"),
            ),
        )
        self.in_network = b.yes_no(
            self.tr("Doctor in network"),
            self.tr("Is the doctor in your insurer's network?"),
            *attr_field(insurer, "in_network"),
        )
        form.addRow(self.tr("In network?"), self.in_network)
        form.addRow(help_label(HELP_TEXTS["in_network"], field=self.in_network))
        self.expected_cost = b.line(
            self.tr("Expected cost"),
            self.tr("What you expect to pay yourself"),
            *attr_field(insurer, "expected_cost"),
        )
        form.addRow(self.tr("Expected cost:"), self.expected_cost)
        form.addRow(help_label(HELP_TEXTS["expected_cost"], field=self.expected_cost))
        form.addRow(
            self.tr("Checked on:"),
            b.date(
                self.tr("Date checked with insurer"),
                self.tr("When you checked these with the insurer"),
                *attr_field(insurer, "checked_on"),
            ),
        )
        form.addRow(
            self.tr("Notes:"),
            b.text(
                self.tr("Insurer notes"),
                self.tr("Who you spoke to, what they said"),
                *attr_field(insurer, "notes"),
            ),
        )

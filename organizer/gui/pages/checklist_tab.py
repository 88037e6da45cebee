"""The preparation checklist and the next appointment, for one doctor asked for an opinion."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.core.errors import OrganizerError
from organizer.core.model import OpinionProvider, VaultContent
from organizer.core.planning import (
    AUTOMATIC_KEYS,
    MANUAL_KEYS,
    appointment_event,
    bring_list_pdf,
    calendar_bytes,
    checklist_for,
    display_name,
    find_opinion_provider,
    next_appointment,
    set_manual_item,
)
from organizer.core.planning.checklist import ChecklistItem, progress_counts
from organizer.core.planning.output import write_atomic
from organizer.gui.labels import tr_core
from organizer.gui.pages import planning_common as pc
from organizer.gui.pages import prompts
from organizer.gui.pages.common import SavingPage, describe, heading, paragraph
from organizer.gui.session import Session


class ReadOnlyCheckBox(QCheckBox):
    """A tick the vault sets: it can be reached and read with the keyboard, not changed."""

    def nextCheckState(self) -> None:
        pass


def appointment_text(op: OpinionProvider) -> str:
    appt = op.appointment
    if appt is None or appt.starts_at is None:
        return QCoreApplication.translate(
            "planning", "No appointment date yet. Add it under Case overview once it is booked."
        )
    start, locale = appt.starts_at, QLocale()
    day = locale.toString(QDate(start.year, start.month, start.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat)
    when = f"{day}, {time}"
    parts = [QCoreApplication.translate("planning", "Appointment: {0}").format(when)]
    if appt.place.strip():
        parts.append(
            QCoreApplication.translate("planning", "Place: {0}").format(appt.place.strip())
        )
    if appt.video_link.strip():
        parts.append(
            QCoreApplication.translate("planning", "Video link: {0}").format(
                appt.video_link.strip()
            )
        )
    return "\n".join(parts)


class ChecklistTab(SavingPage):
    open_page = Signal(str)  # "overview": where the appointment is written

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.provider_choice = describe(
            QComboBox(),
            self.tr("Doctor to prepare for"),
            self.tr("Choose the doctor asked for an opinion; the checklist below is for them"),
        )
        self.provider_choice.currentIndexChanged.connect(lambda _i: self._show())
        form.addRow(self.tr("&Doctor:"), self.provider_choice)
        layout.addLayout(form)
        self.empty_label = paragraph(
            self.tr(
                "No doctor has been asked for an opinion yet. Add one under Case overview, "
                "or on the After the visit page."
            )
        )
        layout.addWidget(self.empty_label)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.appointment_label = paragraph("")
        body.addWidget(self.appointment_label)
        buttons = QHBoxLayout()
        self.calendar_button = describe(
            QPushButton(self.tr("Add to my &calendar...")),
            self.tr("Save the appointment as a calendar file"),
            self.tr("Saves a calendar file (.ics) you can open to add the appointment"),
        )
        self.calendar_button.clicked.connect(self.save_calendar_file)
        self.change_button = describe(
            QPushButton(self.tr("C&hange the appointment...")),
            self.tr("Change the appointment details"),
            self.tr("Opens Case overview, where the date, time, place or video link are written"),
        )
        self.change_button.clicked.connect(lambda: self.open_page.emit("overview"))
        self.bring_button = pc.PdfButton(
            session,
            self.tr("What to &bring"),
            self.tr("What to bring list"),
            self.tr("A one-page list of what to bring: save it as a PDF or print it"),
            self._bring_list,
            lambda: self.tr("What to bring.pdf"),
        )
        self.bring_button.done.connect(self._status)
        buttons.addWidget(self.calendar_button)
        buttons.addWidget(self.bring_button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        self.status_label = paragraph("")
        body.addWidget(self.status_label)
        self.progress_label = heading("", 2)
        body.addWidget(self.progress_label)

        manual = QGroupBox(self.tr("Steps you tick yourself"))
        manual_layout = QVBoxLayout(manual)
        self.manual_boxes: dict[str, QCheckBox] = {}
        self.hints: dict[str, QLabel] = {}
        for key in MANUAL_KEYS:
            box = QCheckBox()
            box.toggled.connect(lambda on, key=key: self._ticked(key, on))
            self.manual_boxes[key] = box
            manual_layout.addWidget(box)
            manual_layout.addWidget(self._hint_label(key))
        body.addWidget(manual)

        automatic = QGroupBox(self.tr("Ticked for you from what is in your records"))
        auto_layout = QVBoxLayout(automatic)
        self.automatic_boxes: dict[str, QCheckBox] = {}
        for key in AUTOMATIC_KEYS:
            auto_box = ReadOnlyCheckBox()
            self.automatic_boxes[key] = auto_box
            auto_layout.addWidget(auto_box)
            auto_layout.addWidget(self._hint_label(key))
        body.addWidget(automatic)
        body.addStretch(1)
        layout.addWidget(self.body, 1)
        # Every box has its label and accessible name from the start, even with no doctor yet.
        for item in checklist_for(VaultContent(), OpinionProvider(), pc.today()):
            self._show_item(item)
        self.reload()

    def _hint_label(self, key: str) -> QLabel:
        label = paragraph("")
        label.setIndent(self.fontMetrics().averageCharWidth() * 4)
        self.hints[key] = label
        return label

    # -- data -----------------------------------------------------------------------------

    def selected(self) -> OpinionProvider | None:
        op_id = self.provider_choice.currentData()
        if op_id is None:
            return None
        try:
            return find_opinion_provider(self._session.content, op_id)
        except OrganizerError:
            return None

    def _load(self) -> None:
        chosen = self.provider_choice.currentData()
        providers = self._session.content.case.opinion_providers
        self.provider_choice.blockSignals(True)
        self.provider_choice.clear()
        for op in providers:
            self.provider_choice.addItem(display_name(op), op.id)
        index = self.provider_choice.findData(chosen) if chosen else -1
        if index < 0 and providers:
            index = self._next_provider_index(providers)
        self.provider_choice.setCurrentIndex(index)
        self.provider_choice.blockSignals(False)
        self._show()

    def _next_provider_index(self, providers: list[OpinionProvider]) -> int:
        """The doctor with the next appointment, else the last one asked."""
        try:
            upcoming = next_appointment(self._session.content, pc.now())
        except OrganizerError:
            return len(providers) - 1
        return providers.index(upcoming)

    def _show(self) -> None:
        op = self.selected()
        self.empty_label.setVisible(op is None)
        self.body.setVisible(op is not None)
        self.provider_choice.setEnabled(op is not None)
        if op is None:
            return
        self.appointment_label.setText(appointment_text(op))
        has_date = op.appointment is not None and op.appointment.starts_at is not None
        self.calendar_button.setEnabled(has_date)
        items = checklist_for(self._session.content, op, pc.today())
        done, total = progress_counts(items)
        self.progress_label.setText(self.tr("{0} of {1} steps done").format(done, total))
        for item in items:
            self._show_item(item)

    def _show_item(self, item: ChecklistItem) -> None:
        boxes = self.automatic_boxes if item.automatic else self.manual_boxes
        box = boxes[item.key]
        box.blockSignals(True)
        box.setText(tr_core(item.label))
        box.setChecked(item.done)
        box.blockSignals(False)
        hint = tr_core(item.hint) if item.hint else ""
        if item.automatic:
            state = self.tr("done") if item.done else self.tr("not yet")
            name = self.tr("Ticked for you: {0}").format(tr_core(item.label))
            describe(box, name, f"{state}. {hint}".strip())
        else:
            describe(box, tr_core(item.label), hint or tr_core(item.label))
        self.hints[item.key].setText(hint)
        self.hints[item.key].setVisible(bool(hint) and not (item.done and not item.automatic))

    def _ticked(self, key: str, on: bool) -> None:
        op = self.selected()
        if op is None:
            return
        set_manual_item(op, key, on)
        self._save(self.tr("Ticked a checklist step"))
        self._show()

    # -- the appointment's files ----------------------------------------------------------

    def save_calendar_file(self) -> None:
        op = self.selected()
        if op is None:
            return
        try:
            data = calendar_bytes(appointment_event(op, pc.now()))
        except OrganizerError as exc:
            prompts.warn(self, self.tr("No calendar file"), str(exc))
            return
        target = prompts.choose_save_file(
            self,
            self.tr("Where to save the calendar file"),
            Path.home() / self.tr("Second opinion appointment.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if target is None:
            return
        try:
            write_atomic(target, data)
        except OrganizerError as exc:
            prompts.warn(self, self.tr("Not saved"), str(exc))
            return
        self._status(
            self.tr("Saved as {0}. Open it to add the appointment to your calendar.").format(target)
        )

    def _bring_list(self) -> Callable[[VaultContent], bytes]:
        op_id, day = self.provider_choice.currentData(), pc.today()
        return lambda content: bring_list_pdf(content, find_opinion_provider(content, op_id), day)

    def _status(self, message: str) -> None:
        self.status_label.setText(message)

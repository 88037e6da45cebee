"""The Export page: a few steps to make the packet, then where it is and what to do next."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from organizer.core.errors import Cancelled, OrganizerError
from organizer.core.model import ShareMethod
from organizer.gui.background import Job
from organizer.gui.pages import export_job, printing, prompts
from organizer.gui.pages.common import describe, heading, paragraph
from organizer.gui.pages.export_steps import (
    ContentsStep,
    Destination,
    DestinationStep,
    OptionsStep,
    packet_file_name,
)
from organizer.gui.pages.password_card import PasswordCard
from organizer.gui.platform import drives, mail
from organizer.gui.platform.drives import Drive, DriveMonitor, human_size
from organizer.gui.session import Session

log = logging.getLogger(__name__)


def today() -> date:
    return date.today()


def open_file(path: Path) -> bool:
    """Open a file in the system's viewer (a function so tests can replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


_METHOD = {
    Destination.USB: ShareMethod.USB,
    Destination.FOLDER: ShareMethod.FILE,
    Destination.PRINT: ShareMethod.PRINT,
    Destination.EMAIL: ShareMethod.EMAIL,
}


class ExportPage(QWidget):
    STEPS = 3  # choice steps before the progress and result pages

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("ExportPage")
        self.job: Job | None = None
        self.result: Any = None
        self.written_to: Drive | None = None
        # Looked up on the module so tests can give a monitor over temporary folders.
        self.monitor: DriveMonitor = drives.create_drive_monitor(self)

        self.contents = ContentsStep()
        self.options = OptionsStep()
        self.options.new_password.clicked.connect(self._new_password)
        self.options.use_password.toggled.connect(self._password_toggled)
        self.destination = DestinationStep(self.monitor)
        self.destination.ready_changed.connect(self._update_buttons)
        self.destination.radios[Destination.EMAIL].toggled.connect(self._email_chosen)

        self.stack = QStackedWidget()
        for step in (self.contents, self.options, self.destination):
            self.stack.addWidget(step)
        self.stack.addWidget(self._progress_page())
        self.stack.addWidget(self._result_page())

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Make a packet")))
        layout.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        self.back_button = self._button(self.tr("< &Back"), self.tr("Go back a step"), self._back)
        self.next_button = self._button(
            self.tr("&Next >"), self.tr("Go to the next step"), self._next
        )
        self.make_button = self._button(
            self.tr("&Make the packet"), self.tr("Make the packet now"), self._make
        )
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.make_button)
        layout.addLayout(nav)

        session.changed.connect(self._content_changed)
        session.locked.connect(self._locked)
        self.start_over()

    def _button(self, text: str, description: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        describe(button, description)
        button.clicked.connect(slot)
        return button

    # -- pages --------------------------------------------------------------------------

    def _progress_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Making the packet")))
        self.progress = QProgressBar()
        describe(self.progress, self.tr("Progress of making the packet"))
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.cancel_button = self._button(
            self.tr("&Cancel"), self.tr("Stop making the packet; nothing is saved"), self._cancel
        )
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("The packet is ready")))
        self.result_label = paragraph("")
        layout.addWidget(self.result_label)
        row = QHBoxLayout()
        self.open_button = self._button(
            self.tr("&Open packet"), self.tr("Open the packet to look at it"), self._open
        )
        self.show_button = self._button(
            self.tr("&Show in folder"), self.tr("Show the packet in its folder"), self._show
        )
        self.eject_button = self._button(
            self.tr("&Eject the USB drive safely"),
            self.tr("Eject the drive so it can be unplugged"),
            self._eject,
        )
        for b in (self.open_button, self.show_button, self.eject_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.result_card = PasswordCard(context=self.tr("packet made"))
        layout.addWidget(self.result_card)
        self.again_button = self._button(
            self.tr("Make &another packet"),
            self.tr("Start again to make another packet"),
            self.start_over,
        )
        layout.addWidget(self.again_button)
        layout.addStretch(1)
        return page

    # -- navigation ---------------------------------------------------------------------

    def start_over(self) -> None:
        content = self._session.content
        self.contents.model.load(content)
        self.contents.tree.expandAll()
        self.contents._count()
        if not self.contents.recipient.text():
            self.contents.recipient.setText(
                export_job.default_recipient(content, datetime.now(UTC))
            )
        self.contents.set_warnings(export_job.completeness_warnings(content, today()))
        self.options.prepared_on.set_value(today())
        self.stack.setCurrentIndex(0)
        self._update_buttons()

    def prepare_for(self, recipient: str) -> None:
        """Start a new packet for ``recipient`` (after asking one more doctor)."""
        if self.job is not None:
            return
        self.contents.recipient.setText(recipient)
        self.start_over()

    def _content_changed(self) -> None:
        if self.stack.currentIndex() == 0 and self.job is None:
            excluded = set(self.contents.model.excluded_document_ids())
            self.contents.model.load(self._session.content, excluded)
            self.contents.tree.expandAll()
            self.contents.set_warnings(
                export_job.completeness_warnings(self._session.content, today())
            )

    def _locked(self) -> None:
        self.setEnabled(False)
        self.monitor.stop()
        self.options.card.set_password("")
        self.result_card.set_password("")
        self.contents.model.clear()

    def _back(self) -> None:
        self.stack.setCurrentIndex(max(0, self.stack.currentIndex() - 1))
        self._update_buttons()

    def _next(self) -> None:
        if self.stack.currentIndex() == 0 and not self.destination.file_name.text():
            self.destination.file_name.setText(
                packet_file_name(self.contents.recipient.text(), today())
            )
        self.stack.setCurrentIndex(min(self.STEPS - 1, self.stack.currentIndex() + 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        choosing = step < self.STEPS
        self.back_button.setVisible(choosing)
        self.back_button.setEnabled(step > 0)
        self.next_button.setVisible(choosing and step < self.STEPS - 1)
        self.make_button.setVisible(step == self.STEPS - 1)
        self.make_button.setEnabled(self.destination.is_ready())

    def _email_chosen(self, on: bool) -> None:
        if on:  # most mail servers refuse large attachments
            self.options.email_size.setChecked(True)

    def _new_password(self) -> None:
        self.options.card.set_password(export_job.new_passphrase())

    def _password_toggled(self, on: bool) -> None:
        if on and not self.options.card.password():
            self._new_password()

    # -- making it ----------------------------------------------------------------------

    def chosen_options(self) -> Any:
        model = self.contents.model
        return export_job.packet_options(
            prepared_on=self.options.prepared_on.value() or today(),
            paper=str(self.options.paper.currentData()),
            section_order=model.section_order(),
            recipient=self.contents.recipient.text().strip(),
            method=_METHOD[self.destination.destination()],
            email_size=self.options.email_size.isChecked(),
            password=self.options.password(),
            excluded_document_ids=model.excluded_document_ids(),
            include_questions=model.list_included("questions"),
            include_medications=model.list_included("medications"),
        )

    def _make(self) -> None:
        if not self.destination.is_ready():
            return
        options = self.chosen_options()
        dest = self.destination.destination()
        self.written_to = self.destination.selected_drive() if dest is Destination.USB else None
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Getting started..."))
        self.stack.setCurrentIndex(self.STEPS)
        self._update_buttons()
        if dest is Destination.PRINT:
            work = export_job.render_for_print(options)
            self.progress_label.setText(self.tr("Preparing the pages to print..."))
        else:
            folder = self.destination.out_folder()
            assert folder is not None
            out = export_job.free_path(folder / self.destination.file_name.text().strip())
            work = export_job.export_to(out, options)
        self.job = self._session.run_vault_job(
            work,
            what="export",
            on_success=lambda result: self._done(dest, options, result),
            on_failure=self._failed,
            on_progress=self._progressed,
        )

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(what)

    def _cancel(self) -> None:
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping..."))
            self.job.cancel()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.cancel_button.setEnabled(True)
        self.stack.setCurrentIndex(self.STEPS - 1)
        self._update_buttons()
        if isinstance(exc, Cancelled):
            prompts.inform(self, self.tr("Cancelled"), self.tr("Cancelled. No packet was saved."))
            return
        if isinstance(exc, OrganizerError):
            message = str(exc)
        else:
            log.error("export failed: %s", type(exc).__name__)
            message = self.tr(
                "Something went wrong while making the packet, and nothing was saved. "
                "Please try again; if it happens again, try another destination."
            )
        prompts.warn(self, self.tr("The packet was not made"), message)

    def _done(self, dest: Destination, options: Any, outcome: Any) -> None:
        self.job = None
        if dest is Destination.PRINT:
            self._print(*outcome)
            return
        result = outcome.result
        self.result = result
        path = Path(result.path)
        where = self.written_to.label if self.written_to else str(path.parent)
        text = self.tr("{0} pages, {1}, saved on {2} as \u201c{3}\u201d.").format(
            result.page_count, human_size(result.size), where, path.name
        )
        if dest is Destination.EMAIL:
            handed = mail.hand_off_to_mail(
                path,
                self.tr("Medical records"),
                self.tr("Please find my medical records attached."),
            )
            text += (
                " "
                + {
                    mail.HandOff.ATTACHED: self.tr(
                        "A new email with the packet attached was opened."
                    ),
                    mail.HandOff.FOLDER_SHOWN: self.tr(
                        "Your email program could not be opened with the file attached; its folder "
                        "is shown so you can attach it yourself."
                    ),
                    mail.HandOff.NOTHING: self.tr("Attach the file to an email yourself."),
                }[handed]
            )
        self.result_label.setText(text)
        self.result_card.setVisible(bool(options.password))
        self.result_card.recipient = options.recipient
        self.result_card.set_password(options.password or "")
        self.eject_button.setVisible(
            self.written_to is not None and self.monitor.can_eject(self.written_to)
        )
        self.stack.setCurrentIndex(self.STEPS + 1)
        self._update_buttons()

    def _print(self, pdf: bytes, entry: Any) -> None:
        title = self.tr("Medical records packet")
        printer = prompts.choose_printer(self, title)
        if printer is None:
            self.start_over()
            return
        self.progress_label.setText(self.tr("Sending the pages to the printer..."))

        def printed(_result: object) -> None:
            # Logged only once it really went to the printer.
            self.job = None
            self._session.content.share_log.append(entry)
            self._session.save("printed a packet")
            prompts.inform(self, self.tr("Printed"), self.tr("The packet was sent to the printer."))
            self.start_over()

        self.job = self._session.jobs.run(
            lambda progress, cancel: printing.paint_pdf(printer, title, pdf, progress, cancel),
            what="print",
            on_success=printed,
            on_failure=self._failed,
            on_progress=self._progressed,
        )

    # -- after ----------------------------------------------------------------------------

    def _open(self) -> None:
        if self.result is not None and not open_file(Path(self.result.path)):
            prompts.warn(
                self, self.tr("Open packet"), self.tr("No program to open PDF files was found.")
            )

    def _show(self) -> None:
        if self.result is not None and not mail.show_in_folder(Path(self.result.path)):
            prompts.inform(self, self.tr("Show in folder"), str(Path(self.result.path).parent))

    def _eject(self) -> None:
        if self.written_to is None:
            return
        try:
            self.monitor.eject(self.written_to)
        except OrganizerError as exc:
            prompts.warn(self, self.tr("Eject"), str(exc))
            return
        prompts.inform(self, self.tr("Eject"), self.tr("You can now unplug the drive."))
        self.eject_button.setVisible(False)

    def closeEvent(self, event: Any) -> None:
        self.monitor.stop()
        super().closeEvent(event)

"""Back up the vault: a checked copy on a USB drive or in a folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from organizer.core.errors import Cancelled, OrganizerError
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui.models.drives import DriveListModel
from organizer.gui.pages import prompts
from organizer.gui.pages.common import describe, paragraph
from organizer.gui.platform import drives
from organizer.gui.session import Session


def backup_folder(where: Path, today: date) -> Path:
    """A new, dated folder inside ``where`` for the copy (never an existing one)."""
    base = where / f"Medical records backup {today.isoformat()}"
    candidate, number = base, 2
    while candidate.exists():
        candidate = base.with_name(f"{base.name} ({number})")
        number += 1
    return candidate


class BackupDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.job: Any = None
        self.folder: Path | None = None
        self.backup_path: Path | None = None
        self.setWindowTitle(self.tr("Back up the vault"))
        self.monitor = drives.create_drive_monitor(self)
        self.drives_model = DriveListModel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A backup is an encrypted copy of the whole vault. It opens with the same "
                    "passphrase or recovery code. Every file of the copy is checked after writing."
                )
            )
        )
        self.usb_radio = describe(
            QRadioButton(self.tr("On a &USB drive")), self.tr("Back up to a USB drive")
        )
        self.folder_radio = describe(
            QRadioButton(self.tr("In a &folder")), self.tr("Back up to a folder")
        )
        self.usb_radio.setChecked(True)
        self.drive_list = QListView()
        self.drive_list.setModel(self.drives_model)
        describe(
            self.drive_list,
            self.tr("USB drives for the backup"),
            self.tr("Drives with their free space"),
        )
        self.no_drive = QLabel(self.tr("No USB drive found. Plug one in; it appears here."))
        row = QHBoxLayout()
        self.folder_label = QLabel(self.tr("No folder chosen yet."))
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose folder..."))
        describe(self.choose_button, self.tr("Choose the folder for the backup"))
        self.choose_button.clicked.connect(self._choose)
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.choose_button)
        for w in (self.usb_radio, self.drive_list, self.no_drive, self.folder_radio):
            layout.addWidget(w)
        layout.addLayout(row)
        self.progress = QProgressBar()
        describe(self.progress, self.tr("Progress of the backup"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Back up now"))
        describe(self.start_button, self.tr("Start the backup"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        self.close_button = QPushButton(self.tr("&Close"))
        describe(
            self.close_button,
            self.tr("Close the backup window"),
            self.tr("Stops a backup in progress"),
        )
        self.close_button.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.usb_radio.toggled.connect(self._update)
        self.monitor.changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        self.drives_model.set_drives(self.monitor.drives())
        if self.drives_model.rowCount():
            self.drive_list.setCurrentIndex(self.drives_model.index(0))
        self._update()

    def _choose(self) -> None:
        chosen = prompts.choose_folder(
            self, self.tr("Choose where to keep the backup"), self.folder
        )
        if chosen is not None:
            self.folder = chosen
            self.folder_label.setText(str(chosen))
            self.folder_radio.setChecked(True)
        self._update()

    def destination(self) -> Path | None:
        if self.usb_radio.isChecked():
            index = self.drive_list.currentIndex()
            return self.drives_model.drive(index.row()).mount_path if index.isValid() else None
        return self.folder

    def _update(self) -> None:
        has = self.drives_model.rowCount() > 0
        usb = self.usb_radio.isChecked()
        self.drive_list.setVisible(usb and has)
        self.no_drive.setVisible(usb and not has)
        self.start_button.setEnabled(self.job is None and self.destination() is not None)

    def _start(self) -> None:
        where = self.destination()
        if where is None:
            return
        dest = backup_folder(where, date.today())
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Copying and checking..."))

        def work(vault: Any, progress: ProgressCallback, cancel: CancelToken) -> Path:
            return Path(vault.backup(dest, progress, cancel))

        self.job = self._session.run_vault_job(
            work,
            what="backup",
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._progressed,
        )
        self._update()

    def _progressed(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, path: Path) -> None:
        self.job = None
        self.backup_path = Path(path)
        self.progress.setVisible(False)
        self.status.setText(
            self.tr("Done. The backup was checked and is kept in {0}.").format(path)
        )
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.progress.setVisible(False)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("The backup was stopped. Nothing was left behind."))
        elif isinstance(exc, OrganizerError):
            self.status.setText(str(exc))
        else:
            self.status.setText(
                self.tr("The backup could not be made. Check the drive has room, then try again.")
            )
        self._update()

    def done(self, result: int) -> None:
        # Escape, Close and the window's close button all end here: stop the copy and the
        # drive watch, so no backup goes on behind a closed window.
        self._stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)

    def _stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.join(30)
        self.monitor.stop()

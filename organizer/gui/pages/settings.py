"""The Settings page: when the vault locks, backing it up, and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from organizer.gui.pages.about_dialog import AboutDialog
from organizer.gui.pages.backup_dialog import BackupDialog
from organizer.gui.pages.common import describe, heading, paragraph
from organizer.gui.pages.lock_settings import LockSettingsForm
from organizer.gui.session import Session
from organizer.gui.settings import AppSettings


def settings_path() -> Path | None:
    """Where the settings live; None means the app's config folder (tests give a temp file)."""
    return None


class _StoredSettings:
    """AppSettings bound to its file, as the form expects (``save()`` with no argument)."""

    def __init__(self) -> None:
        self.path = settings_path()
        self.settings = AppSettings.load(self.path)

    @property
    def idle_lock_minutes(self) -> int:
        return self.settings.idle_lock_minutes

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self.settings.idle_lock_minutes = value

    @property
    def lock_on_sleep(self) -> bool:
        return self.settings.lock_on_sleep

    @lock_on_sleep.setter
    def lock_on_sleep(self, value: bool) -> None:
        self.settings.lock_on_sleep = value

    def save(self) -> None:
        # Re-read first so recent vaults etc. changed by the start window are kept.
        latest = AppSettings.load(self.path)
        latest.idle_lock_minutes = self.settings.idle_lock_minutes
        latest.lock_on_sleep = self.settings.lock_on_sleep
        latest.save(self.path)
        self.settings = latest


class SettingsPage(QWidget):
    # Emitted with the saved AppSettings, so the window can apply the new idle time at once.
    settings_saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("SettingsPage")
        self.stored = _StoredSettings()
        self.dialogs: list[QWidget] = []

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings")))
        locking = QGroupBox(self.tr("Locking"))
        box = QVBoxLayout(locking)
        self.form = LockSettingsForm(self.stored)
        box.addWidget(self.form)
        self.save_button = QPushButton(self.tr("&Save settings"))
        describe(self.save_button, self.tr("Save the locking settings"))
        self.save_button.clicked.connect(self._save)
        box.addWidget(self.save_button)
        layout.addWidget(locking)

        backup = QGroupBox(self.tr("Backup"))
        row = QVBoxLayout(backup)
        row.addWidget(
            paragraph(
                self.tr(
                    "Keep a copy of your vault on a USB drive, somewhere else than this "
                    "computer, in case it breaks or is lost."
                )
            )
        )
        self.backup_button = QPushButton(self.tr("&Back up the vault..."))
        describe(self.backup_button, self.tr("Back up the vault"), self.tr("Make a checked copy"))
        self.backup_button.clicked.connect(self._backup)
        row.addWidget(self.backup_button)
        layout.addWidget(backup)

        buttons = QHBoxLayout()
        self.about_button = QPushButton(self.tr("&About this app..."))
        describe(self.about_button, self.tr("About this app"), self.tr("Version and licences"))
        self.about_button.clicked.connect(self._about)
        buttons.addWidget(self.about_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _save(self) -> None:
        if self.form.apply():
            self.settings_saved.emit(self.stored.settings)

    def _show(self, dialog: QWidget) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.show()

    def _backup(self) -> None:
        self._show(BackupDialog(self._session, self))

    def _about(self) -> None:
        self._show(AboutDialog(self))

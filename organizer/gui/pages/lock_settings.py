"""The lock settings form of the Settings page."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organizer.core.errors import OrganizerError
from organizer.gui.pages import prompts
from organizer.gui.pages.common import describe, paragraph

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120


class EditableSettings(Protocol):
    """What the form changes (``organizer.gui.settings.AppSettings`` has these)."""

    idle_lock_minutes: int
    lock_on_sleep: bool

    def save(self) -> None: ...


class LockSettingsForm(QWidget):
    """The lock settings as a form; ``apply()`` saves them (False, with a message, if it failed)."""

    def __init__(self, settings: EditableSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "When the vault locks, your records are closed and your passphrase is "
                    "needed to see them again."
                )
            )
        )
        form = QFormLayout()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setValue(
            max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, settings.idle_lock_minutes))
        )
        describe(
            self.idle_minutes,
            self.tr("Lock after this many minutes without use"),
            self.tr("The vault locks itself when the app is not used for this long"),
        )
        form.addRow(self.tr("&Lock after:"), self.idle_minutes)
        self.lock_on_sleep = QCheckBox(
            self.tr("Lock when the computer slee&ps or the screen locks")
        )
        self.lock_on_sleep.setChecked(settings.lock_on_sleep)
        describe(self.lock_on_sleep, self.tr("Lock when the computer sleeps or the screen locks"))
        form.addRow("", self.lock_on_sleep)
        layout.addLayout(form)

    def apply(self) -> bool:
        self._settings.idle_lock_minutes = self.idle_minutes.value()
        self._settings.lock_on_sleep = self.lock_on_sleep.isChecked()
        try:
            self._settings.save()
        except (OSError, OrganizerError) as exc:
            prompts.warn(
                self,
                self.tr("Settings"),
                self.tr("The settings could not be saved: {0}").format(exc),
            )
            return False
        return True

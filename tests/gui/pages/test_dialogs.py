"""The lock settings form, the About dialog and the password card."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from organizer.gui.pages import password_card
from organizer.gui.pages.about_dialog import AboutDialog
from organizer.gui.pages.lock_settings import LockSettingsForm
from organizer.gui.pages.password_card import PasswordCard


@dataclass
class Settings:
    idle_lock_minutes: int = 5
    lock_on_sleep: bool = True
    saved: list[tuple[int, bool]] = field(default_factory=list)

    def save(self) -> None:
        self.saved.append((self.idle_lock_minutes, self.lock_on_sleep))


def test_lock_settings_are_applied_from_the_keyboard(qtbot) -> None:
    settings = Settings()
    form = LockSettingsForm(settings)
    qtbot.addWidget(form)
    form.show()
    assert form.idle_minutes.value() == 5
    form.idle_minutes.selectAll()
    qtbot.keyClicks(form.idle_minutes, "12")
    qtbot.keyClick(form.lock_on_sleep, Qt.Key.Key_Space)
    assert settings.saved == []  # nothing is saved until the page says so
    assert form.apply() is True
    assert settings.saved == [(12, False)]


def test_lock_settings_out_of_range_are_shown_clamped_and_not_saved(qtbot) -> None:
    settings = Settings(idle_lock_minutes=500)
    form = LockSettingsForm(settings)
    qtbot.addWidget(form)
    assert form.idle_minutes.value() == 120
    assert settings.saved == []
    assert settings.idle_lock_minutes == 500


def test_about_shows_version_and_licences(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "0.1.0" in dialog.version_label.text()
    text = dialog.licences.toPlainText()
    assert "cryptography" in text and "pikepdf" in text and "MPL-2.0" in text


def test_copied_password_is_cleared_from_the_clipboard(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(password_card, "CLIPBOARD_CLEAR_MS", 50)
    card = PasswordCard()
    qtbot.addWidget(card)
    card.show()
    card.set_password("maple-harbor-quilt-velvet-oasis-tiger")
    qtbot.mouseClick(card.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "maple-harbor-quilt-velvet-oasis-tiger"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)


def test_clearing_leaves_other_clipboard_text_alone(qtbot) -> None:
    card = PasswordCard()
    qtbot.addWidget(card)
    card.set_password("maple-harbor-quilt")
    card.copy()
    QGuiApplication.clipboard().setText("something the user copied since")
    card.clear_clipboard()
    assert QGuiApplication.clipboard().text() == "something the user copied since"

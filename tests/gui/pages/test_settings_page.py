"""The Settings page saves the lock settings without losing the others, and opens its dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from organizer.gui.pages import settings as settings_page
from organizer.gui.pages.about_dialog import AboutDialog
from organizer.gui.pages.backup_dialog import BackupDialog
from organizer.gui.pages.settings import SettingsPage
from organizer.gui.platform import drives
from organizer.gui.settings import AppSettings


def test_lock_settings_are_saved_and_others_kept(
    qtbot, session, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    AppSettings(recent_vaults=["/somewhere/vault"]).save(path)
    monkeypatch.setattr(settings_page, "settings_path", lambda: path)
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.form.idle_minutes.value() == 5

    page.form.idle_minutes.selectAll()
    qtbot.keyClicks(page.form.idle_minutes, "15")
    qtbot.keyClick(page.form.lock_on_sleep, Qt.Key.Key_Space)
    with qtbot.waitSignal(page.settings_saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].idle_lock_minutes == 15

    again = AppSettings.load(path)
    assert (again.idle_lock_minutes, again.lock_on_sleep) == (15, False)
    assert again.recent_vaults == ["/somewhere/vault"]


def test_backup_and_about_open_their_windows(qtbot, session, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(settings_page, "settings_path", lambda: tmp_path / "s.json")
    monkeypatch.setattr(
        drives, "create_drive_monitor", lambda parent: drives.MountFolderDrives([tmp_path], parent)
    )
    page = SettingsPage(session)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.about_button, Qt.MouseButton.LeftButton)
    kinds = [type(d) for d in page.dialogs]
    assert kinds == [BackupDialog, AboutDialog]
    for dialog in page.dialogs:
        assert dialog.isVisible()
        dialog.close()

"""Backing up the vault to a (temporary) USB drive, then opening the copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from organizer.core.model import Medication
from organizer.core.vault import Vault
from organizer.gui.pages.backup_dialog import BackupDialog
from organizer.gui.platform import drives
from tests.gui.pages.documents import add_pdf_document
from tests.vault_helpers import TEST_PASSPHRASE


def test_backup_to_usb_is_checked_and_opens(qtbot, session, monkeypatch, tmp_path: Path) -> None:
    media = tmp_path / "media"
    (media / "BACKUP STICK").mkdir(parents=True)
    monkeypatch.setattr(
        drives, "create_drive_monitor", lambda parent: drives.MountFolderDrives([media], parent)
    )
    add_pdf_document(session, "Discharge summary")
    session.content.medications.append(Medication(name="Examplamide"))
    session.save("medication")

    dialog = BackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.drives_model.rowCount() == 1  # the only drive is chosen for the user
    assert dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.backup_path is not None, timeout=10000)
    assert "checked" in dialog.status.text()
    assert (
        dialog.backup_path.parent == media / "BACKUP STICK"
        or dialog.backup_path == media / "BACKUP STICK"
    )

    with Vault.open(dialog.backup_path, TEST_PASSPHRASE) as copy:
        assert [d.title for d in copy.content.documents] == ["Discharge summary"]
        assert copy.content.medications[0].name == "Examplamide"
        assert copy.verify().ok

    # A second backup the same day goes into a new folder beside the first.
    first = dialog.backup_path
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.backup_path != first, timeout=10000)
    assert dialog.backup_path.name.endswith("(2)")
    dialog.close()


def test_backup_needs_a_destination(qtbot, session, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(
        drives,
        "create_drive_monitor",
        lambda parent: drives.MountFolderDrives([tmp_path / "none"], parent),
    )
    dialog = BackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_drive.isVisible()
    assert not dialog.start_button.isEnabled()
    dialog.close()

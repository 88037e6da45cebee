"""The app as a whole: windows from start to lock, demo mode, the error dialog and the log."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.gui import app as app_module
from organizer.gui import errors
from organizer.gui.app import AppController, setup_logging
from organizer.gui.main_window import MainWindow
from organizer.gui.settings import AppSettings
from organizer.gui.vault_access import VaultAccess
from tests.vault_helpers import FAST_KDF, TEST_PASSPHRASE, make_vault


def focused() -> object:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def test_unlock_lock_and_unlock_again_keys_only(qtbot: QtBot, tmp_path: Path) -> None:
    """The main flow with the keyboard only: unlock, find and rename a document, lock."""
    folder = tmp_path / "vault"
    vault, _ = make_vault(folder)
    from organizer.gui.session import Session
    from tests.gui.helpers import add_pdf_document

    seed = Session(vault, folder)
    add_pdf_document(seed, "Biopsy report", provider="Fictional Lab")
    seed.lock()
    controller = AppController(
        VaultAccess(kdf=FAST_KDF, state_dir=tmp_path / "state"),
        AppSettings(recent_vaults=[str(folder)], idle_lock_minutes=0),
    )
    start = controller.start
    qtbot.addWidget(start)
    controller.show()
    start.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start.unlock_page.passphrase)
    qtbot.keyClicks(focused(), TEST_PASSPHRASE)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=10_000)
    main = controller.main
    assert isinstance(main, MainWindow)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and main.isActiveWindow())
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find
    assert focused() is main.documents.search
    qtbot.keyClicks(focused(), "fictional lab")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is main.documents.table
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert main.documents.current_document() is not None
    # Alt+T jumps to the title field (its label's mnemonic).
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert focused() is main.documents.details.title
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "Core biopsy")
    with qtbot.waitSignal(main.session.changed, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    session = main.session
    with qtbot.waitSignal(main.closed_by_lock, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.is_locked and controller.main is None
    assert start.isVisible() and start.unlock_page.selected_folder() == folder
    from organizer.core.vault import Vault

    with Vault.open(folder, TEST_PASSPHRASE, state_dir=tmp_path / "state") as reopened:
        assert [d.title for d in reopened.content.documents] == ["Core biopsy"]


def test_demo_session_has_a_banner(qtbot: QtBot, tmp_path: Path) -> None:
    session = app_module._demo_session(tmp_path)
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    assert window.demo_banner.isVisible()
    assert window.demo_banner.text() == "Demo - fictional data"
    assert "(demo)" in window.windowTitle()
    window.close()
    assert session.is_locked


def test_unexpected_error_shows_calm_dialog_and_logs_no_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error_dialog", shown.append)
    log_path = setup_logging(tmp_path / "logs")
    root = logging.getLogger()
    handler = root.handlers[-1]
    try:
        try:
            raise ValueError("Patient Jane Fictional: biopsy shows fictional finding")
        except ValueError:
            errors.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        handler.flush()
    finally:
        root.removeHandler(handler)
        handler.close()
    assert len(shown) == 1
    assert "ValueError" in shown[0] and "test_app.py" in shown[0]
    assert "Jane" not in shown[0]
    logged = log_path.read_text()
    assert "ValueError" in logged and "Jane" not in logged and "biopsy" not in logged


def test_error_dialog_copies_details(qtbot: QtBot) -> None:
    dialog = errors.ErrorDialog("ValueError\n  File x, line 1")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "ValueError\n  File x, line 1"


def test_remembered_vault_does_not_reopen_itself_after_a_lock(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = make_vault(folder)
    access = VaultAccess(kdf=FAST_KDF, state_dir=tmp_path / "state")
    keychain = access.keychain()
    assert keychain is not None
    vault.remember(keychain)
    vault.close()
    controller = AppController(
        access,
        AppSettings(
            recent_vaults=[str(folder)], remembered_vaults=[str(folder)], idle_lock_minutes=0
        ),
    )
    qtbot.addWidget(controller.start)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=10_000)  # opened at once
    main = controller.main
    assert main is not None
    with qtbot.waitSignal(main.closed_by_lock, timeout=5000):
        main.lock_action.trigger()
    qtbot.wait(300)
    assert controller.main is None and controller.start.isVisible()
    page = controller.start.unlock_page
    assert page.open_remembered_button.isVisible()  # one click opens it again, by choice
    page.open_remembered_button.click()
    qtbot.waitUntil(lambda: controller.main is not None, timeout=10_000)
    controller.main.close()

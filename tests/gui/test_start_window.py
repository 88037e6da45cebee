"""First run, recovery code, unlocking (passphrase, recovery code, remembered), refusals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from organizer.core.vault import Vault
from organizer.gui import dialogs
from organizer.gui.session import Session
from organizer.gui.settings import AppSettings
from organizer.gui.start.start_window import StartWindow
from organizer.gui.vault_access import VaultAccess
from tests.vault_helpers import FAST_KDF, TEST_PASSPHRASE, make_vault

NEW_PASSPHRASE = "purple meadow quietly sings 42"


@pytest.fixture
def access(tmp_path: Path) -> VaultAccess:
    return VaultAccess(kdf=FAST_KDF, state_dir=tmp_path / "state")


def make_start(qtbot: QtBot, access: VaultAccess, settings: AppSettings) -> StartWindow:
    window = StartWindow(access, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def opened_session(qtbot: QtBot, window: StartWindow, trigger: Any) -> Session:
    with qtbot.waitSignal(window.opened, timeout=10_000) as blocker:
        trigger()
    session = blocker.args[0]
    assert isinstance(session, Session)
    return session


def test_first_run_creates_a_vault_and_shows_the_code_once(
    qtbot: QtBot, access: VaultAccess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_start(qtbot, access, AppSettings())
    page = window.create_page
    assert window.stack.currentWidget().widget() is page  # type: ignore[attr-defined]
    assert "stays on this computer" in " ".join(
        label.text() for label in page.findChildren(type(page.problem_label))
    )
    assert not page.remember.isChecked()
    chosen = tmp_path / "usb"
    chosen.mkdir()
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: chosen)
    page.choose_button.click()
    assert page.folder == chosen
    qtbot.keyClicks(page.passphrase.first, "short")
    assert not page.create_button.isEnabled()
    assert "Too short" in page.passphrase.hint.text()
    page.passphrase.first.clear()
    qtbot.keyClicks(page.passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(page.passphrase.second, NEW_PASSPHRASE[:-1])
    assert "not the same" in page.passphrase.hint.text()
    qtbot.keyClicks(page.passphrase.second, NEW_PASSPHRASE[-1])
    assert page.create_button.isEnabled()
    recovery = window.recovery_page
    qtbot.keyClick(page.passphrase.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget().widget() is recovery, timeout=10_000)  # type: ignore[attr-defined]
    code = recovery.code_label.text()
    assert len(code) > 20
    assert not recovery.continue_button.isEnabled()
    # Save as PDF writes the code into the file the user chose.
    pdf = tmp_path / "code.pdf"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: pdf)
    recovery.pdf_button.click()
    assert pdf.stat().st_size > 500
    recovery.confirm.click()
    session = opened_session(qtbot, window, recovery.continue_button.click)
    assert recovery.code_label.text() == ""  # shown once
    assert session.path == chosen and not session.is_locked
    session.lock()
    assert str(chosen) in AppSettings.load().recent_vaults
    # The code really opens the vault.
    with Vault.open(chosen, recovery_code=code, state_dir=tmp_path / "state") as vault:
        assert vault.is_open


def test_unlock_with_passphrase_and_wrong_passphrase(
    qtbot: QtBot, access: VaultAccess, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    vault, _code = make_vault(folder)
    vault.close()
    settings = AppSettings(recent_vaults=[str(folder)])
    window = make_start(qtbot, access, settings)
    page = window.unlock_page
    assert window.stack.currentWidget().widget() is page  # type: ignore[attr-defined]
    assert page.selected_folder() == folder
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in page.message.text(), timeout=10_000)
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, TEST_PASSPHRASE)
    session = opened_session(
        qtbot, window, lambda: qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    )
    assert page.passphrase.text() == ""  # not kept in the widget
    # A second window on the same vault is refused with the vault's own message.
    second = make_start(qtbot, access, AppSettings(recent_vaults=[str(folder)]))
    qtbot.keyClicks(second.unlock_page.passphrase, TEST_PASSPHRASE)
    second.unlock_page.unlock_button.click()
    qtbot.waitUntil(
        lambda: "open in another window" in second.unlock_page.message.text(), timeout=10_000
    )
    session.lock()


def test_unlock_with_recovery_code_sets_a_new_passphrase(
    qtbot: QtBot, access: VaultAccess, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    vault, code = make_vault(folder)
    vault.close()
    window = make_start(qtbot, access, AppSettings(recent_vaults=[str(folder)]))
    page = window.unlock_page
    page.use_code_button.click()
    assert page.recovery_box.isVisibleTo(window) and not page.passphrase_box.isVisibleTo(window)
    qtbot.keyClicks(page.code, code)
    qtbot.keyClicks(page.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(page.new_passphrase.second, NEW_PASSPHRASE)
    session = opened_session(qtbot, window, page.recover_button.click)
    session.lock()
    with Vault.open(folder, NEW_PASSPHRASE, state_dir=tmp_path / "state") as reopened:
        assert reopened.is_open


def test_remembered_vault_opens_at_once(qtbot: QtBot, access: VaultAccess, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _code = make_vault(folder)
    keychain = access.keychain()
    assert keychain is not None  # the tests' in-memory keychain
    vault.remember(keychain)
    vault.close()
    settings = AppSettings(recent_vaults=[str(folder)], remembered_vaults=[str(folder)])
    # Opening starts as the window is made; the result arrives through the event loop.
    window = StartWindow(access, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opened, timeout=10_000) as blocker:
        pass
    session = blocker.args[0]
    assert session.path == folder
    session.lock()


@pytest.mark.parametrize("available", [True, False])
def test_remember_is_off_and_disabled_with_reason_without_keychain(
    qtbot: QtBot, access: VaultAccess, monkeypatch: pytest.MonkeyPatch, available: bool
) -> None:
    reason = "This computer has no secure keychain (fictional reason for the test)."
    monkeypatch.setattr(access, "keychain_problem", lambda: "" if available else reason)
    window = make_start(qtbot, access, AppSettings())
    page = window.create_page
    assert not page.remember.isChecked()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=5000)
    assert page.remember.isEnabled() == available
    assert not page.remember.isChecked()
    if available:
        assert not page.keychain_note.isVisibleTo(window)
    else:
        assert page.keychain_note.isVisibleTo(window) and page.keychain_note.text() == reason
        assert page.remember.accessibleDescription() == reason


def test_first_run_with_keys_only_and_print(
    qtbot: QtBot, access: VaultAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from organizer.gui import printing

    printed: list[str] = []
    monkeypatch.setattr(
        printing, "print_document", lambda parent, doc, title: printed.append(doc.toPlainText())
    )
    window = make_start(qtbot, access, AppSettings())
    window.activateWindow()
    page = window.create_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.passphrase.first)

    def focus() -> Any:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    qtbot.keyClicks(focus(), NEW_PASSPHRASE)
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is page.passphrase.second
    qtbot.keyClicks(focus(), NEW_PASSPHRASE)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    recovery = window.recovery_page
    qtbot.waitUntil(lambda: window.stack.currentWidget().widget() is recovery, timeout=10_000)  # type: ignore[attr-defined]
    code = recovery.code_label.text()
    # The keyboard lands on Print; the printed page holds the code.
    assert focus() is recovery.print_button
    qtbot.keyClick(focus(), Qt.Key.Key_Space)
    assert printed and code in printed[0]
    # Alt+P prints as well. A mnemonic "clicks" the button with a short animation, so the
    # print starts about 100 ms after the key: a test must wait for it.
    qtbot.keyClick(focus(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert len(printed) == 1
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=2000)
    assert code in printed[1] and focus() is recovery.print_button
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # Save as PDF
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # the confirmation
    assert focus() is recovery.confirm
    qtbot.keyClick(focus(), Qt.Key.Key_Space)
    assert recovery.confirm.isChecked()
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is recovery.continue_button
    with qtbot.waitSignal(window.opened, timeout=5000) as blocker:
        qtbot.keyClick(focus(), Qt.Key.Key_Space)
    blocker.args[0].lock()

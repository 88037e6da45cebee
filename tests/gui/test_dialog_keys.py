"""Every dialog the app shows can be read by a screen reader and used with the keyboard alone.

Each dialog is opened the way a user reaches it (a button of a page, an unexpected error...);
the modal ones are shown by ``dialogs.run``, which the ``keyboard_user`` fixture replaces with
a user who walks the dialog (``tests/gui/a11y_walk.py``) and then answers with keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from organizer.gui import dialogs, errors
from organizer.gui.pages.trash import TrashPage
from organizer.gui.session import Session
from tests.gui.a11y_walk import activate_window, dialog_problems
from tests.gui.helpers import add_pdf_document

REAL = {name: getattr(dialogs, name) for name in ("ask_yes_no", "inform", "warn", "ask_text")}
REAL_ERROR_DIALOG = errors.show_error_dialog


def _first_field(dialog: QWidget) -> QWidget:
    """Where the focus should start: the text field, else the default button (Enter)."""
    if isinstance(dialog, QInputDialog):
        field = dialog.findChild(QLineEdit)
        assert field is not None
        return field
    if isinstance(dialog, QMessageBox):
        button = dialog.defaultButton()
        assert button is not None
        return button
    default = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert len(default) == 1, "a dialog needs one default button"
    return default[0]


class KeyboardUser:
    """Stands in for ``dialogs.run``: walks each dialog, then presses the planned keys."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.answers: list[Callable[[QDialog], None]] = []
        self.problems: list[str] = []
        self.seen: list[str] = []

    def run(self, dialog: QDialog) -> int:
        self.qtbot.addWidget(dialog)
        self.seen.append(dialog.windowTitle())
        found = dialog_problems(self.qtbot, dialog, _first_field(dialog))
        self.problems += [f"{dialog.windowTitle()}: {p}" for p in found]
        assert self.answers, f"no answer planned for {dialog.windowTitle()!r}"
        self.answers.pop(0)(dialog)
        self.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
        return dialog.result()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        """Plan an answer: ``key`` on whatever has the focus."""

        def answer(dialog: QDialog) -> None:
            self.qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)

        self.answers.append(answer)
        return self

    def type_then_enter(self, text: str) -> KeyboardUser:
        def answer(dialog: QDialog) -> None:
            focus = QApplication.focusWidget() or dialog
            self.qtbot.keyClicks(focus, text)
            self.qtbot.keyClick(focus, Qt.Key.Key_Return)

        self.answers.append(answer)
        return self


@pytest.fixture
def keyboard_user(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> KeyboardUser:
    user = KeyboardUser(qtbot)
    for name, function in REAL.items():
        monkeypatch.setattr(dialogs, name, function)
    monkeypatch.setattr(errors, "show_error_dialog", REAL_ERROR_DIALOG)
    monkeypatch.setattr(dialogs, "run", user.run)
    return user


def _trash_page(qtbot: QtBot, session: Session) -> TrashPage:
    doc = add_pdf_document(session, "Old scan")
    session.vault.trash(doc.id)  # type: ignore[union-attr]
    page = TrashPage(session)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    session.changed.emit()
    page.list.setCurrentIndex(page.model.index(0))
    page.list.setFocus()
    return page


@pytest.mark.parametrize(
    ("key", "modifier", "deleted"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, False),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, False),  # Cancel is the default
        (Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier, True),  # "Delete for good"
    ],
)
def test_delete_for_good_is_confirmed_with_keys(
    qtbot: QtBot,
    session: Session,
    keyboard_user: KeyboardUser,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier,
    deleted: bool,
) -> None:
    page = _trash_page(qtbot, session)
    keyboard_user.press(key, modifier)
    qtbot.keyClick(page.list, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(keyboard_user.seen), timeout=3000)
    assert keyboard_user.problems == []
    if deleted:
        qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
        assert session.content.documents == []
    else:
        assert page.model.rowCount() == 1


def test_a_warning_closes_with_enter(session: Session, keyboard_user: KeyboardUser) -> None:
    keyboard_user.press(Qt.Key.Key_Return)
    dialogs.warn(None, "Not saved", "The disk is full. Nothing was lost.")
    assert keyboard_user.seen == ["Not saved"]
    assert keyboard_user.problems == []


def test_a_message_closes_with_escape(keyboard_user: KeyboardUser) -> None:
    keyboard_user.press(Qt.Key.Key_Escape)
    dialogs.inform(None, "Printed", "The packet was sent to the printer.")
    assert keyboard_user.problems == []


def test_a_secret_is_typed_and_sent_with_enter(keyboard_user: KeyboardUser) -> None:
    keyboard_user.type_then_enter("fictional-pdf-password")
    answer = dialogs.ask_text(None, "Protected PDF", "Password for scan.pdf:", secret=True)
    assert answer == "fictional-pdf-password"
    assert keyboard_user.problems == []
    keyboard_user.press(Qt.Key.Key_Escape)
    assert dialogs.ask_text(None, "Protected PDF", "Password for scan.pdf:", secret=True) is None


def _raise_unexpected_error() -> None:
    try:
        raise ValueError("synthetic")
    except ValueError as exc:
        errors.excepthook(ValueError, exc, exc.__traceback__)


def test_an_unexpected_error_copied_and_closed_with_keys(
    qtbot: QtBot, keyboard_user: KeyboardUser
) -> None:
    copied: list[str] = []

    def copy_then_escape(dialog: QDialog) -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: bool(QApplication.clipboard().text()), timeout=2000)
        copied.append(QApplication.clipboard().text())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    keyboard_user.answers.append(copy_then_escape)
    QApplication.clipboard().clear()
    _raise_unexpected_error()
    assert keyboard_user.seen == ["Something went wrong"]
    assert keyboard_user.problems == []
    assert copied and "ValueError" in copied[0]


def test_an_unexpected_error_closes_with_enter(keyboard_user: KeyboardUser) -> None:
    keyboard_user.press(Qt.Key.Key_Return)  # the focus starts on Close
    _raise_unexpected_error()
    assert keyboard_user.seen == ["Something went wrong"] and keyboard_user.problems == []


@pytest.fixture
def settings_page(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Any]:
    from organizer.gui.pages import settings as settings_module
    from organizer.gui.platform import drives

    media = tmp_path / "media"
    (media / "BACKUP STICK").mkdir(parents=True)
    monkeypatch.setattr(settings_module, "settings_path", lambda: tmp_path / "settings.json")
    monkeypatch.setattr(
        drives, "create_drive_monitor", lambda parent: drives.MountFolderDrives([media], parent)
    )
    page = settings_module.SettingsPage(session)
    qtbot.addWidget(page)
    activate_window(qtbot, page)
    page.backup_button.setFocus()
    yield page
    for dialog in page.dialogs:
        dialog.close()


def _open_with(qtbot: QtBot, page: Any, key: Qt.Key) -> Any:
    before = len(page.dialogs)
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(page.dialogs) > before, timeout=2000)
    return page.dialogs[-1]


def test_backup_with_the_keyboard_alone(qtbot: QtBot, settings_page: Any) -> None:
    dialog = _open_with(qtbot, settings_page, Qt.Key.Key_B)
    assert dialog_problems(qtbot, dialog, dialog.usb_radio) == []
    # Enter starts the backup (the default button); the status says when it is checked.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.backup_path is not None, timeout=10_000)
    assert "checked" in dialog.status.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_stops_a_backup_in_progress(
    qtbot: QtBot, settings_page: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_with(qtbot, settings_page, Qt.Key.Key_B)
    activate_window(qtbot, dialog)
    events: list[str] = []

    class SlowJob:  # a backup still copying when the user presses Escape
        def cancel(self) -> None:
            events.append("cancel")

        def join(self, timeout: float) -> None:
            events.append("join")

    monkeypatch.setattr(dialog._session, "run_vault_job", lambda *a, **k: SlowJob())
    monkeypatch.setattr(dialog.monitor, "stop", lambda: events.append("stop watching"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.job is not None and not dialog.start_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert events[:3] == ["cancel", "join", "stop watching"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_about_with_the_keyboard_alone(qtbot: QtBot, settings_page: Any, key: Qt.Key) -> None:
    dialog = _open_with(qtbot, settings_page, Qt.Key.Key_A)
    assert dialog_problems(qtbot, dialog, dialog.close_button) == []
    qtbot.keyClick(QApplication.focusWidget(), key)
    assert not dialog.isVisible()


def _start_window(qtbot: QtBot, tmp_path: Path, *, known: bool) -> Any:
    from organizer.gui.settings import AppSettings
    from organizer.gui.start.start_window import StartWindow
    from organizer.gui.vault_access import VaultAccess
    from tests.vault_helpers import FAST_KDF

    settings = AppSettings()
    if known:
        folder = tmp_path / "vault"
        folder.mkdir()
        settings.recent_vaults = [str(folder)]
    window = StartWindow(VaultAccess(kdf=FAST_KDF, state_dir=tmp_path / "state"), settings)
    qtbot.addWidget(window)
    return window


def test_start_pages_with_the_keyboard_alone(qtbot: QtBot, tmp_path: Path) -> None:
    window = _start_window(qtbot, tmp_path, known=True)
    found = []
    unlock = window.unlock_page
    found += [f"unlock: {p}" for p in dialog_problems(qtbot, window, unlock.passphrase)]
    unlock.show_recovery(True)
    found += [f"recovery code: {p}" for p in dialog_problems(qtbot, window, unlock.code)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # back to the passphrase
    assert unlock.passphrase_box.isVisible() and QApplication.focusWidget() is unlock.passphrase
    window.show_page(window.create_page)
    create = window.create_page
    found += [f"create: {p}" for p in dialog_problems(qtbot, window, create.passphrase.first)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Back: nothing made
    assert window.stack.currentWidget().widget() is unlock
    window.show_page(window.create_page)
    window.show_page(window.recovery_page)
    recovery = window.recovery_page
    found += [f"code shown: {p}" for p in dialog_problems(qtbot, window, recovery.print_button)]
    window.jobs.wait_all()
    assert found == [], "\n".join(found)


def test_the_walk_catches_keyboard_traps(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    name = QLineEdit(dialog)
    name.setAccessibleName("Name")
    name.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # out of the keyboard's reach
    label = QLabel("&Name:", dialog)
    label.setBuddy(name)
    form.addRow(label, name)
    notes = QLineEdit(dialog)
    form.addRow("No&tes:", notes)  # named by its label: fine
    for text in ("&Print", "&Paste", "Save"):
        button = QPushButton(text, dialog)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(text)
        form.addRow(button)
    ok = QPushButton("&OK", dialog)
    ok.setDefault(True)
    form.addRow(ok)
    found = dialog_problems(qtbot, dialog, name, descriptions=False)
    assert "clash: Alt+P: ['&Print', '&Paste']" in found
    assert "no Alt+letter: 'Save'" in found
    assert "Alt+N ('&Name:') did not move to its field" in found
    assert "Tab never reaches QLineEdit 'Name'" in found
    assert any(p.startswith("focus starts on") for p in found)
    assert "names: QPushButton '&OK' has no accessible name" in found
    assert len(found) == 6, found


def test_ask_one_more_doctor_with_the_keyboard_alone(
    qtbot: QtBot, session: Session, keyboard_user: KeyboardUser
) -> None:
    from organizer.gui.main_window import MainWindow
    from tests.gui.pages.planning_case import fill_planning_case

    fill_planning_case(session)
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    activate_window(qtbot, window)
    window.sidebar.choose("after")
    after = window.pages["after"]
    after.another_button.setFocus()
    keyboard_user.type_then_enter("Dr. Fourth Example")  # the name, then Enter: OK
    keyboard_user.press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "Make a packet"
    qtbot.keyClick(after.another_button, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(keyboard_user.seen) == 2, timeout=3000)
    assert keyboard_user.problems == []
    export = window.pages["export"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is export, timeout=3000)
    assert export.contents.recipient.text() == "Dr. Fourth Example"


@pytest.mark.parametrize(
    ("texts", "marked"),
    [
        (["Remove", "Cancel"], ["&Remove", "&Cancel"]),
        (["Cancel", "Close"], ["&Cancel", "C&lose"]),  # never the same letter twice
        (["Keep adding", "&Stop"], ["&Keep adding", "&Stop"]),  # a chosen letter is kept
        (["Smith & Jones", "&Stop"], ["Smith && &Jones", "&Stop"]),  # a lone "&" stays text
    ],
)
def test_answer_buttons_get_one_letter_each(texts: list[str], marked: list[str]) -> None:
    assert dialogs.with_mnemonics(texts) == marked


def test_an_ampersand_in_a_file_name_is_shown_as_is(keyboard_user: KeyboardUser) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = dialogs.text_box(None, "Protected PDF", "Password for R&D scan.pdf:", secret=True)
    label = dialog.findChild(QLabel)
    assert label is not None and label.text() == "Password for R&&D scan.pdf:"
    dialog.deleteLater()


def test_a_protected_pdf_is_unlocked_with_the_keyboard_alone(
    qtbot: QtBot, session: Session, keyboard_user: KeyboardUser, tmp_path: Path
) -> None:
    from organizer.gui.main_window import MainWindow
    from tests.gui.helpers import drop_files
    from tests.synthetic import encrypted_pdf_bytes, write

    pdf = write(tmp_path / "Portal download.pdf", encrypted_pdf_bytes(user_password="fict-1234"))
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    activate_window(qtbot, window)
    keyboard_user.type_then_enter("wrong")  # asked again after a wrong password
    keyboard_user.type_then_enter("fict-1234")
    drop_files(window.documents.table.viewport(), [pdf])
    qtbot.waitUntil(lambda: not window.importer.running, timeout=30_000)
    assert len(keyboard_user.seen) == 2 and keyboard_user.problems == []
    (doc,) = session.content.active_documents()
    assert doc.parts[0].unlocked_blob_id


def test_a_screen_reader_hears_the_question_once_not_on_every_answer(qtbot: QtBot) -> None:
    question = "Delete “Old scan” for good? It cannot be brought back, not even from the trash."
    box, yes = dialogs.yes_no_box(
        None, "Delete for good", question, yes="&Delete for good", no="Cancel"
    )
    qtbot.addWidget(box)
    answers = [b for b in box.buttons() if b.accessibleName()]
    assert sorted(b.accessibleName() for b in answers) == ["Cancel", "Delete for good"]
    for button in answers:
        assert button.accessibleDescription() == "Delete for good"  # the short title only
        assert question not in button.accessibleDescription() + button.toolTip()
    assert yes in answers

"""Every interactive control has an accessible name (unique in its window) and a description."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from organizer.gui.errors import ErrorDialog
from organizer.gui.main_window import MainWindow
from organizer.gui.session import Session
from organizer.gui.settings import AppSettings
from organizer.gui.start.start_window import StartWindow
from organizer.gui.vault_access import VaultAccess
from tests.gui.a11y_walk import name_problems
from tests.gui.helpers import add_pdf_document
from tests.vault_helpers import FAST_KDF


def problems(window: QWidget) -> list[str]:
    return name_problems(window)


def test_start_window_controls_are_named(qtbot: QtBot, tmp_path: Path) -> None:
    window = StartWindow(VaultAccess(kdf=FAST_KDF), AppSettings())
    qtbot.addWidget(window)
    assert problems(window) == []


def test_main_window_controls_are_named(qtbot: QtBot, session: Session) -> None:
    add_pdf_document(session, "Biopsy report")
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.import_panel.show()
    assert problems(window) == []


def test_error_dialog_controls_are_named(qtbot: QtBot) -> None:
    dialog = ErrorDialog("ValueError\n  File x, line 1")
    qtbot.addWidget(dialog)
    assert problems(dialog) == []


def test_the_check_catches_an_unnamed_control(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    named_button = QPushButton("Save", window)
    named_button.setAccessibleName("Save")
    named_button.setAccessibleDescription("Saves")
    twin = QPushButton("Save too", window)
    twin.setAccessibleName("Save")
    twin.setAccessibleDescription("Saves too")
    layout.addWidget(named_button)
    layout.addWidget(twin)
    layout.addWidget(QPushButton("Unnamed", window))
    found = problems(window)
    assert "QPushButton name 'Save' is used 2 times" in found
    assert "QPushButton 'Unnamed' has no accessible name" in found

"""No two visible controls in a window answer the same Alt+letter.

When two do, Qt treats the key as ambiguous: it only moves the focus between them and clicks
nothing, so a keyboard user pressing Alt+P for "Print" gets no print.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from organizer.gui.main_window import MainWindow
from organizer.gui.session import Session
from organizer.gui.settings import AppSettings
from organizer.gui.start.start_window import StartWindow
from organizer.gui.vault_access import VaultAccess
from tests.gui.a11y_walk import clashes
from tests.gui.helpers import add_pdf_document
from tests.vault_helpers import FAST_KDF


def test_the_check_catches_a_clash(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("&Print...", window))
    layout.addWidget(QPushButton("&Paste", window))
    layout.addWidget(QPushButton("Save && &quit", window))
    hidden = QPushButton("&Quit", window)
    layout.addWidget(hidden)
    hidden.hide()
    assert clashes(window) == ["Alt+P: ['&Print...', '&Paste']"]


def test_no_clashes_on_any_start_page(qtbot: QtBot) -> None:
    window = StartWindow(VaultAccess(kdf=FAST_KDF), AppSettings())
    qtbot.addWidget(window)
    window.show()
    found = []
    for index in range(window.stack.count()):
        window.stack.setCurrentIndex(index)
        found += clashes(window)
    window.jobs.wait_all()
    assert found == [], "\n".join(found)


def test_no_clashes_on_any_page_of_the_main_window(qtbot: QtBot, session: Session) -> None:
    add_pdf_document(session, "Biopsy report")
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    found = []
    for entry in window.sidebar.entries:
        window.sidebar.choose(entry.key)
        QApplication.processEvents()
        page = window.stack.currentWidget()
        found += [f"{entry.key}: {c}" for c in clashes(window)]
        # Pages made of steps (the packet) show one step at a time: check each.
        for stack in page.findChildren(QStackedWidget):
            for index in range(stack.count()):
                stack.setCurrentIndex(index)
                found += [f"{entry.key} step {index}: {c}" for c in clashes(window)]
            stack.setCurrentIndex(0)
    assert found == [], "\n".join(found)

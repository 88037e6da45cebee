"""No two visible controls in a window answer the same Alt+letter.

When two do, Qt treats the key as ambiguous: it only moves the focus between them and clicks
nothing, so a keyboard user pressing Alt+P for "Print" gets no print.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from organizer.gui.main_window import MainWindow
from organizer.gui.session import Session
from organizer.gui.settings import AppSettings
from organizer.gui.start.start_window import StartWindow
from organizer.gui.vault_access import VaultAccess
from tests.gui.helpers import add_pdf_document
from tests.vault_helpers import FAST_KDF

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _key(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(window: QWidget) -> list[str]:
    """Alt+letters used by more than one visible, enabled control of ``window``."""
    users: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        key = _key(text)
        if key is not None:
            users[key].append(text)

    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible() and action.isEnabled():
                add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabEnabled(index):
                    add(widget.tabText(index))
    return sorted(f"Alt+{k.upper()}: {v}" for k, v in users.items() if len(v) > 1)


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

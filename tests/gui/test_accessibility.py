"""Every interactive control has an accessible name (unique in its window) and a description."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from organizer.gui.errors import ErrorDialog
from organizer.gui.main_window import MainWindow
from organizer.gui.session import Session
from organizer.gui.settings import AppSettings
from organizer.gui.start.start_window import StartWindow
from organizer.gui.vault_access import VaultAccess
from tests.gui.helpers import add_pdf_document
from tests.vault_helpers import FAST_KDF

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
# Parts of compound controls: the compound control carries the name.
INTERNAL_PARENTS = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView, QScrollBar)


def interactive_controls(window: QWidget) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if _inside_compound(widget, window):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own helpers (toolbar extension...)
            continue
        found.append(widget)
    return found


def _inside_compound(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, INTERNAL_PARENTS):
            return True
        parent = parent.parentWidget()
    return False


def problems(window: QWidget) -> list[str]:
    controls = interactive_controls(window)
    assert controls, "no controls found: the walk is broken"
    issues = []
    names = Counter(w.accessibleName() for w in controls)
    for widget in controls:
        kind = type(widget).__name__
        name = widget.accessibleName()
        if not name.strip():
            text = getattr(widget, "text", lambda: "")()
            issues.append(f"{kind} {text!r} has no accessible name")
        elif names[name] > 1:
            issues.append(f"{kind} name {name!r} is used {names[name]} times")
        if not widget.accessibleDescription().strip():
            issues.append(f"{kind} {name!r} has no accessible description")
    return sorted(set(issues))


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

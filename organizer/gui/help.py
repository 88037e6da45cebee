"""The user guide, shown inside the app: works offline and needs no browser.

The guide's one source is ``docs/user-guide.md``. The wheel carries a copy as
``organizer/resources/help/user-guide.md`` (a hatch force-include in pyproject.toml), so an
installed app finds it through ``resource_path``; a source checkout reads ``docs/`` directly.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from organizer.core.resources import resource_path
from organizer.gui.a11y import named

log = logging.getLogger(__name__)

_SOURCE_TREE_GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"


def user_guide_path() -> Path | None:
    """Where the user guide is: bundled with the app, else in the source tree; None if lost."""
    try:
        return resource_path("help", "user-guide.md")
    except FileNotFoundError:
        pass
    return _SOURCE_TREE_GUIDE if _SOURCE_TREE_GUIDE.is_file() else None


class HelpWindow(QWidget):
    """A window with the user guide; links to web pages open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("User guide"))
        layout = QVBoxLayout(self)
        self.browser = named(
            QTextBrowser(self),
            self.tr("User guide text"),
            self.tr("How to use the app, step by step. Use the arrow keys to read on."),
            tooltip=False,
        )
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(self.close_button, self.tr("Close the user guide"), self.tr("Close this window."))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.close)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 40)
        self.load()

    def load(self) -> None:
        path = user_guide_path()
        text = ""
        if path is not None:
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                log.warning("user guide unreadable: %s", type(exc).__name__)
        if text:
            self.browser.setMarkdown(text)
        else:
            self.browser.setPlainText(
                self.tr(
                    "The user guide is missing from this installation. Please reinstall the app."
                )
            )

    def show_guide(self) -> None:
        """Show the window (again) in front, with the keyboard in the text."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.setFocus()

"""Unexpected errors: a calm dialog with "Copy details", and a log without medical content.

The details hold the error type and the code locations only. Exception messages can quote
data (a title, a file name), so they are left out of the log and of the copied details.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer import APP_NAME, __version__
from organizer.gui import dialogs
from organizer.gui.a11y import named

log = logging.getLogger(__name__)


def safe_details(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Error type and code locations, without the message (it could hold medical text)."""
    frames = traceback.extract_tb(tb)
    lines = [f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}", exc_type.__name__]
    lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines)


class ErrorDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("errors", "Something went wrong"))
        layout = QVBoxLayout(self)
        text = QLabel(
            QCoreApplication.translate(
                "errors",
                "Something unexpected happened. Your records are safe: everything saved is kept "
                "in the vault. You can go on working; if this happens again, please send the "
                "details below to the app's makers. They contain no medical information.",
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details = named(
            QPlainTextEdit(details, self),
            QCoreApplication.translate("errors", "Error details"),
            QCoreApplication.translate(
                "errors", "Technical details of the problem, without any medical information."
            ),
        )
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(self)
        self.copy_button = named(
            QPushButton(QCoreApplication.translate("errors", "&Copy details"), self),
            QCoreApplication.translate("errors", "Copy details"),
            QCoreApplication.translate(
                "errors", "Copy the technical details, to paste them in an e-mail or a bug report."
            ),
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("errors", "C&lose"))  # Alt+C copies
        named(
            close,
            QCoreApplication.translate("errors", "Close this message"),
            QCoreApplication.translate("errors", "Close this message and go on."),
        )
        close.setDefault(True)
        close.setFocus()  # Enter closes; the details are one Tab away
        buttons.rejected.connect(self.reject)
        close.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(QCoreApplication.translate("errors", "Copied"))


def show_error_dialog(details: str) -> None:
    """Shown for an unexpected error (replaceable in tests)."""
    dialogs.run(ErrorDialog(details, QApplication.activeWindow()))


_showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = safe_details(exc_type, tb)
    log.error("unexpected error:\n%s", details)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        show_error_dialog(details)
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = excepthook

"""Every dialog the pages open, as module-level functions that tests replace.

Pages never call QFileDialog/QMessageBox/QPrintDialog directly, so a test can answer for the
user (monkeypatch ``prompts.choose_folder`` etc.) without a modal loop. File and message
dialogs go through the app's ``organizer.gui.dialogs`` (looked up at call time, so a test
replacing a function there is obeyed here too); the print dialog lives here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from organizer.gui import dialogs


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """Ask for a folder; None if the user cancels."""
    return dialogs.choose_folder(parent, title, start)


def choose_save_file(
    parent: QWidget | None, title: str, suggested: Path, filter_text: str
) -> Path | None:
    """Ask where to save a file; None if the user cancels."""
    return dialogs.choose_save_file(parent, title, suggested, filter_text)


def confirm(parent: QWidget | None, title: str, question: str, yes_text: str) -> bool:
    """Ask a yes/no question whose "yes" button says what will happen (Cancel is the default)."""
    return dialogs.ask_yes_no(
        parent, title, question, yes=yes_text, no=QCoreApplication.translate("prompts", "Cancel")
    )


def inform(parent: QWidget | None, title: str, message: str) -> None:
    dialogs.inform(parent, title, message)


def warn(parent: QWidget | None, title: str, message: str) -> None:
    dialogs.warn(parent, title, message)


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for one line of text; None if the user cancels."""
    return dialogs.ask_text(parent, title, label)


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """Show the system print dialog; the chosen printer, or None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer

"""Every dialog the pages open, as module-level functions that tests replace.

Pages never call QFileDialog/QMessageBox/QPrintDialog directly, so a test can answer for
the user (monkeypatch ``prompts.choose_folder`` etc.) without a modal loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("prompts", text)


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """Ask for a folder; None if the user cancels."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
    return Path(chosen) if chosen else None


def choose_save_file(
    parent: QWidget | None, title: str, suggested: Path, filter_text: str
) -> Path | None:
    """Ask where to save a file; None if the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_text)
    return Path(chosen) if chosen else None


def confirm(parent: QWidget | None, title: str, question: str, yes_text: str) -> bool:
    """Ask a yes/no question whose "yes" button says what will happen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def warn(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """Show the system print dialog; the chosen printer, or None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer

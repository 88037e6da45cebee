"""Printing through the system print dialog, behind one function tests can replace."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def print_document(parent: QWidget | None, document: QTextDocument, title: str) -> bool:
    """Show the system print dialog and print ``document``. True if it was sent to print."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True

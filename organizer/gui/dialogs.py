"""File dialogs and message boxes behind module functions, so tests can replace them.

Every place in the app that asks the user for a file, a folder or a yes/no goes through these
functions (tests monkeypatch them; see tests/gui). Texts are plain words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def choose_files_to_add(parent: QWidget | None) -> list[Path]:
    """Ask for documents to add (PDFs and pictures). An empty list if cancelled."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("dialogs", "Add documents"),
        str(Path.home()),
        QCoreApplication.translate(
            "dialogs",
            "Documents and pictures (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff);;",
        )
        + QCoreApplication.translate("dialogs", "All files (*)"),
    )
    return [Path(n) for n in names]


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """Ask for a folder. None if cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
    return Path(name) if name else None


def choose_save_file(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str
) -> Path | None:
    """Ask where to save a file. None if cancelled."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
    """A question with two plainly labelled buttons. True if the user chose ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, *, secret: bool = False) -> str | None:
    """Ask for one line of text (a PDF's password...). None if cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, mode)
    return text if ok else None

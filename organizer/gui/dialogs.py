"""File dialogs and message boxes behind module functions, so tests can replace them.

Every place in the app that asks the user for a file, a folder or a yes/no goes through these
functions (tests monkeypatch them; see tests/gui). Texts are plain words.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from organizer.gui.a11y import named


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


def run(dialog: QDialog) -> int:
    """Show ``dialog`` modally and return its result (tests replace this to work the dialog)."""
    return dialog.exec()


def with_mnemonics(texts: list[str]) -> list[str]:
    """Give each button text an underlined letter (Alt+letter), none used twice.

    A text that already has one keeps it; the others get the first free letter, preferring
    the start of a word, so a keyboard user can answer with one key in any language.
    """
    taken = {key for text in texts if (key := _mnemonic(text)) is not None}
    marked = []
    for text in texts:
        if _mnemonic(text) is not None:
            marked.append(text)
            continue
        plain = text.replace("&", "&&")
        spots = [i for i, c in enumerate(plain) if c.isalnum() and (i == 0 or plain[i - 1] == " ")]
        spots += [i for i, c in enumerate(plain) if c.isalnum() and i not in spots]
        free = next((i for i in spots if plain[i].casefold() not in taken), None)
        if free is None:
            marked.append(plain)
            continue
        taken.add(plain[free].casefold())
        marked.append(plain[:free] + "&" + plain[free:])
    return marked


_MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def yes_no_box(
    parent: QWidget | None, title: str, text: str, *, yes: str, no: str
) -> tuple[QMessageBox, QPushButton]:
    """The question box of ``ask_yes_no`` and its "yes" button; "no" is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    yes_text, no_text = with_mnemonics([yes, no])
    yes_button = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    for button, name in ((yes_button, yes), (no_button, no)):
        # The name is the answer (without its "&"); the description is the short title: the
        # whole question is read once, with the box, not again on each button.
        named(button, re.sub("&(.)", r"\1", name), title, tooltip=False)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    return box, yes_button


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
    """A question with two plainly labelled buttons. True if the user chose ``yes``."""
    box, yes_button = yes_no_box(parent, title, text, yes=yes, no=no)
    run(box)
    return box.clickedButton() is yes_button


def message_box(parent: QWidget | None, title: str, text: str, *, warning: bool) -> QMessageBox:
    """A message with one OK button (Enter and Escape both close it)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.setText(QCoreApplication.translate("dialogs", "&OK"))
    named(ok, QCoreApplication.translate("dialogs", "OK"), title, tooltip=False)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(ok)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    run(message_box(parent, title, text, warning=False))


def warn(parent: QWidget | None, title: str, text: str) -> None:
    run(message_box(parent, title, text, warning=True))


def text_box(parent: QWidget | None, title: str, label: str, *, secret: bool) -> QInputDialog:
    """The one-line question of ``ask_text``: the field has the label as its name."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    # The label names the field and underlines a letter; an "&" in a file name is just text.
    dialog.setLabelText(label.replace("&", "&&"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
    # Setting the button texts makes Qt build the dialog's controls, so they can be named.
    dialog.setOkButtonText(QCoreApplication.translate("dialogs", "&OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("dialogs", "&Cancel"))
    field = dialog.findChild(QLineEdit)
    if field is not None:
        named(field, label, title)
    buttons = dialog.findChild(QDialogButtonBox)
    if buttons is not None:
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        named(ok, QCoreApplication.translate("dialogs", "OK"), label)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, QCoreApplication.translate("dialogs", "Cancel"), title)
    return dialog


def ask_text(parent: QWidget | None, title: str, label: str, *, secret: bool = False) -> str | None:
    """Ask for one line of text (a PDF's password...). None if cancelled."""
    dialog = text_box(parent, title, label, secret=secret)
    if run(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()

"""A passphrase strength hint in plain words, and the two-field passphrase entry."""

from __future__ import annotations

import math
import string

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from organizer.gui.a11y import named

MIN_LENGTH = 10


def estimated_bits(passphrase: str) -> float:
    """A rough guess of the guessing effort, in bits (words count as a bigger alphabet)."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    pool = max(pool, 10)
    unique_share = len(set(passphrase)) / len(passphrase)
    return len(passphrase) * math.log2(pool) * min(1.0, 0.4 + unique_share)


def strength_hint(passphrase: str) -> tuple[str, bool]:
    """(hint text, acceptable). Acceptable means long enough to use."""
    if not passphrase:
        return QCoreApplication.translate(
            "passphrase", "Choose a passphrase: four or more unrelated words work well."
        ), False
    if len(passphrase) < MIN_LENGTH:
        return (
            QCoreApplication.translate(
                "passphrase",
                "Too short. Use at least %n characters; four unrelated words work well.",
            ).replace("%n", str(MIN_LENGTH)),
            False,
        )
    bits = estimated_bits(passphrase)
    if bits < 45:
        return QCoreApplication.translate(
            "passphrase", "Weak: easy to guess. Add more words."
        ), True
    if bits < 70:
        return QCoreApplication.translate(
            "passphrase", "Fair. One or two more words would make it strong."
        ), True
    return QCoreApplication.translate("passphrase", "Strong."), True


class NewPassphraseFields(QWidget):
    """Passphrase twice, with a live strength hint. ``acceptable_changed`` on every edit."""

    edited = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        first_name: str = "",
        second_name: str = "",
    ) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = named(
            QLineEdit(self),
            first_name or QCoreApplication.translate("passphrase", "New passphrase"),
            QCoreApplication.translate(
                "passphrase", "The passphrase that will open this vault. Type it here."
            ),
        )
        self.second = named(
            QLineEdit(self),
            second_name or QCoreApplication.translate("passphrase", "Repeat the passphrase"),
            QCoreApplication.translate(
                "passphrase", "Type the same passphrase again, to be sure it has no typing mistake."
            ),
        )
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form.addRow(QCoreApplication.translate("passphrase", "&Passphrase:"), self.first)
        form.addRow(QCoreApplication.translate("passphrase", "&Repeat it:"), self.second)
        form.addRow("", self.hint)
        for label_field in (self.first, self.second):
            label = form.labelForField(label_field)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str:
        """Why the passphrase cannot be used yet, or "" when it can."""
        hint, acceptable = strength_hint(self.first.text())
        if not acceptable:
            return hint
        if self.first.text() != self.second.text():
            return QCoreApplication.translate(
                "passphrase", "The two passphrases are not the same yet."
            )
        return ""

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        hint, acceptable = strength_hint(self.first.text())
        if acceptable and self.second.text() and self.first.text() != self.second.text():
            hint += " " + QCoreApplication.translate(
                "passphrase", "The two passphrases are not the same yet."
            )
        self.hint.setText(hint)
        self.edited.emit()

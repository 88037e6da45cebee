"""Showing a packet password: large and plain, to copy (cleared after 30 s) or print as a card."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from organizer.gui.pages import printing
from organizer.gui.pages.common import describe, paragraph

# The copied password is removed from the clipboard after this long (if still there).
CLIPBOARD_CLEAR_MS = 30_000


def card_html(password: str, recipient: str, tr_title: str, tr_note: str) -> str:
    who = f"<p>{html.escape(recipient)}</p>" if recipient else ""
    return (
        f"<h1>{html.escape(tr_title)}</h1>{who}"
        f'<p style="font-size:24pt; font-family:monospace">{html.escape(password)}</p>'
        f"<p>{html.escape(tr_note)}</p>"
    )


class PasswordCard(QWidget):
    """The password, with Copy and Print buttons. Give it a password with ``set_password``."""

    def __init__(self, parent: QWidget | None = None, *, context: str = "") -> None:
        """``context`` tells apart two cards in one window in their accessible names."""
        super().__init__(parent)
        suffix = f" ({context})" if context else ""
        self._password = ""
        self.recipient = ""
        self.field = QLineEdit()
        self.field.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), QFont().pointSizeF()) * 1.4)
        self.field.setFont(font)
        describe(
            self.field,
            self.tr("Packet password") + suffix,
            self.tr("The password that opens the packet"),
        )
        self.copy_button = QPushButton(self.tr("&Copy password"))
        describe(
            self.copy_button,
            self.tr("Copy the packet password") + suffix,
            self.tr("Copies it; it is removed from the clipboard after 30 seconds"),
        )
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("Print password ca&rd..."))
        describe(
            self.print_button,
            self.tr("Print the password card") + suffix,
            self.tr("Print the password on its own page"),
        )
        self.print_button.clicked.connect(self.print_card)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._clear_timer = QTimer(self)
        self._clear_timer.setObjectName("clear copied password")
        self._clear_timer.setSingleShot(True)
        self._clear_timer.timeout.connect(self.clear_clipboard)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Send the password separately from the packet: tell it by phone, or give "
                    "the printed card by hand. Never put it in the same email."
                )
            )
        )
        layout.addWidget(self.status)

    def password(self) -> str:
        return self._password

    def set_password(self, password: str) -> None:
        self._password = password
        self.field.setText(password)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._password)
        self._clear_timer.start(CLIPBOARD_CLEAR_MS)
        self.status.setText(self.tr("Copied. It will be removed from the clipboard in 30 seconds."))

    def clear_clipboard(self) -> None:
        self._clear_timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._password and clipboard.text() == self._password:
            clipboard.clear()
        self.status.setText("")

    def print_card(self) -> None:
        body = card_html(
            self._password,
            self.recipient,
            self.tr("Password for the medical records packet"),
            self.tr("Type it exactly as shown when the PDF asks for a password."),
        )
        printing.print_html(self, self.tr("Password card"), body)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page ends the wait early: clear now rather than leave it behind.
        if self._clear_timer.isActive():
            self.clear_clipboard()
        super().hideEvent(event)

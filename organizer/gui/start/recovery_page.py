"""The recovery code, shown once, with Print / Save as PDF and a confirmation to continue."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from organizer import APP_NAME
from organizer.gui import dialogs
from organizer.gui.a11y import named


class RecoveryCodePage(QWidget):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._folder = ""
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Your recovery code"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        layout.addWidget(heading)
        text = QLabel(
            self.tr(
                "If you ever forget your passphrase, this code opens the vault. It is shown only "
                "now. Print it or save it, and keep it somewhere safe, away from this computer."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.code_label = QLabel(self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.5)
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setWordWrap(True)
        named(self.code_label, self.tr("Recovery code"), self.tr("The code, shown once."))
        layout.addWidget(self.code_label)
        buttons = QHBoxLayout()
        self.print_button = named(
            QPushButton(self.tr("&Print..."), self),
            self.tr("Print the recovery code"),
            self.tr("Print the recovery code on paper."),
        )
        self.print_button.clicked.connect(self._print)
        self.pdf_button = named(
            QPushButton(self.tr("&Save as PDF..."), self),
            self.tr("Save the recovery code as PDF"),
            self.tr("Save the recovery code in a PDF file, for example on a USB stick."),
        )
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.confirm = named(
            QCheckBox(self.tr("I &have put it somewhere safe"), self),
            self.tr("I have put the recovery code somewhere safe"),
            self.tr("Tick this once the code is printed or saved. Then you can continue."),
        )
        layout.addWidget(self.confirm)
        self.continue_button = named(
            QPushButton(self.tr("C&ontinue"), self),
            self.tr("Continue to my records"),
            self.tr("Open the new vault. The code will not be shown again."),
        )
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        layout.addWidget(self.continue_button)
        layout.addStretch(1)

    def show_code(self, code: str, folder: str) -> None:
        self._code = code
        self._folder = folder
        self.code_label.setText(code)
        self.confirm.setChecked(False)

    def _document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(
            "<h1>{}</h1><p>{}</p><p style='font-size:20pt; font-family:monospace'><b>{}</b></p>"
            "<p>{}</p>".format(
                self.tr("%s recovery code").replace("%s", APP_NAME),
                self.tr("This code opens the vault in this folder if the passphrase is lost:")
                + "<br>"
                + self._folder,
                self._code,
                self.tr("Keep it safe and private. Anyone with it and the vault can read it."),
            )
        )
        return doc

    def _print(self) -> None:
        from organizer.gui import printing  # Qt's print support loads only when used

        printing.print_document(self, self._document(), self.tr("Print the recovery code"))

    def _save_pdf(self) -> None:
        from pathlib import Path

        target = dialogs.choose_save_file(
            self,
            self.tr("Save the recovery code"),
            Path.home() / "Recovery code.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        writer = QPdfWriter(str(target))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
            )
        )
        writer.setTitle(self.tr("Recovery code"))
        self._document().print_(writer)

    def _finish(self) -> None:
        self._code = ""
        self.code_label.clear()
        self.finished.emit()

"""First run: what the app does, where the vault goes, the passphrase, "remember" choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.gui import dialogs
from organizer.gui.a11y import named
from organizer.gui.start.passphrase import NewPassphraseFields


class CreateVaultPage(QWidget):
    """Emits ``create_requested(folder, passphrase, remember)`` when the user confirms."""

    create_requested = Signal(object, str, object)  # Path, passphrase, remember (as object)
    back_requested = Signal()

    def __init__(
        self,
        default_folder: Path,
        keychain_problem: str | None,
        *,
        first_run: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = default_folder
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome") if first_run else self.tr("Make a new vault"), self)
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "This app keeps your medical records together and makes one PDF packet for a "
                "doctor giving a second opinion. Everything stays on this computer, encrypted "
                "with a passphrase only you know."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        layout.addWidget(QLabel(self.tr("Your records will be kept in this folder:"), self))
        row = QHBoxLayout()
        self.folder_field = named(
            QLineEdit(str(default_folder), self),
            self.tr("Vault folder"),
            self.tr("The folder where the encrypted records are kept."),
        )
        self.folder_field.setReadOnly(True)
        row.addWidget(self.folder_field, 1)
        self.choose_button = named(
            QPushButton(self.tr("Choose another &folder..."), self),
            self.tr("Choose another folder"),
            self.tr("Keep the vault in a different folder, for example on a USB drive."),
        )
        self.choose_button.clicked.connect(self._choose_folder)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.passphrase = NewPassphraseFields(self)
        self.passphrase.edited.connect(self._update)
        layout.addWidget(self.passphrase)
        warning = QLabel(
            self.tr(
                "Nobody, not even the app's makers, can open the vault without the passphrase "
                "or the recovery code you will see next."
            ),
            self,
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)

        self.remember = named(
            QCheckBox(self.tr("Re&member on this computer"), self),
            self.tr("Remember on this computer"),
            self.tr("Open this vault without typing the passphrase on this computer."),
        )
        self.remember.setChecked(False)
        layout.addWidget(self.remember)
        self.keychain_note = QLabel(self)
        self.keychain_note.setWordWrap(True)
        layout.addWidget(self.keychain_note)
        self.set_keychain_problem(keychain_problem)

        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)
        buttons = QHBoxLayout()
        self.back_button = named(
            QPushButton(self.tr("&Back"), self),
            self.tr("Back to opening a vault"),
            self.tr("Go back without making a vault."),
        )
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.setVisible(not first_run)
        # Escape goes back as the button does (on the first run there is nothing to go back to).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.create_button = named(
            QPushButton(self.tr("&Create vault"), self),
            self.tr("Create vault"),
            self.tr("Make the encrypted vault with this passphrase."),
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.passphrase.first.returnPressed.connect(self.passphrase.second.setFocus)
        self.passphrase.second.returnPressed.connect(self._create)
        self._update()

    def _escape(self) -> None:
        if self.back_button.isVisibleTo(self):
            self.back_requested.emit()

    def set_keychain_problem(self, problem: str | None) -> None:
        """Why the passphrase cannot be remembered here ("" if it can; None: still checking)."""
        self._keychain_ok = problem == ""
        if problem is None:
            problem = self.tr("Checking whether this computer has a secure keychain...")
        self.remember.setEnabled(self._keychain_ok)
        if not self._keychain_ok:
            self.remember.setChecked(False)
        self.remember.setAccessibleDescription(
            problem or self.tr("Open this vault without typing the passphrase on this computer.")
        )
        self.keychain_note.setText(problem)
        self.keychain_note.setVisible(bool(problem))

    def set_busy(self, busy: bool, message: str = "") -> None:
        for widget in (self.passphrase, self.choose_button, self.create_button):
            widget.setEnabled(not busy)
        self.remember.setEnabled(not busy and self._keychain_ok)
        self.problem_label.setText(message)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.problem_label.setText(message)

    def _choose_folder(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Choose a folder for the vault"), self.folder)
        if chosen is not None:
            # A vault goes in its own new folder inside the chosen one.
            self.folder = chosen / "Second Opinion records" if any(chosen.iterdir()) else chosen
            self.folder_field.setText(str(self.folder))

    def _update(self) -> None:
        problem = self.passphrase.problem()
        self.create_button.setEnabled(not problem)
        self.problem_label.setText("")

    def _create(self) -> None:
        problem = self.passphrase.problem()
        if problem:
            self.problem_label.setText(problem)
            return
        self.create_requested.emit(
            self.folder, self.passphrase.passphrase(), self.remember.isChecked()
        )
        self.set_busy(True, self.tr("Making the vault. This takes a few seconds..."))
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignLeft)

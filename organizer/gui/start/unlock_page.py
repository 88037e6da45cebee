"""Unlock: choose a vault (recent ones listed), type the passphrase or use the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.gui import dialogs
from organizer.gui.a11y import named
from organizer.gui.start.passphrase import NewPassphraseFields


class UnlockPage(QWidget):
    unlock_requested = Signal(object, str)  # folder, passphrase
    recover_requested = Signal(object, str, str)  # folder, recovery code, new passphrase
    create_requested = Signal()
    open_remembered_requested = Signal(object)  # folder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Open your records"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        layout.addWidget(heading)
        recent_label = QLabel(self.tr("&Vaults on this computer:"), self)
        layout.addWidget(recent_label)
        self.recent = named(
            QListWidget(self),
            self.tr("Vaults on this computer"),
            self.tr("Choose which vault to open. A caregiver may keep one per family member."),
        )
        self.recent.setMaximumHeight(140)
        recent_label.setBuddy(self.recent)
        layout.addWidget(self.recent)
        row = QHBoxLayout()
        self.other_button = named(
            QPushButton(self.tr("Open another &folder..."), self),
            self.tr("Open a vault in another folder"),
            self.tr("Find a vault folder that is not in the list, for example on a USB drive."),
        )
        self.other_button.clicked.connect(self._choose_other)
        self.new_button = named(
            QPushButton(self.tr("Make a &new vault..."), self),
            self.tr("Make a new vault"),
            self.tr("Start a new, empty vault, for example for another family member."),
        )
        self.new_button.clicked.connect(self.create_requested)
        row.addWidget(self.other_button)
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)

        # The usual way: the passphrase.
        self.passphrase_box = QWidget(self)
        box = QVBoxLayout(self.passphrase_box)
        box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Passphrase:"), self.passphrase_box)
        self.passphrase = named(
            QLineEdit(self.passphrase_box),
            self.tr("Passphrase"),
            self.tr("The passphrase of the chosen vault."),
        )
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(self.passphrase)
        self.passphrase.returnPressed.connect(self._unlock)
        box.addWidget(label)
        box.addWidget(self.passphrase)
        buttons = QHBoxLayout()
        self.unlock_button = named(
            QPushButton(self.tr("&Unlock"), self.passphrase_box),
            self.tr("Unlock"),
            self.tr("Open the chosen vault with this passphrase."),
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.open_remembered_button = named(
            QPushButton(self.tr("Open &without passphrase"), self.passphrase_box),
            self.tr("Open without passphrase"),
            self.tr("This computer remembers this vault: open it without typing the passphrase."),
        )
        self.open_remembered_button.hide()
        self.open_remembered_button.clicked.connect(self._open_remembered)
        self.use_code_button = named(
            QPushButton(self.tr("Use recovery code &instead"), self.passphrase_box),
            self.tr("Use recovery code instead"),
            self.tr("Forgot the passphrase? Open the vault with its recovery code."),
        )
        self.use_code_button.clicked.connect(lambda: self.show_recovery(True))
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.open_remembered_button)
        buttons.addWidget(self.use_code_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        layout.addWidget(self.passphrase_box)

        # The other way: the recovery code, then a new passphrase.
        self.recovery_box = QWidget(self)
        rbox = QVBoxLayout(self.recovery_box)
        rbox.setContentsMargins(0, 0, 0, 0)
        code_label = QLabel(self.tr("Recovery &code:"), self.recovery_box)
        self.code = named(
            QLineEdit(self.recovery_box),
            self.tr("Recovery code"),
            self.tr("Type the recovery code you printed or saved when the vault was made."),
        )
        code_label.setBuddy(self.code)
        rbox.addWidget(code_label)
        rbox.addWidget(self.code)
        rbox.addWidget(QLabel(self.tr("Then choose a new passphrase:"), self.recovery_box))
        self.new_passphrase = NewPassphraseFields(
            self.recovery_box,
            first_name=self.tr("New passphrase after recovery"),
            second_name=self.tr("Repeat the new passphrase after recovery"),
        )
        rbox.addWidget(self.new_passphrase)
        rbuttons = QHBoxLayout()
        self.recover_button = named(
            QPushButton(self.tr("Unlock and &set new passphrase"), self.recovery_box),
            self.tr("Unlock with the recovery code and set a new passphrase"),
            self.tr("Open the vault with the recovery code; the new passphrase replaces the old."),
        )
        self.recover_button.clicked.connect(self._recover)
        self.back_button = named(
            QPushButton(self.tr("Use the passphrase &after all"), self.recovery_box),
            self.tr("Use the passphrase after all"),
            self.tr("Go back to typing the passphrase."),
        )
        self.back_button.clicked.connect(lambda: self.show_recovery(False))
        # Escape leaves the recovery code as the button does.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.recovery_box)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(lambda: self.show_recovery(False))
        rbuttons.addWidget(self.recover_button)
        rbuttons.addWidget(self.back_button)
        rbuttons.addStretch(1)
        rbox.addLayout(rbuttons)
        layout.addWidget(self.recovery_box)
        self.recovery_box.hide()

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addStretch(1)

    # -- state ---------------------------------------------------------------------------------
    def set_vaults(self, folders: list[Path], selected: Path | None = None) -> None:
        self.recent.clear()
        for folder in folders:
            item = QListWidgetItem(f"{folder.name}  —  {folder.parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            item.setToolTip(str(folder))
            if selected is not None and folder == selected:
                self.recent.setCurrentItem(item)
        if self.recent.currentItem() is None and self.recent.count():
            self.recent.setCurrentRow(0)

    def selected_folder(self) -> Path | None:
        item = self.recent.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def show_recovery(self, on: bool) -> None:
        self.passphrase_box.setVisible(not on)
        self.recovery_box.setVisible(on)
        self.message.clear()
        (self.code if on else self.passphrase).setFocus()

    def set_busy(self, busy: bool, message: str = "") -> None:
        for widget in (self.passphrase_box, self.recovery_box, self.recent, self.other_button):
            widget.setEnabled(not busy)
        self.new_button.setEnabled(not busy)
        self.message.setText(message)

    def show_error(self, message: str) -> None:
        self.set_busy(False, message)
        if self.passphrase_box.isVisible():
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def clear_secrets(self) -> None:
        self.passphrase.clear()
        self.code.clear()
        self.new_passphrase.clear()

    # -- actions -------------------------------------------------------------------------------
    def _choose_other(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Choose the vault's folder"))
        if chosen is None:
            return
        existing = [
            Path(self.recent.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.recent.count())
        ]
        self.set_vaults([chosen, *[f for f in existing if f != chosen]], chosen)
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        folder = self.selected_folder()
        if folder is None:
            self.message.setText(self.tr("Choose a vault first, or make a new one."))
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Type the passphrase first."))
            return
        self.unlock_requested.emit(folder, self.passphrase.text())

    def _open_remembered(self) -> None:
        folder = self.selected_folder()
        if folder is not None:
            self.open_remembered_requested.emit(folder)

    def _recover(self) -> None:
        folder = self.selected_folder()
        if folder is None:
            self.message.setText(self.tr("Choose a vault first."))
            return
        if not self.code.text().strip():
            self.message.setText(self.tr("Type the recovery code first."))
            return
        problem = self.new_passphrase.problem()
        if problem:
            self.message.setText(problem)
            return
        self.recover_requested.emit(folder, self.code.text(), self.new_passphrase.passphrase())

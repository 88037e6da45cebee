"""The first three steps of making a packet: what goes in, options, and where it goes."""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from organizer.gui.models.drives import DriveListModel
from organizer.gui.models.export_contents import ExportContentsModel
from organizer.gui.pages import prompts
from organizer.gui.pages.common import DateField, describe, heading, paragraph
from organizer.gui.pages.password_card import PasswordCard
from organizer.gui.platform.drives import Drive, DriveMonitor


class Destination(Enum):
    USB = "usb"
    FOLDER = "folder"
    PRINT = "print"
    EMAIL = "email"


def packet_file_name(recipient: str, prepared_on: date) -> str:
    """A file name that says what it is, safe on every file system."""
    base = "Medical records"
    if recipient.strip():
        base += " for " + recipient.strip()
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", base)
    base = re.sub(r"\s+", " ", base).strip(" .")[:80]
    return f"{base} {prepared_on.isoformat()}.pdf"


def default_save_folder() -> Path:
    """The user's Documents folder (where an emailed packet is kept)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class ContentsStep(QWidget):
    """Step 1: recipient, the checklist of contents, and the completeness warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExportContentsModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("1. Who it is for and what goes in")))
        form = QFormLayout()
        self.recipient = describe(
            QLineEdit(),
            self.tr("Recipient of the packet"),
            self.tr("The doctor or clinic the packet is for; it is printed on the cover"),
        )
        form.addRow(self.tr("F&or:"), self.recipient)
        layout.addLayout(form)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(False)
        describe(
            self.tree,
            self.tr("Packet contents"),
            self.tr("Untick what should stay out; Space ticks and unticks"),
        )
        layout.addWidget(self.tree, 1)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_section(step))
        layout.addWidget(
            paragraph(
                self.tr(
                    "To change the order of the sections, choose one and press Alt+Up or Alt+Down."
                )
            )
        )
        self.pages_label = QLabel()
        layout.addWidget(self.pages_label)
        self.model.itemChanged.connect(self._count)

        self.warnings_box = QGroupBox(self.tr("You may want to add"))
        box = QVBoxLayout(self.warnings_box)
        box.addWidget(
            paragraph(self.tr("These are suggestions. You can make the packet without them."))
        )
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        describe(self.warnings, self.tr("Suggestions for the packet"))
        box.addWidget(self.warnings)
        self.dismiss_button = QPushButton(self.tr("H&ide this suggestion"))
        describe(self.dismiss_button, self.tr("Hide the selected suggestion"))
        self.dismiss_button.clicked.connect(self._dismiss)
        box.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.warnings_box)
        self._dismissed: set[str] = set()

    def move_section(self, step: int) -> None:
        index = self.tree.currentIndex()
        if not index.isValid() or index.parent().isValid():
            return
        row = self.model.move_section(index.row(), step)
        if row is not None:
            self.tree.expand(self.model.index(row, 0))
            self.tree.setCurrentIndex(self.model.index(row, 0))

    def set_warnings(self, warnings: list[tuple[str, str]]) -> None:
        """(key, plain text) pairs; those hidden before stay hidden."""
        self.warnings.clear()
        for key, text in warnings:
            if key in self._dismissed:
                continue
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.warnings.addItem(item)
        if self.warnings.count():
            self.warnings.setCurrentRow(0)
        self.warnings_box.setVisible(self.warnings.count() > 0)

    def _dismiss(self) -> None:
        item = self.warnings.currentItem()
        if item is None:
            return
        self._dismissed.add(str(item.data(Qt.ItemDataRole.UserRole)))
        self.warnings.takeItem(self.warnings.row(item))
        self.warnings_box.setVisible(self.warnings.count() > 0)

    def _count(self, *_: object) -> None:
        pages = self.model.included_page_count()
        self.pages_label.setText(
            self.tr("Documents chosen: {0} pages, plus the cover, contents and your lists.").format(
                pages
            )
        )


def _letter_country() -> bool:
    return QLocale().territory() in (
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
    )


class OptionsStep(QWidget):
    """Step 2: password and email size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("2. Options")))
        self.use_password = QCheckBox(self.tr("Protect the file with a &password"))
        describe(
            self.use_password,
            self.tr("Protect the packet with a password"),
            self.tr("Recommended for email or a USB drive that may get lost"),
        )
        layout.addWidget(self.use_password)
        self.card = PasswordCard()
        self.new_password = QPushButton(self.tr("&Make a different password"))
        describe(self.new_password, self.tr("Make a different password"))
        layout.addWidget(self.card)
        layout.addWidget(self.new_password, 0, Qt.AlignmentFlag.AlignLeft)
        self.use_password.toggled.connect(self._show_password)
        self._show_password(False)
        self.email_size = QCheckBox(
            self.tr("Make it &smaller for email (pictures at lower detail)")
        )
        describe(
            self.email_size,
            self.tr("Make the packet smaller for email"),
            self.tr("Scanned pages are stored at lower detail; text stays sharp"),
        )
        layout.addWidget(self.email_size)
        form = QFormLayout()
        self.paper = describe(
            QComboBox(), self.tr("Paper size"), self.tr("The page size of the packet")
        )
        self.paper.addItem(self.tr("Letter (North America)"), "letter")
        self.paper.addItem(self.tr("A4 (most other countries)"), "a4")
        self.paper.setCurrentIndex(0 if _letter_country() else 1)
        form.addRow(self.tr("Paper si&ze:"), self.paper)
        self.prepared_on = describe(
            DateField(),
            self.tr("Date on the cover"),
            self.tr("The date the packet says it was prepared"),
        )
        form.addRow(self.tr("&Date on the cover:"), self.prepared_on)
        layout.addLayout(form)
        layout.addStretch(1)

    def _show_password(self, on: bool) -> None:
        self.card.setVisible(on)
        self.new_password.setVisible(on)

    def password(self) -> str | None:
        return self.card.password() if self.use_password.isChecked() else None


class DestinationStep(QWidget):
    """Step 3: a USB drive, a folder, print, or email."""

    ready_changed = Signal()

    def __init__(self, monitor: DriveMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self.folder: Path | None = None
        self.drives_model = DriveListModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("3. Where the packet goes")))
        self.group = QButtonGroup(self)
        self.radios: dict[Destination, QRadioButton] = {}
        for dest, text, description in (
            (
                Destination.USB,
                self.tr("On a &USB drive"),
                self.tr("Save the packet on a USB drive"),
            ),
            (Destination.FOLDER, self.tr("In a f&older"), self.tr("Save the packet in a folder")),
            (Destination.PRINT, self.tr("&Print it"), self.tr("Print the packet on paper")),
            (
                Destination.EMAIL,
                self.tr("By &email"),
                self.tr("Save it, then attach it to a new email"),
            ),
        ):
            radio = describe(QRadioButton(text), description)
            self.group.addButton(radio)
            self.radios[dest] = radio
            layout.addWidget(radio)
            if dest is Destination.USB:
                self.drive_list = QListView()
                self.drive_list.setModel(self.drives_model)
                self.drive_list.setMaximumHeight(self.drive_list.fontMetrics().height() * 8)
                describe(
                    self.drive_list,
                    self.tr("USB drives"),
                    self.tr("Drives plugged into this computer, with their free space"),
                )
                self.no_drive = QLabel(self.tr("No USB drive found. Plug one in; it appears here."))
                self.no_drive.setWordWrap(True)
                layout.addWidget(self.drive_list)
                layout.addWidget(self.no_drive)
            if dest is Destination.FOLDER:
                row = QHBoxLayout()
                self.folder_label = QLabel(self.tr("No folder chosen yet."))
                self.folder_label.setWordWrap(True)
                self.choose_folder_button = QPushButton(self.tr("&Choose folder..."))
                describe(self.choose_folder_button, self.tr("Choose the folder to save in"))
                self.choose_folder_button.clicked.connect(self._choose_folder)
                row.addWidget(self.folder_label, 1)
                row.addWidget(self.choose_folder_button)
                layout.addLayout(row)
        form = QFormLayout()
        self.file_name = describe(
            QLineEdit(), self.tr("File name of the packet"), self.tr("The name the PDF file gets")
        )
        form.addRow(self.tr("File &name:"), self.file_name)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.radios[Destination.USB].setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.drive_list.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.file_name.textChanged.connect(lambda *_: self._update())
        # Drives are listed when this step is shown (asking udisks2 takes a few D-Bus calls),
        # and again whenever one is plugged in or removed while it is shown.
        monitor.changed.connect(self._drives_changed)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_drives()

    def _drives_changed(self) -> None:
        if self.isVisible():
            self.refresh_drives()

    def destination(self) -> Destination:
        return next(d for d, r in self.radios.items() if r.isChecked())

    def selected_drive(self) -> Drive | None:
        index = self.drive_list.currentIndex()
        return self.drives_model.drive(index.row()) if index.isValid() else None

    def refresh_drives(self) -> None:
        current = self.selected_drive()
        self.drives_model.set_drives(self.monitor.drives())
        row = self.drives_model.row_of(current.mount_path) if current else None
        if row is None and self.drives_model.rowCount() == 1:
            row = 0  # the only drive: choose it for the user
        if row is not None:
            self.drive_list.setCurrentIndex(self.drives_model.index(row))
        self._update()

    def _choose_folder(self) -> None:
        chosen = prompts.choose_folder(
            self, self.tr("Choose where to save the packet"), self.folder
        )
        if chosen is not None:
            self.folder = chosen
            self.folder_label.setText(str(chosen))
            if self.destination() is not Destination.EMAIL:  # email also keeps a saved copy
                self.radios[Destination.FOLDER].setChecked(True)
        self._update()

    def out_folder(self) -> Path | None:
        dest = self.destination()
        if dest is Destination.USB:
            drive = self.selected_drive()
            return drive.mount_path if drive else None
        if dest is Destination.FOLDER:
            return self.folder
        if dest is Destination.EMAIL:
            return self.folder or default_save_folder()
        return None

    def is_ready(self) -> bool:
        dest = self.destination()
        if dest is Destination.PRINT:
            return True
        return self.out_folder() is not None and bool(self.file_name.text().strip())

    def _update(self) -> None:
        dest = self.destination()
        has_drives = self.drives_model.rowCount() > 0
        self.drive_list.setVisible(dest is Destination.USB and has_drives)
        self.no_drive.setVisible(dest is Destination.USB and not has_drives)
        self.folder_label.setEnabled(dest in (Destination.FOLDER, Destination.EMAIL))
        self.file_name.setEnabled(dest is not Destination.PRINT)
        # Say what is missing rather than leave "Make the packet" greyed out unexplained.
        hint = ""
        if dest is Destination.USB and has_drives and self.selected_drive() is None:
            hint = self.tr("Choose a drive in the list.")
        elif dest is Destination.FOLDER and self.folder is None:
            hint = self.tr("Choose a folder with the \u201cChoose folder\u201d button.")
        elif dest is not Destination.PRINT and not self.file_name.text().strip():
            hint = self.tr("Type a file name.")
        self.hint.setText(hint)
        self.ready_changed.emit()

"""The Shared packets page: the log of every packet made, and "make this packet again"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.core.errors import OrganizerError
from organizer.core.model import ShareLogEntry
from organizer.core.packet.dates import format_date
from organizer.gui.models.share_log import ShareLogModel
from organizer.gui.pages import export_job, prompts, shared_job
from organizer.gui.pages.common import describe, heading, paragraph
from organizer.gui.pages.list_editor import row_table
from organizer.gui.pages.password_card import PasswordCard
from organizer.gui.session import Session


class SharedPacketsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("SharedPacketsPage")
        self.model = ShareLogModel(self)
        self.job: Any = None
        self.last_match: bool | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Shared packets")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Every packet you made is listed here: when, for whom, and how it left "
                    "this computer. You can make the same packet again, page for page."
                )
            )
        )
        self.table = row_table(self.model, resize=QHeaderView.ResizeMode.ResizeToContents)
        describe(
            self.table, self.tr("Packets shared so far"), self.tr("Choose one to see what it held")
        )
        layout.addWidget(self.table, 2)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details, 1)
        self.empty_label = QLabel(self.tr("No packet has been made yet."))
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.remake_button = QPushButton(self.tr("&Make this packet again..."))
        describe(
            self.remake_button,
            self.tr("Make the selected packet again"),
            self.tr("Rebuilds the same pages and checks it matches what was shared"),
        )
        self.remake_button.clicked.connect(self._remake)
        row.addWidget(self.remake_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.protect = QCheckBox(self.tr("Protect the copy with a &new password"))
        describe(
            self.protect,
            self.tr("Protect the copy made again with a new password"),
            self.tr("The first password is never stored, so a copy gets a new one"),
        )
        self.protect.toggled.connect(self._protect_toggled)
        layout.addWidget(self.protect)
        self.card = PasswordCard(context=self.tr("copy made again"))
        self.card.setVisible(False)
        layout.addWidget(self.card)

        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        session.changed.connect(self.reload)
        session.locked.connect(self._drop_data)
        self.reload()

    def _drop_data(self) -> None:
        self.setEnabled(False)
        self.card.set_password("")
        self.model.set_entries([])

    def reload(self, *_: object) -> None:
        self.model.set_entries(self._session.content.share_log)
        has = self.model.rowCount() > 0
        self.empty_label.setVisible(not has)
        if has:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> ShareLogEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _show_selected(self, *_: object) -> None:
        entry = self.selected()
        self.remake_button.setEnabled(
            entry is not None and not entry.broken_reason and self.job is None
        )
        if entry is None:
            self.details.setText("")
            return
        titles = "; ".join(d.title for d in entry.documents) or self.tr("(no documents)")
        text = self.tr("Documents in it: {0}").format(titles)
        if entry.broken_reason:
            text += "\n" + self.tr("It cannot be made again: {0}").format(entry.broken_reason)
        self.details.setText(text)

    def _protect_toggled(self, on: bool) -> None:
        if on and not self.card.password():
            self.card.set_password(export_job.new_passphrase())
        self.card.setVisible(on)

    def _remake(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        target = prompts.choose_save_file(
            self,
            self.tr("Where to save the packet made again"),
            Path.home() / entry.file_name,
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        entry_id, wanted = entry.id, entry.sha256_unencrypted
        self.remake_button.setEnabled(False)
        self.job = self._session.run_vault_job(
            shared_job.remake_to(
                entry_id, target, self.card.password() if self.protect.isChecked() else None
            ),
            what="make a packet again",
            on_success=lambda result: self._remade(result, wanted, entry),
            on_failure=self._failed,
        )

    def _remade(self, result: Any, wanted: str, entry: ShareLogEntry) -> None:
        # The core saves a packet made again only when it is the one logged (otherwise the
        # job fails with a plain reason and nothing is saved).
        self.job = None
        self.last_match = result.sha256_unencrypted == wanted
        self._show_selected()
        note = (
            self.tr(" The copy has no password; protect it before sending it again.")
            if entry.password_set and not result.password_set
            else ""
        )
        prompts.inform(
            self,
            self.tr("Made again"),
            self.tr("Saved as {0}. It matches the packet shared on {1}, page for page.").format(
                result.path, format_date(entry.prepared_on)
            )
            + note,
        )

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._show_selected()
        message = (
            str(exc)
            if isinstance(exc, OrganizerError)
            else self.tr("The packet could not be made again. Nothing was saved.")
        )
        prompts.warn(self, self.tr("Not made"), message)

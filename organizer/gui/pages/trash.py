"""The Trash page: documents moved to the trash, to restore or delete for good."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.core.model import Document
from organizer.gui.models.document_summaries import DocumentSummaryModel, document_summary
from organizer.gui.pages import prompts
from organizer.gui.pages.common import describe, heading, paragraph
from organizer.gui.session import Session

# Trashed documents are removed for good after this many days (the vault's TRASH_DAYS).
TRASH_DAYS = 30


class TrashPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("TrashPage")
        self.model = DocumentSummaryModel(self)
        self.model.set_describer(self._describe)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Trash")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Documents you removed stay here for {0} days, then they are deleted for "
                    "good. Restore one to put it back where it was."
                ).format(TRASH_DAYS)
            )
        )
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        describe(
            self.list,
            self.tr("Documents in the trash"),
            self.tr("Choose a document to restore or delete"),
        )
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(self.tr("The trash is empty."))
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore"))
        describe(
            self.restore_button,
            self.tr("Restore the selected document"),
            self.tr("Put it back in its section"),
        )
        self.restore_button.clicked.connect(self._restore)
        self.delete_button = QPushButton(self.tr("&Delete for good..."))
        describe(
            self.delete_button,
            self.tr("Delete the selected document for good"),
            self.tr("Removes it from this computer; it cannot be brought back"),
        )
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

        self.list.selectionModel().currentChanged.connect(self._update_buttons)
        session.changed.connect(self.reload)
        session.locked.connect(self._drop_data)
        self.reload()

    def _describe(self, doc: Document) -> str:
        text = f"{document_summary(doc)} - {doc.section.label}"
        if doc.trashed_at is not None:
            gone = (doc.trashed_at + timedelta(days=TRASH_DAYS)).date().isoformat()
            text += " - " + self.tr("deleted for good on {0}").format(gone)
        return text

    def _drop_data(self) -> None:
        self.setEnabled(False)
        self.model.set_documents([])

    def reload(self, *_: object) -> None:
        docs = sorted(
            self._session.content.trashed_documents(),
            key=lambda d: d.trashed_at or d.added,
            reverse=True,
        )
        self.model.set_documents(docs)
        self.empty_label.setVisible(not docs)
        if docs:
            self.list.setCurrentIndex(self.model.index(0))
        self._update_buttons()

    def selected(self) -> Document | None:
        index = self.list.currentIndex()
        return self.model.document(index.row()) if index.isValid() else None

    def _update_buttons(self, *_: object) -> None:
        has = self.selected() is not None
        self.restore_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _run(self, what: str, action: Any) -> None:
        def work(vault: Any, progress: Any, cancel: Any) -> None:
            action(vault)

        def failed(exc: BaseException) -> None:
            prompts.warn(self, self.tr("Trash"), str(exc) or self.tr("That did not work."))

        self._session.run_vault_job(work, what=what, on_failure=failed)

    def _restore(self) -> None:
        doc = self.selected()
        if doc is not None:
            doc_id = doc.id
            self._run("restore", lambda vault: vault.restore(doc_id))

    def _delete(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete \u201c{0}\u201d for good? It will be removed from this computer and "
                "cannot be brought back. Packets you already shared are not affected."
            ).format(doc.title),
            self.tr("Delete for good"),
        ):
            return
        doc_id = doc.id
        self._run("delete for good", lambda vault: vault.delete_for_good(doc_id))

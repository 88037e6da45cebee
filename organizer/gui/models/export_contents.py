"""The packet's contents as a checklist: sections, their documents (with page counts), lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from organizer.core.model import PACKET_SECTION_ORDER, VaultContent

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "section", "document", "questions", "medications"
PAGES_ROLE = Qt.ItemDataRole.UserRole + 3


def _pages(count: int) -> str:
    return (
        QCoreApplication.translate("ExportContentsModel", "1 page")
        if count == 1
        else QCoreApplication.translate("ExportContentsModel", "{0} pages").format(count)
    )


def _no_pages() -> str:
    return QCoreApplication.translate("ExportContentsModel", "not in the packet: no pages chosen")


class ExportContentsModel(QStandardItemModel):
    """Checkable tree; unticking a section unticks its documents (and the other way round)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ExportContentsModel", "What goes in the packet")]
        )
        self.itemChanged.connect(self._sync_checks)
        self._syncing = False

    def load(self, content: VaultContent, excluded: set[str] | None = None) -> None:
        excluded = excluded or set()
        self._syncing = True
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        for kind, label, count in (
            (
                "questions",
                QCoreApplication.translate("ExportContentsModel", "Your questions for the doctor"),
                len(content.questions),
            ),
            (
                "medications",
                QCoreApplication.translate("ExportContentsModel", "Your medication list"),
                len(content.medications),
            ),
        ):
            item = QStandardItem(f"{label} ({count})")
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if count else Qt.CheckState.Unchecked)
            item.setEnabled(count > 0)
            item.setData(kind, KIND_ROLE)
            root.appendRow(item)
        active = content.active_documents()
        for section in PACKET_SECTION_ORDER:
            docs = [d for d in active if d.section is section]
            if not docs:
                continue
            pages = sum(len(d.included_pages) for d in docs)
            section_item = QStandardItem(f"{section.label} - {_pages(pages)}")
            section_item.setCheckable(True)
            section_item.setEditable(False)
            section_item.setData("section", KIND_ROLE)
            section_item.setData(section.value, DOC_ID_ROLE)
            for doc in docs:
                when = f" ({doc.date.isoformat()})" if doc.date else ""
                item = QStandardItem()
                item.setEditable(False)
                item.setData("document", KIND_ROLE)
                item.setData(doc.id, DOC_ID_ROLE)
                item.setData(len(doc.included_pages), PAGES_ROLE)
                if doc.no_pages_chosen:
                    # Nothing of it can go in: no tick box, and the reason in plain words.
                    item.setText(f"{doc.title}{when} - {_no_pages()}")
                    item.setToolTip(
                        QCoreApplication.translate(
                            "ExportContentsModel",
                            "Every page of this document was left out. To put it in, choose "
                            "it under the documents and tick “Include in packets” on a page.",
                        )
                    )
                else:
                    item.setText(f"{doc.title}{when} - {_pages(len(doc.included_pages))}")
                    item.setCheckable(True)
                    item.setCheckState(
                        Qt.CheckState.Unchecked if doc.id in excluded else Qt.CheckState.Checked
                    )
                section_item.appendRow(item)
            root.appendRow(section_item)
            self._update_section(section_item)
        self._syncing = False

    def _documents(self) -> list[QStandardItem]:
        """The documents that can be ticked (not those with no pages chosen)."""
        found = []
        for row in range(self.rowCount()):
            top = self.item(row)
            for child in range(top.rowCount()):
                if top.child(child).isCheckable():
                    found.append(top.child(child))
        return found

    def excluded_document_ids(self) -> list[str]:
        # A document with no pages chosen is left out by the packet plan itself.
        return [
            str(i.data(DOC_ID_ROLE))
            for i in self._documents()
            if i.checkState() != Qt.CheckState.Checked
        ]

    def included_page_count(self) -> int:
        # The generated pages (cover, contents, lists) come on top; this counts documents.
        return sum(
            int(i.data(PAGES_ROLE))
            for i in self._documents()
            if i.checkState() == Qt.CheckState.Checked
        )

    def list_included(self, kind: str) -> bool:
        for row in range(self.rowCount()):
            item = self.item(row)
            if item.data(KIND_ROLE) == kind:
                return item.checkState() == Qt.CheckState.Checked
        return False

    def section_order(self) -> list[str]:
        """The sections' values in the order shown (the packet follows it)."""
        return [
            str(self.item(r).data(DOC_ID_ROLE))
            for r in range(self.rowCount())
            if self.item(r).data(KIND_ROLE) == "section"
        ]

    def move_section(self, row: int, step: int) -> int | None:
        """Move a section up or down among the sections; its new row, or None."""
        first = next(
            (r for r in range(self.rowCount()) if self.item(r).data(KIND_ROLE) == "section"),
            self.rowCount(),
        )
        target = row + step
        if row < first or not (first <= target < self.rowCount()):
            return None
        items = self.takeRow(row)
        self.insertRow(target, items)
        return target

    def _update_section(self, section: QStandardItem) -> None:
        children = [section.child(r) for r in range(section.rowCount())]
        states = {c.checkState() for c in children if c.isCheckable()}
        if not states:  # only documents with no pages chosen: nothing to tick
            section.setCheckable(False)
            section.setData(None, Qt.ItemDataRole.CheckStateRole)
        elif states == {Qt.CheckState.Checked}:
            section.setCheckState(Qt.CheckState.Checked)
        elif states == {Qt.CheckState.Unchecked}:
            section.setCheckState(Qt.CheckState.Unchecked)
        else:
            section.setCheckState(Qt.CheckState.PartiallyChecked)

    def _sync_checks(self, item: QStandardItem) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            kind = item.data(KIND_ROLE)
            if kind == "section" and item.checkState() != Qt.CheckState.PartiallyChecked:
                for r in range(item.rowCount()):
                    if item.child(r).isCheckable():
                        item.child(r).setCheckState(item.checkState())
            elif kind == "document" and item.parent() is not None:
                self._update_section(item.parent())
        finally:
            self._syncing = False

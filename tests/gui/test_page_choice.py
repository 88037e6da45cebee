"""Leaving out every page of a document: it stays in the vault, goes in no packet, and says so."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from organizer.core.model import Document, Section
from organizer.core.vault import Vault
from organizer.gui.documents.model import DocumentTableModel
from organizer.gui.main_window import MainWindow
from organizer.gui.models.export_contents import DOC_ID_ROLE
from organizer.gui.session import Session
from tests.gui.helpers import add_pdf_document, save_and_wait
from tests.vault_helpers import TEST_PASSPHRASE

NOT_IN_PACKET = "not in the packet: no pages chosen"


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> MainWindow:
    add_pdf_document(session, "Biopsy report", pages=2)
    add_pdf_document(session, "Old letter", section=Section.OTHER, pages=2)
    win = MainWindow(session, idle_ms=0)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def click_box(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the tick box itself, as a user does."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    spot = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(spot.center()))


def untick_every_page(qtbot: QtBot, window: MainWindow) -> Document:
    window.sidebar.choose("section:other")
    page = window.documents
    doc = page.current_document()
    assert doc is not None and doc.title == "Old letter"
    preview = page.preview
    for _ in range(doc.page_count):
        preview.go(0)
        # Always the first page shown that still goes in (included pages are listed first).
        assert preview.include_box.isChecked()
        click_box(qtbot, preview.include_box)
    assert doc.included_pages == []
    return doc


def pages_cell(window: MainWindow, doc: Document) -> Any:
    model = window.documents.model
    return model.index(model.row_of(doc.id), DocumentTableModel.PAGES)


def export_item(window: MainWindow, doc: Document) -> Any:
    model = window.pages["export"].contents.model  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        section = model.item(row)
        for child in range(section.rowCount()):
            if section.child(child).data(DOC_ID_ROLE) == doc.id:
                return section.child(child)
    raise AssertionError("document not listed")


def test_unticking_the_last_page_leaves_the_document_out_and_keeps_it(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    doc = untick_every_page(qtbot, window)
    preview = window.documents.preview
    assert not preview.include_box.isChecked()
    assert "left out of packets" in preview.page_label.text()
    assert "Not in the packet: no pages chosen" in preview.note.text()
    assert preview.note.isVisible()
    save_and_wait(qtbot, session, "settled")
    # The list says it plainly, where the page count would be.
    cell = pages_cell(window, doc)
    assert cell.data() == f"0 - {NOT_IN_PACKET}"
    assert "Include in packets" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # The packet's contents say it too, with no tick box to tick it in.
    window.sidebar.choose("export")
    item = export_item(window, doc)
    assert item.text() == f"Old letter - {NOT_IN_PACKET}"
    assert not item.isCheckable() and item.data(Qt.ItemDataRole.CheckStateRole) is None
    export = window.pages["export"].contents.model  # type: ignore[attr-defined]
    assert export.included_page_count() == 2  # the biopsy report's pages only
    # Still in the vault, with its choice, after locking and opening again.
    path = session.path
    assert path is not None
    session.lock()
    with Vault.open(path, TEST_PASSPHRASE) as reopened:
        kept = next(d for d in reopened.content.active_documents() if d.title == "Old letter")
        assert kept.included_pages == [] and kept.page_count == 2


def test_ticking_a_page_back_puts_the_document_back_in(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    doc = untick_every_page(qtbot, window)
    preview = window.documents.preview
    preview.go(1)  # the second page
    click_box(qtbot, preview.include_box)
    assert doc.included_pages == [1]
    assert preview.include_box.isChecked() and preview.note.text() == ""
    save_and_wait(qtbot, session, "settled")
    assert pages_cell(window, doc).data() == "1"
    window.sidebar.choose("export")
    item = export_item(window, doc)
    assert item.isCheckable() and item.checkState() == Qt.CheckState.Checked
    assert item.text() == "Old letter - 1 page"


def test_document_summaries_say_it_too(qtbot: QtBot, session: Session) -> None:
    from organizer.gui.models.document_summaries import document_summary

    doc = add_pdf_document(session, "Pharmacy printout", section=Section.MEDICATIONS, pages=1)
    assert document_summary(doc) == "Pharmacy printout - 1 page"
    doc.included_pages.clear()
    assert document_summary(doc) == f"Pharmacy printout - {NOT_IN_PACKET}"

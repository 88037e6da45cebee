"""A document's thumbnail follows the user's page edits: turned pages and a new first page."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from pytestqt.qtbot import QtBot

from organizer.core.model import Document, PagePart, Section
from organizer.gui.documents import thumbnails
from organizer.gui.documents.model import DocumentTableModel
from organizer.gui.documents.page import DocumentsPage
from organizer.gui.session import Session
from tests.synthetic import marked_jpeg_bytes, marked_pdf_bytes


def store(session: Session, title: str, data: bytes, media_type: str, pages: int) -> Document:
    vault: Any = session.vault
    blob = vault.write_blob(data)
    part = PagePart(blob.blob_id, title, media_type, blob.size, blob.sha256, pages)
    doc = Document(section=Section.RESULTS, title=title, parts=[part])
    if media_type != thumbnails.PDF_MEDIA_TYPE:  # the import makes pictures' thumbnails
        doc.thumbnail_blob_id = vault.write_blob(
            thumbnails.render_thumbnail(data, media_type)
        ).blob_id
    session.content.documents.append(doc)
    session.save("test document")
    return doc


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> DocumentsPage:
    widget = DocumentsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_thumbnail(qtbot: QtBot, page: DocumentsPage, doc: Document) -> QImage:
    """The picture the list shows beside the title, once it is there."""
    model = page.model

    def pixmap() -> Any:
        index = model.index(model.row_of(doc.id), DocumentTableModel.TITLE)
        return model.data(index, Qt.ItemDataRole.DecorationRole)

    qtbot.waitUntil(lambda: isinstance(pixmap(), QPixmap), timeout=10_000)
    return pixmap().toImage()


def dark_corner(image: QImage) -> str:
    """Which quarter of the picture is darkest ("top-left", ...)."""
    w, h = image.width(), image.height()
    darkness = {}
    for corner in ("top-left", "top-right", "bottom-left", "bottom-right"):
        xs = range(w // 2, w) if corner.endswith("right") else range(w // 2)
        ys = range(h // 2, h) if corner.startswith("bottom") else range(h // 2)
        darkness[corner] = sum(255 - (image.pixel(x, y) & 0xFF) for x in xs for y in ys)
    return max(darkness, key=lambda c: darkness[c])


def redrawn(qtbot: QtBot, page: DocumentsPage, doc: Document, before: str | None) -> QImage:
    qtbot.waitUntil(lambda: doc.thumbnail_blob_id not in (None, before), timeout=10_000)
    qtbot.waitUntil(lambda: not page.model.thumbnails.busy, timeout=10_000)
    return shown_thumbnail(qtbot, page, doc)


def test_turning_the_first_page_turns_the_thumbnail(
    qtbot: QtBot, session: Session, page: DocumentsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = store(session, "Marked report", marked_pdf_bytes(2), "application/pdf", 2)
    page.select_document(doc.id)
    first = shown_thumbnail(qtbot, page, doc)
    assert first.height() > first.width() and dark_corner(first) == "top-left"
    old_blob = doc.thumbnail_blob_id
    threads: list[str] = []
    render = thumbnails.render_thumbnail

    def watched(*args: Any) -> bytes:
        threads.append(threading.current_thread().name)
        return render(*args)

    monkeypatch.setattr(thumbnails, "render_thumbnail", watched)
    qtbot.mouseClick(page.preview.rotate_right_button, Qt.MouseButton.LeftButton)
    turned = redrawn(qtbot, page, doc, old_blob)
    # A quarter turn to the right: the portrait page lies on its side, the box moved right.
    assert turned.width() > turned.height()
    assert dark_corner(turned) == "top-right"
    assert threads and threading.main_thread().name not in threads  # drawn in the background
    vault: Any = session.vault
    assert not vault.blob_file(doc.thumbnail_blob_id).read_bytes().startswith(b"\xff\xd8")
    # Turning it back to the left brings the upright picture back.
    before = doc.thumbnail_blob_id
    qtbot.mouseClick(page.preview.rotate_left_button, Qt.MouseButton.LeftButton)
    upright = redrawn(qtbot, page, doc, before)
    assert upright.height() > upright.width() and dark_corner(upright) == "top-left"


def test_a_new_first_page_becomes_the_thumbnail(
    qtbot: QtBot, session: Session, page: DocumentsPage
) -> None:
    doc = store(session, "Marked report", marked_pdf_bytes(3), "application/pdf", 3)
    page.select_document(doc.id)
    assert dark_corner(shown_thumbnail(qtbot, page, doc)) == "top-left"
    preview = page.preview
    # Turning a later page leaves the thumbnail as it is (nothing redrawn).
    kept = doc.thumbnail_blob_id
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.rotate_right_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert doc.thumbnail_blob_id == kept and not page.model.thumbnails.busy
    qtbot.mouseClick(preview.rotate_left_button, Qt.MouseButton.LeftButton)
    # Page 2 moved before page 1: its box (bottom right) is what the list shows now.
    qtbot.mouseClick(preview.earlier_button, Qt.MouseButton.LeftButton)
    assert doc.included_pages == [1, 0, 2]
    moved = redrawn(qtbot, page, doc, kept)
    assert moved.height() > moved.width() and dark_corner(moved) == "bottom-right"
    # Split before the third page: the new document shows its own first page.
    preview.go(2)
    qtbot.mouseClick(preview.split_button, Qt.MouseButton.LeftButton)
    second = next(d for d in session.content.active_documents() if d.id != doc.id)
    assert second.included_pages == [2]
    assert dark_corner(redrawn(qtbot, page, second, doc.thumbnail_blob_id)) == "top-right"
    assert dark_corner(shown_thumbnail(qtbot, page, doc)) == "bottom-right"


def test_a_turned_picture_gets_a_turned_thumbnail(
    qtbot: QtBot, session: Session, page: DocumentsPage
) -> None:
    doc = store(session, "Marked scan", marked_jpeg_bytes("bottom-left"), "image/jpeg", 1)
    page.select_document(doc.id)
    first = shown_thumbnail(qtbot, page, doc)
    assert first.height() > first.width() and dark_corner(first) == "bottom-left"
    before = doc.thumbnail_blob_id
    qtbot.mouseClick(page.preview.rotate_right_button, Qt.MouseButton.LeftButton)
    turned = redrawn(qtbot, page, doc, before)
    # Clockwise: bottom left goes to top left, and the picture lies on its side.
    assert turned.width() > turned.height() and dark_corner(turned) == "top-left"

"""PDF documents get a thumbnail when first listed, made off the GUI thread and kept."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from pytestqt.qtbot import QtBot

from organizer.core.model import Document, PagePart, Section
from organizer.core.vault import Vault
from organizer.gui.documents import thumbnails
from organizer.gui.documents.model import DocumentTableModel
from organizer.gui.documents.page import DocumentsPage
from organizer.gui.session import Session
from tests.synthetic import encrypted_pdf_bytes, scan_jpeg_bytes, text_pdf_bytes
from tests.vault_helpers import TEST_PASSPHRASE


def stored_document(
    session: Session, title: str, data: bytes, media_type: str, *, unlocked: bytes | None = None
) -> Document:
    """A document as the import leaves it for a PDF: no thumbnail."""
    vault: Any = session.vault
    blob = vault.write_blob(data)
    unlocked_id = vault.write_blob(unlocked).blob_id if unlocked is not None else None
    part = PagePart(
        blob_id=blob.blob_id,
        original_name=f"{title}.pdf",
        media_type=media_type,
        size=blob.size,
        sha256=blob.sha256,
        page_count=2,
        page_sizes=[(612.0, 792.0)] * 2,
        unlocked_blob_id=unlocked_id,
    )
    doc = Document(section=Section.RESULTS, title=title, parts=[part])
    session.content.documents.append(doc)
    session.save("test document")
    return doc


def decoration(page: DocumentsPage, doc: Document) -> Any:
    index = page.model.index(page.model.row_of(doc.id), DocumentTableModel.TITLE)
    return page.model.data(index, Qt.ItemDataRole.DecorationRole)


def is_a_page_picture(data: bytes) -> bool:
    """About 256 px on the long side, mostly white paper with some dark print on it."""
    image = QImage()
    assert image.loadFromData(data)
    if max(image.width(), image.height()) != thumbnails.THUMBNAIL_PIXELS:
        return False
    gray = [image.pixel(x, y) & 0xFF for x in range(image.width()) for y in range(image.height())]
    return sum(g > 230 for g in gray) > len(gray) * 0.6 and sum(g < 128 for g in gray) > 20


def test_pdfs_get_thumbnails_off_the_gui_thread_kept_encrypted_in_the_vault(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    render = thumbnails.render_thumbnail

    def watched_render(*args: Any) -> bytes:
        threads.append(threading.current_thread().name)
        return render(*args)

    monkeypatch.setattr(thumbnails, "render_thumbnail", watched_render)
    plain = stored_document(
        session, "Pathology", text_pdf_bytes(pages=2, title="PATHOLOGY"), "application/pdf"
    )
    # A protected PDF is rendered from its unlocked copy (QtPdf cannot open the original).
    protected = stored_document(
        session,
        "Portal export",
        encrypted_pdf_bytes(user_password="fictional-pw"),
        "application/pdf",
        unlocked=text_pdf_bytes(pages=2, title="PORTAL"),
    )
    damaged = stored_document(session, "Damaged", b"%PDF-1.7\n not really a PDF", "application/pdf")
    scan = stored_document(session, "Scan", scan_jpeg_bytes(), "image/jpeg")
    page = DocumentsPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    # The list shows at once; the thumbnails arrive a moment later.
    qtbot.waitUntil(
        lambda: bool(plain.thumbnail_blob_id and protected.thumbnail_blob_id), timeout=10_000
    )
    qtbot.waitUntil(lambda: not page.model.thumbnails.busy, timeout=10_000)
    assert threads and threading.main_thread().name not in threads
    for doc in (plain, protected):
        assert isinstance(decoration(page, doc), QPixmap)
        assert is_a_page_picture(session.read_blob(doc.thumbnail_blob_id or ""))
    # Nothing to make for a picture (the import makes those); a damaged PDF is not retried.
    assert scan.thumbnail_blob_id is None and damaged.thumbnail_blob_id is None
    before = len(threads)
    page.model.reload()
    assert decoration(page, damaged) is None
    qtbot.wait(50)
    assert not page.model.thumbnails.busy and len(threads) == before
    vault: Any = session.vault
    stored = vault.blob_file(plain.thumbnail_blob_id).read_bytes()
    assert not stored.startswith(b"\xff\xd8")  # encrypted on disk, not a JPEG
    path = session.path
    session.lock()
    assert path is not None
    with Vault.open(path, TEST_PASSPHRASE) as reopened:
        kept = {d.title: d.thumbnail_blob_id for d in reopened.content.documents}
        assert kept["Pathology"] == plain.thumbnail_blob_id
        assert kept["Portal export"] == protected.thumbnail_blob_id
        assert is_a_page_picture(reopened.read_blob(kept["Pathology"] or ""))


def test_a_thumbnail_shows_the_first_page_that_goes_in_packets(
    qtbot: QtBot, session: Session
) -> None:
    doc = stored_document(
        session, "Bundle", text_pdf_bytes(pages=2, title="BUNDLE"), "application/pdf"
    )
    doc.included_pages = [1]
    request = thumbnails.thumbnail_request(doc)
    assert request is not None and request.page == 1


def test_locking_while_thumbnails_are_made_drops_them(qtbot: QtBot, session: Session) -> None:
    for n in range(3):
        stored_document(session, f"Report {n}", text_pdf_bytes(pages=1, seed=n), "application/pdf")
    page = DocumentsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.thumbnails.busy or not page.model.thumbnails._queue)
    session.lock()  # cancels and waits for the job; nothing is recorded afterwards
    assert not page.model.thumbnails.busy
    assert page.model.rowCount() == 0

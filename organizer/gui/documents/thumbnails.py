"""PDF thumbnails, made by the GUI the first time a document is listed, kept in the vault.

The core makes thumbnails of pictures at import; it has no PDF renderer, so PDF documents arrive
without one. When the document list first asks for one, ``ThumbnailMaker`` renders the
document's first packet page with QtPdf from memory (a QBuffer over the decrypted bytes, never a
file) in a background job, stores the JPEG as an encrypted blob and records it on the document
(``thumbnail_blob_id``) with one save for the whole batch. A protected PDF is rendered from its
unlocked copy (``PagePart.packet_blob_id``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from organizer.core.model import Document
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui.background import Job
from organizer.gui.session import Session

log = logging.getLogger(__name__)

PDF_MEDIA_TYPE = "application/pdf"
THUMBNAIL_PIXELS = 256  # longest side, as the core's picture thumbnails
JPEG_QUALITY = 85


def render_pdf_thumbnail(data: bytes, page: int = 0, longest: int = THUMBNAIL_PIXELS) -> bytes:
    """Page ``page`` of the PDF ``data`` as JPEG bytes on white paper; b"" if unreadable."""
    payload = QByteArray(data)
    source = QBuffer(payload)
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    try:
        pdf.load(source)
        if pdf.status() != QPdfDocument.Status.Ready or not 0 <= page < pdf.pageCount():
            return b""
        points = pdf.pagePointSize(page)
        if points.isEmpty():
            return b""
        size = (
            points.toSize()
            .scaled(QSize(longest, longest), Qt.AspectRatioMode.KeepAspectRatio)
            .expandedTo(QSize(1, 1))
        )
        rendered = pdf.render(page, size)
        if rendered.isNull():
            return b""
        # PDF pages render on a transparent background: put them on white paper.
        paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, rendered)
        painter.end()
        encoded = QByteArray()
        sink = QBuffer(encoded)
        sink.open(QIODevice.OpenModeFlag.WriteOnly)
        if not paper.save(sink, "JPG", JPEG_QUALITY):  # type: ignore[call-overload]  # str works
            return b""
        sink.close()
        return bytes(encoded.data())
    finally:
        pdf.close()
        source.close()


@dataclass(frozen=True)
class _Request:
    doc_id: str
    blob_id: str  # the PDF to render (the unlocked copy of a protected one)
    page: int  # within that PDF


def thumbnail_request(doc: Document) -> _Request | None:
    """What to render for ``doc``: its first packet page, when that page is in a PDF."""
    if doc.thumbnail_blob_id or not doc.parts:
        return None
    page = doc.included_pages[0] if doc.included_pages else 0
    for part in doc.parts:
        if page < part.page_count:
            if part.media_type != PDF_MEDIA_TYPE:
                return None
            return _Request(doc.id, part.packet_blob_id, page)
        page -= part.page_count
    return None


class ThumbnailMaker(QObject):
    """Renders missing PDF thumbnails in the background, one job at a time, and saves them.

    ``made(count)`` is emitted after a batch was recorded (the save's ``changed`` follows).
    """

    made = Signal(int)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._queue: dict[str, _Request] = {}
        self._failed: set[str] = set()  # unreadable: not tried again in this session
        self._job: Job | None = None
        session.locked.connect(self._forget)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def request(self, doc: Document) -> None:
        """Make ``doc``'s thumbnail soon if it needs one (cheap; call it as often as you like)."""
        if doc.id in self._queue or doc.id in self._failed or self.session.is_locked:
            return
        wanted = thumbnail_request(doc)
        if wanted is None:
            return
        self._queue[doc.id] = wanted
        if self._job is None:
            self._start()

    def _start(self) -> None:
        batch = list(self._queue.values())
        vault: Any = self.session.vault

        def work(progress: ProgressCallback, cancel: CancelToken) -> list[tuple[_Request, str]]:
            made: list[tuple[_Request, str]] = []
            for done, item in enumerate(batch):
                cancel.check()
                progress(done, len(batch), "thumbnails")
                try:
                    jpeg = render_pdf_thumbnail(vault.read_blob(item.blob_id), item.page)
                except Exception as exc:  # one bad document must not stop the others
                    log.warning("thumbnail not made: %s", type(exc).__name__)
                    jpeg = b""
                made.append((item, vault.write_blob(jpeg).blob_id if jpeg else ""))
            return made

        self._job = self.session.jobs.run(
            work, what="PDF thumbnails", on_success=self._record, on_failure=self._stopped
        )

    def _record(self, made: list[tuple[_Request, str]]) -> None:
        self._job = None
        if self.session.is_locked:
            return
        documents = {d.id: d for d in self.session.content.documents}
        recorded = 0
        for item, blob_id in made:
            self._queue.pop(item.doc_id, None)
            doc = documents.get(item.doc_id)
            if not blob_id:
                self._failed.add(item.doc_id)
            elif doc is not None and thumbnail_request(doc) == item:
                doc.thumbnail_blob_id = blob_id
                recorded += 1
            # Otherwise the document changed meanwhile; the unused blob is collected later.
        if recorded:
            self.session.save("PDF thumbnails made")
            self.made.emit(recorded)
        if self._queue:
            self._start()

    def _stopped(self, _error: BaseException) -> None:
        self._job = None  # cancelled (locking) or failed; the list shows no picture meanwhile
        self._queue.clear()

    def _forget(self) -> None:
        self._queue.clear()
        self._failed.clear()

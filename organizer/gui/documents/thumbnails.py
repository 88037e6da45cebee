"""PDF thumbnails, made by the GUI the first time a document is listed, kept in the vault.

The core makes thumbnails of pictures at import; it has no PDF renderer, so PDF documents arrive
without one. When the document list first asks for one, ``ThumbnailMaker`` renders the
document's first packet page with QtPdf from memory (a QBuffer over the decrypted bytes, never a
file) in a background job, stores the JPEG as an encrypted blob and records it on the document
(``thumbnail_blob_id``) with one save for the whole batch. A protected PDF is rendered from its
unlocked copy (``PagePart.packet_blob_id``).

When the user turns the first packet page or puts another page first, ``remake`` draws the
thumbnail again the same way (a picture too: decoded from memory with QImageReader), turned as
the packet shows the page; the old one is shown until the new one is stored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument

from organizer.core.model import Document
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui.background import Job
from organizer.gui.documents import edits
from organizer.gui.session import Session

log = logging.getLogger(__name__)

PDF_MEDIA_TYPE = "application/pdf"
THUMBNAIL_PIXELS = 256  # longest side, as the core's picture thumbnails
JPEG_QUALITY = 85


def render_thumbnail(
    data: bytes,
    media_type: str,
    page: int = 0,
    rotation: int = 0,
    longest: int = THUMBNAIL_PIXELS,
) -> bytes:
    """Page ``page`` of ``data`` (a PDF or a picture), turned ``rotation`` degrees clockwise
    as the packet shows it, as JPEG bytes on white paper; b"" if it cannot be read."""
    if media_type == PDF_MEDIA_TYPE:
        image = _pdf_page(data, page, longest)
    else:
        image = _picture(data, page, longest)
    if image.isNull():
        return b""
    if rotation % 360:
        image = image.transformed(QTransform().rotate(rotation % 360))
    return _jpeg(image)


def render_pdf_thumbnail(data: bytes, page: int = 0, longest: int = THUMBNAIL_PIXELS) -> bytes:
    """Page ``page`` of the PDF ``data`` as JPEG bytes on white paper; b"" if unreadable."""
    return render_thumbnail(data, PDF_MEDIA_TYPE, page, 0, longest)


def _pdf_page(data: bytes, page: int, longest: int) -> QImage:
    payload = QByteArray(data)
    source = QBuffer(payload)
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    try:
        pdf.load(source)
        if pdf.status() != QPdfDocument.Status.Ready or not 0 <= page < pdf.pageCount():
            return QImage()
        points = pdf.pagePointSize(page)
        if points.isEmpty():
            return QImage()
        size = (
            points.toSize()
            .scaled(QSize(longest, longest), Qt.AspectRatioMode.KeepAspectRatio)
            .expandedTo(QSize(1, 1))
        )
        rendered = pdf.render(page, size)
        if rendered.isNull():
            return QImage()
        # PDF pages render on a transparent background: put them on white paper.
        return on_white(rendered)
    finally:
        pdf.close()
        source.close()


def _picture(data: bytes, page: int, longest: int) -> QImage:
    payload = QByteArray(data)
    source = QBuffer(payload)
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        reader = QImageReader(source)
        reader.setAutoTransform(True)  # EXIF orientation, as the packet shows it
        if page and not reader.jumpToImage(page):
            return QImage()
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > longest:
            reader.setScaledSize(size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return image
        if max(image.width(), image.height()) > longest:  # a format that ignored the scaling
            image = image.scaled(
                longest,
                longest,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return on_white(image)  # a see-through picture (PNG) shows on white, as on paper
    finally:
        source.close()


def on_white(image: QImage) -> QImage:
    """The image on white paper (PDF pages render on a transparent background)."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def _jpeg(image: QImage) -> bytes:
    encoded = QByteArray()
    sink = QBuffer(encoded)
    sink.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(sink, "JPG", JPEG_QUALITY):  # type: ignore[call-overload]  # str works
        return b""
    sink.close()
    return bytes(encoded.data())


@dataclass(frozen=True)
class _Request:
    doc_id: str
    blob_id: str  # the file to render (the unlocked copy of a protected PDF)
    media_type: str
    page: int  # within that file
    rotation: int  # the user's turn of that page, degrees clockwise


def thumbnail_request(doc: Document, *, remake: bool = False) -> _Request | None:
    """What to render for ``doc``: its first packet page, turned as the packet shows it.

    Without ``remake``: only for a document with no thumbnail whose first page is in a PDF
    (the import makes pictures' thumbnails). With ``remake`` (after the user turned or moved
    pages): for any document, replacing the thumbnail it has.
    """
    if (doc.thumbnail_blob_id and not remake) or not doc.parts:
        return None
    page, rotation = edits.cover_page(doc)
    for part in doc.parts:
        if page < part.page_count:
            if part.media_type != PDF_MEDIA_TYPE and not remake:
                return None
            return _Request(doc.id, part.packet_blob_id, part.media_type, page, rotation)
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

    def remake(self, doc: Document) -> None:
        """Draw ``doc``'s thumbnail again (its first packet page or that page's turn changed).

        The old thumbnail stays shown until the new one is stored; its blob is then collected.
        """
        if self.session.is_locked:
            return
        wanted = thumbnail_request(doc, remake=True)
        if wanted is None:
            return
        self._failed.discard(doc.id)
        self._queue[doc.id] = wanted  # replaces a request for what it showed before
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
                    data = vault.read_blob(item.blob_id)
                    jpeg = render_thumbnail(data, item.media_type, item.page, item.rotation)
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
            if self._queue.get(item.doc_id) == item:
                del self._queue[item.doc_id]
            # else: a newer request for it came meanwhile; it stays queued.
            doc = documents.get(item.doc_id)
            if not blob_id:
                if item.doc_id not in self._queue:
                    self._failed.add(item.doc_id)
            elif doc is not None and thumbnail_request(doc, remake=True) == item:
                doc.thumbnail_blob_id = blob_id  # a replaced thumbnail's blob is collected
                recorded += 1
            # Otherwise the document changed meanwhile; the unused blob is collected later.
        if recorded:
            self.session.save("thumbnails made")
            self.made.emit(recorded)
        if self._queue:
            self._start()

    def _stopped(self, _error: BaseException) -> None:
        self._job = None  # cancelled (locking) or failed; the list shows no picture meanwhile
        self._queue.clear()

    def _forget(self) -> None:
        self._queue.clear()
        self._failed.clear()

"""A document's pages rendered from memory: PDFs through QtPdf over a QBuffer, images decoded.

Nothing is written to disk: the decrypted bytes live in QByteArrays owned by this object and
are dropped by ``close()`` (called when the preview changes document or the vault locks).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QTransform
from PySide6.QtPdf import QPdfDocument

from organizer.core.model import Document
from organizer.gui.documents.thumbnails import on_white
from organizer.gui.session import Session

log = logging.getLogger(__name__)

# Longest side of a decoded picture in the preview (enough for zooming on a large screen).
PREVIEW_MAX_PIXELS = 1600


class _Part:
    def __init__(self, data: bytes, media_type: str, page_count: int) -> None:
        self.page_count = page_count
        self.bytes = QByteArray(data)
        self.pdf: QPdfDocument | None = None
        self.buffer: QBuffer | None = None
        self.image: QImage | None = None
        if media_type == "application/pdf":
            self.buffer = QBuffer(self.bytes)
            self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf = QPdfDocument()
            self.pdf.load(self.buffer)
        else:
            self.buffer = QBuffer(self.bytes)
            self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(self.buffer)
            reader.setAutoTransform(True)  # EXIF orientation, as the packet shows it
            size = reader.size()
            if size.isValid() and max(size.width(), size.height()) > PREVIEW_MAX_PIXELS:
                # Decoding a 300 dpi scan in full takes long; a screen never needs it all.
                reader.setScaledSize(
                    size.scaled(
                        PREVIEW_MAX_PIXELS, PREVIEW_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio
                    )
                )
            self.image = reader.read()

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
        if self.buffer is not None:
            self.buffer.close()
            self.buffer = None
        self.image = None
        self.bytes = QByteArray()


class DocumentPages:
    """Renders page ``i`` (0-based over all parts) with the document's rotation applied."""

    def __init__(self, session: Session, doc: Document) -> None:
        self.doc = doc
        self._parts = [
            _Part(session.read_blob(part.packet_blob_id), part.media_type, part.page_count)
            for part in doc.parts
        ]

    @property
    def page_count(self) -> int:
        return self.doc.page_count

    def render(self, page: int, box: QSize) -> QImage:
        """The page fitted into ``box`` (after rotation), or a null image if unreadable."""
        rotation = self.doc.rotations[page] if page < len(self.doc.rotations) else 0
        target = box.transposed() if rotation in (90, 270) else box
        image = self._render_unrotated(page, target)
        if rotation and not image.isNull():
            image = image.transformed(QTransform().rotate(rotation))
        return image

    def _render_unrotated(self, page: int, box: QSize) -> QImage:
        for part in self._parts:
            if page < part.page_count:
                return self._render_part(part, page, box)
            page -= part.page_count
        return QImage()

    @staticmethod
    def _render_part(part: _Part, page: int, box: QSize) -> QImage:
        if part.pdf is not None:
            size = part.pdf.pagePointSize(page)
            if size.isEmpty():
                return QImage()
            scaled = size.toSize().scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
            return on_white(part.pdf.render(page, scaled))
        if part.image is not None and not part.image.isNull():
            return part.image.scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        return QImage()

    def close(self) -> None:
        for part in self._parts:
            part.close()
        self._parts = []

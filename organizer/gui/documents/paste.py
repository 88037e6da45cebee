"""A pasted picture (a screenshot of a portal page...) becomes a document, without a temp file."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from organizer.core.model import Document, PagePart, Section

THUMBNAIL_HEIGHT = 256


def encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt)  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(data.data())


def picture_document(vault: Any, image: QImage, section: Section, title: str) -> Document:
    """Store ``image`` as a PNG blob (plus a thumbnail) and return its new document."""
    png = encode(image, "PNG")
    blob = vault.write_blob(png)
    thumbnail = image.scaledToHeight(THUMBNAIL_HEIGHT, Qt.TransformationMode.SmoothTransformation)
    thumb_blob = vault.write_blob(encode(thumbnail, "PNG"))
    # Screens are about 96 dpi: that gives the page a sensible size in a packet.
    dpi = 96.0
    size = (image.width() * 72.0 / dpi, image.height() * 72.0 / dpi)
    part = PagePart(
        blob_id=blob.blob_id,
        original_name="Pasted picture.png",
        media_type="image/png",
        size=blob.size,
        sha256=blob.sha256,
        page_count=1,
        page_sizes=[size],
        dpi=(dpi, dpi),
    )
    return Document(
        section=section,
        title=title,
        parts=[part],
        date=date.today(),
        thumbnail_blob_id=thumb_blob.blob_id,
    )

"""Helpers for GUI tests: documents placed in a session's vault, widget lookups, drops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget

from organizer.core.model import Document, PagePart, Section
from organizer.gui.session import Session
from tests.synthetic import text_pdf_bytes


def add_pdf_document(
    session: Session,
    title: str,
    *,
    pages: int = 2,
    section: Section = Section.RESULTS,
    provider: str = "",
    body: str = "Specimen: synthetic tissue sample.",
    seed: int = 0,
) -> Document:
    """Store a synthetic PDF (with its text and a thumbnail) as a document, and commit."""
    vault: Any = session.vault
    data = text_pdf_bytes(pages=pages, title=title.upper(), body=body, seed=seed)
    blob = vault.write_blob(data)
    text = vault.write_blob(f"{title}\n{body}".encode())
    thumb = QImage(48, 64, QImage.Format.Format_RGB32)
    thumb.fill(Qt.GlobalColor.white)
    from organizer.gui.documents.paste import encode

    thumb_blob = vault.write_blob(encode(thumb, "PNG"))
    part = PagePart(
        blob_id=blob.blob_id,
        original_name=f"{title}.pdf",
        media_type="application/pdf",
        size=blob.size,
        sha256=blob.sha256,
        page_count=pages,
        page_sizes=[(612.0, 792.0)] * pages,
    )
    doc = Document(
        section=section,
        title=title,
        parts=[part],
        provider=provider,
        text_blob_id=text.blob_id,
        thumbnail_blob_id=thumb_blob.blob_id,
    )
    session.content.documents.append(doc)
    session.save("test document")
    return doc


def file_drag(
    target: QWidget, paths: list[Path], pos: QPoint | None = None
) -> tuple[QMimeData, QPointF]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(pos if pos is not None else target.rect().center())
    return mime, point


def drop_files(target: QWidget, paths: list[Path], pos: QPoint | None = None) -> QDropEvent:
    """A real drag-enter, drag-move and drop of file URLs onto ``target`` at ``pos``."""
    mime, point = file_drag(target, paths, pos)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    QApplication.processEvents()  # the window starts the import just after the drop
    return drop


def hover_files(target: QWidget, paths: list[Path], pos: QPoint | None = None) -> None:
    """Drag files over ``target`` without dropping (to see the highlight and hint)."""
    mime, point = file_drag(target, paths, pos)
    actions = Qt.DropAction.CopyAction
    event = QDragEnterEvent(
        point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, event)
    move = QDragMoveEvent(
        point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, move)


def save_and_wait(qtbot: Any, session: Session, what: str) -> None:
    """Save as a page does, then wait until it is written and announced.

    When commits are slow (a busy machine), the session saves in the background, so what the
    window shows follows a moment later; a user would see it a moment later too.
    """
    session.save(what)
    qtbot.waitUntil(lambda: not session.saving, timeout=10_000)
    QApplication.processEvents()

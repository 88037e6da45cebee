"""Putting synthetic documents into a session's vault for page tests (no import pipeline)."""

from __future__ import annotations

from datetime import date
from typing import Any

from organizer.core.model import Document, PagePart, Section
from organizer.gui.session import Session
from tests.synthetic import text_pdf_bytes


def add_pdf_document(
    session: Session,
    title: str,
    section: Section = Section.RESULTS,
    pages: int = 2,
    when: date | None = None,
) -> Document:
    """Store a fictional text PDF as a document and save; returns the document."""
    data = text_pdf_bytes(pages=pages, title=title.upper(), seed=len(title))
    vault: Any = session.vault
    blob = vault.write_blob(data)
    part = PagePart(
        blob_id=blob.blob_id,
        original_name=f"{title}.pdf",
        media_type="application/pdf",
        size=blob.size,
        sha256=blob.sha256,
        page_count=pages,
        page_sizes=[(612.0, 792.0)] * pages,
    )
    doc = Document(section=section, title=title, parts=[part], date=when, provider="Example Clinic")
    session.content.documents.append(doc)
    session.save("added a test document")
    return doc

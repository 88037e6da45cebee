"""The text of a text PDF, for search (bounded in pages and characters)."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader

log = logging.getLogger(__name__)


def extract_text(data: bytes, password: str, max_pages: int, max_chars: int) -> str:
    """Text of the first ``max_pages`` pages, pages separated by form feeds; "" if none.

    Failing to read text never refuses a document: a scan simply has none.
    """
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt(password)
        pages: list[str] = []
        total = 0
        for index, page in enumerate(reader.pages):
            if index >= max_pages or total >= max_chars:
                break
            try:
                text = page.extract_text() or ""
            except Exception:  # one odd page does not spoil the rest
                text = ""
            pages.append(text)
            total += len(text) + 1
    except Exception as exc:
        log.info("no text extracted from a PDF (%s)", type(exc).__name__)
        return ""
    joined = "\f".join(pages)[:max_chars]
    return joined if joined.strip() else ""

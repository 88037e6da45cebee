"""What the caller can choose about an import, with safe, generous defaults."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from organizer.core.model.sections import Section

# 512 MiB: far above any scan or portal PDF, small enough to hold in memory while checking it
# (the plaintext is never written to a temporary file).
DEFAULT_MAX_FILE_SIZE = 512 * 1024 * 1024
# Pillow's own decompression-bomb threshold (about 89 million pixels: an A4 page at 900 dpi).
DEFAULT_MAX_PIXELS = 89_478_485
# Text kept for search: enough for any report, bounded against pathological PDFs.
DEFAULT_TEXT_MAX_PAGES = 60
DEFAULT_TEXT_MAX_CHARS = 300_000
# Passwords tried per protected PDF before it is refused.
MAX_PASSWORD_TRIES = 3

MIB = 1024 * 1024


@dataclass(frozen=True)
class PdfStreamLimits:
    """How large a PDF's compressed parts may grow when decoded (docs/ingestion.md says why).

    No real scan or report comes near these; decompression bombs go far past them.
    """

    # One stream, decoded; also one picture's pixels (width x height x colours). The same as
    # Pillow's pixel cap for a colour picture: an A4 page scanned in colour at 900 dpi.
    per_stream: int = 256 * MIB
    # Every stream of the document decoded (pictures in JPEG and the like, whose size their
    # dictionary gives, are checked one by one instead).
    per_document: int = 4096 * MIB
    # Streams (page contents, pictures, fonts...) in one document.
    streams: int = 200_000


PdfPasswordSource = Callable[[Path], str | None]


def default_workers() -> int:
    """Use every core (hashing, decoding and AES release the GIL), but no more than four."""
    return max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class ImportOptions:
    """Choices for one import. ``None`` overrides mean "use the suggestion"."""

    section: Section | None = None
    title: str | None = None
    date: date | None = None
    # Several files (pictures of pages, or PDFs) become ONE document, one part per file.
    as_one: bool = False
    # Asked once per password-protected PDF (may be asked again after a wrong password);
    # returning None refuses that PDF.
    pdf_password: PdfPasswordSource | None = None
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    max_pixels: int = DEFAULT_MAX_PIXELS
    pdf_limits: PdfStreamLimits = PdfStreamLimits()
    text_max_pages: int = DEFAULT_TEXT_MAX_PAGES
    text_max_chars: int = DEFAULT_TEXT_MAX_CHARS
    workers: int = 0  # 0: default_workers()

    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else default_workers()

"""The work done for one file on a worker thread: read, check, describe, store its blobs.

Nothing here touches the vault's index: the importer turns the outcome into a Document (or a
refusal) on its own thread, so each file is in or out as a whole.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from organizer.core.ingest.errors import ImportRefused, PdfPasswordNeeded
from organizer.core.ingest.images import inspect_image
from organizer.core.ingest.names import DisplayName, display_name
from organizer.core.ingest.options import ImportOptions
from organizer.core.ingest.pdfs import inspect_pdf
from organizer.core.ingest.pdftext import extract_text
from organizer.core.ingest.reading import FileBytes, confirm_unchanged, read_file
from organizer.core.ingest.sniff import Kind, Sniffed, sniff
from organizer.core.ingest.suggest import Clues, Suggestion, suggest
from organizer.core.model.documents import PagePart

log = logging.getLogger(__name__)


class StoredBlob(Protocol):
    @property
    def blob_id(self) -> str: ...
    @property
    def sha256(self) -> str: ...


class BlobWriter(Protocol):
    def write_blob(self, data: bytes) -> StoredBlob: ...


@dataclass
class Prepared:
    """A checked file whose blobs are stored; it becomes (part of) a document."""

    path: Path
    name: DisplayName
    part: PagePart
    thumbnail_blob_id: str | None
    text_blob_id: str | None
    suggestion: Suggestion
    notes: list[str] = field(default_factory=list)
    # Kept in memory only when several files make one document (stored once, by the importer).
    thumbnail: bytes = b""
    text: str = ""


@dataclass(frozen=True)
class KnownCopy:
    """The file is already in the vault (found by its SHA-256 before any other work)."""

    path: Path
    name: DisplayName
    sha256: str


@dataclass(frozen=True)
class Rejected:
    path: Path
    name: DisplayName
    reason: str
    needs_password: bool = False


@dataclass(frozen=True)
class NotStarted:
    path: Path


Outcome = Prepared | KnownCopy | Rejected | NotStarted


@dataclass
class PrepareContext:
    store: BlobWriter
    options: ImportOptions
    known_hashes: Mapping[str, object]  # SHA-256 of every part already in the vault
    is_cancelled: Callable[[], bool]
    today: date
    # False with ``as_one``: then duplicates are judged per document, and the importer stores
    # the document's thumbnail and text itself.
    one_document_per_file: bool = True
    _password_lock: threading.Lock = field(default_factory=threading.Lock)

    def ask_password(self, path: Path) -> str | None:
        source = self.options.pdf_password
        if source is None:
            return None
        with self._password_lock:  # one prompt at a time, even with several workers
            return source(path)


def prepare(path: Path, ctx: PrepareContext) -> Outcome:
    """Everything for one file. Refusals come back as Rejected; vault write errors raise."""
    if ctx.is_cancelled():
        return NotStarted(path)
    name = display_name(path)
    try:
        return _prepare(path, name, ctx)
    except PdfPasswordNeeded as exc:
        return Rejected(path, name, str(exc), needs_password=True)
    except ImportRefused as exc:
        return Rejected(path, name, str(exc))


def _prepare(path: Path, name: DisplayName, ctx: PrepareContext) -> Outcome:
    read = read_file(path, ctx.options.max_file_size)
    if ctx.one_document_per_file and read.sha256 in ctx.known_hashes:
        return KnownCopy(path, name, read.sha256)
    try:
        sniffed = sniff(read.data)
        notes = list(name.notes) + _extension_notes(name.text, sniffed)
        if sniffed.kind is Kind.PDF:
            return _prepare_pdf(path, name, read, sniffed, notes, ctx)
        return _prepare_image(path, name, read, sniffed, notes, ctx)
    except ImportRefused:
        raise
    except MemoryError:
        raise ImportRefused("This file is too large to check with the memory available.") from None
    except _StoreFailed as exc:
        raise exc.cause from None
    except Exception as exc:  # a library choked on odd input: refuse this file, keep going
        log.warning("unexpected %s while checking a file", type(exc).__name__)
        raise ImportRefused(
            f"An unexpected problem stopped this file from being added ({type(exc).__name__}). "
            "It may be damaged."
        ) from None


def _prepare_pdf(
    path: Path,
    name: DisplayName,
    read: FileBytes,
    sniffed: Sniffed,
    notes: list[str],
    ctx: PrepareContext,
) -> Prepared:
    data, sha256 = read.data, read.sha256
    facts = inspect_pdf(data, lambda: ctx.ask_password(path), ctx.options.pdf_limits)
    options = ctx.options
    text = extract_text(
        facts.working_copy or data, facts.password, options.text_max_pages, options.text_max_chars
    )
    confirm_unchanged(path, read)
    original = _store(ctx, data)
    working = _store(ctx, facts.working_copy).blob_id if facts.working_copy else None
    keep_text = text and ctx.one_document_per_file
    text_id = _store(ctx, text.encode("utf-8")).blob_id if keep_text else None
    part = PagePart(
        blob_id=original.blob_id,
        original_name=name.text,
        media_type=sniffed.media_type,
        size=len(data),
        sha256=sha256,
        page_count=facts.page_count,
        page_sizes=facts.page_sizes,
        unlocked_blob_id=working,
    )
    meta = facts.metadata
    clues = Clues(
        file_name=name.text,
        pdf_title=meta.title,
        pdf_subject=meta.subject,
        pdf_keywords=meta.keywords,
        pdf_created=meta.created,
        text=text,
    )
    suggestion = suggest(clues, ctx.today)
    return Prepared(path, name, part, None, text_id, suggestion, notes + facts.notes, text=text)


def _prepare_image(
    path: Path,
    name: DisplayName,
    read: FileBytes,
    sniffed: Sniffed,
    notes: list[str],
    ctx: PrepareContext,
) -> Prepared:
    data, sha256 = read.data, read.sha256
    facts = inspect_image(data, sniffed, ctx.options.max_pixels)
    confirm_unchanged(path, read)
    original = _store(ctx, data)
    thumbnail = _store(ctx, facts.thumbnail).blob_id if ctx.one_document_per_file else None
    part = PagePart(
        blob_id=original.blob_id,
        original_name=name.text,
        media_type=sniffed.media_type,
        size=len(data),
        sha256=sha256,
        page_count=facts.page_count,
        page_sizes=facts.page_sizes,
        exif_rotation=facts.exif_rotation,
        dpi=facts.dpi,
    )
    clues = Clues(file_name=name.text, is_image=True)
    suggestion = suggest(clues, ctx.today)
    return Prepared(
        path, name, part, thumbnail, None, suggestion, notes + facts.notes, facts.thumbnail
    )


class _StoreFailed(Exception):
    """The vault could not store a blob: not this file's fault, so the import stops."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


def _store(ctx: PrepareContext, data: bytes) -> StoredBlob:
    try:
        return ctx.store.write_blob(data)
    except Exception as exc:
        raise _StoreFailed(exc) from exc


_EXTENSIONS = {
    Kind.PDF: {"pdf"},
    Kind.JPEG: {"jpg", "jpeg", "jpe", "jfif"},
    Kind.PNG: {"png"},
    Kind.TIFF: {"tif", "tiff"},
    Kind.HEIF: {"heic", "heif", "hif"},
    Kind.AVIF: {"avif"},
    Kind.WEBP: {"webp"},
    Kind.BMP: {"bmp", "dib"},
    Kind.GIF: {"gif"},
}


def _extension_notes(name: str, sniffed: Sniffed) -> list[str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 5:
        return []
    if ext.lower() in _EXTENSIONS[sniffed.kind]:
        return []
    return [f"The name ends in .{ext} but the file is {sniffed.label}; it was kept as what it is."]

"""Ingestion: every scan and PDF a patient has, checked and stored in the vault (Qt-free)."""

from organizer.core.ingest.errors import ImportRefused, PdfPasswordNeeded
from organizer.core.ingest.importer import ImportTarget, import_files
from organizer.core.ingest.options import ImportOptions
from organizer.core.ingest.summary import Added, Duplicate, ImportSummary, Refused

__all__ = [
    "Added",
    "Duplicate",
    "ImportOptions",
    "ImportRefused",
    "ImportSummary",
    "ImportTarget",
    "PdfPasswordNeeded",
    "Refused",
    "import_files",
]

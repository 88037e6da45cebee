"""Ingestion: every scan and PDF a patient has, checked and stored in the vault (Qt-free).

The public names load on first use, so importing a light submodule (``options``, ``names``)
does not pull in pikepdf, pypdf and Pillow: the command line starts faster.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from organizer.core.ingest.errors import ImportRefused, PdfPasswordNeeded
    from organizer.core.ingest.importer import ImportTarget, import_files
    from organizer.core.ingest.options import ImportOptions
    from organizer.core.ingest.summary import Added, Duplicate, ImportSummary, Refused

_WHERE = {
    "Added": "summary",
    "Duplicate": "summary",
    "ImportOptions": "options",
    "ImportRefused": "errors",
    "ImportSummary": "summary",
    "ImportTarget": "importer",
    "PdfPasswordNeeded": "errors",
    "Refused": "summary",
    "import_files": "importer",
}

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


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        module = importlib.import_module(f"organizer.core.ingest.{_WHERE[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

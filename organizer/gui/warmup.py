"""Loads the heavy document libraries in the background while the unlock screen is shown.

The first import of the PDF and image libraries holds the interpreter lock for long stretches
(C extensions initialise in one go). Done on the GUI thread it would freeze the window; done
at the first drop it would stutter it. Done while the user types the passphrase, nobody sees it.
"""

from __future__ import annotations

import importlib
import logging

from organizer.core.progress import CancelToken, ProgressCallback

log = logging.getLogger(__name__)

# The modules themselves, not their packages: ``organizer.core.ingest`` and
# ``organizer.core.packet`` load their parts on first use. The importer brings in pikepdf,
# pypdf and Pillow; the packet export reportlab and img2pdf.
MODULES = ("organizer.core.ingest.importer", "organizer.core.packet.export", "PySide6.QtPdf")


def load_libraries(progress: ProgressCallback, cancel: CancelToken) -> int:
    """Import the modules an import and a preview need. Returns how many loaded."""
    loaded = 0
    for name in MODULES:
        if cancel.cancelled:
            break
        try:
            importlib.import_module(name)
            loaded += 1
        except ImportError as exc:  # a missing part only matters when it is used
            log.info("warm-up skipped %s: %s", name, type(exc).__name__)
    return loaded

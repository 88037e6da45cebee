"""The bundled Unicode font (DejaVu Sans) registered with reportlab, once per process."""

from __future__ import annotations

import functools
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from organizer.core.resources import resource_path

REGULAR = "OrganizerSans"
BOLD = "OrganizerSans-Bold"

_lock = threading.Lock()
_registered = False


def ensure_fonts() -> None:
    """Register the fonts; safe to call from any thread, any number of times."""
    global _registered
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        # Lets <b> in paragraphs pick the bold face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


@functools.lru_cache(maxsize=4096)
def text_width(text: str, font: str, size: float) -> float:
    ensure_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))


def fit_text(text: str, font: str, size: float, max_width: float) -> str:
    """The text, shortened with an ellipsis if it is wider than ``max_width``."""
    if text_width(text, font, size) <= max_width:
        return text
    ellipsis = "…"
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid].rstrip() + ellipsis, font, size) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ellipsis

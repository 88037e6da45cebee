"""The Unicode font for generated planning PDFs (letters, lists, comparisons).

reportlab's built-in fonts cannot show accented names such as "Zoë", so every page we make
uses DejaVu Sans: the copy bundled in ``resources/fonts/`` when it is there, else the system's.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from organizer.core.errors import UserError

REGULAR = "SOO-Sans"
BOLD = "SOO-Sans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_SYSTEM_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)


def _bundled_locator() -> Callable[..., Path] | None:
    # The resources helper arrives with the packet module; look it up lazily so the
    # planning code works (with the system font) before and after it lands.
    try:
        module = importlib.import_module("organizer.core.resources")
    except ImportError:
        return None
    locator = getattr(module, "resource_path", None)
    return locator if callable(locator) else None


def font_file(file_name: str) -> Path:
    """The path of a bundled (or system) DejaVu font file, such as "DejaVuSans.ttf"."""
    locator = _bundled_locator()
    candidates: list[Path] = []
    if locator is not None:
        # Not bundled in this install (FileNotFoundError): fall back to the system's copy.
        with contextlib.suppress(OSError):
            candidates.append(Path(locator("fonts", file_name)))
    candidates += [d / file_name for d in _SYSTEM_DIRS]
    for path in candidates:
        if path.is_file():
            return path
    raise UserError(
        f"The font {file_name} was not found, so the PDF cannot be made. "
        "Reinstalling Second Opinion Organizer should bring it back."
    )


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold font with reportlab once; return their names."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_file(file_name))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return REGULAR, BOLD

"""The Unicode font for generated planning PDFs (letters, lists, comparisons).

reportlab's built-in fonts cannot show accented names such as "Zoë", so every page uses the
bundled DejaVu Sans, registered once by the packet's font helper (one registration for all
the PDFs the app makes).
"""

from __future__ import annotations

from pathlib import Path

from organizer.core.errors import UserError
from organizer.core.packet.fonts import BOLD, REGULAR, ensure_fonts
from organizer.core.resources import resource_path


def font_file(file_name: str) -> Path:
    """The path of a bundled font file, such as "DejaVuSans.ttf" (for Pillow)."""
    try:
        return resource_path("fonts", file_name)
    except FileNotFoundError:
        raise UserError(
            f"The font {file_name} is missing, so the page cannot be made. "
            "Reinstalling Second Opinion Organizer should bring it back."
        ) from None


def register_fonts() -> tuple[str, str]:
    """Make sure the fonts are registered with reportlab; return (regular, bold) names."""
    try:
        ensure_fonts()
    except FileNotFoundError:
        raise UserError(
            "The app's font is missing, so the PDF cannot be made. "
            "Reinstalling Second Opinion Organizer should bring it back."
        ) from None
    return REGULAR, BOLD

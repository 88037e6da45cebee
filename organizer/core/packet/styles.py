"""Page sizes, margins and text styles shared by every generated page."""

from __future__ import annotations

from html import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle

from organizer.core.packet.fonts import BOLD, REGULAR, ensure_fonts
from organizer.core.packet.options import Paper

# The band sits in this strip at the bottom of every packet page; nothing else is drawn there.
BAND_HEIGHT = 18.0
MARGIN = 48.0
# Generated pages keep their text above this line, so the band fits without scaling them.
BOTTOM_MARGIN = 54.0
GREY = Color(0.35, 0.35, 0.35)
RULE_GREY = Color(0.7, 0.7, 0.7)


def page_size(paper: Paper) -> tuple[float, float]:
    width, height = A4 if paper == Paper.A4 else letter
    return (float(width), float(height))


def para_text(text: str) -> str:
    """Plain text made safe for a reportlab paragraph (markup escaped, line breaks kept)."""
    return escape(text, quote=False).replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    ensure_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=20, leading=25),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=13, leading=17, spaceBefore=10
        ),
        "label": ParagraphStyle("label", parent=body, textColor=GREY, fontSize=9.5, leading=12),
        "body": body,
        "big": ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=16, leading=20),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "cellhead": ParagraphStyle("cellhead", parent=body, fontName=BOLD, fontSize=8.5),
        "question": ParagraphStyle("question", parent=body, fontSize=12, leading=16),
    }

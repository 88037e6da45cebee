"""The band on every packet page: patient, date of birth, page X of Y, source title and date.

Drawn by reportlab as one PDF with a page per packet page (each the packet page's own size);
the assembler puts each page's content above the band's strip, so the band never covers it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from organizer.core.packet.fonts import BOLD, REGULAR, ensure_fonts, fit_text, text_width
from organizer.core.packet.styles import BAND_HEIGHT, RULE_GREY

_SIDE = 14.0
_SEPARATOR = "  ·  "
_BASELINE = 5.0


@dataclass(frozen=True)
class BandPage:
    width: float
    height: float
    source: str  # "CT report, 5 Mar 2026" or "Contents"


def render_bands(pages: list[BandPage], who: str) -> bytes:
    """One band page per packet page; ``who`` is "Name, born 2 Apr 1961"."""
    ensure_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1, pageCompression=0)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        canvas.setPageSize((page.width, page.height))
        _draw_band(canvas, page, who, f"Page {number} of {total}")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _draw_band(canvas: Canvas, page: BandPage, who: str, page_label: str) -> None:
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(_SIDE, BAND_HEIGHT - 1.5, page.width - _SIDE, BAND_HEIGHT - 1.5)
    room = page.width - 2 * _SIDE
    size = 7.5
    # Shrink a little on narrow pages, then shorten the source title, then the name.
    while size > 6.0 and _width(who, page_label, page.source, size) > room:
        size -= 0.5
    source, name = page.source, who
    fixed = text_width(page_label, BOLD, size) + 2 * text_width(_SEPARATOR, REGULAR, size)
    if _width(name, page_label, source, size) > room:
        spare = room - fixed - text_width(name, REGULAR, size)
        source = fit_text(source, REGULAR, size, max(spare, room * 0.25))
    if _width(name, page_label, source, size) > room:
        spare = room - fixed - text_width(source, REGULAR, size)
        name = fit_text(name, REGULAR, size, max(spare, 10.0))
    # One text object with three runs (two fonts): few drawing calls keep 1000-page packets
    # quick.
    text = canvas.beginText(_SIDE, _BASELINE)
    text.setFont(REGULAR, size)
    text.textOut(name + _SEPARATOR)
    text.setFont(BOLD, size)
    text.textOut(page_label)
    text.setFont(REGULAR, size)
    text.textOut(_SEPARATOR + source)
    canvas.setFillColor((0, 0, 0))
    canvas.drawText(text)


def _width(who: str, page_label: str, source: str, size: float) -> float:
    return (
        text_width(who, REGULAR, size)
        + text_width(page_label, BOLD, size)
        + text_width(source, REGULAR, size)
        + 2 * text_width(_SEPARATOR, REGULAR, size)
    )

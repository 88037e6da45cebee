"""The table of contents: one line per part and document, each with its packet page and a link.

Every line has the same height, so the number of contents pages is known before any page
number is, which lets the packet be numbered in one pass.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from organizer.core.packet.fonts import BOLD, REGULAR, ensure_fonts, fit_text, text_width
from organizer.core.packet.styles import BOTTOM_MARGIN, MARGIN, RULE_GREY

LEADING = 19.0
_HEADING_SPACE = 44.0
_INDENT = 18.0


@dataclass(frozen=True)
class TocEntry:
    text: str
    page: int  # packet page number, 1-based
    level: int = 0  # 0 = a part of the packet, 1 = a document in it


@dataclass(frozen=True)
class TocLink:
    contents_page: int  # 0-based among the contents pages
    rect: tuple[float, float, float, float]
    target: int  # packet page number, 1-based


def lines_per_page(size: tuple[float, float]) -> int:
    return max(1, int((size[1] - MARGIN - _HEADING_SPACE - BOTTOM_MARGIN) // LEADING))


def contents_page_count(entries: int, size: tuple[float, float]) -> int:
    per_page = lines_per_page(size)
    return max(1, -(-entries // per_page))


def render_contents(
    entries: list[TocEntry], size: tuple[float, float]
) -> tuple[bytes, list[TocLink]]:
    ensure_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=size, invariant=1, pageCompression=0)
    width, height = size
    per_page = lines_per_page(size)
    pages = contents_page_count(len(entries), size)
    links: list[TocLink] = []
    for page_index in range(pages):
        canvas.setFont(BOLD, 18)
        heading = "Contents" if page_index == 0 else "Contents (continued)"
        canvas.drawString(MARGIN, height - MARGIN - 18, heading)
        y = height - MARGIN - _HEADING_SPACE
        for entry in entries[page_index * per_page : (page_index + 1) * per_page]:
            links.append(_draw_entry(canvas, entry, y, width, page_index))
            y -= LEADING
        canvas.showPage()
    canvas.save()
    return buf.getvalue(), links


def _draw_entry(canvas: Canvas, entry: TocEntry, y: float, width: float, page: int) -> TocLink:
    font, size = (BOLD, 12.0) if entry.level == 0 else (REGULAR, 11.0)
    left = MARGIN + _INDENT * entry.level
    right = width - MARGIN
    number = str(entry.page)
    number_width = text_width(number, font, size)
    text = fit_text(entry.text, font, size, right - left - number_width - 24)
    canvas.setFillColor((0, 0, 0))
    canvas.setFont(font, size)
    canvas.drawString(left, y, text)
    canvas.drawRightString(right, y, number)
    # A dotted leader guides the eye from the title to its page number.
    start = left + text_width(text, font, size) + 6
    end = right - number_width - 6
    if end > start:
        canvas.setStrokeColor(RULE_GREY)
        canvas.setDash(1, 3)
        canvas.line(start, y + 2, end, y + 2)
        canvas.setDash()
    return TocLink(page, (left, y - 5, right, y + LEADING - 6), entry.page)

"""Shared layout for the planning PDFs: styles, plain-text paragraphs, one-page fitting.

Pages promised as "one page" (the letter, the what-to-bring list, the comparison) are made
by trying smaller text sizes until the content fits; if even the smallest size is too long,
the caller's content is shortened, and as a last guard the whole story is scaled into the
frame, so the promise holds for any input.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, SimpleDocTemplate

from organizer.core.planning.fonts import register_fonts

MARGIN = 50.0  # points (about 18 mm): fine for home printers
DEFAULT_SIZES = (11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5)


@dataclass(frozen=True)
class Styles:
    size: float
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def make_styles(size: float) -> Styles:
    regular, bold = register_fonts()
    lead = size * 1.3
    return Styles(
        size=size,
        title=ParagraphStyle(
            "title", fontName=bold, fontSize=size * 1.6, leading=size * 2.0, spaceAfter=size * 0.6
        ),
        heading=ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=size * 1.15,
            leading=size * 1.5,
            spaceBefore=size * 0.8,
            spaceAfter=size * 0.3,
        ),
        body=ParagraphStyle(
            "body", fontName=regular, fontSize=size, leading=lead, spaceAfter=size * 0.5
        ),
        small=ParagraphStyle(
            "small",
            fontName=regular,
            fontSize=size * 0.85,
            leading=size * 1.1,
            textColor=colors.HexColor("#333333"),
        ),
        cell=ParagraphStyle("cell", fontName=regular, fontSize=size, leading=lead),
        cell_bold=ParagraphStyle("cell_bold", fontName=bold, fontSize=size, leading=lead),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain user text: markup characters shown as typed, line breaks kept."""
    return Paragraph(escape(text, quote=False).replace("\n", "<br/>"), style)


def story_height(story: list[Flowable], width: float, height: float) -> float:
    total = 0.0
    for flowable in story:
        _w, h = flowable.wrap(width, height)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def frame_size(pagesize: tuple[float, float]) -> tuple[float, float]:
    # SimpleDocTemplate's frame has 6 pt padding on each side.
    return pagesize[0] - 2 * MARGIN - 12, pagesize[1] - 2 * MARGIN - 12


def fits(story: list[Flowable], pagesize: tuple[float, float]) -> bool:
    width, height = frame_size(pagesize)
    return story_height(story, width, height) <= height


def one_page_pdf(
    make_story: Callable[[Styles], list[Flowable]],
    *,
    pagesize: tuple[float, float],
    title: str,
    footer: str,
    sizes: tuple[float, ...] = DEFAULT_SIZES,
    shorten: Callable[[Styles], list[Flowable]] | None = None,
) -> bytes:
    """A one-page PDF: the largest text size whose story fits, else ``shorten``'s story."""
    story: list[Flowable] = []
    for size in sizes:
        story = make_story(make_styles(size))
        if fits(story, pagesize):
            break
    else:
        if shorten is not None:
            story = shorten(make_styles(sizes[-1]))
    width, height = frame_size(pagesize)
    guarded = KeepInFrame(width, height, story, mode="shrink")
    return render(pagesize, [guarded], title=title, footer=footer)


def render(
    pagesize: tuple[float, float], story: list[Flowable], *, title: str, footer: str
) -> bytes:
    regular, _bold = register_fonts()

    def draw_footer(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(MARGIN, MARGIN / 2, footer)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="Second Opinion Organizer",
        creator="Second Opinion Organizer",
        invariant=1,
        initialFontName=regular,  # else an unembedded Helvetica is referenced on every page
    )
    doc.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)
    return buf.getvalue()

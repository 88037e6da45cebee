"""Questions for the doctor and the medication table, for the packet or printed on their own."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from organizer.core.model import Medication, MedicationKind, Priority, Question
from organizer.core.packet.dates import format_date
from organizer.core.packet.fonts import REGULAR
from organizer.core.packet.styles import BOTTOM_MARGIN, GREY, MARGIN, RULE_GREY, para_text, styles

QUESTIONS_TITLE = "Questions for the doctor"
MEDICATIONS_TITLE = "Medications"

_KIND_LABELS = {
    MedicationKind.PRESCRIPTION: "Prescription",
    MedicationKind.OVER_THE_COUNTER: "Over the counter",
    MedicationKind.SUPPLEMENT: "Supplement",
}
_KIND_ORDER = list(MedicationKind)


class AnswerLines(Flowable):  # type: ignore[misc]
    """Ruled lines where the doctor or patient writes the answer."""

    def __init__(self, lines: int = 3, gap: float = 20.0) -> None:
        super().__init__()
        self.lines, self.gap = lines, gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return (avail_width, self.lines * self.gap + 4)

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE_GREY)
        self.canv.setLineWidth(0.6)
        for n in range(self.lines):
            y = (self.lines - n - 1) * self.gap + 2
            self.canv.line(18, y, self.width, y)


def ordered_questions(questions: list[Question]) -> list[Question]:
    """The patient's order (stable for equal order numbers)."""
    return [q for _, q in sorted(enumerate(questions), key=lambda iq: (iq[1].order, iq[0]))]


def question_story(questions: list[Question]) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph(QUESTIONS_TITLE, st["title"]), Spacer(1, 10)]
    for number, question in enumerate(ordered_questions(questions), start=1):
        mark = " <b>(important)</b>" if question.priority == Priority.HIGH else ""
        text = f"<b>{number}.</b> {para_text(question.text)}{mark}"
        story.append(KeepTogether([Paragraph(text, st["question"]), AnswerLines(), Spacer(1, 12)]))
    return story


def ordered_medications(meds: list[Medication]) -> list[Medication]:
    """Current ones first, by kind (prescription, over the counter, supplement), as entered."""
    return [
        m
        for _, m in sorted(
            enumerate(meds),
            key=lambda im: (not im[1].still_taking, _KIND_ORDER.index(im[1].kind), im[0]),
        )
    ]


def medication_story(
    meds: list[Medication], reviewed_on_text: str, page: tuple[float, float]
) -> list[Flowable]:
    """The table laid out for pages of size ``page`` (columns take fixed shares)."""
    st = styles()
    cell, head = st["cell"], st["cellhead"]
    header = ["Medicine", "Type", "Dose", "How taken", "How often", "Reason", "Prescriber", "Since"]
    rows: list[list[Flowable]] = [[Paragraph(h, head) for h in header]]
    for med in ordered_medications(meds):
        kind = _KIND_LABELS[med.kind] + ("" if med.still_taking else " (stopped)")
        name = " ".join(x for x in (med.name, med.strength) if x)
        values = [name, kind, med.dose, med.how_taken, med.how_often, med.reason, med.prescriber]
        values.append(format_date(med.start_date))
        rows.append([Paragraph(para_text(v), cell) for v in values])
    widths = [0.2, 0.12, 0.1, 0.1, 0.12, 0.14, 0.12, 0.1]
    frame_width = page[0] - 2 * MARGIN
    table = Table(rows, colWidths=[w * frame_width for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), (0.92, 0.92, 0.92)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [
        Paragraph(MEDICATIONS_TITLE, st["title"]),
        Paragraph("List reviewed on: " + para_text(reviewed_on_text), st["body"]),
        Spacer(1, 10),
        table,
    ]


def render_story(
    story: list[Flowable], size: tuple[float, float], header: str | None = None
) -> tuple[bytes, int]:
    """Lay the story out on pages of ``size`` (band strip left empty); (pdf, page count)."""
    buf = io.BytesIO()
    width, height = size
    top = MARGIN + (16 if header else 0)
    doc = BaseDocTemplate(
        buf, pagesize=size, invariant=1, pageCompression=0, title="", author="", creator=""
    )
    frame = Frame(
        MARGIN, BOTTOM_MARGIN, width - 2 * MARGIN, height - BOTTOM_MARGIN - top, id="body"
    )
    on_page: Callable[[Canvas, BaseDocTemplate], None] = (
        (lambda canvas, _doc: _draw_header(canvas, header, size)) if header else _no_header
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    doc.build(list(story))
    return buf.getvalue(), int(doc.page)


def _no_header(canvas: Canvas, doc: BaseDocTemplate) -> None:
    return None


def _draw_header(canvas: Canvas, header: str, size: tuple[float, float]) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(GREY)
    canvas.drawString(MARGIN, size[1] - MARGIN + 4, f"{header}  ·  page {canvas.getPageNumber()}")
    canvas.restoreState()

"""The printable one-page "what to bring" list for an appointment, built from the vault."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Table, TableStyle

from organizer.core.model import Document, OpinionProvider, VaultContent
from organizer.core.planning.checklist import reviewed_recently
from organizer.core.planning.evidence import RECORD_KINDS, documents_of_kind
from organizer.core.planning.insurer import open_insurer_questions
from organizer.core.planning.letter import long_date
from organizer.core.planning.output import write_atomic
from organizer.core.planning.pdfpage import Styles, one_page_pdf, para
from organizer.core.planning.providers import display_name

BOX = "\u2610"  # an empty ballot box to tick by pen
MAX_TITLES = 3  # documents named per kind; the rest are counted


def _doc_line(doc: Document) -> str:
    return f"{doc.title} ({doc.date.isoformat()})" if doc.date else doc.title


def record_rows(content: VaultContent, today: date) -> list[tuple[str, str, bool]]:
    """(what, detail, present) for each kind of record a reviewer usually wants."""
    rows = []
    for kind in RECORD_KINDS:
        docs = documents_of_kind(content, kind)
        if docs:
            names = [_doc_line(d) for d in docs[:MAX_TITLES]]
            if len(docs) > MAX_TITLES:
                names.append(f"and {len(docs) - MAX_TITLES} more")
            rows.append((kind.label, "\n".join(names), True))
        else:
            rows.append((kind.label, "Not in the vault yet: ask for it, or add it.", False))
    meds = [m for m in content.medications if m.still_taking]
    if meds and reviewed_recently(content.case.medications_reviewed_on, today):
        rows.append(("Medication list", f"{len(meds)} medicines, reviewed recently", True))
    elif meds:
        rows.append(("Medication list", f"{len(meds)} medicines: review the list first", False))
    else:
        rows.append(
            ("Medication list", "Not written yet: add every medicine and supplement.", False)
        )
    if content.questions:
        rows.append(("Your questions", f"{len(content.questions)} questions written", True))
    else:
        rows.append(("Your questions", "Not written yet: write down what you want to ask.", False))
    return rows


def _when_where(op: OpinionProvider) -> str:
    appt = op.appointment
    if appt is None or appt.starts_at is None:
        return "Date not set yet"
    start: datetime = appt.starts_at
    lines = [f"{start.strftime('%A')} {long_date(start.date())}, {start.strftime('%H:%M')}"]
    if appt.place.strip():
        lines.append(appt.place.strip())
    if appt.video_link.strip():
        lines.append(f"Video link: {appt.video_link.strip()}")
    return "\n".join(lines)


def bring_list_story(
    content: VaultContent, op: OpinionProvider, today: date, styles: Styles
) -> list[Flowable]:
    story: list[Flowable] = [
        para("What to bring", styles.title),
        para(f"Second opinion appointment with {display_name(op)}", styles.heading),
        para(_when_where(op), styles.body),
    ]
    name = content.case.patient.name.strip()
    if name:
        story.append(para(f"For: {name}", styles.body))

    story.append(para("Records", styles.heading))
    table_rows = []
    for what, detail, present in record_rows(content, today):
        status = "In the vault" if present else "Missing"
        table_rows.append(
            [
                para(BOX, styles.cell),
                para(what, styles.cell_bold),
                para(detail, styles.cell),
                para(status, styles.cell_bold if not present else styles.cell),
            ]
        )
    width = A4[0] - 112
    table = Table(table_rows, colWidths=[width * 0.05, width * 0.3, width * 0.48, width * 0.17])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)

    story.append(para("Also bring", styles.heading))
    extras = [
        "The packet of your records (printed, or on a USB stick)",
        "Photo ID and your insurance card",
        "Discs or download links of scan images, if you have them",
        "Something to take notes with, or someone to come with you",
    ]
    checks = content.case.insurer
    if checks.referral_needed:
        ref = f" (reference {checks.referral_reference})" if checks.referral_reference else ""
        extras.insert(2, f"The referral{ref}")
    for line in extras:
        story.append(para(f"{BOX}  {line}", styles.body))
    todo = open_insurer_questions(checks)
    if todo:
        story.append(para("Before you go: check with your insurer", styles.heading))
        for line in todo:
            story.append(para(f"{BOX}  {line}", styles.body))
    return story


def bring_list_pdf(content: VaultContent, op: OpinionProvider, today: date) -> bytes:
    return one_page_pdf(
        lambda styles: bring_list_story(content, op, today, styles),
        pagesize=A4,
        title="What to bring",
        footer=f"Made from the vault on {today.isoformat()} with Second Opinion Organizer.",
    )


def write_bring_list(
    content: VaultContent, op: OpinionProvider, out_path: Path, today: date
) -> Path:
    return write_atomic(out_path, bring_list_pdf(content, op, today))

"""The cover page: who the patient is, who the packet is for, why, and what is inside."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer

from organizer.core.model import Case, Contact, OpinionProvider
from organizer.core.packet.dates import format_date, format_datetime
from organizer.core.packet.styles import BOTTOM_MARGIN, MARGIN, para_text, styles


@dataclass(frozen=True)
class CoverFacts:
    case: Case
    prepared_for: OpinionProvider | None
    recipient: str
    prepared_on_text: str
    summary: list[str]  # "4 questions", "Test & biopsy results: 3 documents, 9 pages"...


def render_cover(facts: CoverFacts, size: tuple[float, float]) -> bytes:
    """Exactly one page; long entries shrink to fit rather than spill over."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=size, invariant=1, pageCompression=0)
    width, height = size
    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        width - 2 * MARGIN,
        height - BOTTOM_MARGIN - MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    story = _story(facts)
    frame.addFromList(
        [KeepInFrame(frame.width, frame.height, story, mode="shrink")],
        canvas,
    )
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _story(facts: CoverFacts) -> list[Flowable]:
    st = styles()
    patient = facts.case.patient
    story: list[Flowable] = [
        Paragraph("Second-opinion packet", st["title"]),
        Spacer(1, 0.15 * inch),
        Paragraph(para_text(patient.name or "Name not given"), st["big"]),
        Paragraph(
            "Date of birth: " + para_text(format_date(patient.date_of_birth, "not given")),
            st["body"],
        ),
    ]
    story += _contact_lines(patient.contact)
    story += _block("Prepared for", _prepared_for(facts))
    story += _block("Reason for the second opinion", [facts.case.reason or "Not written yet"])
    story += _block("Diagnosis under review", [facts.case.diagnosis or "Not written yet"])
    current = facts.case.current_provider
    story += _block(
        "Current provider",
        [", ".join(x for x in (current.name, current.practice) if x) or "Not given"]
        + [line for line in _contact_text(current.contact) if line],
    )
    story += _block("Date prepared", [facts.prepared_on_text])
    story += _block("What is inside", facts.summary or ["No pages besides this cover."])
    return story


def _prepared_for(facts: CoverFacts) -> list[str]:
    lines: list[str] = []
    chosen = facts.prepared_for
    if chosen is not None:
        who = ", ".join(x for x in (chosen.provider.name, chosen.provider.practice) if x)
        if who:
            lines.append(who)
        if chosen.appointment is not None and chosen.appointment.starts_at is not None:
            lines.append("Appointment: " + format_datetime(chosen.appointment.starts_at))
    if facts.recipient and facts.recipient not in lines:
        lines.append(facts.recipient)
    return lines or ["Not given"]


def _block(label: str, lines: list[str]) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Spacer(1, 0.12 * inch), Paragraph(para_text(label), st["label"])]
    out += [Paragraph(para_text(line), st["body"]) for line in lines]
    return out


def _contact_text(contact: Contact) -> list[str]:
    return [contact.phone, contact.email, contact.address.replace("\n", ", ")]


def _contact_lines(contact: Contact) -> list[Flowable]:
    lines = [line for line in _contact_text(contact) if line]
    return [Paragraph(para_text(line), styles()["body"]) for line in lines]

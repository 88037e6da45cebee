"""Printing from the pages: lists as HTML tables, packets page by page through QtPdf."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from organizer.core.errors import UserError
from organizer.core.model import VaultContent
from organizer.core.progress import CancelToken, ProgressCallback, no_progress
from organizer.gui.models.medications import kind_label, medication_headers
from organizer.gui.models.questions import priority_label
from organizer.gui.pages import prompts


def _e(text: str) -> str:
    return html.escape(text)


def _header(content: VaultContent, title: str, today: date) -> str:
    patient = content.case.patient
    who = _e(patient.name or QCoreApplication.translate("printing", "(no name entered)"))
    born = (
        patient.date_of_birth.isoformat()
        if patient.date_of_birth
        else QCoreApplication.translate("printing", "not entered")
    )
    patient_word, born_word, printed_word = (
        QCoreApplication.translate("printing", "Patient"),
        QCoreApplication.translate("printing", "Date of birth"),
        QCoreApplication.translate("printing", "Printed on"),
    )
    return (
        f"<h1>{_e(title)}</h1><p>{_e(patient_word)}: <b>{who}</b> &nbsp; "
        f"{_e(born_word)}: {_e(born)} &nbsp; "
        f"{_e(printed_word)}: {today.isoformat()}</p>"
    )


def medications_html(content: VaultContent, today: date) -> str:
    heads = medication_headers()
    rows = []
    for m in content.medications:
        cells = [
            m.name,
            m.strength,
            m.dose,
            m.how_taken,
            m.how_often,
            m.reason,
            m.prescriber,
            m.start_date.isoformat() if m.start_date else "",
            kind_label(m.kind),
            QCoreApplication.translate("printing", "Yes")
            if m.still_taking
            else QCoreApplication.translate("printing", "No"),
        ]
        rows.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
    reviewed = content.case.medications_reviewed_on
    note = (
        QCoreApplication.translate("printing", "List checked as complete on {0}.").format(
            reviewed.isoformat()
        )
        if reviewed
        else QCoreApplication.translate(
            "printing", "This list has not been checked as complete yet."
        )
    )
    return (
        _header(content, QCoreApplication.translate("printing", "Medications"), today)
        + '<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>'
        + "".join(f"<th>{_e(h)}</th>" for h in heads)
        + "</tr>"
        + "".join(rows)
        + f"</table><p>{_e(note)}</p>"
    )


def questions_html(content: VaultContent, today: date) -> str:
    items = []
    for q in content.questions:
        extra = "" if q.priority.value == "normal" else f" ({_e(priority_label(q.priority))})"
        answer = f"<br/><i>{_e(q.answer_notes)}</i>" if q.answer_notes else "<br/><br/><br/>"
        items.append(f"<li><p><b>{_e(q.text)}</b>{extra}{answer}</p></li>")
    return (
        _header(content, QCoreApplication.translate("printing", "Questions for the doctor"), today)
        + "<ol>"
        + "".join(items)
        + "</ol>"
    )


def print_html(parent: QWidget | None, title: str, body: str, *, landscape: bool = False) -> bool:
    """Print an HTML document through the system print dialog; False if cancelled."""
    printer = prompts.choose_printer(parent, title)
    if printer is None:
        return False
    if landscape:  # a wide table stays readable across the page
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    doc = QTextDocument()
    doc.setHtml(body)
    printer.setDocName(title)
    doc.print_(printer)
    return True


PRINT_DPI = 300


def print_pdf(parent: QWidget | None, title: str, pdf: bytes) -> bool:
    """Print a PDF held in memory (never written to a temp file); False if cancelled."""
    printer = prompts.choose_printer(parent, title)
    if printer is None:
        return False
    paint_pdf(printer, title, pdf)
    return True


def paint_pdf(
    printer: QPrinter,
    title: str,
    pdf: bytes,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> None:
    """Draw each page of ``pdf`` on ``printer``; safe to run off the GUI thread.

    Pages are rendered one at a time at most PRINT_DPI, so memory stays at about one page.
    """
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise UserError(
                QCoreApplication.translate("printing", "The packet could not be read for printing.")
            )
        printer.setDocName(title)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(
                QCoreApplication.translate("printing", "The printer could not be started.")
            )
        try:
            total = document.pageCount()
            for page in range(total):
                if cancel is not None and cancel.cancelled:
                    printer.abort()  # nothing half-printed is sent
                    cancel.check()
                progress(page, total, QCoreApplication.translate("printing", "Printing"))
                if page:
                    printer.newPage()
                _draw_page(printer, painter, document, page)
            progress(total, total, "")
        finally:
            painter.end()
    finally:
        document.close()
        buffer.close()


def _draw_page(printer: QPrinter, painter: QPainter, document: QPdfDocument, page: int) -> None:
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    points = document.pagePointSize(page)
    target = points.toSize()
    target.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    # At most 300 dpi (a 1200 dpi printer would need ~500 MB per page); the painter scales
    # the image up to the page.
    scale = min(PRINT_DPI / 72.0, target.width() / max(points.width(), 1.0))
    image = document.render(
        page, QSize(round(points.width() * scale), round(points.height() * scale))
    )
    painter.drawImage(QRect(area.topLeft(), target), image)

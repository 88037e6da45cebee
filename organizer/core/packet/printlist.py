"""The medication list or the questions on their own, to print or hand over."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Literal

from pikepdf import Dictionary, Pdf, String

from organizer.core.model import VaultContent
from organizer.core.packet.assemble import who_line
from organizer.core.packet.dates import format_date
from organizer.core.packet.listpages import (
    MEDICATIONS_TITLE,
    QUESTIONS_TITLE,
    medication_story,
    question_story,
    render_story,
)
from organizer.core.packet.options import Paper
from organizer.core.packet.pages import APP_CREATOR
from organizer.core.packet.styles import page_size
from organizer.core.packet.writer import write_checked

ListKind = Literal["meds", "questions"]


def build_list_pdf(
    content: VaultContent, kind: ListKind, out_path: Path, today: date, paper: Paper = Paper.LETTER
) -> int:
    """Write the list to ``out_path`` (atomically, checked); returns the page count.

    Every page repeats a header with the patient's name, date of birth and page number, and a
    long medication table repeats its column headings.
    """
    who = who_line(content)
    size = page_size(paper)
    if kind == "meds":
        title = MEDICATIONS_TITLE
        reviewed = format_date(content.case.medications_reviewed_on, "not yet reviewed")
        size = (max(size), min(size))
        story = medication_story(content.medications, reviewed, size)
    else:
        title = QUESTIONS_TITLE
        story = question_story(content.questions)
    header = f"{title}  ·  {who}  ·  printed {format_date(today)}"
    data, _ = render_story(story, size, header=header)
    with Pdf.open(io.BytesIO(data)) as pdf:
        # Only a title and the app as creator; no library names, dates or ids from reportlab.
        pdf.trailer.Info = pdf.make_indirect(
            Dictionary(Title=String(title), Creator=String(APP_CREATOR))
        )
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        pages = len(pdf.pages)
        write_checked(
            out_path,
            lambda path: pdf.save(path, static_id=True, compress_streams=True),
            page_count=pages,
            outline_titles=[],
            password=None,
            content_id=True,
        )
    return pages

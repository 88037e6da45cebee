"""What a PDF says about itself: document information and active content."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pikepdf

# Pages scanned for JavaScript and attachments (enough for any real record, bounded for bombs).
MAX_PAGES_SCANNED = 2000
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@dataclass(frozen=True)
class PdfMetadata:
    title: str = ""
    subject: str = ""
    keywords: str = ""
    author: str = ""
    created: date | None = None


def read_metadata(pdf: pikepdf.Pdf) -> PdfMetadata:
    try:
        info = pdf.docinfo
        return PdfMetadata(
            title=_text(info.get("/Title")),
            subject=_text(info.get("/Subject")),
            keywords=_text(info.get("/Keywords")),
            author=_text(info.get("/Author")),
            created=parse_pdf_date(_text(info.get("/CreationDate"))),
        )
    except Exception:  # broken metadata is no reason to refuse a document
        return PdfMetadata()


def _text(value: object) -> str:
    if value is None:
        return ""
    try:
        return " ".join(str(value).split())[:500]
    except Exception:
        return ""


def parse_pdf_date(value: str) -> date | None:
    """The date part of a PDF date string ("D:20240315093000+01'00'")."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def active_content(pdf: pikepdf.Pdf) -> tuple[bool, int]:
    """(has JavaScript or launch actions, number of attached files)."""
    root = pdf.Root
    has_js = False
    try:
        names = root.get("/Names")
        if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
            has_js = True
        has_js = has_js or _is_script(root.get("/OpenAction")) or _has_script_actions(root)
        attachments = len(pdf.attachments)
        for index, page in enumerate(pdf.pages):
            if index >= MAX_PAGES_SCANNED:
                break
            has_js = has_js or _has_script_actions(page.obj)
            for annot in page.obj.get("/Annots", pikepdf.Array()):
                if not isinstance(annot, pikepdf.Dictionary):
                    continue
                if annot.get("/Subtype") == pikepdf.Name.FileAttachment:
                    attachments += 1
                has_js = has_js or _is_script(annot.get("/A")) or _has_script_actions(annot)
        form = root.get("/AcroForm")
        if isinstance(form, pikepdf.Dictionary):
            for fld in form.get("/Fields", pikepdf.Array())[:500]:
                has_js = has_js or (
                    isinstance(fld, pikepdf.Dictionary) and _has_script_actions(fld)
                )
    except Exception:  # odd structures: report what was found so far
        return has_js, 0
    return has_js, attachments


def _is_script(action: object) -> bool:
    if not isinstance(action, pikepdf.Dictionary):
        return False
    kind = action.get("/S")
    return kind in (pikepdf.Name.JavaScript, pikepdf.Name.Launch)


def _has_script_actions(obj: pikepdf.Object) -> bool:
    actions = obj.get("/AA")
    if not isinstance(actions, pikepdf.Dictionary):
        return False
    return any(_is_script(actions.get(key)) for key in list(actions.keys()))

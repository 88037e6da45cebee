"""Checking a PDF with qpdf (pikepdf): pages, passwords, repairs and active content.

Nothing is rendered here (the GUI renders PDF thumbnails). A password-protected or repaired
PDF gets a working copy (unlocked, repaired) made in memory; the original is kept unchanged.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import pikepdf
import pikepdf.settings

from organizer.core.ingest.errors import ImportRefused, PdfPasswordNeeded
from organizer.core.ingest.options import MAX_PASSWORD_TRIES, PdfStreamLimits
from organizer.core.ingest.pagetree import check_page_tree
from organizer.core.ingest.pdfmeta import PdfMetadata, active_content, read_metadata
from organizer.core.ingest.pdfstreams import check_object_streams, check_stream_sizes

# 50 m: far beyond any real page (an ECG strip, a plotter print), short of hostile sizes.
MAX_PAGE_SIDE_POINTS = 50 / 0.0254 * 72

# Only dangling references this deep below a page are looked for in a repaired file.
_DEPTH = 6

PasswordSource = Callable[[], str | None]


@dataclass
class PdfFacts:
    page_count: int
    page_sizes: list[tuple[float, float]]
    # The copy packets use: unlocked and/or repaired; None when the original serves as is.
    working_copy: bytes | None
    # The password that opened it ("" when none was needed), for reading its text.
    password: str
    metadata: PdfMetadata
    notes: list[str] = field(default_factory=list)

    @property
    def created(self) -> date | None:
        return self.metadata.created


def inspect_pdf(
    data: bytes, ask_password: PasswordSource | None, limits: PdfStreamLimits | None = None
) -> PdfFacts:
    """Open, check and describe a PDF; raise ImportRefused (or PdfPasswordNeeded)."""
    limits = limits or PdfStreamLimits()
    _bound_qpdf_inflation(limits.per_stream)
    pdf, password, repaired = _open(data, ask_password, limits)
    with pdf:
        try:
            # Before anything decodes a stream (the repair checks below read content).
            check_stream_sizes(pdf, limits)
            return _describe(pdf, password, repaired)
        except ImportRefused:
            raise
        except Exception:  # qpdf found more damage while walking the pages
            raise _damaged() from None


def _bound_qpdf_inflation(per_stream: int) -> None:
    """qpdf inflates cross-reference streams while opening, and object streams when an object
    in one is read, before our checks can see them: its own Flate cap (on output bytes,
    process-wide, unlimited by default) is set to ours, so it stops there too. Never lowered
    below a cap someone set higher; streams we accept always decode within it."""
    current = pikepdf.settings.get_qpdf_limits()["flate_max_memory"]
    if current == 0 or current < per_stream:
        pikepdf.settings.set_qpdf_limits(flate_max_memory=min(per_stream, 2**32 - 1))


def _open(
    data: bytes, ask_password: PasswordSource | None, limits: PdfStreamLimits
) -> tuple[pikepdf.Pdf, str, bool]:
    password = ""
    tried: list[str] = []
    while True:
        try:
            pdf, repaired = _open_with(data, password, limits)
            return pdf, password, repaired
        except pikepdf.PasswordError:
            if tried and len(tried) >= MAX_PASSWORD_TRIES:
                raise PdfPasswordNeeded(None, wrong_password=True) from None
            given = ask_password() if ask_password is not None else None
            if given is None:
                raise PdfPasswordNeeded(None, wrong_password=bool(tried)) from None
            if given in tried:  # the same answer again will not open it either
                raise PdfPasswordNeeded(None, wrong_password=True) from None
            tried.append(given)
            password = given


def _open_with(data: bytes, password: str, limits: PdfStreamLimits) -> tuple[pikepdf.Pdf, bool]:
    """Open strictly; if qpdf must reconstruct the file, say it was repaired."""
    try:
        return _open_checked(data, password, limits, recovery=False), False
    except (pikepdf.PasswordError, ImportRefused):
        raise
    except Exception:
        pass
    try:
        return _open_checked(data, password, limits, recovery=True), True
    except (pikepdf.PasswordError, ImportRefused):
        raise
    except Exception:
        raise _damaged() from None


def _open_checked(
    data: bytes, password: str, limits: PdfStreamLimits, *, recovery: bool
) -> pikepdf.Pdf:
    """Count the page tree on a light open first: a normal open copies every page the tree
    names (a hostile tree naming one page a million times would take gigabytes). Before
    that, object streams are measured: reading any object in one makes qpdf decode it whole."""
    with pikepdf.open(
        io.BytesIO(data),
        password=password,
        attempt_recovery=recovery,
        inherit_page_attributes=False,
    ) as light:
        check_object_streams(light, limits)
        check_page_tree(light)
    return pikepdf.open(io.BytesIO(data), password=password, attempt_recovery=recovery)


def _damaged() -> ImportRefused:
    return ImportRefused(
        "This PDF is damaged or incomplete (cut off while downloading?) and could not be "
        "repaired. Download or copy it again."
    )


def _describe(pdf: pikepdf.Pdf, password: str, repaired: bool) -> PdfFacts:
    pages = pdf.pages
    if len(pages) == 0:
        raise ImportRefused("This PDF has no pages.")
    sizes = [_page_points(page) for page in pages]
    if repaired:
        for page in pages:
            if _lost_parts(page) or _has_dangling_reference(page.obj, _DEPTH, set()):
                raise _damaged()
    notes: list[str] = []
    protected = bool(password)
    if protected:
        notes.append(
            "Protected by a password: an unlocked copy is kept in the vault, so packets need "
            "no password."
        )
    elif pdf.is_encrypted:
        notes.append("Its maker restricted printing or copying; it is kept as it is.")
    if repaired:
        notes.append(
            "This PDF was damaged and has been repaired: the repaired copy is used for packets "
            "(the original is kept). Check that every page is there."
        )
    has_js, attachments = active_content(pdf)
    if has_js:
        notes.append("Contains JavaScript: kept in the original; packets leave it out.")
    if attachments:
        notes.append(
            f"Contains {attachments} attached file(s): kept in the original; packets leave "
            "them out."
        )
    working: bytes | None = None
    if protected or repaired:
        out = io.BytesIO()
        pdf.save(out, encryption=False, fix_metadata_version=False)
        working = out.getvalue()
    return PdfFacts(len(pages), sizes, working, password, read_metadata(pdf), notes)


def _page_points(page: pikepdf.Page) -> tuple[float, float]:
    box = [float(v) for v in page.mediabox]
    unit = float(page.obj.get("/UserUnit", 1))
    width, height = abs(box[2] - box[0]) * unit, abs(box[3] - box[1]) * unit
    if not (width > 0 and height > 0):
        raise ImportRefused("This PDF has a page with no size; it seems damaged.")
    if max(width, height) > MAX_PAGE_SIDE_POINTS:
        raise ImportRefused(
            "A page of this PDF says it is over 50 metres long, which no record is; "
            "it may be damaged. Ask the sender for a normal copy."
        )
    return (round(width, 2), round(height, 2))


def _lost_parts(page: pikepdf.Page) -> bool:
    """True when the page's drawing instructions, or a font or image they use, were lost.

    qpdf drops a dictionary entry whose object could not be recovered, so this compares what
    the page's content uses against what its resources still hold.
    """
    if page.obj.get("/Contents") is None:
        return True
    resources = page.resources
    fonts = resources.get("/Font", pikepdf.Dictionary())
    xobjects = resources.get("/XObject", pikepdf.Dictionary())
    for instruction in pikepdf.parse_content_stream(page, "Tf Do"):
        if not isinstance(instruction, pikepdf.ContentStreamInstruction):
            continue
        operands = instruction.operands
        wanted = operands[0] if operands else None
        table = fonts if str(instruction.operator) == "Tf" else xobjects
        if not isinstance(wanted, pikepdf.Name) or wanted not in table:
            return True
    return False


def _has_dangling_reference(obj: object, depth: int, seen: set[tuple[int, int]]) -> bool:
    """True when something a page needs (contents, fonts, images) was lost in the damage.

    A reference to an object qpdf could not recover reads as null; in a sound file the page's
    contents and resources never do.
    """
    if depth == 0 or not isinstance(obj, pikepdf.Object):
        return False
    if obj.is_indirect:
        if obj.objgen in seen:
            return False
        seen.add(obj.objgen)
    if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
        for key in list(obj.keys()):
            if key in ("/Parent", "/P", "/Annots", "/StructParents", "/Metadata"):
                continue
            value = obj.get(key)
            if value is None and key in _NEEDED_KEYS:
                return True
            if _has_dangling_reference(value, depth - 1, seen):
                return True
        if isinstance(obj, pikepdf.Stream):
            obj.read_bytes()  # raises if the stream's data was cut off
    elif isinstance(obj, pikepdf.Array):
        for item in obj:
            if item is None:
                return True
            if _has_dangling_reference(item, depth - 1, seen):
                return True
    return False


_NEEDED_KEYS = frozenset({"/Contents", "/Resources", "/Font", "/XObject"})

"""A document's chosen pages, in the user's order and rotation, ready for the packet."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from pikepdf import Pdf

from organizer.core.model import Document
from organizer.core.packet.dates import format_date
from organizer.core.packet.slots import Slot, inherited_rotation, normalise_rotation
from organizer.core.packet.sources import open_part


def band_label(document: Document) -> str:
    when = format_date(document.date)
    return f"{document.title}, {when}" if when else document.title


def document_slots(
    document: Document,
    pages: list[int],
    rotations: list[int],
    read_blob: Callable[[str], bytes],
    *,
    email_size: bool,
    keep: list[Pdf],
) -> tuple[list[Slot], int]:
    """(a slot per chosen page, bytes of originals read). Each part is opened at most once."""
    starts: list[int] = []
    offset = 0
    for part in document.parts:
        starts.append(offset)
        offset += part.page_count
    opened: dict[int, Pdf] = {}
    label = band_label(document)
    used = 0
    slots: list[Slot] = []
    for index, extra in zip(pages, rotations, strict=True):
        part_index = bisect_right(starts, index) - 1
        part = document.parts[part_index]
        pdf = opened.get(part_index)
        if pdf is None:
            data = read_blob(part.packet_blob_id)
            used += len(data)
            pdf = open_part(part, data, email_size=email_size, title=document.title)
            opened[part_index] = pdf
            keep.append(pdf)
        page = pdf.pages[index - starts[part_index]]
        rotate = normalise_rotation(inherited_rotation(page) + part.exif_rotation + extra)
        slots.append(Slot(page, rotate, label, generated=False))
    return slots, used

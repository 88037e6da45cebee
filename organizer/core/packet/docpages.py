"""A document's chosen pages, in the user's order and rotation, ready for the packet."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from pikepdf import Pdf

from organizer.core.model import Document
from organizer.core.packet.dates import format_date
from organizer.core.packet.emailsize import SmallerScan, downsample_all
from organizer.core.packet.pdfshrink import PdfImageShrinker
from organizer.core.packet.slots import Slot, inherited_rotation, normalise_rotation
from organizer.core.packet.sources import open_part, sniff


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
    smaller: dict[str, SmallerScan | None] | None = None,
    shrinker: PdfImageShrinker | None = None,
) -> tuple[list[Slot], int]:
    """(a slot per chosen page, bytes of originals read). Each part is opened at most once.

    With a ``shrinker`` ("email size"), the big images on a source PDF's chosen pages are
    handed to it as the PDF is opened.
    """
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
            pdf = open_part(
                part,
                data,
                email_size=email_size,
                title=document.title,
                smaller=(smaller or {}).get(part.packet_blob_id),
            )
            opened[part_index] = pdf
            keep.append(pdf)
            if shrinker is not None and sniff(data) == "pdf":
                first = starts[part_index]
                chosen = sorted({i - first for i in pages if first <= i < first + part.page_count})
                shrinker.add([pdf.pages[i] for i in chosen])
        page = pdf.pages[index - starts[part_index]]
        rotate = normalise_rotation(inherited_rotation(page) + part.exif_rotation + extra)
        slots.append(Slot(page, rotate, label, generated=False))
    return slots, used


def prepare_email_scans(
    documents: list[Document],
    read_blob: Callable[[str], bytes],
    check: Callable[[], None],
) -> tuple[Callable[[str], bytes], dict[str, SmallerScan | None]]:
    """Downsample every scan of these documents up front, in parallel.

    Returns a blob reader that hands out the bytes already read (each blob is read once) and
    the smaller scans by blob id.
    """
    cache: dict[str, bytes] = {}
    items = []
    for document in documents:
        for part in document.parts:
            blob_id = part.packet_blob_id
            if blob_id in cache:
                continue
            check()
            data = read_blob(blob_id)
            cache[blob_id] = data
            if sniff(data) != "pdf":
                items.append((blob_id, data, part.dpi))
    smaller = downsample_all(items, check)

    def cached_read(blob_id: str) -> bytes:
        data = cache.pop(blob_id, None)
        return data if data is not None else read_blob(blob_id)

    return cached_read, smaller

"""Put the packet together in memory: front matter, documents, bands, outline and links.

The result is the unencrypted packet's bytes. It depends only on the content, the options and
the "prepared on" date: fixed document ID, no timestamps, fixed resource names.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from pikepdf import Pdf

from organizer.core.model import Document, SharedDocument, VaultContent
from organizer.core.packet.contents import TocEntry, contents_page_count, render_contents
from organizer.core.packet.dates import format_date
from organizer.core.packet.docpages import band_label, document_slots
from organizer.core.packet.frontmatter import FrontMatter
from organizer.core.packet.options import PacketOptions
from organizer.core.packet.pages import (
    OutlineEntry,
    add_links,
    add_outline,
    assemble,
    finish_catalog,
)
from organizer.core.packet.plan import PlannedSection, plan_sections
from organizer.core.packet.slots import Slot
from organizer.core.packet.styles import page_size
from organizer.core.progress import CancelToken, ProgressCallback

PACKET_TITLE = "Second-opinion packet"


@dataclass
class RenderedPacket:
    data: bytes
    page_count: int
    documents: list[SharedDocument]
    outline_titles: list[str]
    source_size: int


def render_packet(
    content: VaultContent,
    read_blob: Callable[[str], bytes],
    options: PacketOptions,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> RenderedPacket:
    def check() -> None:
        if cancel is not None:
            cancel.check()

    size = page_size(options.paper)
    sections = plan_sections(content, options)
    total_steps = sum(len(s.documents) for s in sections) + 2
    keep: list[Pdf] = []  # source PDFs must stay open until the packet is saved

    # Documents first: their page counts and sizes decide the numbering.
    doc_slots: list[list[Slot]] = []
    source_size = 0
    for section in sections:
        for planned in section.documents:
            check()
            progress(len(doc_slots), total_steps, planned.document.title)
            slots, used = document_slots(
                planned.document,
                planned.pages,
                planned.rotations,
                read_blob,
                email_size=options.email_size,
                keep=keep,
            )
            doc_slots.append(slots)
            source_size += used

    progress(len(doc_slots), total_steps, "Cover, contents and lists")
    front = FrontMatter(content, options, size, keep)
    toc_lines = front.list_entries_count() + sum(1 + len(s.documents) for s in sections)
    toc_pages = contents_page_count(toc_lines, size)
    next_page = 2 + toc_pages + front.number_lists(2 + toc_pages)
    for planned, slots in zip((p for s in sections for p in s.documents), doc_slots, strict=True):
        planned.first_page = next_page
        next_page += len(slots)
    check()

    cover_pdf = _open(front.cover_bytes(sections), keep)
    toc_bytes, links = render_contents(front.toc_entries() + _section_entries(sections), size)
    toc_pdf = _open(toc_bytes, keep)
    all_slots = [Slot(cover_pdf.pages[0], 0, "Cover", generated=True)]
    all_slots += [Slot(p, 0, "Contents", generated=True) for p in toc_pdf.pages]
    all_slots += front.list_slots()
    for slots in doc_slots:
        all_slots += slots

    progress(len(doc_slots) + 1, total_steps, "Putting the pages together")
    out = assemble(all_slots, who_line(content), check, keep)
    add_links(out, links, first_contents_page=1)
    outline = [OutlineEntry("Contents", 2)]
    outline += [OutlineEntry(e.text, e.page) for e in front.toc_entries()]
    outline += [
        OutlineEntry(
            s.label,
            s.first_page,
            [OutlineEntry(_doc_line(p.document), p.first_page) for p in s.documents],
        )
        for s in sections
    ]
    titles = add_outline(out, outline)
    finish_catalog(out, f"{PACKET_TITLE}, prepared {format_date(options.prepared_on)}")
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True, compress_streams=True)
    page_count = len(out.pages)
    out.close()
    for pdf in keep:
        pdf.close()
    documents = [
        SharedDocument(p.document.id, p.document.title, list(p.pages))
        for s in sections
        for p in s.documents
    ]
    progress(total_steps, total_steps, "Packet made")
    return RenderedPacket(buf.getvalue(), page_count, documents, titles, source_size)


def _open(data: bytes, keep: list[Pdf]) -> Pdf:
    pdf = Pdf.open(io.BytesIO(data))
    keep.append(pdf)
    return pdf


def who_line(content: VaultContent) -> str:
    """ "Name, born 2 Apr 1961": who every page belongs to."""
    patient = content.case.patient
    name = patient.name.strip() or "Name not given"
    return f"{name}, born {format_date(patient.date_of_birth, 'date not given')}"


def _doc_line(document: Document) -> str:
    line = band_label(document)
    return f"{line} ({document.provider})" if document.provider else line


def _section_entries(sections: list[PlannedSection]) -> list[TocEntry]:
    entries: list[TocEntry] = []
    for section in sections:
        entries.append(TocEntry(section.label, section.first_page, level=0))
        entries += [
            TocEntry(_doc_line(p.document), p.first_page, level=1) for p in section.documents
        ]
    return entries

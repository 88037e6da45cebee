"""Put the packet together in memory: front matter, documents, bands, outline and links.

The result is the unencrypted packet's bytes. It depends only on the content, the options and
the "prepared on" date: fixed document ID, no timestamps, fixed resource names.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from pikepdf import Pdf

from organizer.core.model import Document, SharedDocument, VaultContent
from organizer.core.packet.contents import TocEntry, contents_page_count, render_contents
from organizer.core.packet.dates import format_date
from organizer.core.packet.docpages import band_label, document_slots, prepare_email_scans
from organizer.core.packet.frontmatter import FrontMatter
from organizer.core.packet.options import PacketOptions
from organizer.core.packet.pages import (
    OutlineEntry,
    add_links,
    add_outline,
    assemble,
    finish_catalog,
    scrub_everything,
)
from organizer.core.packet.pdfshrink import PdfImageShrinker
from organizer.core.packet.plan import PlannedSection, plan_sections
from organizer.core.packet.slots import Slot
from organizer.core.packet.styles import page_size
from organizer.core.progress import CancelToken, ProgressCallback

PACKET_TITLE = "Second-opinion packet"


@dataclass
class AssembledPacket:
    """The packet as an open PDF, not yet saved. Close it (or use ``with``) when done."""

    pdf: Pdf
    page_count: int
    documents: list[SharedDocument]
    outline_titles: list[str]
    source_size: int
    # Source PDFs stay open until the packet is saved: copied pages read their data from them.
    keep: list[Pdf] = field(default_factory=list, repr=False)

    def close(self) -> None:
        self.pdf.close()
        for pdf in self.keep:
            pdf.close()

    def __enter__(self) -> AssembledPacket:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def render_packet(
    content: VaultContent,
    read_blob: Callable[[str], bytes],
    options: PacketOptions,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> AssembledPacket:
    def check() -> None:
        if cancel is not None:
            cancel.check()

    size = page_size(options.paper)
    sections = plan_sections(content, options)
    total_steps = sum(len(s.documents) for s in sections) + 2
    keep: list[Pdf] = []  # source PDFs must stay open until the packet is saved

    smaller = None
    if options.email_size:
        progress(0, total_steps, "Making scans smaller")
        planned_docs = [p.document for s in sections for p in s.documents]
        read_blob, smaller = prepare_email_scans(planned_docs, read_blob, check)

    # Documents first: their page counts and sizes decide the numbering.
    doc_slots: list[list[Slot]] = []
    source_size = 0
    shrinking: AbstractContextManager[PdfImageShrinker | None] = (
        PdfImageShrinker(check) if options.email_size else nullcontext()
    )
    with shrinking as shrinker:
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
                    smaller=smaller,
                    shrinker=shrinker,
                )
                doc_slots.append(slots)
                source_size += used
        if shrinker is not None:
            shrinker.finish()  # scanned PDFs' images, before their pages are copied

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
    scrub_everything(out)
    finish_catalog(out, f"{PACKET_TITLE}, prepared {format_date(options.prepared_on)}")
    documents = [
        SharedDocument(p.document.id, p.document.title, list(p.pages))
        for s in sections
        for p in s.documents
    ]
    progress(total_steps, total_steps, "Packet made")
    return AssembledPacket(out, len(out.pages), documents, titles, source_size, keep)


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

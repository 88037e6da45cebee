"""Which documents go in the packet, in which order, and on which packet pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from organizer.core.model import Document, Section, VaultContent
from organizer.core.packet.options import PacketOptions


@dataclass
class PlannedDocument:
    document: Document
    pages: list[int]  # 0-based page indices over all parts, in packet order
    rotations: list[int]  # the user's extra rotation for each of those pages
    first_page: int = 0  # 1-based packet page number, set once front matter is known


@dataclass
class PlannedSection:
    section: Section
    documents: list[PlannedDocument] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.section.label

    @property
    def first_page(self) -> int:
        return self.documents[0].first_page if self.documents else 0


def plan_sections(content: VaultContent, options: PacketOptions) -> list[PlannedSection]:
    """Sections in the chosen order holding their documents; empty sections are left out.

    A document with no pages chosen (the user unticked every page) is left out too: it stays
    in the vault, but there is nothing of it to put in a packet.
    """
    excluded = set(options.excluded_document_ids)
    user_rank = {doc_id: n for n, doc_id in enumerate(options.document_order)}
    order = list(dict.fromkeys([*options.section_order, *Section]))  # never lose a section
    sections = []
    for section in order:
        docs = [
            d
            for d in content.active_documents()
            if d.section == section and d.id not in excluded and _pages(d)
        ]
        docs.sort(key=lambda d: _sort_key(d, user_rank))
        if docs:
            planned = [PlannedDocument(d, _pages(d), _rotations(d)) for d in docs]
            sections.append(PlannedSection(section, planned))
    return sections


def _pages(doc: Document) -> list[int]:
    return [p for p in doc.included_pages if 0 <= p < doc.page_count]


def _rotations(doc: Document) -> list[int]:
    return [doc.rotations[p] % 360 if p < len(doc.rotations) else 0 for p in _pages(doc)]


def _sort_key(doc: Document, user_rank: dict[str, int]) -> tuple[int, int, int, str, str]:
    # The user's order first; then newest first, undated last; title and id make ties stable.
    rank = user_rank.get(doc.id, len(user_rank))
    newest = -doc.date.toordinal() if doc.date else 0
    return (rank, doc.date is None, newest, doc.title.casefold(), doc.id)

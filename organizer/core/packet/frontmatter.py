"""The generated pages before the documents: cover, contents, questions, medications."""

from __future__ import annotations

import io

from pikepdf import Pdf
from reportlab.platypus import Flowable

from organizer.core.model import OpinionProvider, VaultContent
from organizer.core.packet.contents import TocEntry
from organizer.core.packet.cover import CoverFacts, render_cover
from organizer.core.packet.dates import format_date
from organizer.core.packet.listpages import (
    MEDICATIONS_TITLE,
    QUESTIONS_TITLE,
    medication_story,
    ordered_questions,
    question_story,
    render_story,
)
from organizer.core.packet.options import PacketOptions
from organizer.core.packet.plan import PlannedSection
from organizer.core.packet.slots import Slot


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class FrontMatter:
    """Renders the list pages up front (their length decides the numbering), then the cover."""

    def __init__(
        self,
        content: VaultContent,
        options: PacketOptions,
        size: tuple[float, float],
        keep: list[Pdf],
    ) -> None:
        self.content, self.options, self.size = content, options, size
        questions = ordered_questions(content.questions) if options.include_questions else []
        meds = list(content.medications) if options.include_medications else []
        self.question_count, self.medication_count = len(questions), len(meds)
        # (title, rendered pages, first packet page) for each list present.
        self.lists: list[tuple[str, Pdf, int]] = []
        if questions:
            self.lists.append((QUESTIONS_TITLE, self._render(question_story(questions), keep), 0))
        if meds:
            reviewed = format_date(content.case.medications_reviewed_on, "not yet reviewed")
            # Landscape: eight columns stay readable without breaking words.
            wide = (max(size), min(size))
            story = medication_story(meds, reviewed, wide)
            self.lists.append((MEDICATIONS_TITLE, self._render(story, keep, wide), 0))

    def _render(
        self, story: list[Flowable], keep: list[Pdf], size: tuple[float, float] | None = None
    ) -> Pdf:
        data, _pages = render_story(story, size or self.size)
        pdf = Pdf.open(io.BytesIO(data))
        keep.append(pdf)
        return pdf

    def list_entries_count(self) -> int:
        return len(self.lists)

    def number_lists(self, first_page: int) -> int:
        """Give each list its first packet page; returns how many pages the lists take."""
        numbered = []
        page = first_page
        for title, pdf, _ in self.lists:
            numbered.append((title, pdf, page))
            page += len(pdf.pages)
        self.lists = numbered
        return page - first_page

    def toc_entries(self) -> list[TocEntry]:
        return [TocEntry(title, first) for title, _, first in self.lists]

    def list_slots(self) -> list[Slot]:
        return [
            Slot(page, 0, title, generated=True)
            for title, pdf, _ in self.lists
            for page in pdf.pages
        ]

    def cover_bytes(self, sections: list[PlannedSection]) -> bytes:
        summary = []
        if self.question_count:
            summary.append(_plural(self.question_count, "question") + " for the doctor")
        if self.medication_count:
            summary.append(_plural(self.medication_count, "medication") + " in one table")
        for section in sections:
            pages = sum(len(d.pages) for d in section.documents)
            count = _plural(len(section.documents), "document")
            summary.append(f"{section.label}: {count}, {_plural(pages, 'page')}")
        facts = CoverFacts(
            case=self.content.case,
            prepared_for=self._prepared_for(),
            recipient=self.options.recipient,
            prepared_on_text=format_date(self.options.prepared_on),
            summary=summary,
        )
        return render_cover(facts, self.size)

    def _prepared_for(self) -> OpinionProvider | None:
        providers = self.content.case.opinion_providers
        for provider in providers:
            if provider.id == self.options.opinion_provider_id:
                return provider
        return providers[0] if providers and not self.options.opinion_provider_id else None

"""Things a new doctor will likely miss, checked before export. Warnings never block it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from organizer.core.model import PACKET_SECTION_ORDER, Document, Section, VaultContent

MEDICATIONS_REVIEW_DAYS = 30
OLD_DOCUMENT_DAYS = 365
_CANCER = re.compile(
    r"cancer|tumou?r|carcinom|sarcom|lymphom|leuka?emi|melanom|malignan|neoplas|metasta|oncolog",
    re.IGNORECASE,
)
_PATHOLOGY = re.compile(r"patholog|biops|histolog|cytolog", re.IGNORECASE)


@dataclass(frozen=True)
class CompletenessWarning:
    code: str  # stable key, e.g. "empty-section", for the GUI's dismiss list
    message: str  # plain words shown to the user
    section: Section | None = None


def check_completeness(content: VaultContent, today: date) -> list[CompletenessWarning]:
    """Every warning that applies, in the packet's order."""
    warnings: list[CompletenessWarning] = []
    case = content.case
    # What the packet will hold: a document whose pages were all left out goes in no packet.
    documents = [d for d in content.active_documents() if not d.no_pages_chosen]
    if case.patient.date_of_birth is None:
        warnings.append(
            CompletenessWarning(
                "no-date-of-birth",
                "No date of birth is given. Offices use it to match records to the right person.",
            )
        )
    if not content.questions:
        warnings.append(
            CompletenessWarning(
                "no-questions",
                "There are no questions for the doctor yet. Writing them down helps you "
                "remember what to ask.",
            )
        )
    if not content.medications:
        warnings.append(
            CompletenessWarning(
                "no-medications",
                "There is no medication list. Add every medicine, over-the-counter product "
                "and supplement you take.",
            )
        )
    elif _review_is_stale(case.medications_reviewed_on, today):
        warnings.append(
            CompletenessWarning(
                "medications-not-reviewed",
                f"The medication list was not reviewed in the last {MEDICATIONS_REVIEW_DAYS} "
                "days. Check it is still right.",
            )
        )
    for section in PACKET_SECTION_ORDER:
        if not any(d.section == section for d in documents):
            warnings.append(
                CompletenessWarning(
                    "empty-section", f"There are no documents under “{section.label}”.", section
                )
            )
    dated = [d.date for d in documents if d.date is not None]
    if dated and max(dated) < today - timedelta(days=OLD_DOCUMENT_DAYS):
        warnings.append(
            CompletenessWarning(
                "only-old-documents",
                "All documents are more than a year old. Ask for your most recent results "
                "and reports.",
            )
        )
    if _CANCER.search(case.diagnosis) and not any(_is_pathology(d) for d in documents):
        warnings.append(
            CompletenessWarning(
                "no-pathology-report",
                "The diagnosis mentions cancer or a tumour, but there is no pathology or "
                "biopsy report. A second opinion usually needs it (ask for the report, and "
                "the slides if the doctor wants them).",
                Section.RESULTS,
            )
        )
    return warnings


def _review_is_stale(reviewed_on: date | None, today: date) -> bool:
    return reviewed_on is None or reviewed_on < today - timedelta(days=MEDICATIONS_REVIEW_DAYS)


def _is_pathology(document: Document) -> bool:
    text = " ".join((document.title, document.provider, document.notes, document.original_name))
    return bool(_PATHOLOGY.search(text))

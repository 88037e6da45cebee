"""Which kinds of records the vault already holds, judged from section, title and notes.

The checklist and the "what to bring" list both ask the same questions ("is there a
pathology report?"), so the answers live here, in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from organizer.core.model import Document, Section, VaultContent


def _mentions(doc: Document, *patterns: str) -> bool:
    """Whether title or notes contain a word starting with one of ``patterns`` (regexes)."""
    text = f"{doc.title}\n{doc.notes}".casefold()
    return any(re.search(rf"\b(?:{p})", text) for p in patterns)


def is_pathology_report(doc: Document) -> bool:
    """A Results document whose title or notes mention pathology or a biopsy."""
    return doc.section is Section.RESULTS and _mentions(doc, "patholog", "biops")


def is_imaging_report(doc: Document) -> bool:
    return doc.section is Section.RESULTS and _mentions(
        doc, r"ct\b", r"mri\b", r"pet\b", "x-?ray", "ultrasound", "imaging", "scan\b", "mammogra"
    )


def is_lab_result(doc: Document) -> bool:
    return doc.section is Section.RESULTS and _mentions(
        doc, r"labs?\b", "laborator", "blood", "panel", r"counts?\b"
    )


def is_operative_report(doc: Document) -> bool:
    return doc.section is Section.SURGERY and _mentions(doc, "operat", "surgery", "surgical")


def is_discharge_summary(doc: Document) -> bool:
    return doc.section is Section.SURGERY and _mentions(doc, "discharge")


def is_treatment_plan(doc: Document) -> bool:
    return doc.section is Section.TREATMENT


@dataclass(frozen=True)
class RecordKind:
    """A kind of record a reviewing doctor usually wants to see."""

    key: str
    label: str
    matches: Callable[[Document], bool]


RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind("pathology", "Pathology or biopsy report", is_pathology_report),
    RecordKind("imaging", "Imaging reports (CT, MRI, scans)", is_imaging_report),
    RecordKind("labs", "Recent lab results", is_lab_result),
    RecordKind("operative", "Operative (surgery) report", is_operative_report),
    RecordKind("discharge", "Discharge summary", is_discharge_summary),
    RecordKind("treatment_plan", "Current treatment plan", is_treatment_plan),
)


def documents_of_kind(content: VaultContent, kind: RecordKind) -> list[Document]:
    """Active (not trashed) documents of one kind, in the order they were added."""
    return [d for d in content.active_documents() if kind.matches(d)]


def has_pathology_report(content: VaultContent) -> bool:
    return any(is_pathology_report(d) for d in content.active_documents())


def has_treatment_plan(content: VaultContent) -> bool:
    return any(is_treatment_plan(d) for d in content.active_documents())

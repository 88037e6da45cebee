"""The sections a document is filed under, in packet order."""

from __future__ import annotations

from enum import StrEnum


class Section(StrEnum):
    """Where a document belongs. The value is stable: it is stored in the index and the CLI."""

    TREATMENT = "treatment"
    RESULTS = "results"
    SURGERY = "surgery"
    MEDICATIONS = "medications"
    OTHER = "other"

    @property
    def label(self) -> str:
        return SECTION_LABELS[self]


SECTION_LABELS: dict[Section, str] = {
    Section.RESULTS: "Test & biopsy results",
    Section.SURGERY: "Surgery & discharge",
    Section.TREATMENT: "Treatment plan",
    Section.MEDICATIONS: "Medications",
    Section.OTHER: "Other records",
}

# The order sections appear in a packet unless the user reorders them.
PACKET_SECTION_ORDER: tuple[Section, ...] = (
    Section.TREATMENT,
    Section.RESULTS,
    Section.SURGERY,
    Section.MEDICATIONS,
    Section.OTHER,
)

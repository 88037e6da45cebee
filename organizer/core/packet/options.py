"""What the user chose for one packet, and what building it produced."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from organizer.core.model import PACKET_SECTION_ORDER, Section, SharedDocument, ShareMethod
from organizer.core.model.serialize import from_jsonable, to_jsonable


class Paper(StrEnum):
    LETTER = "letter"
    A4 = "a4"


@dataclass
class PacketOptions:
    """Choices for one packet. Everything except the password is logged and reproducible."""

    prepared_on: date
    recipient: str = ""
    method: ShareMethod = ShareMethod.FILE
    # Downsample scans to about 150 dpi (grayscale unless colour matters) for email.
    email_size: bool = False
    # Set to protect the file (AES-256, R6); never logged or stored.
    password: str | None = field(default=None, repr=False)
    excluded_document_ids: list[str] = field(default_factory=list)
    section_order: list[Section] = field(default_factory=lambda: list(PACKET_SECTION_ORDER))
    # The user's own document order (ids); documents not named follow, newest first.
    document_order: list[str] = field(default_factory=list)
    # Which provider asked for an opinion the packet is prepared for ("" = the first one).
    opinion_provider_id: str = ""
    paper: Paper = Paper.LETTER
    include_questions: bool = True
    include_medications: bool = True

    def to_log(self) -> dict[str, Any]:
        """The options as plain JSON for the share log, without the password."""
        data: dict[str, Any] = to_jsonable(self)
        data.pop("password", None)
        return data

    @classmethod
    def from_log(cls, data: dict[str, Any]) -> PacketOptions:
        return from_jsonable(cls, {k: v for k, v in data.items() if k != "password"})


@dataclass
class PacketResult:
    """What was written: the figures the share log and the user see."""

    path: str
    page_count: int
    size: int
    sha256_file: str
    sha256_unencrypted: str
    password_set: bool
    documents: list[SharedDocument]
    # Total size of the original files used, to show "before and after" for email size.
    source_size: int
    outline_titles: list[str] = field(default_factory=list)

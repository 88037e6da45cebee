"""Documents kept in the vault: one or more original files (parts) with the user's choices."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime

from organizer.core.model.ids import new_id, utc_now
from organizer.core.model.sections import Section


@dataclass
class PagePart:
    """One original file, kept byte-for-byte in an encrypted blob."""

    blob_id: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    page_count: int
    # Page sizes in PDF points (width, height), as the pages are stored (before rotation).
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    # For a password-protected PDF: a blob holding an unlocked copy, used for packets.
    unlocked_blob_id: str | None = None
    # For images: the rotation implied by EXIF orientation (degrees clockwise) and the dpi.
    exif_rotation: int = 0
    dpi: tuple[float, float] | None = None

    @property
    def packet_blob_id(self) -> str:
        """The blob a packet is built from: the unlocked copy where one exists."""
        return self.unlocked_blob_id or self.blob_id


class _EveryPage(list[int]):
    """The default of ``Document.included_pages``: replaced by every page when made.

    A list given explicitly, even an empty one, is kept: an empty one means the user chose no
    pages, so the document stays in the vault but out of packets (index schema 2 on).
    """


@dataclass
class Document:
    section: Section
    title: str
    parts: list[PagePart]
    id: str = field(default_factory=new_id)
    date: date | None = None  # date of service
    provider: str = ""  # provider or facility
    notes: str = ""
    added: datetime = field(default_factory=utc_now)
    # Packet pages in the user's order, as 0-based indices over all parts' pages. Left out:
    # every page. Empty: no pages chosen, the document is kept out of packets.
    included_pages: list[int] = field(default_factory=_EveryPage)
    # Extra rotation per page (0/90/180/270, clockwise), indexed like the pages.
    rotations: list[int] = field(default_factory=list)
    thumbnail_blob_id: str | None = None
    text_blob_id: str | None = None
    # Plain notes the import made for the user ("repaired", "had JavaScript (will be stripped)").
    import_notes: list[str] = field(default_factory=list)
    trashed_at: datetime | None = None

    def __post_init__(self) -> None:
        if type(self.included_pages) is _EveryPage:
            self.included_pages = list(range(self.page_count))
        if not self.rotations:
            self.rotations = [0] * self.page_count

    @property
    def no_pages_chosen(self) -> bool:
        """The user left every page out: the document is kept but goes in no packet."""
        return not self.included_pages

    @property
    def page_count(self) -> int:
        return sum(p.page_count for p in self.parts)

    @property
    def sha256(self) -> str:
        """The original's SHA-256; for a multi-file document, the hash of the parts' hashes."""
        if len(self.parts) == 1:
            return self.parts[0].sha256
        joined = "".join(p.sha256 for p in self.parts).encode("ascii")
        return hashlib.sha256(joined).hexdigest()

    @property
    def original_name(self) -> str:
        return self.parts[0].original_name if self.parts else ""

    @property
    def media_type(self) -> str:
        return self.parts[0].media_type if self.parts else ""

    def blob_ids(self) -> set[str]:
        """Every blob this document needs (originals, unlocked copies, thumbnail, text)."""
        ids = {p.blob_id for p in self.parts}
        ids |= {p.unlocked_blob_id for p in self.parts if p.unlocked_blob_id}
        if self.thumbnail_blob_id:
            ids.add(self.thumbnail_blob_id)
        if self.text_blob_id:
            ids.add(self.text_blob_id)
        return ids

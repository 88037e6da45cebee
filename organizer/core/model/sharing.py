"""The share log: what left the computer, to whom, and how to make it again."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from organizer.core.model.ids import new_id, utc_now


class ShareMethod(StrEnum):
    FILE = "file"
    USB = "usb"
    EMAIL = "email"
    PRINT = "print"


@dataclass
class SharedDocument:
    document_id: str
    title: str
    pages: list[int]  # 0-based page indices included, in packet order


@dataclass
class ShareLogEntry:
    recipient: str
    method: ShareMethod
    file_name: str
    page_count: int
    documents: list[SharedDocument]
    password_set: bool
    sha256_file: str
    sha256_unencrypted: str
    prepared_on: date
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=utc_now)
    # The export options (section order, email size, exclusions...) as plain JSON.
    options: dict[str, Any] = field(default_factory=dict)
    # A frozen copy of the content the packet was made from (case, lists, document
    # metadata) so "make this packet again" reproduces it; its blobs stay pinned.
    snapshot: dict[str, Any] = field(default_factory=dict)
    # Set when a document it used was deleted for good, so it can no longer be remade.
    broken_reason: str = ""

"""Everything one vault holds about one patient, as stored in the encrypted index."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from organizer.core.model.case import Case
from organizer.core.model.documents import Document
from organizer.core.model.lists import Medication, Question
from organizer.core.model.migrations import SCHEMA_VERSION, migrate
from organizer.core.model.planning import Opinion, RecordsRequest
from organizer.core.model.serialize import from_jsonable, to_jsonable
from organizer.core.model.sharing import ShareLogEntry


class DocumentNotFound(KeyError):
    """No document with that id (or id prefix) is in the vault."""


@dataclass
class VaultContent:
    case: Case = field(default_factory=Case)
    # Active and trashed documents; a trashed one has trashed_at set.
    documents: list[Document] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    share_log: list[ShareLogEntry] = field(default_factory=list)
    records_requests: list[RecordsRequest] = field(default_factory=list)
    opinions: list[Opinion] = field(default_factory=list)

    def active_documents(self) -> list[Document]:
        return [d for d in self.documents if d.trashed_at is None]

    def trashed_documents(self) -> list[Document]:
        return [d for d in self.documents if d.trashed_at is not None]

    def document(self, id_or_prefix: str) -> Document:
        """Find a document by its id or an unambiguous prefix of it (as the CLI accepts)."""
        exact = [d for d in self.documents if d.id == id_or_prefix]
        if exact:
            return exact[0]
        found = [d for d in self.documents if d.id.startswith(id_or_prefix)]
        if len(found) == 1 and len(id_or_prefix) >= 4:
            return found[0]
        raise DocumentNotFound(id_or_prefix)

    def referenced_blob_ids(self) -> set[str]:
        """Blobs the documents need, plus those pinned by share-log snapshots."""
        ids: set[str] = set()
        for doc in self.documents:
            ids |= doc.blob_ids()
        for entry in self.share_log:
            ids |= pinned_blob_ids(entry.snapshot)
        return ids

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        data.update(to_jsonable(self))
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VaultContent:
        """Load index data of any known schema version (migrating it first)."""
        current = migrate(data)
        body = {k: v for k, v in current.items() if k != "schema_version"}
        return from_jsonable(cls, body)


def pinned_blob_ids(snapshot: dict[str, Any]) -> set[str]:
    """The blobs a share-log snapshot needs to rebuild its packet."""
    ids: set[str] = set()
    for doc in snapshot.get("documents", []):
        for part in doc.get("parts", []):
            ids.add(part["blob_id"])
            if part.get("unlocked_blob_id"):
                ids.add(part["unlocked_blob_id"])
    return ids

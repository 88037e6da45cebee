"""The data model of one patient's case (Qt-free, JSON-serialisable dataclasses)."""

from organizer.core.model.case import (
    Appointment,
    Case,
    Contact,
    InsurerChecks,
    OpinionProvider,
    Patient,
    Provider,
)
from organizer.core.model.content import DocumentNotFound, VaultContent, pinned_blob_ids
from organizer.core.model.documents import Document, PagePart
from organizer.core.model.ids import new_id, utc_now
from organizer.core.model.lists import Medication, MedicationKind, Priority, Question
from organizer.core.model.migrations import SCHEMA_VERSION, SchemaTooNew, migrate
from organizer.core.model.planning import Opinion, RecordsRequest
from organizer.core.model.sections import PACKET_SECTION_ORDER, SECTION_LABELS, Section
from organizer.core.model.sharing import SharedDocument, ShareLogEntry, ShareMethod

__all__ = [
    "PACKET_SECTION_ORDER",
    "SCHEMA_VERSION",
    "SECTION_LABELS",
    "Appointment",
    "Case",
    "Contact",
    "Document",
    "DocumentNotFound",
    "InsurerChecks",
    "Medication",
    "MedicationKind",
    "Opinion",
    "OpinionProvider",
    "PagePart",
    "Patient",
    "Priority",
    "Provider",
    "Question",
    "RecordsRequest",
    "SchemaTooNew",
    "Section",
    "ShareLogEntry",
    "ShareMethod",
    "SharedDocument",
    "VaultContent",
    "migrate",
    "new_id",
    "pinned_blob_ids",
    "utc_now",
]

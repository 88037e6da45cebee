"""The index model survives a JSON round trip and old schema versions load through migrations."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from organizer.core.model import (
    Appointment,
    Document,
    DocumentNotFound,
    Medication,
    MedicationKind,
    OpinionProvider,
    PagePart,
    Priority,
    Question,
    SchemaTooNew,
    Section,
    SharedDocument,
    ShareLogEntry,
    ShareMethod,
    VaultContent,
    migrate,
)


def _part(blob: str, pages: int = 2, sha: str = "a" * 64) -> PagePart:
    return PagePart(
        blob_id=blob,
        original_name="Zoë's path report.pdf",
        media_type="application/pdf",
        size=1234,
        sha256=sha,
        page_count=pages,
        page_sizes=[(612.0, 792.0)] * pages,
    )


def _filled() -> VaultContent:
    content = VaultContent()
    content.case.patient.name = "Zoë Ñúñez-Fictional"
    content.case.patient.date_of_birth = date(1961, 4, 2)
    content.case.opinion_providers.append(
        OpinionProvider(
            appointment=Appointment(starts_at=datetime(2026, 12, 3, 9, 30, tzinfo=UTC)),
            checklist={"office-told": True},
        )
    )
    content.documents.append(
        Document(section=Section.RESULTS, title="Pathology", parts=[_part("1" * 32)])
    )
    content.medications.append(Medication("Examplamide", kind=MedicationKind.SUPPLEMENT))
    content.questions.append(Question("What stage is it?", priority=Priority.HIGH))
    content.share_log.append(
        ShareLogEntry(
            recipient="Dr Example",
            method=ShareMethod.USB,
            file_name="packet.pdf",
            page_count=5,
            documents=[SharedDocument("x", "Pathology", [0, 1])],
            password_set=True,
            sha256_file="b" * 64,
            sha256_unencrypted="c" * 64,
            prepared_on=date(2026, 11, 29),
            snapshot={"documents": [{"parts": [{"blob_id": "9" * 32, "unlocked_blob_id": None}]}]},
        )
    )
    return content


def test_everything_a_user_entered_survives_a_json_round_trip() -> None:
    content = _filled()
    text = json.dumps(content.to_dict(), ensure_ascii=False)
    assert VaultContent.from_dict(json.loads(text)) == content


def test_new_documents_include_every_page_unrotated() -> None:
    doc = Document(
        section=Section.OTHER, title="Two files", parts=[_part("1" * 32, 2), _part("2" * 32, 3)]
    )
    assert doc.page_count == 5
    assert doc.included_pages == [0, 1, 2, 3, 4]
    assert doc.rotations == [0] * 5


def test_multi_file_document_hash_depends_on_every_part() -> None:
    one = Document(
        section=Section.OTHER,
        title="t",
        parts=[_part("1" * 32, sha="a" * 64), _part("2" * 32, sha="b" * 64)],
    )
    other = Document(
        section=Section.OTHER,
        title="t",
        parts=[_part("1" * 32, sha="a" * 64), _part("2" * 32, sha="c" * 64)],
    )
    assert one.sha256 != other.sha256
    single = Document(section=Section.OTHER, title="t", parts=[_part("1" * 32, sha="d" * 64)])
    assert single.sha256 == "d" * 64


def test_share_log_snapshots_pin_their_blobs_even_after_the_document_is_gone() -> None:
    content = _filled()
    content.documents.clear()
    assert "9" * 32 in content.referenced_blob_ids()


def test_document_lookup_by_unambiguous_prefix() -> None:
    content = _filled()
    doc = content.documents[0]
    assert content.document(doc.id[:6]) is doc
    with pytest.raises(DocumentNotFound):
        content.document("zz")


def test_index_from_a_newer_app_is_refused_in_plain_words() -> None:
    with pytest.raises(SchemaTooNew, match="newer version"):
        migrate({"schema_version": 99})


def test_index_without_a_version_is_rejected() -> None:
    with pytest.raises(ValueError):
        migrate({"case": {}})

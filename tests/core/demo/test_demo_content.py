"""The demo's documents and case details, checked without a vault (fast)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from organizer.core.demo.case import fill_demo_case
from organizer.core.demo.documents import BANNER, PATIENT, demo_documents, service_date
from organizer.core.model import Document, Section, VaultContent
from organizer.core.planning.checklist import checklist_for
from organizer.core.planning.compare import choose_opinions
from organizer.core.planning.providers import next_appointment
from organizer.core.planning.requests import find_request
from tests.core.planning.readers import make_doc, pdf_pages, pdf_text

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def test_demo_documents_cover_every_section_and_read_back(tmp_path: Path) -> None:
    specs = demo_documents()
    assert {s.section for s in specs} == set(Section)
    assert len({s.file_name for s in specs}) == len(specs)
    kinds = {Path(s.file_name).suffix for s in specs}
    assert kinds == {".pdf", ".jpg"}
    for spec in specs:
        data = spec.make(service_date(spec, NOW.date()))
        path = tmp_path / spec.file_name
        path.write_bytes(data)
        if path.suffix == ".pdf":
            text = pdf_text(path)
            assert BANNER in text, spec.file_name
            assert PATIENT in text, spec.file_name  # the accent survives (Unicode font)
            assert pdf_pages(path) >= 1
        else:
            with Image.open(io.BytesIO(data)) as image:
                assert image.format == "JPEG"
                assert image.size == (1240, 1754)


def _imported() -> tuple[VaultContent, dict[str, Document]]:
    """Documents as an import would leave them: generic section and the file name as title."""
    content = VaultContent()
    docs = {}
    for spec in demo_documents():
        doc = make_doc(Section.OTHER, spec.file_name)
        doc.parts[0].original_name = spec.file_name
        content.documents.append(doc)
        docs[spec.file_name] = doc
    return content, docs


def test_demo_case_gives_every_planning_feature_something_to_show() -> None:
    content, docs = _imported()
    fill_demo_case(content, docs, NOW)
    case = content.case
    assert case.patient.name == PATIENT
    assert "tumour" in case.diagnosis
    assert len(case.opinion_providers) == 2
    # Every section now holds a document, with titles and dates from the demo specs.
    assert {d.section for d in content.documents} == set(Section)
    assert all(d.date is not None for d in content.documents)
    assert {m.kind.value for m in content.medications} == {
        "prescription",
        "over-the-counter",
        "supplement",
    }
    assert {q.priority.value for q in content.questions} >= {"high", "low"}
    # The upcoming appointment is in the future; the visited provider's is past.
    upcoming = next_appointment(content, NOW)
    assert upcoming.provider.name == "Dr. Ines Sample"
    # Records requests: the latest is still waiting, the older one brought three documents.
    latest = find_request(content)
    assert latest.date_received is None
    received = [r for r in content.records_requests if r.date_received]
    assert len(received) == 1 and len(received[0].document_ids) == 3
    # A first and a second opinion to compare.
    assert [o.provider_name for o in choose_opinions(content)] == [
        "Dr. Amara Placeholder",
        "Dr. Teodor Mock",
    ]
    # The checklist is mostly done, but not all: records are still awaited.
    items = {i.key: i.done for i in checklist_for(content, upcoming, NOW.date())}
    for key in (
        "medications_reviewed",
        "questions_written",
        "pathology_added",
        "treatment_plan_added",
        "records_requested",
        "insurer_checked",
        "office_told_second_opinion",
    ):
        assert items[key], key
    assert not items["records_received"]

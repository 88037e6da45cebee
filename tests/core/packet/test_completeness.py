"""Every completeness rule fires when it should and stays quiet when it should not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from organizer.core.model import Document, PagePart, Section, VaultContent
from organizer.core.packet.completeness import check_completeness
from tests.core.packet.helpers import base_content

TODAY = date(2026, 11, 29)


def _doc(section: Section, title: str, when: date | None = TODAY) -> Document:
    part = PagePart("b" * 32, "x.pdf", "application/pdf", 1, "0" * 64, 1)
    return Document(section, title, [part], date=when)


def _complete() -> VaultContent:
    """A case where no rule fires."""
    content = base_content()
    content.case.diagnosis = "Fictional tumour of the kidney"
    content.documents = [
        _doc(Section.TREATMENT, "Plan"),
        _doc(Section.RESULTS, "Biopsy report"),
        _doc(Section.SURGERY, "Discharge summary"),
        _doc(Section.MEDICATIONS, "Pharmacy printout"),
        _doc(Section.OTHER, "Referral"),
    ]
    return content


def _codes(content: VaultContent) -> list[str]:
    return [w.code for w in check_completeness(content, TODAY)]


def test_a_complete_case_has_no_warnings() -> None:
    assert check_completeness(_complete(), TODAY) == []


def test_no_date_of_birth() -> None:
    content = _complete()
    content.case.patient.date_of_birth = None
    assert _codes(content) == ["no-date-of-birth"]


def test_no_questions() -> None:
    content = _complete()
    content.questions = []
    assert _codes(content) == ["no-questions"]


def test_no_medication_list() -> None:
    content = _complete()
    content.medications = []
    assert _codes(content) == ["no-medications"]


@pytest.mark.parametrize(("days_ago", "fires"), [(None, True), (31, True), (30, False), (0, False)])
def test_medication_list_reviewed_in_the_last_30_days(days_ago: int | None, fires: bool) -> None:
    content = _complete()
    content.case.medications_reviewed_on = (
        None if days_ago is None else TODAY - timedelta(days=days_ago)
    )
    assert _codes(content) == (["medications-not-reviewed"] if fires else [])


def test_each_empty_section_is_named() -> None:
    content = _complete()
    content.documents = [d for d in content.documents if d.section != Section.SURGERY]
    warnings = check_completeness(content, TODAY)
    assert [(w.code, w.section) for w in warnings] == [("empty-section", Section.SURGERY)]
    assert "Surgery & discharge" in warnings[0].message


def test_trashed_documents_do_not_fill_a_section() -> None:
    content = _complete()
    surgery = next(d for d in content.documents if d.section == Section.SURGERY)
    surgery.trashed_at = surgery.added
    assert _codes(content) == ["empty-section"]


@pytest.mark.parametrize(("pages_left", "fires"), [([], True), ([0], False)])
def test_a_document_with_every_page_left_out_does_not_fill_a_section(
    pages_left: list[int], fires: bool
) -> None:
    content = _complete()
    biopsy = next(d for d in content.documents if d.section == Section.RESULTS)
    biopsy.included_pages = pages_left
    warnings = check_completeness(content, TODAY)
    expected = [("empty-section", Section.RESULTS), ("no-pathology-report", Section.RESULTS)]
    assert [(w.code, w.section) for w in warnings] == (expected if fires else [])


@pytest.mark.parametrize(("newest_days_ago", "fires"), [(366, True), (365, False), (10, False)])
def test_only_documents_older_than_a_year(newest_days_ago: int, fires: bool) -> None:
    content = _complete()
    for doc in content.documents:
        doc.date = TODAY - timedelta(days=newest_days_ago + 5)
    content.documents[0].date = TODAY - timedelta(days=newest_days_ago)
    content.documents[1].date = None  # undated documents neither help nor hurt
    assert _codes(content) == (["only-old-documents"] if fires else [])


@pytest.mark.parametrize(
    ("diagnosis", "report_title", "fires"),
    [
        ("Suspected breast cancer", "Mammogram", True),
        ("Kidney tumor", "CT report", True),
        ("Fictional tumour", "Surgical pathology report", False),
        ("Fictional tumour", "Core needle biopsy", False),
        ("Knee osteoarthritis", "X-ray report", False),
    ],
)
def test_pathology_report_needed_when_the_diagnosis_mentions_cancer(
    diagnosis: str, report_title: str, fires: bool
) -> None:
    content = _complete()
    content.case.diagnosis = diagnosis
    results = next(d for d in content.documents if d.section == Section.RESULTS)
    results.title = report_title
    assert _codes(content) == (["no-pathology-report"] if fires else [])

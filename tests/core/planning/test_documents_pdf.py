"""The records-request letter, what-to-bring list and comparison, read back with poppler."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from organizer.core.errors import UserError
from organizer.core.model import (
    Appointment,
    Contact,
    Medication,
    Opinion,
    OpinionProvider,
    Patient,
    Provider,
    Question,
    Section,
    VaultContent,
)
from organizer.core.planning.bring_list import write_bring_list
from organizer.core.planning.compare import SHORTENED, choose_opinions, write_comparison
from organizer.core.planning.letter import write_request_letter
from organizer.core.planning.requests import add_request
from tests.core.planning.readers import make_doc, pdf_pages, pdf_text, qpdf_check

TODAY = date(2026, 11, 29)
LONG = " ".join(f"Fictional sentence number {i} about a made-up treatment." for i in range(400))


@pytest.fixture
def content() -> VaultContent:
    c = VaultContent()
    c.case.patient = Patient(
        name="Zoë Fictional-Example",
        date_of_birth=date(1961, 4, 3),
        contact=Contact(phone="555-0100", email="zoe@example.invalid", address="1 Nowhere Lane"),
    )
    c.case.current_provider = Provider(
        name="Dr. Amara Placeholder",
        practice="Imaginary General Hospital",
        contact=Contact(address="99 Sample Road, Fictiontown"),
    )
    return c


def test_request_letter_has_patient_request_and_delivery(
    content: VaultContent, tmp_path: Path
) -> None:
    request = add_request(
        content,
        "Dr. Amara Placeholder",
        "Pathology report of the biopsy & all CT reports <2026>",
        delivery_preference="PDF files through the patient portal",
    )
    out = write_request_letter(content, request, tmp_path / "letter.pdf", TODAY)
    qpdf_check(out)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    for expected in (
        "Zoë Fictional-Example",
        "3 April 1961",
        "Request for a copy of my medical records",
        "Pathology report of the biopsy & all CT reports <2026>",
        "PDF files through the patient portal",
        "99 Sample Road, Fictiontown",  # the current provider's address was looked up
        "Signature",
        "29 November 2026",
        "right to see and get a copy of their own health records",
    ):
        assert expected in text, expected
    assert not list(tmp_path.glob("*.part"))


def test_request_letter_stays_one_page_with_a_very_long_request(
    content: VaultContent, tmp_path: Path
) -> None:
    request = add_request(content, "Somewhere Else", LONG)
    out = write_request_letter(content, request, tmp_path / "letter.pdf", TODAY, paper="letter")
    assert pdf_pages(out) == 1
    assert "Signature" in pdf_text(out)


def test_bring_list_shows_what_exists_and_what_is_missing(
    content: VaultContent, tmp_path: Path
) -> None:
    content.documents += [
        make_doc(Section.RESULTS, "Pathology report, left breast", on=date(2026, 10, 2)),
        make_doc(Section.TREATMENT, "Oncology treatment plan"),
    ]
    content.medications.append(Medication("Fictomab"))
    content.case.medications_reviewed_on = TODAY
    content.questions.append(Question("What stage is it?"))
    op = OpinionProvider(
        provider=Provider(name="Dr. Ines Sample"),
        appointment=Appointment(
            starts_at=datetime(2026, 12, 8, 10, 30), place="Fictional Cancer Centre, Room 4"
        ),
    )
    out = write_bring_list(content, op, tmp_path / "bring.pdf", TODAY)
    qpdf_check(out)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    assert "What to bring" in text
    assert "Dr. Ines Sample" in text and "8 December 2026" in text and "Room 4" in text
    assert "Pathology report, left breast (2026-10-02)" in text
    assert "Oncology treatment plan" in text
    assert "Discharge summary Not in the vault yet" in text
    assert "Operative (surgery) report Not in the vault yet" in text
    assert "1 medicines, reviewed recently" in text
    assert "1 questions written" in text
    assert "Photo ID" in text


def test_bring_list_one_page_with_many_documents(content: VaultContent, tmp_path: Path) -> None:
    content.documents += [
        make_doc(Section.RESULTS, f"Lab panel {i} " + "x" * 80) for i in range(60)
    ]
    op = OpinionProvider(appointment=Appointment(starts_at=datetime(2026, 12, 8, 10, 30)))
    out = write_bring_list(content, op, tmp_path / "bring.pdf", TODAY)
    assert pdf_pages(out) == 1
    assert "and 57 more" in pdf_text(out)


def _opinions() -> list[Opinion]:
    return [
        Opinion(
            "Dr. Amara Placeholder",
            date(2026, 10, 20),
            diagnosis="Fictional stage II tumour",
            recommended_treatment="Surgery first",
            other_options="Watchful waiting",
        ),
        Opinion(
            "Dr. Ines Sample",
            date(2026, 11, 20),
            diagnosis="Fictional stage I tumour",
            recommended_treatment="Radiotherapy",
            notes="Suggests repeating the biopsy",
        ),
    ]


def test_comparison_side_by_side(content: VaultContent, tmp_path: Path) -> None:
    content.opinions = _opinions()
    out = write_comparison(content, choose_opinions(content), tmp_path / "cmp.pdf", TODAY)
    qpdf_check(out)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    for expected in (
        "Comparison of opinions",
        "Zoë Fictional-Example",
        "Dr. Amara Placeholder",
        "Dr. Ines Sample",
        "Fictional stage II tumour",
        "Radiotherapy",
        "Watchful waiting",
        "Suggests repeating the biopsy",
        "Recommended treatment",
    ):
        assert expected in text, expected
    assert SHORTENED.strip() not in text


def test_comparison_stays_one_page_with_long_texts(content: VaultContent, tmp_path: Path) -> None:
    content.opinions = [
        *_opinions(),
        Opinion(
            "Dr. Third",
            date(2026, 11, 25),
            diagnosis=LONG,
            recommended_treatment=LONG,
            other_options=LONG,
            notes=LONG,
        ),
    ]
    out = write_comparison(content, choose_opinions(content), tmp_path / "cmp.pdf", TODAY)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    assert "Fictional sentence number 0" in text
    assert "shortened here" in text
    assert "Dr. Third" in text and "Radiotherapy" in text


def test_comparison_takes_latest_four_and_needs_one(content: VaultContent) -> None:
    with pytest.raises(UserError, match="No opinions"):
        choose_opinions(content)
    content.opinions = [
        Opinion(f"Dr. {n}", date(2026, 1, n), diagnosis="d") for n in (5, 1, 4, 2, 3)
    ]
    assert [o.provider_name for o in choose_opinions(content)] == [
        "Dr. 2",
        "Dr. 3",
        "Dr. 4",
        "Dr. 5",
    ]

from __future__ import annotations

from datetime import date

import pytest

from organizer.core.ingest.suggest import KIND_RULES, Clues, suggest
from organizer.core.model.sections import Section

TODAY = date(2026, 11, 29)

# One text that fires each kind rule, and a close miss that must not.
FIRES_AND_MISSES = {
    "Pathology report": ("Surgical pathology report", "Patio furniture"),
    "Biopsy report": ("Core needle biopsy", "Biography of the author"),
    "Operative report": ("Operative report: laparoscopy", "Operating hours: 9 to 5"),
    "Discharge summary": ("Discharge summary for the stay", "Discharge of the battery"),
    "Treatment plan": ("Treatment plan, cycle 1", "Treatment of water"),
    "Medication list": ("Current medication list", "Meditation class schedule"),
    "Imaging report": ("MRI of the left knee", "Primary care visit"),
    "Lab results": ("Lab results: CBC", "Labrador adoption form"),
    "Genetic test results": ("Genetic test for BRCA1", "Generic letter"),
    "Referral letter": ("Referral to oncology", "Reference number 12"),
    "Insurance papers": ("Explanation of benefits", "Explanation of the visit"),
}


def test_every_rule_has_a_firing_and_a_missing_example() -> None:
    assert set(FIRES_AND_MISSES) == {rule.title for rule in KIND_RULES}


@pytest.mark.parametrize("rule", KIND_RULES, ids=lambda r: r.title)
def test_each_rule_fires_on_its_words_in_the_text(rule) -> None:  # type: ignore[no-untyped-def]
    fires, _ = FIRES_AND_MISSES[rule.title]
    got = suggest(Clues(file_name="scan0001.pdf", text=f"Fictional Clinic\n{fires}\n"), TODAY)
    assert got.section is rule.section
    assert got.title == rule.title


@pytest.mark.parametrize("rule", KIND_RULES, ids=lambda r: r.title)
def test_each_rule_stays_quiet_on_near_misses(rule) -> None:  # type: ignore[no-untyped-def]
    _, misses = FIRES_AND_MISSES[rule.title]
    got = suggest(Clues(file_name="scan0001.pdf", text=misses), TODAY)
    assert got.title != rule.title
    assert got.section is Section.OTHER


def test_the_file_name_beats_words_in_the_text() -> None:
    got = suggest(Clues(file_name="discharge_summary.pdf", text="Medication list follows"), TODAY)
    assert got.section is Section.SURGERY


def test_earliest_words_in_the_text_win() -> None:
    text = "OPERATIVE REPORT\n... specimen sent to pathology ..."
    assert suggest(Clues(file_name="x.pdf", text=text), TODAY).section is Section.SURGERY


def test_pdf_title_is_used_unless_it_is_junk() -> None:
    good = suggest(Clues(file_name="x.pdf", pdf_title="Breast biopsy, left"), TODAY)
    assert good.title == "Breast biopsy, left"
    for junk in ("Untitled", "Microsoft Word - note.docx", "scan0003.pdf", "Document1"):
        got = suggest(Clues(file_name="x.pdf", pdf_title=junk), TODAY)
        assert got.title == "Untitled document", junk


def test_meaningful_file_name_becomes_the_title() -> None:
    got = suggest(Clues(file_name="cardiology_follow-up_dr_lee.pdf"), TODAY)
    assert got.title == "Cardiology follow up dr lee"


def test_camera_names_do_not_become_titles() -> None:
    for name in ("IMG_1234.JPG", "PXL_20240315_101500.jpg", "scan 0001.jpg", "DSC01234.jpg"):
        got = suggest(Clues(file_name=name, is_image=True), TODAY)
        assert got.title == "Untitled scan", name


def test_labelled_date_of_service_wins_over_the_date_of_birth() -> None:
    text = "Patient: Test Person  DOB: 01/02/1960\nDate of service: 03/15/2024\n"
    assert suggest(Clues(file_name="x.pdf", text=text), TODAY).date == date(2024, 3, 15)


def test_date_of_birth_alone_is_never_the_date_of_service() -> None:
    text = "Patient: Test Person\nDate of birth: 12 March 1958\nNo other dates."
    assert suggest(Clues(file_name="x.pdf", text=text), TODAY).date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Collected: March 15, 2024", date(2024, 3, 15)),
        ("Procedure date 15-Mar-2024", date(2024, 3, 15)),
        ("Discharge date: 31.01.2023", date(2023, 1, 31)),
        ("Report date: 2024-03-15", date(2024, 3, 15)),
    ],
)
def test_date_formats_in_the_text(text: str, expected: date) -> None:
    assert suggest(Clues(file_name="x.pdf", text=text), TODAY).date == expected


def test_date_in_the_file_name() -> None:
    got = suggest(Clues(file_name="labs_2024-03-15.pdf"), TODAY)
    assert got.date == date(2024, 3, 15)
    assert suggest(Clues(file_name="labs_20240315.pdf"), TODAY).date == date(2024, 3, 15)


def test_no_date_in_the_file_name_when_digits_are_not_a_date() -> None:
    assert suggest(Clues(file_name="IMG_1234_5678.jpg"), TODAY).date is None
    assert suggest(Clues(file_name="report_2024-13-45.pdf"), TODAY).date is None


def test_future_dates_are_ignored() -> None:
    assert suggest(Clues(file_name="x.pdf", text="Date of service: 01/01/2030"), TODAY).date is None


def test_pdf_creation_date_is_the_last_resort() -> None:
    clues = Clues(file_name="x.pdf", pdf_created=date(2024, 1, 2))
    assert suggest(clues, TODAY).date == date(2024, 1, 2)
    labelled = Clues(file_name="x.pdf", pdf_created=date(2024, 1, 2), text="Visit date: 12/20/2023")
    assert suggest(labelled, TODAY).date == date(2023, 12, 20)


def test_nothing_to_go_on_means_other_and_untitled() -> None:
    got = suggest(Clues(file_name="0001.pdf"), TODAY)
    assert (got.section, got.title, got.date) == (Section.OTHER, "Untitled document", None)

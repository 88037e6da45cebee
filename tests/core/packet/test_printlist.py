"""The lists on their own: one page when they fit, longer ones repeat the header on every page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf

from organizer.core.model import Medication, Question
from organizer.core.packet.printlist import build_list_pdf
from tests.core.packet.helpers import PATIENT, base_content, page_texts, pdfinfo, qpdf_check

TODAY = date(2026, 11, 29)


def test_short_lists_fit_one_page(tmp_path: Path) -> None:
    content = base_content()
    for kind in ("meds", "questions"):
        out = tmp_path / f"{kind}.pdf"
        assert build_list_pdf(content, kind, out, TODAY) == 1  # type: ignore[arg-type]
        qpdf_check(out)
        assert pdfinfo(out)["Pages"] == "1"
        (text,) = page_texts(out)
        assert PATIENT in text and "born 2 Apr 1961" in text and "printed 29 Nov 2026" in text
        with pikepdf.open(out) as pdf:
            assert set(pdf.docinfo.keys()) == {"/Title", "/Creator"}


def test_long_lists_continue_with_the_header_repeated(tmp_path: Path) -> None:
    content = base_content()
    content.medications = [
        Medication(f"Fictomed {n}", strength=f"{n} mg", reason="a fictional reason " * 3)
        for n in range(70)
    ]
    content.questions = [Question(f"Fictional question number {n}?", order=n) for n in range(40)]
    meds, questions = tmp_path / "meds.pdf", tmp_path / "questions.pdf"
    med_pages = build_list_pdf(content, "meds", meds, TODAY)
    question_pages = build_list_pdf(content, "questions", questions, TODAY)
    assert med_pages > 1 and question_pages > 1
    for path, pages, title in (
        (meds, med_pages, "Medications"),
        (questions, question_pages, "Questions"),
    ):
        qpdf_check(path)
        texts = page_texts(path)
        assert len(texts) == pages
        for number, text in enumerate(texts, start=1):
            assert title in text and PATIENT in text and f"page {number}" in text
    med_texts = page_texts(meds)
    assert all("Prescriber" in text for text in med_texts)  # column headings repeated
    joined = "".join(med_texts)
    assert all(f"Fictomed {n} " in joined for n in range(70))
    assert "Fictional question number 39?" in "".join(page_texts(questions))

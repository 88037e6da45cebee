from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from organizer.core.ingest.errors import ImportRefused, PdfPasswordNeeded
from organizer.core.ingest.pdfs import inspect_pdf
from organizer.core.ingest.pdftext import extract_text
from tests import synthetic
from tests.conftest import require_tool


def _qpdf_check(data: bytes, tmp_path: Path) -> None:
    qpdf = require_tool("qpdf")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    subprocess.run([qpdf, "--check", str(path)], check=True, capture_output=True)


def test_pages_and_sizes_in_points() -> None:
    facts = inspect_pdf(synthetic.text_pdf_bytes(pages=3, pagesize=A4), None)
    assert facts.page_count == 3
    assert facts.page_sizes == [(595.28, 841.89)] * 3
    assert facts.working_copy is None  # a sound, open PDF is used as it is
    assert facts.notes == []


def test_metadata_is_read() -> None:
    facts = inspect_pdf(synthetic.text_pdf_bytes(title="FICTIONAL DISCHARGE SUMMARY"), None)
    assert facts.metadata.title == "FICTIONAL DISCHARGE SUMMARY"
    assert facts.metadata.author == "Fictional Clinic"


def test_password_protected_pdf_asks_and_is_refused_without_one() -> None:
    data = synthetic.encrypted_pdf_bytes(user_password="open sesame")
    with pytest.raises(PdfPasswordNeeded) as caught:
        inspect_pdf(data, None)
    assert not caught.value.wrong_password
    with pytest.raises(PdfPasswordNeeded):
        inspect_pdf(data, lambda: None)


def test_wrong_password_is_told_apart_and_not_retried_forever() -> None:
    data = synthetic.encrypted_pdf_bytes(user_password="open sesame")
    asked: list[int] = []

    def always_wrong() -> str:
        asked.append(1)
        return f"guess {len(asked)}"

    with pytest.raises(PdfPasswordNeeded) as caught:
        inspect_pdf(data, always_wrong)
    assert caught.value.wrong_password
    assert len(asked) == 3


def test_the_same_wrong_password_twice_stops_asking() -> None:
    data = synthetic.encrypted_pdf_bytes(user_password="open sesame")
    asked: list[str] = []

    def same() -> str:
        asked.append("x")
        return "nope"

    with pytest.raises(PdfPasswordNeeded):
        inspect_pdf(data, same)
    assert len(asked) == 2


def test_right_password_gives_an_unlocked_working_copy(tmp_path: Path) -> None:
    data = synthetic.encrypted_pdf_bytes(user_password="open sesame")
    answers = iter(["wrong", "open sesame"])
    facts = inspect_pdf(data, lambda: next(answers))
    assert facts.password == "open sesame"
    assert facts.working_copy is not None
    with pikepdf.open(io.BytesIO(facts.working_copy)) as unlocked:  # no password needed
        assert not unlocked.is_encrypted
        assert len(unlocked.pages) == 2
    _qpdf_check(facts.working_copy, tmp_path)
    text = extract_text(facts.working_copy, "", 10, 10_000)
    assert "FICTIONAL PATHOLOGY REPORT" in text
    assert any("password" in n for n in facts.notes)


def test_owner_restricted_pdf_is_kept_as_it_is() -> None:
    data = synthetic.encrypted_pdf_bytes(user_password="", owner_password="maker")
    facts = inspect_pdf(data, None)
    assert facts.working_copy is None
    assert any("restricted" in n for n in facts.notes)
    assert "FICTIONAL" in extract_text(data, facts.password, 10, 10_000)


def test_damaged_pdf_that_qpdf_repairs_is_repaired_and_noted(tmp_path: Path) -> None:
    facts = inspect_pdf(synthetic.broken_xref_pdf_bytes(), None)
    assert facts.page_count == 2
    assert any("repaired" in n for n in facts.notes)
    assert facts.working_copy is not None
    _qpdf_check(facts.working_copy, tmp_path)


def test_garbage_after_a_pdf_header_is_refused() -> None:
    with pytest.raises(ImportRefused, match="damaged or incomplete"):
        inspect_pdf(b"%PDF-1.7\n" + bytes(range(256)) * 8, None)


def test_pdf_without_pages_is_refused() -> None:
    pdf = pikepdf.new()
    buf = io.BytesIO()
    pdf.save(buf)
    with pytest.raises(ImportRefused, match="no pages"):
        inspect_pdf(buf.getvalue(), None)


def test_every_truncation_is_refused_or_repaired_with_every_page_whole() -> None:
    data = synthetic.text_pdf_bytes(pages=3)
    outcomes = set()
    for cut in range(200, len(data) - 1, 97):
        try:
            facts = inspect_pdf(data[:cut], None)
        except ImportRefused:
            outcomes.add("refused")
            continue
        outcomes.add("repaired")
        assert facts.working_copy is not None
        pages = PdfReader(io.BytesIO(facts.working_copy)).pages
        assert len(pages) == 3
        for n, page in enumerate(pages, start=1):
            assert f"Page {n} of 3" in page.extract_text()
    assert outcomes == {"refused", "repaired"}


def test_javascript_is_noted_and_kept() -> None:
    data = synthetic.pdf_with_javascript_bytes()
    facts = inspect_pdf(data, None)
    assert any("JavaScript" in n for n in facts.notes)
    assert facts.working_copy is None  # the original, script and all, is what is kept


def test_attached_files_are_noted() -> None:
    facts = inspect_pdf(synthetic.pdf_with_attachment_bytes(), None)
    assert any("1 attached file" in n for n in facts.notes)


def test_text_is_bounded_in_pages_and_characters() -> None:
    data = synthetic.text_pdf_bytes(pages=5)
    assert extract_text(data, "", 2, 100_000).count("\f") == 1
    assert len(extract_text(data, "", 10, 50)) == 50


def test_scanned_pdf_has_no_text() -> None:
    data = synthetic.image_pdf_bytes([synthetic.scan_jpeg_bytes(size=(300, 400))])
    assert inspect_pdf(data, None).page_count == 1
    assert extract_text(data, "", 10, 10_000) == ""

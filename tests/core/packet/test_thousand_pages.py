"""A 1000-page packet: every page banded and numbered, readers accept it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from organizer.core.model import Section
from organizer.core.packet import PacketOptions, build_packet
from tests.core.packet.helpers import (
    PREPARED_ON,
    Blobs,
    assert_band_on_every_page,
    base_content,
    document,
    outline_titles,
    pdf_part,
    pdfinfo,
    qpdf_check,
)
from tests.synthetic import text_pdf_bytes

DOCS, PAGES = 10, 100


def test_a_thousand_page_packet(tmp_path: Path) -> None:
    blobs = Blobs()
    content = base_content()
    sections = list(Section)
    content.documents = [
        document(
            sections[n % len(sections)],
            f"Record {n}",
            [pdf_part(blobs, text_pdf_bytes(PAGES, pagesize=(300, 400), seed=n))],
            date(2026, 1, 1 + n),
        )
        for n in range(DOCS)
    ]
    out = tmp_path / "big.pdf"
    result = build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    total = 4 + DOCS * PAGES  # cover, contents, questions, medications
    assert result.page_count == total
    qpdf_check(out)
    assert pdfinfo(out)["Pages"] == str(total)
    texts = assert_band_on_every_page(out, total)
    assert "Record 9" in texts[1] and "Record 0" in texts[1]
    assert len(outline_titles(out)) == 1 + 2 + len(sections) + DOCS

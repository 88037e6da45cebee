"""What leaves the computer carries no metadata, scripts, attachments or live form fields."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf

from organizer.core.model import Section
from organizer.core.packet import PacketOptions, build_packet
from tests.core.packet.helpers import (
    PREPARED_ON,
    Blobs,
    assert_band_on_every_page,
    base_content,
    document,
    pdf_part,
    pdfinfo,
    qpdf_check,
)
from tests.synthetic import risky_pdf_bytes

_FORBIDDEN_KEYS = {
    "/JavaScript",
    "/JS",
    "/OpenAction",
    "/AA",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/AcroForm",
    "/Metadata",
    "/PieceInfo",
}


def test_risky_pdf_is_cleaned_and_its_form_flattened(tmp_path: Path) -> None:
    blobs = Blobs()
    content = base_content()
    content.documents = [
        document(
            Section.OTHER, "Referral form", [pdf_part(blobs, risky_pdf_bytes())], date(2026, 1, 2)
        )
    ]
    out = tmp_path / "packet.pdf"
    build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)

    qpdf_check(out)
    info = pdfinfo(out)
    assert info["JavaScript"] == "no" and info["Metadata Stream"] == "no"
    assert info["Form"] == "none"
    texts = assert_band_on_every_page(out, int(info["Pages"]))
    # The field's value is now part of the page, not a live field.
    assert "FICTIONAL-FIELD-VALUE" in texts[-1]
    with pikepdf.open(out) as pdf:
        assert set(pdf.docinfo.keys()) == {"/Title", "/Creator"}
        assert not pdf.attachments
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                assert not (set(obj.keys()) & _FORBIDDEN_KEYS), obj.keys()
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Subtype") == pikepdf.Name.Widget:
                raise AssertionError("a form field survived")
    raw = out.read_bytes()
    for leak in (b"FICTIONAL-INFO-AUTHOR", b"FICTIONAL-XMP-AUTHOR", b"FICTIONAL-ATTACHMENT"):
        assert leak not in raw
    assert b"app.alert" not in raw

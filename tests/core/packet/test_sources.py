"""Other kinds of originals: rotated PDFs, locked PDFs with an unlocked copy, PNG, TIFF."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from organizer.core.model import PagePart, Section
from organizer.core.packet import PacketOptions, SourceError, build_packet
from tests.core.packet.helpers import (
    PREPARED_ON,
    Blobs,
    assert_band_on_every_page,
    base_content,
    document,
    image_part,
    pdf_part,
    qpdf_check,
)
from tests.synthetic import scan_image, text_pdf_bytes


def _rotated_pdf() -> bytes:
    with pikepdf.open(io.BytesIO(text_pdf_bytes(2, title="FICTIONAL ROTATED"))) as pdf:
        pdf.Root.Pages.Rotate = 90  # inherited by both pages...
        for page in pdf.pages:
            del page.obj.Rotate  # ...which say nothing themselves
        buf = io.BytesIO()
        pdf.save(buf)
    return buf.getvalue()


def _png_with_alpha() -> bytes:
    img = scan_image(4, (300, 400)).convert("RGBA")
    img.putalpha(200)
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(100, 100))
    return buf.getvalue()


def _tiff_pages(count: int) -> bytes:
    frames = [scan_image(n, (340, 440), mode="L") for n in range(count)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], dpi=(100, 100))
    return buf.getvalue()


def _sizes(path: Path) -> list[tuple[int, int]]:
    with pikepdf.open(path) as pdf:
        return [(round(float(p.mediabox[2])), round(float(p.mediabox[3]))) for p in pdf.pages]


def test_inherited_rotation_user_rotation_png_and_tiff(tmp_path: Path) -> None:
    blobs = Blobs()
    content = base_content()
    content.questions, content.medications = [], []
    rotated = document(
        Section.RESULTS, "Rotated", [pdf_part(blobs, _rotated_pdf())], date(2026, 3, 1)
    )
    rotated.rotations = [0, 90]  # the user turned page 2 a further quarter
    png = image_part(blobs, _png_with_alpha(), "photo.png", dpi=(100, 100), media_type="image/png")
    tiff_part = image_part(
        blobs, _tiff_pages(3), "fax.tif", dpi=(100, 100), media_type="image/tiff"
    )
    tiff_part.page_count = 3
    content.documents = [
        rotated,
        document(Section.OTHER, "Photo", [png], date(2026, 2, 1)),
        document(Section.OTHER, "Fax", [tiff_part], date(2026, 1, 1)),
    ]
    out = tmp_path / "p.pdf"
    result = build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    assert result.page_count == 2 + 2 + 1 + 3
    qpdf_check(out)
    texts = assert_band_on_every_page(out, 8)
    assert "FICTIONAL ROTATED" in texts[2] and "FICTIONAL ROTATED" in texts[3]
    sizes = _sizes(out)
    assert sizes[2] == (792, 612)  # Letter turned by the inherited /Rotate 90
    assert sizes[3] == (612, 792)  # ...and a further 90 by the user: upside down, portrait
    assert sizes[4] == (216, 288)  # 300 x 400 px at 100 dpi
    assert sizes[5:] == [(245, 317)] * 3  # each TIFF frame a page


def test_locked_pdf_uses_its_unlocked_copy_or_says_what_to_do(tmp_path: Path) -> None:
    blobs = Blobs()
    plain = text_pdf_bytes(1, title="FICTIONAL UNLOCKED COPY")
    with pikepdf.open(io.BytesIO(plain)) as pdf:
        buf = io.BytesIO()
        pdf.save(buf, encryption=pikepdf.Encryption(user="fictional", owner="owner"))
    part = pdf_part(blobs, plain)
    locked = PagePart(
        blobs.add(buf.getvalue()),
        "locked.pdf",
        "application/pdf",
        1,
        "0" * 64,
        1,
        unlocked_blob_id=part.blob_id,
    )
    content = base_content()
    content.documents = [document(Section.RESULTS, "Portal report", [locked], date(2026, 1, 5))]
    out = tmp_path / "p.pdf"
    build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    assert "FICTIONAL UNLOCKED COPY" in assert_band_on_every_page(out, 5)[4]

    locked.unlocked_blob_id = None
    with pytest.raises(SourceError, match="password-protected"):
        build_packet(
            content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), tmp_path / "q.pdf"
        )
    assert not (tmp_path / "q.pdf").exists()


def test_page_count_mismatch_is_reported_not_guessed(tmp_path: Path) -> None:
    blobs = Blobs()
    part = pdf_part(blobs, text_pdf_bytes(2))
    part.page_count = 3
    content = base_content()
    content.documents = [document(Section.RESULTS, "Odd report", [part], date(2026, 1, 5))]
    with pytest.raises(SourceError, match="has 2 pages but the vault lists 3"):
        build_packet(
            content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), tmp_path / "p.pdf"
        )

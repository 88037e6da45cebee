"""A typical packet, checked by real readers: qpdf, poppler, and pikepdf for the structure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pytest

from organizer.core.model import Section, VaultContent
from organizer.core.packet import PacketOptions, build_packet
from organizer.core.packet.jpeg import metadata_markers, scan_data
from tests.core.packet.helpers import (
    PATIENT,
    PREPARED_ON,
    Blobs,
    assert_band_on_every_page,
    base_content,
    dct_streams,
    document,
    image_part,
    outline_titles,
    pdf_part,
    pdfinfo,
    qpdf_check,
)
from tests.synthetic import jpeg_with_metadata_bytes, scan_jpeg_bytes, text_pdf_bytes


def _content(blobs: Blobs) -> tuple[VaultContent, list[bytes]]:
    content = base_content()
    scans = [jpeg_with_metadata_bytes(seed) for seed in range(2)] + [
        scan_jpeg_bytes(5, size=(850, 1100), dpi=100)
    ]
    content.documents = [
        document(
            Section.RESULTS,
            "Biopsy report",
            [pdf_part(blobs, text_pdf_bytes(2, title="FICTIONAL BIOPSY"))],
            date(2026, 3, 5),
            provider="Fictional Lab",
        ),
        document(
            Section.RESULTS,
            "Older blood tests",
            [
                image_part(blobs, scans[0], dpi=(150, 150)),
                image_part(blobs, scans[1], dpi=(150, 150)),
            ],
            date(2025, 12, 1),
        ),
        document(
            Section.TREATMENT,
            "Treatment plan",
            [pdf_part(blobs, text_pdf_bytes(3, title="FICTIONAL PLAN", pagesize=(842, 595)))],
            date(2026, 4, 1),
        ),
        document(
            Section.OTHER,
            "Referral letter",
            [image_part(blobs, scans[2], dpi=(100, 100))],
            None,
        ),
    ]
    # The user chose pages 3 then 1 of the plan, and turned page 1 of the blood tests.
    content.documents[2].included_pages = [2, 0]
    content.documents[1].rotations = [90, 0]
    return content, scans


@pytest.fixture(scope="module")
def packet(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, list[bytes]]:
    blobs = Blobs()
    content, scans = _content(blobs)
    out = tmp_path_factory.mktemp("packet") / "packet.pdf"
    result = build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    return out, result, scans


def test_real_readers_accept_it_with_every_page_banded(
    packet: tuple[Path, object, list[bytes]],
) -> None:
    path, result, _ = packet
    qpdf_check(path)
    info = pdfinfo(path)
    # cover, contents, questions, medications, 2 + 2 + 2 + 1 document pages
    assert info["Pages"] == "11" == str(result.page_count)  # type: ignore[attr-defined]
    assert info["Encrypted"] == "no"
    texts = assert_band_on_every_page(path, 11)
    assert "Page 5 of 11" in texts[4] and "Treatment plan, 1 Apr 2026" in texts[4]
    assert "Biopsy report, 5 Mar 2026" in texts[6]


def test_order_is_cover_contents_lists_then_sections_newest_first(
    packet: tuple[Path, object, list[bytes]],
) -> None:
    path, _, _ = packet
    texts = assert_band_on_every_page(path, 11)
    assert PATIENT in texts[0] and "Date of birth: 2 Apr 1961" in texts[0]
    assert "Second-opinion packet" in texts[0] and "29 Nov 2026" in texts[0]
    assert "Contents" in texts[1]
    assert "Questions for the doctor" in texts[2]
    # The patient's order: order 0 (marked important) comes first.
    assert texts[2].index("What would you do") < texts[2].index("Is surgery the only")
    assert "Medications" in texts[3] and "Fictolol 5 mg" in texts[3]
    assert "List reviewed on: 20 Nov 2026" in texts[3]
    # The plan pages in the user's order: page 3 of 3 first.
    assert "Page 3 of 3" in texts[4] and "Page 1 of 3" in texts[5]
    # Results: the biopsy (March) before the older blood tests (December).
    assert "FICTIONAL BIOPSY" in texts[6] and "Page 2 of 2. Ref" in texts[7]


def test_contents_lists_every_part_with_its_page_and_links(
    packet: tuple[Path, object, list[bytes]],
) -> None:
    path, _, _ = packet
    contents = assert_band_on_every_page(path, 11)[1]
    expected = [
        ("Questions for the doctor", 3),
        ("Medications", 4),
        ("Treatment plan", 5),
        ("Test & biopsy results", 7),
        ("Biopsy report, 5 Mar 2026 (Fictional Lab)", 7),
        ("Older blood tests, 1 Dec 2025", 9),
        ("Other records", 11),
        ("Referral letter", 11),
    ]
    lines = [line.strip() for line in contents.splitlines() if line.strip()]
    for title, page in expected:
        assert any(line.startswith(title) and line.endswith(str(page)) for line in lines), title
    with pikepdf.open(path) as pdf:
        numbers = {p.objgen: n for n, p in enumerate(pdf.pages, start=1)}
        annots = pdf.pages[1].obj.Annots
        targets = sorted(numbers[a.Dest[0].objgen] for a in annots)
    assert targets == sorted([3, 4, 5, 5, 7, 7, 9, 11, 11])


def test_outline_has_contents_lists_sections_and_documents(
    packet: tuple[Path, object, list[bytes]],
) -> None:
    path, _, _ = packet
    assert outline_titles(path) == [
        (0, "Contents", 2),
        (0, "Questions for the doctor", 3),
        (0, "Medications", 4),
        (0, "Treatment plan", 5),
        (1, "Treatment plan, 1 Apr 2026", 5),
        (0, "Test & biopsy results", 7),
        (1, "Biopsy report, 5 Mar 2026 (Fictional Lab)", 7),
        (1, "Older blood tests, 1 Dec 2025", 9),
        (0, "Other records", 11),
        (1, "Referral letter", 11),
    ]


def test_jpeg_scans_are_embedded_unchanged_without_their_metadata(
    packet: tuple[Path, object, list[bytes]],
) -> None:
    path, _, scans = packet
    streams = dct_streams(path)
    assert sorted(scan_data(s) for s in streams) == sorted(scan_data(s) for s in scans)
    for stream in streams:
        assert metadata_markers(stream) == []
        assert b"FictionalCam" not in stream and b"FICTIONAL-XMP" not in stream
        assert b"FICTIONAL-COMMENT" not in stream


def test_packet_metadata_is_only_title_and_creator(
    packet: tuple[Path, object, list[bytes]],
) -> None:
    path, _, _ = packet
    with pikepdf.open(path) as pdf:
        assert set(pdf.docinfo.keys()) == {"/Title", "/Creator"}
        assert str(pdf.docinfo.Creator) == "Second Opinion Organizer"
        assert PATIENT not in str(pdf.docinfo.Title)
        assert "/Metadata" not in pdf.Root
    raw = path.read_bytes()
    for leak in (b"ReportLab", b"reportlab", b"pikepdf", b"img2pdf", b"Fictional Clinic", b"/tmp/"):
        assert leak not in raw


def test_pages_keep_their_own_size_and_rotation(packet: tuple[Path, object, list[bytes]]) -> None:
    path, _, _ = packet
    with pikepdf.open(path) as pdf:
        sizes = [(round(float(p.mediabox[2])), round(float(p.mediabox[3]))) for p in pdf.pages]
        assert all("/Rotate" not in p.obj or int(p.obj.Rotate) == 0 for p in pdf.pages)
    assert sizes[0] == (612, 792)  # generated pages: Letter
    assert sizes[3] == (792, 612)  # the medication table is landscape
    assert sizes[4] == sizes[5] == (842, 595)  # landscape A4 plan
    assert sizes[6] == (612, 792)  # Letter biopsy report
    # 600 x 800 px scans at 150 dpi; the first turned a quarter: shown landscape.
    assert sizes[8] == (384, 288) and sizes[9] == (288, 384)
    assert sizes[10] == (612, 792)  # 850 x 1100 px at 100 dpi


@pytest.mark.parametrize("name", ["Зоя Иванова-Петрова", "Ζωή Παπαδοπούλου", "Zoë Ñúñez-Ørsted"])
def test_names_in_other_scripts_render_on_cover_and_band(tmp_path: Path, name: str) -> None:
    blobs = Blobs()
    content = base_content(name)
    content.documents = [
        document(
            Section.RESULTS, "Анализ крови", [pdf_part(blobs, text_pdf_bytes(1))], date(2026, 1, 2)
        )
    ]
    out = tmp_path / "p.pdf"
    build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    qpdf_check(out)
    texts = assert_band_on_every_page(out, 5, name=name)
    assert name in texts[0]
    assert "Анализ крови, 2 Jan 2026" in texts[4]


def test_empty_case_and_overlong_cover_text_still_make_a_valid_packet(tmp_path: Path) -> None:
    content = VaultContent()  # no name, no date of birth, no lists, no documents
    content.case.reason = "A fictional reason, told at length. " * 300
    out = tmp_path / "p.pdf"
    result = build_packet(content, Blobs().read, PacketOptions(prepared_on=PREPARED_ON), out)
    assert result.page_count == 2  # the cover stays one page; an empty contents page follows
    qpdf_check(out)
    texts = assert_band_on_every_page(out, 2, name="Name not given", born="date not given")
    assert "No pages besides this cover." in texts[0]

"""Email size for scanned PDFs: big page images shrink to about 150 ppi, nothing else changes."""

from __future__ import annotations

import io
import threading
import zlib
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Name

from organizer.core.errors import Cancelled
from organizer.core.model import Section, VaultContent
from organizer.core.packet import PacketOptions, build_packet
from organizer.core.packet.pdfshrink import effective_dpi, plain_image
from organizer.core.progress import CancelToken
from tests.core.packet.helpers import (
    PREPARED_ON,
    Blobs,
    assert_band_on_every_page,
    base_content,
    dct_streams,
    document,
    pdf_part,
    pdfinfo,
    qpdf_check,
    require_tool,
    run,
)
from tests.synthetic import (
    A4_300DPI,
    built_scan_pdf_bytes,
    colour_scan_jpeg_bytes,
    image_bytes,
    image_pdf_bytes,
    scan_jpeg_bytes,
)

FULL = PacketOptions(prepared_on=PREPARED_ON)
EMAIL = PacketOptions(prepared_on=PREPARED_ON, email_size=True)


def _gray_scan(seed: int) -> bytes:
    return image_bytes("JPEG", seed, A4_300DPI, mode="L", quality=85, dpi=(300, 300))


def _pdfimages(path: Path) -> list[dict[str, str]]:
    result = run(require_tool("pdfimages"), "-list", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = lines[0].split()
    return [dict(zip(header, line.split(), strict=False)) for line in lines[2:]]


def _build(
    content: VaultContent, blobs: Blobs, options: PacketOptions, path: Path, *, check: bool = True
) -> int:
    result = build_packet(content, blobs.read, options, path)
    if check:  # qpdf --check decodes JPEGs too: a damaged one in the source stays damaged
        qpdf_check(path)
    assert int(pdfinfo(path)["Pages"]) == result.page_count
    assert_band_on_every_page(path, result.page_count)
    return result.page_count


@pytest.fixture(scope="module")
def scanner_pdf() -> bytes:
    """Four A4 300 dpi pages as a scanner makes them: grey paper (stored RGB), a true
    grayscale scan, a page where colour matters, and grey paper again."""
    return image_pdf_bytes(
        [scan_jpeg_bytes(1), _gray_scan(2), colour_scan_jpeg_bytes(3), scan_jpeg_bytes(4)]
    )


def test_a_scanner_pdf_shrinks_to_about_150_ppi(scanner_pdf: bytes, tmp_path: Path) -> None:
    blobs = Blobs()
    content = base_content()
    content.documents = [document(Section.RESULTS, "Scanned", [pdf_part(blobs, scanner_pdf)])]
    full, small = tmp_path / "full.pdf", tmp_path / "small.pdf"
    pages = _build(content, blobs, FULL, full)
    assert _build(content, blobs, EMAIL, small) == pages

    assert small.stat().st_size * 3 < full.stat().st_size
    before = _pdfimages(full)
    after = _pdfimages(small)
    assert len(after) == len(before) == 4
    for image in before:
        assert float(image["x-ppi"]) > 290  # the originals really were 300 dpi
    for image in after:
        assert 140 <= float(image["x-ppi"]) <= 160, image
        assert 140 <= float(image["y-ppi"]) <= 160, image
        assert image["enc"] == "jpeg" and image["bpc"] == "8"
    # Grey paper goes grey, a grayscale scan stays grey, colour that matters stays colour.
    assert [image["color"] for image in after] == ["gray", "gray", "rgb", "gray"]


def test_email_size_of_a_scanner_pdf_is_deterministic(scanner_pdf: bytes, tmp_path: Path) -> None:
    blobs = Blobs()
    content = base_content()
    content.documents = [document(Section.RESULTS, "Scanned", [pdf_part(blobs, scanner_pdf)])]
    first = build_packet(content, blobs.read, EMAIL, tmp_path / "a.pdf")
    second = build_packet(content, blobs.read, EMAIL, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert first.sha256_unencrypted == second.sha256_unencrypted


def test_full_quality_keeps_the_scanned_pdfs_images_unchanged(
    scanner_pdf: bytes, tmp_path: Path
) -> None:
    blobs = Blobs()
    content = base_content()
    content.documents = [document(Section.RESULTS, "Scanned", [pdf_part(blobs, scanner_pdf)])]
    before = build_packet(content, blobs.read, FULL, tmp_path / "before.pdf")
    build_packet(content, blobs.read, EMAIL, tmp_path / "email.pdf")
    after = build_packet(content, blobs.read, FULL, tmp_path / "after.pdf")
    # An email-size packet in between changes nothing for the next full-quality one...
    assert (tmp_path / "before.pdf").read_bytes() == (tmp_path / "after.pdf").read_bytes()
    assert before.sha256_unencrypted == after.sha256_unencrypted
    # ...and full quality embeds the scanner's JPEGs byte for byte.
    with pikepdf.open(io.BytesIO(scanner_pdf)) as source:
        originals = sorted(img.read_raw_bytes() for img in _images(source))
    assert sorted(dct_streams(tmp_path / "before.pdf")) == originals


def _images(pdf: pikepdf.Pdf) -> list[pikepdf.Stream]:
    return [
        obj
        for obj in pdf.objects
        if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == Name.Image
    ]


def test_logos_masked_images_and_shared_images(tmp_path: Path) -> None:
    source = built_scan_pdf_bytes(scan_jpeg_bytes(5), _gray_scan(6))
    blobs = Blobs()
    content = base_content()
    content.documents = [document(Section.RESULTS, "Odd scanner", [pdf_part(blobs, source)])]
    small = tmp_path / "small.pdf"
    _build(content, blobs, EMAIL, small)

    rows = _pdfimages(small)
    scans = [r for r in rows if r["type"] == "image" and r["width"] == "1240"]
    # The scan drawn on page 1 and (inside nested forms) on page 2 is one object, converted once.
    assert len(scans) == 2 and scans[0]["object"] == scans[1]["object"]
    assert all(140 <= float(r["x-ppi"]) <= 160 for r in scans)
    with pikepdf.open(io.BytesIO(source)) as original, pikepdf.open(small) as packet:
        before = _images(original)
        after = _images(packet)
        logo = [i for i in after if (i.Width, i.Height) == (150, 60)]
        original_logo = [i for i in before if (i.Width, i.Height) == (150, 60)]
        # The small logo: same pixels, same encoding.
        assert len(logo) == 1 and logo[0].Filter == Name.FlateDecode
        assert logo[0].read_bytes() == original_logo[0].read_bytes()
        # The image with a soft mask (and its mask) stay exactly as they were.
        masked = [i for i in after if "/SMask" in i]
        original_masked = [i for i in before if "/SMask" in i]
        assert len(masked) == 1
        assert masked[0].read_raw_bytes() == original_masked[0].read_raw_bytes()
        assert (masked[0].Width, masked[0].Height) == A4_300DPI
        assert masked[0].SMask.read_bytes() == original_masked[0].SMask.read_bytes()
        assert len(after) == 4  # the shared scan, the logo, the masked image and its mask


def test_a_flate_scan_with_a_predictor_becomes_a_plain_jpeg(tmp_path: Path) -> None:
    # A portal's PDF of a PNG scan: Flate with PNG predictors (/DecodeParms), half an A4 page.
    png = image_bytes("PNG", 7, (1240, 1754), mode="L", dpi=(300, 300))
    source = image_pdf_bytes([png])
    with pikepdf.open(io.BytesIO(source)) as pdf:
        (image,) = _images(pdf)
        assert image.Filter == Name.FlateDecode and "/DecodeParms" in image
    blobs = Blobs()
    content = base_content()
    content.documents = [document(Section.RESULTS, "Portal scan", [pdf_part(blobs, source)])]
    small = tmp_path / "small.pdf"
    _build(content, blobs, EMAIL, small)
    (row,) = _pdfimages(small)
    assert row["enc"] == "jpeg" and row["color"] == "gray"
    assert 140 <= float(row["x-ppi"]) <= 160
    with pikepdf.open(small) as pdf:
        (image,) = _images(pdf)
        assert image.Filter == Name.DCTDecode and "/DecodeParms" not in image
        assert image.ColorSpace == Name.DeviceGray and image.BitsPerComponent == 8


def test_cancel_while_scanned_pdfs_shrink_leaves_no_threads(
    scanner_pdf: bytes, tmp_path: Path
) -> None:
    blobs = Blobs()
    content = base_content()
    content.documents = [
        document(Section.RESULTS, f"Scanned {n}", [pdf_part(blobs, scanner_pdf)]) for n in range(2)
    ]
    token = CancelToken()

    def progress(done: int, total: int, what: str) -> None:
        if what == "Scanned 1":  # the first PDF's images are being converted now
            token.cancel()

    with pytest.raises(Cancelled):
        build_packet(content, blobs.read, EMAIL, tmp_path / "p.pdf", progress, token)
    assert list(tmp_path.iterdir()) == []
    assert not [t for t in threading.enumerate() if t.name.startswith("email-size")]


def test_a_landscape_scan_turned_onto_a_portrait_page_counts_right() -> None:
    a4 = (8.27, 11.69)
    assert effective_dpi((2480, 3508), a4) == pytest.approx(300, abs=1)
    assert effective_dpi((3508, 2480), a4) == pytest.approx(300, abs=1)
    # A strip across the page is judged by its width, never sharper than it is.
    assert effective_dpi((2480, 300), a4) == pytest.approx(212, abs=1)


@pytest.mark.parametrize(
    ("changes", "plain"),
    [
        ({}, True),
        ({"/Filter": pikepdf.Array([Name.FlateDecode])}, True),
        ({"/ColorSpace": Name.DeviceGray}, True),
        ({"/ColorSpace": Name.DeviceCMYK}, False),
        ({"/ColorSpace": pikepdf.Array([Name.ICCBased, pikepdf.Dictionary(N=3)])}, False),
        ({"/ColorSpace": pikepdf.Array([Name.Indexed, Name.DeviceRGB, 1, b"\0\0\0\1\1\1"])}, False),
        ({"/BitsPerComponent": 16}, False),
        ({"/BitsPerComponent": 1}, False),
        ({"/Decode": pikepdf.Array([1, 0, 1, 0, 1, 0])}, False),
        ({"/ImageMask": True}, False),
        ({"/Filter": Name.JPXDecode}, False),
        ({"/Filter": pikepdf.Array([Name.ASCIIHexDecode, Name.FlateDecode])}, False),
    ],
)
def test_only_plain_8_bit_gray_or_rgb_images_are_converted(
    changes: dict[str, object], plain: bool
) -> None:
    with pikepdf.new() as pdf:
        image = pdf.make_stream(
            zlib.compress(b"\x80" * 12),
            Type=Name.XObject,
            Subtype=Name.Image,
            Width=2,
            Height=2,
            ColorSpace=Name.DeviceRGB,
            BitsPerComponent=8,
            Filter=Name.FlateDecode,
        )
        for key, value in changes.items():
            image[key] = value
        assert plain_image(image) is plain


def test_a_damaged_scan_inside_a_pdf_is_kept_as_it_is(tmp_path: Path) -> None:
    with pikepdf.open(io.BytesIO(image_pdf_bytes([scan_jpeg_bytes(8), scan_jpeg_bytes(9)]))) as pdf:
        first = min(_images(pdf), key=lambda image: image.objgen)
        damaged = first.read_raw_bytes()[: len(first.read_raw_bytes()) // 2]  # cut off mid-scan
        first.write(damaged, filter=Name.DCTDecode)
        buf = io.BytesIO()
        pdf.save(buf)
    blobs = Blobs()
    content = base_content()
    content.documents = [document(Section.RESULTS, "Half", [pdf_part(blobs, buf.getvalue())])]
    small = tmp_path / "small.pdf"
    _build(content, blobs, EMAIL, small, check=False)
    assert damaged in dct_streams(small)  # not lost, not "repaired": as the original has it
    widths = sorted(row["width"] for row in _pdfimages(small))
    assert widths == ["1240", "2480"]  # the good page was still made smaller

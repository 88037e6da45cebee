"""Picture sizes from JPEG and JPEG 2000 headers, and PDFs whose picture headers lie."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image

from organizer.core.ingest.codecheaders import jpeg_size, jpx_size
from organizer.core.ingest.errors import ImportRefused
from organizer.core.ingest.pdfs import inspect_pdf
from tests import synthetic


def _encoded(fmt: str, size: tuple[int, int], mode: str = "RGB", **options: object) -> bytes:
    out = io.BytesIO()
    synthetic.scan_image(size=size, mode=mode).save(out, fmt, **options)
    return out.getvalue()


@pytest.mark.parametrize(
    ("mode", "options"),
    [
        ("RGB", {}),
        ("L", {}),
        ("CMYK", {}),
        ("RGB", {"progressive": True}),
        ("RGB", {"exif": b"Exif\0\0" + b"\0" * 40_000, "icc_profile": b"\0" * 70_000}),
    ],
)
def test_jpeg_size_matches_pillow(mode: str, options: dict[str, object]) -> None:
    data = _encoded("JPEG", (333, 251), mode, **options)
    with Image.open(io.BytesIO(data)) as im:
        assert jpeg_size(data) == (*im.size, len(im.getbands()))


@pytest.mark.parametrize(("fmt", "mode"), [("JPEG2000", "RGB"), ("JPEG2000", "L")])
@pytest.mark.parametrize("codestream", [False, True])
def test_jpx_size_matches_pillow(fmt: str, mode: str, codestream: bool) -> None:
    options = {"no_jp2": True} if codestream else {}
    data = _encoded(fmt, (321, 203), mode, **options)
    assert data.startswith(b"\xff\x4f\xff\x51") == codestream
    with Image.open(io.BytesIO(data)) as im:
        assert jpx_size(data) == (*im.size, len(im.getbands()))


def test_not_a_picture_gives_no_size() -> None:
    assert jpeg_size(b"\xff\xd8\xff\xda\0\2") is None
    assert jpeg_size(b"not a jpeg") is None
    assert jpx_size(b"\0" * 100) is None


def _picture_pdf(data: bytes, codec: bytes, size: tuple[int, int]) -> bytes:
    return synthetic.stream_pdf_bytes(
        b"q 612 0 0 792 0 0 cm /Im0 Do Q",
        image=data,
        image_dict=b"/Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter %s"
        % (*size, codec),
    )


def test_a_jpeg_whose_header_claims_a_huge_size_is_refused() -> None:
    jpeg = _encoded("JPEG", (64, 64))
    assert inspect_pdf(_picture_pdf(jpeg, b"/DCTDecode", (64, 64)), None).page_count == 1
    sof = jpeg.find(b"\xff\xc0")
    big = bytearray(jpeg)
    big[sof + 5 : sof + 9] = struct.pack(">HH", 65500, 65500)
    # The dictionary still says 64 x 64; readers go by the header.
    with pytest.raises(ImportRefused, match="65,500 x 65,500 pixels"):
        inspect_pdf(_picture_pdf(bytes(big), b"/DCTDecode", (64, 64)), None)


def test_a_jpeg_2000_whose_header_claims_a_huge_size_is_refused() -> None:
    jpx = _encoded("JPEG2000", (64, 64))
    assert inspect_pdf(_picture_pdf(jpx, b"/JPXDecode", (64, 64)), None).page_count == 1
    siz = jpx.find(b"\xff\x4f\xff\x51")
    big = bytearray(jpx)
    big[siz + 8 : siz + 16] = struct.pack(">II", 200_000, 200_000)
    with pytest.raises(ImportRefused, match="200,000 x 200,000 pixels"):
        inspect_pdf(_picture_pdf(bytes(big), b"/JPXDecode", (64, 64)), None)

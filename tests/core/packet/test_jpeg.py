"""JPEG metadata segments go; what decoders need and the compressed data stay identical."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms

from organizer.core.packet.jpeg import NotAJpeg, metadata_markers, scan_data, strip_jpeg_metadata
from tests.synthetic import jpeg_with_metadata_bytes, scan_image


def test_exif_xmp_and_comments_are_removed_image_data_kept() -> None:
    original = jpeg_with_metadata_bytes(1, size=(200, 260))
    assert metadata_markers(original) == [0xE1, 0xFE, 0xE1]
    stripped = strip_jpeg_metadata(original)
    assert metadata_markers(stripped) == []
    assert scan_data(stripped) == scan_data(original)
    for leak in (b"FictionalCam", b"FICTIONAL-XMP", b"FICTIONAL-COMMENT", b"Exif"):
        assert leak not in stripped
    with Image.open(io.BytesIO(stripped)) as img, Image.open(io.BytesIO(original)) as ref:
        assert img.info["dpi"] == ref.info["dpi"]  # JFIF density stays
        assert img.tobytes() == ref.tobytes()


def test_icc_profile_and_adobe_segments_are_kept() -> None:
    buf = io.BytesIO()
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    scan_image(2, (120, 160)).save(buf, "JPEG", icc_profile=profile)
    stripped = strip_jpeg_metadata(buf.getvalue())
    with Image.open(io.BytesIO(stripped)) as img:
        assert img.info.get("icc_profile") == profile
    cmyk = io.BytesIO()
    scan_image(3, (60, 80)).convert("CMYK").save(cmyk, "JPEG")
    assert b"Adobe" in strip_jpeg_metadata(cmyk.getvalue())


@pytest.mark.parametrize(
    "bad", [b"", b"GIF89a", b"\xff\xd8\xff\xe1\x00", b"\xff\xd8\xff\xe0\x00\x10JF"]
)
def test_damaged_input_is_refused(bad: bytes) -> None:
    with pytest.raises(NotAJpeg):
        strip_jpeg_metadata(bad)

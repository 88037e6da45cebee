"""Email size: 60 scans fit in 15 MB at >= 150 ppi; grey paper goes grey, colour stays colour."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

from organizer.core.model import Section
from organizer.core.packet import PacketOptions, build_packet
from tests.core.packet.helpers import (
    PREPARED_ON,
    Blobs,
    assert_band_on_every_page,
    base_content,
    document,
    image_part,
    qpdf_check,
    require_tool,
    run,
)
from tests.synthetic import scan_image, scan_jpeg_bytes

SCANS = 60


def _colour_scan() -> bytes:
    img = scan_image(99, (2480, 3508))
    ImageDraw.Draw(img).rectangle((200, 200, 2200, 1400), fill=(200, 40, 60))  # a stained slide
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, dpi=(300, 300))
    return buf.getvalue()


def _pdfimages(path: Path) -> list[dict[str, str]]:
    result = run(require_tool("pdfimages"), "-list", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = lines[0].split()
    return [dict(zip(header, line.split(), strict=False)) for line in lines[2:]]


def test_sixty_scans_fit_an_email_and_stay_legible(tmp_path: Path) -> None:
    blobs = Blobs()
    content = base_content()
    # Six distinct A4 300 dpi scans (generating sixty would slow the suite), each used ten times.
    distinct = [scan_jpeg_bytes(seed) for seed in range(6)]
    content.documents = [
        document(Section.RESULTS, f"Scan {n}", [image_part(blobs, distinct[n % 6], f"s{n}.jpg")])
        for n in range(SCANS - 1)
    ]
    content.documents.append(
        document(Section.RESULTS, "Stained slide photo", [image_part(blobs, _colour_scan())])
    )
    full, small = tmp_path / "full.pdf", tmp_path / "small.pdf"
    full_result = build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), full)
    options = PacketOptions(prepared_on=PREPARED_ON, email_size=True)
    small_result = build_packet(content, blobs.read, options, small)

    assert full_result.size > 15_000_000  # the full-quality packet would not fit
    assert small_result.size <= 15_000_000
    assert small_result.source_size == full_result.source_size  # "before" figure for the user
    assert small_result.page_count == full_result.page_count
    qpdf_check(small)
    assert_band_on_every_page(small, small_result.page_count)

    images = _pdfimages(small)
    assert len(images) == SCANS
    for image in images:
        assert float(image["x-ppi"]) >= 150 and float(image["y-ppi"]) >= 150, image
        assert image["enc"] == "jpeg"
    colours = [image["color"] for image in images]
    assert colours.count("gray") == SCANS - 1 and colours.count("rgb") == 1
    # Pages keep their physical size (A4), whatever the resolution.
    with Image.open(io.BytesIO(distinct[0])) as original:
        assert original.size == (2480, 3508)

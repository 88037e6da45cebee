"""The band never covers the source: a full-bleed scan keeps every pixel, on any page shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

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
from tests.synthetic import full_bleed_jpeg_bytes

GREY = 128  # the scan's only colour; the band draws in black and light grey (0.7 -> 178)


def _render(path: Path, page: int, dpi: int = 72) -> Image.Image:
    tool = require_tool("pdftoppm")
    stem = path.with_name(f"page-{page}")
    args = ["-r", str(dpi), "-f", str(page), "-l", str(page), "-gray", "-png", "-singlefile"]
    result = run(tool, *args, str(path), str(stem))
    assert result.returncode == 0, result.stderr
    with Image.open(stem.with_suffix(".png")) as image:
        return image.convert("L")


@pytest.mark.parametrize(
    ("size", "rotation"),
    [((850, 1100), 0), ((1100, 850), 0), ((827, 1169), 90), ((850, 1100), 180)],
    ids=["letter-portrait", "letter-landscape", "a4-turned", "upside-down"],
)
def test_band_overlaps_no_source_pixel(
    tmp_path: Path, size: tuple[int, int], rotation: int
) -> None:
    blobs = Blobs()
    content = base_content()
    content.questions, content.medications = [], []
    scan = image_part(blobs, full_bleed_jpeg_bytes(size, GREY, dpi=100), dpi=(100, 100))
    content.documents = [document(Section.OTHER, "Full-bleed scan", [scan], rotations=[rotation])]
    out = tmp_path / "packet.pdf"
    build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    qpdf_check(out)
    assert_band_on_every_page(out, 3)  # cover, contents, the scan

    image = _render(out, 3)
    width, height = image.size
    expected = (size[1], size[0]) if rotation in (90, 270) else size
    assert abs(width / height - expected[0] / expected[1]) < 0.01  # the page keeps its shape
    pixels = image.load()

    def is_scan(x: int, y: int) -> bool:
        return abs(pixels[x, y] - GREY) <= 6

    # The scan's rows and columns: mostly its grey (band text has a few grey edge pixels).
    rows = [y for y in range(height) if sum(is_scan(x, y) for x in range(width)) > width / 2]
    cols = [x for x in range(width) if sum(is_scan(x, y) for y in range(height)) > height / 2]
    top, bottom, left, right = min(rows), max(rows), min(cols), max(cols)
    # The scan is a solid block: every pixel inside its box is still the scan's grey...
    inner = [pixels[x, y] for y in range(top + 1, bottom) for x in range(left + 1, right)]
    assert all(abs(value - GREY) <= 6 for value in inner)
    # ...it shrank only a little to make room...
    assert (bottom - top + 1) >= 0.95 * height
    # ...and all the band's ink lies below it.
    ink = [(x, y) for y in range(height) for x in range(width) if pixels[x, y] < 100]
    assert ink, "the band drew nothing"
    assert min(y for _, y in ink) > bottom

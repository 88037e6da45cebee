from __future__ import annotations

import io

import pytest
from PIL import Image

from organizer.core.ingest.errors import ImportRefused
from organizer.core.ingest.images import THUMBNAIL_SIZE, inspect_image
from organizer.core.ingest.sniff import sniff
from tests import synthetic

CAP = 89_000_000


def _inspect(data: bytes, cap: int = CAP):  # type: ignore[no-untyped-def]
    return inspect_image(data, sniff(data), cap)


def _thumb(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    assert img.format == "JPEG"
    return img


def test_a4_scan_at_300_dpi_is_one_a4_page_with_a_small_thumbnail() -> None:
    facts = _inspect(synthetic.scan_jpeg_bytes(dpi=300))
    assert facts.page_count == 1
    assert facts.dpi == (300.0, 300.0)
    w, h = facts.page_sizes[0]
    assert w == pytest.approx(595.2, abs=1) and h == pytest.approx(841.9, abs=1)
    thumb = _thumb(facts.thumbnail)
    assert max(thumb.size) == THUMBNAIL_SIZE
    assert thumb.size[0] < thumb.size[1]  # portrait stays portrait


@pytest.mark.parametrize("compression", ["group4", "tiff_lzw", "packbits"])
def test_multi_page_tiffs_count_every_page(compression: str) -> None:
    facts = _inspect(synthetic.tiff_bytes(pages=3, compression=compression, dpi=100))
    assert facts.page_count == 3
    assert facts.page_sizes == [(612.0, 792.0)] * 3  # 850 x 1100 px at 100 dpi = US letter
    assert max(_thumb(facts.thumbnail).size) == THUMBNAIL_SIZE


@pytest.mark.parametrize(
    ("orientation", "rotation"), [(1, 0), (3, 180), (6, 90), (8, 270), (2, 0), (5, 90)]
)
def test_exif_orientation_becomes_rotation_metadata(orientation: int, rotation: int) -> None:
    facts = _inspect(synthetic.exif_jpeg_bytes(orientation, size=(600, 400)))
    assert facts.exif_rotation == rotation
    # Sizes are of the page as stored (landscape); the thumbnail is shown upright.
    assert facts.page_sizes[0][0] > facts.page_sizes[0][1]
    upright_portrait = orientation in (5, 6, 7, 8)
    thumb = _thumb(facts.thumbnail)
    assert (thumb.size[1] > thumb.size[0]) == upright_portrait
    assert bool(facts.notes) == (orientation in (2, 4, 5, 7))  # mirrored ones are noted


def test_heic_photo_is_accepted_and_sized_to_a_page() -> None:
    facts = _inspect(synthetic.heic_bytes(size=(600, 800)))
    assert facts.page_count == 1
    assert facts.dpi is None  # phones record none: the page is fitted to A4 instead
    assert facts.page_sizes[0][0] == pytest.approx(595.28, abs=0.5)
    assert max(_thumb(facts.thumbnail).size) == THUMBNAIL_SIZE


@pytest.mark.parametrize(
    ("fmt", "mode"),
    [
        ("PNG", "RGBA"),
        ("PNG", "I;16"),
        ("PNG", "1"),
        ("WEBP", "RGB"),
        ("BMP", "RGB"),
        ("GIF", "P"),
        ("JPEG", "CMYK"),
        ("TIFF", "RGB"),
    ],
)
def test_every_format_and_mode_gives_a_viewable_thumbnail(fmt: str, mode: str) -> None:
    facts = _inspect(synthetic.image_bytes(fmt, size=(300, 400), mode=mode))
    thumb = _thumb(facts.thumbnail)
    assert thumb.mode in ("RGB", "L")
    assert thumb.size == (192, 256)
    # Not a blank thumbnail: some ink from the page shows.
    assert thumb.convert("L").getextrema()[0] < 200


def test_truncated_jpeg_is_refused() -> None:
    data = synthetic.scan_jpeg_bytes(size=(800, 1000))
    with pytest.raises(ImportRefused, match="damaged or incomplete"):
        _inspect(data[: len(data) * 2 // 3])


def test_truncated_png_is_refused() -> None:
    data = synthetic.image_bytes("PNG", size=(400, 500))
    with pytest.raises(ImportRefused, match="damaged or incomplete"):
        _inspect(data[: len(data) // 2])


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_truncated_later_tiff_page_is_refused() -> None:
    data = synthetic.tiff_bytes(pages=3, compression="tiff_lzw", size=(300, 400))
    with pytest.raises(ImportRefused):
        _inspect(data[: len(data) - 2000])


def test_decompression_bomb_is_refused_before_decoding() -> None:
    with pytest.raises(ImportRefused, match="too large to open safely"):
        _inspect(synthetic.png_bomb_bytes(50_000, 50_000))


def test_pixel_cap_is_a_setting() -> None:
    data = synthetic.image_bytes("PNG", size=(300, 400))
    with pytest.raises(ImportRefused, match=r"300 x 400 pixels"):
        _inspect(data, cap=100_000)
    assert _inspect(data, cap=120_000).page_count == 1


def test_postscript_named_jpg_never_reaches_pillows_eps_plugin() -> None:
    with pytest.raises(ImportRefused, match="PostScript"):
        sniff(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n")


def test_heic_orientation_is_applied_by_the_decoder_so_no_extra_rotation() -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    synthetic.scan_image(1, size=(600, 400)).save(buf, "HEIF", exif=exif.tobytes(), quality=50)
    facts = _inspect(buf.getvalue())
    assert facts.exif_rotation == 0  # HEIF stores the turn itself; decoding gives it upright
    assert facts.page_sizes[0][1] > facts.page_sizes[0][0]
    assert _thumb(facts.thumbnail).size == (171, 256)


def test_animated_gif_is_one_page_with_a_note() -> None:
    frames = [synthetic.scan_image(n, size=(120, 160)).convert("P") for n in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:])
    facts = _inspect(buf.getvalue())
    assert facts.page_count == 1
    assert any("several frames" in n for n in facts.notes)


def test_avif_photo_is_accepted_where_pillow_reads_it() -> None:
    Image.init()
    if "AVIF" not in Image.SAVE:
        pytest.skip("this Pillow has no AVIF support")
    data = synthetic.image_bytes("AVIF", size=(200, 300))
    assert sniff(data).media_type == "image/avif"
    assert _inspect(data).page_count == 1

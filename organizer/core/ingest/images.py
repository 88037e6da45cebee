"""Checking a picture and making its thumbnail, from memory, without re-encoding the original.

Pillow only ever tries the format the sniffer found (an EPS disguised as .jpg is never handed
to the EPS plugin, which would run Ghostscript). Every page is decoded once, which is how a
truncated or corrupt file is caught; JPEGs decode at reduced scale (``draft``) for speed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pillow_heif
from PIL import Image

from organizer.core.ingest.errors import ImportRefused
from organizer.core.ingest.sniff import Kind, Sniffed

pillow_heif.register_heif_opener()

THUMBNAIL_SIZE = 256
THUMBNAIL_QUALITY = 80
MAX_TIFF_PAGES = 2000
# A4 in points, used to give a size to pictures that carry no resolution (phone photos).
_A4_POINTS = (595.28, 841.89)
_PLAUSIBLE_DPI = (50.0, 4800.0)

# EXIF orientation -> (clockwise rotation to show it upright, stored mirrored?).
_ORIENTATION = {
    1: (0, False),
    2: (0, True),
    3: (180, False),
    4: (180, True),
    5: (90, True),
    6: (90, False),
    7: (270, True),
    8: (270, False),
}
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass
class ImageFacts:
    page_count: int
    page_sizes: list[tuple[float, float]]
    exif_rotation: int
    dpi: tuple[float, float] | None
    thumbnail: bytes
    notes: list[str] = field(default_factory=list)


def inspect_image(data: bytes, sniffed: Sniffed, max_pixels: int) -> ImageFacts:
    """Check every page of the picture and make a first-page thumbnail (upright, JPEG)."""
    try:
        return _inspect(data, sniffed, max_pixels)
    except ImportRefused:
        raise
    except Image.DecompressionBombError:
        raise _too_many_pixels(None) from None
    except MemoryError:
        raise _too_many_pixels(None) from None
    except Exception:  # any decoder failure on untrusted bytes means "damaged"
        raise ImportRefused(
            f"This file looks like {sniffed.label} but it could not be read: it seems damaged "
            "or incomplete (cut off while copying or downloading?). Try copying it again."
        ) from None


def _inspect(data: bytes, sniffed: Sniffed, max_pixels: int) -> ImageFacts:
    Image.init()  # loads Pillow's plugins, so OPEN lists every format it can read
    if sniffed.kind is Kind.AVIF and "AVIF" not in Image.OPEN:
        raise ImportRefused("AVIF pictures cannot be read on this computer. Save it as JPEG first.")
    notes: list[str] = []
    with Image.open(io.BytesIO(data), formats=[sniffed.pillow_format]) as im:
        frames = getattr(im, "n_frames", 1) if sniffed.kind is Kind.TIFF else 1
        if frames > MAX_TIFF_PAGES:
            raise ImportRefused(
                f"This TIFF has {frames} pages; the app takes at most {MAX_TIFF_PAGES}."
            )
        # is_animated looks for a second frame only; n_frames would walk all of them.
        if sniffed.kind is not Kind.TIFF and getattr(im, "is_animated", False):
            notes.append("This picture holds several frames; only the first one is used.")
        orientation = _orientation(im)
        rotation, mirrored = _ORIENTATION.get(orientation, (0, False))
        if mirrored:
            notes.append("The camera stored this picture mirrored; it is shown as stored.")
        dpi = _dpi(im)
        sizes: list[tuple[float, float]] = []
        thumbnail = b""
        for index in range(frames):
            if index:
                im.seek(index)
            _check_pixels(im.size, max_pixels)
            sizes.append(_page_points(im.size, dpi if index == 0 else _dpi(im)))
            if index == 0:
                thumbnail = _thumbnail(im, sniffed, orientation)
            else:
                im.load()
    return ImageFacts(frames, sizes, rotation, dpi, thumbnail, notes)


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(0x0112, 1)
    except Exception:  # a malformed EXIF block is not worth refusing the picture for
        return 1
    return value if isinstance(value, int) and value in _ORIENTATION else 1


def _dpi(im: Image.Image) -> tuple[float, float] | None:
    value = im.info.get("dpi")
    try:
        x, y = float(value[0]), float(value[1])  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return None
    low, high = _PLAUSIBLE_DPI
    if low <= x <= high and low <= y <= high:
        return (round(x, 2), round(y, 2))
    return None


def _page_points(size: tuple[int, int], dpi: tuple[float, float] | None) -> tuple[float, float]:
    """The page size in PDF points: from the resolution, or fitted to A4 when there is none."""
    w, h = size
    if dpi is not None:
        return (round(w * 72.0 / dpi[0], 2), round(h * 72.0 / dpi[1], 2))
    page_w, page_h = _A4_POINTS if h >= w else (_A4_POINTS[1], _A4_POINTS[0])
    scale = min(page_w / w, page_h / h)
    return (round(w * scale, 2), round(h * scale, 2))


def _check_pixels(size: tuple[int, int], max_pixels: int) -> None:
    if size[0] * size[1] > max_pixels:
        raise _too_many_pixels(size)


def _too_many_pixels(size: tuple[int, int] | None) -> ImportRefused:
    dims = f" ({size[0]} x {size[1]} pixels)" if size else ""
    return ImportRefused(
        f"This picture is too large to open safely{dims}: it may be damaged or made to crash "
        "programs. If it is a real scan, scan it again at 300 dpi."
    )


def _thumbnail(im: Image.Image, sniffed: Sniffed, orientation: int) -> bytes:
    if sniffed.kind is Kind.JPEG:
        # Decode at 1/2, 1/4 or 1/8 scale: the whole stream is still read, so damage shows.
        im.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE))
    im.load()
    w, h = im.size
    scale = min(1.0, THUMBNAIL_SIZE / max(w, h))
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    # Pillow's bilinear resize filters over the whole source area (no aliasing) and costs a
    # third of thumbnail()'s bicubic path, which matters at 60 scans a second.
    # Converted first: Pillow resizes bilevel and palette pictures by nearest neighbour only,
    # which would drop the thin lines of a faxed page.
    page = _displayable(im)
    small = page.resize(size, Image.Resampling.BILINEAR) if scale < 1 else page.copy()
    if orientation in _TRANSPOSE:
        small = small.transpose(_TRANSPOSE[orientation])
    out = io.BytesIO()
    small.save(out, "JPEG", quality=THUMBNAIL_QUALITY)
    return out.getvalue()


def _displayable(im: Image.Image) -> Image.Image:
    """RGB or grayscale, transparency flattened onto white paper."""
    if im.mode in ("RGB", "L"):
        return im
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        return im.convert("I").point(lambda v: v / 256).convert("L")
    if im.mode == "1":
        return im.convert("L")
    if im.mode == "P" and "transparency" in im.info:
        im = im.convert("RGBA")
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = im.convert("RGBA")
        paper = Image.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return im.convert("RGB")

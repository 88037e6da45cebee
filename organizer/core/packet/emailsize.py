""" "Email size": scans downsampled to about 150 dpi, grayscale unless colour matters, as JPEG."""

from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PIL import Image

TARGET_DPI = 150.0
JPEG_QUALITY = 60
# Pixels whose channels differ by more than this count as coloured...
_CHROMA_THRESHOLD = 40
# ...and colour matters when more than this share of a small preview is coloured.
_COLOUR_SHARE = 0.01
# What img2pdf assumes for an image that states no resolution (keeps page sizes consistent).
_DEFAULT_DPI = 96.0


@dataclass(frozen=True)
class SmallerScan:
    data: bytes  # a baseline JPEG, 8 bits per channel
    dpi: tuple[float, float]
    size: tuple[int, int]  # pixels
    gray: bool  # one channel (DeviceGray) rather than RGB


def colour_matters(img: Image.Image) -> bool:
    """True when the image has real colour (a stained slide, a coloured chart), not grey paper."""
    if img.mode in ("1", "L", "LA", "I", "F"):
        return False
    preview = img.convert("RGB")
    preview.thumbnail((96, 96))
    data = preview.tobytes()
    triples = zip(data[0::3], data[1::3], data[2::3], strict=True)
    coloured = sum(1 for rgb in triples if max(rgb) - min(rgb) > _CHROMA_THRESHOLD)
    return coloured > _COLOUR_SHARE * (len(data) // 3)


def downsample_scan(data: bytes, dpi: tuple[float, float] | None) -> SmallerScan | None:
    """A smaller JPEG of a single-frame scan at >= 150 dpi, or None when nothing is gained."""
    with Image.open(io.BytesIO(data)) as img:
        if getattr(img, "n_frames", 1) != 1:
            return None
        return shrink_image(img, dpi or _image_dpi(img))


def shrink_image(img: Image.Image, source_dpi: tuple[float, float]) -> SmallerScan | None:
    """The picture resized to >= 150 dpi, grey unless colour matters, as a quality-60 JPEG.

    None when it is already about 150 dpi or less. ``img`` may still be undecoded (a JPEG is
    then decoded at a reduced size directly, which is much quicker); the caller closes it.
    Shared by image scans and by the images inside scanned PDFs.
    """
    width, height = img.size
    scale = TARGET_DPI / min(source_dpi)
    if scale >= 0.95:
        return None  # already about 150 dpi or less
    # Round up so neither axis drops below 150 dpi.
    size = (math.ceil(width * scale), math.ceil(height * scale))
    img.draft("RGB" if img.mode not in ("1", "L") else "L", size)  # fast JPEG decode
    mode = "RGB" if colour_matters(img) else "L"
    picture = img.convert(mode)
    if picture.size != size:
        picture = picture.resize(size, Image.Resampling.LANCZOS)
    new_dpi = (source_dpi[0] * size[0] / width, source_dpi[1] * size[1] / height)
    buf = io.BytesIO()
    picture.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True, dpi=new_dpi)
    return SmallerScan(buf.getvalue(), new_dpi, size, gray=mode == "L")


def _image_dpi(img: Image.Image) -> tuple[float, float]:
    value = img.info.get("dpi")
    if isinstance(value, tuple) and len(value) == 2 and min(value) > 0:
        return (float(value[0]), float(value[1]))
    return (_DEFAULT_DPI, _DEFAULT_DPI)


def downsample_all(
    items: Iterable[tuple[str, bytes, tuple[float, float] | None]],
    check: Callable[[], None],
) -> dict[str, SmallerScan | None]:
    """``downsample_scan`` for many scans at once, on every core (Pillow releases the GIL)."""
    work = list(items)
    workers = max(1, min(4, os.cpu_count() or 1, len(work)))
    results: dict[str, SmallerScan | None] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="email-size") as pool:
        futures = {key: pool.submit(downsample_scan, data, dpi) for key, data, dpi in work}
        try:
            for key, future in futures.items():
                check()
                results[key] = future.result()
        finally:
            for future in futures.values():
                future.cancel()
    return results

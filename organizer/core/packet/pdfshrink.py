""" "Email size" for scanned PDFs: the big images inside source PDFs, made smaller like scans.

Only plain 8-bit DeviceGray/DeviceRGB images stored as JPEG (DCT) or Flate are converted, and
only those shown above about 200 dpi that are not small (logos, icons). Anything with a mask,
a /Decode array, another colour space or bit depth stays exactly as it is. A converted image is
written into its own stream object, so every page and form that draws it gets the smaller one.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import pikepdf
from pikepdf import Name, Page, PdfImage
from PIL import Image

from organizer.core.packet.emailsize import SmallerScan, shrink_image

# Images shown at or below this many dots per inch are left alone: not worth a generation loss.
MIN_DPI = 200.0
# Images smaller than this on both sides (logos, icons, signatures) are left alone.
SMALL_SIDE = 200
# Larger images (Pillow's decompression-bomb threshold, an A4 page at 900 dpi) stay as they are.
MAX_PIXELS = 89_478_485
_POINTS_PER_INCH = 72.0
_FILTERS = (Name.DCTDecode, Name.FlateDecode)
_COLOUR_SPACES = (Name.DeviceGray, Name.DeviceRGB)
# Any of these makes an image more than plain pixels: leave it exactly as it is.
_KEEP_KEYS = ("/SMask", "/Mask", "/ImageMask", "/Decode", "/SMaskInData", "/Alternates")


@dataclass
class _Image:
    stream: pikepdf.Stream
    dpi: float  # the lowest effective resolution over the pages that draw it


def effective_dpi(pixels: tuple[int, int], page_inches: tuple[float, float]) -> float:
    """How sharp an image is shown, judged against the page it is drawn on.

    Long side against long side and short against short (a landscape scan turned onto a
    portrait page counts right); the larger of the two. An image drawn inside the page never
    counts sharper than it really is, so making it 150 dpi by this figure never leaves it
    below 150 dpi as shown.
    """
    long_px, short_px = max(pixels), min(pixels)
    long_in, short_in = max(page_inches), min(page_inches)
    return max(long_px / long_in, short_px / short_in)


def plain_image(stream: pikepdf.Stream) -> bool:
    """True for an image this module may convert: 8-bit Gray/RGB, DCT or Flate, nothing else."""
    if stream.get("/Subtype") != Name.Image or any(key in stream for key in _KEEP_KEYS):
        return False
    if stream.get("/BitsPerComponent") != 8 or stream.get("/ColorSpace") not in _COLOUR_SPACES:
        return False
    filters = stream.get("/Filter")
    if isinstance(filters, pikepdf.Array):
        filters = filters[0] if len(filters) == 1 else None
    return filters in _FILTERS


def big_images(pages: list[Page]) -> list[_Image]:
    """The images these pages draw (directly or in forms) that are worth making smaller."""
    found: dict[tuple[int, int], _Image] = {}
    for page in pages:
        box = page.cropbox
        inches = (
            abs(float(box[2]) - float(box[0])) / _POINTS_PER_INCH,
            abs(float(box[3]) - float(box[1])) / _POINTS_PER_INCH,
        )
        if min(inches) <= 0:
            continue
        for stream in _drawn_images(page.resources, set()):
            width, height = stream.get("/Width"), stream.get("/Height")
            if not (isinstance(width, int) and isinstance(height, int)):
                continue
            if min(width, height) <= 0 or max(width, height) < SMALL_SIDE:
                continue
            if width * height > MAX_PIXELS:
                continue
            if not plain_image(stream):
                continue
            dpi = effective_dpi((width, height), inches)
            known = found.get(stream.objgen)
            if known is None:
                found[stream.objgen] = _Image(stream, dpi)
            else:
                known.dpi = min(known.dpi, dpi)
    return [image for image in found.values() if image.dpi > MIN_DPI]


def _drawn_images(resources: object, seen: set[tuple[int, int]]) -> Iterator[pikepdf.Stream]:
    if not isinstance(resources, pikepdf.Dictionary):
        return
    xobjects = resources.get("/XObject")
    if not isinstance(xobjects, pikepdf.Dictionary):
        return
    for key in sorted(xobjects.keys()):
        xobj = xobjects[key]
        if not isinstance(xobj, pikepdf.Stream) or xobj.objgen in seen:
            continue
        seen.add(xobj.objgen)
        if xobj.get("/Subtype") == Name.Image:
            yield xobj
        elif xobj.get("/Subtype") == Name.Form:
            yield from _drawn_images(xobj.get("/Resources"), seen)


def _shrink(picture: Image.Image, dpi: float) -> SmallerScan | None:
    with picture:
        if picture.mode not in ("L", "RGB"):
            return None  # not what the dictionary promised: leave it
        return shrink_image(picture, (dpi, dpi))


def replace_image(stream: pikepdf.Stream, smaller: SmallerScan) -> None:
    """Put the smaller JPEG into the image's own stream object, with a matching dictionary."""
    stream.write(smaller.data, filter=Name.DCTDecode)
    if "/DecodeParms" in stream:
        del stream["/DecodeParms"]
    stream.Width, stream.Height = smaller.size
    stream.ColorSpace = Name.DeviceGray if smaller.gray else Name.DeviceRGB
    stream.BitsPerComponent = 8


class PdfImageShrinker:
    """Makes the big images of source PDFs smaller, on worker threads, a few at a time.

    ``add`` hands in a source PDF's pages as each document is opened; the pixels are decoded
    and encoded on up to four threads (Pillow releases the GIL) while the next documents open.
    At most ``workers + 2`` images are in flight (a JPEG waits as its compressed bytes, a
    Flate image decoded), so memory stays bounded however many scans the packet holds. Only
    this (the calling) thread touches the PDFs: results are written back in the order the
    images were found, so the same input gives the same bytes.
    """

    def __init__(self, check: Callable[[], None]) -> None:
        self._check = check
        self._workers = max(1, min(4, os.cpu_count() or 1))
        self._window = self._workers + 2
        self._pool: ThreadPoolExecutor | None = None
        self._pending: deque[tuple[pikepdf.Stream, Future[SmallerScan | None]]] = deque()
        self.converted = 0

    def __enter__(self) -> PdfImageShrinker:
        self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="email-size-pdf")
        return self

    def __exit__(self, *exc: object) -> None:
        for _, future in self._pending:
            future.cancel()
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def add(self, pages: list[Page]) -> None:
        assert self._pool is not None, "use PdfImageShrinker as a context manager"
        for image in big_images(pages):
            self._check()
            try:
                # Lazy for JPEG: the compressed bytes only; decoding happens on the worker.
                picture = PdfImage(image.stream).as_pil_image(
                    apply_decode_array=False, apply_mask=False
                )
            except (pikepdf.PikepdfError, NotImplementedError, ValueError, OSError):
                continue  # an image pikepdf cannot read stays as it is
            self._pending.append((image.stream, self._pool.submit(_shrink, picture, image.dpi)))
            while len(self._pending) > self._window:
                self._finish_one()

    def finish(self) -> None:
        """Write back every image still in flight."""
        while self._pending:
            self._finish_one()

    def _finish_one(self) -> None:
        self._check()
        stream, future = self._pending.popleft()
        try:
            smaller = future.result()
        except (OSError, ValueError, Image.DecompressionBombError):
            return  # damaged image data: leave it as the original has it
        if smaller is not None and len(smaller.data) < _stored_size(stream):
            replace_image(stream, smaller)
            self.converted += 1


def _stored_size(stream: pikepdf.Stream) -> int:
    length = stream.get("/Length")
    return length if isinstance(length, int) else len(stream.read_raw_bytes())

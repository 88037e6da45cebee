"""Remove metadata segments from a JPEG without touching its compressed image data.

EXIF (camera, GPS, dates), XMP, IPTC/Photoshop blocks, JFXX thumbnails and comments are dropped;
what a decoder needs stays byte for byte: JFIF density, ICC colour profile, Adobe colour
transform, tables, frame and scan headers, and the entropy-coded data.
"""

from __future__ import annotations

from collections.abc import Iterator

_SOI = b"\xff\xd8"
_SOS = 0xDA
_COM = 0xFE
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM, RSTn: markers without a length


class NotAJpeg(ValueError):
    """The bytes are not a JPEG this code can read."""


def _keep_app(marker: int, payload: bytes) -> bool:
    if marker == 0xE0:
        return payload.startswith(b"JFIF\x00")  # JFXX carries a thumbnail
    if marker == 0xE2:
        return payload.startswith(b"ICC_PROFILE\x00")
    if marker == 0xEE:
        return payload.startswith(b"Adobe")
    return False


def _segments(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(marker, start, end) of each header segment; the last one (SOS) runs to the end."""
    if not data.startswith(_SOI):
        raise NotAJpeg("not a JPEG file")
    pos, size = 2, len(data)
    while pos < size:
        if data[pos] != 0xFF or pos + 1 >= size:
            raise NotAJpeg("damaged JPEG header")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            yield marker, pos, pos + 2
            pos += 2
            continue
        if marker == _SOS:
            yield marker, pos, size  # scan header and entropy-coded data
            return
        if pos + 4 > size:
            raise NotAJpeg("damaged JPEG header")
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if end <= pos + 3 or end > size:
            raise NotAJpeg("damaged JPEG header")
        yield marker, pos, end
        pos = end
    raise NotAJpeg("the JPEG has no image data")


def strip_jpeg_metadata(data: bytes) -> bytes:
    """The JPEG without metadata segments; everything from the first scan on is unchanged.

    A JPEG without metadata comes back as the same object (a scan is several MB: no copy).
    """
    view = memoryview(data)
    kept = [view[:2]]
    dropped = False
    for marker, start, end in _segments(data):
        is_app = 0xE0 <= marker <= 0xEF
        if marker == _COM or (is_app and not _keep_app(marker, data[start + 4 : end])):
            dropped = True
            continue
        kept.append(view[start:end])
    return b"".join(kept) if dropped else data


def scan_data(data: bytes) -> bytes:
    """The compressed image data (from the first scan header on), for byte comparisons."""
    for marker, start, end in _segments(data):
        if marker == _SOS:
            return data[start:end]
    raise NotAJpeg("the JPEG has no image data")  # pragma: no cover - _segments raises first


def metadata_markers(data: bytes) -> list[int]:
    """Markers of the metadata segments present (APP1..., COM): empty once stripped."""
    return [
        marker
        for marker, start, end in _segments(data)
        if marker == _COM
        or (0xE0 <= marker <= 0xEF and not _keep_app(marker, data[start + 4 : end]))
    ]

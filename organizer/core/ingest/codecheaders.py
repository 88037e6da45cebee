"""The pixel size a JPEG or JPEG 2000 stream gives in its own header, read without decoding.

A reader decodes such a picture at the size its header gives, whatever the PDF dictionary
says: a stream whose dictionary claims 64 x 64 but whose header claims 65,500 x 65,500 is a
bomb of its own. Only marker and box headers are read here.
"""

from __future__ import annotations

# JPEG start-of-frame markers (every SOFn except DHT C4, JPG C8 and DAC CC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPX_SIZ = b"\xff\x4f\xff\x51"  # start of codestream, then the image and tile size segment
_JPX_LOOK = 1 << 20  # how far into a JP2 file its codestream (or header box) is looked for


def jpeg_size(data: bytes) -> tuple[int, int, int] | None:
    """(width, height, components) from a JPEG's frame header; None if not found."""
    if data[:2] != b"\xff\xd8":
        return None
    at, size = 2, len(data)
    while at + 4 <= size:
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
            at += 2
            continue
        if marker in _SOF:
            if at + 10 > size:
                return None
            height = int.from_bytes(data[at + 5 : at + 7], "big")
            width = int.from_bytes(data[at + 7 : at + 9], "big")
            return width, height, data[at + 9]
        if marker == 0xDA:  # a scan before any frame header: not a sound JPEG
            return None
        at += 2 + int.from_bytes(data[at + 2 : at + 4], "big")
    return None


def jpx_size(data: bytes) -> tuple[int, int, int] | None:
    """(width, height, components) from a JPEG 2000 codestream's size segment (in a JP2 file
    or bare), else from a JP2 image header box; None if neither is found."""
    at = data.find(_JPX_SIZ, 0, _JPX_LOOK)
    if at >= 0 and at + 42 <= len(data):
        field = [int.from_bytes(data[at + o : at + o + 4], "big") for o in (8, 12, 16, 20)]
        width, height = field[0] - field[2], field[1] - field[3]
        components = int.from_bytes(data[at + 40 : at + 42], "big")
        return max(width, 0), max(height, 0), components
    at = data.find(b"ihdr", 0, _JPX_LOOK)
    if at >= 0 and at + 14 <= len(data):
        height = int.from_bytes(data[at + 4 : at + 8], "big")
        width = int.from_bytes(data[at + 8 : at + 12], "big")
        return width, height, int.from_bytes(data[at + 12 : at + 14], "big")
    return None

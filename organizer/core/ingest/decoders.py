"""Bounded, incremental decoders for PDF stream filters, used only to measure decoded sizes.

Each decoder takes its input as an iterator of chunks and yields its output in pieces of about
``STEP`` bytes, so a consumer that stops (a cap crossed) stops all the work at once: memory
stays at a few pieces, time at what was decoded. Nothing decoded is kept. A decoder that meets
bad data simply stops, as readers do; damage is judged elsewhere.
"""

from __future__ import annotations

import binascii
import struct
import zlib
from collections.abc import Callable, Iterator

STEP = 1 << 20

Chunks = Iterator[bytes]
Decoder = Callable[[Chunks], Chunks]

_WHITESPACE = b" \t\r\n\f\v\0"


def chunked(data: bytes) -> Chunks:
    for start in range(0, len(data), STEP):
        yield data[start : start + STEP]


def inflate(chunks: Chunks) -> Chunks:
    """FlateDecode: zlib, or raw deflate when the zlib header is missing (readers accept it)."""
    inflater = zlib.decompressobj()
    produced = False
    for chunk in chunks:
        data = chunk
        while True:
            try:
                out = inflater.decompress(data, STEP)
            except zlib.error:
                if produced:
                    return
                inflater, produced = zlib.decompressobj(-zlib.MAX_WBITS), True
                continue  # the same chunk again, as raw deflate (tried once only)
            if out:
                produced = True
                yield out
            data = inflater.unconsumed_tail
            if inflater.eof:
                return
            if not data and len(out) < STEP:
                break  # this chunk is used up and nothing is pending


def lzw(chunks: Chunks, early_change: int = 1) -> Chunks:
    """LZWDecode (9- to 12-bit codes, high bit first), as in the PDF reference."""
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, previous = 9, b""
    bits, held = 0, 0
    out = bytearray()
    for chunk in chunks:
        for byte in chunk:
            bits, held = (bits << 8) | byte, held + 8
            if held < width:
                continue
            held -= width
            code = bits >> held
            bits &= (1 << held) - 1
            if code == 256:  # clear the table
                del table[258:]
                width, previous = 9, b""
                continue
            if code == 257:  # end of data
                yield bytes(out)
                return
            if not previous:
                if code >= len(table):
                    yield bytes(out)
                    return
                entry = table[code]
            else:
                if code < len(table):
                    entry = table[code]
                elif code == len(table):
                    entry = previous + previous[:1]
                else:
                    yield bytes(out)
                    return
                if len(table) < 4096:
                    table.append(previous + entry[:1])
            out += entry
            previous = entry
            if width < 12 and len(table) + early_change >= 1 << width:
                width += 1
            if len(out) >= STEP:
                yield bytes(out)
                out.clear()
    yield bytes(out)


def run_length(chunks: Chunks) -> Chunks:
    """RunLengthDecode: a length byte, then that many bytes to copy or one byte to repeat."""
    pending = b""
    out = bytearray()
    for chunk in chunks:
        data = pending + chunk
        at, size = 0, len(data)
        while at < size:
            length = data[at]
            if length == 128:  # end of data
                yield bytes(out)
                return
            if length < 128:
                if at + length + 2 > size:
                    break
                out += data[at + 1 : at + length + 2]
                at += length + 2
            else:
                if at + 2 > size:
                    break
                out += data[at + 1 : at + 2] * (257 - length)
                at += 2
            if len(out) >= STEP:
                yield bytes(out)
                out.clear()
        pending = data[at:]
    yield bytes(out)


def ascii_hex(chunks: Chunks) -> Chunks:
    """ASCIIHexDecode: two hex digits a byte, whitespace ignored, ``>`` ends it."""
    carry = b""
    for chunk in chunks:
        end = chunk.find(b">")
        digits = carry + (chunk if end < 0 else chunk[:end]).translate(None, _WHITESPACE)
        even = len(digits) & ~1
        try:
            yield binascii.unhexlify(digits[:even])
        except binascii.Error:
            return
        carry = digits[even:]
        if end >= 0:
            break
    if carry:
        yield binascii.unhexlify(carry + b"0")


def ascii85(chunks: Chunks) -> Chunks:
    """ASCII85Decode: five characters make four bytes; ``z`` is four zero bytes; ``~>`` ends it.

    ``z`` is written out as ``!!!!!`` (the same four zero bytes), so every group is five
    characters and a chunk can be cut between groups.
    """
    carry = b""
    first = True
    for chunk in chunks:
        data = chunk.translate(None, _WHITESPACE)
        if first:
            data, first = data.removeprefix(b"<~"), False
        end = data.find(b"~")
        if end >= 0:
            data = data[:end]
        data = carry + data.replace(b"z", b"!!!!!")
        whole = len(data) - len(data) % 5
        decoded = _a85_groups(data[:whole])
        if decoded is None:
            return
        yield decoded
        carry = data[whole:]
        if end >= 0:
            break
    if len(carry) > 1:  # a last, short group: padded with "u", as many bytes as it gives
        decoded = _a85_groups(carry + b"u" * (5 - len(carry)))
        if decoded is not None:
            yield decoded[: len(carry) - 1]


_A85_ALPHABET = bytes(range(33, 118))
_A85_DIGITS = bytes.maketrans(_A85_ALPHABET, bytes(range(85)))


def _a85_groups(data: bytes) -> bytes | None:
    """Whole five-character groups to bytes (several times faster than base64.a85decode,
    which loops over every character); None for a character or group that is not valid."""
    if data.translate(None, _A85_ALPHABET):
        return None
    d = data.translate(_A85_DIGITS)
    words = [
        (((a * 85 + b) * 85 + c) * 85 + d4) * 85 + e
        for a, b, c, d4, e in zip(d[0::5], d[1::5], d[2::5], d[3::5], d[4::5], strict=True)
    ]
    try:
        return struct.pack(f">{len(words)}I", *words)
    except struct.error:  # a group over 2**32 - 1
        return None

"""Refusing PDFs whose streams would decode to absurd sizes (decompression bombs).

A few hundred kilobytes of Flate can decode to gigabytes, which hangs or exhausts the memory of
any reader: the doctor's, and ours later (preview, thumbnails, search). Nothing is fully
decoded here. First every stream gets an upper bound of its decoded size from its length and
filters alone (each filter can grow its input by at most a known factor); pictures are
checked from their dictionary (width x height x colours). Only when those bounds do not prove
the caps are kept are streams really decoded, largest bound first, incrementally, stopping as
soon as a cap is crossed. So a normal document is cleared without decoding anything, and a
bomb costs at most the caps' worth of decoding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

import pikepdf

from organizer.core.ingest import codecheaders, decoders
from organizer.core.ingest.errors import ImportRefused
from organizer.core.ingest.options import MIB, PdfStreamLimits

# Each filter's worst growth: (bytes out per byte in, plus a constant).
# Deflate spends at least two bits on each 258-byte match; an LZW code (9 bits or more) stands
# for at most 4096 bytes; ASCII85 turns "z" into four zero bytes; a run-length pair makes at
# most 128 bytes; two hex digits make one byte.
_GROWTH: dict[str, tuple[float, int]] = {
    "flate": (1032.0, 1024),
    "lzw": (4096.0 * 8 / 9, 4096),
    "a85": (4.0, 4),
    "rl": (64.0, 128),
    "hex": (0.5, 1),
}
_FILTERS = {
    "/FlateDecode": "flate",
    "/Fl": "flate",
    "/LZWDecode": "lzw",
    "/LZW": "lzw",
    "/ASCII85Decode": "a85",
    "/A85": "a85",
    "/RunLengthDecode": "rl",
    "/RL": "rl",
    "/ASCIIHexDecode": "hex",
    "/AHx": "hex",
}
# Picture codecs: not decoded here; the picture's dictionary bounds their output.
_IMAGE_CODECS = frozenset(
    {"/DCTDecode", "/DCT", "/JPXDecode", "/CCITTFaxDecode", "/CCF", "/JBIG2Decode"}
)
_COLOURS = {
    "/DeviceGray": 1,
    "/G": 1,
    "/CalGray": 1,
    "/Indexed": 1,
    "/I": 1,
    "/Separation": 1,
    "/DeviceRGB": 3,
    "/RGB": 3,
    "/CalRGB": 3,
    "/Lab": 3,
    "/DeviceCMYK": 4,
    "/CMYK": 4,
}
_MOST_COLOURS = 4  # assumed when a picture does not say (JPEG 2000) or says oddly


@dataclass(frozen=True)
class _Stage:
    kind: str
    early_change: int = 1


@dataclass
class _Measured:
    stream: pikepdf.Stream
    stages: tuple[_Stage, ...]
    bound: int


def check_stream_sizes(pdf: pikepdf.Pdf, limits: PdfStreamLimits) -> None:
    """Refuse (ImportRefused) a PDF whose streams would decode beyond ``limits``."""
    measured: list[_Measured] = []
    count = 0
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream):
            continue
        count += 1
        if count > limits.streams:
            raise _too_many_streams(limits.streams)
        names, parms = _filters(obj)
        if obj.get("/Subtype") == pikepdf.Name.Image:
            _check_picture(obj, limits.per_stream)
            if names and names[0] in _HEADER_SIZES:
                _check_codec_header(obj, _HEADER_SIZES[names[0]], limits.per_stream)
        stages = _stages(names, parms)
        if stages:
            try:
                raw = obj.read_raw_bytes()
            except Exception:  # unreadable: no reader can decode it either
                continue
            measured.append(_Measured(obj, stages, _bound(raw, stages)))
    _check_decoded(measured, limits)


def check_object_streams(pdf: pikepdf.Pdf, limits: PdfStreamLimits) -> None:
    """Refuse object streams (which hold other objects, compressed) that decode beyond the
    per-stream cap, before qpdf decodes one whole to read an object in it.

    Call it right after opening, before any object is read: only the cross-reference table
    and the object streams' dictionaries are looked at here.
    """
    numbers = {
        entry.obj_stream_number
        for entry in pdf.get_xref_table().values()
        if entry.type == 2 and entry.obj_stream_number is not None
    }
    for number in sorted(numbers)[: limits.streams]:
        try:
            container = pdf.get_object((number, 0))
        except Exception:  # qpdf will say it is damaged when it needs it
            continue
        if not isinstance(container, pikepdf.Stream):
            continue
        names, parms = _filters(container)
        stages = _stages(names, parms)
        if not stages:
            continue
        size = _decoded_size(_Measured(container, stages, 0), limits.per_stream)
        if size > limits.per_stream:
            raise _stream_too_large(limits.per_stream)


def _check_decoded(measured: list[_Measured], limits: PdfStreamLimits) -> None:
    """Decode (bounded) only what the bounds cannot clear, largest bound first."""
    unproven = sum(m.bound for m in measured)
    decoded = 0
    measured.sort(key=lambda m: m.bound, reverse=True)
    for item in measured:
        if item.bound <= limits.per_stream and decoded + unproven <= limits.per_document:
            return  # every stream left is too small to matter, even at its worst
        unproven -= item.bound
        cap = min(limits.per_stream, limits.per_document - decoded)
        size = _decoded_size(item, cap)
        if size > limits.per_stream:
            raise _stream_too_large(limits.per_stream)
        decoded += size
        if decoded > limits.per_document:
            raise _document_too_large(limits.per_document)


def _decoded_size(item: _Measured, cap: int) -> int:
    """The stream's decoded size, or just over ``cap`` once any stage produces more."""
    try:
        raw = item.stream.read_raw_bytes()
    except Exception:
        return 0
    chunks: decoders.Chunks = decoders.chunked(raw)
    del raw  # the chunks hold what is still needed
    for stage in item.stages:
        chunks = _capped(_decoder(stage)(chunks), cap)
    total = 0
    try:
        for chunk in chunks:
            total += len(chunk)
    except _OverCap:
        return cap + 1
    return total


class _OverCap(Exception):
    pass


def _capped(chunks: decoders.Chunks, cap: int) -> Iterator[bytes]:
    """Stop every stage, not only the last, at the cap (a bomb of spaces before a hex stage)."""
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > cap:
            raise _OverCap
        yield chunk


def _decoder(stage: _Stage) -> decoders.Decoder:
    if stage.kind == "lzw":
        return partial(decoders.lzw, early_change=stage.early_change)
    return {
        "flate": decoders.inflate,
        "a85": decoders.ascii85,
        "rl": decoders.run_length,
        "hex": decoders.ascii_hex,
    }[stage.kind]


def _bound(raw: bytes, stages: tuple[_Stage, ...]) -> int:
    """An upper bound of the decoded size. ASCII85 first (as reportlab writes page contents)
    is bounded closely: only its "z" characters grow, the rest shrink to 4/5."""
    size = float(len(raw))
    rest = stages
    if stages[0].kind == "a85":
        zeros = raw.count(b"z")
        size, rest = (len(raw) - zeros) * 0.8 + zeros * 4.0 + 4, stages[1:]
    for stage in rest:
        factor, constant = _GROWTH[stage.kind]
        size = size * factor + constant
    return int(size) + 1


def _filters(stream: pikepdf.Stream) -> tuple[list[str], list[object]]:
    """The filter names in order, and their parameters (None where none)."""
    given = stream.get("/Filter")
    if isinstance(given, pikepdf.Name):
        names = [str(given)]
    elif isinstance(given, pikepdf.Array):
        names = [str(n) if isinstance(n, pikepdf.Name) else "?" for n in given]
    else:
        names = []
    parms = stream.get("/DecodeParms")
    if isinstance(parms, pikepdf.Array):
        listed: list[object] = list(parms)
    else:
        listed = [parms]
    return names, listed + [None] * (len(names) - len(listed))


def _stages(names: list[str], parms: list[object]) -> tuple[_Stage, ...]:
    """The filters to measure: up to a picture codec or a filter no reader knows.

    Predictors (``/DecodeParms``) never make data larger, so the bound is on each filter's
    own output.
    """
    stages: list[_Stage] = []
    for name, parm in zip(names, parms, strict=False):
        kind = _FILTERS.get(name)
        if kind is None:  # a picture codec (bounded by its dictionary), Crypt, or unknown
            if name == "/Crypt":
                continue  # decryption is qpdf's, done before these bytes reach us
            break
        early = 1
        if kind == "lzw" and isinstance(parm, pikepdf.Dictionary):
            early = 0 if parm.get("/EarlyChange") == 0 else 1
        stages.append(_Stage(kind, early))
    return tuple(stages)


def _check_picture(stream: pikepdf.Stream, cap: int) -> None:
    """A picture's pixels, from its dictionary: what a reader allocates to show it."""
    width, height = _positive(stream.get("/Width")), _positive(stream.get("/Height"))
    if width is None or height is None:
        return  # no reader can show it; nothing to allocate
    mask: object = stream.get("/ImageMask")  # pikepdf gives PDF booleans as bool
    if mask is True:
        bits = 1
    else:
        bpc = _positive(stream.get("/BitsPerComponent"))
        bits = (bpc if bpc is not None and bpc <= 16 else 8) * _colours(stream.get("/ColorSpace"))
    size = (width * bits + 7) // 8 * height
    if size > cap:
        raise _picture_too_large(width, height)


_HEADER_SIZES = {
    "/DCTDecode": codecheaders.jpeg_size,
    "/DCT": codecheaders.jpeg_size,
    "/JPXDecode": codecheaders.jpx_size,
}


def _check_codec_header(
    stream: pikepdf.Stream,
    size_of: Callable[[bytes], tuple[int, int, int] | None],
    cap: int,
) -> None:
    """A JPEG's or JPEG 2000's own header size: readers decode at that size, whatever the
    dictionary says. A byte a sample, as for the dictionary."""
    try:
        found = size_of(stream.read_raw_bytes())
    except Exception:  # unreadable: no reader can decode it either
        return
    if found is not None:
        width, height, components = found
        if width * height * max(components, 1) > cap:
            raise _picture_too_large(width, height)


def _colours(space: object) -> int:
    if isinstance(space, pikepdf.Name):
        return _COLOURS.get(str(space), _MOST_COLOURS)
    if isinstance(space, pikepdf.Array) and len(space) > 0:
        family = str(space[0])
        if family == "/ICCBased" and len(space) > 1 and isinstance(space[1], pikepdf.Stream):
            n = _positive(space[1].get("/N"))
            return n if n is not None and n <= 32 else _MOST_COLOURS
        if family == "/DeviceN" and len(space) > 1 and isinstance(space[1], pikepdf.Array):
            return max(1, min(len(space[1]), 32))
        return _COLOURS.get(family, _MOST_COLOURS)
    return _MOST_COLOURS


def _positive(value: object) -> int | None:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return None
    return number if number > 0 else None


def _too_many_streams(limit: int) -> ImportRefused:
    return ImportRefused(
        f"This PDF is made of more than {limit:,} separate parts, which no medical record "
        "needs; it may be damaged or made to cause trouble. Ask the sender for a normal copy."
    )


def _stream_too_large(limit: int) -> ImportRefused:
    return ImportRefused(
        f"A part of this PDF would grow to more than {limit // MIB:,} MB when opened, far more "
        "than any real scan or report: it may be damaged or made to crash programs. "
        "Ask the sender for a normal copy."
    )


def _document_too_large(limit: int) -> ImportRefused:
    return ImportRefused(
        f"This PDF would grow to more than {limit // MIB:,} MB when opened, far more than any "
        "real scan or report: it may be damaged or made to crash programs. "
        "Ask the sender for a normal copy."
    )


def _picture_too_large(width: int, height: int) -> ImportRefused:
    return ImportRefused(
        f"This PDF has a picture too large to open safely ({width:,} x {height:,} pixels): it "
        "may be damaged or made to crash programs. If it is a real scan, scan it again at "
        "300 dpi."
    )

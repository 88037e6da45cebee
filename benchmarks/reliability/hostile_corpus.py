"""The hostile corpus, generated (never committed): damaged, spliced and malicious files.

Built from tests/synthetic.py and the mutations of tests/core/ingest/fuzz_support.py, plus
hand-made PDFs and images that attack readers: decompression bombs (Flate, ASCII85 then
Flate, LZW, in object and cross-reference streams, pictures claiming absurd sizes), deep
object trees, page trees that loop or claim billions of pages, and a PDF with thousands of
real pages.
"""

from __future__ import annotations

import base64
import io
import random
import struct
import zlib
from collections.abc import Iterator

import pikepdf

from tests import synthetic
from tests.core.ingest.fuzz_support import mutate, samples

Item = tuple[str, str, bytes]  # (category, name, bytes)


def extra_samples() -> dict[str, bytes]:
    return {
        "heic": synthetic.heic_bytes(size=(120, 160)),
        "scanned-pdf": synthetic.image_pdf_bytes([synthetic.scan_jpeg_bytes(size=(120, 160))]),
        "bmp": synthetic.image_bytes("BMP", size=(60, 80)),
    }


# A PDF from numbered object bodies (1-based), with a correct xref table.
raw_pdf = synthetic.raw_pdf_bytes


PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s>>"
CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def malicious_pdfs(full: bool) -> Iterator[tuple[str, bytes]]:
    depth = 200_000 if full else 50_000
    yield (
        "deep nested arrays",
        raw_pdf(
            [
                CATALOG,
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                PAGE % (b"/Deep " + b"[" * depth + b"]" * depth + b" "),
            ]
        ),
    )
    yield (
        "deep nested dictionaries",
        raw_pdf(
            [
                CATALOG,
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                PAGE % (b"/Deep " + b"<< /A " * depth + b"1" + b" >>" * depth + b" "),
            ]
        ),
    )
    levels = 20_000 if full else 5_000
    chain = [CATALOG]
    for level in range(levels):  # object 2 + level: a Pages node whose only kid is the next
        chain.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (level + 3))
    chain.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] >>" % (levels + 1))
    yield "page tree nested 20000 deep" if full else "page tree nested 5000 deep", raw_pdf(chain)
    yield (
        "page tree that loops",
        raw_pdf([CATALOG, b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", PAGE % b""]),
    )
    yield (
        "page count of two billion",
        raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>", PAGE % b""]),
    )
    yield (
        "a million kids pointing at one page",
        raw_pdf(
            [
                CATALOG,
                b"<< /Type /Pages /Kids ["
                + b"3 0 R " * (1_000_000 if full else 200_000)
                + b"] /Count 1000000 >>",
                PAGE % b"",
            ]
        ),
    )
    yield (
        "huge page box",
        raw_pdf(
            [
                CATALOG,
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1e30 1e30] /UserUnit 75000 >>",
            ]
        ),
    )
    zeros = (512 if full else 64) * 1024 * 1024
    bomb = zlib.compressobj(9)
    packed = b"".join(bomb.compress(b"\0" * (1 << 20)) for _ in range(zeros >> 20)) + bomb.flush()
    yield (
        f"flate bomb content stream ({zeros >> 20} MiB)",
        raw_pdf(
            [
                CATALOG,
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                PAGE % b"/Contents 4 0 R ",
                _stream(packed, b"/Filter /FlateDecode "),
            ]
        ),
    )
    # Over the 256 MiB the import allows per stream, in quick runs too (each is made in ~1 s).
    over = 512 * 1024 * 1024
    packed = synthetic.zeros_flate(over)
    yield (
        f"ASCII85 then flate bomb content stream ({over >> 20} MiB)",
        synthetic.stream_pdf_bytes(
            base64.a85encode(packed, wrapcol=76, adobe=True),
            b"/Filter [/ASCII85Decode /FlateDecode]",
        ),
    )
    yield (
        f"LZW bomb content stream ({over >> 20} MiB)",
        synthetic.stream_pdf_bytes(synthetic.zeros_lzw(over), b"/Filter /LZWDecode"),
    )
    yield (
        f"object stream bomb holding the page ({over >> 20} MiB)",
        synthetic.object_stream_bomb_pdf_bytes(over),
    )
    yield (
        f"cross-reference stream bomb ({over >> 20} MiB)",
        synthetic.xref_stream_bomb_pdf_bytes(over),
    )
    jpeg = bytearray(synthetic.scan_jpeg_bytes(size=(64, 64)))
    sof = jpeg.find(b"\xff\xc0")
    jpeg[sof + 5 : sof + 9] = struct.pack(">HH", 65500, 65500)
    yield (
        "picture whose JPEG header claims 65500 x 65500 (its dictionary 64 x 64)",
        synthetic.stream_pdf_bytes(
            b"q 612 0 0 792 0 0 cm /Im0 Do Q",
            image=bytes(jpeg),
            image_dict=b"/Width 64 /Height 64 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
            b"/Filter /DCTDecode",
        ),
    )
    yield (
        "picture claiming 100000 x 100000 pixels",
        synthetic.stream_pdf_bytes(
            b"q 612 0 0 792 0 0 cm /Im0 Do Q",
            image=synthetic.scan_jpeg_bytes(size=(64, 64)),
            image_dict=b"/Width 100000 /Height 100000 /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Filter /DCTDecode",
        ),
    )
    yield (
        "object stream claiming a million objects",
        raw_pdf(
            [
                CATALOG,
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                PAGE % b"",
                _stream(b"5 0", b"/Type /ObjStm /N 1000000 /First 3 "),
            ]
        ),
    )
    yield (
        "xref pointing past the end",
        raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE % b""]).replace(
            b"startxref\n", b"startxref\n9999999999"
        ),
    )
    yield "no objects, only a header", b"%PDF-1.7\n%%EOF\n"


def many_pages_pdf(pages: int) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(612, 792))
    for _ in range(pages - 1):
        pdf.pages.append(pdf.pages[0])
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def image_bombs(full: bool) -> Iterator[tuple[str, bytes]]:
    yield "PNG claiming 50000x50000", synthetic.png_bomb_bytes()
    yield "PNG claiming 2^31-1 wide", synthetic.png_bomb_bytes(2**31 - 1, 1)
    jpeg = synthetic.scan_jpeg_bytes(size=(64, 64))
    sof = jpeg.find(b"\xff\xc0")
    big = bytearray(jpeg)
    big[sof + 5 : sof + 9] = struct.pack(">HH", 65500, 65500)
    yield "JPEG header claiming 65500x65500", bytes(big)
    gif = bytearray(synthetic.image_bytes("GIF", size=(16, 16)))
    gif[6:10] = struct.pack("<HH", 65535, 65535)
    yield "GIF screen claiming 65535x65535", bytes(gif)
    rows = 20_000 if full else 8_000
    yield f"real PNG {rows}x{rows} (zlib bomb)", _png(rows, rows)
    yield "TIFF with 300 pages", synthetic.tiff_bytes(pages=300 if full else 60, size=(32, 32))


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    packer = zlib.compressobj(9)
    row = b"\0" + b"\0" * width
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def corpus(full: bool, seed: int = 7) -> Iterator[Item]:
    """Every file of the corpus: (category, name, bytes)."""
    rng = random.Random(seed)
    sources = {**samples(), **extra_samples()}
    cuts = 12 if full else 2
    flips = 30 if full else 3
    for name, data in sources.items():
        for _n in range(cuts):
            at = rng.randrange(1, len(data))
            yield "truncated", f"{name} cut to {at} of {len(data)} bytes", data[:at]
        for n in range(flips):
            yield "bit-flipped", f"{name} mutation {n}", mutate(data, rng, 0)
        for n in range(cuts):
            yield "junk spliced in", f"{name} junk {n}", mutate(data, rng, 2)
    names = sorted(sources)
    for _n in range(len(names) * (3 if full else 1)):
        first, second = rng.choice(names), rng.choice(names)
        a, b = sources[first], sources[second]
        spliced = a[: rng.randrange(1, len(a))] + b[rng.randrange(0, len(b)) :]
        yield "spliced", f"head of {first} + tail of {second}", spliced
    for name, data in malicious_pdfs(full):
        yield "malicious PDF", name, data
    pages = 20_000 if full else 3_000
    yield "huge page count", f"real PDF with {pages} pages", many_pages_pdf(pages)
    for name, data in image_bombs(full):
        yield "image bomb", name, data
    yield "other", "empty file", b""
    yield "other", "random bytes", rng.randbytes(4096)
    yield "other", "PDF header then random bytes", b"%PDF-1.7\n" + rng.randbytes(4096)
    yield (
        "other",
        "password-protected PDF (no password given)",
        synthetic.encrypted_pdf_bytes("fictional-user-pw"),
    )

"""PDFs whose streams decode to absurd sizes (decompression bombs) are refused on import."""

from __future__ import annotations

import base64
import functools
import io
import random
import time
import zlib
from pathlib import Path

import img2pdf
import pikepdf
import pytest
from PIL import Image, ImageChops
from pypdf._codecs._codecs import LzwCodec

from organizer.core.ingest import ImportOptions, decoders, import_files
from organizer.core.ingest.errors import ImportRefused
from organizer.core.ingest.options import MIB, PdfStreamLimits
from organizer.core.ingest.pdfs import inspect_pdf
from organizer.core.vault import Vault
from tests import synthetic
from tests.core.ingest.test_importer import Spy

BOMB_SIZE = 512 * MIB
TOO_LARGE = "would grow to more than 256 MB when opened"


@functools.cache
def flate_bomb() -> bytes:
    return synthetic.zeros_flate(BOMB_SIZE)


def test_a_512_mib_flate_bomb_is_refused_quickly_and_the_vault_is_unchanged(
    vault: Vault, tmp_path: Path
) -> None:
    packed = flate_bomb()
    assert len(packed) < 600_000  # a tiny file...
    bomb = synthetic.write(
        tmp_path / "results.pdf", synthetic.stream_pdf_bytes(packed, b"/Filter /FlateDecode")
    )
    good = synthetic.write(tmp_path / "report.pdf", synthetic.text_pdf_bytes())
    spy = Spy(vault)
    started = time.perf_counter()
    summary = import_files(vault, [bomb])
    elapsed = time.perf_counter() - started
    assert [r.name for r in summary.refused] == ["results.pdf"]
    reason = summary.refused[0].reason
    assert TOO_LARGE in reason and "Ask the sender for a normal copy" in reason
    assert not summary.added and spy.writes == 0 and spy.commits == 0
    assert vault.content.documents == []
    assert elapsed < 20  # decoding stops at the cap (about a second here), never 512 MiB
    # The same import with a real report next to it still adds the report.
    summary = import_files(vault, [bomb, good])
    assert [a.name for a in summary.added] == ["report.pdf"]
    assert [r.name for r in summary.refused] == ["results.pdf"]


def test_a_bomb_behind_ascii85_then_flate_is_refused() -> None:
    wrapped = base64.a85encode(synthetic.zeros_flate(300 * MIB), wrapcol=76, adobe=True)
    data = synthetic.stream_pdf_bytes(wrapped, b"/Filter [/ASCII85Decode /FlateDecode]")
    with pytest.raises(ImportRefused, match=TOO_LARGE):
        inspect_pdf(data, None)


def test_a_bomb_behind_hex_then_flate_with_a_predictor_is_refused() -> None:
    wrapped = synthetic.zeros_flate(300 * MIB).hex().encode() + b">"
    data = synthetic.stream_pdf_bytes(
        wrapped,
        b"/Filter [/ASCIIHexDecode /FlateDecode] "
        b"/DecodeParms [null << /Predictor 12 /Columns 100 >>]",
    )
    with pytest.raises(ImportRefused, match=TOO_LARGE):
        inspect_pdf(data, None)


def test_an_lzw_bomb_is_refused() -> None:
    packed = synthetic.zeros_lzw(300 * MIB)
    assert len(packed) < 1_000_000
    with pytest.raises(ImportRefused, match=TOO_LARGE):
        inspect_pdf(synthetic.stream_pdf_bytes(packed, b"/Filter /LZWDecode"), None)


def test_a_run_length_bomb_is_refused_with_a_smaller_cap() -> None:
    # 2 bytes make 128 zeros: 4 MiB decode to 256 MiB, slow in Python, so a 16 MiB cap here.
    packed = b"\x81\x00" * (256 * 1024) + b"\x80"
    limits = PdfStreamLimits(per_stream=16 * MIB)
    data = synthetic.stream_pdf_bytes(packed, b"/Filter /RunLengthDecode")
    with pytest.raises(ImportRefused, match="more than 16 MB"):
        inspect_pdf(data, None, limits)


def _contents_pdf(streams: list[bytes]) -> bytes:
    """One page drawn by several Flate content streams."""
    refs = b" ".join(b"%d 0 R" % (4 + n) for n in range(len(streams)))
    return synthetic.raw_pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [%s] >>" % refs,
            *(
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(s) + s + b"\nendstream"
                for s in streams
            ),
        ]
    )


def test_many_small_bombs_together_are_refused_by_the_document_cap() -> None:
    # Each stream alone is under the per-stream cap; together they are over the document's.
    limits = PdfStreamLimits(per_stream=64 * MIB, per_document=100 * MIB)
    packed = synthetic.zeros_flate(40 * MIB)
    inspect_pdf(_contents_pdf([packed, packed]), None, limits)  # 80 MiB: accepted
    with pytest.raises(ImportRefused, match="This PDF would grow to more than 100 MB"):
        inspect_pdf(_contents_pdf([packed, packed, packed]), None, limits)


def test_a_picture_claiming_absurd_dimensions_is_refused_from_its_dictionary() -> None:
    jpeg = synthetic.scan_jpeg_bytes(size=(64, 64))
    data = synthetic.stream_pdf_bytes(
        b"q 612 0 0 792 0 0 cm /Im0 Do Q",
        image=jpeg,
        image_dict=b"/Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        b"/Filter /DCTDecode",
    )
    with pytest.raises(ImportRefused, match=r"picture too large.*100,000 x 100,000 pixels"):
        inspect_pdf(data, None)


def test_a_tiny_flate_picture_claiming_absurd_dimensions_is_refused() -> None:
    # Readers allocate the picture's pixels whatever its stream holds.
    data = synthetic.stream_pdf_bytes(
        b"q 612 0 0 792 0 0 cm /Im0 Do Q",
        image=zlib.compress(b"\0" * 1000),
        image_dict=b"/Width 60000 /Height 60000 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode",
    )
    with pytest.raises(ImportRefused, match="picture too large"):
        inspect_pdf(data, None)


def test_every_synthetic_pdf_is_still_accepted() -> None:
    kinds = [
        synthetic.text_pdf_bytes(pages=5),
        synthetic.image_pdf_bytes([synthetic.scan_jpeg_bytes(size=(300, 400))]),
        synthetic.encrypted_pdf_bytes(user_password="", owner_password="maker"),
        synthetic.pdf_with_javascript_bytes(),
        synthetic.pdf_with_attachment_bytes(),
        synthetic.broken_xref_pdf_bytes(),
        synthetic.risky_pdf_bytes(),
    ]
    for data in kinds:
        assert inspect_pdf(data, None).page_count >= 1
    opened = inspect_pdf(synthetic.encrypted_pdf_bytes(user_password="pw"), lambda: "pw")
    assert opened.page_count == 2


def test_a_large_genuine_flate_scan_is_accepted(vault: Vault, tmp_path: Path) -> None:
    """A4 at 300 dpi in colour (26 MB of pixels), stored as PNG-predicted Flate by img2pdf:
    too large for the bounds to clear without decoding, well under the caps."""
    paper = synthetic.scan_image(size=synthetic.A4_300DPI)
    grain = Image.effect_noise(synthetic.A4_300DPI, 4).convert("RGB")
    page = ImageChops.add(paper, grain, offset=-128)  # paper grain, as a scanner sees it
    png = io.BytesIO()
    page.save(png, "PNG", compress_level=1, dpi=(300, 300))
    pdf = img2pdf.convert(png.getvalue())
    assert isinstance(pdf, bytes) and b"/FlateDecode" in pdf and b"/Predictor" in pdf
    assert len(pdf) * 1032 > 256 * MIB  # so it is really decoded, not cleared by the bounds
    path = synthetic.write(tmp_path / "scan.pdf", pdf)
    summary = import_files(vault, [path])
    assert [a.name for a in summary.added] == ["scan.pdf"], summary.refused


def test_limits_are_an_import_option(vault: Vault, tmp_path: Path) -> None:
    path = synthetic.write(
        tmp_path / "small.pdf",
        synthetic.stream_pdf_bytes(synthetic.zeros_flate(20 * MIB), b"/Filter /FlateDecode"),
    )
    strict = ImportOptions(pdf_limits=PdfStreamLimits(per_stream=8 * MIB))
    assert [r.name for r in import_files(vault, [path], strict).refused] == ["small.pdf"]
    assert [a.name for a in import_files(vault, [path]).added] == ["small.pdf"]


def _run_length(data: bytes) -> bytes:
    out = bytearray()
    at = 0
    while at < len(data):
        run = 1
        while at + run < len(data) and run < 128 and data[at + run] == data[at]:
            run += 1
        if run > 1:
            out += bytes([257 - run, data[at]])
        else:
            out += bytes([0, data[at]])
        at += run
    return bytes(out + b"\x80")


def _sample(seed: int) -> bytes:
    rng = random.Random(seed)
    words = [b"fictional ", b"0000", b"\xff" * 40, bytes(range(256)), b"dose 5 mg "]
    return b"".join(rng.choice(words) for _ in range(3000))


@pytest.mark.parametrize(
    ("filters", "encode"),
    [
        (b"/FlateDecode", zlib.compress),
        (b"/LZWDecode", lambda d: LzwCodec().encode(d)),
        (b"/ASCII85Decode", lambda d: base64.a85encode(d, wrapcol=70, adobe=True)[2:]),
        (b"/ASCIIHexDecode", lambda d: d.hex(" ", 7).encode() + b">"),
        (b"/RunLengthDecode", _run_length),
        (
            b"[/ASCII85Decode /FlateDecode]",
            lambda d: base64.a85encode(zlib.compress(d), foldspaces=False) + b"~>",
        ),
    ],
)
def test_the_decoders_agree_with_qpdf(filters: bytes, encode: object) -> None:
    """What is measured is what readers decode (qpdf is the reference)."""
    assert callable(encode)
    for seed in range(3):
        data = _sample(seed) + bytes(5000)  # with a long run of zeros (a85 "z")
        encoded = encode(data)
        pdf = synthetic.stream_pdf_bytes(encoded, b"/Filter " + filters)
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            expected = doc.pages[0].Contents.read_bytes(pikepdf.StreamDecodeLevel.specialized)
        assert expected == data
        chunks: decoders.Chunks = iter(
            [encoded[i : i + 1000] for i in range(0, len(encoded), 1000)]
        )  # cut in odd places
        stages = {
            b"/FlateDecode": [decoders.inflate],
            b"/LZWDecode": [decoders.lzw],
            b"/ASCII85Decode": [decoders.ascii85],
            b"/ASCIIHexDecode": [decoders.ascii_hex],
            b"/RunLengthDecode": [decoders.run_length],
            b"[/ASCII85Decode /FlateDecode]": [decoders.ascii85, decoders.inflate],
        }[filters]
        for stage in stages:
            chunks = stage(chunks)
        assert b"".join(chunks) == expected


def test_a_large_one_bit_mask_is_judged_at_one_bit_a_pixel() -> None:
    # 30000 x 30000 pixels at 1 bit is 107 MiB: a big (1200 dpi poster) mask, allowed; the
    # same claim in colour is not.
    mask = b"/Width 30000 /Height 30000 /ImageMask true /Filter /CCITTFaxDecode"
    data = synthetic.stream_pdf_bytes(b"", image=b"\0" * 100, image_dict=mask)
    assert inspect_pdf(data, None).page_count == 1
    colour = mask.replace(b"/ImageMask true", b"/ColorSpace /DeviceRGB /BitsPerComponent 8")
    with pytest.raises(ImportRefused, match="picture too large"):
        inspect_pdf(synthetic.stream_pdf_bytes(b"", image=b"\0" * 100, image_dict=colour), None)


def test_an_object_stream_bomb_is_refused_before_qpdf_decodes_it() -> None:
    data = synthetic.object_stream_bomb_pdf_bytes(BOMB_SIZE)
    assert len(data) < 600_000
    with pytest.raises(ImportRefused, match=TOO_LARGE):
        inspect_pdf(data, None)
    small = synthetic.object_stream_bomb_pdf_bytes(1000)  # the same, sound
    assert inspect_pdf(small, None).page_count == 1


def test_a_cross_reference_stream_bomb_is_refused() -> None:
    # qpdf inflates this one itself while opening; its own cap is set to ours. A smaller cap
    # here keeps the test quick (qpdf's inflating is slower than ours).
    data = synthetic.xref_stream_bomb_pdf_bytes(64 * MIB)
    with pytest.raises(ImportRefused, match="more than 32 MB"):
        inspect_pdf(data, None, PdfStreamLimits(per_stream=32 * MIB))
    assert inspect_pdf(synthetic.xref_stream_bomb_pdf_bytes(0), None).page_count == 1


@pytest.mark.parametrize(
    "decoder",
    [
        decoders.inflate,
        decoders.lzw,
        decoders.ascii85,
        decoders.ascii_hex,
        decoders.run_length,
    ],
)
def test_the_decoders_stop_quietly_on_garbage(decoder: decoders.Decoder) -> None:
    rng = random.Random(11)
    samples = [rng.randbytes(rng.randrange(0, 3000)) for _ in range(150)]
    samples += [zlib.compress(b"x" * 5000)[: rng.randrange(2, 40)] for _ in range(20)]
    samples += [b"<~" + rng.choice([b"zz", b"u" * 7, b"!!", b"~"]) for _ in range(10)]
    for data in samples:
        out = b"".join(decoder(iter([data[:700], data[700:]])))
        assert len(out) <= 128 * len(data) + 4096  # stays within the filter's worst growth

"""Damaged input never crashes the checks: each mutation is accepted or refused in words."""

from __future__ import annotations

import random

import pytest

from organizer.core.ingest.errors import ImportRefused
from organizer.core.ingest.images import inspect_image
from organizer.core.ingest.pdfs import inspect_pdf
from organizer.core.ingest.pdftext import extract_text
from organizer.core.ingest.sniff import Kind, sniff
from tests import synthetic

# Pillow warns about the damage it skips over; the refusals are what this test is about.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

SAMPLES = {
    "jpeg": synthetic.scan_jpeg_bytes(size=(120, 160)),
    "png": synthetic.image_bytes("PNG", size=(120, 160)),
    "tiff": synthetic.tiff_bytes(pages=2, compression="tiff_lzw", size=(120, 160)),
    "gif": synthetic.image_bytes("GIF", size=(120, 160)),
    "webp": synthetic.image_bytes("WEBP", size=(120, 160)),
    "pdf": synthetic.text_pdf_bytes(pages=2),
}


def _mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    kind = rng.randrange(3)
    if kind == 0:  # flip a few bytes, sparing the magic so the checks past sniffing run
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(8, len(buf))] = rng.randrange(256)
    elif kind == 1:  # cut it short
        del buf[rng.randrange(16, len(buf)) :]
    else:  # splice in junk
        at = rng.randrange(8, len(buf))
        buf[at:at] = rng.randbytes(rng.randint(1, 64))
    return bytes(buf)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_mutated_files_are_accepted_or_refused_never_crash(name: str) -> None:
    rng = random.Random(name)
    outcomes = set()
    for _ in range(40):
        data = _mutate(SAMPLES[name], rng)
        try:
            sniffed = sniff(data)
            if sniffed.kind is Kind.PDF:
                facts = inspect_pdf(data, None)
                extract_text(facts.working_copy or data, "", 5, 10_000)
            else:
                inspect_image(data, sniffed, 10_000_000)
            outcomes.add("accepted")
        except ImportRefused as exc:
            assert str(exc)
            outcomes.add("refused")
    assert "refused" in outcomes  # the mutations do reach the damage checks

"""Damaged input for ingestion's readers: samples, mutations and the checks a file goes
through before import. Shared by tests/core/ingest/test_fuzz.py and the reliability run
(``python -m benchmarks.reliability``: its hostile corpus and hypothesis fuzzing)."""

from __future__ import annotations

import random
from functools import cache

from organizer.core.ingest.images import inspect_image
from organizer.core.ingest.pdfs import inspect_pdf
from organizer.core.ingest.pdftext import extract_text
from organizer.core.ingest.sniff import Kind, sniff
from tests import synthetic


@cache
def samples() -> dict[str, bytes]:
    """Small sound files of each kind patients bring."""
    return {
        "jpeg": synthetic.scan_jpeg_bytes(size=(120, 160)),
        "png": synthetic.image_bytes("PNG", size=(120, 160)),
        "tiff": synthetic.tiff_bytes(pages=2, compression="tiff_lzw", size=(120, 160)),
        "gif": synthetic.image_bytes("GIF", size=(120, 160)),
        "webp": synthetic.image_bytes("WEBP", size=(120, 160)),
        "pdf": synthetic.text_pdf_bytes(pages=2),
    }


def mutate(data: bytes, rng: random.Random, kind: int | None = None) -> bytes:
    """Flip a few bytes (0), cut short (1) or splice in junk (2); random kind if None.
    The first 8 bytes are spared so the checks past sniffing run."""
    buf = bytearray(data)
    kind = rng.randrange(3) if kind is None else kind
    if kind == 0:
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(8, len(buf))] = rng.randrange(256)
    elif kind == 1:
        del buf[rng.randrange(16, len(buf)) :]
    else:
        at = rng.randrange(8, len(buf))
        buf[at:at] = rng.randbytes(rng.randint(1, 64))
    return bytes(buf)


def read_checks(data: bytes, max_pixels: int = 10_000_000) -> None:
    """What ingestion does to a file before storing it: sniff, inspect, extract text.
    Raises ImportRefused (plain words) for what it will not take."""
    sniffed = sniff(data)
    if sniffed.kind is Kind.PDF:
        facts = inspect_pdf(data, None)
        extract_text(facts.working_copy or data, "", 5, 10_000)
    else:
        inspect_image(data, sniffed, max_pixels)

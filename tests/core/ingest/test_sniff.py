from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from organizer.core.ingest.errors import ImportRefused
from organizer.core.ingest.sniff import Kind, sniff
from tests import synthetic


@pytest.mark.parametrize(
    ("data", "kind", "media_type"),
    [
        (synthetic.text_pdf_bytes(pages=1), Kind.PDF, "application/pdf"),
        (synthetic.scan_jpeg_bytes(size=(200, 300)), Kind.JPEG, "image/jpeg"),
        (synthetic.image_bytes("PNG", size=(60, 80)), Kind.PNG, "image/png"),
        (synthetic.tiff_bytes(pages=1, size=(60, 80)), Kind.TIFF, "image/tiff"),
        (synthetic.heic_bytes(size=(64, 64)), Kind.HEIF, "image/heic"),
        (synthetic.image_bytes("WEBP", size=(60, 80)), Kind.WEBP, "image/webp"),
        (synthetic.image_bytes("BMP", size=(60, 80)), Kind.BMP, "image/bmp"),
        (synthetic.image_bytes("GIF", size=(60, 80)), Kind.GIF, "image/gif"),
    ],
)
def test_accepted_kinds_are_recognised_from_their_content(
    data: bytes, kind: Kind, media_type: str
) -> None:
    found = sniff(data)
    assert found.kind is kind
    assert found.media_type == media_type


def test_pdf_header_after_leading_junk_is_still_a_pdf() -> None:
    assert sniff(b"\r\n\x00junk" + synthetic.text_pdf_bytes(pages=1)).kind is Kind.PDF


def test_only_the_first_bytes_matter_not_the_size() -> None:
    head = synthetic.scan_jpeg_bytes(size=(200, 300))[:16]
    assert sniff(head).kind is Kind.JPEG


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (synthetic.docx_bytes(), "Word document"),
        (synthetic.odt_bytes(), "OpenDocument"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "older Microsoft Office"),
        (b"{\\rtf1\\ansi fictional}", "RTF"),
        (synthetic.dicom_bytes(), "radiology report instead"),
        (synthetic.zip_bytes(), "Unpack it first"),
        (b"Rar!\x1a\x07\x00" + bytes(40), "Unpack it first"),
        (b"MZ\x90\x00" + bytes(200), "program"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "program"),
        (b"#!/bin/sh\necho hi\n", "program"),
        (b"<!DOCTYPE html><html><body>Lab</body></html>", "web page"),
        (b'<?xml version="1.0"?><ClinicalDocument/>', "data file (XML)"),
        (b"From: clinic@example.org\nSubject: results\n\nHello", "e-mail"),
        (b"Patient notes, fictional.\nLine two.\n", "plain text"),
        (b"%!PS-Adobe-3.0 EPSF-3.0\n", "PostScript"),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2", "video"),
        (b"II*\x00\x10\x00\x00\x00CR\x02\x00" + bytes(100), "camera RAW"),
        (bytes(range(256)) * 4, "could not tell what kind"),
    ],
)
def test_other_files_are_refused_with_a_helpful_line(data: bytes, words: str) -> None:
    with pytest.raises(ImportRefused, match=re.escape(words)):
        sniff(data)


def test_docx_refusal_says_to_save_it_as_pdf_first() -> None:
    with pytest.raises(ImportRefused) as caught:
        sniff(synthetic.docx_bytes())
    assert "save or print it as PDF first" in str(caught.value)


MAGICS = [
    b"\xff\xd8\xff",
    b"\x89PNG\r\n\x1a\n",
    b"II*\x00",
    b"MM\x00*",
    b"GIF89a",
    b"RIFF",
    b"BM",
    b"\x00\x00\x00\x1cftyp",
    b"%PDF-",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([b"", *MAGICS]), st.binary(max_size=600))
def test_random_bytes_never_crash_the_sniffer(prefix: bytes, body: bytes) -> None:
    try:
        found = sniff(prefix + body)
    except ImportRefused as exc:
        assert str(exc)
    else:
        assert found.media_type

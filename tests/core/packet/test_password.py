"""Password packets: AES-256 R6, open only with the password, same content as without."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pypdf
import pytest

from organizer.core.model import Section
from organizer.core.packet import PacketOptions, build_packet
from organizer.core.packet.hashing import sha256_hex
from organizer.core.packet.passphrase import generate_passphrase
from tests.core.packet.helpers import (
    PREPARED_ON,
    Blobs,
    assert_band_on_every_page,
    base_content,
    document,
    image_part,
    outline_titles,
    pdf_part,
    pdfinfo,
    qpdf_check,
    require_tool,
    run,
)
from tests.synthetic import scan_jpeg_bytes, text_pdf_bytes

# A generated one: it must open in every reader, poppler included (<= 32 characters).
PASSWORD = generate_passphrase()


def test_password_packet_is_r6_and_matches_the_plain_one(tmp_path: Path) -> None:
    blobs = Blobs()
    content = base_content()
    content.documents = [
        document(
            Section.RESULTS, "Lab report", [pdf_part(blobs, text_pdf_bytes(2))], date(2026, 5, 1)
        ),
        document(
            Section.OTHER,
            "Scan",
            [image_part(blobs, scan_jpeg_bytes(3, size=(425, 550), dpi=50), dpi=(50, 50))],
        ),
    ]
    plain, locked = tmp_path / "plain.pdf", tmp_path / "locked.pdf"
    plain_result = build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), plain)
    options = PacketOptions(prepared_on=PREPARED_ON, password=PASSWORD)
    locked_result = build_packet(content, blobs.read, options, locked)

    assert locked_result.password_set and not plain_result.password_set
    assert locked_result.sha256_unencrypted == plain_result.sha256_unencrypted
    assert plain_result.sha256_unencrypted == sha256_hex(plain.read_bytes())
    assert locked_result.sha256_file == sha256_hex(locked.read_bytes())
    assert locked_result.sha256_file != locked_result.sha256_unencrypted
    assert PASSWORD.encode() not in locked.read_bytes()

    qpdf_check(locked, PASSWORD)
    info = pdfinfo(locked, PASSWORD)
    assert info["Pages"] == str(plain_result.page_count)
    assert info["Encrypted"].startswith("yes") and "algorithm:AES-256" in info["Encrypted"]
    assert "print:yes" in info["Encrypted"]
    assert_band_on_every_page(locked, plain_result.page_count, password=PASSWORD)
    assert outline_titles(locked, PASSWORD) == outline_titles(plain)

    # Without the password nothing opens it; with it, pikepdf and pypdf report revision 6.
    result = run(require_tool("pdfinfo"), str(locked))
    assert result.returncode != 0
    result = run(require_tool("qpdf"), "--requires-password", str(locked))
    assert result.returncode == 0  # exit 0 means "a password is required"
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(locked)
    with pikepdf.open(locked, password=PASSWORD) as pdf:
        assert pdf.encryption.R == 6
        assert pdf.allow.print_highres
        assert not pdf.allow.modify_other
    reader = pypdf.PdfReader(locked)
    assert reader.is_encrypted
    assert reader.decrypt(PASSWORD) != 0
    assert reader._encryption is not None and reader._encryption.R == 6
    assert len(reader.pages) == plain_result.page_count

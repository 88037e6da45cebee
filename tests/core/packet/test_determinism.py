"""Same content, options and date give the same bytes; a different date does not."""

from __future__ import annotations

import copy
import hashlib
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pikepdf

from organizer.core.model import Section
from organizer.core.packet import PacketOptions, build_packet
from tests.core.packet.helpers import (
    PREPARED_ON,
    Blobs,
    base_content,
    document,
    image_part,
    pdf_part,
    qpdf_check,
)
from tests.synthetic import scan_jpeg_bytes, text_pdf_bytes


def test_two_exports_are_byte_identical(tmp_path: Path) -> None:
    blobs = Blobs()
    content = base_content()
    content.documents = [
        document(Section.RESULTS, "Lab", [pdf_part(blobs, text_pdf_bytes(2))], date(2026, 2, 3)),
        document(
            Section.OTHER,
            "Scan",
            [image_part(blobs, scan_jpeg_bytes(2, size=(425, 550), dpi=50), dpi=(50, 50))],
        ),
    ]
    options = PacketOptions(prepared_on=PREPARED_ON, recipient="Dr Fictional")
    first = build_packet(content, blobs.read, options, tmp_path / "a.pdf")
    # A copy made from scratch (as a remake from a snapshot would be) gives the same bytes.
    second = build_packet(copy.deepcopy(content), blobs.read, options, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert first.sha256_unencrypted == second.sha256_unencrypted == first.sha256_file
    qpdf_check(tmp_path / "a.pdf")
    raw = (tmp_path / "a.pdf").read_bytes()
    assert b"/CreationDate" not in raw and b"/ModDate" not in raw

    later = PacketOptions(prepared_on=date(2026, 12, 1), recipient="Dr Fictional")
    third = build_packet(content, blobs.read, later, tmp_path / "c.pdf")
    assert third.sha256_unencrypted != first.sha256_unencrypted


_CHILD = """
import sys
from datetime import date
from pathlib import Path
from organizer.core.model import Section
from organizer.core.packet import PacketOptions, build_packet
from tests.core.packet.helpers import Blobs, base_content, document, pdf_part
from tests.synthetic import text_pdf_bytes
blobs = Blobs()
content = base_content()
content.documents = [
    document(Section.RESULTS, f"Report {n}", [pdf_part(blobs, text_pdf_bytes(1, seed=n))],
             date(2026, 1, 1 + n))
    for n in range(3)
]
result = build_packet(content, blobs.read, PacketOptions(prepared_on=date(2026, 11, 29)),
                      Path(sys.argv[1]))
print(result.sha256_unencrypted)
"""


def test_same_bytes_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    hashes = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(tmp_path / f"{seed}.pdf")],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            cwd=Path(__file__).parents[3],
        )
        assert done.returncode == 0, done.stderr
        hashes.add(done.stdout.strip())
    assert len(hashes) == 1
    assert (tmp_path / "1.pdf").read_bytes() == (tmp_path / "2.pdf").read_bytes()


def _trailer_id(raw: bytes) -> bytes:
    found = re.findall(rb"/ID \[<([0-9a-f]{32})><([0-9a-f]{32})>\]", raw[-4096:])
    assert len(found) == 1 and found[0][0] == found[0][1]
    return found[0][0]


def test_the_document_id_is_derived_from_the_content(tmp_path: Path) -> None:
    blobs = Blobs()
    content = base_content()
    content.documents = [
        document(Section.RESULTS, "Lab", [pdf_part(blobs, text_pdf_bytes(2))], date(2026, 2, 3))
    ]
    first = build_packet(
        content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), tmp_path / "a.pdf"
    )
    later = PacketOptions(prepared_on=date(2026, 12, 1))
    build_packet(content, blobs.read, later, tmp_path / "b.pdf")
    raw_a, raw_b = (tmp_path / "a.pdf").read_bytes(), (tmp_path / "b.pdf").read_bytes()
    id_a = _trailer_id(raw_a)
    # Not qpdf's fixed test ID, and another packet gets another ID.
    assert id_a != b"31415926535897932384626433832795"
    assert id_a != _trailer_id(raw_b)
    # The first 16 bytes of the SHA-256 of everything before the ID; the file's own hash
    # (reported and logged) covers the final bytes, ID included.
    before = raw_a[: raw_a.rindex(b"/ID [<")]
    assert id_a == hashlib.sha256(before).hexdigest()[:32].encode()
    assert first.sha256_file == hashlib.sha256(raw_a).hexdigest()
    with pikepdf.open(tmp_path / "a.pdf") as pdf:  # a reader sees the same ID
        assert bytes(pdf.trailer.ID[0]).hex().encode() == id_a
    qpdf_check(tmp_path / "a.pdf")

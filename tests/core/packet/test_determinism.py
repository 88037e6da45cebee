"""Same content, options and date give the same bytes; a different date does not."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

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

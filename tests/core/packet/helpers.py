"""Building test content from synthetic files, and reading packets back with real PDF readers."""

from __future__ import annotations

import hashlib
import io
import subprocess
from datetime import date
from pathlib import Path

import pikepdf

from organizer.core.model import (
    Case,
    Document,
    Medication,
    PagePart,
    Patient,
    Priority,
    Question,
    Section,
    VaultContent,
)
from organizer.core.vault import Vault
from tests.conftest import require_tool
from tests.synthetic import scan_jpeg_bytes, text_pdf_bytes

PATIENT = "Zoë Ñúñez"
PREPARED_ON = date(2026, 11, 29)


class Blobs(dict[str, bytes]):
    """An in-memory blob store standing in for the vault."""

    def add(self, data: bytes) -> str:
        blob_id = hashlib.sha256(data).hexdigest()[:32]
        self[blob_id] = data
        return blob_id

    def read(self, blob_id: str) -> bytes:
        return self[blob_id]


def pdf_part(blobs: Blobs, data: bytes, name: str = "report.pdf") -> PagePart:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        sizes = [(float(p.mediabox[2]), float(p.mediabox[3])) for p in pdf.pages]
    return PagePart(
        blobs.add(data), name, "application/pdf", len(data), _sha(data), len(sizes), sizes
    )


def image_part(
    blobs: Blobs,
    data: bytes,
    name: str = "scan.jpg",
    dpi: tuple[float, float] | None = (300.0, 300.0),
    exif_rotation: int = 0,
    media_type: str = "image/jpeg",
) -> PagePart:
    return PagePart(
        blobs.add(data),
        name,
        media_type,
        len(data),
        _sha(data),
        1,
        exif_rotation=exif_rotation,
        dpi=dpi,
    )


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def base_content(name: str = PATIENT) -> VaultContent:
    content = VaultContent(
        case=Case(
            patient=Patient(name=name, date_of_birth=date(1961, 4, 2)),
            reason="Surgery was advised; I want a second view first.",
            diagnosis="Fictional kidney tumour",
            medications_reviewed_on=date(2026, 11, 20),
        )
    )
    content.questions = [
        Question("Is surgery the only option?", order=1),
        Question("What would you do in my place?", order=0, priority=Priority.HIGH),
    ]
    content.medications = [
        Medication("Fictolol", strength="5 mg", dose="1 tablet", how_often="once a day"),
    ]
    return content


def document(
    section: Section, title: str, parts: list[PagePart], when: date | None = None, **kw: object
) -> Document:
    return Document(section, title, parts, date=when, **kw)  # type: ignore[arg-type]


def fill_vault(vault: Vault) -> None:
    """Put a small case into the vault, storing the synthetic files as real blobs."""
    blobs = Blobs()
    content = base_content()
    content.documents = [
        document(
            Section.RESULTS,
            "Pathology report",
            [pdf_part(blobs, text_pdf_bytes(3))],
            date(2026, 3, 1),
        ),
        document(
            Section.OTHER,
            "Scanned letter",
            [image_part(blobs, scan_jpeg_bytes(4, size=(425, 550), dpi=50), dpi=(50, 50))],
            date(2026, 2, 1),
        ),
        document(
            Section.TREATMENT,
            "Plan",
            [pdf_part(blobs, text_pdf_bytes(1, seed=7))],
            date(2026, 4, 1),
        ),
    ]
    stored = {blob_id: vault.write_blob(data).blob_id for blob_id, data in blobs.items()}
    for doc in content.documents:
        for part in doc.parts:
            part.blob_id = stored[part.blob_id]
    vault.content.case = content.case
    vault.content.questions = content.questions
    vault.content.medications = content.medications
    vault.content.documents = content.documents
    vault.commit()


# --- real readers -------------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False)


def qpdf_check(path: Path, password: str | None = None) -> None:
    qpdf = require_tool("qpdf")
    extra = [f"--password={password}"] if password else []
    result = run(qpdf, *extra, "--check", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def pdfinfo(path: Path, password: str | None = None) -> dict[str, str]:
    tool = require_tool("pdfinfo")
    extra = ["-upw", password] if password else []
    result = run(tool, *extra, str(path))
    assert result.returncode == 0, result.stderr
    info = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def page_texts(path: Path, password: str | None = None) -> list[str]:
    tool = require_tool("pdftotext")
    extra = ["-upw", password] if password else []
    result = run(tool, "-layout", *extra, str(path), "-")
    assert result.returncode == 0, result.stderr
    pages = result.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def assert_band_on_every_page(
    path: Path,
    pages: int,
    name: str = PATIENT,
    password: str | None = None,
    born: str = "2 Apr 1961",
) -> list[str]:
    texts = page_texts(path, password)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text, f"page {number} has no band:\n{text}"
        assert name in text, f"page {number} has no patient name"
        assert f"born {born}" in text
    return texts


def outline_titles(path: Path, password: str | None = None) -> list[tuple[int, str, int]]:
    """(depth, title, 1-based page) for each bookmark."""
    found: list[tuple[int, str, int]] = []
    with pikepdf.open(path, password=password or "") as pdf:
        page_numbers = {p.objgen: n for n, p in enumerate(pdf.pages, start=1)}

        def walk(items: list[pikepdf.OutlineItem], depth: int) -> None:
            for item in items:
                dest = item.destination
                target = page_numbers[dest[0].objgen] if isinstance(dest, pikepdf.Array) else 0
                found.append((depth, str(item.title), target))
                walk(item.children, depth + 1)

        with pdf.open_outline() as outline:
            walk(outline.root, 0)
    return found


def dct_streams(path: Path, password: str | None = None) -> list[bytes]:
    """Raw bytes of every JPEG image stream in the file."""
    streams = []
    with pikepdf.open(path, password=password or "") as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Filter") == pikepdf.Name.DCTDecode:
                streams.append(obj.read_raw_bytes())
    return streams

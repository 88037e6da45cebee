"""Helpers for planning tests: read generated PDFs back with real readers, build contents."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from organizer.core.model import Document, PagePart, Section
from tests.conftest import require_tool


def pdf_text(path: Path) -> str:
    """All text of a PDF as poppler's pdftotext reads it, whitespace collapsed."""
    tool = require_tool("pdftotext")
    out = subprocess.run([tool, str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())


def pdf_pages(path: Path) -> int:
    tool = require_tool("pdfinfo")
    out = subprocess.run([tool, str(path)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    assert match, out
    return int(match.group(1))


def assert_fonts_embedded(path: Path) -> None:
    """Every font the PDF uses is embedded (so it prints the same everywhere)."""
    tool = require_tool("pdffonts")
    out = subprocess.run([tool, str(path)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        # Columns: name, type, encoding, emb, sub, uni, object, generation.
        assert row.split()[-5] == "yes", out


def qpdf_check(path: Path) -> None:
    tool = require_tool("qpdf")
    result = subprocess.run([tool, "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_fonts_embedded(path)


def make_doc(section: Section, title: str, notes: str = "", on: date | None = None) -> Document:
    """A document record as an import would make it (the blob need not exist for planning)."""
    part = PagePart(
        blob_id="b" * 32,
        original_name=f"{title}.pdf",
        media_type="application/pdf",
        size=1000,
        sha256="0" * 64,
        page_count=1,
    )
    return Document(section=section, title=title, parts=[part], notes=notes, date=on)

"""A seeded, synthetic (fictional) corpus of what patients bring: scans and PDFs.

Reused by the ingestion and packet benchmarks. Scans are A4 at 300 dpi, RGB JPEG q85, noisy
paper with text rows and a table, slightly skewed and blurred: about 800 KB each, like real
scanner output.
"""

from __future__ import annotations

import io
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

A4_300DPI = (2480, 3508)


def scan_page_jpeg(seed: int, size: tuple[int, int] = A4_300DPI, quality: int = 85) -> bytes:
    """One scanned page (~800 KB at A4 300 dpi)."""
    rng = random.Random(seed)
    w, h = size
    noise = Image.effect_noise((w, h), 6 + rng.random() * 4)  # grain centred on 128
    paper = Image.new("L", (w, h), 236 + rng.randint(0, 10))
    img = ImageChops.add(paper, noise, scale=1.0, offset=-128)
    draw = ImageDraw.Draw(img)
    scale = w / 2480
    for row in range(40):
        y = int((300 + row * 75) * scale)
        value = rng.random() * 100
        draw.text((int(250 * scale), y), f"Fictional result {row}: {value:6.2f} mg/dL", fill=30)
    for row in range(20):
        top = h // 2 + int(row * 70 * scale)
        draw.line((int(250 * scale), top, w - int(250 * scale), top), fill=80, width=3)
    img = img.filter(ImageFilter.GaussianBlur(1.1)).rotate(rng.uniform(-1.5, 1.5), fillcolor=240)
    tint = (img, img.point(lambda v: max(0, v - 3)), img.point(lambda v: max(0, v - 8)))
    out = io.BytesIO()
    Image.merge("RGB", tint).save(out, "JPEG", quality=quality, dpi=(300, 300))
    return out.getvalue()


_KINDS = [
    "FICTIONAL PATHOLOGY REPORT",
    "FICTIONAL DISCHARGE SUMMARY",
    "FICTIONAL OPERATIVE REPORT",
    "FICTIONAL LAB RESULTS",
    "FICTIONAL TREATMENT PLAN",
    "FICTIONAL MEDICATION LIST",
]


def report_pdf(seed: int, pages: int = 7) -> bytes:
    """A text PDF like a portal download: headed pages of fictional findings."""
    rng = random.Random(seed)
    title = _KINDS[seed % len(_KINDS)]
    pagesize = A4 if seed % 2 else letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    c.setTitle(title)
    _w, h = pagesize
    for n in range(pages):
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, h - 60, title)
        c.setFont("Helvetica", 10)
        c.drawString(60, h - 80, f"Date of service: 03/{1 + seed % 28:02}/2024   Page {n + 1}")
        for line in range(45):
            words = " ".join(rng.choice(_WORDS) for _ in range(12))
            c.drawString(60, h - 110 - line * 15, words)
        c.showPage()
    c.save()
    return buf.getvalue()


_WORDS = tuple(
    [
        "specimen",
        "fictional",
        "tissue",
        "margin",
        "negative",
        "benign",
        "follow-up",
        "imaging",
        "normal",
        "stable",
        "recommend",
        "review",
        "consult",
        "dose",
        "daily",
        "tablet",
        "patient",
        "synthetic",
        "finding",
        "result",
    ]
)


def scanned_pdf(seed: int, pages: int = 2) -> bytes:
    """A PDF of scanned pages (image only, no text), as a copier's scan-to-PDF makes."""
    import img2pdf

    jpegs = [scan_page_jpeg(seed * 100 + n, size=(1240, 1754), quality=75) for n in range(pages)]
    data = img2pdf.convert(jpegs)
    assert isinstance(data, bytes)
    return data


@dataclass(frozen=True)
class Corpus:
    scans: list[Path]
    pdfs: list[Path]

    @property
    def scan_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.scans)

    @property
    def pdf_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.pdfs)


def write_corpus(folder: Path, scans: int = 60, pdfs: int = 20, seed: int = 0) -> Corpus:
    """Write the corpus into ``folder`` (two threads: Pillow releases the GIL)."""
    (folder / "scans").mkdir(parents=True, exist_ok=True)
    (folder / "pdfs").mkdir(parents=True, exist_ok=True)

    def make_scan(n: int) -> Path:
        path = folder / "scans" / f"scan {n + 1:03}.jpg"
        path.write_bytes(scan_page_jpeg(seed * 1000 + n))
        return path

    def make_pdf(n: int) -> Path:
        path = folder / "pdfs" / f"record {n + 1:02}.pdf"
        # Three in ten are scanned, the rest text: 14 x 7 + 6 x 2 = 110 pages for 20.
        data = scanned_pdf(seed * 1000 + n) if n % 10 in (3, 6, 9) else report_pdf(seed + n)
        path.write_bytes(data)
        return path

    with ThreadPoolExecutor(max_workers=2) as pool:
        scan_paths = list(pool.map(make_scan, range(scans)))
        pdf_paths = list(pool.map(make_pdf, range(pdfs)))
    return Corpus(scan_paths, pdf_paths)


def load_corpus(folder: Path, scans: int, pdfs: int) -> Corpus | None:
    """A corpus written earlier into ``folder`` with the same counts, or None."""
    scan_paths = sorted((folder / "scans").glob("*.jpg"))
    pdf_paths = sorted((folder / "pdfs").glob("*.pdf"))
    if len(scan_paths) != scans or len(pdf_paths) != pdfs:
        return None
    return Corpus(scan_paths, pdf_paths)

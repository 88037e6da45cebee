"""A small seeded, synthetic (fictional) corpus for the packet benchmark: scans and PDFs.

60 A4 300 dpi RGB JPEG scans (noisy paper, text rows, a table, slight skew and blur; several
hundred KB each, like scanner output) and 20 text PDFs of 7 pages: the 200-page case of
/work/shared/notes/performance-baselines.md. Generated once into a cache folder.
"""

from __future__ import annotations

import io
import random
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

SCANS, PDFS, PDF_PAGES = 60, 20, 7
VERSION = 1


def scan_jpeg(seed: int) -> bytes:
    rng = random.Random(seed)
    w, h = 2480, 3508
    noise = Image.effect_noise((w, h), 5 + rng.random() * 4)
    paper = Image.new("L", (w, h), 236 + rng.randint(0, 10))
    img = ImageChops.add(paper, noise, scale=1.0, offset=-128)
    draw = ImageDraw.Draw(img)
    for row in range(40):
        draw.text(
            (250, 300 + row * 75), f"Fictional result {row}: {rng.random() * 100:6.2f}", fill=30
        )
    for row in range(20):
        top = h // 2 + row * 70
        draw.line((250, top, w - 250, top), fill=80, width=3)
    img = img.filter(ImageFilter.GaussianBlur(1.1)).rotate(rng.uniform(-1.5, 1.5), fillcolor=240)
    tint = (img, img.point(lambda v: max(0, v - 3)), img.point(lambda v: max(0, v - 8)))
    out = io.BytesIO()
    Image.merge("RGB", tint).save(out, "JPEG", quality=85, dpi=(300, 300))
    return out.getvalue()


def text_pdf(seed: int) -> bytes:
    rng = random.Random(seed)
    size = A4 if seed % 2 else letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    for page in range(PDF_PAGES):
        c.setFont("Helvetica-Bold", 15)
        c.drawString(72, size[1] - 72, f"FICTIONAL REPORT {seed}")
        c.setFont("Helvetica", 10)
        for line in range(45):
            c.drawString(
                72,
                size[1] - 100 - line * 14,
                f"Page {page + 1} line {line}: value {rng.random():.4f}",
            )
        c.showPage()
    c.save()
    return buf.getvalue()


def ensure_corpus(folder: Path) -> tuple[list[Path], list[Path]]:
    """(scan files, pdf files), generating what is missing."""
    root = folder / f"v{VERSION}"
    scans = [root / "scans" / f"scan-{n:02d}.jpg" for n in range(SCANS)]
    pdfs = [root / "pdfs" / f"report-{n:02d}.pdf" for n in range(PDFS)]
    missing_scans = [n for n, p in enumerate(scans) if not p.exists()]
    if missing_scans:
        (root / "scans").mkdir(parents=True, exist_ok=True)
        with ProcessPoolExecutor(max_workers=2) as pool:
            for n, data in zip(missing_scans, pool.map(scan_jpeg, missing_scans), strict=True):
                scans[n].write_bytes(data)
    for n, path in enumerate(pdfs):
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text_pdf(n))
    return scans, pdfs

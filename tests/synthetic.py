"""Synthetic, fictional documents for tests and benchmarks (never real patient data).

Everything is generated from a seed, so a test that needs "a scanned page" or "a portal PDF"
gets the same bytes every run without committing binaries to the repo.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

A4_300DPI = (2480, 3508)


def scan_image(
    seed: int = 0,
    size: tuple[int, int] = A4_300DPI,
    lines: tuple[str, ...] = ("FICTIONAL LAB REPORT", "Patient: Test Person"),
    mode: str = "RGB",
) -> Image.Image:
    """A page that looks like a scan: off-white paper with noise, text rows, a table."""
    rng = random.Random(seed)
    w, h = size
    base = 235 + rng.randint(0, 12)
    img = Image.new("L", (w, h), base)
    draw = ImageDraw.Draw(img)
    # Texture: sparse dark specks and light streaks, cheap to draw even at 300 dpi.
    for _ in range(w * h // 4000):
        x, y = rng.randrange(w), rng.randrange(h)
        draw.point((x, y), fill=rng.randint(120, 200))
    y = h // 12
    for text in lines:
        draw.text((w // 10, y), text, fill=20)
        y += h // 40
    for row in range(25):
        top = h // 4 + row * (h // 45)
        draw.line((w // 10, top, w - w // 10, top), fill=90, width=2)
        for col in range(4):
            draw.text((w // 10 + col * w // 5 + 8, top + 6), f"{rng.random() * 100:5.1f}", fill=40)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img.convert(mode)


def scan_jpeg_bytes(
    seed: int = 0,
    size: tuple[int, int] = A4_300DPI,
    quality: int = 85,
    dpi: int = 300,
    exif: bytes | None = None,
) -> bytes:
    buf = io.BytesIO()
    kwargs: dict[str, object] = {"quality": quality, "dpi": (dpi, dpi)}
    if exif is not None:
        kwargs["exif"] = exif
    scan_image(seed, size).save(buf, "JPEG", **kwargs)
    return buf.getvalue()


def text_pdf_bytes(
    pages: int = 2,
    title: str = "FICTIONAL PATHOLOGY REPORT",
    body: str = "Specimen: synthetic tissue sample. Diagnosis: fictional finding.",
    pagesize: tuple[float, float] = letter,
    seed: int = 0,
) -> bytes:
    """A text PDF like a portal download: a title and body text on each page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    c.setTitle(title)
    c.setAuthor("Fictional Clinic")
    _w, h = pagesize
    for n in range(pages):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, h - 72, title)
        c.setFont("Helvetica", 11)
        c.drawString(72, h - 100, f"{body} Page {n + 1} of {pages}. Ref {seed}-{n}.")
        c.showPage()
    c.save()
    return buf.getvalue()


def jpeg_with_metadata_bytes(seed: int = 0, size: tuple[int, int] = (600, 800)) -> bytes:
    """A scan JPEG carrying EXIF (camera, orientation, GPS), XMP and a comment segment."""
    exif = Image.new("RGB", (1, 1)).getexif()
    exif[0x010F] = "FictionalCam"  # Make
    exif[0x0132] = "2026:01:02 03:04:05"  # DateTime
    exif[0x8825] = {1: "N", 2: (1.0, 2.0, 3.0)}  # GPS info
    plain = scan_jpeg_bytes(seed, size, dpi=150, exif=exif.tobytes())
    xmp = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>FICTIONAL-XMP</x:xmpmeta>"
    comment = b"FICTIONAL-COMMENT"
    segments = _jpeg_segment(0xE1, xmp) + _jpeg_segment(0xFE, comment)
    return plain[:2] + segments + plain[2:]


def _jpeg_segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload


def full_bleed_jpeg_bytes(
    size: tuple[int, int] = (850, 1100), grey: int = 128, dpi: int = 100
) -> bytes:
    """A scan that is ink to every edge: one flat grey, so its pixels are easy to find."""
    buf = io.BytesIO()
    Image.new("L", size, grey).save(buf, "JPEG", quality=95, dpi=(dpi, dpi))
    return buf.getvalue()


def risky_pdf_bytes() -> bytes:
    """A PDF with everything a packet must not pass on: document info, XMP, JavaScript,
    an open action, an embedded file, page-level actions, and a filled-in form field."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    pdf = pikepdf.open(io.BytesIO(text_pdf_bytes(1, title="FICTIONAL REFERRAL FORM")))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = ["FICTIONAL-XMP-AUTHOR"]
    pdf.docinfo["/Author"] = "FICTIONAL-INFO-AUTHOR"
    pdf.docinfo["/Producer"] = "FictionalProducer 1.0"
    script = Dictionary(S=Name.JavaScript, JS=String("app.alert('fictional');"))
    pdf.Root.OpenAction = pdf.make_indirect(script)
    attachment = pikepdf.AttachedFileSpec(pdf, b"FICTIONAL-ATTACHMENT", filename="notes.txt")
    pdf.attachments["notes.txt"] = attachment
    pdf.Root.Names.JavaScript = Dictionary(Names=Array([String("x"), pdf.make_indirect(script)]))
    page = pdf.pages[0]
    page.obj.AA = Dictionary(O=pdf.make_indirect(script))
    field = pdf.make_indirect(
        Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Tx,
            T=String("referral_reason"),
            V=String("FICTIONAL-FIELD-VALUE"),
            DA=String("/Helv 10 Tf 0 g"),
            Rect=Array([72, 500, 400, 520]),
            F=4,
            P=page.obj,
        )
    )
    page.obj.Annots = Array([field])
    helv = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    pdf.Root.AcroForm = Dictionary(
        Fields=Array([field]),
        NeedAppearances=True,
        DA=String("/Helv 10 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=helv)),
    )
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


__all__ = [
    "A4",
    "A4_300DPI",
    "full_bleed_jpeg_bytes",
    "jpeg_with_metadata_bytes",
    "risky_pdf_bytes",
    "scan_image",
    "scan_jpeg_bytes",
    "text_pdf_bytes",
    "write",
]

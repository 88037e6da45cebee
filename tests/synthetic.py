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


MARK_CORNERS = ("top-left", "bottom-right", "top-right", "bottom-left")


def marked_pdf_bytes(pages: int = 2, pagesize: tuple[float, float] = letter) -> bytes:
    """Portrait pages told apart at a glance: page n has a big black box in the corner
    ``MARK_CORNERS[n % 4]`` (a quarter of the page), the rest white."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    w, h = pagesize
    for n in range(pages):
        corner = MARK_CORNERS[n % len(MARK_CORNERS)]
        x = w / 2 if corner.endswith("right") else 0
        y = 0 if corner.startswith("bottom") else h / 2  # PDF y grows upwards
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, y, w / 2, h / 2, stroke=0, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


def marked_jpeg_bytes(corner: str = "top-left", size: tuple[int, int] = (300, 400)) -> bytes:
    """A portrait picture, white with a black box in one corner (see ``MARK_CORNERS``)."""
    w, h = size
    image = Image.new("RGB", size, "white")
    x = w // 2 if corner.endswith("right") else 0
    y = h // 2 if corner.startswith("bottom") else 0
    ImageDraw.Draw(image).rectangle((x, y, x + w // 2 - 1, y + h // 2 - 1), fill="black")
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=90)
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


# --- More kinds of input for ingestion tests (all generated, all fictional) -------------------


def image_bytes(
    fmt: str,
    seed: int = 0,
    size: tuple[int, int] = (620, 877),
    mode: str = "RGB",
    **save_options: object,
) -> bytes:
    """A small scan-like page saved in any Pillow format ("PNG", "WEBP", "BMP", "GIF"...)."""
    img = scan_image(seed, size, mode="L").convert(mode)
    buf = io.BytesIO()
    img.save(buf, fmt, **save_options)
    return buf.getvalue()


def exif_jpeg_bytes(orientation: int, seed: int = 0, size: tuple[int, int] = (600, 400)) -> bytes:
    """A JPEG whose EXIF says how to turn it upright (1-8), as phone cameras write them."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    return scan_jpeg_bytes(seed, size, exif=exif.tobytes())


def tiff_bytes(
    pages: int = 3,
    compression: str = "group4",
    size: tuple[int, int] = (850, 1100),
    dpi: int = 100,
    seed: int = 0,
) -> bytes:
    """A multi-page TIFF as scanners make them: "group4" (bilevel), "tiff_lzw", "packbits"..."""
    bilevel = compression in ("group3", "group4")
    frames = [scan_image(seed + n, size, mode="L") for n in range(pages)]
    if bilevel:  # thresholded like a fax or document scanner, not dithered
        frames = [f.point(lambda v: 255 if v > 170 else 0).convert("1") for f in frames]
    buf = io.BytesIO()
    frames[0].save(
        buf,
        "TIFF",
        save_all=True,
        append_images=frames[1:],
        compression=compression,
        dpi=(dpi, dpi),
    )
    return buf.getvalue()


def heic_bytes(seed: int = 0, size: tuple[int, int] = (600, 800), quality: int = 60) -> bytes:
    """A HEIC photo like an iPhone's (needs pillow-heif's encoder)."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    scan_image(seed, size).save(buf, "HEIF", quality=quality)
    return buf.getvalue()


def image_pdf_bytes(jpegs: list[bytes]) -> bytes:
    """A "scanned" PDF: each JPEG one page, embedded unchanged (img2pdf), no text layer."""
    import img2pdf

    data = img2pdf.convert(jpegs)
    assert isinstance(data, bytes)
    return data


def colour_scan_jpeg_bytes(seed: int = 0, size: tuple[int, int] = A4_300DPI) -> bytes:
    """A scan where colour matters (a stained slide photo in a report), 300 dpi JPEG."""
    img = scan_image(seed, size)
    w, h = size
    ImageDraw.Draw(img).rectangle((w // 12, h // 17, w * 9 // 10, h * 2 // 5), fill=(200, 40, 60))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, dpi=(300, 300))
    return buf.getvalue()


def built_scan_pdf_bytes(scan: bytes, masked: bytes) -> bytes:
    """A4 pages built the way some scanner software does, for "email size" edge cases.

    ``scan`` and ``masked`` are 8-bit RGB/gray JPEGs of an A4 300 dpi page.
    Page 1: ``scan`` full page, plus a 150 x 60 px Flate logo in a corner.
    Page 2: the same ``scan`` image object, drawn inside a Form XObject inside a Form XObject.
    Page 3: ``masked`` full page with a soft mask (/SMask), as transparency-aware tools write.
    """
    import zlib

    import pikepdf
    from pikepdf import Array, Dictionary, Name

    width, height = A4
    pdf = pikepdf.new()

    def jpeg_image(data: bytes, **extra: object) -> pikepdf.Stream:
        with Image.open(io.BytesIO(data)) as img:
            size, gray = img.size, img.mode == "L"
        return pdf.make_stream(
            data,
            Type=Name.XObject,
            Subtype=Name.Image,
            Width=size[0],
            Height=size[1],
            ColorSpace=Name.DeviceGray if gray else Name.DeviceRGB,
            BitsPerComponent=8,
            Filter=Name.DCTDecode,
            **extra,
        )

    def gray_flate(size: tuple[int, int], pixels: bytes) -> pikepdf.Stream:
        return pdf.make_stream(
            zlib.compress(pixels),
            Type=Name.XObject,
            Subtype=Name.Image,
            Width=size[0],
            Height=size[1],
            ColorSpace=Name.DeviceGray,
            BitsPerComponent=8,
            Filter=Name.FlateDecode,
        )

    def page(contents: bytes, xobjects: dict[str, pikepdf.Object]) -> None:
        new = pdf.add_blank_page(page_size=(width, height))
        new.obj.Resources = Dictionary(XObject=Dictionary(xobjects))
        new.obj.Contents = pdf.make_stream(contents)

    full = f"q {width:.2f} 0 0 {height:.2f} 0 0 cm /Im0 Do Q".encode()
    scan_image_obj = jpeg_image(scan)
    logo_pixels = bytes((x * 7 + y * 3) % 256 for y in range(60) for x in range(150))
    logo = gray_flate((150, 60), logo_pixels)
    page(
        full + f" q 72 0 0 28.8 24 {height - 60:.2f} cm /Lg0 Do Q".encode(),
        {"/Im0": scan_image_obj, "/Lg0": logo},
    )

    def form(contents: bytes, xobjects: dict[str, pikepdf.Object]) -> pikepdf.Stream:
        return pdf.make_stream(
            contents,
            Type=Name.XObject,
            Subtype=Name.Form,
            BBox=Array([0, 0, width, height]),
            Resources=Dictionary(XObject=Dictionary(xobjects)),
        )

    inner = form(full, {"/Im0": scan_image_obj})
    outer = form(b"/Fm1 Do", {"/Fm1": inner})
    page(b"/Fm0 Do", {"/Fm0": outer})

    with Image.open(io.BytesIO(masked)) as img:
        mask_size = img.size
    mask = gray_flate(mask_size, b"\xff" * (mask_size[0] * mask_size[1]))
    page(full, {"/Im0": jpeg_image(masked, SMask=mask)})
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()


def encrypted_pdf_bytes(
    user_password: str = "",
    owner_password: str = "owner-secret",
    source: bytes | None = None,
    restrict: bool = True,
) -> bytes:
    """An AES-256 (R6) protected PDF: with a user password it needs one to open; with only an
    owner password it opens freely but restricts printing and copying."""
    import pikepdf

    with pikepdf.open(io.BytesIO(source or text_pdf_bytes())) as pdf:
        allow = pikepdf.Permissions(extract=not restrict, print_highres=not restrict)
        buf = io.BytesIO()
        pdf.save(
            buf,
            encryption=pikepdf.Encryption(
                user=user_password, owner=owner_password, R=6, allow=allow
            ),
        )
    return buf.getvalue()


def pdf_with_javascript_bytes(source: bytes | None = None) -> bytes:
    """A PDF that runs a (harmless) script when opened."""
    import pikepdf

    with pikepdf.open(io.BytesIO(source or text_pdf_bytes())) as pdf:
        action = pdf.make_indirect(
            pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('hi');"))
        )
        pdf.Root.OpenAction = action
        buf = io.BytesIO()
        pdf.save(buf)
    return buf.getvalue()


def pdf_with_attachment_bytes(source: bytes | None = None) -> bytes:
    """A PDF carrying an attached file (fictional text)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(source or text_pdf_bytes())) as pdf:
        spec = pikepdf.AttachedFileSpec(pdf, b"fictional attachment", mime_type="text/plain")
        pdf.attachments["notes.txt"] = spec
        buf = io.BytesIO()
        pdf.save(buf)
    return buf.getvalue()


def broken_xref_pdf_bytes(source: bytes | None = None) -> bytes:
    """A PDF whose cross-reference offset is wrong: damaged, but qpdf can rebuild it."""
    import re

    data = source or text_pdf_bytes()
    return re.sub(rb"startxref\s+\d+", b"startxref\n999", data)


def docx_bytes() -> bytes:
    """The start of a Word .docx (a zip holding word/document.xml)."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>fictional</w:document>")
    return buf.getvalue()


def odt_bytes() -> bytes:
    """An OpenDocument text file: a zip whose first entry is the uncompressed mimetype."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", "<office:document-content/>")
    return buf.getvalue()


def zip_bytes() -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("scan1.jpg", b"not really")
    return buf.getvalue()


def dicom_bytes() -> bytes:
    """A DICOM file as found on imaging discs: 128-byte preamble, "DICM", then elements."""
    return b"\x00" * 128 + b"DICM" + b"\x02\x00\x00\x00UL\x04\x00\x00\x00\x00\x00" * 8


def png_bomb_bytes(width: int = 50_000, height: int = 50_000) -> bytes:
    """A tiny PNG that claims to be enormous (a decompression bomb)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def raw_pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF written by hand from numbered object bodies (1-based; object 1 the catalog), with
    a correct cross-reference table. Its streams stay exactly as given (a library saving them
    might decode and re-encode them)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream_pdf_bytes(
    content: bytes,
    content_dict: bytes = b"",
    image: bytes | None = None,
    image_dict: bytes = b"",
) -> bytes:
    """A one-page PDF whose content stream (and, if given, one picture it draws) hold exactly
    the given (encoded) bytes, with the given dictionary entries (``/Filter ...``)."""

    def stream(data: bytes, entries: bytes) -> bytes:
        return b"<< /Length %d %s >>\nstream\n" % (len(data), entries) + data + b"\nendstream"

    resources = b"/Resources << /XObject << /Im0 5 0 R >> >> " if image is not None else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R %s>>" % resources,
        stream(content, content_dict),
    ]
    if image is not None:
        objects.append(stream(image, b"/Type /XObject /Subtype /Image " + image_dict))
    return raw_pdf_bytes(objects)


def zeros_flate(size: int, head: bytes = b"") -> bytes:
    """``head`` then ``size`` zero bytes, deflated (zlib), made a MiB at a time: a 512 MiB bomb
    is ~0.5 MB."""
    import zlib

    packer = zlib.compressobj(9)
    block = bytes(min(size, 1 << 20)) or b"\0"
    parts = [packer.compress(head)]
    parts += [packer.compress(block) for _ in range(size // len(block))]
    parts.append(packer.compress(bytes(size % len(block))))
    return b"".join(parts) + packer.flush()


def _xref_stream_pdf(
    objects: dict[int, bytes], packed: dict[int, int], xref_tail: int = 0
) -> bytes:
    """A PDF whose cross-reference table is a stream (PDF 1.5), as object streams need.

    ``objects`` are written in full; ``packed`` maps an object number to the object stream
    holding it. ``xref_tail`` zero bytes are deflated after the table's rows (a bomb there).
    """
    import struct
    import zlib

    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max([*objects, *packed]) + 2
    xref_at, xref_number = len(out), size - 1
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    for number in range(1, size):
        if number == xref_number:
            rows.append(struct.pack(">BIH", 1, xref_at, 0))
        elif number in packed:
            rows.append(struct.pack(">BIH", 2, packed[number], 0))
        else:
            rows.append(
                struct.pack(">BIH", 1, offsets.get(number, 0), 0 if number in offsets else 1)
            )
    data = (
        zlib.compress(b"".join(rows)) if not xref_tail else zeros_flate(xref_tail, b"".join(rows))
    )
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R " % (xref_number, size)
    out += b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(data) + data
    out += b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def object_stream_bomb_pdf_bytes(size: int) -> bytes:
    """A PDF whose page sits in an object stream padded with ``size`` zero bytes: reading the
    page makes a reader decode all of it."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"
    head = b"3 0 "
    packed = zeros_flate(size, head + page)
    container = b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\n" % (
        len(head),
        len(packed),
    )
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        4: container + b"stream\n" + packed + b"\nendstream",
    }
    return _xref_stream_pdf(objects, {3: 4})


def xref_stream_bomb_pdf_bytes(size: int) -> bytes:
    """A PDF whose cross-reference stream is followed by ``size`` zero bytes, deflated: readers
    decode it while opening the file."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    }
    return _xref_stream_pdf(objects, {}, xref_tail=size)


def zeros_lzw(size: int) -> bytes:
    """``size`` zero bytes, LZW-encoded for a PDF (12-bit codes at most, EarlyChange 1).

    For a run of zeros an LZW encoder sends 0, then each new table entry in turn (258 = two
    zeros, 259 = three...), clearing the table when it is full: written directly, so a
    512 MiB bomb is made in a moment.
    """
    codes = [256]
    left = size
    while left > 0:
        codes.append(0)  # one zero
        left -= 1
        next_code, run = 258, 2
        while left > 0 and next_code < 4095:
            take = min(run, left)
            if take < run:  # the tail: a shorter run is in the table already
                codes.append(256 + take if take >= 2 else 0)
                left = 0
                break
            codes.append(next_code)
            left -= run
            next_code, run = next_code + 1, run + 1
        if left > 0:
            codes.append(256)
    codes.append(257)
    # Packed at the width the decoder reads: it grows when the table the decoder builds (one
    # entry per code after the first since a clear) is one short of the next power of two.
    out, bits, held, width, table, first = bytearray(), 0, 0, 9, 258, True
    for code in codes:
        bits, held = (bits << width) | code, held + width
        while held >= 8:
            held -= 8
            out.append((bits >> held) & 0xFF)
        bits &= (1 << held) - 1
        if code == 256:
            width, table, first = 9, 258, True
            continue
        if not first and table < 4096:
            table += 1
        first = False
        if width < 12 and table + 1 >= 1 << width:
            width += 1
    if held:
        out.append((bits << (8 - held)) & 0xFF)
    return bytes(out)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


__all__ = [
    "A4",
    "A4_300DPI",
    "broken_xref_pdf_bytes",
    "built_scan_pdf_bytes",
    "colour_scan_jpeg_bytes",
    "dicom_bytes",
    "docx_bytes",
    "encrypted_pdf_bytes",
    "exif_jpeg_bytes",
    "full_bleed_jpeg_bytes",
    "heic_bytes",
    "image_bytes",
    "image_pdf_bytes",
    "jpeg_with_metadata_bytes",
    "object_stream_bomb_pdf_bytes",
    "odt_bytes",
    "pdf_with_attachment_bytes",
    "pdf_with_javascript_bytes",
    "png_bomb_bytes",
    "raw_pdf_bytes",
    "risky_pdf_bytes",
    "scan_image",
    "scan_jpeg_bytes",
    "stream_pdf_bytes",
    "text_pdf_bytes",
    "tiff_bytes",
    "write",
    "xref_stream_bomb_pdf_bytes",
    "zeros_flate",
    "zeros_lzw",
    "zip_bytes",
]

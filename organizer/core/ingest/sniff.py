"""What kind of file this is, from its first bytes (never from its name).

Accepted: PDF and pictures Pillow can read safely. Everything else is refused with a line that
says what the file seems to be and what to do instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from organizer.core.ingest.errors import ImportRefused

HEAD_SIZE = 8192
ACCEPTED_KINDS = "PDF files and pictures (JPEG, PNG, TIFF, HEIC, WebP, BMP, GIF)"


class Kind(StrEnum):
    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"
    TIFF = "tiff"
    HEIF = "heif"
    AVIF = "avif"
    WEBP = "webp"
    BMP = "bmp"
    GIF = "gif"

    @property
    def is_image(self) -> bool:
        return self is not Kind.PDF


@dataclass(frozen=True)
class Sniffed:
    kind: Kind
    media_type: str
    # The Pillow format that must decode it (no other plugin is ever tried), or "" for PDF.
    pillow_format: str
    label: str  # plain words: "a JPEG picture"


_SNIFFED = {
    Kind.PDF: Sniffed(Kind.PDF, "application/pdf", "", "a PDF"),
    Kind.JPEG: Sniffed(Kind.JPEG, "image/jpeg", "JPEG", "a JPEG picture"),
    Kind.PNG: Sniffed(Kind.PNG, "image/png", "PNG", "a PNG picture"),
    Kind.TIFF: Sniffed(Kind.TIFF, "image/tiff", "TIFF", "a TIFF picture"),
    Kind.HEIF: Sniffed(Kind.HEIF, "image/heic", "HEIF", "a HEIC picture"),
    Kind.AVIF: Sniffed(Kind.AVIF, "image/avif", "AVIF", "an AVIF picture"),
    Kind.WEBP: Sniffed(Kind.WEBP, "image/webp", "WEBP", "a WebP picture"),
    Kind.BMP: Sniffed(Kind.BMP, "image/bmp", "BMP", "a BMP picture"),
    Kind.GIF: Sniffed(Kind.GIF, "image/gif", "GIF", "a GIF picture"),
}

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_VIDEO_BRANDS = {b"isom", b"iso2", b"mp41", b"mp42", b"M4V ", b"M4A ", b"qt  ", b"3gp4", b"3gp5"}
_BMP_DIB_SIZES = {12, 40, 52, 56, 64, 108, 124}

SAVE_AS_PDF = (
    "Open it in the program that made it and save or print it as PDF first, then add the PDF."
)


def sniff(data: bytes | memoryview) -> Sniffed:
    """The accepted kind of ``data`` (whole file or at least its first HEAD_SIZE bytes).

    Raises ImportRefused for anything else. Never raises any other exception.
    """
    head = bytes(data[:HEAD_SIZE])
    kind = _accepted_kind(head)
    if kind is not None:
        return _SNIFFED[kind]
    raise ImportRefused(_refusal(head))


def _accepted_kind(head: bytes) -> Kind | None:
    if head.startswith(b"\xff\xd8\xff"):
        return Kind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Kind.PNG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+") and not _is_camera_raw(head):
        return Kind.TIFF
    if head.startswith((b"GIF87a", b"GIF89a")):
        return Kind.GIF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return Kind.WEBP
    if head.startswith(b"BM") and len(head) >= 18:
        dib_size = int.from_bytes(head[14:18], "little")
        if dib_size in _BMP_DIB_SIZES:
            return Kind.BMP
    brands = _ftyp_brands(head)
    if _major_brand(head) in _AVIF_BRANDS:
        return Kind.AVIF
    if brands & (_HEIF_BRANDS - {b"mif1", b"msf1"}):
        return Kind.HEIF
    if brands & _AVIF_BRANDS:
        return Kind.AVIF
    if brands & {b"mif1", b"msf1"}:
        return Kind.HEIF
    # The PDF header may follow some junk, as readers accept within the first 1024 bytes.
    if b"%PDF-" in head[:1024]:
        return Kind.PDF
    return None


def _is_camera_raw(head: bytes) -> bool:
    """Canon CR2 (a TIFF with "CR" after the header); Olympus and Panasonic use own magic."""
    return head[8:10] == b"CR" or head[:4] in (b"IIRO", b"IIRS", b"IIU\x00")


def _major_brand(head: bytes) -> bytes:
    return head[8:12] if head[4:8] == b"ftyp" else b""


def _ftyp_brands(head: bytes) -> set[bytes]:
    """The major and compatible brands of an ISO media file (HEIC, AVIF, MP4...)."""
    if len(head) < 16 or head[4:8] != b"ftyp":
        return set()
    box_size = int.from_bytes(head[0:4], "big")
    if not 16 <= box_size <= min(len(head), 256):
        return set()
    brands = {head[8:12]}
    brands.update(head[i : i + 4] for i in range(16, box_size - 3, 4))
    return brands


def _refusal(head: bytes) -> str:
    # Order matters: the most specific signature first.
    if len(head) >= 132 and head[128:132] == b"DICM":
        return (
            "This is a medical imaging file (DICOM) from an imaging disc. The app keeps reports, "
            "not raw images: add the radiology report instead (ask the imaging centre for it); "
            "bring the disc itself to the appointment."
        )
    if head.startswith(b"PK\x03\x04"):
        return _zip_refusal(head)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "This is an older Microsoft Office file (such as .doc or .xls). " + SAVE_AS_PDF
    if head.startswith(b"{\\rtf"):
        return "This is a word-processor file (RTF). " + SAVE_AS_PDF
    if head.startswith((b"MZ", b"\x7fELF", b"#!")) or head[:4] in (
        b"\xfe\xed\xfa\xce",
        b"\xfe\xed\xfa\xcf",
        b"\xce\xfa\xed\xfe",
        b"\xcf\xfa\xed\xfe",
    ):
        return "This is a program or script, not a document. It was not added."
    if head.startswith((b"%!PS", b"\xc5\xd0\xd3\xc6")):
        return "This is a PostScript file. " + SAVE_AS_PDF
    if head.startswith((b"Rar!", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")) or (
        len(head) >= 262 and head[257:262] == b"ustar"
    ):
        return _ARCHIVE
    if _is_camera_raw(head):
        return "This is a camera RAW photo. Export it as JPEG from your photo program first."
    if head.startswith(b"\x00\x00\x00\x0cjP  ") or head.startswith(b"\xff\x4f\xff\x51"):
        return (
            "This is a JPEG 2000 picture, which the app cannot keep. Save it as JPEG or PDF first."
        )
    brands = _ftyp_brands(head)
    if brands & _VIDEO_BRANDS:
        return "This is a video or sound recording, not a document. It was not added."
    if head.startswith((b"ID3", b"OggS", b"fLaC")) or (
        head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ")
    ):
        return "This is a video or sound recording, not a document. It was not added."
    text = _as_text(head)
    if text is not None:
        return _text_refusal(text)
    return (
        "The app could not tell what kind of file this is, so it was not added. "
        f"It takes {ACCEPTED_KINDS}."
    )


_ARCHIVE = (
    "This is a compressed folder (an archive such as .zip). Unpack it first "
    "(on Windows: right-click, Extract All), then add the files inside."
)


def _zip_refusal(head: bytes) -> str:
    if head[30:38] == b"mimetype" and b"opendocument" in head[38:120]:
        return "This is an OpenDocument file (such as .odt from LibreOffice). " + SAVE_AS_PDF
    if b"word/" in head:
        return "This is a Word document (.docx). " + SAVE_AS_PDF
    if b"xl/" in head:
        return "This is a spreadsheet (.xlsx). " + SAVE_AS_PDF
    if b"ppt/" in head:
        return "This is a presentation (.pptx). " + SAVE_AS_PDF
    if b"[Content_Types].xml" in head:
        return "This is a Microsoft Office document. " + SAVE_AS_PDF
    return _ARCHIVE


def _as_text(head: bytes) -> str | None:
    """The head decoded as text if it looks like text, else None."""
    if not head:
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"
    sample = head[:4096]
    # A multi-byte character may be cut at the end of the sample.
    text = sample.decode("utf-8", errors="ignore")
    if len(text.encode("utf-8")) < len(sample) - 3:
        return None
    printable = sum(ch.isprintable() or ch in "\r\n\t\f" for ch in text)
    return text if text and printable >= 0.95 * len(text) else None


_HTML = re.compile(r"^\s*(<!doctype html|<html|<head|<body)", re.IGNORECASE)
_EMAIL = re.compile(
    r"^(received|from|return-path|mime-version|delivered-to|message-id):", re.I | re.M
)


def _text_refusal(text: str) -> str:
    if _HTML.match(text):
        return "This is a web page. Open it in your web browser and print or save it as PDF first."
    stripped = text.lstrip("\ufeff \r\n\t")
    if stripped.startswith("<?xml") or stripped.startswith("<svg"):
        if "<svg" in text:
            return "This is a drawing (SVG). " + SAVE_AS_PDF
        return (
            "This is a data file (XML), for example a health record summary from a patient "
            "portal. Ask the portal for a PDF version, or open it and print it as PDF."
        )
    if _EMAIL.search(text[:2000]):
        return "This is an e-mail message. Save its attachments and add those instead."
    return "This is a plain text file. " + SAVE_AS_PDF

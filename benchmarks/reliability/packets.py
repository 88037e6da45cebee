"""Packets: password packets are AES-256 R6 (``qpdf --show-encryption``) and open in poppler only
with the password; no metadata of the sources survives (document info, XMP, and the EXIF/XMP/
comment segments of embedded JPEGs, parsed here independently of the packet's own code)."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pikepdf
from PIL import Image

from benchmarks.reliability.context import Context
from benchmarks.reliability.report import Check
from organizer.core.model import Section, VaultContent
from organizer.core.packet import PacketOptions, build_packet
from organizer.core.packet.passphrase import generate_passphrase
from tests.core.packet.helpers import (
    PREPARED_ON,
    Blobs,
    base_content,
    document,
    image_part,
    pdf_part,
)
from tests.synthetic import image_pdf_bytes, jpeg_with_metadata_bytes, risky_pdf_bytes

# Strings the sources carry in their metadata (tests/synthetic.py); none may reach a packet.
SOURCE_MARKERS = (
    b"FICTIONAL-INFO-AUTHOR",
    b"FictionalProducer",
    b"FICTIONAL-XMP",
    b"FictionalCam",
    b"FICTIONAL-COMMENT",
    b"FICTIONAL-ATTACHMENT",
)
# JPEG segments a decoder needs (JFIF density, colour profile, Adobe colour transform).
ALLOWED_APP = {(0xE0, b"JFIF"), (0xE2, b"ICC_PROFILE"), (0xEE, b"Adobe")}
KINDS = (
    "not AES-256 R6 (qpdf --show-encryption)",
    "opens without the password (poppler)",
    "does not open with the password (poppler)",
    "qpdf --check fails",
    "source document info survived",
    "XMP metadata survived",
    "JPEG metadata segment survived (EXIF/XMP/IPTC/comment)",
    "source marker found in a decoded stream",
    "password written in the file",
    "checker blind to the sources' own metadata",
)


def _sources(seed: int) -> VaultContent:
    blobs = Blobs()
    content = base_content()
    exif_jpeg = jpeg_with_metadata_bytes(seed, size=(425, 550))
    content.documents = [
        document(
            Section.OTHER, "Referral form", [pdf_part(blobs, risky_pdf_bytes())], date(2026, 1, 2)
        ),
        document(Section.RESULTS, "Phone photo", [image_part(blobs, exif_jpeg, dpi=(50, 50))]),
        document(
            Section.RESULTS,
            "Scanned PDF",
            [pdf_part(blobs, image_pdf_bytes([jpeg_with_metadata_bytes(seed + 1)]))],
            date(2026, 3, 4),
        ),
    ]
    content._blobs = blobs  # type: ignore[attr-defined]
    return content


def jpeg_segments(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(marker, first bytes of the payload) of each segment before the scan data."""
    if data[:2] != b"\xff\xd8":
        return
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker == 0xDA:  # start of scan: no more header segments
            return
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        yield marker, data[at + 4 : at + 4 + min(length - 2, 32)]
        at += 2 + length


def metadata_segments(data: bytes) -> list[str]:
    found = []
    for marker, head in jpeg_segments(data):
        is_app = 0xE0 <= marker <= 0xEF
        if marker == 0xFE or (
            is_app and not any(marker == m and head.startswith(ident) for m, ident in ALLOWED_APP)
        ):
            found.append(f"{marker:#04x} {head[:12]!r}")
    with Image.open(io.BytesIO(data)) as img:  # a second reader: Pillow's view of the same
        if len(img.getexif()):
            found.append("EXIF tags (Pillow)")
        found += [f"{key} (Pillow)" for key in ("xmp", "comment", "photoshop") if img.info.get(key)]
    return found


def _tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False)


def _judge(check: Check, path: Path, password: str | None, label: str) -> None:
    problems = _problems(path, password, label)
    if not problems:
        check.ok("packet checked")
    else:
        check.tried += 1
        for kind, detail in problems:
            check.failure_kind(kind, f"{label}: {detail}")


def _problems(path: Path, password: str | None, label: str) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    pw = [f"--password={password}"] if password else []
    if _tool("qpdf", *pw, "--check", str(path)).returncode != 0:
        problems.append(("qpdf --check fails", label))
    if password:
        shown = _tool("qpdf", "--show-encryption", f"--password={password}", str(path)).stdout
        if "R = 6" not in shown or "stream encryption method: AESv3" not in shown:
            problems.append(("not AES-256 R6 (qpdf --show-encryption)", shown[:200]))
        for tool in ("pdfinfo", "pdftotext"):
            if _tool(tool, str(path), *(["-"] if tool == "pdftotext" else [])).returncode == 0:
                problems.append(("opens without the password (poppler)", tool))
            # Same length, last character changed (poppler reads at most 32 bytes of it).
            other = password[:-1] + ("x" if password[-1] != "x" else "y")
            wrong = _tool(tool, "-upw", other, str(path), *(["-"] * (tool == "pdftotext")))
            if wrong.returncode == 0:
                problems.append(("opens without the password (poppler)", f"{tool} -upw (wrong)"))
            right = _tool(tool, "-upw", password, str(path), *(["-"] * (tool == "pdftotext")))
            if right.returncode != 0:
                problems.append(("does not open with the password (poppler)", label))
        if password.encode() in path.read_bytes():
            problems.append(("password written in the file", label))
    with pikepdf.open(path, password=password or "") as pdf:
        for key, value in pdf.docinfo.items():
            if any(m.decode() in str(value) for m in SOURCE_MARKERS) or key == "/Author":
                problems.append(("source document info survived", f"{key}={value}"))
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream) and "/Metadata" in obj:
                problems.append(("XMP metadata survived", label))
            if not isinstance(obj, pikepdf.Stream):
                continue
            if obj.get("/Filter") == pikepdf.Name.DCTDecode:
                for segment in metadata_segments(obj.read_raw_bytes()):
                    problems.append(
                        ("JPEG metadata segment survived (EXIF/XMP/IPTC/comment)", segment)
                    )
            try:
                decoded = obj.read_bytes()
            except pikepdf.PdfError:
                decoded = obj.read_raw_bytes()
            for marker in SOURCE_MARKERS:
                if marker in decoded:
                    problems.append(("source marker found in a decoded stream", marker.decode()))
    return problems


def _control(check: Check, work: Path) -> None:
    """The checks must see the metadata in the sources themselves (else they prove nothing)."""
    for name, data in (
        ("risky.pdf", risky_pdf_bytes()),
        ("scanned.pdf", image_pdf_bytes([jpeg_with_metadata_bytes(0)])),
    ):
        path = work / name
        path.write_bytes(data)
        kinds = {kind for kind, _ in _problems(path, None, name)}
        if not kinds & {k for k in KINDS if "survived" in k or "marker" in k}:
            check.fail("checker blind to the sources' own metadata", name)
        else:
            check.outcomes["sources' own metadata seen by the checker"] += 1


def run(ctx: Context) -> list[Check]:
    rounds = ctx.count(4, 1)
    check = Check(
        "Packets",
        "password and metadata",
        "packets from a PDF with document info/XMP/JavaScript/attachment/form, a JPEG with "
        "EXIF (GPS)/XMP/comment, and a scanned PDF embedding such a JPEG; plain, with a "
        "generated password, and email size with a password; checked with qpdf and poppler "
        "(with, without and with a wrong password) and by parsing every stream with pikepdf",
    ).expect(*KINDS)
    with check.timed():
        _control(check, ctx.work)
        for number in range(rounds):
            content = _sources(number)
            blobs: Blobs = content._blobs  # type: ignore[attr-defined]
            for name, email, password in (
                ("plain", False, None),
                ("password", False, generate_passphrase()),
                ("email size + password", True, generate_passphrase()),
            ):
                out = ctx.work / f"packet-{number}-{name.replace(' ', '')}.pdf"
                options = PacketOptions(
                    prepared_on=PREPARED_ON, password=password, email_size=email
                )
                build_packet(content, blobs.read, options, out)
                _judge(check, out, password, f"round {number}, {name}")
    return [check]

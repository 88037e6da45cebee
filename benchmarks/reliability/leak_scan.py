"""Find a canary string in files in any form: plain (and lower case), UTF-16LE/BE, base64 (any
alignment, standard and URL-safe), and inside zlib, gzip, raw-deflate (zip) and nested
compressed streams of any file."""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_FILE = 256 * 1024 * 1024
MAX_INFLATED = 64 * 1024 * 1024
_ZIP_LOCAL = re.compile(rb"PK\x03\x04")


@dataclass(frozen=True)
class Hit:
    path: Path
    form: str
    canary: str


def _base64_cores(canary: bytes) -> Iterator[tuple[str, bytes]]:
    """Substrings every base64 encoding of text containing ``canary`` must contain."""
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + canary)
        start = (shift * 4 + 2) // 3 + (1 if shift else 0)
        end = len(encoded) - (4 if (shift + len(canary)) % 3 else 0)
        core = encoded[start:end]
        if len(core) >= 8:
            yield f"base64 (shift {shift})", core
            yield f"url-safe base64 (shift {shift})", core.replace(b"+", b"-").replace(b"/", b"_")


def patterns(canary: str) -> list[tuple[str, bytes]]:
    raw = canary.encode()
    found = [
        ("plain", raw),
        ("lower case", canary.lower().encode()),
        ("UTF-16LE", canary.encode("utf-16-le")),
        ("UTF-16BE", canary.encode("utf-16-be")),
    ]
    return found + list(_base64_cores(raw))


def _inflate(data: bytes, start: int, wbits: int) -> bytes | None:
    try:
        out = zlib.decompressobj(wbits).decompress(data[start:], MAX_INFLATED)
    except zlib.error:
        return None
    return out if len(out) > 0 else None


def compressed_streams(data: bytes) -> Iterator[tuple[str, bytes]]:
    """Every zlib stream (a valid 2-byte header at any offset), gzip member and zip entry."""
    for at in range(len(data) - 1):
        cmf, flg = data[at], data[at + 1]
        if cmf & 0x0F == 8 and cmf >> 4 <= 7 and (cmf * 256 + flg) % 31 == 0:
            out = _inflate(data, at, 15)
            if out is not None:
                yield "zlib", out
    for match in re.finditer(rb"\x1f\x8b\x08", data):
        out = _inflate(data, match.start(), 31)
        if out is not None:
            yield "gzip", out
    for match in _ZIP_LOCAL.finditer(data):
        at = match.start()
        if at + 30 > len(data):
            continue
        method = int.from_bytes(data[at + 8 : at + 10], "little")
        name_len = int.from_bytes(data[at + 26 : at + 28], "little")
        extra_len = int.from_bytes(data[at + 28 : at + 30], "little")
        if method == 8:
            out = _inflate(data, at + 30 + name_len + extra_len, -15)
            if out is not None:
                yield "zip deflate", out


def find_in_bytes(data: bytes, canaries: list[str], depth: int = 0) -> Iterator[tuple[str, str]]:
    """(form, canary) for every way a canary appears in ``data`` (nested up to 2 levels)."""
    for canary in canaries:
        for form, pattern in patterns(canary):
            if pattern in data:
                yield form, canary
    if depth < 2:
        for kind, inner in compressed_streams(data):
            for form, canary in find_in_bytes(inner, canaries, depth + 1):
                yield f"{form} inside {kind}", canary


def scan(roots: list[Path], canaries: list[str], skip: set[Path]) -> tuple[int, list[Hit]]:
    """(files read, hits) for every regular file under ``roots`` not in ``skip``."""
    files, hits = 0, []
    seen: set[Path] = set()
    for root in roots:
        paths = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in paths:
            if path in skip or path in seen or path.is_symlink() or not path.is_file():
                continue
            seen.add(path)
            try:
                if path.stat().st_size > MAX_FILE:
                    hits.append(Hit(path, "too large to scan", ""))
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            files += 1
            for form, canary in set(find_in_bytes(data, canaries)):
                hits.append(Hit(path, form, canary))
    return files, hits

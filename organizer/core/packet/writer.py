"""Encrypt if asked, write atomically beside the destination, read back and check.

Nothing is renamed into place until the temporary file has been fsynced, re-opened and found
complete, so a full disk, a pulled USB stick or a read-only folder leaves no half packet.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import secrets
import tempfile
from pathlib import Path
from typing import BinaryIO

import pikepdf
from pikepdf import Encryption, Pdf, Permissions

from organizer.core.errors import UserError
from organizer.core.packet.pages import read_outline_titles


class PacketWriteError(UserError):
    """The packet could not be saved where the user asked; nothing was left there."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encrypt(data: bytes, password: str) -> bytes:
    """AES-256 (R6) with the user's password, a random owner password, printing allowed."""
    with Pdf.open(io.BytesIO(data)) as pdf:
        buf = io.BytesIO()
        pdf.save(
            buf,
            encryption=Encryption(
                user=password,
                owner=secrets.token_urlsafe(32),
                R=6,
                allow=Permissions(
                    accessibility=True,
                    extract=True,
                    print_lowres=True,
                    print_highres=True,
                    modify_annotation=False,
                    modify_assembly=False,
                    modify_form=False,
                    modify_other=False,
                ),
            ),
        )
    return buf.getvalue()


def write_checked(
    dest: Path,
    data: bytes,
    *,
    page_count: int,
    outline_titles: list[str],
    password: str | None,
) -> None:
    """Write ``data`` to ``dest`` atomically after checking the written copy reads back whole."""
    folder = dest.parent
    if not folder.is_dir():
        raise PacketWriteError(
            f"The folder {folder} is not there (was the USB stick removed?). Nothing was saved."
        )
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".packet-", suffix=".part", dir=folder)
    except OSError as exc:
        raise PacketWriteError(_explain(exc, dest, len(data))) from exc
    tmp = Path(tmp_name)
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                _write_all(handle, data)
                handle.flush()
                os.fsync(handle.fileno())
            _check_file(tmp, data, page_count, outline_titles, password)
            os.replace(tmp, dest)
            _fsync_folder(folder)
        except OSError as exc:
            raise PacketWriteError(_explain(exc, dest, len(data))) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    # Read the final file once more: what the recipient gets is what was logged.
    try:
        written = dest.read_bytes()
    except OSError as exc:
        raise PacketWriteError(_explain(exc, dest, len(data))) from exc
    if sha256_hex(written) != sha256_hex(data):
        raise PacketWriteError(
            f"The packet saved at {dest} does not read back as written; please save it again, "
            "preferably to another place."
        )


def _write_all(handle: BinaryIO, data: bytes) -> None:
    # A seam for tests that simulate a full disk or a pulled stick.
    handle.write(data)


def _check_file(
    path: Path, data: bytes, page_count: int, outline_titles: list[str], password: str | None
) -> None:
    written = path.read_bytes()
    problem = ""
    if sha256_hex(written) != sha256_hex(data):
        problem = "its contents differ from what was written"
    else:
        try:
            with Pdf.open(path, password=password or "") as pdf:
                if len(pdf.pages) != page_count:
                    problem = f"it has {len(pdf.pages)} pages instead of {page_count}"
                elif read_outline_titles(pdf) != outline_titles:
                    problem = "its bookmarks are not as made"
        except pikepdf.PdfError as exc:
            problem = f"it does not open as a PDF ({exc})"
    if problem:
        raise PacketWriteError(
            f"The packet could not be saved correctly at {path.parent}: {problem}. "
            "Nothing was saved; try another place."
        )


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory fsync; the rename itself is durable enough there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _explain(exc: OSError, dest: Path, size: int) -> str:
    megabytes = max(1, round(size / 1_000_000))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"There is not enough free space in {dest.parent} for the packet (about "
            f"{megabytes} MB). Nothing was saved; free some space or choose another place."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"{dest.parent} cannot be written to (it is read-only or you lack permission). "
            "Nothing was saved; choose another place."
        )
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO, errno.ESTALE):
        return (
            f"{dest.parent} stopped being available while saving (was the USB stick removed?). "
            "Nothing was saved; reconnect it and try again."
        )
    reason = exc.strerror or str(exc)
    return f"The packet could not be saved in {dest.parent} ({reason}). Nothing was saved."

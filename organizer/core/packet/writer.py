"""Write the packet atomically beside the destination, read it back and check it.

Nothing is renamed into place until the temporary file has been fsynced, re-opened and found
whole (its SHA-256 equal to what was written, the page count and bookmarks as made), so a full
disk, a pulled USB stick or a read-only folder leaves no half packet and no temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, cast

import pikepdf
from pikepdf import Pdf

from organizer.core.errors import UserError
from organizer.core.packet.pages import read_outline_titles

_CHUNK = 1 << 20


class PacketWriteError(UserError):
    """The packet could not be saved where the user asked; nothing was left there."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class HashingWriter(io.RawIOBase):
    """A write-only stream that hashes what passes through, and writes it on if given a file.

    A write error is kept, not raised: an exception thrown back into qpdf's C++ while it
    finishes a file can abort the whole process, so the caller raises it after the save.
    """

    def __init__(self, target: BinaryIO | None = None) -> None:
        super().__init__()
        self._target = target
        self._hash = hashlib.sha256()
        self.size = 0
        self.error: OSError | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data)
        self._hash.update(view)
        if self._target is not None and self.error is None:
            try:
                _raw_write(self._target, bytes(view))
            except OSError as exc:
                self.error = exc
        self.size += view.nbytes
        return view.nbytes

    def raise_error(self) -> None:
        if self.error is not None:
            raise self.error

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def _raw_write(target: BinaryIO, data: bytes) -> None:
    # A seam for tests that simulate a full disk, a pulled stick or a corrupted write.
    target.write(data)


def write_checked(
    dest: Path,
    produce: Callable[[BinaryIO], None],
    *,
    page_count: int,
    outline_titles: list[str],
    password: str | None,
) -> tuple[str, int]:
    """Let ``produce`` write the PDF, then check and rename it; returns (SHA-256, size)."""
    folder = dest.parent
    if not folder.is_dir():
        raise PacketWriteError(
            f"The folder {folder} is not there (was the USB stick removed?). Nothing was saved."
        )
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".packet-", suffix=".part", dir=folder)
    except OSError as exc:
        raise PacketWriteError(_explain(exc, dest)) from exc
    tmp = Path(tmp_name)
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                writer = HashingWriter(handle)
                # qpdf writes in small pieces; batch them so hashing and writing stay cheap.
                buffered = io.BufferedWriter(cast(Any, writer), buffer_size=_CHUNK)
                produce(buffered)
                buffered.flush()
                writer.raise_error()
                handle.flush()
                os.fsync(handle.fileno())
            _check_file(tmp, writer.hexdigest(), page_count, outline_titles, password)
            os.replace(tmp, dest)
            _fsync_folder(folder)
        except OSError as exc:
            raise PacketWriteError(_explain(exc, dest)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return writer.hexdigest(), writer.size


def _check_file(
    path: Path,
    expected_sha256: str,
    page_count: int,
    outline_titles: list[str],
    password: str | None,
) -> None:
    problem = ""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != expected_sha256:
        problem = "what reached the disk differs from what was written"
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
            f"The packet could not be saved correctly in {path.parent}: {problem}. "
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


def _explain(exc: OSError, dest: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"There is not enough free space in {dest.parent} for the packet. "
            "Nothing was saved; free some space or choose another place."
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

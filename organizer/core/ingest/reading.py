"""Reading one file safely: only regular files, within the size cap, unchanged while read.

The bytes go to memory only (never to a temporary file): everything after this works on them.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from organizer.core.ingest.errors import ImportRefused

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FileBytes:
    data: bytes
    sha256: str
    identity: tuple[int, int, int, int]  # (device, inode, size, mtime_ns) when read


def check_path(path: Path, max_size: int) -> os.stat_result:
    """Refuse what is not a plain, non-empty, small-enough file, before opening it."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise ImportRefused(
            "There is no file with this name (moved, deleted or mistyped?)."
        ) from None
    except OSError as exc:
        raise ImportRefused(f"This file could not be looked at ({_reason(exc)}).") from None
    if stat.S_ISLNK(st.st_mode):
        raise ImportRefused(
            "This is a shortcut (symbolic link) to another file. Add the file it points to instead."
        )
    if stat.S_ISDIR(st.st_mode):
        raise ImportRefused("This is a folder, not a file.")
    if not stat.S_ISREG(st.st_mode):
        raise ImportRefused(
            "This is a special system file (a device, pipe or socket), not a document."
        )
    if st.st_size == 0:
        raise ImportRefused("This file is empty (0 bytes). It may not have finished downloading.")
    if st.st_size > max_size:
        raise ImportRefused(
            f"This file is too big ({_mib(st.st_size)}; the limit is {_mib(max_size)}). "
            "If it is a scan, scan it again at a lower resolution, or raise the limit in settings."
        )
    return st


def read_file(path: Path, max_size: int) -> FileBytes:
    """Read the whole file into memory, refusing it if it changes while it is being read."""
    before = check_path(path, max_size)
    try:
        fd = _open_for_reading(path)
    except OSError as exc:
        raise ImportRefused(f"This file could not be opened ({_reason(exc)}).") from None
    try:
        opened = os.fstat(fd)
        if _identity(opened) != _identity(before) or not stat.S_ISREG(opened.st_mode):
            raise _changed()
        digest = hashlib.sha256()
        chunks: list[bytes] = []
        total = 0
        while True:
            try:
                chunk = os.read(fd, _CHUNK)
            except OSError as exc:
                raise ImportRefused(f"This file could not be read ({_reason(exc)}).") from None
            if not chunk:
                break
            total += len(chunk)
            if total > max_size:
                raise _changed()
            digest.update(chunk)
            chunks.append(chunk)
        after = os.fstat(fd)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if _identity(after) != _identity(before) or len(data) != before.st_size:
        raise _changed()
    return FileBytes(data, digest.hexdigest(), _identity(before))


def confirm_unchanged(path: Path, read: FileBytes) -> None:
    """Check, after all the work on a file, that it is still the file that was read.

    Size and modification time catch most changes; re-hashing catches a same-size rewrite
    within one clock tick (cheap: the file is in the page cache).
    """
    try:
        st = os.lstat(path)
        if _identity(st) != read.identity:
            raise _changed()
        fd = _open_for_reading(path)
    except OSError:
        raise _changed() from None
    try:
        digest = hashlib.sha256()
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
    finally:
        os.close(fd)
    if digest.hexdigest() != read.sha256:
        raise _changed()


def _open_for_reading(path: Path) -> int:
    # O_NOFOLLOW: a symlink swapped in after the check is not followed; O_NONBLOCK: a pipe
    # swapped in does not hang the import (it is then refused by the fstat check).
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    return os.open(path, flags)


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _changed() -> ImportRefused:
    return ImportRefused(
        "This file changed while it was being read (is it still being saved or downloaded?). "
        "Wait until it is finished, then add it again."
    )


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EIO:
        return "the disk reported a read error"
    if exc.errno == errno.ELOOP:
        return "it is a shortcut (symbolic link)"
    return exc.strerror or "unknown error"


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"

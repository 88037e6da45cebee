"""Write the packet atomically beside the destination, read it back and check it.

qpdf saves the file itself (native code, the quickest way); then it is opened as a reader
would (page count and bookmarks as made), hashed from the disk (SHA-256, and the
content-derived ID put in place, see hashing.py) while it is fsynced, and only then renamed
into place. So a full disk, a pulled USB stick or a read-only folder leaves no half packet and
no temporary file, and the hash logged is that of the file really written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pikepdf
from pikepdf import Pdf

from organizer.core.errors import UserError
from organizer.core.packet.hashing import hash_saved_file
from organizer.core.packet.pages import read_outline_titles


class PacketWriteError(UserError):
    """The packet could not be saved where the user asked; nothing was left there."""


def _save_file(produce: Callable[[Path], None], path: Path) -> None:
    # A seam for tests that simulate a full disk, a pulled stick or a write that lost data.
    produce(path)


def _write_at(fd: int, data: bytes, offset: int) -> None:
    # The same kind of seam, for the one small write after the save (the content ID).
    os.lseek(fd, offset, os.SEEK_SET)
    while data:
        data = data[os.write(fd, data) :]


def write_checked(
    dest: Path,
    produce: Callable[[Path], None],
    *,
    page_count: int,
    outline_titles: list[str],
    password: str | None,
    content_id: bool = False,
    expected: tuple[str, Exception] | None = None,
) -> tuple[str, int]:
    """Let ``produce`` save the PDF at the path it is given, then check, flush and rename it;
    returns (SHA-256, size) of the file as saved.

    ``content_id``: ``produce`` saves with qpdf's fixed ID, which is replaced in the file.
    ``expected``: (SHA-256, error): the file must have that hash, else the error is raised and
    nothing is saved.
    """
    folder = dest.parent
    if not folder.is_dir():
        raise PacketWriteError(
            f"The folder {folder} is not there (was the USB stick removed?). Nothing was saved."
        )
    remove_stale_parts(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f"{PART_PREFIX}{os.getpid()}-", suffix=".part", dir=folder
        )
        os.close(fd)  # qpdf opens it again by name (private: mkstemp made it 0600)
    except OSError as exc:
        raise PacketWriteError(_explain(exc, dest)) from exc
    tmp = Path(tmp_name)
    try:
        try:
            _save_file(produce, tmp)
            digest, size = _check_and_flush(tmp, page_count, outline_titles, password, content_id)
            if expected is not None and digest != expected[0]:
                raise expected[1]
            os.replace(tmp, dest)
        except OSError as exc:
            raise PacketWriteError(_explain(exc, dest)) from exc
        except pikepdf.PdfError as exc:  # qpdf could not write out what it holds
            raise PacketWriteError(
                f"The packet could not be saved in {folder} ({exc}). Nothing was saved."
            ) from exc
        try:
            _fsync_folder(folder)
        except OSError as exc:
            # The rename may not survive (a stick pulled now): take the packet back, so that
            # "nothing was saved" is true and the share log never names a file that is gone.
            with contextlib.suppress(OSError):
                dest.unlink()
            raise PacketWriteError(_explain(exc, dest)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return digest, size


def _check_and_flush(
    path: Path,
    page_count: int,
    outline_titles: list[str],
    password: str | None,
    content_id: bool,
) -> tuple[str, int]:
    """Open the saved file as a reader would; then hash it (putting the content ID in place)
    while a second thread fsyncs it; both must succeed before it is renamed."""
    problem = _pdf_problem(path, page_count, outline_titles, password)
    if problem:
        raise PacketWriteError(
            f"The packet could not be saved correctly in {path.parent}: {problem}. "
            "Nothing was saved; try another place."
        )
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        # The fsync (without the GIL) runs beside the hashing, which reads the same pages.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="packet-fsync") as pool:
            synced = pool.submit(os.fsync, fd)
            digest, size = hash_saved_file(fd, content_id=content_id, write_at=_write_at)
            synced.result()  # an OSError (a stick pulled, a full disk) goes to the caller
        if content_id:
            os.fsync(fd)  # the content ID written after the first flush
    finally:
        os.close(fd)
    return digest, size


PART_PREFIX = ".packet-"
# A half-written packet of a process that is gone (killed, crashed, power cut) is removed the
# next time a packet is saved in that folder; one older than this is removed in any case
# (it may come from another computer, where its process id means nothing here).
STALE_PART_SECONDS = 24 * 3600


def remove_stale_parts(folder: Path) -> int:
    """Remove leftover half packets (plaintext!) of dead processes in ``folder``; their count."""
    removed = 0
    try:
        candidates = list(folder.glob(f"{PART_PREFIX}*.part"))
    except OSError:
        return 0
    now = time.time()
    for part in candidates:
        with contextlib.suppress(OSError):
            if _owner_alive(part.name) and now - part.stat().st_mtime < STALE_PART_SECONDS:
                continue
            part.unlink()
            removed += 1
    return removed


def _owner_alive(name: str) -> bool:
    """Whether the process that named this part file still runs (unknown counts as alive)."""
    owner = name[len(PART_PREFIX) :].split("-", 1)[0]
    if not owner.isdigit() or os.name != "posix":
        return True  # an older name, or Windows (where os.kill would end the process)
    try:
        os.kill(int(owner), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _pdf_problem(
    path: Path, page_count: int, outline_titles: list[str], password: str | None
) -> str:
    """What is wrong with the PDF at ``path`` as a reader opens it, or ""."""
    try:
        # No repair: a file that needs one (its end lost, say) is not the file written.
        with Pdf.open(path, password=password or "", attempt_recovery=False) as pdf:
            if len(pdf.pages) != page_count:
                return f"it has {len(pdf.pages)} pages instead of {page_count}"
            if read_outline_titles(pdf) != outline_titles:
                return "its bookmarks are not as made"
    except pikepdf.PdfError as exc:
        return f"it does not open as a PDF ({exc})"
    return ""


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

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
import re
import tempfile
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO, NoReturn, cast

import pikepdf
from pikepdf import Pdf

from organizer.core.errors import UserError
from organizer.core.packet.pages import read_outline_titles

_BUFFER = 64 * 1024
# Pieces handed to the hashing/writing thread and not yet done (each at most ~1 MiB).
_IN_FLIGHT = 4


class PacketWriteError(UserError):
    """The packet could not be saved where the user asked; nothing was left there."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# qpdf's fixed ID (``static_id=True``): "/ID [<x><x>]" in the trailer at the very end.
_FIXED_ID = re.compile(rb"/ID \[<([0-9a-f]{32})><\1>\]")
# The trailer is within the last few hundred bytes; keep back at least this much to find it.
_TAIL = 64 * 1024


class HashingWriter(io.RawIOBase):
    """A write-only stream that hashes what passes through, and writes it on if given a file.

    The hashing and the writing run on a helper thread (both release the GIL), beside qpdf
    making the next piece; a few pieces at most wait in between, so memory stays flat. Call
    ``finish`` after the last write and ``close`` in any case (``write_through`` does both).

    With ``content_id``, the PDF was saved with qpdf's fixed ID, which is replaced by the first
    16 bytes of the SHA-256 of everything before it: a content-derived ID (as qpdf's own
    ``deterministic_id``, which costs an extra MD5 pass over the whole file) from the same
    single hashing pass that gives the file's SHA-256.

    With ``read_back`` (the same file opened for reading), each piece is read back once
    written and compared: ``differs`` says whether what reached the file is not what was
    written (cheaper than hashing the whole file again afterwards, and done meanwhile).

    A write error is kept, not raised: an exception thrown back into qpdf's C++ while it
    finishes a file can abort the whole process, so the caller raises it after the save.
    """

    def __init__(
        self,
        target: BinaryIO | None = None,
        *,
        content_id: bool = False,
        read_back: BinaryIO | None = None,
    ) -> None:
        super().__init__()
        self._target = target
        self._read_back = read_back
        self.differs = False
        self._hash = hashlib.sha256()
        self.size = 0
        self.error: OSError | None = None
        self._failure: BaseException | None = None
        self._held: list[bytes] | None = [] if content_id else None
        self._held_size = 0
        self._pool: ThreadPoolExecutor | None = None
        self._pending: deque[Future[None]] = deque()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = bytes(data)  # the caller reuses its buffer
        if self._held is None:
            self._emit(chunk)
            return len(chunk)
        self._held.append(chunk)
        self._held_size += len(chunk)
        while self._held_size - len(self._held[0]) >= _TAIL:
            first = self._held.pop(0)
            self._held_size -= len(first)
            self._emit(first)
        return len(chunk)

    def finish(self) -> None:
        """Write what was held back, with the content-derived ID in place of qpdf's fixed one,
        and wait until everything is hashed and written."""
        if self._held:
            tail = b"".join(self._held)
            self._held, self._held_size = [], 0
            matches = list(_FIXED_ID.finditer(tail))  # the last one is the trailer's
            if not matches:
                self._emit(tail)  # no fixed ID (a future qpdf?): still deterministic, as is
            else:
                found = matches[-1]
                self._emit(tail[: found.start()])
                self._drain(0)
                ident = self._hash.copy().hexdigest()[:32].encode("ascii")
                self._emit(b"/ID [<" + ident + b"><" + ident + b">]" + tail[found.end() :])
        self._drain(0)

    def close(self) -> None:
        """Stop the helper thread (after the pieces already handed to it)."""
        if self._pool is not None:
            self._drain(0)
            self._pool.shutdown()
            self._pool = None
        super().close()

    def _emit(self, data: bytes) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="packet-write")
        self._drain(_IN_FLIGHT - 1)
        self._pending.append(self._pool.submit(self._consume, data))

    def _drain(self, keep: int) -> None:
        while len(self._pending) > keep:
            self._pending.popleft().result()  # _consume never raises

    def _consume(self, data: bytes) -> None:
        try:
            self._hash.update(data)
            if self._target is not None and self.error is None and self._failure is None:
                try:
                    _raw_write(self._target, data)
                    if self._read_back is not None:
                        self._target.flush()
                        if self._read_back.read(len(data)) != data:
                            self.differs = True
                except OSError as exc:
                    self.error = exc
            self.size += len(data)
        except BaseException as exc:  # kept for the caller, never lost in the thread
            self._failure = exc

    def raise_error(self) -> None:
        if self._failure is not None:
            raise self._failure
        if self.error is not None:
            raise self.error

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def write_through(sink: HashingWriter, produce: Callable[[BinaryIO], None]) -> None:
    """Let ``produce`` write into ``sink``; qpdf writes many small pieces, which a small
    buffer gathers, while its big pieces (image data) pass straight through."""
    buffered = io.BufferedWriter(cast(Any, sink), buffer_size=_BUFFER)
    try:
        produce(cast(BinaryIO, buffered))
        buffered.flush()
        sink.finish()
    finally:
        sink.close()


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
    content_id: bool = False,
) -> tuple[str, int]:
    """Let ``produce`` write the PDF, then check and rename it; returns (SHA-256, size).

    ``content_id``: ``produce`` saves with qpdf's fixed ID, to be replaced (see HashingWriter).
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
    except OSError as exc:
        raise PacketWriteError(_explain(exc, dest)) from exc
    tmp = Path(tmp_name)
    try:
        try:
            with os.fdopen(fd, "wb") as handle, tmp.open("rb") as read_back:
                writer = HashingWriter(handle, content_id=content_id, read_back=read_back)
                write_through(writer, produce)
                writer.raise_error()
                handle.flush()
                if writer.differs or os.fstat(handle.fileno()).st_size != writer.size:
                    _not_saved(tmp, "what reached the disk differs from what was written")
                _check_file(
                    tmp,
                    page_count,
                    outline_titles,
                    password,
                    fsync=lambda: os.fsync(handle.fileno()),
                )
            os.replace(tmp, dest)
        except OSError as exc:
            raise PacketWriteError(_explain(exc, dest)) from exc
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
    return writer.hexdigest(), writer.size


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


def _check_file(
    path: Path,
    page_count: int,
    outline_titles: list[str],
    password: str | None,
    *,
    fsync: Callable[[], None],
) -> None:
    """Flush the file to the disk and open it as a reader would; both must succeed before it
    is renamed. The fsync (native code, without the GIL) runs beside the PDF check."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="packet-fsync") as pool:
        synced = pool.submit(fsync)
        problem = _pdf_problem(path, page_count, outline_titles, password)
        synced.result()  # an OSError (a stick pulled, a full disk) goes to the caller
    if problem:
        _not_saved(path, problem)


def _not_saved(path: Path, problem: str) -> NoReturn:
    raise PacketWriteError(
        f"The packet could not be saved correctly in {path.parent}: {problem}. "
        "Nothing was saved; try another place."
    )


def _pdf_problem(
    path: Path, page_count: int, outline_titles: list[str], password: str | None
) -> str:
    """What is wrong with the PDF at ``path`` as a reader opens it, or ""."""
    try:
        with Pdf.open(path, password=password or "") as pdf:
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

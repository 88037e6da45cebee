"""Atomic file writes: a file is either the old version or the complete new one, never half.

Every write goes to a temporary file named ``.tmp-*`` in the same folder, is flushed to the
disk (fsync; F_FULLFSYNC on macOS, where plain fsync does not reach the platter), then renamed
over the target with ``os.replace`` (atomic on POSIX and Windows), and finally the folder itself
is flushed so the rename survives a power cut. This follows borg's SaveFile and restic's local
backend. A crash leaves at most a stray ``.tmp-*`` file (ciphertext or a header, never a
document's plaintext), which ``remove_stray_temp_files`` clears at the vault's next commit
(while the vault lock is held; the temporary files this process is writing are spared).

The low-level steps (``_create_temp``, ``_write_all``, ``_fsync_file``, ``_replace``,
``_fsync_dir_fd``) are module-level functions so fault tests can inject ENOSPC/EIO at each
step with monkeypatch.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from organizer.core.vault.errors import VaultError

TEMP_PREFIX = ".tmp-"

_IS_WINDOWS = sys.platform == "win32"

# Names of the temporary files this process is writing now: the sweep for stray ones runs
# while other threads write blobs, and must spare these. Held while a name is created or
# removed, so a sweep never removes a file between its creation and its registration.
_writing: set[str] = set()
_writing_lock = threading.Lock()


class StorageError(VaultError):
    """Saving to the disk failed (disk full, read-only, no permission, drive removed...).

    The message is plain words; ``errno`` keeps the operating system's code for callers
    that need to tell the cases apart. The original ``OSError`` is chained as ``__cause__``.
    """

    def __init__(self, message: str, errno_code: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno_code


def storage_error(exc: OSError, path: Path, *, is_folder: bool = False) -> StorageError:
    """Turn an ``OSError`` raised while writing ``path`` into a plain-words ``StorageError``.

    ``is_folder``: ``path`` is the folder itself (flushing it), not a file in it.
    """
    folder = path if is_folder else path.parent
    what = "the changes" if is_folder else f'"{path.name}"'
    # A failed file write leaves the target as it was; a failed folder flush may not.
    unchanged = "" if is_folder else "; nothing was changed"
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = (
            f"The disk is full, so {what} could not be saved in {folder}. "
            f"Free some space and try again{unchanged}."
        )
    elif code == errno.EROFS:
        message = (
            f"The folder {folder} is read-only, so nothing can be saved there. "
            "If it is on a USB stick or a memory card, check its write-protect switch, "
            "or copy the vault to a folder you can write to."
        )
    elif code in (errno.EACCES, errno.EPERM):
        message = (
            f"This computer does not allow saving in the folder {folder}. "
            "Check the folder's permissions, or use a folder you own."
        )
    elif code == errno.ENOENT:
        message = (
            f"The folder {folder} is no longer there (was a USB stick or drive removed?). "
            "Reconnect it and try again."
        )
    elif code == errno.EIO:
        message = (
            f"The disk reported an error while saving in {folder}{unchanged}. The drive may "
            "have been removed or may be failing. Reconnect it and try again."
        )
    else:
        reason = exc.strerror or type(exc).__name__
        message = f"Could not save {what} in {folder}: {reason}."
    return StorageError(message, code)


@contextmanager
def _saving(path: Path, *, is_folder: bool = False) -> Iterator[None]:
    """Translate an ``OSError`` from a write step into a ``StorageError`` chained to it."""
    try:
        yield
    except OSError as exc:
        raise storage_error(exc, path, is_folder=is_folder) from exc


# Public name for callers doing their own file operations (mkdir, rename of a folder...).
storage_errors = _saving


def ensure_folder(path: Path) -> None:
    """Create the folder ``path`` (and missing parents, private to the user) if needed, and
    flush its parent so the new name lasts. Failures raise a plain-words ``StorageError``."""
    if path.is_dir():
        return
    with _saving(path, is_folder=True):
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    fsync_dir(path.parent)


# --- low-level steps (fault tests replace these) ---------------------------------------------


def _create_temp(folder: Path) -> tuple[int, str]:
    return tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)


def _write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_file(fd: int) -> None:
    if sys.platform == "darwin":
        import fcntl

        full_fsync = getattr(fcntl, "F_FULLFSYNC", None)
        if full_fsync is not None:
            try:
                fcntl.fcntl(fd, full_fsync)
                return
            except OSError:
                pass  # Some file systems (network, FAT) lack it: plain fsync below.
    os.fsync(fd)


def _replace(source: Path, target: Path) -> None:
    if not _IS_WINDOWS:
        os.replace(source, target)
        return
    # On Windows a virus scanner or indexer may hold the target open for a moment.
    for attempt in range(10):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_dir_fd(fd: int) -> None:
    os.fsync(fd)


# --- public API ------------------------------------------------------------------------------


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (new names, renames) to the disk. A no-op on Windows."""
    if _IS_WINDOWS:
        return
    with _saving(path, is_folder=True):
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            _fsync_dir_fd(fd)
        except OSError as exc:
            # Some file systems cannot fsync a folder; that is not a failed write.
            if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
                raise
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see the module docstring)."""
    atomic_write_chunks(path, (data,))


def atomic_write_chunks(path: Path, chunks: Iterable[bytes], *, sync_folder: bool = True) -> None:
    """Write the concatenated ``chunks`` to ``path`` atomically, in bounded memory.

    On any failure (a write error, or an exception raised by ``chunks`` itself, such as a
    cancellation) the temporary file is removed and ``path`` keeps its old content; write
    errors raise ``StorageError`` (a ``UserError``), other exceptions pass through unchanged.
    If only the final folder flush fails, the new content is already in place and the error
    is still raised, because its durability is not guaranteed.
    """
    folder = path.parent
    with _writing_lock, _saving(path):
        fd, temp_name = _create_temp(folder)
        _writing.add(os.path.basename(temp_name))
    temp = Path(temp_name)
    try:
        try:
            iterator = iter(chunks)
            while True:
                try:
                    chunk = next(iterator)
                except StopIteration:
                    break
                with _saving(path):
                    _write_all(fd, chunk)
            with _saving(path):
                _fsync_file(fd)
        finally:
            with _saving(path):
                os.close(fd)
        with _saving(path):
            _replace(temp, path)
    except BaseException:
        _discard(temp)
        raise
    finally:
        with _writing_lock:
            _writing.discard(temp.name)
    # sync_folder=False: the caller flushes the folder itself later (the vault does it for
    # new blobs once per commit, before the index that names them).
    if sync_folder:
        fsync_dir(folder)


def _discard(temp: Path) -> None:
    try:
        temp.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        # Cannot even remove it (read-only now, drive gone): a later commit sweeps it.
        pass


def is_temp_name(name: str) -> bool:
    """True for the names ``atomic_write_*`` uses for its temporary files."""
    return name.startswith(TEMP_PREFIX)


def remove_stray_temp_files(folder: Path) -> int:
    """Remove ``.tmp-*`` files left in ``folder`` (recursively) by a crash; return how many.

    Call it only while holding the vault lock, so no other process is writing; the temporary
    files this process is writing meanwhile (other threads) are spared. Symbolic links to
    folders are not followed.
    """
    removed = 0
    for root, _dirs, files in os.walk(folder, followlinks=False):
        for name in files:
            if not is_temp_name(name):
                continue
            with _writing_lock:
                if name in _writing:
                    continue
                try:
                    os.unlink(os.path.join(root, name))
                except FileNotFoundError:
                    continue
            removed += 1
    return removed

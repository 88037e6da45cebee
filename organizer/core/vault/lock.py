"""One process at a time per vault: an operating-system lock on the vault's ``.lock`` file.

The lock is ``flock`` on POSIX and ``msvcrt.locking`` on Windows. Both belong to the open file,
so the operating system drops them when the holding process ends in any way, including a crash
or SIGKILL: a lock left by a crashed process is stale by construction and the next ``acquire``
simply succeeds. The file holds the holder's process id and computer name, only to word the
message for a second process; ``stale_lock_found`` tells the vault that the previous holder
did not close properly (so it can tidy up after it).

The ``.lock`` file is never deleted: deleting a lock file opens a race in which two processes
each lock a different file under the same name.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path
from types import TracebackType

from organizer.core.vault.atomic import storage_error
from organizer.core.vault.errors import VaultError, VaultInUse

LOCK_NAME = ".lock"

# On Windows the locked byte cannot be read by others, so lock one far past the holder info.
_WINDOWS_LOCK_OFFSET = 1 << 20
_MAX_INFO_BYTES = 4096


class VaultLock:
    """Exclusive lock on a vault folder; a context manager (acquire on enter)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self._fd: int | None = None
        self.stale_lock_found = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise ``VaultInUse`` if another process (or window) holds it.

        Raises ``StorageError`` if the lock file cannot be created (read-only folder...).
        """
        if self._fd is not None:
            raise VaultInUse()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise storage_error(exc, self.path) from exc
        try:
            try:
                locked = _try_lock(fd)
            except OSError as exc:
                raise VaultError(
                    f"The folder {self.folder} does not support the lock that keeps two "
                    "windows from changing the vault at once (is it on a network drive?). "
                    "Copy the vault to a folder on this computer and open it there."
                ) from exc
            if not locked:
                holder = _read_info(fd)
                raise VaultInUse(_in_use_message(holder))
            self.stale_lock_found = bool(_read_info(fd))
            _write_info(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        """Give the lock back (clearing the holder info). Safe to call when not held."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            # Cleared info on release marks a clean close; info left behind means a crash.
            os.ftruncate(fd, 0)
        except OSError:
            pass
        finally:
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        # A safety net only; the owner releases explicitly (the OS would at exit anyway).
        if getattr(self, "_fd", None) is not None:
            with contextlib.suppress(Exception):
                self.release()


def _holder_info() -> dict[str, object]:
    return {"pid": os.getpid(), "host": socket.gethostname()}


def _write_info(fd: int) -> None:
    # Best effort: the info only words a message, and a full disk must not stop opening.
    data = json.dumps(_holder_info()).encode()
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, data)
    except OSError:
        pass


def _read_info(fd: int) -> dict[str, object]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, _MAX_INFO_BYTES)
        info = json.loads(data.decode()) if data else {}
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def _in_use_message(holder: dict[str, object]) -> str:
    host = holder.get("host")
    if isinstance(host, str) and host and host != socket.gethostname():
        return (
            f'This vault is open on another computer ("{host}"). '
            "Close it there first, then try again."
        )
    return "This vault is open in another window. Close it there first, then try again."


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):  # Closing the file releases it anyway.
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

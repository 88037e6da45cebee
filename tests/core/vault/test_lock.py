"""The vault lock: a second process is told the vault is in use; a crashed holder is stale."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from organizer.core.errors import UserError
from organizer.core.vault.atomic import StorageError
from organizer.core.vault.errors import VaultInUse
from organizer.core.vault.lock import LOCK_NAME, VaultLock, _in_use_message

# A child that takes the lock, says so, and holds it until its stdin closes.
_HOLDER = """
import sys
from pathlib import Path
from organizer.core.vault.lock import VaultLock
lock = VaultLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
sys.stdin.read()
lock.release()
print("released", flush=True)
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(timeout=10)
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            stream.close()


def test_second_process_is_told_the_vault_is_in_use(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    lock = VaultLock(tmp_path)
    with pytest.raises(VaultInUse) as info:
        lock.acquire()
    assert isinstance(info.value, UserError)
    assert "open in another window" in str(info.value)
    assert not lock.held


def test_lock_is_free_after_the_holder_closes_cleanly(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.close()
    assert holder.stdout.readline().strip() == "released"
    assert holder.wait(timeout=10) == 0
    with VaultLock(tmp_path) as lock:
        assert lock.held
        assert not lock.stale_lock_found


def test_lock_of_a_killed_holder_is_recognised_as_stale(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    if os.name != "posix":
        pytest.skip("SIGKILL is POSIX")
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    # The crashed holder's info is still in the file, but the OS dropped its lock.
    assert (tmp_path / LOCK_NAME).read_bytes() != b""
    lock = VaultLock(tmp_path)
    lock.acquire()
    try:
        assert lock.stale_lock_found
    finally:
        lock.release()
    # After a clean release the next holder sees no stale lock.
    with VaultLock(tmp_path) as again:
        assert not again.stale_lock_found


def test_second_window_in_the_same_process_is_refused(tmp_path: Path) -> None:
    with VaultLock(tmp_path), pytest.raises(VaultInUse):
        VaultLock(tmp_path).acquire()
    with VaultLock(tmp_path) as lock:
        assert lock.held
    assert not lock.held
    assert (tmp_path / LOCK_NAME).exists()  # never deleted (see lock.py)


def test_acquiring_twice_on_one_object_is_refused(tmp_path: Path) -> None:
    lock = VaultLock(tmp_path)
    lock.acquire()
    try:
        with pytest.raises(VaultInUse):
            lock.acquire()
    finally:
        lock.release()
    lock.release()  # harmless when not held


def test_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no longer there"):
        VaultLock(tmp_path / "gone").acquire()


def test_message_names_another_computer() -> None:
    message = _in_use_message({"pid": 1, "host": "kitchen-laptop-fictional"})
    assert "another computer" in message and "kitchen-laptop-fictional" in message
    assert "another window" in _in_use_message({})

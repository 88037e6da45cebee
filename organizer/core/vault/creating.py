"""Creating a vault folder: keys, the first (empty) index generation, then the header."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from organizer.core.errors import UserError
from organizer.core.model import VaultContent, new_id
from organizer.core.vault.atomic import atomic_write_bytes, ensure_folder, fsync_dir, storage_error
from organizer.core.vault.format import (
    BLOB_DIR,
    HEADER_BACKUP_NAME,
    HEADER_NAME,
    INDEX_DIR,
    LOCK_NAME,
    Header,
)
from organizer.core.vault.index import encode_index, index_path
from organizer.core.vault.kdf import KdfParams, check_caps
from organizer.core.vault.keys import VaultKeys
from organizer.core.vault.lock import VaultLock
from organizer.core.vault.opening import Opened, index_document
from organizer.core.vault.recovery import generate_recovery_code
from organizer.core.vault.slots import SlotKind, make_slot
from organizer.core.vault.state import GenerationMemory


def create_folder(
    path: Path, passphrase: str, kdf: KdfParams, memory: GenerationMemory
) -> tuple[Opened, str]:
    """Make a new vault in ``path`` (new or empty); return it opened, and the recovery code."""
    check_new_passphrase(passphrase)
    check_caps(kdf)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise UserError(f"The folder {path} already has files in it. Choose a new folder.")
    existed = path.exists()
    lock = VaultLock(path)
    try:
        ensure_folder(path)
        lock.acquire()
    except BaseException:
        if not existed:
            with contextlib.suppress(OSError):
                path.rmdir()  # only if still empty: another window may be creating here
        raise
    try:
        for sub in (INDEX_DIR, BLOB_DIR):
            ensure_folder(path / sub)
        # All 256 blob sub-folders now, flushed once, rather than one flush per new folder
        # while documents are added.
        for prefix in range(256):
            folder = path / BLOB_DIR / f"{prefix:02x}"
            try:
                folder.mkdir(mode=0o700, exist_ok=True)
            except OSError as exc:
                raise storage_error(exc, folder, is_folder=True) from exc
        fsync_dir(path / BLOB_DIR)
        keys = VaultKeys.generate()
        vault_id = new_id()
        recovery_text, recovery_secret = generate_recovery_code()
        slots = [
            make_slot(vault_id, keys.master, SlotKind.PASSPHRASE, passphrase=passphrase, kdf=kdf),
            make_slot(vault_id, keys.master, SlotKind.RECOVERY, secret=recovery_secret),
        ]
        header = Header(vault_id, tuple(slots)).sealed(keys.header_mac)
        content = VaultContent()
        # The index first, the header last: vault.json marks a finished vault.
        atomic_write_bytes(
            index_path(path, 1),
            encode_index(keys.index, vault_id, 1, index_document(vault_id, 1, content)),
        )
        atomic_write_bytes(path / HEADER_NAME, header.encode())
        atomic_write_bytes(path / HEADER_BACKUP_NAME, header.encode())
    except BaseException:
        lock.release()
        _remove_unfinished_vault(path, made_folder=not existed)
        raise
    memory.record(vault_id, 1)
    return Opened(path, header, keys, content, 1, lock, []), recovery_text


def _remove_unfinished_vault(path: Path, made_folder: bool) -> None:
    """Undo a creation that failed half-way (the folder was new or empty, so all is ours)."""
    for name in (HEADER_NAME, HEADER_BACKUP_NAME, LOCK_NAME):
        with contextlib.suppress(OSError):
            (path / name).unlink(missing_ok=True)
    for sub in (INDEX_DIR, BLOB_DIR):
        shutil.rmtree(path / sub, ignore_errors=True)
    for leftover in path.glob(".tmp-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    if made_folder:
        with contextlib.suppress(OSError):
            path.rmdir()


def check_new_passphrase(passphrase: str) -> None:
    if not passphrase or not passphrase.strip():
        raise UserError("The passphrase is empty. Please choose a passphrase.")

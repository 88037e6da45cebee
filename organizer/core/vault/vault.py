"""The Vault: one patient's encrypted folder, opened with a passphrase, recovery code or keychain.

See docs/vault-format.md for the on-disk format and the order of writes. A Vault object holds
the lock on its folder from open to close, so only one window or process changes it at a time.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from organizer.core.model import Document, VaultContent, new_id
from organizer.core.progress import CancelToken, ProgressCallback, no_progress
from organizer.core.vault import blobs, checking, creating, maintenance, opening
from organizer.core.vault.atomic import (
    atomic_write_bytes,
    atomic_write_chunks,
    ensure_folder,
    fsync_dir,
)
from organizer.core.vault.errors import NotAVault, ReadOnlyVault, VaultClosed, VaultError
from organizer.core.vault.format import Header
from organizer.core.vault.header_io import replace_header, slot_opens_with
from organizer.core.vault.index import encode_index, index_path, list_generations
from organizer.core.vault.kdf import KdfParams, check_caps
from organizer.core.vault.keys import VaultKeys
from organizer.core.vault.recovery import generate_recovery_code
from organizer.core.vault.slots import KeySlot, SlotKind, make_slot
from organizer.core.vault.state import GenerationMemory

if TYPE_CHECKING:
    from organizer.core.vault.keychain import Keychain

log = logging.getLogger(__name__)

DEVICE_SECRET_BYTES = 32
# New blobs in a row that share a folder (a folder then holds ~40 after 10,000 blobs).
_BLOBS_PER_FOLDER = 64


@dataclass(frozen=True)
class BlobInfo:
    blob_id: str
    size: int
    sha256: str


class Vault:
    """An open vault. Use ``Vault.create`` or ``Vault.open``; close it (or use ``with``).

    Blob reads and writes may run in several threads at once. ``content`` is a plain object:
    change it from one thread at a time, and not while a commit (or trash, restore...) runs.
    """

    def __init__(self, opened: opening.Opened, memory: GenerationMemory) -> None:
        self.path = opened.path
        self.header: Header = opened.header
        self._keys: VaultKeys | None = opened.keys
        self.content: VaultContent = opened.content
        self.generation = opened.generation
        self.warnings: list[str] = list(opened.warnings)
        self.read_only = opened.lock is None
        self._lock = opened.lock
        self._memory = memory
        self._mutex = threading.RLock()
        # Blobs written in this session and not yet in a commit: the collector spares them.
        self._pending: set[str] = set()
        # Ids of the blob files on disk: listed once, then kept up to date (we hold the lock).
        self._on_disk: set[str] | None = None
        # Blob folders with new names not yet flushed to the disk (done before each commit).
        self._unsynced_folders: set[Path] = set()
        self._pending_mutex = threading.Lock()
        # New blobs share a folder for a run of _BLOBS_PER_FOLDER (see _new_blob_id).
        self._blob_folder = ""
        self._blob_folder_uses = 0
        # Blob ids each generation references (filled lazily, for the collector).
        self._references: dict[int, set[str]] = {
            self.generation: self.content.referenced_blob_ids()
        }

    # --- lifecycle ------------------------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: KdfParams, state_dir: Path | None = None
    ) -> tuple[Vault, str]:
        """Make a new, empty vault in ``path`` (a new or empty folder).

        Returns the open vault and the recovery code to show the user once.
        """
        memory = GenerationMemory(state_dir)
        opened, recovery_text = creating.create_folder(Path(path), passphrase, kdf, memory)
        return cls(opened, memory), recovery_text

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str | None = None,
        *,
        recovery_code: str | None = None,
        keychain: Keychain | None = None,
        state_dir: Path | None = None,
    ) -> Vault:
        """Unlock the vault in ``path`` with one of: passphrase, recovery code, keychain."""
        memory = GenerationMemory(state_dir)
        opened = opening.open_folder(
            Path(path),
            memory,
            passphrase=passphrase,
            recovery_code=recovery_code,
            keychain=keychain,
        )
        return cls(opened, memory)

    def close(self) -> None:
        """Drop the keys and release the lock. Safe to call twice."""
        with self._mutex:
            if self._keys is not None:
                self._keys.wipe()
                self._keys = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    @property
    def is_open(self) -> bool:
        return self._keys is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        if getattr(self, "_keys", None) is not None:
            self.close()

    # --- blobs ----------------------------------------------------------------------------

    def write_blob(self, data: bytes | BinaryIO) -> BlobInfo:
        """Encrypt and store ``data`` (bytes or a binary stream, read in pieces) as a new blob.

        Thread-safe. The blob's bytes are flushed to the disk when this returns; its folder
        entry is flushed by the next commit, before the index that references it (one folder
        flush per commit instead of one per blob). Until a commit references it, the collector
        leaves it alone in this session.
        """
        keys = self._writable_keys()
        blob_id = self._new_blob_id()
        with self._pending_mutex:
            self._pending.add(blob_id)
        path = blobs.blob_path(self.path, blob_id)
        self._ensure_blob_folder(path.parent)
        digest = hashlib.sha256()
        size = 0

        def counted() -> Iterator[bytes]:
            nonlocal size
            for piece in blobs.plaintext_pieces(data):
                digest.update(piece)
                size += len(piece)
                yield piece

        try:
            atomic_write_chunks(
                path,
                blobs.encrypt_pieces(keys.blob, self.vault_id, blob_id, counted()),
                sync_folder=False,
            )
            with self._pending_mutex:
                self._unsynced_folders.add(path.parent)
                if self._on_disk is not None:
                    self._on_disk.add(blob_id)
        except BaseException:
            with self._pending_mutex:
                self._pending.discard(blob_id)
            raise
        return BlobInfo(blob_id, size, digest.hexdigest())

    def _new_blob_id(self) -> str:
        """A random id; runs of blobs written one after another share its first two digits
        (their folder), so a commit flushes a few folders instead of one per blob (a folder
        fsync costs as much as a file's). Still 120 random bits, still unique."""
        with self._pending_mutex:
            if not self._blob_folder or self._blob_folder_uses >= _BLOBS_PER_FOLDER:
                self._blob_folder, self._blob_folder_uses = new_id()[:2], 0
            self._blob_folder_uses += 1
            return self._blob_folder + new_id()[2:]

    def iter_blob(self, blob_id: str) -> Iterator[bytes]:
        """The blob's plaintext in pieces, each authenticated; damage raises VaultDamaged
        (a truncated file only at the end, so buffer if partial data must not be used)."""
        keys = self._open_keys()
        return blobs.decrypt_file(keys.blob, self.vault_id, blob_id, self.blob_file(blob_id))

    def read_blob(self, blob_id: str) -> bytes:
        """The whole blob, returned only after all of it authenticated."""
        return b"".join(self.iter_blob(blob_id))

    def pending_blob_ids(self) -> set[str]:
        """Blobs written in this session that no commit references yet."""
        with self._pending_mutex:
            return set(self._pending)

    def blob_file(self, blob_id: str) -> Path:
        return blobs.blob_path(self.path, blob_id)

    def _ensure_blob_folder(self, folder: Path) -> None:
        ensure_folder(folder)

    # --- the index ------------------------------------------------------------------------

    def commit(self, snapshot: VaultContent | None = None) -> None:
        """Save ``content`` as a new index generation (atomic), then tidy up old files.

        ``snapshot``: a frozen copy of ``content`` to save instead, for a caller that keeps
        editing ``content`` on another thread meanwhile (the GUI saving in the background).
        Blobs written since the copy was taken are spared by the collector as pending.
        """
        with self._mutex:
            keys = self._writable_keys()
            content = self.content if snapshot is None else snapshot
            maintenance.purge_expired_trash(content)
            generation = max([self.generation, *list_generations(self.path)]) + 1
            document = opening.index_document(self.vault_id, generation, content)
            referenced = content.referenced_blob_ids()
            # After taking the content: every blob it names has finished writing by now.
            self._sync_blob_folders()
            atomic_write_bytes(
                index_path(self.path, generation),
                encode_index(keys.index, self.vault_id, generation, document),
            )
            self.generation = generation
            self._references[generation] = referenced
            with self._pending_mutex:
                self._pending -= referenced
            self._memory.record(self.vault_id, generation)
            try:
                maintenance.prune_generations(self.path, self._references)
                with self._pending_mutex:
                    keep = set(self._pending)
                    if self._on_disk is None:
                        self._on_disk = set(blobs.blob_files(self.path))
                    on_disk = set(self._on_disk)
                deleted = maintenance.collect_garbage(
                    self.path, keys, self.vault_id, self._references, keep, on_disk
                )
                with self._pending_mutex:
                    self._on_disk -= deleted
            except (OSError, VaultError) as exc:
                # Tidying up can wait for the next commit; the save itself succeeded.
                log.warning("could not tidy up the vault: %s", exc)

    def _sync_blob_folders(self) -> None:
        """Flush the folders of blobs written since the last commit (before the index)."""
        with self._pending_mutex:
            folders, self._unsynced_folders = self._unsynced_folders, set()
        try:
            for folder in sorted(folders):
                fsync_dir(folder)
        except BaseException:
            with self._pending_mutex:
                self._unsynced_folders |= folders
            raise

    def purge_expired_trash(self) -> None:
        """Drop from ``content`` the documents trashed more than 30 days ago (commit saves it).

        Done by every commit of ``content``; a caller committing snapshots calls this first,
        on the thread that owns ``content``, so the copy and the working copy agree.
        """
        maintenance.purge_expired_trash(self.content)

    def trash(self, doc_id: str) -> None:
        """Move a document to the trash (restorable for 30 days) and commit."""
        with self._mutex:
            maintenance.mark_trashed(self._document(doc_id))
            self.commit()

    def restore(self, doc_id: str) -> None:
        with self._mutex:
            self._document(doc_id).trashed_at = None
            self.commit()

    def delete_for_good(self, doc_id: str) -> None:
        """Remove a document and its files now (share-log entries that used it are marked)."""
        with self._mutex:
            doc = self._document(doc_id)
            maintenance.remove_document(self.content, doc)
            self.commit()
            keep = self.content.referenced_blob_ids()
            with self._pending_mutex:
                keep |= self._pending
            gone = doc.blob_ids() - keep
            maintenance.delete_blobs(self.path, gone, durable=True)
            with self._pending_mutex:
                if self._on_disk is not None:
                    self._on_disk -= gone

    def _document(self, doc_id: str) -> Document:
        return self.content.document(doc_id)

    # --- checking and copying -------------------------------------------------------------

    def verify(
        self, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
    ) -> checking.VerifyReport:
        """Authenticate every file of the vault; the report names each damaged item."""
        with self._mutex:
            return checking.verify(self.path, self._open_keys(), self, progress, cancel)

    def backup(
        self,
        dest: Path,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write a verified copy of the vault to ``dest`` (see maintenance.backup)."""
        with self._mutex:
            return checking.backup(self, self._open_keys(), Path(dest), progress, cancel)

    # --- key slots ------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the master key under a new passphrase (no document is re-encrypted).

        ``kdf``: parameters for the new slot; by default those of the current one.
        """
        creating.check_new_passphrase(new_passphrase)
        with self._mutex:
            keys = self._writable_keys()
            old = self.header.slots_of(SlotKind.PASSPHRASE)
            params = kdf or (old[0].kdf if old and old[0].kdf else None)
            if params is None:
                raise ValueError("no KDF parameters for the new passphrase")
            check_caps(params)
            slot = make_slot(
                self.vault_id,
                keys.master,
                SlotKind.PASSPHRASE,
                passphrase=new_passphrase,
                kdf=params,
            )
            others = [s for s in self.header.slots if s.kind is not SlotKind.PASSPHRASE]
            self._write_header([slot, *others])

    def new_recovery_code(self) -> str:
        """Issue a new recovery code; the old one stops working. Returns the code to show."""
        with self._mutex:
            keys = self._writable_keys()
            text, secret = generate_recovery_code()
            slot = make_slot(self.vault_id, keys.master, SlotKind.RECOVERY, secret=secret)
            others = [s for s in self.header.slots if s.kind is not SlotKind.RECOVERY]
            self._write_header([*others, slot])
            return text

    def remember(self, keychain: Keychain) -> None:
        """Let this computer open the vault without the passphrase (secret in the keychain)."""
        with self._mutex:
            keys = self._writable_keys()
            previous = keychain.load(self.vault_id)
            secret = secrets.token_bytes(DEVICE_SECRET_BYTES)
            slot = make_slot(self.vault_id, keys.master, SlotKind.DEVICE, secret=secret)
            others = [s for s in self.header.slots if not self._opens_with(s, previous)]
            keychain.store(self.vault_id, secret)  # reads back; KeychainUnavailable if not safe
            try:
                self._write_header([*others, slot])
            except BaseException:
                if previous is None:
                    keychain.delete(self.vault_id)
                else:
                    keychain.store(self.vault_id, previous)
                raise

    def forget(self, keychain: Keychain) -> bool:
        """Stop this computer opening the vault by itself. True if it was remembered."""
        with self._mutex:
            self._writable_keys()
            secret = keychain.load(self.vault_id)
            if secret is None:
                return False
            kept = [s for s in self.header.slots if not self._opens_with(s, secret)]
            if len(kept) != len(self.header.slots):
                self._write_header(kept)
            keychain.delete(self.vault_id)
            return True

    def _opens_with(self, slot: KeySlot, device_secret: bytes | None) -> bool:
        return slot_opens_with(self.vault_id, slot, device_secret)

    def _write_header(self, slots: list[KeySlot]) -> None:
        keys = self._writable_keys()
        self.header = replace_header(self.path, self.header, slots, keys.header_mac, self.warnings)

    # --- guards ---------------------------------------------------------------------------

    def _open_keys(self) -> VaultKeys:
        if self._keys is None:
            raise VaultClosed()
        return self._keys

    def _writable_keys(self) -> VaultKeys:
        keys = self._open_keys()
        if self.read_only:
            raise ReadOnlyVault()
        return keys


__all__ = ["BlobInfo", "NotAVault", "ReadOnlyVault", "Vault", "VaultClosed"]

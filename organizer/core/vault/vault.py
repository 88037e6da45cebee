"""The Vault: one patient's encrypted folder, opened with a passphrase, recovery code or keychain.

See docs/vault-format.md for the on-disk format and the order of writes. A Vault object holds
the lock on its folder from open to close, so only one window or process changes it at a time.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from organizer.core.model import Document, VaultContent
from organizer.core.progress import CancelToken, ProgressCallback, no_progress
from organizer.core.vault import (
    blobs,
    checking,
    creating,
    maintenance,
    opening,
    remembering,
)
from organizer.core.vault.atomic import (
    atomic_write_bytes,
    atomic_write_chunks,
    ensure_folder,
    remove_stray_temp_files,
)
from organizer.core.vault.blob_ledger import BlobLedger
from organizer.core.vault.errors import NotAVault, ReadOnlyVault, VaultClosed, VaultError
from organizer.core.vault.format import Header
from organizer.core.vault.header_io import replace_header
from organizer.core.vault.index import encode_index, index_path, list_generations
from organizer.core.vault.kdf import KdfParams, check_caps
from organizer.core.vault.keys import VaultKeys
from organizer.core.vault.recovery import generate_recovery_code
from organizer.core.vault.slots import KeySlot, SlotKind, make_slot
from organizer.core.vault.state import GenerationMemory

if TYPE_CHECKING:
    from organizer.core.vault.keychain import Keychain

log = logging.getLogger(__name__)


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
        self._ledger = BlobLedger(self.path)
        # Stray temporary files are swept by the first commit that tidies up (see _tidy_up).
        self._strays_swept = False
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
        blob_id = self._ledger.new_blob_id()
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
            self._ledger.written(blob_id, path)
        except BaseException:
            self._ledger.abandoned(blob_id)
            raise
        return BlobInfo(blob_id, size, digest.hexdigest())

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
        return self._ledger.pending()

    def blob_file(self, blob_id: str) -> Path:
        return blobs.blob_path(self.path, blob_id)

    def missing_blob_ids(self, blob_ids: Iterable[str]) -> set[str]:
        """Those of ``blob_ids`` whose file is not in the vault folder: one quick look per
        file, nothing read or decrypted (``verify`` checks what the files hold)."""
        return blobs.missing_blob_ids(self.path, blob_ids)

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
            self._ledger.sync_folders()
            atomic_write_bytes(
                index_path(self.path, generation),
                encode_index(keys.index, self.vault_id, generation, document),
            )
            self.generation = generation
            self._references[generation] = referenced
            self._ledger.committed(referenced)
            self._memory.record(self.vault_id, generation)
            try:
                self._tidy_up(keys)
            except (OSError, VaultError) as exc:
                # Tidying up can wait for the next commit; the save itself succeeded.
                log.warning("could not tidy up the vault: %s", exc)

    def _tidy_up(self, keys: VaultKeys) -> None:
        """After a commit: retire old generations, collect unused blobs and, once a session,
        sweep the temporary files an interrupted write left (opening leaves them, so that
        commands that only read do not walk every blob folder)."""
        maintenance.prune_generations(self.path, self._references)
        keep, on_disk = self._ledger.for_collection()
        deleted = maintenance.collect_garbage(
            self.path, keys, self.vault_id, self._references, keep, on_disk
        )
        self._ledger.deleted(deleted)
        if not self._strays_swept:
            remove_stray_temp_files(self.path)  # spares the writes still running
            self._strays_swept = True

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
            keep = self.content.referenced_blob_ids() | self._ledger.pending()
            gone = doc.blob_ids() - keep
            maintenance.delete_blobs(self.path, gone, durable=True)
            self._ledger.deleted(gone)

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
            master = self._writable_keys().master
            remembering.remember(
                keychain, self.vault_id, master, self.header.slots, self._write_header
            )

    def forget(self, keychain: Keychain) -> bool:
        """Stop this computer opening the vault by itself. True if it was remembered."""
        with self._mutex:
            self._writable_keys()
            return remembering.forget(
                keychain, self.vault_id, self.header.slots, self._write_header
            )

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

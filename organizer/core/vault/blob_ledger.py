"""What an open vault keeps track of about its blob files between commits (thread-safe).

The vault holds its folder's lock, so only this process changes the files: the ids on disk are
listed once, at the first collection, and kept up to date after that.
"""

from __future__ import annotations

import threading
from pathlib import Path

from organizer.core.model import new_id
from organizer.core.vault.atomic import fsync_dir
from organizer.core.vault.blobs import blob_files

# New blobs in a row that share a folder (a folder then holds ~40 after 10,000 blobs).
BLOBS_PER_FOLDER = 64


class BlobLedger:
    def __init__(self, vault_folder: Path) -> None:
        self._vault_folder = vault_folder
        self._mutex = threading.Lock()
        # Written in this session and not yet in a commit: the collector spares them.
        self._pending: set[str] = set()
        # Ids of the blob files on disk, or None until first needed.
        self._on_disk: set[str] | None = None
        # Blob folders with new names not yet flushed to the disk (done before each commit).
        self._unsynced_folders: set[Path] = set()
        # The folder prefix new blobs share, and how many have used it.
        self._folder = ""
        self._folder_uses = 0

    def new_blob_id(self) -> str:
        """A new, pending blob id. Runs of blobs written one after another share its first
        two digits (their folder), so a commit flushes a few folders instead of one per blob
        (a folder fsync costs as much as a file's). Still 120 random bits, still unique."""
        with self._mutex:
            if not self._folder or self._folder_uses >= BLOBS_PER_FOLDER:
                self._folder, self._folder_uses = new_id()[:2], 0
            self._folder_uses += 1
            blob_id = self._folder + new_id()[2:]
            self._pending.add(blob_id)
            return blob_id

    def written(self, blob_id: str, path: Path) -> None:
        """The blob's file is complete at ``path``; its folder is flushed by the next commit."""
        with self._mutex:
            self._unsynced_folders.add(path.parent)
            if self._on_disk is not None:
                self._on_disk.add(blob_id)

    def abandoned(self, blob_id: str) -> None:
        """Writing the blob failed: no file to spare."""
        with self._mutex:
            self._pending.discard(blob_id)

    def pending(self) -> set[str]:
        """Blobs written in this session that no commit references yet."""
        with self._mutex:
            return set(self._pending)

    def committed(self, referenced: set[str]) -> None:
        """A commit now references these blobs: they are no longer pending."""
        with self._mutex:
            self._pending -= referenced

    def sync_folders(self) -> None:
        """Flush the folders of blobs written since the last commit (before the index)."""
        with self._mutex:
            folders, self._unsynced_folders = self._unsynced_folders, set()
        try:
            for folder in sorted(folders):
                fsync_dir(folder)
        except BaseException:
            with self._mutex:
                self._unsynced_folders |= folders
            raise

    def for_collection(self) -> tuple[set[str], set[str]]:
        """(the pending ids, the ids on disk): what the collector must spare, and may delete."""
        with self._mutex:
            if self._on_disk is None:
                self._on_disk = set(blob_files(self._vault_folder))
            return set(self._pending), set(self._on_disk)

    def deleted(self, blob_ids: set[str]) -> None:
        with self._mutex:
            if self._on_disk is not None:
                self._on_disk -= blob_ids

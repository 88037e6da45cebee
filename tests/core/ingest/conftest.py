"""A tiny in-memory stand-in for the vault, used by the importer tests until the real vault
is on main (tests only: the shipped code has no fake)."""

from __future__ import annotations

import copy
import hashlib
import threading
from dataclasses import dataclass
from typing import BinaryIO

import pytest

from organizer.core.model import VaultContent, new_id


@dataclass(frozen=True)
class BlobInfo:
    blob_id: str
    size: int
    sha256: str


class MemoryVault:
    def __init__(self) -> None:
        self.content = VaultContent()
        self.blobs: dict[str, bytes] = {}
        self.committed: VaultContent = VaultContent()
        self.commits = 0
        self.fail_writes_after: int | None = None
        self._lock = threading.Lock()

    def write_blob(self, data: bytes | BinaryIO) -> BlobInfo:
        raw = data if isinstance(data, bytes) else data.read()
        with self._lock:
            if self.fail_writes_after is not None and len(self.blobs) >= self.fail_writes_after:
                raise OSError(28, "No space left on device")
            blob_id = new_id()
            self.blobs[blob_id] = raw
        return BlobInfo(blob_id, len(raw), hashlib.sha256(raw).hexdigest())

    def read_blob(self, blob_id: str) -> bytes:
        return self.blobs[blob_id]

    def commit(self) -> None:
        self.commits += 1
        self.committed = copy.deepcopy(self.content)


@pytest.fixture
def vault() -> MemoryVault:
    return MemoryVault()

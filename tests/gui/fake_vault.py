"""An in-memory stand-in for the vault, used only until the real vault is merged."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from organizer.core.model import VaultContent
from organizer.core.model.serialize import to_jsonable


@dataclass
class BlobInfo:
    blob_id: str
    size: int
    sha256: str


class FakeVault:
    def __init__(self) -> None:
        self.content = VaultContent()
        self.blobs: dict[str, bytes] = {}
        self.commits: list[dict[str, object]] = []
        self.closed = False
        self.warnings: list[str] = []

    def commit(self) -> None:
        assert not self.closed
        self.commits.append(to_jsonable(self.content))

    def write_blob(self, data: bytes) -> BlobInfo:
        blob_id = secrets.token_hex(16)
        self.blobs[blob_id] = bytes(data)
        return BlobInfo(blob_id, len(data), hashlib.sha256(data).hexdigest())

    def read_blob(self, blob_id: str) -> bytes:
        return self.blobs[blob_id]

    def close(self) -> None:
        self.closed = True
        self.content = VaultContent()

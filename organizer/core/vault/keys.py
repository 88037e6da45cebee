"""The vault's master key and the subkeys derived from it (HKDF-SHA256, one per purpose)."""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# Every label, context and AAD in the format starts with this, so nothing made for one
# purpose (or one format version) can be replayed as another.
LABEL = b"second-opinion-vault/v1/"
MASTER_KEY_BYTES = 32


def hkdf(secret: bytes | bytearray, info: bytes, *, salt: bytes | None = None) -> bytes:
    """32 bytes derived from ``secret`` for the purpose named by ``info``."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=LABEL + info).derive(
        bytes(secret)
    )


class VaultKeys:
    """The master key of one open vault and its subkeys; ``wipe()`` drops them all."""

    def __init__(self, master: bytes | bytearray) -> None:
        if len(master) != MASTER_KEY_BYTES:
            raise ValueError("the master key must be 32 bytes")
        self._master = bytearray(master)
        self.header_mac = hkdf(self._master, b"header-mac")
        self.index = hkdf(self._master, b"index")
        self.blob = hkdf(self._master, b"blob")

    @classmethod
    def generate(cls) -> VaultKeys:
        return cls(secrets.token_bytes(MASTER_KEY_BYTES))

    @property
    def master(self) -> bytes:
        if not any(self._master):
            raise ValueError("the vault keys were dropped")
        return bytes(self._master)

    def wipe(self) -> None:
        """Overwrite the master key in memory (Python may still hold copies of subkeys)."""
        for i in range(len(self._master)):
            self._master[i] = 0
        self.header_mac = self.index = self.blob = b""

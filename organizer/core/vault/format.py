"""The vault header (``vault.json`` and its copy ``vault.json.bak``).

The header is canonical JSON followed by one newline. It carries two integrity checks:

* ``checksum``: SHA-256 of the canonical header without the checksum. Anyone can recompute
  it; it tells accidental damage (exit 3) apart from a wrong passphrase (exit 1).
* ``mac``: HMAC-SHA256 under a subkey of the master key over the canonical header without
  ``mac`` and ``checksum``. It is checked once a slot opened, so injected slots and lowered
  KDF parameters are caught as tampering.

Every format version keeps the keys ``format``, ``version`` and ``checksum`` as defined here,
so an old app can always tell "damaged" from "made by a newer version".
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from organizer.core.vault.canonical import canonical_json
from organizer.core.vault.errors import NotAVault, VaultDamaged, VaultTooNew
from organizer.core.vault.slots import KeySlot, SlotKind

FORMAT_NAME = "second-opinion-vault"
FORMAT_VERSION = 1
HEADER_NAME = "vault.json"
HEADER_BACKUP_NAME = "vault.json.bak"
INDEX_DIR = "index"
BLOB_DIR = "blobs"
LOCK_NAME = ".lock"
MAX_HEADER_BYTES = 1 << 20  # a real header is a few KiB; refuse to parse anything huge
_VAULT_ID = re.compile(r"^[0-9a-f]{32}$")
_HEX_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_KEYS = {"format", "version", "vault_id", "slots", "mac", "checksum"}


@dataclass(frozen=True)
class Header:
    vault_id: str
    slots: tuple[KeySlot, ...]
    version: int = FORMAT_VERSION
    mac: bytes = field(default=b"", compare=False)

    def body(self) -> dict[str, Any]:
        """What the MAC covers: everything but the MAC and the checksum."""
        return {
            "format": FORMAT_NAME,
            "version": self.version,
            "vault_id": self.vault_id,
            "slots": [s.to_dict() for s in self.slots],
        }

    def compute_mac(self, mac_key: bytes) -> bytes:
        return hmac.new(mac_key, canonical_json(self.body()), hashlib.sha256).digest()

    def sealed(self, mac_key: bytes) -> Header:
        return replace(self, mac=self.compute_mac(mac_key))

    def mac_is_valid(self, mac_key: bytes) -> bool:
        return hmac.compare_digest(self.mac, self.compute_mac(mac_key))

    def encode(self) -> bytes:
        if not self.mac:
            raise ValueError("seal the header before writing it")
        data = self.body()
        data["mac"] = self.mac.hex()
        data["checksum"] = hashlib.sha256(canonical_json(data)).hexdigest()
        return canonical_json(data) + b"\n"

    def slots_of(self, kind: SlotKind) -> list[KeySlot]:
        return [s for s in self.slots if s.kind is kind]

    def with_slots(self, slots: list[KeySlot]) -> Header:
        return replace(self, slots=tuple(slots), mac=b"")


def decode_header(raw: bytes, name: str = HEADER_NAME) -> Header:
    """Parse and check a header file's bytes. Raises VaultDamaged, VaultTooNew or NotAVault."""
    damaged = VaultDamaged(f"The vault file is damaged ({name} failed its check).")
    if len(raw) > MAX_HEADER_BYTES:
        raise damaged
    try:
        data = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise damaged from exc
    if not isinstance(data, dict):
        raise damaged
    # Exactly the canonical bytes: then equal bytes <=> equal values, and the checksum
    # (over values) covers every byte of the file.
    if canonical_json(data) + b"\n" != raw:
        raise damaged
    checksum = data.pop("checksum", None)
    if not isinstance(checksum, str) or not hmac.compare_digest(
        checksum, hashlib.sha256(canonical_json(data)).hexdigest()
    ):
        raise damaged
    if data.get("format") != FORMAT_NAME:
        raise NotAVault(f"This is not a Second Opinion vault ({name} is some other file).")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise damaged
    if version > FORMAT_VERSION:
        raise VaultTooNew()
    if set(data) != _KEYS - {"checksum"}:
        raise damaged
    vault_id, mac, raw_slots = data["vault_id"], data["mac"], data["slots"]
    if not isinstance(vault_id, str) or not _VAULT_ID.match(vault_id):
        raise damaged
    if not isinstance(mac, str) or not _HEX_SHA256.match(mac):
        raise damaged
    if not isinstance(raw_slots, list) or not raw_slots or len(raw_slots) > 64:
        raise damaged
    slots = tuple(KeySlot.from_dict(s) for s in raw_slots)
    if len({s.slot_id for s in slots}) != len(slots):
        raise damaged
    return Header(vault_id=vault_id, slots=slots, version=version, mac=bytes.fromhex(mac))


def read_header(path: Path) -> Header:
    """Read one header file; a missing file is NotAVault, unreadable bytes are damage."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise NotAVault(f"There is no vault in {path.parent}.") from exc
    except IsADirectoryError as exc:
        raise VaultDamaged(f"The vault file is damaged ({path.name} is a folder).") from exc
    return decode_header(raw, path.name)

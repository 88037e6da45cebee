"""Key slots: each one wraps the same master key under a key-encryption key (KEK).

A passphrase slot derives its KEK with Argon2id; recovery and device slots hold high-entropy
random secrets (the recovery code, a keychain secret), so HKDF is enough for them. The wrap is
AES-256-GCM whose associated data binds the vault id, the slot id, the slot kind and the
canonical KDF parameters, so a slot cannot be moved to another vault or have its cost lowered.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from organizer.core.vault.canonical import canonical_json
from organizer.core.vault.errors import VaultDamaged
from organizer.core.vault.kdf import KdfParams, check_caps, derive_key
from organizer.core.vault.keys import LABEL, MASTER_KEY_BYTES, hkdf

SALT_BYTES = 32
NONCE_BYTES = 12
WRAPPED_BYTES = MASTER_KEY_BYTES + 16  # ciphertext + GCM tag
_ID_PATTERN = re.compile(r"^[0-9a-f]{32}$")


class SlotKind(StrEnum):
    PASSPHRASE = "passphrase"
    RECOVERY = "recovery"
    DEVICE = "device"  # "remember on this computer": the secret lives in the OS keychain


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    kind: SlotKind
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None  # only for passphrase slots

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.slot_id,
            "kind": self.kind.value,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Any) -> KeySlot:
        """Parse and check one slot; anything malformed is damage, found before any KDF runs."""
        damaged = VaultDamaged("The vault file is damaged (a key slot is malformed).")
        if not isinstance(data, dict) or set(data) - {
            "id",
            "kind",
            "salt",
            "nonce",
            "wrapped",
            "kdf",
        }:
            raise damaged
        try:
            kind = SlotKind(data["kind"])
            slot_id = data["id"]
            salt = _unb64(data["salt"])
            nonce = _unb64(data["nonce"])
            wrapped = _unb64(data["wrapped"])
            kdf = KdfParams.from_dict(data["kdf"]) if "kdf" in data else None
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise damaged from exc
        if not isinstance(slot_id, str) or not _ID_PATTERN.match(slot_id):
            raise damaged
        # Length checks close partitioning-oracle tricks (as age checks its body length).
        if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES or len(wrapped) != WRAPPED_BYTES:
            raise damaged
        if (kind is SlotKind.PASSPHRASE) != (kdf is not None):
            raise damaged
        if kdf is not None:
            check_caps(kdf)  # VaultDamaged for a header that would exhaust memory or time
        return cls(slot_id, kind, salt, nonce, wrapped, kdf)

    def associated_data(self, vault_id: str) -> bytes:
        kdf = canonical_json(self.kdf.to_dict()) if self.kdf is not None else b"{}"
        parts = [vault_id.encode("ascii"), self.slot_id.encode("ascii"), self.kind.encode(), kdf]
        return LABEL + b"slot\0" + b"\0".join(parts)

    def unwrap(self, vault_id: str, kek: bytes) -> bytes | None:
        """The master key, or None if this KEK does not open the slot."""
        try:
            master = AESGCM(kek).decrypt(self.nonce, self.wrapped, self.associated_data(vault_id))
        except InvalidTag:
            return None
        return master if len(master) == MASTER_KEY_BYTES else None


def passphrase_kek(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return derive_key(passphrase, salt, kdf)


def secret_kek(secret: bytes, salt: bytes, kind: SlotKind) -> bytes:
    """KEK for a recovery or device slot: its secret is random, so no slow KDF is needed."""
    return hkdf(secret, b"slot-kek/" + kind.encode(), salt=salt)


def slot_kek(slot: KeySlot, *, passphrase: str | None = None, secret: bytes | None = None) -> bytes:
    if slot.kind is SlotKind.PASSPHRASE:
        if passphrase is None or slot.kdf is None:
            raise ValueError("a passphrase slot needs a passphrase")
        return passphrase_kek(passphrase, slot.salt, slot.kdf)
    if secret is None:
        raise ValueError(f"a {slot.kind} slot needs its secret")
    return secret_kek(secret, slot.salt, slot.kind)


def make_slot(
    vault_id: str,
    master: bytes,
    kind: SlotKind,
    *,
    passphrase: str | None = None,
    kdf: KdfParams | None = None,
    secret: bytes | None = None,
) -> KeySlot:
    """A new slot (fresh id, salt and nonce) wrapping ``master``."""
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    slot_id = secrets.token_hex(16)
    draft = KeySlot(slot_id, kind, salt, nonce, b"", kdf if kind is SlotKind.PASSPHRASE else None)
    kek = slot_kek(draft, passphrase=passphrase, secret=secret)
    wrapped = AESGCM(kek).encrypt(nonce, master, draft.associated_data(vault_id))
    return KeySlot(slot_id, kind, salt, nonce, wrapped, draft.kdf)


def same_secret(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)

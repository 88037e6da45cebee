"""Remembering a vault on this computer: a device key slot whose secret lives in the keychain.

"Remember" adds a DEVICE slot that opens with a random secret and stores that secret in the
operating system's keychain (``keychain.py``); "forget" removes the slot and the secret. The
passphrase itself is never stored. ``Vault.remember`` and ``Vault.forget`` call these with the
vault's lock and keys held.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from organizer.core.vault.slots import KeySlot, SlotKind, make_slot, secret_kek

if TYPE_CHECKING:
    from organizer.core.vault.keychain import Keychain

DEVICE_SECRET_BYTES = 32

# Writes the vault file with these slots (``Vault._write_header``).
WriteSlots = Callable[[list[KeySlot]], None]


def remember(
    keychain: Keychain,
    vault_id: str,
    master: bytes,
    slots: Sequence[KeySlot],
    write_slots: WriteSlots,
) -> None:
    """Add a device slot for a new secret kept in ``keychain``, replacing this computer's old
    slot if it had one. If the vault file cannot be written, the keychain is put back."""
    previous = keychain.load(vault_id)
    secret = secrets.token_bytes(DEVICE_SECRET_BYTES)
    slot = make_slot(vault_id, master, SlotKind.DEVICE, secret=secret)
    others = [s for s in slots if not slot_opens_with(vault_id, s, previous)]
    keychain.store(vault_id, secret)  # reads back; KeychainUnavailable if not safe
    try:
        write_slots([*others, slot])
    except BaseException:
        if previous is None:
            keychain.delete(vault_id)
        else:
            keychain.store(vault_id, previous)
        raise


def forget(
    keychain: Keychain, vault_id: str, slots: Sequence[KeySlot], write_slots: WriteSlots
) -> bool:
    """Remove this computer's device slot and its secret. True if it was remembered."""
    secret = keychain.load(vault_id)
    if secret is None:
        return False
    kept = [s for s in slots if not slot_opens_with(vault_id, s, secret)]
    if len(kept) != len(slots):
        write_slots(kept)
    keychain.delete(vault_id)
    return True


def slot_opens_with(vault_id: str, slot: KeySlot, device_secret: bytes | None) -> bool:
    """Whether ``slot`` is this computer's keychain slot for ``device_secret``."""
    if device_secret is None or slot.kind is not SlotKind.DEVICE:
        return False
    kek = secret_kek(device_secret, slot.salt, slot.kind)
    return slot.unwrap(vault_id, kek) is not None

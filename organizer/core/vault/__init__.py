"""The encrypted vault: one patient's documents and case, safe at rest (docs/vault-format.md)."""

from organizer.core.vault.checking import VerifyProblem, VerifyReport
from organizer.core.vault.errors import (
    KeychainUnavailable,
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultTooNew,
    WrongPassphrase,
)
from organizer.core.vault.kdf import FLOOR, KdfParams, calibrate
from organizer.core.vault.keychain import Keychain
from organizer.core.vault.maintenance import TRASH_DAYS
from organizer.core.vault.opening import NotRemembered
from organizer.core.vault.vault import BlobInfo, ReadOnlyVault, Vault, VaultClosed

__all__ = [
    "FLOOR",
    "TRASH_DAYS",
    "BlobInfo",
    "KdfParams",
    "Keychain",
    "KeychainUnavailable",
    "NotAVault",
    "NotRemembered",
    "ReadOnlyVault",
    "Vault",
    "VaultClosed",
    "VaultDamaged",
    "VaultError",
    "VaultInUse",
    "VaultTooNew",
    "VerifyProblem",
    "VerifyReport",
    "WrongPassphrase",
    "calibrate",
]

"""How the GUI creates and opens vaults: the core's Vault API plus the GUI's choices.

The KDF parameters are measured on this computer when a vault is made (``calibrate``), unless
the caller passes explicit ones (tests pass cheap parameters; the app never does).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class VaultAccess:
    """Creates and opens vaults. One instance per app run; tests pass ``kdf``."""

    def __init__(self, *, kdf: Any | None = None, state_dir: Path | None = None) -> None:
        self.kdf = kdf
        self.state_dir = state_dir

    def create(self, path: Path, passphrase: str) -> tuple[Any, str]:
        """A new vault in ``path``: (open vault, recovery code). Slow: call it in the background."""
        from organizer.core.vault import Vault
        from organizer.core.vault.kdf import calibrate

        kdf = self.kdf if self.kdf is not None else calibrate()
        vault, code = Vault.create(path, passphrase, kdf=kdf, state_dir=self.state_dir)
        return vault, code

    def open(
        self,
        path: Path,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        remembered: bool = False,
    ) -> Any:
        """Open with one of the three ways. Slow (key derivation): call it in the background."""
        from organizer.core.vault import Vault

        keychain = self.keychain() if remembered else None
        return Vault.open(
            path,
            passphrase,
            recovery_code=recovery_code,
            keychain=keychain,
            state_dir=self.state_dir,
        )

    def keychain(self) -> Any | None:
        """The system's secure keychain, or None where there is none (or it is refused)."""
        from organizer.core.vault.errors import KeychainUnavailable
        from organizer.core.vault.keychain import Keychain

        try:
            return Keychain.system()
        except KeychainUnavailable as exc:
            log.info("no secure keychain: %s", type(exc).__name__)
            return None

    def keychain_problem(self) -> str:
        """Why "Remember on this computer" cannot be used here, or "" if it can."""
        from organizer.core.vault.keychain import Keychain

        available, reason = Keychain.is_available()
        return "" if available else reason


def is_vault_folder(path: Path) -> bool:
    """True if ``path`` looks like a finished vault (its header file exists)."""
    return (path / "vault.json").is_file()

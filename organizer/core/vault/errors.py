"""What can go wrong with a vault, in words a patient understands."""

from __future__ import annotations

from organizer.core.errors import DamageError, UserError


class VaultError(UserError):
    """Base for vault problems the user can act on."""


class WrongPassphrase(VaultError):
    def __init__(self, message: str = "That passphrase does not open this vault.") -> None:
        super().__init__(message)


class VaultInUse(VaultError):
    def __init__(
        self, message: str = "This vault is open in another window. Close it there first."
    ) -> None:
        super().__init__(message)


class VaultTooNew(VaultError):
    def __init__(
        self,
        message: str = "This vault was made by a newer version of Second Opinion Organizer. "
        "Please update the app to open it.",
    ) -> None:
        super().__init__(message)


class NotAVault(VaultError):
    """The folder does not hold a vault (or was never finished being created)."""


class KeychainUnavailable(VaultError):
    """No secure keychain on this computer; "remember on this computer" cannot be used."""


class VaultDamaged(DamageError):
    """Damage or tampering was found. The message names what is damaged."""


class VaultClosed(VaultError):
    def __init__(self) -> None:
        super().__init__("The vault is locked. Open it again to continue.")


class ReadOnlyVault(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "This vault's folder is read-only, so nothing can be changed in it. "
            "Copy the vault to a folder you can write to."
        )

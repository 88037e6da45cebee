"""The operating system's keychain, for "remember this vault on this computer".

Only keychains that keep secrets encrypted under the user's login are used (an allow-list of
``keyring`` backends, by exact class): Secret Service / libsecret (GNOME, most Linux desktops),
KWallet, the macOS Keychain and the Windows Credential Locker. Everything else is refused with
a plain-words reason and nothing is written: the ``fail`` backend (no keychain), the ``null``
backend (silently drops writes), the ``keyrings.alt`` file backends (a plaintext or weakly
protected file) and anything unknown, also when ``PYTHON_KEYRING_BACKEND`` or a keyring config
file selects them. A chain of backends is used only if every member is allowed; otherwise its
best allowed member is used alone, so a secret can never fall through to a plaintext file.

Every store is read back and compared, because some backends accept a write and keep nothing.
The vault keeps only a random device secret here, never the passphrase.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from typing import TYPE_CHECKING

from organizer.core.vault.errors import KeychainUnavailable

# keyring loads on first use (about 40 ms): most commands are given a passphrase and never
# need the keychain.
if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "Second Opinion Organizer"

# Exact classes ("module.QualName") of backends that store secrets safely.
ALLOWED_BACKENDS: frozenset[str] = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)
_CHAINER = "keyring.backends.chainer.ChainerBackend"

_FRIENDLY_NAMES = {
    "keyring.backends.SecretService.Keyring": "the system keychain (Secret Service)",
    "keyring.backends.libsecret.Keyring": "the system keychain (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
    "keyring.backends.macOS.Keyring": "the macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "the Windows Credential Manager",
}

_STILL_WORKS = " You can still open the vault with your passphrase."


def backend_name(backend: object) -> str:
    """The exact class name the allow-list is checked against."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _refusal(name: str) -> str:
    if name == "keyring.backends.fail.Keyring":
        reason = "No keychain was found on this computer, so it cannot remember the vault."
    elif name == "keyring.backends.null.Keyring":
        reason = (
            "The keychain is switched off on this computer (it is set to keep nothing), "
            "so it cannot remember the vault."
        )
    elif name.startswith("keyrings.alt."):
        reason = (
            "The only keychain available here keeps secrets in an ordinary file, which is "
            "not safe enough for medical records, so this computer will not remember the vault."
        )
    else:
        reason = (
            f'The keychain set up on this computer ("{name}") is not one Second Opinion '
            "Organizer knows to be safe, so it will not remember the vault there."
        )
    return reason + _STILL_WORKS


def _vet(backend: object) -> KeyringBackend:
    """The backend to use for ``backend``, or ``KeychainUnavailable`` with the reason."""
    from keyring.backend import KeyringBackend

    name = backend_name(backend)
    if name in ALLOWED_BACKENDS and isinstance(backend, KeyringBackend):
        return backend
    if name == _CHAINER and isinstance(backend, KeyringBackend):
        members = list(getattr(backend, "backends", []))
        allowed = [m for m in members if backend_name(m) in ALLOWED_BACKENDS]
        if members and len(allowed) == len(members):
            return backend
        if allowed:
            best: KeyringBackend = allowed[0]  # members come sorted by priority
            return best
        raise KeychainUnavailable(_refusal(backend_name(members[0]) if members else name))
    raise KeychainUnavailable(_refusal(name))


class Keychain:
    """Stores one secret per vault id in an allowed OS keychain (see the module docstring)."""

    def __init__(self, backend: object) -> None:
        self._backend = _vet(backend)

    @classmethod
    def system(cls) -> Keychain:
        """The keychain ``keyring`` selects here, or ``KeychainUnavailable`` with the reason."""
        import keyring

        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # a broken keyring configuration, a missing D-Bus...
            raise KeychainUnavailable(
                "The keychain on this computer could not be reached, so it cannot remember "
                "the vault." + _STILL_WORKS
            ) from exc
        return cls(backend)

    @classmethod
    def is_available(cls) -> tuple[bool, str]:
        """(True, which keychain) or (False, why not), in plain words, for the user."""
        try:
            chain = cls.system()
        except KeychainUnavailable as exc:
            return False, str(exc)
        return True, f"This computer can remember the vault in {chain.description}."

    @property
    def description(self) -> str:
        name = backend_name(self._backend)
        return _FRIENDLY_NAMES.get(name, "the system keychain")

    @property
    def backend(self) -> KeyringBackend:
        return self._backend

    def store(self, vault_id: str, secret: bytes) -> None:
        """Keep ``secret`` for ``vault_id``; read back to be sure, else nothing is left."""
        _check_vault_id(vault_id)
        if not isinstance(secret, bytes) or not secret:
            raise ValueError("the secret must be non-empty bytes")
        encoded = base64.b64encode(secret).decode("ascii")
        try:
            self._backend.set_password(SERVICE, vault_id, encoded)
            stored = self._backend.get_password(SERVICE, vault_id)
        except Exception as exc:  # each backend raises its own kinds (D-Bus, OS errors...)
            self._delete_quietly(vault_id)
            raise KeychainUnavailable(
                "The keychain did not accept the secret (it may be locked or full), so this "
                "computer cannot remember the vault." + _STILL_WORKS
            ) from exc
        if stored != encoded:
            self._delete_quietly(vault_id)
            raise KeychainUnavailable(
                "The keychain did not keep the secret it was given, so this computer cannot "
                "remember the vault." + _STILL_WORKS
            )

    def load(self, vault_id: str) -> bytes | None:
        """The secret kept for ``vault_id``, or None if there is none (or it is unreadable)."""
        _check_vault_id(vault_id)
        try:
            value = self._backend.get_password(SERVICE, vault_id)
        except Exception as exc:
            raise KeychainUnavailable(
                "The keychain could not be read (it may be locked)." + _STILL_WORKS
            ) from exc
        if not value:
            return None
        try:
            return base64.b64decode(value.encode("ascii"), validate=True) or None
        except (binascii.Error, ValueError, UnicodeEncodeError):
            return None  # not something we wrote: treat as not remembered

    def delete(self, vault_id: str) -> None:
        """Forget the secret for ``vault_id`` (no error if there was none)."""
        from keyring.errors import PasswordDeleteError

        _check_vault_id(vault_id)
        try:
            self._backend.delete_password(SERVICE, vault_id)
        except PasswordDeleteError:
            return
        except Exception as exc:
            raise KeychainUnavailable(
                "The keychain could not be changed (it may be locked), so the vault is still "
                "remembered on this computer. Try again after unlocking the keychain."
            ) from exc

    def _delete_quietly(self, vault_id: str) -> None:
        with contextlib.suppress(Exception):
            self._backend.delete_password(SERVICE, vault_id)


def _check_vault_id(vault_id: str) -> None:
    if not isinstance(vault_id, str) or not vault_id or len(vault_id) > 200:
        raise ValueError("a vault id is a non-empty string")

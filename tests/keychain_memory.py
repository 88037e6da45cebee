"""An in-memory keyring backend, so no test ever touches a real keychain.

tests/conftest.py installs a fresh one for every test (except tests marked ``keychain``) and
adds its class to the keychain allow-list for that test only (a monkeypatch, never shipped).
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

MEMORY_BACKEND_NAME = f"{__name__}.MemoryKeyring"


class MemoryKeyring(KeyringBackend):
    """Keeps passwords in a dict. Never chosen by keyring's own detection (priority < 0)."""

    priority = -10.0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError("not found") from None

"""The keychain: only safe backends, read back after writing, nothing left behind on failure."""

from __future__ import annotations

import base64
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyrings.alt import file as alt_file

from organizer.core.vault import keychain
from organizer.core.vault.errors import KeychainUnavailable
from organizer.core.vault.keychain import SERVICE, Keychain
from tests.conftest import IN_CI, require_tool
from tests.keychain_memory import MemoryKeyring
from tests.keychain_support import missing_tools, secret_service_round_trip

VAULT_ID = "a1b2c3d4-fictional-vault"


def test_tests_run_on_the_in_memory_keychain() -> None:
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
    assert Keychain.system().backend is keyring.get_keyring()


def test_round_trip_store_load_delete() -> None:
    chain = Keychain.system()
    assert chain.load(VAULT_ID) is None
    chain.store(VAULT_ID, b"\x00\xffdevice secret")
    assert chain.load(VAULT_ID) == b"\x00\xffdevice secret"
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    stored = backend.entries[(SERVICE, VAULT_ID)]
    assert base64.b64decode(stored) == b"\x00\xffdevice secret"
    chain.delete(VAULT_ID)
    assert chain.load(VAULT_ID) is None
    chain.delete(VAULT_ID)  # forgetting twice is fine
    assert backend.entries == {}


def test_unreadable_entry_counts_as_not_remembered() -> None:
    backend = keyring.get_keyring()
    backend.set_password(SERVICE, VAULT_ID, "not base64 !!")
    assert Keychain.system().load(VAULT_ID) is None


class _Recorder:
    """Records every write a refused backend would receive (there must be none)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, cls: type[KeyringBackend]) -> None:
        self.calls: list[str] = []
        monkeypatch.setattr(cls, "set_password", self._record)

    def _record(self, *args: object) -> None:
        self.calls.append("set_password")


_REFUSED = [
    (fail.Keyring, "No keychain was found"),
    (null.Keyring, "switched off"),
    (alt_file.PlaintextKeyring, "ordinary file"),
    (alt_file.EncryptedKeyring, "ordinary file"),
]


@pytest.mark.parametrize(("cls", "words"), _REFUSED)
def test_unsafe_backends_are_refused_and_nothing_is_written(
    cls: type[KeyringBackend], words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = _Recorder(monkeypatch, cls)
    try:
        backend = cls()
    except ImportError:  # EncryptedKeyring needs pycryptodome; its class is what is judged
        backend = cls.__new__(cls)
    keyring.set_keyring(backend)
    with pytest.raises(KeychainUnavailable, match=words) as info:
        Keychain.system()
    assert "passphrase" in str(info.value)  # tells the user what still works
    with pytest.raises(KeychainUnavailable, match=words):
        Keychain(backend)
    available, reason = Keychain.is_available()
    assert not available and words in reason
    assert recorder.calls == []
    if isinstance(backend, alt_file.PlaintextKeyring):
        assert not Path(backend.file_path).exists()


@pytest.mark.parametrize(
    ("selected", "words"),
    [
        ("keyrings.alt.file.PlaintextKeyring", "ordinary file"),
        ("keyring.backends.null.Keyring", "switched off"),
        ("keyring.backends.fail.Keyring", "No keychain"),
    ],
)
def test_backends_chosen_by_the_environment_are_refused_too(
    selected: str, words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", selected)
    keyring.core.init_backend()
    with pytest.raises(KeychainUnavailable, match=words):
        Keychain.system()
    assert not Path(alt_file.PlaintextKeyring().file_path).exists()


def test_unknown_backend_is_refused() -> None:
    class HomeMadeKeyring(MemoryKeyring):
        pass

    with pytest.raises(KeychainUnavailable, match="not one Second Opinion Organizer knows"):
        Keychain(HomeMadeKeyring())


def test_allow_list_checks_the_exact_class_not_a_look_alike() -> None:
    class Keyring(MemoryKeyring):  # same short name as SecretService's class
        __module__ = "somewhere.SecretService"

    with pytest.raises(KeychainUnavailable):
        Keychain(Keyring())


def _chain(monkeypatch: pytest.MonkeyPatch, members: list[KeyringBackend]) -> KeyringBackend:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", members)
    return chainer.ChainerBackend()


def test_chain_of_allowed_backends_is_used_as_is(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = _chain(monkeypatch, [MemoryKeyring(), MemoryKeyring()])
    assert Keychain(chain).backend is chain


def test_chain_with_a_plaintext_member_uses_only_the_safe_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    safe = MemoryKeyring()
    plaintext = alt_file.PlaintextKeyring()
    recorder = _Recorder(monkeypatch, alt_file.PlaintextKeyring)
    keyring.set_keyring(_chain(monkeypatch, [safe, plaintext]))
    chain = Keychain.system()
    assert chain.backend is safe
    chain.store(VAULT_ID, b"secret")
    assert chain.load(VAULT_ID) == b"secret"
    assert recorder.calls == []
    assert not Path(plaintext.file_path).exists()


def test_chain_of_only_unsafe_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = _chain(monkeypatch, [alt_file.PlaintextKeyring(), null.Keyring()])
    with pytest.raises(KeychainUnavailable, match="ordinary file"):
        Keychain(chain)


class _DroppingKeyring(MemoryKeyring):
    """Says yes and keeps nothing (what the null backend does)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


class _ManglingKeyring(MemoryKeyring):
    """Keeps something other than what it was given."""

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password[:-2] + "AA")


class _LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        raise RuntimeError("the collection is locked")


@pytest.mark.parametrize(
    ("cls", "words"),
    [
        (_DroppingKeyring, "did not keep"),
        (_ManglingKeyring, "did not keep"),
        (_LockedKeyring, "did not accept"),
    ],
)
def test_store_is_read_back_and_leaves_nothing_when_it_fails(
    cls: type[MemoryKeyring], words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"{cls.__module__}.{cls.__qualname__}"
    monkeypatch.setattr(keychain, "ALLOWED_BACKENDS", keychain.ALLOWED_BACKENDS | {name})
    backend = cls()
    with pytest.raises(KeychainUnavailable, match=words):
        Keychain(backend).store(VAULT_ID, b"device secret")
    assert backend.entries == {}


def test_a_locked_keychain_on_read_is_a_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class Locked(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("locked")

    name = f"{Locked.__module__}.{Locked.__qualname__}"
    monkeypatch.setattr(keychain, "ALLOWED_BACKENDS", keychain.ALLOWED_BACKENDS | {name})
    with pytest.raises(KeychainUnavailable, match="could not be read"):
        Keychain(Locked()).load(VAULT_ID)


def test_broken_keyring_configuration_is_a_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> KeyringBackend:
        raise RuntimeError("no D-Bus")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    with pytest.raises(KeychainUnavailable, match="could not be reached"):
        Keychain.system()


# --- a real Secret Service (a throwaway gnome-keyring in its own D-Bus session) -------------


@pytest.mark.keychain
def test_real_secret_service_round_trip(tmp_path: Path) -> None:
    for tool in missing_tools():
        require_tool(tool)
    trip = secret_service_round_trip(tmp_path)
    if not trip.started:
        if IN_CI:
            pytest.fail(trip.detail)
        pytest.skip(trip.detail)
    assert trip.ok, trip.detail
    assert trip.plaintext_files == []  # nothing fell through to a plaintext file

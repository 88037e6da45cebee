"""The "remember on this computer" slot: a device secret in the keychain, never the passphrase."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from organizer.core.vault import KeychainUnavailable, NotRemembered, Vault
from organizer.core.vault.keychain import Keychain
from organizer.core.vault.slots import SlotKind
from tests.vault_helpers import TEST_PASSPHRASE, make_vault


def test_remember_then_open_without_the_passphrase(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    vault.remember(Keychain.system())
    vault.close()
    with Vault.open(tmp_path / "v", keychain=Keychain.system()) as opened:
        assert opened.vault_id == vault.vault_id
    # The keychain holds a random secret, not the passphrase.
    stored = Keychain.system().load(vault.vault_id)
    assert stored is not None and TEST_PASSPHRASE.encode() not in stored


def test_forget_stops_it_and_removes_the_slot(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    chain = Keychain.system()
    vault.remember(chain)
    assert len(vault.header.slots_of(SlotKind.DEVICE)) == 1
    assert vault.forget(chain) is True
    assert vault.header.slots_of(SlotKind.DEVICE) == []
    assert chain.load(vault.vault_id) is None
    assert vault.forget(chain) is False
    vault.close()
    with pytest.raises(NotRemembered):
        Vault.open(tmp_path / "v", keychain=chain)


def test_remembering_twice_keeps_one_slot_for_this_computer(new_vault: Vault) -> None:
    chain = Keychain.system()
    new_vault.remember(chain)
    new_vault.remember(chain)
    assert len(new_vault.header.slots_of(SlotKind.DEVICE)) == 1


def test_a_secret_left_after_the_slot_was_removed_does_not_open(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    chain = Keychain.system()
    vault.remember(chain)
    secret = chain.load(vault.vault_id)
    vault.forget(chain)
    assert secret is not None
    chain.store(vault.vault_id, secret)  # e.g. a keychain restored from an old backup
    vault.close()
    with pytest.raises(NotRemembered):
        Vault.open(tmp_path / "v", keychain=chain)


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_unsafe_keychains_are_refused_and_nothing_is_written(
    new_vault: Vault, backend: type[keyring.backend.KeyringBackend]
) -> None:
    keyring.set_keyring(backend())
    before = (new_vault.path / "vault.json").read_bytes()
    with pytest.raises(KeychainUnavailable):
        new_vault.remember(Keychain.system())
    assert (new_vault.path / "vault.json").read_bytes() == before


def test_plaintext_file_keychain_is_refused(new_vault: Vault) -> None:
    from keyrings.alt.file import PlaintextKeyring

    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeychainUnavailable, match="ordinary file"):
        Keychain.system()
    assert new_vault.header.slots_of(SlotKind.DEVICE) == []

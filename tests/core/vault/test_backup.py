"""Backups: a consistent, verified copy that opens anywhere with the passphrase or code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from organizer.core.errors import UserError
from organizer.core.vault import Vault, VaultDamaged
from tests.vault_helpers import TEST_PASSPHRASE, add_document, make_vault


def test_backup_to_a_new_folder_opens_with_passphrase_and_code(tmp_path: Path) -> None:
    vault, code = make_vault(tmp_path / "v")
    doc = add_document(vault, b"fictional discharge summary")
    (tmp_path / "usb").mkdir()
    target = vault.backup(tmp_path / "usb" / "vault copy")
    vault.close()
    assert target == tmp_path / "usb" / "vault copy"
    assert not (target / ".lock").exists()
    assert not list(target.rglob(".tmp-*"))
    # A copy moved to "another computer" (no state, no keychain) opens both ways.
    shutil.move(target, tmp_path / "elsewhere")
    with Vault.open(tmp_path / "elsewhere", TEST_PASSPHRASE, state_dir=tmp_path / "s") as copy:
        assert copy.read_blob(doc.parts[0].blob_id) == b"fictional discharge summary"
        assert copy.verify().ok
        assert copy.vault_id == vault.vault_id
    Vault.open(tmp_path / "elsewhere", recovery_code=code, state_dir=tmp_path / "s").close()


def test_backup_into_a_folder_with_files_makes_a_dated_subfolder(
    new_vault: Vault, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "holiday.jpg").write_bytes(b"not ours")
    first = new_vault.backup(usb)
    second = new_vault.backup(usb)
    assert first.parent == usb and second.parent == usb and first != second
    assert first.name.startswith("vault backup ")
    assert (usb / "holiday.jpg").read_bytes() == b"not ours"


def test_backup_refuses_the_vault_itself_and_an_existing_vault(
    new_vault: Vault, tmp_path: Path
) -> None:
    with pytest.raises(UserError):
        new_vault.backup(new_vault.path)
    with pytest.raises(UserError):
        new_vault.backup(new_vault.path / "blobs")
    other, _ = make_vault(tmp_path / "other")
    other.close()
    with pytest.raises(UserError, match="already holds a vault"):
        new_vault.backup(tmp_path / "other")


def test_backup_of_a_damaged_vault_is_refused_and_leaves_nothing(
    new_vault: Vault, tmp_path: Path
) -> None:
    doc = add_document(new_vault, b"will be damaged")
    path = new_vault.blob_file(doc.parts[0].blob_id)
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    (tmp_path / "usb").mkdir()
    with pytest.raises(VaultDamaged, match="Fictional lab report"):
        new_vault.backup(tmp_path / "usb" / "copy")
    assert list((tmp_path / "usb").iterdir()) == []


def test_a_cancelled_backup_leaves_nothing(new_vault: Vault, tmp_path: Path) -> None:
    from organizer.core.errors import Cancelled
    from organizer.core.progress import CancelToken

    for n in range(3):
        add_document(new_vault, b"doc %d" % n)
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(done)
        if done == 2:
            token.cancel()

    (tmp_path / "usb").mkdir()
    with pytest.raises(Cancelled):
        new_vault.backup(tmp_path / "usb" / "copy", progress, token)
    assert list((tmp_path / "usb").iterdir()) == []
    assert seen[:3] == [0, 1, 2]

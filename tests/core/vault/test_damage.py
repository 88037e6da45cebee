"""Every single-byte change and every truncation of every file of a small vault is reported as
damage: never as a wrong passphrase, never as different content, never as a crash.

The vault is tiny and its KDF cheap; header checks that fail before the KDF run through
``Vault.open``, the rest reuse one derived key so thousands of variants stay fast.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from organizer.core.vault import Vault, VaultDamaged
from organizer.core.vault.blobs import blob_path, decrypt_stream
from organizer.core.vault.format import read_header
from organizer.core.vault.index import decode_index, index_path, list_generations
from organizer.core.vault.keys import VaultKeys
from organizer.core.vault.opening import read_index, unlock
from tests.vault_helpers import TEST_PASSPHRASE, add_document, make_vault

SMALL = b"%PDF-1.4 fictional one-line report"
TWO_CHUNKS = bytes(range(256)) * 70  # 17 920 bytes: one full 16 KiB chunk and a short one


def variants(data: bytes) -> Iterator[tuple[str, bytes]]:
    """Every single-byte change (two masks) and every truncation of ``data``."""
    for i in range(len(data)):
        for mask in (0x01, 0xFF):
            changed = bytearray(data)
            changed[i] ^= mask
            yield f"byte {i} ^ {mask:#x}", bytes(changed)
    for length in range(len(data)):
        yield f"cut to {length}", data[:length]
    yield "one extra byte", data + b"\0"


@pytest.fixture(scope="module")
def small_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """A closed vault at generation 2 with two documents; returns its folder and blob ids."""
    folder = tmp_path_factory.mktemp("damage") / "v"
    vault, _ = make_vault(folder)
    small = add_document(vault, SMALL, title="small")
    big = add_document(vault, TWO_CHUNKS, title="two chunks")
    vault.close()
    yield folder, {"small": small.parts[0].blob_id, "big": big.parts[0].blob_id}


def keys_of(folder: Path) -> VaultKeys:
    return unlock(read_header(folder / "vault.json"), passphrase=TEST_PASSPHRASE)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["vault.json", "vault.json.bak"])
def test_every_change_to_a_lone_header_is_damage(
    small_vault: tuple[Path, dict[str, str]], tmp_path: Path, name: str
) -> None:
    folder, _ = small_vault
    work = tmp_path / "v"
    shutil.copytree(folder, work)
    original = (work / name).read_bytes()
    other = "vault.json.bak" if name == "vault.json" else "vault.json"
    (work / other).unlink()  # no copy to fall back on: the damage itself must be reported
    target = work / name
    for label, data in variants(original):
        target.write_bytes(data)
        with pytest.raises(VaultDamaged):
            Vault.open(work, TEST_PASSPHRASE, state_dir=tmp_path / "state")
            pytest.fail(f"{name} {label} opened")
    target.write_bytes(original)
    Vault.open(work, TEST_PASSPHRASE, state_dir=tmp_path / "state").close()


@pytest.mark.slow
def test_a_damaged_header_is_repaired_from_its_copy(
    small_vault: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, blobs = small_vault
    work = tmp_path / "v"
    shutil.copytree(folder, work)
    original = (work / "vault.json").read_bytes()
    # Stride over positions (each open runs the KDF): every 7th byte, both masks.
    for label, data in list(variants(original))[::7]:
        (work / "vault.json").write_bytes(data)
        with Vault.open(work, TEST_PASSPHRASE, state_dir=tmp_path / "state") as vault:
            assert any("repaired from its backup copy" in w for w in vault.warnings), label
            assert vault.read_blob(blobs["small"]) == SMALL
        assert (work / "vault.json").read_bytes() == original, label


@pytest.mark.slow
def test_every_change_to_an_index_generation_is_damage(
    small_vault: tuple[Path, dict[str, str]],
) -> None:
    folder, _ = small_vault
    keys = keys_of(folder)
    vault_id = read_header(folder / "vault.json").vault_id
    for generation in list_generations(folder):
        original = index_path(folder, generation).read_bytes()
        assert read_index(folder, keys, vault_id, generation) is not None
        # decode_index is what read_index applies to the file's bytes.
        for label, data in variants(original):
            with pytest.raises(VaultDamaged):
                decode_index(keys.index, vault_id, generation, data)
                pytest.fail(f"generation {generation} {label} was accepted")


def test_a_damaged_newest_index_opens_the_previous_one_with_a_warning(
    small_vault: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, _ = small_vault
    work = tmp_path / "v"
    shutil.copytree(folder, work)
    newest = list_generations(work)[0]
    path = index_path(work, newest)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    with Vault.open(work, TEST_PASSPHRASE, state_dir=tmp_path / "state") as vault:
        assert vault.generation == newest - 1
        assert [d.title for d in vault.content.documents] == ["small"]
        (warning,) = vault.warnings
        assert f"save {newest}" in warning and "damaged" in warning
        report = vault.verify()
        assert not report.ok
        assert [p.item for p in report.problems] == [f"the list of contents, save {newest}"]


@pytest.mark.slow
@pytest.mark.parametrize("which", ["small", "big"])
def test_every_change_to_a_blob_is_damage(
    small_vault: tuple[Path, dict[str, str]], which: str
) -> None:
    folder, blobs = small_vault
    keys = keys_of(folder)
    vault_id = read_header(folder / "vault.json").vault_id
    expected = SMALL if which == "small" else TWO_CHUNKS
    original = blob_path(folder, blobs[which]).read_bytes()
    assert b"".join(decrypt_stream(keys.blob, vault_id, blobs[which], io.BytesIO(original))) == (
        expected
    )
    for label, data in variants(original):
        # decrypt_stream is what read_blob/iter_blob apply to the file.
        pieces = []
        with pytest.raises(VaultDamaged):
            for piece in decrypt_stream(keys.blob, vault_id, blobs[which], io.BytesIO(data)):
                pieces.append(piece)
            pytest.fail(f"{label} was accepted")
        # Streaming never yields bytes that differ from the original's.
        assert expected.startswith(b"".join(pieces)), label


def test_changed_blob_files_are_damage_through_the_vault(
    small_vault: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, blobs = small_vault
    work = tmp_path / "v"
    shutil.copytree(folder, work)
    with Vault.open(work, TEST_PASSPHRASE, state_dir=tmp_path / "state") as vault:
        path = vault.blob_file(blobs["big"])
        original = path.read_bytes()
        boundary = 8 + 56 + 16384 + 16  # prefix, Cobblestone header, first chunk and its tag
        for cut in (0, 7, 8, 63, 64, boundary - 1, boundary, boundary + 1, len(original) - 1):
            path.write_bytes(original[:cut])
            with pytest.raises(VaultDamaged):
                vault.read_blob(blobs["big"])
        for position in range(0, len(original), 997):
            changed = bytearray(original)
            changed[position] ^= 0x01
            path.write_bytes(bytes(changed))
            with pytest.raises(VaultDamaged):
                vault.read_blob(blobs["big"])
        path.write_bytes(original)
        assert vault.read_blob(blobs["big"]) == TWO_CHUNKS
        assert vault.verify().ok


def test_blobs_swapped_between_documents_are_damage(
    small_vault: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, blobs = small_vault
    work = tmp_path / "v"
    shutil.copytree(folder, work)
    with Vault.open(work, TEST_PASSPHRASE, state_dir=tmp_path / "state") as vault:
        small, big = vault.blob_file(blobs["small"]), vault.blob_file(blobs["big"])
        small_bytes, big_bytes = small.read_bytes(), big.read_bytes()
        small.write_bytes(big_bytes)
        big.write_bytes(small_bytes)
        for blob_id in blobs.values():
            with pytest.raises(VaultDamaged):
                vault.read_blob(blob_id)
        report = vault.verify()
        assert {p.item.split('"')[1] for p in report.problems} == {"small", "two chunks"}


def test_a_blob_from_another_vault_is_damage(tmp_path: Path) -> None:
    first, _ = make_vault(tmp_path / "a")
    second, _ = make_vault(tmp_path / "b")
    mine = add_document(first, b"patient A, fictional")
    theirs = add_document(second, b"patient B, fictional")
    # Put B's blob in A under the id A's document names.
    shutil.copyfile(
        second.blob_file(theirs.parts[0].blob_id), first.blob_file(mine.parts[0].blob_id)
    )
    with pytest.raises(VaultDamaged):
        first.read_blob(mine.parts[0].blob_id)
    # Even under its own id (copied across with its name), A's keys do not open it.
    foreign = first.blob_file(theirs.parts[0].blob_id)
    foreign.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(second.blob_file(theirs.parts[0].blob_id), foreign)
    with pytest.raises(VaultDamaged):
        first.read_blob(theirs.parts[0].blob_id)
    first.close()
    second.close()


def test_an_index_renamed_to_another_generation_is_damage(
    small_vault: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, _ = small_vault
    work = tmp_path / "v"
    shutil.copytree(folder, work)
    newest = list_generations(work)[0]
    os.replace(index_path(work, newest - 1), index_path(work, newest + 5))
    keys = keys_of(work)
    vault_id = read_header(work / "vault.json").vault_id
    with pytest.raises(VaultDamaged):
        read_index(work, keys, vault_id, newest + 5)

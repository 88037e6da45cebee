"""Every single-byte change and every truncation of every file of a small vault is reported as
damage: never as a wrong passphrase, never as different content, never as a crash.

The vault is tiny and its KDF cheap; header checks that fail before the KDF run through
``Vault.open``, the rest reuse one derived key so thousands of variants stay fast.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from organizer.core.vault import Vault, VaultDamaged
from organizer.core.vault.blobs import blob_path
from organizer.core.vault.index import index_path, list_generations
from tests.core.vault.damage_support import (
    SMALL,
    TWO_CHUNKS,
    Tally,
    blob_outcomes,
    build_small_vault,
    index_outcomes,
    lone_header_outcomes,
    replay_outcomes,
    swap_outcomes,
    variants,
)
from tests.vault_helpers import TEST_PASSPHRASE


def assert_all_detected(tally: Tally, at_least: int) -> None:
    assert tally.failures() == {}, tally.failures()
    assert tally.tried >= at_least, tally.tried


@pytest.fixture(scope="module")
def small_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """A closed vault at generation 2 with two documents; returns its folder and blob ids."""
    folder = tmp_path_factory.mktemp("damage") / "v"
    yield folder, build_small_vault(folder)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["vault.json", "vault.json.bak"])
def test_every_change_to_a_lone_header_is_damage(
    small_vault: tuple[Path, dict[str, str]], tmp_path: Path, name: str
) -> None:
    folder, _ = small_vault
    size = (folder / name).stat().st_size
    assert_all_detected(lone_header_outcomes(folder, name, tmp_path), 3 * size)


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
    generations = list_generations(folder)
    size = sum(index_path(folder, g).stat().st_size for g in generations)
    assert_all_detected(index_outcomes(folder), 3 * size)


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
    expected = SMALL if which == "small" else TWO_CHUNKS
    size = blob_path(folder, blobs[which]).stat().st_size
    # Streaming never yields bytes that differ from the original's ("wrong plaintext").
    assert_all_detected(blob_outcomes(folder, blobs[which], expected), 3 * size)


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


def test_blobs_swapped_between_documents_and_vaults_are_damage(
    small_vault: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, blobs = small_vault
    assert_all_detected(swap_outcomes(folder, blobs, tmp_path), 5)


def test_replayed_older_generations_are_damage_or_a_rollback_warning(
    small_vault: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, _ = small_vault
    assert_all_detected(replay_outcomes(folder, tmp_path), 2)

"""Index generations: old ones kept and pruned, rollback warnings, unused files collected."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from organizer.core.model import ShareLogEntry, ShareMethod, utc_now
from organizer.core.vault import ReadOnlyVault, Vault, VaultDamaged
from organizer.core.vault.atomic import StorageError
from organizer.core.vault.index import KEEP_GENERATIONS, index_path, list_generations
from organizer.core.vault.lock import VaultLock
from tests.vault_helpers import TEST_PASSPHRASE, add_document, make_vault


def test_only_the_newest_generations_are_kept(new_vault: Vault) -> None:
    for n in range(6):
        add_document(new_vault, b"doc %d" % n)
    gens = list_generations(new_vault.path)
    assert gens == list(range(new_vault.generation, new_vault.generation - KEEP_GENERATIONS, -1))


def test_opening_an_older_copy_warns(tmp_path: Path) -> None:
    state = tmp_path / "state"
    vault, _ = make_vault(tmp_path / "v", state_dir=state)
    add_document(vault, b"first")
    vault.close()
    shutil.copytree(tmp_path / "v", tmp_path / "old copy")
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE, state_dir=state) as v:
        add_document(v, b"second")
        assert v.warnings == []
    with Vault.open(tmp_path / "old copy", TEST_PASSPHRASE, state_dir=state) as old:
        (warning,) = old.warnings
        assert "older than the one this computer last opened" in warning
    # Another computer (no memory of this vault) has nothing to compare with.
    with Vault.open(tmp_path / "old copy", TEST_PASSPHRASE, state_dir=tmp_path / "other") as o:
        assert o.warnings == []


def test_deleting_the_newest_index_is_noticed_as_a_rollback(tmp_path: Path) -> None:
    state = tmp_path / "state"
    vault, _ = make_vault(tmp_path / "v", state_dir=state)
    add_document(vault, b"kept")
    add_document(vault, b"hidden by the rollback")
    newest = vault.generation
    vault.close()
    index_path(tmp_path / "v", newest).unlink()
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE, state_dir=state) as v:
        assert len(v.content.documents) == 1
        assert any("older" in w for w in v.warnings)


def test_every_generation_damaged_is_a_clear_error(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    add_document(vault, b"x")
    vault.close()
    for generation in list_generations(tmp_path / "v"):
        index_path(tmp_path / "v", generation).write_bytes(b"garbage")
    with pytest.raises(VaultDamaged, match="list of contents"):
        Vault.open(tmp_path / "v", TEST_PASSPHRASE)


def test_no_index_at_all_is_damage(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    vault.close()
    shutil.rmtree(tmp_path / "v" / "index")
    with pytest.raises(VaultDamaged, match="missing"):
        Vault.open(tmp_path / "v", TEST_PASSPHRASE)


def test_blobs_pinned_by_the_share_log_are_not_collected(new_vault: Vault) -> None:
    doc = add_document(new_vault, b"shared, then removed")
    blob_id = doc.parts[0].blob_id
    entry = ShareLogEntry(
        recipient="Fictional Clinic",
        method=ShareMethod.FILE,
        file_name="packet.pdf",
        page_count=1,
        documents=[],
        password_set=False,
        sha256_file="0" * 64,
        sha256_unencrypted="0" * 64,
        prepared_on=utc_now().date(),
        snapshot={"documents": [{"id": doc.id, "parts": [{"blob_id": blob_id}]}]},
    )
    new_vault.content.share_log.append(entry)
    new_vault.content.documents.clear()  # e.g. the trash purge
    for _ in range(KEEP_GENERATIONS + 1):
        new_vault.commit()
    assert new_vault.read_blob(blob_id) == b"shared, then removed"
    # Deleting a document for good releases the pin and marks the entry.
    doc2 = add_document(new_vault, b"second")
    entry.snapshot["documents"].append(
        {"id": doc2.id, "parts": [{"blob_id": doc2.parts[0].blob_id}]}
    )
    new_vault.commit()
    new_vault.delete_for_good(doc2.id)
    assert not new_vault.blob_file(doc2.parts[0].blob_id).exists()
    assert "deleted for good" in new_vault.content.share_log[0].broken_reason
    assert new_vault.blob_file(blob_id).exists()


def test_a_damaged_older_generation_stops_collection(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    add_document(vault, b"one")
    orphan = vault.write_blob(b"written in an earlier session, never referenced")
    older = list_generations(vault.path)[1]
    vault.close()
    index_path(tmp_path / "v", older).write_bytes(b"damaged")
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as again:
        again.commit()
        # What the damaged save referenced is unknown: nothing is deleted meanwhile.
        assert again.blob_file(orphan.blob_id).exists()
        for _ in range(KEEP_GENERATIONS):
            again.commit()
        assert not again.blob_file(orphan.blob_id).exists()


def test_a_read_only_folder_opens_for_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_vault(tmp_path / "v")
    doc = add_document(vault, b"readable")
    vault.close()

    def read_only(self: VaultLock) -> None:
        raise StorageError("read-only", errno.EROFS)

    monkeypatch.setattr(VaultLock, "acquire", read_only)
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as v:
        assert v.read_only
        assert any("read-only" in w for w in v.warnings)
        assert v.read_blob(doc.parts[0].blob_id) == b"readable"
        with pytest.raises(ReadOnlyVault):
            v.commit()
        with pytest.raises(ReadOnlyVault):
            v.write_blob(b"no")

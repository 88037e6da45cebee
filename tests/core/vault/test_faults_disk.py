"""The disk filling up (ENOSPC) or failing (EIO) in the middle of a save.

The error is injected at every call of every storage step (create the temp file, write, flush,
rename, flush the folder) of each operation a user can do. Each time: the user gets a plain
error (or, if only tidying up failed, success), the vault reopens sound in the old or the new
state, nothing committed is lost, and what the user was told is true (a change reported as
failed did not lock them out of the old passphrase or recovery code).
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from organizer.core.model import Document, PagePart, Section
from organizer.core.vault import Vault, WrongPassphrase
from organizer.core.vault.atomic import StorageError
from tests.core.vault.disk_support import (
    OPERATIONS,
    STEPS,
    Base,
    Injector,
    cases,
    copy_base,
    count_steps,
    make_base,
    run_case,
)
from tests.core.vault.fault_child import NEW_PASSPHRASE, add_document, document_bytes
from tests.core.vault.fault_support import assert_sound
from tests.vault_helpers import TEST_PASSPHRASE, make_vault


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    return make_base(tmp_path_factory.mktemp("disk-base"))


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_disk_error_at_every_storage_step(
    base: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    injector = Injector(monkeypatch.setattr)
    counts = count_steps(base, tmp_path / "count", OPERATIONS[name], injector)
    assert counts["_replace"] >= 1
    all_cases = cases(counts)
    failures_seen = sum(
        run_case(base, tmp_path / f"case-{n}", name, case, injector)
        for n, case in enumerate(all_cases)
    )
    # Most injected errors must reach the user (only tidying up may fail quietly).
    assert failures_seen >= len(all_cases) // 2, (failures_seen, len(all_cases))


def test_retry_after_freeing_space_saves_the_document(
    base: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, state = copy_base(base, tmp_path)
    injector = Injector(monkeypatch.setattr)
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
        info = vault.write_blob(document_bytes("retry", 25_000))
        part = PagePart(info.blob_id, "scan.pdf", "application/pdf", info.size, info.sha256, 1)
        vault.content.documents.append(Document(Section.OTHER, "Fictional retry", [part]))
        injector.counts.clear()
        injector.target = ("_write_all", 0, errno.ENOSPC)  # the index write
        with pytest.raises(StorageError, match="The disk is full"):
            vault.commit()
        injector.target = None
        vault.commit()  # space freed: the same content saves
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as reopened:
        held = assert_sound(reopened, base.committed)
        assert len(held) == len(base.committed) + 1


def test_unwritable_app_state_folder_does_not_fail_a_save(base: Base, tmp_path: Path) -> None:
    """The remembered generation (rollback warning) is a convenience: the save still counts."""
    folder, _state = copy_base(base, tmp_path)
    blocked = tmp_path / "state-is-a-file"
    blocked.write_bytes(b"")  # the app's state folder cannot be created or written
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=blocked) as vault:
        add_document(vault, "Fictional saved anyway", document_bytes("state", 1_000))
    assert blocked.is_file() and blocked.read_bytes() == b""  # nothing could be remembered
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=tmp_path / "fresh") as reopened:
        assert len(assert_sound(reopened, base.committed)) == len(base.committed) + 1


def test_wrong_passphrase_after_a_failed_change_is_still_wrong(base: Base, tmp_path: Path) -> None:
    # Guard for the judge above: a passphrase that was never set never opens the vault.
    folder, state = copy_base(base, tmp_path)
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, NEW_PASSPHRASE, state_dir=state)


@pytest.mark.parametrize("existing_empty_folder", [False, True])
def test_disk_error_while_creating_leaves_nothing_in_the_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing_empty_folder: bool
) -> None:
    injector = Injector(monkeypatch.setattr)
    make_vault(tmp_path / "count", state_dir=tmp_path / "state")[0].close()
    counts = injector.counts.copy()
    cases = [(step, i) for step in STEPS for i in range(counts[step])]
    assert len(cases) >= 8
    for number, (step, index) in enumerate(cases):
        target = tmp_path / f"case-{number}" / "My vault"
        if existing_empty_folder:
            target.mkdir(parents=True)
        injector.counts.clear()
        injector.target = (step, index, errno.ENOSPC)
        try:
            vault, _code = make_vault(target, state_dir=tmp_path / "state")
        except StorageError as error:
            assert str(error).startswith("The disk is full"), str(error)
            # Nothing half-made is left in the way: trying again (space freed) just works.
            assert not target.exists() or list(target.iterdir()) == [], (step, index)
            assert target.exists() == existing_empty_folder
            injector.target = None
            vault, _code = make_vault(target, state_dir=tmp_path / "state")
        finally:
            injector.target = None
        assert injector.fired
        vault.close()
        with Vault.open(target, TEST_PASSPHRASE, state_dir=tmp_path / "state") as reopened:
            assert reopened.content.documents == []

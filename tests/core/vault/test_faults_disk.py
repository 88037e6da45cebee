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
from organizer.core.vault import Vault, WrongPassphrase, atomic
from organizer.core.vault.atomic import StorageError
from tests.core.vault.disk_support import (
    OPERATIONS,
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
from tests.vault_helpers import TEST_PASSPHRASE


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


def test_full_app_state_folder_does_not_fail_a_save(
    base: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The remembered generation (rollback warning) is a convenience: the save still counts."""
    folder, state = copy_base(base, tmp_path)
    real = atomic._create_temp

    def full_state_folder(where: Path) -> tuple[int, str]:
        if Path(where) == state:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(where)

    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
        monkeypatch.setattr(atomic, "_create_temp", full_state_folder)
        add_document(vault, "Fictional saved anyway", document_bytes("state", 1_000))
    monkeypatch.undo()
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as reopened:
        assert len(assert_sound(reopened, base.committed)) == len(base.committed) + 1


def test_wrong_passphrase_after_a_failed_change_is_still_wrong(base: Base, tmp_path: Path) -> None:
    # Guard for the judge above: a passphrase that was never set never opens the vault.
    folder, state = copy_base(base, tmp_path)
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, NEW_PASSPHRASE, state_dir=state)

"""The disk filling up (ENOSPC) or failing (EIO) in the middle of a save.

The error is injected at every call of every storage step (create the temp file, write, flush,
rename, flush the folder) of each operation a user can do. Each time: the user gets a plain
error (or, if only tidying up failed, success), the vault reopens sound in the old or the new
state, nothing committed is lost, and what the user was told is true (a change reported as
failed did not lock them out of the old passphrase or recovery code).
"""

from __future__ import annotations

import errno
import os
import shutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from organizer.core.errors import UserError
from organizer.core.model import Document, Medication, PagePart, Section
from organizer.core.vault import Vault, WrongPassphrase, atomic
from organizer.core.vault.atomic import StorageError
from tests.core.vault.fault_child import NEW_PASSPHRASE, add_document, document_bytes
from tests.core.vault.fault_support import assert_sound, temp_files
from tests.vault_helpers import TEST_PASSPHRASE, make_vault

STEPS = ("_create_temp", "_write_all", "_fsync_file", "_replace", "_fsync_dir_fd")
WORDS = {errno.ENOSPC: "The disk is full", errno.EIO: "The disk reported an error"}


class Injector:
    """Counts the storage steps; makes the chosen call of the chosen step fail."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.counts: Counter[str] = Counter()
        self.target: tuple[str, int, int] | None = None  # (step, call index, errno)
        self.fired = False
        for name in STEPS:
            monkeypatch.setattr(atomic, name, self._wrap(name, getattr(atomic, name)))

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any) -> Any:
            index = self.counts[name]
            self.counts[name] += 1
            if self.target is not None and self.target[:2] == (name, index):
                self.fired = True
                raise OSError(self.target[2], os.strerror(self.target[2]))
            return real(*args)

        return step


@dataclass
class Base:
    folder: Path
    state: Path
    committed: dict[str, str]
    recovery_code: str


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    root = tmp_path_factory.mktemp("disk-base")
    folder, state = root / "vault", root / "state"
    vault, code = make_vault(folder, state_dir=state)
    with vault:
        docs = [
            add_document(vault, "Fictional MRI report", document_bytes("mri", 30_000)),
            add_document(vault, "Fictional discharge plan", document_bytes("plan", 9_000)),
        ]
    return Base(folder, state, {d.id: d.parts[0].sha256 for d in docs}, code)


def _copy(base: Base, where: Path) -> tuple[Path, Path]:
    folder, state = where / "vault", where / "state"
    shutil.copytree(base.folder, folder)
    shutil.copytree(base.state, state)
    return folder, state


# Each operation returns what the user would be given (a new recovery code) or None.
Operation = Callable[[Vault], object]
OPERATIONS: dict[str, Operation] = {
    "add": lambda v: add_document(v, "Fictional new scan", document_bytes("new", 40_000)),
    "edit": lambda v: (v.content.medications.append(Medication(name="Fictional-ol")), v.commit()),
    "trash": lambda v: v.trash(v.content.documents[0].id),
    "delete_for_good": lambda v: v.delete_for_good(v.content.documents[0].id),
    "passphrase": lambda v: v.change_passphrase(NEW_PASSPHRASE),
    "recovery_code": lambda v: v.new_recovery_code(),
}


def _count_steps(base: Base, where: Path, operation: Operation, injector: Injector) -> Counter[str]:
    folder, state = _copy(base, where)
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
        injector.counts.clear()
        operation(vault)
        counts = injector.counts.copy()
    shutil.rmtree(where)
    return counts


def _reopen_and_judge(
    base: Base, folder: Path, state: Path, name: str, failed: bool, result: object
) -> None:
    if name == "passphrase":
        # Reported as failed: the old passphrase must still open it. Done: the new one must.
        good = TEST_PASSPHRASE if failed else NEW_PASSPHRASE
        vault = Vault.open(folder, good, state_dir=state)
    else:
        vault = Vault.open(folder, TEST_PASSPHRASE, state_dir=state)
    with vault:
        held = assert_sound(vault, {} if name == "delete_for_good" else base.committed)
        if name == "add":
            assert len(held - set(base.committed)) <= 1
            if not failed:
                assert len(held) == len(base.committed) + 1
        if name == "delete_for_good":
            assert held <= set(base.committed)
            assert len(held) >= len(base.committed) - 1
        # The vault is usable again once the disk is: the next save works.
        vault.content.medications.append(Medication(name="Fictional-after"))
        vault.commit()
    assert not temp_files(folder)
    if name == "recovery_code":
        # The code the user holds (the old one if the change failed) must still open it.
        code = base.recovery_code if failed else str(result)
        with Vault.open(folder, recovery_code=code, state_dir=state) as reopened:
            assert reopened.is_open


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_disk_error_at_every_storage_step(
    base: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    operation = OPERATIONS[name]
    injector = Injector(monkeypatch)
    counts = _count_steps(base, tmp_path / "count", operation, injector)
    assert counts["_replace"] >= 1
    cases = [(step, i) for step in STEPS for i in range(counts[step])]
    failures_seen = 0
    for number, (step, index) in enumerate(cases):
        code = errno.ENOSPC if number % 2 == 0 else errno.EIO
        folder, state = _copy(base, tmp_path / f"case-{number}")
        vault = Vault.open(folder, TEST_PASSPHRASE, state_dir=state)
        injector.counts.clear()
        injector.target = (step, index, code)
        injector.fired = False
        failed, result = False, None
        try:
            result = operation(vault)
        except StorageError as error:
            failed = True
            failures_seen += 1
            assert isinstance(error, UserError)
            assert str(error).startswith(WORDS[code]), str(error)
        finally:
            injector.target = None
            vault.close()
        assert injector.fired, (step, index)
        _reopen_and_judge(base, folder, state, name, failed, result)
        shutil.rmtree(tmp_path / f"case-{number}")
    # Most injected errors must reach the user (only tidying up may fail quietly).
    assert failures_seen >= len(cases) // 2, (failures_seen, len(cases))


def test_retry_after_freeing_space_saves_the_document(
    base: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, state = _copy(base, tmp_path)
    injector = Injector(monkeypatch)
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
    folder, _state = _copy(base, tmp_path)
    blocked = tmp_path / "state-is-a-file"
    blocked.write_bytes(b"")  # the app's state folder cannot be created or written
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=blocked) as vault:
        add_document(vault, "Fictional saved anyway", document_bytes("state", 1_000))
    assert blocked.is_file() and blocked.read_bytes() == b""  # nothing could be remembered
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=tmp_path / "fresh") as reopened:
        assert len(assert_sound(reopened, base.committed)) == len(base.committed) + 1


def test_wrong_passphrase_after_a_failed_change_is_still_wrong(base: Base, tmp_path: Path) -> None:
    # Guard for the judge above: a passphrase that was never set never opens the vault.
    folder, state = _copy(base, tmp_path)
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, NEW_PASSPHRASE, state_dir=state)


@pytest.mark.parametrize("existing_empty_folder", [False, True])
def test_disk_error_while_creating_leaves_nothing_in_the_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing_empty_folder: bool
) -> None:
    injector = Injector(monkeypatch)
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

"""A full (ENOSPC) or failing (EIO) disk at every storage step of every vault operation: the
injector, the operations and the judge, shared by tests/core/vault/test_faults_disk.py and the
reliability run (``python -m benchmarks.reliability``)."""

from __future__ import annotations

import errno
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from organizer.core.errors import UserError
from organizer.core.model import Medication
from organizer.core.vault import Vault, atomic
from organizer.core.vault.atomic import StorageError
from tests.core.vault.fault_child import NEW_PASSPHRASE, add_document, document_bytes
from tests.core.vault.fault_support import assert_sound, temp_files
from tests.vault_helpers import TEST_PASSPHRASE, make_vault

STEPS = ("_create_temp", "_write_all", "_fsync_file", "_replace", "_fsync_dir_fd")
WORDS = {errno.ENOSPC: "The disk is full", errno.EIO: "The disk reported an error"}

Setter = Callable[[object, str, object], None]


@contextmanager
def patched() -> Iterator[Setter]:
    """A ``setattr`` that is undone on exit (monkeypatch.setattr outside pytest)."""
    undo: list[tuple[object, str, object]] = []

    def setter(target: object, name: str, value: object) -> None:
        undo.append((target, name, getattr(target, name)))
        setattr(target, name, value)

    try:
        yield setter
    finally:
        for target, name, value in reversed(undo):
            setattr(target, name, value)


class Injector:
    """Counts the storage steps; makes the chosen call of the chosen step fail."""

    def __init__(self, setter: Setter, module: object = atomic, steps: tuple[str, ...] = STEPS):
        self.counts: Counter[str] = Counter()
        self.target: tuple[str, int, int] | None = None  # (step, call index, errno)
        self.fired = False
        for name in steps:
            setter(module, name, self._wrap(name, getattr(module, name)))

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any) -> Any:
            index = self.counts[name]
            self.counts[name] += 1
            if self.target is not None and self.target[:2] == (name, index):
                self.fired = True
                raise OSError(self.target[2], os.strerror(self.target[2]))
            return real(*args)

        return step

    def aim(self, step: str, index: int, code: int) -> None:
        self.counts.clear()
        self.target = (step, index, code)
        self.fired = False


@dataclass
class Base:
    folder: Path
    state: Path
    committed: dict[str, str]
    recovery_code: str


def make_base(root: Path) -> Base:
    folder, state = root / "vault", root / "state"
    vault, code = make_vault(folder, state_dir=state)
    with vault:
        docs = [
            add_document(vault, "Fictional MRI report", document_bytes("mri", 30_000)),
            add_document(vault, "Fictional discharge plan", document_bytes("plan", 9_000)),
        ]
    return Base(folder, state, {d.id: d.parts[0].sha256 for d in docs}, code)


def copy_base(base: Base, where: Path) -> tuple[Path, Path]:
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


def count_steps(base: Base, where: Path, operation: Operation, injector: Injector) -> Counter[str]:
    folder, state = copy_base(base, where)
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
        injector.counts.clear()
        operation(vault)
        counts = injector.counts.copy()
    shutil.rmtree(where)
    return counts


def cases(counts: Counter[str], steps: tuple[str, ...] = STEPS) -> list[tuple[str, int, int]]:
    """(step, call index, errno) for every call of every step, ENOSPC and EIO in turn."""
    calls = [(step, i) for step in steps for i in range(counts[step])]
    return [
        (step, i, errno.ENOSPC if n % 2 == 0 else errno.EIO) for n, (step, i) in enumerate(calls)
    ]


def reopen_and_judge(
    base: Base, folder: Path, state: Path, name: str, failed: bool, result: object
) -> None:
    """The vault reopens sound, nothing committed lost, what the user was told is true, and the
    next save works. Raises AssertionError otherwise."""
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


def run_case(
    base: Base, where: Path, name: str, case: tuple[str, int, int], injector: Injector
) -> bool:
    """Inject one failure into one operation on a fresh copy and judge it; True if the user
    was told the save failed. Raises AssertionError on any broken promise.

    The number of folder flushes of an add depends on whether its random blob id needs a new
    shard folder, so a call counted once may not come in another run: then it is tried again.
    """
    step, index, code = case
    for _attempt in range(8):
        folder, state = copy_base(base, where)
        vault = Vault.open(folder, TEST_PASSPHRASE, state_dir=state)
        injector.aim(step, index, code)
        failed, result = False, None
        try:
            result = OPERATIONS[name](vault)
        except StorageError as error:
            failed = True
            assert isinstance(error, UserError)
            assert str(error).startswith(WORDS[code]), str(error)
        finally:
            injector.target = None
            vault.close()
        if injector.fired:
            reopen_and_judge(base, folder, state, name, failed, result)
            shutil.rmtree(where)
            return failed
        shutil.rmtree(where)
    raise AssertionError(f"the fault at {step} call {index} was never reached")

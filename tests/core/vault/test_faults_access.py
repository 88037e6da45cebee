"""A read-only vault folder, and a second process: clear words, and the vault left as it was.

The read-only folder is real: a read-only bind mount in a private mount namespace when the tests
run as root (root ignores permission bits), or permission bits otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from organizer.core.vault import Vault, VaultInUse
from tests.conftest import IN_CI
from tests.core.vault.fault_child import add_document, document_bytes
from tests.core.vault.fault_support import (
    REPO,
    assert_sound,
    child_command,
    finish,
    start_child,
    tree_digest,
)
from tests.vault_helpers import TEST_PASSPHRASE, make_vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX mounts and permissions")

IS_ROOT = os.name == "posix" and os.geteuid() == 0
Runner = Callable[..., dict[str, Any]]


@pytest.fixture
def base(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    folder, state = tmp_path / "vault", tmp_path / "state"
    vault, _code = make_vault(folder, state_dir=state)
    with vault:
        docs = [
            add_document(vault, "Fictional biopsy report", document_bytes("biopsy", 25_000)),
            add_document(vault, "Fictional pharmacy list", document_bytes("pharmacy", 4_000)),
        ]
    return folder, state, {d.id: d.parts[0].sha256 for d in docs}


def _needs(reason: str) -> None:
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


def _can_unshare() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    probe = subprocess.run([unshare, "-m", "true"], capture_output=True)
    return probe.returncode == 0


def _set_writable(folder: Path, writable: bool) -> None:
    for root, dirs, files in os.walk(folder):
        for name in files:
            os.chmod(os.path.join(root, name), 0o600 if writable else 0o400)
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o700 if writable else 0o500)
    os.chmod(folder, 0o700 if writable else 0o500)


# Root ignores permission bits unless it gives up the capabilities that let it.
_AS_PLAIN_OWNER = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"]


@pytest.fixture
def read_only_runner() -> Iterator[Runner]:
    """Runs a child with a folder read-only (from the start, or made so by the child itself).

    From the start, as root: a read-only bind mount in a private mount namespace (EROFS).
    Otherwise permission bits (EACCES), root giving up its override capabilities to feel them.
    """
    use_mount = IS_ROOT and _can_unshare()
    if IS_ROOT and shutil.which("setpriv") is None:
        _needs("needs 'setpriv' (util-linux) to test a read-only folder as root")
    touched: list[Path] = []

    def run(folder: Path, child_args: list[str | Path], *, from_the_start: bool) -> dict[str, Any]:
        touched.append(folder)
        child = child_command(*child_args)
        if from_the_start and use_mount:
            script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
            command = ["unshare", "-m", "sh", "-c", script, str(folder), *child]
        else:
            prefix = _AS_PLAIN_OWNER if IS_ROOT else []
            if from_the_start:
                _set_writable(folder, False)
                command = [*prefix, *child]
            else:  # the child makes it read-only once the vault is open
                command = [*prefix, *child, "chmod", "-R", "a-w", str(folder)]
        try:
            done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=60)
        finally:
            _set_writable(folder, True)
        assert done.returncode == 0, done.stderr
        report: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
        return report

    yield run
    for folder in touched:
        _set_writable(folder, True)


def _sha_of_docs(report: dict[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in report["read"].items()}


def test_read_only_folder_opens_for_reading_and_refuses_changes_plainly(
    base: tuple[Path, Path, dict[str, str]], read_only_runner: Runner, tmp_path: Path
) -> None:
    folder, state, committed = base
    before = tree_digest(folder)
    probe: list[str | Path] = ["probe", folder, state, TEST_PASSPHRASE]
    report = read_only_runner(folder, probe, from_the_start=True)
    assert any("read-only" in w for w in report["warnings"])
    assert _sha_of_docs(report) == committed  # every document still readable
    errors = report["errors"]
    for name in ("add", "commit", "change_passphrase"):
        error = errors[name]
        assert error is not None, f"{name} should have been refused"
        assert error["user_error"], error
        assert "read-only" in error["message"], error
    assert tree_digest(folder) == before


def test_folder_turning_read_only_while_open_fails_plainly_and_stays_sound(
    base: tuple[Path, Path, dict[str, str]], read_only_runner: Runner
) -> None:
    folder, state, committed = base
    before = tree_digest(folder)
    probe: list[str | Path] = ["probe", folder, state, TEST_PASSPHRASE]
    report = read_only_runner(folder, probe, from_the_start=False)
    for name in ("add", "commit", "change_passphrase"):
        error = report["errors"][name]
        assert error is not None, f"{name} should have failed"
        assert error["user_error"], error
        message = error["message"]
        assert "read-only" in message or "does not allow saving" in message, message
    assert tree_digest(folder) == before
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
        assert assert_sound(vault, committed) == set(committed)


@pytest.mark.parametrize("from_the_start", [True, False])
def test_read_only_destination_for_a_new_vault_or_a_backup_is_a_plain_error(
    base: tuple[Path, Path, dict[str, str]],
    read_only_runner: Runner,
    tmp_path: Path,
    from_the_start: bool,
) -> None:
    folder, state, _committed = base
    dest = tmp_path / "usb-stick"
    dest.mkdir()
    args: list[str | Path] = ["destination", dest, folder, state, TEST_PASSPHRASE]
    if from_the_start:
        report = read_only_runner(dest, args, from_the_start=True)
    else:  # the same child, with the destination read-only by permissions only
        report = read_only_runner(dest, args, from_the_start=False)
    for name in ("create", "backup"):
        error = report[name]
        if not from_the_start and error is None:
            continue  # made read-only only after the attempts: nothing to refuse
        assert error is not None, f"{name} should have been refused"
        assert error["user_error"], error
        assert "read-only" in error["message"] or "does not allow" in error["message"], error
    if from_the_start:
        assert list(dest.iterdir()) == []  # nothing half-made was left


# --- a second process ------------------------------------------------------------------------


def test_second_process_gets_vault_in_use_and_changes_nothing(
    base: tuple[Path, Path, dict[str, str]],
) -> None:
    folder, state, committed = base
    holder = start_child("hold", folder, state, TEST_PASSPHRASE)
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "opened"
        before = tree_digest(folder)
        with pytest.raises(VaultInUse, match="open in another window"):
            Vault.open(folder, TEST_PASSPHRASE, state_dir=state)
        assert tree_digest(folder) == before
        holder.stdin.close()
        assert holder.wait(timeout=10) == 0
    finally:
        finish(holder)
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
        assert vault.warnings == []
        assert assert_sound(vault, committed) == set(committed)


def test_lock_of_a_killed_window_does_not_block_the_next_open(
    base: tuple[Path, Path, dict[str, str]],
) -> None:
    folder, state, committed = base
    holder = start_child("hold", folder, state, TEST_PASSPHRASE)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "opened"
    holder.send_signal(signal.SIGKILL)
    finish(holder)
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
        assert assert_sound(vault, committed) == set(committed)


def test_only_one_of_several_processes_opening_at_once_gets_the_vault(
    base: tuple[Path, Path, dict[str, str]],
) -> None:
    folder, state, _committed = base
    children = [start_child("hold", folder, state, TEST_PASSPHRASE) for _ in range(3)]
    try:
        first_lines = []
        for child in children:
            assert child.stdout is not None
            first_lines.append(child.stdout.readline().strip())
        assert sorted(line.split(" ", 1)[0] for line in first_lines) == [
            "in-use",
            "in-use",
            "opened",
        ], first_lines
        assert all("open in another window" in line for line in first_lines if line != "opened")
    finally:
        for child in children:
            if child.stdin is not None:
                child.stdin.close()
            child.wait(timeout=10)
            finish(child)
    assert [child.returncode for child in children] == [0, 0, 0]

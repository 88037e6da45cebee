"""Shared checks for the vault fault tests: run the child, and judge a vault after a fault."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from organizer.core.vault import Vault, WrongPassphrase
from organizer.core.vault.atomic import TEMP_PREFIX

REPO = Path(__file__).resolve().parents[3]
CHILD = "tests.core.vault.fault_child"


def child_command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", CHILD, *(str(a) for a in args)]


def run_child(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        child_command(*args), cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


def start_child(
    *args: str | Path, stdout: IO[str] | int = subprocess.PIPE
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        child_command(*args),
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(child: subprocess.Popen[str]) -> None:
    """Make sure a child has ended (killing it if need be) and close its pipes."""
    if child.poll() is None:
        child.kill()
    child.wait(timeout=10)
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            stream.close()


def temp_files(folder: Path) -> list[Path]:
    return [
        Path(root) / name
        for root, _, names in os.walk(folder)
        for name in names
        if name.startswith(TEMP_PREFIX)
    ]


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (but the lock) and its SHA-256."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != ".lock":
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def open_with_any(folder: Path, passphrases: Iterable[str], state_dir: Path) -> tuple[Vault, str]:
    """Open with the first passphrase that works; fail the test if none does."""
    tried = []
    for passphrase in passphrases:
        try:
            return Vault.open(folder, passphrase, state_dir=state_dir), passphrase
        except WrongPassphrase:
            tried.append(passphrase)
    raise AssertionError(f"no expected passphrase opens the vault (tried {tried})")


def assert_sound(vault: Vault, must_have: dict[str, str]) -> set[str]:
    """The open vault is whole: every document readable with its recorded hash, ``must_have``
    (document id -> sha256) all present, verify finds nothing, no temp file is left.
    Returns the ids of the documents it holds."""
    assert temp_files(vault.path) == [], "opening should remove stray temporary files"
    held = {doc.id: doc for doc in vault.content.documents}
    missing = set(must_have) - set(held)
    assert not missing, f"committed documents lost: {sorted(missing)}"
    for doc in held.values():
        for part in doc.parts:
            data = vault.read_blob(part.blob_id)
            assert hashlib.sha256(data).hexdigest() == part.sha256, doc.title
        if doc.id in must_have:
            assert doc.parts[0].sha256 == must_have[doc.id]
    report = vault.verify()
    assert report.ok, [str(p) for p in report.problems]
    return set(held)

"""Shared checks for the vault fault tests: run the child, and judge a vault after a fault."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from organizer.core.vault import Vault, WrongPassphrase
from organizer.core.vault.atomic import TEMP_PREFIX
from tests.vault_helpers import TEST_PASSPHRASE

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
    (document id -> sha256) all present, verify finds nothing. Returns the ids of the
    documents it holds. (Stray temporary files stay until the next commit sweeps them.)"""
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


# --- SIGKILL at random moments (test_faults_crash.py and benchmarks/reliability) -------------


@dataclass
class KillRun:
    """What one random kill left: the problems found (kind, detail; none is the goal) and what
    the child had done before it died."""

    problems: list[tuple[str, str]] = field(default_factory=list)
    commits: int = 0
    exports: int = 0
    passphrase_changes: int = 0
    new_state: bool = False  # an unreported save in flight was found committed
    stray_export_parts: int = 0  # .packet-*.part files a killed export left in its folder

    def problem(self, kind: str, detail: str) -> None:
        self.problems.append((kind, detail))


@dataclass
class _Campaign:
    committed: dict[str, str]
    passphrase: str
    exports: dict[str, Path] = field(default_factory=dict)  # share-log entry id -> packet


def _parse_loop(lines: list[str], run: KillRun, campaign: _Campaign) -> list[str]:
    """Fold the child's report into the campaign; returns the passphrases that may open it."""
    changing = None
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "committed":
            doc_id, sha = rest.split()
            campaign.committed[doc_id] = sha
            run.commits += 1
        elif word == "exported":
            entry_id, path = rest.split(" ", 1)
            campaign.exports[entry_id] = Path(path)
            run.exports += 1
        elif word == "changing":
            changing = rest
        elif word == "changed":
            campaign.passphrase, changing = rest, None
            run.passphrase_changes += 1
    return [p for p in (campaign.passphrase, changing) if p]


def _judge_after_kill(
    folder: Path, state: Path, candidates: list[str], run: KillRun, campaign: _Campaign
) -> bool:
    """Reopen and check everything; False if the vault does not open at all."""
    try:
        vault, campaign.passphrase = open_with_any(folder, candidates, state)
    except Exception as exc:
        run.problem("vault did not open", f"{type(exc).__name__}: {exc}")
        return False
    with vault:
        held = {doc.id: doc for doc in vault.content.documents}
        for doc_id in set(campaign.committed) - set(held):
            run.problem("committed documents lost", doc_id)
        for doc in held.values():
            for part in doc.parts:
                try:
                    data = vault.read_blob(part.blob_id)
                except Exception as exc:
                    run.problem("document unreadable", f"{doc.id}: {exc}")
                    continue
                if hashlib.sha256(data).hexdigest() != part.sha256:
                    run.problem("document changed", doc.id)
            if doc.id in campaign.committed and doc.parts[0].sha256 != campaign.committed[doc.id]:
                run.problem("document changed", doc.id)
        unreported = set(held) - set(campaign.committed)
        if len(unreported) > 1:
            run.problem("documents nobody saved", str(sorted(unreported)))
        run.new_state = bool(unreported)
        logged = {entry.id for entry in vault.content.share_log}
        for entry_id in set(campaign.exports) - logged:
            run.problem("share-log entries lost", entry_id)
        report = vault.verify()
        if not report.ok:
            run.problem("verify found damage", "; ".join(str(p) for p in report.problems))
        vault.commit()  # the first save of a session sweeps what the kill left half-written
        if temp_files(folder):
            run.problem("stray temp files left after the next save", str(temp_files(folder)))
        campaign.committed = {d.id: d.parts[0].sha256 for d in vault.content.documents}
    return True


def judge_export_folder(folder: Path, reported: dict[str, Path], run: KillRun) -> None:
    """Every reported packet opens; no half packet under a final name; count stray temp files."""
    import pikepdf

    for path in sorted(folder.glob("*.pdf")):
        try:
            with pikepdf.open(path) as pdf:
                _ = len(pdf.pages)
        except Exception as exc:
            run.problem("half packet left under its final name", f"{path.name}: {exc}")
    for entry_id, path in reported.items():
        if not path.exists():
            run.problem("reported packet missing", f"{entry_id}: {path.name}")
    run.stray_export_parts = len(list(folder.glob(".packet-*.part")))


def random_kills(
    folder: Path,
    state: Path,
    committed: dict[str, str],
    runs: int,
    logs: Path,
    *,
    seed: int = 2026,
    export_dir: Path | None = None,
    max_delay: float = 0.25,
) -> Iterator[KillRun]:
    """Run the ``loop`` child ``runs`` times on one vault, each killed with SIGKILL at a random
    moment, and judge the vault (and export folder) after each. Kills alternate: counted from
    the start (may land while the vault is opening), and from the first save (lands in the
    middle of work, up to ``max_delay`` later)."""
    rng = random.Random(seed)
    campaign = _Campaign(dict(committed), TEST_PASSPHRASE)
    extra = [export_dir] if export_dir is not None else []
    for number in range(runs):
        run = KillRun()
        log = logs / f"child-{number}.log"
        with log.open("w") as out:
            child = start_child(
                "loop", folder, state, campaign.passphrase, str(number), *extra, stdout=out
            )
            if number % 2 == 0:
                time.sleep(rng.uniform(0.0, 0.4))
            else:
                deadline = time.monotonic() + 60
                while "committed" not in log.read_text() and time.monotonic() < deadline:
                    if child.poll() is not None:
                        break
                    time.sleep(0.002)
                time.sleep(rng.uniform(0.0, max_delay))
            if child.poll() is not None:
                run.problem("child failed before the kill", child.communicate()[1][-500:])
            else:
                child.send_signal(signal.SIGKILL)
                child.communicate(timeout=10)
        text = log.read_text()
        # A line cut by the kill is not a report.
        lines = text.splitlines() if text.endswith("\n") else text.splitlines()[:-1]
        candidates = _parse_loop(lines, run, campaign)
        opened = _judge_after_kill(folder, state, candidates, run, campaign)
        if export_dir is not None:
            judge_export_folder(export_dir, campaign.exports, run)
        yield run
        if not opened:
            return

"""A full or failing disk at every step of a packet export, and the destination folder
vanishing mid-export (a USB stick pulled): shared by tests/core/packet/test_export_faults.py
and the reliability run (``python -m benchmarks.reliability``).

Each case runs one export from a fresh copy of a small vault and returns what the user was
told and what is on disk; ``judge`` lists every broken promise (none is the goal).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pikepdf

from organizer.core.errors import OrganizerError
from organizer.core.packet import PacketOptions, writer
from organizer.core.packet.export import NotLogged, export_packet
from organizer.core.vault import Vault
from tests.core.vault.disk_support import Base, Injector, Setter, copy_base
from tests.core.vault.fault_child import add_document
from tests.core.vault.fault_support import assert_sound
from tests.synthetic import scan_jpeg_bytes, text_pdf_bytes
from tests.vault_helpers import TEST_PASSPHRASE, make_vault

# The packet writer's own storage steps (its temp file sits beside the destination).
PACKET_STEPS = ("mkstemp", "write", "fsync", "replace", "fsync_folder")
VANISH = 0  # "errno" meaning: remove the destination folder instead of failing the call


def make_export_base(root: Path) -> Base:
    """A vault with two real documents a packet can be made of."""
    folder, state = root / "vault", root / "state"
    vault, code = make_vault(folder, state_dir=state)
    with vault:
        docs = [
            add_document(vault, "Fictional pathology", text_pdf_bytes(2), pages=2),
            add_document(vault, "Fictional scan", _jpeg_pdf(), pages=1),
        ]
    return Base(folder, state, {d.id: d.parts[0].sha256 for d in docs}, code)


def _jpeg_pdf() -> bytes:
    import img2pdf

    data = img2pdf.convert(scan_jpeg_bytes(1, size=(425, 550), dpi=50))
    assert isinstance(data, bytes)
    return data


class _OsProxy:
    """``os`` for the packet writer, with fsync and replace going through the injector."""

    def __init__(self, fsync: Callable[..., Any], replace: Callable[..., Any]) -> None:
        self.fsync, self.replace = fsync, replace

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


class PacketInjector:
    """Counts the packet writer's storage steps; fails (or removes the destination folder
    before) the chosen call of the chosen step."""

    def __init__(self, setter: Setter) -> None:
        self.counts: Counter[str] = Counter()
        self.target: tuple[str, int, int] | None = None
        self.fired = False
        self.dest: Path | None = None
        wrap = self._wrap
        setter(writer, "tempfile", _Namespace(mkstemp=wrap("mkstemp", tempfile.mkstemp)))
        # The save itself and the one small write after it (the content ID) are "write".
        setter(writer, "_save_file", wrap("write", writer._save_file))
        setter(writer, "_write_at", wrap("write", writer._write_at))
        setter(writer, "os", _OsProxy(wrap("fsync", os.fsync), wrap("replace", os.replace)))
        setter(writer, "_fsync_folder", wrap("fsync_folder", writer._fsync_folder))

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            index = self.counts[name]
            self.counts[name] += 1
            if self.target is not None and self.target[:2] == (name, index):
                self.fired = True
                code = self.target[2]
                if code == VANISH:
                    assert self.dest is not None
                    shutil.rmtree(self.dest)
                else:
                    raise OSError(code, os.strerror(code))
            return real(*args, **kwargs)

        return step

    def aim(self, step: str, index: int, code: int, dest: Path) -> None:
        self.counts.clear()
        self.target, self.fired, self.dest = (step, index, code), False, dest


class _Namespace:
    def __init__(self, **members: Any) -> None:
        self.__dict__.update(members)


@dataclass
class ExportCase:
    """What one export under a fault did: the error the user saw (None: success), and what
    the destination folder and the vault hold afterwards."""

    error: OrganizerError | None
    fired: bool
    dest_files: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    # Not a broken promise about the data, but worth a word: reported, not failed.
    remarks: list[str] = field(default_factory=list)


# A failure flushing the folder AFTER the rename: the packet is complete and checked, but the
# user is told nothing was saved and it is not in the share log (left to the packet's owner).
SAVED_BUT_TOLD_NOT = "complete packet in place although the user was told nothing was saved"


LOGGED_BUT_TOLD_NOT = "share-log entry saved although its folder flush failed (may not last)"


def _options() -> PacketOptions:
    return PacketOptions(prepared_on=date(2026, 11, 29))


def count_export_steps(
    base: Base, where: Path, packet: PacketInjector, vault_side: Injector
) -> tuple[Counter[str], Counter[str]]:
    folder, state = copy_base(base, where)
    (where / "usb").mkdir()
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
        packet.counts.clear()
        vault_side.counts.clear()
        export_packet(vault, where / "usb" / "packet.pdf", _options())
        counts = packet.counts.copy(), vault_side.counts.copy()
    shutil.rmtree(where)
    return counts


def run_export_case(
    base: Base,
    where: Path,
    aim: Callable[[Path], None],
    fired: Callable[[], bool],
    progress: Callable[[Path, int, int, str], None] | None = None,
) -> ExportCase:
    """One export with the fault ``aim(dest folder)`` set up (``fired()`` tells whether it
    happened; ``progress`` is called with the folder at each progress report); judged after."""
    folder, state = copy_base(base, where)
    dest = where / "usb"
    dest.mkdir()
    error: OrganizerError | None = None
    with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
        aim(dest)

        def report(done: int, total: int, what: str) -> None:
            if progress is not None:
                progress(dest, done, total, what)

        try:
            export_packet(vault, dest / "packet.pdf", _options(), report)
        except OrganizerError as exc:
            error = exc
    case = ExportCase(error, fired())
    judge(base, folder, state, dest, case)
    shutil.rmtree(where)
    return case


def fault_cases(counts: Counter[str]) -> list[tuple[str, int, int]]:
    """ENOSPC/EIO at every call of every packet step, and the folder removed before each call
    up to the rename (removing it after the rename is removing it after the save)."""
    from tests.core.vault.disk_support import cases

    errors = cases(counts, PACKET_STEPS)
    before_rename = [c for c in errors if c[0] in ("mkstemp", "write", "replace")]
    before_rename += [c for c in errors if c[0] == "fsync" and c[1] == 0]  # the file's flush
    return errors + [(step, index, VANISH) for step, index, _ in before_rename]


def vanish_on_first_progress(dest: Path, done: int, total: int, what: str) -> None:
    """The folder goes while the packet is still being put together (before any write)."""
    if dest.is_dir():
        shutil.rmtree(dest)


def judge(base: Base, folder: Path, state: Path, dest: Path, case: ExportCase) -> None:
    """Nothing half-made in the destination, the user told the truth, the vault sound."""
    case.dest_files = sorted(p.name for p in dest.iterdir()) if dest.is_dir() else []
    message = str(case.error or "")
    if case.error is not None and (not message or "Traceback" in message or "\n" in message):
        case.problems.append(("unclear error message", message))
    for name in case.dest_files:
        if name != "packet.pdf":
            case.problems.append(("stray temporary file in the destination", name))
    packet = dest / "packet.pdf"
    if packet.exists():
        try:
            with pikepdf.open(packet) as pdf:
                assert len(pdf.pages) > 0
        except Exception as exc:
            case.problems.append(("half packet left", f"{exc}"))
        if case.error is not None and not isinstance(case.error, NotLogged):
            case.remarks.append(SAVED_BUT_TOLD_NOT)
    elif case.error is None or isinstance(case.error, NotLogged):
        case.problems.append(("packet reported saved but missing", message))
    try:
        with Vault.open(folder, TEST_PASSPHRASE, state_dir=state) as vault:
            assert_sound(vault, base.committed)
            logged = len(vault.content.share_log)
        if isinstance(case.error, NotLogged):
            # The vault's folder flush failed after its rename: the save may have landed
            # (the vault says so: "the changes could not be saved", not "nothing changed").
            if logged == 1:
                case.remarks.append(LOGGED_BUT_TOLD_NOT)
            elif logged != 0:
                case.problems.append(("share log disagrees with what the user was told", message))
        elif logged != (1 if case.error is None else 0):
            case.problems.append(("share log disagrees with what the user was told", message))
    except Exception as exc:
        case.problems.append(("vault not sound afterwards", f"{type(exc).__name__}: {exc}"))

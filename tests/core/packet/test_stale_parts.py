"""No plaintext half packet outlives its process, and a save that may not last is taken back."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from organizer.core.packet import PacketOptions, PacketWriteError, build_packet, writer
from tests.core.packet.helpers import PREPARED_ON, Blobs, base_content


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _part(folder: Path, name: str, age_seconds: float = 0) -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.7 half a fictional packet")
    if age_seconds:
        then = time.time() - age_seconds
        os.utime(path, (then, then))
    return path


def test_next_save_removes_half_packets_of_dead_processes_and_old_ones(tmp_path: Path) -> None:
    dead = _part(tmp_path, f".packet-{_dead_pid()}-abc123.part")
    running = _part(tmp_path, f".packet-{os.getpid()}-def456.part")  # a save under way
    old_unknown = _part(tmp_path, ".packet-q1w2e3.part", age_seconds=2 * 24 * 3600)
    fresh_unknown = _part(tmp_path, ".packet-r4t5y6.part")
    someone_elses = tmp_path / "notes.part"
    someone_elses.write_bytes(b"not ours")

    build_packet(
        base_content(), Blobs().read, PacketOptions(prepared_on=PREPARED_ON), tmp_path / "p.pdf"
    )

    assert not dead.exists()
    assert not old_unknown.exists()
    assert running.exists()
    assert fresh_unknown.exists()
    assert someone_elses.exists()
    assert (tmp_path / "p.pdf").exists()


def test_a_failed_folder_flush_after_the_rename_takes_the_packet_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unflushable(folder: Path) -> None:
        raise OSError(errno.EIO, "simulated: the stick was pulled")

    monkeypatch.setattr(writer, "_fsync_folder", unflushable)
    out = tmp_path / "packet.pdf"
    with pytest.raises(PacketWriteError, match="Nothing was saved"):
        build_packet(base_content(), Blobs().read, PacketOptions(prepared_on=PREPARED_ON), out)
    assert sorted(p.name for p in tmp_path.iterdir()) == []

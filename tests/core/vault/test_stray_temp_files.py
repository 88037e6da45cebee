"""Stray temporary files (left by a crash mid-write) are swept by the first commit of a session,
never by opening, and never while this process is still writing them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from organizer.core.vault import Vault
from organizer.core.vault.atomic import atomic_write_chunks, remove_stray_temp_files
from tests.vault_helpers import TEST_PASSPHRASE, add_document, make_vault


def plant_strays(folder: Path) -> dict[Path, bytes]:
    """Temporary files as a killed write leaves them: at the top, in index/ and in a blob
    folder (mkstemp names)."""
    strays = {
        folder / ".tmp-k3j9x0q1": b"half a header",
        folder / "index" / ".tmp-a8c7v2mm": b"half an index",
        folder / "blobs" / "7f" / ".tmp-zz81ppq0": b"half a blob's ciphertext",
    }
    for path, data in strays.items():
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    return strays


def test_opening_leaves_stray_temp_files_and_the_first_commit_removes_them(
    tmp_path: Path,
) -> None:
    vault, _ = make_vault(tmp_path / "v")
    doc = add_document(vault, b"%PDF-1.4 fictional discharge letter")
    vault.close()
    strays = plant_strays(tmp_path / "v")
    stamps = {path: path.stat().st_mtime_ns for path in strays}

    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as vault:
        # Opening and reading do not touch them (they are not read, moved or removed).
        assert vault.read_blob(doc.parts[0].blob_id) == b"%PDF-1.4 fictional discharge letter"
        assert {path: path.read_bytes() for path in strays} == strays
        assert {path: path.stat().st_mtime_ns for path in strays} == stamps
        vault.commit()
        assert [path for path in strays if path.exists()] == []
        assert vault.read_blob(doc.parts[0].blob_id) == b"%PDF-1.4 fictional discharge letter"
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as vault:
        assert [d.id for d in vault.content.documents] == [doc.id]
        assert vault.verify().ok


def test_a_commit_spares_the_blob_another_thread_is_still_writing(tmp_path: Path) -> None:
    """The sweep runs while an import may still be writing blobs in other threads."""
    vault, _ = make_vault(tmp_path / "v")
    started, release = threading.Event(), threading.Event()
    result: list[object] = []

    class SlowStream:
        """A file that gives its first piece, then waits (a slow USB stick)."""

        def __init__(self) -> None:
            self.pieces = [b"%PDF-1.4 fictional slow scan, part one ", b"and part two"]

        def read(self, _size: int = -1) -> bytes:
            if len(self.pieces) == 1:
                started.set()
                assert release.wait(10)
            return self.pieces.pop(0) if self.pieces else b""

    def write() -> None:
        try:
            result.append(vault.write_blob(SlowStream()))  # type: ignore[arg-type]
        except BaseException as exc:
            result.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert started.wait(10)
        half_written = list((tmp_path / "v" / "blobs").rglob(".tmp-*"))
        assert len(half_written) == 1
        vault.commit()  # the session's first commit: it sweeps stray temporary files
        assert half_written[0].exists()
    finally:
        release.set()
        writer.join(10)
    (info,) = result
    assert not isinstance(info, BaseException), info
    assert vault.read_blob(info.blob_id) == b"%PDF-1.4 fictional slow scan, part one and part two"
    vault.close()


def test_the_sweep_spares_a_file_this_process_is_writing(
    tmp_path: Path,
) -> None:
    started, release = threading.Event(), threading.Event()
    outcome: list[BaseException | None] = []

    def chunks() -> Iterator[bytes]:
        yield b"first half "
        started.set()
        assert release.wait(10)
        yield b"second half"

    def write() -> None:
        try:
            atomic_write_chunks(tmp_path / "target", chunks())
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert started.wait(10)
        assert remove_stray_temp_files(tmp_path) == 0
        assert len(list(tmp_path.glob(".tmp-*"))) == 1
    finally:
        release.set()
        writer.join(10)
    assert outcome == [None]
    assert (tmp_path / "target").read_bytes() == b"first half second half"
    assert list(tmp_path.glob(".tmp-*")) == []
    # A temporary file no write of this process owns is a stray: removed.
    (tmp_path / ".tmp-left-by-a-crash").write_bytes(b"x")
    assert remove_stray_temp_files(tmp_path) == 1

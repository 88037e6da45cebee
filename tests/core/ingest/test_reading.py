from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from organizer.core.ingest import reading
from organizer.core.ingest.errors import ImportRefused
from organizer.core.ingest.reading import confirm_unchanged, read_file

CAP = 10_000


def test_a_plain_file_is_read_whole_with_its_hash(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4 fictional" * 10)
    got = read_file(path, CAP)
    assert got.data == path.read_bytes()
    assert got.sha256 == hashlib.sha256(got.data).hexdigest()


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.touch()
    with pytest.raises(ImportRefused, match="empty"):
        read_file(path, CAP)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="no file with this name"):
        read_file(tmp_path / "gone.pdf", CAP)


def test_symlink_is_refused_naming_the_target_to_add(tmp_path: Path) -> None:
    target = tmp_path / "real.pdf"
    target.write_bytes(b"%PDF-1.4")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    with pytest.raises(ImportRefused, match="symbolic link"):
        read_file(link, CAP)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(ImportRefused, match="special system file"):
        read_file(fifo, CAP)


def test_device_file_is_refused() -> None:
    with pytest.raises(ImportRefused, match="special system file"):
        read_file(Path("/dev/null"), CAP)


def test_file_over_the_size_cap_is_refused_naming_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(ImportRefused, match=r"too big \(3 MB; the limit is 2 MB\)"):
        read_file(path, 2 * 1024 * 1024)


@pytest.mark.parametrize(
    ("err", "words"), [(errno.EACCES, "permission denied"), (errno.EIO, "read error")]
)
def test_unreadable_file_is_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int, words: str
) -> None:
    # Tests run as root in CI, where chmod 000 would not stop reading: simulate the OS refusal.
    path = tmp_path / "locked.pdf"
    path.write_bytes(b"%PDF-1.4")

    def refuse(_path: Path) -> int:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(reading, "_open_for_reading", refuse)
    with pytest.raises(ImportRefused, match=words):
        read_file(path, CAP)


def test_file_growing_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "downloading.pdf"
    path.write_bytes(b"%PDF-1.4 part one")
    real_read = os.read

    def read_and_grow(fd: int, n: int) -> bytes:
        chunk = real_read(fd, n)
        if chunk:
            with path.open("ab") as f:
                f.write(b" more bytes arriving")
        return chunk

    monkeypatch.setattr(reading.os, "read", read_and_grow)
    with pytest.raises(ImportRefused, match="changed while it was being read"):
        read_file(path, CAP)


def test_same_size_rewrite_after_reading_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4 AAAA")
    got = read_file(path, CAP)
    stat = path.stat()
    path.write_bytes(b"%PDF-1.4 BBBB")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even the time looks unchanged
    with pytest.raises(ImportRefused, match="changed"):
        confirm_unchanged(path, got)


def test_untouched_file_is_confirmed(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4 AAAA")
    confirm_unchanged(path, read_file(path, CAP))

"""Atomic writes: the target is the old or the whole new content, and no temp file is left."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from organizer.core.errors import UserError
from organizer.core.vault import atomic
from organizer.core.vault.atomic import (
    StorageError,
    atomic_write_bytes,
    atomic_write_chunks,
    fsync_dir,
    remove_stray_temp_files,
)


def _temp_files(folder: Path) -> list[Path]:
    return list(folder.rglob(".tmp-*"))


def _fail_with(code: int) -> object:
    def failing(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return failing


def test_write_creates_then_replaces_whole_content(tmp_path: Path) -> None:
    target = tmp_path / "index.bin"
    atomic_write_bytes(target, b"first version")
    assert target.read_bytes() == b"first version"
    atomic_write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert _temp_files(tmp_path) == []


def test_new_files_are_private_to_the_user(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permission bits")
    target = tmp_path / "secret.bin"
    atomic_write_bytes(target, b"x")
    assert target.stat().st_mode & 0o077 == 0


def test_chunks_are_streamed_in_order(tmp_path: Path) -> None:
    seen: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(300):
            seen.append(i)
            yield bytes([i % 256]) * 1000

    target = tmp_path / "blob"
    atomic_write_chunks(target, chunks())
    data = target.read_bytes()
    assert len(data) == 300_000
    assert data[::1000] == bytes(i % 256 for i in range(300))
    assert seen == list(range(300))


def test_empty_content_is_written(tmp_path: Path) -> None:
    target = tmp_path / "empty"
    atomic_write_chunks(target, [])
    assert target.read_bytes() == b""


def test_failing_source_leaves_target_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "doc"
    target.write_bytes(b"old")

    def chunks() -> Iterator[bytes]:
        yield b"new part"
        raise RuntimeError("source vanished")

    with pytest.raises(RuntimeError, match="source vanished"):
        atomic_write_chunks(target, chunks())
    assert target.read_bytes() == b"old"
    assert _temp_files(tmp_path) == []


def test_oserror_from_source_is_not_mistaken_for_a_full_disk(tmp_path: Path) -> None:
    target = tmp_path / "doc"

    def chunks() -> Iterator[bytes]:
        raise OSError(errno.ENOSPC, "reading the source")
        yield b""

    with pytest.raises(OSError) as info:
        atomic_write_chunks(target, chunks())
    assert not isinstance(info.value, StorageError)
    assert not target.exists()
    assert _temp_files(tmp_path) == []


@pytest.mark.parametrize("step", ["_write_all", "_fsync_file", "_replace"])
@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EIO, "The disk reported an error"),
        (errno.EROFS, "is read-only"),
        (errno.EACCES, "does not allow saving"),
    ],
)
def test_write_errors_keep_old_content_and_speak_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, code: int, words: str
) -> None:
    target = tmp_path / "index.bin"
    atomic_write_bytes(target, b"old content")
    monkeypatch.setattr(atomic, step, _fail_with(code))
    with pytest.raises(StorageError) as info:
        atomic_write_bytes(target, b"new content")
    error = info.value
    assert isinstance(error, UserError)
    assert words in str(error)
    assert "Traceback" not in str(error)
    assert isinstance(error.__cause__, OSError)
    assert error.errno == code
    assert target.read_bytes() == b"old content"
    assert _temp_files(tmp_path) == []


def test_temp_file_creation_failure_is_plain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "_create_temp", _fail_with(errno.EROFS))
    with pytest.raises(StorageError, match="read-only"):
        atomic_write_bytes(tmp_path / "x", b"data")
    assert not (tmp_path / "x").exists()


def test_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no longer there"):
        atomic_write_bytes(tmp_path / "gone" / "x", b"data")


def test_folder_flush_failure_is_reported_after_the_new_content_is_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.name != "posix":
        pytest.skip("folders are not flushed on Windows")
    target = tmp_path / "index.bin"
    atomic_write_bytes(target, b"old")
    monkeypatch.setattr(atomic, "_fsync_dir_fd", _fail_with(errno.EIO))
    with pytest.raises(StorageError, match="The disk reported an error"):
        atomic_write_bytes(target, b"new")
    # The rename happened; only its durability is in doubt.
    assert target.read_bytes() == b"new"
    assert _temp_files(tmp_path) == []


def test_folder_flush_tolerates_file_systems_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "_fsync_dir_fd", _fail_with(errno.EINVAL))
    fsync_dir(tmp_path)  # no error


def test_fsync_reaches_the_file_and_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_file, real_dir = atomic._fsync_file, atomic._fsync_dir_fd

    def file_sync(fd: int) -> None:
        calls.append("file")
        real_file(fd)

    def dir_sync(fd: int) -> None:
        calls.append("dir")
        real_dir(fd)

    monkeypatch.setattr(atomic, "_fsync_file", file_sync)
    monkeypatch.setattr(atomic, "_fsync_dir_fd", dir_sync)
    atomic_write_bytes(tmp_path / "x", b"data")
    assert calls == (["file", "dir"] if os.name == "posix" else ["file"])


def test_stray_temp_files_are_removed_recursively(tmp_path: Path) -> None:
    (tmp_path / "blobs" / "ab").mkdir(parents=True)
    (tmp_path / "index").mkdir()
    strays = [
        tmp_path / ".tmp-abc",
        tmp_path / "blobs" / "ab" / ".tmp-123",
        tmp_path / "index" / ".tmp-x",
    ]
    keep = [tmp_path / "vault.json", tmp_path / "blobs" / "ab" / "abcd.blob", tmp_path / "tmp-no"]
    for p in strays + keep:
        p.write_bytes(b"x")
    assert remove_stray_temp_files(tmp_path) == 3
    assert all(not p.exists() for p in strays)
    assert all(p.exists() for p in keep)
    assert remove_stray_temp_files(tmp_path) == 0


def test_stray_cleanup_does_not_follow_folder_links(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / ".tmp-keep").write_bytes(b"not ours")
    vault = tmp_path / "vault"
    vault.mkdir()
    try:
        (vault / "link").symlink_to(outside, target_is_directory=True)
    except OSError:
        pytest.skip("cannot create symbolic links here")
    assert remove_stray_temp_files(vault) == 0
    assert (outside / ".tmp-keep").exists()

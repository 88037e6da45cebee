"""A failed save says what happened and leaves no half file (and an older packet untouched)."""

from __future__ import annotations

import errno
import hashlib
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from organizer.core.errors import Cancelled
from organizer.core.model import Section, VaultContent
from organizer.core.packet import PacketOptions, PacketWriteError, build_packet, writer
from organizer.core.progress import CancelToken
from tests.core.packet.helpers import PREPARED_ON, Blobs, base_content, document, pdf_part
from tests.synthetic import text_pdf_bytes


@pytest.fixture
def case() -> tuple[VaultContent, Blobs]:
    blobs = Blobs()
    content = base_content()
    content.documents = [
        document(Section.RESULTS, "Lab", [pdf_part(blobs, text_pdf_bytes(2))], date(2026, 2, 3))
    ]
    return content, blobs


def _fail_with(code: int) -> object:
    real_save = writer._save_file

    def save_file(produce: Callable[[Path], None], path: Path) -> None:
        real_save(produce, path)
        with path.open("r+b") as handle:  # part of the file reaches the disk, then...
            handle.truncate(path.stat().st_size // 2)
        raise OSError(code, "simulated")

    return save_file


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "not enough free space"),
        (errno.EROFS, "read-only"),
        (errno.EIO, "was the USB stick removed"),
    ],
)
def test_failed_write_leaves_nothing_and_keeps_the_old_file(
    case: tuple[VaultContent, Blobs],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    words: str,
) -> None:
    content, blobs = case
    out = tmp_path / "packet.pdf"
    out.write_bytes(b"an older packet")
    monkeypatch.setattr(writer, "_save_file", _fail_with(code))
    with pytest.raises(PacketWriteError, match=words) as info:
        build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    assert "Nothing was saved" in str(info.value)
    assert out.read_bytes() == b"an older packet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packet.pdf"]


def test_missing_destination_folder_is_explained(
    case: tuple[VaultContent, Blobs], tmp_path: Path
) -> None:
    content, blobs = case
    out = tmp_path / "stick-gone" / "packet.pdf"
    with pytest.raises(PacketWriteError, match="is not there"):
        build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    assert not out.parent.exists()


def test_a_write_that_silently_lost_the_end_is_caught_before_renaming(
    case: tuple[VaultContent, Blobs], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, blobs = case
    real_save = writer._save_file

    def save_losing_the_end(produce: Callable[[Path], None], path: Path) -> None:
        real_save(produce, path)
        with path.open("r+b") as handle:  # a flaky stick that says "done" but kept less
            handle.truncate(path.stat().st_size - 300)

    monkeypatch.setattr(writer, "_save_file", save_losing_the_end)
    out = tmp_path / "packet.pdf"
    with pytest.raises(PacketWriteError, match="could not be saved correctly"):
        build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    assert list(tmp_path.iterdir()) == []


def test_the_logged_hash_is_that_of_the_file_on_the_disk(
    case: tuple[VaultContent, Blobs], tmp_path: Path
) -> None:
    content, blobs = case
    out = tmp_path / "packet.pdf"
    result = build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    data = out.read_bytes()
    assert result.sha256_file == hashlib.sha256(data).hexdigest()
    assert result.size == len(data)
    # The content-derived ID (the hash of everything before it), not qpdf's fixed test ID,
    # is what reached the disk.
    found = list(re.finditer(rb"/ID \[<([0-9a-f]{32})><\1>\]", data))
    assert found
    trailer_id = found[-1]
    expected = hashlib.sha256(data[: trailer_id.start()]).hexdigest()[:32].encode()
    assert trailer_id.group(1) == expected


def test_cancel_stops_before_anything_is_written(
    case: tuple[VaultContent, Blobs], tmp_path: Path
) -> None:
    content, blobs = case
    token = CancelToken()
    seen: list[str] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(what)
        token.cancel()

    with pytest.raises(Cancelled):
        build_packet(
            content,
            blobs.read,
            PacketOptions(prepared_on=PREPARED_ON),
            tmp_path / "p.pdf",
            progress,
            token,
        )
    assert seen and list(tmp_path.iterdir()) == []


def test_a_pdf_library_error_while_saving_is_explained(
    case: tuple[VaultContent, Blobs], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, blobs = case

    def save_file(produce: Callable[[Path], None], path: Path) -> None:
        path.write_bytes(b"%PDF-1.7\n")  # a start, then qpdf gives up
        raise pikepdf.PdfError("simulated: cannot write the stream")

    monkeypatch.setattr(writer, "_save_file", save_file)
    out = tmp_path / "packet.pdf"
    with pytest.raises(PacketWriteError, match="Nothing was saved"):
        build_packet(content, blobs.read, PacketOptions(prepared_on=PREPARED_ON), out)
    assert list(tmp_path.iterdir()) == []

from __future__ import annotations

import errno
import hashlib
import io
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from organizer.core.ingest import ImportOptions, import_files
from organizer.core.ingest import prepare as prepare_module
from organizer.core.model import VaultContent
from organizer.core.model.sections import Section
from organizer.core.progress import CancelToken
from organizer.core.vault import Vault
from organizer.core.vault.atomic import StorageError, storage_error
from tests import synthetic
from tests.vault_helpers import TEST_PASSPHRASE


def committed(vault: Vault) -> VaultContent:
    """What opening the vault afresh shows: only what was committed. Closes ``vault``."""
    path = vault.path
    vault.close()
    with Vault.open(path, TEST_PASSPHRASE) as again:
        return again.content


def disk_full() -> StorageError:
    return storage_error(OSError(errno.ENOSPC, "No space left on device"), Path("/v/blob"))


class Spy:
    """Counts the vault's blob writes and commits; can make them fail like a full disk."""

    def __init__(
        self, vault: Vault, fail_after: int | None = None, fail_commits: bool = False
    ) -> None:
        self.writes = 0
        self.commits = 0
        self.writer_threads: set[str] = set()
        real_write, real_commit = vault.write_blob, vault.commit

        def write_blob(data):  # type: ignore[no-untyped-def]
            self.writer_threads.add(threading.current_thread().name)
            if fail_after is not None and self.writes >= fail_after:
                raise disk_full()
            self.writes += 1
            return real_write(data)

        def commit() -> None:
            self.commits += 1
            if fail_commits:
                raise disk_full()
            real_commit()

        vault.write_blob = write_blob  # type: ignore[method-assign]
        vault.commit = commit  # type: ignore[method-assign]


def _files(folder: Path, items: dict[str, bytes]) -> list[Path]:
    return [synthetic.write(folder / name, data) for name, data in items.items()]


def test_scan_and_pdf_are_added_with_originals_thumbnail_and_text(
    vault: Vault, tmp_path: Path
) -> None:
    jpeg = synthetic.scan_jpeg_bytes(size=(800, 1131))
    pdf = synthetic.text_pdf_bytes(title="FICTIONAL DISCHARGE SUMMARY")
    paths = _files(tmp_path, {"page.jpg": jpeg, "stay.pdf": pdf})
    summary = import_files(vault, paths)
    assert summary.all_in and not summary.refused
    scan, report = (vault.content.document(a.document_id) for a in summary.added)
    # The originals are stored byte for byte (they are evidence).
    assert vault.read_blob(scan.parts[0].blob_id) == jpeg
    assert vault.read_blob(report.parts[0].blob_id) == pdf
    assert scan.parts[0].sha256 == hashlib.sha256(jpeg).hexdigest()
    thumb = Image.open(io.BytesIO(vault.read_blob(scan.thumbnail_blob_id or "")))
    assert max(thumb.size) == 256
    assert report.thumbnail_blob_id is None  # the GUI renders PDF thumbnails
    assert "DISCHARGE SUMMARY" in vault.read_blob(report.text_blob_id or "").decode()
    assert report.section is Section.SURGERY and report.title == "FICTIONAL DISCHARGE SUMMARY"
    assert (scan.page_count, report.page_count) == (1, 2)
    assert scan.included_pages == [0] and report.rotations == [0, 0]


def test_duplicate_of_an_existing_document_is_named_and_not_added(
    vault: Vault, tmp_path: Path
) -> None:
    data = synthetic.text_pdf_bytes(title="FICTIONAL LAB RESULTS")
    first = import_files(vault, _files(tmp_path, {"labs.pdf": data}))
    spy = Spy(vault)
    again = import_files(vault, _files(tmp_path / "b", {"labs copy.pdf": data}))
    assert again.added == [] and again.refused == []
    (dup,) = again.duplicates
    assert dup.existing_id == first.added[0].document_id
    assert dup.existing_title == "FICTIONAL LAB RESULTS"
    assert len(vault.content.documents) == 1
    assert spy.writes == 0  # recognised before any work was done
    assert again.all_in


def test_the_same_file_twice_in_one_import_is_added_once(vault: Vault, tmp_path: Path) -> None:
    data = synthetic.scan_jpeg_bytes(size=(300, 400))
    summary = import_files(vault, _files(tmp_path, {"a.jpg": data, "b.jpg": data}))
    assert len(summary.added) == 1 and len(summary.duplicates) == 1
    assert summary.duplicates[0].existing_id == summary.added[0].document_id
    assert len(committed(vault).documents) == 1


def test_duplicate_of_a_trashed_document_says_so(vault: Vault, tmp_path: Path) -> None:
    data = synthetic.scan_jpeg_bytes(size=(300, 400))
    import_files(vault, _files(tmp_path, {"a.jpg": data}))
    vault.content.documents[0].trashed_at = vault.content.documents[0].added
    again = import_files(vault, [tmp_path / "a.jpg"])
    assert again.duplicates[0].in_trash


def test_as_one_makes_one_document_with_one_part_per_file(vault: Vault, tmp_path: Path) -> None:
    pages = {
        f"page {n}.jpg": synthetic.scan_jpeg_bytes(seed=n, size=(300, 424)) for n in (10, 2, 1)
    }
    _files(tmp_path, pages)
    summary = import_files(vault, [tmp_path], ImportOptions(as_one=True, title="Front and back"))
    (doc,) = vault.content.documents
    assert [p.original_name for p in doc.parts] == ["page 1.jpg", "page 2.jpg", "page 10.jpg"]
    assert doc.page_count == 3 and doc.title == "Front and back"
    assert {a.document_id for a in summary.added} == {doc.id}
    assert Image.open(io.BytesIO(vault.read_blob(doc.thumbnail_blob_id or ""))).size[1] == 256
    # The same pages again, as one: recognised as the same document.
    again = import_files(vault, [tmp_path], ImportOptions(as_one=True))
    assert len(again.duplicates) == 3 and len(vault.content.documents) == 1


def test_as_one_is_all_or_nothing(vault: Vault, tmp_path: Path) -> None:
    paths = _files(
        tmp_path,
        {"1.jpg": synthetic.scan_jpeg_bytes(size=(300, 400)), "2.jpg": b"\xff\xd8\xff broken"},
    )
    summary = import_files(vault, paths, ImportOptions(as_one=True))
    assert summary.added == [] and len(summary.refused) == 2
    assert "one document with 2.jpg" in summary.refused[0].reason
    assert vault.content.documents == []


def test_overrides_replace_the_suggestions(vault: Vault, tmp_path: Path) -> None:
    paths = _files(tmp_path, {"pathology.pdf": synthetic.text_pdf_bytes()})
    options = ImportOptions(section=Section.TREATMENT, title="Plan", date=date(2024, 5, 6))
    import_files(vault, paths, options)
    doc = committed(vault).documents[0]
    assert (doc.section, doc.title, doc.date) == (Section.TREATMENT, "Plan", date(2024, 5, 6))


def test_protected_pdf_asks_once_per_file_and_keeps_an_unlocked_copy(
    vault: Vault, tmp_path: Path
) -> None:
    paths = _files(
        tmp_path,
        {
            "portal 1.pdf": synthetic.encrypted_pdf_bytes(
                "pw1", source=synthetic.text_pdf_bytes(seed=1)
            ),
            "portal 2.pdf": synthetic.encrypted_pdf_bytes(
                "pw2", source=synthetic.text_pdf_bytes(seed=2)
            ),
        },
    )
    asked: list[str] = []

    def password(path: Path) -> str | None:
        asked.append(path.name)
        return "pw1" if path.name == "portal 1.pdf" else None

    summary = import_files(vault, paths, ImportOptions(pdf_password=password))
    assert sorted(asked) == ["portal 1.pdf", "portal 2.pdf"]
    (added,) = summary.added
    part = vault.content.document(added.document_id).parts[0]
    assert part.unlocked_blob_id and part.packet_blob_id == part.unlocked_blob_id
    assert vault.read_blob(part.blob_id) == paths[0].read_bytes()  # original unchanged
    (refused,) = summary.refused
    assert refused.needs_password and refused.name == "portal 2.pdf"


def test_refused_files_leave_the_vault_as_it_was(vault: Vault, tmp_path: Path) -> None:
    paths = _files(
        tmp_path,
        {
            "letter.docx": synthetic.docx_bytes(),
            "ct.dcm": synthetic.dicom_bytes(),
            "cut.jpg": synthetic.scan_jpeg_bytes(size=(400, 500))[:3000],
            "bomb.png": synthetic.png_bomb_bytes(),
            "empty.pdf": b"",
        },
    )
    spy = Spy(vault)
    summary = import_files(vault, paths)
    assert [r.name for r in summary.refused] == [p.name for p in paths]
    assert not summary.all_in
    assert vault.content.documents == [] and spy.commits == 0 and spy.writes == 0


def test_a_file_changing_during_the_import_is_refused(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (path,) = _files(tmp_path, {"growing.jpg": synthetic.scan_jpeg_bytes(size=(300, 400))})
    real = prepare_module.inspect_image

    def inspect_then_touch(*args, **kwargs):  # type: ignore[no-untyped-def]
        with path.open("ab") as f:
            f.write(b"more")
        return real(*args, **kwargs)

    monkeypatch.setattr(prepare_module, "inspect_image", inspect_then_touch)
    summary = import_files(vault, [path])
    assert "changed while it was being read" in summary.refused[0].reason
    assert vault.content.documents == []


def test_cancel_stops_between_files_and_keeps_those_done(vault: Vault, tmp_path: Path) -> None:
    _files(
        tmp_path,
        {f"{n:02}.jpg": synthetic.scan_jpeg_bytes(seed=n, size=(200, 280)) for n in range(12)},
    )
    cancel = CancelToken()

    def progress(done: int, total: int, what: str) -> None:
        if done >= 2:
            cancel.cancel()

    summary = import_files(vault, [tmp_path], ImportOptions(workers=1), progress, cancel)
    assert summary.cancelled
    assert summary.not_started and len(summary.added) >= 2
    assert len(summary.added) + len(summary.not_started) == 12
    # What was done is committed, and nothing half-done is in the vault.
    assert len(committed(vault).documents) == len(summary.added)


def test_a_full_disk_stops_the_import_and_keeps_finished_documents(
    vault: Vault, tmp_path: Path
) -> None:
    _files(
        tmp_path, {f"{n}.jpg": synthetic.scan_jpeg_bytes(seed=n, size=(200, 280)) for n in range(6)}
    )
    Spy(vault, fail_after=4)  # two scans (original + thumbnail each) fit
    summary = import_files(vault, [tmp_path], ImportOptions(workers=1))
    assert summary.stopped_by and "The disk is full" in summary.stopped_by
    assert [a.name for a in summary.added] == ["0.jpg", "1.jpg"]
    assert [p.name for p in summary.not_started] == ["2.jpg", "3.jpg", "4.jpg", "5.jpg"]
    assert not summary.all_in
    assert len(committed(vault).documents) == 2


def test_a_failed_save_takes_the_unsaved_documents_back_out(vault: Vault, tmp_path: Path) -> None:
    _files(
        tmp_path, {f"{n}.jpg": synthetic.scan_jpeg_bytes(seed=n, size=(200, 280)) for n in range(3)}
    )
    Spy(vault, fail_commits=True)
    summary = import_files(vault, [tmp_path])
    assert summary.stopped_by and "The disk is full" in summary.stopped_by
    assert summary.added == [] and len(summary.not_started) == 3
    assert vault.content.documents == []  # the working copy matches what is saved
    assert committed(vault).documents == []


def test_progress_reports_every_file(vault: Vault, tmp_path: Path) -> None:
    _files(
        tmp_path, {f"{n}.jpg": synthetic.scan_jpeg_bytes(seed=n, size=(200, 280)) for n in range(3)}
    )
    seen: list[tuple[int, int]] = []
    import_files(vault, [tmp_path], progress=lambda d, t, w: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_work_runs_on_worker_threads_not_the_callers(vault: Vault, tmp_path: Path) -> None:
    _files(
        tmp_path, {f"{n}.jpg": synthetic.scan_jpeg_bytes(seed=n, size=(200, 280)) for n in range(4)}
    )
    spy = Spy(vault)
    import_files(vault, [tmp_path], ImportOptions(workers=2))
    assert spy.writes == 8
    assert threading.current_thread().name not in spy.writer_threads
    assert all(name.startswith("import") for name in spy.writer_threads)


def test_odd_names_are_sanitised_and_explained(vault: Vault, tmp_path: Path) -> None:
    (path,) = _files(tmp_path, {"scan\u202egpj.exe": synthetic.scan_jpeg_bytes(size=(200, 280))})
    summary = import_files(vault, [path])
    doc = committed(vault).document(summary.added[0].document_id)
    assert doc.original_name == "scangpj.exe"
    assert any("reading direction" in n for n in doc.import_notes)


def test_content_decides_the_type_not_the_name(vault: Vault, tmp_path: Path) -> None:
    (path,) = _files(tmp_path, {"report.pdf": synthetic.scan_jpeg_bytes(size=(200, 280))})
    summary = import_files(vault, [path])
    doc = vault.content.document(summary.added[0].document_id)
    assert doc.media_type == "image/jpeg"
    assert any("ends in .pdf but the file is a JPEG picture" in n for n in doc.import_notes)


def test_names_that_are_not_utf8_or_very_long_are_added_with_safe_names(
    vault: Vault, tmp_path: Path
) -> None:
    latin1 = tmp_path / os.fsdecode(b"Befund_M\xfcller.jpg")
    latin1.write_bytes(synthetic.scan_jpeg_bytes(seed=1, size=(200, 280)))
    long = tmp_path / ("Discharge summary " * 13 + ".pdf")  # 238 bytes: near the limit
    long.write_bytes(synthetic.text_pdf_bytes())
    summary = import_files(vault, [tmp_path])
    assert not summary.refused
    names = sorted(vault.content.document(a.document_id).original_name for a in summary.added)
    assert names[0] == "Befund_M\ufffdller.jpg"
    assert len(names[1]) <= 120 and names[1].endswith(".pdf")


def test_no_temporary_files_are_written_while_importing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    inputs = _files(
        tmp_path / "in",
        {
            "a.jpg": synthetic.scan_jpeg_bytes(size=(300, 424)),
            "b.heic": synthetic.heic_bytes(size=(200, 260)),
            "c.tif": synthetic.tiff_bytes(pages=2, size=(200, 260)),
            "d.pdf": synthetic.encrypted_pdf_bytes("pw"),
            "e.pdf": synthetic.broken_xref_pdf_bytes(),
        },
    )
    summary = import_files(vault, inputs, ImportOptions(pdf_password=lambda p: "pw"))
    assert len(summary.added) == 5
    assert list(spool.iterdir()) == []

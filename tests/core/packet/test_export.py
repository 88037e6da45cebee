"""Export from a real vault: the share log entry, its pinned snapshot, and remaking the packet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from organizer.core.errors import DamageError, UserError
from organizer.core.model import ShareMethod
from organizer.core.packet import PacketOptions
from organizer.core.packet.export import export_packet, remake_packet
from organizer.core.packet.hashing import sha256_hex
from organizer.core.packet.passphrase import generate_passphrase
from organizer.core.vault import Vault
from tests.core.packet.helpers import (
    PREPARED_ON,
    assert_band_on_every_page,
    fill_vault,
    qpdf_check,
)
from tests.synthetic import scan_jpeg_bytes


def test_export_logs_everything_but_the_password(new_vault: Vault, tmp_path: Path) -> None:
    fill_vault(new_vault)
    password = generate_passphrase()
    options = PacketOptions(
        prepared_on=PREPARED_ON,
        recipient="Dr Fictional, Example Clinic",
        method=ShareMethod.USB,
        password=password,
        excluded_document_ids=[new_vault.content.documents[2].id],
    )
    out = tmp_path / "packet.pdf"
    outcome = export_packet(new_vault, out, options, today=PREPARED_ON)
    entry = new_vault.content.share_log[-1]
    assert entry is outcome.entry
    assert entry.recipient == "Dr Fictional, Example Clinic" and entry.method == ShareMethod.USB
    assert entry.file_name == "packet.pdf" and entry.password_set
    assert (
        entry.page_count == outcome.result.page_count == 4 + 3 + 1
    )  # cover, contents, questions, medications, documents
    assert [(d.title, d.pages) for d in entry.documents] == [
        ("Pathology report", [0, 1, 2]),
        ("Scanned letter", [0]),
    ]
    assert entry.sha256_file == sha256_hex(out.read_bytes())
    assert entry.sha256_unencrypted != entry.sha256_file
    assert entry.prepared_on == PREPARED_ON
    assert password not in json.dumps(new_vault.content.to_dict())
    assert "password" not in entry.options
    # The plan is excluded, so neither the packet nor the snapshot holds it.
    assert [d["title"] for d in entry.snapshot["documents"]] == [
        "Pathology report",
        "Scanned letter",
    ]
    assert [w.code for w in outcome.warnings] == ["empty-section", "empty-section"]
    qpdf_check(out, password)
    assert_band_on_every_page(out, entry.page_count, password=password)

    # The entry survives closing and reopening the vault.
    reopened_entry = json.loads(json.dumps(new_vault.content.to_dict()))["share_log"][-1]
    assert reopened_entry["sha256_unencrypted"] == entry.sha256_unencrypted


def test_remake_reproduces_the_logged_hash_after_edits_and_trash(
    new_vault: Vault, tmp_path: Path
) -> None:
    fill_vault(new_vault)
    first = tmp_path / "first.pdf"
    outcome = export_packet(new_vault, first, PacketOptions(prepared_on=PREPARED_ON))
    entry_id = outcome.entry.id

    # Afterwards the user edits everything the packet used...
    content = new_vault.content
    content.case.patient.name = "Someone Else Entirely"
    content.questions.clear()
    report, letter, plan = content.documents
    report.title = "Renamed report"
    report.included_pages = [1]
    report.rotations = [90, 90, 90]
    # ...replaces the letter's file (its old blob is then held only by the snapshot)...
    old_blob = letter.parts[0].blob_id
    new_blob = new_vault.write_blob(scan_jpeg_bytes(9, size=(425, 550), dpi=50))
    letter.parts[0].blob_id = new_blob.blob_id
    new_vault.commit()
    # ...and trashes the plan.
    new_vault.trash(plan.id)
    assert old_blob in new_vault.content.referenced_blob_ids()

    again = tmp_path / "again.pdf"
    result = remake_packet(new_vault, entry_id[:8], again)
    assert result.sha256_unencrypted == outcome.result.sha256_unencrypted
    assert again.read_bytes() == first.read_bytes()
    # A remade packet can carry a new password; its content still matches the log.
    locked = remake_packet(
        new_vault, entry_id, tmp_path / "locked.pdf", password="oak-tidy-lamp-fig-jam"
    )
    assert locked.password_set and locked.sha256_unencrypted == outcome.result.sha256_unencrypted


def test_delete_for_good_breaks_the_entry_and_remake_says_so(
    new_vault: Vault, tmp_path: Path
) -> None:
    fill_vault(new_vault)
    outcome = export_packet(new_vault, tmp_path / "p.pdf", PacketOptions(prepared_on=PREPARED_ON))
    new_vault.delete_for_good(new_vault.content.documents[0].id)
    assert "deleted for good" in new_vault.content.share_log[-1].broken_reason
    with pytest.raises(UserError, match="cannot be made again"):
        remake_packet(new_vault, outcome.entry.id, tmp_path / "again.pdf")
    assert not (tmp_path / "again.pdf").exists()
    assert not list(tmp_path.glob(".packet-*.part"))  # nothing half made left beside it


def test_remake_refuses_a_different_result(new_vault: Vault, tmp_path: Path) -> None:
    fill_vault(new_vault)
    outcome = export_packet(new_vault, tmp_path / "p.pdf", PacketOptions(prepared_on=PREPARED_ON))
    outcome.entry.sha256_unencrypted = "0" * 64  # as if the tools had changed since
    with pytest.raises(DamageError, match="not exactly the one shared"):
        remake_packet(new_vault, outcome.entry.id, tmp_path / "again.pdf")
    assert not (tmp_path / "again.pdf").exists()
    assert not list(tmp_path.glob(".packet-*.part"))  # nothing half made left beside it

"""``second-opinion remake`` through the real CLI entry point: a shared packet made again."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from organizer.cli import main
from organizer.commands.remake_cmds import NO_PASSWORD_NOTE
from organizer.core.vault import Vault
from tests.core.packet.helpers import (
    PATIENT,
    assert_band_on_every_page,
    page_texts,
    pdfinfo,
    qpdf_check,
)
from tests.vault_helpers import TEST_PASSPHRASE

# Cover, contents, questions, medications + 3 pathology pages, the letter, the plan.
ALL_PAGES = 9


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> Any:
    assert main([str(a) for a in argv]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def export(
    capsys: pytest.CaptureFixture[str], vault_dir: Path, out: Path, *extra: str
) -> dict[str, Any]:
    summary: dict[str, Any] = cli_json(
        capsys, "export", vault_dir, out, "--date", "2026-11-29", "--json", *extra
    )
    return summary


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def share_log(folder: Path) -> list[Any]:
    with Vault.open(folder, TEST_PASSPHRASE) as vault:
        return list(vault.content.share_log)


def test_remade_packet_is_the_logged_one_after_edits_and_trash(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.pdf"
    exported = export(capsys, vault_dir, first, "--recipient", "Dr Fictional")
    assert exported["pages"] == ALL_PAGES

    # Since the export the user renamed, re-chose pages, rotated, reordered, emptied the
    # questions...
    with Vault.open(vault_dir, TEST_PASSPHRASE) as vault:
        content = vault.content
        content.case.patient.name = "Someone Else Entirely"
        content.questions.clear()
        report, letter, plan = content.documents
        report.title = "Renamed report"
        report.included_pages = [1]
        letter.rotations = [90]
        content.documents = [plan, letter, report]
        vault.commit()
    # ...and moved the plan to the trash with the CLI.
    assert main(["remove", str(vault_dir), plan.id[:6]]) == 0
    capsys.readouterr()

    again = tmp_path / "again.pdf"
    assert main(["remake", str(vault_dir), exported["share_log_id"][:6], str(again)]) == 0
    captured = capsys.readouterr()
    assert "It matches the packet shared on 29 Nov 2026, page for page." in captured.out
    assert captured.err == ""
    # Without a password the file itself is the unencrypted packet: its hash is the logged one.
    (entry,) = share_log(vault_dir)  # making it again is not a new share
    assert sha256(again) == entry.sha256_unencrypted == exported["sha256_unencrypted"]
    assert again.read_bytes() == first.read_bytes()
    qpdf_check(again)
    assert pdfinfo(again)["Pages"] == str(ALL_PAGES)
    texts = assert_band_on_every_page(again, ALL_PAGES, name=PATIENT)
    assert "Dr Fictional" in texts[0] and "Someone Else" not in "".join(texts)
    assert "Pathology report" in texts[1] and "Plan" in texts[1]


def test_a_new_password_gives_an_r6_copy_of_the_same_packet(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = export(capsys, vault_dir, tmp_path / "first.pdf", "--generate-password")
    with Vault.open(vault_dir, TEST_PASSPHRASE) as vault:
        vault.trash(vault.content.documents[0].id)

    out = tmp_path / "again.pdf"
    entry_id = exported["share_log_id"]
    summary = cli_json(capsys, "remake", vault_dir, entry_id, out, "--generate-password", "--json")
    password = summary["generated_password"]
    assert password != exported["generated_password"]
    assert summary["password_set"] is True and summary["notes"] == []
    assert summary["sha256_unencrypted"] == exported["sha256_unencrypted"]
    assert summary["sha256"] == sha256(out) != exported["sha256_unencrypted"]
    qpdf_check(out, password)
    assert "AES-256" in pdfinfo(out, password)["Encrypted"]
    with pikepdf.open(out, password=password) as pdf:
        assert pdf.is_encrypted and pdf.encryption.R == 6
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    assert_band_on_every_page(out, ALL_PAGES, password=password)
    assert len(share_log(vault_dir)) == 1

    # Shown as the export shows it, apart, to be read out over the phone.
    plain = tmp_path / "plain-words.pdf"
    assert main(["remake", str(vault_dir), entry_id, str(plain), "--generate-password"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "by phone" in "\n".join(lines) and len(lines[-1].strip().split("-")) >= 5
    qpdf_check(plain, lines[-1].strip())


def test_a_copy_without_password_of_a_protected_packet_is_flagged(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = export(capsys, vault_dir, tmp_path / "first.pdf", "--generate-password")
    out = tmp_path / "open.pdf"
    assert main(["remake", str(vault_dir), exported["share_log_id"], str(out)]) == 0
    captured = capsys.readouterr()
    assert f"warning: {NO_PASSWORD_NOTE}" in captured.err
    assert pdfinfo(out)["Encrypted"] == "no"
    assert sha256(out) == exported["sha256_unencrypted"]


def test_json_shape_and_a_long_password_file(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = export(capsys, vault_dir, tmp_path / "first.pdf")
    secret = tmp_path / "pw.txt"
    secret.write_text("a fictional but very long password for this packet\n")
    out = tmp_path / "again.pdf"
    entry_id = exported["share_log_id"]
    summary = cli_json(
        capsys, "remake", vault_dir, entry_id[:4], out, "--password-file", secret, "--json"
    )
    assert set(summary) == {
        "path",
        "pages",
        "size",
        "sha256",
        "sha256_unencrypted",
        "password_set",
        "share_log_id",
        "prepared_on",
        "matches_share_log",
        "documents",
        "notes",
    }
    assert summary["path"] == str(out) and summary["size"] == out.stat().st_size
    assert summary["share_log_id"] == entry_id and summary["prepared_on"] == "2026-11-29"
    assert summary["matches_share_log"] is True and summary["password_set"] is True
    assert summary["pages"] == ALL_PAGES
    assert summary["documents"] == exported["documents"]
    (note,) = summary["notes"]
    assert "some PDF readers" in note
    qpdf_check(out, "a fictional but very long password for this packet")


def test_unknown_short_and_ambiguous_entries(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("one.pdf", "two.pdf"):
        export(capsys, vault_dir, tmp_path / name)
    with Vault.open(vault_dir, TEST_PASSPHRASE) as vault:
        for n, entry in enumerate(vault.content.share_log, start=1):
            entry.id = f"abcd{n}" + entry.id[5:]
        vault.commit()
        ids = [e.id for e in vault.content.share_log]

    out = tmp_path / "again.pdf"
    for ref in ("abcd", "abc", "nope1234", ""):
        assert main(["remake", str(vault_dir), ref, str(out)]) == 1, ref
        err = capsys.readouterr().err
        assert "No single share-log entry matches" in err and "log command" in err
        assert len(err.strip().splitlines()) == 1 and not out.exists()

    assert main(["remake", str(vault_dir), "abcd2", str(out)]) == 0
    assert sha256(out) == share_log(vault_dir)[1].sha256_unencrypted
    assert ids == [e.id for e in share_log(vault_dir)]


def test_a_packet_whose_document_was_deleted_for_good_says_why(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = export(capsys, vault_dir, tmp_path / "first.pdf")
    with Vault.open(vault_dir, TEST_PASSPHRASE) as vault:
        vault.delete_for_good(vault.content.documents[0].id)
    out = tmp_path / "again.pdf"
    assert main(["remake", str(vault_dir), exported["share_log_id"], str(out)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (
        "second-opinion: The packet shared on 29 Nov 2026 cannot be made again: "
        '"Pathology report" was deleted for good after this was shared.'
    )
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_a_different_result_is_damage_and_nothing_is_saved(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = export(capsys, vault_dir, tmp_path / "first.pdf")
    with Vault.open(vault_dir, TEST_PASSPHRASE) as vault:
        # As if the app's PDF tools had changed since the packet was shared.
        vault.content.share_log[0].sha256_unencrypted = "0" * 64
        vault.commit()
    out = tmp_path / "again.pdf"
    assert main(["remake", str(vault_dir), exported["share_log_id"], str(out)]) == 3
    err = capsys.readouterr().err
    assert "not exactly the one shared on 29 Nov 2026" in err and "Nothing was saved" in err
    assert "Traceback" not in err
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    assert page_texts(tmp_path / "first.pdf")  # the first packet is untouched

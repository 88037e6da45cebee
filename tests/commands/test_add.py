"""``second-opinion add``, driven through the real CLI entry point (no terminal)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from organizer.cli import main
from organizer.commands import common
from organizer.core.model import VaultContent
from organizer.core.model.sections import Section
from organizer.core.vault import Vault
from tests import synthetic
from tests.conftest import require_tool
from tests.vault_helpers import TEST_PASSPHRASE, make_vault


@pytest.fixture
def vault_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    vault, _ = make_vault(tmp_path / "vault")
    vault.close()
    monkeypatch.setenv(common.PASSPHRASE_ENV, TEST_PASSPHRASE)
    return tmp_path / "vault"


def content(folder: Path) -> VaultContent:
    with Vault.open(folder, TEST_PASSPHRASE) as vault:
        return vault.content


def blob(folder: Path, blob_id: str) -> bytes:
    with Vault.open(folder, TEST_PASSPHRASE) as vault:
        return vault.read_blob(blob_id)


def test_add_a_scan_and_a_pdf(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = synthetic.write(tmp_path / "in" / "scan.jpg", synthetic.scan_jpeg_bytes(size=(400, 566)))
    pdf = synthetic.write(tmp_path / "in" / "biopsy.pdf", synthetic.text_pdf_bytes())
    assert main(["add", str(vault_dir), str(scan), str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "Added 2 file(s) as 2 document(s)" in out
    assert 'biopsy.pdf: "FICTIONAL PATHOLOGY REPORT"' in out
    docs = content(vault_dir).documents
    assert [d.original_name for d in docs] == ["scan.jpg", "biopsy.pdf"]
    assert blob(vault_dir, docs[0].parts[0].blob_id) == scan.read_bytes()


def test_adding_again_reports_the_duplicate_and_exits_0(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = synthetic.write(tmp_path / "labs.pdf", synthetic.text_pdf_bytes(title="FICTIONAL LABS"))
    assert main(["add", str(vault_dir), str(pdf)]) == 0
    capsys.readouterr()
    assert main(["add", str(vault_dir), str(pdf)]) == 0
    out = capsys.readouterr().out
    assert 'Already in the vault (not added again):\n  labs.pdf: same as "FICTIONAL LABS"' in out
    assert len(content(vault_dir).documents) == 1


def test_a_refused_file_exits_1_and_the_others_are_still_added(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "records"
    synthetic.write(folder / "letter.docx", synthetic.docx_bytes())
    synthetic.write(folder / "scan.jpg", synthetic.scan_jpeg_bytes(size=(300, 424)))
    assert main(["add", str(vault_dir), str(folder)]) == 1
    captured = capsys.readouterr()
    assert "Not added (1):\n  letter.docx: This is a Word document (.docx)." in captured.out
    assert "Traceback" not in captured.err
    assert [d.original_name for d in content(vault_dir).documents] == ["scan.jpg"]


def test_a_flate_bomb_pdf_is_refused_in_plain_words(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = synthetic.stream_pdf_bytes(
        synthetic.zeros_flate(300 * 1024 * 1024), b"/Filter /FlateDecode"
    )
    path = synthetic.write(tmp_path / "lab results.pdf", bomb)
    assert main(["add", str(vault_dir), str(path)]) == 1
    captured = capsys.readouterr()
    assert (
        "Not added (1):\n  lab results.pdf: A part of this PDF would grow to more than 256 MB "
        "when opened" in captured.out
    )
    assert "Traceback" not in captured.err
    assert content(vault_dir).documents == []


def test_protected_pdf_without_a_terminal_is_refused_naming_the_option(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = synthetic.write(tmp_path / "portal.pdf", synthetic.encrypted_pdf_bytes("s3cret"))
    assert main(["add", str(vault_dir), str(pdf)]) == 1
    out = capsys.readouterr().out
    assert (
        "portal.pdf: This PDF is protected by a password. Give it with --pdf-password-file" in out
    )
    assert content(vault_dir).documents == []


def test_protected_pdf_with_a_password_file_keeps_an_unlocked_copy(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = synthetic.write(tmp_path / "portal.pdf", synthetic.encrypted_pdf_bytes("s3cret"))
    passwords = tmp_path / "pw.txt"
    passwords.write_text("not this one\ns3cret\n")
    assert main(["add", str(vault_dir), str(pdf), "--pdf-password-file", str(passwords)]) == 0
    (doc,) = content(vault_dir).documents
    part = doc.parts[0]
    assert blob(vault_dir, part.blob_id) == pdf.read_bytes()
    unlocked = tmp_path / "unlocked.pdf"
    unlocked.write_bytes(blob(vault_dir, part.unlocked_blob_id or ""))
    info = subprocess.run(
        [require_tool("pdfinfo"), str(unlocked)], capture_output=True, text=True, check=True
    )
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert fields["Encrypted"].strip() == "no" and fields["Pages"].strip() == "2"
    subprocess.run(
        [require_tool("qpdf"), "--check", str(unlocked)], check=True, capture_output=True
    )
    text = subprocess.run(
        [require_tool("pdftotext"), str(unlocked), "-"], capture_output=True, text=True, check=True
    )
    assert "FICTIONAL PATHOLOGY REPORT" in text.stdout


def test_as_one_with_section_title_and_date(vault_dir: Path, tmp_path: Path) -> None:
    front = synthetic.write(tmp_path / "front.jpg", synthetic.scan_jpeg_bytes(1, size=(300, 424)))
    back = synthetic.write(tmp_path / "back.jpg", synthetic.scan_jpeg_bytes(2, size=(300, 424)))
    args = [
        "add",
        str(vault_dir),
        str(front),
        str(back),
        "--as-one",
        "--section",
        "medications",
        "--title",
        "Pharmacy printout",
        "--date",
        "2024-03-15",
    ]
    assert main(args) == 0
    (doc,) = content(vault_dir).documents
    assert [p.original_name for p in doc.parts] == ["front.jpg", "back.jpg"]
    assert (doc.section, doc.title, doc.date) == (
        Section.MEDICATIONS,
        "Pharmacy printout",
        date(2024, 3, 15),
    )


def test_a_bad_date_is_a_usage_error(vault_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["add", str(vault_dir), str(tmp_path), "--date", "15/03/2024"])
    assert caught.value.code == 2


def test_an_empty_folder_adds_nothing_and_says_so(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    synthetic.write(tmp_path / "empty" / ".DS_Store", b"x")
    assert main(["add", str(vault_dir), str(tmp_path / "empty")]) == 1
    assert "No files were found to add" in capsys.readouterr().out


def test_the_installed_command_never_prompts_without_a_terminal(
    vault_dir: Path, tmp_path: Path
) -> None:
    pdf = synthetic.write(tmp_path / "portal.pdf", synthetic.encrypted_pdf_bytes("s3cret"))
    scan = synthetic.write(tmp_path / "scan.jpg", synthetic.scan_jpeg_bytes(size=(300, 424)))
    env = {**os.environ, common.PASSPHRASE_ENV: TEST_PASSPHRASE}
    out = subprocess.run(
        [sys.executable, "-m", "organizer.cli", "add", str(vault_dir), str(pdf), str(scan)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 1
    assert "--pdf-password-file" in out.stdout
    assert "Added 1 file(s)" in out.stdout
    assert "Traceback" not in out.stderr


def test_at_a_terminal_the_pdf_password_is_asked_for(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from organizer.commands import ingest_cmds

    pdf = synthetic.write(tmp_path / "portal.pdf", synthetic.encrypted_pdf_bytes("s3cret"))
    prompts: list[str] = []

    def fake_getpass(prompt: str) -> str:
        prompts.append(prompt)
        return "s3cret"

    monkeypatch.setattr(common, "has_terminal", lambda: True)
    monkeypatch.setattr(ingest_cmds.getpass, "getpass", fake_getpass)
    assert main(["add", str(vault_dir), str(pdf)]) == 0
    assert prompts == ['Password for the PDF "portal.pdf" (Enter to skip): ']
    assert content(vault_dir).documents[0].parts[0].unlocked_blob_id


def test_a_stopped_import_says_why_and_lists_what_was_not_added(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from organizer.commands.ingest_cmds import _print_summary
    from organizer.core.ingest import ImportSummary

    _print_summary(ImportSummary(stopped_by="The disk is full.", not_started=[Path("/x/b.jpg")]))
    assert capsys.readouterr().out == (
        "Stopped: The disk is full.\nStopped before 1 file(s); they were not added:\n  b.jpg\n"
    )

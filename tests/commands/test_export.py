"""The packet commands through the real CLI entry point: export, log, print-list, case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from organizer.cli import main
from organizer.core.vault import Vault
from tests.core.packet.helpers import (
    assert_band_on_every_page,
    page_texts,
    pdfinfo,
    qpdf_check,
)
from tests.vault_helpers import TEST_PASSPHRASE


def _ids(folder: Path) -> dict[str, str]:
    with Vault.open(folder, TEST_PASSPHRASE) as vault:
        return {d.title: d.id for d in vault.content.documents}


def test_export_json_summary_warnings_and_a_checked_file(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "packet.pdf"
    plan = _ids(vault_dir)["Plan"]
    args = [
        "export",
        str(vault_dir),
        str(out),
        "--recipient",
        "Dr Fictional",
        "--date",
        "2026-11-29",
        "--exclude",
        plan[:6],
        "--json",
    ]
    assert main(args) == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert summary["pages"] == 8 and summary["password_set"] is False
    assert summary["sha256"] == summary["sha256_unencrypted"]
    assert [d["title"] for d in summary["documents"]] == ["Pathology report", "Scanned letter"]
    codes = [w["code"] for w in summary["warnings"]]
    assert codes == ["empty-section", "empty-section"]
    for warning in summary["warnings"]:
        assert warning["message"] in captured.err
    qpdf_check(out)
    assert pdfinfo(out)["Pages"] == "8"
    texts = assert_band_on_every_page(out, 8)
    assert "Dr Fictional" in texts[0] and "29 Nov 2026" in texts[0]
    assert "Plan" not in texts[1]

    assert main(["log", str(vault_dir), "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["recipient"] == "Dr Fictional" and entry["method"] == "file"
    assert entry["sha256_file"] == summary["sha256"] and entry["page_count"] == 8
    assert entry["can_be_made_again"] is True


def test_generated_password_is_shown_apart_and_opens_the_packet(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "locked.pdf"
    assert main(["export", str(vault_dir), str(out), "--generate-password", "--email-size"]) == 0
    lines = capsys.readouterr().out.splitlines()
    password = lines[-1].strip()
    assert "by phone" in "\n".join(lines) and len(password.split("-")) >= 5
    info = pdfinfo(out, password)
    assert "AES-256" in info["Encrypted"]
    qpdf_check(out, password)

    assert main(["log", str(vault_dir)]) == 0
    log = capsys.readouterr().out
    assert "with a password" in log and "email" in log and "locked.pdf" in log
    assert password not in log


def test_long_password_file_warns_about_some_readers(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text("a fictional but very long password for this packet\n")
    assert (
        main(["export", str(vault_dir), str(tmp_path / "p.pdf"), "--password-file", str(secret)])
        == 0
    )
    assert "some PDF readers" in capsys.readouterr().err


def test_unknown_document_to_exclude(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.pdf"
    assert main(["export", str(vault_dir), str(out), "--exclude", "nope"]) == 1
    assert "No document" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("extra", "words"),
    [(["--date", "29/11/2026"], "not a date"), (["--method", "fax"], "invalid choice")],
)
def test_bad_export_arguments_are_usage_errors(
    vault_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    words: str,
) -> None:
    out = tmp_path / "p.pdf"
    with pytest.raises(SystemExit) as raised:
        main(["export", str(vault_dir), str(out), *extra])
    assert raised.value.code == 2
    assert words in capsys.readouterr().err
    assert not out.exists()


def test_export_to_a_missing_folder_says_so_in_one_line(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(vault_dir), str(tmp_path / "gone" / "p.pdf")]) == 1
    err = capsys.readouterr().err
    assert "is not there" in err and "Traceback" not in err
    with Vault.open(vault_dir, TEST_PASSPHRASE) as vault:
        assert vault.content.share_log == []


def test_print_list_and_case_json_round_trip(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meds = tmp_path / "meds.pdf"
    assert main(["print-list", str(vault_dir), "meds", str(meds)]) == 0
    qpdf_check(meds)
    assert "Fictolol" in page_texts(meds)[0]
    capsys.readouterr()

    assert main(["case", str(vault_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"case", "medications", "questions"}
    data["case"]["diagnosis"] = "A new fictional diagnosis"
    data["questions"].append({"text": "Can I get a copy of your notes?"})
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data))
    assert main(["case", str(vault_dir), "--load", str(path)]) == 0
    capsys.readouterr()
    assert main(["case", str(vault_dir)]) == 0
    shown = capsys.readouterr().out
    assert "A new fictional diagnosis" in shown and "copy of your notes" in shown

    path.write_text('{"medication": []}')
    assert main(["case", str(vault_dir), "--load", str(path)]) == 1
    assert "does not know: medication" in capsys.readouterr().err

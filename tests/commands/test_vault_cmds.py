"""The vault commands, driven through the real CLI entry point (in process, no terminal)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from organizer.cli import main
from organizer.commands import common
from organizer.core.vault import Vault
from tests.core.vault.test_header import BOTH, rewrite_header
from tests.vault_helpers import TEST_PASSPHRASE, add_document, make_vault

JSON_KEYS = {
    "id",
    "section",
    "title",
    "date",
    "provider",
    "page_count",
    "media_type",
    "sha256",
    "added",
    "in_trash",
    "file_missing",
}


@pytest.fixture
def vault_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A closed vault with two documents; the passphrase is in the environment."""
    vault, _ = make_vault(tmp_path / "v")
    add_document(vault, b"%PDF-1.4 fictional lab", title="Blood count")
    add_document(vault, b"%PDF-1.4 fictional scan", title="CT report")
    vault.close()
    monkeypatch.setenv(common.PASSPHRASE_ENV, TEST_PASSPHRASE)
    return tmp_path / "v"


def doc_ids(folder: Path) -> dict[str, str]:
    with Vault.open(folder, TEST_PASSPHRASE) as vault:
        return {d.title: d.id for d in vault.content.documents}


def test_init_without_a_terminal_prints_the_code_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Uses the real calibration (never below the floor), so it takes about a second."""
    monkeypatch.setenv(common.PASSPHRASE_ENV, "a fictional passphrase for init")
    assert main(["init", str(tmp_path / "new")]) == 0
    out = capsys.readouterr()
    (code,) = out.out.splitlines()
    assert "recovery code" in out.err
    with Vault.open(tmp_path / "new", recovery_code=code) as vault:
        (slot,) = [s for s in vault.header.slots if s.kdf is not None]
        assert slot.kdf is not None
        assert slot.kdf.memory_kib >= 64 * 1024 and slot.kdf.iterations >= 3


def test_no_passphrase_and_no_terminal_exits_1_naming_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(tmp_path / "new")]) == 1
    err = capsys.readouterr().err
    assert "--passphrase-file" in err and "SECOND_OPINION_PASSPHRASE" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "new").exists()


def test_list_json_has_the_promised_keys(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", str(vault_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    titles = sorted(d["title"] for d in data["documents"])
    assert titles == ["Blood count", "CT report"]
    for doc in data["documents"]:
        assert set(doc) >= JSON_KEYS
        assert doc["section"] == "results" and doc["page_count"] == 1
        assert doc["media_type"] == "application/pdf" and len(doc["sha256"]) == 64


def test_list_marks_exactly_the_document_whose_file_is_missing(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", str(vault_dir), "--json"]) == 0
    assert [d["file_missing"] for d in json.loads(capsys.readouterr().out)["documents"]] == [
        False,
        False,
    ]
    assert main(["list", str(vault_dir)]) == 0
    assert "missing" not in capsys.readouterr().out

    with Vault.open(vault_dir, TEST_PASSPHRASE) as vault:
        ct = next(d for d in vault.content.documents if d.title == "CT report")
        vault.blob_file(ct.parts[0].blob_id).unlink()  # lost outside the app

    assert main(["list", str(vault_dir), "--json"]) == 0
    listed = {
        d["title"]: d["file_missing"] for d in json.loads(capsys.readouterr().out)["documents"]
    }
    assert listed == {"Blood count": False, "CT report": True}
    assert main(["list", str(vault_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    (marked,) = [line for line in lines if "file missing from the vault" in line]
    assert marked.startswith(ct.id[:8]) and "CT report" in marked
    assert "run `second-opinion verify`" in marked
    assert any("Blood count" in line for line in lines)
    # verify tells the same story, in full.
    assert main(["verify", str(vault_dir)]) == 3
    assert 'document "CT report"' in capsys.readouterr().out


def test_list_leaves_stray_temp_files_and_the_next_change_removes_them(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    strays = [vault_dir / ".tmp-0c8kq2xa", vault_dir / "blobs" / "5e" / ".tmp-p1r7mq0d"]
    for path in strays:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"half-written ciphertext")
    stamps = [path.stat().st_mtime_ns for path in strays]
    assert main(["list", str(vault_dir)]) == 0
    assert main(["show", str(vault_dir), doc_ids(vault_dir)["CT report"]]) == 0
    assert [path.stat().st_mtime_ns for path in strays] == stamps  # untouched
    assert main(["remove", str(vault_dir), doc_ids(vault_dir)["CT report"]]) == 0  # commits
    assert [path for path in strays if path.exists()] == []
    capsys.readouterr()


def test_list_table_show_and_passphrase_file(
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv(common.PASSPHRASE_ENV)
    secret = tmp_path / "pass.txt"
    secret.write_text(TEST_PASSPHRASE + "\n")
    assert main(["list", str(vault_dir), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert "Blood count" in out and "CT report" in out
    doc_id = doc_ids(vault_dir)["CT report"]
    assert main(["show", str(vault_dir), doc_id[:6], "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert "CT report" in out and doc_id in out and "Test & biopsy results" in out


def test_cat_writes_the_original_bytes(
    vault_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    doc_id = doc_ids(vault_dir)["CT report"]
    assert main(["cat", str(vault_dir), doc_id]) == 0
    assert capsysbinary.readouterr().out == b"%PDF-1.4 fictional scan"


def test_remove_and_restore(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc_id = doc_ids(vault_dir)["CT report"]
    assert main(["remove", str(vault_dir), doc_id]) == 0
    assert "trash" in capsys.readouterr().out
    assert main(["list", str(vault_dir), "--json"]) == 0
    assert [d["title"] for d in json.loads(capsys.readouterr().out)["documents"]] == ["Blood count"]
    assert main(["list", str(vault_dir), "--trash"]) == 0
    assert "CT report" in capsys.readouterr().out
    assert main(["remove", str(vault_dir), doc_id]) == 1  # already there
    assert main(["restore", str(vault_dir), doc_id]) == 0
    assert main(["list", str(vault_dir), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out.split("\n", 1)[1])["documents"]) == 2


def test_unknown_id_is_exit_1(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(vault_dir), "ffffffff"]) == 1
    assert "No document" in capsys.readouterr().err


def test_verify_sound_then_damaged(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(vault_dir)]) == 0
    assert "everything is sound" in capsys.readouterr().out
    blob = next((vault_dir / "blobs").rglob("*.blob"))
    data = bytearray(blob.read_bytes())
    data[40] ^= 0x10
    blob.write_bytes(bytes(data))
    assert main(["verify", str(vault_dir)]) == 3
    out = capsys.readouterr().out
    assert out.startswith("DAMAGED: document") and "is damaged" in out


def test_damaged_header_is_exit_3_wrong_passphrase_is_exit_1(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(common.PASSPHRASE_ENV, "not the passphrase")
    assert main(["list", str(vault_dir)]) == 1
    err = capsys.readouterr().err
    assert "does not open" in err and "Traceback" not in err
    for name in BOTH:
        raw = bytearray((vault_dir / name).read_bytes())
        raw[100] ^= 0x01
        (vault_dir / name).write_bytes(bytes(raw))
    assert main(["list", str(vault_dir)]) == 3
    err = capsys.readouterr().err
    assert "damaged" in err and len(err.strip().splitlines()) == 1


def test_newer_format_is_exit_1_with_a_clear_message(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rewrite_header(vault_dir, lambda d: d.__setitem__("version", 9), BOTH)
    assert main(["list", str(vault_dir)]) == 1
    assert "newer version" in capsys.readouterr().err


def test_missing_vault_argument_is_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["list"])
    assert exit_info.value.code == 2


def test_a_vault_open_elsewhere_is_exit_1(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.open(vault_dir, TEST_PASSPHRASE):
        assert main(["list", str(vault_dir)]) == 1
    assert "open in another window" in capsys.readouterr().err


def test_passwd_recover_and_new_recovery_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, code = make_vault(tmp_path / "v")
    vault.close()
    folder = str(tmp_path / "v")
    monkeypatch.setenv(common.PASSPHRASE_ENV, TEST_PASSPHRASE)
    new_file = tmp_path / "new.txt"
    new_file.write_text("second fictional passphrase\n")
    assert main(["passwd", folder, "--new-passphrase-file", str(new_file)]) == 0
    monkeypatch.setenv(common.PASSPHRASE_ENV, "second fictional passphrase")
    assert main(["list", folder]) == 0
    # Forgotten passphrase: the recovery code sets a third one.
    monkeypatch.delenv(common.PASSPHRASE_ENV)
    code_file = tmp_path / "code.txt"
    code_file.write_text(code.lower().replace("-", " ") + "\n")
    monkeypatch.setenv(common.NEW_PASSPHRASE_ENV, "third fictional passphrase")
    assert main(["recover", folder, "--recovery-code-file", str(code_file)]) == 0
    monkeypatch.setenv(common.PASSPHRASE_ENV, "third fictional passphrase")
    capsys.readouterr()
    assert main(["new-recovery-code", folder]) == 0
    (new_code,) = capsys.readouterr().out.splitlines()
    assert main(["recover", folder, "--recovery-code-file", str(code_file)]) == 1
    assert "does not open" in capsys.readouterr().err
    Vault.open(tmp_path / "v", recovery_code=new_code).close()


def test_recovery_code_typo_names_the_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, code = make_vault(tmp_path / "v")
    vault.close()
    groups = code.split("-")
    groups[2] = groups[2][:-1] + ("A" if groups[2][-1] != "A" else "B")
    monkeypatch.setenv(common.RECOVERY_CODE_ENV, "-".join(groups))
    monkeypatch.setenv(common.NEW_PASSPHRASE_ENV, "never set")
    assert main(["recover", str(tmp_path / "v")]) == 1
    assert "group 3" in capsys.readouterr().err


def test_remember_then_open_without_passphrase_then_forget(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["remember", str(vault_dir)]) == 0
    monkeypatch.delenv(common.PASSPHRASE_ENV)
    assert main(["list", str(vault_dir)]) == 0  # the keychain opens it
    assert main(["forget", str(vault_dir)]) == 0
    capsys.readouterr()
    assert main(["list", str(vault_dir)]) == 1
    assert "--passphrase-file" in capsys.readouterr().err


def test_remember_refuses_an_unsafe_keychain(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import keyring
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())
    before = (vault_dir / "vault.json").read_bytes()
    assert main(["remember", str(vault_dir)]) == 1
    assert "keychain" in capsys.readouterr().err
    assert (vault_dir / "vault.json").read_bytes() == before


def test_backup_writes_a_copy_that_opens(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", str(vault_dir), str(tmp_path / "copy")]) == 0
    assert str(tmp_path / "copy") in capsys.readouterr().out
    assert main(["list", str(tmp_path / "copy"), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["documents"]) == 2


def test_verify_after_opening_on_an_older_save_is_exit_3(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newest = sorted((vault_dir / "index").iterdir())[-1]
    data = bytearray(newest.read_bytes())
    data[-5] ^= 0x01
    newest.write_bytes(bytes(data))
    assert main(["verify", str(vault_dir)]) == 3
    captured = capsys.readouterr()
    assert "warning: The latest changes could not be read" in captured.err
    assert "DAMAGED: the list of contents, save" in captured.out


def test_init_refuses_a_folder_with_files_before_asking_anything(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(vault_dir)]) == 1
    assert "already has files" in capsys.readouterr().err

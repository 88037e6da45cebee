"""Creating, opening and using a vault: round trips and the API a user's data relies on."""

from __future__ import annotations

import io
import os
import threading
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest

from organizer.core.errors import UserError
from organizer.core.model import utc_now
from organizer.core.vault import (
    NotAVault,
    Vault,
    VaultClosed,
    VaultDamaged,
    VaultInUse,
    WrongPassphrase,
)
from tests.vault_helpers import FAST_KDF, TEST_PASSPHRASE, add_document, make_vault


def test_create_then_open_shows_the_same_documents(tmp_path: Path) -> None:
    vault, code = make_vault(tmp_path / "v")
    doc = add_document(vault, b"%PDF-1.7 fictional bytes")
    vault.close()
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as reopened:
        assert [d.title for d in reopened.content.documents] == ["Fictional lab report"]
        assert reopened.read_blob(doc.parts[0].blob_id) == b"%PDF-1.7 fictional bytes"
        assert reopened.warnings == []
    assert len(code.replace("-", "").replace(" ", "")) >= 26  # >= 128 bits in base32


@pytest.mark.parametrize("size", [0, 1, 16383, 16384, 16385, 3 * 1024 * 1024 + 7])
def test_blob_round_trip_at_chunk_boundaries(new_vault: Vault, size: int) -> None:
    data = os.urandom(size)
    info = new_vault.write_blob(data)
    assert info.size == size
    assert new_vault.read_blob(info.blob_id) == data
    assert b"".join(new_vault.iter_blob(info.blob_id)) == data


def test_write_blob_streams_from_a_file_object(new_vault: Vault) -> None:
    data = os.urandom(2_500_000)
    info = new_vault.write_blob(io.BytesIO(data))
    assert new_vault.read_blob(info.blob_id) == data
    import hashlib

    assert info.sha256 == hashlib.sha256(data).hexdigest()


def test_blob_file_holds_no_plaintext(new_vault: Vault) -> None:
    marker = b"FICTIONAL-PATIENT-CANARY-" * 100
    new_vault.write_blob(marker)
    for path in new_vault.path.rglob("*"):
        if path.is_file():
            assert b"FICTIONAL-PATIENT-CANARY" not in path.read_bytes(), path


def test_index_is_encrypted(new_vault: Vault) -> None:
    add_document(new_vault, b"x", title="CANARY-TITLE-Oncology")
    for path in new_vault.path.rglob("*"):
        if path.is_file():
            assert b"CANARY-TITLE" not in path.read_bytes(), path


def test_wrong_passphrase_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    vault.close()
    before = {p: p.read_bytes() for p in (tmp_path / "v").rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphrase) as err:
        Vault.open(tmp_path / "v", "correct horse battery stapler")
    assert err.value.exit_code == 1
    after = {p: p.read_bytes() for p in (tmp_path / "v").rglob("*") if p.is_file()}
    assert before == after


def test_empty_passphrase_is_a_user_error(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    vault.close()
    with pytest.raises(UserError) as err:
        Vault.open(tmp_path / "v", "")
    assert err.value.exit_code == 1
    with pytest.raises(UserError):
        make_vault(tmp_path / "w", passphrase="")
    with pytest.raises(UserError):
        make_vault(tmp_path / "x", passphrase="   ")


def test_nfd_and_nfc_passphrases_open_the_same_vault(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "Grüße aus Zürich, café")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    vault, _ = make_vault(tmp_path / "v", passphrase=nfd)
    vault.close()
    Vault.open(tmp_path / "v", nfc).close()
    Vault.open(tmp_path / "v", nfd).close()


def test_a_second_open_is_told_the_vault_is_in_use(new_vault: Vault) -> None:
    with pytest.raises(VaultInUse):
        Vault.open(new_vault.path, TEST_PASSPHRASE)
    new_vault.close()
    Vault.open(new_vault.path, TEST_PASSPHRASE).close()


def test_closed_vault_refuses_work(new_vault: Vault) -> None:
    info = new_vault.write_blob(b"abc")
    new_vault.close()
    with pytest.raises(VaultClosed):
        new_vault.read_blob(info.blob_id)
    with pytest.raises(VaultClosed):
        new_vault.commit()
    new_vault.close()  # twice is fine


def test_create_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "letter.txt").write_text("keep me")
    with pytest.raises(UserError):
        make_vault(tmp_path / "v")
    assert (tmp_path / "v" / "letter.txt").read_text() == "keep me"


def test_open_a_folder_without_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        Vault.open(tmp_path, TEST_PASSPHRASE)
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "missing", TEST_PASSPHRASE)


def test_missing_blob_is_damage_named_by_verify(new_vault: Vault) -> None:
    doc = add_document(new_vault, b"a fictional scan")
    new_vault.blob_file(doc.parts[0].blob_id).unlink()
    with pytest.raises(VaultDamaged, match="missing"):
        new_vault.read_blob(doc.parts[0].blob_id)
    report = new_vault.verify()
    assert not report.ok
    assert [p.item for p in report.problems] == [f'document "{doc.title}" ({doc.id[:8]})']
    assert "missing" in report.problems[0].problem


def test_sound_vault_verifies_clean(new_vault: Vault) -> None:
    add_document(new_vault, b"one")
    add_document(new_vault, b"two")
    report = new_vault.verify()
    assert report.ok, report.problems
    assert report.documents_checked == 2


def test_concurrent_blob_writes_from_threads(new_vault: Vault) -> None:
    payloads = [os.urandom(50_000 + i) for i in range(8)]
    results: dict[int, str] = {}

    def work(i: int) -> None:
        results[i] = new_vault.write_blob(payloads[i]).blob_id

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, blob_id in results.items():
        assert new_vault.read_blob(blob_id) == payloads[i]


def test_uncommitted_blobs_survive_a_commit_but_not_the_next_session(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    orphan = vault.write_blob(b"an import still running").blob_id
    add_document(vault, b"kept")
    assert vault.blob_file(orphan).exists()  # another thread may be about to reference it
    vault.close()
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as again:
        again.commit()
        assert not again.blob_file(orphan).exists()


def test_trash_restore_and_purge_after_30_days(new_vault: Vault) -> None:
    doc = add_document(new_vault, b"to be trashed")
    blob = doc.parts[0].blob_id
    new_vault.trash(doc.id)
    assert new_vault.content.active_documents() == []
    new_vault.restore(doc.id)
    assert [d.id for d in new_vault.content.active_documents()] == [doc.id]
    new_vault.trash(doc.id)
    new_vault.content.document(doc.id).trashed_at = utc_now() - timedelta(days=31)
    for _ in range(3):  # the purge commit, then two more to retire older generations
        new_vault.commit()
    assert new_vault.content.documents == []
    assert not new_vault.blob_file(blob).exists()


def test_delete_for_good_removes_files_at_once(new_vault: Vault) -> None:
    doc = add_document(new_vault, b"delete me")
    new_vault.delete_for_good(doc.id)
    assert new_vault.content.documents == []
    assert not new_vault.blob_file(doc.parts[0].blob_id).exists()


def test_open_with_the_recovery_code_and_set_a_new_passphrase(tmp_path: Path) -> None:
    vault, code = make_vault(tmp_path / "v")
    vault.close()
    with Vault.open(tmp_path / "v", recovery_code=code.lower()) as recovered:
        recovered.change_passphrase("a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "v", TEST_PASSPHRASE)
    Vault.open(tmp_path / "v", "a brand new passphrase").close()


def test_new_recovery_code_retires_the_old_one(tmp_path: Path) -> None:
    vault, old_code = make_vault(tmp_path / "v")
    new_code = vault.new_recovery_code()
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "v", recovery_code=old_code)
    Vault.open(tmp_path / "v", recovery_code=new_code).close()


def test_change_passphrase_rewrites_no_document(new_vault: Vault) -> None:
    doc = add_document(new_vault, b"unchanged")
    path = new_vault.blob_file(doc.parts[0].blob_id)
    before = path.read_bytes()
    new_vault.change_passphrase("another fictional passphrase")
    assert path.read_bytes() == before
    new_vault.close()
    with Vault.open(new_vault.path, "another fictional passphrase") as v:
        assert v.read_blob(doc.parts[0].blob_id) == b"unchanged"


def test_kdf_params_are_the_ones_given(new_vault: Vault) -> None:
    (slot,) = [s for s in new_vault.header.slots if s.kdf is not None]
    assert slot.kdf == FAST_KDF


def test_everything_in_the_content_survives_commit_and_open(tmp_path: Path) -> None:
    from datetime import date

    from organizer.core.model import Medication, Patient, Question

    vault, _ = make_vault(tmp_path / "v")
    doc = add_document(vault, b"pdf", title="Pathology report")
    doc.date = date(2025, 3, 14)
    doc.provider = "Fictional Hospital"
    doc.rotations = [90]
    doc.parts[0].page_sizes = [(595.28, 841.89)]
    doc.parts[0].dpi = (300.0, 300.0)
    vault.content.case.patient = Patient(name="Alex Example", date_of_birth=date(1960, 1, 2))
    vault.content.medications.append(Medication(name="Fictionalol", strength="5 mg"))
    vault.content.questions.append(Question(text="What are my options?", order=1))
    vault.commit()
    expected = vault.content.to_dict()
    vault.close()
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as again:
        assert again.content.to_dict() == expected
        assert again.content.documents[0].parts[0].page_sizes == [(595.28, 841.89)]
        assert again.content.case.patient.date_of_birth == date(1960, 1, 2)


def test_a_failed_creation_leaves_no_half_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from organizer.core.vault import creating as vault_module

    def disk_full(path: Path, data: bytes) -> None:
        if path.name == "vault.json.bak":
            raise OSError(28, "No space left on device")
        real(path, data)

    real = vault_module.atomic_write_bytes
    monkeypatch.setattr(vault_module, "atomic_write_bytes", disk_full)
    with pytest.raises(OSError):
        make_vault(tmp_path / "new")
    assert not (tmp_path / "new").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(OSError):
        make_vault(tmp_path / "empty")
    assert list((tmp_path / "empty").iterdir()) == []
    monkeypatch.undo()
    make_vault(tmp_path / "empty")[0].close()  # and the same folder works afterwards


def test_missing_blob_ids_names_only_the_files_not_in_the_folder(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    with vault:
        kept, lost = vault.write_blob(b"fictional scan"), vault.write_blob(b"fictional text")
        vault.blob_file(lost.blob_id).unlink()
        never = "0" * 32  # a well-formed id with no file
        asked = {kept.blob_id, lost.blob_id, never}
        assert vault.missing_blob_ids(asked) == {lost.blob_id, never}
        assert vault.missing_blob_ids([kept.blob_id]) == set()
        assert vault.missing_blob_ids(["../../vault.json"]) == {"../../vault.json"}

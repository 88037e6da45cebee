"""The demo vault, made through the real import pipeline, opens and holds the whole case."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from organizer.core.demo import create_demo_vault
from organizer.core.demo.documents import PATIENT, demo_documents
from organizer.core.errors import UserError
from organizer.core.model import Section
from organizer.core.vault import Vault
from tests.vault_helpers import FAST_KDF

PASSPHRASE = "a fictional demo passphrase"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("demo") / "vault"
    vault, code = create_demo_vault(path, PASSPHRASE, FAST_KDF)
    vault.close()
    return path, code


def test_demo_vault_reopens_with_documents_in_every_section(demo_dir: tuple[Path, str]) -> None:
    path, _code = demo_dir
    with Vault.open(path, PASSPHRASE) as vault:
        docs = vault.content.active_documents()
        assert {d.section for d in docs} == set(Section)
        assert sorted(d.original_name for d in docs) == sorted(
            s.file_name for s in demo_documents()
        )
        by_name = {d.original_name: d for d in docs}
        assert by_name["discharge-summary.pdf"].page_count == 2
        assert by_name["clinic-letter-scan.jpg"].media_type == "image/jpeg"
        for doc in docs:
            for part in doc.parts:
                data = vault.read_blob(part.blob_id)
                assert hashlib.sha256(data).hexdigest() == part.sha256
        assert vault.content.case.patient.name == PATIENT
        assert len(vault.content.opinions) == 2
        assert len(vault.content.records_requests) == 2
        assert vault.verify().ok


def test_recovery_code_opens_the_demo_vault(demo_dir: tuple[Path, str]) -> None:
    path, code = demo_dir
    with Vault.open(path, recovery_code=code) as vault:
        assert vault.content.case.patient.name == PATIENT


def test_demo_refuses_a_folder_with_files_and_leaves_it_alone(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    keep = folder / "keep.txt"
    keep.write_text("mine")
    with pytest.raises(UserError):
        create_demo_vault(folder, PASSPHRASE, FAST_KDF)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
    assert keep.read_text() == "mine"


def test_a_failed_demo_leaves_no_half_made_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from organizer.core.demo import build

    def broken_import(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(build, "import_files", broken_import)
    with pytest.raises(OSError, match="simulated"):
        create_demo_vault(tmp_path / "new", PASSPHRASE, FAST_KDF)
    assert not (tmp_path / "new").exists()

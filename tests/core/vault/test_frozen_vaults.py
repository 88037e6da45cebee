"""Vaults written by earlier versions still open, read and accept changes with today's code.

Each folder tests/fixtures/vaults/v<N>/ was made once by tests/fixtures/vaults/make_frozen.py
with the format and schema of its day, and is never regenerated.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from organizer.core.model import MedicationKind, Priority, Section
from organizer.core.vault import Vault
from tests.fixtures.vaults.make_frozen import PASSPHRASE

FIXTURES = Path(__file__).parents[2] / "fixtures" / "vaults"
FROZEN = sorted(p for p in FIXTURES.glob("v*") if p.is_dir())


def _schema(frozen: Path) -> int:
    return int(frozen.name.removeprefix("v"))


def _copy(frozen: Path, tmp_path: Path) -> Path:
    target = tmp_path / frozen.name
    shutil.copytree(frozen, target)
    return target


def test_there_is_a_frozen_vault_for_every_schema_so_far() -> None:
    from organizer.core.model import SCHEMA_VERSION

    assert [p.name for p in FROZEN] == [f"v{n}" for n in range(1, SCHEMA_VERSION + 1)]


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.name)
def test_frozen_vault_opens_with_everything_the_user_entered(frozen: Path, tmp_path: Path) -> None:
    path = _copy(frozen, tmp_path)
    with Vault.open(path, PASSPHRASE, state_dir=tmp_path / "state") as vault:
        content = vault.content
        assert content.case.patient.name == "Zoë Frozen-Fixture"
        assert content.case.opinion_providers[0].checklist == {"office_told_second_opinion": True}
        titles = {d.title: d for d in content.active_documents()}
        expected = {"Pathology report", "Scanned letter"}
        if _schema(frozen) >= 2:  # from schema 2 on: a document with no pages chosen
            expected.add("Letter left out")
            assert titles["Letter left out"].included_pages == []
        assert set(titles) == expected
        assert titles["Pathology report"].section is Section.RESULTS
        assert titles["Pathology report"].included_pages == [0, 1]
        assert titles["Scanned letter"].included_pages == [0]
        assert content.medications[0].kind is MedicationKind.OVER_THE_COUNTER
        assert content.questions[0].priority is Priority.HIGH
        assert content.records_requests[0].what == "Pathology slides"
        assert content.opinions[0].provider_name == "Dr. Fixture Example"
        for doc in content.documents:
            for part in doc.parts:
                data = vault.read_blob(part.blob_id)
                assert hashlib.sha256(data).hexdigest() == part.sha256
        assert vault.verify().ok


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.name)
def test_frozen_vault_opens_with_its_recovery_code(frozen: Path, tmp_path: Path) -> None:
    path = _copy(frozen, tmp_path)
    code = (FIXTURES / f"{frozen.name}.recovery.txt").read_text().strip()
    with Vault.open(path, recovery_code=code, state_dir=tmp_path / "state") as vault:
        assert vault.content.case.patient.name == "Zoë Frozen-Fixture"


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.name)
def test_frozen_vault_accepts_new_documents_and_keeps_the_old(frozen: Path, tmp_path: Path) -> None:
    path = _copy(frozen, tmp_path)
    state = tmp_path / "state"
    with Vault.open(path, PASSPHRASE, state_dir=state) as vault:
        before = {d.title: list(d.included_pages) for d in vault.content.active_documents()}
        info = vault.write_blob(b"%PDF-1.4 a new fictional page")
        vault.content.case.reason = "Added after an upgrade"
        vault.commit()
        assert vault.read_blob(info.blob_id) == b"%PDF-1.4 a new fictional page"
    with Vault.open(path, PASSPHRASE, state_dir=state) as vault:
        assert vault.content.case.reason == "Added after an upgrade"
        after = {d.title: d.included_pages for d in vault.content.active_documents()}
        assert after == before  # page choices read the same after a save with today's schema
        assert vault.verify().ok

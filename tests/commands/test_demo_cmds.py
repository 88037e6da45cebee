"""``second-opinion demo VAULT``, then every planning command on the demo case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from organizer.cli import main
from organizer.commands import common
from organizer.core.demo import create_demo_vault
from organizer.core.model import Section
from organizer.core.vault import Vault
from tests.core.planning.readers import pdf_pages, pdf_text
from tests.core.planning.test_ics import component
from tests.vault_helpers import FAST_KDF

PASSPHRASE = "a fictional demo passphrase"


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "has_terminal", lambda: False)
    monkeypatch.setenv(common.PASSPHRASE_ENV, PASSPHRASE)


def test_demo_command_prints_the_recovery_code_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Uses the real KDF calibration (as init does), so it takes a few seconds."""
    folder = tmp_path / "demo"
    assert main(["demo", str(folder)]) == 0
    out = capsys.readouterr()
    (code,) = out.out.splitlines()  # only the recovery code goes to stdout
    assert "11 fictional documents" in out.err
    with Vault.open(folder, recovery_code=code) as vault:
        assert len(vault.content.active_documents()) == 11


def test_planning_commands_have_something_to_show_on_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo"
    create_demo_vault(folder, PASSPHRASE, FAST_KDF)[0].close()
    assert main(["list", str(folder), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["documents"]
    assert {d["section"] for d in listed} == {s.value for s in Section}

    letter, ics, bring, compare = (tmp_path / n for n in ("l.pdf", "a.ics", "b.pdf", "c.pdf"))
    assert main(["request", str(folder), "--letter", str(letter)]) == 0
    assert "Sampletown Imaging Centre" in pdf_text(letter)  # the most recent request
    assert main(["appointment", str(folder), "--ics", str(ics), "--bring-list", str(bring)]) == 0
    assert "Dr. Ines Sample" in component(ics.read_bytes(), "VCALENDAR/VEVENT")["SUMMARY"][1]
    bring_text = pdf_text(bring)
    assert pdf_pages(bring) == 1
    assert "Pathology report" in bring_text and "Missing" not in bring_text
    assert main(["compare", str(folder), str(compare)]) == 0
    assert pdf_pages(compare) == 1
    assert "Dr. Teodor Mock" in pdf_text(compare)
    capsys.readouterr()
    assert main(["checklist", str(folder), "--json"]) == 0
    providers = json.loads(capsys.readouterr().out)["providers"]
    assert [p["provider"] for p in providers] == [
        "Dr. Teodor Mock (Demo University Clinic)",
        "Dr. Ines Sample (Fictional Cancer Centre)",
    ]


def test_demo_into_a_folder_with_files_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.txt").write_text("mine")
    assert main(["demo", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "already has files" in err and "Traceback" not in err

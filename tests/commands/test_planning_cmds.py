"""The planning commands, driven through the real CLI entry point (in process)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from organizer.cli import main
from organizer.commands import common
from organizer.core.model import Contact, OpinionProvider, Patient, Provider, Question
from organizer.core.vault import Vault
from tests.core.planning.readers import pdf_pages, pdf_text, qpdf_check
from tests.core.planning.test_ics import component
from tests.vault_helpers import TEST_PASSPHRASE, add_document, make_vault


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "has_terminal", lambda: False)
    monkeypatch.setenv(common.PASSPHRASE_ENV, TEST_PASSPHRASE)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """A closed vault: a patient, a pathology report, two providers asked (no dates yet)."""
    vault, _ = make_vault(tmp_path / "v")
    with vault:
        add_document(vault, b"%PDF-1.4 fictional", title="Pathology report")
        case = vault.content.case
        case.patient = Patient(
            name="Zoë Fictional-Example",
            contact=Contact(address="12 Example Street", email="zoe@example.invalid"),
        )
        case.current_provider = Provider(name="Dr. Amara Placeholder")
        case.opinion_providers = [
            OpinionProvider(provider=Provider(name="Dr. Ines Sample")),
            OpinionProvider(provider=Provider(name="Dr. Teodor Mock")),
        ]
        vault.content.questions.append(Question("Is surgery needed?"))
        vault.commit()
    return tmp_path / "v"


def run(*argv: str | Path) -> int:
    return main([str(a) for a in argv])


def content(folder: Path) -> Vault:
    return Vault.open(folder, TEST_PASSPHRASE)


def test_request_add_then_letter_for_latest_or_chosen(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("request", vault_dir) == 0
    assert "No records requests yet" in capsys.readouterr().out
    assert (
        run(
            "request",
            vault_dir,
            "--add",
            "--from",
            "Dr. Amara Placeholder",
            "--what",
            "Pathology slides and report",
            "--how",
            "fax",
            "--asked",
            "2026-11-01",
        )
        == 0
    )
    assert (
        run(
            "request",
            vault_dir,
            "--add",
            "--from",
            "Sampletown Imaging",
            "--what",
            "CT images on a disc",
            "--delivery",
            "a disc to collect",
            "--asked",
            "2026-11-20",
        )
        == 0
    )
    with content(vault_dir) as vault:
        first, second = vault.content.records_requests
    assert (first.how, second.delivery_preference) == ("fax", "a disc to collect")

    latest = tmp_path / "latest.pdf"
    assert run("request", vault_dir, "--letter", latest) == 0
    qpdf_check(latest)
    assert pdf_pages(latest) == 1
    text = pdf_text(latest)
    assert "CT images on a disc" in text and "a disc to collect" in text
    assert "Zoë Fictional-Example" in text

    chosen = tmp_path / "chosen.pdf"
    assert run("request", vault_dir, "--letter", chosen, "--id", first.id[:8]) == 0
    assert "Pathology slides and report" in pdf_text(chosen)

    capsys.readouterr()
    assert run("request", vault_dir) == 0
    listing = capsys.readouterr().out
    assert "asked 2026-11-01 by fax; waiting" in listing


def test_request_received_links_documents(vault_dir: Path) -> None:
    with content(vault_dir) as vault:
        doc_id = vault.content.documents[0].id
    assert run("request", vault_dir, "--add", "--from", "A", "--what", "B") == 0
    assert run("request", vault_dir, "--received", "2026-11-25", "--doc", doc_id[:6]) == 0
    with content(vault_dir) as vault:
        (request,) = vault.content.records_requests
    assert request.date_received is not None and request.date_received.isoformat() == "2026-11-25"
    assert request.document_ids == [doc_id]


def test_letter_without_requests_is_a_plain_error(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("request", vault_dir, "--letter", tmp_path / "x.pdf") == 1
    err = capsys.readouterr().err
    assert "no records requests" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def _at(days: int) -> str:
    moment = datetime.now(UTC) + timedelta(days=days)
    return moment.replace(microsecond=0).isoformat()


def test_appointment_set_then_ics_and_bring_list_for_the_next_one(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("appointment", vault_dir, "--ics", tmp_path / "none.ics") == 1
    assert "no upcoming appointment" in capsys.readouterr().err
    assert (
        run(
            "appointment",
            vault_dir,
            "--id",
            "Dr. Ines Sample",
            "--at",
            _at(20),
            "--place",
            "Fictional Cancer Centre, Room 4",
        )
        == 0
    )
    assert (
        run(
            "appointment",
            vault_dir,
            "--id",
            "Dr. Teodor Mock",
            "--at",
            _at(5),
            "--video",
            "https://video.example.invalid/room-9",
            "--duration",
            "30",
        )
        == 0
    )

    ics = tmp_path / "next.ics"
    bring = tmp_path / "bring.pdf"
    assert run("appointment", vault_dir, "--ics", ics, "--bring-list", bring) == 0
    event = component(ics.read_bytes(), "VCALENDAR/VEVENT")
    assert "Dr. Teodor Mock" in event["SUMMARY"][1]  # the sooner of the two
    assert event["URL"][1] == "https://video.example.invalid/room-9"
    assert pdf_pages(bring) == 1
    text = pdf_text(bring)
    assert "Dr. Teodor Mock" in text and "Pathology report" in text and "Missing" in text

    assert run("appointment", vault_dir, "--ics", ics, "--id", "Dr. Ines Sample") == 0
    event = component(ics.read_bytes(), "VCALENDAR/VEVENT")
    assert "Room 4" in event["LOCATION"][1]

    with content(vault_dir) as vault:
        booked = [
            op.checklist.get("appointment_booked") for op in vault.content.case.opinion_providers
        ]
    assert booked == [True, True]


def test_opinions_recorded_and_compared_on_one_page(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "compare.pdf"
    assert run("compare", vault_dir, out) == 1
    assert "No opinions" in capsys.readouterr().err
    assert (
        run(
            "opinion",
            vault_dir,
            "--provider",
            "Dr. Amara Placeholder",
            "--date",
            "2026-10-01",
            "--diagnosis",
            "Fictional stage II tumour",
            "--treatment",
            "Surgery, then radiotherapy",
        )
        == 0
    )
    assert (
        run(
            "opinion",
            vault_dir,
            "--provider",
            "Dr. Ines Sample",
            "--diagnosis",
            "Fictional stage I tumour",
            "--treatment",
            "Surgery alone",
            "--options",
            "Active monitoring",
            "--notes",
            "Repeat the biopsy",
        )
        == 0
    )
    with content(vault_dir) as vault:
        linked = [o.opinion_provider_id for o in vault.content.opinions]
        ines = vault.content.case.opinion_providers[0].id
    assert linked == ["", ines]
    assert run("compare", vault_dir, out) == 0
    qpdf_check(out)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    for expected in (
        "Dr. Amara Placeholder",
        "Dr. Ines Sample",
        "Surgery alone",
        "Active monitoring",
        "Fictional stage II tumour",
    ):
        assert expected in text
    assert run("opinion", vault_dir, "--provider", "Dr. X") == 1  # nothing said


def test_checklist_json_tick_and_a_third_opinion(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def checklist(*extra: str) -> dict[str, dict[str, bool]]:
        capsys.readouterr()
        assert run("checklist", vault_dir, "--json", *extra) == 0
        data = json.loads(capsys.readouterr().out)
        return {p["provider"]: {i["key"]: i["done"] for i in p["items"]} for p in data["providers"]}

    before = checklist()
    assert set(before) == {"Dr. Ines Sample", "Dr. Teodor Mock"}
    ines = before["Dr. Ines Sample"]
    assert ines["pathology_added"] and ines["questions_written"]
    assert not ines["treatment_plan_added"] and not ines["office_told_second_opinion"]

    assert run("checklist", vault_dir, "--tick", "office_told_second_opinion") == 1
    assert "--id" in capsys.readouterr().err
    assert (
        run(
            "checklist",
            vault_dir,
            "--id",
            "Dr. Ines Sample",
            "--tick",
            "office_told_second_opinion",
        )
        == 0
    )
    after = checklist()
    assert after["Dr. Ines Sample"]["office_told_second_opinion"]
    assert not after["Dr. Teodor Mock"]["office_told_second_opinion"]
    assert (
        run("checklist", vault_dir, "--id", "Dr. Ines Sample", "--tick", "questions_written") == 1
    )

    assert (
        run(
            "start-opinion",
            vault_dir,
            "--provider",
            "Dr. Third Example",
            "--practice",
            "Elsewhere Clinic",
        )
        == 0
    )
    third = checklist("--id", "Dr. Third Example")
    (items,) = third.values()
    assert not items["office_told_second_opinion"]
    assert items["pathology_added"]  # vault-wide items carry over to the new provider

    capsys.readouterr()
    assert run("checklist", vault_dir, "--id", "Dr. Ines Sample") == 0
    text = capsys.readouterr().out
    assert "[x] Office told it is a second opinion" in text
    assert "[ ] Treatment plan added (auto)" in text


def test_insurer_answers_are_saved_and_tick_the_checklist(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("insurer", vault_dir) == 0
    out = capsys.readouterr().out
    assert "Referral needed: not checked yet" in out and "Call your insurer" in out
    with pytest.raises(SystemExit) as usage:
        run("insurer", vault_dir, "--referral-needed", "maybe")
    assert usage.value.code == 2
    assert "answer yes or no" in capsys.readouterr().err
    capsys.readouterr()
    assert (
        run(
            "insurer",
            vault_dir,
            "--name",
            "Example Health Fund",
            "--referral-needed",
            "yes",
            "--referral-obtained",
            "yes",
            "--reference",
            "REF-1",
            "--in-network",
            "no",
            "--cost",
            "a fictional amount",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Referral obtained: yes (reference REF-1)" in out
    assert "In network: no" in out
    assert "Call your insurer" not in out  # nothing left to ask
    with content(vault_dir) as vault:
        checks = vault.content.case.insurer
        assert (checks.referral_needed, checks.in_network) == (True, False)
        assert checks.checked_on is not None
    capsys.readouterr()
    assert run("checklist", vault_dir, "--id", "Dr. Ines Sample") == 0
    assert "[x] Insurer checked" in capsys.readouterr().out

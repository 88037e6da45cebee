"""A document whose pages were all left out is kept in the vault but left out of the packet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from organizer.cli import main
from organizer.commands import common
from organizer.core.vault import Vault
from tests.core.packet.helpers import fill_vault, page_texts, pdfinfo, qpdf_check
from tests.vault_helpers import TEST_PASSPHRASE, make_vault


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "has_terminal", lambda: False)
    monkeypatch.setenv(common.PASSPHRASE_ENV, TEST_PASSPHRASE)


def _export(vault_dir: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    args = ["export", str(vault_dir), str(out), "--date", "2026-11-29", "--json"]
    assert main(args) == 0
    summary: dict[str, object] = json.loads(capsys.readouterr().out)
    qpdf_check(out)
    assert pdfinfo(out)["Pages"] == str(summary["pages"])
    return summary


def test_export_leaves_out_a_document_with_no_pages_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _ = make_vault(tmp_path / "v")
    fill_vault(vault)
    vault.close()
    everything = _export(tmp_path / "v", tmp_path / "all.pdf", capsys)
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as opened:
        plan = next(d for d in opened.content.documents if d.title == "Plan")
        plan.included_pages.clear()  # the user unticked its only page
        opened.commit()
    left_out = _export(tmp_path / "v", tmp_path / "left-out.pdf", capsys)

    titles = [d["title"] for d in left_out["documents"]]  # type: ignore[attr-defined]
    assert titles == ["Pathology report", "Scanned letter"]
    # One page fewer (the plan's) and no contents line for it.
    assert int(pdfinfo(tmp_path / "all.pdf")["Pages"]) == int(str(everything["pages"]))
    assert int(pdfinfo(tmp_path / "left-out.pdf")["Pages"]) == int(str(everything["pages"])) - 1
    texts = page_texts(tmp_path / "left-out.pdf")
    assert "Plan" in page_texts(tmp_path / "all.pdf")[1] and "Plan" not in texts[1]
    # It is still safely in the vault, with its original.
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as reopened:
        plan = next(d for d in reopened.content.documents if d.title == "Plan")
        assert plan.included_pages == [] and plan.trashed_at is None
        assert len(reopened.read_blob(plan.parts[0].blob_id)) == plan.parts[0].size

"""A document whose pages were all left out stays out of packets, across saves and reopening."""

from __future__ import annotations

import json
from pathlib import Path

from organizer.core.model import SCHEMA_VERSION, Document, PagePart, Section, VaultContent
from organizer.core.vault import Vault
from tests.vault_helpers import TEST_PASSPHRASE, make_vault


def _part(pages: int) -> PagePart:
    return PagePart("1" * 32, "letter.pdf", "application/pdf", 100, "a" * 64, pages)


def _document_json(included: list[int] | None) -> dict[str, object]:
    doc = Document(section=Section.OTHER, title="Old letter", parts=[_part(3)])
    data = VaultContent(documents=[doc]).to_dict()["documents"][0]
    if included is None:
        del data["included_pages"]
    else:
        data["included_pages"] = included
    return data


def test_a_new_document_has_every_page_and_an_explicit_empty_choice_is_kept() -> None:
    assert Document(section=Section.OTHER, title="t", parts=[_part(3)]).included_pages == [0, 1, 2]
    none = Document(section=Section.OTHER, title="t", parts=[_part(3)], included_pages=[])
    assert none.included_pages == [] and none.no_pages_chosen
    assert none.rotations == [0, 0, 0]


def test_no_pages_chosen_survives_a_json_round_trip() -> None:
    content = VaultContent(
        documents=[Document(section=Section.OTHER, title="t", parts=[_part(2)], included_pages=[])]
    )
    data = json.loads(json.dumps(content.to_dict()))
    assert data["schema_version"] == SCHEMA_VERSION == 2
    loaded = VaultContent.from_dict(data)
    assert loaded == content and loaded.documents[0].included_pages == []


def test_an_empty_choice_written_by_schema_1_still_means_every_page() -> None:
    # Version 1 filled an empty (or missing) choice with every page when it read it.
    for included in ([], None):
        old = {"schema_version": 1, "documents": [_document_json(included)]}
        loaded = VaultContent.from_dict(old)
        assert loaded.documents[0].included_pages == [0, 1, 2]
    kept = {"schema_version": 1, "documents": [_document_json([2, 0])]}
    assert VaultContent.from_dict(kept).documents[0].included_pages == [2, 0]


def test_share_log_snapshots_of_schema_1_keep_their_pages() -> None:
    old = {
        "schema_version": 1,
        "share_log": [],
        "documents": [],
    }
    snapshot = {"documents": [_document_json([])]}
    entry = {
        "recipient": "Dr Fictional",
        "method": "file",
        "file_name": "p.pdf",
        "page_count": 4,
        "documents": [],
        "password_set": False,
        "sha256_file": "b" * 64,
        "sha256_unencrypted": "b" * 64,
        "prepared_on": "2026-11-29",
        "snapshot": snapshot,
    }
    old["share_log"] = [entry]
    loaded = VaultContent.from_dict(old)
    assert loaded.share_log[0].snapshot["documents"][0]["included_pages"] == [0, 1, 2]


def test_no_pages_chosen_survives_saving_and_reopening_the_vault(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    with vault:
        info = vault.write_blob(b"%PDF-1.4 fictional")
        part = PagePart(info.blob_id, "a.pdf", "application/pdf", info.size, info.sha256, 2)
        doc = Document(section=Section.RESULTS, title="Left out", parts=[part], included_pages=[])
        vault.content.documents.append(doc)
        vault.commit()
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as reopened:
        (kept,) = reopened.content.documents
        assert kept.included_pages == [] and kept.no_pages_chosen
        assert reopened.read_blob(kept.parts[0].blob_id) == b"%PDF-1.4 fictional"
        # Ticking a page back works like on any document.
        kept.included_pages.append(1)
        reopened.commit()
    with Vault.open(tmp_path / "v", TEST_PASSPHRASE) as again:
        assert again.content.documents[0].included_pages == [1]

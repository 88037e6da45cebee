"""Shared helpers for tests that need a vault: cheap, explicit KDF parameters (never a switch
in the app) and a fictional passphrase."""

from __future__ import annotations

from pathlib import Path

from organizer.core.model import Document, PagePart, Section
from organizer.core.vault import KdfParams, Vault

# 8 MiB, one pass, one lane: the cheapest the caps accept, passed explicitly to Vault.create.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
TEST_PASSPHRASE = "correct horse battery staple"


def make_vault(
    path: Path, passphrase: str = TEST_PASSPHRASE, state_dir: Path | None = None
) -> tuple[Vault, str]:
    """A new open vault in ``path`` and its recovery code."""
    return Vault.create(path, passphrase, kdf=FAST_KDF, state_dir=state_dir)


def add_document(vault: Vault, data: bytes, title: str = "Fictional lab report") -> Document:
    """Store ``data`` as a one-part PDF document and commit (no ingestion checks)."""
    info = vault.write_blob(data)
    part = PagePart(
        blob_id=info.blob_id,
        original_name="report.pdf",
        media_type="application/pdf",
        size=info.size,
        sha256=info.sha256,
        page_count=1,
    )
    doc = Document(section=Section.RESULTS, title=title, parts=[part])
    vault.content.documents.append(doc)
    vault.commit()
    return doc

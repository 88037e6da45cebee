"""Shared helpers for tests that need a vault: cheap, explicit KDF parameters (never a switch
in the app) and a fictional passphrase."""

from __future__ import annotations

from pathlib import Path

from organizer.core.vault import KdfParams, Vault

# 8 MiB, one pass, one lane: the cheapest the caps accept, passed explicitly to Vault.create.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
TEST_PASSPHRASE = "correct horse battery staple"


def make_vault(
    path: Path, passphrase: str = TEST_PASSPHRASE, state_dir: Path | None = None
) -> tuple[Vault, str]:
    """A new open vault in ``path`` and its recovery code."""
    return Vault.create(path, passphrase, kdf=FAST_KDF, state_dir=state_dir)

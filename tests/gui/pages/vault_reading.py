"""Reading back what the pages saved, as a reopened vault would show it."""

from __future__ import annotations

from typing import Any

from organizer.core.model import SCHEMA_VERSION, VaultContent
from organizer.gui.session import Session


def saved_content(session: Session) -> VaultContent:
    """The content of the vault's last commit, read back from what was stored."""
    vault: Any = session.vault
    if hasattr(vault, "commits"):  # the in-memory stand-in used until the vault is merged
        if not vault.commits:
            return VaultContent()
        return VaultContent.from_dict({"schema_version": SCHEMA_VERSION, **vault.commits[-1]})
    raise NotImplementedError


def commit_count(session: Session) -> int:
    vault: Any = session.vault
    return len(vault.commits)

"""Reading back what the pages saved.

``saved_content`` is what the last save committed (mid-test checks); ``reopened_content``
locks the session and opens the vault again from disk with its passphrase, as a user would
the next day.
"""

from __future__ import annotations

from typing import Any

from organizer.core.model import SCHEMA_VERSION, VaultContent
from organizer.gui.session import Session


def saved_content(session: Session) -> VaultContent:
    session.wait_for_saves()
    vault: Any = session.vault
    if hasattr(vault, "commits"):  # the in-memory stand-in used until the vault was merged
        if not vault.commits:
            return VaultContent()
        return VaultContent.from_dict({"schema_version": SCHEMA_VERSION, **vault.commits[-1]})
    # The real vault commits its working copy; read it back through its JSON form.
    return VaultContent.from_dict(vault.content.to_dict())


def reopened_content(session: Session) -> VaultContent:
    """Lock the session, open the vault folder again with the passphrase, read its content."""
    vault: Any = session.vault
    if hasattr(vault, "commits"):
        content = saved_content(session)
        session.lock()
        return content
    from organizer.core.vault import Vault
    from tests.vault_helpers import TEST_PASSPHRASE

    path = vault.path
    session.lock()
    with Vault.open(path, TEST_PASSPHRASE) as again:
        return VaultContent.from_dict(again.content.to_dict())

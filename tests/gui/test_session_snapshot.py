"""A save made in the background writes the content as it was when the save was asked for."""

from __future__ import annotations

from organizer.core.model import Medication
from organizer.core.vault import Vault
from organizer.gui import session as session_module
from organizer.gui.session import Session
from tests.vault_helpers import TEST_PASSPHRASE


def test_background_save_writes_a_frozen_copy_not_edits_made_meanwhile(
    qtbot, session: Session, monkeypatch
) -> None:
    monkeypatch.setattr(session_module, "FAST_COMMIT_S", -1.0)  # every commit counts as slow
    session.content.medications.append(Medication("First, fictional"))
    session.save("first")  # measured slow: later saves go to the background
    session.content.medications.append(Medication("Second, fictional"))
    session.save("second")
    # While that save runs, the window goes on editing; the edit is not in that save.
    session.content.medications.append(Medication("Third, not saved yet"))
    qtbot.waitUntil(lambda: not session.saving, timeout=10_000)

    vault = session.vault
    assert vault is not None
    path = vault.path
    names_now = [m.name for m in session.content.medications]
    session.lock()
    with Vault.open(path, TEST_PASSPHRASE) as reopened:
        saved = [m.name for m in reopened.content.medications]
    assert saved == ["First, fictional", "Second, fictional"]
    assert names_now[-1] == "Third, not saved yet"

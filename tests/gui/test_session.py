"""Session: saving quick and slow, vault jobs holding the vault, locking drops everything."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from organizer.core.model import Medication
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui.session import Session, SessionLocked


def test_save_commits_and_emits_changed(qtbot: QtBot, session: Session) -> None:
    session.content.medications.append(Medication(name="Examplamide"))
    with qtbot.waitSignal(session.changed, timeout=2000):
        session.save("medication added")
    assert session.content.medications[0].name == "Examplamide"
    # It is really in the vault: opened again, the medication is there.
    from organizer.core.vault import Vault
    from tests.vault_helpers import TEST_PASSPHRASE

    path = session.path
    session.lock()
    assert path is not None
    with Vault.open(path, TEST_PASSPHRASE) as reopened:
        assert [m.name for m in reopened.content.medications] == ["Examplamide"]


def test_slow_commits_move_to_the_background(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault: Any = session.vault
    real_commit = vault.commit
    threads: list[threading.Thread] = []

    def slow_commit(snapshot: Any = None) -> None:
        threads.append(threading.current_thread())
        time.sleep(0.08)
        real_commit(snapshot)

    monkeypatch.setattr(vault, "commit", slow_commit)
    with qtbot.waitSignal(session.changed, timeout=2000):
        session.save("first")  # measured slow, on the GUI thread
    assert threads[-1] is threading.main_thread()
    with qtbot.waitSignal(session.changed, timeout=2000):
        session.save("second")
    assert threads[-1] is not threading.main_thread()


def test_saves_wait_for_a_running_vault_job(qtbot: QtBot, session: Session) -> None:
    release = threading.Event()
    order: list[str] = []
    vault: Any = session.vault
    real_commit = vault.commit

    def recording_commit(snapshot: Any = None) -> None:
        order.append("commit")
        real_commit(snapshot)

    vault.commit = recording_commit

    def job(vault: Any, progress: ProgressCallback, cancel: CancelToken) -> str:
        release.wait(5)
        order.append("job")
        return "imported"

    results: list[str] = []
    session.run_vault_job(job, what="import", on_success=results.append)
    session.content.medications.append(Medication(name="Sampleol"))
    session.save("during import")
    assert order == []  # not committed while the job holds the vault
    release.set()
    qtbot.waitUntil(lambda: order == ["job", "commit"], timeout=3000)
    assert results == ["imported"]


def test_lock_drops_the_vault_and_cancels_jobs(qtbot: QtBot, session: Session) -> None:
    cancelled: list[BaseException] = []

    def endless(vault: Any, progress: ProgressCallback, cancel: CancelToken) -> None:
        while True:
            cancel.check()
            time.sleep(0.002)

    session.run_vault_job(endless, what="endless", on_failure=cancelled.append)
    vault: Any = session.vault
    with qtbot.waitSignal(session.locked, timeout=5000):
        session.lock()
    assert session.is_locked and cancelled
    assert not vault.is_open
    with pytest.raises(SessionLocked):
        _ = session.content
    with pytest.raises(SessionLocked):
        session.save("after lock")
    session.lock()  # locking twice is harmless

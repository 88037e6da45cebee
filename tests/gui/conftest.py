"""GUI test fixtures: leak guards for Qt timers and threads, and a Session over a new vault.

The guards follow napari's idea: every QTimer started and every QThread started during a test is
recorded, and the test fails if one is still running after its widgets were closed and deleted.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThread, QThreadPool, QTimer

from organizer.core.vault import Vault
from organizer.gui.session import Session


def _delete_closed_widgets() -> None:
    app = QCoreApplication.instance()
    if app is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def _dangling_qtimers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QTimer running or a single-shot timer pending."""
    started: list[weakref.ref[QTimer]] = []
    pending: dict[int, str] = {}
    counter = itertools.count()
    original_start = QTimer.start
    original_single_shot = QTimer.singleShot

    def start(self: QTimer, *args: Any) -> None:
        started.append(weakref.ref(self))
        original_start(self, *args)

    def single_shot(msec: int, *args: Any) -> None:
        if len(args) == 1 and callable(args[0]):
            key = next(counter)
            pending[key] = repr(args[0])
            target = args[0]

            def fire() -> None:
                pending.pop(key, None)
                target()

            original_single_shot(msec, fire)
        else:
            original_single_shot(msec, *args)

    monkeypatch.setattr(QTimer, "start", start)
    monkeypatch.setattr(QTimer, "singleShot", staticmethod(single_shot))
    yield
    _delete_closed_widgets()
    alive = []
    for ref in started:
        timer = ref()
        if timer is not None and shiboken6.isValid(timer) and timer.isActive():
            alive.append(timer.objectName() or repr(timer))
            timer.stop()
    if alive:
        pytest.fail(f"test left QTimers running: {alive}")
    if pending:
        pytest.fail(f"test left single-shot timers pending: {list(pending.values())}")


@pytest.fixture(autouse=True)
def _dangling_qthreads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QThread running or QThreadPool work active."""
    started: list[QThread] = []
    original_start = QThread.start

    def start(self: QThread, *args: Any) -> None:
        started.append(self)
        original_start(self, *args)

    monkeypatch.setattr(QThread, "start", start)
    yield
    running = [t for t in started if shiboken6.isValid(t) and t.isRunning()]
    for thread in running:
        thread.quit()
        thread.wait(2000)
    if running:
        pytest.fail(f"test left QThreads running: {running}")
    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount():
        pool.waitForDone(2000)
        pytest.fail("test left work running in the global QThreadPool")


@pytest.fixture
def session(new_vault: Vault, qapp: Any) -> Iterator[Session]:
    """A Session over a new, empty vault (cheap KDF); locked at the end of the test."""
    session = Session(new_vault, new_vault.path)
    yield session
    session.lock()


@pytest.fixture(autouse=True)
def _fresh_app_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: Any) -> None:
    """Each test starts with no app settings and never writes shared ones."""
    folder = tmp_path_factory.mktemp("app-config")
    monkeypatch.setattr("organizer.gui.settings.config_dir", lambda: folder)
    data = tmp_path_factory.mktemp("app-data")
    monkeypatch.setattr("organizer.gui.settings.default_vault_folder", lambda: data / "My records")
    monkeypatch.setattr(
        "organizer.gui.start.start_window.default_vault_folder", lambda: data / "My records"
    )


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A modal dialog nobody expected fails the test instead of hanging it.

    Tests that expect a dialog replace the function in organizer.gui.dialogs themselves.
    """
    from organizer.gui import dialogs, errors

    shown: list[str] = []

    def unexpected(name: str) -> Any:
        def show(*args: Any, **kwargs: Any) -> Any:
            shown.append(f"{name}{args[1:3]}")
            raise AssertionError(f"unexpected dialog: {name}{args[1:3]}")

        return show

    for name in (
        "choose_files_to_add",
        "choose_folder",
        "choose_save_file",
        "ask_yes_no",
        "inform",
        "warn",
        "ask_text",
        "run",
    ):
        monkeypatch.setattr(dialogs, name, unexpected(name))
    monkeypatch.setattr(errors, "show_error_dialog", unexpected("error dialog"))
    yield shown

"""One open vault as the GUI sees it: the working copy, saving, background vault jobs, locking.

Pages change ``session.content`` on the GUI thread and call ``session.save("what changed")``.
A save commits on the GUI thread while commits are quick; once one was slow (a large index,
or a slow disk), saves go through the background helper instead, coalesced so at most one runs.
Jobs that use the vault for long (import, export, backup) run through ``run_vault_job`` and hold
the vault while they work; saves asked for meanwhile are made when the job ends.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from organizer.core.errors import UserError
from organizer.core.model import VaultContent
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui.background import BackgroundRunner, Job

log = logging.getLogger(__name__)

# A commit slower than this moves later saves off the GUI thread (a frame is ~16 ms; 50 ms is
# still felt as instant when typing pauses, 100 ms is the app's stall budget).
FAST_COMMIT_S = 0.05


class OpenVault(Protocol):
    """What the GUI needs of ``organizer.core.vault.Vault`` (see docs/architecture.md)."""

    content: VaultContent

    def commit(self, snapshot: VaultContent | None = None) -> None: ...

    def purge_expired_trash(self) -> None: ...

    def read_blob(self, blob_id: str) -> bytes: ...

    def close(self) -> None: ...


def frozen_copy(content: VaultContent) -> VaultContent:
    """A deep copy of ``content``; share-log snapshots are never changed, so they are shared."""
    shared: dict[int, Any] = {id(entry.snapshot): entry.snapshot for entry in content.share_log}
    return copy.deepcopy(content, shared)


class SessionLocked(UserError):
    def __init__(self) -> None:
        super().__init__("The vault is locked. Unlock it to see your records.")


class Session(QObject):
    """Wraps an open vault for the GUI. Emits ``changed`` after each saved change."""

    changed = Signal()
    locked = Signal()
    save_failed = Signal(str)  # a plain-words message
    busy_changed = Signal(bool)  # a vault job started / all ended

    def __init__(
        self,
        vault: OpenVault,
        path: Path | None = None,
        *,
        demo: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault: OpenVault | None = vault
        self.path = path
        self.demo = demo
        self.jobs = BackgroundRunner(self)
        self.jobs.busy_changed.connect(self.busy_changed)
        # Held by whoever commits or runs a long vault job (GUI thread or a worker).
        self._vault_lock = threading.RLock()
        self._vault_jobs = 0
        self._pending_saves: list[str] = []
        self._save_job: Job | None = None
        self._commits_are_slow = False

    # -- state ---------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.vault is None

    @property
    def content(self) -> VaultContent:
        """The working copy of everything in the vault. Change it, then call ``save``."""
        return self._open_vault().content

    def read_blob(self, blob_id: str) -> bytes:
        return self._open_vault().read_blob(blob_id)

    def _open_vault(self) -> OpenVault:
        if self.vault is None:
            raise SessionLocked()
        return self.vault

    # -- saving --------------------------------------------------------------------------------
    def save(self, what: str) -> None:
        """Commit the working copy. ``what`` says what changed (for the log, no medical text)."""
        self._open_vault()
        self._pending_saves.append(what)
        self._flush()

    def _flush(self) -> None:
        if not self._pending_saves or self.vault is None:
            return
        if self._vault_jobs or self._save_job is not None:
            return  # made when the running job ends
        if self._commits_are_slow:
            self._save_in_background()
            return
        whats, self._pending_saves = self._pending_saves, []
        try:
            self._timed_commit()
        except Exception as exc:
            self._report_save_failure(whats, exc)
            return
        self.changed.emit()

    def _timed_commit(self, snapshot: VaultContent | None = None) -> None:
        vault = self._open_vault()
        started = time.monotonic()
        with self._vault_lock:
            vault.commit(snapshot)
        elapsed = time.monotonic() - started
        self._commits_are_slow = elapsed > FAST_COMMIT_S
        if self._commits_are_slow:
            log.info("commit took %.0f ms; later saves run in the background", elapsed * 1000)

    def _save_in_background(self) -> None:
        whats, self._pending_saves = self._pending_saves, []
        # The GUI thread goes on editing the working copy while the worker writes: the worker
        # gets a frozen copy taken here, so it never saves a half-made edit.
        vault = self._open_vault()
        vault.purge_expired_trash()
        snapshot = frozen_copy(vault.content)

        def commit(progress: ProgressCallback, cancel: CancelToken) -> None:
            self._timed_commit(snapshot)

        def done(_result: object) -> None:
            self._save_job = None
            self.changed.emit()
            self._flush()

        def failed(exc: BaseException) -> None:
            self._save_job = None
            self._report_save_failure(whats, exc)

        self._save_job = self.jobs.run(commit, what="save", on_success=done, on_failure=failed)

    def _report_save_failure(self, whats: list[str], exc: BaseException) -> None:
        log.error("saving failed (%s): %s", ", ".join(whats), type(exc).__name__)
        detail = str(exc) if isinstance(exc, UserError) else ""
        self.save_failed.emit(
            self.tr("Your last change could not be saved. It is kept in this window; ")
            + self.tr("try again, or check that the vault's drive is connected.")
            + (f" ({detail})" if detail else "")
        )

    @property
    def saving(self) -> bool:
        """True while a change is waiting to be saved or being saved in the background."""
        return bool(self._pending_saves) or self._save_job is not None

    def wait_for_saves(self, timeout_s: float = 30.0) -> None:
        """Block until saves running in the background are done (used before closing)."""
        while self._save_job is not None and timeout_s > 0:
            self.jobs.wait_all(timeout_s)
            timeout_s -= 1

    # -- long vault jobs -----------------------------------------------------------------------
    def run_vault_job(
        self,
        fn: Callable[[OpenVault, ProgressCallback, CancelToken], Any],
        *,
        what: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Job:
        """Run ``fn(vault, progress, cancel)`` in the background, holding the vault meanwhile.

        On success ``changed`` is emitted (the job may have committed new content).
        """
        vault = self._open_vault()
        lock = self._vault_lock

        def work(progress: ProgressCallback, cancel: CancelToken) -> Any:
            with lock:
                return fn(vault, progress, cancel)

        def ended() -> None:
            self._vault_jobs -= 1
            if self.vault is not None:
                self._flush()

        def succeeded(result: Any) -> None:
            if self.vault is not None:
                self.changed.emit()
            if on_success is not None:
                on_success(result)

        self._vault_jobs += 1
        job = self.jobs.run(
            work, what=what, on_success=succeeded, on_failure=on_failure, on_progress=on_progress
        )
        # Connected after the user's callbacks: pending saves are made once the job has ended.
        job.finished.connect(ended)
        return job

    # -- locking -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Stop jobs, save what is pending, drop the vault (and its keys), emit ``locked``."""
        vault = self.vault
        if vault is None:
            return
        self.jobs.cancel_all()
        self.jobs.wait_all()
        if self._pending_saves:
            try:
                with self._vault_lock:
                    vault.commit()
                self._pending_saves.clear()
            except Exception as exc:
                log.error("saving before locking failed: %s", type(exc).__name__)
        self.vault = None
        try:
            vault.close()
        finally:
            self.locked.emit()

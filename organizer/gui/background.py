"""The one background-operation helper: long work off the GUI thread, results back on it.

Every long job in the app (import, export, backup, slow saves) goes through
``BackgroundRunner.run``. A job is a plain callable ``fn(progress, cancel) -> result`` taking
the core's ``ProgressCallback`` and ``CancelToken``. It runs on its own Python thread (joined
when it ends, so nothing is left running behind); its progress, success and failure are
delivered on the GUI thread through queued Qt signals. Progress reports are thinned to a few
per second so a chatty job cannot flood the event loop.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from organizer.core.errors import Cancelled
from organizer.core.progress import CancelToken, ProgressCallback

log = logging.getLogger(__name__)

JobFunction = Callable[[ProgressCallback, CancelToken], Any]

# Fewer progress updates than this interval apart are dropped (the last one always arrives).
_PROGRESS_INTERVAL_S = 0.05


class _Failure:
    """Wraps the exception a job raised, so a job may also *return* an exception object."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Job(QObject):
    """A handle on one background job. Signals and callbacks arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    # Emitted from the worker thread; queued to the slots below (this object lives in the GUI
    # thread). Success and failure share one signal; a failure arrives wrapped in _Failure.
    _report = Signal(int, int, str)
    _done = Signal(object)

    def __init__(self, what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.cancel_token = CancelToken()
        self.result: Any = None
        self.error: BaseException | None = None
        self.error_details = ""
        self._thread: threading.Thread | None = None
        self._finished = False
        self._last_report = 0.0
        self._report.connect(self._on_report)
        self._done.connect(self._on_done)

    @property
    def is_finished(self) -> bool:
        """True once the result (or failure) has been delivered on the GUI thread."""
        return self._finished

    @property
    def was_cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)

    def cancel(self) -> None:
        """Ask the job to stop at its next safe step (it reports failure with ``Cancelled``)."""
        self.cancel_token.cancel()

    def join(self, timeout_s: float | None = None) -> bool:
        """Wait for the worker thread to end (not for delivery). True if it has ended."""
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True

    # -- worker side ---------------------------------------------------------------------------
    def _start(self, fn: JobFunction) -> None:
        self._thread = threading.Thread(
            target=self._work, args=(fn,), name=f"job: {self.what}", daemon=False
        )
        self._thread.start()

    def _work(self, fn: JobFunction) -> None:
        try:
            result = fn(self._progress, self.cancel_token)
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._done.emit(_Failure(exc))
        else:
            self._done.emit(result)

    def _progress(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= _PROGRESS_INTERVAL_S:
            self._last_report = now
            self._report.emit(done, total, what)

    # -- GUI side ------------------------------------------------------------------------------
    @Slot(int, int, str)
    def _on_report(self, done: int, total: int, what: str) -> None:
        if not self._finished:
            self.progressed.emit(done, total, what)

    @Slot(object)
    def _on_done(self, payload: object) -> None:
        self.join()  # the worker has emitted its last signal; this returns at once
        self._thread = None
        self._finished = True
        if not isinstance(payload, _Failure):
            self.result = payload
            self.succeeded.emit(payload)
        else:
            error = payload.error
            # Keep the details as text and drop the traceback: its frames point back at this
            # object, and a reference cycle could let the garbage collector destroy a QObject
            # on a worker thread.
            self.error_details = "".join(traceback.format_exception(error))
            error.__traceback__ = None
            self.error = error
            if not isinstance(error, Cancelled):
                log.warning("background job %r failed: %s", self.what, type(error).__name__)
            self.failed.emit(error)
        self.finished.emit()


class BackgroundRunner(QObject):
    """Starts jobs and keeps them until they are delivered; cancels and waits for all on close."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []

    @property
    def jobs(self) -> list[Job]:
        return list(self._jobs)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        fn: JobFunction,
        *,
        what: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Job:
        """Run ``fn(progress, cancel)`` off the GUI thread; callbacks run on the GUI thread."""
        # No Qt parent: the runner holds it until delivered, then Python owns it (a deleteLater
        # here would pull the object from under callers still connected to its signals).
        job = Job(what)
        if on_progress is not None:
            job.progressed.connect(on_progress)
        if on_success is not None:
            job.succeeded.connect(on_success)
        if on_failure is not None:
            job.failed.connect(on_failure)
        job.finished.connect(self._on_job_finished)
        was_busy = self.busy
        self._jobs.append(job)
        if not was_busy:
            self.busy_changed.emit(True)
        job._start(fn)
        return job

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def wait_all(self, timeout_s: float = 30.0) -> bool:
        """Block until every worker thread has ended, then deliver their results.

        Used when the window closes or the vault locks. True if all ended in time.
        """
        deadline = time.monotonic() + timeout_s
        for job in list(self._jobs):
            if not job.join(max(0.0, deadline - time.monotonic())):
                return False
        # Deliver the queued results now, so nothing arrives after the caller moved on.
        from PySide6.QtCore import QCoreApplication

        while self._jobs and time.monotonic() < deadline:
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        return not self._jobs

    @Slot()
    def _on_job_finished(self) -> None:
        job = self.sender()
        if job in self._jobs:
            self._jobs.remove(job)
        if not self._jobs:
            self.busy_changed.emit(False)

"""Adding files: runs the core's import in the background and reports each file's result.

The core asks for a protected PDF's password from its worker thread; ``_PasswordBridge`` shows
the question on the GUI thread and hands the answer back, so the window never freezes.
"""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from organizer.core.model import Section
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui import dialogs
from organizer.gui.background import Job
from organizer.gui.session import OpenVault, Session

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff", ".webp", ".bmp"}


class _PasswordBridge(QObject):
    """Asks for a PDF's password on the GUI thread on behalf of the import worker."""

    _ask = Signal(str, object)  # file name, [answer holder]

    def __init__(self, parent_widget: QWidget | None) -> None:
        # Made on the GUI thread, so its slot runs there; the worker sets ``cancel``.
        super().__init__()
        self.parent_widget = parent_widget
        self.cancel = CancelToken()
        self._ask.connect(self._on_ask, Qt.ConnectionType.QueuedConnection)

    def __call__(self, path: Path) -> str | None:
        """Called on the worker thread: blocks until the user answered (or cancelled)."""
        holder: dict[str, Any] = {"event": threading.Event(), "answer": None}
        self._ask.emit(path.name, holder)
        while not holder["event"].wait(0.1):
            if self.cancel.cancelled:
                return None
        answer: str | None = holder["answer"]
        return answer

    @Slot(str, object)
    def _on_ask(self, name: str, holder: dict[str, Any]) -> None:
        try:
            if not self.cancel.cancelled:
                holder["answer"] = dialogs.ask_text(
                    self.parent_widget,
                    self.tr("Password needed"),
                    self.tr("“%1” is protected by a password. Type it to add the file:").replace(
                        "%1", name
                    ),
                    secret=True,
                )
        finally:
            holder["event"].set()


class ImportController(QObject):
    """Starts imports; the import panel listens to its signals."""

    started = Signal(int)  # number of paths given
    progressed = Signal(int, int, str)
    finished = Signal(object)  # ImportSummary, or None after a failure
    failed = Signal(str)

    def __init__(self, session: Session, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        self.job: Job | None = None
        self.last_paths: list[Path] = []

    @property
    def running(self) -> bool:
        return self.job is not None

    def import_paths(
        self, paths: list[Path], section: Section | None = None, *, as_one: bool | None = None
    ) -> Job | None:
        """Import files and folders. Several pictures may be combined into one document."""
        paths = [p for p in paths if p.exists()]
        if not paths or self.session.is_locked:
            return None
        if self.running:
            dialogs.inform(
                self.parent_widget,
                self.tr("Adding files"),
                self.tr("Files are being added already. Wait until that is done, then try again."),
            )
            return None
        if as_one is None:
            as_one = self._ask_combine(paths)
        bridge = _PasswordBridge(self.parent_widget)

        def work(vault: OpenVault, progress: ProgressCallback, cancel: CancelToken) -> Any:
            # Imported here, on the worker: loading the PDF and image libraries the first
            # time takes long enough to freeze the window if done on the GUI thread.
            ingest: Any = importlib.import_module("organizer.core.ingest")

            bridge.cancel = cancel
            options = ingest.ImportOptions(section=section, as_one=as_one, pdf_password=bridge)
            return ingest.import_files(vault, paths, options, progress, cancel)

        self._bridge = bridge  # kept alive until the job ends
        self.last_paths = list(paths)
        self.started.emit(len(paths))
        self.job = self.session.run_vault_job(
            work,
            what="import",
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._progress,
        )
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _ask_combine(self, paths: list[Path]) -> bool:
        images = [p for p in paths if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES]
        if len(images) < 2 or len(images) != len(paths):
            return False
        return dialogs.ask_yes_no(
            self.parent_widget,
            self.tr("Several pictures"),
            self.tr(
                "You are adding %1 pictures. Are they the pages of one document (for example "
                "photos of a letter), or separate documents?"
            ).replace("%1", str(len(images))),
            yes=self.tr("One document"),
            no=self.tr("Separate documents"),
        )

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progressed.emit(done, total, name)

    def _done(self, summary: Any) -> None:
        self.job = None
        self.finished.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        from organizer.core.errors import Cancelled, OrganizerError

        if isinstance(exc, Cancelled):
            self.failed.emit(self.tr("Adding files was cancelled. Files already added are kept."))
        elif isinstance(exc, OrganizerError):
            self.failed.emit(str(exc))
        else:
            self.failed.emit(self.tr("Adding files stopped because of an unexpected problem."))
        self.finished.emit(None)

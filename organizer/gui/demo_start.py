"""``second-opinion --demo``: a small window at once, the demo vault built in the background.

Building the fictional case (a vault, made-up scans and PDFs imported) takes a few seconds; the
user sees "Preparing the fictional demo case..." with progress meanwhile, then the main window.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from organizer import APP_NAME
from organizer.core.progress import ProgressCallback, no_progress
from organizer.gui.a11y import named
from organizer.gui.background import BackgroundRunner
from organizer.gui.session import OpenVault, Session

log = logging.getLogger(__name__)


def build_demo_vault(folder: Path, progress: ProgressCallback = no_progress) -> tuple[Any, Path]:
    """A new vault in ``folder`` holding the fictional demo case, open; and its path."""
    from organizer.core.demo import create_demo_vault
    from organizer.core.vault.kdf import FLOOR

    passphrase = secrets.token_urlsafe(24)  # nobody needs it: the demo opens unlocked
    path = folder / "Demo vault"
    vault, _code = create_demo_vault(path, passphrase, FLOOR, progress=progress)
    return vault, path


class DemoStartWindow(QWidget):
    """Says the demo is being prepared; emits ``ready(session)`` once it is open.

    Closing it before then stops waiting: the vault is closed when it arrives and the app ends.
    """

    ready = Signal(object)

    def __init__(
        self,
        folder: Path,
        build: Callable[[Path, ProgressCallback], tuple[Any, Path]] = build_demo_vault,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.folder = folder
        self._build = build
        self._abandoned = False
        self.jobs = BackgroundRunner(self)
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("Preparing the fictional demo case..."), self)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.message.setFont(font)
        layout.addWidget(self.message)
        self.progress = named(
            QProgressBar(self),
            self.tr("Demo preparation progress"),
            self.tr("How far the made-up records are prepared."),
        )
        self.progress.setRange(0, 0)  # busy until the first report
        layout.addWidget(self.progress)
        self.close_button = named(
            QPushButton(self.tr("&Close"), self),
            self.tr("Close the demo"),
            self.tr("Stop and close the app."),
        )
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())

    def start(self) -> None:
        self.show()
        folder, build = self.folder, self._build
        self.jobs.run(
            lambda progress, cancel: build(folder, progress),
            what="build demo vault",
            on_success=self._built,
            on_failure=self._failed,
            on_progress=self._progressed,
        )

    def _progressed(self, done: int, total: int, _what: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _built(self, result: tuple[OpenVault, Path]) -> None:
        vault, path = result
        if self._abandoned:
            vault.close()
            return
        session = Session(vault, path, demo=True)
        self.ready.emit(session)
        self.hide()

    def _failed(self, error: BaseException) -> None:
        log.error("demo could not be prepared: %s", type(error).__name__)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message.setText(
            self.tr("The demo could not be prepared. Your own records are not affected. ")
            + self.tr("Please close this window and try again.")
        )
        self.close_button.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The build cannot be interrupted half-way safely; wait for it (seconds at most).
        self._abandoned = True
        self.jobs.cancel_all()
        self.jobs.wait_all()
        super().closeEvent(event)

"""Starting the desktop app: QApplication, logging, error dialog, windows, demo mode."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from organizer import APP_ID, APP_NAME, __version__
from organizer.core.resources import resource_path
from organizer.gui import errors
from organizer.gui.demo_start import DemoStartWindow, build_demo_vault
from organizer.gui.help import HelpWindow
from organizer.gui.main_window import MainWindow
from organizer.gui.platform.session_lock import SystemLockSignals, system_lock_signals
from organizer.gui.session import Session
from organizer.gui.settings import AppSettings, log_dir
from organizer.gui.start.start_window import StartWindow
from organizer.gui.translations import install_translators
from organizer.gui.vault_access import VaultAccess
from organizer.gui.warmup import load_libraries

log = logging.getLogger(__name__)


def setup_logging(folder: Path | None = None) -> Path:
    """A rotating log of what the app did (never titles, names or document text)."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "second-opinion.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def app_icon() -> QIcon:
    try:
        return QIcon(str(resource_path("icons", "app-icon.svg")))
    except FileNotFoundError:
        return QIcon()


class AppController(QObject):
    """Shows the start window, then the main window; back to unlocking after a lock."""

    def __init__(
        self,
        access: VaultAccess,
        settings: AppSettings,
        *,
        lock_signals: SystemLockSignals | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = access
        self.settings = settings
        self.lock_signals = lock_signals
        self.start = StartWindow(access, settings)
        self.start.setWindowIcon(app_icon())
        self.start.opened.connect(self.open_main)
        self.main: MainWindow | None = None
        self.help_window: HelpWindow | None = None
        self._last_folder: Path | None = None
        # While the start window waits for the passphrase, load the document libraries.
        self.start.jobs.run(load_libraries, what="load libraries")

    def show(self) -> None:
        self.start.show()

    def open_main(self, session: Session) -> MainWindow:
        self._last_folder = session.path
        window = MainWindow(
            session,
            idle_ms=self.settings.idle_lock_minutes * 60_000,
            lock_signals=self.lock_signals,
        )
        window.setWindowIcon(app_icon())
        window.apply_settings(self.settings)
        window.closed_by_lock.connect(self._locked)
        window.help_requested.connect(self.show_help)
        self.main = window
        self.start.hide()
        window.show()
        for message in getattr(session.vault, "warnings", []) or []:
            window.statusBar().showMessage(str(message), 20000)
        return window

    def show_help(self) -> HelpWindow:
        """The user guide in its own window (kept open across locks: it holds no records)."""
        if self.help_window is None:
            self.help_window = HelpWindow()
            self.help_window.setWindowIcon(app_icon())
        self.help_window.show_guide()
        return self.help_window

    def _locked(self) -> None:
        if self.main is not None:
            self.main.deleteLater()
        self.main = None
        self.start.show_start(self._last_folder, auto_open=False)
        self.start.show()
        self.start.raise_()


def _demo_session(folder: Path) -> Session:
    """A temporary vault holding the fictional demo case, open (built on the calling thread)."""
    vault, path = build_demo_vault(folder)
    return Session(vault, path, demo=True)


def run_app(demo: bool = False, argv: list[str] | None = None) -> int:
    os.umask(0o077)  # anything the app writes is for this user only
    log_path = setup_logging()
    log.info("%s %s starting (demo=%s)", APP_NAME, __version__, demo)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    errors.install()
    translators = install_translators(app)  # noqa: F841 - kept alive while the app runs
    settings = AppSettings.load()
    controller = AppController(
        VaultAccess(), settings, lock_signals=system_lock_signals(app) if not demo else None
    )
    temp: tempfile.TemporaryDirectory[str] | None = None
    preparing: DemoStartWindow | None = None
    if demo:
        # A window at once; the fictional case is built in the background (a few seconds).
        temp = tempfile.TemporaryDirectory(prefix="second-opinion-demo-")
        preparing = DemoStartWindow(Path(temp.name))
        preparing.setWindowIcon(app_icon())
        preparing.ready.connect(controller.open_main)
        preparing.start()
    else:
        controller.show()
    code = app.exec()
    if preparing is not None:
        preparing.jobs.wait_all()
    if controller.main is not None and not controller.main.session.is_locked:
        controller.main.session.lock()
    if temp is not None:
        temp.cleanup()
    log.info("closed (log: %s)", log_path.name)
    return int(code)

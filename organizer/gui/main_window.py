"""The main window: sidebar, pages, documents with preview, import, menus, locking."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from organizer import APP_NAME
from organizer.core.model import Section
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui import dialogs
from organizer.gui.documents.import_panel import ImportPanel
from organizer.gui.documents.importing import ImportController
from organizer.gui.documents.page import DocumentsPage
from organizer.gui.documents.paste import picture_document
from organizer.gui.drop import DropHandler
from organizer.gui.idle import IdleWatcher
from organizer.gui.labels import tr_label
from organizer.gui.page_registry import dialog_class, make_page, open_dialog
from organizer.gui.platform.session_lock import SystemLockSignals
from organizer.gui.session import OpenVault, Session
from organizer.gui.sidebar import Sidebar

log = logging.getLogger(__name__)

DOCUMENT_KEYS = ("all", "section:results", "section:surgery", "section:treatment", "section:other")


class MainWindow(QMainWindow):
    """Emits ``closed_by_lock`` when the vault locked (idle, sleep, "Lock now")."""

    closed_by_lock = Signal()
    help_requested = Signal()

    def __init__(
        self,
        session: Session,
        *,
        idle_ms: int = 5 * 60_000,
        lock_signals: SystemLockSignals | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._closing = False
        self.setWindowTitle(self._title())
        self.resize(1100, 720)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(4, 4, 4, 4)
        self.demo_banner = QLabel(self.tr("Demo - fictional data"), central)
        self.demo_banner.setObjectName("demo banner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text);"
            " font-weight: bold; padding: 6px; }"
        )
        self.demo_banner.setVisible(session.demo)
        outer.addWidget(self.demo_banner)
        self.drop_hint = QLabel(central)
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setStyleSheet(
            "QLabel { border: 2px dashed palette(highlight); padding: 10px; font-weight: bold; }"
        )
        self.drop_hint.hide()
        outer.addWidget(self.drop_hint)

        self.sidebar = Sidebar(session, central)
        self.stack = QStackedWidget(central)
        self.documents = DocumentsPage(session, self.stack)
        self.stack.addWidget(self.documents)
        self.pages: dict[str, QWidget] = {}
        for entry in self.sidebar.entries:
            if entry.key in DOCUMENT_KEYS:
                self.pages[entry.key] = self.documents
            else:
                page = make_page(entry.key, tr_label(entry.label), session, self.stack)
                self.pages[entry.key] = page
                self.stack.addWidget(page)
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 1000])
        outer.addWidget(splitter, 1)
        self.importer = ImportController(session, self)
        self.import_panel = ImportPanel(self.importer, central)
        self.importer.finished.connect(self._import_finished)
        outer.addWidget(self.import_panel)
        self.setCentralWidget(central)

        self.sidebar.page_chosen.connect(self.show_page)
        self.drops = DropHandler(
            self, self.sidebar, self.drop_hint, self.current_section, self.add_paths
        )
        self._build_menus()
        self.statusBar()
        session.save_failed.connect(self._save_failed)
        session.locked.connect(self._on_locked)
        self.idle = IdleWatcher(idle_ms, self)
        self.idle.idle.connect(self._idle)
        self.lock_signals = lock_signals
        if lock_signals is not None:
            lock_signals.lock_requested.connect(self._system_lock)
        for page in set(self.pages.values()):
            # Pages that point elsewhere ("write the answers under Case overview"), and the
            # "make a packet for the new doctor" offer after asking one more doctor.
            open_page = getattr(page, "open_page", None)
            if open_page is not None:
                open_page.connect(self.sidebar.choose)
            packet_wanted = getattr(page, "packet_wanted", None)
            if packet_wanted is not None:
                packet_wanted.connect(self.make_packet_for)
        settings_page = self.pages.get("settings")
        saved = getattr(settings_page, "settings_saved", None)
        if saved is not None:  # the Settings page changed the lock settings
            saved.connect(self.apply_settings)
        self.lock_on_sleep = True
        self.sidebar.choose("all")
        self.sidebar.setFocus()

    def _title(self) -> str:
        name = self.session.path.name if self.session.path else ""
        demo = self.tr(" (demo)") if self.session.demo else ""
        return f"{name}{demo} — {APP_NAME}" if name else APP_NAME

    # -- menus ---------------------------------------------------------------------------------
    def _action(self, text: str, keys: Any, slot: Any, tip: str) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.add_action = self._action(
            self.tr("&Add files..."),
            QKeySequence.StandardKey.Open,
            self.choose_files,
            self.tr("Add scans, photos and PDFs to your records."),
        )
        self.paste_action = self._action(
            self.tr("&Paste picture"),
            QKeySequence.StandardKey.Paste,
            self.paste_picture,
            self.tr("Add a picture copied from another program (a screenshot, for example)."),
        )
        self.packet_action = self._action(
            self.tr("&Make a packet..."),
            QKeySequence("Ctrl+E"),
            lambda: self.sidebar.choose("export"),
            self.tr("Choose what goes in the PDF packet for the doctor, and make it."),
        )
        self.lock_action = self._action(
            self.tr("&Lock now"),
            QKeySequence("Ctrl+L"),
            lambda: self.lock_now("user"),
            self.tr("Close your records; the passphrase is needed to open them again."),
        )
        self.quit_action = self._action(
            self.tr("&Quit"),
            QKeySequence.StandardKey.Quit,
            self.close,
            self.tr("Lock the vault and close the app."),
        )
        self.backup_action = self._action(
            self.tr("&Back up the vault..."),
            None,
            lambda: self.open_dialog("backup"),
            self.tr("Copy the encrypted vault to a USB drive or folder, and check the copy."),
        )
        self.backup_action.setVisible(dialog_class("backup") is not None)
        for action in (self.add_action, self.paste_action, self.packet_action):
            file_menu.addAction(action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        for number, entry in enumerate(self.sidebar.entries, start=1):
            keys = QKeySequence(f"Ctrl+{number}") if number <= 9 else None
            go_menu.addAction(
                self._action(
                    tr_label(entry.label),
                    keys,
                    lambda _=False, k=entry.key: self.sidebar.choose(k),
                    self.tr("Show %1").replace("%1", tr_label(entry.label)),
                )
            )
        search = self._action(
            self.tr("&Find documents"),
            QKeySequence.StandardKey.Find,
            self.focus_search,
            self.tr("Search your documents."),
        )
        go_menu.addSeparator()
        go_menu.addAction(search)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("User &guide"),
                QKeySequence.StandardKey.HelpContents,
                self.help_requested.emit,
                self.tr("Open the user guide."),
            )
        )
        self.about_action = self._action(
            self.tr("&About Second Opinion Organizer"),
            None,
            lambda: self.open_dialog("about"),
            self.tr("Version, licence and the libraries the app uses."),
        )
        self.about_action.setVisible(dialog_class("about") is not None)
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main actions"))
        toolbar.setObjectName("main toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.add_action)
        toolbar.addAction(self.packet_action)
        toolbar.addAction(self.lock_action)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:  # toolbar buttons are named after their action
                button.setAccessibleName(
                    self.tr("%1 (toolbar)").replace(
                        "%1", action.text().replace("&", "").rstrip(".")
                    )
                )
                button.setAccessibleDescription(action.toolTip())

    # -- pages ---------------------------------------------------------------------------------
    def open_dialog(self, key: str) -> QWidget | None:
        if self.session.is_locked:
            return None
        return open_dialog(key, self.session, self)

    def show_page(self, key: str) -> None:
        page = self.pages[key]
        if page is self.documents:
            self.documents.set_section(self.sidebar.entry(key).section)
        self.stack.setCurrentWidget(page)

    def make_packet_for(self, recipient: str) -> None:
        """Show "Make a packet" with ``recipient`` filled in."""
        prepare = getattr(self.pages.get("export"), "prepare_for", None)
        if prepare is not None:
            prepare(recipient)
        self.sidebar.choose("export")

    def current_section(self) -> Section | None:
        entry = self.sidebar.current_entry()
        return entry.section

    def focus_search(self) -> None:
        if self.stack.currentWidget() is not self.documents:
            self.sidebar.choose("all")
        self.documents.search.setFocus()
        self.documents.search.selectAll()

    # -- adding --------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = dialogs.choose_files_to_add(self)
        if paths:
            self.add_paths(paths, self.current_section())

    def add_paths(self, paths: list[Path], section: Section | None) -> None:
        if section is not None and self.sidebar.current_entry().section != section:
            key = next(e.key for e in self.sidebar.entries if e.section == section)
            self.sidebar.choose(key)
        elif section is None and self.stack.currentWidget() is not self.documents:
            self.sidebar.choose("all")  # so the new documents can be seen
        self.importer.import_paths(paths, section)

    def _import_finished(self, summary: Any) -> None:
        """Show the first new document, so the user sees what came in."""
        ids = list(getattr(summary, "document_ids", []) or [])
        if ids and not self.session.is_locked and self.stack.currentWidget() is self.documents:
            self.documents.select_document(ids[0])

    def paste_picture(self) -> None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.statusBar().showMessage(self.tr("There is no picture to paste."), 5000)
            return
        section = self.current_section() or Section.OTHER
        title = self.tr("Pasted picture")

        def work(vault: OpenVault, progress: ProgressCallback, cancel: CancelToken) -> str:
            doc = picture_document(vault, image, section, title)
            vault.content.documents.append(doc)
            vault.commit()
            return doc.id

        self.session.run_vault_job(
            work,
            what="paste picture",
            on_success=self.documents.select_document,
            on_failure=lambda exc: dialogs.warn(
                self, self.tr("Paste picture"), self.tr("The picture could not be added.")
            ),
        )

    # -- settings and locking ------------------------------------------------------------------
    def apply_settings(self, settings: Any) -> None:
        """Use changed lock settings at once (idle minutes, lock on sleep)."""
        self.idle.set_interval(int(settings.idle_lock_minutes) * 60_000)
        self.lock_on_sleep = bool(settings.lock_on_sleep)

    def _system_lock(self, reason: str) -> None:
        if self.lock_on_sleep:
            self.lock_now(reason)

    def _save_pending_edits(self) -> None:
        """Save what is still being typed, on every page (before locking or closing)."""
        self.documents.details.flush()
        for page in self.pages.values():
            commit = getattr(page, "commit_pending", None)
            if callable(commit):
                try:
                    commit()
                except Exception as exc:
                    log.error("saving a page's pending edit failed: %s", type(exc).__name__)

    def _idle(self) -> None:
        if self.session.jobs.busy:
            # Files are being added (or saved): locking now would cancel that. Lock once the
            # work is done and the idle time has passed again.
            self.idle.timer.start()
            return
        self.lock_now("idle")

    def lock_now(self, reason: str = "user") -> None:
        if self.session.is_locked:
            return
        log.info("locking (%s)", reason)
        self._save_pending_edits()
        self.documents.preview.clear()
        self.session.lock()

    def _on_locked(self) -> None:
        self.idle.stop()
        self.drops.detach()
        self.documents.preview.clear()
        if not self._closing:
            self.hide()
            self.closed_by_lock.emit()  # the owner deletes the window

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        dialogs.warn(self, self.tr("Not saved"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.importer.running and not dialogs.ask_yes_no(
            self,
            self.tr("Files are being added"),
            self.tr("Files are still being added. Stop and close? Files already added are kept."),
            yes=self.tr("Stop and close"),
            no=self.tr("Keep adding"),
        ):
            event.ignore()
            return
        self.idle.stop()
        self.drops.detach()
        if not self.session.is_locked:
            self._save_pending_edits()
            self.documents.preview.clear()
            self._closing = True  # closing, not locking: no unlock screen afterwards
            self.session.lock()
        super().closeEvent(event)

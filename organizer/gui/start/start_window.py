"""The window shown before a vault is open: first-run create, recovery code, unlock."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QScrollArea, QStackedWidget, QWidget

from organizer import APP_NAME
from organizer.core.errors import OrganizerError
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui.background import BackgroundRunner
from organizer.gui.settings import AppSettings, default_vault_folder
from organizer.gui.start.create_page import CreateVaultPage
from organizer.gui.start.recovery_page import RecoveryCodePage
from organizer.gui.start.unlock_page import UnlockPage
from organizer.gui.vault_access import VaultAccess

log = logging.getLogger(__name__)


def plain_message(exc: BaseException, fallback: str) -> str:
    """The text to show for an error: the core's plain words, or a calm fallback."""
    if isinstance(exc, OrganizerError):
        return str(exc)
    log.error("unexpected error: %s", type(exc).__name__)
    return fallback


class StartWindow(QMainWindow):
    """Emits ``opened(session)`` once a vault is open (and its recovery code confirmed)."""

    opened = Signal(object)

    def __init__(
        self, access: VaultAccess, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.access = access
        self.settings = settings
        self.jobs = BackgroundRunner(self)
        self._pending: Any = None  # the new vault's Session, until its code is confirmed
        self.stack = QStackedWidget(self)
        self.create_page = CreateVaultPage(
            default_vault_folder(),
            None,  # checked in the background: asking the keychain can take a moment
            first_run=not self._known_vaults(),
            parent=self,
        )
        self.recovery_page = RecoveryCodePage(self)
        self.unlock_page = UnlockPage(self)
        for page in (self.create_page, self.recovery_page, self.unlock_page):
            scroll = QScrollArea(self.stack)  # readable at 200 % font size: pages scroll
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        self.setCentralWidget(self.stack)
        self.create_page.create_requested.connect(self._create)
        self.create_page.back_requested.connect(lambda: self.show_page(self.unlock_page))
        self.recovery_page.finished.connect(self._recovery_code_confirmed)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.recover_requested.connect(self._recover)
        self.unlock_page.create_requested.connect(lambda: self.show_page(self.create_page))
        self.unlock_page.open_remembered_requested.connect(self._open_remembered)
        self.resize(640, 600)
        self.jobs.run(
            lambda progress, cancel: access.keychain_problem(),
            what="check keychain",
            on_success=self.create_page.set_keychain_problem,
            on_failure=lambda exc: self.create_page.set_keychain_problem(
                self.tr("The keychain could not be checked, so the passphrase is not remembered.")
            ),
        )
        self.show_start()

    def _known_vaults(self) -> list[Path]:
        return [Path(v) for v in self.settings.recent_vaults if Path(v).exists()]

    def show_page(self, page: QWidget) -> None:
        for index in range(self.stack.count()):
            scroll = self.stack.widget(index)
            if isinstance(scroll, QScrollArea) and scroll.widget() is page:
                self.stack.setCurrentIndex(index)
        if page is self.unlock_page:
            self.unlock_page.show_recovery(False)
            self.unlock_page.passphrase.setFocus()
        elif page is self.create_page:
            self.create_page.passphrase.first.setFocus()
        elif page is self.recovery_page:  # keyboard users land on the first action
            self.recovery_page.print_button.setFocus()

    def show_start(self, folder: Path | None = None, *, auto_open: bool = True) -> None:
        """The first page: unlock (known vaults) or create (first run).

        A remembered vault opens at once, except after a lock (``auto_open=False``): it was
        locked for a reason, so the user opens it again by choice.
        """
        known = self._known_vaults()
        if folder is not None and folder not in known:
            known.insert(0, folder)
        if not known:
            self.show_page(self.create_page)
            return
        self.unlock_page.set_vaults(known, folder or known[0])
        self.unlock_page.set_busy(False)
        self.show_page(self.unlock_page)
        selected = self.unlock_page.selected_folder()
        remembered = selected is not None and str(selected) in self.settings.remembered_vaults
        self.unlock_page.open_remembered_button.setVisible(remembered)
        if remembered and auto_open and selected is not None:
            self._open_remembered(selected)

    # -- background work -----------------------------------------------------------------------
    def _open_remembered(self, folder: Path) -> None:
        self.unlock_page.set_busy(True, self.tr("Opening..."))

        def work(progress: ProgressCallback, cancel: CancelToken) -> Any:
            return self.access.open(folder, remembered=True)

        self.jobs.run(
            work,
            what="open remembered vault",
            on_success=lambda vault: self._open_session(vault, folder),
            on_failure=lambda exc: self.unlock_page.show_error(
                self.tr("The remembered passphrase did not open the vault. Please type it.")
            ),
        )

    def _unlock(self, folder: Path, passphrase: str) -> None:
        self.unlock_page.set_busy(True, self.tr("Unlocking. This takes a moment..."))

        def work(progress: ProgressCallback, cancel: CancelToken) -> Any:
            return self.access.open(folder, passphrase=passphrase)

        self.jobs.run(
            work,
            what="unlock",
            on_success=lambda vault: self._open_session(vault, folder),
            on_failure=lambda exc: self.unlock_page.show_error(
                plain_message(exc, self.tr("The vault could not be opened."))
            ),
        )

    def _recover(self, folder: Path, code: str, new_passphrase: str) -> None:
        self.unlock_page.set_busy(True, self.tr("Unlocking with the recovery code..."))

        def work(progress: ProgressCallback, cancel: CancelToken) -> Any:
            vault = self.access.open(folder, recovery_code=code)
            try:
                vault.change_passphrase(new_passphrase)
            except BaseException:
                vault.close()
                raise
            return vault

        self.jobs.run(
            work,
            what="recover",
            on_success=lambda vault: self._open_session(vault, folder),
            on_failure=lambda exc: self.unlock_page.show_error(
                plain_message(exc, self.tr("The vault could not be opened with that code."))
            ),
        )

    def _create(self, folder: Path, passphrase: str, remember: object) -> None:
        def work(progress: ProgressCallback, cancel: CancelToken) -> Any:
            vault, code = self.access.create(folder, passphrase)
            if remember:
                keychain = self.access.keychain()
                if keychain is not None:
                    vault.remember(keychain)
            return vault, code

        def created(result: tuple[Any, str]) -> None:
            vault, code = result
            self.settings.add_recent(folder)
            if remember:
                self.settings.remembered_vaults.append(str(folder))
            self.settings.save()
            from organizer.gui.session import Session  # loaded when first needed: quicker start

            self._pending = Session(vault, folder)
            self.create_page.passphrase.clear()
            self.recovery_page.show_code(code, str(folder))
            self.show_page(self.recovery_page)
            self.create_page.set_busy(False)

        self.jobs.run(
            work,
            what="create vault",
            on_success=created,
            on_failure=lambda exc: self.create_page.show_error(
                plain_message(exc, self.tr("The vault could not be made in that folder."))
            ),
        )

    def _recovery_code_confirmed(self) -> None:
        session, self._pending = self._pending, None
        if session is not None:
            self.opened.emit(session)

    def _open_session(self, vault: Any, folder: Path) -> None:
        self.unlock_page.clear_secrets()
        self.unlock_page.set_busy(False)
        self.settings.add_recent(folder)
        self.settings.save()
        from organizer.gui.session import Session

        self.opened.emit(Session(vault, folder))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.cancel_all()
        self.jobs.wait_all()
        if self._pending is not None:
            self._pending.lock()
            self._pending = None
        super().closeEvent(event)

"""Pieces the "Before the visit" and "After the visit" pages share.

``PdfButton`` makes a one-page PDF from the case (a what-to-bring list, a letter, the
comparison) in the background, then saves it where the user chooses or prints it.
``DocumentPicker`` ticks the vault documents linked to a request or an opinion.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from organizer.core.errors import Cancelled, OrganizerError
from organizer.core.model import VaultContent
from organizer.core.planning.output import write_atomic
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.gui.background import Job
from organizer.gui.pages import printing, prompts
from organizer.gui.pages.common import describe
from organizer.gui.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def today() -> date:
    """Today's date (a function so tests can set the day)."""
    return date.today()


def now() -> datetime:
    """The current time, aware (a function so tests can set it)."""
    return datetime.now().astimezone()


def problem_text(exc: BaseException, fallback: str) -> str:
    """The plain-words message of an expected error; a calm fallback for anything else."""
    return str(exc) if isinstance(exc, OrganizerError) else fallback


def name_tabs(tabs: QTabWidget, name: str) -> None:
    """Name a tab widget, its tab bar and the bar's scroll arrows (unique in the window)."""
    describe(
        tabs, name, QCoreApplication.translate("planning", "The parts of this page, one tab each")
    )
    bar = tabs.tabBar()
    describe(
        bar,
        QCoreApplication.translate("planning", "{0}: choose a part").format(name),
        QCoreApplication.translate("planning", "Ctrl+Tab goes to the next part"),
    )
    for button in bar.findChildren(QToolButton):
        label = f"{name}: {button.accessibleName() or button.objectName()}"
        describe(
            button,
            label,
            QCoreApplication.translate("planning", "Shows more tabs when they do not all fit"),
        )


class PdfButton(QPushButton):
    """A button with a menu: "Save as PDF..." and "Print...".

    ``prepare()`` is called on the GUI thread when the user asks (it reads the page's choice)
    and returns a builder; ``builder(content)`` makes the PDF bytes from a copy of the case,
    off the GUI thread. Either may raise a ``UserError`` (nothing to compare...), shown in
    plain words. ``done`` says what happened, for the page's status line.
    """

    done = Signal(str)

    def __init__(
        self,
        session: Session,
        text: str,
        name: str,
        description: str,
        prepare: Callable[[], Callable[[VaultContent], bytes]],
        file_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._session = session
        self._prepare = prepare
        self._file_name = file_name
        self._title = name
        self.job: Job | None = None
        describe(self, name, description)
        menu = QMenu(self)
        self.save_action = QAction(QCoreApplication.translate("planning", "Save as PDF..."), self)
        self.save_action.triggered.connect(self.save_pdf)
        self.print_action = QAction(QCoreApplication.translate("planning", "Print..."), self)
        self.print_action.triggered.connect(self.print_pdf)
        menu.addAction(self.save_action)
        menu.addAction(self.print_action)
        self.setMenu(menu)

    def save_pdf(self) -> None:
        make = self._builder()
        if make is None:
            return
        target = prompts.choose_save_file(
            self,
            QCoreApplication.translate("planning", "Where to save: {0}").format(self._title),
            Path.home() / self._file_name(),
            QCoreApplication.translate("planning", "PDF files (*.pdf)"),
        )
        if target is not None:
            self._run(make, target)

    def print_pdf(self) -> None:
        make = self._builder()
        if make is not None:
            self._run(make, None)

    def _builder(self) -> Callable[[VaultContent], bytes] | None:
        try:
            return self._prepare()
        except OrganizerError as exc:
            prompts.warn(self, QCoreApplication.translate("planning", "Not made"), str(exc))
            return None

    def _run(self, make: Callable[[VaultContent], bytes], target: Path | None) -> None:
        # The job works on a copy, so the user can go on editing while it runs.
        snapshot = copy.deepcopy(self._session.content)

        def work(_vault: Any, _progress: ProgressCallback, cancel: CancelToken) -> bytes:
            pdf = make(snapshot)
            cancel.check()
            if target is not None:
                write_atomic(target, pdf)
            return pdf

        self.setEnabled(False)
        self.job = self._session.run_vault_job(
            work,
            what="make a planning PDF",
            on_success=lambda pdf: self._made(pdf, target),
            on_failure=self._failed,
        )

    def _made(self, pdf: bytes, target: Path | None) -> None:
        self.job = None
        self.setEnabled(True)
        if target is not None:
            self.done.emit(QCoreApplication.translate("planning", "Saved as {0}.").format(target))
        elif printing.print_pdf(self, self._title, pdf):
            self.done.emit(
                QCoreApplication.translate("planning", "Sent to the printer: {0}.").format(
                    self._title
                )
            )

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.setEnabled(True)
        if isinstance(exc, Cancelled):  # the vault locked meanwhile: nothing to say
            return
        message = problem_text(
            exc,
            QCoreApplication.translate("planning", "The PDF could not be made. Nothing was saved."),
        )
        prompts.warn(self, QCoreApplication.translate("planning", "Not made"), message)


class DocumentPicker(QListWidget):
    """The vault's documents with a tick box each; ``toggled(doc_id, on)`` when one changes."""

    toggled = Signal(str, bool)

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        describe(self, name, description)
        self._loading = False
        self.itemChanged.connect(self._item_changed)

    def load(self, content: VaultContent, linked: list[str]) -> None:
        self._loading = True
        try:
            self.clear()
            for doc in content.active_documents():
                when = f" ({doc.date.isoformat()})" if doc.date else ""
                item = QListWidgetItem(f"{doc.title}{when}", self)
                item.setData(ID_ROLE, doc.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                state = Qt.CheckState.Checked if doc.id in linked else Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._loading = False

    def checked_ids(self) -> list[str]:
        return [
            self.item(i).data(ID_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not self._loading:
            self.toggled.emit(item.data(ID_ROLE), item.checkState() == Qt.CheckState.Checked)


def set_linked(ids: list[str], doc_id: str, on: bool) -> None:
    """Add or remove ``doc_id`` in a list of linked document ids, keeping the order."""
    if on and doc_id not in ids:
        ids.append(doc_id)
    elif not on and doc_id in ids:
        ids.remove(doc_id)

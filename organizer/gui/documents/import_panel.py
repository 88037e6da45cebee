"""The import panel: each file's progress and result, Cancel, and "move originals to trash"."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.gui import dialogs
from organizer.gui.a11y import named
from organizer.gui.documents.importing import ImportController

log = logging.getLogger(__name__)


def move_to_system_trash(paths: list[Path]) -> list[Path]:
    """Send files to the system trash (replaceable in tests). Returns the ones that failed."""
    from send2trash import send2trash

    failed = []
    for path in paths:
        try:
            send2trash(path)
        except Exception as exc:
            log.warning("could not move an original to the trash: %s", type(exc).__name__)
            failed.append(path)
    return failed


class ImportPanel(QWidget):
    def __init__(self, controller: ImportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._originals: list[Path] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        top.addWidget(self.heading, 1)
        self.cancel_button = named(
            QPushButton(self.tr("&Cancel adding"), self),
            self.tr("Cancel adding files"),
            self.tr("Stop adding files. Files already added are kept."),
        )
        self.cancel_button.clicked.connect(controller.cancel)
        self.trash_button = named(
            QPushButton(self.tr("Move originals to the &trash..."), self),
            self.tr("Move the original files to the system trash"),
            self.tr("The vault has its own encrypted copy; remove the originals from Downloads."),
        )
        self.trash_button.clicked.connect(self._offer_trash)
        self.close_button = named(
            QPushButton(self.tr("C&lose report"), self),
            self.tr("Close the import report"),
            self.tr("Hide this report of added files."),
        )
        self.close_button.clicked.connect(self.hide)
        for button in (self.cancel_button, self.trash_button, self.close_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.progress = QProgressBar(self)
        named(self.progress, self.tr("Import progress"), self.tr("How many files are done."))
        layout.addWidget(self.progress)
        self.results = named(
            QListWidget(self),
            self.tr("Import results"),
            self.tr("What happened to each file: added, already in the vault, or not added."),
        )
        # A few lines; it scrolls. The documents above keep most of the window.
        self.results.setMaximumHeight(self.fontMetrics().height() * 5 + 8)
        layout.addWidget(self.results)
        controller.started.connect(self._started)
        controller.progressed.connect(self._progressed)
        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        self.hide()

    def _started(self, count: int) -> None:
        self.show()
        self.results.clear()
        self._originals = []
        self.heading.setText(self.tr("Adding files..."))
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self.trash_button.setVisible(False)
        self.close_button.setVisible(False)

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            text = self.tr("Added %1 of %2: %3")
            self.heading.setText(
                text.replace("%1", str(done)).replace("%2", str(total)).replace("%3", name)
            )

    def _failed(self, message: str) -> None:
        self.results.addItem(message)

    def _finished(self, summary: Any) -> None:
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if summary is None:
            self.heading.setText(self.tr("Adding files stopped."))
            return
        for item in summary.added:
            self.results.addItem(self.tr("Added: %1").replace("%1", item.name))
        for item in summary.duplicates:
            where = self.tr(" (in the trash)") if item.in_trash else ""
            self.results.addItem(
                self.tr("Already in the vault%1: %2").replace("%1", where).replace("%2", item.name)
            )
        for item in summary.refused:
            self.results.addItem(
                self.tr("Not added: %1 — %2").replace("%1", item.name).replace("%2", item.reason)
            )
        for path in summary.not_started:
            self.results.addItem(self.tr("Not looked at (cancelled): %1").replace("%1", path.name))
        added = len(summary.document_ids)
        self.heading.setText(
            self.tr("Done: %1 document(s) added, %2 already there, %3 not added.")
            .replace("%1", str(added))
            .replace("%2", str(len(summary.duplicates)))
            .replace("%3", str(len(summary.refused)))
        )
        # Originals safe to remove: files now in the vault (added or already there).
        self._originals = [a.path for a in summary.added] + [d.path for d in summary.duplicates]
        self._originals = list(dict.fromkeys(p for p in self._originals if p.exists()))
        self.trash_button.setVisible(bool(self._originals))
        self.results.setCurrentRow(0)

    def _offer_trash(self) -> None:
        if not self._originals:
            return
        count = len(self._originals)
        agreed = dialogs.ask_yes_no(
            self,
            self.tr("Move the originals to the trash?"),
            self.tr(
                "The vault now has its own encrypted copy of %1 file(s). Move the originals "
                "(for example in Downloads) to the system trash? They stay readable there until "
                "you empty the trash, so empty it too."
            ).replace("%1", str(count)),
            yes=self.tr("Move to trash"),
            no=self.tr("Keep the originals"),
        )
        if not agreed:
            return
        failed = move_to_system_trash(self._originals)
        moved = count - len(failed)
        self.results.addItem(
            self.tr("%1 original(s) moved to the system trash. Remember to empty it.").replace(
                "%1", str(moved)
            )
        )
        if failed:
            self.results.addItem(
                self.tr("%1 could not be moved; they are where they were.").replace(
                    "%1", str(len(failed))
                )
            )
        self._originals = failed
        self.trash_button.setVisible(bool(failed))

"""Files dropped anywhere on the main window, or onto a section in the sidebar.

One event filter on the application sees drags over any widget of the window (text fields
would otherwise take file URLs as text), shows "Drop to add to ..." and starts the import.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from organizer.core.model import Section
from organizer.gui.labels import tr_label
from organizer.gui.sidebar import Entry, Sidebar

DROP_EVENTS = {QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop}


def local_paths(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropHandler(QObject):
    """Handles file drags for ``window``; calls ``on_drop(paths, section)``."""

    def __init__(
        self,
        window: QWidget,
        sidebar: Sidebar,
        hint: QLabel,
        default_section: Callable[[], Section | None],
        on_drop: Callable[[list[Path], Section | None], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.sidebar = sidebar
        self.hint = hint
        self.default_section = default_section
        self.on_drop = on_drop
        window.setAcceptDrops(True)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.destroyed.connect(lambda: app.removeEventFilter(self))

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragLeave and isinstance(watched, QWidget):
            if watched.window() is self.window:
                self._clear()
            return False
        if kind not in DROP_EVENTS or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        assert isinstance(event, QDragMoveEvent | QDropEvent)
        paths = local_paths(event.mimeData())
        if not paths:
            return False
        entry = self._sidebar_entry(watched, event)
        section = entry.section if entry is not None else self.default_section()
        if kind == QEvent.Type.Drop:
            self._clear()
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            # Start after the drop has finished: a question asked inside the drop event
            # would keep the file manager waiting until it is answered.
            QTimer.singleShot(0, lambda: self.on_drop(paths, section))
            return True
        self.sidebar.highlight(entry)
        self._show_hint(section)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def _sidebar_entry(self, watched: QWidget, event: QDropEvent) -> Entry | None:
        # Qt hands the drag to the nearest widget accepting drops (often the window itself),
        # so find the sidebar entry from the point, not from the receiving widget.
        viewport = self.sidebar.viewport()
        point = viewport.mapFromGlobal(watched.mapToGlobal(event.position().toPoint()))
        if not viewport.rect().contains(point):
            return None
        return self.sidebar.section_at(point)

    def _show_hint(self, section: Section | None) -> None:
        if section is not None:
            text = self.tr("Drop to add to %1").replace("%1", tr_label(section.label))
        else:
            text = self.tr("Drop to add these files to your records")
        self.hint.setText(text)
        self.hint.show()

    def _clear(self) -> None:
        self.sidebar.highlight(None)
        self.hint.hide()

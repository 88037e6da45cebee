"""The preview pane: one page at a time, page navigation, zoom, and the page edits."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from organizer.core.model import Document
from organizer.gui.a11y import named
from organizer.gui.documents import edits
from organizer.gui.documents.pages import DocumentPages
from organizer.gui.session import Session

log = logging.getLogger(__name__)

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PreviewPane(QWidget):
    """Shows the selected document; emits ``split_made(new_doc_id)`` after "Split here", and
    ``cover_changed(doc_id)`` when an edit changed the page its thumbnail shows (or its turn)."""

    split_made = Signal(str)
    cover_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc: Document | None = None
        self.pages: DocumentPages | None = None
        self.position = 0  # index into edits.display_order(doc)
        self.zoom = 1.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        nav = QHBoxLayout()
        self.previous_button = self._button(
            self.tr("◀ Previous"),
            self.tr("Previous page"),
            self.tr("Show the page before."),
            QKeySequence.StandardKey.MoveToPreviousPage,
            lambda: self.go(self.position - 1),
        )
        self.page_label = QLabel(self)
        self.next_button = self._button(
            self.tr("Next ▶"),
            self.tr("Next page"),
            self.tr("Show the page after."),
            QKeySequence.StandardKey.MoveToNextPage,
            lambda: self.go(self.position + 1),
        )
        self.zoom_out_button = self._button(
            self.tr("Zoom out"),
            self.tr("Zoom out"),
            self.tr("Show the page smaller."),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.step_zoom(-1),
        )
        self.zoom_in_button = self._button(
            self.tr("Zoom in"),
            self.tr("Zoom in"),
            self.tr("Show the page larger."),
            QKeySequence.StandardKey.ZoomIn,
            lambda: self.step_zoom(+1),
        )
        for widget in (self.previous_button, self.page_label, self.next_button):
            nav.addWidget(widget)
        nav.addStretch(1)
        nav.addWidget(self.zoom_out_button)
        nav.addWidget(self.zoom_in_button)
        layout.addLayout(nav)

        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(self.image)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        named(self.scroller, self.tr("Page preview"), self.tr("The current page of the document."))
        self._rendered_for = QSize()
        self.scroller.setMinimumHeight(180)  # a page stays visible however large the text
        self.scroller.viewport().installEventFilter(self)
        layout.addWidget(self.scroller, 1)

        tools = QHBoxLayout()
        self.rotate_left_button = self._button(
            self.tr("Rotate left"),
            self.tr("Rotate page left"),
            self.tr("Turn this page a quarter turn to the left."),
            QKeySequence("Ctrl+Shift+R"),
            lambda: self._rotate(-90),
        )
        self.rotate_right_button = self._button(
            self.tr("Rotate right"),
            self.tr("Rotate page right"),
            self.tr("Turn this page a quarter turn to the right."),
            QKeySequence("Ctrl+R"),
            lambda: self._rotate(90),
        )
        self.include_box = named(
            QCheckBox(self.tr("&Include in packets"), self),
            self.tr("Include this page in packets"),
            self.tr("Untick to leave this page out of exported packets. It stays in the vault."),
        )
        self.include_box.clicked.connect(self._toggle_included)
        self.earlier_button = self._button(
            self.tr("Move earlier"),
            self.tr("Move page earlier"),
            self.tr("Put this page one place earlier in packets."),
            QKeySequence("Ctrl+Up"),
            lambda: self._move(-1),
        )
        self.later_button = self._button(
            self.tr("Move later"),
            self.tr("Move page later"),
            self.tr("Put this page one place later in packets."),
            QKeySequence("Ctrl+Down"),
            lambda: self._move(+1),
        )
        self.split_button = self._button(
            self.tr("Split here"),
            self.tr("Split the document before this page"),
            self.tr("Make a second document starting at this page (for bundled portal PDFs)."),
            None,
            self._split,
        )
        # Two short rows rather than one long one: stays usable at large text sizes.
        for tool in (self.rotate_left_button, self.rotate_right_button, self.include_box):
            tools.addWidget(tool)
        tools.addStretch(1)
        layout.addLayout(tools)
        order = QHBoxLayout()
        for tool in (self.earlier_button, self.later_button, self.split_button):
            order.addWidget(tool)
        order.addStretch(1)
        layout.addLayout(order)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        session.locked.connect(self.clear)
        self.clear()

    def _button(
        self,
        text: str,
        name: str,
        description: str,
        keys: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QPushButton:
        button = named(QPushButton(text, self), name, description)
        if keys is not None:
            button.setShortcut(keys)
            shortcut = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{description} ({shortcut})")
        button.clicked.connect(slot)
        return button

    # -- showing -------------------------------------------------------------------------------
    def show_document(self, doc: Document | None) -> None:
        """Show ``doc`` (None: nothing). Keeps the page when the same document is shown again."""
        if doc is not None and self.doc is not None and doc.id == self.doc.id:
            self.doc = doc
            if self.pages is not None:
                self.pages.doc = doc
            self._render()
            return
        self.clear()
        if doc is None:
            return
        try:
            self.pages = DocumentPages(self.session, doc)
        except Exception as exc:
            log.warning("preview failed: %s", type(exc).__name__)
            self.note.setText(self.tr("This document cannot be shown. It is kept unchanged."))
            return
        self.doc = doc
        self.position = 0
        self._render()

    def clear(self) -> None:
        """Close the document and drop every decrypted page (on lock or change)."""
        if self.pages is not None:
            self.pages.close()
        self.pages = None
        self.doc = None
        self.image.clear()
        self.image.setText(self.tr("Choose a document to see it here."))
        self.page_label.setText("")
        self.note.setText("")
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (
            self.previous_button,
            self.next_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.rotate_left_button,
            self.rotate_right_button,
            self.include_box,
            self.earlier_button,
            self.later_button,
            self.split_button,
        ):
            widget.setEnabled(on)

    @property
    def current_page(self) -> int:
        assert self.doc is not None
        return edits.display_order(self.doc)[self.position]

    def go(self, position: int) -> None:
        if self.doc is None:
            return
        self.position = max(0, min(position, self.doc.page_count - 1))
        self._render()

    def step_zoom(self, step: int) -> None:
        index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.zoom))
        self.zoom = ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, index + step))]
        self._render()

    def _render(self) -> None:
        if self.doc is None or self.pages is None:
            return
        self._enable(True)
        count = self.doc.page_count
        page = self.current_page
        included = page in self.doc.included_pages
        viewport = self.scroller.viewport().size()
        self._rendered_for = viewport
        box = QSize(
            max(100, int(viewport.width() * self.zoom) - 8),
            max(100, int(viewport.height() * self.zoom) - 8),
        )
        image = self.pages.render(page, box)
        if image.isNull():
            self.image.setText(self.tr("This page cannot be shown."))
        else:
            self.image.setPixmap(QPixmap.fromImage(image))
            self.image.resize(image.size())
        packet_pos = self.doc.included_pages.index(page) + 1 if included else 0
        text = self.tr("Page %1 of %2").replace("%1", str(self.position + 1))
        text = text.replace("%2", str(count))
        if not included:
            text += " " + self.tr("(left out of packets)")
        self.page_label.setText(text)
        self.scroller.setAccessibleDescription(text)
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < count - 1)
        self.include_box.setChecked(included)
        self.earlier_button.setEnabled(included and packet_pos > 1)
        self.later_button.setEnabled(included and packet_pos < len(self.doc.included_pages))
        self.split_button.setEnabled(included and packet_pos > 1)
        self.note.setText(
            self.tr(
                "Not in the packet: no pages chosen. The document stays safely in the vault. "
                "Tick “Include in packets” on a page to put it back in."
            )
            if self.doc.no_pages_chosen
            else ""
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Re-fit the page when the visible area changes size (layout, splitter, window).
        resized = watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize
        if (
            resized
            and self.doc is not None
            and self._rendered_for != self.scroller.viewport().size()
        ):
            self._render()
        return False

    # -- edits ---------------------------------------------------------------------------------
    def _after_edit(self, what: str, page: int, cover: tuple[int, int]) -> None:
        """Show the edited page, save, and ask for a new thumbnail if its page changed."""
        assert self.doc is not None
        self.position = edits.display_order(self.doc).index(page)
        self._render()
        self.session.save(what)
        if edits.cover_page(self.doc) != cover:
            self.cover_changed.emit(self.doc.id)

    def _rotate(self, degrees: int) -> None:
        if self.doc is None:
            return
        page, cover = self.current_page, edits.cover_page(self.doc)
        edits.rotate_page(self.doc, page, degrees)
        self._after_edit("page rotated", page, cover)

    def _toggle_included(self, include: bool) -> None:
        if self.doc is None:
            return
        page, cover = self.current_page, edits.cover_page(self.doc)
        # Unticking the last page is allowed: the document then stays in the vault but goes in
        # no packet, and the note under the page says so.
        edits.set_included(self.doc, page, include)
        self._after_edit("page included" if include else "page left out", page, cover)

    def _move(self, step: int) -> None:
        if self.doc is None:
            return
        page, cover = self.current_page, edits.cover_page(self.doc)
        if edits.move_page(self.doc, page, step):
            self._after_edit("page moved", page, cover)

    def _split(self) -> None:
        if self.doc is None:
            return
        page = self.current_page
        second = edits.split_before(
            self.doc,
            page,
            self.tr("%1 (from page %2)")
            .replace("%1", self.doc.title)
            .replace("%2", str(self.doc.included_pages.index(page) + 1)),
        )
        content = self.session.content
        content.documents.insert(content.documents.index(self.doc) + 1, second)
        self.position = 0
        self._render()
        self.session.save("document split")
        self.split_made.emit(second.id)
        # The new document starts at a later page but has the old thumbnail until then.
        self.cover_changed.emit(second.id)

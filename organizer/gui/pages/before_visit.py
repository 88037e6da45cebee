"""The "Before the visit" page: the checklist and appointment, records requests, the insurer.

Three tabs keep the sidebar calm: one entry for everything to do before an appointment.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organizer.core.planning.insurer import (
    ASK_BEFORE_BOOKING,
    QUESTIONS_TO_ASK,
    insurer_summary,
    open_insurer_questions,
)
from organizer.gui.labels import tr_core
from organizer.gui.pages import planning_common as pc
from organizer.gui.pages.checklist_tab import ChecklistTab
from organizer.gui.pages.common import describe, heading, paragraph
from organizer.gui.pages.requests_tab import RequestsTab
from organizer.gui.session import Session


def _scrolling(widget: QWidget) -> QScrollArea:
    """Keeps every control reachable at large text sizes."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    return scroll


class InsurerTab(QWidget):
    """What was noted about the insurer, what is still to ask, and the questions to ask."""

    open_page = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Ask before you book"), 2))
        layout.addWidget(paragraph(tr_core(ASK_BEFORE_BOOKING)))
        layout.addWidget(heading(self.tr("What you have noted"), 2))
        self.summary = paragraph("")
        layout.addWidget(self.summary)
        self.todo_heading = heading(self.tr("Still to ask"), 2)
        layout.addWidget(self.todo_heading)
        self.todo = paragraph("")
        layout.addWidget(self.todo)
        layout.addWidget(heading(self.tr("Questions you can ask your insurer"), 2))
        layout.addWidget(paragraph("\n".join(f"- {tr_core(q)}" for q in QUESTIONS_TO_ASK)))
        layout.addWidget(
            paragraph(
                self.tr(
                    "This is help with what to ask, not advice: your insurer's answer is "
                    "what counts. Write the answers under Case overview."
                )
            )
        )
        self.edit_button = describe(
            QPushButton(self.tr("&Write down the answers...")),
            self.tr("Go to the insurer checks"),
            self.tr("Opens Case overview, where the insurer checks are written down"),
        )
        self.edit_button.clicked.connect(lambda: self.open_page.emit("overview"))
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        checks = self._session.content.case.insurer
        self.summary.setText("\n".join(tr_core(line) for line in insurer_summary(checks)))
        todo = open_insurer_questions(checks)
        self.todo.setText("\n".join(f"- {tr_core(line)}" for line in todo))
        self.todo.setVisible(bool(todo))
        self.todo_heading.setVisible(bool(todo))


class BeforeVisitPage(QWidget):
    open_page = Signal(str)  # the main window shows that sidebar page

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("BeforeVisitPage")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Before the visit")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Get ready for each doctor you ask: what to do, your records, and your "
                    "insurer. Everything is saved as you go."
                )
            )
        )
        self.tabs = QTabWidget()
        pc.name_tabs(self.tabs, self.tr("Before the visit"))
        self.checklist = ChecklistTab(session)
        self.requests = RequestsTab(session)
        self.insurer = InsurerTab(session)
        self.insurer.open_page.connect(self.open_page)
        self.checklist.open_page.connect(self.open_page)
        self.tabs.addTab(_scrolling(self.checklist), self.tr("Check&list and appointment"))
        self.tabs.addTab(_scrolling(self.requests), self.tr("Records re&quests"))
        self.tabs.addTab(_scrolling(self.insurer), self.tr("I&nsurer"))
        layout.addWidget(self.tabs, 1)
        session.changed.connect(self.reload)
        session.locked.connect(self._drop_data)

    def reload(self, *_: object) -> None:
        if self._session.is_locked:
            return
        self.checklist.reload()
        self.requests.reload()
        self.insurer.reload()

    def commit_pending(self) -> None:
        """Save a box still being typed in (before locking)."""
        if self.requests.selected() is not None:
            self.requests.binder.commit_all()

    def _drop_data(self, *_: object) -> None:
        self.setEnabled(False)
        self.requests.model.set_items([])
        self.requests.documents.clear()
        self.checklist.provider_choice.clear()

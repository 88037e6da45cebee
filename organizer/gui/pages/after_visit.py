"""The "After the visit" page: each opinion, the opinions side by side, one more doctor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organizer.core.errors import OrganizerError
from organizer.core.model import Provider, VaultContent
from organizer.core.planning import choose_opinions, comparison_pdf, opinions_in_order
from organizer.core.planning import start_next_opinion as core_start_next_opinion
from organizer.core.planning.compare import MAX_COLUMNS
from organizer.core.planning.providers import ordinal_opinion
from organizer.gui.labels import tr_label
from organizer.gui.models.planning import ComparisonModel
from organizer.gui.pages import planning_common as pc
from organizer.gui.pages import prompts
from organizer.gui.pages.common import describe, heading, paragraph, save_or_warn
from organizer.gui.pages.opinions_tab import OpinionsTab
from organizer.gui.session import Session


class WrappingTable(QTableView):
    """A table whose rows grow to show their whole text at any width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def fit_rows(self) -> None:
        # The stretched columns take their new width first, then the rows fit the text.
        self.horizontalHeader().resizeSections(QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_rows()


class ComparisonTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = ComparisonModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The opinions side by side. If they differ, you can give this page to both "
                    "doctors and ask them to talk to each other, or ask one more doctor."
                )
            )
        )
        self.table = WrappingTable()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        describe(
            self.table,
            self.tr("Opinions side by side"),
            self.tr("One column per opinion; arrow keys move between the boxes"),
        )
        layout.addWidget(self.table, 1)
        self.empty_label = paragraph(
            self.tr("No opinion is recorded yet. Record one on the Opinions tab after a visit.")
        )
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.export_button = pc.PdfButton(
            session,
            self.tr("E&xport comparison"),
            self.tr("Export the comparison"),
            self.tr("A one-page comparison to save as a PDF or print, for both doctors"),
            self._comparison,
            lambda: self.tr("Comparison of opinions.pdf"),
        )
        row.addWidget(self.export_button)
        self.status_label = paragraph("")
        self.export_button.done.connect(self.status_label.setText)
        row.addWidget(self.status_label, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        content = self._session.content
        opinions = opinions_in_order(content)
        self.model.load(content, opinions)
        self.empty_label.setVisible(not opinions)
        self.table.setVisible(bool(opinions))
        self.table.fit_rows()
        self.export_button.setEnabled(bool(opinions))
        if len(opinions) > MAX_COLUMNS:
            self.status_label.setText(
                self.tr("Only the {0} latest opinions fit on the exported page.").format(
                    MAX_COLUMNS
                )
            )

    def _comparison(self) -> Callable[[VaultContent], bytes]:
        day = pc.today()
        return lambda content: comparison_pdf(content, choose_opinions(content), day)


class AfterVisitPage(QWidget):
    open_page = Signal(str)  # the main window shows that sidebar page
    packet_wanted = Signal(str)  # make a packet for this recipient

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("AfterVisitPage")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("After the visit")))
        self.tabs = QTabWidget()
        pc.name_tabs(self.tabs, self.tr("After the visit"))
        self.opinions = OpinionsTab(session)
        self.comparison = ComparisonTab(session)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.opinions)
        self.tabs.addTab(scroll, self.tr("&Opinions"))
        self.tabs.addTab(self.comparison, self.tr("&Side by side"))
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.another_button = describe(
            QPushButton(),
            self.tr("Ask one more doctor for an opinion"),
            self.tr("Adds a doctor to ask, with a new checklist, and offers to make a packet"),
        )
        self.another_button.clicked.connect(self.start_next_opinion)
        row.addWidget(self.another_button)
        row.addStretch(1)
        layout.addLayout(row)
        session.changed.connect(self.reload)
        session.locked.connect(self._drop_data)
        self.reload()

    def reload(self, *_: object) -> None:
        if self._session.is_locked:
            return
        self.opinions.reload()
        self.comparison.reload()
        count = len(self._session.content.case.opinion_providers)
        self.another_button.setText(
            self.tr("&Ask for a {0} opinion...").format(tr_label(ordinal_opinion(count)))
        )

    def start_next_opinion(self) -> None:
        count = len(self._session.content.case.opinion_providers)
        which = tr_label(ordinal_opinion(count))
        name = prompts.ask_text(
            self,
            self.tr("Ask for a {0} opinion").format(which),
            self.tr("Name of the doctor or practice to ask:"),
        )
        if name is None or not name.strip():
            return
        try:
            op = core_start_next_opinion(self._session.content, Provider(name=name.strip()))
        except OrganizerError as exc:
            prompts.warn(self, self.tr("Not added"), str(exc))
            return
        if not save_or_warn(self._session, self, self.tr("Asked one more doctor")):
            return
        if prompts.confirm(
            self,
            self.tr("Make a packet"),
            self.tr(
                "{0} was added, with a new checklist under Before the visit. Make a packet of "
                "your records for them now?"
            ).format(op.provider.name),
            self.tr("Make a packet"),
        ):
            self.packet_wanted.emit(op.provider.name)

    def commit_pending(self) -> None:
        if self.opinions.selected() is not None:
            self.opinions.binder.commit_all()

    def _drop_data(self, *_: object) -> None:
        self.setEnabled(False)
        self.opinions.model.set_items([])
        self.opinions.documents.clear()
        self.comparison.model.load(VaultContent(), [])

"""Records requests: what was asked of whom, what came back, and the request letter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.core.errors import OrganizerError, UserError
from organizer.core.model import RecordsRequest, VaultContent
from organizer.core.planning import add_request, find_request, request_letter_pdf
from organizer.core.planning.requests import DELIVERY_CHOICES, HOW_CHOICES
from organizer.gui.models.planning import RecordsRequestTableModel
from organizer.gui.pages import planning_common as pc
from organizer.gui.pages import prompts
from organizer.gui.pages.common import describe, paragraph
from organizer.gui.pages.form_binding import FormBinder
from organizer.gui.pages.list_editor import (
    ChosenRowTab,
    Getter,
    Setter,
    button_row,
    row_table,
    selected_field,
)
from organizer.gui.session import Session


class RequestsTab(ChosenRowTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = RecordsRequestTableModel(self)
        self.binder = FormBinder(self._edited, self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Ask your current doctor's office for a copy of your records. Note here "
                    "what you asked for and when, and tick the documents once they arrive."
                )
            )
        )

        add_row = QHBoxLayout()
        self.new_from = describe(
            QLineEdit(),
            self.tr("New request: from whom"),
            self.tr("The doctor, hospital or lab to ask for records"),
        )
        self.new_from.setPlaceholderText(self.tr("From whom, e.g. City Hospital"))
        self.new_what = describe(
            QLineEdit(),
            self.tr("New request: which records"),
            self.tr("Which records to ask for; press Enter to add the request"),
        )
        self.new_what.setPlaceholderText(self.tr("Which records, e.g. pathology report"))
        self.new_what.returnPressed.connect(self.add)
        self.add_button = describe(
            QPushButton(self.tr("&Add request")),
            self.tr("Add the records request"),
            self.tr("Add a request with the two boxes before this button"),
        )
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(self.new_from, 1)
        add_row.addWidget(self.new_what, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.table = row_table(self.model)
        describe(
            self.table,
            self.tr("Records requests"),
            self.tr("Choose a request to see or change its details"),
        )
        layout.addWidget(self.table, 1)

        self.received_button = describe(
            QPushButton(self.tr("Received &today")),
            self.tr("Mark the request as received today"),
        )
        self.received_button.clicked.connect(self.mark_received_today)
        self.remove_button = describe(
            QPushButton(self.tr("&Remove request")),
            self.tr("Remove the selected records request"),
        )
        self.remove_button.clicked.connect(self._remove)
        self.letter_button = pc.PdfButton(
            session,
            self.tr("Request &letter"),
            self.tr("Records request letter"),
            self.tr("A one-page letter asking for your records, to print, sign and send"),
            self._letter,
            lambda: self.tr("Records request letter.pdf"),
        )
        self.letter_button.done.connect(self._status)
        layout.addLayout(button_row((self.received_button, self.remove_button, self.letter_button)))
        self.status_label = paragraph("")
        layout.addWidget(self.status_label)

        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        b = self.binder
        self.from_whom = b.line(
            self.tr("Request from whom"),
            self.tr("Who the records were asked from"),
            *self._field("from_whom"),
        )
        form.addRow(self.tr("From:"), self.from_whom)
        self.what = b.line(
            self.tr("Records asked for"), self.tr("Which records"), *self._field("what")
        )
        form.addRow(self.tr("What:"), self.what)
        self.date_asked = b.date(
            self.tr("Date asked"), self.tr("When you asked"), *self._field("date_asked")
        )
        form.addRow(self.tr("Asked on:"), self.date_asked)
        self.how = b.line(
            self.tr("How it was asked"),
            self.tr("Portal, fax, letter, email, phone or in person"),
            *self._field("how"),
        )
        self.how.setCompleter(QCompleter(list(HOW_CHOICES), self.how))
        form.addRow(self.tr("How:"), self.how)
        self.delivery = b.line(
            self.tr("Delivery preference"),
            self.tr("How you would like to receive the records"),
            *self._field("delivery_preference"),
        )
        self.delivery.setCompleter(QCompleter(list(DELIVERY_CHOICES), self.delivery))
        form.addRow(self.tr("Send them as:"), self.delivery)
        self.date_received = b.date(
            self.tr("Date received"),
            self.tr("When the records arrived"),
            *self._field("date_received"),
        )
        form.addRow(self.tr("Received on:"), self.date_received)
        self.notes = b.text(
            self.tr("Request notes"), self.tr("Anything to remember"), *self._field("notes")
        )
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("Notes:"), self.notes)
        self.documents = pc.DocumentPicker(
            self.tr("Documents this request brought in"),
            self.tr("Tick the documents in your records that came from this request"),
        )
        self.documents.setMaximumHeight(self.documents.fontMetrics().lineSpacing() * 7)
        self.documents.toggled.connect(self._link)
        form.addRow(self.tr("Documents it brought:"), self.documents)
        layout.addWidget(self.editor, 2)

        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.reload()

    def _field(self, attr: str) -> tuple[Getter, Setter]:
        return selected_field(self.selected, attr)

    # -- data ----------------------------------------------------------------------------

    def _chosen_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _choose_row(self, row: int) -> None:
        self.table.selectRow(row)

    def selected(self) -> RecordsRequest | None:
        request: RecordsRequest | None = self._chosen()
        return request

    def _load(self) -> None:
        chosen = self.selected()
        self.model.set_items(self._session.content.records_requests)
        if chosen is not None:
            self.select(chosen.id)
        elif self.model.rowCount():
            self.select(find_request(self._session.content).id)
        self._show_selected()

    def _show_selected(self, *_: object) -> None:
        request = self.selected()
        has = request is not None
        for widget in (self.editor, self.received_button, self.remove_button, self.letter_button):
            widget.setEnabled(has)
        if request is None:
            self.documents.clear()
            return
        self.binder.load()
        self.received_button.setEnabled(request.date_received is None)
        self.documents.load(self._session.content, request.document_ids)

    # -- actions -------------------------------------------------------------------------

    def add(self) -> None:
        try:
            request = add_request(
                self._session.content,
                self.new_from.text(),
                self.new_what.text(),
                date_asked=pc.today(),
            )
        except OrganizerError as exc:
            prompts.warn(self, self.tr("Not added"), str(exc))
            return
        self.new_from.clear()
        self.new_what.clear()
        self._save(self.tr("Added a records request"))
        self.model.set_items(self._session.content.records_requests)
        self.select(request.id)
        self.how.setFocus()

    def mark_received_today(self) -> None:
        request = self.selected()
        if request is not None:
            request.date_received = pc.today()
            self._edited(self.tr("Marked records as received"))
            self._show_selected()
            self.documents.setFocus()

    def _link(self, doc_id: str, on: bool) -> None:
        request = self.selected()
        if request is not None:
            pc.set_linked(request.document_ids, doc_id, on)
            self._edited(self.tr("Linked a document to a request"))

    def _remove(self) -> None:
        request = self.selected()
        if request is None or not prompts.confirm(
            self,
            self.tr("Remove request"),
            self.tr("Remove the request to {0}? The documents stay in your records.").format(
                request.from_whom
            ),
            self.tr("Remove"),
        ):
            return
        self._session.content.records_requests.remove(request)
        self._save(self.tr("Removed a records request"))
        self.model.set_items(self._session.content.records_requests)
        self._show_selected()

    def _letter(self) -> Callable[[VaultContent], bytes]:
        request = self.selected()
        if request is None:
            raise UserError(self.tr("Choose a request first."))
        request_id, day = request.id, pc.today()
        return lambda content: request_letter_pdf(content, find_request(content, request_id), day)

    def _status(self, message: str) -> None:
        self.status_label.setText(message)

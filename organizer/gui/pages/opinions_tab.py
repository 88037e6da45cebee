"""Recording what each doctor concluded: one opinion per visit, saved as the user types."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.core.model import Opinion, VaultContent
from organizer.core.planning import opinions_in_order
from organizer.gui.models.planning import OpinionListModel
from organizer.gui.pages import planning_common as pc
from organizer.gui.pages import prompts
from organizer.gui.pages.common import describe, paragraph
from organizer.gui.pages.form_binding import FormBinder
from organizer.gui.pages.list_editor import ChosenRowTab, Getter, Setter, selected_field
from organizer.gui.session import Session


def link_to_provider(content: VaultContent, opinion: Opinion) -> None:
    """Link the opinion to the doctor asked whose name or practice matches (as the core does)."""
    wanted = opinion.provider_name.casefold().strip()
    opinion.opinion_provider_id = ""
    for op in content.case.opinion_providers:
        names = {op.provider.name.casefold().strip(), op.provider.practice.casefold().strip()}
        if wanted and wanted in names:
            opinion.opinion_provider_id = op.id
            return


class OpinionsTab(ChosenRowTab):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = OpinionListModel(self)
        self.binder = FormBinder(self._edited, self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "After each visit, write down what the doctor told you, in your own words. "
                    "Choose an opinion to change it."
                )
            )
        )
        self.list = QListView()
        self.list.setModel(self.model)
        describe(self.list, self.tr("Opinions recorded"), self.tr("Choose one to see or change"))
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.new_button = describe(
            QPushButton(self.tr("&New opinion")),
            self.tr("Record a new opinion"),
            self.tr("Adds an opinion dated today; then fill in what you were told"),
        )
        self.new_button.clicked.connect(self.new_opinion)
        self.remove_button = describe(
            QPushButton(self.tr("Remo&ve opinion")), self.tr("Remove the selected opinion")
        )
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        b = self.binder
        self.provider_name = b.line(
            self.tr("Doctor who gave the opinion"),
            self.tr("The doctor or practice you saw"),
            *self._field("provider_name"),
        )
        # Suggests the doctors asked for an opinion as the name is typed.
        self.provider_names = QStringListModel(self)
        self.provider_name.setCompleter(QCompleter(self.provider_names, self.provider_name))
        form.addRow(self.tr("&Doctor:"), self.provider_name)
        self.date = b.date(
            self.tr("Date of the opinion"), self.tr("The day of the visit"), *self._field("date")
        )
        form.addRow(self.tr("Date:"), self.date)
        self.diagnosis = b.text(
            self.tr("Diagnosis given"),
            self.tr("What the doctor said the illness is"),
            *self._field("diagnosis"),
        )
        form.addRow(self.tr("Dia&gnosis:"), self.diagnosis)
        self.treatment = b.text(
            self.tr("Recommended treatment"),
            self.tr("The treatment the doctor advised"),
            *self._field("recommended_treatment"),
        )
        form.addRow(self.tr("Recommended &treatment:"), self.treatment)
        self.options = b.text(
            self.tr("Other options mentioned"),
            self.tr("Other treatments or choices the doctor talked about"),
            *self._field("other_options"),
        )
        form.addRow(self.tr("Other options:"), self.options)
        self.notes = b.text(
            self.tr("Opinion notes"), self.tr("Anything else to remember"), *self._field("notes")
        )
        form.addRow(self.tr("Notes:"), self.notes)
        for box in (self.diagnosis, self.treatment, self.options, self.notes):
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 4)
        self.documents = pc.DocumentPicker(
            self.tr("Documents received with this opinion"),
            self.tr("Tick the letters or reports this doctor gave you, once added to your records"),
        )
        self.documents.setMaximumHeight(self.documents.fontMetrics().lineSpacing() * 6)
        self.documents.toggled.connect(self._link)
        form.addRow(self.tr("Documents received:"), self.documents)
        layout.addWidget(self.editor, 1)
        self.list.selectionModel().currentChanged.connect(self._show_selected)
        self.reload()

    def _field(self, attr: str) -> tuple[Getter, Setter]:
        if attr != "provider_name":
            return selected_field(self.selected, attr)
        return selected_field(
            self.selected, attr, lambda opinion: link_to_provider(self._session.content, opinion)
        )

    def _chosen_row(self) -> int | None:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else None

    def _choose_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row))

    def selected(self) -> Opinion | None:
        opinion: Opinion | None = self._chosen()
        return opinion

    def _load(self) -> None:
        chosen = self.selected()
        content = self._session.content
        self.model.set_items(opinions_in_order(content))
        self.provider_names.setStringList(
            [op.provider.name for op in content.case.opinion_providers if op.provider.name]
        )
        if chosen is not None:
            self.select(chosen.id)
        elif self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(self.model.rowCount() - 1))
        self._show_selected()

    def _show_selected(self, *_: object) -> None:
        opinion = self.selected()
        self.editor.setEnabled(opinion is not None)
        self.remove_button.setEnabled(opinion is not None)
        if opinion is None:
            self.documents.clear()
            return
        self.binder.load()
        self.documents.load(self._session.content, opinion.document_ids)

    def _link(self, doc_id: str, on: bool) -> None:
        opinion = self.selected()
        if opinion is not None:
            pc.set_linked(opinion.document_ids, doc_id, on)
            self._edited(self.tr("Linked a document to an opinion"))

    def new_opinion(self) -> None:
        content = self._session.content
        heard = {o.opinion_provider_id for o in content.opinions}
        waiting = [op for op in content.case.opinion_providers if op.id not in heard]
        name = waiting[0].provider.name if waiting else ""
        opinion = Opinion(provider_name=name, date=pc.today())
        link_to_provider(content, opinion)
        content.opinions.append(opinion)
        self._save(self.tr("Added an opinion"))
        self.model.set_items(opinions_in_order(content))
        self.select(opinion.id)
        (self.diagnosis if name else self.provider_name).setFocus()

    def _remove(self) -> None:
        opinion = self.selected()
        if opinion is None or not prompts.confirm(
            self,
            self.tr("Remove opinion"),
            self.tr("Remove the opinion of {0}? The documents stay in your records.").format(
                opinion.provider_name or self.tr("this doctor")
            ),
            self.tr("Remove"),
        ):
            return
        self._session.content.opinions.remove(opinion)
        self._save(self.tr("Removed an opinion"))
        self.model.set_items(opinions_in_order(self._session.content))
        self._show_selected()

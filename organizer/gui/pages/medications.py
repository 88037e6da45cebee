"""The Medications page: a table editor of everything the patient takes, and its printouts."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from organizer.core.model import MedicationKind, Section
from organizer.gui.models.document_summaries import DocumentSummaryModel
from organizer.gui.models.medications import (
    KIND_COLUMN,
    STARTED_COLUMN,
    MedicationTableModel,
    kind_label,
)
from organizer.gui.pages import printing
from organizer.gui.pages.common import DateField, SavingPage, describe, heading, paragraph
from organizer.gui.pages.list_editor import (
    action_button,
    add_move_keys,
    button_row,
    enable_list_buttons,
    move_buttons,
    row_table,
)
from organizer.gui.session import Session


def today() -> date:
    """Today's date (a function so tests can set the day)."""
    return date.today()


class _EditorDelegate(QStyledItemDelegate):
    """Edits a column with a control made by ``make_editor``, through the model's EditRole."""

    def make_editor(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def show_value(self, editor: Any, value: Any) -> None:
        raise NotImplementedError

    def read_value(self, editor: Any) -> Any:
        raise NotImplementedError

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return self.make_editor(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        self.show_value(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model.setData(index, self.read_value(editor), Qt.ItemDataRole.EditRole)


class KindDelegate(_EditorDelegate):
    """Edits the "Kind" column with a drop-down list."""

    def make_editor(self, parent: QWidget) -> QWidget:
        combo = QComboBox(parent)
        for kind in MedicationKind:
            combo.addItem(kind_label(kind), kind.value)
        describe(
            combo,
            self.tr("Kind of medication"),
            self.tr("Prescription, over the counter or supplement"),
        )
        return combo

    def show_value(self, editor: QComboBox, value: Any) -> None:
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def read_value(self, editor: QComboBox) -> Any:
        return editor.currentData()


class StartDateDelegate(_EditorDelegate):
    """Edits the "Started" column with a date box that can be "Not set"."""

    def make_editor(self, parent: QWidget) -> QWidget:
        field = DateField(parent)
        describe(field, self.tr("Date started"), self.tr("When you started taking it, if known"))
        return field

    def show_value(self, editor: DateField, value: Any) -> None:
        editor.set_value(value)

    def read_value(self, editor: DateField) -> Any:
        return editor.value()


class MedicationsPage(SavingPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("MedicationsPage")
        self.model = MedicationTableModel(self)
        self.model.edited.connect(self._save)
        self.documents_model = DocumentSummaryModel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Medications")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "List everything you take: prescriptions, medicines bought without a "
                    "prescription, vitamins and supplements. Double-click a box or press F2 to "
                    "change it."
                )
            )
        )

        add_row = QHBoxLayout()
        self.new_name = describe(
            QLineEdit(),
            self.tr("Name of the medication to add"),
            self.tr("Type a name, then press Enter"),
        )
        self.new_name.setPlaceholderText(self.tr("Name of a medication, e.g. Metformin"))
        self.new_name.returnPressed.connect(self._add)
        self.add_button = describe(
            QPushButton(self.tr("&Add medication")),
            self.tr("Add medication"),
            self.tr("Add the typed medication to the list"),
        )
        self.add_button.clicked.connect(self._add)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.table = row_table(
            self.model,
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed,
            QHeaderView.ResizeMode.ResizeToContents,
        )
        self.table.setItemDelegateForColumn(KIND_COLUMN, KindDelegate(self.table))
        self.table.setItemDelegateForColumn(STARTED_COLUMN, StartDateDelegate(self.table))
        describe(
            self.table,
            self.tr("Medication list"),
            self.tr("Arrow keys move between boxes, F2 changes one, Alt+Up and Alt+Down reorder"),
        )
        layout.addWidget(self.table, 1)

        self.remove_button = action_button(
            self.tr("&Remove medication"),
            self.tr("Remove the selected medication from the list"),
            self._remove,
        )
        self.up_button, self.down_button = move_buttons(
            self.tr("Move the selected medication up (Alt+Up)"),
            self.tr("Move the selected medication down (Alt+Down)"),
            self._move,
        )
        self.print_button = action_button(
            self.tr("&Print this list..."), self.tr("Print the medication list"), self._print
        )
        layout.addLayout(
            button_row((self.remove_button, self.up_button, self.down_button), (self.print_button,))
        )
        add_move_keys(self.table, self._move, Qt.ShortcutContext.WidgetWithChildrenShortcut)

        review = QHBoxLayout()
        self.reviewed_label = QLabel()
        self.reviewed_label.setWordWrap(True)
        self.review_button = action_button(
            self.tr("The list is &complete and current"),
            self.tr("Mark the medication list as checked today"),
            self._mark_reviewed,
        )
        review.addWidget(self.reviewed_label, 1)
        review.addWidget(self.review_button)
        layout.addLayout(review)

        layout.addWidget(
            heading(self.tr("Pharmacy printouts and other papers about medications"), 2)
        )
        self.documents = QListView()
        self.documents.setModel(self.documents_model)
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        describe(
            self.documents,
            self.tr("Documents filed under Medications"),
            self.tr("Documents you filed in the Medications section"),
        )
        self.documents.setMaximumHeight(self.documents.sizeHintForRow(0) * 6 + 40)
        layout.addWidget(self.documents)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._follow_session()

    # -- data ---------------------------------------------------------------------------

    def _load(self) -> None:
        content = self._session.content
        self.model.set_items(content.medications)
        self.documents_model.set_documents(
            [d for d in content.active_documents() if d.section is Section.MEDICATIONS]
        )
        self._update_review_label()
        self._update_buttons()

    def _drop_data(self, *_: object) -> None:
        super()._drop_data()
        self.model.set_items([])
        self.documents_model.set_documents([])

    def _after_save(self) -> None:
        self._update_buttons()

    def _update_review_label(self) -> None:
        reviewed = self._session.content.case.medications_reviewed_on
        if reviewed is None:
            self.reviewed_label.setText(
                self.tr("You have not yet checked that this list is complete.")
            )
        else:
            self.reviewed_label.setText(
                self.tr("You checked that this list is complete on {0}.").format(
                    reviewed.isoformat()
                )
            )

    def _update_buttons(self, *_: object) -> None:
        enable_list_buttons(
            self.selected_row(),
            self.model.rowCount(),
            self.remove_button,
            self.up_button,
            self.down_button,
            self.print_button,
        )

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # -- actions ------------------------------------------------------------------------

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        row = self.model.add_medication(name)
        self.new_name.clear()
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 1))

    def _remove(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.model.remove_medication(row)
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

    def _move(self, step: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        column = max(0, self.table.currentIndex().column())
        if self.model.move_medication(row, row + step):
            self.table.selectRow(row + step)
            self.table.setCurrentIndex(self.model.index(row + step, column))

    def _mark_reviewed(self) -> None:
        self._session.content.case.medications_reviewed_on = today()
        self._save(self.tr("Checked the medication list"))
        self._update_review_label()

    def _print(self) -> None:
        body = printing.medications_html(self._session.content, today())
        printing.print_html(self, self.tr("Medications"), body, landscape=True)

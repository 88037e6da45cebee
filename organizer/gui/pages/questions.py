"""The Questions page: what the patient wants to ask, in order, with answers noted after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from organizer.core.model import Priority
from organizer.gui.models.questions import QuestionListModel, priority_label
from organizer.gui.pages import printing
from organizer.gui.pages.common import CommittingTextEdit, SavingPage, describe, heading, paragraph
from organizer.gui.pages.list_editor import (
    action_button,
    add_move_keys,
    button_row,
    enable_list_buttons,
    move_buttons,
)
from organizer.gui.pages.medications import today
from organizer.gui.session import Session


class QuestionsPage(SavingPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("QuestionsPage")
        self.model = QuestionListModel(self)
        self.model.edited.connect(self._save)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Questions for the doctor")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Write down what you want to ask, most important first. Drag a question, or "
                    "press Alt+Up and Alt+Down, to change the order. "
                    "After the visit, note the answers."
                )
            )
        )
        add_row = QHBoxLayout()
        self.new_text = describe(
            QLineEdit(), self.tr("Question to add"), self.tr("Type a question, then press Enter")
        )
        self.new_text.setPlaceholderText(self.tr("e.g. What are my treatment options?"))
        self.new_text.returnPressed.connect(self._add)
        self.add_button = action_button(
            self.tr("&Add question"), self.tr("Add the typed question"), self._add
        )
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        body = QHBoxLayout()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setDropIndicatorShown(True)
        self.list.setWordWrap(True)
        describe(
            self.list,
            self.tr("Question list"),
            self.tr("Arrow keys choose a question; Alt+Up and Alt+Down move it"),
        )
        body.addWidget(self.list, 3)

        editor = QGroupBox(self.tr("Selected question"))
        form = QFormLayout(editor)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.text_edit = describe(
            QLineEdit(), self.tr("Question text"), self.tr("The wording of the question")
        )
        self.text_edit.editingFinished.connect(self._text_done)
        self.priority = describe(
            QComboBox(), self.tr("Priority"), self.tr("How important the question is")
        )
        for p in Priority:
            self.priority.addItem(priority_label(p), p.value)
        self.priority.activated.connect(self._priority_done)
        self.answered = describe(
            QCheckBox(self.tr("A&nswered")),
            self.tr("Answered"),
            self.tr("Tick once the doctor has answered"),
        )
        self.answered.toggled.connect(self._answered_done)
        self.notes = describe(
            CommittingTextEdit(), self.tr("Answer notes"), self.tr("What the doctor said")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.editingFinished.connect(self._notes_done)
        form.addRow(self.tr("&Question:"), self.text_edit)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow("", self.answered)
        form.addRow(self.tr("Answer &notes:"), self.notes)
        self.editor = editor
        body.addWidget(editor, 2)
        layout.addLayout(body, 1)

        self.remove_button = action_button(
            self.tr("&Remove question"), self.tr("Remove the selected question"), self._remove
        )
        self.up_button, self.down_button = move_buttons(
            self.tr("Ask the selected question earlier (Alt+Up)"),
            self.tr("Ask the selected question later (Alt+Down)"),
            self._move,
        )
        self.print_button = action_button(
            self.tr("&Print this list..."),
            self.tr("Print the questions with room for answers"),
            self._print,
        )
        layout.addLayout(
            button_row((self.remove_button, self.up_button, self.down_button), (self.print_button,))
        )
        add_move_keys(self.list, self._move, Qt.ShortcutContext.WidgetShortcut)

        self.list.selectionModel().currentChanged.connect(self._show_selected)
        self._follow_session()

    # -- data ---------------------------------------------------------------------------

    def _load(self) -> None:
        row = self.selected_row()
        self.model.set_items(self._session.content.questions)
        if self.model.rowCount():
            # Keep the user's place; on first showing, start at the first question.
            keep = row if row is not None and row < self.model.rowCount() else 0
            self.list.setCurrentIndex(self.model.index(keep))
        self._show_selected()

    def _drop_data(self, *_: object) -> None:
        super()._drop_data()
        self.model.set_items([])
        self._show_selected()

    def _after_save(self) -> None:
        self._update_buttons()

    def selected_row(self) -> int | None:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else None

    def _show_selected(self, *_: object) -> None:
        row = self.selected_row()
        self.editor.setEnabled(row is not None)
        widgets = (self.text_edit, self.priority, self.answered, self.notes)
        for w in widgets:
            w.blockSignals(True)
        if row is None:
            self.text_edit.clear()
            self.notes.clear()
            self.answered.setChecked(False)
            self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))
        else:
            q = self.model.question(row)
            self.text_edit.setText(q.text)
            self.priority.setCurrentIndex(self.priority.findData(q.priority.value))
            self.answered.setChecked(q.answered)
            self.notes.setPlainText(q.answer_notes)
        for w in widgets:
            w.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        enable_list_buttons(
            self.selected_row(),
            self.model.rowCount(),
            self.remove_button,
            self.up_button,
            self.down_button,
            self.print_button,
        )

    # -- editing the selected question ----------------------------------------------------

    def _text_done(self) -> None:
        row = self.selected_row()
        text = self.text_edit.text().strip()
        if row is None or not text or self.model.question(row).text == text:
            return
        self.model.question(row).text = text
        self.model.question_changed(row)

    def _priority_done(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        value = Priority(self.priority.currentData())
        if self.model.question(row).priority is not value:
            self.model.question(row).priority = value
            self.model.question_changed(row)

    def _answered_done(self, checked: bool) -> None:
        row = self.selected_row()
        if row is not None and self.model.question(row).answered != checked:
            self.model.question(row).answered = checked
            self.model.question_changed(row)

    def _notes_done(self) -> None:
        row = self.selected_row()
        text = self.notes.toPlainText().strip()
        if row is not None and self.model.question(row).answer_notes != text:
            self.model.question(row).answer_notes = text
            self.model.question_changed(row)

    # -- list actions -------------------------------------------------------------------

    def _add(self) -> None:
        text = self.new_text.text().strip()
        if not text:
            self.new_text.setFocus()
            return
        row = self.model.add_question(text)
        self.new_text.clear()
        self.list.setCurrentIndex(self.model.index(row))

    def _remove(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.model.remove_question(row)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self._show_selected()

    def _move(self, step: int) -> None:
        row = self.selected_row()
        if row is not None and self.model.move_question(row, row + step):
            self.list.setCurrentIndex(self.model.index(row + step))
            self._update_buttons()

    def _print(self) -> None:
        self._notes_done()
        body = printing.questions_html(self._session.content, today())
        printing.print_html(self, self.tr("Questions for the doctor"), body)

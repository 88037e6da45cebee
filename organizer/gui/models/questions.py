"""A list model over the patient's questions, reorderable by drag and drop and by keys."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt, Signal

from organizer.core.model import Priority, Question
from organizer.gui.models.rows import Index, RowListModel

QUESTION_MIME = "application/x-second-opinion-question-id"


def priority_label(priority: Priority) -> str:
    return {
        Priority.HIGH: QCoreApplication.translate("QuestionListModel", "Most important"),
        Priority.NORMAL: QCoreApplication.translate("QuestionListModel", "Normal"),
        Priority.LOW: QCoreApplication.translate("QuestionListModel", "If there is time"),
    }[priority]


class QuestionListModel(RowListModel[Question]):
    """Rows are the ``Question`` objects of the list it was given, in asking order."""

    refresh_same_list = True
    edited = Signal(str)

    def question(self, row: int) -> Question:
        return self.item(row)

    def display_text(self, row: int) -> str:
        q = self._items[row]
        parts = [f"{row + 1}. {q.text}"]
        if q.priority is not Priority.NORMAL:
            parts.append(f"({priority_label(q.priority)})")
        if q.answered:
            parts.append(QCoreApplication.translate("QuestionListModel", "- answered"))
        return " ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display_text(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._items[index.row()].answer_notes or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    # -- changes ------------------------------------------------------------------------

    def _renumber(self) -> None:
        for n, q in enumerate(self._items):
            q.order = n

    def add_question(self, text: str) -> int:
        row = self.insert_row(Question(text=text, order=len(self._items)))
        self.edited.emit(QCoreApplication.translate("QuestionListModel", "Added a question"))
        return row

    def remove_question(self, row: int) -> None:
        self.remove_row(row)
        self._renumber()
        self._refresh_all()
        self.edited.emit(QCoreApplication.translate("QuestionListModel", "Removed a question"))

    def question_changed(self, row: int) -> None:
        """Call after changing a question's fields in place."""
        self.refresh(row)
        self.edited.emit(QCoreApplication.translate("QuestionListModel", "Changed a question"))

    def move_question(self, row: int, to_row: int) -> bool:
        if not self.move_row(row, to_row):
            return False
        self._renumber()
        self._refresh_all()
        self.edited.emit(QCoreApplication.translate("QuestionListModel", "Reordered the questions"))
        return True

    def _refresh_all(self) -> None:
        # The numbers shown ("1. ...") depend on the position of every row.
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    # -- drag and drop (within the list) ------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [QUESTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            question_id = self._items[indexes[0].row()].id
            data.setData(QUESTION_MIME, QByteArray(question_id.encode("ascii")))
        return data

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        # QListView's own internal move (a real drag within the list) calls this.
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        target = destination_child - 1 if destination_child > source_row else destination_child
        return self.move_question(source_row, max(0, min(target, len(self._items) - 1)))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        # The move happens here; removeRows is deliberately not implemented, so the view's
        # "remove the dragged rows after a move" step does nothing.
        if action != Qt.DropAction.MoveAction or not data.hasFormat(QUESTION_MIME):
            return False
        question_id = bytes(data.data(QUESTION_MIME).data()).decode("ascii")
        source = next((n for n, q in enumerate(self._items) if q.id == question_id), None)
        if source is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        # ``row`` is the insertion point before the move; turn it into the final position.
        target = row - 1 if row > source else row
        target = max(0, min(target, len(self._items) - 1))
        self.move_question(source, target)
        return True

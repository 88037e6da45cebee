"""A table model over the case's medication list (edited in place, saved by the page)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from organizer.core.model import Medication, MedicationKind
from organizer.gui.models.rows import Index, RowTableModel


def kind_label(kind: MedicationKind) -> str:
    return {
        MedicationKind.PRESCRIPTION: QCoreApplication.translate(
            "MedicationTableModel", "Prescription"
        ),
        MedicationKind.OVER_THE_COUNTER: QCoreApplication.translate(
            "MedicationTableModel", "Over the counter"
        ),
        MedicationKind.SUPPLEMENT: QCoreApplication.translate("MedicationTableModel", "Supplement"),
    }[kind]


# The free-text columns' attributes, in display order (headers in medication_headers()).
_TEXT_COLUMNS: tuple[str, ...] = (
    "name",
    "strength",
    "dose",
    "how_taken",
    "how_often",
    "reason",
    "prescriber",
)


def medication_headers() -> tuple[str, ...]:
    """The column titles, in order (the table and its printout)."""
    # Literal strings inside tr calls, so the translation tools find them.
    return (
        QCoreApplication.translate("MedicationTableModel", "Name"),
        QCoreApplication.translate("MedicationTableModel", "Strength"),
        QCoreApplication.translate("MedicationTableModel", "Dose"),
        QCoreApplication.translate("MedicationTableModel", "How taken"),
        QCoreApplication.translate("MedicationTableModel", "How often"),
        QCoreApplication.translate("MedicationTableModel", "What it is for"),
        QCoreApplication.translate("MedicationTableModel", "Prescribed by"),
        QCoreApplication.translate("MedicationTableModel", "Started"),
        QCoreApplication.translate("MedicationTableModel", "Kind"),
        QCoreApplication.translate("MedicationTableModel", "Still taking"),
    )


STARTED_COLUMN = len(_TEXT_COLUMNS)
KIND_COLUMN = STARTED_COLUMN + 1
STILL_TAKING_COLUMN = KIND_COLUMN + 1


class MedicationTableModel(RowTableModel[Medication]):
    """Rows are ``Medication`` objects of the list it was given; edits change them in place."""

    refresh_same_list = True
    # A short plain description of what changed ("Added a medication"), for the save.
    edited = Signal(str)

    def medication(self, row: int) -> Medication:
        return self.item(row)

    def headers(self) -> tuple[str, ...]:
        return medication_headers()

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == STILL_TAKING_COLUMN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        med = self._items[index.row()]
        col = index.column()
        if col == STILL_TAKING_COLUMN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if med.still_taking else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return (
                    QCoreApplication.translate("MedicationTableModel", "Yes")
                    if med.still_taking
                    else QCoreApplication.translate("MedicationTableModel", "No")
                )
            return None
        if col == STARTED_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return med.start_date.isoformat() if med.start_date else ""
            if role == Qt.ItemDataRole.EditRole:
                return med.start_date  # None shows as "Not set" in the date editor
            return None
        if col == KIND_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return kind_label(med.kind)
            if role == Qt.ItemDataRole.EditRole:
                return med.kind.value
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return getattr(med, _TEXT_COLUMNS[col])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        med = self._items[index.row()]
        col = index.column()
        if col == STILL_TAKING_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            med.still_taking = Qt.CheckState(value) == Qt.CheckState.Checked
        elif col == KIND_COLUMN and role == Qt.ItemDataRole.EditRole:
            med.kind = MedicationKind(value)
        elif col == STARTED_COLUMN and role == Qt.ItemDataRole.EditRole:
            if value == med.start_date:
                return False
            med.start_date = value
        elif col < STARTED_COLUMN and role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            attr = _TEXT_COLUMNS[col]
            if attr == "name" and not text:
                return False  # a medication always has a name
            if getattr(med, attr) == text:
                return False
            setattr(med, attr, text)
        else:
            return False
        self.dataChanged.emit(index, self.index(index.row(), STILL_TAKING_COLUMN))
        self.edited.emit(QCoreApplication.translate("MedicationTableModel", "Changed a medication"))
        return True

    def add_medication(self, name: str) -> int:
        """Append a medication; returns its row."""
        row = self.insert_row(Medication(name=name))
        self.edited.emit(QCoreApplication.translate("MedicationTableModel", "Added a medication"))
        return row

    def remove_medication(self, row: int) -> None:
        self.remove_row(row)
        self.edited.emit(QCoreApplication.translate("MedicationTableModel", "Removed a medication"))

    def move_medication(self, row: int, to_row: int) -> bool:
        """Move a row so that it ends up at ``to_row``; False if it cannot move there."""
        if not self.move_row(row, to_row):
            return False
        self.edited.emit(
            QCoreApplication.translate("MedicationTableModel", "Reordered the medications")
        )
        return True

"""Item models over records requests and opinions (no view code)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from organizer.core.model import Opinion, RecordsRequest, VaultContent
from organizer.core.planning import request_status
from organizer.gui.labels import tr_label
from organizer.gui.models.rows import TEXT_ROLES, Index, RowListModel, RowTableModel


class RecordsRequestTableModel(RowTableModel[RecordsRequest]):
    """One row per records request: from whom, what, and where it stands."""

    header_roles = TEXT_ROLES

    def request(self, row: int) -> RecordsRequest:
        return self.item(row)

    def row_of(self, request_id: str) -> int | None:
        return self.find_row(lambda r: r.id == request_id)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("planning models", "From"),
            QCoreApplication.translate("planning models", "What"),
            QCoreApplication.translate("planning models", "Where it stands"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in TEXT_ROLES:
            return None
        request = self._items[index.row()]
        return (request.from_whom, request.what, request_status(request))[index.column()]


def opinion_title(opinion: Opinion) -> str:
    name = opinion.provider_name or QCoreApplication.translate(
        "planning models", "(no doctor named yet)"
    )
    return f"{opinion.date.isoformat()} - {name}" if opinion.date else name


class OpinionListModel(RowListModel[Opinion]):
    """The opinions recorded, in the order given (the page passes them by date)."""

    copy_items = True

    def opinion(self, row: int) -> Opinion:
        return self.item(row)

    def row_of(self, opinion_id: str) -> int | None:
        return self.find_row(lambda o: o.id == opinion_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in TEXT_ROLES:
            return None
        return opinion_title(self._items[index.row()])


# The rows of the side-by-side view: (label, how to read it from an opinion and the vault).
# The column headers name the doctor and the date.
# Marked for the translation tools here, translated where shown (``tr_label``).
COMPARISON_ROWS: tuple[str, ...] = tuple(
    map(
        str,
        (
            QT_TRANSLATE_NOOP("labels", "Diagnosis"),
            QT_TRANSLATE_NOOP("labels", "Recommended treatment"),
            QT_TRANSLATE_NOOP("labels", "Other options"),
            QT_TRANSLATE_NOOP("labels", "Notes"),
            QT_TRANSLATE_NOOP("labels", "Documents received"),
        ),
    )
)


class ComparisonModel(QAbstractTableModel):
    """Opinions side by side: one column per opinion, one row per kind of answer."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._opinions: list[Opinion] = []
        self._titles: dict[str, str] = {}

    def load(self, content: VaultContent, opinions: list[Opinion]) -> None:
        self.beginResetModel()
        self._opinions = list(opinions)
        self._titles = {d.id: d.title for d in content.documents}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COMPARISON_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._opinions)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in TEXT_ROLES:
            return None
        if orientation == Qt.Orientation.Vertical:
            label = tr_label(COMPARISON_ROWS[section])
            # Two words on two lines keep the first column narrow at large text sizes.
            return label.replace(" ", "\n", 1) if role == Qt.ItemDataRole.DisplayRole else label
        o = self._opinions[section]
        name = o.provider_name or QCoreApplication.translate(
            "planning models", "(no doctor named yet)"
        )
        when = (
            o.date.isoformat()
            if o.date
            else QCoreApplication.translate("planning models", "no date")
        )
        return f"{name}\n{when}" if role == Qt.ItemDataRole.DisplayRole else f"{name}, {when}"

    def cell_text(self, row: int, column: int) -> str:
        o = self._opinions[column]
        if row == 4:
            return "\n".join(
                self._titles.get(i, QCoreApplication.translate("planning models", "(removed)"))
                for i in o.document_ids
            )
        return (o.diagnosis, o.recommended_treatment, o.other_options, o.notes)[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = opinion_title(self._opinions[index.column()])
            label = tr_label(COMPARISON_ROWS[index.row()])
            return f"{who}, {label}: {self.cell_text(index.row(), index.column())}"
        return None

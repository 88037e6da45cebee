"""Item models over a list of model objects, one object a row (edited in place; pages save).

``RowListModel`` and ``RowTableModel`` hold the rows and make the changes (add, remove, move,
refresh) with the right begin/end signals; a subclass says only how a row reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)

# The row store is a plain mixin at run time (two Qt bases in one class crash shiboken), but
# reads as an item model to the type checker.
if TYPE_CHECKING:
    _ModelBase = QAbstractItemModel
else:

    class _ModelBase:
        pass


class _RowStore(_ModelBase, Generic[T]):
    """The rows and the changes to them, shared by the list and the table base."""

    # Given the same list again (after a save), refresh the text instead of resetting, so the
    # selection and an open editor stay.
    refresh_same_list: ClassVar[bool] = False
    # Keep a copy of the list given rather than the list itself.
    copy_items: ClassVar[bool] = False
    _items: list[T]

    def _init_rows(self) -> None:
        self._items = []

    def _last_column(self) -> int:
        return 0

    def set_items(self, items: list[T]) -> None:
        if self.refresh_same_list and items is self._items and self._items:
            last = self.index(len(items) - 1, self._last_column())
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._items = list(items) if self.copy_items else items
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._items[row]

    def find_row(self, matches: Callable[[T], bool]) -> int | None:
        return next((n for n, item in enumerate(self._items) if matches(item)), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def refresh(self, row: int) -> None:
        """Call after changing a row's object in place."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self._last_column()))

    def insert_row(self, item: T) -> int:
        """Append a row; returns its number."""
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def move_row(self, row: int, to_row: int) -> bool:
        """Move a row so that it ends up at ``to_row``; False if it cannot move there."""
        if not (0 <= row < len(self._items) and 0 <= to_row < len(self._items)) or row == to_row:
            return False
        # Qt's destination is the row *before which* the item lands, counted before the move.
        dest = to_row + 1 if to_row > row else to_row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._items.insert(to_row, self._items.pop(row))
        self.endMoveRows()
        return True


class RowListModel(_RowStore[T], QAbstractListModel):
    """A one-column list of objects; a subclass implements ``data``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._init_rows()


class RowTableModel(_RowStore[T], QAbstractTableModel):
    """A table of objects, one a row; a subclass gives ``headers()`` and implements ``data``."""

    # The roles the column headers answer to.
    header_roles: ClassVar[tuple[Qt.ItemDataRole, ...]] = (Qt.ItemDataRole.DisplayRole,)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._init_rows()

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _last_column(self) -> int:
        return self.columnCount() - 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in self.header_roles:
            return self.headers()[section]
        return None

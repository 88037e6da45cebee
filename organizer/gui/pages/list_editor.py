"""What the list-editing pages share: buttons, tables, move keys, fields of the selected row.

Used by Medications, Questions, Records requests, Opinions and Shared packets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from organizer.gui.pages.common import SavingPage, describe

Getter = Callable[[], Any]
Setter = Callable[[Any], None]


class ChosenRowTab(SavingPage):
    """A list of records with a form for the chosen one (records requests, opinions).

    A subclass says which row is chosen and how to choose one; ``model`` is a row model.
    """

    model: Any

    def _chosen_row(self) -> int | None:
        raise NotImplementedError

    def _choose_row(self, row: int) -> None:
        raise NotImplementedError

    def _chosen(self) -> Any:
        row = self._chosen_row()
        return self.model.item(row) if row is not None else None

    def select(self, item_id: str) -> None:
        row = self.model.find_row(lambda item: item.id == item_id)
        if row is not None:
            self._choose_row(row)

    def _edited(self, what: str) -> None:
        """Save a change to the chosen record and show it in the list."""
        self._save(what)
        row = self._chosen_row()
        if row is not None:
            self.model.refresh(row)


def action_button(text: str, description: str, slot: Callable[[], Any]) -> QPushButton:
    button = QPushButton(text)
    # The name says the action and the thing ("Remove the selected question"), so it stays
    # unique when every page sits in one window; the key hint stays in the description.
    describe(button, description.split(" (")[0], description)
    button.clicked.connect(slot)
    return button


def move_buttons(
    up_description: str, down_description: str, move: Callable[[int], None]
) -> tuple[QPushButton, QPushButton]:
    """The "Move up" and "Move down" buttons; the descriptions say what moves, and the keys."""
    up = action_button(
        QCoreApplication.translate("ListEditor", "Move &up"), up_description, lambda: move(-1)
    )
    down = action_button(
        QCoreApplication.translate("ListEditor", "Move &down"), down_description, lambda: move(1)
    )
    return up, down


def row_table(
    model: QAbstractItemModel,
    edit_triggers: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.NoEditTriggers,
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Interactive,
) -> QTableView:
    """A table choosing one whole row at a time; Tab leaves it, arrow keys move inside."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(edit_triggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(resize)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def button_row(left: Iterable[QWidget], right: Iterable[QWidget] = ()) -> QHBoxLayout:
    """A row of buttons: ``left`` at the start, ``right`` at the end."""
    row = QHBoxLayout()
    for button in left:
        row.addWidget(button)
    row.addStretch(1)
    for button in right:
        row.addWidget(button)
    return row


def add_move_keys(view: QWidget, move: Callable[[int], None], context: Qt.ShortcutContext) -> None:
    """Alt+Up and Alt+Down move the selected row of ``view`` one place."""
    for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
        shortcut = QShortcut(QKeySequence(keys), view)
        shortcut.setContext(context)
        shortcut.activated.connect(lambda step=step: move(step))


def enable_list_buttons(
    row: int | None,
    count: int,
    remove: QWidget,
    up: QWidget,
    down: QWidget,
    print_: QWidget,
) -> None:
    """Enable what can be done with the selected ``row`` of a list of ``count`` rows."""
    remove.setEnabled(row is not None)
    up.setEnabled(row is not None and row > 0)
    down.setEnabled(row is not None and row < count - 1)
    print_.setEnabled(count > 0)


def selected_field(
    selected: Callable[[], object | None],
    attr: str,
    after_set: Callable[[Any], None] | None = None,
) -> tuple[Getter, Setter]:
    """Read and write ``attr`` of the selected object (nothing when none is selected).

    ``after_set(obj)`` runs after a change, e.g. to update what depends on the field.
    """

    def get() -> Any:
        obj = selected()
        return getattr(obj, attr) if obj is not None else None

    def set_(value: Any) -> None:
        obj = selected()
        if obj is None:
            return
        setattr(obj, attr, value)
        if after_set is not None:
            after_set(obj)

    return get, set_

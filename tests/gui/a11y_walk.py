"""The one accessibility walk for windows, pages and dialogs.

- ``name_problems``: every interactive control has an accessible name (or a buddy label),
  unique in its window, and (for the app's own controls) a description.
- ``clashes``: no Alt+letter is used twice by visible, enabled controls.
- ``keyboard_problems``: each Alt+letter reaches its own control (a label's buddy gets the
  focus, a button gets the click), Tab reaches every control, and the focus starts where the
  user needs it. ``dialog_problems`` runs all of them on a shown dialog.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
# Parts of compound controls: the compound control carries the name.
INTERNAL_PARENTS = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView, QScrollBar)

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def interactive_controls(window: QWidget) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if _inside_compound(widget, window):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own helpers (toolbar extension...)
            continue
        found.append(widget)
    return found


def _inside_compound(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, INTERNAL_PARENTS):
            return True
        parent = parent.parentWidget()
    return False


def _buddy_names(window: QWidget) -> dict[int, str]:
    """What a screen reader says for a control labelled by a buddy label."""
    names = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            names[id(buddy)] = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return names


def accessible_name(widget: QWidget, buddies: dict[int, str]) -> str:
    return widget.accessibleName().strip() or buddies.get(id(widget), "").strip()


def name_problems(window: QWidget, *, descriptions: bool = True) -> list[str]:
    """Unnamed or twice-named controls (and, if asked, controls without a description)."""
    controls = interactive_controls(window)
    assert controls, "no controls found: the walk is broken"
    buddies = _buddy_names(window)
    issues = []
    names = Counter(accessible_name(w, buddies) for w in controls)
    for widget in controls:
        kind = type(widget).__name__
        name = accessible_name(widget, buddies)
        if not name:
            text = getattr(widget, "text", lambda: "")()
            issues.append(f"{kind} {text!r} has no accessible name")
        elif names[name] > 1:
            issues.append(f"{kind} name {name!r} is used {names[name]} times")
        if descriptions and name and not widget.accessibleDescription().strip():
            issues.append(f"{kind} {name!r} has no accessible description")
    return sorted(set(issues))


def mnemonic_key(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _mnemonic_owners(window: QWidget) -> dict[str, list[tuple[str, QWidget]]]:
    """Alt+letter -> the visible, enabled controls (with their text) that answer it."""
    users: dict[str, list[tuple[str, QWidget]]] = defaultdict(list)

    def add(text: str, widget: QWidget) -> None:
        key = mnemonic_key(text)
        if key is not None:
            users[key].append((text, widget))

    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible() and action.isEnabled():
                add(action.text(), window.menuBar())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            add(widget.text(), widget)
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), widget)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabEnabled(index):
                    add(widget.tabText(index), widget)
    return users


def clashes(window: QWidget) -> list[str]:
    """Alt+letters used by more than one visible, enabled control of ``window``."""
    users = _mnemonic_owners(window)
    return sorted(f"Alt+{k.upper()}: {[t for t, _ in v]}" for k, v in users.items() if len(v) > 1)


def unmarked_buttons(window: QWidget) -> list[str]:
    """Visible push buttons and check boxes with no underlined letter."""
    return sorted(
        repr(w.text())
        for w in window.findChildren(QAbstractButton)
        if w.isVisibleTo(window) and w.text().strip() and mnemonic_key(w.text()) is None
    )


class _ShortcutSpy(QObject):
    """Records which control a shortcut goes to; keeps buttons from acting on it."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[tuple[QObject, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self.hits.append((watched, bool(event.isAmbiguous())))  # type: ignore[attr-defined]
            # Buttons and menus would act (a menu would also take the next keys): not here.
            return isinstance(watched, QAbstractButton | QGroupBox | QMenuBar)
        return False


def _focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _owner_of(focus: QWidget | None, controls: list[QWidget]) -> QWidget | None:
    while focus is not None:
        if focus in controls:
            return focus
        focus = focus.parentWidget()
    return None


def activate_window(qtbot: Any, window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def mnemonic_problems(qtbot: Any, window: QWidget) -> list[str]:
    """Press every Alt+letter of ``window``: each must reach its own control, unambiguously.

    Buttons receive the key but do not act on it here (their actions are tested one by one);
    labels must move the focus to their field.
    """
    issues = []
    spy = _ShortcutSpy()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    try:
        for key, owners in sorted(_mnemonic_owners(window).items()):
            text, widget = owners[0]
            if len(owners) > 1 or isinstance(widget, QTabBar) or not key.isalnum():
                continue  # clashes are reported by clashes(); tabs by the pages' own tests
            spy.hits.clear()
            if isinstance(widget, QLabel):
                window.setFocus()  # so the move to the field is seen
            focus = QApplication.focusWidget() or window
            qtbot.keyClick(focus, ord(key.upper()), Qt.KeyboardModifier.AltModifier)
            hit = [w for w, _ in spy.hits]
            if widget not in hit:
                issues.append(f"Alt+{key.upper()} did not reach {text!r}")
            elif any(ambiguous for _, ambiguous in spy.hits):
                issues.append(f"Alt+{key.upper()} is ambiguous for {text!r}")
            elif isinstance(widget, QLabel):
                buddy = widget.buddy()
                assert buddy is not None
                usable = buddy.isEnabled() and buddy.isVisibleTo(window)  # else nothing to reach
                if usable and QApplication.focusWidget() is not _focus_target(buddy):
                    issues.append(f"Alt+{key.upper()} ({text!r}) did not move to its field")
    finally:
        app.removeEventFilter(spy)
    return issues


def tab_problems(qtbot: Any, window: QWidget) -> list[str]:
    """Tab from the focus round the window: every visible, enabled control must be reached."""
    # Every visible, enabled control: one that Tab skips is out of a keyboard user's reach.
    controls = [w for w in interactive_controls(window) if w.isVisibleTo(window) and w.isEnabled()]
    reached: list[QWidget] = []
    for _ in range(len(controls) * 2 + 4):
        owner = _owner_of(QApplication.focusWidget(), controls)
        if owner is not None and owner not in reached:
            reached.append(owner)
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    missed = []
    for widget in controls:
        if widget in reached:
            continue
        # Tab stops at the chosen option of a group; arrow keys move between the others.
        if isinstance(widget, QRadioButton) and any(
            isinstance(r, QRadioButton) and r.parentWidget() is widget.parentWidget()
            for r in reached
        ):
            continue
        missed.append(f"Tab never reaches {type(widget).__name__} {widget.accessibleName()!r}")
    return missed


def dialog_problems(
    qtbot: Any, dialog: QWidget, first: QWidget, *, descriptions: bool = True
) -> list[str]:
    """Names, Alt+letters, Tab order and the first focus of a dialog the user has open."""
    activate_window(qtbot, dialog)
    found = [f"names: {p}" for p in name_problems(dialog, descriptions=descriptions)]
    found += [f"clash: {c}" for c in clashes(dialog)]
    focus = QApplication.focusWidget()
    if focus is not _focus_target(first):
        found.append(
            f"focus starts on {type(focus).__name__} "
            f"{focus.accessibleName() if focus else ''!r}, not {first.accessibleName()!r}"
        )
    found += tab_problems(qtbot, dialog)
    _focus_target(first).setFocus()
    found += mnemonic_problems(qtbot, dialog)
    _focus_target(first).setFocus()
    found += [f"no Alt+letter: {b}" for b in unmarked_buttons(dialog)]
    return found

"""Checks every interactive control of a window has an accessible name, unique in the window."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
# Parts of a composite control that Qt builds (the spin box's text box, the combo's list...).
_COMPOSITES = (QAbstractSpinBox, QComboBox, QAbstractItemView)


def _is_part_of_composite(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, _COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def accessibility_problems(window: QWidget) -> list[str]:
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QScrollBar | QHeaderView)
        and not _is_part_of_composite(w, window)
    ]
    problems = [
        f"{type(w).__name__} {w.objectName() or w.property('text') or ''!r} has no accessible name"
        for w in controls
        if not w.accessibleName().strip()
    ]
    counts = Counter(w.accessibleName() for w in controls if w.accessibleName().strip())
    problems += [f"accessible name {n!r} is used {c} times" for n, c in counts.items() if c > 1]
    return problems

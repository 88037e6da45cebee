"""Checks every interactive control of a page has an accessible name, unique in the page.

The walk itself is shared with the windows and dialogs: ``tests/gui/a11y_walk.py``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.gui.a11y_walk import name_problems


def accessibility_problems(window: QWidget) -> list[str]:
    return name_problems(window, descriptions=False)

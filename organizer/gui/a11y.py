"""Accessible names and descriptions, set together so no control is left unnamed."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str, *, tooltip: bool = True) -> W:
    """Give ``widget`` an accessible name (says the action) and a description.

    The description doubles as the tooltip, so sighted mouse users get the same help.
    """
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if tooltip and not widget.toolTip():
        widget.setToolTip(description)
    return widget

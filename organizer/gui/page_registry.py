"""The pages other parts of the app provide, found by module and class name.

Each page is a ``QWidget`` taking ``(session, parent=None)`` in ``organizer.gui.pages``. A page
not (yet) present shows a calm placeholder, so the window works while parts are being built.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from organizer.gui.session import Session

log = logging.getLogger(__name__)

# sidebar key -> (module in organizer.gui.pages, class name)
PAGES: dict[str, tuple[str, str]] = {
    "overview": ("case_overview", "CaseOverviewPage"),
    "medications": ("medications", "MedicationsPage"),
    "questions": ("questions", "QuestionsPage"),
    "before": ("before_visit", "BeforeVisitPage"),
    "after": ("after_visit", "AfterVisitPage"),
    "export": ("export", "ExportPage"),
    "shared": ("shared_packets", "SharedPacketsPage"),
    "trash": ("trash", "TrashPage"),
    "settings": ("settings", "SettingsPage"),
}


def page_class(key: str) -> type[QWidget] | None:
    module_name, class_name = PAGES[key]
    try:
        module = importlib.import_module(f"organizer.gui.pages.{module_name}")
    except ImportError:
        return None
    found = getattr(module, class_name, None)
    return found if isinstance(found, type) and issubclass(found, QWidget) else None


def make_page(key: str, title: str, session: Session, parent: QWidget | None) -> QWidget:
    cls = page_class(key)
    if cls is not None:
        try:
            factory: Any = cls
            page: QWidget = factory(session, parent)
            return page
        except Exception as exc:  # the message could quote content: log the type only
            log.error("page %s could not be built: %s", key, type(exc).__name__)
    return PlaceholderPage(title, parent)


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(
            QCoreApplication.translate("pages", "%1 is coming in a later version.").replace(
                "%1", title
            ),
            self,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)


# Dialogs other parts provide: key -> (module in organizer.gui.pages, class name). A dialog
# taking the session is built as cls(session, parent), otherwise cls(parent).
DIALOGS: dict[str, tuple[str, str, bool]] = {
    "backup": ("backup_dialog", "BackupDialog", True),
    "about": ("about_dialog", "AboutDialog", False),
}


def dialog_class(key: str) -> type[QWidget] | None:
    module_name, class_name, _takes_session = DIALOGS[key]
    try:
        module = importlib.import_module(f"organizer.gui.pages.{module_name}")
    except ImportError:
        return None
    found = getattr(module, class_name, None)
    return found if isinstance(found, type) and issubclass(found, QWidget) else None


def open_dialog(key: str, session: Session, parent: QWidget) -> QWidget | None:
    """Build and open (non-blocking) the dialog ``key``; None if it does not exist here."""
    cls = dialog_class(key)
    if cls is None:
        return None
    factory: Any = cls
    dialog: QWidget = factory(session, parent) if DIALOGS[key][2] else factory(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

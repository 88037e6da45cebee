"""Translations of labels that are data rather than code: sections and sidebar entries.

``tr("...")`` needs the text written in the call for the translation tools to find it. Section
labels come from the core and sidebar labels from a table, so they are marked here once, in the
"labels" context, and translated through ``tr_label``. A label added elsewhere must be added
here too (``tests/gui/test_translations.py`` checks it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MARKED = (
    # The sections (organizer/core/model/sections.py)
    QT_TRANSLATE_NOOP("labels", "Test & biopsy results"),
    QT_TRANSLATE_NOOP("labels", "Surgery & discharge"),
    QT_TRANSLATE_NOOP("labels", "Treatment plan"),
    QT_TRANSLATE_NOOP("labels", "Medications"),
    QT_TRANSLATE_NOOP("labels", "Other records"),
    # The sidebar (organizer/gui/sidebar.py)
    QT_TRANSLATE_NOOP("labels", "Case overview"),
    QT_TRANSLATE_NOOP("labels", "All documents"),
    QT_TRANSLATE_NOOP("labels", "Questions"),
    QT_TRANSLATE_NOOP("labels", "Before the visit"),
    QT_TRANSLATE_NOOP("labels", "After the visit"),
    QT_TRANSLATE_NOOP("labels", "Make a packet"),
    QT_TRANSLATE_NOOP("labels", "Shared packets"),
    QT_TRANSLATE_NOOP("labels", "Trash"),
    QT_TRANSLATE_NOOP("labels", "Settings and backup"),
)


def tr_label(text: str) -> str:
    """The label in the user's language (the English text when there is no translation)."""
    return QCoreApplication.translate("labels", text)

"""The one place where texts that are data, not code, are translated.

``tr("...")`` needs the text written in the call for the translation tools to find it; every
other GUI module writes its texts that way (``tests/gui/test_translations.py`` fails on a
``tr()`` or ``translate()`` call given anything but a written text outside this module). Section
labels come from the core and sidebar labels from a table, so they are marked here once, in the
"labels" context, and translated through ``tr_label``; other labels kept as data are marked with
``QT_TRANSLATE_NOOP("labels", ...)`` where they are defined (the comparison's rows). A label
added elsewhere must be marked too (the test checks the known ones are in the catalogue).

``tr_core`` passes texts written by the planning core (checklist items, insurer help) through
the "planning" context. They are not marked yet: a catalogue needs entries for them when
translations are made.
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
    # Which opinion ("Ask for a third opinion"; organizer/core/planning/providers.py)
    QT_TRANSLATE_NOOP("labels", "second"),
    QT_TRANSLATE_NOOP("labels", "third"),
    QT_TRANSLATE_NOOP("labels", "fourth"),
    QT_TRANSLATE_NOOP("labels", "fifth"),
    QT_TRANSLATE_NOOP("labels", "sixth"),
)


def tr_label(text: str) -> str:
    """The label in the user's language (the English text when there is no translation)."""
    return QCoreApplication.translate("labels", text)


def tr_core(text: str) -> str:
    """A text written by the planning core, in the user's language where a catalogue has it."""
    return QCoreApplication.translate("planning", text)

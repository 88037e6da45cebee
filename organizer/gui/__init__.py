"""The PySide6 desktop app. Importing it applies the binding fixes in ``qt_fixes``."""

from organizer.gui import qt_fixes

qt_fixes.apply()

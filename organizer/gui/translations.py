"""Loads the app's translation (and Qt's own) for the system language at start-up.

Every string in the GUI goes through ``tr()``. The catalogues live in
``resources/translations/second-opinion_<language>.ts`` (made by ``scripts/update_translations.sh``
with pyside6-lupdate) and are compiled to ``.qm`` files next to them. English is the source
language, so when nothing matches the system language the app simply shows English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from organizer.core.resources import resources_root

log = logging.getLogger(__name__)

CATALOGUE = "second-opinion"


def translations_folder() -> Path | None:
    try:
        folder = resources_root() / "translations"
    except FileNotFoundError:
        return None
    return folder if folder.is_dir() else None


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install the app's and Qt's translators for ``locale`` (default: the system's).

    Returns those installed (keep them alive as long as the app). Missing ones are skipped
    silently: the app then shows its English source strings.
    """
    locale = locale or QLocale.system()
    folder = folder or translations_folder()
    installed: list[QTranslator] = []
    candidates: list[tuple[str, str]] = []
    if folder is not None:
        candidates.append((CATALOGUE, str(folder)))
    # Qt's own strings (standard buttons such as "Close", print and file dialogs).
    candidates.append(("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, where in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    log.info("translations for %s: %d loaded", locale.name(), len(installed))
    return installed

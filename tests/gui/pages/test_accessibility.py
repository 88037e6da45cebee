"""Every control on the pages has a unique accessible name saying what it does."""

from __future__ import annotations

import pytest

from organizer.gui.pages.after_visit import AfterVisitPage
from organizer.gui.pages.before_visit import BeforeVisitPage
from organizer.gui.pages.case_overview import CaseOverviewPage
from organizer.gui.pages.export import ExportPage
from organizer.gui.pages.medications import MedicationsPage
from organizer.gui.pages.questions import QuestionsPage
from organizer.gui.pages.settings import SettingsPage
from organizer.gui.pages.shared_packets import SharedPacketsPage
from organizer.gui.pages.trash import TrashPage
from tests.gui.pages.accessibility import accessibility_problems

ALL_PAGES = [
    MedicationsPage,
    QuestionsPage,
    CaseOverviewPage,
    TrashPage,
    ExportPage,
    SharedPacketsPage,
    SettingsPage,
    BeforeVisitPage,
    AfterVisitPage,
]


@pytest.mark.parametrize("page_class", ALL_PAGES)
def test_page_controls_are_named(qtbot, session, page_class) -> None:
    page = page_class(session)
    qtbot.addWidget(page)
    assert accessibility_problems(page) == []


@pytest.mark.parametrize("page_class", ALL_PAGES)
def test_pages_fit_a_laptop_screen_at_double_font_size(
    qtbot, session, qapp, page_class, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from organizer.gui.platform import drives

    monkeypatch.setattr(
        drives, "create_drive_monitor", lambda parent: drives.MountFolderDrives([tmp_path], parent)
    )
    font = qapp.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        page = page_class(session)
        qtbot.addWidget(page)
        # Room for the sidebar beside it in a 1280 x 800 window.
        need = page.minimumSizeHint()
        assert need.width() <= 1000 and need.height() <= 700, need
        page.resize(1000, 700)
        page.show()
        for button in page.findChildren(QAbstractButton):
            if button.isVisible():  # every label shown whole, none cut off
                assert button.width() >= button.sizeHint().width(), button.text()
    finally:
        qapp.setFont(font)


def test_names_stay_unique_with_every_page_in_one_window(qtbot, session) -> None:
    from PySide6.QtWidgets import QStackedWidget

    window = QStackedWidget()
    qtbot.addWidget(window)
    for page_class in ALL_PAGES:
        window.addWidget(page_class(session))
    assert accessibility_problems(window) == []


def test_dialogs_controls_are_named(qtbot, session) -> None:
    from organizer.gui.pages.about_dialog import AboutDialog
    from organizer.gui.pages.backup_dialog import BackupDialog

    for dialog in (AboutDialog(), BackupDialog(session)):
        qtbot.addWidget(dialog)
        assert accessibility_problems(dialog) == [], type(dialog).__name__

"""Readable at 200 % text size: the windows still fit a 1280 x 800 screen (pages scroll)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from organizer.gui.main_window import MainWindow
from organizer.gui.session import Session
from organizer.gui.settings import AppSettings
from organizer.gui.start.start_window import StartWindow
from organizer.gui.vault_access import VaultAccess
from tests.gui.helpers import add_pdf_document
from tests.vault_helpers import FAST_KDF


@pytest.fixture
def double_text(qapp: QApplication) -> Iterator[float]:
    font = qapp.font()
    original = font.pointSizeF()
    font.setPointSizeF(original * 2)
    qapp.setFont(font)
    yield original * 2
    font.setPointSizeF(original)
    qapp.setFont(font)


def test_main_window_fits_at_double_text_size(
    qtbot: QtBot, session: Session, double_text: float
) -> None:
    add_pdf_document(session, "Biopsy report")
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    assert window.documents.details.title.font().pointSizeF() == pytest.approx(double_text)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint


def test_start_pages_scroll_at_double_text_size(qtbot: QtBot, double_text: float) -> None:
    window = StartWindow(VaultAccess(kdf=FAST_KDF), AppSettings())
    qtbot.addWidget(window)
    for page in (window.create_page, window.recovery_page, window.unlock_page):
        scroller = page.parentWidget().parentWidget()  # viewport, then the scroll area
        assert isinstance(scroller, QScrollArea) and scroller.widgetResizable()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint


def test_sidebar_entries_are_not_cut_off_at_double_text_size(
    qtbot: QtBot, session: Session, double_text: float
) -> None:
    add_pdf_document(session, "Biopsy report")
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    sidebar = window.sidebar
    metrics = sidebar.fontMetrics()
    assert metrics.height() > 0 and sidebar.font().pointSizeF() == pytest.approx(double_text)
    texts = [sidebar.item(row).text() for row in range(sidebar.count())]
    assert "Test & biopsy results (1)" in texts
    # Every entry is shown whole: nothing to scroll sideways, and the widest text fits.
    assert not sidebar.horizontalScrollBar().isVisible()
    assert sidebar.horizontalScrollBar().maximum() == 0
    widest = max(metrics.horizontalAdvance(text) for text in texts)
    assert sidebar.viewport().width() > widest
    for row in range(sidebar.count()):
        assert sidebar.visualItemRect(sidebar.item(row)).width() > metrics.horizontalAdvance(
            texts[row]
        )

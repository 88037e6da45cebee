"""Help shows the user guide inside the app, from the source tree or from an installed copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.gui import help as help_module
from organizer.gui.app import AppController
from organizer.gui.help import HelpWindow, user_guide_path
from organizer.gui.session import Session
from organizer.gui.settings import AppSettings
from organizer.gui.vault_access import VaultAccess
from tests.gui.test_accessibility import problems
from tests.vault_helpers import FAST_KDF

REPO = Path(__file__).resolve().parents[2]


def test_f1_opens_the_user_guide_in_a_window_and_escape_closes_it(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    controller = AppController(
        VaultAccess(kdf=FAST_KDF, state_dir=tmp_path / "state"), AppSettings()
    )
    qtbot.addWidget(controller.start)
    main = controller.open_main(session)
    qtbot.addWidget(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_F1)
    guide = controller.help_window
    assert guide is not None
    qtbot.addWidget(guide)
    qtbot.waitUntil(guide.isVisible)
    text = guide.browser.toPlainText()
    assert "make your vault" in text.casefold() and "recovery code" in text
    assert "**" not in text and "## " not in text  # shown as formatted text, not raw markdown
    qtbot.waitUntil(lambda: QApplication.focusWidget() is guide.browser)
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    controller.start.jobs.wait_all()
    main.close()


def test_an_installed_app_reads_its_bundled_copy(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Laid out as in the wheel: organizer/resources/help/user-guide.md, no docs/ folder.
    bundled = tmp_path / "resources" / "help" / "user-guide.md"
    bundled.parent.mkdir(parents=True)
    bundled.write_text("# Fictional guide\n\nChoose **Add files** to begin.\n", encoding="utf-8")
    monkeypatch.setenv("ORGANIZER_RESOURCES", str(tmp_path / "resources"))
    monkeypatch.setattr(help_module, "_SOURCE_TREE_GUIDE", tmp_path / "missing.md")
    assert user_guide_path() == bundled
    window = HelpWindow()
    qtbot.addWidget(window)
    assert "Choose Add files to begin." in window.browser.toPlainText()
    assert problems(window) == []  # named controls, for screen readers


def test_a_missing_guide_says_so_in_plain_words(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources").mkdir()
    monkeypatch.setenv("ORGANIZER_RESOURCES", str(tmp_path / "resources"))
    monkeypatch.setattr(help_module, "_SOURCE_TREE_GUIDE", tmp_path / "missing.md")
    window = HelpWindow()
    qtbot.addWidget(window)
    assert "missing from this installation" in window.browser.toPlainText()


def test_the_source_tree_guide_is_the_one_the_wheel_bundles() -> None:
    assert user_guide_path() in (
        REPO / "docs" / "user-guide.md",
        REPO / "organizer" / "resources" / "help" / "user-guide.md",
    )
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"docs/user-guide.md" = "organizer/resources/help/user-guide.md"' in pyproject

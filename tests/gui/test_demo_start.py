"""``--demo``: a window shows at once while the fictional case is built in the background."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.progress import ProgressCallback
from organizer.gui.app import AppController
from organizer.gui.demo_start import DemoStartWindow, build_demo_vault
from organizer.gui.settings import AppSettings
from organizer.gui.vault_access import VaultAccess
from tests.gui.test_accessibility import problems
from tests.vault_helpers import FAST_KDF


def test_the_window_shows_first_then_the_demo_case_opens(qtbot: QtBot, tmp_path: Path) -> None:
    release = threading.Event()
    built_on: list[str] = []

    def slow_build(folder: Path, progress: ProgressCallback) -> tuple[Any, Path]:
        built_on.append(threading.current_thread().name)
        release.wait(10)  # the build takes a while; the window must already be there
        return build_demo_vault(folder, progress)

    controller = AppController(
        VaultAccess(kdf=FAST_KDF, state_dir=tmp_path / "state"), AppSettings()
    )
    qtbot.addWidget(controller.start)
    preparing = DemoStartWindow(tmp_path, slow_build)
    qtbot.addWidget(preparing)
    preparing.ready.connect(controller.open_main)
    preparing.start()
    assert preparing.isVisible()
    assert "Preparing the fictional demo case" in preparing.message.text()
    qtbot.waitUntil(lambda: bool(built_on))
    assert threading.main_thread().name not in built_on
    QApplication.processEvents()  # the window answers while the build waits
    assert controller.main is None
    release.set()
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)
    main = controller.main
    assert main is not None
    qtbot.addWidget(main)
    assert main.isVisible() and not preparing.isVisible()
    assert main.demo_banner.isVisible() and main.session.demo
    assert main.documents.model.rowCount() > 0  # the fictional case is there
    controller.start.jobs.wait_all()
    main.close()
    assert main.session.is_locked


def test_a_failed_build_is_explained_in_plain_words(qtbot: QtBot, tmp_path: Path) -> None:
    def broken_build(folder: Path, progress: ProgressCallback) -> tuple[Any, Path]:
        raise OSError("disk full")

    preparing = DemoStartWindow(tmp_path, broken_build)
    qtbot.addWidget(preparing)
    opened: list[object] = []
    preparing.ready.connect(opened.append)
    preparing.start()
    qtbot.waitUntil(lambda: "could not be prepared" in preparing.message.text())
    assert not opened and "disk full" not in preparing.message.text()
    assert problems(preparing) == []
    preparing.close_button.click()
    assert not preparing.isVisible()


def test_closing_while_preparing_waits_and_closes_the_vault(qtbot: QtBot, tmp_path: Path) -> None:
    started = threading.Event()
    vaults: list[Any] = []

    def build(folder: Path, progress: ProgressCallback) -> tuple[Any, Path]:
        started.set()
        vault, path = build_demo_vault(folder, progress)
        vaults.append(vault)
        return vault, path

    preparing = DemoStartWindow(tmp_path, build)
    qtbot.addWidget(preparing)
    opened: list[object] = []
    preparing.ready.connect(opened.append)
    preparing.start()
    assert started.wait(10)
    preparing.close()  # waits for the build (no thread is left behind), then drops it
    assert not opened
    assert vaults and not vaults[0].is_open

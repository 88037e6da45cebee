"""Adding files as a user does: drops on the window and on a section, Ctrl+O, passwords,
several pictures as one document, the report, and moving originals to the system trash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.model import Section
from organizer.gui import dialogs
from organizer.gui.documents import import_panel
from organizer.gui.main_window import MainWindow
from organizer.gui.session import Session
from tests.gui.helpers import drop_files
from tests.synthetic import scan_jpeg_bytes, text_pdf_bytes, write


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> MainWindow:
    win = MainWindow(session, idle_ms=0)
    qtbot.addWidget(win)
    win.show()
    return win


def wait_import(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.importer.running, timeout=30_000)


def titles(window: MainWindow) -> set[str]:
    page = window.documents
    return {page.filter.index(r, 0).data() for r in range(page.filter.rowCount())}


def test_drop_files_and_a_folder_on_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pdf = write(tmp_path / "downloads" / "Pathology report.pdf", text_pdf_bytes(pages=2))
    folder = tmp_path / "downloads" / "scans"
    for n in range(2):
        write(folder / f"page {n + 1}.jpg", scan_jpeg_bytes(seed=n, size=(600, 850), dpi=100))
    drop_files(window.documents.table.viewport(), [pdf, folder])
    assert window.import_panel.isVisible()
    wait_import(qtbot, window)
    docs = window.session.content.active_documents()
    assert len(docs) == 3
    window.sidebar.choose("all")
    assert window.documents.filter.rowCount() == 3
    panel_lines = [window.import_panel.results.item(i).text() for i in range(3)]
    assert all(line.startswith("Added: ") for line in panel_lines)
    assert "3 document(s) added" in window.import_panel.heading.text()
    # Listed with page counts, and the chosen one is previewed from memory.
    window.documents.select_document(next(d.id for d in docs if d.page_count == 2))
    assert window.documents.preview.page_label.text() == "Page 1 of 2"
    pixmap = window.documents.preview.image.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    # Dropping the same file again: reported, not added twice.
    drop_files(window.documents.table.viewport(), [pdf])
    wait_import(qtbot, window)
    assert len(window.session.content.active_documents()) == 3
    assert window.import_panel.results.item(0).text().startswith("Already in the vault")


def test_drop_on_a_section_files_it_there(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    pdf = write(tmp_path / "Discharge summary.pdf", text_pdf_bytes(pages=1, title="DISCHARGE"))
    sidebar = window.sidebar
    target = sidebar.visualItemRect(sidebar.item_for("section:surgery")).center()
    drop_files(sidebar.viewport(), [pdf], target)
    wait_import(qtbot, window)
    (doc,) = window.session.content.active_documents()
    assert doc.section == Section.SURGERY
    assert sidebar.current_entry().key == "section:surgery"
    assert window.documents.filter.rowCount() == 1
    assert window.documents.current_document() is doc  # the new document is shown
    assert window.documents.preview.doc is doc
    qtbot.waitUntil(lambda: "(1)" in sidebar.item_for("section:surgery").text())


def test_add_files_with_ctrl_o_and_pictures_as_one_document(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photos = [
        write(tmp_path / f"letter page {n}.jpg", scan_jpeg_bytes(seed=n, size=(600, 850), dpi=100))
        for n in (1, 2, 3)
    ]
    monkeypatch.setattr(dialogs, "choose_files_to_add", lambda parent: photos)
    asked: list[str] = []

    def one_document(parent: object, title: str, text: str, *, yes: str, no: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask_yes_no", one_document)
    window.add_action.trigger()
    wait_import(qtbot, window)
    assert asked and "3 pictures" in asked[0]
    (doc,) = window.session.content.active_documents()
    assert doc.page_count == 3 and len(doc.parts) == 3


def test_protected_pdf_asks_for_its_password(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.synthetic import encrypted_pdf_bytes

    pdf = write(tmp_path / "Portal download.pdf", encrypted_pdf_bytes(user_password="fict-1234"))
    answers = iter(["wrong", "fict-1234"])
    asked: list[str] = []

    def ask(parent: object, title: str, label: str, *, secret: bool = False) -> str | None:
        assert secret
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(dialogs, "ask_text", ask)
    drop_files(window.documents.table.viewport(), [pdf])
    wait_import(qtbot, window)
    assert len(asked) == 2 and "Portal download.pdf" in asked[0]
    (doc,) = window.session.content.active_documents()
    assert doc.parts[0].unlocked_blob_id
    window.documents.select_document(doc.id)
    assert window.documents.preview.page_label.text().startswith("Page 1 of")


def test_move_originals_to_the_trash_after_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = write(tmp_path / "Downloads" / "Lab results.pdf", text_pdf_bytes(pages=1))
    trashed: list[Path] = []
    monkeypatch.setattr(
        import_panel, "move_to_system_trash", lambda paths: trashed.extend(paths) or []
    )
    questions: list[str] = []

    def agree(parent: object, title: str, text: str, *, yes: str, no: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask_yes_no", agree)
    drop_files(window.documents.table.viewport(), [pdf])
    wait_import(qtbot, window)
    panel = window.import_panel
    assert panel.trash_button.isVisible()
    panel.trash_button.click()
    assert trashed == [pdf]
    assert "empty it too" in questions[0]
    assert "Remember to empty it" in panel.results.item(panel.results.count() - 1).text()


def test_cancel_keeps_what_was_added(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: False)  # separate documents
    files = [
        write(tmp_path / f"scan {n}.jpg", scan_jpeg_bytes(seed=n, size=(800, 1100), dpi=100))
        for n in range(12)
    ]
    drop_files(window.documents.table.viewport(), files)
    window.import_panel.cancel_button.click()
    wait_import(qtbot, window)
    added = len(window.session.content.active_documents())
    assert added < 12
    report = [
        window.import_panel.results.item(i).text()
        for i in range(window.import_panel.results.count())
    ]
    assert sum(line.startswith("Added: ") for line in report) == added
    assert any("cancelled" in line for line in report)


def test_paste_a_picture(qtbot: QtBot, window: MainWindow) -> None:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    QApplication.clipboard().setImage(image)
    window.sidebar.choose("section:other")
    window.documents.table.setFocus()
    with qtbot.waitSignal(window.session.changed, timeout=5000):
        window.paste_action.trigger()
    (doc,) = window.session.content.active_documents()
    assert doc.section == Section.OTHER and doc.title == "Pasted picture"
    assert window.documents.current_document() is doc

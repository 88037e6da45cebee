"""The main window over a session: listing, search, preview, details, sidebar, drops, lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.model import Section
from organizer.gui.main_window import MainWindow
from organizer.gui.session import Session
from tests.gui.helpers import add_pdf_document, drop_files, hover_files


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> MainWindow:
    add_pdf_document(session, "Biopsy report", provider="Fictional Lab", body="margins clear")
    add_pdf_document(
        session, "Discharge summary", section=Section.SURGERY, pages=3, body="wound healing"
    )
    win = MainWindow(session, idle_ms=0)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_documents_are_listed_with_counts_and_previewed(qtbot: QtBot, window: MainWindow) -> None:
    page = window.documents
    assert page.filter.rowCount() == 2
    titles = {page.filter.index(r, 0).data() for r in range(2)}
    assert titles == {"Biopsy report", "Discharge summary"}
    qtbot.waitUntil(lambda: "(1)" in window.sidebar.item_for("section:results").text())
    assert "(2)" in window.sidebar.item_for("all").text()
    window.sidebar.choose("section:surgery")
    assert page.filter.rowCount() == 1
    assert page.current_document() is not None
    assert page.current_document().title == "Discharge summary"
    pixmap = page.preview.image.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert page.preview.page_label.text() == "Page 1 of 3"
    page.preview.next_button.click()
    assert page.preview.page_label.text() == "Page 2 of 3"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("biopsy", {"Biopsy report"}),
        ("fictional lab", {"Biopsy report"}),  # provider
        ("wound", {"Discharge summary"}),  # text inside the PDF
        ("nothing-like-this", set()),
    ],
)
def test_search_finds_title_provider_and_text(
    qtbot: QtBot, window: MainWindow, query: str, expected: set[str]
) -> None:
    page = window.documents
    qtbot.keyClicks(page.search, query)
    found = {page.filter.index(r, 0).data() for r in range(page.filter.rowCount())}
    assert found == expected
    assert page.empty_note.isVisible() == (not expected)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # Escape clears the search
    assert page.search.text() == "" and page.filter.rowCount() == 2


def test_notes_are_searchable_and_saved(qtbot: QtBot, window: MainWindow) -> None:
    page = window.documents
    window.sidebar.choose("section:results")
    details = page.details
    details.notes.setFocus()
    qtbot.keyClicks(details.notes, "ask about second slide review")
    details.flush()
    assert page.current_document().notes == "ask about second slide review"
    window.sidebar.choose("all")
    qtbot.keyClicks(page.search, "slide review")
    assert page.filter.rowCount() == 1


def test_editing_details_saves_and_refiles(qtbot: QtBot, window: MainWindow) -> None:
    page = window.documents
    window.sidebar.choose("section:results")
    doc = page.current_document()
    assert doc is not None
    page.details.title.selectAll()
    qtbot.keyClicks(page.details.title, "Core biopsy, left breast")
    with qtbot.waitSignal(window.session.changed, timeout=2000):
        qtbot.keyClick(page.details.title, Qt.Key.Key_Return)
    assert doc.title == "Core biopsy, left breast"
    page.details.provider.selectAll()
    qtbot.keyClicks(page.details.provider, "Example Pathology")
    qtbot.keyClick(page.details.provider, Qt.Key.Key_Return)
    assert doc.provider == "Example Pathology"
    index = page.details.section.findData(Section.TREATMENT.value)
    page.details.section.setCurrentIndex(index)
    page.details.section.activated.emit(index)
    assert doc.section == Section.TREATMENT
    qtbot.waitUntil(lambda: "(1)" in window.sidebar.item_for("section:treatment").text())


def test_page_edits_rotate_exclude_reorder_split(qtbot: QtBot, window: MainWindow) -> None:
    page = window.documents
    window.sidebar.choose("section:surgery")
    doc = page.current_document()
    assert doc is not None and doc.included_pages == [0, 1, 2]
    preview = page.preview
    preview.rotate_right_button.click()
    assert doc.rotations[0] == 90
    preview.next_button.click()
    preview.earlier_button.click()  # page 2 becomes first
    assert doc.included_pages == [1, 0, 2]
    preview.go(2)
    preview.include_box.click()  # leave page 3 out
    assert doc.included_pages == [1, 0]
    assert "left out" in preview.page_label.text()
    preview.go(1)
    preview.split_button.click()
    docs = window.session.content.active_documents()
    assert len(docs) == 3
    second = next(d for d in docs if d.id != doc.id and d.section == Section.SURGERY)
    assert doc.included_pages == [1] and second.included_pages == [0]
    assert second.parts[0].blob_id == doc.parts[0].blob_id


def test_dropping_on_a_section_files_there(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[list[Path], Section | None]] = []
    monkeypatch.setattr(
        window.importer, "import_paths", lambda paths, section=None: calls.append((paths, section))
    )
    files = [tmp_path / "scan.pdf"]
    files[0].write_bytes(b"%PDF-1.4 fictional")
    sidebar = window.sidebar
    target = sidebar.visualItemRect(sidebar.item_for("section:treatment")).center()
    hover_files(sidebar.viewport(), files, target)
    assert window.drop_hint.isVisible()
    assert window.drop_hint.text() == "Drop to add to Treatment plan"
    drop_files(sidebar.viewport(), files, target)
    assert calls == [(files, Section.TREATMENT)]
    assert not window.drop_hint.isVisible()
    assert sidebar.current_entry().section == Section.TREATMENT
    # Anywhere else on the window: filed under the section being shown.
    drop_files(window.documents.search, files)
    assert calls[-1] == (files, Section.TREATMENT)


def test_idle_lock_closes_the_window_and_drops_data(qtbot: QtBot, session: Session) -> None:
    add_pdf_document(session, "Biopsy report")
    win = MainWindow(session, idle_ms=150)
    qtbot.addWidget(win)
    win.show()
    assert win.documents.preview.pages is not None
    with qtbot.waitSignal(win.closed_by_lock, timeout=3000):
        pass
    assert session.is_locked
    assert win.documents.preview.pages is None
    assert win.documents.model.rowCount() == 0
    QApplication.processEvents()


def test_idle_lock_waits_for_running_work(qtbot: QtBot, session: Session) -> None:
    import threading

    release = threading.Event()
    win = MainWindow(session, idle_ms=100)
    qtbot.addWidget(win)
    win.show()
    session.run_vault_job(lambda vault, progress, cancel: release.wait(5), what="slow work")
    qtbot.wait(400)  # several idle periods pass while the work runs
    assert not session.is_locked
    release.set()
    with qtbot.waitSignal(win.closed_by_lock, timeout=3000):
        pass
    assert session.is_locked


def test_make_a_packet_shortcut_opens_the_export_page(qtbot: QtBot, window: MainWindow) -> None:
    window.packet_action.trigger()
    assert window.sidebar.current_entry().key == "export"
    assert window.stack.currentWidget() is window.pages["export"]


def test_sleep_locks_unless_turned_off(qtbot: QtBot, session: Session) -> None:
    from organizer.gui.platform.session_lock import SystemLockSignals
    from organizer.gui.settings import AppSettings

    signals = SystemLockSignals()
    win = MainWindow(session, idle_ms=0, lock_signals=signals)
    qtbot.addWidget(win)
    win.apply_settings(AppSettings(idle_lock_minutes=0, lock_on_sleep=False))
    signals.lock_requested.emit("sleep")
    assert not session.is_locked
    win.apply_settings(AppSettings(idle_lock_minutes=5, lock_on_sleep=True))
    assert win.idle.timer.interval() == 5 * 60_000 and win.idle.timer.isActive()
    with qtbot.waitSignal(win.closed_by_lock, timeout=3000):
        signals.lock_requested.emit("screen locked")
    assert session.is_locked


def test_backup_and_about_open_when_their_dialogs_exist(qtbot: QtBot, window: MainWindow) -> None:
    from organizer.gui.page_registry import dialog_class

    for key, action in (("backup", window.backup_action), ("about", window.about_action)):
        present = dialog_class(key) is not None
        assert action.isVisible() == present
        if present:
            dialog = window.open_dialog(key)
            assert dialog is not None and dialog.isVisible()
            dialog.close()

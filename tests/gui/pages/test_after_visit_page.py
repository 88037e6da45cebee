"""The "After the visit" page: record an opinion, compare, export, ask one more doctor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from organizer.gui import dialogs
from organizer.gui.pages.after_visit import AfterVisitPage
from tests.gui.pages.planning_case import TODAY, fill_planning_case, pdf_pages_and_text
from tests.gui.pages.vault_reading import reopened_content, saved_content


@pytest.fixture
def case(session):
    return fill_planning_case(session)


@pytest.fixture
def page(qtbot, session, case):
    widget = AfterVisitPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _type_into(qtbot, box, text: str) -> None:
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClicks(box, text)


def test_record_an_opinion_and_see_it_side_by_side(qtbot, page, session, case) -> None:
    tab = page.opinions
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    # Dated today, for the first doctor asked who has not given an opinion yet.
    assert tab.provider_name.text() == "Dr. Later Sample"
    assert QApplication.focusWidget() is tab.diagnosis
    qtbot.keyClicks(tab.diagnosis, "Fictional condition, stage two")
    qtbot.keyClick(tab.diagnosis, Qt.Key.Key_Tab)  # leaving the box saves it
    _type_into(qtbot, tab.treatment, "Medicine first, then surgery")
    _type_into(qtbot, tab.options, "Watchful waiting")
    qtbot.keyClick(tab.options, Qt.Key.Key_Tab)
    # Tick a document with the keys: go to the list, Space ticks the current one.
    tab.documents.setFocus()
    tab.documents.setCurrentRow(0)
    qtbot.keyClick(tab.documents, Qt.Key.Key_Space)
    assert tab.documents.item(0).checkState() == Qt.CheckState.Checked

    saved = saved_content(session).opinions[-1]
    assert saved.provider_name == "Dr. Later Sample"
    assert saved.opinion_provider_id == case["later"].id
    assert saved.date == TODAY
    assert saved.diagnosis == "Fictional condition, stage two"
    assert saved.recommended_treatment == "Medicine first, then surgery"
    assert saved.other_options == "Watchful waiting"
    assert saved.document_ids == [case["scan"].id]

    page.tabs.setCurrentIndex(1)
    model = page.comparison.model
    assert model.columnCount() == 2
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert columns[1].startswith("Dr. Later Sample")  # the newest last
    assert model.cell_text(0, 0) == "Fictional condition, stage one"
    assert model.cell_text(0, 1) == "Fictional condition, stage two"
    assert model.cell_text(1, 1) == "Medicine first, then surgery"
    assert model.cell_text(4, 1) == "CT report"

    again = reopened_content(session)
    assert [o.diagnosis for o in again.opinions][-1] == "Fictional condition, stage two"


def test_export_comparison_as_one_page_pdf(qtbot, page, session, tmp_path, monkeypatch) -> None:
    target = tmp_path / "compare.pdf"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: target)
    page.tabs.setCurrentIndex(1)
    button = page.comparison.export_button
    assert button.isEnabled()
    button.save_action.trigger()
    qtbot.waitUntil(lambda: button.job is None, timeout=20_000)
    pages, text = pdf_pages_and_text(target)
    assert pages == 1
    assert "Surgery within six weeks" in text
    assert "Dr. Current Example" in text
    assert str(target) in page.comparison.status_label.text()


def test_nothing_to_compare_says_so(qtbot, session) -> None:
    widget = AfterVisitPage(session)
    qtbot.addWidget(widget)
    assert not widget.comparison.export_button.isEnabled()
    assert not widget.comparison.empty_label.isHidden()
    assert not widget.opinions.editor.isEnabled()


def test_remove_an_opinion_after_confirming(qtbot, page, session, monkeypatch) -> None:
    asked: list[str] = []

    def confirm(parent, title, text, *, yes, no):
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask_yes_no", confirm)
    qtbot.mouseClick(page.opinions.remove_button, Qt.MouseButton.LeftButton)
    assert "Dr. Current Example" in asked[0]
    assert saved_content(session).opinions == []
    assert page.comparison.model.columnCount() == 0


def test_ask_one_more_doctor_then_make_a_packet_for_them(qtbot, session, case, monkeypatch):
    from organizer.gui.main_window import MainWindow

    monkeypatch.setattr(dialogs, "ask_text", lambda *args, **kw: "Dr. Third Example")
    questions: list[str] = []

    def confirm(parent, title, text, *, yes, no):
        questions.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask_yes_no", confirm)
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.choose("after")
    after = window.pages["after"]
    assert after.another_button.text() == "&Ask for a fourth opinion..."
    qtbot.mouseClick(after.another_button, Qt.MouseButton.LeftButton)

    providers = saved_content(session).case.opinion_providers
    assert [p.provider.name for p in providers][-1] == "Dr. Third Example"
    assert providers[-1].checklist == {}
    assert "Make a packet" in questions[0]
    # The packet page is shown, made out to the new doctor.
    export = window.pages["export"]
    assert window.stack.currentWidget() is export
    assert export.contents.recipient.text() == "Dr. Third Example"
    # And the new doctor has a checklist on "Before the visit".
    choice = window.pages["before"].checklist.provider_choice
    assert choice.findText("Dr. Third Example") >= 0
    assert after.another_button.text() == "&Ask for a fifth opinion..."


def test_export_page_is_made_out_to_the_doctor_of_the_next_appointment(qtbot, session, case):
    from organizer.gui.pages.export import ExportPage

    page = ExportPage(session)
    qtbot.addWidget(page)
    # "Dr. Later Sample" is listed first, but "Dr. Soon Sample" is seen next.
    assert page.contents.recipient.text() == "Dr. Soon Sample, Nearby Centre"
    page.close()


def test_export_comparison_with_keys_only(qtbot, page, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QTimer

    target = tmp_path / "keys.pdf"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: target)
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Right)  # to "Side by side"
    assert page.tabs.currentWidget() is page.comparison
    button = page.comparison.export_button
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)

    def choose_save_in_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None
        qtbot.keyClick(menu, Qt.Key.Key_Down)  # "Save as PDF..."
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose_save_in_menu)
    qtbot.keyClick(button, Qt.Key.Key_Space)  # opens the menu until a choice is made
    qtbot.waitUntil(lambda: target.exists() and button.job is None, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_locking_drops_what_the_page_showed(qtbot, page, session) -> None:
    assert page.comparison.model.columnCount() == 1
    session.lock()
    assert not page.isEnabled()
    assert page.opinions.model.rowCount() == 0
    assert page.comparison.model.columnCount() == 0

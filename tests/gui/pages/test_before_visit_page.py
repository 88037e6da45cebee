"""The "Before the visit" page, used as a patient would: ticks, calendar file, lists, letters."""

from __future__ import annotations

from datetime import UTC

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from organizer.core.model import Question, Section
from organizer.core.planning.insurer import HELP_TEXTS
from organizer.gui import dialogs
from organizer.gui.pages import prompts
from organizer.gui.pages.before_visit import BeforeVisitPage
from tests.gui.helpers import add_pdf_document, save_and_wait
from tests.gui.pages.planning_case import TODAY, at, fill_planning_case, pdf_pages_and_text
from tests.gui.pages.vault_reading import reopened_content, saved_content


@pytest.fixture
def case(session):
    return fill_planning_case(session)


@pytest.fixture
def page(qtbot, session, case):
    widget = BeforeVisitPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _save_to(monkeypatch, path) -> list[str]:
    titles: list[str] = []

    def choose(parent, title, suggested, filter_text):
        titles.append(title)
        return path

    monkeypatch.setattr(dialogs, "choose_save_file", choose)
    return titles


def test_opens_on_the_doctor_of_the_next_appointment(page, case) -> None:
    tab = page.checklist
    assert tab.provider_choice.currentData() == case["soon"].id
    assert "Nearby Centre, 1 Test Street" in tab.appointment_label.text()
    assert tab.provider_choice.count() == 2


def test_ticking_a_step_is_saved_and_kept_after_relocking(qtbot, page, session, case) -> None:
    box = page.checklist.manual_boxes["office_told_second_opinion"]
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # keyboard only
    assert box.isChecked()
    soon_id = case["soon"].id
    saved = {op.id: op.checklist for op in saved_content(session).case.opinion_providers}
    assert saved[soon_id] == {"office_told_second_opinion": True}
    assert saved[case["later"].id] == {}  # each doctor has a checklist of their own

    # A tick set for you cannot be changed by hand, neither by click nor by key.
    auto = page.checklist.automatic_boxes["pathology_added"]
    qtbot.mouseClick(auto, Qt.MouseButton.LeftButton)
    auto.setFocus()
    qtbot.keyClick(auto, Qt.Key.Key_Space)
    assert not auto.isChecked()

    again = {op.id: op.checklist for op in reopened_content(session).case.opinion_providers}
    assert again[soon_id] == {"office_told_second_opinion": True}


def test_automatic_steps_follow_what_the_vault_holds(qtbot, page, session) -> None:
    boxes = page.checklist.automatic_boxes
    assert not boxes["pathology_added"].isChecked()
    assert not boxes["questions_written"].isChecked()
    assert not boxes["records_received"].isChecked()
    assert "Example Clinic" in page.checklist.hints["records_received"].text()
    before = page.checklist.progress_label.text()

    add_pdf_document(session, "Pathology report", section=Section.RESULTS, seed=3)
    session.content.questions.append(Question("Is surgery the only choice?"))
    save_and_wait(qtbot, session, "question")
    assert boxes["pathology_added"].isChecked()
    assert boxes["questions_written"].isChecked()
    assert page.checklist.progress_label.text() != before

    # Marking the request received on the Records requests tab ticks "Records received".
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.requests.received_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.saving)  # a slow disk saves in the background
    assert boxes["records_received"].isChecked()
    assert saved_content(session).records_requests[0].date_received == TODAY


def test_add_to_calendar_saves_an_ics_file_that_reads_back(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "appointment.ics"
    titles = _save_to(monkeypatch, target)
    qtbot.mouseClick(page.checklist.calendar_button, Qt.MouseButton.LeftButton)
    assert titles == ["Where to save the calendar file"]
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    lines = raw.decode().replace("\r\n ", "").split("\r\n")  # unfold (RFC 5545)
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    start = at(10, 10, 30).astimezone(UTC)
    assert fields["DTSTART"] == start.strftime("%Y%m%dT%H%M%SZ")
    assert fields["SUMMARY"] == "Second opinion: Dr. Soon Sample (Nearby Centre)"
    assert fields["LOCATION"] == "Nearby Centre\\, 1 Test Street"
    assert "Saved as" in page.checklist.status_label.text()


def test_what_to_bring_list_saved_as_one_page_pdf(qtbot, page, tmp_path, monkeypatch) -> None:
    target = tmp_path / "bring.pdf"
    _save_to(monkeypatch, target)
    button = page.checklist.bring_button
    button.save_action.trigger()
    qtbot.waitUntil(lambda: button.job is None, timeout=20_000)
    pages, text = pdf_pages_and_text(target)
    assert pages == 1
    assert "What to bring" in text
    assert "CT report" in text  # a document the vault holds
    assert "Missing" in text  # and what it does not hold yet


def test_records_request_added_edited_linked_and_its_letter_printed(
    qtbot, page, session, case, tmp_path, monkeypatch
) -> None:
    tab = page.requests
    page.tabs.setCurrentIndex(1)
    tab.new_from.setFocus()
    qtbot.keyClicks(tab.new_from, "Fictional Lab")
    qtbot.keyClicks(tab.new_what, "blood test results since May")
    qtbot.keyClick(tab.new_what, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 2
    assert tab.from_whom.text() == "Fictional Lab"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.how)
    qtbot.keyClicks(tab.how, "portal")
    popup = tab.how.completer().popup()  # suggestions as you type; it has the keys
    qtbot.keyClick(popup if popup.isVisible() else tab.how, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.delivery
    # Tick the document it brought in.
    item = tab.documents.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    saved = saved_content(session).records_requests[-1]
    assert (saved.from_whom, saved.what, saved.how) == (
        "Fictional Lab",
        "blood test results since May",
        "portal",
    )
    assert saved.date_asked == TODAY
    assert saved.document_ids == [case["scan"].id]

    out = tmp_path / "letter-printed.pdf"

    def pdf_printer(parent, title):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(prompts, "choose_printer", pdf_printer)
    tab.letter_button.print_action.trigger()
    qtbot.waitUntil(lambda: tab.letter_button.job is None, timeout=20_000)
    assert "Sent to the printer" in tab.status_label.text()
    pages, _text = pdf_pages_and_text(out)  # printed as a picture of the page: count only
    assert pages == 1

    target = tmp_path / "letter.pdf"
    _save_to(monkeypatch, target)
    tab.letter_button.save_action.trigger()
    qtbot.waitUntil(lambda: tab.letter_button.job is None, timeout=20_000)
    pages, text = pdf_pages_and_text(target)
    assert pages == 1
    assert "blood test results since May" in text
    assert "Robin Fictional-Tester" in text


def test_a_request_needs_from_whom_and_what(qtbot, page, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.requests.new_from, "Someone")
    qtbot.mouseClick(page.requests.add_button, Qt.MouseButton.LeftButton)
    assert warned == ["Say which records are requested."]
    assert page.requests.model.rowCount() == 1


def test_insurer_help_is_next_to_the_fields_and_open_questions_are_listed(
    qtbot, page, session
) -> None:
    from PySide6.QtWidgets import QLabel

    from organizer.gui.pages.case_overview import CaseOverviewPage

    assert "Ask whether you need a referral." in page.insurer.todo.text()
    session.content.case.insurer.referral_needed = False
    session.content.case.insurer.in_network = True
    session.content.case.insurer.expected_cost = "nothing (fictional)"
    save_and_wait(qtbot, session, "insurer")
    assert page.insurer.todo.isHidden()
    assert "In network: yes" in page.insurer.summary.text()
    assert page.checklist.automatic_boxes["insurer_checked"].isChecked()

    overview = CaseOverviewPage(session)
    qtbot.addWidget(overview)
    texts = [label.text() for label in overview.findChildren(QLabel)]
    for key in ("referral_needed", "in_network", "expected_cost"):
        assert HELP_TEXTS[key] in texts
    # A screen reader says the help when the box gets the focus.
    assert HELP_TEXTS["in_network"] in overview.in_network.accessibleDescription()


def test_buttons_lead_to_where_the_appointment_and_insurer_are_written(qtbot, session, case):
    from organizer.gui.main_window import MainWindow

    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    before = window.pages["before"]
    for button, tab in ((before.checklist.change_button, 0), (before.insurer.edit_button, 2)):
        window.sidebar.choose("before")
        before.tabs.setCurrentIndex(tab)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.pages["overview"]
        assert window.sidebar.current_entry().key == "overview"


def test_locking_drops_what_the_page_showed(qtbot, page, session) -> None:
    assert page.requests.model.rowCount() == 1
    session.lock()
    assert not page.isEnabled()
    assert page.requests.model.rowCount() == 0
    assert page.requests.documents.count() == 0
    assert page.checklist.provider_choice.count() == 0

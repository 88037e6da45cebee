"""Editing the case details and seeing them saved."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from organizer.gui.pages import prompts
from organizer.gui.pages.case_overview import CaseOverviewPage
from tests.gui.helpers import save_and_wait
from tests.gui.pages.vault_reading import reopened_content, saved_content


@pytest.fixture
def page(qtbot, session):
    widget = CaseOverviewPage(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)  # leaving the box saves it


def test_patient_reason_and_insurer_are_saved(qtbot, page, session) -> None:
    _type(qtbot, page.patient_name, "Alex Example")
    page.date_of_birth.setFocus()
    page.date_of_birth.setDate(QDate(1961, 5, 17))
    qtbot.keyClick(page.date_of_birth, Qt.Key.Key_Return)
    _type(qtbot, page.reason, "Two doctors disagree about surgery.")
    _type(qtbot, page.diagnosis, "Fictional condition")
    page.referral_needed.setCurrentIndex(1)
    page.referral_needed.activated.emit(1)
    page.in_network.setCurrentIndex(2)
    page.in_network.activated.emit(2)
    _type(qtbot, page.expected_cost, "40 dollars")

    case = saved_content(session).case
    assert case.patient.name == "Alex Example"
    assert case.patient.date_of_birth == date(1961, 5, 17)
    assert case.reason == "Two doctors disagree about surgery."
    assert case.diagnosis == "Fictional condition"
    assert case.insurer.referral_needed is True
    assert case.insurer.referral_obtained is None  # untouched stays "not checked yet"
    assert case.insurer.in_network is False
    assert case.insurer.expected_cost == "40 dollars"

    again = reopened_content(session).case
    assert (again.patient.name, again.patient.date_of_birth) == ("Alex Example", date(1961, 5, 17))
    assert again.insurer.referral_needed is True and again.insurer.in_network is False


def test_opinion_provider_with_appointment(qtbot, page, session, monkeypatch) -> None:
    qtbot.mouseClick(page.add_provider_button, Qt.MouseButton.LeftButton)
    assert page.op_name.hasFocus()
    _type(qtbot, page.op_name, "Dr. Fictional")
    page.appointment_at.setFocus()
    page.appointment_at.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(9, 30)))
    qtbot.keyClick(page.appointment_at, Qt.Key.Key_Return)
    _type(qtbot, page.appointment_place, "Example Clinic, Room 4")

    saved = saved_content(session).case.opinion_providers
    assert len(saved) == 1
    assert saved[0].provider.name == "Dr. Fictional"
    assert saved[0].appointment is not None
    assert saved[0].appointment.starts_at == datetime(2026, 12, 3, 9, 30)
    assert saved[0].appointment.place == "Example Clinic, Room 4"
    assert "Dr. Fictional" in page.providers_model.index(0).data()

    monkeypatch.setattr(prompts, "confirm", lambda *a: False)
    qtbot.mouseClick(page.remove_provider_button, Qt.MouseButton.LeftButton)
    assert len(saved_content(session).case.opinion_providers) == 1
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    qtbot.mouseClick(page.remove_provider_button, Qt.MouseButton.LeftButton)
    assert saved_content(session).case.opinion_providers == []
    assert not page.provider_editor.isEnabled()


def test_reload_shows_what_another_page_saved(qtbot, page, session) -> None:
    session.content.case.patient.name = "Changed Elsewhere"
    save_and_wait(qtbot, session, "elsewhere")
    assert page.patient_name.text() == "Changed Elsewhere"

"""Filling in the medication list as a user would: typing, keys, buttons."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from organizer.core.model import MedicationKind
from organizer.gui.models.medications import KIND_COLUMN, STARTED_COLUMN, STILL_TAKING_COLUMN
from organizer.gui.pages import medications, prompts
from organizer.gui.pages.common import DateField
from organizer.gui.pages.medications import MedicationsPage
from tests.conftest import require_tool
from tests.gui.pages.vault_reading import reopened_content, saved_content


def _add(qtbot, page: MedicationsPage, name: str) -> None:
    page.new_name.setFocus()
    qtbot.keyClicks(page.new_name, name)
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)


@pytest.fixture
def page(qtbot, session):
    widget = MedicationsPage(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def test_add_edit_reorder_and_remove_are_saved(qtbot, page, session) -> None:
    for name in ("Metformin", "Vitamin D", "Ibuprofen"):
        _add(qtbot, page, name)
    assert [m.name for m in saved_content(session).medications] == [
        "Metformin",
        "Vitamin D",
        "Ibuprofen",
    ]

    # Type the strength into the selected row's Strength box, as a user would with the keys.
    page.table.setFocus()
    page.table.selectRow(0)
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "500 mg")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: saved_content(session).medications[0].strength == "500 mg")

    # Kind through the drop-down editor, and "still taking" by the check box.
    kind_index = page.model.index(1, KIND_COLUMN)
    page.table.setCurrentIndex(kind_index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(MedicationKind.SUPPLEMENT.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved_content(session).medications[1].kind.value == "supplement")
    page.model.setData(
        page.model.index(2, STILL_TAKING_COLUMN),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    page.table.setCurrentIndex(page.model.index(0, STARTED_COLUMN))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    date_box = page.table.findChild(DateField)
    assert isinstance(date_box, DateField), date_box
    date_box.set_value(date(2025, 1, 2))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved_content(session).medications[0].start_date == date(2025, 1, 2))
    assert page.model.index(0, STARTED_COLUMN).data() == "2025-01-02"
    saved = saved_content(session).medications
    assert saved[1].kind is MedicationKind.SUPPLEMENT
    assert saved[2].still_taking is False

    # Alt+Down moves Metformin below Vitamin D; the Remove button removes the selection.
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [m.name for m in saved_content(session).medications] == [
        "Vitamin D",
        "Metformin",
        "Ibuprofen",
    ]
    assert page.selected_row() == 1
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert saved_content(session).medications[0].name == "Metformin"
    page.table.selectRow(2)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in saved_content(session).medications] == ["Metformin", "Vitamin D"]

    # Opened again from disk, the list is as the user left it.
    again = reopened_content(session)
    assert [(m.name, m.strength) for m in again.medications] == [
        ("Metformin", "500 mg"),
        ("Vitamin D", ""),
    ]
    assert again.medications[1].kind is MedicationKind.SUPPLEMENT
    assert page.model.rowCount() == 0  # locking dropped the list from the page


def test_empty_name_adds_nothing(qtbot, page, session) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert saved_content(session).medications == []
    assert page.model.rowCount() == 0


def test_list_reviewed_today_is_saved_and_shown(qtbot, page, session, monkeypatch) -> None:
    monkeypatch.setattr(medications, "today", lambda: date(2026, 3, 4))
    assert "not yet" in page.reviewed_label.text()
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    assert saved_content(session).case.medications_reviewed_on == date(2026, 3, 4)
    assert "2026-03-04" in page.reviewed_label.text()


def test_print_this_list_prints_every_medication(qtbot, page, monkeypatch, tmp_path: Path) -> None:
    import subprocess

    pdftotext = require_tool("pdftotext")
    _add(qtbot, page, "Metformin")
    _add(qtbot, page, "Fish oil")
    out = tmp_path / "printed.pdf"

    def pdf_printer(parent, title):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(prompts, "choose_printer", pdf_printer)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(
        [pdftotext, str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Metformin" in text and "Fish oil" in text
    assert "not been checked" in text


def test_documents_filed_under_medications_are_listed(qtbot, session) -> None:
    from organizer.core.model import Section
    from tests.gui.pages.documents import add_pdf_document

    add_pdf_document(session, "Pharmacy printout", Section.MEDICATIONS, pages=1)
    add_pdf_document(session, "Biopsy report", Section.RESULTS)
    page = MedicationsPage(session)
    qtbot.addWidget(page)
    assert page.documents_model.rowCount() == 1
    assert page.documents_model.index(0).data().startswith("Pharmacy printout")
    assert "1 page" in page.documents_model.index(0).data()

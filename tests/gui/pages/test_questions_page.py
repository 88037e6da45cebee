"""The question list: adding, reordering by keys and by drag data, answering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from organizer.core.model import Priority
from organizer.gui.pages.questions import QuestionsPage
from tests.gui.pages.vault_reading import reopened_content, saved_content


@pytest.fixture
def page(qtbot, session):
    widget = QuestionsPage(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _texts(session) -> list[str]:
    return [q.text for q in saved_content(session).questions]


def _add(qtbot, page, text: str) -> None:
    page.new_text.setFocus()
    qtbot.keyClicks(page.new_text, text)
    qtbot.keyClick(page.new_text, Qt.Key.Key_Return)


def test_fill_and_reorder_by_keys(qtbot, page, session) -> None:
    for text in ("Is surgery needed?", "What stage is it?", "Can I wait?"):
        _add(qtbot, page, text)
    assert _texts(session) == ["Is surgery needed?", "What stage is it?", "Can I wait?"]

    # The newest question is selected; Alt+Up twice brings it to the top.
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _texts(session) == ["Can I wait?", "Is surgery needed?", "What stage is it?"]
    assert [q.order for q in saved_content(session).questions] == [0, 1, 2]
    assert not page.up_button.isEnabled()  # already first

    # Move down with the button, then the list shows the new numbering.
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert _texts(session)[1] == "Can I wait?"
    assert page.model.index(1).data().startswith("2. Can I wait?")
    assert [q.text for q in reopened_content(session).questions] == [
        "Is surgery needed?",
        "Can I wait?",
        "What stage is it?",
    ]


def test_reorder_by_drag_data(qtbot, page, session) -> None:
    for text in ("First", "Second", "Third"):
        _add(qtbot, page, text)
    model = page.model
    # What the list view does on a drop: the dragged row's data dropped before row 0.
    data = model.mimeData([model.index(2)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _texts(session) == ["Third", "First", "Second"]
    # Dropped at the end (row -1, no parent) puts it last; nothing is lost or duplicated.
    data = model.mimeData([model.index(0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert _texts(session) == ["First", "Second", "Third"]
    # The list view's own internal move asks the model to move rows: "Third" before "First".
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert _texts(session) == ["Third", "First", "Second"]
    # The view's "remove the moved rows" step must not delete anything.
    assert not model.removeRows(0, 1)
    assert model.rowCount() == 3 and _texts(session) == ["Third", "First", "Second"]


def test_priority_answer_and_notes_are_saved(qtbot, page, session) -> None:
    _add(qtbot, page, "What are the side effects?")
    page.priority.setFocus()
    page.priority.setCurrentIndex(page.priority.findData(Priority.HIGH.value))
    page.priority.activated.emit(page.priority.currentIndex())
    qtbot.keyClick(page.answered, Qt.Key.Key_Space)
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Tiredness for two weeks")
    page.text_edit.setFocus()  # leaving the notes box saves them
    saved = saved_content(session).questions[0]
    assert saved.priority is Priority.HIGH
    assert saved.answered is True
    assert saved.answer_notes == "Tiredness for two weeks"
    assert "answered" in page.model.index(0).data()

    # Changing the wording in the editor renames it in the list.
    page.text_edit.selectAll()
    qtbot.keyClicks(page.text_edit, "Which side effects are common?")
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Return)
    assert _texts(session) == ["Which side effects are common?"]

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert _texts(session) == []
    assert not page.editor.isEnabled()


def test_print_questions_with_room_for_answers(qtbot, page, session, monkeypatch, tmp_path) -> None:
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from organizer.gui.pages import prompts
    from tests.conftest import require_tool

    pdftotext = require_tool("pdftotext")
    _add(qtbot, page, "Is surgery needed?")
    _add(qtbot, page, "Can I wait?")
    out = tmp_path / "q.pdf"

    def pdf_printer(parent, title):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(prompts, "choose_printer", pdf_printer)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
    assert text.index("Is surgery needed?") < text.index("Can I wait?")

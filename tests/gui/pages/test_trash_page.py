"""Restoring from the trash, and deleting for good only after confirming."""

from __future__ import annotations

from PySide6.QtCore import Qt

from organizer.gui.pages import prompts
from organizer.gui.pages.trash import TrashPage
from tests.gui.pages.documents import add_pdf_document
from tests.gui.pages.vault_reading import reopened_content


def test_restore_and_delete_for_good(qtbot, session, monkeypatch) -> None:
    kept = add_pdf_document(session, "Biopsy report")
    dropped = add_pdf_document(session, "Old scan")
    page = TrashPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0 and page.empty_label.isVisibleTo(page)

    for doc in (kept, dropped):
        session.vault.trash(doc.id)  # as the documents view does
    session.changed.emit()
    assert page.model.rowCount() == 2
    assert "deleted for good on" in page.model.index(0).data()

    # Restore "Biopsy report" with the keyboard: choose it, then the Restore button.
    row = next(r for r in range(2) if page.model.document(r).id == kept.id)
    page.list.setCurrentIndex(page.model.index(row))
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert session.content.document(kept.id).trashed_at is None

    # Saying "Cancel" to the confirmation keeps the document.
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, q, yes: asked.append(q) or False)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Old scan" in asked[0] and "cannot be brought back" in asked[0]
    assert page.model.rowCount() == 1

    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)

    again = reopened_content(session)
    assert [d.title for d in again.active_documents()] == ["Biopsy report"]
    assert again.trashed_documents() == []

"""The share log, and "make this packet again" reproducing the logged packet after edits."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from organizer.core.model import Section, ShareMethod
from organizer.core.packet.export import export_packet
from organizer.core.packet.options import PacketOptions
from organizer.gui.pages import prompts
from organizer.gui.pages.shared_packets import SharedPacketsPage
from tests.conftest import require_tool
from tests.gui.pages.documents import add_pdf_document


def test_make_again_after_edits_reproduces_the_logged_packet(
    qtbot, session, monkeypatch, tmp_path: Path
) -> None:
    session.content.case.patient.name = "Alex Example"
    keep = add_pdf_document(session, "Biopsy report", Section.RESULTS, pages=2)
    gone = add_pdf_document(session, "Operative note", Section.SURGERY, pages=1)
    options = PacketOptions(
        prepared_on=date(2026, 11, 2), recipient="Dr. Fictional", method=ShareMethod.FILE
    )
    outcome = export_packet(session.vault, tmp_path / "first.pdf", options)
    session.changed.emit()
    entry = outcome.entry

    page = SharedPacketsPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Dr. Fictional"
    assert "Biopsy report" in page.details.text() and "Operative note" in page.details.text()

    # The user renames one document and moves the other to the trash afterwards.
    session.content.document(keep.id).title = "Renamed later"
    session.save("renamed")
    session.vault.trash(gone.id)
    session.changed.emit()

    again = tmp_path / "again.pdf"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a: again)
    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: told.append(text))
    page.table.selectRow(0)
    qtbot.mouseClick(page.remake_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_match is not None, timeout=30000)
    assert page.last_match is True
    assert "matches the packet shared on 2 Nov 2026" in told[0]
    assert hashlib.sha256(again.read_bytes()).hexdigest() == entry.sha256_unencrypted

    # A copy protected with a new password: same pages inside, readable only with it.
    qpdf = require_tool("qpdf")
    qtbot.keyClick(page.protect, Qt.Key.Key_Space)
    password = page.card.password()
    assert len(password.split("-")) >= 5
    protected = tmp_path / "protected.pdf"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a: protected)
    page.last_match = None
    qtbot.mouseClick(page.remake_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_match is not None, timeout=30000)
    assert page.last_match is True
    subprocess.run(
        [qpdf, f"--password={password}", "--check", str(protected)], check=True, capture_output=True
    )
    assert subprocess.run([qpdf, "--check", str(protected)], capture_output=True).returncode != 0


def test_empty_log_says_so(qtbot, session) -> None:
    page = SharedPacketsPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.empty_label.isVisible()
    assert not page.remake_button.isEnabled()

"""Making a packet as a user: choose contents, a password, a "USB drive"; check the PDF."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from organizer.core.model import (
    Medication,
    OpinionProvider,
    Provider,
    Question,
    Section,
    ShareMethod,
)
from organizer.gui.models.export_contents import DOC_ID_ROLE
from organizer.gui.pages import export as export_page
from organizer.gui.pages import export_job, prompts
from organizer.gui.pages.export import ExportPage
from organizer.gui.platform import drives, mail
from tests.conftest import require_tool
from tests.gui.helpers import save_and_wait
from tests.gui.pages.documents import add_pdf_document


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def media(monkeypatch, tmp_path: Path) -> Path:
    root = tmp_path / "media"
    (root / "USB STICK").mkdir(parents=True)
    monkeypatch.setattr(
        drives, "create_drive_monitor", lambda parent: drives.MountFolderDrives([root], parent)
    )
    monkeypatch.setattr(export_page, "today", lambda: date(2026, 11, 29))
    return root


@pytest.fixture
def filled(session):
    case = session.content.case
    case.patient.name = "Alex Example"
    case.patient.date_of_birth = date(1961, 5, 17)
    case.opinion_providers.append(OpinionProvider(provider=Provider(name="Dr. Fictional")))
    session.content.questions.append(Question(text="Is surgery needed?"))
    session.content.medications.append(Medication(name="Examplamide"))
    session.save("case")
    docs = {
        "biopsy": add_pdf_document(session, "Biopsy report", Section.RESULTS, pages=2),
        "scan": add_pdf_document(session, "Unrelated scan", Section.OTHER, pages=1),
        "pharmacy": add_pdf_document(session, "Pharmacy printout", Section.MEDICATIONS, pages=1),
    }
    return docs


def _page(qtbot, session) -> ExportPage:
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    return page


def _untick(page: ExportPage, doc_id: str) -> None:
    model = page.contents.model
    for row in range(model.rowCount()):
        section = model.item(row)
        for child in range(section.rowCount()):
            item = section.child(child)
            if item.data(DOC_ID_ROLE) == doc_id:
                page.contents.tree.setCurrentIndex(item.index())
                item.setCheckState(Qt.CheckState.Unchecked)
                return
    raise AssertionError("document not listed")


def test_export_to_usb_with_password(qtbot, session, filled, media, monkeypatch) -> None:
    qpdf = require_tool("qpdf")
    pdftotext = require_tool("pdftotext")
    pdfinfo = require_tool("pdfinfo")
    page = _page(qtbot, session)

    assert page.contents.recipient.text() == "Dr. Fictional"
    _untick(page, filled["scan"].id)
    assert page.contents.model.excluded_document_ids() == [filled["scan"].id]
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)

    qtbot.keyClick(page.options.use_password, Qt.Key.Key_Space)
    password = page.options.card.password()
    assert len(password.split("-")) >= 5
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)

    step = page.destination
    assert step.selected_drive() is not None and step.selected_drive().label == "USB STICK"
    assert step.file_name.text() == "Medical records for Dr. Fictional 2026-11-29.pdf"
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)

    out = media / "USB STICK" / "Medical records for Dr. Fictional 2026-11-29.pdf"
    assert Path(page.result.path) == out
    assert "USB STICK" in page.result_label.text()
    assert not page.eject_button.isVisible()  # a plain folder cannot be ejected
    assert page.result_card.isVisibleTo(page) and page.result_card.password() == password

    _run(qpdf, f"--password={password}", "--check", str(out))
    info = _run(pdfinfo, "-upw", password, str(out))
    assert re.search(r"^Encrypted:\s+yes", info, re.MULTILINE), info
    text = _run(pdftotext, "-upw", password, str(out), "-")
    assert "Alex Example" in text and "BIOPSY REPORT" in text and "PHARMACY PRINTOUT" in text
    assert "UNRELATED SCAN" not in text
    assert subprocess.run([pdftotext, str(out), "-"], capture_output=True).returncode != 0

    entry = session.content.share_log[-1]
    assert entry.method is ShareMethod.USB and entry.password_set
    assert entry.recipient == "Dr. Fictional"
    assert password not in str(entry.options)  # the password is never logged

    opened: list[Path] = []
    monkeypatch.setattr(export_page, "open_file", lambda path: opened.append(path) or True)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [out]

    # A second packet with the same name does not replace the first.
    qtbot.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    for _ in range(2):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.result is not None and Path(page.result.path) != out, timeout=30000
    )
    assert Path(page.result.path).name.endswith("(2).pdf")
    assert out.exists()


def test_completeness_warnings_can_be_hidden(qtbot, session, media) -> None:
    page = _page(qtbot, session)  # an empty case: several suggestions
    count = page.contents.warnings.count()
    assert count > 0 and page.contents.warnings_box.isVisibleTo(page)
    assert any("date of birth" in page.contents.warnings.item(i).text() for i in range(count))
    qtbot.mouseClick(page.contents.dismiss_button, Qt.MouseButton.LeftButton)
    assert page.contents.warnings.count() == count - 1
    save_and_wait(qtbot, session, "something else changed")  # hidden ones stay hidden
    assert page.contents.warnings.count() == count - 1
    assert page.next_button.isEnabled()  # never blocking


def test_cancel_stops_the_job_and_saves_nothing(qtbot, session, filled, media, monkeypatch) -> None:
    def waits_for_cancel(out_path, options):
        def work(vault, progress, cancel):
            progress(1, 10, "Biopsy report")
            while True:
                cancel.check()
                cancel._event.wait(0.01)

        return work

    monkeypatch.setattr(export_job, "export_to", waits_for_cancel)
    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: told.append(text))
    page = _page(qtbot, session)
    for _ in range(2):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.progress.maximum() == 10, timeout=5000)
    assert page.progress_label.text() == "Biopsy report"
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=5000)
    assert told == ["Cancelled. No packet was saved."]
    assert page.stack.currentWidget() is page.destination
    assert list((media / "USB STICK").iterdir()) == []


def test_email_hands_the_file_to_the_mail_program(
    qtbot, session, filled, media, monkeypatch, tmp_path
) -> None:
    ran: list[list[str]] = []
    monkeypatch.setattr(mail, "run_detached", lambda command: ran.append(command) or True)
    monkeypatch.setattr(prompts, "choose_folder", lambda *a: tmp_path)
    page = _page(qtbot, session)
    for _ in range(2):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    page.destination.radios[export_page.Destination.EMAIL].setChecked(True)
    assert page.options.email_size.isChecked()  # chosen for the user with email
    qtbot.mouseClick(page.destination.choose_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    out = Path(page.result.path)
    assert out.parent == tmp_path
    assert ran[0][0] == "xdg-email" and ran[0][-2:] == ["--attach", str(out)]
    assert "email with the packet attached" in page.result_label.text()
    assert session.content.share_log[-1].method is ShareMethod.EMAIL


def test_print_writes_no_file_and_logs_after_printing(
    qtbot, session, filled, media, monkeypatch, tmp_path
) -> None:
    pdfinfo = require_tool("pdfinfo")
    printed = tmp_path / "printer-output.pdf"

    def pdf_printer(parent, title):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(prompts, "choose_printer", pdf_printer)
    monkeypatch.setattr(prompts, "inform", lambda *a: None)
    page = _page(qtbot, session)
    for _ in range(2):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    page.destination.radios[export_page.Destination.PRINT].setChecked(True)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(session.content.share_log) == 1, timeout=30000)
    entry = session.content.share_log[0]
    assert entry.method is ShareMethod.PRINT
    pages = re.search(r"^Pages:\s+(\d+)", _run(pdfinfo, str(printed)), re.MULTILINE)
    assert pages is not None and int(pages.group(1)) == entry.page_count
    assert list((media / "USB STICK").iterdir()) == []


def test_free_path_never_replaces(tmp_path: Path) -> None:
    first = tmp_path / "p.pdf"
    assert export_job.free_path(first) == first
    first.write_bytes(b"x")
    assert export_job.free_path(first) == tmp_path / "p (2).pdf"


def test_plugging_in_a_drive_shows_it(qtbot, session, media) -> None:
    page = _page(qtbot, session)
    for _ in range(2):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.destination.drives_model.rowCount() == 1
    with qtbot.waitSignal(page.monitor.changed, timeout=5000):
        (media / "SECOND STICK").mkdir()
    assert page.destination.drives_model.rowCount() == 2


def test_keys_only_export_to_a_folder(qtbot, session, filled, media, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(prompts, "choose_folder", lambda *a: tmp_path)
    page = _page(qtbot, session)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.contents.recipient.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.contents.recipient)

    def alt(key: Qt.Key) -> None:
        # The underlined letter of a button; Qt "animates" the click, so it lands a moment later.
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)

    alt(Qt.Key.Key_N)  # Next
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.options)
    alt(Qt.Key.Key_N)  # Next
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.destination)
    alt(Qt.Key.Key_C)  # Choose folder... (switches to "In a folder")
    qtbot.waitUntil(lambda: page.destination.destination() is export_page.Destination.FOLDER)
    alt(Qt.Key.Key_M)  # Make the packet
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    assert Path(page.result.path).parent == tmp_path


def test_section_order_paper_and_cover_date(
    qtbot, session, filled, media, monkeypatch, tmp_path
) -> None:
    pdftotext = require_tool("pdftotext")
    pdfinfo = require_tool("pdfinfo")
    monkeypatch.setattr(prompts, "choose_folder", lambda *a: tmp_path)
    page = _page(qtbot, session)
    contents = page.contents
    labels = [contents.model.item(r).text() for r in range(contents.model.rowCount())]
    other = next(r for r, text in enumerate(labels) if text.startswith("Other records"))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    contents.tree.setFocus()
    contents.tree.setCurrentIndex(contents.model.index(other, 0))
    qtbot.keyClick(contents.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(contents.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(contents.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # stays first
    assert contents.model.section_order() == ["other", "results", "medications"]
    assert contents.model.item(0).text().startswith("Your questions")  # lists are not moved

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    page.options.paper.setCurrentIndex(page.options.paper.findData("a4"))
    page.options.prepared_on.set_value(date(2026, 12, 1))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.destination.choose_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)

    out = page.result.path
    text = _run(pdftotext, out, "-")
    assert text.index("UNRELATED SCAN") < text.index("BIOPSY REPORT")
    assert "(A4)" in _run(pdfinfo, "-f", "1", "-l", "1", out)
    assert session.content.share_log[-1].prepared_on == date(2026, 12, 1)


def test_locking_forgets_the_password_and_disables_the_page(qtbot, session, media) -> None:
    page = _page(qtbot, session)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.options.use_password, Qt.Key.Key_Space)
    assert page.options.card.field.text()
    session.lock()
    assert page.options.card.password() == "" and page.options.card.field.text() == ""
    assert not page.isEnabled()

"""Render the main screens offscreen to docs/screenshots/*.png, on the fictional demo case.

    uv run python scripts/screenshots.py [--out docs/screenshots]

Uses a temporary demo vault (fictional data only); nothing is written outside it but the PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _save(widget: QWidget, out: Path, name: str) -> Path:
    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def _sample_documents(session: object) -> None:
    """Fictional documents for the shots when the demo case has none yet."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    from organizer.core.model import Document, PagePart, Section

    samples = [
        ("Core needle biopsy report", Section.RESULTS, "Fictional Pathology Lab"),
        ("CT chest with contrast", Section.RESULTS, "Example Imaging Center"),
        ("Operative note", Section.SURGERY, "Sample General Hospital"),
        ("Treatment plan letter", Section.TREATMENT, "Dr. A. Example"),
    ]
    vault = session.vault  # type: ignore[attr-defined]
    for title, section, provider in samples:
        buf = io.BytesIO()
        pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
        for page in range(2):
            pdf.setFont("Helvetica-Bold", 18)
            pdf.drawString(72, 720, f"{title.upper()} (FICTIONAL)")
            pdf.setFont("Helvetica", 11)
            pdf.drawString(72, 690, f"{provider}. Page {page + 1} of 2. Fictional sample text.")
            pdf.showPage()
        pdf.save()
        blob = vault.write_blob(buf.getvalue())
        part = PagePart(
            blob_id=blob.blob_id,
            original_name=f"{title}.pdf",
            media_type="application/pdf",
            size=blob.size,
            sha256=blob.sha256,
            page_count=2,
            page_sizes=[(612.0, 792.0)] * 2,
        )
        vault.content.documents.append(
            Document(section=section, title=title, parts=[part], provider=provider)
        )
    vault.commit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["second-opinion"])

    from organizer.core.vault.kdf import FLOOR
    from organizer.gui.app import _demo_session
    from organizer.gui.errors import ErrorDialog
    from organizer.gui.main_window import MainWindow
    from organizer.gui.settings import AppSettings
    from organizer.gui.start.start_window import StartWindow
    from organizer.gui.vault_access import VaultAccess

    with tempfile.TemporaryDirectory(prefix="so-shots-") as temp:
        start = StartWindow(VaultAccess(kdf=FLOOR), AppSettings())
        start.resize(720, 640)
        start.show()
        _save(start, out, "welcome")
        start.unlock_page.set_vaults([Path.home() / "My records"])
        start.show_page(start.unlock_page)
        _save(start, out, "unlock")
        start.close()

        session = _demo_session(Path(temp))
        if not session.content.active_documents():
            _sample_documents(session)
            session.changed.emit()
        window = MainWindow(session, idle_ms=0)
        window.resize(1280, 800)
        window.show()
        window.sidebar.choose("all")
        app.processEvents()  # the list asks for its thumbnails; PDFs' are made in the background
        thumbnails = window.documents.model.thumbnails
        while thumbnails.busy:
            app.processEvents()
        app.processEvents()
        _save(window, out, "documents")
        for key, name in [
            ("overview", "case-overview"),
            ("medications", "medications"),
            ("questions", "questions"),
            ("export", "export"),
            ("shared", "shared-packets"),
            ("trash", "trash"),
        ]:
            window.sidebar.choose(key)
            _save(window, out, name)
        window.sidebar.choose("before")
        _save(window, out, "before-the-visit")
        after = window.pages["after"]
        window.sidebar.choose("after")
        after.tabs.setCurrentIndex(1)  # the opinions side by side
        _save(window, out, "after-the-visit")
        window.close()
        dialog = ErrorDialog('ValueError\n  File "example.py", line 1, in example')
        dialog.show()
        _save(dialog, out, "error-dialog")
        dialog.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

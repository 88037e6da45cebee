"""PDF thumbnails in the document list: how long the GUI thread stalls while they are made.

    uv run python benchmarks/gui_thumbnails.py [--pdfs 40]

A new vault holds ``--pdfs`` synthetic text PDFs (fictional, 3 pages) without thumbnails, as the
import leaves them. The documents page is shown; its list asks for the thumbnails, which are
rendered in the background and saved. A 5 ms QTimer probes the GUI thread meanwhile; the
longest gap between ticks (minus the interval) is the worst stall a user could feel (goal:
<= 100 ms). Reference, same run: rendering one thumbnail, and all of them, on the GUI thread
(what the list would freeze for if it rendered them inline).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROBE_MS = 5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=int, default=40)
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from organizer.core.model import Document, PagePart, Section
    from organizer.core.vault import Vault
    from organizer.core.vault.kdf import FLOOR
    from organizer.gui.documents.page import DocumentsPage
    from organizer.gui.documents.thumbnails import render_pdf_thumbnail
    from organizer.gui.session import Session
    from tests.synthetic import text_pdf_bytes

    pdfs = [text_pdf_bytes(pages=3, title=f"REPORT {n}", seed=n) for n in range(args.pdfs)]
    started = time.perf_counter()
    render_pdf_thumbnail(pdfs[0])
    one_inline = time.perf_counter() - started
    started = time.perf_counter()
    for data in pdfs:
        render_pdf_thumbnail(data)
    all_inline = time.perf_counter() - started

    with tempfile.TemporaryDirectory(prefix="so-bench-") as temp:
        vault, _code = Vault.create(Path(temp) / "vault", "benchmark passphrase", kdf=FLOOR)
        session = Session(vault, vault.path)
        for n, data in enumerate(pdfs):
            blob = vault.write_blob(data)
            part = PagePart(blob.blob_id, f"r{n}.pdf", "application/pdf", blob.size, blob.sha256, 3)
            session.content.documents.append(Document(Section.RESULTS, f"Report {n}", [part]))
        session.save("benchmark documents")
        page = DocumentsPage(session)
        page.resize(1000, 4000)  # tall enough that every row is listed at once
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        probe = QTimer()
        probe.timeout.connect(tick)
        probe.start(PROBE_MS)
        started = time.perf_counter()
        page.show()
        maker: Any = page.model.thumbnails
        app.processEvents()
        while maker.busy or any(d.thumbnail_blob_id is None for d in session.content.documents):
            app.processEvents()
            if time.perf_counter() - started > 120:
                print("thumbnails did not finish in 120 s")
                return 1
        elapsed = time.perf_counter() - started
        probe.stop()
        made = sum(d.thumbnail_blob_id is not None for d in session.content.documents)
        session.lock()
        page.close()

    stall_ms = max(0.0, max(gaps) * 1000 - PROBE_MS) if gaps else 0.0
    print(f"PDFs: {args.pdfs}, thumbnails made and saved: {made}")
    print(f"reference, on the GUI thread: one {one_inline * 1000:.1f} ms, all {all_inline:.2f} s")
    print(f"in the background: all in {elapsed:.2f} s")
    print(f"longest GUI-thread stall meanwhile: {stall_ms:.0f} ms (goal <= 100 ms)")
    print(f"ratio stall / inline total: {stall_ms / 1000 / all_inline:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

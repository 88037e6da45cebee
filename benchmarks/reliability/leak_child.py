"""The leak run's child (``python -m benchmarks.reliability.leak_child SANDBOX CANARY_ID``),
started with HOME, TMPDIR and the XDG folders inside SANDBOX (see leaks.py).

Like a user: import a PDF (whose text and file name carry a canary), type a medication and a
question carrying canaries, preview the document (the GUI's preview pane, offscreen, when the
GUI is present; the core's reads of document, thumbnail and text always), export a packet to
SANDBOX/export/packet.pdf, and lock. Prints one JSON line saying what it did.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from organizer.core.ingest import ImportOptions, import_files
from organizer.core.model import Medication, Question
from organizer.core.packet import PacketOptions
from organizer.core.packet.export import export_packet
from organizer.core.vault import Vault
from tests.synthetic import text_pdf_bytes
from tests.vault_helpers import FAST_KDF, TEST_PASSPHRASE


def canaries(ident: str) -> dict[str, str]:
    return {
        "document text": f"CANARYDOC{ident}",
        "file name": f"CANARYNAME{ident}",
        "medication": f"CANARYMED{ident}",
        "question": f"CANARYQ{ident}",
    }


def gui_preview(vault: Vault, doc_id: str) -> str:
    """Show the document in the GUI's preview pane (offscreen) page by page; "" if no GUI."""
    try:
        from PySide6.QtWidgets import QApplication

        from organizer.gui.documents.preview import PreviewPane
        from organizer.gui.session import Session
    except ImportError as exc:
        return f"not run ({exc.name} missing)"
    app = QApplication.instance() or QApplication([])
    session = Session(vault, vault.path)
    pane = PreviewPane(session)
    pane.resize(900, 1100)
    pane.show()
    pane.show_document(vault.content.document(doc_id))
    shown = 0
    for position in range(3):
        pane.go(position)
        app.processEvents()
        image = getattr(pane, "image", None)  # the page's label (a pixmap when rendered)
        shown += image is not None and not image.pixmap().isNull()
    pane.close()
    pane.deleteLater()
    app.processEvents()
    return f"shown in the preview pane, {shown} of 3 pages rendered"


def main() -> None:
    sandbox, ident = Path(sys.argv[1]), sys.argv[2]
    marks = canaries(ident)
    home = Path(os.environ["HOME"])
    incoming = sandbox / "incoming"  # the user's own file, where they keep it: not scanned
    incoming.mkdir()
    source = incoming / f"{marks['file name']} report.pdf"
    source.write_bytes(text_pdf_bytes(3, body=f"Finding: {marks['document text']} (fictional)."))
    done: dict[str, Any] = {}
    vault, _code = Vault.create(home / "Second Opinion" / "vault", TEST_PASSPHRASE, kdf=FAST_KDF)
    summary = import_files(vault, [source], ImportOptions(workers=1))
    done["imported"] = len(summary.added)
    doc = vault.content.document(summary.added[0].document_id)
    vault.content.medications.append(Medication(marks["medication"], strength="5 mg"))
    vault.content.questions.append(Question(f"Is {marks['question']} needed?"))
    vault.commit()
    # Preview: what the app reads to show a document (all in memory), then the GUI pane.
    for part in doc.parts:
        vault.read_blob(part.blob_id)
    for blob_id in (doc.thumbnail_blob_id, doc.text_blob_id):
        if blob_id:
            vault.read_blob(blob_id)
    done["gui preview"] = gui_preview(vault, doc.id)
    out = sandbox / "export" / "packet.pdf"
    out.parent.mkdir()
    export_packet(vault, out, PacketOptions(prepared_on=date(2026, 11, 29)))
    done["exported"] = out.is_file()
    vault.close()
    done["locked"] = not vault.is_open
    print(json.dumps(done), flush=True)


if __name__ == "__main__":
    main()

"""Make a new vault holding the fictional demo case, through the real import pipeline."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from organizer.core.demo.case import fill_demo_case
from organizer.core.demo.documents import demo_documents, service_date
from organizer.core.errors import OrganizerError
from organizer.core.ingest import import_files
from organizer.core.model import utc_now
from organizer.core.progress import ProgressCallback, no_progress
from organizer.core.vault import KdfParams, Vault


class DemoFailed(OrganizerError):
    """The demo vault could not be made (a bug: the demo files are made by the app itself)."""

    exit_code = 1


def write_demo_files(folder: Path) -> list[Path]:
    """Write the demo documents (fictional) into ``folder``; return their paths in order."""
    today = utc_now().date()
    paths = []
    for spec in demo_documents():
        path = folder / spec.file_name
        path.write_bytes(spec.make(service_date(spec, today)))
        paths.append(path)
    return paths


def create_demo_vault(
    path: Path, passphrase: str, kdf: KdfParams, *, progress: ProgressCallback = no_progress
) -> tuple[Vault, str]:
    """Create a new vault at ``path`` filled with the demo case; return it open, and its
    recovery code. ``path`` must be new or an empty folder (as for any new vault)."""
    path = Path(path)
    existed = path.exists()
    vault, recovery_code = Vault.create(path, passphrase, kdf=kdf)
    try:
        # The files are fictional, so a private temporary folder is fine here.
        with tempfile.TemporaryDirectory(prefix="so-demo-") as tmp:
            files = write_demo_files(Path(tmp))
            summary = import_files(vault, files, progress=progress)
        docs = {d.original_name: d for d in vault.content.active_documents()}
        missing = sorted({f.name for f in files} - set(docs))
        if missing or summary.refused:
            raise DemoFailed(
                "The demo case could not be made: some demo files were not imported "
                f"({', '.join(missing) or 'see the import summary'})."
            )
        fill_demo_case(vault.content, docs, utc_now())
        vault.commit()
    except BaseException:
        vault.close()
        if not existed:
            # Only a folder this call made is removed, so nothing of the user's is touched.
            with contextlib.suppress(OSError):
                shutil.rmtree(path)
        raise
    return vault, recovery_code

"""Rewriting the vault file (header) when key slots change, without ever locking the user out."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from organizer.core.vault.atomic import atomic_write_bytes
from organizer.core.vault.errors import VaultError
from organizer.core.vault.format import HEADER_BACKUP_NAME, HEADER_NAME, Header
from organizer.core.vault.slots import KeySlot

log = logging.getLogger(__name__)


def replace_header(
    folder: Path, current: Header, slots: list[KeySlot], mac_key: bytes, warnings: list[str]
) -> Header:
    """Write ``current`` with ``slots`` to the vault file, then its copy; return the new header.

    A failure before the main file is written leaves the old header in place (put back if the
    rename happened before the error), so the secret the user still holds keeps working.
    """
    header = current.with_slots(slots).sealed(mac_key)
    raw = header.encode()
    # The main file first: if we stop in between, it already has the new slots and the
    # copy still opens with the old ones.
    try:
        atomic_write_bytes(folder / HEADER_NAME, raw)
    except BaseException:
        # The rename may have happened before the error (a failed folder flush). The user
        # is told the change failed, so put the old header back for the old secret to work.
        with contextlib.suppress(OSError, VaultError):
            atomic_write_bytes(folder / HEADER_NAME, current.encode())
        raise
    # From here the change is made (the main file decides): a stale copy is not a failure.
    try:
        atomic_write_bytes(folder / HEADER_BACKUP_NAME, raw)
    except VaultError as exc:
        log.warning("could not update the vault file's backup copy (%s)", type(exc).__name__)
        warnings.append(
            "The change was saved, but the vault file's backup copy (vault.json.bak) "
            "could not be updated. It will be updated with the next change."
        )
    return header

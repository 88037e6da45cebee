"""What this computer remembers about vaults it opened: the newest generation it saw.

Opening a vault at an older generation than remembered means the folder was replaced by an
older copy (a backup, a sync conflict, or someone rolling it back): the vault warns. The
memory lives outside the vault, in the app's state folder, one small file per vault id.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

import platformdirs

from organizer.core.vault import atomic

log = logging.getLogger(__name__)

APP_DIR_NAME = "second-opinion-organizer"


def default_state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP_DIR_NAME)) / "vaults"


class GenerationMemory:
    def __init__(self, state_dir: Path | None = None) -> None:
        self.folder = state_dir if state_dir is not None else default_state_dir()

    def _path(self, vault_id: str) -> Path:
        return self.folder / f"{vault_id}.json"

    def last_seen(self, vault_id: str) -> int | None:
        try:
            data = json.loads(self._path(vault_id).read_text("ascii"))
            generation = data["generation"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return generation if isinstance(generation, int) else None

    def record(self, vault_id: str, generation: int) -> None:
        """Remember ``generation`` if it is newer; failures only lose the warning, so log them."""
        seen = self.last_seen(vault_id)
        if seen is not None and seen >= generation:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            payload = json.dumps({"generation": generation}).encode("ascii")
            _replace_without_fsync(self._path(vault_id), payload)
        except OSError as exc:
            log.warning("could not remember the vault generation: %s", exc.strerror)


def _replace_without_fsync(path: Path, data: bytes) -> None:
    """Whole-file replace, not flushed to the disk: this is a hint written on every commit,
    and losing the newest value in a power cut only weakens one warning."""
    # atomic's temp-file step, so fault tests that fill the disk reach this write too.
    fd, temp = atomic._create_temp(path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise

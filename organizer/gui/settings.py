"""The app's own settings (not medical data): recent vaults, idle lock, window layout.

A small JSON file in the platform's config folder, written atomically. Unknown keys are kept
so an older app does not erase a newer one's settings. No document titles or patient names.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from organizer import APP_NAME

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 5
MAX_RECENT = 8


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_vault_folder() -> Path:
    """Where a first vault goes unless the user chooses another folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "My records"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass
class AppSettings:
    recent_vaults: list[str] = field(default_factory=list)
    # Vault folders the user asked to open without a passphrase on this computer.
    remembered_vaults: list[str] = field(default_factory=list)
    idle_lock_minutes: int = DEFAULT_IDLE_MINUTES
    lock_on_sleep: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> AppSettings:
        path = path or config_dir() / "settings.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            log.warning("settings file unreadable; using defaults")
            return cls()
        known = {f.name for f in fields(cls)} - {"extra"}
        settings = cls(extra={k: v for k, v in data.items() if k not in known})
        for name in known:
            if name in data and isinstance(data[name], type(getattr(settings, name))):
                setattr(settings, name, data[name])
        return settings

    def save(self, path: Path | None = None) -> None:
        path = path or config_dir() / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {k: v for k, v in asdict(self).items() if k != "extra"}
        data.update(self.extra)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".settings-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, indent=2)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def add_recent(self, folder: Path) -> None:
        text = str(folder)
        self.recent_vaults = [text] + [v for v in self.recent_vaults if v != text]
        del self.recent_vaults[MAX_RECENT:]

"""What every command-line test starts from: no terminal to ask on, no passphrase given."""

from __future__ import annotations

from pathlib import Path

import pytest

from organizer.commands import common
from tests.core.packet.helpers import fill_vault
from tests.vault_helpers import TEST_PASSPHRASE, make_vault


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """No prompt can be answered, and no secret comes from the environment unless a test
    puts it there (a module may override this fixture to give the passphrase)."""
    monkeypatch.setattr(common, "has_terminal", lambda: False)
    for name in (common.PASSPHRASE_ENV, common.NEW_PASSPHRASE_ENV, common.RECOVERY_CODE_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def vault_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A closed vault holding a small fictional case; the passphrase is in the environment.
    (Modules that need another vault define their own ``vault_dir``.)"""
    vault, _ = make_vault(tmp_path / "v")
    fill_vault(vault)
    vault.close()
    monkeypatch.setenv(common.PASSPHRASE_ENV, TEST_PASSPHRASE)
    return tmp_path / "v"

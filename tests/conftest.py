"""Test isolation for the whole suite.

Qt runs offscreen; HOME, XDG dirs and TMPDIR point into a per-session temporary folder so no
test reads or writes the user's settings or home; the keychain is an in-memory backend (see
tests/keychain_memory.py) except for tests marked ``keychain``; tests needing a system tool
skip where it is missing but FAIL under CI=true, so CI can never pass by skipping.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from organizer.core.vault import KdfParams, Vault, keychain
from tests.keychain_memory import MEMORY_BACKEND_NAME, MemoryKeyring
from tests.vault_helpers import FAST_KDF, make_vault

# Must be set before Qt is imported anywhere (without it Qt aborts with no display).
os.environ["QT_QPA_PLATFORM"] = "offscreen"

_SANDBOX = Path(tempfile.mkdtemp(prefix="so-test-home-"))
for _var, _sub in {
    "HOME": "home",
    "XDG_CONFIG_HOME": "home/.config",
    "XDG_DATA_HOME": "home/.local/share",
    "XDG_CACHE_HOME": "home/.cache",
    "XDG_STATE_HOME": "home/.local/state",
}.items():
    (_SANDBOX / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_SANDBOX / _sub)

# Child processes the tests start (CLI runs...) must not reach a real keychain either.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

IN_CI = os.environ.get("CI", "").lower() == "true"


def require_tool(name: str) -> str:
    """Path of a system tool; skip the test where it is missing (fail under CI)."""
    path = shutil.which(name)
    if path is None:
        message = f"needs the system tool {name!r} (install it; .ci/run does)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    """Fail a test that leaves a Python thread running behind it."""
    before = set(threading.enumerate())
    yield
    leaked = []
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=2.0)
        if thread.is_alive():
            leaked.append(thread.name)
    if leaked:
        pytest.fail(f"test leaked running threads: {leaked}")


@pytest.fixture(autouse=True)
def _keychain_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh in-memory keychain for every test, allowed for that test only.

    Tests marked ``keychain`` get keyring's own detection instead (and should talk to a
    throwaway Secret Service, as tests/core/vault/test_keychain.py arranges). Child processes
    get the ``fail`` backend through PYTHON_KEYRING_BACKEND (set above).
    """
    if request.node.get_closest_marker("keychain") is not None:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
        keyring.core.init_backend()
        return
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.setattr(
        keychain, "ALLOWED_BACKENDS", keychain.ALLOWED_BACKENDS | {MEMORY_BACKEND_NAME}
    )


# --- vaults ----------------------------------------------------------------------------------


@pytest.fixture
def fast_kdf() -> KdfParams:
    """Cheap Argon2id parameters, passed explicitly (the app has no switch that weakens it)."""
    return FAST_KDF


@pytest.fixture
def new_vault(tmp_path: Path) -> Iterator[Vault]:
    """An open, empty vault in ``tmp_path / "vault"`` (passphrase: TEST_PASSPHRASE)."""
    vault, _recovery_code = make_vault(tmp_path / "vault")
    try:
        yield vault
    finally:
        vault.close()

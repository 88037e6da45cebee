"""One real round trip through a Secret Service keychain: a throwaway gnome-keyring inside
``dbus-run-session``, in a temporary home, so the user's own keychain is never touched.
Shared by tests/core/vault/test_keychain.py and ``python -m benchmarks.reliability``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROUND_TRIP = textwrap.dedent(
    """
    from organizer.core.vault.keychain import Keychain, backend_name
    chain = Keychain.system()
    print(backend_name(chain.backend))
    chain.store("fictional-vault-id", b"\\x00device secret\\xff")
    assert chain.load("fictional-vault-id") == b"\\x00device secret\\xff", "read back"
    chain.delete("fictional-vault-id")
    assert chain.load("fictional-vault-id") is None, "deleted"
    print("round trip ok")
    """
)
SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


@dataclass
class RoundTrip:
    started: bool  # the throwaway keyring came up (else: ``detail`` says why)
    ok: bool  # store, read back, delete worked through the Secret Service backend
    detail: str
    plaintext_files: list[Path]  # a keyring_pass.cfg would mean it fell through to a file


def missing_tools() -> list[str]:
    return [t for t in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(t) is None]


def secret_service_round_trip(tmp: Path) -> RoundTrip:
    home, runtime = tmp / "home", tmp / "run"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700, parents=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS"}
    }
    env |= {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    script = (
        "printf fictional-keyring-pw | gnome-keyring-daemon --unlock --components=secrets"
        ' >/dev/null && echo keyring-ready && exec "$0" -c "$1"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script, sys.executable, ROUND_TRIP],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    plaintext = list(home.rglob("keyring_pass.cfg"))
    if "keyring-ready" not in result.stdout:
        reason = f"could not start a throwaway gnome-keyring: {result.stderr.strip()[-500:]}"
        return RoundTrip(False, False, reason, plaintext)
    lines = result.stdout.splitlines()
    ok = result.returncode == 0 and lines[1:3] == [SECRET_SERVICE, "round trip ok"]
    detail = " / ".join(lines[1:3]) if ok else (result.stdout + result.stderr)[-500:]
    return RoundTrip(True, ok and not plaintext, detail, plaintext)

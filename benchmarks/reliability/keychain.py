"""Keychain: the fail, null and plaintext-file backends (and look-alikes) are refused with
nothing written (the tests in tests/core/vault/test_keychain.py, run and counted here), and a
real Secret Service round trip through a throwaway gnome-keyring (tests/keychain_support.py).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

from benchmarks.reliability.context import REPO, Context
from benchmarks.reliability.report import Check
from tests.keychain_support import missing_tools, secret_service_round_trip

REFUSAL_TESTS = "tests/core/vault/test_keychain.py"


def _refusals(ctx: Context) -> Check:
    check = Check(
        "Keychain",
        "unsafe backends refused",
        f"the refusal tests of {REFUSAL_TESTS} (pytest -k refused): fail, null, plaintext and "
        "encrypted-file backends, chosen directly or through the environment, an unknown "
        "backend, a chain of only unsafe ones; each must be refused in plain words with "
        "nothing written",
    ).expect("test failed", "test skipped", "pytest could not run")
    report = ctx.work / "keychain-junit.xml"
    with check.timed():
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                REFUSAL_TESTS,
                "-k",
                "refused",
                "-q",
                "-p",
                "no:cacheprovider",
                f"--junitxml={report}",
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    if not report.exists():
        check.fail("pytest could not run", (done.stdout + done.stderr)[-300:])
        return check
    for case in ET.parse(report).getroot().iter("testcase"):
        name = case.get("name", "?")
        if case.find("failure") is not None or case.find("error") is not None:
            check.fail("test failed", name)
        elif case.find("skipped") is not None:
            check.fail("test skipped", name)
        else:
            check.ok("refused, nothing written (test passed)")
    return check


def _round_trip(ctx: Context) -> Check:
    trips = ctx.count(3, 1)
    check = Check(
        "Keychain",
        "real Secret Service round trip",
        f"{trips} store / read back / delete through gnome-keyring's Secret Service inside "
        "dbus-run-session, in a temporary home",
    ).expect("keyring could not be started", "round trip failed", "fell through to a file")
    with check.timed():
        missing = missing_tools()
        if missing:
            check.fail("keyring could not be started", f"missing tools: {missing}")
            return check
        for number in range(trips):
            trip = secret_service_round_trip(ctx.work / f"trip-{number}")
            if not trip.started:
                check.fail("keyring could not be started", trip.detail)
            elif trip.plaintext_files:
                check.fail("fell through to a file", str(trip.plaintext_files))
            elif not trip.ok:
                check.fail("round trip failed", trip.detail)
            else:
                check.ok("stored, read back, deleted (SecretService backend)")
    return check


def run(ctx: Context) -> list[Check]:
    return [_refusals(ctx), _round_trip(ctx)]

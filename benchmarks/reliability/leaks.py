"""Leaks: canaries in a document's text and file name, a medication and a question go through
import, preview, export and lock in a child process with its own HOME, TMPDIR and XDG folders;
then every file there (and new files in /tmp and /dev/shm) is searched for them in any form
(leak_scan.py). Only the chosen export may hold them (and must: a control)."""

from __future__ import annotations

import base64
import gzip
import io
import json
import os
import secrets
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

from benchmarks.reliability.context import REPO, Context
from benchmarks.reliability.leak_child import canaries
from benchmarks.reliability.leak_scan import scan
from benchmarks.reliability.report import Check

SHARED_TEMP = (Path("/tmp"), Path("/dev/shm"))
KINDS = (
    "canary found outside the export",
    "canary missing from the export (control)",
    "scanner blind to a form (control)",
    "the user's steps failed",
)


def _sandbox_env(sandbox: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    folders = {
        "HOME": "home",
        "TMPDIR": "tmp",
        "XDG_CONFIG_HOME": "xdg/config",
        "XDG_DATA_HOME": "xdg/data",
        "XDG_CACHE_HOME": "xdg/cache",
        "XDG_STATE_HOME": "xdg/state",
        "XDG_RUNTIME_DIR": "xdg/runtime",
    }
    for var, sub in folders.items():
        (sandbox / sub).mkdir(parents=True, mode=0o700)
        env[var] = str(sandbox / sub)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def _scanner_controls(check: Check, canary: str, folder: Path) -> None:
    """Plant the canary in each hard form in files and make sure the scan finds every one."""
    text = f"note {canary} end".encode()
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", text * 4)
    forms = {
        "UTF-16LE": f"x{canary}".encode("utf-16-le"),
        "UTF-16BE": f"x{canary}".encode("utf-16-be"),
        "base64": base64.b64encode(b"ab" + text),
        "zlib": b"junk" + zlib.compress(text),
        "gzip": gzip.compress(text),
        "zip": zipped.getvalue(),
        "nested": gzip.compress(zlib.compress(f"x{canary}".encode("utf-16-le"))),
    }
    folder.mkdir()
    for form, data in forms.items():
        (folder / form).write_bytes(data)
    _files, hits = scan([folder], [canary], set())
    found = {hit.path.name for hit in hits}
    for form in forms:
        if form in found:
            check.outcomes["scanner controls found"] += 1
        else:
            check.failure_kind("scanner blind to a form (control)", form)


def run(ctx: Context) -> list[Check]:
    check = Check(
        "Leaks",
        "canaries after import, preview, export, lock",
        "canaries in a PDF's text and file name, a medication and a question; import, "
        "preview, export, lock in a child with its own HOME/TMPDIR/XDG dirs; every file there, "
        "the vault's files and new files in /tmp and /dev/shm searched (plain, lower case, "
        "UTF-16LE/BE, base64, inside zlib/gzip/zip streams, nested)",
    ).expect(*KINDS)
    ident = secrets.token_hex(6).upper()
    marks = canaries(ident)
    sandbox = ctx.work / "sandbox"
    sandbox.mkdir()
    env = _sandbox_env(sandbox)
    with check.timed():
        _scanner_controls(check, marks["medication"], ctx.work / "controls")
        before = {p for root in SHARED_TEMP if root.is_dir() for p in root.iterdir()}
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.reliability.leak_child", str(sandbox), ident],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            check.fail("the user's steps failed", done.stderr[-400:])
            return [check]
        steps = json.loads(lines[-1])
        check.notes.append(f"steps: {steps}")
        if not str(steps.get("gui preview", "")).startswith("shown"):
            check.notes.append("the GUI preview step did not run in this checkout (core only)")
        export = sandbox / "export" / "packet.pdf"
        new_shared = sorted(
            p for root in SHARED_TEMP if root.is_dir() for p in root.iterdir() if p not in before
        )
        roots = [sandbox, *new_shared]
        skip = {export, *(sandbox / "incoming").iterdir()}
        files, hits = scan(roots, list(marks.values()), skip)
        check.ok("files searched", files)
        for hit in hits:
            where = hit.path.relative_to(sandbox) if hit.path.is_relative_to(sandbox) else hit.path
            check.failure_kind("canary found outside the export", f"{where}: {hit.form}")
        text = subprocess.run(
            ["pdftotext", str(export), "-"], capture_output=True, text=True, check=False
        ).stdout
        for place, mark in marks.items():
            if place != "file name" and mark not in text:
                check.failure_kind("canary missing from the export (control)", place)
        check.notes.append(
            f"searched {files} files under the sandbox ({', '.join(sorted(env_dirs(env)))}) "
            f"and {len(new_shared)} new entries of /tmp and /dev/shm"
        )
    return [check]


def env_dirs(env: dict[str, str]) -> set[str]:
    return {k for k in env if k in ("HOME", "TMPDIR") or k.startswith("XDG_")}

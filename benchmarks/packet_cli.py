"""The export as a user pays for it: whole CLI processes on a real vault (see packet.py)."""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.packet import _content, child_env

PASSPHRASE = "a fictional benchmark passphrase"
_RSS = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True); "
    "sys.exit(r.returncode) if r.returncode else "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _make_vault(folder: Path, scans: list[Path], pdfs: list[Path]) -> None:
    """A vault made by ``second-opinion init`` (real KDF calibration), filled with the corpus."""
    from organizer.core.vault import Vault

    if folder.exists():
        shutil.rmtree(folder)
    env = child_env({"SECOND_OPINION_PASSPHRASE": PASSPHRASE})
    subprocess.run(
        [sys.executable, "-m", "organizer.cli", "init", str(folder)],
        env=env,
        capture_output=True,
        check=True,
    )
    content, blobs = _content(scans, pdfs, 1)
    with Vault.open(folder, PASSPHRASE) as vault:
        stored = {blob_id: vault.write_blob(data).blob_id for blob_id, data in blobs.items()}
        for doc in content.documents:  # type: ignore[attr-defined]
            for part in doc.parts:
                part.blob_id = stored[part.blob_id]
        vault.content.case = content.case  # type: ignore[attr-defined]
        vault.content.documents = content.documents  # type: ignore[attr-defined]
        vault.commit()


def _run(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, max RSS MB) of one whole process."""
    env = child_env({"SECOND_OPINION_PASSPHRASE": PASSPHRASE})
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _RSS, *cmd], env=env, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr}")
    return wall, float(done.stdout.strip().splitlines()[-1]) / 1024


def user_pays(
    args: argparse.Namespace, scans: list[Path], pdfs: list[Path], qpdf: float, work: Path
) -> None:
    folder = work / "vault"
    _make_vault(folder, scans, pdfs)
    cli = [sys.executable, "-m", "organizer.cli"]
    variants = {
        "list": [*cli, "list", str(folder)],
        "export": [*cli, "export", str(folder), str(work / "cli.pdf"), "--date", "2026-11-29"],
        "export --generate-password": [
            *cli,
            "export",
            str(folder),
            str(work / "cli-pw.pdf"),
            "--date",
            "2026-11-29",
            "--generate-password",
        ],
    }
    figures = {}
    for name, cmd in variants.items():
        runs = [_run(cmd) for _ in range(args.rounds + 1)][1:]  # first run warms up
        figures[name] = (statistics.median(r[0] for r in runs), max(r[1] for r in runs))
        print(
            f"{name:>27}: {figures[name][0]:.3f} s whole process, max RSS {figures[name][1]:.0f} MB"
        )
    for name in ("export", "export --generate-password"):
        pays = figures[name][0] - figures["list"][0]
        print(
            f"user pays for {name}: {pays:.3f} s = {pays / qpdf:.2f}x a whole qpdf process "
            "(goal <= 2.0x for export)"
        )
    print(json.dumps({k: {"wall": v[0], "rss_mb": v[1]} for k, v in figures.items()}))

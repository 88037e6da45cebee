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
    # Interleaved rounds (list, export, export with password), so a busy machine slows all
    # three alike; the first round warms caches and is not counted.
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    for round_number in range(args.rounds + 1):
        for name, cmd in variants.items():
            result = _run(cmd)
            if round_number:
                runs[name].append(result)
    figures = {
        name: (statistics.median(r[0] for r in rs), max(r[1] for r in rs))
        for name, rs in runs.items()
    }
    for name, (wall, rss) in figures.items():
        print(f"{name:>27}: {wall:.3f} s whole process (median), max RSS {rss:.0f} MB")
    for name in ("export", "export --generate-password"):
        deltas = [exp[0] - lst[0] for exp, lst in zip(runs[name], runs["list"], strict=True)]
        pays = statistics.median(deltas)
        print(
            f"user pays for {name}: {pays:.3f} s (median of per-round differences; "
            f"range {min(deltas):.3f}-{max(deltas):.3f}) = {pays / qpdf:.2f}x a whole qpdf "
            "process (goal <= 2.0x for export)"
        )
    print(json.dumps({k: {"wall": v[0], "rss_mb": v[1]} for k, v in figures.items()}))

"""The export as a user pays for it: whole CLI processes on a real vault (see packet.py)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks.packet import _content, child_env

PASSPHRASE = "a fictional benchmark passphrase"
# Runs a command; prints its wall seconds, max RSS (KiB) and CPU seconds (user + system) as
# JSON, measured around the command itself (not this wrapper's own start-up).
_MEASURE = (
    "import json, resource, subprocess, sys, time; t = time.perf_counter(); "
    "r = subprocess.run(sys.argv[1:], capture_output=True); t = time.perf_counter() - t; "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "sys.exit(r.returncode) if r.returncode else "
    "print(json.dumps([t, u.ru_maxrss, u.ru_utime + u.ru_stime]))"
)


def _make_vault(folder: Path, scans: list[Path], pdfs: list[Path]) -> None:
    """A vault at the KDF floor (m = 64 MiB, t = 3), filled with the corpus.

    Not calibrated: calibration picks other parameters on a busier or quieter machine, so
    figures from two runs would not compare. Both processes pay the same KDF; the floor is
    the least a vault can have, which leaves the export the least time to load its libraries
    while the key is derived (a calibrated vault takes 0.5-1 s there).
    """
    from organizer.core.vault import FLOOR, Vault

    if folder.exists():
        shutil.rmtree(folder)
    created, _code = Vault.create(folder, PASSPHRASE, kdf=FLOOR)
    created.close()
    content, blobs = _content(scans, pdfs, 1)
    with Vault.open(folder, PASSPHRASE) as vault:
        stored = {blob_id: vault.write_blob(data).blob_id for blob_id, data in blobs.items()}
        for doc in content.documents:  # type: ignore[attr-defined]
            for part in doc.parts:
                part.blob_id = stored[part.blob_id]
        vault.content.case = content.case  # type: ignore[attr-defined]
        vault.content.documents = content.documents  # type: ignore[attr-defined]
        vault.commit()


def _run(cmd: list[str], state: Path | None = None) -> tuple[float, float, float]:
    """(wall seconds, max RSS MB, CPU seconds) of one whole process."""
    extra = {"SECOND_OPINION_PASSPHRASE": PASSPHRASE}
    if state is not None:
        extra["XDG_STATE_HOME"] = str(state)
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cmd],
        env=child_env(extra),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr}")
    wall, rss_kib, cpu = json.loads(done.stdout.strip().splitlines()[-1])
    return wall, rss_kib / 1024, cpu


def _fresh_copy(master: Path, work: Path) -> tuple[Path, Path]:
    """(vault, state folder): the vault as made, so every run finds the same index (an export
    adds a share-log entry, which would make each later run a little slower). Files are hard
    links: the vault never changes a file in place, it writes new ones and renames them."""
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(master, work / "vault", copy_function=os.link)
    return work / "vault", work / "state"


def user_pays(
    args: argparse.Namespace,
    scans: list[Path],
    pdfs: list[Path],
    qpdf_cmd: list[str],
    work: Path,
) -> None:
    master = work / "vault-master"
    _make_vault(master, scans, pdfs)
    cli = [sys.executable, "-m", "organizer.cli"]
    at = "{vault}"
    variants = {
        "qpdf": qpdf_cmd,
        "list": [*cli, "list", at],
        "export": [*cli, "export", at, str(work / "cli.pdf"), "--date", "2026-11-29"],
        "export --generate-password": [
            *cli,
            "export",
            at,
            str(work / "cli-pw.pdf"),
            "--date",
            "2026-11-29",
            "--generate-password",
        ],
    }
    # Interleaved rounds (qpdf, list, export, export with password), so a busy machine slows
    # all four alike, and each round gives its own ratio; the first round warms caches and
    # is not counted. The medians of the per-round ratios are the figures.
    runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name in variants}
    for round_number in range(args.cli_rounds + 1):
        for name, cmd in variants.items():
            if name == "qpdf":
                result = _run(cmd)
            else:
                vault, state = _fresh_copy(master, work / "run")
                result = _run([str(vault) if part == at else part for part in cmd], state)
            if round_number:
                runs[name].append(result)
    for name, rs in runs.items():
        wall = statistics.median(r[0] for r in rs)
        cpu = statistics.median(r[2] for r in rs)
        rss = max(r[1] for r in rs)
        print(
            f"{name:>27}: {wall:.3f} s whole process, CPU {cpu:.3f} s (medians), "
            f"max RSS {rss:.0f} MB"
        )
    summary: dict[str, float] = {}
    for name in ("export", "export --generate-password"):
        for measure, index in (("wall", 0), ("CPU", 2)):
            pays = [
                exp[index] - lst[index] for exp, lst in zip(runs[name], runs["list"], strict=True)
            ]
            ratios = sorted(
                (exp[index] - lst[index]) / q[index]
                for exp, lst, q in zip(runs[name], runs["list"], runs["qpdf"], strict=True)
            )
            ratio = statistics.median(ratios)
            summary[f"{name} {measure}"] = ratio
            quartiles = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
            print(
                f"user pays for {name} ({measure}): {statistics.median(pays):.3f} s = "
                f"{ratio:.2f}x a whole qpdf process (median of {len(ratios)} per-round ratios,"
                f" quartiles {quartiles[0]:.2f}-{quartiles[2]:.2f})"
                + ("; goal <= 2.0x" if name == "export" and measure == "wall" else "")
            )
    print(json.dumps(summary))

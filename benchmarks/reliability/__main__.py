"""Run the reliability suite: ``uv run python -m benchmarks.reliability [--quick] [--out DIR]``.

Full counts write docs/reliability.md and docs/reliability.json (only this command writes
them); ``--quick`` (CI) runs reduced counts and needs ``--out`` so docs/ stay the full run's.
Exit status 0 when every goal is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.reliability.context import REPO, Context
from benchmarks.reliability.report import Check, write_reports

FAMILIES = ("damage", "crashes", "disk", "hostile", "leaks", "packets", "keychain")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reliability")
    parser.add_argument("--quick", action="store_true", help="reduced counts (CI)")
    parser.add_argument("--out", type=Path, help="folder for the reports (default: docs/)")
    parser.add_argument("--only", nargs="*", choices=FAMILIES, help="run only these families")
    args = parser.parse_args(argv)
    # The vault logs warnings about the faults the suite injects on purpose.
    logging.basicConfig(level=logging.ERROR)
    out = args.out or REPO / "docs"
    if args.quick and args.out is None:
        parser.error("--quick needs --out: docs/ hold the full run's figures")
    given = argv if argv is not None else sys.argv[1:]
    command = shlex.join(["uv", "run", "python", "-m", "benchmarks.reliability", *given])
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False
    ).stdout.strip()
    started = datetime.now(UTC)
    start = time.perf_counter()
    checks: list[Check] = []
    with tempfile.TemporaryDirectory(prefix="so-reliability-") as work:
        for name in [f for f in FAMILIES if not args.only or f in args.only]:
            module = importlib.import_module(f"benchmarks.reliability.{name}")
            family_start = time.perf_counter()
            ctx = Context(quick=args.quick, work=Path(work) / name)
            ctx.work.mkdir()
            found = module.run(ctx)
            checks += found
            missed = [c.name for c in found if not c.met]
            print(
                f"{name}: {sum(c.tried for c in found)} tried in "
                f"{time.perf_counter() - family_start:.1f} s"
                + (f"; GOAL MISSED: {', '.join(missed)}" if missed else "; every goal met"),
                flush=True,
            )
    meta = {
        "command": command,
        "commit": commit,
        "quick": args.quick,
        "started": started.strftime("%Y-%m-%d %H:%M"),
        "seconds": round(time.perf_counter() - start, 1),
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
    }
    md_path, json_path = write_reports(out, checks, meta)
    print(f"wrote {md_path} and {json_path} in {meta['seconds']} s")
    return 0 if all(c.met for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())

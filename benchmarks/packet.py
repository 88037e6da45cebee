"""Packet export benchmark: ``uv run python -m benchmarks.packet [--rounds N] [--cache DIR]``.

Figures (medians, measured in this run against references measured in the same run):
- core: build_packet of the 200-page case (60 scans + 20 PDFs + generated pages, bookmarks,
  bands) in a child process, wall time and peak memory (max RSS), against a whole
  ``qpdf --empty --pages`` process merging the same inputs (scans as img2pdf PDFs);
- 1000 pages (the case five times) against the 200-page time; with a password; email size;
- a scanner-PDF case: the same 60 scans as 60 one-page PDFs (img2pdf, as scanners and portals
  make them) with the 20 text PDFs, full quality and email size (size before/after, time);
- as a user pays it: a whole ``second-opinion export`` process minus a whole
  ``second-opinion list`` process on the same vault (at the KDF floor, which both pay),
  against a whole qpdf process, in interleaved rounds (``--cli-rounds``, default 9); the
  median of the per-round ratios, by wall time and by CPU time (less noisy on a busy
  machine, but it also counts work the export does on a second core).
Goals: 200 pages <= 2.0x qpdf, <= 250 MB; 1000 pages <= 5.5x the 200-page time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import img2pdf
import pikepdf

from benchmarks.packet_corpus import ensure_corpus

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "so-packet-bench"
PASSWORD = "oak-tidy-lamp-fig-jam-reef"


def _content(scans: list[Path], pdfs: list[Path], copies: int) -> tuple[object, dict[str, bytes]]:
    from organizer.core.model import Document, PagePart, Section, VaultContent

    blobs: dict[str, bytes] = {}
    content = VaultContent()
    content.case.patient.name = "Fictional Person"
    content.case.patient.date_of_birth = date(1961, 4, 2)
    sections = list(Section)
    n = 0
    for copy in range(copies):
        for path in [*pdfs, *scans]:
            data = path.read_bytes()
            blob_id = f"{copy:02d}{hashlib.sha256(data).hexdigest()[:30]}"
            blobs[blob_id] = data
            is_pdf = path.suffix == ".pdf"
            with pikepdf.open(path) if is_pdf else _no_pdf() as pdf:
                pages = len(pdf.pages) if pdf is not None else 1
            part = PagePart(
                blob_id,
                path.name,
                "application/pdf" if is_pdf else "image/jpeg",
                len(data),
                "0" * 64,
                pages,
                dpi=None if is_pdf else (300.0, 300.0),
            )
            content.documents.append(
                Document(
                    sections[n % 5],
                    f"Fictional record {n}",
                    [part],
                    date=date(2026, 1 + n % 12, 1 + n % 28),
                )
            )
            n += 1
    return content, blobs


class _no_pdf:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def child(args: argparse.Namespace) -> None:
    """Build one variant in this process; print JSON figures."""
    from organizer.core.packet import PacketOptions, build_packet

    scans, pdfs = ensure_corpus(args.cache)
    copies = 5 if args.child == "1000" else 1
    if args.child.startswith("scanpdf"):
        scans = _scanner_pdfs(args.cache, scans)
    content, blobs = _content(scans, pdfs, copies)
    options = PacketOptions(
        prepared_on=date(2026, 11, 29),
        password=PASSWORD if args.child == "password" else None,
        email_size=args.child in ("email", "scanpdf-email"),
    )
    out = Path(args.out)
    start = time.perf_counter()
    # A copy per read, as the vault returns fresh plaintext for every blob it decrypts.
    result = build_packet(content, lambda b: bytes(bytearray(blobs[b])), options, out)  # type: ignore[arg-type]
    wall = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "build": wall,
                "rss_mb": rss,
                "size": result.size,
                "pages": result.page_count,
                "source_size": result.source_size,
            }
        )
    )


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """As an installed app runs: with compiled bytecode (this sandbox disables writing it)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra or {})
    return env


def _timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env or child_env(), check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd[:4])}...\n{done.stderr}")
    return wall, done.stdout


def _scanner_pdfs(cache: Path, scans: list[Path]) -> list[Path]:
    """Each scan as a one-page PDF, through img2pdf (the JPEG embedded unchanged)."""
    folder = cache / "qpdf-inputs"
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for scan in scans:
        target = folder / (scan.stem + ".pdf")
        if not target.exists():
            target.write_bytes(img2pdf.convert(scan.read_bytes()))
        out.append(target)
    return out


def _qpdf_inputs(cache: Path, scans: list[Path], pdfs: list[Path]) -> list[Path]:
    """The same inputs as PDFs qpdf can merge (each scan through img2pdf, not re-encoded)."""
    return [*pdfs, *_scanner_pdfs(cache, scans)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--child", default=None)
    parser.add_argument("--out", default=None)
    parser.add_argument(
        "--cli-rounds", type=int, default=9, help="interleaved rounds of the whole-process figures"
    )
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--skip-core", action="store_true", help="only the CLI figures")
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    scans, pdfs = ensure_corpus(args.cache)
    inputs = _qpdf_inputs(args.cache, scans, pdfs)
    work = Path(tempfile.mkdtemp(prefix="so-bench-"))
    print(
        f"corpus: {len(scans)} scans ({sum(p.stat().st_size for p in scans) / 1e6:.1f} MB), "
        f"{len(pdfs)} PDFs; rounds: {args.rounds}; {os.cpu_count()} cores"
    )

    qpdf_cmd = ["qpdf", "--empty", "--pages", *map(str, inputs), "--", str(work / "q.pdf")]
    qpdf = statistics.median(_timed(qpdf_cmd)[0] for _ in range(args.rounds))
    print(
        f"qpdf --empty --pages (whole process): {qpdf:.3f} s, "
        f"{(work / 'q.pdf').stat().st_size / 1e6:.1f} MB"
    )

    figures: dict[str, dict[str, float]] = {}
    variants = ("200", "password", "email", "1000", "scanpdf", "scanpdf-email")
    for variant in () if args.skip_core else variants:
        # The 1000-page build is long; fewer rounds, but enough for a median that means something.
        rounds = args.rounds if variant != "1000" else max(3, (args.rounds + 1) // 2)
        runs = []
        for round_number in range(rounds + 1):  # the first run warms caches and bytecode
            cmd = [
                sys.executable,
                "-m",
                "benchmarks.packet",
                "--child",
                variant,
                "--cache",
                str(args.cache),
                "--out",
                str(work / f"{variant}.pdf"),
            ]
            wall, out = _timed(cmd)
            data = json.loads(out)
            data["process"] = wall
            if round_number:
                runs.append(data)
        figures[variant] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        f = figures[variant]
        print(
            f"{variant:>13}: build {f['build']:.3f} s (process {f['process']:.3f} s), "
            f"max RSS {f['rss_mb']:.0f} MB, {int(f['pages'])} pages, {f['size'] / 1e6:.1f} MB"
            f" (originals {f['source_size'] / 1e6:.1f} MB)"
        )
    if args.skip_core:
        from benchmarks.packet_cli import user_pays

        user_pays(args, scans, pdfs, qpdf_cmd, work)
        return
    base = figures["200"]["build"]
    print(f"ratio 200 pages build / qpdf process: {base / qpdf:.2f}x (goal <= 2.0x)")
    print(f"peak memory 200 pages: {figures['200']['rss_mb']:.0f} MB (goal <= 250 MB)")
    print(f"ratio 1000 / 200 pages: {figures['1000']['build'] / base:.2f}x (goal <= 5.5x)")
    print(f"password / plain: {figures['password']['build'] / base:.2f}x")
    print(
        f"email size: {figures['email']['size'] / 1e6:.1f} MB vs full "
        f"{figures['200']['size'] / 1e6:.1f} MB; time {figures['email']['build'] / base:.2f}x"
    )
    scanpdf = figures["scanpdf"]
    print(
        f"email size, scanner PDFs: {figures['scanpdf-email']['size'] / 1e6:.1f} MB vs full "
        f"{scanpdf['size'] / 1e6:.1f} MB; time {figures['scanpdf-email']['build'] / base:.2f}x "
        f"the 200-page build ({figures['scanpdf-email']['build'] / scanpdf['build']:.2f}x "
        "its own full-quality build)"
    )
    if not args.skip_cli:
        from benchmarks.packet_cli import user_pays

        user_pays(args, scans, pdfs, qpdf_cmd, work)


if __name__ == "__main__":
    main()

"""Hostile input: every file of the generated corpus imported through ``import_files`` by
worker processes under a memory limit (RLIMIT_AS) and a time limit, plus hypothesis fuzzing
of the readers (sniffing, inspection, text extraction) in a limited child process."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import IO

from benchmarks.reliability.context import REPO, Context
from benchmarks.reliability.hostile_corpus import corpus
from benchmarks.reliability.report import Check

# The budget one import may use (peak resident memory of the worker process, which holds the
# interpreter and libraries too: about 150 MiB) and the time it may take; the address-space
# limit is only a hard stop that keeps a runaway import from hurting the machine.
MEMORY_BUDGET_MIB = 1024
MEMORY_LIMIT = 4 * 1024**3
SECONDS_PER_FILE = 60.0
NAMED = {"malicious PDF", "image bomb", "huge page count", "other"}  # list what got in
GOOD = {"imported", "refused", "already in the vault"}
OVER_BUDGET = f"over the memory budget ({MEMORY_BUDGET_MIB} MiB peak)"
KINDS = ("crash", "hang (over the time limit)", OVER_BUDGET, "unclear refusal", "import stopped")


class Worker:
    """One import_worker process; restarted after a crash or a hang."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.number = folder, 0
        folder.mkdir(parents=True, exist_ok=True)
        self._start()

    def _start(self) -> None:
        self.number += 1
        self.errors = (self.folder / f"stderr-{self.number}.txt").open("w")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "benchmarks.reliability.import_worker",
                str(self.folder / f"vault-{self.number}"),
                str(MEMORY_LIMIT),
            ],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
            start_new_session=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        assert self.proc.stdout is not None
        threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True).start()
        if self.lines.get(timeout=120) != "ready":
            raise RuntimeError("the import worker did not start")

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line.strip())
        self.lines.put(None)

    def import_file(self, path: Path) -> dict[str, object]:
        assert self.proc.stdin is not None
        start = time.perf_counter()
        try:
            self.proc.stdin.write(f"{path}\n")
            self.proc.stdin.flush()
            line = self.lines.get(timeout=SECONDS_PER_FILE)
        except queue.Empty:
            self.restart()
            return {"outcome": "hang", "seconds": round(time.perf_counter() - start, 1)}
        except BrokenPipeError:
            line = None
        if line is None:
            code = self.proc.wait(timeout=10)
            self.errors.flush()
            said = (self.folder / f"stderr-{self.number}.txt").read_text()[-300:]
            self.restart()
            why = f"signal {-code}" if code < 0 else f"exit {code}"
            return {"outcome": "crash", "detail": f"worker died ({why}): {said}"}
        result: dict[str, object] = json.loads(line)
        return result

    def restart(self) -> None:
        self.stop()
        self._start()

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.errors.close()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


def _write_corpus(folder: Path, full: bool) -> list[tuple[str, str, Path]]:
    folder.mkdir()
    files = []
    for number, (category, name, data) in enumerate(corpus(full)):
        suffix = ".pdf" if b"%PDF" in data[:1024] else ".jpg"
        path = folder / f"{number:05d}{suffix}"
        path.write_bytes(data)
        files.append((category, name, path))
    return files


def _imports(ctx: Context) -> list[Check]:
    files = _write_corpus(ctx.work / "corpus", full=not ctx.quick)
    checks: dict[str, Check] = {}
    slowest: dict[str, tuple[float, str]] = {}
    peaks: dict[str, tuple[float, str]] = {}
    jobs: queue.Queue[tuple[str, str, Path]] = queue.Queue()
    for item in files:
        jobs.put(item)
    lock = threading.Lock()

    def work(number: int) -> None:
        worker = Worker(ctx.work / f"worker-{number}")
        try:
            while True:
                try:
                    category, name, path = jobs.get_nowait()
                except queue.Empty:
                    return
                result = worker.import_file(path)
                with lock:
                    _count(checks, category, name, result, slowest, peaks)
        finally:
            worker.stop()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(ctx.count(2, 1))]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    total = sum(c.tried for c in checks.values()) or 1
    for category, check in checks.items():
        check.seconds = elapsed * check.tried / total
        seconds, name = slowest[category]
        check.notes.append(f"slowest: {seconds:.1f} s ({name})")
        if category in peaks:
            peak, name = peaks[category]
            check.notes.append(f"largest peak memory of the worker: {peak:.0f} MiB ({name})")
    return list(checks.values())


def _count(
    checks: dict[str, Check],
    category: str,
    name: str,
    result: dict[str, object],
    slowest: dict[str, tuple[float, str]],
    peaks: dict[str, tuple[float, str]],
) -> None:
    check = checks.get(category)
    if check is None:
        check = checks[category] = Check(
            "Hostile input",
            f"import: {category}",
            f"{category} files imported with import_files in a worker process: budget "
            f"{MEMORY_BUDGET_MIB} MiB peak resident memory and {SECONDS_PER_FILE:.0f} s per file "
            f"(hard stop: {MEMORY_LIMIT >> 30} GiB address space)",
        ).expect(*KINDS)
    outcome = str(result["outcome"])
    seconds = float(str(result.get("seconds", SECONDS_PER_FILE)))
    if seconds >= slowest.get(category, (-1.0, ""))[0]:
        slowest[category] = (seconds, name)
    peak = result.get("peak_mib")
    if isinstance(peak, int | float):
        if peak >= peaks.get(category, (-1.0, ""))[0]:
            peaks[category] = (float(peak), name)
        if peak > MEMORY_BUDGET_MIB:
            check.fail(OVER_BUDGET, f"{name}: {peak:.0f} MiB, {seconds:.1f} s, {outcome}")
            return
    if outcome in GOOD:
        check.ok("refused with a clear message" if outcome == "refused" else outcome)
        if outcome == "imported" and category in NAMED:
            check.notes.append(f"imported: {name}")
        if outcome == "refused" and check.outcomes["refused with a clear message"] == 1:
            check.notes.append(f"e.g. refused: “{result.get('detail', '')}” ({name})")
    elif outcome == "hang":
        check.fail("hang (over the time limit)", name)
    else:
        kind = outcome if outcome in KINDS else "crash"
        check.fail(kind, f"{name}: {result.get('detail', '')}")


def _fuzz(ctx: Context) -> Check:
    examples = ctx.count(10_000, 300)
    check = Check(
        "Hostile input",
        "hypothesis fuzzing of the readers",
        f"{examples} hypothesis examples (random bytes, mutated samples, samples with chosen "
        "bytes overwritten) through sniffing, inspection and text extraction, in a child "
        f"limited to {MEMORY_LIMIT >> 30} GiB, 20 s per example",
    ).expect("crash", "hang (over the time limit)", "unclear refusal", "fuzzer did not finish")
    with check.timed():
        try:
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.reliability.fuzz_child",
                    str(examples),
                    "2026",
                    str(MEMORY_LIMIT),
                    "20",
                ],
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=max(600, examples * 0.5),
                check=False,
            )
        except subprocess.TimeoutExpired:
            check.fail("fuzzer did not finish", "over the overall time limit")
            return check
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        check.fail("fuzzer did not finish", f"exit {done.returncode}: {done.stderr[-300:]}")
        return check
    report = json.loads(lines[-1])
    counts: Counter[str] = Counter(report["counts"])
    check.ok("accepted", counts.pop("accepted", 0))
    check.ok("refused with a clear message", counts.pop("refused", 0))
    for outcome, count in counts.items():
        kind = "hang (over the time limit)" if outcome == "hang" else outcome
        check.fail(kind, "; ".join(report["examples"].get(outcome, [])), count)
    return check


def run(ctx: Context) -> list[Check]:
    return [*_imports(ctx), _fuzz(ctx)]

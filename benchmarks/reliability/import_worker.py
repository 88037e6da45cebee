"""One import worker for the hostile-input family (``python -m
benchmarks.reliability.import_worker VAULT_FOLDER MEMORY_LIMIT_BYTES``).

It limits its own address space (RLIMIT_AS, a hard stop), makes a vault, prints ``ready``,
then imports each file path it reads on stdin through ``import_files`` (exactly what the app
does) and prints one JSON line per file: the outcome, the words the user would see, the time and the
peak resident memory of that import (Linux VmHWM, reset before each file). The parent
enforces the time limit and counts a worker that dies as a crash.
"""

from __future__ import annotations

import contextlib
import json
import logging
import resource
import sys
import time
import warnings
from pathlib import Path

from organizer.core.ingest import ImportOptions, import_files
from tests.vault_helpers import make_vault


def clear_words(message: str) -> bool:
    """One plain line for a person: no traceback, no bare exception text."""
    return (
        10 <= len(message) <= 500
        and "\n" not in message
        and "Traceback" not in message
        and "Error:" not in message
        and "errno" not in message.lower()
    )


def reset_peak_memory() -> None:
    """Start a new high-water mark of resident memory (Linux: VmHWM)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_memory_mib() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def main() -> None:
    folder, limit = Path(sys.argv[1]), int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    warnings.simplefilter("ignore")  # Pillow warns about the damage it skips over
    logging.disable(logging.CRITICAL)
    vault, _ = make_vault(folder)
    print("ready", flush=True)
    for line in sys.stdin:
        path = Path(line.strip())
        reset_peak_memory()
        start = time.perf_counter()
        result: dict[str, object]
        try:
            summary = import_files(vault, [path], ImportOptions(workers=1))
        except MemoryError:
            result = {"outcome": "crash", "detail": "MemoryError (over the memory limit)"}
        except Exception as exc:
            result = {"outcome": "crash", "detail": f"{type(exc).__name__}: {exc}"[:300]}
        else:
            if summary.added:
                result = {"outcome": "imported", "detail": summary.added[0].title}
            elif summary.duplicates:
                result = {"outcome": "already in the vault", "detail": ""}
            elif summary.refused:
                reason = summary.refused[0].reason
                clear = clear_words(reason)
                result = {"outcome": "refused" if clear else "unclear refusal", "detail": reason}
            elif summary.stopped_by:
                result = {"outcome": "import stopped", "detail": summary.stopped_by}
            else:
                result = {"outcome": "nothing happened", "detail": repr(summary)[:300]}
        result["seconds"] = round(time.perf_counter() - start, 3)
        result["peak_mib"] = peak_memory_mib()
        print(json.dumps(result), flush=True)
    vault.close()


if __name__ == "__main__":
    main()

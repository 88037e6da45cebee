"""The Argon2id parameters a new vault gets on this computer, and how long unlocking takes.

Run: ``uv run python -m benchmarks.kdf_calibration [--target SECONDS] [--repeats N]``

Prints the machine (cores, RAM), what ``calibrate`` chose and how long calibrating took (the
wait when a vault is created), then the median time of one derivation at the chosen
parameters and at the floor (64 MiB, 3 passes, 4 lanes), measured in the same run, and their
ratio. Goal: one derivation takes 0.5-1 s, never below the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from organizer.core.vault.kdf import (
    FLOOR,
    HIGH_SECONDS,
    LOW_SECONDS,
    KdfParams,
    _total_ram_bytes,
    calibrate,
    derive_key,
)

SALT = bytes(range(32))
PASSPHRASE = "fictional benchmark passphrase"


def median_derivation(params: KdfParams, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        derive_key(PASSPHRASE, SALT, params)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def describe(params: KdfParams) -> str:
    return f"m={params.memory_kib // 1024} MiB, t={params.iterations}, p={params.lanes}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=float, default=0.75, help="seconds per derivation")
    parser.add_argument("--repeats", type=int, default=5, help="timed derivations per setting")
    args = parser.parse_args()

    ram = _total_ram_bytes()
    ram_text = f"{ram / 1024**3:.1f} GiB" if ram else "unknown"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"machine: {os.cpu_count()} cores, RAM {ram_text}, load average {load}")

    start = time.perf_counter()
    chosen = calibrate(args.target)
    calibration_seconds = time.perf_counter() - start
    print(f"calibrate(target={args.target} s) chose {describe(chosen)}")
    print(f"calibration took {calibration_seconds:.2f} s (the wait when a vault is created)")

    chosen_seconds = median_derivation(chosen, args.repeats)
    floor_seconds = median_derivation(FLOOR, args.repeats)
    print(f"one derivation at the chosen parameters: {chosen_seconds:.3f} s", end="")
    print(f" (median of {args.repeats})")
    print(f"one derivation at the floor ({describe(FLOOR)}): {floor_seconds:.3f} s (same run)")
    print(f"cost ratio chosen / floor: {chosen_seconds / floor_seconds:.2f}x")

    at_least_floor = chosen.memory_kib >= FLOOR.memory_kib and chosen.iterations >= FLOOR.iterations
    in_window = LOW_SECONDS <= chosen_seconds <= HIGH_SECONDS
    floor_is_slow = floor_seconds > HIGH_SECONDS
    print(f"never below the floor: {'yes' if at_least_floor else 'NO'}")
    print(
        f"derivation in {LOW_SECONDS}-{HIGH_SECONDS} s: "
        + (
            "yes"
            if in_window
            else ("no (the floor itself is slower here)" if floor_is_slow else "NO")
        )
    )
    return 0 if at_least_floor and (in_window or floor_is_slow) else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Passphrase -> key with Argon2id (``cryptography``'s implementation, RFC 9106).

``FLOOR`` (64 MiB, 3 passes, 4 lanes; RFC 9106's second recommendation, borg's choice) is the
least a NEW vault gets: ``calibrate`` never goes below it. A reader does not enforce the floor,
only caps (``check_caps``), checked before any derivation so a hostile header cannot make us
allocate gigabytes or spin for minutes. Tests pass small explicit parameters; nothing here
weakens the KDF by a switch.
"""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from organizer.core.errors import UserError
from organizer.core.vault.errors import VaultDamaged

KEY_BYTES = 32
MAX_PASSPHRASE_BYTES = 1024

# Caps a reader enforces (age caps scrypt the same way). 2 GiB in KiB.
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_ITERATIONS = 16
MAX_LANES = 16
# Sane minimums: below these a header is not something we ever wrote. Small enough for tests.
MIN_MEMORY_KIB = 8 * 1024
MIN_ITERATIONS = 1
MIN_LANES = 1
MIN_SALT_BYTES = 16
MAX_SALT_BYTES = 64

_MIB = 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over it, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "algorithm": "argon2id",
            "version": 19,  # Argon2 v1.3 (0x13), the only version cryptography implements
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        """Read parameters from a header; anything odd raises ``VaultDamaged``."""
        if not isinstance(data, dict):
            raise VaultDamaged("The vault file is damaged: its key settings are unreadable.")
        if data.get("algorithm", "argon2id") != "argon2id" or data.get("version", 19) != 19:
            raise VaultDamaged(
                "The vault file is damaged: it names a key method this app does not use."
            )
        try:
            params = cls(data["memory_kib"], data["iterations"], data["lanes"])
        except KeyError as exc:
            raise VaultDamaged(
                "The vault file is damaged: its key settings are incomplete."
            ) from exc
        check_caps(params)
        return params


FLOOR = KdfParams(memory_kib=64 * _MIB, iterations=3, lanes=4)


def check_caps(params: KdfParams) -> None:
    """Raise ``VaultDamaged`` unless ``params`` are integers within the caps (before any KDF)."""
    values = (params.memory_kib, params.iterations, params.lanes)
    if not all(type(v) is int for v in values):  # bool and float are not accepted
        raise VaultDamaged("The vault file is damaged: its key settings are not whole numbers.")
    if not (
        MIN_MEMORY_KIB <= params.memory_kib <= MAX_MEMORY_KIB
        and MIN_ITERATIONS <= params.iterations <= MAX_ITERATIONS
        and MIN_LANES <= params.lanes <= MAX_LANES
        and params.memory_kib >= 8 * params.lanes  # Argon2's own rule
    ):
        raise VaultDamaged(
            "The vault file is damaged or was tampered with: its key settings are outside "
            "the range this app accepts "
            f"(memory {params.memory_kib} KiB, {params.iterations} passes, "
            f"{params.lanes} lanes)."
        )


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8 bytes of a passphrase; ``UserError`` if empty or too long."""
    if not isinstance(passphrase, str):
        raise TypeError("passphrase must be a str")
    data = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    if not data:
        raise UserError("The passphrase is empty. Please type your passphrase.")
    if len(data) > MAX_PASSPHRASE_BYTES:
        raise UserError(
            "The passphrase is too long: it can have at most 1024 letters "
            "(fewer if it uses accented letters or symbols)."
        )
    return data


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte key Argon2id derives from ``passphrase`` (see ``passphrase_bytes``)."""
    check_caps(params)
    if not isinstance(salt, bytes) or not MIN_SALT_BYTES <= len(salt) <= MAX_SALT_BYTES:
        raise VaultDamaged("The vault file is damaged: a key slot's salt has the wrong size.")
    secret = passphrase_bytes(passphrase)
    return _argon2id(secret, salt, params)


def _argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    try:
        return kdf.derive(secret)
    except MemoryError as exc:
        raise UserError(
            f"This computer does not have enough free memory to open the vault "
            f"(it needs {params.memory_kib // _MIB} MiB). Close other programs and try again."
        ) from exc


# --- calibration at creation -----------------------------------------------------------------

LOW_SECONDS = 0.5
HIGH_SECONDS = 1.0
_BIG_MACHINE_RAM = 8 * 1024**3
_MAX_CALIBRATED_MEMORY_KIB = 1024 * _MIB  # leave the 2 GiB cap as headroom for readers
_MAX_CALIBRATED_ITERATIONS = 10  # then grow memory instead (stays below the read cap)
_MAX_ROUNDS = 4


def calibrate(
    target_seconds: float = 0.75,
    *,
    floor: KdfParams = FLOOR,
    measure: Callable[[KdfParams], float] | None = None,
    total_ram: int | None = None,
) -> KdfParams:
    """Parameters for a new vault: one derivation takes 0.5-1 s here, never below ``floor``.

    Lanes: min(4, cores) but never fewer than the floor's (the floor is the stronger rule).
    Memory: 256 MiB on machines with at least 8 GiB of RAM, else 64 MiB (never below the
    floor), halved if even the floor's passes take over 1 s, doubled if even the most passes
    take under 0.5 s; then the passes that take about ``target_seconds``. The cost of a pass
    is measured (the faster of two runs), the plan checked with one real derivation (and
    corrected, a few times at most), so creating a vault waits about 2 s. If even the floor
    takes longer than 1 s, the floor is used. ``measure`` and ``total_ram`` exist for tests
    of this logic.
    """
    check_caps(floor)
    timer = measure or _time_derivation
    ram = total_ram if total_ram is not None else _total_ram_bytes()
    low = min(LOW_SECONDS, target_seconds)
    high = max(HIGH_SECONDS, target_seconds)
    lanes = min(MAX_LANES, max(floor.lanes, min(4, os.cpu_count() or 1)))
    big_machine = ram is not None and ram >= _BIG_MACHINE_RAM
    memory = max(256 * _MIB if big_machine else 64 * _MIB, floor.memory_kib)
    # A fast CPU gets more passes, then more memory: up to 1 GiB where RAM is plentiful;
    # elsewhere passes up to the read cap first and memory only up to 256 MiB.
    if big_machine:
        pass_ceiling, memory_ceiling = _MAX_CALIBRATED_ITERATIONS, _MAX_CALIBRATED_MEMORY_KIB
    else:
        pass_ceiling, memory_ceiling = MAX_ITERATIONS, 256 * _MIB
    memory_ceiling = max(memory_ceiling, memory)

    def plan(seconds_per_kib_pass: float) -> KdfParams:
        """The parameters the cost model says take about ``target_seconds``."""
        m = memory
        # Too slow even at the floor's passes: less memory, never below the floor.
        while m > floor.memory_kib and seconds_per_kib_pass * m * floor.iterations > high:
            m = max(m // 2, floor.memory_kib)
        # Too fast even at the most passes: more memory, up to the ceiling.
        while m * 2 <= memory_ceiling and seconds_per_kib_pass * m * pass_ceiling < low:
            m *= 2
        passes = round(target_seconds / (seconds_per_kib_pass * m))
        return KdfParams(m, min(max(passes, floor.iterations), pass_ceiling), lanes)

    # One pass over the starting memory tells the cost of a pass. For real, a first run pays
    # for fresh memory pages (about 3x slower), and the faster of two runs is the better
    # guess when other programs are busy.
    probe = KdfParams(memory, 1, lanes)
    if measure is None:
        _time_derivation(probe)
    probe_seconds = min(timer(probe), timer(probe))
    params = plan(max(probe_seconds, 1e-9) / memory)
    for _ in range(_MAX_ROUNDS):
        elapsed = timer(params)
        if low <= elapsed <= high:
            return params
        better = plan(max(elapsed, 1e-9) / (params.memory_kib * params.iterations))
        if better == params:
            return params  # at the floor or the ceilings: the best this machine allows
        params = better
    return params


def _time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    _argon2id(b"calibration", os.urandom(32), params)
    return time.perf_counter() - start


def _total_ram_bytes() -> int | None:
    """Physical memory of this computer, or None if it cannot be told."""
    if sys.platform == "win32":
        return _windows_total_ram()
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    if pages <= 0 or page_size <= 0:
        return None
    return int(pages) * int(page_size)


def _windows_total_ram() -> int | None:
    import ctypes

    class MemoryStatusEx(ctypes.Structure):
        _fields_ = [
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatusEx()
    status.dwLength = ctypes.sizeof(MemoryStatusEx)
    windll = getattr(ctypes, "windll", None)
    if windll is None or not windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
        return None
    return int(status.ullTotalPhys)

"""Argon2id key derivation: caps checked before any work, NFC passphrases, calibration logic."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from organizer.core.errors import UserError
from organizer.core.vault import kdf
from organizer.core.vault.errors import VaultDamaged
from organizer.core.vault.kdf import FLOOR, KdfParams, calibrate, check_caps, derive_key

CHEAP = KdfParams(memory_kib=8192, iterations=1, lanes=1)
SALT = bytes(range(16))


def test_library_is_rfc9106_argon2id() -> None:
    # RFC 9106 section 5.3 test vector (Argon2id v1.3).
    tag = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_derived_key_is_pinned() -> None:
    # Pinned once: a change here would lock every existing vault out.
    key = derive_key("fictional test passphrase", SALT, CHEAP)
    assert key.hex() == "e7e2054f1940449ce79ee578a29617f6c59693f0b1ad546fbfe035dbe724a71e"


def test_key_depends_on_passphrase_salt_and_params() -> None:
    base = derive_key("correct horse", SALT, CHEAP)
    assert len(base) == 32
    assert derive_key("correct horse", SALT, CHEAP) == base
    assert derive_key("correct horsE", SALT, CHEAP) != base
    assert derive_key("correct horse", bytes(16), CHEAP) != base
    assert derive_key("correct horse", SALT, KdfParams(8192, 2, 1)) != base


def test_nfd_and_nfc_passphrases_give_the_same_key() -> None:
    text = "Zoë café Ångström"
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert nfc != nfd
    assert derive_key(nfc, SALT, CHEAP) == derive_key(nfd, SALT, CHEAP)


def test_empty_passphrase_is_a_plain_user_error() -> None:
    with pytest.raises(UserError, match="empty"):
        derive_key("", SALT, CHEAP)


def test_passphrase_length_limit_counts_utf8_bytes() -> None:
    derive_key("a" * 1024, SALT, CHEAP)  # exactly at the limit
    with pytest.raises(UserError, match="too long"):
        derive_key("a" * 1025, SALT, CHEAP)
    with pytest.raises(UserError, match="too long"):
        derive_key("é" * 513, SALT, CHEAP)  # 1026 bytes in UTF-8


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(2 * 1024 * 1024 + 1, 1, 1),  # > 2 GiB
        KdfParams(8192, 17, 1),
        KdfParams(8192, 1, 17),
        KdfParams(8191, 1, 1),
        KdfParams(8192, 0, 1),
        KdfParams(8192, 1, 0),
        KdfParams(-1, 1, 1),
        KdfParams(2**64, 1, 1),
        KdfParams(8192, 1, True),
        KdfParams(8192.0, 1, 1),  # type: ignore[arg-type]
        KdfParams("65536", 3, 4),  # type: ignore[arg-type]
        KdfParams(None, 3, 4),
    ],
)
def test_out_of_range_params_are_refused_before_any_derivation(
    params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_run(*args: object) -> bytes:
        raise AssertionError("the KDF ran with unchecked parameters")

    monkeypatch.setattr(kdf, "_argon2id", must_not_run)
    with pytest.raises(VaultDamaged):
        check_caps(params)
    with pytest.raises(VaultDamaged):
        derive_key("passphrase", SALT, params)


def test_caps_accept_the_extremes_and_the_floor() -> None:
    for params in (FLOOR, CHEAP, KdfParams(2 * 1024 * 1024, 16, 16)):
        check_caps(params)


@pytest.mark.parametrize("salt", [b"", b"short", bytes(65), "not bytes"])
def test_bad_salt_is_damage(salt: object) -> None:
    with pytest.raises(VaultDamaged):
        derive_key("passphrase", salt, CHEAP)


def test_params_round_trip_through_a_dict() -> None:
    data = FLOOR.to_dict()
    assert data["algorithm"] == "argon2id"
    assert KdfParams.from_dict(data) == FLOOR


@pytest.mark.parametrize(
    "data",
    [
        None,
        [65536, 3, 4],
        {"memory_kib": 65536, "iterations": 3},
        {"algorithm": "scrypt", "memory_kib": 65536, "iterations": 3, "lanes": 4},
        {"version": 16, "memory_kib": 65536, "iterations": 3, "lanes": 4},
        {"memory_kib": 2**40, "iterations": 3, "lanes": 4},
        {"memory_kib": "65536", "iterations": 3, "lanes": 4},
    ],
)
def test_bad_header_params_are_damage(data: object) -> None:
    with pytest.raises(VaultDamaged):
        KdfParams.from_dict(data)


# --- calibration (logic tested with a modelled clock; the real figures are a benchmark) ---


def _model(seconds_per_mib_pass: float, calls: list[KdfParams]) -> Callable[[KdfParams], float]:
    def measure(params: KdfParams) -> float:
        calls.append(params)
        return params.memory_kib / 1024 * params.iterations * seconds_per_mib_pass

    return measure


@pytest.mark.parametrize("speed", [0.0001, 0.0003, 0.0007, 0.001, 0.002, 0.005])
@pytest.mark.parametrize("ram_gib", [4, 16])
def test_calibration_lands_in_the_window_and_never_below_the_floor(
    speed: float, ram_gib: int
) -> None:
    calls: list[KdfParams] = []
    measure = _model(speed, calls)
    params = calibrate(measure=measure, total_ram=ram_gib * 1024**3)
    check_caps(params)
    assert params.memory_kib >= FLOOR.memory_kib
    assert params.iterations >= FLOOR.iterations
    assert params.lanes >= FLOOR.lanes
    seconds = measure(params)
    floor_seconds = FLOOR.memory_kib / 1024 * FLOOR.iterations * speed
    if floor_seconds <= 1.0 and seconds < 0.5:
        # Only an implausibly fast machine with little RAM stops short: at its ceilings.
        assert ram_gib < 8 and params.memory_kib == 256 * 1024 and params.iterations == 16
    elif floor_seconds <= 1.0:
        assert 0.5 <= seconds <= 1.0, (params, seconds)
    else:
        assert params == KdfParams(FLOOR.memory_kib, FLOOR.iterations, params.lanes)
    assert len(calls) <= 9


def test_calibration_prefers_256_mib_on_big_machines() -> None:
    calls: list[KdfParams] = []
    params = calibrate(measure=_model(0.0007, calls), total_ram=16 * 1024**3)
    assert calls[0].memory_kib == 256 * 1024
    assert params.memory_kib == 256 * 1024


def test_calibration_uses_64_mib_on_small_machines() -> None:
    calls: list[KdfParams] = []
    params = calibrate(measure=_model(0.002, calls), total_ram=4 * 1024**3)
    assert calls[0].memory_kib == 64 * 1024
    assert params.memory_kib == 64 * 1024
    assert params.iterations > FLOOR.iterations  # time made up with passes


def test_calibration_halves_memory_before_going_below_the_window() -> None:
    calls: list[KdfParams] = []
    params = calibrate(measure=_model(0.002, calls), total_ram=16 * 1024**3)
    assert params == KdfParams(128 * 1024, 3, params.lanes)


def test_calibration_accepts_an_explicit_lower_floor() -> None:
    small = KdfParams(8192, 1, 1)
    calls: list[KdfParams] = []
    params = calibrate(0.75, floor=small, measure=_model(0.02, calls), total_ram=1024**3)
    assert params.memory_kib >= small.memory_kib
    assert params.iterations >= small.iterations

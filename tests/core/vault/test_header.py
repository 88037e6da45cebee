"""The header: newer versions refused, KDF caps checked before any KDF, tampering caught."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from organizer.core.vault import Vault, VaultDamaged, VaultTooNew, WrongPassphrase, kdf
from organizer.core.vault.canonical import canonical_json
from tests.vault_helpers import TEST_PASSPHRASE, make_vault

Mutation = Callable[[dict[str, Any]], None]


def rewrite_header(
    folder: Path, mutate: Mutation, names: tuple[str, ...] = ("vault.json",)
) -> None:
    """Change header values and recompute the plain checksum (as a deliberate editor would)."""
    for name in names:
        data = json.loads((folder / name).read_bytes())
        data.pop("checksum")
        mutate(data)
        data["checksum"] = hashlib.sha256(canonical_json(data)).hexdigest()
        (folder / name).write_bytes(canonical_json(data) + b"\n")


BOTH = ("vault.json", "vault.json.bak")


@pytest.fixture
def closed_vault(tmp_path: Path) -> Path:
    vault, _ = make_vault(tmp_path / "v")
    vault.close()
    return tmp_path / "v"


@pytest.fixture
def no_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any Argon2id run fail the test: the checks must come first."""

    def refuse(*args: object) -> bytes:
        raise AssertionError("the KDF ran")

    monkeypatch.setattr(kdf, "_argon2id", refuse)


def test_a_header_from_a_newer_version_is_refused(closed_vault: Path, no_kdf: None) -> None:
    def future(data: dict[str, Any]) -> None:
        data["version"] = 2
        data["slots"][0]["kind"] = "quantum-proof"  # whatever a future version may hold

    rewrite_header(closed_vault, future, BOTH)
    with pytest.raises(VaultTooNew) as err:
        Vault.open(closed_vault, TEST_PASSPHRASE)
    assert err.value.exit_code == 1
    assert "newer version" in str(err.value)


@pytest.mark.parametrize(
    "field, value",
    [
        ("memory_kib", 4 * 1024 * 1024),  # 4 GiB: would exhaust memory
        ("memory_kib", 2**62),
        ("iterations", 17),
        ("iterations", 10**9),
        ("lanes", 64),
        ("iterations", 0),
        ("memory_kib", 1),
        ("memory_kib", "65536"),
        ("iterations", 3.0),
        ("lanes", True),
    ],
)
def test_out_of_range_kdf_parameters_are_damage_before_any_kdf(
    closed_vault: Path, no_kdf: None, field: str, value: object
) -> None:
    def bad(data: dict[str, Any]) -> None:
        data["slots"][0]["kdf"][field] = value

    rewrite_header(closed_vault, bad, BOTH)
    with pytest.raises(VaultDamaged) as err:
        Vault.open(closed_vault, TEST_PASSPHRASE)
    assert err.value.exit_code == 3


@pytest.mark.parametrize(
    "field, size", [("salt", 16), ("nonce", 16), ("wrapped", 47), ("wrapped", 64)]
)
def test_wrong_slot_field_lengths_are_damage_before_any_kdf(
    closed_vault: Path, no_kdf: None, field: str, size: int
) -> None:
    import base64

    def bad(data: dict[str, Any]) -> None:
        data["slots"][0][field] = base64.b64encode(bytes(size)).decode()

    rewrite_header(closed_vault, bad, BOTH)
    with pytest.raises(VaultDamaged):
        Vault.open(closed_vault, TEST_PASSPHRASE)


def test_an_injected_slot_is_caught_by_the_header_mac(tmp_path: Path) -> None:
    """An attacker adds a slot for a passphrase they know from their own vault."""
    victim, _ = make_vault(tmp_path / "victim")
    victim.close()
    attacker, _ = make_vault(tmp_path / "attacker", passphrase="attacker knows this")
    attacker.close()
    foreign = json.loads((tmp_path / "attacker" / "vault.json").read_bytes())["slots"][0]
    rewrite_header(tmp_path / "victim", lambda d: d["slots"].append(foreign), BOTH)
    # The foreign slot is bound to the other vault's id: it does not open this one.
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "victim", "attacker knows this")
    # The owner's own passphrase opens a slot, and then the MAC shows the header was changed.
    with pytest.raises(VaultDamaged, match="tampered"):
        Vault.open(tmp_path / "victim", TEST_PASSPHRASE)


def test_a_lowered_kdf_cost_does_not_open_the_slot(closed_vault: Path) -> None:
    def cheaper(data: dict[str, Any]) -> None:
        data["slots"][0]["kdf"]["memory_kib"] = 8 * 1024 + 8  # still inside the caps

    rewrite_header(closed_vault, cheaper, BOTH)
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, TEST_PASSPHRASE)


def test_a_removed_recovery_slot_is_caught_by_the_mac(closed_vault: Path) -> None:
    rewrite_header(
        closed_vault, lambda d: d["slots"].__delitem__(1), BOTH
    )  # e.g. to keep an old code
    with pytest.raises(VaultDamaged, match="tampered"):
        Vault.open(closed_vault, TEST_PASSPHRASE)


def test_a_header_with_another_format_name_is_not_a_vault(closed_vault: Path) -> None:
    from organizer.core.vault import NotAVault

    rewrite_header(closed_vault, lambda d: d.__setitem__("format", "something-else"), BOTH)
    with pytest.raises(NotAVault):
        Vault.open(closed_vault, TEST_PASSPHRASE)


def test_header_bytes_are_canonical_json(closed_vault: Path) -> None:
    raw = (closed_vault / "vault.json").read_bytes()
    assert raw == canonical_json(json.loads(raw)) + b"\n"
    assert raw == (closed_vault / "vault.json.bak").read_bytes()

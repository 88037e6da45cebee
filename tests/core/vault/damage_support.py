"""Damage a small vault in every way and judge each outcome (shared by tests/core/vault/
test_damage.py and the reliability run, ``python -m benchmarks.reliability``).

Each ``*_outcomes`` function tries every variant it is given and returns a ``Tally``: how many
were tried and, per outcome, how many ended that way, with a few labelled examples. Only
``detected`` is good; anything else is a failure the caller reports or asserts against.
"""

from __future__ import annotations

import io
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from organizer.core.vault import Vault, VaultDamaged, WrongPassphrase
from organizer.core.vault.blobs import blob_path, decrypt_stream
from organizer.core.vault.format import read_header
from organizer.core.vault.index import decode_index, index_path, list_generations
from organizer.core.vault.keys import VaultKeys
from organizer.core.vault.opening import read_index, unlock
from tests.vault_helpers import TEST_PASSPHRASE, add_document, make_vault

SMALL = b"%PDF-1.4 fictional one-line report"
TWO_CHUNKS = bytes(range(256)) * 70  # 17 920 bytes: one full 16 KiB chunk and a short one
DETECTED = "detected"
MAX_EXAMPLES = 5


@dataclass
class Tally:
    """Outcomes of many attempts: counts per outcome and the first examples of each."""

    tried: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, outcome: str, label: str) -> None:
        self.tried += 1
        self.outcomes[outcome] += 1
        seen = self.examples.setdefault(outcome, [])
        if len(seen) < MAX_EXAMPLES:
            seen.append(label)

    def failures(self) -> dict[str, list[str]]:
        """Every outcome but ``detected``, with its examples."""
        return {k: v for k, v in self.examples.items() if k != DETECTED}

    def merge(self, other: Tally) -> None:
        for outcome, count in other.outcomes.items():
            self.tried += count
            self.outcomes[outcome] += count
            seen = self.examples.setdefault(outcome, [])
            seen.extend(other.examples.get(outcome, [])[: MAX_EXAMPLES - len(seen)])


def variants(data: bytes, stride: int = 1) -> Iterator[tuple[str, bytes]]:
    """Every single-byte change (two masks) and every truncation of ``data`` (with
    ``stride`` > 1, every stride-th position only), and one extra byte."""
    for i in range(0, len(data), stride):
        for mask in (0x01, 0xFF):
            changed = bytearray(data)
            changed[i] ^= mask
            yield f"byte {i} ^ {mask:#x}", bytes(changed)
    for length in range(0, len(data), stride):
        yield f"cut to {length}", data[:length]
    yield "one extra byte", data + b"\0"


def build_small_vault(folder: Path) -> dict[str, str]:
    """A closed vault at generation 2 with two documents; returns {"small"/"big": blob id}."""
    vault, _ = make_vault(folder)
    small = add_document(vault, SMALL, title="small")
    big = add_document(vault, TWO_CHUNKS, title="two chunks")
    vault.close()
    return {"small": small.parts[0].blob_id, "big": big.parts[0].blob_id}


def keys_of(folder: Path) -> VaultKeys:
    return unlock(read_header(folder / "vault.json"), passphrase=TEST_PASSPHRASE)


def _judge(tally: Tally, label: str, attempt: Callable[[], object]) -> None:
    """Run one attempt on damaged data: VaultDamaged is the only good ending."""
    try:
        attempt()
    except VaultDamaged:
        tally.add(DETECTED, label)
    except WrongPassphrase:
        tally.add("reported as a wrong passphrase", label)
    except Exception as exc:  # a crash is an outcome to count, not to stop on
        tally.add(f"crash ({type(exc).__name__})", label)
    else:
        tally.add("accepted (undetected)", label)


def lone_header_outcomes(folder: Path, name: str, work: Path, stride: int = 1) -> Tally:
    """Damage ``name`` (vault.json or its .bak) with the other copy removed, opening each
    variant through ``Vault.open``; the folder is restored and must open again at the end."""
    tally = Tally()
    target = work / "v"
    shutil.copytree(folder, target)
    other = "vault.json.bak" if name == "vault.json" else "vault.json"
    (target / other).unlink()  # no copy to fall back on: the damage itself must be reported
    original = (target / name).read_bytes()
    state = work / "state"

    def attempt() -> None:
        Vault.open(target, TEST_PASSPHRASE, state_dir=state).close()

    for label, data in variants(original, stride):
        (target / name).write_bytes(data)
        _judge(tally, f"{name} {label}", attempt)
    (target / name).write_bytes(original)
    attempt()  # the undamaged file still opens (the variants were judged on a sound base)
    return tally


def index_outcomes(folder: Path, stride: int = 1) -> Tally:
    """Every variant of every index generation, through ``decode_index`` (what ``read_index``
    applies to the file's bytes)."""
    tally = Tally()
    keys = keys_of(folder)
    vault_id = read_header(folder / "vault.json").vault_id
    for generation in list_generations(folder):
        original = index_path(folder, generation).read_bytes()
        assert read_index(folder, keys, vault_id, generation) is not None
        for label, data in variants(original, stride):
            _judge(
                tally,
                f"generation {generation} {label}",
                lambda d=data, g=generation: decode_index(keys.index, vault_id, g, d),  # type: ignore[misc]
            )
    return tally


def blob_outcomes(folder: Path, blob_id: str, expected: bytes, stride: int = 1) -> Tally:
    """Every variant of one blob through ``decrypt_stream`` (what read_blob/iter_blob apply).
    Streaming may yield a prefix of the original before it stops; any other byte it yields is
    "wrong plaintext returned"."""
    tally = Tally()
    keys = keys_of(folder)
    vault_id = read_header(folder / "vault.json").vault_id
    original = blob_path(folder, blob_id).read_bytes()
    whole = b"".join(decrypt_stream(keys.blob, vault_id, blob_id, io.BytesIO(original)))
    assert whole == expected, "the undamaged blob must decrypt to its document"
    for label, data in variants(original, stride):
        pieces: list[bytes] = []

        def attempt(d: bytes = data, out: list[bytes] = pieces) -> None:
            for piece in decrypt_stream(keys.blob, vault_id, blob_id, io.BytesIO(d)):
                out.append(piece)

        sub = Tally()
        _judge(sub, label, attempt)
        if not expected.startswith(b"".join(pieces)):
            tally.add("wrong plaintext returned", label)
        else:
            tally.merge(sub)
    return tally


def swap_outcomes(folder: Path, blobs: dict[str, str], work: Path) -> Tally:
    """Blobs swapped between the two documents, and a blob copied in from another vault
    (under the victim's id and under its own), each read through the open vault."""
    tally = Tally()
    target = work / "v"
    shutil.copytree(folder, target)
    with Vault.open(target, TEST_PASSPHRASE, state_dir=work / "state") as vault:
        small, big = vault.blob_file(blobs["small"]), vault.blob_file(blobs["big"])
        small_bytes, big_bytes = small.read_bytes(), big.read_bytes()
        small.write_bytes(big_bytes)
        big.write_bytes(small_bytes)
        for name, blob_id in blobs.items():
            _judge(tally, f"swapped blob of {name!r}", lambda b=blob_id: vault.read_blob(b))  # type: ignore[misc]
        report = vault.verify()
        if len(report.problems) == 2:
            tally.add(DETECTED, "verify names both swapped documents")
        else:
            tally.add("verify missed a swap", f"verify problems: {len(report.problems)}")
        small.write_bytes(small_bytes)
        big.write_bytes(big_bytes)
        foreign_vault, _ = make_vault(work / "other")
        with foreign_vault:
            theirs = add_document(foreign_vault, b"another patient, fictional")
            foreign = foreign_vault.blob_file(theirs.parts[0].blob_id).read_bytes()
        small.write_bytes(foreign)
        _judge(tally, "another vault's blob under our id", lambda: vault.read_blob(blobs["small"]))
        own = vault.blob_file(theirs.parts[0].blob_id)
        own.parent.mkdir(parents=True, exist_ok=True)
        own.write_bytes(foreign)
        _judge(
            tally,
            "another vault's blob under its own id",
            lambda: vault.read_blob(theirs.parts[0].blob_id),
        )
        small.write_bytes(small_bytes)
    return tally


def replay_outcomes(folder: Path, work: Path) -> Tally:
    """Older index generations replayed: renamed over each newer generation (read through
    ``read_index``), and a whole older copy of the vault opened where a newer one was seen
    (the rollback warning)."""
    tally = Tally()
    keys = keys_of(folder)
    vault_id = read_header(folder / "vault.json").vault_id
    generations = list_generations(folder)
    for newer in generations:
        for older in generations:
            if older >= newer:
                continue
            target = work / f"replay-{older}-{newer}"
            shutil.copytree(folder, target)
            os.replace(index_path(target, older), index_path(target, newer))
            _judge(
                tally,
                f"generation {older} saved as {newer}",
                lambda t=target, n=newer: read_index(t, keys, vault_id, n),  # type: ignore[misc]
            )
            shutil.rmtree(target)
    # Rollback: this computer saw the newest generation; an older copy must warn.
    state = work / "rollback-state"
    Vault.open(folder, TEST_PASSPHRASE, state_dir=state).close()
    for newest in generations[:-1]:
        target = work / f"rollback-{newest}"
        shutil.copytree(folder, target)
        for generation in generations:
            if generation >= newest:
                index_path(target, generation).unlink()
        label = f"copy rolled back below generation {newest}"
        try:
            with Vault.open(target, TEST_PASSPHRASE, state_dir=state) as vault:
                warned = any("older" in w for w in vault.warnings)
            tally.add(DETECTED if warned else "rollback not noticed", label)
        except Exception as exc:
            tally.add(f"crash ({type(exc).__name__})", label)
        shutil.rmtree(target)
    return tally

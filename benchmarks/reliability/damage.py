"""Damage: every single-byte change and truncation of every file of a small vault, blob swaps,
and replays of older index generations (the machinery of tests/core/vault/test_damage.py)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.reliability.context import Context
from benchmarks.reliability.report import Check
from organizer.core.vault.blobs import blob_path
from organizer.core.vault.index import index_path, list_generations
from tests.core.vault.damage_support import (
    DETECTED,
    SMALL,
    TWO_CHUNKS,
    Tally,
    blob_outcomes,
    build_small_vault,
    index_outcomes,
    lone_header_outcomes,
    replay_outcomes,
    swap_outcomes,
)

FAILURE_KINDS = (
    "accepted (undetected)",
    "wrong plaintext returned",
    "reported as a wrong passphrase",
    "crash",
)


def _check(name: str, what: str, tally: Tally) -> Check:
    check = Check("Damage", name, what).expect(*FAILURE_KINDS)
    for outcome, count in tally.outcomes.items():
        if outcome == DETECTED:
            check.ok(DETECTED, count)
            continue
        kind = "crash" if outcome.startswith("crash") else outcome
        examples = tally.examples.get(outcome, [])
        check.fail(kind, f"{outcome}: {'; '.join(examples)}", count)
    return check


def run(ctx: Context) -> list[Check]:
    folder = ctx.work / "vault"
    blobs = build_small_vault(folder)
    # Quick: every 17th position (still both masks and truncations there); full: every byte.
    stride = ctx.count(1, 17)
    every = "every" if stride == 1 else f"every {stride}th"
    flips = f"{every} byte changed (^0x01, ^0xFF), {every} truncation, one extra byte"
    checks = []
    for name in ("vault.json", "vault.json.bak"):
        size = (folder / name).stat().st_size
        check = _check(
            f"header {name} ({size} B), other copy removed",
            f"{flips}; opened with the passphrase",
            lone_header_outcomes(folder, name, ctx.work / f"h-{name}", stride),
        )
        checks.append(check)
    generations = list_generations(folder)
    sizes = "+".join(str(index_path(folder, g).stat().st_size) for g in generations)
    checks.append(
        _check(
            f"index generations {generations} ({sizes} B)",
            f"{flips}; authenticated as read_index does",
            index_outcomes(folder, stride),
        )
    )
    for which, expected in (("small", SMALL), ("big", TWO_CHUNKS)):
        size = blob_path(folder, blobs[which]).stat().st_size
        checks.append(
            _check(
                f"blob of the {which} document ({size} B)",
                f"{flips}; streamed as read_blob does (a prefix of the original may pass)",
                blob_outcomes(folder, blobs[which], expected, stride),
            )
        )
    checks.append(
        _check(
            "blob swaps",
            "blobs swapped between documents, verify after the swap, a blob from another vault",
            swap_outcomes(folder, blobs, ctx.work / "swap"),
        )
    )
    checks.append(
        _check(
            "older index generations replayed",
            "each older generation renamed over each newer one; older copies of the vault "
            "opened where a newer one was seen (rollback warning)",
            replay_outcomes(folder, ctx.work / "replay"),
        )
    )
    others = _unjudged_files(folder, blobs)
    if others:
        checks[-1].notes.append(f"files not damaged by this run: {others}")
    return checks


def _unjudged_files(folder: Path, blobs: dict[str, str]) -> list[str]:
    judged = {folder / "vault.json", folder / "vault.json.bak"}
    judged |= {index_path(folder, g) for g in list_generations(folder)}
    judged |= {blob_path(folder, b) for b in blobs.values()}
    files = [p for p in folder.rglob("*") if p.is_file() and p.name != ".lock"]
    return sorted(str(p.relative_to(folder)) for p in files if p not in judged)

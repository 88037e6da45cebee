"""Full disk and vanished destination: ENOSPC and EIO at every write, flush and rename of every
vault operation and of a packet export, and the destination folder removed mid-export (the
machinery of tests/core/vault/test_faults_disk.py and tests/core/packet/test_export_faults.py).
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from benchmarks.reliability.context import Context
from benchmarks.reliability.report import Check
from tests.core.packet.export_faults import (
    VANISH,
    ExportCase,
    PacketInjector,
    count_export_steps,
    fault_cases,
    make_export_base,
    run_export_case,
    vanish_on_first_progress,
)
from tests.core.vault.disk_support import (
    OPERATIONS,
    STEPS,
    Injector,
    cases,
    count_steps,
    make_base,
    patched,
    run_case,
)

CODES = {errno.ENOSPC: "ENOSPC", errno.EIO: "EIO", VANISH: "folder removed"}
EXPORT_KINDS = (
    "half packet left",
    "stray temporary file in the destination",
    "packet reported saved but missing",
    "share log disagrees with what the user was told",
    "vault not sound afterwards",
    "unclear error message",
    "fault not reported to the user",
    "crash",
)


def _both_codes(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Full run: ENOSPC and EIO at every call (``cases`` alternates them)."""
    calls = list(dict.fromkeys((step, index) for step, index, _ in found))
    return [(s, i, code) for s, i in calls for code in (errno.ENOSPC, errno.EIO)]


def _vault_operations(ctx: Context) -> Check:
    check = Check(
        "Full disk and vanished destination",
        "vault operations",
        "ENOSPC/EIO at each call of create-temp, write, fsync, rename and folder fsync of "
        f"{', '.join(OPERATIONS)}; then reopened (old or new state, every document hashed, "
        "verify, the passphrase/recovery code the user holds still opens it, next save works)",
    ).expect("promise broken (vault unsound, document lost or user misled)", "crash")
    base = make_base(ctx.work / "vault-base")
    with patched() as setter, check.timed():
        injector = Injector(setter)
        for name, operation in OPERATIONS.items():
            found = cases(count_steps(base, ctx.work / "count", operation, injector))
            for n, case in enumerate(found if ctx.quick else _both_codes(found)):
                label = f"{name}: {CODES[case[2]]} at {case[0]} call {case[1]}"
                try:
                    failed = run_case(base, ctx.work / f"{name}-{n}", name, case, injector)
                except AssertionError as exc:
                    check.fail(
                        "promise broken (vault unsound, document lost or user misled)",
                        f"{label}: {exc}",
                    )
                except Exception as exc:
                    check.fail("crash", f"{label}: {type(exc).__name__}: {exc}")
                else:
                    check.ok("plain error shown" if failed else "saved (only tidying up failed)")
    return check


def _export_check(name: str, what: str) -> Check:
    return Check("Full disk and vanished destination", name, what).expect(*EXPORT_KINDS)


def _record(
    check: Check, label: str, run: Callable[[], ExportCase], must_fail: bool = True
) -> None:
    try:
        case = run()
    except Exception as exc:
        check.fail("crash", f"{label}: {type(exc).__name__}: {exc}")
        return
    if not case.fired:
        check.fail("crash", f"{label}: the fault was never reached")
        return
    if case.problems:
        check.tried += 1
        for kind, detail in case.problems:
            check.failure_kind(kind, f"{label}: {detail}")
        return
    if case.error is None and must_fail:
        check.fail("fault not reported to the user", label)
        return
    check.ok("plain error shown" if case.error is not None else "saved")
    for remark in case.remarks:
        check.outcomes[remark] += 1
        if check.outcomes[remark] == 1:
            check.notes.append(f"{remark} (e.g. {label})")


def _exports(ctx: Context) -> list[Check]:
    base = make_export_base(ctx.work / "export-base")
    errors = _export_check(
        "export: packet file",
        "ENOSPC/EIO at each call of create-temp, write, fsync, rename and folder fsync of the "
        "packet writer (temp file beside the destination); then the destination folder and the "
        "vault are checked",
    )
    logging = _export_check(
        "export: share-log save",
        "ENOSPC/EIO at each storage step of the vault commit that logs the export",
    )
    vanished = _export_check(
        "export: destination folder removed",
        "the destination folder (a USB stick) removed before each storage call up to the "
        "rename, and while the packet is being put together",
    )
    with patched() as setter:
        packet, vault_side = PacketInjector(setter), Injector(setter)
        packet_counts, vault_counts = count_export_steps(base, ctx.work / "c", packet, vault_side)
        found = fault_cases(packet_counts)
        n = 0
        for step, index, code in found:
            targets = [code] if code == VANISH or ctx.quick else [errno.ENOSPC, errno.EIO]
            for target in targets:
                n += 1
                check = vanished if target == VANISH else errors
                label = f"{CODES[target]} at {step} call {index}"
                with check.timed():
                    _record(
                        check,
                        label,
                        lambda s=step, i=index, c=target, w=ctx.work / f"e-{n}": run_export_case(  # type: ignore[misc]
                            base, w, lambda dest: packet.aim(s, i, c, dest), lambda: packet.fired
                        ),
                    )
        with vanished.timed():
            _record(
                vanished,
                "folder removed while rendering",
                lambda: run_export_case(
                    base,
                    ctx.work / "v-render",
                    lambda d: None,
                    lambda: True,
                    vanish_on_first_progress,
                ),
            )
        vault_cases = cases(vault_counts, STEPS)
        for step, index, code in vault_cases if ctx.quick else _both_codes(vault_cases):
            n += 1
            label = f"{CODES[code]} at vault {step} call {index}"
            with logging.timed():
                _record(
                    logging,
                    label,
                    lambda s=step, i=index, c=code, w=ctx.work / f"l-{n}": run_export_case(  # type: ignore[misc]
                        base, w, lambda dest: vault_side.aim(s, i, c), lambda: vault_side.fired
                    ),
                    # A save may succeed when only tidying up or the app's state folder failed;
                    # the judge checked the share log then holds the entry.
                    must_fail=False,
                )
    return [errors, logging, vanished]


def run(ctx: Context) -> list[Check]:
    return [_vault_operations(ctx), *_exports(ctx)]

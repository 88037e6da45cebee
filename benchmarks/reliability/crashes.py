"""Crashes: a child process adding, editing, trashing, exporting and changing the passphrase,
killed with SIGKILL at a random moment, N times on one vault (the machinery of
tests/core/vault/test_faults_crash.py: fault_child's ``loop`` and fault_support.random_kills)."""

from __future__ import annotations

from benchmarks.reliability.context import Context
from benchmarks.reliability.report import Check
from tests.core.vault.fault_child import add_document
from tests.core.vault.fault_support import random_kills
from tests.synthetic import text_pdf_bytes
from tests.vault_helpers import make_vault

FAILURE_KINDS = (
    "vault did not open",
    "committed documents lost",
    "document unreadable",
    "document changed",
    "documents nobody saved",
    "share-log entries lost",
    "stray temp files left after the next save",
    "verify found damage",
    "half packet left under its final name",
    "reported packet missing",
    "child failed before the kill",
)


def run(ctx: Context) -> list[Check]:
    runs = ctx.count(200, 8)
    folder, state, exports = ctx.work / "vault", ctx.work / "state", ctx.work / "exports"
    exports.mkdir()
    logs = ctx.work / "logs"
    logs.mkdir()
    vault, _code = make_vault(folder, state_dir=state)
    with vault:
        doc = add_document(vault, "Fictional CT report", text_pdf_bytes(2), pages=2)
    check = Check(
        "Crashes",
        "SIGKILL at a random moment",
        f"{runs} runs of a child adding PDFs, editing, trashing, exporting packets and changing "
        "the passphrase, killed with SIGKILL: every other run 0-0.4 s after it started (often "
        "while opening), the others 0-1.5 s after its first save; then reopened, every "
        "document read and hashed, verify, one save (which must sweep the temporary files "
        "the kill left), every packet in the export folder opened",
    ).expect(*FAILURE_KINDS)
    stray_parts = 0
    with check.timed():
        for kill in random_kills(
            folder,
            state,
            {doc.id: doc.parts[0].sha256},
            runs,
            logs,
            export_dir=exports,
            max_delay=1.5,
        ):
            check.ok("reopened (new state)" if kill.new_state else "reopened (old state)")
            for kind, detail in kill.problems:
                check.failure_kind(kind, detail)
            check.outcomes["documents committed before the kill"] += kill.commits
            check.outcomes["packets exported before the kill"] += kill.exports
            check.outcomes["passphrase changes before the kill"] += kill.passphrase_changes
            stray_parts = kill.stray_export_parts
    check.outcomes["stray .packet-*.part files left in the export folder"] = stray_parts
    if stray_parts:
        check.notes.append(
            f"{stray_parts} killed export(s) left a hidden temporary packet (.packet-*.part, "
            "plaintext) in the export folder: a killed process cannot tidy up; the packet "
            "writer removes it the next time a packet is saved in that folder "
            "(tests/core/packet/test_stale_parts.py). Not counted as a failure here (the vault "
            "is whole; no half packet under a final name)."
        )
    return [check]

"""A child process for the vault fault tests (run as ``python -m tests.core.vault.fault_child``).

It works on a vault the way the app does and reports each step on stdout (flushed), so the
parent test can kill it with SIGKILL at a chosen or random moment and then check what survived.
Only fictional data. Modes:

- ``hold VAULT STATE PASS``: open the vault, print "opened", wait until stdin closes.
- ``loop VAULT STATE PASS SEED [EXPORT_DIR]``: adds, edits, trashes and passphrase changes,
  forever; with EXPORT_DIR also packet exports there (and the documents added are real PDFs).
- ``points VAULT STATE PASS SCENARIO KILL_AT``: run one scenario ("add" or "passphrase"),
  killing itself at the KILL_AT-th storage event (before or after each write, flush, rename
  and folder flush); with KILL_AT = -1 it runs to the end and lists the events.
- ``between VAULT STATE PASS``: write a document's blob, print "blob-written", wait for SIGKILL
  before the index is committed.
- ``destination DEST VAULT STATE PASS``: try to make a new vault in DEST and back up to DEST
  (e.g. a read-only folder); print a JSON report.
- ``probe VAULT STATE PASS [COMMAND...]``: open (e.g. a read-only folder), read every document,
  run COMMAND if given (one that makes the folder read-only now), try to change the vault;
  print a JSON report.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from organizer.core.model import Document, PagePart, Question, Section
from organizer.core.vault import Vault, VaultInUse, atomic
from tests.vault_helpers import FAST_KDF

STORAGE_STEPS = ("_write_all", "_fsync_file", "_replace", "_fsync_dir_fd")
NEW_PASSPHRASE = "fictional new passphrase"


def say(*words: object) -> None:
    print(*words, flush=True)


def document_bytes(seed: str, size: int) -> bytes:
    """Deterministic fictional content, so the parent can recompute its hash."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}/{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])


def add_document(vault: Vault, title: str, data: bytes, pages: int = 1) -> Document:
    info = vault.write_blob(data)
    part = PagePart(
        blob_id=info.blob_id,
        original_name="fictional.pdf",
        media_type="application/pdf",
        size=info.size,
        sha256=info.sha256,
        page_count=pages,
        page_sizes=[(612.0, 792.0)] * pages,
    )
    doc = Document(section=Section.RESULTS, title=title, parts=[part])
    vault.content.documents.append(doc)
    vault.commit()
    return doc


def _open(args: list[str]) -> Vault:
    return Vault.open(Path(args[0]), args[2], state_dir=Path(args[1]))


def hold(args: list[str]) -> None:
    try:
        vault = _open(args)
    except VaultInUse as exc:
        say("in-use", exc)
        return
    say("opened")
    sys.stdin.read()
    vault.close()


def loop(args: list[str]) -> None:
    seed = int(args[3])
    export_dir = Path(args[4]) if len(args) > 4 else None
    rng = random.Random(seed)
    passphrase = args[2]
    vault = _open(args)
    say("opened")
    # Chances of add / edit / trash / export (the rest: a passphrase change).
    limits = (0.6, 0.75, 0.85, 0.85) if export_dir is None else (0.4, 0.5, 0.55, 0.9)
    step = 0
    while True:
        step += 1
        roll = rng.random()
        if roll < limits[0] or not vault.content.documents:
            doc = _add_some(vault, rng, f"{seed}-{step}", real_pdf=export_dir is not None)
            say("committed", doc.id, doc.parts[0].sha256)
        elif roll < limits[1]:
            vault.content.questions.append(Question(text=f"Fictional question {seed}-{step}"))
            vault.commit()
            say("edited")
        elif roll < limits[2]:
            doc = rng.choice(vault.content.documents)
            vault.trash(doc.id)
            say("trashed", doc.id)
        elif export_dir is not None and roll < limits[3]:
            entry_id, path = _export(vault, export_dir / f"packet-{seed}-{step}.pdf")
            say("exported", entry_id, path)
        else:
            new = f"fictional passphrase {seed}-{step}"
            say("changing", new)
            vault.change_passphrase(new)
            passphrase = new
            say("changed", passphrase)


def _add_some(vault: Vault, rng: random.Random, name: str, *, real_pdf: bool) -> Document:
    if not real_pdf:
        size = rng.choice([0, 1, 700, 16384, 40_000, 150_000])
        return add_document(vault, f"Fictional {name}", document_bytes(name, size))
    from tests.synthetic import text_pdf_bytes

    pages = rng.randint(1, 3)
    data = text_pdf_bytes(pages, title=f"FICTIONAL REPORT {name}")
    return add_document(vault, f"Fictional {name}", data, pages=pages)


def _export(vault: Vault, out: Path) -> tuple[str, Path]:
    """A packet of the three newest documents (so each export stays quick)."""
    from organizer.core.packet import PacketOptions
    from organizer.core.packet.export import export_packet

    active = [d for d in vault.content.documents if d.trashed_at is None]
    older = [d.id for d in active[:-3]]
    options = PacketOptions(prepared_on=date(2026, 11, 29), excluded_document_ids=older)
    outcome = export_packet(vault, out, options)
    return outcome.entry.id, out


def points(args: list[str]) -> None:
    scenario, kill_at = args[3], int(args[4])
    events = 0

    def event(label: str) -> None:
        nonlocal events
        if events == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        if kill_at < 0:
            say("event", events, label)
        events += 1

    def hooked(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*a: Any) -> Any:
            event(f"before {name}")
            result = real(*a)
            event(f"after {name}")
            return result

        return step

    for name in STORAGE_STEPS:
        setattr(atomic, name, hooked(name, getattr(atomic, name)))
    vault = _open(args)
    if scenario == "add":
        add_document(vault, "Fictional new scan", document_bytes("points", 40_000))
    elif scenario == "passphrase":
        vault.change_passphrase(NEW_PASSPHRASE)
    else:
        raise SystemExit(f"unknown scenario {scenario}")
    vault.close()
    say("events", events)


def between(args: list[str]) -> None:
    vault = _open(args)
    info = vault.write_blob(document_bytes("between", 50_000))
    say("blob-written", info.blob_id)
    sys.stdin.read()  # killed here, before any commit


def probe(args: list[str]) -> None:
    report: dict[str, Any] = {}
    vault = _open(args)
    report["warnings"] = vault.warnings
    if len(args) > 3:  # a command that makes the folder read-only while the vault is open
        subprocess.run(args[3:], check=True)
    report["read"] = {
        doc.id: hashlib.sha256(vault.read_blob(doc.parts[0].blob_id)).hexdigest()
        for doc in vault.content.documents
    }
    attempts: dict[str, Callable[[], object]] = {
        "add": lambda: add_document(vault, "Fictional new scan", b"%PDF-fictional"),
        "commit": vault.commit,
        "change_passphrase": lambda: vault.change_passphrase(NEW_PASSPHRASE),
    }
    report["errors"] = _attempt(attempts)
    vault.close()
    say(json.dumps(report))


def destination(args: list[str]) -> None:
    """``destination DEST VAULT STATE PASS``: make a vault in, and back one up to, DEST."""
    dest = Path(args[0])
    vault = _open(args[1:])
    attempts: dict[str, Callable[[], object]] = {
        "create": lambda: Vault.create(dest / "new vault", "fictional", kdf=FAST_KDF),
        "backup": lambda: vault.backup(dest),
    }
    say(json.dumps(_attempt(attempts)))
    vault.close()


def _attempt(attempts: dict[str, Callable[[], object]]) -> dict[str, Any]:
    errors: dict[str, Any] = {}
    for name, attempt in attempts.items():
        try:
            attempt()
            errors[name] = None
        except Exception as exc:
            errors[name] = {
                "type": type(exc).__name__,
                "user_error": getattr(exc, "exit_code", None) == 1,
                "message": str(exc),
            }
    return errors


MODES: dict[str, Callable[[list[str]], None]] = {
    "destination": destination,
    "hold": hold,
    "loop": loop,
    "points": points,
    "between": between,
    "probe": probe,
}

if __name__ == "__main__":
    MODES[sys.argv[1]](sys.argv[2:])

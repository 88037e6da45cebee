"""Vault commands: init, list, show, cat, remove, restore, verify, passwd, recover,
new-recovery-code, remember, forget, backup. (``add`` lives with ingestion.)"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from organizer.commands.common import (
    add_new_passphrase_option,
    find_document,
    get_chosen_passphrase,
    get_recovery_code,
    has_terminal,
    open_vault,
    prepare_new_vault,
    print_warnings,
    vault_command,
)
from organizer.core.errors import UserError
from organizer.core.model import PACKET_SECTION_ORDER, Document
from organizer.core.vault import TRASH_DAYS, Keychain, Vault

# Files bigger than this are streamed by ``cat`` instead of checked whole before output.
CAT_BUFFER_LIMIT = 256 * 1024 * 1024


def register(subparsers: Any) -> None:
    def command(
        name: str, handler: Any, help_text: str, passphrase: bool = True
    ) -> argparse.ArgumentParser:
        return vault_command(
            subparsers, name, handler, help_text, description=help_text, passphrase=passphrase
        )

    p = command("init", cmd_init, "create a new, empty vault in a new folder")

    p = command("list", cmd_list, "list the documents in a vault")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--trash", action="store_true", help="list the documents in the trash")

    p = command("show", cmd_show, "show one document's details")
    p.add_argument("id", metavar="ID", help="the document's id (or its first characters)")

    p = command("cat", cmd_cat, "write a document's original file to standard output")
    p.add_argument("id", metavar="ID", help="the document's id (or its first characters)")
    p.add_argument("--part", type=int, default=None, help="which file, for a document of several")

    p = command("remove", cmd_remove, f"move a document to the trash (kept {TRASH_DAYS} days)")
    p.add_argument("id", metavar="ID", help="the document's id (or its first characters)")

    p = command("restore", cmd_restore, "bring a document back from the trash")
    p.add_argument("id", metavar="ID", help="the document's id (or its first characters)")

    p = command("verify", cmd_verify, "check every file of the vault for damage (exit 3 if any)")

    p = command("passwd", cmd_passwd, "change the vault's passphrase")
    add_new_passphrase_option(p)

    p = command(
        "recover",
        cmd_recover,
        "open with the recovery code and set a new passphrase",
        passphrase=False,
    )
    p.add_argument(
        "--recovery-code-file", type=Path, metavar="FILE", help="read the recovery code from FILE"
    )
    add_new_passphrase_option(p)

    p = command("new-recovery-code", cmd_new_recovery_code, "replace the recovery code")

    p = command("remember", cmd_remember, "let this computer open the vault without asking")

    p = command("forget", cmd_forget, "stop this computer opening the vault without asking")

    p = command("backup", cmd_backup, "write a checked copy of the vault to another folder")
    p.add_argument("dest", type=Path, metavar="DEST", help="where to put the copy")


# --- creating ----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    passphrase, params = prepare_new_vault(args)
    vault, code = Vault.create(args.vault, passphrase, kdf=params)
    with vault:
        print(f"Created a new vault in {vault.path}.", file=sys.stderr)
        show_recovery_code(code)
    return 0


def show_recovery_code(code: str) -> None:
    """The code goes to stdout once (scripts capture it); the advice goes to stderr."""
    print(
        "Your recovery code opens the vault if you forget the passphrase. Write it down and "
        "keep it somewhere safe, away from this computer. It is shown only now:",
        file=sys.stderr,
    )
    print(code, flush=True)
    if has_terminal():
        input("Press Enter once you have written it down. ")


# --- looking -----------------------------------------------------------------------------------


# Shown on a document's line by ``list`` when a file of it is not in the vault folder.
FILE_MISSING_MARK = "file missing from the vault: run `second-opinion verify`"


def document_json(doc: Document, *, file_missing: bool = False) -> dict[str, Any]:
    return {
        "id": doc.id,
        "section": doc.section.value,
        "title": doc.title,
        "date": doc.date.isoformat() if doc.date else None,
        "provider": doc.provider,
        "page_count": doc.page_count,
        "media_type": doc.media_type,
        "sha256": doc.sha256,
        "added": doc.added.isoformat(),
        "original_name": doc.original_name,
        "in_trash": doc.trashed_at is not None,
        "file_missing": file_missing,
    }


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        content = vault.content
        docs = content.trashed_documents() if args.trash else content.active_documents()
        # Only whether each file is there (a stat each): `verify` reads and checks them.
        missing = vault.missing_blob_ids({i for d in docs for i in d.blob_ids()})
    order = {section: n for n, section in enumerate(PACKET_SECTION_ORDER)}
    docs = sorted(docs, key=lambda d: (order[d.section], d.date or d.added.date(), d.title))
    lacking = {d.id for d in docs if d.blob_ids() & missing}
    if args.json:
        listed = [document_json(d, file_missing=d.id in lacking) for d in docs]
        json.dump({"documents": listed}, sys.stdout, indent=2)
        print()
        return 0
    if not docs:
        print("The trash is empty." if args.trash else "No documents yet.")
        return 0
    print(f"{'ID':<10}{'DATE':<12}{'SECTION':<13}{'PAGES':>5}  TITLE")
    for d in docs:
        when = d.date.isoformat() if d.date else "-"
        mark = f"  ({FILE_MISSING_MARK})" if d.id in lacking else ""
        print(f"{d.id[:8]:<10}{when:<12}{d.section.value:<13}{d.page_count:>5}  {d.title}{mark}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        doc = find_document(vault, args.id)
    rows = [
        ("Title", doc.title),
        ("Id", doc.id),
        ("Section", doc.section.label),
        ("Date", doc.date.isoformat() if doc.date else "not set"),
        ("Provider", doc.provider or "not set"),
        ("Added", doc.added.strftime("%Y-%m-%d %H:%M UTC")),
        ("Pages", f"{doc.page_count} ({len(doc.included_pages)} in packets)"),
    ]
    if doc.trashed_at is not None:
        rows.append(("In the trash since", doc.trashed_at.strftime("%Y-%m-%d")))
    if doc.notes:
        rows.append(("Notes", doc.notes))
    for number, part in enumerate(doc.parts, start=1):
        rows.append(
            (f"File {number}", f"{part.original_name} ({part.media_type}, {part.size} bytes)")
        )
        rows.append(("  SHA-256", part.sha256))
    for note in doc.import_notes:
        rows.append(("Import note", note))
    width = max(len(label) for label, _ in rows) + 2
    for label, value in rows:
        print(f"{label + ':':<{width}}{value}")
    return 0


def cmd_cat(args: argparse.Namespace) -> int:
    out = sys.stdout.buffer
    if sys.stdout.isatty():
        raise UserError(
            "cat writes the document's file itself; send it to a file, for example: "
            f"second-opinion cat {args.vault} {args.id} > copy.pdf"
        )
    with open_vault(args) as vault:
        doc = find_document(vault, args.id)
        if args.part is None and len(doc.parts) > 1:
            raise UserError(
                f"This document has {len(doc.parts)} files; choose one with --part 1 to "
                f"--part {len(doc.parts)}."
            )
        number = args.part or 1
        if not 1 <= number <= len(doc.parts):
            raise UserError(f"This document has no file {number}.")
        part = doc.parts[number - 1]
        if part.size <= CAT_BUFFER_LIMIT:
            out.write(vault.read_blob(part.blob_id))  # all of it checked before any is written
        else:
            for piece in vault.iter_blob(part.blob_id):
                out.write(piece)
        out.flush()
    return 0


# --- changing ----------------------------------------------------------------------------------


def cmd_remove(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        doc = find_document(vault, args.id)
        if doc.trashed_at is not None:
            raise UserError(f'"{doc.title}" is already in the trash.')
        vault.trash(doc.id)
    print(
        f'Moved "{doc.title}" to the trash. It is deleted for good after {TRASH_DAYS} days; '
        f"until then, restore brings it back."
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        doc = find_document(vault, args.id)
        if doc.trashed_at is None:
            raise UserError(f'"{doc.title}" is not in the trash.')
        vault.restore(doc.id)
    print(f'Restored "{doc.title}" from the trash.')
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = vault.verify()
    for problem in report.problems:
        print(f"DAMAGED: {problem}")
    for note in report.notes:
        print(f"Note: {note}")
    if report.problems:
        print(
            f"Found {len(report.problems)} problem(s). Keep a copy of the vault folder as it is, "
            "and use a backup if you have one.",
            file=sys.stderr,
        )
        return 3
    print(
        f"Checked {report.documents_checked} document(s) and {report.files_checked} stored "
        "file(s): everything is sound."
    )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_vault(args, allow_keychain=False) as vault:
        vault.change_passphrase(get_chosen_passphrase(args))
    print("The passphrase was changed. Your recovery code still works.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    code = get_recovery_code(args)
    with Vault.open(args.vault, recovery_code=code) as vault:
        print_warnings(vault)
        vault.change_passphrase(get_chosen_passphrase(args))
    print("The vault has a new passphrase. Your recovery code still works.")
    return 0


def cmd_new_recovery_code(args: argparse.Namespace) -> int:
    with open_vault(args, allow_keychain=False) as vault:
        code = vault.new_recovery_code()
        print("The old recovery code no longer works.", file=sys.stderr)
        show_recovery_code(code)
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    keychain = Keychain.system()  # refuses unsafe keychains before anything is asked
    with open_vault(args, allow_keychain=False) as vault:
        vault.remember(keychain)
    print(
        f"This computer now opens the vault without asking for the passphrase (the key is in "
        f"{keychain.description}). Anyone who can use your login here can open it too; "
        "forget undoes this."
    )
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    keychain = Keychain.system()
    with open_vault(args) as vault:
        forgotten = vault.forget(keychain)
    if forgotten:
        print("This computer no longer opens the vault without the passphrase.")
    else:
        print("This computer was not remembering this vault; nothing changed.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        target = vault.backup(args.dest)
    print(f"Wrote a checked copy of the vault to {target}.")
    print("It opens on any computer with your passphrase or recovery code.")
    return 0

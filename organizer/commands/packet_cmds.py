"""Packet commands: export, log, print-list, case (``demo`` lives with the demo case)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from organizer.commands.common import find_document, open_vault, parse_date, vault_command
from organizer.commands.packet_saving import (
    add_password_options,
    chosen_password,
    open_vault_loading_pdf_libraries,
    packet_summary,
    print_generated_password,
)
from organizer.core.casejson import apply_case_json, case_to_json
from organizer.core.errors import UserError
from organizer.core.model import ShareMethod
from organizer.core.packet.dates import format_date, format_datetime

# The PDF machinery (reportlab, pikepdf, img2pdf: ~0.3 s to import) is imported inside the
# handlers that need it: cli.py imports every command module, so every command would pay.


def register(subparsers: Any) -> None:
    def command(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        return vault_command(subparsers, name, handler, help_text, description=help_text)

    p = command("export", cmd_export, "make the second-opinion packet: one PDF for the new doctor")
    p.add_argument("out", type=Path, metavar="OUT.pdf", help="where to save the packet")
    p.add_argument("--recipient", default="", help="who it is for (free text)")
    p.add_argument(
        "--date",
        type=parse_date,
        default=None,
        metavar="YYYY-MM-DD",
        help='the "prepared on" date (default: today)',
    )
    add_password_options(p)
    p.add_argument(
        "--email-size",
        action="store_true",
        help="smaller scans (about 150 dpi) so the packet fits in an email",
    )
    p.add_argument(
        "--exclude",
        nargs="+",
        default=[],
        metavar="ID",
        help="leave these documents out (ids or their first characters)",
    )
    p.add_argument(
        "--method",
        choices=[m.value for m in ShareMethod],
        default=None,
        help="how it will be shared, for the share log (default: email with "
        "--email-size, else file)",
    )
    p.add_argument("--json", action="store_true", help="print a JSON summary for scripts")

    p = command("log", cmd_log, "list what was shared: the share log")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = command("print-list", cmd_print_list, "make a PDF of the medication list or the questions")
    p.add_argument("which", choices=["meds", "questions"], help="which list")
    p.add_argument("out", type=Path, metavar="OUT.pdf", help="where to save it")

    p = command("case", cmd_case, "show the case details, medications and questions")
    p.add_argument("--json", action="store_true", help="print JSON (the shape --load reads)")
    p.add_argument(
        "--load",
        type=Path,
        metavar="FILE.json",
        help="set the case details, medications and/or questions from FILE.json",
    )


def _warning_json(warning: Any) -> dict[str, Any]:
    return {
        "code": warning.code,
        "message": warning.message,
        "section": warning.section.value if warning.section else None,
    }


def cmd_export(args: argparse.Namespace) -> int:
    from organizer.core.packet.options import PacketOptions

    password, notes = chosen_password(args)
    method = args.method or ("email" if args.email_size else "file")
    today = date.today()
    opened = open_vault_loading_pdf_libraries(args)
    from organizer.core.packet.export import export_packet

    with opened as vault:
        excluded = [find_document(vault, ref).id for ref in args.exclude]
        options = PacketOptions(
            prepared_on=args.date or today,
            recipient=args.recipient,
            method=ShareMethod(method),
            email_size=args.email_size,
            password=password,
            excluded_document_ids=excluded,
        )
        outcome = export_packet(vault, args.out, options, today=today)
    result = outcome.result
    for warning in outcome.warnings:
        print(f"second-opinion: warning: {warning.message}", file=sys.stderr)
    for note in notes:
        print(f"second-opinion: warning: {note}", file=sys.stderr)
    if args.json:
        summary = packet_summary(
            result, outcome.entry.id, notes, password if args.generate_password else None
        )
        summary["source_size"] = result.source_size
        summary["warnings"] = [_warning_json(w) for w in outcome.warnings]
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    print(
        f"Saved {result.path}: {result.page_count} pages, {_mb(result.size)}"
        f" (the originals: {_mb(result.source_size)})."
    )
    print(f"SHA-256: {result.sha256_file}")
    if args.generate_password and password:
        print_generated_password(password)
    return 0


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def cmd_log(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        entries = list(vault.content.share_log)
    if args.json:
        rows = [
            {
                "id": e.id,
                "created": e.created.isoformat(),
                "prepared_on": e.prepared_on.isoformat(),
                "recipient": e.recipient,
                "method": e.method.value,
                "file_name": e.file_name,
                "page_count": e.page_count,
                "password_set": e.password_set,
                "sha256_file": e.sha256_file,
                "sha256_unencrypted": e.sha256_unencrypted,
                "documents": [
                    {"id": d.document_id, "title": d.title, "pages": d.pages} for d in e.documents
                ],
                "can_be_made_again": not e.broken_reason,
                "broken_reason": e.broken_reason,
            }
            for e in entries
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not entries:
        print("Nothing has been shared from this vault yet.")
        return 0
    for e in entries:
        password = "with a password" if e.password_set else "no password"
        print(
            f"{e.id[:8]}  {format_datetime(e.created)}  {e.method.value}  "
            f"to {e.recipient or '(no recipient given)'}"
        )
        print(
            f"          {e.file_name}: {e.page_count} pages, {len(e.documents)} documents, "
            f"{password}, prepared {format_date(e.prepared_on)}"
        )
        if e.broken_reason:
            print(f"          cannot be made again: {e.broken_reason}")
    return 0


def cmd_print_list(args: argparse.Namespace) -> int:
    from organizer.core.packet.printlist import build_list_pdf

    with open_vault(args) as vault:
        content = vault.content
        if args.which == "meds" and not content.medications:
            raise UserError("There are no medications in this vault yet.")
        if args.which == "questions" and not content.questions:
            raise UserError("There are no questions in this vault yet.")
        pages = build_list_pdf(content, args.which, args.out, date.today())
    print(f"Saved {args.out}: {pages} page{'s' if pages != 1 else ''}.")
    return 0


def cmd_case(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.load is not None:
            try:
                data = json.loads(args.load.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise UserError(f"The file {args.load} does not exist.") from None
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise UserError(f"The file {args.load} is not readable JSON ({exc}).") from None
            changed = apply_case_json(vault.content, data)
            vault.commit()
            print(f"Set {', '.join(changed) or 'nothing'} from {args.load}.")
            return 0
        data = case_to_json(vault.content)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    _print_case(data)
    return 0


def _print_case(data: dict[str, Any]) -> None:
    case = data["case"]
    patient = case["patient"]
    born = (
        format_date(date.fromisoformat(patient["date_of_birth"]))
        if patient["date_of_birth"]
        else "not given"
    )
    print(f"Patient: {patient['name'] or 'not given'}, born {born}")
    print(f"Reason for the second opinion: {case['reason'] or 'not written yet'}")
    print(f"Diagnosis under review: {case['diagnosis'] or 'not written yet'}")
    current = case["current_provider"]
    provider = ", ".join(x for x in (current["name"], current["practice"]) if x)
    print(f"Current provider: {provider or 'not given'}")
    print(f"\nMedications ({len(data['medications'])}):")
    for med in data["medications"]:
        details = ", ".join(x for x in (med["strength"], med["dose"], med["how_often"]) if x)
        print(f"  - {med['name']}" + (f" ({details})" if details else ""))
    print(f"\nQuestions ({len(data['questions'])}):")
    for question in sorted(data["questions"], key=lambda q: q["order"]):
        print(f"  - {question['text']}")

"""``second-opinion remake``: make a shared packet again, page for page, from the share log.

Like "Make this packet again" on the app's Shared packets page: the packet is rebuilt from
what the share log kept when it was made, so later edits, reordering and the trash do not
change it. It is saved only if it is exactly the packet shared (exit 3 otherwise), and making
it again is not a new share: nothing is added to the log. The first password is never stored,
so a copy can only get a new one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from organizer.commands.common import vault_command
from organizer.commands.packet_saving import (
    add_password_options,
    chosen_password,
    open_vault_loading_pdf_libraries,
    packet_summary,
    print_generated_password,
)
from organizer.core.errors import UserError
from organizer.core.packet.dates import format_date

# Said by the app too when a packet that had a password is made again without one.
NO_PASSWORD_NOTE = "The copy has no password; protect it before sending it again."


def register(subparsers: Any) -> None:
    help_text = "make a shared packet again, exactly as it was shared (see the log command)"
    p = vault_command(
        subparsers,
        "remake",
        cmd_remake,
        help_text,
        description="Make a packet from the share log again, page for page, even after the "
        "documents were edited or moved to the trash. It is saved only if it is exactly the "
        "packet that was shared (exit 3 if not); the share log does not change. Exit 1 when "
        "the packet cannot be made again because a document in it was deleted for good.",
    )
    p.add_argument(
        "entry",
        metavar="ENTRY",
        help="the shared packet: its id in the log, or its first 4 or more characters",
    )
    p.add_argument("out", type=Path, metavar="OUT.pdf", help="where to save the packet")
    add_password_options(p)
    p.add_argument("--json", action="store_true", help="print a JSON summary for scripts")


def cmd_remake(args: argparse.Namespace) -> int:
    password, notes = chosen_password(args)
    opened = open_vault_loading_pdf_libraries(args)
    from organizer.core.packet.export import find_entry, remake_packet

    with opened as vault:
        try:
            entry = find_entry(vault.content, args.entry)
        except UserError as exc:
            raise UserError(
                f"{exc} Use an id that the log command shows (its first 4 or more "
                "characters are enough)."
            ) from None
        # Raises UserError when a document it used was deleted for good (the entry says
        # which), DamageError when the result is not the packet logged; nothing saved then.
        result = remake_packet(vault, entry.id, args.out, password=password)
    if entry.password_set and not result.password_set:
        notes.append(NO_PASSWORD_NOTE)
    for note in notes:
        print(f"second-opinion: warning: {note}", file=sys.stderr)
    shared_on = format_date(entry.prepared_on)
    if args.json:
        summary = packet_summary(
            result, entry.id, notes, password if args.generate_password else None
        )
        summary["prepared_on"] = entry.prepared_on.isoformat()
        summary["matches_share_log"] = result.sha256_unencrypted == entry.sha256_unencrypted
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    print(f"Saved as {result.path}: {result.page_count} pages, {result.size / 1_000_000:.1f} MB.")
    print(f"It matches the packet shared on {shared_on}, page for page.")
    print(f"SHA-256: {result.sha256_file}")
    if password is not None and args.generate_password:
        print_generated_password(password)
    return 0

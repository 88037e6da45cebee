"""What the commands that save a packet (``export``, ``remake``) share: the password options
(``--password-file F`` or ``--generate-password``, with the note about readers that refuse
long passwords) and opening the vault while the PDF libraries load.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organizer.commands.common import open_vault, read_secret_file, warming_up
from organizer.core.errors import UserError
from organizer.core.vault import Vault

if TYPE_CHECKING:  # the packet machinery loads only when a command needs it
    from organizer.core.packet.options import PacketResult


def add_password_options(parser: argparse.ArgumentParser) -> None:
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-file",
        type=Path,
        metavar="F",
        help="protect the packet with the password in file F",
    )
    secret.add_argument(
        "--generate-password",
        action="store_true",
        help="protect the packet with a new passphrase of common words",
    )


def chosen_password(args: argparse.Namespace) -> tuple[str | None, list[str]]:
    """The packet's password (None: no password) and notes for the user about it."""
    # The word list loads only when a password is wanted: cli.py imports every command module.
    from organizer.core.packet.passphrase import (
        READER_SAFE_LENGTH,
        generate_passphrase,
        reader_safe,
    )

    if args.generate_password:
        return generate_passphrase(), []
    if args.password_file is None:
        return None, []
    password = read_secret_file(args.password_file)
    if not password:
        raise UserError(f"The password file {args.password_file} is empty.")
    if reader_safe(password):
        return password, []
    return password, [
        f"The password is longer than {READER_SAFE_LENGTH} characters: some PDF readers "
        "(Evince, Okular and others built on poppler) will refuse it."
    ]


def print_generated_password(password: str) -> None:
    print()
    print("Password for the packet (tell it to the office by phone; never send it in the")
    print("same email as the packet):")
    print()
    print(f"    {password}")


def open_vault_loading_pdf_libraries(args: argparse.Namespace) -> Vault:
    """Open the vault while pikepdf, reportlab, img2pdf and the fonts load in a second thread
    (Argon2id checks the passphrase without holding the GIL meanwhile)."""
    with warming_up("organizer.core.packet.export", then=_load_fonts_and_codecs):
        return open_vault(args)


def _load_fonts_and_codecs() -> None:
    from PIL import Image

    from organizer.core.packet.fonts import ensure_fonts

    ensure_fonts()  # reading the bundled fonts takes 20-50 ms
    Image.preinit()  # Pillow's common image formats, otherwise loaded by the first scan


def packet_summary(
    result: PacketResult, share_log_id: str, notes: list[str], generated_password: str | None
) -> dict[str, Any]:
    """What ``--json`` prints about a saved packet; the command adds its own fields."""
    summary: dict[str, Any] = {
        "path": result.path,
        "pages": result.page_count,
        "size": result.size,
        "sha256": result.sha256_file,
        "sha256_unencrypted": result.sha256_unencrypted,
        "password_set": result.password_set,
        "share_log_id": share_log_id,
        "documents": [
            {"id": d.document_id, "title": d.title, "pages": d.pages} for d in result.documents
        ],
        "notes": notes,
    }
    if generated_password is not None:
        summary["generated_password"] = generated_password
    return summary

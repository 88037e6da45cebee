"""``second-opinion demo VAULT``: a new vault holding the fictional demo case."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from organizer.commands.common import (
    PASSPHRASE_ENV,
    add_passphrase_option,
    add_vault_argument,
    get_new_passphrase,
)
from organizer.commands.vault_cmds import show_recovery_code
from organizer.core.errors import UserError
from organizer.core.vault import calibrate


def register(subparsers: Any) -> None:
    help_text = (
        "create a new vault holding a fictional demo case (documents in every section, "
        "medicines, questions, a records request, an appointment and two opinions)"
    )
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo", help=help_text, description=help_text
    )
    add_vault_argument(parser)
    add_passphrase_option(parser)
    parser.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    folder: Path = args.vault
    # Refuse a used folder before asking for a passphrase and spending time on the KDF.
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError(f"The folder {folder} already has files in it. Choose a new folder.")
    passphrase = get_new_passphrase(args.passphrase_file, PASSPHRASE_ENV, "--passphrase-file")
    print("Setting up the passphrase protection for this computer...", file=sys.stderr)
    from organizer.core.demo import create_demo_vault  # heavy: only when making a demo

    params = calibrate()
    print("Making the fictional demo documents and importing them...", file=sys.stderr)
    vault, code = create_demo_vault(args.vault, passphrase, params)
    with vault:
        count = len(vault.content.active_documents())
        print(
            f"Created a demo vault in {vault.path} with {count} fictional documents.",
            file=sys.stderr,
        )
        show_recovery_code(code)
    return 0

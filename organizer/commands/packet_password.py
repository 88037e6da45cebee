"""The password options of a command that saves a packet: ``--password-file F`` or
``--generate-password``, with the note about readers that refuse long passwords.

``remake`` uses these; ``export`` still has its own copy of the same rules in packet_cmds.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from organizer.commands.common import read_secret_file
from organizer.core.errors import UserError


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

"""``second-opinion demo VAULT``: a new vault holding the fictional demo case."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from organizer.commands.common import prepare_new_vault, vault_command
from organizer.commands.vault_cmds import show_recovery_code


def register(subparsers: Any) -> None:
    help_text = (
        "create a new vault holding a fictional demo case (documents in every section, "
        "medicines, questions, a records request, an appointment and two opinions)"
    )
    vault_command(subparsers, "demo", cmd_demo, help_text, description=help_text)


def cmd_demo(args: argparse.Namespace) -> int:
    passphrase, params = prepare_new_vault(args)
    from organizer.core.demo import create_demo_vault  # heavy: only when making a demo

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

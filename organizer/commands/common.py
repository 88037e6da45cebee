"""Helpers every command area shares: the vault argument, getting a passphrase, opening a vault.

A passphrase comes from ``--passphrase-file FILE``, then the environment variable
``SECOND_OPINION_PASSPHRASE``, then a prompt, but only when there is a terminal to ask on:
a script with none gets exit 1 and the name of the option to use, never a hanging prompt.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from organizer.core.errors import UserError
from organizer.core.model import Document, DocumentNotFound
from organizer.core.vault import (
    KdfParams,
    Keychain,
    KeychainUnavailable,
    NotRemembered,
    Vault,
    calibrate,
)

PASSPHRASE_ENV = "SECOND_OPINION_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SECOND_OPINION_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "SECOND_OPINION_RECOVERY_CODE"


def add_vault_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vault", type=Path, metavar="VAULT", help="the vault's folder")


def vault_command(
    subparsers: Any,
    name: str,
    handler: Callable[[argparse.Namespace], int],
    help_text: str,
    *,
    description: str | None = None,
    passphrase: bool = True,
) -> argparse.ArgumentParser:
    """A subcommand acting on a vault: the VAULT argument and (unless not wanted) the
    passphrase option come first; the caller adds the rest."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=description
    )
    add_vault_argument(parser)
    if passphrase:
        add_passphrase_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def parse_date(text: str) -> date:
    """The ``type=`` of every date option: one message for a date that is not year-month-day."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it year-month-day, like 2026-12-31"
        ) from None


def parse_datetime(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date and time like 2026-12-31T10:30"
        ) from None


def print_list(lines: Iterable[str], empty: str) -> None:
    """Print one line an item, or ``empty`` when there are none."""
    printed = False
    for line in lines:
        print(line)
        printed = True
    if not printed:
        print(empty)


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the passphrase from FILE (or set {PASSPHRASE_ENV}); "
        "without either it is asked for",
    )


def add_new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the new passphrase from FILE (or set {NEW_PASSPHRASE_ENV})",
    )


def has_terminal() -> bool:
    """True when a person can be asked (stdin is a terminal). Tests replace this."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def read_secret_file(path: Path) -> str:
    """A passphrase or code kept in a file: its text without the final line break."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UserError(f"The file {path} does not exist.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"The file {path} could not be read as text.") from exc
    return text.removesuffix("\n").removesuffix("\r")


def _no_terminal(what: str, option: str, env: str) -> UserError:
    return UserError(
        f"No {what} was given and there is no terminal to ask for it. "
        f"Use {option} FILE or set {env}."
    )


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or the environment, if one was given."""
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        return read_secret_file(file)
    return os.environ.get(PASSPHRASE_ENV) or None


def get_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    passphrase = given_passphrase(args)
    if passphrase is not None:
        return passphrase
    if has_terminal():
        return getpass.getpass(prompt)
    raise _no_terminal("passphrase", "--passphrase-file", PASSPHRASE_ENV)


def get_new_passphrase(file: Path | None, env: str, option: str) -> str:
    """A passphrase being chosen: from FILE or env, else typed twice at a terminal."""
    if file is not None:
        return read_secret_file(file)
    if os.environ.get(env):
        return os.environ[env]
    if not has_terminal():
        raise _no_terminal("new passphrase", option, env)
    first = getpass.getpass("New passphrase: ")
    second = getpass.getpass("The same passphrase again: ")
    if first != second:
        raise UserError("The two passphrases are not the same. Nothing was changed.")
    return first


def get_chosen_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase of ``passwd`` and ``recover`` (--new-passphrase-file, env, prompt)."""
    return get_new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV, "--new-passphrase-file")


def prepare_new_vault(args: argparse.Namespace) -> tuple[str, KdfParams]:
    """For a command making a new vault in ``args.vault``: its passphrase and KDF settings.

    A folder with files in it is refused before the passphrase is asked for and time is spent
    measuring this computer for the KDF.
    """
    folder: Path = args.vault
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError(f"The folder {folder} already has files in it. Choose a new folder.")
    passphrase = get_new_passphrase(args.passphrase_file, PASSPHRASE_ENV, "--passphrase-file")
    print("Setting up the passphrase protection for this computer...", file=sys.stderr)
    return passphrase, calibrate()


def get_recovery_code(args: argparse.Namespace) -> str:
    file: Path | None = getattr(args, "recovery_code_file", None)
    if file is not None:
        return read_secret_file(file)
    if os.environ.get(RECOVERY_CODE_ENV):
        return os.environ[RECOVERY_CODE_ENV]
    if has_terminal():
        return getpass.getpass("Recovery code (the groups you wrote down): ")
    raise _no_terminal("recovery code", "--recovery-code-file", RECOVERY_CODE_ENV)


def open_vault(args: argparse.Namespace, *, allow_keychain: bool = True) -> Vault:
    """Open ``args.vault``: with a given passphrase; else through the keychain if this
    computer remembers it (and ``allow_keychain``); else by asking. Warnings go to stderr."""
    path: Path = args.vault
    passphrase = given_passphrase(args)
    vault: Vault | None = None
    if passphrase is None and allow_keychain:
        vault = _open_remembered(path)
    if vault is None:
        vault = Vault.open(path, passphrase if passphrase is not None else get_passphrase(args))
    print_warnings(vault)
    return vault


@contextmanager
def warming_up(*modules: str, then: Callable[[], object] | None = None) -> Iterator[None]:
    """Import ``modules`` (then call ``then``) in a background thread during the block.

    Meant for unlocking a vault: Argon2id runs in native code without holding the GIL for
    0.5-1 s, so a second core can load the libraries the command needs meanwhile. A failure
    here is ignored: the command imports the same modules again and reports it properly.
    """

    def work() -> None:
        try:
            for name in modules:
                importlib.import_module(name)
            if then is not None:
                then()
        except Exception:
            return

    thread = threading.Thread(target=work, name="warm-up", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()


def _open_remembered(path: Path) -> Vault | None:
    try:
        keychain = Keychain.system()
    except KeychainUnavailable:
        return None
    try:
        return Vault.open(path, keychain=keychain)
    except (NotRemembered, KeychainUnavailable):
        return None


def print_warnings(vault: Vault) -> None:
    for warning in vault.warnings:
        print(f"second-opinion: warning: {warning}", file=sys.stderr)


def find_document(vault: Vault, id_or_prefix: str) -> Document:
    try:
        return vault.content.document(id_or_prefix)
    except DocumentNotFound:
        raise UserError(
            f'No document "{id_or_prefix}" in this vault (ids of 4 or more characters '
            "work; the list command shows them)."
        ) from None

"""``second-opinion add``: scans and PDFs into the vault, each added or refused with a reason."""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from organizer.commands import common
from organizer.commands.common import (
    add_passphrase_option,
    add_vault_argument,
    open_vault,
    parse_date,
    read_secret_file,
)
from organizer.core.errors import UserError
from organizer.core.ingest.names import display_name
from organizer.core.ingest.options import MAX_PASSWORD_TRIES, ImportOptions
from organizer.core.ingest.summary import ImportSummary
from organizer.core.model.sections import Section
from organizer.core.progress import CancelToken

PDF_PASSWORD_OPTION = "--pdf-password-file"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "add",
        help="add scans and PDFs (files or folders) to the vault",
        description="Add scans and PDFs to the vault. Folders are added with everything in "
        "them. Each file is added whole or not at all; a file already in the vault is not "
        "added twice. Exit 0 when every file was added or already there, 1 when any was "
        "refused (the others are still added).",
    )
    add_vault_argument(parser)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files or folders")
    parser.add_argument(
        "--section",
        choices=[s.value for s in Section],
        help="file them under this section (otherwise a section is suggested)",
    )
    parser.add_argument("--title", help="title for the new document(s)")
    parser.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="date of service")
    parser.add_argument(
        "--as-one",
        action="store_true",
        help="make all the files ONE document (pages of one report, front and back)",
    )
    parser.add_argument(
        PDF_PASSWORD_OPTION,
        type=Path,
        metavar="FILE",
        help="passwords for protected PDFs, one per line (each is tried, up to "
        f"{MAX_PASSWORD_TRIES}); without it you are asked at a terminal",
    )
    add_passphrase_option(parser)
    parser.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    from organizer.core.ingest.importer import import_files  # heavy: only when adding

    # Pillow warns about damage it works around (odd TIFF tags, huge pictures); the summary
    # already says what was refused and why, so those lines would only alarm.
    warnings.filterwarnings("ignore", module=r"PIL\.")
    options = ImportOptions(
        section=Section(args.section) if args.section else None,
        title=args.title,
        date=args.date,
        as_one=args.as_one,
        pdf_password=_password_source(args.pdf_password_file),
    )
    cancel = CancelToken()
    with open_vault(args) as vault, _cancel_on_interrupt(cancel):
        summary = import_files(vault, args.files, options, _progress_printer(), cancel)
    _print_summary(summary)
    nothing = not (summary.added or summary.duplicates or summary.refused or summary.not_started)
    return 0 if summary.all_in and not nothing else 1


def _password_source(file: Path | None) -> Callable[[Path], str | None] | None:
    if file is not None:
        passwords = [p for p in read_secret_file(file).splitlines() if p]
        if not passwords:
            raise UserError(f"The file {file} holds no password.")
        tries: dict[Path, Iterator[str]] = {}

        def from_file(path: Path) -> str | None:
            return next(tries.setdefault(path, iter(passwords)), None)

        return from_file
    if not common.has_terminal():
        return None  # never prompt without a terminal: the PDF is refused, naming the option

    def ask(path: Path) -> str | None:
        answer = getpass.getpass(f'Password for the PDF "{_safe(path)}" (Enter to skip): ')
        return answer or None

    return ask


@contextmanager
def _cancel_on_interrupt(cancel: CancelToken) -> Iterator[None]:
    """Ctrl+C stops between files, keeping those done; a second Ctrl+C stops at once."""

    def on_interrupt(_signum: int, _frame: FrameType | None) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        print("\nStopping after the files being checked now...", file=sys.stderr)
        cancel.cancel()

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread: leave Ctrl+C alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _progress_printer() -> Callable[[int, int, str], None]:
    if not sys.stderr.isatty():
        return lambda done, total, what: None

    def show(done: int, total: int, what: str) -> None:
        end = "\n" if done == total else ""
        print(f"\rChecked {done} of {total} files{' ' * 10}", end=end, file=sys.stderr)

    return show


def _print_summary(summary: ImportSummary) -> None:
    if summary.added:
        documents = summary.document_ids
        print(f"Added {len(summary.added)} file(s) as {len(documents)} document(s):")
        for added in summary.added:
            print(f'  {added.name}: "{added.title}" (id {added.document_id[:8]})')
            for note in added.notes:
                print(f"      note: {note}")
    if summary.duplicates:
        print("Already in the vault (not added again):")
        for dup in summary.duplicates:
            where = (
                " (in the trash: restore it with `second-opinion restore`)" if dup.in_trash else ""
            )
            print(f'  {dup.name}: same as "{dup.existing_title}" (id {dup.existing_id[:8]}){where}')
    if summary.refused:
        print(f"Not added ({len(summary.refused)}):")
        for refused in summary.refused:
            reason = refused.reason
            if refused.needs_password and "does not open" not in reason:
                reason = (
                    "This PDF is protected by a password. Give it with "
                    f"{PDF_PASSWORD_OPTION} FILE (a file holding the password)."
                )
            print(f"  {refused.name}: {reason}")
    if summary.stopped_by:
        print(f"Stopped: {summary.stopped_by}")
    if summary.not_started:
        print(f"Stopped before {len(summary.not_started)} file(s); they were not added:")
        for path in summary.not_started:
            print(f"  {_safe(path)}")
    if not (summary.added or summary.duplicates or summary.refused or summary.not_started):
        print("No files were found to add (hidden and system files in folders are skipped).")


def _safe(path: Path) -> str:
    return display_name(path).text

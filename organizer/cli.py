"""The ``second-opinion`` command: headless subcommands for every core job, or the app.

Each area registers its subcommands from a module in ``organizer.commands``; this file only
builds the parser, runs the chosen command and turns expected errors into one clear line.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence
from typing import NoReturn

from organizer import APP_NAME, __version__, commands
from organizer.commands.common import loading_libraries
from organizer.core.errors import OrganizerError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="second-opinion",
        description=f"{APP_NAME}: keep medical records in an encrypted vault and export "
        "one PDF packet for a second opinion. With no command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a temporary vault holding a fictional demo case",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Every module in organizer.commands with a ``register(subparsers)`` adds its commands.
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"organizer.commands.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or the app) and return its exit code; callable again and again."""
    try:
        return _main(argv)
    finally:
        gc.unfreeze()  # what was loaded is collectable again (a test calls main many times)


def run() -> NoReturn:
    """The ``second-opinion`` program: one command, then the process ends.

    What the command loaded stays frozen, and so is what it left: the interpreter's clean-up
    collections at exit then skip them instead of walking every object of the libraries
    (about 50 ms after an export). Objects are still freed; only collecting cycles is skipped,
    and the process is ending.
    """
    code = _main(None)
    gc.freeze()
    sys.exit(code)


def _main(argv: Sequence[str] | None) -> int:
    with loading_libraries():
        parser = build_parser()
        args = parser.parse_args(argv)
    if args.command is None:
        return _run_app(demo=args.demo)
    return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    try:
        result: int = args.handler(args)
        return result
    except OrganizerError as exc:
        print(f"second-opinion: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("second-opinion: stopped.", file=sys.stderr)
        return 1


def _run_app(*, demo: bool) -> int:
    try:
        from organizer.gui.app import run_app
    except ImportError as exc:  # the GUI is optional for headless use
        print(f"second-opinion: the app cannot start here ({exc}).", file=sys.stderr)
        return 1
    code: int = run_app(demo=demo)
    return code


if __name__ == "__main__":
    run()

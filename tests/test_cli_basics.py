from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from organizer import __version__


def test_version_is_printed_by_the_installed_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "organizer.cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == f"Second Opinion Organizer {__version__}"


def test_unknown_command_is_a_usage_error() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "organizer.cli", "no-such-command"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


def test_version_is_written_once_and_the_installed_package_agrees() -> None:
    import tomllib
    from importlib.metadata import version
    from pathlib import Path

    pyproject = tomllib.loads(
        (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    )
    assert "version" not in pyproject["project"]  # taken from organizer/__init__.py
    assert pyproject["project"]["dynamic"] == ["version"]
    assert version("second-opinion-organizer") == __version__


def test_a_command_leaves_nothing_frozen_and_the_collector_as_it_was(tmp_path: Path) -> None:
    """main() freezes what it loads while a command runs; a process that calls it again and
    again (the tests, a script) must get every object back for collection afterwards."""
    import gc

    from organizer.cli import main

    missing = str(tmp_path / "missing")
    out = str(tmp_path / "p.pdf")
    assert gc.get_freeze_count() == 0
    # A usage error, a command that fails, and one that loads libraries while unlocking.
    for argv in (["no-such-command"], ["list", missing], ["export", missing, out]):
        try:
            assert main(argv) == 1
        except SystemExit as exc:
            assert exc.code == 2
        assert gc.get_freeze_count() == 0
        assert gc.isenabled()
    gc.disable()
    try:
        assert main(["list", missing]) == 1
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()

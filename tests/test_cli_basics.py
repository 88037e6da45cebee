from __future__ import annotations

import subprocess
import sys

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

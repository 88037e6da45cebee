"""Every command's date option refuses a bad date with the same plain message (exit 2)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from organizer.cli import main

BAD = "29/11/2026"
MESSAGE = f"'{BAD}' is not a date; write it year-month-day, like 2026-12-31"


def _refusal(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """What argparse said about the option, without the command's and the option's names."""
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    match = re.fullmatch(r"second-opinion \S+: error: argument --\S+: (.*)", last)
    assert match, last
    return match.group(1)


def test_export_add_and_planning_dates_say_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The date is refused before the vault is opened, so no vault is needed here.
    vault = str(tmp_path / "vault")
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"not read")
    packet = tmp_path / "p.pdf"
    said = {
        "export": _refusal(["export", vault, str(packet), "--date", BAD], capsys),
        "add": _refusal(["add", vault, str(scan), "--date", BAD], capsys),
        "request": _refusal(["request", vault, "--add", "--asked", BAD], capsys),
        "opinion": _refusal(["opinion", vault, "--provider", "Dr Sample", "--date", BAD], capsys),
    }
    assert said == dict.fromkeys(said, MESSAGE)
    assert not packet.exists() and not (tmp_path / "vault").exists()

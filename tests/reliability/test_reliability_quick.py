"""The reliability suite (issue 7) at reduced counts: every goal must be met.

Runs ``python -m benchmarks.reliability --quick`` exactly as a person would, writing its
reports to a temporary folder (docs/reliability.* hold the full run's figures and only the full
command writes them), and fails naming each missed goal with its examples.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_tool

REPO = Path(__file__).resolve().parents[2]
FAMILIES = {
    "Damage",
    "Crashes",
    "Full disk and vanished destination",
    "Hostile input",
    "Leaks",
    "Packets",
    "Keychain",
}


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


@pytest.mark.slow
def test_quick_reliability_run_meets_every_goal(tmp_path: Path) -> None:
    for tool in ("qpdf", "pdfinfo", "pdftotext", "dbus-run-session", "gnome-keyring-daemon"):
        require_tool(tool)
    docs = [REPO / "docs" / "reliability.md", REPO / "docs" / "reliability.json"]
    before = [_digest(p) for p in docs]
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.reliability", "--quick", "--out", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert [_digest(p) for p in docs] == before, "the quick run must not touch docs/"
    report = json.loads((tmp_path / "reliability.json").read_text())
    missed = {
        f"{t['family']} / {t['name']}": {
            "tried": t["tried"],
            "failures": {k: v for k, v in t["failures"].items() if v},
            "examples": t["examples"],
        }
        for t in report["tests"]
        if not t["goal_met"]
    }
    assert missed == {}, json.dumps(missed, indent=1)
    assert done.returncode == 0, done.stderr[-2000:]
    assert report["goals_met"] and report["quick"]
    assert {t["family"] for t in report["tests"]} == FAMILIES
    assert all(t["tried"] > 0 for t in report["tests"])
    markdown = (tmp_path / "reliability.md").read_text()
    assert report["commit"] in markdown and "--quick" in markdown

"""The Linux desktop entry, AppStream metainfo and icons: valid, and naming the one app id."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from organizer import APP_ID, APP_NAME, __version__
from tests.conftest import require_tool
from tests.packaging.helpers import (
    DESKTOP,
    HICOLOR,
    METAINFO,
    ROOT,
    desktop_entry,
    load_script,
    metainfo_root,
    script_name,
)

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def run_appstream_validate(path: Path) -> subprocess.CompletedProcess[str]:
    tool = require_tool("appstreamcli")
    return subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = require_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    # desktop-file-validate prints hints as well as errors; any output is a finding.
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run_appstream_validate(METAINFO)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    # No warnings or errors either (infos and pedantic hints are allowed).
    findings = [line for line in report.splitlines() if line.startswith(("W:", "E:"))]
    assert findings == [], report


def test_metainfo_release_is_the_package_version() -> None:
    newest = metainfo_root().find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__
    assert dt.date.fromisoformat(newest.get("date", "")) <= dt.date.today()


def test_desktop_entry_runs_the_installed_command_with_the_app_icon() -> None:
    entry = desktop_entry()["Desktop Entry"]
    assert DESKTOP.name == f"{APP_ID}.desktop"
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == script_name()
    assert entry["Terminal"] == "false"
    # The demo action opens the fictional case, so a newcomer can look around safely.
    assert desktop_entry()["Desktop Action demo"]["Exec"] == f"{script_name()} --demo"


def test_metainfo_names_the_app_id_desktop_file_and_command() -> None:
    root = metainfo_root()
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == script_name()
    assert root.find("content_rating[@type='oars-1.1']") is not None
    # Nothing in the app goes online: software centres must not claim otherwise.
    assert root.find("content_rating/content_attribute") is None


def test_metainfo_screenshots_are_rendered_in_the_repository() -> None:
    images = [el.text or "" for el in metainfo_root().iterfind("screenshots/screenshot/image")]
    assert images, "software centres need at least one screenshot"
    marker = "/main/"
    relative = [url.split(marker, 1)[1] for url in images]
    assert all(path.startswith("docs/screenshots/") for path in relative)
    if not (ROOT / "docs" / "screenshots").is_dir():
        pytest.skip("docs/screenshots/ is rendered by the GUI's screenshot script (not here yet)")
    missing = [path for path in relative if not (ROOT / path).is_file()]
    assert missing == [], f"metainfo points at screenshots that do not exist: {missing}"


def test_icon_svg_and_every_png_size_exist_and_show_something() -> None:
    svg = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in ICON_SIZES:
        with Image.open(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as png:
            assert png.format == "PNG"
            assert png.size == (size, size)
            alpha = png.convert("RGBA").getchannel("A")
            lo, hi = alpha.getextrema()
            assert lo == 0 and hi == 255, f"{size}px icon: needs transparent edges and a body"


def test_set_version_adds_a_valid_release_for_a_new_version(tmp_path: Path) -> None:
    set_version = load_script("packaging/set_version.py")
    assert set_version.APP_ID == APP_ID
    assert set_version.project_version() == __version__
    copy = tmp_path / METAINFO.name
    shutil.copy(METAINFO, copy)

    assert set_version.add_release("99.1.0", dt.date(2030, 1, 2), copy) is True
    assert set_version.newest_release(copy) == "99.1.0"
    assert set_version.add_release("99.1.0", dt.date(2030, 1, 3), copy) is False  # idempotent
    releases = [r.get("version") for r in metainfo_root(copy).iterfind("releases/release")]
    assert releases == ["99.1.0", __version__]
    result = run_appstream_validate(copy)
    assert result.returncode == 0, result.stdout + result.stderr


def test_set_version_check_fails_when_the_metainfo_is_behind(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_version = load_script("packaging/set_version.py")
    assert set_version.main(["--check"]) == 0
    monkeypatch.setattr(set_version, "project_version", lambda: "99.2.0")
    assert set_version.main(["--check"]) == 1
    assert "99.2.0" in capsys.readouterr().err

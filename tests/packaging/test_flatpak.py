"""The Flatpak manifest: the app id, the sandbox holes it asks for, and offline wheel sources."""

from __future__ import annotations

import json
import re
from pathlib import Path

from organizer import APP_ID
from tests.packaging.helpers import ROOT, load_script, script_name

FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.yml"


def top_level_value(key: str) -> str:
    match = re.search(rf"^{key}: *(.+)$", MANIFEST.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"manifest has no {key}"
    return match[1].strip().strip("'\"")


def finish_args() -> list[str]:
    """The list under ``finish-args:`` (comments skipped)."""
    lines = MANIFEST.read_text(encoding="utf-8").split("\nfinish-args:\n", 1)[1].splitlines()
    args = []
    for line in lines:
        if not line.startswith(" "):
            break
        item = line.strip()
        if item.startswith("- "):
            args.append(item[2:])
    return args


def test_manifest_names_the_app_and_its_command() -> None:
    assert top_level_value("id") == APP_ID
    assert top_level_value("command") == script_name()
    text = MANIFEST.read_text(encoding="utf-8")
    assert f"../linux/{APP_ID}.desktop" in text
    assert f"../linux/{APP_ID}.metainfo.xml" in text
    assert "- python3-deps.json" in text


def test_sandbox_has_no_network_and_only_the_holes_the_app_needs() -> None:
    args = finish_args()
    assert not [a for a in args if "network" in a], "the app never goes online"
    assert "--filesystem=host" not in args and "--filesystem=home" not in args
    for needed in (
        "--socket=wayland",
        "--socket=fallback-x11",
        "--share=ipc",
        "--filesystem=/run/media",
        "--filesystem=/media",
        "--system-talk-name=org.freedesktop.UDisks2",
        "--system-talk-name=org.freedesktop.login1",
        "--talk-name=org.freedesktop.ScreenSaver",
        "--talk-name=org.freedesktop.secrets",
    ):
        assert needed in args
    assert "--socket=x11" not in args  # X11 only as the fallback
    assert len(args) == len(set(args))


def test_wheel_sources_match_uv_lock() -> None:
    pip_sources = load_script("packaging/flatpak/pip_sources.py")
    assert pip_sources.main(["--check"]) == 0, "run: uv run python packaging/flatpak/pip_sources.py"


def test_every_runtime_dependency_has_a_pinned_wheel_per_architecture() -> None:
    module = json.loads((FLATPAK / "python3-deps.json").read_text(encoding="utf-8"))
    names: dict[str, set[str]] = {}
    for source in module["sources"]:
        assert source["type"] == "file"
        assert source["url"].startswith("https://") and source["url"].endswith(".whl")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        project = Path(source["url"]).name.split("-")[0].lower().replace("_", "-")
        names.setdefault(project, set()).update(source.get("only-arches", ["x86_64", "aarch64"]))
    for project in (
        "pyside6-essentials",
        "pyside6-pdf",
        "shiboken6",
        "cryptography",
        "pikepdf",
        "pillow",
        "pillow-heif",
        "reportlab",
        "keyring",
        "secretstorage",
    ):
        assert names.get(project) == {"x86_64", "aarch64"}, project
    # Nothing from the development tools rides along.
    assert not names.keys() & {"pytest", "mypy", "ruff", "pyinstaller", "keyrings-alt"}

"""Paths and loaders shared by the packaging tests."""

from __future__ import annotations

import configparser
import importlib.util
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from organizer import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def script_name() -> str:
    """The command pyproject installs (``[project.scripts]``): what Exec must run."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        scripts: dict[str, str] = tomllib.load(f)["project"]["scripts"]
    (name,) = scripts  # exactly one command
    return name


def desktop_entry(path: Path = DESKTOP) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


def metainfo_root(path: Path = METAINFO) -> ET.Element:
    return ET.parse(path).getroot()


def load_script(relative: str) -> ModuleType:
    """Import a packaging script by path (the repo's packaging/ folder is not a package)."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

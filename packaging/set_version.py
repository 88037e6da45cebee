"""The app's version, single-sourced from organizer/__init__.py, for the packaging files.

    python packaging/set_version.py           # add a <release> for this version to the metainfo
    python packaging/set_version.py --check   # exit 1 if the metainfo's newest release differs
    python packaging/set_version.py --print   # print the version (for ISCC /DAppVersion=..., etc.)

The PyInstaller spec fills the macOS Info.plist from the package metadata itself; the Windows
installer gets the number from --print (see docs/packaging.md). Only the metainfo keeps the
number in the file, because software centres read their release history from it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # runs with any Python 3.11+, installed or not

from organizer import APP_ID  # noqa: E402

METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"


def project_version() -> str:
    """``__version__`` from organizer/__init__.py, read as text (pyproject takes it from there)."""
    text = (ROOT / "organizer" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("organizer/__init__.py has no __version__ line")
    return found.group(1)


def newest_release(metainfo: Path = METAINFO) -> str | None:
    release = ET.parse(metainfo).getroot().find("releases/release")
    return None if release is None else release.get("version")


def add_release(version: str, date: dt.date, metainfo: Path = METAINFO) -> bool:
    """Put a release entry for ``version`` first in <releases>; False if it is there already."""
    if newest_release(metainfo) == version:
        return False
    text = metainfo.read_text(encoding="utf-8")
    match = re.search(r"^(?P<indent>[ \t]*)<releases>\n", text, flags=re.MULTILINE)
    if match is None:
        raise SystemExit(f"{metainfo.name}: no <releases> element to add to")
    inner = match["indent"] + "  "
    entry = (
        f'{inner}<release version="{version}" date="{date.isoformat()}">\n'
        f"{inner}  <description>\n{inner}    <p>TODO: what changed, in plain words.</p>\n"
        f"{inner}  </description>\n{inner}</release>\n"
    )
    metainfo.write_text(text[: match.end()] + entry + text[match.end() :], encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Keep packaging files at pyproject's version.")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--print", action="store_true", help="print the version and exit")
    mode.add_argument("--check", action="store_true", help="fail if the metainfo is behind")
    args = parser.parse_args(argv)
    version = project_version()
    if args.print:
        print(version)
        return 0
    if args.check:
        newest = newest_release()
        if newest != version:
            print(
                f"metainfo's newest release is {newest}, pyproject says {version}: "
                "run packaging/set_version.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if add_release(version, dt.date.today()):
        print(f"added release {version} to {METAINFO.relative_to(ROOT)}: describe it there")
    else:
        print(f"{METAINFO.relative_to(ROOT)} already lists {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

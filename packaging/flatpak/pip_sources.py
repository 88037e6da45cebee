"""Write the Flatpak module that installs the app's Python dependencies from wheels.

    uv run python packaging/flatpak/pip_sources.py          # rewrite python3-deps.json
    uv run python packaging/flatpak/pip_sources.py --check  # exit 1 if it is out of date

flatpak-builder has no network while it builds, so every wheel is a source with its URL and
sha256. Both come from uv.lock (the versions CI tests), for the runtime's Python and for
x86_64 and aarch64; nothing is looked up online. Run it after `uv lock` changes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from packaging.markers import Marker
from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUTPUT = HERE / "python3-deps.json"
PROJECT = "second-opinion-organizer"
RUNTIME_PYTHON = (3, 13)  # the Python of org.freedesktop.Platform 25.08 (the manifest's runtime)
ARCHES = {"x86_64": "x86_64", "aarch64": "aarch64"}
GLIBC_MINOR_MAX = 40  # the runtime's glibc is 2.40 or newer


def supported_tags(arch: str) -> list[Tag]:
    platforms = [f"manylinux_2_{minor}_{arch}" for minor in range(GLIBC_MINOR_MAX, 16, -1)]
    platforms += [f"manylinux2014_{arch}", f"linux_{arch}"]
    tags = list(cpython_tags(RUNTIME_PYTHON, platforms=platforms))
    tags += list(compatible_tags(RUNTIME_PYTHON, "cp313", platforms=platforms))
    return tags


def marker_env(arch: str) -> dict[str, str]:
    return {
        "implementation_name": "cpython",
        "os_name": "posix",
        "platform_machine": arch,
        "platform_python_implementation": "CPython",
        "platform_system": "Linux",
        "python_full_version": ".".join(map(str, RUNTIME_PYTHON)) + ".0",
        "python_version": ".".join(map(str, RUNTIME_PYTHON)),
        "sys_platform": "linux",
        "extra": "",
    }


def runtime_packages(lock: dict[str, Any], arch: str) -> list[dict[str, Any]]:
    """The locked packages the app needs at run time on ``arch`` (no dev or build groups)."""
    by_name = {canonicalize_name(p["name"]): p for p in lock["package"]}
    wanted: dict[str, dict[str, Any]] = {}
    queue = [canonicalize_name(PROJECT)]
    while queue:
        package = by_name[queue.pop()]
        for dep in package.get("dependencies", []):
            marker = dep.get("marker")
            if marker and not Marker(marker).evaluate(marker_env(arch)):
                continue
            name = canonicalize_name(dep["name"])
            if name not in wanted:
                wanted[name] = by_name[name]
                queue.append(name)
    return [wanted[name] for name in sorted(wanted)]


def best_wheel(package: dict[str, Any], arch: str) -> dict[str, Any]:
    ranking = {tag: rank for rank, tag in enumerate(supported_tags(arch))}
    best: tuple[int, dict[str, Any]] | None = None
    for wheel in package.get("wheels", []):
        _name, _version, _build, tags = parse_wheel_filename(wheel["url"].rsplit("/", 1)[1])
        rank = min((ranking[t] for t in tags if t in ranking), default=None)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, wheel)
    if best is None:
        raise SystemExit(
            f"uv.lock has no wheel of {package['name']} for Python "
            f"{RUNTIME_PYTHON} on {arch}: the Flatpak cannot be built offline"
        )
    return best[1]


def build_module(lock: dict[str, Any]) -> dict[str, Any]:
    sources: dict[str, dict[str, Any]] = {}
    for arch in ARCHES:
        for package in runtime_packages(lock, arch):
            wheel = best_wheel(package, arch)
            source = sources.setdefault(
                wheel["url"],
                {
                    "type": "file",
                    "url": wheel["url"],
                    "sha256": wheel["hash"].removeprefix("sha256:"),
                    "only-arches": [],
                },
            )
            source["only-arches"].append(ARCHES[arch])
    for source in sources.values():
        if len(source["only-arches"]) == len(ARCHES):
            del source["only-arches"]  # a pure-Python wheel serves every architecture
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --no-index --no-deps --no-build-isolation --prefix=${FLATPAK_DEST}"
            " --find-links=. *.whl"
        ],
        "sources": sorted(sources.values(), key=lambda s: s["url"].rsplit("/", 1)[1]),
    }


def render() -> str:
    with (ROOT / "uv.lock").open("rb") as f:
        lock = tomllib.load(f)
    return json.dumps(build_module(lock), indent=4) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Flatpak wheel sources from uv.lock.")
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(
                f"{OUTPUT.name} is out of date: run packaging/flatpak/pip_sources.py",
                file=sys.stderr,
            )
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Find files bundled with the app (fonts, word lists), from a source tree or an installed wheel.

In the source tree they live in ``<repo>/resources``; the wheel force-includes that folder as
``organizer/resources`` (see pyproject.toml), and a frozen app may point ``ORGANIZER_RESOURCES``
at its own copy.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../organizer


def resources_root() -> Path:
    """The folder holding the bundled resources."""
    override = os.environ.get("ORGANIZER_RESOURCES")
    candidates = [Path(override)] if override else []
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "the app's bundled files (fonts, word lists) are missing; please reinstall the app"
    )


def resource_path(*parts: str) -> Path:
    """Path of one bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(
            f"the bundled file {'/'.join(parts)} is missing; please reinstall the app"
        )
    return path

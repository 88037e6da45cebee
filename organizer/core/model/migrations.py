"""Versioned index schema and the steps that bring old indexes up to date.

Each step takes the JSON of version N and returns version N+1. Steps never drop data a
user entered. Tests load frozen fixtures of every past version through ``migrate``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 1

JsonDict = dict[str, Any]

# version N -> function producing version N+1
_STEPS: dict[int, Callable[[JsonDict], JsonDict]] = {}


class SchemaTooNew(ValueError):
    """The index was written by a newer version of the app."""


def migrate(data: JsonDict) -> JsonDict:
    version = data.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise ValueError("the index has no valid schema version")
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"this vault's contents were saved by a newer version of Second Opinion Organizer "
            f"(format {version}); please update the app"
        )
    while version < SCHEMA_VERSION:
        data = _STEPS[version](data)
        version += 1
        data["schema_version"] = version
    return data

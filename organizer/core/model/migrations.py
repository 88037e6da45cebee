"""Versioned index schema and the steps that bring old indexes up to date.

Each step takes the JSON of version N and returns version N+1. Steps never drop data a
user entered. Tests load frozen fixtures of every past version through ``migrate``.

Versions:
1. The first schema.
2. An empty ``included_pages`` means "no pages chosen" (the document stays out of packets);
   in version 1 it meant every page. The step writes every page out where it was empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 2

JsonDict = dict[str, Any]


class SchemaTooNew(ValueError):
    """The index was written by a newer version of the app."""


def _every_page_where_none_chosen(data: JsonDict) -> JsonDict:
    """1 -> 2: a document with no (or an empty) page choice had every page in version 1."""

    def fill(doc: JsonDict) -> None:
        if not doc.get("included_pages"):
            pages = sum(int(part.get("page_count", 0)) for part in doc.get("parts", []))
            doc["included_pages"] = list(range(pages))

    for doc in data.get("documents", []):
        fill(doc)
    # Share-log snapshots rebuild packets through the same model: they keep their meaning too.
    for entry in data.get("share_log", []):
        snapshot = entry.get("snapshot") or {}
        for doc in snapshot.get("documents", []):
            fill(doc)
    return data


# version N -> function producing version N+1
_STEPS: dict[int, Callable[[JsonDict], JsonDict]] = {1: _every_page_where_none_chosen}


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

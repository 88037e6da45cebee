"""File names as a person should see them: no hidden direction tricks, no garbage, not endless."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

MAX_DISPLAY_CHARS = 120
# Characters that reorder or hide text (RTL override, isolates, zero-width joiners...).
_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)


@dataclass(frozen=True)
class DisplayName:
    text: str
    notes: list[str] = field(default_factory=list)


def display_name(path: Path) -> DisplayName:
    """A safe name to show and store for ``path``'s last component, with notes on what changed."""
    raw = os.fsencode(path.name)
    notes: list[str] = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        notes.append(
            "The file name had characters this computer could not read; they show as \ufffd."
        )
    if any(ch in _BIDI_CONTROLS for ch in text):
        notes.append(
            "The file name contained hidden characters that change the reading direction "
            "(a trick to disguise a file's type); they were removed."
        )
    cleaned = "".join(ch for ch in text if _visible(ch))
    if cleaned != text and not any(ch in _BIDI_CONTROLS for ch in text):
        notes.append("The file name contained invisible control characters; they were removed.")
    cleaned = " ".join(cleaned.split()) or "unnamed file"
    if len(cleaned) > MAX_DISPLAY_CHARS:
        cleaned = _shorten(cleaned)
        notes.append("The file name was very long; it is shown shortened.")
    return DisplayName(cleaned, notes)


def _visible(ch: str) -> bool:
    if ch in _BIDI_CONTROLS:
        return False
    category = unicodedata.category(ch)
    # Cc: control characters; Cf: invisible format characters (zero-width, bidi...).
    return category not in ("Cc", "Cf")


def _shorten(name: str) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 8:
        return name[: MAX_DISPLAY_CHARS - 1] + "…"
    keep = MAX_DISPLAY_CHARS - len(ext) - 2
    return f"{stem[:keep]}….{ext}"

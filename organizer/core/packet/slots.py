"""One packet page before assembly: where its content comes from and what its band says."""

from __future__ import annotations

from dataclasses import dataclass

import pikepdf


@dataclass
class Slot:
    page: pikepdf.Page  # still in its own (source or generated) PDF
    rotate: int  # total clockwise rotation that shows the content upright
    band_source: str  # "CT report, 5 Mar 2026", "Contents"...
    generated: bool  # made by us with the band strip left empty: placed without scaling


def inherited_rotation(page: pikepdf.Page) -> int:
    """The page's /Rotate, looked up through its parents as PDF readers do."""
    node: pikepdf.Object | None = page.obj
    depth = 0
    while isinstance(node, pikepdf.Dictionary) and depth < 64:
        value = node.get("/Rotate")
        if value is not None:
            try:
                return normalise_rotation(int(value))
            except (TypeError, ValueError):
                return 0
        node = node.get("/Parent")
        depth += 1
    return 0


def normalise_rotation(degrees: int) -> int:
    """0, 90, 180 or 270 (the nearest quarter turn)."""
    return (round(degrees / 90) * 90) % 360


def shown_size(page: pikepdf.Page, rotate: int) -> tuple[float, float]:
    """Width and height of the page as shown, after its rotation."""
    box = page.trimbox
    width = abs(float(box[2]) - float(box[0]))
    height = abs(float(box[3]) - float(box[1]))
    return (height, width) if rotate in (90, 270) else (width, height)

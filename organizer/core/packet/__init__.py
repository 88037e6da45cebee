"""The second-opinion packet: one PDF a new doctor can use at once (Qt-free).

The public names load on first use, so importing a light submodule (``dates``, ``options``)
does not pull in reportlab, pikepdf and img2pdf.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from organizer.core.packet.build import build_packet
    from organizer.core.packet.options import PacketOptions, PacketResult, Paper
    from organizer.core.packet.sources import SourceError
    from organizer.core.packet.writer import PacketWriteError

_WHERE = {
    "build_packet": "build",
    "PacketOptions": "options",
    "PacketResult": "options",
    "Paper": "options",
    "SourceError": "sources",
    "PacketWriteError": "writer",
}

__all__ = [
    "PacketOptions",
    "PacketResult",
    "PacketWriteError",
    "Paper",
    "SourceError",
    "build_packet",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        module = importlib.import_module(f"organizer.core.packet.{_WHERE[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

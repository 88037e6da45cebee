"""The second-opinion packet: one PDF a new doctor can use at once (Qt-free)."""

from organizer.core.packet.build import build_packet
from organizer.core.packet.options import PacketOptions, PacketResult, Paper
from organizer.core.packet.sources import SourceError
from organizer.core.packet.writer import PacketWriteError

__all__ = [
    "PacketOptions",
    "PacketResult",
    "PacketWriteError",
    "Paper",
    "SourceError",
    "build_packet",
]

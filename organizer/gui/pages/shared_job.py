"""The Shared packets page's call into the packet core, as a background vault job."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from organizer.core.packet.export import remake_packet
from organizer.core.packet.options import PacketResult
from organizer.core.progress import CancelToken, ProgressCallback


def remake_to(
    entry_id: str, out_path: Path, password: str | None = None
) -> Callable[[Any, ProgressCallback, CancelToken], PacketResult]:
    def work(vault: Any, progress: ProgressCallback, cancel: CancelToken) -> PacketResult:
        return remake_packet(
            vault, entry_id, out_path, password=password, progress=progress, cancel=cancel
        )

    return work

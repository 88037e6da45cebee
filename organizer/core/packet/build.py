"""build_packet: content + blobs + options -> a checked PDF file at the destination."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from organizer.core.model import VaultContent
from organizer.core.packet.assemble import RenderedPacket, render_packet
from organizer.core.packet.options import PacketOptions, PacketResult
from organizer.core.packet.writer import encrypt, sha256_hex, write_checked
from organizer.core.progress import CancelToken, ProgressCallback, no_progress


def build_packet(
    content: VaultContent,
    read_blob: Callable[[str], bytes],
    options: PacketOptions,
    out_path: Path,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> PacketResult:
    """Make the packet and save it at ``out_path``; needs no vault, only a way to read blobs.

    The unencrypted packet exists only in memory; with a password only the encrypted file is
    written. Raises PacketWriteError (nothing saved), SourceError or Cancelled.
    """
    rendered = render_packet(content, read_blob, options, progress, cancel)
    return finish_packet(rendered, options, Path(out_path), cancel)


def finish_packet(
    rendered: RenderedPacket,
    options: PacketOptions,
    out_path: Path,
    cancel: CancelToken | None = None,
) -> PacketResult:
    """Encrypt if asked, then write and check the file."""
    plain_hash = sha256_hex(rendered.data)
    data = encrypt(rendered.data, options.password) if options.password else rendered.data
    if cancel is not None:
        cancel.check()
    write_checked(
        out_path,
        data,
        page_count=rendered.page_count,
        outline_titles=rendered.outline_titles,
        password=options.password,
    )
    return PacketResult(
        path=str(out_path),
        page_count=rendered.page_count,
        size=len(data),
        sha256_file=sha256_hex(data),
        sha256_unencrypted=plain_hash,
        password_set=bool(options.password),
        documents=rendered.documents,
        source_size=rendered.source_size,
        outline_titles=rendered.outline_titles,
    )

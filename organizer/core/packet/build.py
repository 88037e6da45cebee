"""build_packet: content + blobs + options -> a checked PDF file at the destination."""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from pikepdf import Encryption, Permissions

from organizer.core.errors import DamageError
from organizer.core.model import VaultContent
from organizer.core.packet.assemble import AssembledPacket, render_packet
from organizer.core.packet.hashing import HashingWriter, hash_through
from organizer.core.packet.options import PacketOptions, PacketResult
from organizer.core.packet.writer import write_checked
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

    The unencrypted packet is never written anywhere when a password is set (its hash is taken
    from a stream that discards the bytes). Raises PacketWriteError (nothing saved),
    SourceError or Cancelled.
    """
    with render_packet(content, read_blob, options, progress, cancel) as packet:
        return finish_packet(packet, options, Path(out_path), cancel)


def encryption_for(password: str) -> Encryption:
    """AES-256 (R6) with the user's password, a random owner password, printing allowed."""
    return Encryption(
        user=password,
        owner=secrets.token_urlsafe(24),
        R=6,
        allow=Permissions(
            accessibility=True,
            extract=True,
            print_lowres=True,
            print_highres=True,
            modify_annotation=False,
            modify_assembly=False,
            modify_form=False,
            modify_other=False,
        ),
    )


def save_unencrypted(packet: AssembledPacket, target: BinaryIO | Path) -> None:
    """Save without a password, deterministically: no dates, fixed resource names, and qpdf's
    fixed ID, which is then replaced by one derived from the content. Use ``plain_packet`` or
    ``write_checked(content_id=True)``."""
    packet.pdf.save(target, static_id=True, compress_streams=True)


def packet_bytes(packet: AssembledPacket) -> bytes:
    """The unencrypted packet in memory (for printing, which writes no file)."""
    buffer = io.BytesIO()
    plain_packet(packet, buffer)
    return buffer.getvalue()


def plain_packet(packet: AssembledPacket, target: BinaryIO | None) -> str:
    """Write the unencrypted packet to ``target`` (or nowhere); returns its SHA-256."""
    sink = HashingWriter(target, content_id=True)
    hash_through(sink, lambda stream: save_unencrypted(packet, stream))
    return sink.hexdigest()


def finish_packet(
    packet: AssembledPacket,
    options: PacketOptions,
    out_path: Path,
    cancel: CancelToken | None = None,
    *,
    expected_sha256: str | None = None,
    mismatch_message: str = "",
) -> PacketResult:
    """Save (encrypted if asked) and check the file; optionally insist on a known hash."""
    pdf = packet.pdf

    def save_plain(path: Path) -> None:
        save_unencrypted(packet, path)

    mismatch = DamageError(mismatch_message or "The packet is not the one expected.")
    plain_hash: str | None = None
    if options.password:
        # Hashed from a stream that discards the bytes: never written unencrypted anywhere.
        plain_hash = plain_packet(packet, None)
        if expected_sha256 and plain_hash != expected_sha256:
            raise mismatch
    if cancel is not None:
        cancel.check()
    password = options.password

    def save_encrypted(path: Path) -> None:
        assert password is not None
        pdf.save(path, encryption=encryption_for(password), compress_streams=True)

    file_hash, size = write_checked(
        out_path,
        save_encrypted if password else save_plain,
        page_count=packet.page_count,
        outline_titles=packet.outline_titles,
        password=password,
        content_id=not password,
        # Without a password the file is the unencrypted packet: checked before the rename.
        expected=(expected_sha256, mismatch) if expected_sha256 and not password else None,
    )
    return PacketResult(
        path=str(out_path),
        page_count=packet.page_count,
        size=size,
        sha256_file=file_hash,
        sha256_unencrypted=plain_hash or file_hash,
        password_set=bool(password),
        documents=packet.documents,
        source_size=packet.source_size,
        outline_titles=packet.outline_titles,
    )

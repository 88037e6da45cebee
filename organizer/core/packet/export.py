"""Export from a vault: build the packet from a frozen snapshot, log it, and make it again later.

The packet is always built from the snapshot that goes into the share log, so "make this packet
again" goes down exactly the same path and reproduces the logged unencrypted hash, whatever the
user edits, trashes or reorders afterwards. Only "delete for good" of a shared document breaks
that; the vault then marks the entry (``broken_reason``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from organizer.core.errors import OrganizerError, UserError
from organizer.core.model import (
    Case,
    Document,
    Medication,
    Question,
    SharedDocument,
    ShareLogEntry,
    ShareMethod,
    VaultContent,
)
from organizer.core.model.serialize import from_jsonable, to_jsonable
from organizer.core.packet.assemble import render_packet
from organizer.core.packet.build import finish_packet, packet_bytes
from organizer.core.packet.completeness import CompletenessWarning, check_completeness
from organizer.core.packet.dates import format_date
from organizer.core.packet.hashing import sha256_hex
from organizer.core.packet.options import PacketOptions, PacketResult
from organizer.core.packet.plan import plan_sections
from organizer.core.progress import CancelToken, ProgressCallback, no_progress


class PacketVault(Protocol):
    """What export needs from a vault (organizer.core.vault.Vault provides it)."""

    content: VaultContent

    def read_blob(self, blob_id: str) -> bytes: ...

    def commit(self) -> None: ...


@dataclass
class ExportOutcome:
    result: PacketResult
    entry: ShareLogEntry
    warnings: list[CompletenessWarning]


class NotLogged(OrganizerError):
    """The packet was saved but the share log could not be updated."""

    exit_code = 1


def make_snapshot(content: VaultContent, options: PacketOptions) -> dict[str, Any]:
    """The case, lists and the metadata of exactly the documents the packet uses."""
    used = [p.document for s in plan_sections(content, options) for p in s.documents]
    documents = []
    for doc in used:
        frozen = to_jsonable(doc)  # new dicts and lists: the document itself stays as it is
        # The packet needs only the originals; thumbnails and text stay out of the pin.
        frozen["thumbnail_blob_id"] = None
        frozen["text_blob_id"] = None
        documents.append(frozen)
    return {
        "case": to_jsonable(content.case),
        "medications": to_jsonable(content.medications) if options.include_medications else [],
        "questions": to_jsonable(content.questions) if options.include_questions else [],
        "documents": documents,
    }


def content_from_snapshot(snapshot: dict[str, Any]) -> VaultContent:
    return VaultContent(
        case=from_jsonable(Case, snapshot.get("case", {})),
        documents=[from_jsonable(Document, d) for d in snapshot.get("documents", [])],
        medications=[from_jsonable(Medication, m) for m in snapshot.get("medications", [])],
        questions=[from_jsonable(Question, q) for q in snapshot.get("questions", [])],
    )


def export_packet(
    vault: PacketVault,
    out_path: Path,
    options: PacketOptions,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    *,
    today: date | None = None,
) -> ExportOutcome:
    """Build, save and check the packet, then add its share-log entry and commit."""
    out_path = Path(out_path)
    warnings = check_completeness(vault.content, today or options.prepared_on)
    snapshot = make_snapshot(vault.content, options)
    frozen = content_from_snapshot(snapshot)
    with render_packet(frozen, vault.read_blob, options, progress, cancel) as packet:
        result = finish_packet(packet, options, out_path, cancel)
    entry = _log_entry(
        options,
        snapshot,
        file_name=out_path.name,
        page_count=result.page_count,
        documents=result.documents,
        password_set=result.password_set,
        sha256_file=result.sha256_file,
        sha256_unencrypted=result.sha256_unencrypted,
    )
    vault.content.share_log.append(entry)
    try:
        vault.commit()
    except (OrganizerError, OSError) as exc:
        vault.content.share_log.remove(entry)
        raise NotLogged(
            f"The packet was saved at {out_path}, but it could not be added to the share "
            f"log ({exc})."
        ) from exc
    return ExportOutcome(result, entry, warnings)


def packet_for_printing(
    vault: PacketVault,
    options: PacketOptions,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> tuple[bytes, ShareLogEntry]:
    """The unencrypted packet in memory (printing writes no file), and the share-log entry to
    add once it was really sent to the printer. Built from the same frozen snapshot as a saved
    packet, so it can be made again."""
    snapshot = make_snapshot(vault.content, options)
    frozen = content_from_snapshot(snapshot)
    with render_packet(frozen, vault.read_blob, options, progress, cancel) as packet:
        data = packet_bytes(packet)
    digest = sha256_hex(data)
    entry = _log_entry(
        options,
        snapshot,
        method=ShareMethod.PRINT,
        file_name="",
        page_count=packet.page_count,
        documents=packet.documents,
        password_set=False,
        sha256_file=digest,
        sha256_unencrypted=digest,
    )
    return data, entry


def _log_entry(
    options: PacketOptions,
    snapshot: dict[str, Any],
    *,
    method: ShareMethod | None = None,
    file_name: str,
    page_count: int,
    documents: list[SharedDocument],
    password_set: bool,
    sha256_file: str,
    sha256_unencrypted: str,
) -> ShareLogEntry:
    return ShareLogEntry(
        recipient=options.recipient,
        method=method or options.method,
        file_name=file_name,
        page_count=page_count,
        documents=documents,
        password_set=password_set,
        sha256_file=sha256_file,
        sha256_unencrypted=sha256_unencrypted,
        prepared_on=options.prepared_on,
        options=options.to_log(),
        snapshot=snapshot,
    )


def find_entry(content: VaultContent, entry_id: str) -> ShareLogEntry:
    """A share-log entry by id or an unambiguous prefix of at least 4 characters."""
    exact = [e for e in content.share_log if e.id == entry_id]
    found = exact or [e for e in content.share_log if e.id.startswith(entry_id)]
    if len(found) == 1 and (exact or len(entry_id) >= 4):
        return found[0]
    raise UserError(f"No single share-log entry matches “{entry_id}”.")


def remake_packet(
    vault: PacketVault,
    entry_id: str,
    out_path: Path,
    *,
    password: str | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    read_blob: Callable[[str], bytes] | None = None,
) -> PacketResult:
    """Make a logged packet again from its snapshot; refuse if it would not be the same."""
    entry = find_entry(vault.content, entry_id)
    when = format_date(entry.prepared_on)
    if entry.broken_reason:
        raise UserError(f"The packet shared on {when} cannot be made again: {entry.broken_reason}")
    options = PacketOptions.from_log(entry.options)
    options.password = password
    content = content_from_snapshot(entry.snapshot)
    message = (
        f"The packet made again is not exactly the one shared on {when} (the app may have "
        "been updated since). Nothing was saved."
    )
    with render_packet(content, read_blob or vault.read_blob, options, progress, cancel) as packet:
        return finish_packet(
            packet,
            options,
            Path(out_path),
            cancel,
            expected_sha256=entry.sha256_unencrypted,
            mismatch_message=message,
        )

"""The Export page's calls into the packet core, as jobs for the session's background helper."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from organizer.core.errors import OrganizerError
from organizer.core.model import (
    PACKET_SECTION_ORDER,
    Section,
    ShareLogEntry,
    ShareMethod,
    VaultContent,
)
from organizer.core.packet.completeness import check_completeness
from organizer.core.packet.export import ExportOutcome, export_packet, packet_for_printing
from organizer.core.packet.options import PacketOptions, Paper
from organizer.core.packet.passphrase import generate_passphrase
from organizer.core.planning import next_appointment
from organizer.core.progress import CancelToken, ProgressCallback

VaultJob = Callable[[Any, ProgressCallback, CancelToken], Any]


def completeness_warnings(content: VaultContent, today: date) -> list[tuple[str, str]]:
    """(stable key, plain words) for each suggestion; never blocks the export."""
    return [(w.code, w.message) for w in check_completeness(content, today)]


def new_passphrase() -> str:
    return generate_passphrase()


def packet_options(
    *,
    prepared_on: date,
    paper: str,
    section_order: list[str],
    recipient: str,
    method: ShareMethod,
    email_size: bool,
    password: str | None,
    excluded_document_ids: list[str],
    include_questions: bool,
    include_medications: bool,
) -> PacketOptions:
    # Sections not shown (no documents) keep their usual place after the ones the user ordered.
    order = [Section(v) for v in section_order]
    order += [s for s in PACKET_SECTION_ORDER if s not in order]
    return PacketOptions(
        prepared_on=prepared_on,
        paper=Paper(paper),
        section_order=order,
        recipient=recipient,
        method=method,
        email_size=email_size,
        password=password,
        excluded_document_ids=excluded_document_ids,
        include_questions=include_questions,
        include_medications=include_medications,
    )


def free_path(wanted: Path) -> Path:
    """``wanted``, or "name (2).pdf", "name (3).pdf"... so an earlier packet is never replaced."""
    if not wanted.exists():
        return wanted
    n = 2
    while True:
        candidate = wanted.with_name(f"{wanted.stem} ({n}){wanted.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def export_to(out_path: Path, options: PacketOptions) -> VaultJob:
    """A job writing the packet to ``out_path`` and logging it in the share log."""

    def work(vault: Any, progress: ProgressCallback, cancel: CancelToken) -> ExportOutcome:
        return export_packet(vault, out_path, options, progress, cancel)

    return work


def render_for_print(options: PacketOptions) -> VaultJob:
    """A job making the packet in memory only (printing writes no file).

    Returns (pdf bytes, the share-log entry to add once it was really sent to the printer).
    """

    def work(
        vault: Any, progress: ProgressCallback, cancel: CancelToken
    ) -> tuple[bytes, ShareLogEntry]:
        return packet_for_printing(vault, options, progress, cancel)

    return work


def default_recipient(content: VaultContent, now: datetime) -> str:
    """The doctor of the next appointment; else the doctor asked last (the newest request)."""
    providers = content.case.opinion_providers
    if not providers:
        return ""
    try:
        op = next_appointment(content, now)
    except OrganizerError:
        op = providers[-1]
    return ", ".join(p for p in (op.provider.name, op.provider.practice) if p)

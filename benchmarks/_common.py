"""Shared bits for the vault benchmarks: timing helpers and fictional metadata."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from organizer.core.model import Document, PagePart, Section, new_id


def median_seconds(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fictional_document(number: int) -> Document:
    """Metadata as ingestion would fill it (blob ids point nowhere: unlock never reads blobs)."""
    pages = 1 + number % 6
    part = PagePart(
        blob_id=new_id(),
        original_name=f"scan_{number:04d}_fictional_clinic_report.pdf",
        media_type="application/pdf",
        size=250_000 + number * 97,
        sha256=f"{number:064x}",
        page_count=pages,
        page_sizes=[(595.28, 841.89)] * pages,
    )
    return Document(
        section=list(Section)[number % len(Section)],
        title=f"Fictional report {number}: complete blood count and metabolic panel",
        parts=[part],
        date=date(2025, 1, 1) + timedelta(days=number % 300),
        provider="Fictional General Hospital, Department of Internal Medicine",
        notes="Synthetic benchmark entry; no real patient data." * 2,
        thumbnail_blob_id=new_id(),
        text_blob_id=new_id(),
        import_notes=["converted from a scan"],
    )

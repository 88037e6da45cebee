"""``import_files``: many files into the vault, in parallel, each in or out as a whole.

Workers (a thread pool: hashing, decoding and AES release the GIL) check files and store
their blobs; this thread alone turns the results into documents, in the order the files were
given, and commits often, so a crash or a cancel never loses a finished document. Blobs
written for a file that is then not used stay unreferenced and are collected by the vault.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import deque
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from organizer.core.ingest.assemble import DocumentBuilder
from organizer.core.ingest.names import display_name
from organizer.core.ingest.options import ImportOptions
from organizer.core.ingest.prepare import (
    BlobWriter,
    KnownCopy,
    NotStarted,
    Outcome,
    PrepareContext,
    Prepared,
    Rejected,
    prepare,
)
from organizer.core.ingest.summary import ImportSummary
from organizer.core.ingest.walk import Candidate, expand
from organizer.core.model.content import VaultContent
from organizer.core.progress import CancelToken, ProgressCallback, no_progress

# Commit at least this often (seconds) and after this many new documents.
COMMIT_EVERY_SECONDS = 1.0
COMMIT_EVERY_DOCUMENTS = 25
# Files are held in memory while checked: start no new one beyond this many bytes in flight.
MAX_BYTES_IN_FLIGHT = 256 * 1024 * 1024


class ImportTarget(BlobWriter, Protocol):
    """What the importer needs of a vault (``organizer.core.vault.Vault`` provides it)."""

    @property
    def content(self) -> VaultContent: ...

    def commit(self) -> None: ...


@dataclass
class _Group:
    """Files that become one document (one file, or all of them with ``as_one``)."""

    candidates: list[Candidate]
    futures: list[Future[Outcome] | None]
    size: int = 0  # bytes on disk, to bound the memory of files in flight


def import_files(
    vault: ImportTarget,
    paths: Sequence[Path],
    options: ImportOptions | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportSummary:
    """Import ``paths`` (files and folders) and return what happened to each file."""
    options = options or ImportOptions()
    vault_folder = getattr(vault, "path", None)
    candidates = expand(paths, vault_folder if isinstance(vault_folder, Path) else None)
    groups = _group(candidates, options.as_one)
    total = len(candidates)
    summary = ImportSummary()
    builder = DocumentBuilder(vault.content, options, summary, vault)
    ctx = PrepareContext(
        store=vault,
        options=options,
        known_hashes=builder.known_hashes(),
        is_cancelled=lambda: cancel is not None and cancel.cancelled,
        today=date.today(),
        one_document_per_file=not options.as_one,
    )
    progress(0, total, "")
    done = 0
    pending_docs = 0
    last_commit = time.monotonic()
    workers = options.worker_count()
    window = max(2, workers * 3)  # files in flight: keeps both cores busy, bounds memory
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="import") as pool:
        queue: deque[_Group] = deque()
        upcoming = iter(groups)
        try:
            while True:
                _fill(queue, upcoming, pool, ctx, window)
                if not queue:
                    break
                group = queue.popleft()
                outcomes = [
                    _result(c, f) for c, f in zip(group.candidates, group.futures, strict=True)
                ]
                pending_docs += builder.add(outcomes)
                done += len(outcomes)
                progress(done, total, display_name(group.candidates[-1].path).text)
                if pending_docs and (
                    pending_docs >= COMMIT_EVERY_DOCUMENTS
                    or time.monotonic() - last_commit >= COMMIT_EVERY_SECONDS
                ):
                    vault.commit()
                    pending_docs, last_commit = 0, time.monotonic()
        except BaseException:
            # A vault write failed (disk full?) or we were interrupted: keep what is complete.
            ctx.is_cancelled = lambda: True
            for group in queue:
                for future in group.futures:
                    if future is not None:
                        future.cancel()
            if pending_docs:
                _commit_quietly(vault)
            raise
    if pending_docs:
        vault.commit()
    summary.cancelled = cancel is not None and cancel.cancelled
    return summary


def _group(candidates: list[Candidate], as_one: bool) -> list[_Group]:
    if as_one and candidates:
        return [_Group(list(candidates), [])]
    return [_Group([c], []) for c in candidates]


def _fill(
    queue: deque[_Group],
    upcoming: Iterable[_Group],
    pool: ThreadPoolExecutor,
    ctx: PrepareContext,
    window: int,
) -> None:
    in_flight = sum(len(g.candidates) for g in queue)
    in_flight_bytes = sum(g.size for g in queue)
    iterator = iter(upcoming)
    while in_flight < window and (not queue or in_flight_bytes < MAX_BYTES_IN_FLIGHT):
        group = next(iterator, None)
        if group is None:
            return
        group.futures = [
            None if c.problem else pool.submit(prepare, c.path, ctx) for c in group.candidates
        ]
        group.size = sum(_size(c.path) for c in group.candidates)
        queue.append(group)
        in_flight += len(group.candidates)
        in_flight_bytes += group.size


def _size(path: Path) -> int:
    try:
        return os.lstat(path).st_size
    except OSError:
        return 0


def _result(candidate: Candidate, future: Future[Outcome] | None) -> Outcome:
    if future is None:
        return Rejected(candidate.path, display_name(candidate.path), candidate.problem or "")
    if future.cancelled():
        return NotStarted(candidate.path)
    return future.result()


def _commit_quietly(vault: ImportTarget) -> None:
    with contextlib.suppress(Exception):  # the original error is the one to report
        vault.commit()


__all__ = ["ImportTarget", "KnownCopy", "Prepared", "import_files"]

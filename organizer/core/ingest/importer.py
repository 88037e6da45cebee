"""``import_files``: many files into the vault, in parallel, each in or out as a whole.

Workers (a thread pool: hashing, decoding and AES release the GIL) check files and store
their blobs; this thread alone turns the results into documents, in the order the files were
given, and commits often, so a crash or a cancel never loses a finished document. Blobs
written for a file that is then not used stay unreferenced and are collected by the vault.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from organizer.core.errors import OrganizerError
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
    """Import ``paths`` (files and folders) and return what happened to each file.

    If the vault cannot store or save (a full disk: a plain-words OrganizerError), the import
    stops, keeps every document it could commit, and says why in ``summary.stopped_by``.
    Other exceptions (bugs, KeyboardInterrupt) propagate after the same tidying up.
    """
    return _ImportRun(vault, options or ImportOptions(), progress, cancel).run(paths)


class _ImportRun:
    def __init__(
        self,
        vault: ImportTarget,
        options: ImportOptions,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> None:
        self.vault = vault
        self.options = options
        self.progress = progress
        self.cancel = cancel
        self.summary = ImportSummary()
        self.builder = DocumentBuilder(vault.content, options, self.summary, vault)
        self.ctx = PrepareContext(
            store=vault,
            options=options,
            known_hashes=self.builder.known_hashes(),
            is_cancelled=lambda: cancel is not None and cancel.cancelled,
            today=date.today(),
            one_document_per_file=not options.as_one,
        )
        self.queue: deque[_Group] = deque()
        self.current: _Group | None = None
        self.committed = self.builder.mark()
        self.last_commit = time.monotonic()

    def run(self, paths: Sequence[Path]) -> ImportSummary:
        vault_folder = getattr(self.vault, "path", None)
        candidates = expand(paths, vault_folder if isinstance(vault_folder, Path) else None)
        groups = iter(_group(candidates, self.options.as_one))
        workers = self.options.worker_count()
        window = max(2, workers * 3)  # files in flight: keeps every core busy, bounds memory
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="import") as pool:
            try:
                self._loop(pool, groups, window, len(candidates))
            except OrganizerError as exc:  # the vault could not store a file
                self._stop_workers()
                self.summary.stopped_by = str(exc)
                self._not_started(groups)
            except BaseException:
                self._stop_workers()
                self._save(final=True, quiet=True)
                raise
        try:
            self._save(final=True)
        except OrganizerError as exc:  # the last save failed: say so, report those files
            self.summary.stopped_by = self.summary.stopped_by or str(exc)
        self.summary.cancelled = self.cancel is not None and self.cancel.cancelled
        return self.summary

    def _loop(
        self, pool: ThreadPoolExecutor, groups: Iterator[_Group], window: int, total: int
    ) -> None:
        self.progress(0, total, "")
        done = 0
        while True:
            _fill(self.queue, groups, pool, self.ctx, window)
            if not self.queue:
                return
            self.current = self.queue.popleft()
            pairs = zip(self.current.candidates, self.current.futures, strict=True)
            outcomes = [_result(c, f) for c, f in pairs]
            self.builder.add(outcomes)
            self.current = None
            done += len(outcomes)
            self.progress(done, total, _label(outcomes[-1]))
            self._save(final=False)

    def _save(self, *, final: bool, quiet: bool = False) -> None:
        """Commit new documents (every second or 25 documents, and at the end).

        If the commit fails, the documents since the last good commit are taken out again and
        reported as not added (so the summary never claims what the vault does not hold), and
        the error is raised unless ``quiet`` (another error is already on its way).
        """
        new_docs = self.builder.count_since(self.committed)
        due = final or new_docs >= COMMIT_EVERY_DOCUMENTS
        waited = time.monotonic() - self.last_commit
        if not new_docs or not (due or waited >= COMMIT_EVERY_SECONDS):
            return
        try:
            self.vault.commit()
        except BaseException:
            self.builder.roll_back(self.committed)
            if not quiet:
                raise
            return
        self.committed = self.builder.mark()
        self.last_commit = time.monotonic()

    def _stop_workers(self) -> None:
        self.ctx.is_cancelled = lambda: True
        for group in self.queue:
            for future in group.futures:
                if future is not None:
                    future.cancel()

    def _not_started(self, upcoming: Iterator[_Group]) -> None:
        rest = [self.current] if self.current else []
        for group in [*rest, *self.queue, *upcoming]:
            self.summary.not_started.extend(c.path for c in group.candidates)
        self.queue.clear()


def _label(outcome: Outcome) -> str:
    return display_name(outcome.path).text


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


__all__ = ["ImportTarget", "KnownCopy", "Prepared", "import_files"]

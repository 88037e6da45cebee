"""Keeping a vault tidy: the trash, old index generations and blobs nothing needs any more."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from organizer.core.model import Document, VaultContent, pinned_blob_ids, utc_now
from organizer.core.vault.atomic import fsync_dir
from organizer.core.vault.blobs import blob_path
from organizer.core.vault.errors import VaultDamaged, VaultTooNew
from organizer.core.vault.index import KEEP_GENERATIONS, index_path, list_generations
from organizer.core.vault.keys import VaultKeys
from organizer.core.vault.opening import read_index

log = logging.getLogger(__name__)

TRASH_DAYS = 30


def mark_trashed(doc: Document) -> None:
    if doc.trashed_at is None:
        doc.trashed_at = utc_now()


def purge_expired_trash(content: VaultContent, days: int = TRASH_DAYS) -> list[Document]:
    """Remove documents that have been in the trash for more than ``days`` days."""
    cutoff = utc_now() - timedelta(days=days)
    expired = [d for d in content.trashed_documents() if d.trashed_at and d.trashed_at < cutoff]
    for doc in expired:
        remove_document(content, doc)
    return expired


def remove_document(content: VaultContent, doc: Document) -> None:
    """Take ``doc`` out of the content for good, with every reference to it.

    A share-log entry whose packet used it can no longer be remade: it is marked broken and
    its snapshot stops pinning the document's files, so they can really be deleted.
    """
    content.documents = [d for d in content.documents if d.id != doc.id]
    gone = doc.blob_ids()
    for entry in content.share_log:
        if pinned_blob_ids(entry.snapshot) & gone:
            entry.broken_reason = f'"{doc.title}" was deleted for good after this was shared.'
            entry.snapshot["documents"] = [
                d
                for d in entry.snapshot.get("documents", [])
                if not pinned_blob_ids({"documents": [d]}) & gone
            ]
    for request in content.records_requests:
        request.document_ids = [i for i in request.document_ids if i != doc.id]
    for opinion in content.opinions:
        opinion.document_ids = [i for i in opinion.document_ids if i != doc.id]


def prune_generations(folder: Path, references: dict[int, set[str]]) -> None:
    """Keep the newest KEEP_GENERATIONS index files, delete older ones.

    Deletions are not flushed to the disk: one undone by a power cut is only an old file
    that the next commit deletes again."""
    for generation in list_generations(folder)[KEEP_GENERATIONS:]:
        index_path(folder, generation).unlink(missing_ok=True)
        references.pop(generation, None)


def collect_garbage(
    folder: Path,
    keys: VaultKeys,
    vault_id: str,
    references: dict[int, set[str]],
    keep: set[str],
    on_disk: set[str],
) -> set[str]:
    """Delete blobs in ``on_disk`` that no retained generation references and that are not in
    ``keep``; return their ids.

    While a retained generation cannot be read, nothing is deleted: its documents' files may
    still be wanted.
    """
    needed = set(keep)
    for generation in list_generations(folder):
        if generation not in references:
            try:
                content = read_index(folder, keys, vault_id, generation)
            except (VaultDamaged, VaultTooNew):
                log.warning("not collecting unused files: generation %d is unreadable", generation)
                return set()
            references[generation] = content.referenced_blob_ids()
        needed |= references[generation]
    unused = on_disk - needed
    delete_blobs(folder, unused)
    return unused


def delete_blobs(folder: Path, blob_ids: set[str], *, durable: bool = False) -> None:
    """Delete blob files. ``durable``: flush the folders too (for "delete for good"); the
    collector does not, as a deletion undone by a power cut is collected again later."""
    touched: set[Path] = set()
    for blob_id in blob_ids:
        path = blob_path(folder, blob_id)
        path.unlink(missing_ok=True)
        touched.add(path.parent)
    if durable:
        for parent in touched:
            fsync_dir(parent)

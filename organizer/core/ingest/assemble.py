"""Turning checked files into Documents (or duplicates and refusals) on the importer's thread."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from organizer.core.ingest.options import ImportOptions
from organizer.core.ingest.prepare import BlobWriter, KnownCopy, NotStarted, Outcome, Prepared
from organizer.core.ingest.summary import Added, Duplicate, ImportSummary, Refused
from organizer.core.model.content import VaultContent
from organizer.core.model.documents import Document


class DocumentBuilder:
    def __init__(
        self,
        content: VaultContent,
        options: ImportOptions,
        summary: ImportSummary,
        store: BlobWriter,
    ) -> None:
        self._content = content
        self._options = options
        self._summary = summary
        self._store = store
        # Every part's SHA-256 (and, for multi-file documents, the document's) -> its document.
        self._by_hash: dict[str, Document] = {}
        for doc in content.documents:
            self._remember(doc)

    def mark(self) -> int:
        """A point to come back to: how many documents the vault content holds now."""
        return len(self._content.documents)

    def count_since(self, mark: int) -> int:
        return len(self._content.documents) - mark

    def roll_back(self, mark: int) -> None:
        """Take out the documents added since ``mark`` (their commit failed): their files,
        and files reported as duplicates of them, are reported as not added."""
        dropped = {doc.id for doc in self._content.documents[mark:]}
        del self._content.documents[mark:]
        summary = self._summary
        summary.not_started.extend(a.path for a in summary.added if a.document_id in dropped)
        summary.not_started.extend(d.path for d in summary.duplicates if d.existing_id in dropped)
        summary.added[:] = [a for a in summary.added if a.document_id not in dropped]
        summary.duplicates[:] = [d for d in summary.duplicates if d.existing_id not in dropped]
        self._by_hash = {}
        for doc in self._content.documents:
            self._remember(doc)

    def known_hashes(self) -> Mapping[str, object]:
        """A snapshot for the workers' early duplicate check."""
        return dict(self._by_hash)

    def add(self, outcomes: Sequence[Outcome]) -> int:
        """Record the outcome of one group of files; return how many documents were added."""
        if self._options.as_one:
            return self._add_group(outcomes)
        outcome = outcomes[0]
        if isinstance(outcome, Prepared):
            known = self._by_hash.get(outcome.part.sha256)
            if known is not None:  # the same file twice in this import
                self._duplicate(outcome, known)
                return 0
            self._new_document([outcome])
            return 1
        self._not_added(outcome, None)
        return 0

    def _add_group(self, outcomes: Sequence[Outcome]) -> int:
        if any(isinstance(o, NotStarted) for o in outcomes):
            self._summary.not_started.extend(o.path for o in outcomes)
            return 0
        failed = [o for o in outcomes if not isinstance(o, Prepared)]
        if failed:
            first_name = failed[0].name.text if not isinstance(failed[0], NotStarted) else ""
            for outcome in outcomes:
                self._not_added(outcome, first_name)
            return 0
        prepared = [o for o in outcomes if isinstance(o, Prepared)]
        unique: list[Prepared] = []
        repeats: list[Prepared] = []
        seen: set[str] = set()
        for item in prepared:
            (repeats if item.part.sha256 in seen else unique).append(item)
            seen.add(item.part.sha256)
        key = _document_hash(unique)
        known = self._by_hash.get(key)
        if known is not None:
            for item in prepared:
                self._duplicate(item, known)
            return 0
        doc = self._new_document(unique)
        for item in repeats:
            self._duplicate(item, doc)
        return 1

    def _new_document(self, items: list[Prepared]) -> Document:
        first = items[0]
        options, suggestion = self._options, first.suggestion
        thumbnail_id, text_id = first.thumbnail_blob_id, first.text_blob_id
        if self._options.as_one:
            thumbnail_id, text_id = self._store_group_blobs(items)
        notes: list[str] = []
        for item in items:
            prefix = f"{item.name.text}: " if len(items) > 1 else ""
            notes.extend(prefix + note for note in item.notes)
        doc = Document(
            section=options.section or suggestion.section,
            title=options.title or suggestion.title,
            parts=[item.part for item in items],
            date=options.date or suggestion.date,
            thumbnail_blob_id=thumbnail_id,
            text_blob_id=text_id,
            import_notes=notes,
        )
        self._content.documents.append(doc)
        self._remember(doc)
        for item in items:
            self._summary.added.append(
                Added(item.path, item.name.text, doc.id, doc.title, tuple(item.notes))
            )
        return doc

    def _store_group_blobs(self, items: list[Prepared]) -> tuple[str | None, str | None]:
        thumbnail = items[0].thumbnail
        thumbnail_id = self._store.write_blob(thumbnail).blob_id if thumbnail else None
        text = "\f".join(item.text for item in items if item.text)
        text_id = self._store.write_blob(text.encode("utf-8")).blob_id if text else None
        return thumbnail_id, text_id

    def _duplicate(self, item: Prepared | KnownCopy, existing: Document) -> None:
        self._summary.duplicates.append(
            Duplicate(
                item.path,
                item.name.text,
                existing.id,
                existing.title,
                in_trash=existing.trashed_at is not None,
            )
        )

    def _not_added(self, outcome: Outcome, group_failure: str | None) -> None:
        if isinstance(outcome, NotStarted):
            self._summary.not_started.append(outcome.path)
        elif isinstance(outcome, KnownCopy):
            self._duplicate(outcome, self._by_hash[outcome.sha256])
        elif isinstance(outcome, Prepared):
            self._summary.refused.append(
                Refused(
                    outcome.path,
                    outcome.name.text,
                    "Not added: it was to be one document with "
                    f"{group_failure}, which could not be added.",
                )
            )
        else:
            self._summary.refused.append(
                Refused(outcome.path, outcome.name.text, outcome.reason, outcome.needs_password)
            )

    def _remember(self, doc: Document) -> None:
        for part in doc.parts:
            self._by_hash.setdefault(part.sha256, doc)
        if len(doc.parts) > 1:
            self._by_hash.setdefault(doc.sha256, doc)


def _document_hash(items: list[Prepared]) -> str:
    """The hash a Document made of these parts has (see Document.sha256)."""
    probe = Document(section=items[0].suggestion.section, title="", parts=[i.part for i in items])
    return probe.sha256

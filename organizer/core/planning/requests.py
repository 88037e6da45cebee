"""Records requests: what was asked of whom, when and how, and what came back."""

from __future__ import annotations

from datetime import date

from organizer.core.errors import UserError
from organizer.core.model import DocumentNotFound, RecordsRequest, VaultContent

# Suggestions the GUI and CLI offer; any free text is accepted.
HOW_CHOICES = ("portal", "fax", "letter", "email", "phone", "in person")
DELIVERY_CHOICES = (
    "PDF files by secure email or portal",
    "a disc (CD/DVD) with the images",
    "paper copies by post",
    "paper copies to collect in person",
)


def add_request(
    content: VaultContent,
    from_whom: str,
    what: str,
    *,
    date_asked: date | None = None,
    how: str = "",
    delivery_preference: str = "",
    notes: str = "",
) -> RecordsRequest:
    """Record a new request (the caller commits the vault)."""
    if not from_whom.strip():
        raise UserError("Say who the records are requested from.")
    if not what.strip():
        raise UserError("Say which records are requested.")
    request = RecordsRequest(
        from_whom=from_whom.strip(),
        what=what.strip(),
        date_asked=date_asked,
        how=how.strip(),
        delivery_preference=delivery_preference.strip(),
        notes=notes,
    )
    content.records_requests.append(request)
    return request


def find_request(content: VaultContent, id_or_prefix: str | None = None) -> RecordsRequest:
    """The request with this id (or unambiguous prefix), or else the most recent one.

    "Most recent" is the latest date asked; requests without a date count as newest
    (they are usually drafts being written now), and among equals the last added wins.
    """
    requests = content.records_requests
    if not requests:
        raise UserError("There are no records requests yet. Add one first.")
    if id_or_prefix:
        found = [r for r in requests if r.id == id_or_prefix]
        found = found or [r for r in requests if r.id.startswith(id_or_prefix)]
        if len(found) != 1:
            raise UserError(f"No single records request matches the id '{id_or_prefix}'.")
        return found[0]
    ordered = sorted(
        enumerate(requests),
        key=lambda pair: (pair[1].date_asked or date.max, pair[0]),
    )
    return ordered[-1][1]


def mark_received(
    content: VaultContent,
    request: RecordsRequest,
    received_on: date,
    document_ids: list[str] | None = None,
) -> None:
    """Mark a request as answered and link the documents it brought in."""
    request.date_received = received_on
    for doc_id in document_ids or []:
        link_document(content, request, doc_id)


def link_document(content: VaultContent, request: RecordsRequest, doc_id: str) -> None:
    """Link a vault document (id or unambiguous prefix) to the request that brought it."""
    try:
        doc = content.document(doc_id)
    except DocumentNotFound:
        raise UserError(f"No document in the vault matches the id '{doc_id}'.") from None
    if doc.id not in request.document_ids:
        request.document_ids.append(doc.id)


def request_status(request: RecordsRequest) -> str:
    """A short plain-words status such as "asked 2026-11-02 by fax; received 2026-11-20"."""
    parts = []
    if request.date_asked:
        how = f" by {request.how}" if request.how else ""
        parts.append(f"asked {request.date_asked.isoformat()}{how}")
    else:
        parts.append("not sent yet")
    if request.date_received:
        count = len(request.document_ids)
        docs = f" ({count} document{'s' if count != 1 else ''})" if count else ""
        parts.append(f"received {request.date_received.isoformat()}{docs}")
    elif request.date_asked:
        parts.append("waiting")
    return "; ".join(parts)

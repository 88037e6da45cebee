"""Opinions recorded after each visit."""

from __future__ import annotations

from datetime import date

from organizer.core.errors import UserError
from organizer.core.model import DocumentNotFound, Opinion, VaultContent


def record_opinion(
    content: VaultContent,
    provider_name: str,
    *,
    on: date | None = None,
    diagnosis: str = "",
    recommended_treatment: str = "",
    other_options: str = "",
    notes: str = "",
    document_ids: list[str] | None = None,
) -> Opinion:
    """Add what a provider concluded; linked to the matching provider asked, if any."""
    name = provider_name.strip()
    if not name:
        raise UserError("Say which provider gave this opinion.")
    if not (diagnosis.strip() or recommended_treatment.strip()):
        raise UserError("Write at least the diagnosis or the recommended treatment.")
    linked = ""
    for op in content.case.opinion_providers:
        names = {op.provider.name.casefold().strip(), op.provider.practice.casefold().strip()}
        if name.casefold() in names:
            linked = op.id
            break
    ids = []
    for doc_id in document_ids or []:
        try:
            ids.append(content.document(doc_id).id)
        except DocumentNotFound:
            raise UserError(f"No document in the vault matches the id '{doc_id}'.") from None
    opinion = Opinion(
        provider_name=name,
        date=on,
        opinion_provider_id=linked,
        diagnosis=diagnosis.strip(),
        recommended_treatment=recommended_treatment.strip(),
        other_options=other_options.strip(),
        notes=notes.strip(),
        document_ids=ids,
    )
    content.opinions.append(opinion)
    return opinion


def opinions_in_order(content: VaultContent) -> list[Opinion]:
    """Opinions by date (undated ones last, in the order they were recorded)."""
    indexed = list(enumerate(content.opinions))
    indexed.sort(key=lambda pair: (pair[1].date or date.max, pair[0]))
    return [o for _i, o in indexed]


def find_opinion(content: VaultContent, id_or_prefix: str) -> Opinion:
    found = [o for o in content.opinions if o.id == id_or_prefix]
    found = found or [o for o in content.opinions if o.id.startswith(id_or_prefix)]
    if len(found) != 1:
        raise UserError(f"No single opinion matches the id '{id_or_prefix}'.")
    return found[0]
